#include "graph/digraph.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "graph/builder.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

//   0 --> 1 --> 2
//   |     ^
//   +-----+-----> 3      arcs: 0->1, 0->3, 1->2, 2->1, 3->1 (weights 1..5)
Digraph SmallWeighted() {
  EdgeList edges;
  edges.Add(0, 1, 1.0f);
  edges.Add(0, 3, 2.0f);
  edges.Add(1, 2, 3.0f);
  edges.Add(2, 1, 4.0f);
  edges.Add(3, 1, 5.0f);
  return BuildDigraph(std::move(edges), 4);
}

TEST(Digraph, EmptyGraphHasNoNodes) {
  Digraph g;
  EXPECT_EQ(g.num_nodes(), 0u);
  EXPECT_EQ(g.num_edges(), 0u);
}

TEST(Digraph, OutAndInAdjacency) {
  const Digraph g = SmallWeighted();
  ASSERT_EQ(g.num_nodes(), 4u);
  ASSERT_EQ(g.num_edges(), 5u);
  EXPECT_EQ(std::vector<NodeId>(g.out_neighbors(0).begin(), g.out_neighbors(0).end()),
            (std::vector<NodeId>{1, 3}));
  EXPECT_EQ(std::vector<NodeId>(g.in_neighbors(1).begin(), g.in_neighbors(1).end()),
            (std::vector<NodeId>{0, 2, 3}));
  EXPECT_EQ(g.in_degree(1), 3u);
  EXPECT_EQ(g.out_degree(2), 1u);
}

TEST(Digraph, WeightsReachableFromBothDirections) {
  const Digraph g = SmallWeighted();
  ASSERT_TRUE(g.has_weights());
  const auto sources = g.in_neighbors(1);
  const auto ids = g.in_edge_ids(1);
  ASSERT_EQ(ids.size(), 3u);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    EXPECT_EQ(g.source(ids[i]), sources[i]);
    EXPECT_EQ(g.target(ids[i]), 1u);
  }
  EXPECT_FLOAT_EQ(g.weight(ids[0]), 1.0f);  // 0->1
  EXPECT_FLOAT_EQ(g.weight(ids[1]), 4.0f);  // 2->1
  EXPECT_FLOAT_EQ(g.weight(ids[2]), 5.0f);  // 3->1
}

TEST(Digraph, FindEdge) {
  const Digraph g = SmallWeighted();
  EXPECT_EQ(g.FindEdge(0, 3), 1u);
  EXPECT_EQ(g.FindEdge(3, 0), kNoEdge);
}

TEST(Digraph, UnweightedGraphStoresNoEdgeIds) {
  EdgeList edges;
  edges.Add(0, 1);
  edges.Add(1, 0);
  const Digraph g = BuildDigraph(std::move(edges), 2);
  EXPECT_FALSE(g.has_weights());
  EXPECT_FALSE(g.has_in_edge_ids());
  EXPECT_FLOAT_EQ(g.weight(0), 1.0f);
}

TEST(Digraph, CloneIsEqual) {
  const Digraph g = SmallWeighted();
  const Digraph h = g.Clone();
  EXPECT_EQ(std::vector<NodeId>(h.in_sources().begin(), h.in_sources().end()),
            std::vector<NodeId>(g.in_sources().begin(), g.in_sources().end()));
  EXPECT_EQ(h.weights().size(), g.weights().size());
}

TEST(Digraph, FromCsrRejectsInconsistentArrays) {
  EXPECT_THROW(Digraph::FromCsr(2, {0, 1}, {1}), InvalidArgument);     // offsets too short
  EXPECT_THROW(Digraph::FromCsr(2, {0, 1, 1}, {5}), InvalidArgument);  // target out of range
  EXPECT_THROW(Digraph::FromCsr(1, {0, 2}, {0, 0}, {1.0f}), InvalidArgument);        // weights
  EXPECT_THROW(Digraph::FromCsr(3, {0, 2, 2, 2}, {2, 1}), InvalidArgument);          // unsorted row
  EXPECT_THROW(Digraph::FromCsr(2, {0, 1, 1}, {1}, {}, {}, true), InvalidArgument);  // asymmetric
}

// The arrays of g, as FromArrays takes them.
Digraph::Arrays ArraysOf(const Digraph& g) {
  Digraph::Arrays a;
  a.out_offsets.assign(g.out_offsets().begin(), g.out_offsets().end());
  a.out_targets.assign(g.out_targets().begin(), g.out_targets().end());
  a.in_offsets.assign(g.in_offsets().begin(), g.in_offsets().end());
  a.in_sources.assign(g.in_sources().begin(), g.in_sources().end());
  a.in_edge_ids.assign(g.in_edge_ids().begin(), g.in_edge_ids().end());
  a.weights.assign(g.weights().begin(), g.weights().end());
  a.times.assign(g.times().begin(), g.times().end());
  return a;
}

std::string FromArraysError(NodeId n, Digraph::Arrays a, bool undirected = false) {
  try {
    Digraph::FromArrays(n, std::move(a), undirected);
  } catch (const InvalidArgument& e) {
    return e.what();
  }
  return "no exception";
}

