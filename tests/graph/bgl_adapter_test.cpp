#include "graph/adapters/bgl_adapter.hpp"

#include <gtest/gtest.h>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <deque>
#include <limits>
#include <vector>

#include "graph/builder.hpp"
#include "graph/generators.hpp"

namespace ombak {
namespace {

BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<Digraph>));
BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<Digraph>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<Digraph>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<Digraph>));
BOOST_CONCEPT_ASSERT((boost::ReadablePropertyMapConcept<
                      boost::property_map<Digraph, boost::edge_weight_t>::type, BglEdge>));

constexpr std::uint64_t kUnreached = std::numeric_limits<std::uint64_t>::max();

// Our own breadth-first search, the reference for BGL's.
std::vector<std::uint64_t> SimpleBfs(const Digraph& g, NodeId s) {
  std::vector<std::uint64_t> dist(g.num_nodes(), kUnreached);
  std::deque<NodeId> queue{s};
  dist[s] = 0;
  while (!queue.empty()) {
    const NodeId u = queue.front();
    queue.pop_front();
    for (NodeId v : g.out_neighbors(u)) {
      if (dist[v] == kUnreached) {
        dist[v] = dist[u] + 1;
        queue.push_back(v);
      }
    }
  }
  return dist;
}

// Bellman-Ford relaxation to a fixed point: slow and obviously right.
std::vector<double> SimpleShortestPaths(const Digraph& g, NodeId s) {
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> dist(g.num_nodes(), inf);
  dist[s] = 0;
  for (bool changed = true; changed;) {
    changed = false;
    for (NodeId u = 0; u < g.num_nodes(); ++u) {
      if (dist[u] == inf) continue;
      for (EdgeId e = g.out_edge_begin(u); e < g.out_edge_begin(u) + g.out_degree(u); ++e) {
        if (dist[u] + g.weight(e) < dist[g.target(e)]) {
          dist[g.target(e)] = dist[u] + g.weight(e);
          changed = true;
        }
      }
    }
  }
  return dist;
}

std::vector<double> BglDijkstra(const Digraph& g, NodeId s) {
  std::vector<double> dist(num_vertices(g));
  boost::dijkstra_shortest_paths(g, s,
                                 boost::distance_map(boost::make_iterator_property_map(
                                     dist.begin(), get(boost::vertex_index, g))));
  return dist;
}

TEST(BglAdapter, SeesTheGraphWithoutCopying) {
  EdgeList list;
  list.Add(0, 1, 2.5f);
  list.Add(0, 2, 1.0f);
  list.Add(2, 0, 4.0f);
  const Digraph g = BuildDigraph(std::move(list), 4);  // node 1 and 3 have no out-arcs
  EXPECT_EQ(num_vertices(g), 4u);
  EXPECT_EQ(num_edges(g), 3u);
  std::vector<std::pair<NodeId, NodeId>> arcs;
  std::vector<double> weights;
  const auto weight = get(boost::edge_weight, g);
  for (auto [it, end] = edges(g); it != end; ++it) {
    arcs.emplace_back(source(*it, g), target(*it, g));
    weights.push_back(get(weight, *it));
  }
  EXPECT_EQ(arcs, (std::vector<std::pair<NodeId, NodeId>>{{0, 1}, {0, 2}, {2, 0}}));
  EXPECT_EQ(weights, (std::vector<double>{2.5, 1.0, 4.0}));
  auto [out, out_end] = out_edges(0, g);
  EXPECT_EQ(out_end - out, 2);
  EXPECT_EQ(get(get(boost::edge_index, g), *(out + 1)), 1u);
  EXPECT_EQ(out_degree(2, g), 1u);
  auto [adj, adj_end] = adjacent_vertices(0, g);
  EXPECT_EQ(std::vector<NodeId>(adj, adj_end), (std::vector<NodeId>{1, 2}));
  const Digraph empty;
  EXPECT_EQ(std::distance(edges(empty).first, edges(empty).second), 0);
}

TEST(BglAdapter, BreadthFirstSearchMatchesOurs) {
  const Digraph g = GenerateRmat(12, 6, 9);
  for (const NodeId s : {NodeId{0}, NodeId{17}, NodeId{4000}}) {
    std::vector<std::uint64_t> dist(num_vertices(g), kUnreached);
    dist[s] = 0;
    boost::breadth_first_search(
        g, s,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(
            boost::make_iterator_property_map(dist.begin(), get(boost::vertex_index, g)),
            boost::on_tree_edge()))));
    EXPECT_EQ(dist, SimpleBfs(g, s)) << "source " << s;
  }
}

TEST(BglAdapter, DijkstraMatchesOurs) {
  // Unit weights: Dijkstra equals breadth-first search.
  const Digraph unweighted = GenerateErdosRenyi(3000, 12000, 2);
  const std::vector<double> dijkstra = BglDijkstra(unweighted, 5);
  const std::vector<std::uint64_t> bfs = SimpleBfs(unweighted, 5);
  for (NodeId v = 0; v < unweighted.num_nodes(); ++v) {
    if (bfs[v] == kUnreached) {
      EXPECT_EQ(dijkstra[v], std::numeric_limits<double>::max());
    } else {
      EXPECT_EQ(dijkstra[v], static_cast<double>(bfs[v]));
    }
  }
  // Weighted: against Bellman-Ford.
  EdgeList list;
  for (NodeId u = 0; u < unweighted.num_nodes(); ++u) {
    for (NodeId v : unweighted.out_neighbors(u)) list.Add(u, v, (u * 7 + v * 3) % 11 + 0.5f);
  }
  const Digraph weighted = BuildDigraph(std::move(list), unweighted.num_nodes());
  const std::vector<double> expected = SimpleShortestPaths(weighted, 5);
  const std::vector<double> got = BglDijkstra(weighted, 5);
  for (NodeId v = 0; v < weighted.num_nodes(); ++v) {
    if (std::isinf(expected[v])) continue;
    EXPECT_DOUBLE_EQ(got[v], expected[v]) << v;
  }
}

//   0 -> 1 -> 2 -> 3,   0 -> 4 -> 3
// Pairs with an intermediate node on their shortest path: 0->2 via 1, 1->3 via 2, and 0->3,
// whose only shortest path is 0-4-3 (0-1-2-3 is longer). So 1, 2 and 4 score 1 each.
TEST(BglAdapter, BrandesBetweennessOnAHandDrawnGraph) {
  EdgeList list;
  list.Add(0, 1);
  list.Add(1, 2);
  list.Add(2, 3);
  list.Add(0, 4);
  list.Add(4, 3);
  const Digraph g = BuildDigraph(std::move(list), 5);
  std::vector<double> centrality(num_vertices(g));
  boost::brandes_betweenness_centrality(g, boost::centrality_map(boost::make_iterator_property_map(
                                               centrality.begin(), get(boost::vertex_index, g))));
  EXPECT_EQ(centrality, (std::vector<double>{0, 1, 1, 0, 1}));
}

}  // namespace
}  // namespace ombak
