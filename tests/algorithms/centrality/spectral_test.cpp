// Tests of HITS, eigenvector, Katz and LeaderRank: tiny drawn graphs, igraph and networkx
// oracles on random multigraphs, divergence detection, determinism, error messages.
#include <gtest/gtest.h>

#include <cmath>

#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/leaderrank.hpp"
#include "graph/adapters/igraph_adapter.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "tests/algorithms/centrality/measure_test_graphs.hpp"

namespace ombak {
namespace {

using measure_testing::ExpectNear;
using measure_testing::RandomGraph;

Digraph Arcs(NodeId n, std::vector<std::pair<NodeId, NodeId>> arcs, bool undirected = false) {
  EdgeList e;
  for (auto [u, v] : arcs) e.Add(u, v);
  BuildOptions o;
  o.undirected = undirected;
  return BuildDigraph(std::move(e), n, o);
}

//   0 -> 2 <- 1, 1 -> 3: authority 2 (two hubs), hubs 1 (points at both authorities)
TEST(HitsTest, TinyStar) {
  const auto r = Hits(Arcs(4, {{0, 2}, {1, 2}, {1, 3}}));
  EXPECT_TRUE(r.converged);
  // A^T A = [[2,1],[1,1]] on {2,3}: lambda = (3 + sqrt 5) / 2, a_3 / a_2 = (sqrt 5 - 1) / 2.
  EXPECT_NEAR(r.authorities[2], 1.0, 1e-10);
  EXPECT_NEAR(r.authorities[3], (std::sqrt(5.0) - 1) / 2, 1e-10);
  EXPECT_NEAR(r.value, (3 + std::sqrt(5.0)) / 2, 1e-10);
  EXPECT_NEAR(r.hubs[1], 1.0, 1e-10);
  EXPECT_EQ(r.authorities[0], 0.0);
}

TEST(HitsTest, MatchesIgraph) {
  for (bool weighted : {false, true}) {
    const Digraph g = RandomGraph({.nodes = 80,
                                   .arcs = 400,
                                   .seed = 6,
                                   .weighted = weighted,
                                   .self_loops = true,
                                   .multi = true});
    IgraphGraph ig = ToIgraph(g);
    IgraphVector w = IgraphWeights(g, ig);
    IgraphVector hubs, authorities;
    igraph_real_t value = 0;
    igraph_arpack_options_t arpack;
    igraph_arpack_options_init(&arpack);
    IgraphCheck(igraph_hub_and_authority_scores(ig.get(), hubs.get(), authorities.get(), &value,
                                                true, weighted ? w.get() : nullptr, &arpack),
                "igraph_hub_and_authority_scores");
    const auto r = Hits(g);
    EXPECT_TRUE(r.converged);
    ExpectNear(r.hubs, hubs.ToStd(), 1e-8, 1e-10);
    ExpectNear(r.authorities, authorities.ToStd(), 1e-8, 1e-10);
    EXPECT_NEAR(r.value, value, 1e-8 * value);
  }
}

// 0 -> 1 -> 2 -> 0 plus 0 -> 2: lambda is the real root of x^3 = x + 1 (plastic number).
TEST(EigenvectorTest, TinyCycleWithChord) {
  const auto r = EigenvectorCentrality(Arcs(3, {{0, 1}, {1, 2}, {2, 0}, {0, 2}}));
  EXPECT_TRUE(r.converged);
  const double rho = 1.3247179572447460;
  EXPECT_NEAR(r.value, rho, 1e-10);
  // x_1 = x_0 / rho, x_2 = x_1 + x_0 = ... and x_0 = x_2 / rho; x_2 is the largest.
  EXPECT_NEAR(r.scores[2], 1.0, 1e-10);
  EXPECT_NEAR(r.scores[0], 1.0 / rho, 1e-10);
  EXPECT_NEAR(r.scores[1], 1.0 / (rho * rho), 1e-10);
}

TEST(EigenvectorTest, AcyclicGraphScoresZero) {
  const auto r = EigenvectorCentrality(Arcs(3, {{0, 1}, {1, 2}}));
  EXPECT_EQ(r.scores, (std::vector<double>{0, 0, 0}));
}

// Directed: both count a self-loop once. Undirected oracle graphs are loop-free (igraph counts
// an undirected loop twice in A).
TEST(EigenvectorTest, MatchesIgraph) {
  for (bool undirected : {false, true}) {
    for (bool weighted : {false, true}) {
      const Digraph g = RandomGraph({.nodes = 80,
                                     .arcs = 400,
                                     .seed = 7,
                                     .undirected = undirected,
                                     .weighted = weighted,
                                     .self_loops = !undirected,
                                     .multi = true});
      IgraphGraph ig = ToIgraph(g);
      IgraphVector w = IgraphWeights(g, ig);
      IgraphVector scores;
      igraph_real_t value = 0;
      igraph_arpack_options_t arpack;
      igraph_arpack_options_init(&arpack);
      IgraphCheck(igraph_eigenvector_centrality(ig.get(), scores.get(), &value, true, true,
                                                weighted ? w.get() : nullptr, &arpack),
                  "igraph_eigenvector_centrality");
      const auto r = EigenvectorCentrality(g);
      EXPECT_TRUE(r.converged);
      ExpectNear(r.scores, scores.ToStd(), 1e-8, 1e-10);
      EXPECT_NEAR(r.value, value, 1e-8 * value);
    }
  }
}

// 0 -> 1 -> 2: x0 = beta, x1 = beta + alpha x0, x2 = beta + alpha x1.
TEST(KatzTest, TinyPath) {
  const auto r = KatzCentrality(Arcs(3, {{0, 1}, {1, 2}}), {.alpha = 0.5, .normalized = false});
  EXPECT_TRUE(r.converged);
  EXPECT_NEAR(r.scores[0], 1.0, 1e-12);
  EXPECT_NEAR(r.scores[1], 1.5, 1e-12);
  EXPECT_NEAR(r.scores[2], 1.75, 1e-12);
}

TEST(KatzTest, MatchesNetworkx) {
  if (!ombak::testing::PythonHasModules({"networkx", "scipy"})) GTEST_SKIP() << "no networkx";
  const Digraph g = RandomGraph(
      {.nodes = 60, .arcs = 180, .seed = 8, .weighted = true, .self_loops = true, .multi = false});
  ExpectNear(
      KatzCentrality(g, {.alpha = 0.05}).scores,
      measure_testing::NetworkxScores(
          g, "nx.katz_centrality(G, alpha=0.05, weight='weight', tol=1e-14, max_iter=100000)"),
      1e-9);
}

TEST(KatzTest, DivergenceIsReported) {
  // A 2-cycle has lambda_max = 1: alpha = 2 diverges.
  try {
    KatzCentrality(Arcs(2, {{0, 1}, {1, 0}}), {.alpha = 2.0});
    ADD_FAILURE();
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "alpha = 2 is not below 1 / lambda_max: the Katz iteration diverges");
  }
  try {
    KatzCentrality(Arcs(2, {{0, 1}}), {.alpha = -1});
    ADD_FAILURE();
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "alpha must be positive, got -1");
  }
}

