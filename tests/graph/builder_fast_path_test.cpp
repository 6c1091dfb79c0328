// BuildDigraph's fast path for unweighted, untimed, directed arcs (and MappedArcs, which takes
// it straight from integer keys): the graph and statistics of an independent serial reference
// and of the general path, for every duplicate and self-loop policy and 1 or 2 threads.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "graph/builder.hpp"
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
    e.Add(u, v);
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

TEST(BuilderFastPath, KeepFirstDropsRepeatsAndStaysUnweighted) {
  BuildStats stats;
  const Digraph g = BuildDigraph(Tiny(), 3, {.duplicates = DuplicatePolicy::kKeepFirst}, &stats);
  EXPECT_EQ(Offsets(g), (std::vector<std::uint64_t>{0, 2, 3, 4}));
  EXPECT_EQ(Targets(g), (std::vector<NodeId>{1, 2, 1, 0}));
  EXPECT_FALSE(g.has_weights());
  EXPECT_EQ(stats.input_arcs, 6u);
  EXPECT_EQ(stats.duplicates_merged, 2u);
  EXPECT_EQ(stats.self_loops_dropped, 0u);
}

TEST(BuilderFastPath, SumCountsRepeatsIntoWeights) {
  BuildStats stats;
  const Digraph g = BuildDigraph(
      Tiny(), 3, {.duplicates = DuplicatePolicy::kSum, .self_loops = SelfLoopPolicy::kDrop},
      &stats);
  EXPECT_EQ(Offsets(g), (std::vector<std::uint64_t>{0, 2, 2, 3}));
  EXPECT_EQ(Targets(g), (std::vector<NodeId>{1, 2, 0}));
  EXPECT_EQ(Weights(g), (std::vector<Weight>{1, 3, 1}));
  EXPECT_EQ(stats.self_loops_dropped, 1u);
  EXPECT_EQ(stats.duplicates_merged, 2u);
}

TEST(BuilderFastPath, KeepAllKeepsEveryArcSortedByTarget) {
  BuildStats stats;
  const Digraph g = BuildDigraph(Tiny(), 3, {.duplicates = DuplicatePolicy::kKeepAll}, &stats);
  EXPECT_EQ(Targets(g), (std::vector<NodeId>{1, 2, 2, 2, 1, 0}));
  EXPECT_FALSE(g.has_weights());
  EXPECT_EQ(stats.duplicates_merged, 0u);
}

TEST(BuilderFastPath, EndpointOutOfRange) {
  try {
    BuildDigraph(Tiny(), 2, {});
    FAIL() << "no exception";
  } catch (const InvalidArgument& e) {
    EXPECT_EQ(std::string(e.what()), "BuildDigraph: node id 2 is not below num_nodes = 2");
  }
}

// Seeded random arcs with many repeats and loops: hubs make rows of every length (long rows
// take the radix sort).
EdgeList RandomArcs(std::uint64_t seed, NodeId n, std::size_t m) {
  RandomStream rng(seed);
  EdgeList e;
  for (std::size_t i = 0; i < m; ++i) {
    const NodeId u = static_cast<NodeId>(rng.Below(4) == 0 ? rng.Below(3) : rng.Below(n));
    e.Add(u, static_cast<NodeId>(rng.Below(n)));
  }
  return e;
}

// The serial reference: rows of (target -> count) in a sorted map.
struct Reference {
  std::vector<std::uint64_t> offsets{0};
  std::vector<NodeId> targets;
  std::vector<Weight> weights;
  BuildStats stats;
};
Reference Serial(const EdgeList& arcs, NodeId n, const BuildOptions& options) {
  std::vector<std::map<NodeId, int>> rows(n);
  Reference r;
  r.stats.input_arcs = arcs.size();
  for (std::size_t i = 0; i < arcs.size(); ++i) {
    if (options.self_loops == SelfLoopPolicy::kDrop && arcs.sources[i] == arcs.targets[i]) {
      ++r.stats.self_loops_dropped;
      continue;
    }
    ++rows[arcs.sources[i]][arcs.targets[i]];
  }
  const bool keep_all = options.duplicates == DuplicatePolicy::kKeepAll;
  for (const auto& row : rows) {
    for (const auto& [v, count] : row) {
      for (int c = 0; c < (keep_all ? count : 1); ++c) {
        r.targets.push_back(v);
        r.weights.push_back(static_cast<Weight>(count));
      }
      if (!keep_all) r.stats.duplicates_merged += count - 1;
    }
    r.offsets.push_back(r.targets.size());
  }
  if (options.duplicates != DuplicatePolicy::kSum || r.stats.duplicates_merged == 0) {
    r.weights.clear();
  }
  return r;
}

