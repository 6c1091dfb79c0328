// The `ombak` command: one file per subcommand (cli/*_command.cpp), no algorithm code here.
// Each subcommand registers its options and a callback; main parses, runs it under RunGuarded
// and returns its exit code (see cli/context.hpp).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"

namespace {

// libgomp reads OMP_WAIT_POLICY once, when it is loaded, before main. Its default lets idle
// threads spin, which on a machine shared with other work turns each short parallel region
// into a wait for a descheduled thread: `ombak analyze` on a million arcs next to one busy
// process took 127 s spinning and 55 s passive (24 s on a quiet machine either way; see
// docs/PERFORMANCE.md). So unless the user chose a policy, ombak runs itself again, once, with
// "passive". If that fails it simply goes on with the default.
void PreferPassiveWaiting(char** argv) {
  if (std::getenv("OMP_WAIT_POLICY") != nullptr) return;
  if (::setenv("OMP_WAIT_POLICY", "passive", 1) != 0) return;
  ::execv("/proc/self/exe", argv);
}

}  // namespace

int main(int argc, char** argv) {
  PreferPassiveWaiting(argv);
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
