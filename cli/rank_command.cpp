// `ombak rank INPUT... --by MEASURES [--layer L] [--top N] [--compare]`: the key accounts by one
// or more measures from the catalogue (report/measures.hpp), ordered by the first measure, each
// with its score and rank; with --compare, instead, how far each pair of measures agrees.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <limits>

#include "algorithms/common/rank_agreement.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/progress.hpp"
#include "cli/table.hpp"
#include "graph/errors.hpp"
#include "report/measures.hpp"

namespace ombak::cli {
namespace {

struct RankOptions {
  GlobalOptions global;
  std::vector<std::string> inputs;
  std::string by = "in_degree";
  std::string layer = "auto";
  std::size_t top = 20;
  bool compare = false;
};

// Scores for the agreement statistics: a measure's NaN (undefined for that account) ranks last,
// as in the account table, so it becomes the lowest possible score.
std::vector<double> ComparableScores(const MeasureValues& values) {
  std::vector<double> scores = values.scores;
  for (double& x : scores) {
    if (std::isnan(x)) x = std::numeric_limits<double>::lowest();
  }
  return scores;
}

// Spearman's rho (average ranks for ties), Kendall's tau-b and the overlap of the top k for
// every pair of measures (Cha et al., ICWSM 2010 compare influence measures this way).
void PrintAgreement(const std::vector<const MeasureDefinition*>& measures,
                    const std::vector<MeasureValues>& values, std::size_t k,
                    const RankOptions& options) {
  if (measures.size() < 2) {
    throw InvalidArgument("--compare needs at least two measures in --by, got " +
                          std::to_string(measures.size()));
  }
  std::vector<std::vector<double>> scores;
  for (const MeasureValues& v : values) scores.push_back(ComparableScores(v));
  Table table;
  table.header = {"measure_a", "measure_b", "spearman", "kendall_tau_b",
                  "top" + std::to_string(k) + "_overlap"};
  table.right_aligned = {false, false, true, true, true};
  for (std::size_t a = 0; a < measures.size(); ++a) {
    for (std::size_t b = a + 1; b < measures.size(); ++b) {
      table.AddRow({measures[a]->name, measures[b]->name,
                    FormatNumber(SpearmanCorrelation(scores[a], scores[b]), 4),
                    FormatNumber(KendallTauB(scores[a], scores[b]), 4),
                    FormatNumber(TopKOverlap(scores[a], scores[b], k), 4)});
    }
  }
  if (options.global.format == "table" && !options.global.quiet) {
    std::cout << "Agreement of " << measures.size() << " rankings of " << scores[0].size()
              << " accounts (top-k overlap: shared share of each measure's top " << k << ")\n";
  }
  Print(table, options.global.format, std::cout);
}

void RunRank(const RankOptions& options) {
  const auto measures = ParseMeasureList(options.by);
  const Network network = LoadInputs(options.inputs, options.global);
  const GraphChoice choice(network, options.layer);
  const Digraph& g = choice.graph();

  std::vector<MeasureValues> values;
  std::vector<std::vector<std::uint32_t>> ranks;
  for (const MeasureDefinition* measure : measures) {
    ProgressBar bar(measure->name, !options.global.quiet);
    MeasureContext context{.seed = options.global.seed, .progress = bar.Callback()};
    values.push_back(measure->compute(g, context));
    ranks.push_back(RanksOf(values.back()));
  }
  if (options.compare) {
    const std::size_t k =
        options.top == 0 ? g.num_nodes() : std::min<std::size_t>(options.top, g.num_nodes());
    PrintAgreement(measures, values, k, options);
    return;
  }

  std::vector<NodeId> order(g.num_nodes());
  for (NodeId v = 0; v < g.num_nodes(); ++v) order[v] = v;
  std::stable_sort(order.begin(), order.end(),
                   [&](NodeId a, NodeId b) { return ranks[0][a] < ranks[0][b]; });
  if (options.top > 0 && order.size() > options.top) order.resize(options.top);

  Table table;
  table.header = {"rank", "account"};
  table.right_aligned = {true, false};
  for (const MeasureDefinition* measure : measures) {
    table.header.push_back(measure->name);
    table.header.push_back(measure->name + "_rank");
    table.right_aligned.insert(table.right_aligned.end(), {true, true});
  }
  for (std::size_t i = 0; i < order.size(); ++i) {
    const NodeId v = order[i];
    std::vector<std::string> row = {std::to_string(i + 1), network.nodes().Label(v)};
    for (std::size_t m = 0; m < measures.size(); ++m) {
      row.push_back(FormatNumber(values[m].scores[v], 6));
      row.push_back(std::to_string(ranks[m][v]));
    }
    table.AddRow(std::move(row));
  }
  if (options.global.format == "table" && !options.global.quiet) {
    std::cout << "Top " << order.size() << " of " << g.num_nodes() << " accounts on "
              << choice.description() << " (" << g.num_edges() << " arcs)\n";
    for (std::size_t m = 0; m < measures.size(); ++m) {
      if (!values[m].note.empty()) std::cout << measures[m]->name << ": " << values[m].note << '\n';
    }
  }
  Print(table, options.global.format, std::cout);
}

}  // namespace

void RegisterRank(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<RankOptions>();
  CLI::App* command = app.add_subcommand("rank", "Rank accounts by influence measures");
  command->add_option("inputs", options->inputs, "FILE or LAYER=FILE")->required();
  command
      ->add_option("--by", options->by, "Comma-separated measures, or 'all' (see `ombak measures`)")
      ->capture_default_str();
  command
      ->add_option("--layer", options->layer,
                   "Layer, 'merged', a list 'retweet,quote' or weights 'retweet=1,mention=0.5'")
      ->capture_default_str();
  command->add_option("--top", options->top, "Accounts to show (0 = all)")->capture_default_str();
  command->add_flag("--compare", options->compare,
                    "Print how far the --by measures agree (Spearman, Kendall tau-b, top-k "
                    "overlap with k = --top) instead of the accounts");
  AddGlobalOptions(*command, options->global);
  command->callback([options, &exit_code] { exit_code = RunGuarded([&] { RunRank(*options); }); });
}

}  // namespace ombak::cli
