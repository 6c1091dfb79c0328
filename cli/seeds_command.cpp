// `ombak seeds INPUT... --k K --method M`: the accounts that should carry a message, chosen by
// IMM, CELF or a ranking heuristic (report/cascade_setup.hpp dispatches by name), optionally
// within a budget, with a quota per community or aimed at a target group. Design choice: the
// spread printed for the chosen set is measured by an INDEPENDENT Monte Carlo simulation on
// stream --seed + 1, never by the estimate the selection optimised (which is biased upwards),
// and next to it the top accounts by audience under the same constraints and the same stream
// (common random numbers, so the difference is not noise from two streams). Heuristics have no
// marginal gains of their own; they are measured on prefixes of the set (stream --seed + 2)
// when that costs at most kPrefixArcBudget arc visits, and left blank otherwise. With
// --opponent the command answers another campaign instead (counter-mobilization): it chooses k
// accounts to remove (--counter block) or to seed first (--counter protect) and prints the
// opponent's spread before and after, again from an independent simulation, next to the same
// answer given by the k largest audiences.
#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/progress.hpp"
#include "cli/table.hpp"
#include "graph/errors.hpp"
#include "report/cascade_setup.hpp"
#include "report/community_methods.hpp"

namespace ombak::cli {
namespace {

struct SeedsOptions {
  GlobalOptions global;
  std::vector<std::string> inputs;
  std::uint32_t k = 10;
  CascadeSpec spec;
  std::string method = "imm";
  double epsilon = 0.1;
  std::optional<double> budget;
  std::string cost;
  std::uint32_t per_community = 0;
  std::string community_method = "leiden";
  std::string target;
  std::uint64_t runs = 10000;
  std::uint64_t celf_runs = 1000;
  std::string layer = "auto";
  std::string opponent;
  std::string counter = "block";
  std::uint64_t samples = 1000;
};

// Prefix simulations are skipped when k times the arc visits of the evaluation exceeds this.
constexpr double kPrefixArcBudget = 2e8;

struct Evaluation {
  MonteCarloResult result;
  double target_reach = 0;  // expected target accounts activated (mean only)
};

MonteCarloOptions Runs(std::uint64_t runs, std::uint64_t seed) {
  MonteCarloOptions mc;
  mc.runs = runs;
  mc.seed = seed;
  return mc;
}

Evaluation Evaluate(const Digraph& g, const PreparedCascade& model,
                    const std::vector<NodeId>& seeds, const std::vector<NodeId>& targets,
                    std::uint64_t runs, std::uint64_t seed) {
  Evaluation out;
  out.result = SimulateCascade(g, model, seeds, Runs(runs, seed));
  for (const NodeId v : targets) out.target_reach += out.result.activation_probability[v];
  return out;
}

// Marginal gains of a ranked set measured on its prefixes, all on one stream; empty when too
// expensive (see kPrefixArcBudget).
std::vector<double> PrefixGains(const Digraph& g, const PreparedCascade& model,
                                const std::vector<NodeId>& seeds, const Evaluation& full,
                                const SeedsOptions& options) {
  const double cost =
      static_cast<double>(seeds.size()) * static_cast<double>(full.result.edge_visits);
  if (cost > kPrefixArcBudget) return {};
  std::vector<double> gains;
  double previous = 0;
  for (std::size_t i = 1; i <= seeds.size(); ++i) {
    const std::vector<NodeId> prefix(seeds.begin(), seeds.begin() + i);
    const double spread =
        Evaluate(g, model, prefix, {}, options.runs, options.global.seed + 2).result.mean_spread;
    gains.push_back(spread - previous);
    previous = spread;
  }
  return gains;
}

std::string SpreadText(const MonteCarloResult& r) {
  return FormatNumber(r.mean_spread) + " ± " + FormatNumber(r.std_error) + " (95% interval [" +
         FormatNumber(r.ci_low) + ", " + FormatNumber(r.ci_high) + "])";
}

nlohmann::json Names(const NodeTable& nodes, const std::vector<NodeId>& accounts) {
  nlohmann::json out = nlohmann::json::array();
  for (const NodeId v : accounts) out.push_back(nodes.Label(v));
  return out;
}

nlohmann::json SpreadJson(const MonteCarloResult& r) {
  return {{"mean_spread", r.mean_spread},
          {"std_error", r.std_error},
          {"ci_low", r.ci_low},
          {"ci_high", r.ci_high},
          {"runs", r.runs}};
}

nlohmann::json SpreadJson(const Evaluation& e, const NodeTable& nodes,
                          const std::vector<NodeId>& seeds, bool with_target) {
  nlohmann::json out = SpreadJson(e.result);
  out["seeds"] = Names(nodes, seeds);
  if (with_target) out["target_reach"] = e.target_reach;
  return out;
}

// The fields every JSON answer of `ombak seeds` starts with.
nlohmann::json RunJson(const SeedsOptions& options, const GraphChoice& choice,
                       const PreparedCascade& model, std::uint64_t eval_seed) {
  return {{"model", model.name},           {"description", model.description},
          {"layer", choice.description()}, {"k", options.k},
          {"seed", options.global.seed},   {"evaluation_seed", eval_seed}};
}

std::string Joined(const NodeTable& nodes, const std::vector<NodeId>& accounts) {
  std::string out;
  for (const NodeId v : accounts) out += (out.empty() ? "" : ", ") + nodes.Label(v);
  return out;
}

// --opponent: choose accounts to remove or to seed against the opponent's seeds, then measure
// the opponent's spread with nothing done, with the chosen answer and with the same answer
// given by the k largest audiences, all on stream --seed + 1 (common random numbers).
void RunCounter(const SeedsOptions& options, const GraphChoice& choice,
                const PreparedCascade& model, const NodeTable& nodes,
                const std::vector<NodeId>& opponent) {
  const Digraph& g = choice.graph();
  CounterOptions counter;
  counter.strategy = options.counter;
  counter.k = options.k;
  counter.samples = options.samples;
  counter.runs = options.celf_runs;
  counter.seed = options.global.seed;
  const CounterSelection chosen = ChooseCounterAccounts(g, model, opponent, counter);
  const std::vector<NodeId> audience = TopAudienceExcept(g, opponent, options.k);
  const std::uint64_t eval_seed = options.global.seed + 1;
  const MonteCarloOptions mc = Runs(options.runs, eval_seed);
  const MonteCarloResult before = SimulateAgainst(g, model, opponent, options.counter, {}, mc);
  const MonteCarloResult after =
      SimulateAgainst(g, model, opponent, options.counter, chosen.accounts, mc);
  const MonteCarloResult baseline =
      SimulateAgainst(g, model, opponent, options.counter, audience, mc);
  const bool block = options.counter == "block";

  Table table;
  table.header = {"rank", "account"};
  table.right_aligned = {true, false};
  if (block) {
    table.header.push_back("estimated_reduction");
    table.right_aligned.push_back(true);
  }
  for (std::size_t i = 0; i < chosen.accounts.size(); ++i) {
    std::vector<std::string> row = {std::to_string(i + 1), nodes.Label(chosen.accounts[i])};
    if (block) row.push_back(FormatNumber(chosen.estimated_reduction.at(i)));
    table.AddRow(std::move(row));
  }
  if (options.global.format == "csv") {
    PrintCsv(table, std::cout);
    return;
  }
  if (options.global.format == "json") {
    nlohmann::json out = RunJson(options, choice, model, eval_seed);
    out["counter"] = options.counter;
    out["opponent"] = Names(nodes, opponent);
    out["accounts"] = nlohmann::json::array();
    for (std::size_t i = 0; i < chosen.accounts.size(); ++i) {
      nlohmann::json row = {{"account", nodes.Label(chosen.accounts[i])}};
      if (block) row["estimated_reduction"] = chosen.estimated_reduction.at(i);
      out["accounts"].push_back(row);
    }
    out["before"] = SpreadJson(before);
    out["after"] = SpreadJson(after);
    out["top_by_audience"] = SpreadJson(baseline);
    out["top_by_audience"]["accounts"] = Names(nodes, audience);
    std::cout << out.dump(2) << '\n';
    return;
  }
  const std::string verb = block ? "after removing " : "after seeding ";
  const auto line = [](const std::string& label, const MonteCarloResult& r) {
    std::cout << "  " << label << std::string(label.size() < 36 ? 36 - label.size() : 1, ' ')
              << SpreadText(r) << '\n';
  };
  std::cout << "counter-mobilization (" << options.counter << ") on " << choice.description()
            << " (" << g.num_nodes() << " accounts, " << g.num_edges()
            << " arcs): " << model.description << '\n';
  std::cout << "opponent seeds (" << opponent.size() << "): " << Joined(nodes, opponent) << '\n';
  std::cout << (block ? "accounts to remove, by dominator trees of " +
                            std::to_string(options.samples) + " live-edge samples per pick"
                      : "our seeds, greedy over competing cascades (" +
                            std::to_string(options.celf_runs) +
                            " runs per estimate; our message wins ties)")
            << "\n\n";
  cli::PrintText(table, std::cout);
  std::cout << "\nopponent's expected spread\n";
  line("before:", before);
  line(verb + "these " + std::to_string(chosen.accounts.size()) + ":", after);
  line(verb + "top " + std::to_string(audience.size()) + " by audience:", baseline);
  std::cout << "(independent Monte Carlo: " << after.runs << " runs, seed " << eval_seed << ")\n";
}

void RunSeeds(SeedsOptions options) {
  CheckRuns(options.runs, "--runs");
  CheckRuns(options.celf_runs, "--celf-runs");
  if (options.samples == 0) throw InvalidArgument("--samples must be >= 1, got 0");
  const Network network = LoadInputs(options.inputs, options.global);
  const GraphChoice choice(network, options.layer);
  const Digraph& g = choice.graph();
  const NodeTable& nodes = network.nodes();
  options.spec.seed = options.global.seed;
  const PreparedCascade model = PrepareCascadeModel(g, options.spec);
  const AccountResolver accounts(nodes);
  if (!options.opponent.empty()) {
    RunCounter(options, choice, model, nodes,
               ParseAccountList(accounts, options.opponent, "--opponent"));
    return;
  }

  SeedMethodOptions method;
  method.method = options.method;
  method.k = options.k;
  method.epsilon = options.epsilon;
  method.runs = options.celf_runs;
  method.seed = options.global.seed;
  if (options.budget.has_value() != !options.cost.empty()) {
    throw InvalidArgument("--budget and --cost go together: give both or neither");
  }
  if (options.budget) {
    method.costs = AccountCosts(nodes, options.cost);
    method.budget = *options.budget;
    if (!(method.budget > 0)) {
      throw InvalidArgument("--budget must be > 0, got " + FormatNumber(method.budget));
    }
  }
  if (!options.target.empty()) method.targets = ParseTarget(accounts, options.target);
  std::optional<CommunityResult> communities;
  if (options.per_community > 0) {
    ProgressBar bar(options.community_method, !options.global.quiet);
    communities = DetectCommunities(g, {.method = options.community_method,
                                        .seed = options.global.seed,
                                        .progress = bar.Callback()});
    method.communities = communities->partition.membership;
    method.per_community = options.per_community;
  }

  ProgressBar bar(options.method, !options.global.quiet);
  method.progress = bar.Callback();
  SeedSelection selection = ChooseSeeds(g, model, method);
  bar.Finish();
  method.progress = nullptr;

  const std::uint64_t eval_seed = options.global.seed + 1;
  const Evaluation chosen =
      Evaluate(g, model, selection.seeds, method.targets, options.runs, eval_seed);
  bool gains_measured = false;
  if (selection.marginal_gain.empty()) {
    selection.marginal_gain = PrefixGains(g, model, selection.seeds, chosen, options);
    gains_measured = !selection.marginal_gain.empty();
  }
  SeedMethodOptions audience_method = method;
  audience_method.method = "degree";
  audience_method.targets.clear();
  if (!options.budget) audience_method.k = static_cast<std::uint32_t>(selection.seeds.size());
  const std::vector<NodeId> audience = ChooseSeeds(g, model, audience_method).seeds;
  const Evaluation baseline = Evaluate(g, model, audience, method.targets, options.runs, eval_seed);

  const bool budgeted = options.budget.has_value();
  const bool targeted = !method.targets.empty();
  std::string gain_note;
  if (gains_measured) {
    gain_note = "marginal gains: Monte Carlo on prefixes of the set (" +
                std::to_string(options.runs) + " runs, seed " +
                std::to_string(options.global.seed + 2) + ")";
  } else if (selection.marginal_gain.empty()) {
    gain_note = "marginal gains: not computed (" + options.method +
                " has none, and simulating every prefix would cost too much)";
  } else {
    gain_note = std::string("marginal gains: ") + (options.method == "imm" ? "IMM" : "CELF") +
                " estimates" + (targeted ? " (target accounts reached)" : "");
  }

  Table table;
  table.header = {"rank", "account", "marginal_gain"};
  table.right_aligned = {true, false, true};
  if (budgeted) {
    table.header.push_back(options.cost);
    table.right_aligned.push_back(true);
  }
  if (communities) {
    table.header.push_back("community");
    table.right_aligned.push_back(true);
  }
  for (std::size_t i = 0; i < selection.seeds.size(); ++i) {
    const NodeId v = selection.seeds[i];
    std::vector<std::string> row = {
        std::to_string(i + 1), nodes.Label(v),
        i < selection.marginal_gain.size() ? FormatNumber(selection.marginal_gain[i]) : ""};
    if (budgeted) row.push_back(FormatNumber(method.costs[v], 2));
    if (communities) row.push_back(std::to_string(communities->partition.membership[v]));
    table.AddRow(std::move(row));
  }

  if (options.global.format == "csv") {
    PrintCsv(table, std::cout);
    return;
  }
  if (options.global.format == "json") {
    nlohmann::json out = RunJson(options, choice, model, eval_seed);
    out["method"] = options.method;
    out["marginal_gain_note"] = gain_note;
    out["seeds"] = nlohmann::json::array();
    for (std::size_t i = 0; i < selection.seeds.size(); ++i) {
      const NodeId v = selection.seeds[i];
      nlohmann::json seed = {{"account", nodes.Label(v)}};
      seed["marginal_gain"] = i < selection.marginal_gain.size()
                                  ? nlohmann::json(selection.marginal_gain[i])
                                  : nlohmann::json(nullptr);
      if (budgeted) seed["cost"] = method.costs[v];
      if (communities) seed["community"] = communities->partition.membership[v];
      out["seeds"].push_back(seed);
    }
    if (options.method == "imm" || options.method == "celf") {
      out["estimated_spread"] = selection.estimated_spread;
    }
    if (options.method == "imm") out["rr_sets"] = selection.rr_sets;
    if (budgeted)
      out["budget"] = {
          {"column", options.cost}, {"limit", method.budget}, {"spent", selection.cost}};
    if (communities) {
      out["per_community"] = options.per_community;
      out["communities"] = communities->partition.count;
    }
    if (targeted) out["target"] = {{"spec", options.target}, {"accounts", method.targets.size()}};
    out["spread"] = SpreadJson(chosen, nodes, selection.seeds, targeted);
    out["top_by_audience"] = SpreadJson(baseline, nodes, audience, targeted);
    std::cout << out.dump(2) << '\n';
    return;
  }
  std::cout << options.method << " seeds on " << choice.description() << " (" << g.num_nodes()
            << " accounts, " << g.num_edges() << " arcs): " << model.description << '\n';
  if (options.method == "imm") {
    std::cout << "IMM: " << selection.rr_sets << " RR sets, estimated "
              << (targeted ? "target reach " : "spread ")
              << FormatNumber(selection.estimated_spread) << " (epsilon " << options.epsilon
              << ", seed " << options.global.seed << ")\n";
  }
  if (budgeted) {
    std::cout << "budget " << FormatNumber(method.budget, 2) << " of " << options.cost << ", spent "
              << FormatNumber(selection.cost, 2) << '\n';
  }
  if (communities) {
    std::cout << options.community_method << ": " << communities->partition.count
              << " communities, at least " << options.per_community << " seeds in each\n";
  }
  if (targeted) {
    std::cout << "target " << options.target << ": " << method.targets.size() << " accounts\n";
  }
  std::cout << '\n';
  cli::PrintText(table, std::cout);
  std::cout << gain_note << "\n\n";
  const std::string these =
      "expected spread of these " + std::to_string(selection.seeds.size()) + " seeds: ";
  std::string top = "top " + std::to_string(audience.size()) + " by audience: ";
  top.resize(std::max(top.size(), these.size()), ' ');
  std::cout << these << SpreadText(chosen.result) << '\n';
  std::cout << top << SpreadText(baseline.result) << '\n';
  if (targeted) {
    std::cout << "expected target accounts reached: " << FormatNumber(chosen.target_reach)
              << " (top by audience: " << FormatNumber(baseline.target_reach) << ")\n";
  }
  std::cout << "(independent Monte Carlo: " << chosen.result.runs << " runs, seed " << eval_seed
            << ")\n";
}

}  // namespace

void RegisterSeeds(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<SeedsOptions>();
  CLI::App* command =
      app.add_subcommand("seeds", "Choose the accounts that should carry a message");
  command->add_option("inputs", options->inputs, "FILE or LAYER=FILE")->required();
  command->add_option("--k", options->k, "Number of seeds (with --budget: a cap, 0 = none)")
      ->capture_default_str();
  command->add_option("--model", options->spec.model, "Cascade model the seeds are chosen for")
      ->check(CLI::IsMember({"ic", "lt"}))
      ->capture_default_str();
  command
      ->add_option("--method", options->method,
                   "imm, celf, degree-discount, pagerank, degree, kshell, random or any measure "
                   "of `ombak measures`")
      ->capture_default_str();
  command->add_option("--epsilon", options->epsilon, "IMM approximation slack")
      ->capture_default_str();
  command->add_option("--p", options->spec.p, "ic: the same probability on every arc");
  command->add_option("--weights", options->spec.weights,
                      "Arc values: wc (default), tri or weight (the layer's arc weights)");
  command->add_option("--budget", options->budget, "Total cost allowed (needs --cost)");
  command->add_option("--cost", options->cost,
                      "Numeric account attribute giving each account's cost (followers_count)");
  command->add_option("--per-community", options->per_community,
                      "At least this many seeds in every community");
  command
      ->add_option("--community-method", options->community_method,
                   "Community method of --per-community")
      ->check(CLI::IsMember(CommunityMethodNames()))
      ->capture_default_str();
  command->add_option("--target", options->target,
                      "Reach inside a group: FILE (one account per line) or ATTRIBUTE=VALUE");
  command->add_option("--runs", options->runs, "Monte Carlo runs of the spread evaluation")
      ->capture_default_str();
  command
      ->add_option("--celf-runs", options->celf_runs,
                   "Monte Carlo runs per estimate of --method celf and --counter protect")
      ->capture_default_str();
  command->add_option("--layer", options->layer, "Layer, 'merged' or a weighted list")
      ->capture_default_str();
  CLI::Option* opponent = command->add_option(
      "--opponent", options->opponent,
      "Counter-mobilization: the opponent's seeds, 'a,b,c' or @FILE; --k accounts answer them");
  command
      ->add_option("--counter", options->counter,
                   "With --opponent: block (remove accounts) or protect (seed ours first; ic)")
      ->check(CLI::IsMember(CounterStrategyNames()))
      ->capture_default_str()
      ->needs(opponent);
  command->add_option("--samples", options->samples, "--counter block: live-edge samples per pick")
      ->capture_default_str()
      ->needs(opponent);
  for (const char* name :
       {"--method", "--epsilon", "--budget", "--cost", "--per-community", "--target"}) {
    opponent->excludes(command->get_option(name));
  }
  AddGlobalOptions(*command, options->global);
  command->callback([options, &exit_code] { exit_code = RunGuarded([&] { RunSeeds(*options); }); });
}

}  // namespace ombak::cli
