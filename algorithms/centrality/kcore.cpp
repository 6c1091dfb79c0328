// Coreness by peeling level by level (see kcore.hpp). Level k removes every node whose
// remaining degree is k: a scan of the nodes still alive finds those at degree k, and removing a
// node decrements each neighbour's degree, appending the neighbour to the level's frontier the
// moment its degree reaches k. A node's remaining degree when it is removed is its coreness.
// Compared with Batagelj-Zaversnik's bin-sorted array, an arc costs one read-modify-write of one
// degree instead of a chain of four dependent random accesses (degree, bin, order, position).
#include "algorithms/centrality/kcore.hpp"

#include <algorithm>
#include <cstdint>

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
  // degree[v]: the number of arcs by which v's neighbours' removals lower v's degree.
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
  // Serial peeling, level by level. `alive` holds the nodes not yet removed (compacted at each
  // level's scan); `frontier` the nodes removed at this level, appended as their degree reaches
  // it. Each arc costs one read-modify-write of one degree.
  std::vector<NodeId> alive(n);
  for (NodeId v = 0; v < n; ++v) alive[v] = v;
  std::vector<NodeId> frontier;
  std::uint32_t level = 0;
  while (!alive.empty()) {
    frontier.clear();
    std::uint32_t low = UINT32_MAX;  // smallest degree above the level
    std::size_t kept = 0;
    for (const NodeId v : alive) {
      const std::uint32_t d = degree[v];
      if (d == level) {
        frontier.push_back(v);
      } else if (d > level) {
        alive[kept++] = v;
        low = std::min(low, d);
      }
    }
    alive.resize(kept);
    for (std::size_t i = 0; i < frontier.size(); ++i) {
      ForEachLowered(g, mode, frontier[i], [&](NodeId u) {
        if (degree[u] > level && --degree[u] == level) frontier.push_back(u);
      });
    }
    // An empty level changed no degree: jump to the smallest remaining one.
    level = frontier.empty() ? low : level + 1;
  }
  r.scores.resize(n);
  for (NodeId v = 0; v < n; ++v) {
    r.scores[v] = degree[v];
    r.max_core = std::max(r.max_core, r.scores[v]);
  }
  return r;
}

}  // namespace ombak
