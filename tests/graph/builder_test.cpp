#include "graph/builder.hpp"

#include <gtest/gtest.h>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

// Input (in order):  0->1 w2 t50,  0->1 w3 t40,  1->1 w1,  0->1 w5 t60,  2->0 w1
EdgeList DuplicatesAndLoop() {
  EdgeList edges;
  edges.Add(0, 1, 2.0f, 50);
  edges.Add(0, 1, 3.0f, 40);
  edges.Add(1, 1, 1.0f, 70);
  edges.Add(0, 1, 5.0f, 60);
  edges.Add(2, 0, 1.0f, 10);
  return edges;
}

TEST(Builder, SumMergesDuplicatesInInputOrder) {
  BuildStats stats;
  const Digraph g = BuildDigraph(DuplicatesAndLoop(), 3, {}, &stats);
  EXPECT_EQ(g.num_edges(), 3u);
  const EdgeId e = g.FindEdge(0, 1);
  EXPECT_FLOAT_EQ(g.weight(e), 10.0f);
  EXPECT_EQ(g.time(e), 40);  // earliest
  EXPECT_EQ(stats.duplicates_merged, 2u);
  EXPECT_EQ(stats.self_loops_dropped, 0u);
}

TEST(Builder, KeepFirst) {
  BuildOptions options;
  options.duplicates = DuplicatePolicy::kKeepFirst;
  const Digraph g = BuildDigraph(DuplicatesAndLoop(), 3, options);
  const EdgeId e = g.FindEdge(0, 1);
  EXPECT_FLOAT_EQ(g.weight(e), 2.0f);
  EXPECT_EQ(g.time(e), 50);
}

TEST(Builder, KeepAllMakesAMultigraph) {
  BuildOptions options;
  options.duplicates = DuplicatePolicy::kKeepAll;
  const Digraph g = BuildDigraph(DuplicatesAndLoop(), 3, options);
  EXPECT_EQ(g.num_edges(), 5u);
  EXPECT_EQ(g.out_degree(0), 3u);
  // Parallel arcs keep input order.
  EXPECT_FLOAT_EQ(g.weight(0), 2.0f);
  EXPECT_FLOAT_EQ(g.weight(1), 3.0f);
  EXPECT_FLOAT_EQ(g.weight(2), 5.0f);
}

TEST(Builder, DropSelfLoops) {
  BuildOptions options;
  options.self_loops = SelfLoopPolicy::kDrop;
  BuildStats stats;
  const Digraph g = BuildDigraph(DuplicatesAndLoop(), 3, options, &stats);
  EXPECT_EQ(g.num_edges(), 2u);
  EXPECT_EQ(stats.self_loops_dropped, 1u);
}

TEST(Builder, UnweightedDuplicatesBecomeCounts) {
  EdgeList edges;
  edges.Add(0, 1);
  edges.Add(0, 1);
  edges.Add(1, 0);
  const Digraph g = BuildDigraph(std::move(edges), 2);
  ASSERT_TRUE(g.has_weights());
  EXPECT_FLOAT_EQ(g.weight(g.FindEdge(0, 1)), 2.0f);
  EXPECT_FLOAT_EQ(g.weight(g.FindEdge(1, 0)), 1.0f);
}

TEST(Builder, UnweightedWithoutDuplicatesStaysUnweighted) {
  EdgeList edges;
  edges.Add(0, 1);
  edges.Add(1, 0);
  EXPECT_FALSE(BuildDigraph(std::move(edges), 2).has_weights());
}

TEST(Builder, IsolatedNodesAreKept) {
  EdgeList edges;
  edges.Add(0, 1);
  const Digraph g = BuildDigraph(std::move(edges), 10);
  EXPECT_EQ(g.num_nodes(), 10u);
  EXPECT_EQ(g.out_degree(9), 0u);
}

TEST(Builder, RejectsNodeIdOutOfRange) {
  EdgeList edges;
  edges.Add(0, 7);
  try {
    BuildDigraph(std::move(edges), 3);
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "BuildDigraph: node id 7 is not below num_nodes = 3");
  }
}

TEST(Builder, AppendAlignsAttributes) {
  EdgeList a;
  a.Add(0, 1);
  EdgeList b;
  b.Add(1, 2, 4.0f, 99);
  a.Append(b);
  ASSERT_EQ(a.weights.size(), 2u);
  ASSERT_EQ(a.times.size(), 2u);
  EXPECT_FLOAT_EQ(a.weights[0], 1.0f);
  EXPECT_EQ(a.times[0], kNoTime);
  EXPECT_EQ(a.times[1], 99);
}

