// Degree and strength (weighted degree): the follower-count style measures of influence.
//
// Design choice: one function per quantity, both counting arcs as stored, so a multigraph's
// parallel arcs each count. For an undirected (symmetrically stored) graph the mode is ignored
// and a self-loop counts twice, as in igraph (loops = true) and networkx, although it is stored
// as one arc.
//
// Usage:
//   DegreeResult audience = Degree(g, {.mode = DegreeMode::kIn});      // followers
//   DegreeResult retweets = Strength(retweet_layer, {.mode = DegreeMode::kIn});
#pragma once

#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

enum class DegreeMode {
  kIn,   // arcs pointing at the node: its audience (followers, retweeters)
  kOut,  // arcs leaving the node: whom it listens to
  kAll,  // both
};

struct DegreeOptions {
  DegreeMode mode = DegreeMode::kIn;
};

struct DegreeResult {
  std::vector<double> scores;  // indexed by NodeId
};

// Number of arcs at each node in the given mode. O(n), parallel, deterministic. Never throws.
DegreeResult Degree(const Digraph& g, const DegreeOptions& options = {});

// Sum of the arc weights at each node in the given mode (equals Degree on an unweighted graph),
// like igraph_strength with loops = true. O(n + m), parallel, deterministic (each node sums its
// own arcs in CSR order). Throws InvalidArgument for a non-finite weight.
DegreeResult Strength(const Digraph& g, const DegreeOptions& options = {});

}  // namespace ombak
