// Formatting helpers for the report's section writers (see html_format.hpp).
#include "report/html/html_format.hpp"

#include <cmath>
#include <cstdio>

#include "report/html/escape.hpp"

namespace ombak::html {
namespace {

const Json& Null() {
  static const Json kNull;
  return kNull;
}

std::string Grouped(long double rounded) {
  const bool negative = rounded < 0;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.0Lf", negative ? -rounded : rounded);
  // Built by appending: GCC 12 reports a false -Wrestrict for string::insert here.
  const std::string_view digits = buffer;
  std::string out = negative ? "-" : "";
  for (std::size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out += ',';
    out += digits[k];
  }
  return out;
}

constexpr std::string_view kDash = "\u2014";

}  // namespace

const Json& At(const Json& j, std::string_view key) {
  if (!j.is_object()) return Null();
  const auto it = j.find(key);
  return it == j.end() ? Null() : *it;
}

const Json& At(const Json& j, std::size_t index) {
  if (!j.is_array() || index >= j.size()) return Null();
  return j[index];
}

std::string Show(const Json& value) {
  if (value.is_string()) return EscapeHtml(value.get_ref<const std::string&>());
  if (value.is_boolean()) return value.get<bool>() ? "yes" : "no";
  if (value.is_number_integer()) {
    return Grouped(static_cast<long double>(
        value.is_number_unsigned() ? value.get<std::uint64_t>() : value.get<std::int64_t>()));
  }
  if (value.is_number_float()) {
    const double x = value.get<double>();
    if (!std::isfinite(x)) return std::string(kDash);
    if (std::fabs(x) >= 100) return Grouped(std::round(static_cast<long double>(x)));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3g", x);
    return buffer;
  }
  return std::string(kDash);
}

std::string ShowFixed(const Json& value, int decimals) {
  if (!value.is_number() || !std::isfinite(value.get<double>())) return std::string(kDash);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value.get<double>());
  return buffer;
}

std::string SortKey(const Json& value) {
  if (value.is_number()) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value.get<double>());
    return buffer;
  }
  if (value.is_string()) return EscapeHtml(value.get_ref<const std::string&>());
  return "";
}

std::string CommunityClass(const Json& community) {
  if (!community.is_number_integer()) return "cn";
  std::string name = "c";
  name += std::to_string(community.get<std::int64_t>() % 10);
  return name;
}

std::string CommunityCell(const Json& community) {
  if (!community.is_number_integer()) return std::string(kDash);
  return "<span class=\"swatch " + CommunityClass(community) + "\"></span>" + Show(community);
}

std::string AccountName(const Json& account) {
  const Json& label = At(account, "label");
  const Json& id = At(account, "id");
  std::string html = "<span class=\"label\">" + Show(label) + "</span>";
  if (id != label) html += " <span class=\"id\">" + Show(id) + "</span>";
  return html;
}

std::string SectionStart(std::string_view id, std::string_view heading) {
  return "<section id=\"" + std::string(id) + "\">\n<h2>" + std::string(heading) + "</h2>\n";
}

}  // namespace ombak::html