// 0 -> 1 (0 follows 1). Ground g <-> {0, 1}. Steady state of the walk on {g, 0, 1}:
// P(0 -> 1) = P(0 -> g) = 1/2, P(1 -> g) = 1, P(g -> 0) = P(g -> 1) = 1/2. Stationary
// pi = (g, 0, 1) proportional to (4, 2, 3); total mass 2, so s_g = 8/9, s_0 = 4/9, s_1 = 6/9,
// and final scores s_i + s_g / 2 = 8/9 and 10/9.
TEST(LeaderRankTest, TinyPair) {
  const auto r = LeaderRank(Arcs(2, {{0, 1}}));
  EXPECT_TRUE(r.converged);
  EXPECT_NEAR(r.scores[0], 8.0 / 9, 1e-10);
  EXPECT_NEAR(r.scores[1], 10.0 / 9, 1e-10);
}

TEST(LeaderRankTest, ConservesMassAndIsDeterministic) {
  const Digraph g = RandomGraph({.nodes = 6000, .arcs = 30000, .seed = 4, .weighted = true});
  SetThreads(1);
  const auto one = LeaderRank(g);
  SetThreads(2);
  const auto two = LeaderRank(g);
  EXPECT_EQ(one.scores, two.scores);
  double total = 0;
  for (double s : one.scores) total += s;
  EXPECT_NEAR(total, 6000.0, 1e-6);
  EXPECT_TRUE(one.converged);
}

TEST(SpectralTest, RejectBadTolerance) {
  const Digraph g = Arcs(2, {{0, 1}});
  EXPECT_THROW(Hits(g, {.tolerance = 0}), InvalidArgument);
  EXPECT_THROW(EigenvectorCentrality(g, {.max_iterations = 0}), InvalidArgument);
  try {
    LeaderRank(g, {.tolerance = -1});
    ADD_FAILURE();
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "tolerance must be positive, got -1");
  }
}

}  // namespace
}  // namespace ombak
