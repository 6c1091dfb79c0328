// Tests of the in-arcs renumbered by out-degree that PageRank's sweeps gather over.
#include "algorithms/centrality/degree_renumbering.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <tuple>
#include <vector>

#include "tests/algorithms/centrality/measure_test_graphs.hpp"

namespace ombak {
namespace {

using centrality_internal::OutDegreePositions;
using centrality_internal::RenumberByOutDegree;
using centrality_internal::RenumberedDigraph;
using centrality_internal::RenumberedInArcs;

// A permutation with out-degree bit widths non-increasing, ids increasing within a width, and
// every row the old row renamed, in g's order. 20,000 nodes make several counting chunks.
TEST(RenumberedInArcsTest, PermutationByOutDegreeWithRowsRenamed) {
  const Digraph g = measure_testing::HubGraph(20000, 120000, 3);
  const NodeId n = g.num_nodes();
  const RenumberedInArcs r = RenumberByOutDegree(g);
  ASSERT_EQ(r.num_nodes, n);
  std::vector<NodeId> node_at(n, kNoNode);
  for (NodeId v = 0; v < n; ++v) {
    ASSERT_LT(r.position[v], n);
    ASSERT_EQ(node_at[r.position[v]], kNoNode) << "not a permutation";
    node_at[r.position[v]] = v;
  }
  for (NodeId p = 0; p + 1 < n; ++p) {
    const int width = std::bit_width(g.out_degree(node_at[p]));
    const int next = std::bit_width(g.out_degree(node_at[p + 1]));
    ASSERT_TRUE(width > next || (width == next && node_at[p] < node_at[p + 1])) << p;
  }
  EXPECT_GT(g.out_degree(node_at[0]), g.out_degree(node_at[n - 1]));
  ASSERT_EQ(r.offsets[0], 0u);
  ASSERT_EQ(r.offsets[n], g.num_edges());
  for (NodeId p = 0; p < n; ++p) {
    const auto old_row = g.in_neighbors(node_at[p]);
    ASSERT_EQ(r.offsets[p + 1] - r.offsets[p], old_row.size()) << p;
    for (std::size_t i = 0; i < old_row.size(); ++i) {
      ASSERT_EQ(r.sources[r.offsets[p] + i], r.position[old_row[i]]) << p << " " << i;
    }
  }
}

// The renumbered graph holds every arc (with its weight) renamed, rows sorted by new target,
// parallel arcs in g's order, and keeps the undirected flag.
TEST(RenumberedDigraphTest, SameArcsRenamed) {
  for (const bool undirected : {false, true}) {
    const Digraph g = measure_testing::RandomGraph({.nodes = 300,
                                                    .arcs = 2000,
                                                    .seed = 4,
                                                    .undirected = undirected,
                                                    .weighted = true,
                                                    .self_loops = true,
                                                    .multi = true});
    const NodeId n = g.num_nodes();
    const BigArray<NodeId> position = OutDegreePositions(g);
    const Digraph r = RenumberedDigraph(g, position.get());
    ASSERT_EQ(r.num_nodes(), n);
    ASSERT_EQ(r.num_edges(), g.num_edges());
    EXPECT_EQ(r.undirected(), undirected);
    for (NodeId u = 0; u < n; ++u) {
      // g's row renamed, ordered by new target and then by g's edge order.
      std::vector<std::tuple<NodeId, EdgeId, Weight>> expected;
      const EdgeId begin = g.out_edge_begin(u);
      for (EdgeId e = begin; e < begin + g.out_degree(u); ++e) {
        expected.emplace_back(position[g.target(e)], e, g.weight(e));
      }
      std::sort(expected.begin(), expected.end());
      const NodeId p = position[u];
      ASSERT_EQ(r.out_degree(p), expected.size()) << u;
      for (std::size_t i = 0; i < expected.size(); ++i) {
        const EdgeId e = r.out_edge_begin(p) + i;
        ASSERT_EQ(r.target(e), std::get<0>(expected[i])) << u << " " << i;
        ASSERT_EQ(r.weight(e), std::get<2>(expected[i])) << u << " " << i;
      }
    }
  }
}

TEST(RenumberedInArcsTest, EmptyGraph) {
  const RenumberedInArcs r = RenumberByOutDegree(Digraph());
  EXPECT_EQ(r.num_nodes, 0u);
  EXPECT_EQ(r.offsets[0], 0u);
}

}  // namespace
}  // namespace ombak
