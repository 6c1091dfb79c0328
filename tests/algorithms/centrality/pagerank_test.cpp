// Tests of PageRank: exact values on tiny graphs, networkx and igraph oracles on seeded random
// multigraphs, dangling policies, personalization, thread-count determinism, error messages.
#include "algorithms/centrality/pagerank.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

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

// 0 -> 1, 1 dangling: x0 = 0.075 + 0.425 x1 and x0 + x1 = 1, so x0 = 0.5 / 1.425. The error
// shrinks by 0.425 per sweep, so stopping at an L1 change below 1e-10 leaves an L1 error of at
// most 1e-10 * 0.425 / (1 - 0.425) = 7.4e-11, i.e. 3.7e-11 per node.
TEST(PageRankTest, DanglingNodeSpreadsUniformly) {
  const PageRankResult r = PageRank(Arcs(2, {{0, 1}}));
  EXPECT_NEAR(r.scores[0], 0.5 / 1.425, 3.7e-11);
  EXPECT_NEAR(r.scores[1], 1 - 0.5 / 1.425, 3.7e-11);
  EXPECT_LT(r.residual, 1e-10);
  const PageRankResult tight = PageRank(Arcs(2, {{0, 1}}), {.tolerance = 1e-13});
  EXPECT_NEAR(tight.scores[0], 0.5 / 1.425, 1e-13);
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

// Independent serial verifier: a push-style power iteration in double throughout, with the same
// stopping rule (L1 change below the tolerance), teleport distribution p, dangling mass to p or
// kept in place.
struct Reference {
  std::vector<double> scores;
  int iterations = 0;
};

Reference ReferencePageRank(const Digraph& g, double d, const std::vector<double>& p,
                            bool self_dangling, double tolerance) {
  const NodeId n = g.num_nodes();
  std::vector<double> strength(n, 0.0);
  for (NodeId u = 0; u < n; ++u) {
    for (EdgeId e = g.out_edge_begin(u); e < g.out_edge_begin(u) + g.out_degree(u); ++e) {
      strength[u] += g.has_weights() ? g.weight(e) : 1.0;
    }
  }
  Reference r;
  std::vector<double> x(n, 1.0 / n), y(n);
  for (r.iterations = 1; r.iterations <= 10000; ++r.iterations) {
    std::fill(y.begin(), y.end(), 0.0);
    double dangling = 0.0;
    for (NodeId u = 0; u < n; ++u) {
      if (strength[u] == 0.0) {
        if (self_dangling) {
          y[u] += d * x[u];
        } else {
          dangling += x[u];
        }
        continue;
      }
      const auto targets = g.out_neighbors(u);
      for (std::size_t i = 0; i < targets.size(); ++i) {
        const double w = g.has_weights() ? g.weight(g.out_edge_begin(u) + i) : 1.0;
        y[targets[i]] += d * x[u] * w / strength[u];
      }
    }
    double residual = 0.0;
    for (NodeId v = 0; v < n; ++v) {
      y[v] += (1.0 - d + d * dangling) * p[v];
      residual += std::abs(y[v] - x[v]);
    }
    x.swap(y);
    if (residual < tolerance) break;
  }
  double total = 0.0;
  for (const double v : x) total += v;
  for (double& v : x) v /= total;
  r.scores = std::move(x);
  return r;
}

// The mixed-precision iteration (float gathers with refinements into a double part) must give the
// all-double result to within the tolerance, and stop at the same sweep give or take one.
TEST(PageRankTest, MatchesSerialDoubleVerifier) {
  const Digraph g = RandomGraph({.nodes = 20000,
                                 .arcs = 100000,
                                 .seed = 31,
                                 .weighted = true,
                                 .self_loops = true,
                                 .multi = true,
                                 .isolated = 500});
  const NodeId n = g.num_nodes();
  std::vector<double> p(n, 0.0);
  for (NodeId v = 0; v < n; v += 7) p[v] = 1.0 + v % 3;
  double sum = 0.0;
  for (const double v : p) sum += v;
  std::vector<double> normalised = p;
  for (double& v : normalised) v /= sum;
  for (const double tolerance : {1e-10, 1e-13}) {
    const Reference uniform =
        ReferencePageRank(g, 0.85, std::vector<double>(n, 1.0 / n), false, tolerance);
    const PageRankResult ours = PageRank(g, {.tolerance = tolerance});
    EXPECT_TRUE(ours.converged);
    EXPECT_NEAR(ours.iterations, uniform.iterations, 1);
    double l1 = 0.0;
    for (NodeId v = 0; v < n; ++v) l1 += std::abs(ours.scores[v] - uniform.scores[v]);
    EXPECT_LT(l1, 10 * tolerance) << "tolerance " << tolerance;

    const Reference self = ReferencePageRank(g, 0.9, normalised, true, tolerance);
    const PageRankResult ours_self = PageRank(g, {.damping = 0.9,
                                                  .personalization = p,
                                                  .dangling = DanglingPolicy::kSelf,
                                                  .tolerance = tolerance});
    EXPECT_NEAR(ours_self.iterations, self.iterations, 1);
    l1 = 0.0;
    for (NodeId v = 0; v < n; ++v) l1 += std::abs(ours_self.scores[v] - self.scores[v]);
    EXPECT_LT(l1, 10 * tolerance) << "tolerance " << tolerance;
  }
}

// A node whose out-arcs all weigh 0 is dangling (out-strength 0) yet still the source of arcs,
// which must carry nothing: its mass is spread like any dangling node's.
TEST(PageRankTest, ZeroWeightOutArcsMakeADanglingNode) {
  EdgeList e;
  e.Add(0, 1, 0.0f);
  e.Add(0, 2, 0.0f);
  e.Add(1, 2, 1.0f);
  e.Add(2, 0, 2.0f);
  e.Add(2, 1, 1.0f);
  const Digraph g = BuildDigraph(std::move(e), 3);
  const std::vector<double> uniform(3, 1.0 / 3);
  for (const bool self : {false, true}) {
    const Reference truth = ReferencePageRank(g, 0.85, uniform, self, 1e-15);
    const PageRankResult ours =
        PageRank(g, {.dangling = self ? DanglingPolicy::kSelf : DanglingPolicy::kPersonalization,
                     .tolerance = 1e-13});
    ExpectNear(ours.scores, truth.scores, 1e-12);
  }
}

// Many isolated nodes: the iteration runs on the other nodes and fills the isolated ones in
// exactly, so it agrees with the plain power iteration (run to a tighter tolerance as the
// reference) while needing clearly fewer sweeps than the power iteration at the same tolerance.
TEST(PageRankTest, IsolatedNodesAreFilledInExactly) {
  const Digraph g = RandomGraph({.nodes = 20000, .arcs = 200000, .seed = 5, .isolated = 10000});
  const NodeId n = g.num_nodes();
  const std::vector<double> uniform(n, 1.0 / n);
  const Reference truth = ReferencePageRank(g, 0.85, uniform, false, 1e-14);
  const Reference plain = ReferencePageRank(g, 0.85, uniform, false, 1e-10);
  for (const DanglingPolicy policy : {DanglingPolicy::kUniform, DanglingPolicy::kPersonalization}) {
    const PageRankResult ours = PageRank(g, {.dangling = policy, .tolerance = 1e-10});
    EXPECT_TRUE(ours.converged);
    EXPECT_LT(ours.iterations, plain.iterations);
    double l1 = 0.0;
    double total = 0.0;
    for (NodeId v = 0; v < n; ++v) {
      l1 += std::abs(ours.scores[v] - truth.scores[v]);
      total += ours.scores[v];
    }
    EXPECT_LT(l1, 1e-9);
    EXPECT_NEAR(total, 1.0, 1e-12);
  }
  // Hand check: 0 -> 1 plus two isolated nodes 2, 3. With c the isolated score,
  // x0 = c, x1 = c + 0.85 x0, c = (0.15 + 0.85 (x1 + 2c)) / 4, x0 + x1 + 2c = 1.
  const PageRankResult tiny = PageRank(Arcs(4, {{0, 1}}), {.tolerance = 1e-14});
  const double c = 1.0 / (4.0 + 0.85);  // from x0 + x1 + 2c = c (4 + 0.85) = 1
  EXPECT_NEAR(tiny.scores[0], c, 1e-13);
  EXPECT_NEAR(tiny.scores[1], 1.85 * c, 1e-13);
  EXPECT_NEAR(tiny.scores[2], c, 1e-13);
  EXPECT_NEAR(tiny.scores[3], c, 1e-13);
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
