// Tests of exact betweenness: drawn graphs, a brute-force verifier, published values (Les
// Misérables, karate), igraph and networkx oracles, thread-count determinism and errors.
#include "algorithms/centrality/betweenness.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "algorithms/centrality/betweenness_approx.hpp"
#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "io/load.hpp"
#include "tests/algorithms/centrality/path_test_graphs.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::RandomGraphSpec;
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
  options.duplicates = DuplicatePolicy::kKeepAll;
  return BuildDigraph(std::move(edges), n, options);
}

void ExpectNear(const std::vector<double>& actual, const std::vector<double>& expected,
                double relative, const std::string& what) {
  ASSERT_EQ(actual.size(), expected.size()) << what;
  for (std::size_t v = 0; v < actual.size(); ++v) {
    EXPECT_NEAR(actual[v], expected[v], relative * std::max(1.0, std::abs(expected[v])))
        << what << " node " << v;
  }
}

// Brute force from all-pairs distances and path counts (Floyd-Warshall style, O(n^3)):
// b(v) = sum over s != v != t with d(s,v) + d(v,t) = d(s,t) of sigma(s,v) sigma(v,t) / sigma(s,t).
std::vector<double> BruteForce(const Digraph& g, bool use_weights) {
  const NodeId n = g.num_nodes();
  const double inf = INFINITY;
  std::vector<double> d(n * n, inf), sigma(n * n, 0.0);
  for (NodeId s = 0; s < n; ++s) {
    // Dijkstra-free: Bellman-Ford style relaxation to a fixed point, then count in order.
    d[s * n + s] = 0;
    for (NodeId round = 0; round < n; ++round) {
      for (NodeId u = 0; u < n; ++u) {
        const auto nb = g.out_neighbors(u);
        for (std::size_t i = 0; i < nb.size(); ++i) {
          const double w = use_weights ? g.weight(g.out_edge_begin(u) + i) : 1.0;
          d[s * n + nb[i]] = std::min(d[s * n + nb[i]], d[s * n + u] + w);
        }
      }
    }
    std::vector<NodeId> by_distance(n);
    for (NodeId v = 0; v < n; ++v) by_distance[v] = v;
    std::sort(by_distance.begin(), by_distance.end(),
              [&](NodeId a, NodeId b) { return d[s * n + a] < d[s * n + b]; });
    sigma[s * n + s] = 1;
    for (const NodeId u : by_distance) {
      if (std::isinf(d[s * n + u])) continue;
      const auto nb = g.out_neighbors(u);
      for (std::size_t i = 0; i < nb.size(); ++i) {
        const double w = use_weights ? g.weight(g.out_edge_begin(u) + i) : 1.0;
        if (nb[i] != u && d[s * n + u] + w == d[s * n + nb[i]]) {
          sigma[s * n + nb[i]] += sigma[s * n + u];
        }
      }
    }
  }
  std::vector<double> b(n, 0.0);
  for (NodeId v = 0; v < n; ++v) {
    for (NodeId s = 0; s < n; ++s) {
      for (NodeId t = 0; t < n; ++t) {
        if (s == v || t == v || s == t || std::isinf(d[s * n + t])) continue;
        if (d[s * n + v] + d[v * n + t] == d[s * n + t]) {
          b[v] += sigma[s * n + v] * sigma[v * n + t] / sigma[s * n + t];
        }
      }
    }
    if (g.undirected()) b[v] /= 2;
  }
  return b;
}

