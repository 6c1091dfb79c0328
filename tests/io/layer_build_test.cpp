// BuildLayer: the fast path for unweighted directed arcs gives exactly BuildDigraph's graph and
// statistics, for every duplicate and self-loop policy and any thread count.
#include "io/layer_build.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

//   0 -> 2   0 -> 1   0 -> 2   1 -> 1 (loop)   2 -> 0   0 -> 2
//
//   rows: 0: {1, 2, 2, 2}   1: {1}   2: {0}
EdgeList Tiny() {
  EdgeList e;
  for (const auto& [u, v] :
       std::vector<std::pair<NodeId, NodeId>>{{0, 2}, {0, 1}, {0, 2}, {1, 1}, {2, 0}, {0, 2}}) {
    e.sources.push_back(u);
    e.targets.push_back(v);
  }
  return e;
}

std::vector<NodeId> Targets(const Digraph& g) {
  return {g.out_targets().begin(), g.out_targets().end()};
}
std::vector<std::uint64_t> Offsets(const Digraph& g) {
  return {g.out_offsets().begin(), g.out_offsets().end()};
}
std::vector<Weight> Weights(const Digraph& g) { return {g.weights().begin(), g.weights().end()}; }

TEST(LayerBuild, KeepFirstDropsRepeatsAndStaysUnweighted) {
  BuildOptions options;
  options.duplicates = DuplicatePolicy::kKeepFirst;
  BuildStats stats;
  const Digraph g = BuildLayer(Tiny(), 3, options, &stats);
  EXPECT_EQ(Offsets(g), (std::vector<std::uint64_t>{0, 2, 3, 4}));
  EXPECT_EQ(Targets(g), (std::vector<NodeId>{1, 2, 1, 0}));
  EXPECT_FALSE(g.has_weights());
  EXPECT_EQ(stats.input_arcs, 6u);
  EXPECT_EQ(stats.duplicates_merged, 2u);
  EXPECT_EQ(stats.self_loops_dropped, 0u);
}

TEST(LayerBuild, SumCountsRepeatsIntoWeights) {
  BuildOptions options;
  options.duplicates = DuplicatePolicy::kSum;
  options.self_loops = SelfLoopPolicy::kDrop;
  BuildStats stats;
  const Digraph g = BuildLayer(Tiny(), 3, options, &stats);
  EXPECT_EQ(Offsets(g), (std::vector<std::uint64_t>{0, 2, 2, 3}));
  EXPECT_EQ(Targets(g), (std::vector<NodeId>{1, 2, 0}));
  EXPECT_EQ(Weights(g), (std::vector<Weight>{1, 3, 1}));
  EXPECT_EQ(stats.self_loops_dropped, 1u);
  EXPECT_EQ(stats.duplicates_merged, 2u);
}

TEST(LayerBuild, KeepAllKeepsEveryArcSortedByTarget) {
  BuildOptions options;
  options.duplicates = DuplicatePolicy::kKeepAll;
  BuildStats stats;
  const Digraph g = BuildLayer(Tiny(), 3, options, &stats);
  EXPECT_EQ(Targets(g), (std::vector<NodeId>{1, 2, 2, 2, 1, 0}));
  EXPECT_FALSE(g.has_weights());
  EXPECT_EQ(stats.duplicates_merged, 0u);
}

TEST(LayerBuild, EndpointOutOfRangeIsBuildDigraphsError) {
  try {
    BuildLayer(Tiny(), 2, {});
    FAIL() << "no exception";
  } catch (const InvalidArgument& e) {
    EXPECT_EQ(std::string(e.what()), "BuildDigraph: node id 2 is not below num_nodes = 2");
  }
}

// Seeded random arcs with many repeats and loops: hubs make rows of every length.
EdgeList RandomArcs(std::uint64_t seed, NodeId n, std::size_t m) {
  RandomStream rng(seed);
  EdgeList e;
  for (std::size_t i = 0; i < m; ++i) {
    const NodeId u = static_cast<NodeId>(rng.Below(4) == 0 ? rng.Below(3) : rng.Below(n));
    e.sources.push_back(u);
    e.targets.push_back(static_cast<NodeId>(rng.Below(n)));
  }
  return e;
}

