// Tracked CI_2 balls (see ci_tracked_balls.hpp).
#include "algorithms/centrality/ci_tracked_balls.hpp"

#include <algorithm>
#include <bit>

namespace ombak::centrality_internal {
namespace {

template <typename F>
void ForEachBit(std::uint64_t bits, F&& f) {
  for (; bits != 0; bits &= bits - 1) f(std::countr_zero(bits));
}

// Per-slot counts of many slot masks, added in bit-sliced form (plane b holds bit b of every
// slot's count; adding a mask is a ripple-carry add, two plane steps on average) and read out
// once. A hub's removal sends one mask per neighbour, each with most of the slots set, so this
// replaces a decrement per set bit (k_r * 256 of them) with a few word operations per neighbour.
class SlotCounts {
 public:
  void Add(const std::uint64_t* mask) {
    for (int word = 0; word < TrackedBalls::kWords; ++word) {
      std::uint64_t carry = mask[word];
      for (int b = 0; carry != 0; ++b) {
        const std::uint64_t next = planes_[b][word] & carry;
        planes_[b][word] ^= carry;
        carry = next;
      }
    }
  }
  // Subtracts each slot's count from frontier[slot].
  void SubtractFrom(std::uint64_t* frontier) const {
    for (int b = 0; b < kPlanes; ++b) {
      for (int word = 0; word < TrackedBalls::kWords; ++word) {
        ForEachBit(planes_[b][word],
                   [&](int s) { frontier[64 * word + s] -= std::uint64_t{1} << b; });
      }
    }
  }

 private:
  static constexpr int kPlanes = 33;  // counts up to the number of nodes (< 2^32), plus carry
  std::uint64_t planes_[kPlanes][TrackedBalls::kWords] = {};
};

// Row entries between fetching a node's bits and reading them.
constexpr std::size_t kPrefetchAhead = 16;
// Row entries between fetching a row that will be scanned and scanning it.
constexpr std::size_t kRowsAhead = 4;

}  // namespace

TrackedBalls::TrackedBalls(NodeId n)
    : near_(std::size_t{n} * kWords, 0), sphere_(std::size_t{n} * kWords, 0), slot_of_(n, -1) {
  std::fill(node_, node_ + kSlots, kNoNode);
}

int TrackedBalls::FreeSlot() {
  for (int pass = 0; pass < 2; ++pass) {
    for (int word = 0; word < kWords; ++word) {
      const std::uint64_t free = ~(live_[word] | released_[word]);
      if (free != 0) return 64 * word + std::countr_zero(free);
    }
    if (pass == 0) WipeReleased();
  }
  return -1;
}

void TrackedBalls::Track(const AliveGraph& g, NodeId t, int slot, const std::vector<NodeId>& sphere,
                         std::uint64_t frontier) {
  const int word = slot / 64;
  const std::uint64_t bit = std::uint64_t{1} << (slot % 64);
  for (const NodeId u : g.Row(t)) near_[Index(u, word)] |= bit;
  for (const NodeId w : sphere) sphere_[Index(w, word)] |= bit;
  node_[slot] = t;
  slot_of_[t] = static_cast<std::int16_t>(slot);
  frontier_[slot] = frontier;
  live_[word] |= bit;
}

void TrackedBalls::Release(int slot) {
  slot_of_[node_[slot]] = -1;
  node_[slot] = kNoNode;
  live_[slot / 64] &= ~(std::uint64_t{1} << (slot % 64));
  released_[slot / 64] |= std::uint64_t{1} << (slot % 64);
}

void TrackedBalls::WipeReleased() {
  std::uint64_t any = 0;
  for (int word = 0; word < kWords; ++word) any |= released_[word];
  if (any == 0) return;
  const auto count = static_cast<std::int64_t>(slot_of_.size());
#pragma omp parallel for schedule(static) if (count > 65536)
  for (std::int64_t v = 0; v < count; ++v) {
    for (int word = 0; word < kWords; ++word) {
      near_[v * kWords + word] &= ~released_[word];
      sphere_[v * kWords + word] &= ~released_[word];
    }
  }
  std::fill(released_, released_ + kWords, 0);
}

void TrackedBalls::OnRemove(const AliveGraph& g, NodeId r) {
  std::uint64_t adjacent[kWords];  // tracked nodes that lose their neighbour r
  const std::uint64_t kr = g.Degree(r);
  for (int word = 0; word < kWords; ++word) {
    std::uint64_t* frontier = frontier_ + 64 * word;
    ForEachBit(sphere_[Index(r, word)] & live_[word], [&](int s) { frontier[s] -= kr - 1; });
    adjacent[word] = near_[Index(r, word)] & live_[word];
    sphere_[Index(r, word)] = 0;
    near_[Index(r, word)] = 0;
  }
  SlotCounts lost_one;  // per slot, the sphere nodes that lose their neighbour r
  const auto row = g.Row(r);
  for (std::size_t j = 0; j < row.size(); ++j) {
    // A hub's neighbours are spread over the whole graph: fetch their bits ahead of use.
    if (j + kPrefetchAhead < row.size()) {
      __builtin_prefetch(&sphere_[Index(row[j + kPrefetchAhead], 0)]);
    }
    // Rows that will be scanned (their bits arrived by now) are fetched a few entries ahead.
    if (j + kRowsAhead < row.size()) {
      const NodeId ahead = row[j + kRowsAhead];
      std::uint64_t may_lose = 0;
      for (int word = 0; word < kWords; ++word) {
        may_lose |= sphere_[Index(ahead, word)] & adjacent[word];
      }
      if (may_lose != 0) g.PrefetchRow(ahead);
    }
    const NodeId w = row[j];
    std::uint64_t* on_sphere = &sphere_[Index(w, 0)];
    std::uint64_t lost[kWords];  // tracked nodes that reached w only through r
    std::uint64_t any = 0;
    std::uint64_t any_lost = 0;
    for (int word = 0; word < kWords; ++word) {
      any |= on_sphere[word] & live_[word];
      lost[word] = on_sphere[word] & adjacent[word];
      any_lost |= lost[word];
    }
    if (any == 0) continue;
    // w stays on the sphere of t if another neighbour of w is next to t (near_[r] is cleared).
    for (const NodeId x : g.Row(w)) {
      if (any_lost == 0) break;
      any_lost = 0;
      for (int word = 0; word < kWords; ++word) {
        lost[word] &= ~near_[Index(x, word)];
        any_lost |= lost[word];
      }
    }
    const std::uint64_t kw = g.Degree(w);
    std::uint64_t stays[kWords];
    for (int word = 0; word < kWords; ++word) {
      std::uint64_t* frontier = frontier_ + 64 * word;
      ForEachBit(lost[word], [&](int s) { frontier[s] -= kw - 1; });
      stays[word] = on_sphere[word] & live_[word] & ~lost[word];
      on_sphere[word] &= ~lost[word];
    }
    lost_one.Add(stays);
  }
  lost_one.SubtractFrom(frontier_);
}

}  // namespace ombak::centrality_internal