//  0 - 1 - 2 - 3 - 4     path: b = 0, 3, 4, 3, 0 (pairs across each inner node)
TEST(BetweennessTest, PathStarCycle) {
  const Digraph path = Build({{0, 1}, {1, 2}, {2, 3}, {3, 4}}, 5, true);
  ExpectNear(Betweenness(path).scores, {0, 3, 4, 3, 0}, 1e-12, "path");
  // normalized: divide by (n-1)(n-2)/2 = 6
  ExpectNear(Betweenness(path, {.normalized = true}).scores, {0, 0.5, 4.0 / 6, 0.5, 0}, 1e-12,
             "path normalized");
  //    1
  //    |
  // 2- 0 -3     star: the centre lies on all C(4,2) = 6 leaf pairs
  //    |
  //    4
  const Digraph star = Build({{0, 1}, {0, 2}, {0, 3}, {0, 4}}, 5, true);
  ExpectNear(Betweenness(star).scores, {6, 0, 0, 0, 0}, 1e-12, "star");
  // 0 - 1
  // |   |      4-cycle: opposite pairs have two paths, one through each other node
  // 3 - 2
  const Digraph cycle = Build({{0, 1}, {1, 2}, {2, 3}, {3, 0}}, 4, true);
  ExpectNear(Betweenness(cycle).scores, {0.5, 0.5, 0.5, 0.5}, 1e-12, "cycle");
  // Directed path 0 -> 1 -> 2 plus an isolated node 3.
  const Digraph directed = Build({{0, 1}, {1, 2}}, 4, false);
  ExpectNear(Betweenness(directed).scores, {0, 1, 0, 0}, 1e-12, "directed path");
  // endpoints (networkx endpoints=True): 0 reaches 2 nodes, 1 reaches 1, plus 1 on path 0->2.
  ExpectNear(Betweenness(directed, {.endpoints = true}).scores, {2, 3, 2, 0}, 1e-12, "endpoints");
}

//   0 ==> 1 --> 3      two parallel arcs 0->1: 2 of the 3 shortest 0-3 paths pass 1
//   |           ^
//   +---> 2 ----+
TEST(BetweennessTest, ParallelArcsAreDistinctPaths) {
  const Digraph g = Build({{0, 1}, {0, 1}, {0, 2}, {1, 3}, {2, 3}}, 4, false);
  ExpectNear(Betweenness(g).scores, {0, 2.0 / 3, 1.0 / 3, 0}, 1e-12, "multi");
}

//  0 -1-> 1 -1-> 2, 0 -w-> 2: w = 3 makes 1 the only way, w = 2 ties
TEST(BetweennessTest, WeightsAreLengths) {
  const Digraph longer = Build({{0, 1}, {1, 2}, {0, 2}}, 3, false, {1, 1, 3});
  ExpectNear(Betweenness(longer, {.use_weights = true}).scores, {0, 1, 0}, 1e-12, "w=3");
  ExpectNear(Betweenness(longer).scores, {0, 0, 0}, 1e-12, "unweighted ignores weights");
  const Digraph tie = Build({{0, 1}, {1, 2}, {0, 2}}, 3, false, {1, 1, 2});
  ExpectNear(Betweenness(tie, {.use_weights = true}).scores, {0, 0.5, 0}, 1e-12, "tie");
}

TEST(BetweennessTest, MatchesBruteForceAndPathLengthInvariant) {
  for (const bool undirected : {false, true}) {
    for (const bool weighted : {false, true}) {
      const Digraph g = RandomTestGraph({.n = 40,
                                         .m = 90,
                                         .undirected = undirected,
                                         .weighted = weighted,
                                         .multi_edges = true,
                                         .seed = 7});
      const auto scores = Betweenness(g, {.use_weights = weighted}).scores;
      ExpectNear(scores, BruteForce(g, weighted), 1e-9,
                 std::string("brute force u=") + (undirected ? "1" : "0") +
                     " w=" + (weighted ? "1" : "0"));
    }
  }
}

TEST(BetweennessTest, LesMiserablesPublishedValues) {
  const Network net = LoadNetwork(testing::TestData("lesmis/lesmis_nx_weighted.gml"));
  const Digraph& g = net.layer(Layer::kFollow);
  ASSERT_TRUE(g.undirected());
  const auto scores = Betweenness(g, {.normalized = true}).scores;
  auto score_of = [&](std::string_view name) {
    for (NodeId v = 0; v < g.num_nodes(); ++v) {
      if (net.nodes().Label(v) == name) return scores[v];
    }
    ADD_FAILURE() << "no node " << name;
    return 0.0;
  };
  EXPECT_NEAR(score_of("Valjean"), 0.570, 5e-4);
  EXPECT_NEAR(score_of("Myriel"), 0.177, 5e-4);
  EXPECT_NEAR(score_of("Gavroche"), 0.165, 5e-4);
}

TEST(BetweennessTest, KarateTopValues) {
  const Network net = LoadNetwork(testing::TestData("karate/karate_nx_with_club_and_weights.gml"));
  const Digraph& g = net.layer(Layer::kFollow);
  const auto scores = Betweenness(g, {.normalized = true}).scores;
  const NodeId n0 = *net.nodes().FindText("0");
  const NodeId n33 = *net.nodes().FindText("33");
  EXPECT_NEAR(scores[n0], 0.43764, 5e-6);
  EXPECT_NEAR(scores[n33], 0.30407, 5e-6);
}

