#include "graph/components.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/generators.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

Digraph FromArcs(NodeId n, const std::vector<std::pair<NodeId, NodeId>>& arcs,
                 bool undirected = false) {
  EdgeList edges;
  for (const auto& [u, v] : arcs) edges.Add(u, v);
  BuildOptions options;
  options.undirected = undirected;
  return BuildDigraph(std::move(edges), n, options);
}

// Relabels a membership vector by first occurrence (the numbering Components uses).
std::vector<NodeId> Canonical(const std::vector<igraph_integer_t>& membership) {
  std::vector<NodeId> id(membership.size(), kNoNode);
  std::vector<NodeId> out(membership.size());
  NodeId next = 0;
  for (std::size_t v = 0; v < membership.size(); ++v) {
    NodeId& m = id[static_cast<std::size_t>(membership[v])];
    if (m == kNoNode) m = next++;
    out[v] = m;
  }
  return out;
}

std::vector<NodeId> IgraphComponents(const Digraph& g, igraph_connectedness_t mode) {
  IgraphGraph ig = ToIgraph(g);
  IgraphIntVector membership;
  igraph_integer_t count = 0;
  IgraphCheck(igraph_connected_components(ig.get(), membership.get(), nullptr, &count, mode),
              "igraph_connected_components");
  return Canonical(membership.ToStd());
}

void ExpectConsistentSizes(const Components& c) {
  std::vector<NodeId> sizes(c.count(), 0);
  for (const NodeId id : c.component) ++sizes.at(id);
  EXPECT_EQ(sizes, c.sizes);
}

//   0 -> 1 -> 2 -> 0      5 -> 6      8 (isolated)
//        |                ^    |
//        v                |    v
//        3 -> 4           +--- 7 <- 9
TEST(Components, HandDrawnGraph) {
  const Digraph g =
      FromArcs(10, {{0, 1}, {1, 2}, {2, 0}, {1, 3}, {3, 4}, {5, 6}, {6, 7}, {7, 5}, {9, 7}});
  const Components weak = WeakComponents(g);
  EXPECT_EQ(weak.component, (std::vector<NodeId>{0, 0, 0, 0, 0, 1, 1, 1, 2, 1}));
  EXPECT_EQ(weak.sizes, (std::vector<NodeId>{5, 4, 1}));
  EXPECT_EQ(weak.count(), 3u);
  EXPECT_EQ(weak.largest(), 5u);
  EXPECT_EQ(weak.largest_index(), 0u);

  const Components strong = StrongComponents(g);
  // {0,1,2} {3} {4} {5,6,7} {8} {9}, numbered by smallest node.
  EXPECT_EQ(strong.component, (std::vector<NodeId>{0, 0, 0, 1, 2, 3, 3, 3, 4, 5}));
  EXPECT_EQ(strong.sizes, (std::vector<NodeId>{3, 1, 1, 3, 1, 1}));
  EXPECT_EQ(strong.largest(), 3u);
}

// Nested cycles that stress the lowlink bookkeeping:
//   0 -> 1 -> 2 -> 1,  2 -> 3 -> 0,  3 -> 4 -> 5 -> 4
TEST(Components, NestedCycles) {
  const Digraph g = FromArcs(6, {{0, 1}, {1, 2}, {2, 1}, {2, 3}, {3, 0}, {3, 4}, {4, 5}, {5, 4}});
  const Components strong = StrongComponents(g);
  EXPECT_EQ(strong.component, (std::vector<NodeId>{0, 0, 0, 0, 1, 1}));
}

TEST(Components, EmptyAndEdgelessGraphs) {
  const Digraph empty;
  EXPECT_EQ(WeakComponents(empty).count(), 0u);
  EXPECT_EQ(StrongComponents(empty).largest(), 0u);
  EXPECT_EQ(StrongComponents(empty).largest_index(), kNoNode);
  const Digraph isolated = FromArcs(3, {});
  EXPECT_EQ(WeakComponents(isolated).sizes, (std::vector<NodeId>{1, 1, 1}));
  EXPECT_EQ(StrongComponents(isolated).sizes, (std::vector<NodeId>{1, 1, 1}));
}

TEST(Components, UndirectedStrongEqualsWeak) {
  const Digraph g = FromArcs(6, {{0, 4}, {4, 2}, {1, 5}}, true);
  EXPECT_EQ(WeakComponents(g).component, (std::vector<NodeId>{0, 1, 0, 2, 0, 1}));
  EXPECT_EQ(StrongComponents(g).component, WeakComponents(g).component);
}

TEST(Components, LongPathDoesNotOverflowTheStack) {
  // A 2M-node cycle: depth-first search goes 2M levels deep.
  constexpr NodeId kN = 2'000'000;
  std::vector<std::uint64_t> offsets(kN + 1);
  std::vector<NodeId> targets(kN);
  for (NodeId v = 0; v < kN; ++v) {
    offsets[v + 1] = v + 1;
    targets[v] = (v + 1) % kN;
  }
  const Digraph cycle = Digraph::FromCsr(kN, std::move(offsets), std::move(targets));
  EXPECT_EQ(StrongComponents(cycle).count(), 1u);
  EXPECT_EQ(WeakComponents(cycle).largest(), kN);
}

TEST(Components, SameResultForAnyThreadCount) {
  const Digraph g = GenerateErdosRenyi(200000, 180000, 3);
  const int threads = MaxThreads();
  SetThreads(1);
  const Components one = WeakComponents(g);
  SetThreads(2);
  const Components two = WeakComponents(g);
  SetThreads(threads);
  EXPECT_EQ(one.component, two.component);
  EXPECT_EQ(one.sizes, two.sizes);
}

// Seeded random graphs around the giant-component threshold, where component structure is
// richest, against igraph_connected_components.
TEST(Components, MatchIgraphOnRandomGraphs) {
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    const NodeId n = 3000;
    const EdgeId m = 1500 * seed / 2 + 800;
    const Digraph g = GenerateErdosRenyi(n, m, seed);
    const Components weak = WeakComponents(g);
    const Components strong = StrongComponents(g);
    EXPECT_EQ(weak.component, IgraphComponents(g, IGRAPH_WEAK)) << "seed " << seed;
    EXPECT_EQ(strong.component, IgraphComponents(g, IGRAPH_STRONG)) << "seed " << seed;
    ExpectConsistentSizes(weak);
    ExpectConsistentSizes(strong);
  }
  const Digraph rmat = GenerateRmat(12, 4, 5);
  EXPECT_EQ(WeakComponents(rmat).component, IgraphComponents(rmat, IGRAPH_WEAK));
  EXPECT_EQ(StrongComponents(rmat).component, IgraphComponents(rmat, IGRAPH_STRONG));
  const Digraph pa = GeneratePreferentialAttachment(2000, 2, 5);  // a DAG: all SCCs single
  EXPECT_EQ(StrongComponents(pa).count(), 2000u);
}

}  // namespace
}  // namespace ombak
