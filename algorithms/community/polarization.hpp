// Polarization between camps: Krackhardt & Stern's E-I index, assortativity by a categorical
// attribute (Newman, Phys. Rev. E 67, 026126, 2003) or a numerical one (Pearson), and random-
// walk controversy RWC (Garimella, De Francisci Morales, Gionis & Mathioudakis, WSDM 2016 and
// ACM TSC 2018).
//
// Design choice: the assortativities use igraph_assortativity_nominal's and
// igraph_assortativity's conventions exactly (unweighted; an undirected edge counted in both
// directions), so values match igraph. RWC draws every walk from its own random stream
// (seed, walk index) and only sums integer counts, so it is identical for any thread count.
//
// Usage:
//   EiIndexResult ei = EiIndex(g, p);                 // -1 = all ties inside camps
//   double r = NominalAssortativity(g, p);
//   RwcResult rwc = RandomWalkControversy(g, p, 0, 1, {.hubs = 10, .walks = 10000});
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/community/partition.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct EiIndexResult {
  double overall = 0.0;               // (E - I) / (E + I) over all edges; NaN without edges
  std::vector<double> per_community;  // (E_c - I_c) / (E_c + I_c); NaN for a community w/o edges
};

// E-I index (Krackhardt & Stern 1988): E = edges between communities, I = edges inside, counted
// as stored (arcs of a directed g, edges of an undirected g), weighted when `weighted`.
// O(n + m). Throws InvalidArgument for a bad partition.
EiIndexResult EiIndex(const Digraph& g, const Partition& p, bool weighted = true);

// Newman's assortativity coefficient r for categorical labels (the partition's communities):
// r = (sum_i e_ii - sum_i a_i b_i) / (1 - sum_i a_i b_i). Matches igraph_assortativity_nominal
// (normalized). directed = false counts each arc both ways. NaN without edges. O(n + m).
double NominalAssortativity(const Digraph& g, const Partition& p, bool directed = true);

// Pearson correlation of `values` across the ends of edges (Newman 2003), matching
// igraph_assortativity(values, NULL, directed, normalized = true). O(n + m). Throws
// InvalidArgument for a value vector of the wrong length or a non-finite value.
double NumericAssortativity(const Digraph& g, std::span<const double> values, bool directed = true);

struct RwcOptions {
  std::size_t hubs = 10;             // k highest-degree nodes per side where walks stop (>= 1)
  std::uint64_t walks = 10000;       // walks started from each side (>= 1)
  std::uint64_t max_steps = 100000;  // a longer walk is abandoned (counted as unfinished)
  bool weighted = true;              // step to a neighbour with probability proportional to weight
  std::uint64_t seed = 1;
};

struct RwcResult {
  // RWC = P(X|X) P(Y|Y) - P(Y|X) P(X|Y), where P(A|B) = probability that a walk started at a
  // uniformly random node of side B ends at a hub of side A. In [-1, 1]; near 1 = polarized.
  double rwc = 0.0;
  double p_xx = 0.0, p_yx = 0.0, p_xy = 0.0, p_yy = 0.0;
  std::vector<NodeId> hubs_x, hubs_y;
  std::uint64_t unfinished = 0;  // walks that hit no hub within max_steps or got stuck
};

// Random-walk controversy between communities x and y of p (the two sides), on the undirected
// view; nodes of other communities may be walked through. Hubs: the `hubs` nodes of highest
// degree of each side (ties: smaller id). Parallel over walks, deterministic for a seed.
// Throws InvalidArgument for a bad partition, x == y, a community id >= count, hubs or walks
// of 0, or an empty side.
RwcResult RandomWalkControversy(const Digraph& g, const Partition& p, std::uint32_t x,
                                std::uint32_t y, const RwcOptions& options = {});

}  // namespace ombak
