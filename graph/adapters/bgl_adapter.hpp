// The Boost Graph Library adapter: a `const Digraph&` is a BGL graph, with no copy.
//
// Design choice: only graph_traits, a few free functions found by argument-dependent lookup,
// and three read-only property maps (vertex_index, edge_index, edge_weight) — enough for BGL's
// IncidenceGraph, AdjacencyGraph, VertexListGraph and EdgeListGraph concepts, so that tests and
// benchmarks can run boost::breadth_first_search, boost::dijkstra_shortest_paths and
// boost::brandes_betweenness_centrality on our CSR as oracles and baselines. Our own algorithms
// never use BGL (DESIGN.md). Edge descriptors are (source, edge id) pairs, so source() costs
// nothing and weights are one array read.
//
// BGL sees every Digraph as directed: an undirected Digraph appears as its symmetric arcs, so
// distances are those of the undirected graph, while Brandes betweenness counts every pair in
// both orders (twice the undirected value).
//
// Usage:
//   std::vector<double> dist(num_vertices(g));
//   boost::dijkstra_shortest_paths(g, source, boost::distance_map(
//       boost::make_iterator_property_map(dist.begin(), get(boost::vertex_index, g))));
#pragma once

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstddef>
#include <utility>

#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

// An arc as BGL sees it: its source and its Digraph edge id.
struct BglEdge {
  NodeId source = kNoNode;
  EdgeId id = kNoEdge;
  friend bool operator==(const BglEdge& a, const BglEdge& b) { return a.id == b.id; }
  friend bool operator!=(const BglEdge& a, const BglEdge& b) { return a.id != b.id; }
  friend bool operator<(const BglEdge& a, const BglEdge& b) { return a.id < b.id; }
};

// The out-arcs of one node: edge ids counted up with a fixed source.
class BglOutEdgeIterator
    : public boost::iterator_facade<BglOutEdgeIterator, BglEdge, boost::random_access_traversal_tag,
                                    BglEdge> {
 public:
  BglOutEdgeIterator() = default;
  BglOutEdgeIterator(NodeId source, EdgeId id) : source_(source), id_(id) {}

 private:
  friend class boost::iterator_core_access;
  BglEdge dereference() const { return {source_, id_}; }
  bool equal(const BglOutEdgeIterator& other) const { return id_ == other.id_; }
  void increment() { ++id_; }
  void decrement() { --id_; }
  void advance(std::ptrdiff_t k) { id_ += k; }
  std::ptrdiff_t distance_to(const BglOutEdgeIterator& other) const {
    return static_cast<std::ptrdiff_t>(other.id_) - static_cast<std::ptrdiff_t>(id_);
  }
  NodeId source_ = kNoNode;
  EdgeId id_ = 0;
};

// All arcs in edge-id order; the source advances past empty rows.
class BglEdgeIterator : public boost::iterator_facade<BglEdgeIterator, BglEdge,
                                                      boost::forward_traversal_tag, BglEdge> {
 public:
  BglEdgeIterator() = default;
  BglEdgeIterator(const Digraph* g, EdgeId id) : g_(g), id_(id) { SkipEmptyRows(); }

 private:
  friend class boost::iterator_core_access;
  void SkipEmptyRows() {
    if (g_ == nullptr) return;
    while (source_ < g_->num_nodes() && id_ >= g_->out_offsets()[std::size_t{source_} + 1]) {
      ++source_;
    }
  }
  BglEdge dereference() const { return {source_, id_}; }
  bool equal(const BglEdgeIterator& other) const { return id_ == other.id_; }
  void increment() {
    ++id_;
    SkipEmptyRows();
  }
  const Digraph* g_ = nullptr;
  NodeId source_ = 0;
  EdgeId id_ = 0;
};

// Property maps: node -> node (identity), arc -> edge id, arc -> weight (1 when unweighted).
using BglVertexIndexMap = boost::typed_identity_property_map<NodeId>;

struct BglEdgeIndexMap {
  using key_type = BglEdge;
  using value_type = EdgeId;
  using reference = EdgeId;
  using category = boost::readable_property_map_tag;
};
inline EdgeId get(const BglEdgeIndexMap&, const BglEdge& e) { return e.id; }

