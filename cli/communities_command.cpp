// `ombak communities INPUT... --method M`: the camps of the network. Prints the method's
// quality, a per-community summary (size, density, internal and external edges, leading
// accounts by audience), agreement with a known grouping (--truth), and with --membership or
// --format csv the community of every account. Detection goes through the entry point that
// `ombak analyze` uses, so by default the answer is the same; --restarts reaches Louvain and
// Leiden through it.
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "algorithms/centrality/degree.hpp"
#include "algorithms/community/compare.hpp"
#include "algorithms/community/roles.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/progress.hpp"
#include "cli/table.hpp"
#include "graph/errors.hpp"
#include "report/community_methods.hpp"

namespace ombak::cli {
namespace {

struct CommunitiesOptions {
  GlobalOptions global;
  std::vector<std::string> inputs;
  std::string method = "leiden";
  double resolution = 1.0;
  // Independent Louvain/Leiden runs, best kept; 0 = their default (3 on small graphs, else 1).
  // Read as a number so that a fraction gets our message rather than a conversion error.
  double restarts = 0;
  std::string layer = "auto";
  std::string truth;
  bool membership = false;
  std::size_t leaders = 3;
};

constexpr int kMaxRestarts = 1000;

// --restarts as the algorithms take it; throws InvalidArgument unless a whole number in range,
// and for a restart count given to a method that has no restarts.
int CheckRestarts(double restarts, const std::string& method) {
  if (!(restarts >= 0 && restarts <= kMaxRestarts) || restarts != std::floor(restarts)) {
    std::ostringstream got;
    got << restarts;
    throw InvalidArgument("--restarts must be a whole number in [0, " +
                          std::to_string(kMaxRestarts) + "], got " + got.str());
  }
  if (restarts > 0 && !HasRestarts(method)) {
    throw InvalidArgument("--restarts does not apply to --method " + method);
  }
  return static_cast<int>(restarts);
}

void RunCommunities(const CommunitiesOptions& options) {
  const int restarts = CheckRestarts(options.restarts, options.method);
  const Network network = LoadInputs(options.inputs, options.global);
  const GraphChoice choice(network, options.layer);
  const Digraph& g = choice.graph();
  ProgressBar bar(options.method, !options.global.quiet);
  const CommunityResult result = DetectCommunities(g, {.method = options.method,
                                                       .resolution = options.resolution,
                                                       .seed = options.global.seed,
                                                       .restarts = restarts,
                                                       .progress = bar.Callback()});
  bar.Finish();
  const Partition& p = result.partition;
  const std::vector<double> audience = Degree(g, {.mode = DegreeMode::kIn}).scores;
  const auto summaries = SummarizeCommunities(g, p, audience, options.leaders);
  std::optional<PartitionComparison> comparison;
  std::optional<TruthPartition> truth;
  if (!options.truth.empty()) {
    truth = LoadTruth(network, options.truth);
    comparison = ComparePartitions(RestrictPartition(p, truth->nodes), truth->partition);
  }
  const NodeTable& nodes = network.nodes();
  auto leaders_of = [&](const CommunitySummary& s) {
    std::string text;
    for (const NodeId v : s.top_accounts) text += (text.empty() ? "" : " ") + nodes.Label(v);
    return text;
  };

  if (options.global.format == "json") {
    nlohmann::json out = {{"method", options.method},
                          {"layer", choice.description()},
                          {"quality_name", QualityName(options.method)},
                          {"quality", result.quality},
                          {"count", p.count},
                          {"seed", options.global.seed},
                          {"restarts", restarts}};
    if (comparison) {
      out["truth"] = {
          {"source", truth->source},          {"accounts", truth->nodes.size()},
          {"groups", truth->partition.count}, {"nmi", comparison->nmi},
          {"ari", comparison->adjusted_rand}, {"vi", comparison->variation_of_information}};
    }
    out["communities"] = nlohmann::json::array();
    for (std::uint32_t c = 0; c < p.count; ++c) {
      nlohmann::json leaders = nlohmann::json::array();
      for (const NodeId v : summaries[c].top_accounts) leaders.push_back(nodes.Label(v));
      out["communities"].push_back({{"id", c},
                                    {"size", summaries[c].size},
                                    {"density", summaries[c].density},
                                    {"internal_edges", summaries[c].internal_edges},
                                    {"external_edges", summaries[c].external_edges},
                                    {"leaders", leaders}});
    }
    if (options.membership) {
      out["membership"] = nlohmann::json::object();
      for (NodeId v = 0; v < nodes.size(); ++v) out["membership"][nodes.Label(v)] = p.membership[v];
    }
    std::cout << out.dump(2) << '\n';
    return;
  }
  if (options.global.format == "csv") {
    Table table;
    table.header = {"account", "community"};
    for (NodeId v = 0; v < nodes.size(); ++v) {
      table.AddRow({nodes.Label(v), std::to_string(p.membership[v])});
    }
    PrintCsv(table, std::cout);
    return;
  }
  std::cout << options.method << " on " << choice.description() << ": " << p.count
            << " communities, " << QualityName(options.method) << " "
            << FormatNumber(result.quality, 6) << " (seed " << options.global.seed
            << (restarts > 0 ? ", restarts " + std::to_string(restarts) : std::string()) << ")\n";
  if (comparison) {
    std::cout << "against " << truth->source << " (" << truth->nodes.size() << " accounts, "
              << truth->partition.count << " groups): NMI " << FormatNumber(comparison->nmi)
              << ", ARI " << FormatNumber(comparison->adjusted_rand) << ", VI "
              << FormatNumber(comparison->variation_of_information) << "\n";
  }
  std::cout << '\n';
  Table table;
  table.header = {"community", "size", "density", "internal", "external", "leaders (audience)"};
  table.right_aligned = {true, true, true, true, true, false};
  for (std::uint32_t c = 0; c < p.count; ++c) {
    const CommunitySummary& s = summaries[c];
    table.AddRow({std::to_string(c), std::to_string(s.size), FormatNumber(s.density),
                  std::to_string(s.internal_edges), std::to_string(s.external_edges),
                  leaders_of(s)});
  }
  PrintText(table, std::cout);
  if (options.membership) {
    Table members;
    members.header = {"account", "community"};
    for (NodeId v = 0; v < nodes.size(); ++v) {
      members.AddRow({nodes.Label(v), std::to_string(p.membership[v])});
    }
    std::cout << '\n';
    PrintText(members, std::cout);
  }
}

}  // namespace

void RegisterCommunities(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<CommunitiesOptions>();
  CLI::App* command = app.add_subcommand("communities", "Find the camps of the network");
  command->add_option("inputs", options->inputs, "FILE or LAYER=FILE")->required();
  command->add_option("--method", options->method, "Community method")
      ->check(CLI::IsMember(CommunityMethodNames()))
      ->capture_default_str();
  command
      ->add_option("--resolution", options->resolution,
                   "Resolution of leiden/louvain (higher: smaller communities)")
      ->capture_default_str();
  command
      ->add_option("--restarts", options->restarts,
                   "Independent leiden/louvain runs, the best kept (0: 3 below 50,000 nodes "
                   "and ~250,000 edges, else 1)")
      ->type_name("INT")
      ->capture_default_str();
  command->add_option("--layer", options->layer, "Layer, 'merged' or a weighted list")
      ->capture_default_str();
  command->add_option("--truth", options->truth,
                      "Known grouping to compare with: a node attribute or a node-table file");
  command->add_flag("--membership", options->membership, "Also list every account's community");
  command->add_option("--leaders", options->leaders, "Leading accounts shown per community")
      ->capture_default_str();
  AddGlobalOptions(*command, options->global);
  command->callback(
      [options, &exit_code] { exit_code = RunGuarded([&] { RunCommunities(*options); }); });
}

}  // namespace ombak::cli
