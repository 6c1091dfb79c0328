// Tests of the machinery behind collective influence: the view renumbered by degree, radius-2
// boundary sums through dense (bitset) rows against plain row walks, and tracked boundary sums
// kept through removals against a fresh walk after every removal, including released and
// re-used slots.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "algorithms/centrality/ci_balls.hpp"
#include "algorithms/centrality/ci_tracked_balls.hpp"
#include "algorithms/centrality/simple_adjacency.hpp"
#include "graph/builder.hpp"
#include "graph/random.hpp"
#include "tests/algorithms/centrality/measure_test_graphs.hpp"

namespace ombak {
namespace {

using centrality_internal::AliveGraph;
using centrality_internal::BallWalker;
using centrality_internal::BuildSimpleAdjacency;
using centrality_internal::RenumberedByDegree;
using centrality_internal::SimpleAdjacency;
using centrality_internal::TrackedBalls;
using measure_testing::HubGraph;

// A random removal order of all nodes.
std::vector<NodeId> Shuffled(NodeId n, std::uint64_t seed) {
  std::vector<NodeId> order(n);
  for (NodeId v = 0; v < n; ++v) order[v] = v;
  RandomStream rng(seed, 1);
  for (NodeId v = n; v > 1; --v) std::swap(order[v - 1], order[rng.Below(v)]);
  return order;
}

// Degrees non-increasing in the new ids, ties in the old id order; every row is the old row
// renamed, sorted.
TEST(RenumberedByDegreeTest, SameGraphHubsFirst) {
  const Digraph g = HubGraph(400, 3000, 5);
  const SimpleAdjacency a = BuildSimpleAdjacency(g);
  std::vector<NodeId> original;
  const SimpleAdjacency r = RenumberedByDegree(a, &original);
  const NodeId n = a.num_nodes();
  ASSERT_EQ(r.num_nodes(), n);
  ASSERT_EQ(original.size(), n);
  std::vector<NodeId> renamed(n, kNoNode);
  for (NodeId v = 0; v < n; ++v) renamed[original[v]] = v;
  for (NodeId u = 0; u < n; ++u) ASSERT_NE(renamed[u], kNoNode) << "not a permutation";
  for (NodeId v = 0; v + 1 < n; ++v) {
    const auto k = r.Degree(v), next = r.Degree(v + 1);
    ASSERT_TRUE(k > next || (k == next && original[v] < original[v + 1])) << v;
  }
  EXPECT_EQ(a.Degree(original[0]), r.Degree(0));
  EXPECT_GT(r.Degree(0), r.Degree(n - 1));
  for (NodeId v = 0; v < n; ++v) {
    std::vector<NodeId> expected;
    for (const NodeId w : a.Neighbors(original[v])) expected.push_back(renamed[w]);
    std::sort(expected.begin(), expected.end());
    const auto row = r.Neighbors(v);
    ASSERT_EQ(std::vector<NodeId>(row.begin(), row.end()), expected) << "row of " << v;
  }
}

// Removes order[0..steps) one by one from a view with dense rows and one without; before each
// removal, every stride-th node's radius-2 boundary sum and sphere agree between the two.
void ExpectDenseRowsMatchRowWalks(const SimpleAdjacency& a, const std::vector<NodeId>& order,
                                  std::size_t steps, NodeId stride) {
  AliveGraph dense(a, true);
  AliveGraph plain(a, false);
  ASSERT_TRUE(dense.HasDenseRows());
  ASSERT_FALSE(plain.HasDenseRows());
  BallWalker walker(a.num_nodes());
  std::vector<NodeId> s1, s2;
  for (std::size_t step = 0; step < steps; ++step) {
    for (NodeId i = 0; i < a.num_nodes(); i += stride) {
      if (dense.Degree(i) == 0) continue;
      ASSERT_EQ(walker.Frontier2(dense, i, &s1), walker.Frontier2(plain, i, &s2)) << i;
      std::sort(s1.begin(), s1.end());
      std::sort(s2.begin(), s2.end());
      ASSERT_EQ(s1, s2) << "sphere of " << i << " after " << step << " removals";
    }
    dense.Remove(order[step]);
    plain.Remove(order[step]);
  }
}

TEST(CiBallsTest, DenseRowsGiveTheSameSpheresAsRowWalks) {
  const Digraph g = HubGraph(500, 8000, 3);
  ExpectDenseRowsMatchRowWalks(BuildSimpleAdjacency(g), Shuffled(g.num_nodes(), 3), 300, 7);
}

// Isolated ids after the last node with a neighbour (where the removal's numbering by degree
// puts them) get no bitset words, and the spheres through dense rows stay those of row walks.
TEST(CiBallsTest, BitsetsEndAtTheLastNodeWithANeighbour) {
  const Digraph hubs = HubGraph(300, 6000, 9);
  EdgeList e;
  for (NodeId u = 0; u < hubs.num_nodes(); ++u) {
    for (const NodeId v : hubs.out_neighbors(u)) e.Add(u, v);
  }
  const Digraph g = BuildDigraph(std::move(e), 800);  // ids 300..799 have no arcs
  const SimpleAdjacency a = BuildSimpleAdjacency(g);
  NodeId span = 0;
  for (NodeId u = 0; u < g.num_nodes(); ++u) span = a.Degree(u) > 0 ? u + 1 : span;
  const AliveGraph dense(a, true);
  EXPECT_EQ(dense.Words(), (span + 63) / 64);
  EXPECT_LT(dense.Words(), (g.num_nodes() + 63) / 64);
  ExpectDenseRowsMatchRowWalks(a, Shuffled(span, 4), 100, 1);
}

// Tracks many nodes (more than the table holds, so slots are released, wiped and re-used) and
// checks every tracked sum against a fresh walk after each removal.
TEST(CiTrackedBallsTest, SumsFollowRemovalsExactly) {
  const NodeId n = 700;
  const Digraph g = HubGraph(n, 9000, 8);
  const SimpleAdjacency a = BuildSimpleAdjacency(g);
  AliveGraph graph(a, true);
  TrackedBalls tracked(n);
  BallWalker walker(n);
  std::vector<char> alive(n, 1);
  std::vector<NodeId> sphere;
  const std::vector<NodeId> order = Shuffled(n, 8);
  RandomStream rng(8, 2);
  int tracked_total = 0;
  for (std::size_t step = 0; step + 1 < n; ++step) {
    // Track a few untracked alive nodes, releasing random slots when the table is full.
    for (int x = 0; x < 4; ++x) {
      const auto t = static_cast<NodeId>(rng.Below(n));
      if (!alive[t] || tracked.SlotOf(t) >= 0 || graph.Degree(t) < 2) continue;
      int slot = tracked.FreeSlot();
      if (slot < 0) {
        for (int r = 0; r < 20; ++r) {
          const auto s = static_cast<int>(rng.Below(TrackedBalls::kSlots));
          if (tracked.Used(s)) tracked.Release(s);
        }
        slot = tracked.FreeSlot();
      }
      ASSERT_GE(slot, 0);
      const std::uint64_t frontier = walker.Frontier2(graph, t, &sphere);
      tracked.Track(graph, t, slot, sphere, frontier);
      ++tracked_total;
    }
    const NodeId r = order[step];
    if (tracked.SlotOf(r) >= 0) tracked.Release(tracked.SlotOf(r));
    tracked.OnRemove(graph, r);
    graph.Remove(r);
    alive[r] = 0;
    for (int s = 0; s < TrackedBalls::kSlots; ++s) {
      if (!tracked.Used(s)) continue;
      ASSERT_EQ(tracked.Frontier(s), walker.Frontier2(graph, tracked.Node(s)))
          << "node " << tracked.Node(s) << " after removing " << r << " (step " << step << ")";
    }
  }
  EXPECT_GT(tracked_total, 2 * TrackedBalls::kSlots);  // slots were re-used
}

}  // namespace
}  // namespace ombak
