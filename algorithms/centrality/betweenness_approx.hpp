// Approximate betweenness with an (epsilon, delta) guarantee by sampling shortest paths
// (Riondato & Kornaropoulos 2016).
//
// Design choices:
// - Sample i draws from its own RandomStream(seed, i): a node pair (u, v), u != v, uniformly,
//   then one shortest u-v path uniformly at random (walking back from v, choosing predecessor
//   p with probability sigma(p) / sigma(w)). Every interior node of the path gets one count;
//   counts are integers, so their sum and the result are identical for any thread count.
// - Unweighted graphs draw the path with a balanced bidirectional BFS (Borassi & Natale 2016,
//   shortest_path_sampler.hpp), which touches far fewer arcs than a search from u alone;
//   weighted ones run Dijkstra from u until v is settled.
// - The sample size needs an upper bound VD on the vertex diameter (most nodes on a shortest
//   path); vertex_diameter.hpp computes one in O(n + m) (per component for undirected graphs,
//   per strong component and along the condensation for directed ones).
// - Scores are RK's normalization: the fraction of ordered pairs (s, t), s != t, whose shortest
//   paths pass through v, i.e. raw ordered-pair betweenness / (n (n - 1)). For a directed graph
//   that is networkx's normalized value times (n - 2) / n; for an undirected graph also
//   networkx's normalized value times (n - 2) / n.
//
// Usage:
//   ApproxBetweennessResult r = ApproxBetweenness(g, {.epsilon = 0.01, .delta = 0.1, .seed = 7});
//   // with probability >= 0.9, |r.scores[v] - exact[v]| <= 0.01 for every v at once
#pragma once

#include <cstdint>
#include <vector>

#include "algorithms/centrality/vertex_diameter.hpp"
#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

struct ApproxBetweennessOptions {
  double epsilon = 0.01;  // additive error bound, in (0, 1)
  double delta = 0.1;     // failure probability, in (0, 1)
  double c = 0.5;         // the universal constant of the VC bound (RK use 0.5)
  std::uint64_t seed = 1;
  bool use_weights = false;  // arc weights as lengths; must be finite and > 0
};

struct ApproxBetweennessResult {
  std::vector<double> scores;  // estimated fraction of ordered pairs through each node
  std::uint64_t num_samples = 0;
  std::uint64_t vertex_diameter_bound = 0;  // VD used in the sample size
  std::uint64_t pairs_connected = 0;        // samples whose pair had a path
};

// r = ceil((c / epsilon^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta))), 0 when VD < 3 (no path
// has an interior node).
std::uint64_t RiondatoKornaropoulosSampleSize(std::uint64_t vertex_diameter, double epsilon,
                                              double delta, double c);

// Estimates betweenness for all nodes such that with probability >= 1 - delta every estimate is
// within epsilon of the exact normalized value.
// Reference: M. Riondato, E. M. Kornaropoulos, "Fast approximation of betweenness centrality
// through sampling", Data Min. Knowl. Disc. 30 (2016).
// Complexity: O(r (m + n)) worst case (O(r (m + n log n)) weighted), r from the formula above;
// parallel over samples; identical output for any thread count.
// Throws InvalidArgument for epsilon or delta outside (0, 1), c <= 0, or a bad weight.
ApproxBetweennessResult ApproxBetweenness(const Digraph& g,
                                          const ApproxBetweennessOptions& options = {});

}  // namespace ombak