TEST(BetweennessTest, MatchesIgraph) {
  for (const bool undirected : {false, true}) {
    for (const bool weighted : {false, true}) {
      for (const std::uint64_t seed : {1, 2}) {
        const Digraph g = RandomTestGraph({.n = 300,
                                           .m = 900,
                                           .undirected = undirected,
                                           .weighted = weighted,
                                           .multi_edges = true,
                                           .seed = seed});
        IgraphGraph ig = ToIgraph(g);
        IgraphVector weights = IgraphWeights(g, ig);
        IgraphVector expected;
        IgraphCheck(igraph_betweenness(ig.get(), expected.get(), igraph_vss_all(), true,
                                       weighted ? weights.get() : nullptr),
                    "igraph_betweenness");
        ExpectNear(Betweenness(g, {.use_weights = weighted}).scores, expected.ToStd(), 1e-9,
                   "igraph seed " + std::to_string(seed));
      }
    }
  }
}

TEST(BetweennessTest, SubsetMatchesIgraphSubset) {
  const Digraph g = RandomTestGraph({.n = 400, .m = 1600, .multi_edges = true, .seed = 3});
  const std::vector<NodeId> sources = {5, 17, 200, 311};
  IgraphGraph ig = ToIgraph(g);
  IgraphIntVector source_ids(std::vector<igraph_integer_t>(sources.begin(), sources.end()));
  igraph_vs_t source_set;
  igraph_vs_vector(&source_set, source_ids.get());
  IgraphVector expected;
  IgraphCheck(igraph_betweenness_subset(ig.get(), expected.get(), igraph_vss_all(), true,
                                        source_set, igraph_vss_all(), nullptr),
              "igraph_betweenness_subset");
  ExpectNear(Betweenness(g, {.sources = sources}).scores, expected.ToStd(), 1e-9, "subset");
}

// From 64 sources on, the searches run on a copy renumbered by out-degree: a list of 70 sources
// (one listed twice) sums what the sources give one at a time (each run on g itself).
TEST(BetweennessTest, ManySourcesEqualTheirSingleSourceSums) {
  for (const bool weighted : {false, true}) {
    const Digraph g = RandomTestGraph(
        {.n = 400, .m = 1600, .weighted = weighted, .multi_edges = true, .seed = 9});
    std::vector<NodeId> sources;
    for (NodeId s = 0; s < 69; ++s) sources.push_back((s * 37) % 400);
    sources.push_back(sources[3]);
    std::vector<double> summed(g.num_nodes(), 0.0);
    for (const NodeId s : sources) {
      const auto one = Betweenness(g, {.use_weights = weighted, .sources = {s}}).scores;
      for (NodeId v = 0; v < g.num_nodes(); ++v) summed[v] += one[v];
    }
    ExpectNear(Betweenness(g, {.use_weights = weighted, .sources = sources}).scores, summed, 1e-9,
               "many sources w=" + std::to_string(weighted));
  }
}

// A source whose one out-arc leads to another node is carried by that node's search (unweighted
// runs from every node). Sparse graphs are full of them: every node listed as a source (which
// runs each search on its own) must give the same scores, with and without endpoints, and the
// brute force must agree. The drawn part has a carried source its carrier reaches (0 -> 1 ->
// 2 -> 0 is not one: 1 is leaf-shaped, so 0 runs), one into a sink (5 -> 6), one into a
// self-loop node (7 -> 8, 8 -> 8, 8 -> 9) and a leaf on a self-loop alone (10 -> 10).
TEST(BetweennessTest, CarriedSourcesGiveWhatTheirOwnSearchesGive) {
  std::vector<Digraph> graphs;
  graphs.push_back(Build({{0, 1},
                          {1, 2},
                          {2, 0},
                          {2, 3},
                          {3, 2},
                          {3, 4},
                          {4, 3},
                          {11, 3},
                          {12, 3},
                          {5, 6},
                          {7, 8},
                          {8, 8},
                          {8, 9},
                          {9, 7},
                          {10, 10}},
                         13, false));
  for (const bool undirected : {false, true}) {
    for (const std::uint64_t seed : {4, 5}) {
      graphs.push_back(RandomTestGraph({.n = 90,
                                        .m = 100,
                                        .undirected = undirected,
                                        .weighted = true,
                                        .multi_edges = true,
                                        .seed = seed}));
    }
  }
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    const Digraph& g = graphs[i];
    std::vector<NodeId> every(g.num_nodes());
    for (NodeId v = 0; v < g.num_nodes(); ++v) every[v] = v;
    ExpectNear(Betweenness(g).scores, BruteForce(g, false), 1e-9,
               "brute force graph " + std::to_string(i));
    for (const bool endpoints : {false, true}) {
      for (const bool use_weights : {false, true}) {
        const BetweennessOptions options{.use_weights = use_weights, .endpoints = endpoints};
        BetweennessOptions listed = options;
        listed.sources = every;
        ExpectNear(Betweenness(g, options).scores, Betweenness(g, listed).scores, 1e-9,
                   "graph " + std::to_string(i) + " endpoints=" + std::to_string(endpoints) +
                       " weights=" + std::to_string(use_weights));
      }
    }
  }
}

