#include "io/csv_fields.hpp"

#include <charconv>
#include <cmath>
#include <limits>

#include "graph/errors.hpp"

namespace ombak {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// Reads exactly `digits` decimal digits at text[*pos].
bool Digits(std::string_view text, std::size_t* pos, int digits, unsigned* value) {
  if (*pos + digits > text.size()) return false;
  unsigned v = 0;
  for (int i = 0; i < digits; ++i) {
    const char c = text[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  *pos += digits;
  *value = v;
  return true;
}

bool Expect(std::string_view text, std::size_t* pos, char c) {
  if (*pos >= text.size() || text[*pos] != c) return false;
  ++*pos;
  return true;
}

bool ParseIso8601(std::string_view text, Timestamp* value) {
  std::size_t pos = 0;
  unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!Digits(text, &pos, 4, &year) || !Expect(text, &pos, '-') || !Digits(text, &pos, 2, &month) ||
      !Expect(text, &pos, '-') || !Digits(text, &pos, 2, &day)) {
    return false;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  std::int64_t offset_seconds = 0;
  if (pos < text.size()) {
    if (text[pos] != 'T' && text[pos] != ' ') return false;
    ++pos;
    if (!Digits(text, &pos, 2, &hour) || !Expect(text, &pos, ':') ||
        !Digits(text, &pos, 2, &minute)) {
      return false;
    }
    if (pos < text.size() && text[pos] == ':') {
      ++pos;
      if (!Digits(text, &pos, 2, &second)) return false;
      if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      }
    }
    if (hour > 23 || minute > 59 || second > 60) return false;
    if (pos < text.size() && text[pos] == 'Z') {
      ++pos;
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
      const int sign = text[pos] == '+' ? 1 : -1;
      ++pos;
      unsigned oh, om = 0;
      if (!Digits(text, &pos, 2, &oh)) return false;
      if (pos < text.size() && text[pos] == ':') ++pos;
      if (pos < text.size() && !Digits(text, &pos, 2, &om)) return false;
      offset_seconds = sign * static_cast<std::int64_t>(oh * 3600 + om * 60);
    }
  }
  if (pos != text.size()) return false;
  *value =
      DaysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset_seconds;
  return true;
}

}  // namespace

char DetectDelimiter(std::string_view line) {
  if (line.find('\t') != std::string_view::npos) return '\t';
  if (line.find(',') != std::string_view::npos) return ',';
  return ' ';
}

std::size_t NextLine(std::string_view text, std::size_t begin, std::size_t* content_end) {
  std::size_t i = begin;
  const std::size_t n = text.size();
  while (i < n && text[i] != '\n' && text[i] != '\r') ++i;
  *content_end = i;
  if (i < n && text[i] == '\r') ++i;
  if (i < n && text[i] == '\n' && (i == *content_end || text[i - 1] == '\r')) ++i;
  return i;
}

bool IsBlankOrComment(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && IsBlank(text[begin])) ++begin;
  if (begin == end) return true;
  const char c = text[begin];
  return c == '#' || c == '%' || (c == '/' && begin + 1 < end && text[begin + 1] == '/');
}

bool FieldSplitter::Split(std::string_view text, std::size_t begin, std::size_t end,
                          FieldError* error) {
  count_ = 0;
  std::size_t i = begin;
  const bool whitespace = delimiter_ == ' ';
  while (true) {
    while (i < end && IsBlank(text[i]) && (whitespace || text[i] != delimiter_)) ++i;
    if (whitespace && i == end) break;
    Field field;
    field.offset = i;
    std::size_t field_end;
    if (i < end && text[i] == '"') {
      const std::size_t quote = i;
      std::size_t j = i + 1;
      bool escaped = false;
      while (true) {
        while (j < end && text[j] != '"') ++j;
        if (j >= end) {
          error->offset = quote;
          error->message = ExpectedGot("a closing '\"' before the end of the line",
                                       text.substr(quote, end - quote));
          return false;
        }
        if (j + 1 < end && text[j + 1] == '"') {
          escaped = true;
          j += 2;
          continue;
        }
        break;
      }
      std::string_view inner = text.substr(quote + 1, j - quote - 1);
      if (escaped && count_ < kMaxFields) {
        std::string& out = unescaped_[count_];
        out.clear();
        for (std::size_t k = 0; k < inner.size(); ++k) {
          out += inner[k];
          if (inner[k] == '"') ++k;
        }
        inner = out;
      }
      field.text = inner;
      i = j + 1;
      while (i < end && IsBlank(text[i]) && !whitespace && text[i] != delimiter_) ++i;
      if (i < end && text[i] != delimiter_ && !(whitespace && IsBlank(text[i]))) {
        error->offset = i;
        error->message = ExpectedGot(std::string("a delimiter after the closing quote"),
                                     text.substr(i, end - i));
        return false;
      }
      field_end = i;
    } else {
      std::size_t j = i;
      if (whitespace) {
        while (j < end && !IsBlank(text[j])) ++j;
        field_end = j;
      } else {
        while (j < end && text[j] != delimiter_) ++j;
        field_end = j;
        while (j > i && IsBlank(text[j - 1])) --j;
      }
      field.text = text.substr(i, j - i);
      i = field_end;
    }
    if (count_ < kMaxFields) fields_[count_] = field;
    ++count_;
    if (i >= end) break;
    ++i;  // past the delimiter (or the blank that ended a whitespace field)
    if (!whitespace && i == end) {  // a trailing delimiter leaves one empty field
      if (count_ < kMaxFields) fields_[count_] = Field{{}, i};
      ++count_;
      break;
    }
  }
  if (count_ > kMaxFields) count_ = kMaxFields;
  return true;
}

bool ParseInt64(std::string_view text, std::int64_t* value) {
  const char* first = text.data();
  const char* last = first + text.size();
  if (first != last && *first == '+') ++first;
  const auto r = std::from_chars(first, last, *value);
  return r.ec == std::errc() && r.ptr == last && first != last;
}

bool ParseDouble(std::string_view text, double* value) {
  const char* first = text.data();
  const char* last = first + text.size();
  if (first != last && *first == '+') ++first;
  const auto r = std::from_chars(first, last, *value);
  return r.ec == std::errc() && r.ptr == last && first != last && std::isfinite(*value);
}

bool ParseWeight(std::string_view text, Weight* value) {
  double v;
  if (!ParseDouble(text, &v)) return false;
  *value = static_cast<Weight>(v);
  return true;
}

bool IsArcWeight(double value) {
  return value >= 0 && value <= std::numeric_limits<Weight>::max();  // false for NaN too
}

bool ParseTimestamp(std::string_view text, Timestamp* value) {
  std::int64_t seconds;
  if (ParseInt64(text, &seconds)) {
    *value = seconds;
    return true;
  }
  return ParseIso8601(text, value);
}

std::string ToLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace ombak
