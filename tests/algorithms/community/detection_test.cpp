// Tests of Louvain and Leiden: exact results on a drawn graph, invariants (monotone local
// moving, connected Leiden communities), determinism across thread counts, and comparisons with
// igraph's multilevel and Leiden on real and synthetic graphs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "algorithms/community/community_graph.hpp"
#include "algorithms/community/compare.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/louvain.hpp"
#include "algorithms/community/quality.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
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

TEST(Louvain, TwoTrianglesExact) {
  const CommunityResult r = Louvain(TwoTriangles());
  EXPECT_THAT(r.partition.membership, ::testing::ElementsAre(0, 0, 0, 1, 1, 1));
  EXPECT_EQ(r.partition.count, 2u);
  EXPECT_NEAR(r.quality, 5.0 / 14.0, 1e-15);
  EXPECT_TRUE(r.converged);
}

TEST(Leiden, TwoTrianglesExact) {
  const CommunityResult r = Leiden(TwoTriangles(), {.iterations = 0});
  EXPECT_THAT(r.partition.membership, ::testing::ElementsAre(0, 0, 0, 1, 1, 1));
  EXPECT_NEAR(r.quality, 5.0 / 14.0, 1e-15);
  EXPECT_TRUE(r.converged);
  // CPM with gamma = 0.5: each triangle has 3 edges and 3 nodes; igraph's quality is
  // (2 * 6 - 0.5 * (9 + 9)) / (2 * 7) = 3 / 14.
  const CommunityResult cpm =
      Leiden(TwoTriangles(), {.objective = LeidenObjective::kCpm, .resolution = 0.5});
  EXPECT_THAT(cpm.partition.membership, ::testing::ElementsAre(0, 0, 0, 1, 1, 1));
  EXPECT_NEAR(cpm.quality, 3.0 / 14.0, 1e-15);
}

// Found by fuzzing (a Pajek file declaring 1,000,000 vertices, three of them linked): local
// moving prefetched through an index past the end of the arcs, undefined behaviour that UBSan
// reports. Two separate edges among isolated nodes: each edge is a community, every isolated
// node its own.
TEST(Detection, MostlyIsolatedNodes) {
  const Digraph g = FromPairs(1000, {{1, 2}, {996, 997}});
  for (const CommunityResult& r : {Louvain(g), Leiden(g)}) {
    EXPECT_EQ(r.partition.count, 998u);
    EXPECT_EQ(r.partition.membership[1], r.partition.membership[2]);
    EXPECT_EQ(r.partition.membership[996], r.partition.membership[997]);
    EXPECT_NE(r.partition.membership[0], r.partition.membership[1]);
    EXPECT_NEAR(r.quality, 0.5, 1e-12);  // two cliques of one edge each: 2 * (1/2 - 1/4)
  }
  const Digraph edgeless = FromPairs(1000, {});
  for (const CommunityResult& r : {Louvain(edgeless), Leiden(edgeless)}) {
    EXPECT_EQ(r.partition.count, 1000u);
    EXPECT_TRUE(std::isnan(r.quality));  // 0 / 0, as igraph_modularity gives without edges
  }
}

TEST(LocalMoving, QualityNeverDrops) {
  // Each call to MoveNodes must leave H no lower than before, on graphs big enough to use
  // several batches in parallel.
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const Digraph g = testing::RandomGraph(60000, 240000, seed, seed != 2, seed == 3);
    const auto cg = community_detail::BuildCommunityGraph(
        g, community_detail::Objective::kModularity, true, 1.0, true);
    auto state = community_detail::MakeState(cg);
    double before = community_detail::Quality(cg, state.community);
    for (int round = 0; round < 3; ++round) {
      const auto stats = community_detail::MoveNodes(
          cg, state, {.seed = seed, .stream = static_cast<std::uint64_t>(round), .max_sweeps = 1});
      const double after = community_detail::Quality(cg, state.community);
      EXPECT_GE(after, before - 1e-12);
      EXPECT_NEAR(after - before, stats.gain / cg.total, 1e-9);
      before = after;
    }
  }
}