TEST(BetweennessTest, MatchesNetworkx) {
  if (!testing::PythonHasModules({"networkx"})) GTEST_SKIP() << "networkx missing";
  for (const bool undirected : {false, true}) {
    for (const bool weighted : {false, true}) {
      const Digraph g = RandomTestGraph(
          {.n = 120, .m = 360, .undirected = undirected, .weighted = weighted, .seed = 11});
      const auto expected = testing::NetworkxScores(
          g, weighted ? "nx.betweenness_centrality(G, normalized=True, weight='weight')"
                      : "nx.betweenness_centrality(G, normalized=True)");
      ExpectNear(Betweenness(g, {.normalized = true, .use_weights = weighted}).scores, expected,
                 1e-9,
                 "networkx u=" + std::to_string(undirected) + " w=" + std::to_string(weighted));
      const auto with_endpoints = testing::NetworkxScores(
          g, "nx.betweenness_centrality(G, normalized=False, endpoints=True)");
      ExpectNear(Betweenness(g, {.endpoints = true}).scores, with_endpoints, 1e-9,
                 "networkx endpoints");
    }
  }
}

TEST(BetweennessTest, BitIdenticalForAnyThreadCount) {
  const Digraph g =
      RandomTestGraph({.n = 1000, .m = 4000, .weighted = true, .multi_edges = true, .seed = 5});
  const int saved = MaxThreads();
  for (const bool weighted : {false, true}) {
    SetThreads(1);
    const auto one = Betweenness(g, {.use_weights = weighted}).scores;
    SetThreads(2);
    const auto two = Betweenness(g, {.use_weights = weighted}).scores;
    SetThreads(3);
    const auto three = Betweenness(g, {.use_weights = weighted}).scores;
    EXPECT_EQ(one, two);
    EXPECT_EQ(one, three);
  }
  SetThreads(saved);
}

TEST(BetweennessTest, ProgressReachesOne) {
  const Digraph g = RandomTestGraph({.n = 100, .m = 300, .seed = 9});
  double last = 0;
  Betweenness(g, {.progress = [&](double f) { last = f; }});
  EXPECT_DOUBLE_EQ(last, 1.0);
}

TEST(BetweennessTest, Errors) {
  const Digraph g = Build({{0, 1}, {1, 2}}, 3, false, {1, -2});
  try {
    Betweenness(g, {.use_weights = true});
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "weights must be finite and > 0 (they are lengths), got -2 on arc 1->2");
  }
  EXPECT_NO_THROW(Betweenness(g));  // weights are ignored unless asked for
  try {
    Betweenness(g, {.sources = {0, 3}});
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "sources must be node ids below 3, got 3");
  }
}

