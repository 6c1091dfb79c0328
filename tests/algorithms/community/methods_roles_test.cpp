// Tests of label propagation, the igraph-backed methods, community summaries, roles, bridges
// and polarization measures: exact values on drawn graphs, igraph oracles, determinism.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "algorithms/community/compare.hpp"
#include "algorithms/community/igraph_methods.hpp"
#include "algorithms/community/label_propagation.hpp"
#include "algorithms/community/lfr.hpp"
#include "algorithms/community/polarization.hpp"
#include "algorithms/community/quality.hpp"
#include "algorithms/community/roles.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "tests/algorithms/community/community_fixtures.hpp"

namespace ombak {
namespace {

using ::testing::ElementsAre;
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
const Partition kHalves = CanonicalPartition({0, 0, 0, 1, 1, 1});

TEST(LabelPropagation, TwoTrianglesAndKnownLabels) {
  const CommunityResult r = LabelPropagation(TwoTriangles(), {.seed = 4});
  EXPECT_TRUE(r.converged);
  EXPECT_NEAR(r.quality, Modularity(TwoTriangles(), r.partition), 1e-12);
  // Semi-supervised: 0, 1 carry label 7 and 3, 5 label 9; 2 and 4 follow their triangle.
  std::vector<std::uint32_t> known = {7, 7, kNoLabel, 9, kNoLabel, 9};
  const CommunityResult s = LabelPropagation(TwoTriangles(), {.fixed_labels = known});
  EXPECT_THAT(s.partition.membership, ElementsAre(0, 0, 0, 1, 1, 1));
}

TEST(LabelPropagation, SeededAndRecoversPlantedGroups) {
  const LfrGraph lfr = GenerateLfr({.n = 2000, .mixing = 0.1, .seed = 2});
  const CommunityResult a = LabelPropagation(lfr.graph, {.seed = 3});
  SetThreads(1);
  const CommunityResult b = LabelPropagation(lfr.graph, {.seed = 3});
  SetThreads(2);
  EXPECT_EQ(a.partition.membership, b.partition.membership);
  EXPECT_GT(NormalizedMutualInformation(a.partition, lfr.planted), 0.9);
}

TEST(IgraphMethods, RecoverTrianglesAndAreSeeded) {
  for (const CommunityResult& r :
       {Infomap(TwoTriangles()), FastGreedy(TwoTriangles()), Walktrap(TwoTriangles())}) {
    EXPECT_THAT(r.partition.membership, ElementsAre(0, 0, 0, 1, 1, 1));
  }
  EXPECT_NEAR(FastGreedy(TwoTriangles()).quality, 5.0 / 14.0, 1e-12);
  const LfrGraph lfr = GenerateLfr({.n = 1000, .mixing = 0.3, .seed = 5});
  EXPECT_EQ(Infomap(lfr.graph, {.seed = 8}).partition.membership,
            Infomap(lfr.graph, {.seed = 8}).partition.membership);
  EXPECT_GT(NormalizedMutualInformation(Infomap(lfr.graph).partition, lfr.planted), 0.9);
  EXPECT_GT(NormalizedMutualInformation(Walktrap(lfr.graph).partition, lfr.planted), 0.8);
  EXPECT_THAT([] { Infomap(TwoTriangles(), {.trials = 0}); },
              ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("trials must be >= 1, got 0")));
  EXPECT_THAT(
      [] { Walktrap(TwoTriangles(), {.walktrap_steps = 0}); },
      ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("walktrap_steps must be >= 1, got 0")));
}

TEST(Roles, SummaryMatrixRolesBridgesExact) {
  const Digraph g = TwoTriangles();
  const std::vector<double> score = {0.1, 0.2, 0.9, 0.3, 0.8, 0.05};
  const auto summary = SummarizeCommunities(g, kHalves, score, 2);
  ASSERT_EQ(summary.size(), 2u);
  EXPECT_EQ(summary[0].size, 3u);
  EXPECT_EQ(summary[0].internal_edges, 3u);
  EXPECT_EQ(summary[0].external_edges, 1u);
  EXPECT_DOUBLE_EQ(summary[0].density, 1.0);
  EXPECT_THAT(summary[0].top_accounts, ElementsAre(2, 1));
  EXPECT_THAT(summary[1].top_accounts, ElementsAre(4, 3));
  const auto links = CommunityEdgeMatrix(g, kHalves);
  ASSERT_EQ(links.size(), 3u);  // (0,0) 3 edges, (0,1) 1 edge, (1,1) 3 edges
  EXPECT_EQ(links[1].from, 0u);
  EXPECT_EQ(links[1].to, 1u);
  EXPECT_EQ(links[1].edges, 1u);
  // Roles: within-community degrees (2, 2, 2) in each half -> z = 0; node 2 has 2 of 3 links
  // inside: P = 1 - (2/3)^2 - (1/3)^2 = 4/9; nodes 0, 1: P = 0.
  const NodeRoles roles = ComputeNodeRoles(g, kHalves);
  EXPECT_THAT(roles.within_z, ElementsAre(0, 0, 0, 0, 0, 0));
  EXPECT_NEAR(roles.participation[2], 4.0 / 9.0, 1e-15);
  EXPECT_DOUBLE_EQ(roles.participation[0], 0.0);
  EXPECT_EQ(roles.role[2], NodeRole::kPeripheral);
  EXPECT_EQ(roles.role[0], NodeRole::kUltraPeripheral);
  const auto bridges = BridgeAccounts(g, kHalves, 0, 1, 5);
  ASSERT_EQ(bridges.size(), 2u);
  EXPECT_EQ(bridges[0].node, 2u);
  EXPECT_EQ(bridges[1].node, 4u);
  EXPECT_DOUBLE_EQ(bridges[0].to_other, 1.0);
  EXPECT_DOUBLE_EQ(bridges[0].to_own, 2.0);
  EXPECT_NEAR(bridges[0].participation, 4.0 / 9.0, 1e-15);
  EXPECT_THAT(
      [&] { BridgeAccounts(g, kHalves, 0, 2); },
      ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("community 2 is not below count 2")));
  EXPECT_THAT([&] { SummarizeCommunities(g, kHalves, std::vector<double>(2), 1); },
              ::testing::ThrowsMessage<InvalidArgument>(
                  HasSubstr("scores has 2 entries but the graph has 6 nodes")));
}

