// Tests of EdgeProbabilities and its factories (uniform, weighted cascade, trivalency,
// weights, Linear Threshold normalisation).
#include "algorithms/diffusion/edge_probabilities.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "graph/errors.hpp"
#include "tests/algorithms/diffusion/cascade_fixtures.hpp"

namespace ombak {
namespace {

using ::ombak::testing::FiveNodeGraph;
using ::ombak::testing::MakeGraph;
using ::testing::HasSubstr;

template <typename F>
std::string ErrorOf(F&& f) {
  try {
    f();
  } catch (const InvalidArgument& e) {
    return e.what();
  }
  return "no exception";
}

Digraph Weighted(std::vector<Weight> weights) {
  // 0 -> 1 (w0), 0 -> 2 (w1), 1 -> 2 (w2): account 0 listens to 1 and 2.
  EdgeList edges;
  edges.Add(0, 1, weights[0]);
  edges.Add(0, 2, weights[1]);
  edges.Add(1, 2, weights[2]);
  return BuildDigraph(std::move(edges), 3);
}

TEST(EdgeProbabilities, WeightedCascadeIsOneOverAccountsListenedTo) {
  const Digraph g = FiveNodeGraph();
  const EdgeProbabilities p = WeightedCascadeProbabilities(g);
  // Account 2 listens to 0 and 1; account 3 listens to 1 and 2; 1 listens only to 0.
  EXPECT_FLOAT_EQ(p[g.FindEdge(2, 0)], 0.5f);
  EXPECT_FLOAT_EQ(p[g.FindEdge(3, 2)], 0.5f);
  EXPECT_FLOAT_EQ(p[g.FindEdge(1, 0)], 1.0f);
  EXPECT_FLOAT_EQ(p[g.FindEdge(4, 3)], 1.0f);
}

TEST(EdgeProbabilities, InPositionCopyFollowsTheInAdjacency) {
  const Digraph g = FiveNodeGraph();
  std::vector<float> values(g.num_edges());
  for (EdgeId e = 0; e < values.size(); ++e) values[e] = 0.01f * (e + 1);
  const EdgeProbabilities p(g, values);
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    const auto sources = g.in_neighbors(u);
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const EdgeId e = g.FindEdge(sources[i], u);
      EXPECT_EQ(p.by_in_position()[g.in_offsets()[u] + i], values[e]);
    }
  }
}

TEST(EdgeProbabilities, TrivalencyIsSeededPerArc) {
  const Digraph g = ombak::testing::RandomDigraph(200, 2000, 3);
  const EdgeProbabilities a = TrivalencyProbabilities(g, 11);
  const EdgeProbabilities b = TrivalencyProbabilities(g, 11);
  const EdgeProbabilities c = TrivalencyProbabilities(g, 12);
  int counts[3] = {0, 0, 0};
  bool differs = false;
  for (EdgeId e = 0; e < g.num_edges(); ++e) {
    EXPECT_EQ(a[e], b[e]);
    differs |= a[e] != c[e];
    counts[a[e] == 0.1f ? 0 : a[e] == 0.01f ? 1 : 2]++;
  }
  EXPECT_TRUE(differs);
  for (int count : counts) EXPECT_GT(count, 550);  // ~667 each
}

TEST(EdgeProbabilities, WeightsAsProbabilities) {
  const Digraph g = Weighted({0.5f, 0.25f, 1.0f});
  const EdgeProbabilities p = WeightProbabilities(g);
  EXPECT_FLOAT_EQ(p[0], 0.5f);
  EXPECT_FLOAT_EQ(p[2], 1.0f);
}

TEST(EdgeProbabilities, LinearThresholdWeightsSumToAtMostOne) {
  const Digraph g = Weighted({3.0f, 1.0f, 0.5f});
  const EdgeProbabilities normalized =
      LinearThresholdWeights(g, LinearThresholdWeighting::kNormalizedWeight);
  EXPECT_FLOAT_EQ(normalized[0], 0.75f);
  EXPECT_FLOAT_EQ(normalized[1], 0.25f);
  EXPECT_FLOAT_EQ(normalized[2], 1.0f);
  const EdgeProbabilities capped =
      LinearThresholdWeights(g, LinearThresholdWeighting::kCappedWeight);
  EXPECT_FLOAT_EQ(capped[0], 0.75f);  // 3 + 1 > 1: divided by the sum
  EXPECT_FLOAT_EQ(capped[2], 0.5f);   // 0.5 <= 1: kept
  const EdgeProbabilities uniform = LinearThresholdWeights(g);
  EXPECT_FLOAT_EQ(uniform[0], 0.5f);
}

TEST(EdgeProbabilities, ErrorMessages) {
  const Digraph g = FiveNodeGraph();
  EXPECT_EQ(ErrorOf([&] { UniformProbabilities(g, 1.5); }), "p must be in [0, 1], got 1.5");
  EXPECT_EQ(ErrorOf([&] { EdgeProbabilities(g, {0.1f}); }),
            "edge probabilities need one value per arc (7), got 1");
  EXPECT_EQ(ErrorOf([&] { EdgeProbabilities(g, std::vector<float>(7, -0.5f)); }),
            "edge probability must be in [0, 1], got -0.5 on edge 0 (0->4)");
  EXPECT_EQ(ErrorOf([&] { TrivalencyProbabilities(g, 1, {}); }),
            "trivalency levels must not be empty");
  EXPECT_EQ(ErrorOf([&] {
              TrivalencyProbabilities(g, 1, {0.5, 2.0});
            }),
            "trivalency level must be in [0, 1], got 2");
  EXPECT_EQ(ErrorOf([&] { WeightProbabilities(g); }),
            "the graph has no arc weights to use as probabilities");
  EXPECT_EQ(ErrorOf([&] {
              WeightProbabilities(Weighted({0.5f, 2.0f, 0.1f}));
            }),
            "arc weight used as a probability must be in [0, 1], got 2 on edge 1 (0->2)");
  EXPECT_EQ(
      ErrorOf([&] { LinearThresholdWeights(g, LinearThresholdWeighting::kNormalizedWeight); }),
      "the graph has no arc weights for weighted Linear Threshold");
  EXPECT_EQ(ErrorOf([&] {
              LinearThresholdWeights(Weighted({0.5f, -1.0f, 0.1f}),
                                     LinearThresholdWeighting::kCappedWeight);
            }),
            "Linear Threshold arc weight must be finite and >= 0, got -1 on edge 1 (0->2)");
  const Digraph other = MakeGraph(2, {{0, 1}});
  const EdgeProbabilities p = UniformProbabilities(other, 0.5);
  EXPECT_THAT(ErrorOf([&] { p.CheckMatches(g, "edge probabilities"); }),
              HasSubstr("edge probabilities were computed for a graph with 2 nodes and 1 arcs, "
                        "got a graph with 5 nodes and 7 arcs"));
}

}  // namespace
}  // namespace ombak