TEST(BuilderFastPath, SerialReferenceForEveryPolicyAndThreadCount) {
  const int saved = MaxThreads();
  for (const std::uint64_t seed : {1u, 2u, 3u}) {
    const NodeId n = seed == 1 ? 50 : 3000;
    const EdgeList arcs = RandomArcs(seed, n, seed == 1 ? 400 : 60000);
    for (const auto duplicates :
         {DuplicatePolicy::kSum, DuplicatePolicy::kKeepFirst, DuplicatePolicy::kKeepAll}) {
      for (const auto loops : {SelfLoopPolicy::kKeep, SelfLoopPolicy::kDrop}) {
        const BuildOptions options{.duplicates = duplicates, .self_loops = loops};
        const Reference expected = Serial(arcs, n, options);
        for (const int threads : {1, 2}) {
          SetThreads(threads);
          BuildStats stats;
          const Digraph g = BuildDigraph(arcs, n, options, &stats);
          EXPECT_EQ(Offsets(g), expected.offsets);
          EXPECT_EQ(Targets(g), expected.targets);
          EXPECT_EQ(Weights(g), expected.weights);
          EXPECT_EQ(stats.input_arcs, expected.stats.input_arcs);
          EXPECT_EQ(stats.duplicates_merged, expected.stats.duplicates_merged);
          EXPECT_EQ(stats.self_loops_dropped, expected.stats.self_loops_dropped);
        }
      }
    }
  }
  SetThreads(saved);
}

// The general path (taken for weighted input) keeps the same arcs in the same order.
TEST(BuilderFastPath, SameArcsAsTheGeneralPath) {
  const EdgeList arcs = RandomArcs(5, 2000, 40000);
  EdgeList weighted = arcs;
  weighted.weights.assign(weighted.size(), Weight{1});
  for (const auto duplicates : {DuplicatePolicy::kKeepFirst, DuplicatePolicy::kKeepAll}) {
    const Digraph fast = BuildDigraph(arcs, 2000, {.duplicates = duplicates});
    const Digraph general = BuildDigraph(weighted, 2000, {.duplicates = duplicates});
    EXPECT_EQ(Offsets(fast), Offsets(general));
    EXPECT_EQ(Targets(fast), Targets(general));
    EXPECT_TRUE(std::ranges::equal(fast.in_sources(), general.in_sources()));
  }
}

// Integer keys through a direct map (keys 100 + 2v, odd keys unused) give the graph of the
// mapped arcs; an undirected build maps them first.
TEST(BuilderFastPath, MappedArcsGiveTheMappedGraph) {
  const NodeId n = 500;
  const EdgeList mapped = RandomArcs(11, n, 8000);
  std::vector<NodeId> map(2 * n, kNoNode);
  for (NodeId v = 0; v < n; ++v) map[2 * v] = v;
  std::vector<std::int64_t> sources, targets;
  for (std::size_t i = 0; i < mapped.size(); ++i) {
    sources.push_back(100 + 2 * std::int64_t{mapped.sources[i]});
    targets.push_back(100 + 2 * std::int64_t{mapped.targets[i]});
  }
  const MappedArcs keys{sources, targets, map, 100};
  const int saved = MaxThreads();
  for (const auto duplicates : {DuplicatePolicy::kSum, DuplicatePolicy::kKeepFirst}) {
    for (const bool undirected : {false, true}) {
      const BuildOptions options{
          .duplicates = duplicates, .self_loops = SelfLoopPolicy::kDrop, .undirected = undirected};
      BuildStats expected_stats;
      const Digraph expected = BuildDigraph(mapped, n, options, &expected_stats);
      for (const int threads : {1, 2}) {
        SetThreads(threads);
        BuildStats stats;
        const Digraph g = BuildDigraph(keys, n, options, &stats);
        EXPECT_EQ(Offsets(g), Offsets(expected));
        EXPECT_EQ(Targets(g), Targets(expected));
        EXPECT_EQ(Weights(g), Weights(expected));
        EXPECT_EQ(g.undirected(), undirected);
        EXPECT_EQ(stats.duplicates_merged, expected_stats.duplicates_merged);
        EXPECT_EQ(stats.self_loops_dropped, expected_stats.self_loops_dropped);
      }
    }
  }
  SetThreads(saved);
  map[0] = n;
  try {
    BuildDigraph(keys, n, {});
    FAIL() << "no exception";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "BuildDigraph: the id map holds a node not below num_nodes = 500");
  }
}

}  // namespace
}  // namespace ombak
