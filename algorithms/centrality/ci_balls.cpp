// Alive graph and ball walker for collective influence (see ci_balls.hpp).
#include "algorithms/centrality/ci_balls.hpp"

#include <algorithm>
#include <bit>

namespace ombak::centrality_internal {
namespace {

// A word of a bitset costs about 1/kWordsPerEntry of a row entry (a word is streamed, an entry
// is a random access): a row becomes dense when its entries outnumber its words / 8.
constexpr std::size_t kWordsPerEntry = 8;
// Setting a bit in a bitset that stays in cache costs about 1/kEntriesPerBit of a stamp visit.
constexpr std::uint64_t kEntriesPerBit = 3;
// Dense rows may take as many bytes as the neighbour array (4 per entry).
constexpr std::size_t kDenseBytesPerEntry = 4;
// Rows of a ball's neighbours fetched ahead of reading them.
constexpr std::size_t kRowsAhead = 4;

// Bitsets cover the ids up to the last node with a neighbour: no other node is ever in a ball
// or a row. The removal numbers nodes by degree, so isolated ones come last (400,000 of rmat20's
// 2^20 ids) and every OR of a dense row reads that much less.
std::size_t BitsetWords(const SimpleAdjacency& a) {
  NodeId span = a.num_nodes();
  while (span > 0 && a.Degree(span - 1) == 0) --span;
  return (std::size_t{span} + 63) / 64;
}

void SetBit(std::uint64_t* bits, NodeId v) { bits[v / 64] |= std::uint64_t{1} << (v % 64); }
void ClearBit(std::uint64_t* bits, NodeId v) { bits[v / 64] &= ~(std::uint64_t{1} << (v % 64)); }

}  // namespace

AliveGraph::AliveGraph(const SimpleAdjacency& a, bool dense_rows)
    : offsets_(a.offsets), neighbors_(a.neighbors), k_(a.num_nodes()), words_(BitsetWords(a)) {
  const NodeId n = a.num_nodes();
  for (NodeId u = 0; u < n; ++u) k_[u] = static_cast<std::uint32_t>(a.Degree(u));
  if (!dense_rows || words_ == 0) return;
  std::vector<NodeId> dense;
  for (NodeId u = 0; u < n; ++u) {
    if (std::size_t{k_[u]} * kWordsPerEntry >= words_) dense.push_back(u);
  }
  std::sort(dense.begin(), dense.end(),
            [&](NodeId x, NodeId y) { return k_[x] != k_[y] ? k_[x] > k_[y] : x < y; });
  const std::size_t budget = kDenseBytesPerEntry * neighbors_.size() / (8 * words_);
  if (dense.size() > budget) dense.resize(budget);
  if (dense.empty()) return;
  dense_index_.assign(n, kNoDense);
  dense_bits_.assign(dense.size() * words_, 0);
  for (std::size_t d = 0; d < dense.size(); ++d) {
    dense_index_[dense[d]] = static_cast<std::uint32_t>(d);
    for (const NodeId w : Row(dense[d])) SetBit(dense_bits_.data() + d * words_, w);
  }
}

void AliveGraph::Remove(NodeId r) {
  for (const NodeId w : Row(r)) {
    NodeId* row = neighbors_.data() + offsets_[w];
    NodeId* last = row + --k_[w];
    *std::find(row, last, r) = *last;
    *last = r;
    if (!dense_index_.empty() && dense_index_[w] != kNoDense) {
      ClearBit(dense_bits_.data() + std::size_t{dense_index_[w]} * words_, r);
    }
  }
}

bool BallWalker::PreferBits(const AliveGraph& g, NodeId i) {
  // Visiting an entry with the stamp array costs a random access into 4 bytes per node; setting
  // its bit touches a bitset 32 times smaller (kEntriesPerBit of them per stamp visit); a dense
  // row costs its words, and the bitset is cleared and swept once.
  std::uint64_t entries = 0;
  std::uint64_t bits_cost = 2 * g.Words() / kWordsPerEntry;
  for (const NodeId u : g.Row(i)) {
    entries += g.Degree(u);
    bits_cost +=
        g.DenseRow(u) != nullptr ? g.Words() / kWordsPerEntry : g.Degree(u) / kEntriesPerBit;
  }
  return entries > bits_cost;
}

const std::uint64_t* BallWalker::SphereBits(const AliveGraph& g, NodeId i) {
  const std::size_t words = g.Words();
  bits_.assign(words, 0);
  std::uint64_t* __restrict ball = bits_.data();
  const auto center_row = g.Row(i);
  for (std::size_t j = 0; j < center_row.size(); ++j) {
    if (j + 2 * kRowsAhead < center_row.size()) {
      g.PrefetchRowStart(center_row[j + 2 * kRowsAhead]);
      g.PrefetchRow(center_row[j + kRowsAhead]);
    }
    const NodeId u = center_row[j];
    if (const std::uint64_t* __restrict row = g.DenseRow(u)) {
      for (std::size_t x = 0; x < words; ++x) ball[x] |= row[x];
    } else if (g.Degree(u) > 1) {  // a leaf's row is just i: not worth its cache miss
      for (const NodeId w : g.Row(u)) SetBit(ball, w);
    }
  }
  ClearBit(ball, i);
  for (const NodeId u : g.Row(i)) ClearBit(ball, u);
  return ball;
}

std::uint64_t BallWalker::Frontier2(const AliveGraph& g, NodeId i, std::vector<NodeId>* sphere) {
  if (sphere != nullptr) sphere->clear();
  std::uint64_t frontier = 0;
  if (PreferBits(g, i)) {
    const std::uint64_t* ball = SphereBits(g, i);
    for (std::size_t x = 0; x < g.Words(); ++x) {
      for (std::uint64_t bits = ball[x]; bits != 0; bits &= bits - 1) {
        const auto w = static_cast<NodeId>(x * 64 + std::countr_zero(bits));
        frontier += g.Degree(w) - 1;  // w has an alive neighbour, so its degree is >= 1
        if (sphere != nullptr) sphere->push_back(w);
      }
    }
    return frontier;
  }
  // Mark the ball of radius 1, then add each new node at distance 2 (no queue needed).
  const std::uint32_t e = NextEpoch();
  stamp_[i] = e;
  const auto center_row = g.Row(i);
  for (const NodeId u : center_row) stamp_[u] = e;
  for (std::size_t j = 0; j < center_row.size(); ++j) {
    if (j + 2 * kRowsAhead < center_row.size()) {
      g.PrefetchRowStart(center_row[j + 2 * kRowsAhead]);
      g.PrefetchRow(center_row[j + kRowsAhead]);
    }
    const NodeId u = center_row[j];
    if (g.Degree(u) <= 1) continue;  // a leaf's row is just i
    for (const NodeId w : g.Row(u)) {
      if (stamp_[w] == e) continue;
      stamp_[w] = e;
      frontier += g.Degree(w) - 1;
      if (sphere != nullptr) sphere->push_back(w);
    }
  }
  return frontier;
}

std::uint32_t BallWalker::NextEpoch() {
  if (++epoch_ == 0) {
    std::fill(stamp_.begin(), stamp_.end(), 0);
    epoch_ = 1;
  }
  return epoch_;
}

std::uint64_t NodeCi(const AliveGraph& g, NodeId i, int radius, BallWalker& walker) {
  const std::uint64_t ki = g.Degree(i);
  if (ki <= 1) return 0;
  std::uint64_t frontier = 0;
  if (radius == 0) {
    frontier = ki - 1;
  } else if (radius == 1) {
    for (const NodeId u : g.Row(i)) frontier += g.Degree(u) - 1;
  } else if (radius == 2) {
    frontier = walker.Frontier2(g, i);
  } else {
    walker.Walk(g, i, radius, [&](NodeId j, int d) {
      if (d == radius) frontier += g.Degree(j) - 1;
    });
  }
  return (ki - 1) * frontier;
}

std::uint64_t BallCost(const AliveGraph& g, NodeId i) {
  std::uint64_t cost = g.Degree(i);
  for (const NodeId u : g.Row(i)) cost += g.Degree(u);
  return cost;
}

std::uint64_t MassOutside(const AliveGraph& g, NodeId i, std::uint64_t mass) {
  std::uint64_t inside = g.Degree(i) - 1;
  for (const NodeId u : g.Row(i)) inside += g.Degree(u) - 1;
  return mass - inside;
}

}  // namespace ombak::centrality_internal
