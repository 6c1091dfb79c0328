// The radius-l balls behind collective influence (internal to collective_influence.cpp): the
// alive part of the undirected simple view and a per-thread ball walker.
//
// Design choice: a ball walk is the unit of work of CI, so both sides are built for it. Rows
// hold only alive neighbours (a removal swaps the node out of its neighbours' rows), so walks
// never test liveness. Rows of hubs are also kept as bitsets ("dense rows"): the radius-2 ball
// of a node next to hubs is then the OR of a few bitsets instead of millions of row entries,
// which is what makes the balls of heavy-tailed graphs affordable.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/centrality/simple_adjacency.hpp"
#include "graph/types.hpp"

namespace ombak::centrality_internal {

class AliveGraph {
 public:
  // dense_rows: also keep the rows of the highest-degree nodes as bitsets (for radius 2), up to
  // the memory of the neighbour array itself.
  AliveGraph(const SimpleAdjacency& a, bool dense_rows);

  std::span<const NodeId> Row(NodeId u) const { return {neighbors_.data() + offsets_[u], k_[u]}; }
  std::uint32_t Degree(NodeId u) const { return k_[u]; }
  // Words of a node bitset: enough for every node up to the last one with a neighbour.
  std::size_t Words() const { return words_; }
  bool HasDenseRows() const { return !dense_index_.empty(); }
  // u's alive neighbours as a bitset of Words() words, or nullptr when u has no dense row.
  const std::uint64_t* DenseRow(NodeId u) const {
    if (dense_index_.empty() || dense_index_[u] == kNoDense) return nullptr;
    return dense_bits_.data() + std::size_t{dense_index_[u]} * words_;
  }

  // A ball reads the rows of a node's neighbours, each from a random place: callers fetch a
  // few rows ahead, and where the rows a few further ahead start. (Rows of 2^20-node graphs no
  // longer fit in the cache: together with the prefetch in TrackedBalls::OnRemove and bitsets
  // that end at the last node with a neighbour, this took rmat20 from 160-170 s to 133-134 s.)
  void PrefetchRow(NodeId u) const { __builtin_prefetch(neighbors_.data() + offsets_[u]); }
  void PrefetchRowStart(NodeId u) const { __builtin_prefetch(offsets_.data() + u); }

  // Takes r out of the rows (and dense rows) of its alive neighbours; r's own row is left as it
  // was, its last alive neighbourhood.
  void Remove(NodeId r);

 private:
  static constexpr std::uint32_t kNoDense = ~std::uint32_t{0};

  std::vector<std::uint64_t> offsets_;
  std::vector<NodeId> neighbors_;
  std::vector<std::uint32_t> k_;
  std::size_t words_;
  std::vector<std::uint32_t> dense_index_;  // empty, or per node its dense row or kNoDense
  std::vector<std::uint64_t> dense_bits_;
};

// Per-thread ball explorer with a reusable visit stamp (no clearing per ball) and a bitset.
class BallWalker {
 public:
  explicit BallWalker(NodeId n) : stamp_(n, 0) {}

  // Calls f(node, distance) for every node within `radius` of `center` in the alive graph
  // (center included, even after its removal: its row is then its last alive neighbourhood).
  template <typename F>
  void Walk(const AliveGraph& g, NodeId center, int radius, F&& f) {
    const std::uint32_t e = NextEpoch();
    layer_.assign(1, center);
    stamp_[center] = e;
    f(center, 0);
    for (int d = 1; d <= radius && !layer_.empty(); ++d) {
      next_.clear();
      for (const NodeId u : layer_) {
        for (const NodeId w : g.Row(u)) {
          if (stamp_[w] == e) continue;
          stamp_[w] = e;
          next_.push_back(w);
          f(w, d);
        }
      }
      layer_.swap(next_);
    }
  }

  // The boundary sum of CI_2(i): sum over the nodes j at distance exactly 2 of (k_j - 1).
  // Appends those nodes (the sphere) to *sphere when sphere is not null.
  std::uint64_t Frontier2(const AliveGraph& g, NodeId i, std::vector<NodeId>* sphere = nullptr);

  // The sphere of i as a bitset of g.Words() words, valid until the next call.
  const std::uint64_t* SphereBits(const AliveGraph& g, NodeId i);

 private:
  // Whether the bitset path is cheaper than visiting row entries for i's ball.
  static bool PreferBits(const AliveGraph& g, NodeId i);
  std::uint32_t NextEpoch();

  std::vector<std::uint32_t> stamp_;
  std::uint32_t epoch_ = 0;
  std::vector<NodeId> layer_, next_;
  std::vector<std::uint64_t> bits_;
};

// CI_l(i) = (k_i - 1) * sum over j at distance exactly l of (k_j - 1) in the alive graph;
// 0 for a node of degree <= 1.
std::uint64_t NodeCi(const AliveGraph& g, NodeId i, int radius, BallWalker& walker);

// Row entries a radius-2 ball of i reads: the work estimate used to decide on threads.
std::uint64_t BallCost(const AliveGraph& g, NodeId i);

// The mass (sum of k - 1) of the alive graph outside the radius-1 ball of i, given the mass of
// the whole alive graph: a bound on i's radius-2 boundary sum that costs k_i, and is tight
// for hubs, whose radius-2 balls hold most of the mass.
std::uint64_t MassOutside(const AliveGraph& g, NodeId i, std::uint64_t mass);

}  // namespace ombak::centrality_internal
