// Helpers shared by all of ombak's tests.
//
// - TestData(name): path of a fixture in tests/data.
// - TempDir: a fresh directory removed when the test ends.
// - RunCommand: runs a shell command, captures stdout, stderr and the exit status (for the CLI
//   and for Python oracles).
// - PythonOracle: runs a script under Debian's /usr/bin/python3 (which has networkx, igraph and
//   scipy); tests that need it call GTEST_SKIP when the interpreter lacks a module.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ombak::testing {

std::string TestData(std::string_view name);
std::string SourcePath(std::string_view relative);
// Path of the built `ombak` executable.
std::string CliPath();

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string File(std::string_view name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `command` through /bin/sh with stdin from /dev/null.
CommandResult RunCommand(const std::string& command);

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, std::string_view contents);

// True when /usr/bin/python3 can import every module named.
bool PythonHasModules(const std::vector<std::string>& modules);
// Runs a Python program (given as text) with the arguments; returns its stdout. Fails the test
// (ADD_FAILURE) and returns "" when the program exits non-zero.
std::string RunPython(std::string_view program, const std::vector<std::string>& args = {});

}  // namespace ombak::testing