TEST(Builder, AppendToEmptyKeepsAttributes) {
  EdgeList empty;
  EdgeList timed;
  timed.Add(0, 1, 2.0f, 5);
  empty.Append(timed);
  EXPECT_EQ(empty.weights, (std::vector<Weight>{2.0f}));
  EXPECT_EQ(empty.times, (std::vector<Timestamp>{5}));
}

TEST(Builder, UndirectedMergesBothOrientations) {
  EdgeList edges;
  edges.Add(0, 1);
  edges.Add(1, 0);
  BuildOptions options;
  options.undirected = true;
  options.duplicates = DuplicatePolicy::kKeepFirst;
  const Digraph g = BuildDigraph(std::move(edges), 2, options);
  EXPECT_EQ(g.num_undirected_edges(), 1u);
}

// Both orientations of an undirected edge carry the same merged weight and time whatever the
// policy, because both copies keep the input order of the edges they come from.
//
//   input: 0 -> 1 (w 5, t 10), 1 -> 0 (w 2, t 20), 1 -> 0 (w 1, t 5),
//          2 -> 2 (w 3, t 7), 2 -> 2 (w 1, t 8)
Digraph BuildSymmetricExample(DuplicatePolicy policy, int threads, BuildStats* stats = nullptr) {
  const int before = MaxThreads();
  SetThreads(threads);
  EdgeList edges;
  edges.Add(0, 1, 5.0f, 10);
  edges.Add(1, 0, 2.0f, 20);
  edges.Add(1, 0, 1.0f, 5);
  edges.Add(2, 2, 3.0f, 7);
  edges.Add(2, 2, 1.0f, 8);
  BuildOptions options;
  options.undirected = true;
  options.duplicates = policy;
  Digraph g = BuildDigraph(std::move(edges), 3, options, stats);
  SetThreads(before);
  return g;
}

struct ArcValue {
  Weight weight;
  Timestamp time;
  bool operator==(const ArcValue&) const = default;
};

std::vector<ArcValue> ArcsBetween(const Digraph& g, NodeId u, NodeId v) {
  std::vector<ArcValue> values;
  const auto targets = g.out_neighbors(u);
  for (std::size_t k = 0; k < targets.size(); ++k) {
    if (targets[k] != v) continue;
    const EdgeId e = g.out_edge_begin(u) + k;
    values.push_back({g.weight(e), g.time(e)});
  }
  return values;
}

TEST(Builder, UndirectedKeepFirstIsSymmetric) {
  for (int threads : {1, 2}) {
    const Digraph g = BuildSymmetricExample(DuplicatePolicy::kKeepFirst, threads);
    EXPECT_EQ(ArcsBetween(g, 0, 1), (std::vector<ArcValue>{{5.0f, 10}}));
    EXPECT_EQ(ArcsBetween(g, 1, 0), (std::vector<ArcValue>{{5.0f, 10}}));
    EXPECT_EQ(ArcsBetween(g, 2, 2), (std::vector<ArcValue>{{3.0f, 7}}));
  }
}

TEST(Builder, UndirectedSumIsSymmetric) {
  for (int threads : {1, 2}) {
    BuildStats stats;
    const Digraph g = BuildSymmetricExample(DuplicatePolicy::kSum, threads, &stats);
    EXPECT_EQ(ArcsBetween(g, 0, 1), (std::vector<ArcValue>{{8.0f, 5}}));
    EXPECT_EQ(ArcsBetween(g, 1, 0), (std::vector<ArcValue>{{8.0f, 5}}));
    EXPECT_EQ(ArcsBetween(g, 2, 2), (std::vector<ArcValue>{{4.0f, 7}}));
    EXPECT_EQ(stats.duplicates_merged, 3u);  // two repeats of {0, 1}, one of the loop
    EXPECT_EQ(g.num_undirected_edges(), 2u);
  }
}

TEST(Builder, UndirectedKeepAllPairsEveryEdge) {
  for (int threads : {1, 2}) {
    const Digraph g = BuildSymmetricExample(DuplicatePolicy::kKeepAll, threads);
    const std::vector<ArcValue> expected{{5.0f, 10}, {2.0f, 20}, {1.0f, 5}};
    EXPECT_EQ(ArcsBetween(g, 0, 1), expected);
    EXPECT_EQ(ArcsBetween(g, 1, 0), expected);
    EXPECT_EQ(ArcsBetween(g, 2, 2), (std::vector<ArcValue>{{3.0f, 7}, {1.0f, 8}}));
  }
}

}  // namespace
}  // namespace ombak
