// What `ombak simulate` and `ombak seeds` share about cascades: turning the words a person
// types (--model, --p, --weights, --threshold, ...) into the library's inputs
// (EdgeProbabilities, model options), running the chosen model, choosing seeds by method name,
// and answering an opponent's seeds (counter-mobilization). Accounts given by name (--seeds,
// --target, --cost, --opponent) are resolved by report/accounts.hpp.
//
// Usage:
//   const PreparedCascade model = PrepareCascadeModel(g, {.model = "ic", .p = 0.05});
//   const AccountResolver accounts(network.nodes());
//   const std::vector<NodeId> seeds = ParseAccountList(accounts, "@seeds.txt", "--seeds");
//   const MonteCarloResult r = SimulateCascade(g, model, seeds, {.runs = 1000, .seed = 42});
//   const SeedSelection s = ChooseSeeds(g, model, {.method = "imm", .k = 10});
//   const CounterSelection c = ChooseCounterAccounts(g, model, seeds, {.strategy = "block"});
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/epidemic.hpp"
#include "algorithms/diffusion/linear_threshold.hpp"
#include "algorithms/diffusion/monte_carlo.hpp"
#include "algorithms/diffusion/threshold_models.hpp"
#include "algorithms/influence/imm.hpp"
#include "graph/digraph.hpp"
#include "graph/network.hpp"
#include "graph/node_table.hpp"
#include "report/accounts.hpp"

