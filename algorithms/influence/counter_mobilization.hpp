// Counter-mobilization: given the accounts an opposing campaign seeds, either REMOVE k accounts
// (suspend, persuade to stay silent) so that its expected spread drops most, or SEED k accounts
// of our own first so that our message reaches people before theirs (competitive cascades).
//
// Blocking uses dominator trees of sampled live-edge graphs (after Xie, Wang, Fang & Lin,
// "Minimizing the influence of misinformation via vertex blocking", ICDE 2023): in one live-edge
// graph the accounts whose activation is lost when x is removed are exactly those x dominates
// on every path from the opponent's seeds (a virtual root joined to all seeds), so the expected
// reduction of x is the mean size of x's dominator subtree over samples. Dominators are computed
// by the iterative algorithm of Cooper, Harvey & Kennedy ("A simple, fast dominance algorithm",
// 2001) on each sample's reached subgraph. The greedy picks the best x, blocks it, and draws
// fresh samples for the next pick (reductions are not submodular, so they are recomputed).
//
// Competitive IC (Budak, Agrawal & El Abbadi, WWW 2011, "Limiting the spread of misinformation
// in social networks"): both campaigns spread by IC over the same arcs; an account adopts the
// first message that reaches it, and when both reach it in the same step OUR message wins (the
// paper's high-effectiveness protector assumption). Protector seeds are chosen greedily with
// CELF-style lazy re-evaluation over Monte Carlo estimates with common random numbers.
//
// Usage:
//   BlockingResult b = ChooseBlockers(g, p, opponent, 10);
//   // b.blocked; b.before.mean_spread (± CI) vs b.after.mean_spread
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/monte_carlo.hpp"
#include "algorithms/influence/rr_sets.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct BlockingOptions {
  InfluenceModel model = InfluenceModel::kIndependentCascade;
  std::uint64_t samples = 1000;  // live-edge samples per greedy pick (>= 1)
  std::uint64_t seed = 1;
  std::uint64_t evaluation_runs = 10000;  // Monte Carlo runs for the before/after spreads
};

struct BlockingResult {
  std::vector<NodeId> blocked;              // in pick order; fewer than k when nothing is left
  std::vector<double> estimated_reduction;  // sampled spread reduction of each pick
  MonteCarloResult before;                  // opponent's spread with nothing removed
  MonteCarloResult after;                   // ... with `blocked` removed
};

// Chooses up to k non-seed accounts to remove. O(k · samples · (reached accounts and arcs) ·
// dominator passes) plus two Monte Carlo evaluations; parallel over samples; deterministic.
// Throws InvalidArgument when opponent_seeds is empty or holds a non-node, k is 0, samples or
// evaluation_runs is 0, or p does not fit g (or, for LT, sums to more than 1 into an account).
BlockingResult ChooseBlockers(const Digraph& g, const EdgeProbabilities& p,
                              std::span<const NodeId> opponent_seeds, std::uint32_t k,
                              const BlockingOptions& options = {});

// Monte Carlo competitive IC: the returned result is the OPPONENT's adoption (spread, per-account
// probability, curve); our seeds and the accounts our message reaches first count as blocked.
// Throws InvalidArgument when a seed list holds a non-node or the lists overlap, or as
// RunMonteCarlo does.
MonteCarloResult SimulateCompetingCascades(const Digraph& g, const EdgeProbabilities& p,
                                           std::span<const NodeId> opponent_seeds,
                                           std::span<const NodeId> our_seeds,
                                           const MonteCarloOptions& options = {});

struct ProtectorOptions {
  std::uint64_t runs = 500;  // Monte Carlo runs per estimate during the greedy
  std::uint64_t seed = 1;
  // Accounts we may seed; empty = the 200 largest audiences (in-degree) outside the opponent's
  // seeds.
  std::vector<NodeId> candidates;
  std::uint64_t evaluation_runs = 10000;
};

struct ProtectorResult {
  std::vector<NodeId> seeds;  // our seeds, in pick order
  MonteCarloResult before;    // opponent's spread alone
  MonteCarloResult after;     // opponent's spread against our seeds
};

// Greedy protector seeding minimizing the opponent's expected adoption under competitive IC.
// O(candidates + k · re-evaluations) estimates of `runs` cascades. Deterministic. Throws
// InvalidArgument when k is 0 or exceeds the candidates, a candidate is an opponent seed or not
// a node, or as SimulateCompetingCascades does.
ProtectorResult ChooseProtectors(const Digraph& g, const EdgeProbabilities& p,
                                 std::span<const NodeId> opponent_seeds, std::uint32_t k,
                                 const ProtectorOptions& options = {});

}  // namespace ombak
