// Tests of exact and sampled closeness and harmonic centrality: drawn graphs, igraph and networkx
// oracles, thread-count determinism, sampling error bounds and errors.
#include "algorithms/centrality/closeness.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "algorithms/centrality/closeness_sampled.hpp"
#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "graph/random.hpp"
#include "tests/algorithms/centrality/path_test_graphs.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::RandomTestGraph;

Digraph Build(std::vector<std::pair<NodeId, NodeId>> arcs, NodeId n, bool undirected,
              std::vector<Weight> weights = {}) {
  EdgeList edges;
  for (std::size_t i = 0; i < arcs.size(); ++i) {
    if (weights.empty()) {
      edges.Add(arcs[i].first, arcs[i].second);
    } else {
      edges.Add(arcs[i].first, arcs[i].second, weights[i]);
    }
  }
  BuildOptions options;
  options.undirected = undirected;
  return BuildDigraph(std::move(edges), n, options);
}

void ExpectNear(const std::vector<double>& actual, const std::vector<double>& expected,
                double relative, const std::string& what) {
  ASSERT_EQ(actual.size(), expected.size()) << what;
  for (std::size_t v = 0; v < actual.size(); ++v) {
    if (std::isnan(expected[v])) {
      EXPECT_EQ(actual[v], 0.0) << what << " node " << v << " (igraph NaN = no reachable node)";
      continue;
    }
    EXPECT_NEAR(actual[v], expected[v], relative * std::max(1.0, std::abs(expected[v])))
        << what << " node " << v;
  }
}

// 0 -> 1 -> 2    3 (isolated)
// Distances TO each node (kIn): 1 is reached from 0 (d 1); 2 from 1 (d 1) and 0 (d 2).
TEST(ClosenessTest, DirectedPathAllVariants) {
  const Digraph g = Build({{0, 1}, {1, 2}}, 4, false);
  // networkx: closeness(1) = (1/1) * (1/3), closeness(2) = (2/3) * (2/3)
  ExpectNear(Closeness(g).scores, {0, 1.0 / 3, 4.0 / 9, 0}, 1e-12, "wf in");
  ExpectNear(Closeness(g, {.variant = ClosenessVariant::kReachable}).scores, {0, 1, 2.0 / 3, 0},
             1e-12, "reachable in");
  ExpectNear(Closeness(g, {.variant = ClosenessVariant::kInverseSum}).scores, {0, 1, 1.0 / 3, 0},
             1e-12, "inverse sum in");
  // kOut mirrors: 0 reaches 1 (1) and 2 (2); 1 reaches 2.
  ExpectNear(Closeness(g, {.direction = PathDirection::kOut}).scores, {4.0 / 9, 1.0 / 3, 0, 0},
             1e-12, "wf out");
  EXPECT_EQ(Closeness(g).reached, (std::vector<NodeId>{0, 1, 2, 0}));
  ExpectNear(HarmonicCentrality(g).scores, {0, 1, 1.5, 0}, 1e-12, "harmonic in");
  ExpectNear(HarmonicCentrality(g, {.direction = PathDirection::kAll, .normalized = true}).scores,
             {1.5 / 3, 2.0 / 3, 1.5 / 3, 0}, 1e-12, "harmonic all normalized");
}

//  0 - 1 - 2 - 3 - 4 (weights 1, 2, 1, 1)
TEST(ClosenessTest, WeightedUndirectedPath) {
  const Digraph g = Build({{0, 1}, {1, 2}, {2, 3}, {3, 4}}, 5, true, {1, 2, 1, 1});
  // Node 2: distances 3, 2, 1, 2 -> sum 8, closeness 4/8.
  EXPECT_NEAR(Closeness(g, {.use_weights = true}).scores[2], 0.5, 1e-12);
  EXPECT_NEAR(HarmonicCentrality(g, {.use_weights = true}).scores[2], 1.0 / 3 + 0.5 + 1 + 0.5,
              1e-12);
  // Unweighted node 2: distances 2, 1, 1, 2 -> 4/6.
  EXPECT_NEAR(Closeness(g).scores[2], 4.0 / 6, 1e-12);
}