namespace ombak {

// ---- Runs ----------------------------------------------------------------------------------

// Most Monte Carlo runs a command accepts (the engine keeps 8 bytes per run).
inline constexpr std::uint64_t kMaxRuns = 100'000'000;

// Throws InvalidArgument "--runs must be in [1, 100000000], got 0" naming `option`.
void CheckRuns(std::uint64_t runs, const std::string& option);

// ---- Models -------------------------------------------------------------------------------

enum class CascadeKind { kIndependentCascade, kLinearThreshold, kThreshold, kComplex, kSir, kSis };

// The names accepted by CascadeSpec::model: ic, lt, threshold, complex, sir, sis.
const std::vector<std::string>& CascadeModelNames();

// The model flags as typed; unset optionals take the model's default.
struct CascadeSpec {
  std::string model = "ic";
  // ic/sir/sis: uniform arc probability. Exclusive with weights.
  std::optional<double> p{};
  // ic/sir/sis: "wc" (weighted cascade, the default), "tri" (trivalency) or "weight" (the
  // layer's arc weights, which must be probabilities). lt: "wc" (1 / out-degree, the default
  // for unweighted graphs) or "weight" (normalized arc weights, the default for weighted ones).
  // Any other name of an arc-weight column the edge-list reader keeps (w, count, value) means
  // "weight" too.
  std::string weights{};
  std::optional<double> threshold{};  // threshold: fraction φ in [0, 1] (default 0.18, Watts 2002)
  std::optional<double> k_active{};   // complex: active influencers needed, integer >= 1 (2)
  std::optional<double> recovery{};   // sir/sis: recovery probability γ in (0, 1] (default 1)
  std::optional<std::uint32_t> max_steps{};  // every model; sir/sis default 1000, else unbounded
  std::uint64_t seed = 42;                   // trivalency draws
};

// A model ready to run: kind, arc values and options, plus a sentence describing them.
struct PreparedCascade {
  CascadeKind kind = CascadeKind::kIndependentCascade;
  std::string name;                 // "ic"
  EdgeProbabilities probabilities;  // ic/sir/sis: probabilities; lt: weights; else empty
  std::string description;  // "independent cascade, weighted-cascade probabilities (1/out-degree)"
  double mean_probability = 0;  // mean arc value (0 for threshold models)
  std::uint32_t max_steps = 0;  // 0 = unbounded
  LinearThresholdOptions linear_threshold;
  ThresholdOptions threshold;
  EpidemicOptions epidemic;
};

// Validates the flags against the model (e.g. --p with lt, --threshold with ic, --p with
// --weights) and their ranges, and computes the arc values on g. O(n + m). Throws
// InvalidArgument naming the flag ("--recovery must be in (0, 1], got 2").
PreparedCascade PrepareCascadeModel(const Digraph& g, const CascadeSpec& spec);

// Runs the prepared model by Monte Carlo (library simulators; deterministic for mc.seed).
MonteCarloResult SimulateCascade(const Digraph& g, const PreparedCascade& model,
                                 std::span<const NodeId> seeds, const MonteCarloOptions& mc);

// ---- Seed selection -----------------------------------------------------------------------

// The method names with their own meaning: imm, celf, degree-discount, pagerank, degree, kshell
// (k-shell-dispersed spreaders), random. Any measure of the catalogue (report/measures.hpp)
// is accepted too and picks the top-k by its score.
const std::vector<std::string>& SeedMethodNames();

struct SeedMethodOptions {
  std::string method = "imm";
  std::uint32_t k = 10;       // number of seeds (with a budget: a cap, 0 = none)
  double epsilon = 0.1;       // imm
  std::uint64_t runs = 1000;  // celf: Monte Carlo runs per estimate
  std::uint64_t seed = 42;
  std::vector<NodeId> targets{};  // imm only: maximize reach inside this group
  std::vector<double> costs{};    // with budget > 0: one cost per account
  double budget = 0;
  std::vector<std::uint32_t> communities{};  // with per_community > 0: one id per account
  std::uint32_t per_community = 0;
  std::function<void(double)> progress{};
};

// Chooses seeds for an ic or lt model by method name. imm and celf fill marginal_gain and
// estimated_spread; the ranking heuristics leave them empty/0. Budget and per-community quotas
// are solved by IMM itself; for the ranking heuristics they are applied to the method's order
// (take accounts in order, skipping one whose cost does not fit / first the best `quota` of
// each community, then the rest in order). Deterministic for options.seed. Throws
// InvalidArgument for an unknown method (listing the names; checked first), a model other than
// ic/lt, --k outside [1, n] (without a budget), --epsilon outside (0, 1), quotas needing more
// than --k seeds, targets with a method other than imm, a budget or quota with celf, and as the
// algorithms do.
SeedSelection ChooseSeeds(const Digraph& g, const PreparedCascade& model,
                          const SeedMethodOptions& options);

// The accounts in `order` taken under the budget and community quotas of `options` (see
// ChooseSeeds), at most options.k of them (k = 0 with a budget: no cap).
std::vector<NodeId> ConstrainedPrefix(std::span<const NodeId> order,
                                      const SeedMethodOptions& options);

// ---- Counter-mobilization ---------------------------------------------------------------

// The names accepted by CounterOptions::strategy: block (remove accounts so the opponent's
// spread falls most) and protect (seed our own message first; competitive IC).
const std::vector<std::string>& CounterStrategyNames();

struct CounterOptions {
  std::string strategy = "block";
  std::uint32_t k = 10;          // accounts to remove or to seed
  std::uint64_t samples = 1000;  // block: live-edge samples per greedy pick
  std::uint64_t runs = 500;      // protect: Monte Carlo runs per greedy estimate
  std::uint64_t seed = 42;
};

struct CounterSelection {
  std::vector<NodeId> accounts;             // removed (block) or our seeds (protect), pick order
  std::vector<double> estimated_reduction;  // block: sampled spread reduction of each pick
};

// Chooses the accounts answering an opponent's seeds: ChooseBlockers (ic or lt; dominator trees
// of live-edge samples) or ChooseProtectors (ic only; greedy over competitive-IC Monte Carlo).
// The library's own before/after spreads are not returned: they reuse the selection's random
// streams, so the caller measures them with SimulateAgainst on another stream. Deterministic.
// Throws InvalidArgument for an unknown strategy, protect with a model other than ic, --k of 0
// or above the accounts available, and as the algorithms do.
CounterSelection ChooseCounterAccounts(const Digraph& g, const PreparedCascade& model,
                                       std::span<const NodeId> opponent,
                                       const CounterOptions& options);

// The opponent's spread when `accounts` answer it with `strategy` (block: they never activate;
// protect: they carry our message, which wins ties), by Monte Carlo on mc.seed. An empty
// `accounts` gives the opponent's spread alone.
MonteCarloResult SimulateAgainst(const Digraph& g, const PreparedCascade& model,
                                 std::span<const NodeId> opponent, const std::string& strategy,
                                 std::span<const NodeId> accounts, MonteCarloOptions mc);

// The k accounts with the largest audience (in-degree; ties: smaller id) outside `exclude`: the
// baseline a counter-mobilization is compared with.
std::vector<NodeId> TopAudienceExcept(const Digraph& g, std::span<const NodeId> exclude,
                                      std::uint32_t k);

}  // namespace ombak
