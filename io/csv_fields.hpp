// Splitting delimited text into lines and fields, and parsing the values found in them.
//
// Design choice: one small splitter serves CSV, TSV and whitespace-separated files. It works on
// a line at a time inside the file's buffer and returns string_views, so the common case (no
// quotes) copies nothing. A double-quoted field may contain the delimiter and "" escapes, but
// not a line break: that keeps every line break a row boundary, so files can be cut into
// per-thread chunks at any newline. LF, CRLF and a lone CR all end a line.
//
// Usage:
//   FieldSplitter split(',');
//   std::size_t next = split.Split(text, line_start);   // fills split.fields()
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/types.hpp"

namespace ombak {

// The delimiter of a file: ',' (CSV), '\t' (TSV) or ' ' (runs of spaces and tabs).
char DetectDelimiter(std::string_view line);

// Offset just past the line that starts at `begin` (after its LF, CRLF or CR), and the end of
// its content in `*content_end`.
std::size_t NextLine(std::string_view text, std::size_t begin, std::size_t* content_end);

// True for lines that carry no data: empty, blank, or a comment starting with #, % or //.
bool IsBlankOrComment(std::string_view text, std::size_t begin, std::size_t end);

struct Field {
  std::string_view text;   // unquoted, unescaped, surrounding blanks trimmed
  std::size_t offset = 0;  // byte offset of the field's first character in the file
};

// A syntax error inside a line: where and what.
struct FieldError {
  std::size_t offset = 0;
  std::string message;
};

class FieldSplitter {
 public:
  static constexpr std::size_t kMaxFields = 64;  // later fields are scanned and ignored

  explicit FieldSplitter(char delimiter) : delimiter_(delimiter) {}
  char delimiter() const { return delimiter_; }

  // Splits the content [begin, end) of one line. Returns false and fills `error` for an
  // unterminated quote or text after a closing quote.
  bool Split(std::string_view text, std::size_t begin, std::size_t end, FieldError* error);

  std::size_t size() const { return count_; }
  const Field& operator[](std::size_t i) const { return fields_[i]; }

 private:
  char delimiter_;
  std::size_t count_ = 0;
  std::array<Field, kMaxFields> fields_{};
  std::array<std::string, kMaxFields> unescaped_{};  // storage for fields with "" escapes
};

// Whole-field parsers: true only when all of `text` is the value.
bool ParseInt64(std::string_view text, std::int64_t* value);
bool ParseDouble(std::string_view text, double* value);
bool ParseWeight(std::string_view text, Weight* value);
// Arc weights count interactions (DESIGN.md, layers): finite, non-negative and within a Weight
// (a float). Readers refuse other values at their place in the file.
bool IsArcWeight(double value);
inline constexpr const char* kArcWeightExpected = "a non-negative weight below 3.4e38";
// Integer seconds since the epoch, or ISO-8601 UTC: YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS[.frac]]
// with an optional Z or +00:00 (a space may replace the T; other offsets are applied).
bool ParseTimestamp(std::string_view text, Timestamp* value);

// Lower-cases ASCII letters.
std::string ToLower(std::string_view text);

}  // namespace ombak
