#include "report/cascade_setup.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <sstream>

#include "algorithms/diffusion/independent_cascade.hpp"
#include "algorithms/influence/celf.hpp"
#include "algorithms/influence/counter_mobilization.hpp"
#include "algorithms/influence/heuristics.hpp"
#include "graph/errors.hpp"
#include "graph/random.hpp"
#include "report/measures.hpp"

namespace ombak {
namespace {

std::string Num(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

CascadeKind ParseKind(const std::string& model) {
  if (model == "ic") return CascadeKind::kIndependentCascade;
  if (model == "lt") return CascadeKind::kLinearThreshold;
  if (model == "threshold") return CascadeKind::kThreshold;
  if (model == "complex") return CascadeKind::kComplex;
  if (model == "sir") return CascadeKind::kSir;
  if (model == "sis") return CascadeKind::kSis;
  throw InvalidArgument("--model: unknown model '" + model +
                        "' (expected ic, lt, threshold, complex, sir or sis)");
}

// The header names under which the edge-list reader keeps an arc-weight column.
bool IsWeightColumn(const std::string& name) {
  return name == "weight" || name == "w" || name == "count" || name == "value";
}

void Reject(bool given, const std::string& flag, const std::string& model, const char* why) {
  if (given) {
    throw InvalidArgument(flag + " does not apply to --model " + model + " (" + why + ")");
  }
}

// Probabilities for the models that transmit along arcs independently (ic, sir, sis).
EdgeProbabilities TransmissionProbabilities(const Digraph& g, const CascadeSpec& spec,
                                            std::string& description) {
  if (spec.p) {
    if (!(*spec.p >= 0 && *spec.p <= 1)) {
      throw InvalidArgument("--p must be in [0, 1], got " + Num(*spec.p));
    }
    description = "uniform probability " + Num(*spec.p);
    return UniformProbabilities(g, *spec.p);
  }
  if (spec.weights.empty() || spec.weights == "wc") {
    description = "weighted-cascade probabilities (1 / accounts listened to)";
    return WeightedCascadeProbabilities(g);
  }
  if (spec.weights == "tri") {
    description =
        "trivalency probabilities {0.1, 0.01, 0.001} (seed " + std::to_string(spec.seed) + ")";
    return TrivalencyProbabilities(g, spec.seed);
  }
  if (IsWeightColumn(spec.weights)) {
    description = "arc weights as probabilities";
    try {
      return WeightProbabilities(g);
    } catch (const InvalidArgument& e) {
      throw InvalidArgument("--weights " + spec.weights + ": " + e.what());
    }
  }
  throw InvalidArgument(
      "--weights: expected wc, tri or the arc-weight column (weight, w, count or "
      "value: the only edge column ombak keeps), got '" +
      spec.weights + "'");
}

EdgeProbabilities ThresholdWeights(const Digraph& g, const CascadeSpec& spec,
                                   std::string& description) {
  LinearThresholdWeighting weighting = g.has_weights() ? LinearThresholdWeighting::kNormalizedWeight
                                                       : LinearThresholdWeighting::kUniform;
  if (spec.weights == "wc") {
    weighting = LinearThresholdWeighting::kUniform;
  } else if (IsWeightColumn(spec.weights)) {
    weighting = LinearThresholdWeighting::kNormalizedWeight;
  } else if (!spec.weights.empty()) {
    throw InvalidArgument("--weights: --model lt expects wc or weight, got '" + spec.weights + "'");
  }
  description = weighting == LinearThresholdWeighting::kUniform
                    ? "weights 1 / accounts listened to"
                    : "arc weights normalized per receiver";
  try {
    return LinearThresholdWeights(g, weighting);
  } catch (const InvalidArgument& e) {
    throw InvalidArgument("--weights " + (spec.weights.empty() ? "weight" : spec.weights) + ": " +
                          e.what());
  }
}

double MeanValue(const EdgeProbabilities& p) {
  const auto values = p.by_edge();
  if (values.empty()) return 0;
  double sum = 0;
  for (const float x : values) sum += x;
  return sum / static_cast<double>(values.size());
}

InfluenceModel ToInfluenceModel(const PreparedCascade& model) {
  if (model.kind == CascadeKind::kIndependentCascade) return InfluenceModel::kIndependentCascade;
  if (model.kind == CascadeKind::kLinearThreshold) return InfluenceModel::kLinearThreshold;
  throw InvalidArgument("--model: seed selection supports ic and lt, got " + model.name);
}

// Every account, in the ranking of a score measure (rank ascending, ties by id).
std::vector<NodeId> OrderByMeasure(const Digraph& g, const MeasureDefinition& measure,
                                   const SeedMethodOptions& options) {
  const MeasureValues values =
      measure.compute(g, MeasureContext{.seed = options.seed, .progress = options.progress});
  const std::vector<std::uint32_t> ranks = RanksOf(values);
  std::vector<NodeId> order(g.num_nodes());
  std::iota(order.begin(), order.end(), NodeId{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](NodeId a, NodeId b) { return ranks[a] < ranks[b]; });
  return order;
}

// `count` distinct accounts uniformly at random (partial Fisher-Yates on one stream).
std::vector<NodeId> RandomOrder(NodeId n, NodeId count, std::uint64_t seed) {
  std::vector<NodeId> all(n);
  std::iota(all.begin(), all.end(), NodeId{0});
  RandomStream rng(seed, 0);
  for (NodeId i = 0; i < count; ++i) {
    std::swap(all[i], all[i + rng.Below(n - i)]);
  }
  all.resize(count);
  return all;
}

// Seeds the community quotas force: min(community size, quota) summed over communities.
std::size_t QuotaSeedsNeeded(const std::vector<std::uint32_t>& communities,
                             std::uint32_t per_community) {
  std::unordered_map<std::uint32_t, std::uint32_t> size;
  for (const std::uint32_t c : communities) ++size[c];
  std::size_t needed = 0;
  for (const auto& [c, count] : size) needed += std::min(count, per_community);
  return needed;
}

bool IsMeasure(const std::string& name) {
  try {
    FindMeasure(name);
    return true;
  } catch (const InvalidArgument&) {
    return false;
  }
}

}  // namespace

void CheckRuns(std::uint64_t runs, const std::string& option) {
  if (runs == 0 || runs > kMaxRuns) {
    throw InvalidArgument(option + " must be in [1, " + std::to_string(kMaxRuns) + "], got " +
                          std::to_string(runs));
  }
}

const std::vector<std::string>& CascadeModelNames() {
  static const std::vector<std::string> names = {"ic", "lt", "threshold", "complex", "sir", "sis"};
  return names;
}

PreparedCascade PrepareCascadeModel(const Digraph& g, const CascadeSpec& spec) {
  PreparedCascade out;
  out.kind = ParseKind(spec.model);
  out.name = spec.model;
  const std::string& m = spec.model;
  if (spec.p && !spec.weights.empty()) {
    throw InvalidArgument("--p and --weights are exclusive: give one of them");
  }
  if (spec.max_steps && *spec.max_steps == 0) {
    throw InvalidArgument("--max-steps must be >= 1, got 0");
  }
  const bool transmits = out.kind == CascadeKind::kIndependentCascade ||
                         out.kind == CascadeKind::kSir || out.kind == CascadeKind::kSis;
  const bool epidemic = out.kind == CascadeKind::kSir || out.kind == CascadeKind::kSis;
  Reject(spec.threshold && out.kind != CascadeKind::kThreshold, "--threshold", m,
         "it sets the fractional threshold of --model threshold");
  Reject(spec.k_active && out.kind != CascadeKind::kComplex, "--k-active", m,
         "it sets the count threshold of --model complex");
  Reject(spec.recovery && !epidemic, "--recovery", m, "it is the recovery probability of sir/sis");
  if (spec.threshold && !(*spec.threshold >= 0 && *spec.threshold <= 1)) {
    throw InvalidArgument("--threshold must be in [0, 1], got " + Num(*spec.threshold));
  }
  if (spec.k_active && !(*spec.k_active >= 1 && std::floor(*spec.k_active) == *spec.k_active)) {
    throw InvalidArgument("--k-active must be a whole number >= 1, got " + Num(*spec.k_active));
  }
  if (spec.recovery && !(*spec.recovery > 0 && *spec.recovery <= 1)) {
    throw InvalidArgument("--recovery must be in (0, 1], got " + Num(*spec.recovery));
  }
  std::string values;
  if (transmits) {
    out.probabilities = TransmissionProbabilities(g, spec, values);
  } else if (out.kind == CascadeKind::kLinearThreshold) {
    Reject(spec.p.has_value(), "--p", m, "its weights come from --weights wc|weight");
    out.probabilities = ThresholdWeights(g, spec, values);
  } else {
    Reject(spec.p.has_value(), "--p", m, "threshold models have no arc probabilities");
    Reject(!spec.weights.empty(), "--weights", m, "threshold models have no arc probabilities");
  }
  out.mean_probability = MeanValue(out.probabilities);
  out.max_steps = spec.max_steps.value_or(0);
  switch (out.kind) {
    case CascadeKind::kIndependentCascade:
      out.description = "independent cascade, " + values;
      break;
    case CascadeKind::kLinearThreshold:
      out.description = "linear threshold, " + values + ", uniform random thresholds";
      if (spec.max_steps) out.linear_threshold.max_steps = *spec.max_steps;
      break;
    case CascadeKind::kThreshold:
      out.threshold.rule = ThresholdRule::kFraction;
      out.threshold.threshold = spec.threshold.value_or(0.18);
      if (spec.max_steps) out.threshold.max_steps = *spec.max_steps;
      out.description = "fractional threshold " + Num(out.threshold.threshold) +
                        " of the accounts listened to (Watts 2002)";
      break;
    case CascadeKind::kComplex:
      out.threshold.rule = ThresholdRule::kCount;
      out.threshold.threshold = spec.k_active.value_or(2);
      if (spec.max_steps) out.threshold.max_steps = *spec.max_steps;
      out.description = "complex contagion, " + Num(out.threshold.threshold) +
                        " active accounts listened to (Centola & Macy 2007)";
      break;
    case CascadeKind::kSir:
    case CascadeKind::kSis:
      out.epidemic.kind = out.kind == CascadeKind::kSir ? EpidemicKind::kSir : EpidemicKind::kSis;
      out.epidemic.recovery = spec.recovery.value_or(1.0);
      out.epidemic.max_steps = spec.max_steps.value_or(1000);
      out.max_steps = out.epidemic.max_steps;
      out.description = std::string(out.kind == CascadeKind::kSir ? "SIR" : "SIS") + " epidemic, " +
                        values + ", recovery " + Num(out.epidemic.recovery);
      break;
  }
  if (out.kind == CascadeKind::kThreshold || out.kind == CascadeKind::kComplex) {
    ThresholdModel validate(g, out.threshold);  // throws for an out-of-domain threshold
  }
  if (epidemic) EpidemicModel validate(g, out.probabilities, out.epidemic);
  return out;
}

MonteCarloResult SimulateCascade(const Digraph& g, const PreparedCascade& model,
                                 std::span<const NodeId> seeds, const MonteCarloOptions& mc) {
  switch (model.kind) {
    case CascadeKind::kIndependentCascade: {
      const IndependentCascadeModel ic(
          g, model.probabilities,
          model.max_steps == 0 ? std::numeric_limits<std::uint32_t>::max() : model.max_steps);
      return RunMonteCarlo(ic, seeds, mc);
    }
    case CascadeKind::kLinearThreshold:
      return SimulateLinearThreshold(g, model.probabilities, seeds, model.linear_threshold, mc);
    case CascadeKind::kThreshold:
    case CascadeKind::kComplex:
      return SimulateThreshold(g, seeds, model.threshold, mc);
    case CascadeKind::kSir:
    case CascadeKind::kSis:
      return SimulateEpidemic(g, model.probabilities, seeds, model.epidemic, mc);
  }
  throw InvalidArgument("--model: unknown model " + model.name);
}

const std::vector<std::string>& SeedMethodNames() {
  static const std::vector<std::string> names = {"imm",    "celf",   "degree-discount", "pagerank",
                                                 "degree", "kshell", "random"};
  return names;
}

std::vector<NodeId> ConstrainedPrefix(std::span<const NodeId> order,
                                      const SeedMethodOptions& options) {
  const bool budgeted = options.budget > 0;
  const bool quota = options.per_community > 0;
  if (budgeted && quota) {
    throw InvalidArgument("--budget and --per-community cannot be combined");
  }
  std::vector<NodeId> out;
  if (budgeted) {
    double spent = 0;
    for (const NodeId v : order) {
      if (options.k > 0 && out.size() == options.k) break;
      if (spent + options.costs.at(v) <= options.budget) {
        spent += options.costs[v];
        out.push_back(v);
      }
    }
    return out;
  }
  if (!quota) {
    out.assign(order.begin(), order.begin() + std::min<std::size_t>(options.k, order.size()));
    return out;
  }
  // First the best `per_community` accounts of every community, then the rest in order.
  if (options.communities.empty()) throw InvalidArgument("--per-community needs communities");
  std::vector<std::uint32_t> taken_in(
      options.communities.empty()
          ? 0
          : *std::max_element(options.communities.begin(), options.communities.end()) + 1,
      0);
  std::vector<char> chosen(options.communities.size(), 0);
  std::size_t count = 0;
  for (const NodeId v : order) {
    std::uint32_t& taken = taken_in[options.communities.at(v)];
    if (taken < options.per_community) {
      ++taken;
      chosen[v] = 1;
      ++count;
    }
  }
  if (count > options.k) {
    throw InvalidArgument("the community quotas need " + std::to_string(count) +
                          " seeds, more than --k " + std::to_string(options.k));
  }
  for (const NodeId v : order) {
    if (count == options.k) break;
    if (!chosen[v]) {
      chosen[v] = 1;
      ++count;
    }
  }
  for (const NodeId v : order) {
    if (chosen[v]) out.push_back(v);
  }
  return out;
}

SeedSelection ChooseSeeds(const Digraph& g, const PreparedCascade& model,
                          const SeedMethodOptions& options) {
  const std::string& method = options.method;
  const bool own_meaning = std::find(SeedMethodNames().begin(), SeedMethodNames().end(), method) !=
                           SeedMethodNames().end();
  if (!own_meaning && !IsMeasure(method)) {
    std::string known;
    for (const auto& name : SeedMethodNames()) known += (known.empty() ? "" : ", ") + name;
    std::string measures;
    for (const auto& m : AllMeasures()) measures += (measures.empty() ? "" : ", ") + m.name;
    throw InvalidArgument("--method: unknown seed method '" + method + "' (known: " + known +
                          ", or a measure: " + measures + ")");
  }
  const InfluenceModel influence = ToInfluenceModel(model);
  const bool budgeted = options.budget > 0;
  const bool quota = options.per_community > 0;
  const NodeId n = g.num_nodes();
  if (options.k == 0 && !budgeted) throw InvalidArgument("--k must be >= 1, got 0");
  if (options.k > n) {
    throw InvalidArgument("--k must be <= the " + std::to_string(n) + " accounts, got " +
                          std::to_string(options.k));
  }
  if (method == "imm" && !(options.epsilon > 0 && options.epsilon < 1)) {
    throw InvalidArgument("--epsilon must be in (0, 1), got " + Num(options.epsilon));
  }
  if (budgeted && quota) throw InvalidArgument("--budget and --per-community cannot be combined");
  if (quota) {
    const std::size_t needed = QuotaSeedsNeeded(options.communities, options.per_community);
    if (needed > options.k) {
      throw InvalidArgument("the community quotas need " + std::to_string(needed) +
                            " seeds, more than --k " + std::to_string(options.k));
    }
  }
  if (method == "imm") {
    ImmOptions imm;
    imm.model = influence;
    imm.epsilon = options.epsilon;
    imm.seed = options.seed;
    imm.targets = options.targets;
    if (budgeted) {
      imm.costs = options.costs;
      imm.budget = options.budget;
    }
    if (quota) {
      imm.communities = options.communities;
      imm.per_community = options.per_community;
    }
    imm.progress = options.progress;
    return Imm(g, model.probabilities, options.k, imm);
  }
  if (!options.targets.empty()) {
    throw InvalidArgument("--target needs --method imm (the other methods ignore it), got " +
                          method);
  }
  if (method == "celf") {
    if (budgeted || quota) throw InvalidArgument("--budget and --per-community need --method imm");
    CelfOptions celf;
    celf.model = influence;
    celf.runs = options.runs;
    celf.seed = options.seed;
    celf.progress = options.progress;
    return CelfGreedy(g, model.probabilities, options.k, celf);
  }
  // Constraints may skip accounts, so the heuristics then rank everybody.
  const NodeId needed = budgeted || quota ? n : options.k;
  std::vector<NodeId> order;
  if (method == "degree-discount") {
    order = DegreeDiscount(g, needed, model.mean_probability);
  } else if (method == "kshell") {
    order = KShellDispersed(g, needed);
  } else if (method == "random") {
    order = RandomOrder(n, needed, options.seed);
  } else {
    order = OrderByMeasure(g, FindMeasure(method), options);
  }
  SeedSelection out;
  out.seeds = ConstrainedPrefix(order, options);
  if (budgeted) {
    for (const NodeId v : out.seeds) out.cost += options.costs[v];
  } else {
    out.cost = static_cast<double>(out.seeds.size());
  }
  return out;
}

const std::vector<std::string>& CounterStrategyNames() {
  static const std::vector<std::string> names = {"block", "protect"};
  return names;
}

CounterSelection ChooseCounterAccounts(const Digraph& g, const PreparedCascade& model,
                                       std::span<const NodeId> opponent,
                                       const CounterOptions& options) {
  if (options.strategy != "block" && options.strategy != "protect") {
    throw InvalidArgument("--counter: expected block or protect, got '" + options.strategy + "'");
  }
  const InfluenceModel influence = ToInfluenceModel(model);
  const std::size_t available = g.num_nodes() - opponent.size();
  if (options.k == 0 || options.k > available) {
    throw InvalidArgument("--k must be in [1, " + std::to_string(available) +
                          "] (the accounts outside --opponent), got " + std::to_string(options.k));
  }
  CounterSelection out;
  if (options.strategy == "block") {
    BlockingOptions block;
    block.model = influence;
    block.samples = options.samples;
    block.seed = options.seed;
    block.evaluation_runs = 1;  // the caller evaluates on an independent stream
    BlockingResult r = ChooseBlockers(g, model.probabilities, opponent, options.k, block);
    out.accounts = std::move(r.blocked);
    out.estimated_reduction = std::move(r.estimated_reduction);
    return out;
  }
  if (model.kind != CascadeKind::kIndependentCascade) {
    throw InvalidArgument(
        "--counter protect needs --model ic (competing cascades are "
        "independent cascades), got " +
        model.name);
  }
  ProtectorOptions protect;
  protect.runs = options.runs;
  protect.seed = options.seed;
  protect.evaluation_runs = 1;  // the caller evaluates on an independent stream
  out.accounts = ChooseProtectors(g, model.probabilities, opponent, options.k, protect).seeds;
  return out;
}

MonteCarloResult SimulateAgainst(const Digraph& g, const PreparedCascade& model,
                                 std::span<const NodeId> opponent, const std::string& strategy,
                                 std::span<const NodeId> accounts, MonteCarloOptions mc) {
  if (strategy == "protect") {
    if (model.kind != CascadeKind::kIndependentCascade) {
      throw InvalidArgument("--counter protect needs --model ic, got " + model.name);
    }
    return SimulateCompetingCascades(g, model.probabilities, opponent, accounts, mc);
  }
  mc.blocked.assign(accounts.begin(), accounts.end());
  return SimulateCascade(g, model, opponent, mc);
}

std::vector<NodeId> TopAudienceExcept(const Digraph& g, std::span<const NodeId> exclude,
                                      std::uint32_t k) {
  std::vector<char> excluded(g.num_nodes(), 0);
  for (const NodeId v : exclude) excluded[v] = 1;
  std::vector<NodeId> order;
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    if (!excluded[v]) order.push_back(v);
  }
  const std::size_t count = std::min<std::size_t>(k, order.size());
  std::partial_sort(order.begin(), order.begin() + count, order.end(), [&](NodeId a, NodeId b) {
    const auto da = g.in_degree(a);
    const auto db = g.in_degree(b);
    return da != db ? da > db : a < b;
  });
  order.resize(count);
  return order;
}

}  // namespace ombak