struct BglWeightMap {
  using key_type = BglEdge;
  using value_type = double;
  using reference = double;
  using category = boost::readable_property_map_tag;
  const Digraph* graph = nullptr;
};
inline double get(const BglWeightMap& map, const BglEdge& e) { return map.graph->weight(e.id); }

}  // namespace ombak

namespace boost {

template <>
struct graph_traits<ombak::Digraph> {
  using vertex_descriptor = ombak::NodeId;
  using edge_descriptor = ombak::BglEdge;
  using directed_category = directed_tag;
  using edge_parallel_category = allow_parallel_edge_tag;
  struct traversal_category : incidence_graph_tag,
                              adjacency_graph_tag,
                              vertex_list_graph_tag,
                              edge_list_graph_tag {};
  using vertex_iterator = counting_iterator<ombak::NodeId>;
  using out_edge_iterator = ombak::BglOutEdgeIterator;
  using adjacency_iterator = const ombak::NodeId*;
  using edge_iterator = ombak::BglEdgeIterator;
  using vertices_size_type = ombak::NodeId;
  using edges_size_type = ombak::EdgeId;
  using degree_size_type = std::uint64_t;
  static vertex_descriptor null_vertex() { return ombak::kNoNode; }
};

// BGL algorithms taking `const Graph&` look up graph_traits<const Graph>.
template <>
struct graph_traits<const ombak::Digraph> : graph_traits<ombak::Digraph> {};

template <>
struct property_map<ombak::Digraph, vertex_index_t> {
  using type = ombak::BglVertexIndexMap;
  using const_type = ombak::BglVertexIndexMap;
};
template <>
struct property_map<ombak::Digraph, edge_index_t> {
  using type = ombak::BglEdgeIndexMap;
  using const_type = ombak::BglEdgeIndexMap;
};
template <>
struct property_map<ombak::Digraph, edge_weight_t> {
  using type = ombak::BglWeightMap;
  using const_type = ombak::BglWeightMap;
};

}  // namespace boost

namespace ombak {

// The BGL free functions, found by argument-dependent lookup on Digraph.
inline std::pair<boost::counting_iterator<NodeId>, boost::counting_iterator<NodeId>> vertices(
    const Digraph& g) {
  return {boost::counting_iterator<NodeId>(0), boost::counting_iterator<NodeId>(g.num_nodes())};
}
inline NodeId num_vertices(const Digraph& g) { return g.num_nodes(); }
inline std::pair<BglOutEdgeIterator, BglOutEdgeIterator> out_edges(NodeId u, const Digraph& g) {
  const EdgeId begin = g.out_edge_begin(u);
  return {BglOutEdgeIterator(u, begin), BglOutEdgeIterator(u, begin + g.out_degree(u))};
}
inline std::uint64_t out_degree(NodeId u, const Digraph& g) { return g.out_degree(u); }
inline std::pair<const NodeId*, const NodeId*> adjacent_vertices(NodeId u, const Digraph& g) {
  const auto row = g.out_neighbors(u);
  return {row.data(), row.data() + row.size()};
}
inline std::pair<BglEdgeIterator, BglEdgeIterator> edges(const Digraph& g) {
  return {BglEdgeIterator(&g, 0), BglEdgeIterator(&g, g.num_edges())};
}
inline EdgeId num_edges(const Digraph& g) { return g.num_edges(); }
inline NodeId source(const BglEdge& e, const Digraph&) { return e.source; }
inline NodeId target(const BglEdge& e, const Digraph& g) { return g.target(e.id); }

inline BglVertexIndexMap get(boost::vertex_index_t, const Digraph&) { return {}; }
inline NodeId get(boost::vertex_index_t, const Digraph&, NodeId v) { return v; }
inline BglEdgeIndexMap get(boost::edge_index_t, const Digraph&) { return {}; }
inline BglWeightMap get(boost::edge_weight_t, const Digraph& g) { return {&g}; }
inline double get(boost::edge_weight_t, const Digraph& g, const BglEdge& e) {
  return g.weight(e.id);
}

}  // namespace ombak
