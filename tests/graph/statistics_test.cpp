#include "graph/statistics.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/generators.hpp"
#include "graph/parallel.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

//   0 <==> 1 --> 2      3 (loop)     4
//   ^            |
//   +------------+
// weights: 0->1 2, 1->0 1, 1->2 3, 2->0 0.5, 3->3 4
TEST(Statistics, HandDrawnDirectedGraph) {
  EdgeList edges;
  edges.Add(0, 1, 2.0f);
  edges.Add(1, 0, 1.0f);
  edges.Add(1, 2, 3.0f);
  edges.Add(2, 0, 0.5f);
  edges.Add(3, 3, 4.0f);
  const LayerSummary s = Summarize(BuildDigraph(std::move(edges), 5));
  EXPECT_EQ(s.nodes, 5u);
  EXPECT_EQ(s.edges, 5u);
  EXPECT_FALSE(s.undirected);
  EXPECT_DOUBLE_EQ(s.total_weight, 10.5);
  EXPECT_EQ(s.self_loops, 1u);
  EXPECT_DOUBLE_EQ(s.reciprocity, 0.5);  // 0->1 and 1->0 of the four non-loop arcs
  EXPECT_DOUBLE_EQ(s.density, 4.0 / 20.0);
  EXPECT_EQ(s.weak_components, 3u);
  EXPECT_EQ(s.largest_weak, 3u);
  EXPECT_EQ(s.strong_components, 3u);  // {0,1,2} {3} {4}
  EXPECT_EQ(s.largest_strong, 3u);
  // out-degrees 1 2 1 1 0, in-degrees 2 1 1 1 0
  EXPECT_EQ(s.out_degree.min, 0u);
  EXPECT_EQ(s.out_degree.median, 1u);
  EXPECT_EQ(s.out_degree.max, 2u);
  EXPECT_DOUBLE_EQ(s.out_degree.mean, 1.0);
  EXPECT_EQ(s.in_degree.max, 2u);
  EXPECT_DOUBLE_EQ(s.in_degree.mean, 1.0);
}

//   0 --- 1 --- 2 (loop on 2)     3
TEST(Statistics, HandDrawnUndirectedGraph) {
  EdgeList edges;
  edges.Add(0, 1, 2.0f);
  edges.Add(1, 2, 3.0f);
  edges.Add(2, 2, 1.0f);
  BuildOptions options;
  options.undirected = true;
  const LayerSummary s = Summarize(BuildDigraph(std::move(edges), 4, options));
  EXPECT_TRUE(s.undirected);
  EXPECT_EQ(s.edges, 3u);
  EXPECT_DOUBLE_EQ(s.total_weight, 6.0);
  EXPECT_EQ(s.self_loops, 1u);
  EXPECT_DOUBLE_EQ(s.reciprocity, 1.0);
  EXPECT_DOUBLE_EQ(s.density, 4.0 / 12.0);  // 2 non-loop edges of 6 possible
  EXPECT_EQ(s.weak_components, 2u);
  EXPECT_EQ(s.strong_components, 2u);
  EXPECT_EQ(s.largest_strong, 3u);
  // degrees 1 2 2 0 (the loop counts once): lower median 1, mean 5/4
  EXPECT_EQ(s.out_degree.median, 1u);
  EXPECT_EQ(s.out_degree.max, 2u);
  EXPECT_DOUBLE_EQ(s.in_degree.mean, 1.25);
}

TEST(Statistics, EmptyGraphs) {
  const LayerSummary empty = Summarize(Digraph());
  EXPECT_EQ(empty.nodes, 0u);
  EXPECT_TRUE(std::isnan(empty.reciprocity));
  EXPECT_EQ(empty.density, 0.0);
  EXPECT_EQ(empty.largest_weak, 0u);
  const LayerSummary isolated = Summarize(BuildDigraph(EdgeList{}, 3));
  EXPECT_TRUE(std::isnan(isolated.reciprocity));
  EXPECT_EQ(isolated.weak_components, 3u);
  EXPECT_EQ(isolated.out_degree.max, 0u);
}

