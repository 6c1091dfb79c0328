// Eigenvector centrality and Katz centrality in the influence direction: a node is central
// when central nodes point at it (x_v = sum over arcs u->v of w_uv x_u), i.e. the left
// eigenvector of the adjacency matrix, as igraph_eigenvector_centrality (directed = true) and
// networkx.eigenvector_centrality compute it.
//
// Design choice: own power iteration over the in-CSR (see spectral_iteration.hpp: no copy into
// a sparse-matrix type, parallel and thread-count independent). Eigenvector centrality iterates
// with A^T + I, which has the same eigenvectors but no other eigenvalue of the same modulus on a
// bipartite or periodic graph, so the plain power method cannot oscillate.
//
// Usage:
//   EigenvectorResult e = EigenvectorCentrality(g);            // max-scaled to 1
//   KatzResult k = KatzCentrality(g, {.alpha = 0.05});
#pragma once

#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

struct EigenvectorOptions {
  bool weighted = true;
  double tolerance = 1e-12;  // on max |x_new - x_old| of the max-scaled iterates
  int max_iterations = 100000;
};

struct EigenvectorResult {
  std::vector<double> scores;  // max-scaled to 1 (igraph's scale = true)
  double value = 0.0;          // the dominant eigenvalue
  int iterations = 0;
  bool converged = false;
  double residual = 0.0;
};

// Eigenvector centrality (Bonacich 1972) from the all-ones start. On a directed graph without
// cycles the dominant eigenvalue is 0 and every score is 0 (igraph warns and returns zeros too).
// A symmetric graph's self-loop counts once in A (networkx's adjacency; igraph counts it twice).
// O((n + m) * iterations), parallel, deterministic. Throws InvalidArgument for a non-positive
// tolerance or iteration cap or a negative or non-finite weight.
EigenvectorResult EigenvectorCentrality(const Digraph& g, const EigenvectorOptions& options = {});

struct KatzOptions {
  double alpha = 0.1;  // attenuation; the series converges only for alpha < 1 / lambda_max
  double beta = 1.0;   // exogenous score of every node
  bool weighted = true;
  bool normalized = true;    // scale the result to unit Euclidean norm (networkx's default)
  double tolerance = 1e-12;  // on max |x_new - x_old|, relative to beta
  int max_iterations = 100000;
};

struct KatzResult {
  std::vector<double> scores;
  int iterations = 0;
  bool converged = false;
  double residual = 0.0;
};

// Katz centrality (Katz, Psychometrika 18, 1953): x = alpha A^T x + beta, i.e. x_v = beta +
// alpha * sum over arcs u->v of w_uv x_u, by fixed-point iteration from x = beta. Divergence
// (alpha >= 1 / lambda_max) is detected when the change between iterates keeps growing or the
// scores overflow, and reported by InvalidArgument. O((n + m) * iterations), parallel,
// deterministic. Throws InvalidArgument for alpha <= 0, non-finite beta, a non-positive
// tolerance or iteration cap, a negative or non-finite weight, or a diverging iteration.
KatzResult KatzCentrality(const Digraph& g, const KatzOptions& options = {});

}  // namespace ombak
