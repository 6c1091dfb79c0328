// Burt's constraint: how much a node's contacts are themselves connected, i.e. how little the
// node bridges structural holes (low constraint = broker between groups).
//
// Design choice: defined, as networkx.constraint, on mutual weights: the proportional tie
// p_uv = (w_uv + w_vu) / sum over neighbours x of u of (w_ux + w_xu), over the undirected simple
// view (parallel arcs sum, self-loops drop; see simple_adjacency.hpp). On an undirected graph
// this is w_uv / strength(u).
//
// Usage:
//   ConstraintResult c = Constraint(g);   // NaN for isolated nodes
#pragma once

#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

struct ConstraintOptions {
  bool weighted = true;  // use arc weights when present
};

struct ConstraintResult {
  std::vector<double> scores;  // NaN for a node without neighbours (networkx)
};

// Constraint c(v) = sum over neighbours u of (p_vu + sum over neighbours q of v of
// p_vq p_qu)^2 (Burt, "Structural Holes", 1992; Burt, Am. J. Sociology 110, 2004), matching
// networkx.constraint on undirected and directed graphs. O(sum over v of sum over neighbours q
// of k(q)), parallel, deterministic. Throws InvalidArgument for a negative or non-finite weight.
ConstraintResult Constraint(const Digraph& g, const ConstraintOptions& options = {});

}  // namespace ombak
