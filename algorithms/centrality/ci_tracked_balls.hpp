// Exact CI_2 boundary sums of up to kSlots tracked nodes, kept current through removals
// (internal to collective_influence.cpp).
//
// Design choice: on a heavy-tailed graph the nodes that reach the top of the CI heap again and
// again are hubs, whose radius-2 balls are most of the graph, and every removal changes their
// CI. Instead of walking such a ball after every removal, its sphere (the nodes at distance
// exactly 2) is stored as bit `slot` of sphere_[v] and its neighbourhood as bit `slot` of
// near_[v]; removing r then updates every tracked boundary sum from r's row alone. Freed slots
// are wiped lazily, many at a time, in one pass over the bit arrays.
#pragma once

#include <cstdint>
#include <vector>

#include "algorithms/centrality/ci_balls.hpp"

namespace ombak::centrality_internal {

class TrackedBalls {
 public:
  static constexpr int kWords = 4;
  static constexpr int kSlots = 64 * kWords;

  // n bounds the ids: every tracked node and every node of a tracked ball is below it.
  explicit TrackedBalls(NodeId n);

  int SlotOf(NodeId t) const { return slot_of_[t]; }  // -1 when t is not tracked
  NodeId Node(int slot) const { return node_[slot]; }
  bool Used(int slot) const { return (live_[slot / 64] >> (slot % 64) & 1) != 0; }
  std::uint64_t Frontier(int slot) const { return frontier_[slot]; }

  // A clean free slot, wiping released slots first if needed; -1 when all slots are in use.
  int FreeSlot();
  // Starts tracking t (alive, untracked) in the clean free slot `slot`, from its sphere and
  // boundary sum as BallWalker::Frontier2 found them in the current alive graph.
  void Track(const AliveGraph& g, NodeId t, int slot, const std::vector<NodeId>& sphere,
             std::uint64_t frontier);
  // Stops tracking the node in `slot`; its bits are wiped by a later FreeSlot.
  void Release(int slot);

  // Updates every tracked boundary sum for the removal of r. Call with r untracked, before
  // g.Remove(r). The sums drop by (k_r - 1) where r is on the sphere; by 1 for each sphere
  // node that loses its neighbour r; and by all of (k_w - 1) for a sphere node w whose only
  // paths from the tracked node went through r.
  void OnRemove(const AliveGraph& g, NodeId r);

 private:
  std::size_t Index(NodeId v, int word) const { return std::size_t{v} * kWords + word; }
  void WipeReleased();

  std::vector<std::uint64_t> near_, sphere_;  // kWords words per node
  std::vector<std::int16_t> slot_of_;
  NodeId node_[kSlots];
  std::uint64_t frontier_[kSlots] = {};
  std::uint64_t live_[kWords] = {};      // slots in use
  std::uint64_t released_[kWords] = {};  // slots freed but not yet wiped
};

}  // namespace ombak::centrality_internal
