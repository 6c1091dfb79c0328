// Sampled closeness and harmonic centrality for graphs too large for n searches: pivot
// sampling (Eppstein & Wang 2004) with a stated error bound.
//
// Design choices:
// - k pivots are drawn uniformly with replacement, pivot i from RandomStream(seed, i). One
//   search from each pivot, in the direction opposite to `direction` (for the default kIn, the
//   search from pivot p follows arcs and yields d(p, v) for every v), gives every node one
//   sample of its distance sums; each sum over the n nodes is estimated by n/k times the sum
//   over the pivots (unbiased).
// - Harmonic: estimate (n/k) sum_i 1/d(p_i, v). By Hoeffding and a union bound over the n nodes,
//   with probability >= 1 - delta every normalized estimate (divided by n - 1) is within
//   (n/(n-1)) sqrt(ln(2n/delta) / (2k)) of the exact value, on any graph. error_bound reports
//   it in the units of the returned scores.
// - Closeness: r and S (see closeness.hpp) are estimated the same way and combined in the chosen
//   variant (a ratio estimator, consistent but not unbiased). Eppstein-Wang's bound applies to
//   the average distance S / (n - 1) of a connected undirected graph: it is within
//   D (n/(n-1)) sqrt(ln(2n/delta) / (2k)) with D = 2 min_i ecc(p_i) >= diameter. error_bound
//   reports that bound on the average distance when the graph is undirected (or direction is
//   kAll) and connected, and NaN otherwise (no bound is known for the ratio).
// - Pivot sums are added per fixed block of pivots in pivot order, blocks merged in block order:
//   identical output for any thread count.
//
// Usage:
//   SampledClosenessResult r = SampledCloseness(g, {.epsilon = 0.01, .seed = 3});
#pragma once

#include <cstdint>
#include <vector>

#include "algorithms/centrality/closeness.hpp"
#include "graph/digraph.hpp"

namespace ombak {

enum class SampledMeasure { kCloseness, kHarmonic };

struct SampledClosenessOptions {
  SampledMeasure measure = SampledMeasure::kCloseness;
  PathDirection direction = PathDirection::kIn;
  ClosenessVariant variant = ClosenessVariant::kWassermanFaust;  // closeness only
  bool normalized = false;                                       // harmonic only: / (n - 1)
  bool use_weights = false;
  // Number of pivots; 0 = ceil(ln(2n/delta) / (2 epsilon^2)), Eppstein-Wang's choice, which
  // makes the normalized harmonic bound equal to about epsilon.
  std::uint64_t num_pivots = 0;
  double epsilon = 0.05;
  double delta = 0.1;
  std::uint64_t seed = 1;
};

struct SampledClosenessResult {
  std::vector<double> scores;
  std::uint64_t num_pivots = 0;
  // Harmonic: max |estimate - exact| over all nodes, in score units, w.p. >= 1 - delta.
  // Closeness: the same for the average distance S / (n - 1) on connected undirected graphs;
  // NaN where no bound holds.
  double error_bound = 0.0;
};

// Estimates closeness or harmonic centrality of every node from pivot searches.
// Reference: D. Eppstein & J. Wang, "Fast approximation of centrality", J. Graph Algorithms
// Appl. 8 (2004).
// Complexity: O(k m) unweighted, O(k (m + n log n)) weighted; parallel over pivots; identical
// output for any thread count.
// Throws InvalidArgument for epsilon or delta outside (0, 1), or a bad weight.
SampledClosenessResult SampledCloseness(const Digraph& g,
                                        const SampledClosenessOptions& options = {});

}  // namespace ombak
