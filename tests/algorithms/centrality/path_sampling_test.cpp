// Tests of the pieces behind approximate betweenness: the vertex-diameter bound (hand-computed
// values and a brute-force check that it is never below the true vertex diameter) and the
// bidirectional shortest-path sampler (drawn graph frequencies, and on random graphs: the path
// is a shortest path, and each node's frequency matches sigma(s,w) sigma(w,t) / sigma(s,t)).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "algorithms/centrality/shortest_path_sampler.hpp"
#include "algorithms/centrality/vertex_diameter.hpp"
#include "algorithms/common/shortest_path_counts.hpp"
#include "graph/builder.hpp"
#include "tests/algorithms/centrality/path_test_graphs.hpp"

namespace ombak {
namespace {

using testing::RandomTestGraph;

Digraph Arcs(std::vector<std::pair<NodeId, NodeId>> arcs, NodeId n) {
  EdgeList edges;
  for (const auto& [u, v] : arcs) edges.Add(u, v);
  return BuildDigraph(std::move(edges), n, {.duplicates = DuplicatePolicy::kKeepAll});
}

// The most nodes on a shortest path, by a BFS from every node.
std::uint64_t TrueVertexDiameter(const Digraph& g) {
  ShortestPathSearch search(g.num_nodes());
  std::uint64_t most = g.num_nodes() > 0 ? 1 : 0;
  for (NodeId s = 0; s < g.num_nodes(); ++s) {
    search.Run(g, s, {.direction = PathDirection::kOut, .count_paths = false});
    most = std::max<std::uint64_t>(most, static_cast<std::uint64_t>(search.Eccentricity()) + 1);
  }
  return most;
}

//   0 -> 1 -> 2 -> 3 -> 0   (strong, 4 nodes: ecc_out(0) = ecc_in(0) = 3, capped at 4)
//                  3 -> 4 <-> 5   (strong, 2 nodes)
//                         5 -> 6   (alone)
// Heaviest chain 4 + 2 + 1 = 7 = the nodes of the shortest path 0 -> 1 -> ... -> 6.
TEST(VertexDiameterTest, DirectedChainsStrongComponents) {
  const Digraph g = Arcs({{0, 1}, {1, 2}, {2, 3}, {3, 0}, {3, 4}, {4, 5}, {5, 4}, {5, 6}}, 7);
  EXPECT_EQ(VertexDiameterBound(g, false), 7u);
  EXPECT_EQ(TrueVertexDiameter(g), 7u);
}

//   a bidirected star around 0 with leaves 1..6: ecc_out(0) = ecc_in(0) = 1, so 3 < 7 nodes
TEST(VertexDiameterTest, StrongComponentUsesEccentricities) {
  std::vector<std::pair<NodeId, NodeId>> arcs;
  for (NodeId v = 1; v <= 6; ++v) {
    arcs.push_back({0, v});
    arcs.push_back({v, 0});
  }
  EXPECT_EQ(VertexDiameterBound(Arcs(arcs, 7), false), 3u);
}

TEST(VertexDiameterTest, NeverBelowTheTrueVertexDiameter) {
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    for (const bool undirected : {false, true}) {
      const Digraph g = RandomTestGraph({.n = 40,
                                         .m = static_cast<EdgeId>(30 + 3 * seed),
                                         .undirected = undirected,
                                         .seed = seed});
      EXPECT_GE(VertexDiameterBound(g, false), TrueVertexDiameter(g)) << seed << undirected;
    }
  }
}

//   s=0 -> a=1 -> c=3 -> t=5      three shortest paths: 0-1-3-5, 0-1-4-5, 0-2-4-5
//      \     \-> d=4 ->/          so a and d lie on 2/3 of them, b and c on 1/3
//       \-> b=2 -/
TEST(ShortestPathSamplerTest, DrawnGraphFrequencies) {
  const Digraph g = Arcs({{0, 1}, {0, 2}, {1, 3}, {1, 4}, {2, 4}, {3, 5}, {4, 5}}, 6);
  ShortestPathSampler sampler(g.num_nodes());
  std::vector<NodeId> interior;
  std::vector<double> share(6, 0.0);
  const int draws = 30000;
  for (int i = 0; i < draws; ++i) {
    RandomStream rng(3, i);
    ASSERT_TRUE(sampler.Sample(g, 0, 5, rng, interior));
    ASSERT_EQ(interior.size(), 2u);
    ASSERT_TRUE(interior[0] == 1 || interior[0] == 2);  // in path order
    for (NodeId w : interior) share[w] += 1.0 / draws;
  }
  EXPECT_NEAR(share[1], 2.0 / 3, 0.02);
  EXPECT_NEAR(share[2], 1.0 / 3, 0.02);
  EXPECT_NEAR(share[3], 1.0 / 3, 0.02);
  EXPECT_NEAR(share[4], 2.0 / 3, 0.02);
  RandomStream rng(1, 0);
  EXPECT_FALSE(sampler.Sample(g, 5, 0, rng, interior));
  EXPECT_TRUE(interior.empty());
  EXPECT_TRUE(sampler.Sample(g, 0, 1, rng, interior));
  EXPECT_TRUE(interior.empty());
}

// For random pairs: the sampled path follows arcs and has d(s, t) - 1 interior nodes; the
// sampler fails exactly when t is unreachable; frequencies match the exact probabilities.
TEST(ShortestPathSamplerTest, UniformOverShortestPathsOnRandomGraphs) {
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    const Digraph g = RandomTestGraph({.n = 80, .m = 260, .multi_edges = true, .seed = seed});
    const NodeId n = g.num_nodes();
    ShortestPathSampler sampler(n);
    ShortestPathSearch from_s(n);
    ShortestPathSearch to_t(n);
    std::vector<NodeId> interior;
    RandomStream pairs(seed, 99);
    for (int trial = 0; trial < 25; ++trial) {
      const auto s = static_cast<NodeId>(pairs.Below(n));
      const auto t = static_cast<NodeId>((s + 1 + pairs.Below(n - 1)) % n);
      from_s.Run(g, s, {.direction = PathDirection::kOut});
      to_t.Run(g, t, {.direction = PathDirection::kIn});
      RandomStream rng(seed, trial);
      const bool found = sampler.Sample(g, s, t, rng, interior);
      ASSERT_EQ(found, from_s.reached(t));
      if (!found) continue;
      const std::uint32_t d = from_s.level(t);
      ASSERT_EQ(interior.size(), d - 1);
      NodeId previous = s;
      for (std::size_t k = 0; k <= interior.size(); ++k) {
        const NodeId next = k < interior.size() ? interior[k] : t;
        ASSERT_NE(g.FindEdge(previous, next), kNoEdge);
        previous = next;
      }
      if (d < 3) continue;
      std::vector<double> share(n, 0.0);
      const int draws = 4000;
      for (int i = 0; i < draws; ++i) {
        RandomStream draw(seed * 1000 + trial, i);
        sampler.Sample(g, s, t, draw, interior);
        for (NodeId w : interior) share[w] += 1.0 / draws;
      }
      for (NodeId w = 0; w < n; ++w) {
        double exact = 0.0;
        if (w != s && w != t && from_s.reached(w) && to_t.reached(w) &&
            from_s.level(w) + to_t.level(w) == d) {
          exact = from_s.sigma(w) * to_t.sigma(w) / from_s.sigma(t);
        }
        EXPECT_NEAR(share[w], exact, 0.04) << "seed " << seed << " pair " << s << "->" << t;
      }
    }
  }
}

}  // namespace
}  // namespace ombak
