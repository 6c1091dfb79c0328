// Pull-based sparse products for the spectral measures (see spectral_iteration.hpp).
#include "algorithms/centrality/spectral_iteration.hpp"

#include <algorithm>
#include <cmath>

namespace ombak::centrality_internal {

std::vector<double> InOrderWeights(const Digraph& g, bool weighted) {
  std::vector<double> w;
  if (!weighted || !g.has_weights()) return w;
  w.resize(g.num_edges());
  const NodeId n = g.num_nodes();
#pragma omp parallel for schedule(dynamic, 1024) if (n > 4096)
  for (NodeId v = 0; v < n; ++v) {
    const auto ids = g.in_edge_ids(v);
    const std::uint64_t base = g.in_offsets()[v];
    for (std::size_t i = 0; i < ids.size(); ++i) w[base + i] = g.weight(ids[i]);
  }
  return w;
}

void PullProduct(const Digraph& g, const std::vector<double>& in_weights,
                 const std::vector<double>& x, std::vector<double>& y) {
  const NodeId n = g.num_nodes();
  const auto offsets = g.in_offsets();
  const auto sources = g.in_sources();
  y.resize(n);
#pragma omp parallel for schedule(dynamic, 1024) if (n > 4096)
  for (NodeId v = 0; v < n; ++v) {
    double s = 0.0;
    for (std::uint64_t i = offsets[v]; i < offsets[v + 1]; ++i) {
      s += (in_weights.empty() ? 1.0 : in_weights[i]) * x[sources[i]];
    }
    y[v] = s;
  }
}

void PushTransposeProduct(const Digraph& g, const std::vector<double>& x, bool weighted,
                          std::vector<double>& y) {
  const NodeId n = g.num_nodes();
  y.resize(n);
#pragma omp parallel for schedule(dynamic, 1024) if (n > 4096)
  for (NodeId u = 0; u < n; ++u) {
    double s = 0.0;
    const auto targets = g.out_neighbors(u);
    const EdgeId begin = g.out_edge_begin(u);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      s += (weighted ? g.weight(begin + i) : 1.0) * x[targets[i]];
    }
    y[u] = s;
  }
}

double MaxAbs(const std::vector<double>& x) {
  double m = 0.0;
  for (const double v : x) m = std::max(m, std::abs(v));
  return m;
}

double MaxAbsDiff(const std::vector<double>& a, const std::vector<double>& b) {
  double m = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) m = std::max(m, std::abs(a[i] - b[i]));
  return m;
}

}  // namespace ombak::centrality_internal