TEST(ApproxBetweennessTest, SampleSizeAndVertexDiameter) {
  // floor(log2(8)) = 3: r = ceil(0.5 / 0.01 * (3 + 1 + ln 10)) = ceil(315.129...) = 316
  EXPECT_EQ(RiondatoKornaropoulosSampleSize(10, 0.1, 0.1, 0.5), 316u);
  EXPECT_EQ(RiondatoKornaropoulosSampleSize(2, 0.1, 0.1, 0.5), 0u);
  //  0 - 1 - 2 - 3 - 4   5 - 6: ecc(0) = 4 gives 2*4+1 = 9, capped by the component size 5
  const Digraph path = Build({{0, 1}, {1, 2}, {2, 3}, {3, 4}, {5, 6}}, 7, true);
  EXPECT_EQ(VertexDiameterBound(path, false), 5u);
  //  0 - 1 - 2 - 3 - 4 - 5 - 6 - 7 and a star 8 - {9..20}: ecc(0) = 7 -> 8 nodes; ecc(8) = 1
  //  -> 3 nodes; the path decides.
  std::vector<std::pair<NodeId, NodeId>> arcs;
  for (NodeId v = 0; v < 7; ++v) arcs.push_back({v, v + 1});
  for (NodeId v = 9; v <= 20; ++v) arcs.push_back({8, v});
  EXPECT_EQ(VertexDiameterBound(Build(arcs, 21, true), false), 8u);
  // Directed: chains of single-node strong components; the path has 8 nodes, the star 2.
  EXPECT_EQ(VertexDiameterBound(Build(arcs, 21, false), false), 8u);
  // Weighted: the largest weak component (hop counts of weighted paths are not bounded).
  std::vector<Weight> weights(arcs.size(), 2.0f);
  EXPECT_EQ(VertexDiameterBound(Build(arcs, 21, false, weights), true), 13u);
}

// RK's guarantee: with probability >= 1 - delta, max_v |estimate - exact| <= epsilon, with exact
// = raw ordered-pair betweenness / (n (n - 1)). Checked for several seeds (each a 90% event, so
// a fixed set passing is evidence, and a systematic bias would fail them all).
TEST(ApproxBetweennessTest, WithinEpsilonOfExact) {
  const double epsilon = 0.03;
  for (const bool undirected : {false, true}) {
    for (const bool weighted : {false, true}) {
      const Digraph g = RandomTestGraph({.n = 200,
                                         .m = undirected ? 300u : 600u,
                                         .undirected = undirected,
                                         .weighted = weighted,
                                         .multi_edges = true,
                                         .seed = 21});
      const double n = g.num_nodes();
      auto exact = Betweenness(g, {.use_weights = weighted}).scores;
      for (double& x : exact) x *= (undirected ? 2.0 : 1.0) / (n * (n - 1));
      for (const std::uint64_t seed : {1, 2, 3, 4, 5}) {
        const auto approx = ApproxBetweenness(
            g, {.epsilon = epsilon, .delta = 0.1, .seed = seed, .use_weights = weighted});
        EXPECT_GT(approx.num_samples, 0u);
        double worst = 0;
        for (NodeId v = 0; v < g.num_nodes(); ++v) {
          worst = std::max(worst, std::abs(approx.scores[v] - exact[v]));
        }
        EXPECT_LE(worst, epsilon) << "undirected " << undirected << " weighted " << weighted
                                  << " seed " << seed;
      }
    }
  }
}

TEST(ApproxBetweennessTest, IdenticalForAnyThreadCount) {
  const Digraph g =
      RandomTestGraph({.n = 500, .m = 2000, .weighted = true, .multi_edges = true, .seed = 4});
  const int saved = MaxThreads();
  for (const bool weighted : {false, true}) {
    const ApproxBetweennessOptions options{.epsilon = 0.05, .seed = 9, .use_weights = weighted};
    SetThreads(1);
    const auto one = ApproxBetweenness(g, options);
    SetThreads(2);
    const auto two = ApproxBetweenness(g, options);
    EXPECT_EQ(one.scores, two.scores);
    EXPECT_EQ(one.pairs_connected, two.pairs_connected);
    const auto other_seed =
        ApproxBetweenness(g, {.epsilon = 0.05, .seed = 10, .use_weights = weighted});
    EXPECT_NE(one.scores, other_seed.scores);
  }
  SetThreads(saved);
}

TEST(ApproxBetweennessTest, Errors) {
  const Digraph g = Build({{0, 1}, {1, 2}}, 3, false, {1, 0});
  auto message = [&](const ApproxBetweennessOptions& options) {
    try {
      ApproxBetweenness(g, options);
    } catch (const InvalidArgument& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message({.epsilon = 0}), "epsilon must be in (0, 1), got 0");
  EXPECT_EQ(message({.delta = 1.5}), "delta must be in (0, 1), got 1.5");
  EXPECT_EQ(message({.c = -1}), "c must be > 0, got -1");
  EXPECT_EQ(message({.use_weights = true}),
            "weights must be finite and > 0 (they are lengths), got 0 on arc 1->2");
}

}  // namespace
}  // namespace ombak
