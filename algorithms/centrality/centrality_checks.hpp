// Parameter checks shared by the centrality measures of this room (degree, PageRank, HITS,
// eigenvector, Katz, k-core, collective influence, ...).
//
// Design choice: one place formats numbers in InvalidArgument messages and validates arc
// weights, so every measure words the same error the same way ("damping must be in [0, 1),
// got 1.5").
#pragma once

#include <string>
#include <vector>

#include "graph/digraph.hpp"

namespace ombak::centrality_internal {

// Shortest round-trip-ish text for a double in an error message ("1.5", "1e-12", "nan").
std::string FormatNumber(double value);

// Throws InvalidArgument("edge weights must be finite and nonnegative, got W on edge E") when
// the graph has weights and one of them is negative, infinite or NaN. O(m).
void CheckNonnegativeWeights(const Digraph& g);

// Throws InvalidArgument("NAME[i] = ID is not a node (the graph has N nodes)").
void CheckNodes(const std::vector<NodeId>& nodes, NodeId num_nodes, const char* name);

}  // namespace ombak::centrality_internal
