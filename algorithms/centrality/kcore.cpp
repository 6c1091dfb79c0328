// Batagelj-Zaversnik coreness (see kcore.hpp): nodes are kept in an array sorted by current
// degree with bin starts; processing the array in order, each neighbour u of v with a larger
// degree moves to the front of its bin and its degree drops by one.
#include "algorithms/centrality/kcore.hpp"

#include <algorithm>

namespace ombak {
namespace {

// Calls f(u) for every neighbour u whose degree the removal of v lowers (self-loops skipped).
template <typename F>
void ForEachLowered(const Digraph& g, DegreeMode mode, NodeId v, F&& f) {
  const bool symmetric = g.undirected();
  if (symmetric || mode != DegreeMode::kOut) {
    for (const NodeId u : g.out_neighbors(v)) {
      if (u != v) f(u);
    }
  }
  if (!symmetric && mode != DegreeMode::kIn) {
    for (const NodeId u : g.in_neighbors(v)) {
      if (u != v) f(u);
    }
  }
}

}  // namespace

CorenessResult Coreness(const Digraph& g, const CorenessOptions& options) {
  const NodeId n = g.num_nodes();
  CorenessResult r;
  if (n == 0) return r;
  const DegreeMode mode = options.mode;
  std::vector<std::uint32_t> degree(n);
#pragma omp parallel for schedule(dynamic, 4096)
  for (NodeId v = 0; v < n; ++v) {
    std::uint32_t d = 0;
    ForEachLowered(g,
                   mode == DegreeMode::kIn    ? DegreeMode::kOut
                   : mode == DegreeMode::kOut ? DegreeMode::kIn
                                              : DegreeMode::kAll,
                   v, [&](NodeId) { ++d; });
    degree[v] = d;
  }
  const std::uint32_t max_degree = *std::max_element(degree.begin(), degree.end());
  // bin[d] = first position of degree-d nodes in `order`.
  std::vector<std::uint32_t> bin(static_cast<std::size_t>(max_degree) + 2, 0);
  for (NodeId v = 0; v < n; ++v) ++bin[degree[v] + 1];
  for (std::size_t d = 1; d < bin.size(); ++d) bin[d] += bin[d - 1];
  std::vector<NodeId> order(n);
  std::vector<std::uint32_t> position(n);
  {
    std::vector<std::uint32_t> next(bin.begin(), bin.end() - 1);
    for (NodeId v = 0; v < n; ++v) {
      position[v] = next[degree[v]]++;
      order[position[v]] = v;
    }
  }
  for (NodeId i = 0; i < n; ++i) {
    const NodeId v = order[i];
    ForEachLowered(g, mode, v, [&](NodeId u) {
      if (degree[u] <= degree[v]) return;
      // Swap u with the first node of its bin, then shrink the bin by one.
      const std::uint32_t du = degree[u];
      const std::uint32_t pu = position[u];
      const std::uint32_t pw = bin[du];
      const NodeId w = order[pw];
      if (u != w) {
        order[pu] = w;
        position[w] = pu;
        order[pw] = u;
        position[u] = pw;
      }
      ++bin[du];
      --degree[u];
    });
  }
  r.scores.resize(n);
  for (NodeId v = 0; v < n; ++v) {
    r.scores[v] = degree[v];
    r.max_core = std::max(r.max_core, r.scores[v]);
  }
  return r;
}

}  // namespace ombak
