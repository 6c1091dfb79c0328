// Upper bounds on the vertex diameter (the most nodes on any shortest path), the quantity that
// sizes Riondato-Kornaropoulos samples (see betweenness_approx.hpp).
//
// Design choice: the bound must be safe, but the sample size grows only with its logarithm, so
// one or two breadth-first searches per component are enough; no diameter is computed exactly.
#pragma once

#include <cstdint>

#include "graph/digraph.hpp"

namespace ombak {

// An upper bound on the number of nodes of any shortest path in g:
// - undirected, unweighted: per connected component, 2 ecc(x) + 1 for its smallest node x
//   (capped by the component size), as Riondato & Kornaropoulos suggest;
// - directed, unweighted: per strongly connected component C, ecc_in(x) + ecc_out(x) + 1 inside
//   C (capped by |C|), since the part of a shortest path inside C is a shortest path of C; then
//   the heaviest chain of components in the condensation DAG, since a path never returns to a
//   component it left;
// - weighted (use_weights and g has weights): the size of the largest weakly connected
//   component, because a weighted shortest path may have more hops than any unweighted one.
// O(n + m); the strong components are serial (Pearce), the rest sequential too.
std::uint64_t VertexDiameterBound(const Digraph& g, bool use_weights);

}  // namespace ombak
