// Iterated h-index operator (see hindex.hpp).
#include "algorithms/centrality/hindex.hpp"

#include <algorithm>
#include <string>

#include "algorithms/centrality/simple_adjacency.hpp"
#include "graph/errors.hpp"

namespace ombak {

HIndexResult HIndex(const Digraph& g, const HIndexOptions& options) {
  if (options.order < 0) {
    throw InvalidArgument("order must be nonnegative, got " + std::to_string(options.order));
  }
  const auto a = centrality_internal::BuildSimpleAdjacency(g);
  const NodeId n = a.num_nodes();
  std::vector<std::uint32_t> h(n), next(n);
  for (NodeId v = 0; v < n; ++v) h[v] = static_cast<std::uint32_t>(a.Degree(v));
  HIndexResult r;
  while (options.order == 0 || r.iterations < options.order) {
    bool changed = false;
#pragma omp parallel
    {
      std::vector<std::uint32_t> count;
#pragma omp for schedule(dynamic, 1024) reduction(|| : changed)
      for (NodeId v = 0; v < n; ++v) {
        // count[x] = neighbours with value >= x, capped at the degree.
        const auto nv = a.Neighbors(v);
        count.assign(nv.size() + 2, 0);
        for (const NodeId u : nv) ++count[std::min<std::size_t>(h[u], nv.size())];
        std::uint32_t value = 0;
        std::uint32_t at_least = 0;
        for (std::size_t x = nv.size(); x > 0; --x) {
          at_least += count[x];
          if (at_least >= x) {
            value = static_cast<std::uint32_t>(x);
            break;
          }
        }
        next[v] = value;
        changed = changed || value != h[v];
      }
    }
    h.swap(next);
    ++r.iterations;
    if (!changed) break;
  }
  r.scores.assign(h.begin(), h.end());
  return r;
}

}  // namespace ombak
