// Tests of collective influence and the dismantling curve: CI values on a drawn graph, the
// adaptive removal against a brute-force serial verifier (recompute every CI after every
// removal), reinsertion invariants, the dismantling curve against a BFS recount.
#include "algorithms/centrality/collective_influence.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <queue>

#include "algorithms/centrality/dismantling.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "tests/algorithms/centrality/measure_test_graphs.hpp"

namespace ombak {
namespace {

using measure_testing::HubGraph;
using measure_testing::RandomGraph;

// Brute-force CI_l by BFS on the simple undirected view restricted to alive nodes.
std::vector<std::uint64_t> BruteCi(const Digraph& g, const std::vector<char>& alive, int l) {
  const NodeId n = g.num_nodes();
  std::vector<std::vector<NodeId>> adj(n);
  for (NodeId u = 0; u < n; ++u) {
    for (NodeId v : g.out_neighbors(u)) {
      if (u != v && alive[u] && alive[v]) {
        adj[u].push_back(v);
        adj[v].push_back(u);
      }
    }
  }
  for (auto& a : adj) {
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
  }
  std::vector<std::uint64_t> ci(n, 0);
  for (NodeId i = 0; i < n; ++i) {
    if (!alive[i] || adj[i].size() <= 1) continue;
    std::vector<int> dist(n, -1);
    std::queue<NodeId> q;
    dist[i] = 0;
    q.push(i);
    std::uint64_t frontier = 0;
    while (!q.empty()) {
      const NodeId u = q.front();
      q.pop();
      if (dist[u] == l) {
        frontier += adj[u].size() - 1;
        continue;
      }
      for (NodeId v : adj[u]) {
        if (dist[v] < 0) {
          dist[v] = dist[u] + 1;
          q.push(v);
        }
      }
    }
    ci[i] = (adj[i].size() - 1) * frontier;
  }
  return ci;
}

//   0 - 1 - 2 - 3 - 4 (path). CI_1(2) = (2-1) * ((2-1) + (2-1)) = 2; CI_2(2) = 1 * (0 + 0) = 0;
//   CI_2(1) = 1 * (k_3 - 1) = 1.
TEST(CollectiveInfluenceTest, PathValues) {
  EdgeList e;
  for (NodeId u = 0; u < 4; ++u) e.Add(u, u + 1);
  const Digraph g = BuildDigraph(std::move(e), 5);
  EXPECT_EQ(CollectiveInfluenceScores(g, 1), (std::vector<double>{0, 1, 2, 1, 0}));
  EXPECT_EQ(CollectiveInfluenceScores(g, 2), (std::vector<double>{0, 1, 0, 1, 0}));
}

TEST(CollectiveInfluenceTest, ScoresMatchBruteForce) {
  const Digraph g =
      RandomGraph({.nodes = 150, .arcs = 400, .seed = 17, .self_loops = true, .multi = true});
  const std::vector<char> alive(g.num_nodes(), 1);
  for (int l : {0, 1, 2, 3}) {
    const auto brute = BruteCi(g, alive, l);
    EXPECT_EQ(CollectiveInfluenceScores(g, l), std::vector<double>(brute.begin(), brute.end()));
  }
}

// The adaptive removal takes, at every step, the alive node of largest CI (smallest id on ties).
TEST(CollectiveInfluenceTest, AdaptiveRemovalMatchesBruteForce) {
  for (int l : {1, 2, 3}) {
    const Digraph g = RandomGraph({.nodes = 120, .arcs = 300, .seed = 40u + l});
    const auto r = CollectiveInfluence(g, {.radius = l, .reinsertion = false});
    std::vector<char> alive(g.num_nodes(), 1);
    std::vector<NodeId> expected;
    while (true) {
      const auto ci = BruteCi(g, alive, l);
      const auto best = std::max_element(ci.begin(), ci.end());
      if (*best == 0) break;
      expected.push_back(static_cast<NodeId>(best - ci.begin()));
      alive[expected.back()] = 0;
    }
    ASSERT_EQ(r.num_adaptive_removed, expected.size()) << "radius " << l;
    EXPECT_TRUE(std::equal(expected.begin(), expected.end(), r.removal_order.begin()))
        << "radius " << l;
    EXPECT_EQ(r.removal_order.size(), g.num_nodes());
  }
}

// The removal runs on nodes renumbered by degree; the nodes it never takes still close the
// order by degree, ties by the caller's id.
TEST(CollectiveInfluenceTest, NeverRemovedNodesCloseTheOrderByDegreeThenId) {
  const Digraph g = RandomGraph({.nodes = 200, .arcs = 260, .seed = 12, .undirected = true});
  const auto r = CollectiveInfluence(g, {.radius = 2, .reinsertion = false});
  std::vector<std::uint64_t> degree(g.num_nodes(), 0);
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (const NodeId v : g.out_neighbors(u)) {
      if (u != v) ++degree[u];  // stored symmetrically: the out-list is the undirected row
    }
  }
  ASSERT_LT(r.num_adaptive_removed + 10, g.num_nodes());
  for (std::size_t x = r.num_adaptive_removed; x + 1 < r.removal_order.size(); ++x) {
    const NodeId u = r.removal_order[x], v = r.removal_order[x + 1];
    ASSERT_TRUE(degree[u] > degree[v] || (degree[u] == degree[v] && u < v)) << x;
  }
}

// Hubs make the balls large enough for the lazy phase to recompute them on two threads; the
// order must still be the serial greedy one.
TEST(CollectiveInfluenceTest, HubGraphMatchesBruteForceOnTwoThreads) {
  const NodeId n = 300;
  const Digraph g = HubGraph(n, 6000, 99);
  std::vector<char> alive(n, 1);
  std::vector<NodeId> expected;
  while (true) {
    const auto ci = BruteCi(g, alive, 2);
    const auto best = std::max_element(ci.begin(), ci.end());
    if (*best == 0) break;
    expected.push_back(static_cast<NodeId>(best - ci.begin()));
    alive[expected.back()] = 0;
  }
  for (int threads : {2, 1}) {
    SetThreads(threads);
    const auto r = CollectiveInfluence(g, {.radius = 2, .reinsertion = false});
    ASSERT_EQ(r.num_adaptive_removed, expected.size()) << threads << " threads";
    EXPECT_TRUE(std::equal(expected.begin(), expected.end(), r.removal_order.begin()))
        << threads << " threads";
  }
  SetThreads(2);
}

// Balls large enough to be computed two at a time on two threads (and hubs with dense rows and
// tracked balls): the order must not depend on the thread count.
TEST(CollectiveInfluenceTest, LargeHubGraphSameOrderOnOneAndTwoThreads) {
  const Digraph g = HubGraph(4000, 120000, 7, /*hub_targets=*/true);
  SetThreads(1);
  const auto one = CollectiveInfluence(g, {.radius = 2});
  SetThreads(2);
  const auto two = CollectiveInfluence(g, {.radius = 2});
  EXPECT_GT(one.num_adaptive_removed, 100u);
  EXPECT_EQ(one.removal_order, two.removal_order);
  EXPECT_EQ(one.removal_ci, two.removal_ci);
}

TEST(CollectiveInfluenceTest, ReinsertionKeepsGiantSmall) {
  const Digraph g = RandomGraph({.nodes = 400, .arcs = 1200, .seed = 5, .undirected = true});
  const auto plain = CollectiveInfluence(g, {.reinsertion = false});
  const auto r = CollectiveInfluence(g, {.reinsertion_target = 0.05});
  EXPECT_LE(r.num_removed, plain.num_removed);
  const auto curve = Dismantle(g, r.removal_order);
  EXPECT_LE(curve.giant_fraction[r.num_removed], 0.05 + 1e-12);
  std::vector<NodeId> sorted = r.removal_order;
  std::sort(sorted.begin(), sorted.end());
  for (NodeId v = 0; v < g.num_nodes(); ++v) EXPECT_EQ(sorted[v], v);
  SetThreads(1);
  const auto one = CollectiveInfluence(g);
  SetThreads(2);
  EXPECT_EQ(one.removal_order, CollectiveInfluence(g).removal_order);
}

TEST(CollectiveInfluenceTest, RejectsBadOptions) {
  try {
    CollectiveInfluence(Digraph(), {.radius = -1});
    ADD_FAILURE();
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "radius must be nonnegative, got -1");
  }
  try {
    CollectiveInfluence(Digraph(), {.reinsertion_target = 0});
    ADD_FAILURE();
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "reinsertion_target must be in (0, 1], got 0");
  }
}

