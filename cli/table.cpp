#include "cli/table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace ombak::cli {

void PrintText(const Table& table, std::ostream& out) {
  std::vector<std::size_t> width(table.header.size(), 0);
  for (std::size_t c = 0; c < table.header.size(); ++c) width[c] = table.header[c].size();
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size() && c < width.size(); ++c) {
      width[c] = std::max(width[c], row[c].size());
    }
  }
  auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t c = 0; c < width.size(); ++c) {
      const std::string cell = c < row.size() ? row[c] : "";
      const std::string pad(width[c] - std::min(width[c], cell.size()), ' ');
      const bool right = c < table.right_aligned.size() && table.right_aligned[c];
      if (c > 0) line += "  ";
      line += right ? pad + cell : cell + pad;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  print_row(table.header);
  std::vector<std::string> rule;
  for (const std::size_t w : width) rule.emplace_back(w, '-');
  print_row(rule);
  for (const auto& row : table.rows) print_row(row);
}

std::string CsvEscape(const std::string& cell) {
  if (cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
  std::string out = "\"";
  for (const char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void PrintCsv(const Table& table, std::ostream& out) {
  auto print_row = [&](const std::vector<std::string>& row) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out << ',';
      out << CsvEscape(row[c]);
    }
    out << '\n';
  };
  print_row(table.header);
  for (const auto& row : table.rows) print_row(row);
}

namespace {

nlohmann::json CellValue(const std::string& cell) {
  double number = 0;
  const char* end = cell.data() + cell.size();
  const auto result = std::from_chars(cell.data(), end, number);
  if (!cell.empty() && result.ec == std::errc() && result.ptr == end && std::isfinite(number)) {
    std::int64_t integer = 0;
    const auto as_int = std::from_chars(cell.data(), end, integer);
    if (as_int.ec == std::errc() && as_int.ptr == end) return integer;
    return number;
  }
  return cell;
}

}  // namespace

void PrintJson(const Table& table, std::ostream& out) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : table.rows) {
    nlohmann::json object = nlohmann::json::object();
    for (std::size_t c = 0; c < table.header.size() && c < row.size(); ++c) {
      object[table.header[c]] = CellValue(row[c]);
    }
    rows.push_back(std::move(object));
  }
  out << rows.dump(2) << '\n';
}

void Print(const Table& table, const std::string& format, std::ostream& out) {
  if (format == "csv") {
    PrintCsv(table, out);
  } else if (format == "json") {
    PrintJson(table, out);
  } else {
    PrintText(table, out);
  }
}

std::string FormatNumber(double value, int digits) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", value);
    return buf;
  }
  char buf[64];
  const double magnitude = std::fabs(value);
  if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e9)) {
    std::snprintf(buf, sizeof buf, "%.*e", digits - 1, value);
  } else {
    std::snprintf(buf, sizeof buf, "%.*f", digits, value);
  }
  return buf;
}

}  // namespace ombak::cli