TEST(ClosenessTest, MatchesIgraph) {
  const std::pair<PathDirection, igraph_neimode_t> modes[] = {{PathDirection::kIn, IGRAPH_IN},
                                                              {PathDirection::kOut, IGRAPH_OUT},
                                                              {PathDirection::kAll, IGRAPH_ALL}};
  for (const bool undirected : {false, true}) {
    for (const bool weighted : {false, true}) {
      const Digraph g = RandomTestGraph({.n = 300,
                                         .m = 700,
                                         .undirected = undirected,
                                         .weighted = weighted,
                                         .multi_edges = true,
                                         .seed = 3});
      IgraphGraph ig = ToIgraph(g);
      IgraphVector weights = IgraphWeights(g, ig);
      for (const auto& [direction, mode] : modes) {
        const std::string what = "u=" + std::to_string(undirected) +
                                 " w=" + std::to_string(weighted) + " mode " +
                                 std::string(PathDirectionName(direction));
        for (const bool normalized : {false, true}) {
          IgraphVector expected;
          IgraphCheck(igraph_closeness(ig.get(), expected.get(), nullptr, nullptr, igraph_vss_all(),
                                       mode, weighted ? weights.get() : nullptr, normalized),
                      "igraph_closeness");
          const auto variant =
              normalized ? ClosenessVariant::kReachable : ClosenessVariant::kInverseSum;
          ExpectNear(
              Closeness(g, {.direction = direction, .variant = variant, .use_weights = weighted})
                  .scores,
              expected.ToStd(), 1e-9, "closeness " + what);
          IgraphVector harmonic;
          IgraphCheck(igraph_harmonic_centrality(ig.get(), harmonic.get(), igraph_vss_all(), mode,
                                                 weighted ? weights.get() : nullptr, normalized),
                      "igraph_harmonic_centrality");
          ExpectNear(
              HarmonicCentrality(
                  g, {.direction = direction, .normalized = normalized, .use_weights = weighted})
                  .scores,
              harmonic.ToStd(), 1e-9, "harmonic " + what);
        }
      }
    }
  }
}

TEST(ClosenessTest, MatchesNetworkx) {
  if (!testing::PythonHasModules({"networkx"})) GTEST_SKIP() << "networkx missing";
  for (const bool undirected : {false, true}) {
    for (const bool weighted : {false, true}) {
      const Digraph g = RandomTestGraph(
          {.n = 150, .m = 300, .undirected = undirected, .weighted = weighted, .seed = 13});
      const std::string distance = weighted ? "'weight'" : "None";
      ExpectNear(
          Closeness(g, {.use_weights = weighted}).scores,
          testing::NetworkxScores(g, "nx.closeness_centrality(G, distance=" + distance + ")"), 1e-9,
          "networkx closeness");
      ExpectNear(HarmonicCentrality(g, {.use_weights = weighted}).scores,
                 testing::NetworkxScores(g, "nx.harmonic_centrality(G, distance=" + distance + ")"),
                 1e-9, "networkx harmonic");
    }
  }
}

TEST(ClosenessTest, BitIdenticalForAnyThreadCount) {
  const Digraph g = RandomTestGraph({.n = 1500, .m = 5000, .weighted = true, .seed = 8});
  const int saved = MaxThreads();
  for (const bool weighted : {false, true}) {
    SetThreads(1);
    const auto c1 = Closeness(g, {.use_weights = weighted}).scores;
    const auto h1 = HarmonicCentrality(g, {.use_weights = weighted}).scores;
    SetThreads(2);
    EXPECT_EQ(c1, Closeness(g, {.use_weights = weighted}).scores);
    EXPECT_EQ(h1, HarmonicCentrality(g, {.use_weights = weighted}).scores);
  }
  SetThreads(saved);
}

TEST(ClosenessTest, ProgressAndErrors) {
  const Digraph g = Build({{0, 1}, {1, 2}}, 3, false, {1, NAN});
  double last = 0;
  Closeness(g, {.progress = [&](double f) { last = f; }});
  EXPECT_DOUBLE_EQ(last, 1.0);
  try {
    HarmonicCentrality(g, {.use_weights = true});
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(),
                 "weights must be finite and > 0 (they are lengths), got nan on arc 1->2");
  }
  try {
    ParsePathDirection("up", "mode");
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "mode must be one of out, in, all, got 'up'");
  }
  EXPECT_EQ(ParsePathDirection("all", "mode"), PathDirection::kAll);
}

