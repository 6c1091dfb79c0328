// Building a Digraph from an edge list: count, prefix sum, scatter, sort (as GAP's builder).
//
// The builder decides what happens to duplicate arcs and self-loops. Its output is independent
// of the thread count: rows are sorted by (target, position in the input), so "first" always
// means first in the input and weights are summed in input order. Unweighted, untimed,
// directed input (a loaded edge list) takes a fast path: equal arcs are then
// indistinguishable, so the targets themselves are bucketed by source and each row is sorted
// directly (std::sort for short rows, an 8-bit LSD radix sort for long ones), with no stable
// sort through input positions. It gives the same graph and BuildStats.
//
// Usage:
//   EdgeList edges;
//   edges.Add(0, 1); edges.Add(0, 1); edges.Add(1, 2);
//   Digraph g = BuildDigraph(std::move(edges), 3);   // arc 0->1 has weight 2
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

// Arcs in input order, with optional parallel weight and time arrays (empty = absent).
struct EdgeList {
  std::vector<NodeId> sources;
  std::vector<NodeId> targets;
  std::vector<Weight> weights;
  std::vector<Timestamp> times;

  std::size_t size() const { return sources.size(); }
  void Add(NodeId source, NodeId target) {
    sources.push_back(source);
    targets.push_back(target);
  }
  // Adds a weighted, optionally timed arc; keeps the attribute arrays aligned even when
  // earlier arcs were added without them (they get weight 1 and no time).
  void Add(NodeId source, NodeId target, Weight weight, Timestamp time = kNoTime);
  void Append(const EdgeList& other);
};

enum class DuplicatePolicy {
  kSum,        // one arc; weight = sum of weights (count for unweighted input); earliest time
  kKeepFirst,  // one arc with the weight and time of the first occurrence in the input
  kKeepAll,    // a multigraph: every occurrence is its own arc
};

enum class SelfLoopPolicy { kKeep, kDrop };

struct BuildOptions {
  DuplicatePolicy duplicates = DuplicatePolicy::kSum;
  SelfLoopPolicy self_loops = SelfLoopPolicy::kKeep;
  // Store each edge as both arcs (an undirected graph, see Digraph). Duplicates are detected
  // after symmetrizing, so {u,v} given as u v and as v u is one edge.
  bool undirected = false;
};

// What the builder dropped or merged, for `ombak info` and warnings.
struct BuildStats {
  std::size_t input_arcs = 0;
  std::size_t self_loops_dropped = 0;
  std::size_t duplicates_merged = 0;  // edges, not arcs, in an undirected build
};

// Builds the graph on nodes [0, num_nodes). Throws InvalidArgument if an endpoint is not below
// num_nodes or the attribute arrays have the wrong length. Consumes `edges` to bound memory.
// O(m log(max degree) + n), parallel. Unweighted input stays unweighted unless kSum merged a
// duplicate (then the weights become counts). Working memory beyond the input and the result:
// 4 bytes per arc on the fast path (unweighted, untimed, directed), 8 otherwise.
Digraph BuildDigraph(EdgeList edges, NodeId num_nodes, const BuildOptions& options = {},
                     BuildStats* stats = nullptr);

// Unweighted, untimed arcs given by integer keys and a direct map: arc i is
// map[sources[i] - offset] -> map[targets[i] - offset]. The caller guarantees every key lies
// in [offset, offset + map.size()) and maps to a node (kNoNode marks unused keys). A loader uses it
// to build from external ids without a dense copy of the endpoints (8 bytes per arc written and
// read again).
struct MappedArcs {
  std::span<const std::int64_t> sources;
  std::span<const std::int64_t> targets;
  std::span<const NodeId> map;
  std::int64_t offset = 0;
};

// The graph BuildDigraph gives on the mapped arcs. Throws InvalidArgument when sources and
// targets differ in length or the map holds a node (other than kNoNode) not below num_nodes.
// Directed builds take the fast path straight from the keys; an undirected build maps the arcs
// first.
Digraph BuildDigraph(const MappedArcs& arcs, NodeId num_nodes, const BuildOptions& options = {},
                     BuildStats* stats = nullptr);

}  // namespace ombak
