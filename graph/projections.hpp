// Projections: new graphs derived from a Digraph or a Network — merged layers, the undirected
// view, the reverse graph, induced subgraphs and subnetworks, the largest weak component and
// time windows.
//
// Design choice: every projection writes its CSR rows directly (count, prefix sum, fill, in
// parallel over rows) instead of going through an EdgeList and BuildDigraph, which would sort
// every arc again; rows stay sorted by target and parallel arcs keep edge-id order, so results
// are the same for any thread count. Weights and timestamps travel with their arcs.
//
// Usage:
//   Digraph engagement = MergeLayers(net, {{Layer::kRetweet, 1.0}, {Layer::kMention, 0.5}});
//   Subgraph core = InducedSubgraph(g, LargestWeakComponentNodes(g));
//   Digraph week = TimeWindow(net.layer(Layer::kRetweet), monday, next_monday);
#pragma once

#include <span>
#include <utility>
#include <vector>

#include "graph/builder.hpp"
#include "graph/digraph.hpp"
#include "graph/layer.hpp"
#include "graph/network.hpp"
#include "graph/types.hpp"

namespace ombak {

// One graph from several layers: the arc u->v gets weight sum over the chosen layers of
// layer_weight * (weight of u->v in that layer, 0 if absent), parallel arcs of a layer summed;
// an arc present only in layers of weight 0 is kept with weight 0. The result is always
// weighted; it has timestamps when a chosen layer has them, each arc keeping the earliest time
// of its merged arcs. It is undirected when every chosen layer is; otherwise an undirected
// layer contributes both arcs of each edge.
// O(n + m log k) for m arcs in k layers, parallel, deterministic.
// Throws InvalidArgument if layer_weights is empty, names a layer twice or a layer the
// network lacks, or holds a weight that is not finite.
Digraph MergeLayers(const Network& net, const std::vector<std::pair<Layer, double>>& layer_weights);

// The undirected graph in which u->v and v->u become the one edge {u, v} (a self-loop stays one
// loop). policy kSum: weight = sum of the weights of all arcs between u and v in either
// direction (the count when unweighted), time = earliest; kKeepFirst: weight and time of the
// arc with the smallest edge id; kKeepAll: every arc becomes its own edge (a multigraph).
// The result is weighted when g is, or when kSum merged arcs. An undirected g is returned as
// a copy. O(n + m), parallel, deterministic.
Digraph UndirectedView(const Digraph& g, DuplicatePolicy policy = DuplicatePolicy::kSum);

// The graph with every arc turned around (u->v becomes v->u), weights and times kept; new
// edge ids follow the in-adjacency of g. An undirected g is returned as a copy. O(n + m).
Digraph Reverse(const Digraph& g);

struct Subgraph {
  Digraph graph;
  std::vector<NodeId> original_ids;  // new node i is node original_ids[i] of the source graph
};

// The subgraph induced by `nodes`: new node i is nodes[i]; every arc between two chosen nodes
// is kept with its weight and time. O(n + sum of chosen out-degrees * log), parallel.
// Throws InvalidArgument if a node is out of range or listed twice.
Subgraph InducedSubgraph(const Digraph& g, std::span<const NodeId> nodes);

// InducedSubgraph applied to every layer of net, with the node table (NodeTable::Select) and
// the events between chosen nodes (EventLog::Remap). Throws as InducedSubgraph.
Network InducedSubnetwork(const Network& net, std::span<const NodeId> nodes);

// The nodes of the largest weakly connected component (the one with the smallest node among
// equals), ascending. Empty for an empty graph. Cost of WeakComponents.
std::vector<NodeId> LargestWeakComponentNodes(const Digraph& g);

// The arcs with begin <= time < end, on all nodes of g, weights kept. O(n + m), parallel.
// Throws InvalidArgument if g has no timestamps or begin > end.
Digraph TimeWindow(const Digraph& g, Timestamp begin, Timestamp end);

}  // namespace ombak
