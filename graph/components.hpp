// Weakly and strongly connected components of a Digraph.
//
// Design choices: weak components use a parallel lock-free union-find that always links the
// larger root under the smaller one, so every root ends as the smallest node of its component
// and the numbering (by smallest node id) falls out of a prefix sum, independent of the thread
// count. Strong components use Pearce's space-efficient variant of Tarjan's algorithm written
// with an explicit stack, so a 16M-edge path cannot overflow the call stack.
//
// Usage:
//   Components weak = WeakComponents(g);
//   NodeId c = weak.component[v];            // 0 = the component holding node 0
//   NodeId giant_size = weak.largest();
#pragma once

#include <vector>

#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

struct Components {
  // component[v] = the component of node v. Components are numbered 0, 1, ... in the order of
  // their smallest node: node 0 is in component 0, the smallest node outside it in 1, ...
  std::vector<NodeId> component;
  // sizes[c] = number of nodes in component c.
  std::vector<NodeId> sizes;

  NodeId count() const { return static_cast<NodeId>(sizes.size()); }
  // Size of the largest component; 0 for a graph without nodes.
  NodeId largest() const;
  // The largest component (the lowest-numbered one among equals); kNoNode without nodes.
  NodeId largest_index() const;
};

// Weakly connected components (arc directions ignored). Union-find with CAS linking by
// minimum and path halving (see e.g. Jayanti & Tarjan, "A randomized concurrent algorithm for
// disjoint set union", PODC 2016, for the correctness of concurrent linking). O(m α(n))
// work, parallel. Deterministic: the result is a function of the graph only.
Components WeakComponents(const Digraph& g);

// Strongly connected components. D. J. Pearce, "A space-efficient algorithm for finding
// strongly connected components", Information Processing Letters 116 (2016), algorithm
// PEA_FIND_SCC2 made iterative. O(n + m), serial; memory 4 bytes per node for the indices
// plus the explicit DFS stack (at most 17 bytes per node). For an undirected graph this equals
// WeakComponents. Deterministic.
Components StrongComponents(const Digraph& g);

}  // namespace ombak
