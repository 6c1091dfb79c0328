// CELF: lazy-forward greedy seed selection over Monte Carlo spread estimates (Leskovec, Krause,
// Guestrin, Faloutsos, VanBriesen & Glance, KDD 2007, "Cost-effective outbreak detection in
// networks"), the small-graph reference for IMM.
//
// Design choice: every spread estimate uses the SAME Monte Carlo seed (common random numbers),
// so estimates of S and S + {v} share their live-edge draws. That makes the marginal gains far
// less noisy than independent estimates, keeps them non-negative in practice, and makes the
// whole selection deterministic for any thread count.
//
// Usage:
//   CelfOptions o;  o.runs = 2000;
//   SeedSelection s = CelfGreedy(g, UniformProbabilities(g, 0.1), 5, o);
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/monte_carlo.hpp"
#include "algorithms/influence/imm.hpp"
#include "algorithms/influence/rr_sets.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct CelfOptions {
  InfluenceModel model = InfluenceModel::kIndependentCascade;
  // Monte Carlo runs and random seed of every spread estimate.
  std::uint64_t runs = 1000;
  std::uint64_t seed = 1;
  // Accounts that may be chosen; empty = all.
  std::vector<NodeId> candidates;
  std::function<void(double fraction)> progress;  // after each chosen seed
};

// Greedy (1 − 1/e − δ)-approximate seed selection (Kempe et al. 2003) with CELF's lazy
// re-evaluation: a candidate's stale gain is an upper bound by submodularity, so only the heap
// top is re-estimated. Cost: O(n + k · re-evaluations) Monte Carlo estimates of `runs` cascades
// each: use on graphs of thousands of accounts. Deterministic. Throws InvalidArgument when k is
// 0 or exceeds the candidates, a candidate is not a node, or as the cascade models and
// RunMonteCarlo do.
SeedSelection CelfGreedy(const Digraph& g, const EdgeProbabilities& p, std::uint32_t k,
                         const CelfOptions& options = {});

}  // namespace ombak
