// The error types of ombak.
//
// Library code reports failures only by throwing one of these; it never prints, exits or
// aborts. The command line (cli/) maps them to messages and exit codes.
//   InputError       a file is malformed: "path:line:column: expected X, got 'Y'"
//   InvalidArgument  a parameter is out of its domain: names the parameter and the value
//   BackendError     a failure inside a third-party library (igraph, Graphviz, zlib)
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ombak {

class InputError : public std::runtime_error {
 public:
  // line and column are 1-based; 0 means "not known" and is left out of the message.
  InputError(std::string path, std::uint64_t line, std::uint64_t column, std::string_view what);

  const std::string& path() const { return path_; }
  std::uint64_t line() const { return line_; }
  std::uint64_t column() const { return column_; }

 private:
  std::string path_;
  std::uint64_t line_;
  std::uint64_t column_;
};

// Text from an input as a message shows it: shortened to 40 bytes ("..." after) and with control
// bytes escaped (\x1b), so that a binary file cannot flood or garble the terminal.
std::string Shown(std::string_view found);

// Formats "expected EXPECTED, got 'FOUND'" with FOUND as Shown() gives it.
std::string ExpectedGot(std::string_view expected, std::string_view found);

class InvalidArgument : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

class BackendError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace ombak
