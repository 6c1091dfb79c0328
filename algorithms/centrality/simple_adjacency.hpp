// The undirected simple view of a Digraph used by the measures defined on undirected graphs
// (clustering, constraint, collective influence, VoteRank, h-index).
//
// Design choice: a measure that is defined for simple undirected graphs sees every arc u->v as
// the edge {u, v}; parallel arcs and the two directions of a reciprocated pair collapse into one
// edge whose weight is the sum of their weights, and self-loops are dropped. For a graph stored
// symmetrically (Digraph::undirected()) only the out-lists are read, so each undirected edge is
// counted once and its weight is the edge weight. This is networkx's Graph(G) for directed
// input with summed weights, and the identity for simple undirected input.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "graph/digraph.hpp"

namespace ombak::centrality_internal {

struct SimpleAdjacency {
  std::vector<std::uint64_t> offsets;  // n + 1
  std::vector<NodeId> neighbors;       // sorted within each row, no duplicates, no self-loops
  std::vector<double> weights;         // parallel to neighbors; empty unless requested

  NodeId num_nodes() const { return static_cast<NodeId>(offsets.size() - 1); }
  std::span<const NodeId> Neighbors(NodeId u) const {
    return {neighbors.data() + offsets[u], neighbors.data() + offsets[u + 1]};
  }
  std::span<const double> Weights(NodeId u) const {
    return {weights.data() + offsets[u], weights.data() + offsets[u + 1]};
  }
  std::uint64_t Degree(NodeId u) const { return offsets[u + 1] - offsets[u]; }
};

// Builds the view; with_weights also fills `weights` (arc weights summed, 1 per arc when the
// graph is unweighted). O(m log(max degree)), parallel, independent of the thread count.
SimpleAdjacency BuildSimpleAdjacency(const Digraph& g, bool with_weights = false);

// The same view with nodes renumbered by degree, highest first, ties by the smaller id; rows
// sorted again, weights dropped. (*original)[new id] is the node's id in `a`. On heavy-tailed
// graphs most row entries are high-degree nodes, so per-node arrays indexed by them are then
// read from a few hot cache lines. O(m log(max degree)), parallel.
SimpleAdjacency RenumberedByDegree(const SimpleAdjacency& a, std::vector<NodeId>* original);

}  // namespace ombak::centrality_internal
