// PageRank and personalized PageRank on the arcs as stored (follower -> followee), which ranks
// influence: an account scores high when high-scoring accounts point at it.
//
// Design choice: a pull-based Jacobi power iteration. Each iteration every node gathers
// contribution[u] = x[u] / out_strength(u) over its in-neighbours and writes only its own entry,
// so no atomics are needed and the result is identical for any thread count (per-block partial
// sums are combined in block order). Gauss-Seidel would need fewer sweeps but its result depends
// on the update order, i.e. on the thread schedule. Weighted graphs use the arc weight as the
// transition weight, as networkx and igraph do.
//
// Usage:
//   PageRankResult pr = PageRank(g);                          // damping 0.85, L1 tol 1e-10
//   PageRankResult ppr = PageRank(g, {.seeds = {3, 17}});     // personalized on two accounts
#pragma once

#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

// Where the walker goes from a node without out-arcs (or whose out-weights are all zero).
enum class DanglingPolicy {
  kPersonalization,  // to the teleport (personalization) distribution: networkx's default
  kUniform,          // to every node with probability 1/n
  kSelf,             // stays: the dangling node gets an implicit self-loop
};

struct PageRankOptions {
  double damping = 0.85;  // probability of following an arc; must be in [0, 1)
  // Use arc weights as transition weights (when the graph has weights).
  bool weighted = true;
  // Teleport distribution: uniform over `seeds` (each distinct seed once), or the given per-node
  // vector (nonnegative, normalised here), or uniform over all nodes when both are empty.
  std::vector<NodeId> seeds{};
  std::vector<double> personalization{};
  DanglingPolicy dangling = DanglingPolicy::kPersonalization;
  // Stop when the L1 distance between successive iterates falls below this.
  double tolerance = 1e-10;
  int max_iterations = 1000;
};

struct PageRankResult {
  std::vector<double> scores;  // indexed by NodeId, sums to 1
  int iterations = 0;
  bool converged = false;
  // L1 distance between the last two iterates. With uniform teleport and dangling mass,
  // isolated nodes are solved in closed form and left out of the iterates (and of this).
  double residual = 0.0;
};

// PageRank (Brin & Page 1998; Page, Brin, Motwani, Winograd, Stanford TR 1999-66): the
// stationary distribution of a walker that follows an out-arc with probability `damping`
// (chosen proportionally to arc weight) and otherwise jumps to the personalization
// distribution. Self-loops and parallel arcs are ordinary transitions (networkx's convention;
// a symmetric undirected graph stores a self-loop once, as networkx's adjacency matrix does).
// Complexity O((n + m) * iterations), parallel (OpenMP), deterministic for any thread count.
// Extra memory while it runs: a copy of the in-arcs renumbered by out-degree (4 B per arc, 12 B
// per node, plus 4 B per arc of weights when weighted) and about 36 B per node of iteration state.
// Throws InvalidArgument for damping outside [0, 1), a non-positive tolerance or iteration cap,
// a seed that is not a node, a personalization vector of the wrong size, with a negative or
// non-finite entry or a zero sum, both seeds and personalization given, or a negative or
// non-finite arc weight.
PageRankResult PageRank(const Digraph& g, const PageRankOptions& options = {});

}  // namespace ombak
