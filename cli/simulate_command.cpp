// `ombak simulate INPUT... --model M --seeds a,b,c|@FILE`: how far a message started by the
// given accounts travels under a cascade model (report/cascade_setup.hpp turns the flags into
// the library's inputs). Prints the expected spread with its standard error and 95% interval,
// the mean activations per step, the accounts most likely to adopt and, with --trace N, who
// activated whom in the first N runs. Influence flows against the arcs: a seed's audience
// (the accounts that follow, retweet or mention it) is what it can activate.
#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/progress.hpp"
#include "cli/table.hpp"
#include "graph/errors.hpp"
#include "report/cascade_setup.hpp"

namespace ombak::cli {
namespace {

struct SimulateOptions {
  GlobalOptions global;
  std::vector<std::string> inputs;
  CascadeSpec spec;
  std::string seeds;
  std::uint64_t runs = 10000;
  double target_half_width = 0;
  std::string layer = "auto";
  std::uint64_t trace = 0;
  std::size_t top = 10;
};

// Steps shown in the text table; JSON lists them all.
constexpr std::size_t kShownSteps = 20;

// Accounts by activation probability, seeds and never-activated accounts left out.
std::vector<NodeId> LikelyAdopters(const MonteCarloResult& r, const std::vector<NodeId>& seeds,
                                   std::size_t top) {
  std::vector<char> is_seed(r.activation_probability.size(), 0);
  for (const NodeId s : seeds) is_seed[s] = 1;
  std::vector<NodeId> order;
  for (NodeId v = 0; v < r.activation_probability.size(); ++v) {
    if (!is_seed[v] && r.activation_probability[v] > 0) order.push_back(v);
  }
  std::stable_sort(order.begin(), order.end(), [&](NodeId a, NodeId b) {
    return r.activation_probability[a] > r.activation_probability[b];
  });
  if (top > 0 && order.size() > top) order.resize(top);
  return order;
}

Table AdopterTable(const MonteCarloResult& r, const std::vector<NodeId>& adopters,
                   const NodeTable& nodes) {
  Table table;
  table.header = {"rank", "account", "activation_probability"};
  table.right_aligned = {true, false, true};
  for (std::size_t i = 0; i < adopters.size(); ++i) {
    table.AddRow({std::to_string(i + 1), nodes.Label(adopters[i]),
                  FormatNumber(r.activation_probability[adopters[i]], 4)});
  }
  return table;
}

std::string RunsLine(const MonteCarloResult& r, const SimulateOptions& options) {
  std::string line = "runs: " + std::to_string(r.runs);
  if (r.stopped_early) {
    line += " of " + std::to_string(options.runs) +
            ", stopped early (95% half-width <= " + FormatNumber(options.target_half_width) + ")";
  }
  return line + " (seed " + std::to_string(options.global.seed) + ")";
}

void PrintJson(const MonteCarloResult& r, const PreparedCascade& model, const GraphChoice& choice,
               const std::vector<NodeId>& seeds, const std::vector<NodeId>& adopters,
               const SimulateOptions& options, const NodeTable& nodes) {
  nlohmann::json out = {{"model", model.name},
                        {"description", model.description},
                        {"layer", choice.description()},
                        {"seed", options.global.seed},
                        {"runs", r.runs},
                        {"max_runs", options.runs},
                        {"stopped_early", r.stopped_early},
                        {"mean_spread", r.mean_spread},
                        {"std_error", r.std_error},
                        {"ci_low", r.ci_low},
                        {"ci_high", r.ci_high}};
  out["seeds"] = nlohmann::json::array();
  for (const NodeId s : seeds) out["seeds"].push_back(nodes.Label(s));
  out["steps"] = nlohmann::json::array();
  for (std::size_t t = 0; t < r.mean_activations_per_step.size(); ++t) {
    nlohmann::json step = {{"step", t}, {"mean_activations", r.mean_activations_per_step[t]}};
    if (t < r.mean_prevalence_per_step.size()) {
      step["mean_prevalence"] = r.mean_prevalence_per_step[t];
    }
    out["steps"].push_back(step);
  }
  out["top"] = nlohmann::json::array();
  for (const NodeId v : adopters) {
    out["top"].push_back(
        {{"account", nodes.Label(v)}, {"activation_probability", r.activation_probability[v]}});
  }
  out["traces"] = nlohmann::json::array();
  for (const CascadeTrace& trace : r.traces) {
    nlohmann::json arcs = nlohmann::json::array();
    for (const TraceArc& arc : trace.arcs) {
      arcs.push_back({{"parent", arc.parent == kNoNode ? nlohmann::json(nullptr)
                                                       : nlohmann::json(nodes.Label(arc.parent))},
                      {"child", nodes.Label(arc.child)},
                      {"step", arc.step}});
    }
    out["traces"].push_back({{"run", trace.run}, {"spread", trace.arcs.size()}, {"arcs", arcs}});
  }
  std::cout << out.dump(2) << '\n';
}

void PrintText(const MonteCarloResult& r, const PreparedCascade& model, const GraphChoice& choice,
               const std::vector<NodeId>& seeds, const std::vector<NodeId>& adopters,
               const SimulateOptions& options, const NodeTable& nodes) {
  const Digraph& g = choice.graph();
  std::cout << model.name << " on " << choice.description() << " (" << g.num_nodes()
            << " accounts, " << g.num_edges() << " arcs): " << model.description << '\n';
  std::string names;
  for (const NodeId s : seeds) names += (names.empty() ? "" : ", ") + nodes.Label(s);
  std::cout << "seeds (" << seeds.size() << "): " << names << '\n';
  std::cout << "expected spread " << FormatNumber(r.mean_spread) << " ± "
            << FormatNumber(r.std_error) << " (standard error), 95% interval ["
            << FormatNumber(r.ci_low) << ", " << FormatNumber(r.ci_high) << "]\n";
  std::cout << RunsLine(r, options) << "\n\n";

  const bool epidemic = !r.mean_prevalence_per_step.empty();
  Table steps;
  steps.header = {"step", "mean_activations", "cumulative"};
  steps.right_aligned = {true, true, true};
  if (epidemic) {
    steps.header.push_back("mean_infected");
    steps.right_aligned.push_back(true);
  }
  double cumulative = 0;
  const std::size_t num_steps = r.mean_activations_per_step.size();
  for (std::size_t t = 0; t < num_steps; ++t) {
    cumulative += r.mean_activations_per_step[t];
    if (t >= kShownSteps) continue;
    std::vector<std::string> row = {std::to_string(t), FormatNumber(r.mean_activations_per_step[t]),
                                    FormatNumber(cumulative)};
    if (epidemic) {
      row.push_back(t < r.mean_prevalence_per_step.size()
                        ? FormatNumber(r.mean_prevalence_per_step[t])
                        : std::string());
    }
    steps.AddRow(std::move(row));
  }
  cli::PrintText(steps, std::cout);
  if (num_steps > kShownSteps) {
    std::cout << "(" << num_steps - kShownSteps << " more steps; --format json lists them all)\n";
  }
  std::cout << "\nMost likely to adopt (seeds excluded)\n";
  cli::PrintText(AdopterTable(r, adopters, nodes), std::cout);
  for (const CascadeTrace& trace : r.traces) {
    std::cout << "\nrun " << trace.run << ": " << trace.arcs.size() << " activated\n";
    Table arcs;
    arcs.header = {"step", "activated_by", "account"};
    arcs.right_aligned = {true, false, false};
    for (const TraceArc& arc : trace.arcs) {
      arcs.AddRow({std::to_string(arc.step),
                   arc.parent == kNoNode ? std::string("(seed)") : nodes.Label(arc.parent),
                   nodes.Label(arc.child)});
    }
    cli::PrintText(arcs, std::cout);
  }
}

void RunSimulate(SimulateOptions options) {
  CheckRuns(options.runs, "--runs");
  if (!(options.target_half_width >= 0)) {
    throw InvalidArgument("--target-half-width must be >= 0, got " +
                          FormatNumber(options.target_half_width));
  }
  if (options.trace > options.runs) {
    throw InvalidArgument("--trace must be <= --runs (" + std::to_string(options.runs) + "), got " +
                          std::to_string(options.trace));
  }
  const Network network = LoadInputs(options.inputs, options.global);
  const GraphChoice choice(network, options.layer);
  const Digraph& g = choice.graph();
  options.spec.seed = options.global.seed;
  const PreparedCascade model = PrepareCascadeModel(g, options.spec);
  const AccountResolver accounts(network.nodes());
  const std::vector<NodeId> seeds = ParseAccountList(accounts, options.seeds, "--seeds");

  ProgressBar bar("simulate " + model.name, !options.global.quiet);
  MonteCarloOptions mc;
  mc.runs = options.runs;
  mc.seed = options.global.seed;
  mc.target_half_width = options.target_half_width;
  mc.trace_runs = options.trace;
  mc.progress = bar.Callback();
  const MonteCarloResult r = SimulateCascade(g, model, seeds, mc);
  bar.Finish();
  const std::vector<NodeId> adopters = LikelyAdopters(r, seeds, options.top);
  const NodeTable& nodes = network.nodes();
  if (options.global.format == "json") {
    PrintJson(r, model, choice, seeds, adopters, options, nodes);
  } else if (options.global.format == "csv") {
    PrintCsv(AdopterTable(r, adopters, nodes), std::cout);
  } else {
    PrintText(r, model, choice, seeds, adopters, options, nodes);
  }
}

}  // namespace

void RegisterSimulate(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<SimulateOptions>();
  CLI::App* command =
      app.add_subcommand("simulate", "Simulate how far a message started by given accounts goes");
  command->add_option("inputs", options->inputs, "FILE or LAYER=FILE")->required();
  command->add_option("--model", options->spec.model, "Cascade model")
      ->check(CLI::IsMember(CascadeModelNames()))
      ->capture_default_str();
  command
      ->add_option("--seeds", options->seeds,
                   "Starting accounts: 'a,b,c' (ids, handles or labels, '@' optional) or @FILE "
                   "(one per line)")
      ->required();
  command->add_option("--p", options->spec.p, "ic/sir/sis: the same probability on every arc");
  command->add_option("--weights", options->spec.weights,
                      "Arc values: wc (1/accounts listened to, default), tri (trivalency) or "
                      "weight (the layer's arc weights)");
  command->add_option("--threshold", options->spec.threshold,
                      "threshold: fraction of listened-to accounts that must be active (0.18)");
  command->add_option("--k-active", options->spec.k_active,
                      "complex: number of listened-to accounts that must be active (2)");
  command->add_option("--recovery", options->spec.recovery,
                      "sir/sis: probability an infected account recovers each step (1)");
  command->add_option("--max-steps", options->spec.max_steps,
                      "Steps per run (default: until the cascade stops; sir/sis 1000)");
  command->add_option("--runs", options->runs, "Monte Carlo runs (at most)")->capture_default_str();
  command->add_option("--target-half-width", options->target_half_width,
                      "Stop early once the 95% interval half-width is at most this (accounts)");
  command->add_option("--layer", options->layer, "Layer, 'merged' or a weighted list")
      ->capture_default_str();
  command->add_option("--trace", options->trace, "Record who activated whom in the first N runs");
  command->add_option("--top", options->top, "Likely adopters shown (0 = all)")
      ->capture_default_str();
  AddGlobalOptions(*command, options->global);
  command->callback(
      [options, &exit_code] { exit_code = RunGuarded([&] { RunSimulate(*options); }); });
}

}  // namespace ombak::cli
