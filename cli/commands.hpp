// Registration of every subcommand. Each Register* function lives in its own
// cli/<name>_command.cpp; it adds the subcommand with its options and sets `exit_code` when the
// subcommand runs.
#pragma once

#include <CLI/CLI.hpp>

namespace ombak::cli {

void RegisterAnalyze(CLI::App& app, int& exit_code);
void RegisterInfo(CLI::App& app, int& exit_code);
void RegisterConvert(CLI::App& app, int& exit_code);
void RegisterRank(CLI::App& app, int& exit_code);
void RegisterMeasures(CLI::App& app, int& exit_code);
void RegisterCommunities(CLI::App& app, int& exit_code);
void RegisterSimulate(CLI::App& app, int& exit_code);
void RegisterSeeds(CLI::App& app, int& exit_code);

inline void RegisterCommands(CLI::App& app, int& exit_code) {
  RegisterAnalyze(app, exit_code);
  RegisterInfo(app, exit_code);
  RegisterConvert(app, exit_code);
  RegisterRank(app, exit_code);
  RegisterCommunities(app, exit_code);
  RegisterMeasures(app, exit_code);
  RegisterSimulate(app, exit_code);
  RegisterSeeds(app, exit_code);
}

}  // namespace ombak::cli