// Largest weak component by BFS after removing a prefix.
double BruteGiant(const Digraph& g, const std::vector<NodeId>& order, std::size_t k) {
  std::vector<char> gone(g.num_nodes(), 0);
  for (std::size_t i = 0; i < k; ++i) gone[order[i]] = 1;
  std::vector<char> seen(g.num_nodes(), 0);
  std::size_t best = 0;
  for (NodeId s = 0; s < g.num_nodes(); ++s) {
    if (gone[s] || seen[s]) continue;
    std::vector<NodeId> stack{s};
    seen[s] = 1;
    std::size_t size = 0;
    while (!stack.empty()) {
      const NodeId u = stack.back();
      stack.pop_back();
      ++size;
      auto visit = [&](NodeId v) {
        if (!gone[v] && !seen[v]) {
          seen[v] = 1;
          stack.push_back(v);
        }
      };
      for (NodeId v : g.out_neighbors(u)) visit(v);
      for (NodeId v : g.in_neighbors(u)) visit(v);
    }
    best = std::max(best, size);
  }
  return static_cast<double>(best) / g.num_nodes();
}

TEST(DismantlingTest, MatchesBfsRecount) {
  const Digraph g =
      RandomGraph({.nodes = 200, .arcs = 300, .seed = 8, .self_loops = true, .multi = true});
  std::vector<NodeId> order;
  for (NodeId v = 0; v < 120; ++v) order.push_back((v * 37) % 200);
  const auto curve = Dismantle(g, order);
  ASSERT_EQ(curve.giant_fraction.size(), order.size() + 1);
  for (std::size_t k = 0; k <= order.size(); ++k) {
    EXPECT_DOUBLE_EQ(curve.giant_fraction[k], BruteGiant(g, order, k)) << "k = " << k;
  }
}

//   0 - 1 - 2: removing 1 leaves singletons.
TEST(DismantlingTest, TinyPath) {
  EdgeList e;
  e.Add(0, 1);
  e.Add(1, 2);
  const auto curve = Dismantle(BuildDigraph(std::move(e), 3), {1, 0, 2});
  EXPECT_EQ(curve.giant_fraction, (std::vector<double>{1.0, 1.0 / 3, 1.0 / 3, 0.0}));
  EXPECT_DOUBLE_EQ(curve.robustness, (2.0 / 3) / 3);
}

TEST(DismantlingTest, RejectsBadOrder) {
  EdgeList e;
  e.Add(0, 1);
  const Digraph g = BuildDigraph(std::move(e), 2);
  try {
    Dismantle(g, {1, 1});
    ADD_FAILURE();
  } catch (const InvalidArgument& ex) {
    EXPECT_STREQ(ex.what(), "order[1] = 1 repeats a node");
  }
  try {
    Dismantle(g, {5});
    ADD_FAILURE();
  } catch (const InvalidArgument& ex) {
    EXPECT_STREQ(ex.what(), "order[0] = 5 is not a node (the graph has 2 nodes)");
  }
}

}  // namespace
}  // namespace ombak
