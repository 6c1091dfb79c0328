#include "graph/errors.hpp"

#include <cstdio>

namespace ombak {
namespace {

std::string Location(const std::string& path, std::uint64_t line, std::uint64_t column) {
  std::string out = path;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}

}  // namespace

InputError::InputError(std::string path, std::uint64_t line, std::uint64_t column,
                       std::string_view what)
    : std::runtime_error(Location(path, line, column) + ": " + std::string(what)),
      path_(std::move(path)),
      line_(line),
      column_(column) {}

std::string Shown(std::string_view found) {
  constexpr std::size_t kMaxShown = 40;
  std::string shown;
  for (std::size_t i = 0; i < found.size() && i < kMaxShown; ++i) {
    const auto c = static_cast<unsigned char>(found[i]);
    if (c >= 0x20 && c != 0x7f) {
      shown += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      shown += buf;
    }
  }
  if (found.size() > kMaxShown) shown += "...";
  return shown;
}

std::string ExpectedGot(std::string_view expected, std::string_view found) {
  std::string out = "expected ";
  out += expected;
  out += ", got ";
  if (found.empty()) {
    out += "end of line";
  } else {
    out += '\'';
    out += Shown(found);
    out += '\'';
  }
  return out;
}

}  // namespace ombak
