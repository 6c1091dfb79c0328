#include "graph/digraph.hpp"

#include <gtest/gtest.h>

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