TEST(Statistics, SameResultForAnyThreadCount) {
  RmatOptions options;
  options.keep_duplicates = false;
  const Digraph g = GenerateRmat(14, 8, 2, options);
  const int threads = MaxThreads();
  SetThreads(1);
  const LayerSummary one = Summarize(g);
  SetThreads(2);
  const LayerSummary two = Summarize(g);
  SetThreads(threads);
  EXPECT_EQ(one.total_weight, two.total_weight);
  EXPECT_EQ(one.reciprocity, two.reciprocity);
  EXPECT_EQ(one.largest_strong, two.largest_strong);
}

TEST(Statistics, MatchesIgraph) {
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    // Dense enough that many arcs are reciprocated by chance.
    const Digraph g = GenerateErdosRenyi(300, 9000 * seed, seed);
    const LayerSummary s = Summarize(g);
    IgraphGraph ig = ToIgraph(g);
    igraph_real_t reciprocity = 0, density = 0;
    IgraphCheck(igraph_reciprocity(ig.get(), &reciprocity, true, IGRAPH_RECIPROCITY_DEFAULT),
                "igraph_reciprocity");
    IgraphCheck(igraph_density(ig.get(), &density, false), "igraph_density");
    EXPECT_NEAR(s.reciprocity, reciprocity, 1e-12);
    EXPECT_NEAR(s.density, density, 1e-12);
    igraph_integer_t weak = 0, strong = 0;
    IgraphCheck(igraph_connected_components(ig.get(), nullptr, nullptr, &weak, IGRAPH_WEAK),
                "weak");
    IgraphCheck(igraph_connected_components(ig.get(), nullptr, nullptr, &strong, IGRAPH_STRONG),
                "strong");
    EXPECT_EQ(s.weak_components, static_cast<NodeId>(weak));
    EXPECT_EQ(s.strong_components, static_cast<NodeId>(strong));
  }
}

TEST(Statistics, MatchesNetworkx) {
  if (!testing::PythonHasModules({"networkx"})) GTEST_SKIP() << "networkx missing";
  const Digraph g = GenerateRmat(10, 3, 7);  // loop-free, skewed, many small components
  const LayerSummary s = Summarize(g);
  testing::TempDir dir;
  const std::string path = dir.File("g.el");
  {
    std::ofstream out(path);
    for (NodeId u = 0; u < g.num_nodes(); ++u) {
      for (NodeId v : g.out_neighbors(u)) out << u << ' ' << v << '\n';
    }
  }
  const std::string program = R"(
import sys, statistics, networkx as nx
g = nx.DiGraph()
g.add_nodes_from(range(int(sys.argv[2])))
g.add_edges_from(tuple(map(int, l.split())) for l in open(sys.argv[1]))
weak = [len(c) for c in nx.weakly_connected_components(g)]
strong = [len(c) for c in nx.strongly_connected_components(g)]
ins = sorted(d for _, d in g.in_degree())
print(repr(nx.reciprocity(g)), repr(nx.density(g)), len(weak), max(weak), len(strong),
      max(strong), ins[(len(ins) - 1) // 2], ins[-1])
)";
  std::istringstream out(testing::RunPython(program, {path, std::to_string(g.num_nodes())}));
  double reciprocity = 0, density = 0;
  NodeId weak = 0, largest_weak = 0, strong = 0, largest_strong = 0;
  std::uint64_t median_in = 0, max_in = 0;
  out >> reciprocity >> density >> weak >> largest_weak >> strong >> largest_strong >> median_in >>
      max_in;
  ASSERT_TRUE(out) << "could not parse the networkx output";
  EXPECT_NEAR(s.reciprocity, reciprocity, 1e-12);
  EXPECT_NEAR(s.density, density, 1e-12);
  EXPECT_EQ(s.weak_components, weak);
  EXPECT_EQ(s.largest_weak, largest_weak);
  EXPECT_EQ(s.strong_components, strong);
  EXPECT_EQ(s.largest_strong, largest_strong);
  EXPECT_EQ(s.in_degree.median, median_in);
  EXPECT_EQ(s.in_degree.max, max_in);
}

}  // namespace
}  // namespace ombak