// A connected undirected graph: a ring 0 - 1 - ... - n-1 - 0 plus seeded random chords.
Digraph RingWithChords(NodeId n, EdgeId chords, std::uint64_t seed) {
  std::vector<std::pair<NodeId, NodeId>> arcs;
  for (NodeId v = 0; v < n; ++v) arcs.push_back({v, (v + 1) % n});
  RandomStream rng(seed, 0);
  for (EdgeId i = 0; i < chords; ++i) {
    arcs.push_back({static_cast<NodeId>(rng.Below(n)), static_cast<NodeId>(rng.Below(n))});
  }
  return Build(arcs, n, true);
}

TEST(SampledClosenessTest, HarmonicWithinReportedBound) {
  const Digraph g = RandomTestGraph({.n = 400, .m = 900, .seed = 17});
  const auto exact = HarmonicCentrality(g, {.normalized = true}).scores;
  for (const std::uint64_t seed : {1, 2, 3}) {
    const auto sampled = SampledCloseness(
        g,
        {.measure = SampledMeasure::kHarmonic, .normalized = true, .epsilon = 0.1, .seed = seed});
    // ceil(ln(2 * 400 / 0.1) / (2 * 0.01)) = ceil(449.3) = 450
    EXPECT_EQ(sampled.num_pivots, 450u);
    EXPECT_NEAR(sampled.error_bound, 400.0 / 399 * std::sqrt(std::log(8000.0) / 900), 1e-12);
    double worst = 0;
    for (NodeId v = 0; v < g.num_nodes(); ++v) {
      worst = std::max(worst, std::abs(sampled.scores[v] - exact[v]));
    }
    EXPECT_LE(worst, sampled.error_bound) << "seed " << seed;
    EXPECT_GT(worst, 0.0);
  }
}

TEST(SampledClosenessTest, AverageDistanceWithinEppsteinWangBound) {
  const Digraph g = RingWithChords(500, 100, 4);
  const auto exact = Closeness(g, {.variant = ClosenessVariant::kReachable}).scores;
  for (const std::uint64_t seed : {1, 2, 3}) {
    const auto sampled = SampledCloseness(
        g, {.variant = ClosenessVariant::kReachable, .num_pivots = 300, .seed = seed});
    ASSERT_FALSE(std::isnan(sampled.error_bound));
    double worst = 0;
    for (NodeId v = 0; v < g.num_nodes(); ++v) {
      worst = std::max(worst, std::abs(1.0 / sampled.scores[v] - 1.0 / exact[v]));
    }
    EXPECT_LE(worst, sampled.error_bound) << "seed " << seed;
  }
  // Directed or disconnected: no bound.
  const Digraph directed = RandomTestGraph({.n = 100, .m = 300, .seed = 2});
  EXPECT_TRUE(std::isnan(SampledCloseness(directed, {.num_pivots = 10}).error_bound));
}

TEST(SampledClosenessTest, AllPivotsEqualsExactInExpectation) {
  // With every node as a pivot exactly once the estimate would be exact; with many random pivots
  // the Wasserman-Faust closeness of a connected graph is close to exact.
  const Digraph g = RingWithChords(200, 60, 9);
  const auto exact = Closeness(g).scores;
  const auto sampled = SampledCloseness(g, {.num_pivots = 4000, .seed = 5}).scores;
  for (NodeId v = 0; v < g.num_nodes(); ++v) EXPECT_NEAR(sampled[v], exact[v], 0.05 * exact[v]);
}

TEST(SampledClosenessTest, IdenticalForAnyThreadCount) {
  const Digraph g = RandomTestGraph({.n = 800, .m = 3000, .weighted = true, .seed = 6});
  const int saved = MaxThreads();
  for (const auto measure : {SampledMeasure::kCloseness, SampledMeasure::kHarmonic}) {
    const SampledClosenessOptions options{
        .measure = measure, .use_weights = true, .num_pivots = 300, .seed = 12};
    SetThreads(1);
    const auto one = SampledCloseness(g, options).scores;
    SetThreads(2);
    EXPECT_EQ(one, SampledCloseness(g, options).scores);
  }
  SetThreads(saved);
}

TEST(SampledClosenessTest, Errors) {
  const Digraph g = Build({{0, 1}}, 2, false);
  try {
    SampledCloseness(g, {.epsilon = 1});
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "epsilon must be in (0, 1), got 1");
  }
  try {
    SampledCloseness(g, {.delta = -0.5});
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "delta must be in (0, 1), got -0.5");
  }
}

}  // namespace
}  // namespace ombak
