// Building a Digraph from an edge list: count, prefix sum, scatter, sort (as GAP's builder).
//
// The builder decides what happens to duplicate arcs and self-loops. Its output is independent
// of the thread count: rows are sorted by (target, position in the input), so "first" always
// means first in the input and weights are summed in input order.
//
// Usage:
//   EdgeList edges;
//   edges.Add(0, 1); edges.Add(0, 1); edges.Add(1, 2);
//   Digraph g = BuildDigraph(std::move(edges), 3);   // arc 0->1 has weight 2
#pragma once

#include <cstddef>
#include <vector>

#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

// Arcs in input order, with optional parallel weight and time arrays (empty = absent).
struct EdgeList {
  std::vector<NodeId> sources;
  std::vector<NodeId> targets;
  std::vector<Weight> weights;
  std::vector<Timestamp> times;

  std::size_t size() const { return sources.size(); }
  void Add(NodeId source, NodeId target) {
    sources.push_back(source);
    targets.push_back(target);
  }
  // Adds a weighted, optionally timed arc; keeps the attribute arrays aligned even when
  // earlier arcs were added without them (they get weight 1 and no time).
  void Add(NodeId source, NodeId target, Weight weight, Timestamp time = kNoTime);
  void Append(const EdgeList& other);
};

enum class DuplicatePolicy {
  kSum,        // one arc; weight = sum of weights (count for unweighted input); earliest time
  kKeepFirst,  // one arc with the weight and time of the first occurrence in the input
  kKeepAll,    // a multigraph: every occurrence is its own arc
};

enum class SelfLoopPolicy { kKeep, kDrop };

struct BuildOptions {
  DuplicatePolicy duplicates = DuplicatePolicy::kSum;
  SelfLoopPolicy self_loops = SelfLoopPolicy::kKeep;
  // Store each edge as both arcs (an undirected graph, see Digraph). Duplicates are detected
  // after symmetrizing, so {u,v} given as u v and as v u is one edge.
  bool undirected = false;
};

// What the builder dropped or merged, for `ombak info` and warnings.
struct BuildStats {
  std::size_t input_arcs = 0;
  std::size_t self_loops_dropped = 0;
  std::size_t duplicates_merged = 0;  // edges, not arcs, in an undirected build
};

// Builds the graph on nodes [0, num_nodes). Throws InvalidArgument if an endpoint is not below
// num_nodes or the attribute arrays have the wrong length. Consumes `edges` to bound memory.
// O(m log(max degree) + n), parallel. Unweighted input stays unweighted unless kSum merged a
// duplicate (then the weights become counts).
Digraph BuildDigraph(EdgeList edges, NodeId num_nodes, const BuildOptions& options = {},
                     BuildStats* stats = nullptr);

}  // namespace ombak
