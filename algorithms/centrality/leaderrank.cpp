// LeaderRank with an implicit ground node (see leaderrank.hpp).
#include "algorithms/centrality/leaderrank.hpp"

#include <cmath>
#include <string>

#include "algorithms/centrality/centrality_checks.hpp"
#include "algorithms/centrality/node_blocks.hpp"
#include "algorithms/centrality/spectral_iteration.hpp"
#include "graph/errors.hpp"

namespace ombak {

LeaderRankResult LeaderRank(const Digraph& g, const LeaderRankOptions& options) {
  namespace ci = centrality_internal;
  if (!(options.tolerance > 0.0)) {
    throw InvalidArgument("tolerance must be positive, got " + ci::FormatNumber(options.tolerance));
  }
  if (options.max_iterations <= 0) {
    throw InvalidArgument("max_iterations must be positive, got " +
                          std::to_string(options.max_iterations));
  }
  if (options.weighted) ci::CheckNonnegativeWeights(g);
  const NodeId n = g.num_nodes();
  LeaderRankResult r;
  r.scores.assign(n, 1.0);
  if (n == 0 || g.num_edges() == 0) {
    r.converged = true;
    return r;
  }
  const bool weighted = options.weighted && g.has_weights();
  const std::vector<double> in_w = ci::InOrderWeights(g, weighted);
  std::vector<double> inv_out(n);  // 1 / (out_strength + 1): the ground arc weighs 1
  for (NodeId u = 0; u < n; ++u) {
    double strength = 1.0;
    const EdgeId begin = g.out_edge_begin(u);
    for (EdgeId e = begin; e < begin + g.out_degree(u); ++e) {
      strength += weighted ? g.weight(e) : 1.0;
    }
    inv_out[u] = 1.0 / strength;
  }
  const auto blocks = ci::BalancedBlocks(g.in_offsets());
  std::vector<double> ground_parts(blocks.count()), diff_parts(blocks.count());
  std::vector<double>& s = r.scores;
  std::vector<double> contrib(n), next(n);
  double ground = 0.0;
  while (r.iterations < options.max_iterations) {
    for (NodeId u = 0; u < n; ++u) contrib[u] = s[u] * inv_out[u];
    ci::PullProduct(g, in_w, contrib, next);
    const double from_ground = ground / n;
#pragma omp parallel for schedule(dynamic, 1) if (n > 4096)
    for (int b = 0; b < blocks.count(); ++b) {
      double to_ground = 0.0, diff = 0.0;
      for (NodeId v = blocks.bounds[b]; v < blocks.bounds[b + 1]; ++v) {
        to_ground += contrib[v];
        next[v] += from_ground;
        diff += std::abs(next[v] - s[v]);
      }
      ground_parts[b] = to_ground;
      diff_parts[b] = diff;
    }
    const double new_ground = ci::OrderedSum(ground_parts);
    r.residual = (ci::OrderedSum(diff_parts) + std::abs(new_ground - ground)) / n;
    ground = new_ground;
    s.swap(next);
    ++r.iterations;
    if (r.residual < options.tolerance) {
      r.converged = true;
      break;
    }
  }
  for (double& v : s) v += ground / n;
  return r;
}

}  // namespace ombak
