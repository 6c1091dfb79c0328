// HITS by power iteration on A^T A (see hits.hpp).
#include "algorithms/centrality/hits.hpp"

#include <string>

#include "algorithms/centrality/centrality_checks.hpp"
#include "algorithms/centrality/spectral_iteration.hpp"
#include "graph/errors.hpp"

namespace ombak {

HitsResult Hits(const Digraph& g, const HitsOptions& options) {
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
  const bool weighted = options.weighted && g.has_weights();
  const std::vector<double> in_w = ci::InOrderWeights(g, weighted);
  HitsResult r;
  std::vector<double> a(n, 1.0), h(n), next;
  while (r.iterations < options.max_iterations) {
    ci::PushTransposeProduct(g, a, weighted, h);  // h = A a
    ci::PullProduct(g, in_w, h, next);            // next = A^T h
    ++r.iterations;
    const double scale = ci::MaxAbs(next);
    if (scale == 0.0) {  // no arcs (or all weights zero): every score is 0
      a.assign(n, 0.0);
      h.assign(n, 0.0);
      r.converged = true;
      break;
    }
    r.value = scale / ci::MaxAbs(a);
    for (double& v : next) v /= scale;
    r.residual = ci::MaxAbsDiff(next, a);
    a.swap(next);
    if (r.residual < options.tolerance) {
      r.converged = true;
      break;
    }
  }
  ci::PushTransposeProduct(g, a, weighted, h);
  const double hub_scale = ci::MaxAbs(h);
  if (hub_scale > 0.0) {
    for (double& v : h) v /= hub_scale;
  }
  r.hubs = std::move(h);
  r.authorities = std::move(a);
  return r;
}

}  // namespace ombak
