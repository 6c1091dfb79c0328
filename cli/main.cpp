// The `ombak` command: one file per subcommand (cli/*_command.cpp), no algorithm code here.
// Each subcommand registers its options and a callback; main parses, runs it under RunGuarded
// and returns its exit code (see cli/context.hpp).
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"

int main(int argc, char** argv) {
  CLI::App app{"ombak: find the accounts that move a social network"};
  app.set_version_flag("--version", std::string("ombak ") + OMBAK_VERSION);
  app.require_subcommand(1);
  ombak::cli::SetCommandLine(argc, argv);
  int exit_code = ombak::cli::kExitOk;
  ombak::cli::RegisterCommands(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : ombak::cli::kExitUsage;
  }
  return exit_code;
}