TEST(CommunityGraph, PermuteGroupsCommunitiesAndKeepsQuality) {
  // Renumbering by community (used by Louvain and Leiden on large graphs) must list each
  // community contiguously and leave H and the rows' weights unchanged.
  const Digraph g = testing::RandomGraph(400, 1600, 7, false, true);
  const auto cg = community_detail::BuildCommunityGraph(g, community_detail::Objective::kModularity,
                                                        true, 1.0, true);
  std::vector<std::uint32_t> membership(cg.n);
  for (NodeId v = 0; v < cg.n; ++v) membership[v] = (v * 7919u) % 13u;
  const std::vector<NodeId> new_id = community_detail::GroupByCommunity(membership);
  const auto pg = community_detail::Permute(cg, new_id);
  std::vector<std::uint32_t> moved(cg.n);
  for (NodeId v = 0; v < cg.n; ++v) moved[new_id[v]] = membership[v];
  EXPECT_TRUE(std::is_sorted(moved.begin(), moved.end()));
  EXPECT_NEAR(community_detail::Quality(pg, moved), community_detail::Quality(cg, membership),
              1e-12);
  for (NodeId v = 0; v < cg.n; ++v) {
    ASSERT_EQ(pg.degree(new_id[v]), cg.degree(v));
    EXPECT_EQ(pg.a[new_id[v]], cg.a[v]);
    for (std::uint64_t i = 0; i < cg.degree(v); ++i) {
      EXPECT_EQ(pg.targets[pg.offsets[new_id[v]] + i], new_id[cg.targets[cg.offsets[v] + i]]);
      EXPECT_EQ(pg.weights[pg.offsets[new_id[v]] + i], cg.weights[cg.offsets[v] + i]);
    }
  }
}

TEST(Louvain, QualityIsIgraphModularity) {
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    const Digraph g = testing::RandomGraph(300, 1200, seed, seed % 2 == 0, seed % 3 == 0);
    for (bool directed : {true, false}) {
      const CommunityResult r = Louvain(g, {.resolution = 0.8, .directed = directed, .seed = seed});
      EXPECT_NEAR(r.quality, testing::IgraphModularity(g, r.partition, 0.8, directed), 1e-12);
      const CommunityResult l = Leiden(g, {.resolution = 0.8, .directed = directed, .seed = seed});
      EXPECT_NEAR(l.quality, testing::IgraphModularity(g, l.partition, 0.8, directed), 1e-12);
      EXPECT_TRUE(testing::CommunitiesConnected(g, l.partition));
    }
  }
}

TEST(Leiden, CommunitiesAlwaysConnected) {
  // Sparse random graphs, where Louvain often leaves a community in pieces.
  int louvain_disconnected = 0;
  for (std::uint64_t seed = 1; seed <= 60; ++seed) {
    const NodeId n = 200 + static_cast<NodeId>(seed * 37 % 800);
    const Digraph g =
        testing::RandomGraph(n, n * (1 + seed % 3), seed, seed % 4 != 0, seed % 5 == 0);
    const auto objective = seed % 6 == 0 ? LeidenObjective::kCpm : LeidenObjective::kModularity;
    const CommunityResult r =
        Leiden(g, {.objective = objective,
                   .resolution = objective == LeidenObjective::kCpm ? 0.05 : 1.0,
                   .seed = seed,
                   .iterations = static_cast<int>(seed % 3)});
    EXPECT_TRUE(testing::CommunitiesConnected(g, r.partition)) << "seed " << seed;
    if (!testing::CommunitiesConnected(g, Louvain(g, {.seed = seed}).partition)) {
      ++louvain_disconnected;
    }
  }
  std::printf("Louvain left a disconnected community on %d of 60 graphs\n", louvain_disconnected);
}

TEST(Detection, SameResultForOneAndTwoThreads) {
  const Digraph g = testing::RandomGraph(60000, 180000, 11, true, true);
  const Digraph d = testing::RandomGraph(60000, 180000, 12, false, false);
  const int threads = MaxThreads();
  for (const Digraph* graph : {&g, &d}) {
    SetThreads(1);
    const CommunityResult louvain1 = Louvain(*graph, {.seed = 5});
    const CommunityResult leiden1 = Leiden(*graph, {.seed = 5, .iterations = 2});
    SetThreads(2);
    const CommunityResult louvain2 = Louvain(*graph, {.seed = 5});
    const CommunityResult leiden2 = Leiden(*graph, {.seed = 5, .iterations = 2});
    EXPECT_EQ(louvain1.partition.membership, louvain2.partition.membership);
    EXPECT_EQ(leiden1.partition.membership, leiden2.partition.membership);
    EXPECT_EQ(louvain1.quality, louvain2.quality);
    EXPECT_EQ(leiden1.quality, leiden2.quality);
    // Large enough for the parallel batches and the renumbering by community in Leiden.
    EXPECT_TRUE(testing::CommunitiesConnected(*graph, leiden2.partition));
    EXPECT_NEAR(leiden2.quality, Modularity(*graph, leiden2.partition), 1e-12);
    EXPECT_NE(Louvain(*graph, {.seed = 6}).partition.membership, louvain1.partition.membership);
  }
  SetThreads(threads);
}

