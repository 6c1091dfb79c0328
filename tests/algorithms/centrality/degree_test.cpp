// Tests of degree, strength, coreness and the h-index: tiny drawn graphs, igraph oracles on
// random multigraphs, the h-index -> coreness theorem, thread determinism.
#include "algorithms/centrality/degree.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "algorithms/centrality/hindex.hpp"
#include "algorithms/centrality/kcore.hpp"
#include "graph/adapters/igraph_adapter.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "tests/algorithms/centrality/measure_test_graphs.hpp"

namespace ombak {
namespace {

using measure_testing::RandomGraph;

//   0 -> 1 -> 2,  0 -> 2,  2 -> 2 (loop)
TEST(DegreeTest, TinyDirected) {
  EdgeList e;
  e.Add(0, 1, 2.0f);
  e.Add(1, 2, 1.0f);
  e.Add(0, 2, 0.5f);
  e.Add(2, 2, 4.0f);
  const Digraph g = BuildDigraph(std::move(e), 3);
  EXPECT_EQ(Degree(g).scores, (std::vector<double>{0, 1, 3}));
  EXPECT_EQ(Degree(g, {.mode = DegreeMode::kOut}).scores, (std::vector<double>{2, 1, 1}));
  EXPECT_EQ(Degree(g, {.mode = DegreeMode::kAll}).scores, (std::vector<double>{2, 2, 4}));
  EXPECT_EQ(Strength(g).scores, (std::vector<double>{0, 2, 5.5}));
  EXPECT_EQ(Strength(g, {.mode = DegreeMode::kOut}).scores, (std::vector<double>{2.5, 1, 4}));
}

TEST(DegreeTest, StrengthMatchesIgraph) {
  for (bool undirected : {false, true}) {
    const Digraph g = RandomGraph({.nodes = 50,
                                   .arcs = 200,
                                   .seed = 4,
                                   .undirected = undirected,
                                   .weighted = true,
                                   .self_loops = true,
                                   .multi = true});
    IgraphGraph ig = ToIgraph(g);
    IgraphVector w = IgraphWeights(g, ig);
    for (auto [mode, imode] :
         {std::pair{DegreeMode::kIn, IGRAPH_IN}, std::pair{DegreeMode::kOut, IGRAPH_OUT},
          std::pair{DegreeMode::kAll, IGRAPH_ALL}}) {
      IgraphVector s;
      IgraphCheck(igraph_strength(ig.get(), s.get(), igraph_vss_all(), imode, true, w.get()),
                  "igraph_strength");
      measure_testing::ExpectNear(Strength(g, {.mode = mode}).scores, s.ToStd(), 1e-6);
      IgraphVector d;
      IgraphCheck(igraph_strength(ig.get(), d.get(), igraph_vss_all(), imode, true, nullptr),
                  "igraph_strength");
      EXPECT_EQ(Degree(g, {.mode = mode}).scores, d.ToStd());
    }
  }
}

TEST(DegreeTest, StrengthRejectsNonFiniteWeights) {
  EdgeList e;
  e.Add(0, 1, std::numeric_limits<float>::infinity());
  try {
    Strength(BuildDigraph(std::move(e), 2));
    ADD_FAILURE();
  } catch (const InvalidArgument& ex) {
    EXPECT_STREQ(ex.what(), "edge weights must be finite, got inf on edge 0");
  }
}

//   0 - 1 - 2 - 0 (triangle), 2 - 3, 3 - 4: cores 2 2 2 1 1
TEST(CorenessTest, TriangleWithTail) {
  EdgeList e;
  for (auto [u, v] : {std::pair{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}}) e.Add(u, v);
  BuildOptions o;
  o.undirected = true;
  const Digraph g = BuildDigraph(std::move(e), 5, o);
  const auto r = Coreness(g);
  EXPECT_EQ(r.scores, (std::vector<double>{2, 2, 2, 1, 1}));
  EXPECT_EQ(r.max_core, 2);
  EXPECT_EQ(HIndex(g, {.order = 0}).scores, r.scores);
  EXPECT_EQ(HIndex(g).scores, (std::vector<double>{2, 2, 2, 1, 1}));
}

// igraph counts self-loops in coreness; we ignore them, so the oracle graphs are loop-free.
TEST(CorenessTest, MatchesIgraphInAllModes) {
  for (bool undirected : {false, true}) {
    const Digraph g = RandomGraph(
        {.nodes = 300, .arcs = 1500, .seed = 9, .undirected = undirected, .multi = true});
    IgraphGraph ig = ToIgraph(g);
    for (auto [mode, imode] :
         {std::pair{DegreeMode::kIn, IGRAPH_IN}, std::pair{DegreeMode::kOut, IGRAPH_OUT},
          std::pair{DegreeMode::kAll, IGRAPH_ALL}}) {
      IgraphIntVector cores;
      IgraphCheck(igraph_coreness(ig.get(), cores.get(), imode), "igraph_coreness");
      const auto expected = cores.ToStd();
      const auto ours = Coreness(g, {.mode = mode}).scores;
      ASSERT_EQ(ours.size(), expected.size());
      for (std::size_t v = 0; v < ours.size(); ++v) {
        EXPECT_EQ(ours[v], static_cast<double>(expected[v])) << "node " << v;
      }
    }
  }
}

// A graph big enough for deep cores and many peeling levels; the degree count runs in
// parallel, the peeling serially, so 1 and 2 threads must agree exactly.
TEST(CorenessTest, MatchesIgraphOnLargerGraphWithOneAndTwoThreads) {
  const Digraph g = RandomGraph({.nodes = 3000, .arcs = 60000, .seed = 17, .multi = true});
  IgraphGraph ig = ToIgraph(g);
  IgraphIntVector cores;
  IgraphCheck(igraph_coreness(ig.get(), cores.get(), IGRAPH_ALL), "igraph_coreness");
  const auto expected = cores.ToStd();
  SetThreads(1);
  const auto one = Coreness(g);
  SetThreads(2);
  const auto two = Coreness(g);
  EXPECT_EQ(one.scores, two.scores);
  ASSERT_EQ(one.scores.size(), expected.size());
  double max_core = 0;
  for (std::size_t v = 0; v < expected.size(); ++v) {
    EXPECT_EQ(one.scores[v], static_cast<double>(expected[v])) << "node " << v;
    max_core = std::max(max_core, one.scores[v]);
  }
  EXPECT_EQ(one.max_core, max_core);
  EXPECT_GT(max_core, 10);
}

TEST(CorenessTest, SelfLoopsAreIgnored) {
  EdgeList e;
  e.Add(0, 0);
  e.Add(0, 1);
  const Digraph g = BuildDigraph(std::move(e), 2);
  EXPECT_EQ(Coreness(g).scores, (std::vector<double>{1, 1}));
}

// Lü et al. 2016: iterating the h-index operator converges to the coreness (simple graphs).
TEST(HIndexTest, IteratesToCoreness) {
  const Digraph g = RandomGraph({.nodes = 500, .arcs = 3000, .seed = 3, .undirected = true});
  const auto h = HIndex(g, {.order = 0});
  EXPECT_EQ(h.scores, Coreness(g).scores);
  // h^(1) lies between the coreness and the degree.
  const auto h1 = HIndex(g).scores;
  const auto core = Coreness(g).scores;
  const auto deg = Degree(g).scores;
  for (std::size_t v = 0; v < h1.size(); ++v) {
    EXPECT_LE(core[v], h1[v]);
    EXPECT_LE(h1[v], deg[v]);
  }
  SetThreads(1);
  const auto one = HIndex(g, {.order = 2}).scores;
  SetThreads(2);
  EXPECT_EQ(one, HIndex(g, {.order = 2}).scores);
}

TEST(HIndexTest, RejectsNegativeOrder) {
  try {
    HIndex(Digraph(), {.order = -1});
    ADD_FAILURE();
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "order must be nonnegative, got -1");
  }
}

}  // namespace
}  // namespace ombak
