// `ombak analyze INPUT... --out DIR`: the main job. Loads the data, runs the analysis of
// report/analysis.hpp with a progress bar per stage, and writes the report directory
// (report/report_files.hpp). Prints where the report is.
#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/progress.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "io/load.hpp"
#include "report/analysis.hpp"
#include "report/checksum.hpp"
#include "report/community_methods.hpp"
#include "report/report_files.hpp"
#include "report/report_json.hpp"

namespace ombak::cli {
namespace {

struct AnalyzeOptions {
  GlobalOptions global;
  std::vector<std::string> inputs;
  std::string out;
  std::string layer = "auto";
  AnalysisOptions analysis;
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

RunManifest MakeManifest(const AnalyzeOptions& options) {
  RunManifest manifest;
  manifest.command = CommandLine();
  for (const auto& input : options.inputs) {
    const InputSpec spec = InputSpec::Parse(input);
    std::error_code error;
    const auto bytes = std::filesystem::file_size(spec.path, error);
    manifest.inputs.push_back({spec.path, spec.layer ? std::string(LayerName(*spec.layer)) : "",
                               error ? 0 : bytes, Sha256OfFile(spec.path)});
  }
  const AnalysisOptions& a = options.analysis;
  manifest.parameters = {{"layer", options.layer},
                         {"measures", a.measures},
                         {"top", a.top},
                         {"community_method", a.community_method},
                         {"resolution", a.resolution},
                         {"restarts", a.restarts},
                         {"k", a.k},
                         {"model", a.model},
                         {"method", a.method},
                         {"epsilon", a.epsilon},
                         {"probability", a.probabilities},
                         {"runs", a.runs},
                         {"map_accounts", a.map_accounts},
                         {"reverse", options.global.reverse}};
  manifest.threads = MaxThreads();
  return manifest;
}

void RunAnalyze(AnalyzeOptions& options) {
  options.analysis.seed = options.global.seed;
  if (options.analysis.restarts > 0 && !HasRestarts(options.analysis.community_method)) {
    throw InvalidArgument("--restarts does not apply to --community-method " +
                          options.analysis.community_method);
  }
  const auto start = std::chrono::steady_clock::now();
  const Network network = LoadInputs(options.inputs, options.global);
  RunManifest manifest = MakeManifest(options);
  manifest.extra_timings.push_back({"load", Seconds(start)});
  const GraphChoice choice(network, options.layer);

  std::unique_ptr<ProgressBar> bar;
  std::string current;
  const AnalysisResult result =
      RunAnalysis(network, choice.graph(), choice.description(), options.analysis,
                  [&](const std::string& stage, double fraction) {
                    if (stage != current) {
                      if (bar) bar->Finish();
                      bar = std::make_unique<ProgressBar>(stage, !options.global.quiet);
                      current = stage;
                    }
                    bar->Update(fraction);
                  });
  if (bar) bar->Finish();

  const auto write_start = std::chrono::steady_clock::now();
  nlohmann::json report = ReportJson(network, choice.graph(), result, options.analysis, manifest);
  std::vector<std::string> input_paths;
  for (const auto& input : manifest.inputs) input_paths.push_back(input.path);
  const ReportFiles files =
      WriteReportDirectory(options.out, network, choice.graph(), result, report, input_paths);
  if (!options.global.quiet) {
    for (const auto& sentence : report["summary"]["sentences"]) {
      std::cout << sentence.get<std::string>() << '\n';
    }
    std::cout << "\nWrote " << files.written.size() << " files in " << options.out << " ("
              << Seconds(start) << " s; writing " << Seconds(write_start) << " s):\n";
    for (const auto& path : files.written) std::cout << "  " << path << '\n';
  }
}

}  // namespace

void RegisterAnalyze(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AnalyzeOptions>();
  AnalysisOptions& a = options->analysis;
  CLI::App* command =
      app.add_subcommand("analyze", "From raw data to a key-accounts report in one directory");
  command->add_option("inputs", options->inputs, "FILE or LAYER=FILE")->required();
  command->add_option("-o,--out", options->out, "Output directory")->required();
  command->add_option("--layer", options->layer, "Layer, 'merged' or a weighted list")
      ->capture_default_str();
  command->add_option("--measures", a.measures, "Ranking measures (see `ombak measures`)")
      ->capture_default_str();
  command->add_option("--top", a.top, "Accounts per measure in the key-accounts table")
      ->capture_default_str();
  command->add_option("--community-method", a.community_method, "Community method")
      ->check(CLI::IsMember(CommunityMethodNames()))
      ->capture_default_str();
  command->add_option("--resolution", a.resolution, "Community resolution")->capture_default_str();
  command
      ->add_option("--restarts", a.restarts,
                   "Independent leiden/louvain runs, the best kept (0: 3 below 50,000 nodes "
                   "and ~250,000 edges, else 1)")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
  command->add_option("--k", a.k, "Seed accounts to recommend")->capture_default_str();
  command->add_option("--model", a.model, "Cascade model")
      ->check(CLI::IsMember({"ic", "lt"}))
      ->capture_default_str();
  command
      ->add_option("--method", a.method,
                   "Seed method: imm, celf, degree-discount or a ranking measure")
      ->capture_default_str();
  command->add_option("--epsilon", a.epsilon, "IMM approximation slack")->capture_default_str();
  command
      ->add_option("--probability", a.probabilities,
                   "IC arc probability: wc, tri, weight or a number")
      ->capture_default_str();
  command->add_option("--runs", a.runs, "Monte Carlo runs per reach-curve point")
      ->capture_default_str();
  command->add_option("--map-accounts", a.map_accounts, "Accounts drawn on the map")
      ->capture_default_str();
  AddGlobalOptions(*command, options->global);
  command->callback(
      [options, &exit_code] { exit_code = RunGuarded([&] { RunAnalyze(*options); }); });
}

}  // namespace ombak::cli