// Restarts on a small graph run on separate threads; the chosen run must not depend on them.
TEST(Detection, SmallGraphRestartsSameForOneAndTwoThreads) {
  const Digraph g = testing::RandomGraph(3000, 12000, 13, true, true);
  const int threads = MaxThreads();
  SetThreads(1);
  const CommunityResult louvain1 = Louvain(g, {.seed = 3});
  const CommunityResult leiden1 = Leiden(g, {.seed = 3});
  SetThreads(2);
  const CommunityResult louvain2 = Louvain(g, {.seed = 3});
  const CommunityResult leiden2 = Leiden(g, {.seed = 3});
  SetThreads(threads);
  EXPECT_EQ(louvain1.partition.membership, louvain2.partition.membership);
  EXPECT_EQ(leiden1.partition.membership, leiden2.partition.membership);
  EXPECT_EQ(louvain1.quality, louvain2.quality);
  EXPECT_EQ(leiden1.quality, leiden2.quality);
}

// Independent verifier of the restarts: the result is the best of the single runs with the
// restart seeds (restart 0 = the plain seed), the first among equals.
TEST(Detection, RestartsKeepTheBestSingleRun) {
  const Digraph g = testing::LoadFixture("polbooks/polbooks.gml");
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    CommunityResult best_louvain, best_leiden;
    for (int r = 0; r < 3; ++r) {
      const std::uint64_t restart_seed = community_detail::RestartSeed(seed, r);
      const CommunityResult louvain = Louvain(g, {.seed = restart_seed, .restarts = 1});
      const CommunityResult leiden = Leiden(g, {.seed = restart_seed, .restarts = 1});
      if (r == 0 || louvain.quality > best_louvain.quality) best_louvain = louvain;
      if (r == 0 || leiden.quality > best_leiden.quality) best_leiden = leiden;
    }
    const CommunityResult louvain = Louvain(g, {.seed = seed, .restarts = 3});
    const CommunityResult leiden = Leiden(g, {.seed = seed});  // default: 3 below 50,000 nodes
    EXPECT_EQ(louvain.partition.membership, best_louvain.partition.membership) << seed;
    EXPECT_EQ(leiden.partition.membership, best_leiden.partition.membership) << seed;
    EXPECT_EQ(leiden.quality, best_leiden.quality) << seed;
    EXPECT_EQ(leiden.seed, seed);
  }
  EXPECT_EQ(community_detail::RestartSeed(7, 0), 7u);
  EXPECT_NE(community_detail::RestartSeed(7, 1), community_detail::RestartSeed(7, 2));
}

TEST(Leiden, ReachesKarateOptimum) {
  const Digraph g = testing::LoadFixture("karate/karate_nx_with_club_and_weights.gml");
  int reached = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const CommunityResult r =
        Leiden(g, {.weighted = false, .seed = seed, .iterations = 0, .tolerance = 0});
    EXPECT_TRUE(r.converged);
    if (r.quality > 0.4197896 - 1e-7) ++reached;
  }
  std::printf("Leiden (until stable) reached Q = 0.4197896 on karate for %d of 20 seeds\n",
              reached);
  EXPECT_EQ(reached, 20);  // one run reaches it for about 3 seeds in 4; the best of 3 for all
}

TEST(Detection, Errors) {
  const Digraph g = TwoTriangles();
  EXPECT_THAT([&] { Louvain(g, {.resolution = -1}); },
              ::testing::ThrowsMessage<InvalidArgument>(
                  HasSubstr("resolution must be finite and >= 0, got -1")));
  EXPECT_THAT(
      [&] { Louvain(g, {.max_levels = 0}); },
      ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("max_levels must be >= 1, got 0")));
  EXPECT_THAT(
      [&] { Louvain(g, {.max_sweeps = 0}); },
      ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("max_sweeps must be >= 1, got 0")));
  EXPECT_THAT([&] { Louvain(g, {.tolerance = -1}); },
              ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("tolerance must be >= 0")));
  EXPECT_THAT(
      [&] { Louvain(g, {.restarts = -1}); },
      ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("restarts must be >= 0, got -1")));
  EXPECT_THAT(
      [&] { Leiden(g, {.restarts = -2}); },
      ::testing::ThrowsMessage<InvalidArgument>(HasSubstr("restarts must be >= 0, got -2")));
  EXPECT_THAT([&] { Leiden(g, {.randomness = 0}); },
              ::testing::ThrowsMessage<InvalidArgument>(
                  HasSubstr("randomness must be finite and > 0, got 0")));
  EXPECT_THAT(
      [&] {
        Leiden(g, {.initial_membership = {0, 1}});
      },
      ::testing::ThrowsMessage<InvalidArgument>(
          HasSubstr("initial_membership has 2 entries but the graph has 6 nodes")));
  EdgeList edges;
  edges.Add(0, 1, -2.0f);
  const Digraph negative = BuildDigraph(std::move(edges), 2, {.undirected = true});
  EXPECT_THAT([&] { Louvain(negative); },
              ::testing::ThrowsMessage<InvalidArgument>(
                  HasSubstr("edge weights must be finite and non-negative, got -2")));
}

}  // namespace
}  // namespace ombak
