// Tests of modularity, coverage, conductance and the partition comparisons, against exact
// values and igraph_modularity / igraph_compare_communities.
#include "algorithms/community/quality.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "algorithms/community/compare.hpp"
#include "graph/errors.hpp"
#include "tests/algorithms/community/community_fixtures.hpp"

namespace ombak {
namespace {

using testing::FromPairs;
using ::testing::HasSubstr;

// Two triangles joined by the edge 2-4:
//
//   0       3
//   | \   / |
//   |  2-4  |
//   | /   \ |
//   1       5
Digraph TwoTriangles() {
  return FromPairs(6, {{0, 1}, {0, 2}, {1, 2}, {2, 4}, {3, 4}, {3, 5}, {4, 5}});
}

TEST(Modularity, TwoTrianglesExact) {
  const Digraph g = TwoTriangles();
  const Partition halves = CanonicalPartition({0, 0, 0, 1, 1, 1});
  // Internal edges 6 of 7; each side has degree sum 7 of 14: Q = 6/7 - 2 (1/2)^2 = 5/14.
  EXPECT_NEAR(Modularity(g, halves), 5.0 / 14.0, 1e-15);
  EXPECT_NEAR(Modularity(g, halves, {.resolution = 2.0}), 6.0 / 7.0 - 1.0, 1e-15);
  EXPECT_NEAR(Modularity(g, CanonicalPartition({0, 0, 0, 0, 0, 0})), 0.0, 1e-15);
  EXPECT_NEAR(Coverage(g, halves), 6.0 / 7.0, 1e-15);
  EXPECT_THAT(Conductance(g, halves), ::testing::ElementsAre(1.0 / 7.0, 1.0 / 7.0));
}

TEST(Modularity, NoEdgesIsNan) {
  const Digraph g = FromPairs(3, {});
  EXPECT_TRUE(std::isnan(Modularity(g, CanonicalPartition({0, 1, 2}))));
}

TEST(Modularity, MatchesIgraphOnRandomGraphs) {
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    const bool undirected = seed % 2 == 0;
    const bool weighted = seed % 3 != 0;
    const Digraph g = testing::RandomGraph(60, 240, seed, undirected, weighted);
    RandomStream rng(seed, 5);
    std::vector<std::uint32_t> labels(60);
    for (auto& l : labels) l = static_cast<std::uint32_t>(rng.Below(1 + seed % 7));
    const Partition p = CanonicalPartition(labels);
    for (double gamma : {0.5, 1.0, 1.7}) {
      for (bool directed : {true, false}) {
        EXPECT_NEAR(Modularity(g, p, {.resolution = gamma, .directed = directed}),
                    testing::IgraphModularity(g, p, gamma, directed), 1e-12)
            << "seed " << seed << " gamma " << gamma << " directed " << directed;
      }
    }
  }
}

TEST(Modularity, SelfLoopsCountLikeIgraph) {
  EdgeList edges;
  edges.Add(0, 0, 2.0f);
  edges.Add(0, 1, 1.0f);
  edges.Add(1, 2, 3.0f);
  edges.Add(2, 2, 1.0f);
  const Digraph undirected = BuildDigraph(edges, 3, {.undirected = true});
  const Digraph directed = BuildDigraph(std::move(edges), 3);
  const Partition p = CanonicalPartition({0, 0, 1});
  EXPECT_NEAR(Modularity(undirected, p), testing::IgraphModularity(undirected, p, 1.0, false),
              1e-12);
  EXPECT_NEAR(Modularity(directed, p), testing::IgraphModularity(directed, p, 1.0, true), 1e-12);
}

TEST(Modularity, Errors) {
  const Digraph g = TwoTriangles();
  EXPECT_THAT(
      [&] {
        Modularity(g, CanonicalPartition({0, 1}));
      },
      ::testing::ThrowsMessage<InvalidArgument>(
          HasSubstr("partition has 2 entries but the graph has 6 nodes")));
  EXPECT_THAT(
      [&] {
        Modularity(g, CanonicalPartition({0, 0, 0, 1, 1, 1}), {.resolution = -1});
      },
      ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("resolution must be >= 0")));
  Partition bad{{0, 0, 0, 1, 1, 5}, 2};
  EXPECT_THAT([&] { Coverage(g, bad); }, ::testing::ThrowsMessage<InvalidArgument>(
                                             HasSubstr("partition[5] = 5 is not below count 2")));
}

