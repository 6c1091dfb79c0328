// IMM: influence maximization in near-linear time (Tang, Shi & Xiao, SIGMOD 2015, "Influence
// Maximization in Near-Linear Time: A Martingale Approach"), for IC and LT, with the campaign
// variants built on the same RR sets: reach inside a target group, a budget over account
// costs, and a minimum number of seeds per community.
//
// Design choice (Chen 2018, "An issue in the martingale analysis of the influence maximization
// algorithm IMM", CSoNet): the original IMM reuses the RR sets of its sampling phase for the
// final node selection, which makes their number depend on the sets themselves and breaks the
// martingale argument. We use the first fix Chen describes: the sampling phase only estimates
// the lower bound LB of OPT; the final selection runs on a FRESH, independent collection of
// θ = λ* / LB RR sets (another random stream). With ℓ raised to ℓ(1 + log 2 / log n) as in the
// paper, each phase fails with probability at most 1 / (2 n^ℓ), so the returned seeds are a
// (1 − 1/e − ε)-approximation with probability at least 1 − 1/n^ℓ.
//
// Usage:
//   EdgeProbabilities p = WeightedCascadeProbabilities(g);
//   SeedSelection s = Imm(g, p, 50, {.epsilon = 0.1});
//   // s.seeds, s.estimated_spread, s.rr_sets, s.rr_set_bytes
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/influence/rr_sets.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct ImmOptions {
  InfluenceModel model = InfluenceModel::kIndependentCascade;
  double epsilon = 0.1;  // approximation slack ε in (0, 1)
  double ell = 1.0;      // failure probability 1/n^ℓ, ℓ > 0
  std::uint64_t seed = 1;
  // Reach inside a target group: RR roots are drawn only from these accounts, so the objective
  // is the expected number of TARGET accounts activated. Empty = everyone.
  std::vector<NodeId> targets;
  // Budgeted campaign: when costs is non-empty (one cost > 0 per account), seeds are chosen by
  // budgeted max coverage under `budget` (k then only caps the number of seeds; 0 = no cap).
  std::vector<double> costs;
  double budget = 0;
  // At least per_community seeds in every community of `communities` (one id per account;
  // a community smaller than the quota must contain only seeds). Empty = no quota.
  std::vector<std::uint32_t> communities;
  std::uint32_t per_community = 0;
  // Upper bound on the RR sets of one phase (memory guard); reaching it sets `capped`.
  std::uint64_t max_rr_sets = 4000000000ULL;
  std::function<void(double fraction)> progress;
};

struct SeedSelection {
  std::vector<NodeId> seeds;          // in selection order
  std::vector<double> marginal_gain;  // estimated spread added by each seed
  double estimated_spread = 0;        // scale * covered / rr_sets (targets: expected targets)
  double cost = 0;                    // total cost (budget) or number of seeds
  // Diagnostics.
  std::uint64_t rr_sets = 0;             // RR sets of the final (fresh) selection
  std::uint64_t sampling_rr_sets = 0;    // RR sets of the sampling phase
  std::uint64_t rr_set_bytes = 0;        // peak bytes of RR-set storage
  double lower_bound = 0;                // LB of OPT from the sampling phase
  std::uint64_t edge_visits = 0;         // arcs examined while generating RR sets
  bool capped = false;                   // max_rr_sets was reached
  std::uint64_t spread_evaluations = 0;  // Monte Carlo estimates made (CELF)
};

// Chooses k seed accounts maximizing expected spread under IC (p = arc probabilities) or LT
// (p = LT weights). Complexity O((k + ℓ)(n + m) log n / ε²) expected (Tang et al., Thm. 3);
// memory about 4 bytes per RR-set member plus the node -> set incidence. Parallel generation;
// deterministic for options.seed, for any thread count. Throws InvalidArgument when k is 0
// (without costs) or exceeds n, epsilon is not in (0, 1), ell <= 0, p belongs to another
// graph, LT weights into an account sum to more than 1, a target is not a node, costs or
// communities have the wrong size, a cost is <= 0, budget < the cheapest cost, both a budget
// and a community quota are given, or the quotas need more than k seeds.
SeedSelection Imm(const Digraph& g, const EdgeProbabilities& p, std::uint32_t k,
                  const ImmOptions& options = {});

}  // namespace ombak
