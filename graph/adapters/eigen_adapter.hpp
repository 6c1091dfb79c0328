// The Eigen adapter: a Digraph as an Eigen sparse matrix, for linear-algebra oracles (power
// iteration for PageRank, eigenvector centrality, Katz) and for users who want the matrix.
//
// Design choice: the matrices are written straight from the CSR arrays (row u of the
// adjacency matrix is u's out-row, already sorted), not through triplets, so building one
// costs a copy of the arcs and no sort. Eigen's default 32-bit storage index limits a matrix to
// 2^31 - 1 non-zeros; larger graphs get InvalidArgument.
//
// Usage:
//   Eigen::SparseMatrix<double, Eigen::RowMajor> p = ColumnStochasticMatrix(g);
//   Eigen::VectorXd x = Eigen::VectorXd::Constant(n, 1.0 / n);
//   for (int i = 0; i < 100; ++i) x = 0.85 * (p * x) + Eigen::VectorXd::Constant(n, 0.15 / n);
#pragma once

#include <Eigen/SparseCore>

#include "graph/digraph.hpp"

namespace ombak {

using SparseMatrix = Eigen::SparseMatrix<double, Eigen::RowMajor>;

// A(u, v) = total weight of the arcs u -> v (parallel arcs summed; 1 per arc when unweighted).
// An undirected graph gives a symmetric matrix with a self-loop once on the diagonal.
// O(n + m). Throws InvalidArgument above 2^31 - 1 non-zeros.
SparseMatrix AdjacencyMatrix(const Digraph& g);

// The transpose A^T as a row-major matrix: row v holds the arcs into v, so A^T x is a pull
// over in-neighbours. O(n + m). Throws as AdjacencyMatrix.
SparseMatrix TransposedAdjacencyMatrix(const Digraph& g);

// The column-stochastic transition matrix of a random walk along arcs: P(v, u) = A(u, v) /
// (total out-weight of u). Column u sums to 1 when u has positive out-weight and is zero
// otherwise (dangling nodes are left to the caller). PageRank with damping d is then the
// fixed point of x = d P x + (1 - d) / n (plus the dangling mass). O(n + m). Throws as
// AdjacencyMatrix.
SparseMatrix ColumnStochasticMatrix(const Digraph& g);

}  // namespace ombak
