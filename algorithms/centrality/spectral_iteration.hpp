// Sparse products shared by the spectral measures (HITS, eigenvector, Katz) of this room.
//
// Design choice: these measures use our own power iteration over the CSR rows instead of
// Eigen or ARPACK. The product y = A^T x (y_v = sum over in-arcs u->v of w_uv x_u) is the same
// pull loop as PageRank: parallel, no atomics, no copy of the graph into a sparse-matrix
// format (which would double the memory of a large follow graph), and the same result for any
// thread count. Eigen (graph/adapters/eigen_adapter.hpp) remains the oracle in the tests.
#pragma once

#include <vector>

#include "graph/digraph.hpp"

namespace ombak::centrality_internal {

// Arc weights in in-CSR order (empty when unweighted or not requested), so that pull loops
// read weights sequentially.
std::vector<double> InOrderWeights(const Digraph& g, bool weighted);

// y_v = sum over arcs u->v of w_uv x_u (pull over in-neighbours). in_weights from
// InOrderWeights (empty = all 1).
void PullProduct(const Digraph& g, const std::vector<double>& in_weights,
                 const std::vector<double>& x, std::vector<double>& y);
// y_u = sum over arcs u->v of w_uv x_v (pull over out-neighbours).
void PushTransposeProduct(const Digraph& g, const std::vector<double>& x, bool weighted,
                          std::vector<double>& y);

// max_v |x_v| and max_v |a_v - b_v|.
double MaxAbs(const std::vector<double>& x);
double MaxAbsDiff(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace ombak::centrality_internal
