// Burt's constraint on the weighted simple view (see constraint.hpp). For each node v a
// per-thread dense array holds p_vq for v's neighbours, so the indirect term
// sum_q p_vq p_qu is accumulated by walking each neighbour q's row once.
#include "algorithms/centrality/constraint.hpp"

#include <limits>

#include "algorithms/centrality/centrality_checks.hpp"
#include "algorithms/centrality/simple_adjacency.hpp"

namespace ombak {

ConstraintResult Constraint(const Digraph& g, const ConstraintOptions& options) {
  if (options.weighted) centrality_internal::CheckNonnegativeWeights(g);
  centrality_internal::SimpleAdjacency a = centrality_internal::BuildSimpleAdjacency(g, true);
  const NodeId n = a.num_nodes();
  if (!options.weighted) a.weights.assign(a.neighbors.size(), 1.0);
  // Row sums: p_uv = weights(u, v) / strength(u).
  std::vector<double> strength(n, 0.0);
  for (NodeId u = 0; u < n; ++u) {
    for (const double w : a.Weights(u)) strength[u] += w;
  }
  auto p = [&](NodeId u, std::size_t i) { return a.Weights(u)[i] / strength[u]; };
  ConstraintResult r;
  r.scores.assign(n, std::numeric_limits<double>::quiet_NaN());
#pragma omp parallel
  {
    std::vector<double> indirect(n, 0.0);
#pragma omp for schedule(dynamic, 64)
    for (NodeId v = 0; v < n; ++v) {
      const auto nv = a.Neighbors(v);
      if (nv.empty()) continue;
      // indirect[u] = sum over neighbours q of v of p_vq p_qu, for every u two steps away.
      for (std::size_t i = 0; i < nv.size(); ++i) {
        const NodeId q = nv[i];
        const double pvq = p(v, i);
        const auto nq = a.Neighbors(q);
        for (std::size_t j = 0; j < nq.size(); ++j) indirect[nq[j]] += pvq * p(q, j);
      }
      double c = 0.0;
      for (std::size_t i = 0; i < nv.size(); ++i) {
        const double term = p(v, i) + indirect[nv[i]];
        c += term * term;
      }
      r.scores[v] = c;
      for (const NodeId q : nv) {
        for (const NodeId u : a.Neighbors(q)) indirect[u] = 0.0;
      }
    }
  }
  return r;
}

}  // namespace ombak