TEST(Digraph, FromArraysKeepsTheStoredInAdjacency) {
  const Digraph g = SmallWeighted();
  const Digraph again = Digraph::FromArrays(4, ArraysOf(g));
  for (NodeId v = 0; v < 4; ++v) {
    EXPECT_TRUE(std::ranges::equal(again.in_neighbors(v), g.in_neighbors(v)));
    EXPECT_TRUE(std::ranges::equal(again.in_edge_ids(v), g.in_edge_ids(v)));
    EXPECT_TRUE(std::ranges::equal(again.out_neighbors(v), g.out_neighbors(v)));
  }
  EXPECT_TRUE(std::ranges::equal(again.weights(), g.weights()));
  EXPECT_EQ(again.MemoryBytes(), g.MemoryBytes());

  EdgeList edges;
  edges.Add(0, 1);
  edges.Add(1, 2);
  edges.Add(2, 2);
  const Digraph sym = BuildDigraph(std::move(edges), 3, {.undirected = true});
  const Digraph sym_again = Digraph::FromArrays(3, ArraysOf(sym), true);
  EXPECT_TRUE(sym_again.undirected());
  EXPECT_EQ(sym_again.num_undirected_edges(), 3u);
  EXPECT_FALSE(sym_again.has_weights());
}

TEST(Digraph, FromArraysRejectsInconsistentArrays) {
  const Digraph g = SmallWeighted();  // in-lists: 1 <- {0, 2, 3}, 2 <- {1}, 3 <- {0}
  Digraph::Arrays a = ArraysOf(g);
  a.in_sources[0] = 3;  // 1's in-list becomes {3, 2, 3}: unsorted
  EXPECT_EQ(FromArraysError(4, std::move(a)),
            "Digraph::FromArrays: in_offsets must be monotone, each row's sources sorted and "
            "below num_nodes, and in_edge_ids below num_edges");
  a = ArraysOf(g);
  a.in_sources[3] = 2;  // 2 <- {2} instead of {1}: sorted, in range, but not the transpose
  EXPECT_EQ(FromArraysError(4, std::move(a)),
            "Digraph::FromArrays: the in-CSR does not hold the out-CSR's arcs");
  a = ArraysOf(g);
  std::swap(a.in_edge_ids[0], a.in_edge_ids[1]);  // edge ids of 1's in-arcs swapped
  EXPECT_EQ(FromArraysError(4, std::move(a)),
            "Digraph::FromArrays: the in-CSR does not hold the out-CSR's arcs");
  a = ArraysOf(g);
  a.in_edge_ids[0] = 99;
  EXPECT_EQ(FromArraysError(4, std::move(a)),
            "Digraph::FromArrays: in_offsets must be monotone, each row's sources sorted and "
            "below num_nodes, and in_edge_ids below num_edges");
  a = ArraysOf(g);
  a.in_edge_ids.clear();
  EXPECT_EQ(FromArraysError(4, std::move(a)),
            "Digraph::FromArrays: in_edge_ids must hold one entry per edge when the graph has "
            "weights or times and be empty otherwise, got 0 for 5 edges");
  a = ArraysOf(g);
  a.in_offsets.pop_back();
  EXPECT_EQ(FromArraysError(4, std::move(a)),
            "Digraph::FromArrays: in_offsets must have num_nodes + 1 entries from 0 to num_edges "
            "and in_sources one entry per edge");
  a = ArraysOf(g);
  a.out_targets[0] = 7;
  EXPECT_EQ(FromArraysError(4, std::move(a)),
            "Digraph::FromArrays: out_offsets must be monotone and each row's targets sorted and "
            "below num_nodes");
  // A consistent directed graph is not an undirected one.
  EXPECT_EQ(FromArraysError(4, ArraysOf(g), true),
            "Digraph::FromArrays: undirected graph must store both arcs of each edge");
}

TEST(Digraph, UndirectedEdgeCount) {
  EdgeList edges;
  edges.Add(0, 1);
  edges.Add(1, 2);
  edges.Add(2, 2);
  BuildOptions options;
  options.undirected = true;
  const Digraph g = BuildDigraph(std::move(edges), 3, options);
  EXPECT_TRUE(g.undirected());
  EXPECT_EQ(g.num_edges(), 5u);  // 0-1 and 1-2 twice, the loop once
  EXPECT_EQ(g.num_undirected_edges(), 3u);
}

TEST(Digraph, TransposeIndependentOfThreadCount) {
  RandomStream rng(7);
  EdgeList edges;
  for (int i = 0; i < 20000; ++i) {
    edges.Add(static_cast<NodeId>(rng.Below(500)), static_cast<NodeId>(rng.Below(500)),
              static_cast<Weight>(rng.Below(10)));
  }
  EdgeList copy = edges;
  SetThreads(1);
  const Digraph one = BuildDigraph(std::move(edges), 500);
  SetThreads(2);
  const Digraph two = BuildDigraph(std::move(copy), 500);
  EXPECT_TRUE(
      std::equal(one.in_sources().begin(), one.in_sources().end(), two.in_sources().begin()));
  EXPECT_TRUE(std::equal(one.weights().begin(), one.weights().end(), two.weights().begin()));
}

}  // namespace
}  // namespace ombak
