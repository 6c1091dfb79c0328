// Tests of PageRank: exact values on tiny graphs, networkx and igraph oracles on seeded random
// multigraphs, dangling policies, personalization, thread-count determinism, error messages.
#include "algorithms/centrality/pagerank.hpp"

#include <gtest/gtest.h>

#include "graph/adapters/igraph_adapter.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "tests/algorithms/centrality/measure_test_graphs.hpp"

namespace ombak {
namespace {

using measure_testing::ExpectNear;
using measure_testing::NetworkxScores;
using measure_testing::RandomGraph;
using measure_testing::RandomGraphSpec;

Digraph Arcs(NodeId n, std::vector<std::pair<NodeId, NodeId>> arcs) {
  EdgeList e;
  for (auto [u, v] : arcs) e.Add(u, v);
  return BuildDigraph(std::move(e), n);
}

// 0 -> 1 -> 2 -> 0: every node 1/3.
TEST(PageRankTest, CycleIsUniform) {
  const PageRankResult r = PageRank(Arcs(3, {{0, 1}, {1, 2}, {2, 0}}));
  EXPECT_TRUE(r.converged);
  for (const double s : r.scores) EXPECT_NEAR(s, 1.0 / 3, 1e-12);
}

// 0 -> 1, 1 dangling: x0 = 0.075 + 0.425 x1 and x0 + x1 = 1, so x0 = 0.5 / 1.425.
TEST(PageRankTest, DanglingNodeSpreadsUniformly) {
  const PageRankResult r = PageRank(Arcs(2, {{0, 1}}));
  EXPECT_NEAR(r.scores[0], 0.5 / 1.425, 1e-11);
  EXPECT_NEAR(r.scores[1], 1 - 0.5 / 1.425, 1e-11);
  EXPECT_LT(r.residual, 1e-10);
}

// kSelf equals giving every dangling node an explicit self-loop.
TEST(PageRankTest, SelfDanglingPolicyEqualsSelfLoops) {
  const Digraph g = RandomGraph({.nodes = 40, .arcs = 60, .seed = 3});
  EdgeList e;
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (NodeId v : g.out_neighbors(u)) e.Add(u, v);
    if (g.out_degree(u) == 0) e.Add(u, u);
  }
  const Digraph looped = BuildDigraph(std::move(e), g.num_nodes());
  const auto a = PageRank(g, {.dangling = DanglingPolicy::kSelf, .tolerance = 1e-14});
  const auto b = PageRank(looped, {.tolerance = 1e-14});
  ExpectNear(a.scores, b.scores, 1e-9);
}

struct Case {
  bool undirected, weighted, loops, multi;
};

class PageRankOracleTest : public ::testing::TestWithParam<Case> {};

TEST_P(PageRankOracleTest, MatchesNetworkx) {
  if (!ombak::testing::PythonHasModules({"networkx", "scipy"})) GTEST_SKIP() << "no networkx";
  const Case c = GetParam();
  for (std::uint64_t seed : {11}) {
    const Digraph g = RandomGraph({.nodes = 70,
                                   .arcs = 200,
                                   .seed = seed,
                                   .undirected = c.undirected,
                                   .weighted = c.weighted,
                                   .self_loops = c.loops,
                                   .multi = c.multi});
    const auto ours = PageRank(g, {.tolerance = 1e-14});
    EXPECT_TRUE(ours.converged);
    ExpectNear(ours.scores,
               NetworkxScores(g, "nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=100000)"), 1e-9);
    // Seeds with uniform dangling.
    const auto seeded = PageRank(
        g, {.seeds = {1, 5, 5, 9}, .dangling = DanglingPolicy::kUniform, .tolerance = 1e-14});
    ExpectNear(seeded.scores,
               NetworkxScores(g,
                              "nx.pagerank(G, alpha=0.7 + 0.15, personalization={1: 1, 5: 1, "
                              "9: 1}, dangling={v: 1 for v in G}, tol=1e-15, max_iter=100000)"),
               1e-9);
  }
}

INSTANTIATE_TEST_SUITE_P(Graphs, PageRankOracleTest,
                         ::testing::Values(Case{false, true, true, true},
                                           Case{true, true, true, true}));

// igraph's PRPACK solver on directed graphs without self-loops (PRPACK treats loops
// differently from networkx); multi-arcs and weights included.
TEST(PageRankTest, MatchesIgraphPrpack) {
  for (bool weighted : {false, true}) {
    const Digraph g =
        RandomGraph({.nodes = 80, .arcs = 300, .seed = 21, .weighted = weighted, .multi = true});
    IgraphGraph ig = ToIgraph(g);
    IgraphVector weights = IgraphWeights(g, ig);
    IgraphVector scores;
    igraph_real_t value = 0;
    IgraphCheck(
        igraph_pagerank(ig.get(), IGRAPH_PAGERANK_ALGO_PRPACK, scores.get(), &value,
                        igraph_vss_all(), true, 0.85, weighted ? weights.get() : nullptr, nullptr),
        "igraph_pagerank");
    ExpectNear(PageRank(g, {.tolerance = 1e-14}).scores, scores.ToStd(), 1e-9);
  }
}

TEST(PageRankTest, PersonalizationVectorIsNormalised) {
  const Digraph g = RandomGraph({.nodes = 30, .arcs = 90, .seed = 5});
  std::vector<double> p(30, 0.0);
  p[2] = 3.0;
  p[7] = 1.0;
  std::vector<double> q(30, 0.0);
  q[2] = 0.75;
  q[7] = 0.25;
  ExpectNear(PageRank(g, {.personalization = p}).scores, PageRank(g, {.personalization = q}).scores,
             1e-12);
}

TEST(PageRankTest, SameResultForOneAndTwoThreads) {
  const Digraph g = RandomGraph({.nodes = 6000, .arcs = 40000, .seed = 8, .weighted = true});
  SetThreads(1);
  const auto one = PageRank(g);
  SetThreads(2);
  const auto two = PageRank(g);
  EXPECT_EQ(one.scores, two.scores);
  EXPECT_EQ(one.iterations, two.iterations);
}

TEST(PageRankTest, IterationCapReportsNotConverged) {
  const Digraph g = RandomGraph({.nodes = 50, .arcs = 200, .seed = 2});
  const auto r = PageRank(g, {.max_iterations = 2});
  EXPECT_FALSE(r.converged);
  EXPECT_EQ(r.iterations, 2);
  EXPECT_GT(r.residual, 1e-10);
}

TEST(PageRankTest, EmptyGraph) { EXPECT_TRUE(PageRank(Digraph()).scores.empty()); }

void ExpectThrows(const Digraph& g, const PageRankOptions& o, const std::string& message) {
  try {
    PageRank(g, o);
    ADD_FAILURE() << "no exception, expected " << message;
  } catch (const InvalidArgument& e) {
    EXPECT_EQ(std::string(e.what()), message);
  }
}

TEST(PageRankTest, RejectsBadArguments) {
  const Digraph g = Arcs(3, {{0, 1}});
  ExpectThrows(g, {.damping = 1.5}, "damping must be in [0, 1), got 1.5");
  ExpectThrows(g, {.tolerance = 0}, "tolerance must be positive, got 0");
  ExpectThrows(g, {.max_iterations = 0}, "max_iterations must be positive, got 0");
  ExpectThrows(g, {.seeds = {4}}, "seeds[0] = 4 is not a node (the graph has 3 nodes)");
  ExpectThrows(g, {.seeds = {1}, .personalization = {1, 1, 1}},
               "give either seeds or personalization, not both");
  ExpectThrows(g, {.personalization = {1, 1}},
               "personalization has 2 entries, expected one per node (3)");
  ExpectThrows(g, {.personalization = {1, -1, 1}},
               "personalization[1] must be finite and nonnegative, got -1");
  ExpectThrows(g, {.personalization = {0, 0, 0}}, "personalization must have a positive sum");
  EdgeList e;
  e.Add(0, 1, -2.0f);
  ExpectThrows(BuildDigraph(std::move(e), 2), {},
               "edge weights must be finite and nonnegative, got -2 on edge 0");
}

}  // namespace
}  // namespace ombak
