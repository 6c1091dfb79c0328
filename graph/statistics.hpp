// Summary statistics of one layer: size, weight, self-loops, reciprocity, density, components
// and degree distribution — what `ombak info` prints and the report's first table shows.
//
// Design choice: every figure is defined the way igraph defines it where igraph has one
// (reciprocity, components), so the tests can hold the numbers against igraph and networkx;
// where the tools disagree (density and self-loops) the choice is stated below.
//
// Usage:
//   LayerSummary s = Summarize(net.layer(Layer::kRetweet));
//   double r = s.reciprocity;
#pragma once

#include <cstdint>

#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

struct DegreeSummary {
  std::uint64_t min = 0;
  // The lower median: element (n - 1) / 2 of the sorted degrees.
  std::uint64_t median = 0;
  std::uint64_t max = 0;
  double mean = 0.0;
};

struct LayerSummary {
  NodeId nodes = 0;
  // Arcs of a directed graph; edges of an undirected one (Digraph::num_undirected_edges).
  EdgeId edges = 0;
  bool undirected = false;
  // Sum of weights over `edges` (each undirected edge once); equals `edges` when unweighted.
  double total_weight = 0.0;
  EdgeId self_loops = 0;
  // Fraction of arcs u->v with u != v whose reverse v->u exists (igraph_reciprocity with
  // ignore_loops = true and the default mode, networkx's reciprocity). 1 for an undirected
  // graph; NaN when there is no arc between distinct nodes. In a multigraph every parallel
  // arc counts as reciprocated if one reverse arc exists.
  double reciprocity = 0.0;
  // Fraction of the possible non-loop arcs present: (edges - self_loops) / (n (n - 1)) for a
  // directed graph, 2 (edges - self_loops) / (n (n - 1)) for an undirected one; self-loops
  // are excluded from both counts, so a simple graph's density is in [0, 1] (igraph_density
  // with loops = false and networkx count loops in the numerator). 0 when n < 2.
  double density = 0.0;
  NodeId weak_components = 0;
  NodeId largest_weak = 0;  // nodes in the largest weak component
  NodeId strong_components = 0;
  NodeId largest_strong = 0;  // nodes in the largest strong component
  // Degrees as stored: arcs out of / into a node, a self-loop counting once in each. For an
  // undirected graph both equal the number of incident edges (a loop counted once).
  DegreeSummary in_degree;
  DegreeSummary out_degree;
};

// Computes every figure of LayerSummary. O(n + m log(max degree)) for reciprocity plus the
// cost of WeakComponents and StrongComponents; parallel except the strong components.
// Deterministic.
LayerSummary Summarize(const Digraph& g);

}  // namespace ombak
