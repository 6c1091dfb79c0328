// Tests of local clustering, transitivity and Burt's constraint: drawn graphs, the karate club
// value 0.255682, igraph and networkx oracles on random multigraphs.
#include "algorithms/centrality/clustering.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "algorithms/centrality/constraint.hpp"
#include "graph/adapters/igraph_adapter.hpp"
#include "graph/errors.hpp"
#include "tests/algorithms/centrality/measure_test_graphs.hpp"

namespace ombak {
namespace {

using measure_testing::ExpectNear;
using measure_testing::RandomGraph;

//   0 - 1
//   | / |      triangle 0-1-2 and the path 1-3-2: node 1 has neighbours {0, 2, 3},
//   2 - 3      adjacent pairs {0,2}, {2,3}: clustering 2/3.
TEST(ClusteringTest, Diamond) {
  EdgeList e;
  for (auto [u, v] : {std::pair{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}}) e.Add(u, v);
  BuildOptions o;
  o.undirected = true;
  const Digraph g = BuildDigraph(std::move(e), 5, o);
  const auto r = LocalClustering(g);
  EXPECT_EQ(r.triangles, (std::vector<std::uint64_t>{1, 2, 2, 1, 0}));
  ExpectNear(r.scores, {1.0, 2.0 / 3, 2.0 / 3, 1.0, 0.0}, 1e-15);
  // 3 * 2 triangles / (1 + 3 + 3 + 1) triples.
  EXPECT_DOUBLE_EQ(Transitivity(g), 6.0 / 8);
}

TEST(ClusteringTest, KarateTransitivity) {
  if (!ombak::testing::PythonHasModules({"networkx"})) GTEST_SKIP() << "no networkx";
  const Digraph g = measure_testing::NetworkxGraph("nx.karate_club_graph()", nullptr);
  EXPECT_NEAR(Transitivity(g), 0.255682, 5e-7);
}

// Directed input is seen as undirected and simple: igraph on the collapsed graph.
TEST(ClusteringTest, MatchesIgraph) {
  for (bool undirected : {false, true}) {
    const Digraph g = RandomGraph({.nodes = 120,
                                   .arcs = 900,
                                   .seed = 5,
                                   .undirected = undirected,
                                   .self_loops = true,
                                   .multi = true});
    IgraphGraph ig = ToIgraph(g, false);
    IgraphCheck(igraph_simplify(ig.get(), true, true, nullptr), "igraph_simplify");
    IgraphVector local;
    IgraphCheck(igraph_transitivity_local_undirected(ig.get(), local.get(), igraph_vss_all(),
                                                     IGRAPH_TRANSITIVITY_ZERO),
                "igraph_transitivity_local_undirected");
    ExpectNear(LocalClustering(g).scores, local.ToStd(), 1e-12);
    igraph_real_t global = 0;
    IgraphCheck(igraph_transitivity_undirected(ig.get(), &global, IGRAPH_TRANSITIVITY_ZERO),
                "igraph_transitivity_undirected");
    EXPECT_NEAR(Transitivity(g), global, 1e-12);
  }
}

//   0 - 1 - 2 (path): p_01 = 1 so c(0) = 1; c(1) = 2 * (1/2)^2 = 1/2; isolated 3 -> NaN.
TEST(ConstraintTest, Path) {
  EdgeList e;
  e.Add(0, 1);
  e.Add(1, 2);
  BuildOptions o;
  o.undirected = true;
  const auto r = Constraint(BuildDigraph(std::move(e), 4, o));
  EXPECT_DOUBLE_EQ(r.scores[0], 1.0);
  EXPECT_DOUBLE_EQ(r.scores[1], 0.5);
  EXPECT_TRUE(std::isnan(r.scores[3]));
}

TEST(ConstraintTest, MatchesNetworkx) {
  if (!ombak::testing::PythonHasModules({"networkx"})) GTEST_SKIP() << "no networkx";
  for (bool undirected : {true, false}) {
    const Digraph g = RandomGraph(
        {.nodes = 60, .arcs = 200, .seed = 13, .undirected = undirected, .weighted = true});
    auto theirs = measure_testing::NetworkxScores(g, "nx.constraint(G, weight='weight')");
    const auto ours = Constraint(g).scores;
    // networkx tests `len(G[v]) == 0`, i.e. no successors, on a DiGraph: a node with only
    // in-arcs gets NaN there, while we (and networkx's own formula) use all neighbours.
    for (NodeId v = 0; v < g.num_nodes() && !undirected; ++v) {
      if (g.out_degree(v) == 0 && g.in_degree(v) > 0) theirs[v] = ours[v];
    }
    ExpectNear(ours, theirs, 1e-9);
  }
}

TEST(ConstraintTest, IgraphAgreesOnUndirectedWeighted) {
  const Digraph g =
      RandomGraph({.nodes = 60, .arcs = 200, .seed = 14, .undirected = true, .weighted = true});
  IgraphGraph ig = ToIgraph(g);
  IgraphVector w = IgraphWeights(g, ig);
  IgraphVector c;
  IgraphCheck(igraph_constraint(ig.get(), c.get(), igraph_vss_all(), w.get()), "igraph_constraint");
  const auto ours = Constraint(g).scores;
  const auto theirs = c.ToStd();
  for (std::size_t v = 0; v < ours.size(); ++v) {
    if (std::isnan(ours[v])) continue;  // igraph reports isolated nodes as NaN or 0
    EXPECT_NEAR(ours[v], theirs[v], 1e-9 * theirs[v]) << "node " << v;
  }
}

TEST(ConstraintTest, RejectsNegativeWeights) {
  EdgeList e;
  e.Add(0, 1, -1.0f);
  EXPECT_THROW(Constraint(BuildDigraph(std::move(e), 2)), InvalidArgument);
}

}  // namespace
}  // namespace ombak
