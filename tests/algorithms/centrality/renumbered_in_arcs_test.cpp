// Tests of the in-arcs renumbered by out-degree that PageRank's sweeps gather over.
#include "algorithms/centrality/renumbered_in_arcs.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <vector>

#include "tests/algorithms/centrality/measure_test_graphs.hpp"

namespace ombak {
namespace {

using centrality_internal::RenumberByOutDegree;
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

TEST(RenumberedInArcsTest, EmptyGraph) {
  const RenumberedInArcs r = RenumberByOutDegree(Digraph());
  EXPECT_EQ(r.num_nodes, 0u);
  EXPECT_EQ(r.offsets[0], 0u);
}

}  // namespace
}  // namespace ombak
