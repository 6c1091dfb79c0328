#include "tests/support/test_support.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace ombak::testing {

std::string TestData(std::string_view name) {
  return std::string(OMBAK_TEST_DATA_DIR) + "/" + std::string(name);
}

std::string SourcePath(std::string_view relative) {
  return std::string(OMBAK_SOURCE_DIR) + "/" + std::string(relative);
}

std::string CliPath() { return OMBAK_CLI_PATH; }

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "ombak-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteFile(const std::string& path, std::string_view contents) {
  std::ofstream out(path, std::ios::binary);
  out << contents;
}

CommandResult RunCommand(const std::string& command) {
  TempDir dir;
  const std::string out_path = dir.File("out");
  const std::string err_path = dir.File("err");
  const std::string full = "(" + command + ") </dev/null >'" + out_path + "' 2>'" + err_path + "'";
  const int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

bool PythonHasModules(const std::vector<std::string>& modules) {
  std::string program = "import sys\n";
  for (const auto& module : modules) program += "import " + module + "\n";
  TempDir dir;
  WriteFile(dir.File("probe.py"), program);
  return RunCommand(std::string(OMBAK_PYTHON) + " '" + dir.File("probe.py") + "'").exit_code == 0;
}

std::string RunPython(std::string_view program, const std::vector<std::string>& args) {
  TempDir dir;
  const std::string script = dir.File("oracle.py");
  WriteFile(script, program);
  std::string command = std::string(OMBAK_PYTHON) + " '" + script + "'";
  for (const auto& arg : args) command += " '" + arg + "'";
  const CommandResult result = RunCommand(command);
  if (result.exit_code != 0) {
    ADD_FAILURE() << "python oracle failed (" << result.exit_code << "):\n" << result.err;
    return "";
  }
  return result.out;
}

}  // namespace ombak::testing
