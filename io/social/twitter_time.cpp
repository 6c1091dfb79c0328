#include "io/social/twitter_time.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <string>

namespace ombak {
namespace {

// Reads exactly `width` decimal digits at text[pos]; advances pos.
bool Digits(std::string_view text, std::size_t& pos, int width, int& value) {
  if (pos + static_cast<std::size_t>(width) > text.size()) return false;
  value = 0;
  for (int i = 0; i < width; ++i) {
    const char c = text[pos + static_cast<std::size_t>(i)];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  pos += static_cast<std::size_t>(width);
  return true;
}

bool Expect(std::string_view text, std::size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

std::optional<Timestamp> Compose(int year, int month, int day, int hour, int minute, int second,
                                 int offset_seconds) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  const std::int64_t days =
      DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  return days * 86400 + hour * 3600 + minute * 60 + second - offset_seconds;
}

// "+HHMM", "+HH:MM", "-HHMM", "Z"; returns false on anything else.
bool ZoneOffset(std::string_view text, std::size_t& pos, int& offset_seconds) {
  offset_seconds = 0;
  if (pos < text.size() && text[pos] == 'Z') {
    ++pos;
    return true;
  }
  if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return false;
  const int sign = text[pos] == '-' ? -1 : 1;
  ++pos;
  int hours = 0;
  int minutes = 0;
  if (!Digits(text, pos, 2, hours)) return false;
  if (pos < text.size() && text[pos] == ':') ++pos;
  if (!Digits(text, pos, 2, minutes)) return false;
  offset_seconds = sign * (hours * 3600 + minutes * 60);
  return true;
}

}  // namespace

std::int64_t DaysFromCivil(std::int64_t year, unsigned month, unsigned day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<Timestamp> ParseTwitterTime(std::string_view text) {
  // "Wed Oct 10 20:19:24 +0000 2018": weekday (ignored), month name, day, time, zone, year.
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (text.size() != 30 || text[3] != ' ' || text[7] != ' ' || text[10] != ' ') {
    return std::nullopt;
  }
  int month = 0;
  for (int m = 0; m < 12; ++m) {
    if (text.substr(4, 3) == kMonths[static_cast<std::size_t>(m)]) month = m + 1;
  }
  if (month == 0) return std::nullopt;
  std::size_t pos = 8;
  int day = 0, hour = 0, minute = 0, second = 0, offset = 0, year = 0;
  if (!Digits(text, pos, 2, day) || !Expect(text, pos, ' ') || !Digits(text, pos, 2, hour) ||
      !Expect(text, pos, ':') || !Digits(text, pos, 2, minute) || !Expect(text, pos, ':') ||
      !Digits(text, pos, 2, second) || !Expect(text, pos, ' ') || !ZoneOffset(text, pos, offset) ||
      !Expect(text, pos, ' ') || !Digits(text, pos, 4, year) || pos != text.size()) {
    return std::nullopt;
  }
  return Compose(year, month, day, hour, minute, second, offset);
}

std::optional<Timestamp> ParseIsoTime(std::string_view text) {
  std::size_t pos = 0;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offset = 0;
  if (!Digits(text, pos, 4, year) || !Expect(text, pos, '-') || !Digits(text, pos, 2, month) ||
      !Expect(text, pos, '-') || !Digits(text, pos, 2, day)) {
    return std::nullopt;
  }
  if (pos == text.size()) return Compose(year, month, day, 0, 0, 0, 0);
  if (text[pos] != 'T' && text[pos] != ' ') return std::nullopt;
  ++pos;
  if (!Digits(text, pos, 2, hour) || !Expect(text, pos, ':') || !Digits(text, pos, 2, minute) ||
      !Expect(text, pos, ':') || !Digits(text, pos, 2, second)) {
    return std::nullopt;
  }
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    const std::size_t start = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    if (pos == start) return std::nullopt;
  }
  if (pos < text.size() && !ZoneOffset(text, pos, offset)) return std::nullopt;
  if (pos != text.size()) return std::nullopt;
  return Compose(year, month, day, hour, minute, second, offset);
}

std::optional<Timestamp> ParseAnyTime(std::string_view text) {
  if (text.empty()) return std::nullopt;
  Timestamp seconds = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (error == std::errc() && end == text.data() + text.size()) return seconds;
  if (auto t = ParseIsoTime(text)) return t;
  return ParseTwitterTime(text);
}

std::string FormatIsoTime(Timestamp t) {
  // Howard Hinnant's civil_from_days, on floor-divided days so times before 1970 work too.
  std::int64_t days = t / 86400;
  std::int64_t seconds = t % 86400;
  if (seconds < 0) {
    seconds += 86400;
    --days;
  }
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  char text[128];
  std::snprintf(text, sizeof text, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                static_cast<long long>(year), static_cast<long long>(month),
                static_cast<long long>(day), static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
  return text;
}

}  // namespace ombak