void ExpectSame(const Digraph& a, const Digraph& b) {
  EXPECT_EQ(Offsets(a), Offsets(b));
  EXPECT_EQ(Targets(a), Targets(b));
  EXPECT_EQ(Weights(a), Weights(b));
  EXPECT_EQ(a.has_weights(), b.has_weights());
  EXPECT_EQ(a.num_edges(), b.num_edges());
  for (NodeId v = 0; v < a.num_nodes(); ++v) {
    const auto in_a = a.in_neighbors(v);
    const auto in_b = b.in_neighbors(v);
    ASSERT_TRUE(std::equal(in_a.begin(), in_a.end(), in_b.begin(), in_b.end()));
  }
}

TEST(LayerBuild, SameGraphAndStatsAsBuildDigraphForEveryPolicyAndThreadCount) {
  const int saved = MaxThreads();
  for (const std::uint64_t seed : {1u, 2u, 3u}) {
    const NodeId n = seed == 1 ? 50 : 3000;
    const EdgeList arcs = RandomArcs(seed, n, seed == 1 ? 400 : 60000);
    for (const auto duplicates :
         {DuplicatePolicy::kSum, DuplicatePolicy::kKeepFirst, DuplicatePolicy::kKeepAll}) {
      for (const auto loops : {SelfLoopPolicy::kKeep, SelfLoopPolicy::kDrop}) {
        BuildOptions options;
        options.duplicates = duplicates;
        options.self_loops = loops;
        BuildStats expected_stats;
        const Digraph expected = BuildDigraph(arcs, n, options, &expected_stats);
        for (const int threads : {1, 2}) {
          SetThreads(threads);
          BuildStats stats;
          const Digraph g = BuildLayer(arcs, n, options, &stats);
          ExpectSame(g, expected);
          EXPECT_EQ(stats.input_arcs, expected_stats.input_arcs);
          EXPECT_EQ(stats.duplicates_merged, expected_stats.duplicates_merged);
          EXPECT_EQ(stats.self_loops_dropped, expected_stats.self_loops_dropped);
        }
      }
    }
  }
  SetThreads(saved);
}

// External ids through a direct map (ids 100..100+n-1 with gaps) give BuildLayer's graph on the
// mapped arcs.
TEST(LayerBuild, DirectIdsGiveTheMappedGraph) {
  const NodeId n = 500;
  const EdgeList mapped = RandomArcs(11, n, 8000);
  std::vector<NodeId> dense(2 * n, kNoNode);  // id 100 + 2v is node v
  for (NodeId v = 0; v < n; ++v) dense[2 * v] = v;
  std::vector<std::int64_t> sources, targets;
  for (std::size_t i = 0; i < mapped.size(); ++i) {
    sources.push_back(100 + 2 * std::int64_t{mapped.sources[i]});
    targets.push_back(100 + 2 * std::int64_t{mapped.targets[i]});
  }
  const int saved = MaxThreads();
  for (const auto duplicates : {DuplicatePolicy::kSum, DuplicatePolicy::kKeepFirst}) {
    BuildOptions options;
    options.duplicates = duplicates;
    options.self_loops = SelfLoopPolicy::kDrop;
    BuildStats expected_stats;
    const Digraph expected = BuildLayer(mapped, n, options, &expected_stats);
    for (const int threads : {1, 2}) {
      SetThreads(threads);
      BuildStats stats;
      ExpectSame(BuildLayerDirect({sources, targets, dense, 100}, n, options, &stats), expected);
      EXPECT_EQ(stats.duplicates_merged, expected_stats.duplicates_merged);
      EXPECT_EQ(stats.self_loops_dropped, expected_stats.self_loops_dropped);
    }
  }
  SetThreads(saved);
  BuildOptions undirected;
  undirected.undirected = true;
  EXPECT_THROW(BuildLayerDirect({sources, targets, dense, 100}, n, undirected), InvalidArgument);
}

// Weighted, timed or undirected arcs are BuildDigraph's: the same result by construction.
TEST(LayerBuild, OtherInputsGoToBuildDigraph) {
  EdgeList arcs = RandomArcs(7, 100, 2000);
  arcs.weights.assign(arcs.size(), 2.5f);
  BuildOptions undirected;
  undirected.undirected = true;
  ExpectSame(BuildLayer(arcs, 100, {}), BuildDigraph(arcs, 100, {}));
  arcs.weights.clear();
  ExpectSame(BuildLayer(arcs, 100, undirected), BuildDigraph(arcs, 100, undirected));
}

}  // namespace
}  // namespace ombak
