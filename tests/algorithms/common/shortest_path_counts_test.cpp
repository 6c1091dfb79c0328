// Tests of ShortestPathSearch: levels, path counts, directions, early stop, Dijkstra ties and
// workspace reuse on drawn graphs.
#include "algorithms/common/shortest_path_counts.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "graph/builder.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

//      1
//    ^   \        diamond 0 -> {1, 2} -> 3 -> 4, plus the isolated node 5
//  0       > 3 -> 4
//    v   /
//      2
Digraph Diamond(std::vector<Weight> weights = {}) {
  EdgeList edges;
  const std::pair<NodeId, NodeId> arcs[] = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}};
  for (std::size_t i = 0; i < 5; ++i) {
    if (weights.empty()) {
      edges.Add(arcs[i].first, arcs[i].second);
    } else {
      edges.Add(arcs[i].first, arcs[i].second, weights[i]);
    }
  }
  return BuildDigraph(std::move(edges), 6);
}

TEST(ShortestPathSearchTest, BfsLevelsAndCounts) {
  const Digraph g = Diamond();
  ShortestPathSearch search(g.num_nodes());
  search.Run(g, 0, {});
  EXPECT_EQ(search.order().size(), 5u);
  EXPECT_EQ(search.order()[0], 0u);
  EXPECT_EQ(search.level(3), 2u);
  EXPECT_DOUBLE_EQ(search.sigma(3), 2.0);
  EXPECT_DOUBLE_EQ(search.sigma(4), 2.0);
  EXPECT_DOUBLE_EQ(search.Eccentricity(), 3.0);
  EXPECT_FALSE(search.reached(5));
  // Against the arcs: who reaches 4, and how far.
  search.Run(g, 4, {.direction = PathDirection::kIn});
  EXPECT_EQ(search.order().size(), 5u);
  EXPECT_DOUBLE_EQ(search.Distance(0), 3.0);
  EXPECT_DOUBLE_EQ(search.sigma(0), 2.0);
  // Both ways from 1: 0 and 3 at 1, then 2 and 4 at 2 (2 reached via 0 and via 3).
  search.Run(g, 1, {.direction = PathDirection::kAll});
  EXPECT_DOUBLE_EQ(search.Distance(2), 2.0);
  EXPECT_DOUBLE_EQ(search.sigma(2), 2.0);
  EXPECT_FALSE(search.reached(5));
}

TEST(ShortestPathSearchTest, StopAtFinishesTheTargetLevel) {
  const Digraph g = Diamond();
  ShortestPathSearch search(g.num_nodes());
  search.Run(g, 0, {.stop_at = 3});
  EXPECT_TRUE(search.settled(3));
  EXPECT_DOUBLE_EQ(search.sigma(3), 2.0);
  EXPECT_FALSE(search.reached(4));
  // The workspace resets: a full search afterwards sees everything again.
  search.Run(g, 0, {});
  EXPECT_TRUE(search.reached(4));
}

TEST(ShortestPathSearchTest, DijkstraTiesAndStop) {
  // 0->1 (1), 0->2 (2), 1->3 (2), 2->3 (1), 3->4 (1): both routes to 3 have length 3.
  const Digraph g = Diamond({1, 2, 2, 1, 1});
  ShortestPathSearch search(g.num_nodes());
  search.Run(g, 0, {.use_weights = true});
  EXPECT_TRUE(search.weighted());
  EXPECT_DOUBLE_EQ(search.Distance(3), 3.0);
  EXPECT_DOUBLE_EQ(search.sigma(3), 2.0);
  EXPECT_DOUBLE_EQ(search.Eccentricity(), 4.0);
  search.Run(g, 0, {.use_weights = true, .stop_at = 2});
  EXPECT_TRUE(search.settled(2));
  EXPECT_FALSE(search.settled(3));
  search.Run(g, 0, {.use_weights = false});  // weights ignored when not asked for
  EXPECT_FALSE(search.weighted());
  EXPECT_DOUBLE_EQ(search.Distance(4), 3.0);
}

TEST(ShortestPathSearchTest, WeightChecks) {
  const Digraph bad = Diamond({1, 2, 0, 1, 1});
  try {
    CheckPositiveWeights(bad, true);
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "weights must be finite and > 0 (they are lengths), got 0 on arc 1->3");
  }
  EXPECT_NO_THROW(CheckPositiveWeights(bad, false));
  EXPECT_TRUE(SameDistance(0.1 + 0.2, 0.3));
  EXPECT_FALSE(SameDistance(1.0, 1.0 + 1e-9));
  EXPECT_EQ(PathDirectionName(ParsePathDirection("in", "mode")), "in");
}

}  // namespace
}  // namespace ombak
