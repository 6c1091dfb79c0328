// Eigenvector (shifted power iteration) and Katz (fixed-point iteration) centrality; see
// eigenvector.hpp.
#include "algorithms/centrality/eigenvector.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "algorithms/centrality/centrality_checks.hpp"
#include "algorithms/centrality/spectral_iteration.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

namespace ci = centrality_internal;

void CheckIteration(double tolerance, int max_iterations) {
  if (!(tolerance > 0.0)) {
    throw InvalidArgument("tolerance must be positive, got " + ci::FormatNumber(tolerance));
  }
  if (max_iterations <= 0) {
    throw InvalidArgument("max_iterations must be positive, got " + std::to_string(max_iterations));
  }
}

// True when the arcs contain no directed cycle (Kahn's peeling), i.e. lambda_max = 0.
bool Acyclic(const Digraph& g) {
  const NodeId n = g.num_nodes();
  std::vector<std::uint64_t> in(n);
  std::vector<NodeId> ready;
  for (NodeId v = 0; v < n; ++v) {
    in[v] = g.in_degree(v);
    if (in[v] == 0) ready.push_back(v);
  }
  NodeId peeled = 0;
  while (!ready.empty()) {
    const NodeId u = ready.back();
    ready.pop_back();
    ++peeled;
    for (const NodeId v : g.out_neighbors(u)) {
      if (--in[v] == 0) ready.push_back(v);
    }
  }
  return peeled == n;
}

}  // namespace

EigenvectorResult EigenvectorCentrality(const Digraph& g, const EigenvectorOptions& options) {
  CheckIteration(options.tolerance, options.max_iterations);
  if (options.weighted) ci::CheckNonnegativeWeights(g);
  const NodeId n = g.num_nodes();
  const std::vector<double> in_w = ci::InOrderWeights(g, options.weighted);
  EigenvectorResult r;
  if (Acyclic(g)) {  // lambda = 0: the shifted iterate would tend to 0 only polynomially
    r.scores.assign(n, 0.0);
    r.converged = true;
    return r;
  }
  std::vector<double> x(n, 1.0), y;
  while (r.iterations < options.max_iterations) {
    ci::PullProduct(g, in_w, x, y);
    ++r.iterations;
    for (NodeId v = 0; v < n; ++v) y[v] += x[v];  // (A^T + I) x
    const double scale = ci::MaxAbs(y);
    r.value = scale - 1.0;  // x is max-scaled, so ||(A^T + I) x||_inf -> lambda + 1
    for (double& v : y) v /= scale;
    r.residual = ci::MaxAbsDiff(y, x);
    x.swap(y);
    if (r.residual < options.tolerance) {
      r.converged = true;
      break;
    }
  }
  r.scores = std::move(x);
  return r;
}

KatzResult KatzCentrality(const Digraph& g, const KatzOptions& options) {
  if (!(options.alpha > 0.0 && std::isfinite(options.alpha))) {
    throw InvalidArgument("alpha must be positive, got " + ci::FormatNumber(options.alpha));
  }
  if (!std::isfinite(options.beta)) {
    throw InvalidArgument("beta must be finite, got " + ci::FormatNumber(options.beta));
  }
  CheckIteration(options.tolerance, options.max_iterations);
  if (options.weighted) ci::CheckNonnegativeWeights(g);
  const NodeId n = g.num_nodes();
  const std::vector<double> in_w = ci::InOrderWeights(g, options.weighted);
  const double threshold = options.tolerance * std::max(1.0, std::abs(options.beta));
  KatzResult r;
  std::vector<double> x(n, options.beta), y;
  int growing = 0;
  double previous = std::numeric_limits<double>::infinity();
  while (r.iterations < options.max_iterations) {
    ci::PullProduct(g, in_w, x, y);
    ++r.iterations;
    for (NodeId v = 0; v < n; ++v) y[v] = options.alpha * y[v] + options.beta;
    r.residual = ci::MaxAbsDiff(y, x);
    x.swap(y);
    if (r.residual < threshold) {
      r.converged = true;
      break;
    }
    // The error shrinks by about alpha * lambda_max per step; growth over many consecutive
    // steps (or overflow) means alpha * lambda_max >= 1.
    growing = r.residual >= previous ? growing + 1 : 0;
    previous = r.residual;
    if (growing >= 50 || !std::isfinite(r.residual) || r.residual > 1e150) {
      throw InvalidArgument("alpha = " + ci::FormatNumber(options.alpha) +
                            " is not below 1 / lambda_max: the Katz iteration diverges");
    }
  }
  if (options.normalized) {
    double norm = 0.0;
    for (const double v : x) norm += v * v;
    norm = std::sqrt(norm);
    if (norm > 0.0) {
      for (double& v : x) v /= norm;
    }
  }
  r.scores = std::move(x);
  return r;
}

}  // namespace ombak
