// Spreader evaluation (Kitsak, Gallos, Havlin, Liljeros, Muchnik, Stanley & Makse, Nature
// Physics 2010, "Identification of influential spreaders in complex networks"): the spreading
// efficiency of every account as a single seed, and the imprecision function ε(p) that tells
// how far the top-p fraction of a ranking (degree, k-shell, PageRank...) falls short of the
// truly most efficient spreaders.
//
// Design choice: every account's efficiency is estimated with the SAME Monte Carlo seed (common
// random numbers), so differences between accounts are not drowned in sampling noise, and the
// loop runs in parallel over accounts (each estimate serial inside), identical for any thread
// count. Kendall's τ-b comes from algorithms/common/rank_agreement (Knight's O(n log n) method).
//
// Usage:
//   std::vector<double> eff = SpreadingEfficiency(g, UniformProbabilities(g, 0.05));
//   ImprecisionResult r = Imprecision(eff, Coreness(g).scores);
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/epidemic.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct SpreaderOptions {
  // SIR (Kitsak et al.'s choice) with these parameters, or IC when use_sir is false.
  bool use_sir = true;
  EpidemicOptions sir{};  // recovery 1 by default: one infectious step (then SIR == IC)
  std::uint64_t runs = 200;
  std::uint64_t seed = 1;
  // Accounts to evaluate (a seeded sample of a large graph, say); empty = all accounts.
  std::vector<NodeId> accounts;
};

// Mean number of accounts ever activated from each account alone, in the order of
// options.accounts (or by node id). O(accounts · runs · cascade cost), parallel over accounts,
// deterministic. Throws InvalidArgument when runs is 0, an account is not a node, or as the
// cascade models do.
std::vector<double> SpreadingEfficiency(const Digraph& g, const EdgeProbabilities& p,
                                        const SpreaderOptions& options = {});

struct ImprecisionResult {
  std::vector<double> fractions;    // p values
  std::vector<double> imprecision;  // ε(p) = 1 − M_rank(p) / M_eff(p)
  double kendall_tau = 0;           // τ-b between the ranking scores and the efficiency
};

// Kitsak et al.'s imprecision: for each fraction p, M_eff(p) is the mean efficiency of the
// ⌈pN⌉ most efficient accounts and M_rank(p) that of the ⌈pN⌉ accounts the scores rank highest
// (ties: smaller index). 0 = the ranking finds the best spreaders. O(N log N) per fraction.
// Throws InvalidArgument when the vectors differ in size or are empty, a fraction is not in
// (0, 1], or a value is NaN.
ImprecisionResult Imprecision(std::span<const double> efficiency, std::span<const double> scores,
                              std::vector<double> fractions = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5});

}  // namespace ombak
