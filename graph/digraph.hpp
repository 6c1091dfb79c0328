// Digraph: the immutable compressed-sparse-row graph every algorithm in ombak runs on.
//
// Design choices (after the GAP Benchmark Suite's CSRGraph):
// - Both directions are stored: out-adjacency (whom u listens to) and in-adjacency (u's
//   audience), so push and pull kernels need no transposition and no atomics.
// - Edge ids are positions in the out-adjacency: the out-edges of u are the ids
//   [out_offsets[u], out_offsets[u+1]), sorted by target. Optional weights and timestamps are
//   stored once, indexed by edge id; the in-adjacency reaches them through in_edge_ids, a
//   permutation that exists only when the graph has weights or timestamps. An unweighted graph
//   therefore costs 8 bytes per edge plus 16 bytes per node.
// - An undirected graph is stored symmetrically: every edge {u, v} with u != v is the two arcs
//   u->v and v->u with equal weight; a self-loop {u, u} is one arc. undirected() says so, and
//   num_undirected_edges() counts edges the way igraph and networkx do.
// - Move-only: copies of a billion-edge graph must be explicit (Clone).
//
// Usage:
//   Digraph g = BuildDigraph(std::move(edges), num_nodes);   // graph/builder.hpp
//   for (NodeId v : g.in_neighbors(u)) ...                   // u's audience
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "graph/types.hpp"

namespace ombak {

class Digraph {
 public:
  Digraph() : out_offsets_(1, 0), in_offsets_(1, 0) {}
  Digraph(Digraph&&) noexcept = default;
  Digraph& operator=(Digraph&&) noexcept = default;
  Digraph(const Digraph&) = delete;
  Digraph& operator=(const Digraph&) = delete;
  ~Digraph() = default;

  // Assembles a graph from its out-CSR and derives the in-CSR. Checks that the arrays are
  // consistent (monotone offsets, targets < num_nodes, each row sorted by target, attribute
  // arrays empty or of length num_edges) and throws InvalidArgument otherwise. With
  // undirected = true the arcs must be symmetric (checked). O(n + m), parallel, and the result
  // does not depend on the thread count.
  static Digraph FromCsr(NodeId num_nodes, std::vector<std::uint64_t> out_offsets,
                         std::vector<NodeId> out_targets, std::vector<Weight> weights = {},
                         std::vector<Timestamp> times = {}, bool undirected = false);

  // Every array of a Digraph, as Digraph::FromArrays takes them (and a snapshot stores them).
  struct Arrays {
    std::vector<std::uint64_t> out_offsets;
    std::vector<NodeId> out_targets;
    std::vector<std::uint64_t> in_offsets;
    std::vector<NodeId> in_sources;
    std::vector<EdgeId> in_edge_ids;  // empty unless weights or times are present
    std::vector<Weight> weights;
    std::vector<Timestamp> times;
  };

  // Assembles a graph from both stored CSRs without transposing (the snapshot reader's path).
  // Checks sizes, monotone offsets, ids below num_nodes, rows sorted (out by target, in by
  // source), in_edge_ids below num_edges and present exactly when the graph has weights or
  // times, and that the in-CSR holds the same arcs as the out-CSR: a fingerprint of the arcs
  // (a pseudo-random bilinear form in source and target, plus source and edge id when edge ids
  // are kept) must agree, so an inconsistent pair is rejected except for a crafted collision. With
  // undirected = true the two CSRs must be equal. Throws InvalidArgument. O(n + m) sequential
  // scans, parallel; no random access.
  static Digraph FromArrays(NodeId num_nodes, Arrays arrays, bool undirected = false);

  Digraph Clone() const;

  NodeId num_nodes() const { return static_cast<NodeId>(out_offsets_.size() - 1); }
  EdgeId num_edges() const { return out_targets_.size(); }
  bool undirected() const { return undirected_; }
  // Edges counted as an undirected graph counts them: (arcs - self-loops) / 2 + self-loops.
  // Equals num_edges() for a directed graph.
  EdgeId num_undirected_edges() const;
  bool has_weights() const { return !weights_.empty(); }
  bool has_times() const { return !times_.empty(); }

  std::span<const NodeId> out_neighbors(NodeId u) const {
    return {out_targets_.data() + out_offsets_[u], out_targets_.data() + out_offsets_[u + 1]};
  }
  std::span<const NodeId> in_neighbors(NodeId v) const {
    return {in_sources_.data() + in_offsets_[v], in_sources_.data() + in_offsets_[v + 1]};
  }
  std::uint64_t out_degree(NodeId u) const { return out_offsets_[u + 1] - out_offsets_[u]; }
  std::uint64_t in_degree(NodeId v) const { return in_offsets_[v + 1] - in_offsets_[v]; }

  // Id of u's first out-edge; out_neighbors(u)[i] is the target of edge out_edge_begin(u) + i.
  EdgeId out_edge_begin(NodeId u) const { return out_offsets_[u]; }
  // in_edge_ids(v)[i] is the edge id of the arc in_neighbors(v)[i] -> v. Empty unless the
  // graph has weights or timestamps (see has_in_edge_ids).
  bool has_in_edge_ids() const { return !in_edge_ids_.empty() || num_edges() == 0; }
  std::span<const EdgeId> in_edge_ids(NodeId v) const {
    return {in_edge_ids_.data() + in_offsets_[v], in_edge_ids_.data() + in_offsets_[v + 1]};
  }

  NodeId target(EdgeId e) const { return out_targets_[e]; }
  NodeId source(EdgeId e) const;  // O(log n): binary search in the offsets
  Weight weight(EdgeId e) const { return weights_.empty() ? Weight{1} : weights_[e]; }
  Timestamp time(EdgeId e) const { return times_.empty() ? kNoTime : times_[e]; }
  // Id of the first arc u->v, or kNoEdge. O(log out_degree(u)).
  EdgeId FindEdge(NodeId u, NodeId v) const;

  std::span<const std::uint64_t> out_offsets() const { return out_offsets_; }
  std::span<const std::uint64_t> in_offsets() const { return in_offsets_; }
  std::span<const NodeId> out_targets() const { return out_targets_; }
  std::span<const NodeId> in_sources() const { return in_sources_; }
  // All in-edge ids, in in_sources() order (empty unless has weights or times).
  std::span<const EdgeId> in_edge_ids() const { return in_edge_ids_; }
  std::span<const Weight> weights() const { return weights_; }
  std::span<const Timestamp> times() const { return times_; }

  // Bytes held by the arrays of this graph (capacity, not size).
  std::size_t MemoryBytes() const;

 private:
  std::vector<std::uint64_t> out_offsets_;
  std::vector<NodeId> out_targets_;
  std::vector<std::uint64_t> in_offsets_;
  std::vector<NodeId> in_sources_;
  std::vector<EdgeId> in_edge_ids_;
  std::vector<Weight> weights_;
  std::vector<Timestamp> times_;
  bool undirected_ = false;
};

}  // namespace ombak