TEST(Polarization, ExactOnTwoTriangles) {
  const Digraph g = TwoTriangles();
  const EiIndexResult ei = EiIndex(g, kHalves);
  EXPECT_DOUBLE_EQ(ei.overall, (1.0 - 6.0) / 7.0);
  EXPECT_DOUBLE_EQ(ei.per_community[0], (1.0 - 3.0) / 4.0);
  // Every edge-end pair: e_ii = 6/14 each half... r = (6/7 - 1/2) / (1 - 1/2) = 5/7.
  EXPECT_NEAR(NominalAssortativity(g, kHalves), 5.0 / 7.0, 1e-15);
  // Hubs: node 2 (degree 3) for side 0, node 4 for side 1; walks from 0/1 reach 2 first unless
  // ... every walk from side 0 reaches hub 2 before hub 4 (4 is only reachable through 2).
  const RwcResult rwc = RandomWalkControversy(g, kHalves, 0, 1, {.hubs = 1, .walks = 1000});
  EXPECT_THAT(rwc.hubs_x, ElementsAre(2));
  EXPECT_THAT(rwc.hubs_y, ElementsAre(4));
  EXPECT_DOUBLE_EQ(rwc.rwc, 1.0);
  EXPECT_EQ(rwc.unfinished, 0u);
}

TEST(Polarization, AssortativityMatchesIgraph) {
  for (std::uint64_t seed = 1; seed <= 8; ++seed) {
    const Digraph g = testing::RandomGraph(80, 300, seed, seed % 2 == 0, false);
    RandomStream rng(seed, 1);
    std::vector<std::uint32_t> labels(80);
    std::vector<double> values(80);
    for (NodeId v = 0; v < 80; ++v) {
      labels[v] = static_cast<std::uint32_t>(rng.Below(4));
      values[v] = rng.Uniform() * 10 + labels[v];
    }
    const Partition p = CanonicalPartition(labels);
    IgraphGraph ig = ToIgraph(g);
    IgraphIntVector types(testing::ToIgraphMembership(p));
    IgraphVector vals(values);
    for (bool directed : {true, false}) {
      igraph_real_t nominal = 0, numeric = 0;
      IgraphCheck(igraph_assortativity_nominal(ig.get(), types.get(), &nominal, directed, true),
                  "n");
      IgraphCheck(igraph_assortativity(ig.get(), vals.get(), nullptr, &numeric, directed, true),
                  "a");
      EXPECT_NEAR(NominalAssortativity(g, p, directed), nominal, 1e-12);
      EXPECT_NEAR(NumericAssortativity(g, values, directed), numeric, 1e-12);
    }
  }
}

TEST(Polarization, RwcDeterministicAndPolarizedOnPlantedCamps) {
  const Digraph camps = testing::PlantedGraph(2, 300, 0.05, 0.0002, 4);
  const Partition sides = CanonicalPartition([] {
    std::vector<std::uint32_t> l(600);
    for (NodeId v = 0; v < 600; ++v) l[v] = v / 300;
    return l;
  }());
  SetThreads(1);
  const RwcResult one = RandomWalkControversy(camps, sides, 0, 1, {.walks = 4000, .seed = 3});
  SetThreads(2);
  const RwcResult two = RandomWalkControversy(camps, sides, 0, 1, {.walks = 4000, .seed = 3});
  EXPECT_EQ(one.rwc, two.rwc);
  EXPECT_GT(one.rwc, 0.5);
  const Digraph mixed = testing::PlantedGraph(2, 300, 0.03, 0.03, 4);
  EXPECT_LT(std::abs(RandomWalkControversy(mixed, sides, 0, 1, {.walks = 4000}).rwc), 0.2);
  EXPECT_THAT([&] { RandomWalkControversy(camps, sides, 1, 1); },
              ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("the two sides must differ")));
  EXPECT_THAT([&] { RandomWalkControversy(camps, sides, 0, 1, {.hubs = 0}); },
              ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("hubs must be >= 1, got 0")));
}

}  // namespace
}  // namespace ombak
