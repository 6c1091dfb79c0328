// LeaderRank (Lü, Zhang, Yeung, Zhou, "Leaders in social networks, the Delicious case",
// PLoS ONE 6(6), e21202, 2011): a random walk without damping on the graph plus a ground node
// linked both ways to every node. On follower -> followee arcs score flows from fans to
// leaders, the paper's direction.
//
// Design choice: the ground node is never materialised: its arcs are folded into the pull loop
// (every node gets s_ground / n, every node's out-strength is one more), so the graph is not
// copied. The ground node makes the walk irreducible and aperiodic (when there is any arc),
// which is why no damping parameter is needed.
//
// Usage:
//   LeaderRankResult lr = LeaderRank(g);   // sums to n
#pragma once

#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

struct LeaderRankOptions {
  bool weighted = true;      // arc weights as transition weights; ground arcs weigh 1
  double tolerance = 1e-12;  // on the L1 change of the scores divided by n
  int max_iterations = 100000;
};

struct LeaderRankResult {
  std::vector<double> scores;  // s_i + s_ground / n at the steady state; sums to n
  int iterations = 0;
  bool converged = false;
  double residual = 0.0;
};

// Start s_i = 1, s_ground = 0; iterate s_i <- sum over arcs j->i of w_ji s_j / (out_strength(j)
// + 1) + s_ground / n, s_ground <- sum_j s_j / (out_strength(j) + 1); finally spread the ground
// score evenly. A graph without arcs (periodic walk) gives all ones. O((n + m) * iterations),
// parallel, deterministic. Throws InvalidArgument for a non-positive tolerance or iteration cap
// or a negative or non-finite weight.
LeaderRankResult LeaderRank(const Digraph& g, const LeaderRankOptions& options = {});

}  // namespace ombak
