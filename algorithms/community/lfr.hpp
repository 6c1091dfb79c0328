// The LFR benchmark graph (Lancichinetti, Fortunato & Radicchi, "Benchmark graphs for testing
// community detection algorithms", Phys. Rev. E 78, 046110, 2008): an undirected graph with a
// planted partition, power-law degrees (exponent tau1) and community sizes (exponent tau2),
// where each node has a fraction `mixing` (mu) of its edges outside its community.
//
// Design choice: the construction of the paper, made fast and reproducible for n up to 10^6:
//   1. degrees from a continuous power law on [k_min, max_degree] with k_min solved so that the
//      mean is average_degree, stochastically rounded; internal degree = round((1 - mu) k);
//   2. community sizes from a power law on [min_community, max_community] until they cover n;
//   3. nodes, largest internal degree first, join a community large enough for their internal
//      degree, drawn with probability proportional to its free places (Fenwick tree, O(log c));
//   4. internal edges by a configuration model inside each community (in parallel, one random
//      stream per community), external edges by a configuration model over all external stubs,
//      re-pairing stubs that landed inside one community for a few rounds.
// Self-loops and repeated edges are dropped rather than rewired, so degrees and mu are met on
// average (realized_mixing reports the mixing actually obtained) instead of exactly.
//
// Usage:
//   LfrGraph lfr = GenerateLfr({.n = 10000, .mixing = 0.3, .seed = 4});
//   Leiden(lfr.graph);  ComparePartitions(found, lfr.planted);
#pragma once

#include <cstdint>

#include "algorithms/community/partition.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct LfrOptions {
  NodeId n = 1000;
  double average_degree = 20.0;
  NodeId max_degree = 50;
  double degree_exponent = 2.0;     // tau1 > 0
  double community_exponent = 1.0;  // tau2 > 0
  double mixing = 0.3;              // mu in [0, 1]
  NodeId min_community = 20;
  NodeId max_community = 100;
  std::uint64_t seed = 1;
};

struct LfrGraph {
  Digraph graph;                 // undirected, unweighted, simple
  Partition planted;             // canonical
  double realized_mixing = 0.0;  // fraction of edge endpoints whose edge leaves the community
};

// Generates the graph. O(n log c + m), internal edges in parallel; identical for any thread
// count. Throws InvalidArgument for n < 2, average_degree outside [1, max_degree],
// max_degree >= n, a non-positive exponent, mixing outside [0, 1], or community bounds with
// min_community < 1, max_community < min_community or max_community > n.
LfrGraph GenerateLfr(const LfrOptions& options = {});

}  // namespace ombak
