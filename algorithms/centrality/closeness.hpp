// Exact closeness and harmonic centrality: one shortest-path search per node.
//
// Design choices:
// - Direction: by default distances TO the node (PathDirection::kIn), as networkx does for a
//   DiGraph; kOut (distances from the node, igraph's default mode) and kAll (graph seen as
//   undirected) are selectable. On an undirected Digraph all three agree.
// - Disconnected graphs: the libraries differ and all three conventions are offered. Let r(v)
//   be the number of OTHER nodes at finite distance and S(v) the sum of those distances:
//     kWassermanFaust (default; networkx wf_improved=True): (r / S) * (r / (n - 1))
//     kReachable      (igraph normalized=TRUE, networkx wf_improved=False): r / S
//     kInverseSum     (igraph normalized=FALSE): 1 / S
//   A node that reaches (or is reached by) no other node scores 0 in every variant, as in
//   networkx; igraph returns NaN there.
// - Harmonic centrality sums 1 / d over the other nodes (unreachable ones add 0), optionally
//   divided by n - 1 (igraph normalized=TRUE; networkx does not normalize).
// - Each node's sums are accumulated by the thread that owns the node, in the search's visiting
//   order: the output is bit-identical for any thread count.
//
// Usage:
//   std::vector<double> c = Closeness(g).scores;                        // networkx default
//   std::vector<double> h = HarmonicCentrality(g, {.normalized = true}).scores;
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "algorithms/common/shortest_path_counts.hpp"
#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

enum class ClosenessVariant { kWassermanFaust, kReachable, kInverseSum };

struct ClosenessOptions {
  PathDirection direction = PathDirection::kIn;
  ClosenessVariant variant = ClosenessVariant::kWassermanFaust;
  bool use_weights = false;  // arc weights as lengths; must be finite and > 0
  // Fraction of nodes done, one call at a time (possibly from a worker thread).
  std::function<void(double fraction)> progress{};
};

struct HarmonicOptions {
  PathDirection direction = PathDirection::kIn;
  bool normalized = false;  // divide by n - 1
  bool use_weights = false;
  std::function<void(double fraction)> progress{};
};

struct ClosenessResult {
  std::vector<double> scores;
  // reached[v] = other nodes at finite distance (in the chosen direction).
  std::vector<NodeId> reached;
};

// Closeness of every node in the chosen variant and direction.
// Reference: A. Bavelas 1950; S. Wasserman & K. Faust, "Social Network Analysis", 1994 (the
// scaling for disconnected graphs).
// Complexity: O(n m) unweighted, O(n (m + n log n)) weighted; parallel over nodes; identical
// for any thread count. Throws InvalidArgument for a non-positive or non-finite weight.
ClosenessResult Closeness(const Digraph& g, const ClosenessOptions& options = {});

// Harmonic centrality of every node: sum over u != v of 1 / d(u, v) (direction kIn).
// Reference: M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 2000;
// P. Boldi & S. Vigna, "Axioms for centrality", Internet Math. 2014.
// Complexity, determinism and errors as Closeness.
ClosenessResult HarmonicCentrality(const Digraph& g, const HarmonicOptions& options = {});

}  // namespace ombak
