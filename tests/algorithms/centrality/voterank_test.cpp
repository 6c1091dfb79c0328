// Tests of VoteRank: the published Florentine-families top four, networkx.voterank on random
// undirected multigraphs and on directed graphs with the networkx direction.
#include "algorithms/centrality/voterank.hpp"

#include <gtest/gtest.h>

#include "tests/algorithms/centrality/measure_test_graphs.hpp"

namespace ombak {
namespace {

using measure_testing::RandomGraph;

std::vector<NodeId> NetworkxVoteRank(const Digraph& g) {
  // networkx returns a list; NetworkxScores wants a dict by node, so pad the order with -1.
  const auto values = measure_testing::NetworkxScores(
      g, "(lambda order: {v: (order[v] if v < len(order) else -1) for v in G})(nx.voterank(G))");
  std::vector<NodeId> order;
  for (const double v : values) {
    if (v >= 0) order.push_back(static_cast<NodeId>(v));
  }
  return order;
}

//   0 - 1 - 2,  3 - 1: star around 1, then 0 (ties to the smaller id), <k> = 1.5.
TEST(VoteRankTest, TinyStar) {
  EdgeList e;
  for (auto [u, v] : {std::pair{0, 1}, {1, 2}, {1, 3}}) e.Add(u, v);
  BuildOptions o;
  o.undirected = true;
  const auto r = VoteRank(BuildDigraph(std::move(e), 4, o));
  // Round 1: node 1 gets 3 votes. Its voters 0, 2, 3 drop to ability 1 - 1/1.5 = 1/3; the
  // next round nobody can vote for a leaf (their only neighbour, 1, has ability 0): stop.
  EXPECT_EQ(r.spreaders, (std::vector<NodeId>{1}));
  EXPECT_EQ(r.votes, (std::vector<double>{3}));
}

TEST(VoteRankTest, FlorentineFamiliesTopFour) {
  if (!ombak::testing::PythonHasModules({"networkx"})) GTEST_SKIP() << "no networkx";
  std::vector<std::string> names;
  const Digraph g = measure_testing::NetworkxGraph("nx.florentine_families_graph()", &names);
  const auto r = VoteRank(g, {.max_spreaders = 4});
  ASSERT_EQ(r.spreaders.size(), 4u);
  std::vector<std::string> top;
  for (const NodeId v : r.spreaders) top.push_back(names[v]);
  EXPECT_EQ(top, (std::vector<std::string>{"Medici", "Strozzi", "Guadagni", "Castellani"}));
}

TEST(VoteRankTest, MatchesNetworkx) {
  if (!ombak::testing::PythonHasModules({"networkx"})) GTEST_SKIP() << "no networkx";
  const Digraph undirected =
      RandomGraph({.nodes = 80, .arcs = 160, .seed = 31, .undirected = true, .multi = true});
  EXPECT_EQ(VoteRank(undirected).spreaders, NetworkxVoteRank(undirected));
  // networkx credits the source of an arc with its target's vote: audience_votes = false.
  const Digraph directed = RandomGraph({.nodes = 80, .arcs = 200, .seed = 32});
  EXPECT_EQ(VoteRank(directed, {.audience_votes = false}).spreaders, NetworkxVoteRank(directed));
}

}  // namespace
}  // namespace ombak