TEST(CanonicalPartition, NumbersBySmallestNode) {
  const Partition p = CanonicalPartition({9, 4, 9, 1000000, 4});
  EXPECT_THAT(p.membership, ::testing::ElementsAre(0, 1, 0, 2, 1));
  EXPECT_EQ(p.count, 3u);
  EXPECT_THAT(CommunitySizes(p), ::testing::ElementsAre(2, 2, 1));
}

double IgraphCompare(const Partition& a, const Partition& b, igraph_community_comparison_t how) {
  IgraphIntVector va(testing::ToIgraphMembership(a)), vb(testing::ToIgraphMembership(b));
  igraph_real_t result = 0;
  IgraphCheck(igraph_compare_communities(va.get(), vb.get(), &result, how), "compare");
  return result;
}

TEST(ComparePartitions, ExactOnSmallCase) {
  const Partition a = CanonicalPartition({0, 0, 0, 1, 1, 1});
  EXPECT_DOUBLE_EQ(NormalizedMutualInformation(a, a), 1.0);
  EXPECT_DOUBLE_EQ(AdjustedRandIndex(a, a), 1.0);
  EXPECT_DOUBLE_EQ(VariationOfInformation(a, a), 0.0);
  // Independent halves: I = 0, H1 = H2 = ln 2; Rand = 1/3, expected 5/9, ARI = -1/2.
  const Partition x = CanonicalPartition({0, 0, 1, 1});
  const Partition y = CanonicalPartition({0, 1, 0, 1});
  const PartitionComparison cmp = ComparePartitions(x, y);
  EXPECT_NEAR(cmp.nmi, 0.0, 1e-15);
  EXPECT_NEAR(cmp.variation_of_information, 2.0 * std::log(2.0), 1e-15);
  EXPECT_NEAR(cmp.rand, 1.0 / 3.0, 1e-15);
  EXPECT_NEAR(cmp.adjusted_rand, -0.5, 1e-15);
  // Both trivial: NMI is 1 by igraph's convention.
  EXPECT_DOUBLE_EQ(
      NormalizedMutualInformation(CanonicalPartition({0, 0}), CanonicalPartition({0, 0})), 1.0);
}

TEST(ComparePartitions, MatchesIgraph) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    RandomStream rng(seed, 3);
    const std::size_t n = 5 + rng.Below(200);
    std::vector<std::uint32_t> x(n), y(n);
    for (std::size_t i = 0; i < n; ++i) {
      x[i] = static_cast<std::uint32_t>(rng.Below(1 + seed % 9));
      y[i] = rng.Bernoulli(0.6) ? x[i] : static_cast<std::uint32_t>(rng.Below(4));
    }
    const Partition a = CanonicalPartition(x), b = CanonicalPartition(y);
    const PartitionComparison cmp = ComparePartitions(a, b);
    EXPECT_NEAR(cmp.nmi, IgraphCompare(a, b, IGRAPH_COMMCMP_NMI), 1e-12);
    EXPECT_NEAR(cmp.adjusted_rand, IgraphCompare(a, b, IGRAPH_COMMCMP_ADJUSTED_RAND), 1e-12);
    EXPECT_NEAR(cmp.rand, IgraphCompare(a, b, IGRAPH_COMMCMP_RAND), 1e-12);
    EXPECT_NEAR(cmp.variation_of_information, IgraphCompare(a, b, IGRAPH_COMMCMP_VI), 1e-12);
  }
}

TEST(ComparePartitions, Errors) {
  EXPECT_THAT(
      [] {
        NormalizedMutualInformation(CanonicalPartition({0, 1}), CanonicalPartition({0}));
      },
      ::testing::ThrowsMessage<InvalidArgument>(
          HasSubstr("partitions have different lengths: 2 and 1")));
  EXPECT_THAT([] { AdjustedRandIndex(CanonicalPartition({0}), CanonicalPartition({0})); },
              ::testing::ThrowsMessage<InvalidArgument>(
                  HasSubstr("Rand indices need at least 2 nodes, got 1")));
}

}  // namespace
}  // namespace ombak
