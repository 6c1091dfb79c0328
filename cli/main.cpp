// The `ombak` command: one file per subcommand (cli/*_command.cpp), no algorithm code here.
// Each subcommand registers its options and a callback; main parses, runs it under RunGuarded
// and returns its exit code (see cli/context.hpp).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <utility>

#include "cli/commands.hpp"
#include "cli/context.hpp"

namespace {

// Two settings are read once, when the process starts, before main, so ombak sets them and runs
// itself again, once, unless the user chose them; if that fails it simply goes on.
// - OMP_WAIT_POLICY=passive: libgomp's default lets idle threads spin, which on a machine shared
//   with other work turns each short parallel region into a wait for a descheduled thread:
//   `ombak analyze` on a million arcs next to one busy process took 127 s spinning and 55 s
//   passive (24 s on a quiet machine either way; see docs/PERFORMANCE.md).
// - GLIBC_TUNABLES=glibc.malloc.hugetlb=1: malloc asks for transparent huge pages on the large
//   blocks it maps, so the graph's arrays fault in 2 MiB at a time. On the project's VMs a 4 KiB
//   page fault costs ~11 us (23 ms per 8 MB): `ombak rank` on the 16M-arc R-MAT graph took
//   2.4-2.5 s without and 1.5-1.7 s with it.
void PreferPassiveWaitingAndHugePages(char** argv) {
  bool changed = false;
  for (const auto& [name, value] : {std::pair{"OMP_WAIT_POLICY", "passive"},
                                    std::pair{"GLIBC_TUNABLES", "glibc.malloc.hugetlb=1"}}) {
    if (std::getenv(name) != nullptr) continue;
    if (::setenv(name, value, 1) != 0) return;
    changed = true;
  }
  if (changed) ::execv("/proc/self/exe", argv);
}

}  // namespace

int main(int argc, char** argv) {
  PreferPassiveWaitingAndHugePages(argv);
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
