// Vertex-diameter bounds (see vertex_diameter.hpp).
//
// The directed bound runs one forward and one backward breadth-first search per strong
// component, each restricted to the component, so every arc is looked at a constant number of
// times; the heaviest chain is a longest-path pass over the condensation in Kahn order.
#include "algorithms/centrality/vertex_diameter.hpp"

#include <algorithm>
#include <vector>

#include "algorithms/common/shortest_path_counts.hpp"
#include "graph/components.hpp"

namespace ombak {
namespace {

constexpr std::uint32_t kUnseen = ~std::uint32_t{0};

// Eccentricity of `source` inside its own component (arcs leaving the component are ignored),
// along out-arcs when `forward`, else along in-arcs. `level` must be kUnseen on entry for the
// component's nodes and is restored before returning; `queue` is scratch space.
std::uint32_t EccentricityInside(const Digraph& g, const std::vector<NodeId>& component,
                                 NodeId source, bool forward, std::vector<std::uint32_t>& level,
                                 std::vector<NodeId>& queue) {
  queue.clear();
  queue.push_back(source);
  level[source] = 0;
  std::uint32_t eccentricity = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const NodeId x = queue[head];
    eccentricity = level[x];
    for (NodeId y : forward ? g.out_neighbors(x) : g.in_neighbors(x)) {
      if (level[y] != kUnseen || component[y] != component[source]) continue;
      level[y] = level[x] + 1;
      queue.push_back(y);
    }
  }
  for (NodeId x : queue) level[x] = kUnseen;
  return eccentricity;
}

std::uint64_t UndirectedBound(const Digraph& g, const Components& weak) {
  std::vector<char> done(weak.count(), 0);
  ShortestPathSearch search(g.num_nodes());
  std::uint64_t bound = 0;
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    const NodeId c = weak.component[v];
    if (done[c]) continue;
    done[c] = 1;
    if (weak.sizes[c] < 3) {
      bound = std::max<std::uint64_t>(bound, weak.sizes[c]);
      continue;
    }
    search.Run(g, v, {.direction = PathDirection::kOut, .count_paths = false});
    const auto ecc = static_cast<std::uint64_t>(search.Eccentricity());
    bound = std::max<std::uint64_t>(bound, std::min<std::uint64_t>(2 * ecc + 1, weak.sizes[c]));
  }
  return bound;
}

std::uint64_t DirectedBound(const Digraph& g) {
  const NodeId n = g.num_nodes();
  const Components strong = StrongComponents(g);
  const NodeId count = strong.count();

  // Nodes at their component's smallest node first, so node order visits each component's
  // representative before the rest of it.
  std::vector<std::uint64_t> own(count, 0);  // bound of the path part inside each component
  std::vector<char> measured(count, 0);
  std::vector<std::uint32_t> level(n, kUnseen);
  std::vector<NodeId> queue;
  for (NodeId v = 0; v < n; ++v) {
    const NodeId c = strong.component[v];
    if (measured[c]) continue;
    measured[c] = 1;
    if (strong.sizes[c] == 1) {
      own[c] = 1;
      continue;
    }
    const std::uint64_t out = EccentricityInside(g, strong.component, v, true, level, queue);
    const std::uint64_t in = EccentricityInside(g, strong.component, v, false, level, queue);
    own[c] = std::min<std::uint64_t>(in + out + 1, strong.sizes[c]);
  }

  // Longest chain in the condensation: Kahn's order over arcs between components.
  std::vector<std::uint64_t> first(std::size_t{count} + 1, 0);  // nodes grouped by component
  for (NodeId v = 0; v < n; ++v) ++first[strong.component[v] + 1];
  for (NodeId c = 0; c < count; ++c) first[c + 1] += first[c];
  std::vector<NodeId> members(n);
  {
    std::vector<std::uint64_t> next(first.begin(), first.end() - 1);
    for (NodeId v = 0; v < n; ++v) members[next[strong.component[v]]++] = v;
  }
  std::vector<std::uint64_t> pending(count, 0);  // arcs from components not yet finished
  for (NodeId v = 0; v < n; ++v) {
    for (NodeId w : g.out_neighbors(v)) {
      if (strong.component[w] != strong.component[v]) ++pending[strong.component[w]];
    }
  }
  std::vector<std::uint64_t> before(count, 0);  // heaviest chain ending just before c
  std::vector<NodeId> ready;
  for (NodeId c = 0; c < count; ++c) {
    if (pending[c] == 0) ready.push_back(c);
  }
  std::uint64_t bound = 0;
  while (!ready.empty()) {
    const NodeId c = ready.back();
    ready.pop_back();
    const std::uint64_t chain = before[c] + own[c];
    bound = std::max(bound, chain);
    for (std::uint64_t k = first[c]; k < first[c + 1]; ++k) {
      for (NodeId w : g.out_neighbors(members[k])) {
        const NodeId d = strong.component[w];
        if (d == c) continue;
        before[d] = std::max(before[d], chain);
        if (--pending[d] == 0) ready.push_back(d);
      }
    }
  }
  return bound;
}

}  // namespace

std::uint64_t VertexDiameterBound(const Digraph& g, bool use_weights) {
  if (use_weights && g.has_weights()) return WeakComponents(g).largest();
  if (g.undirected()) return UndirectedBound(g, WeakComponents(g));
  return DirectedBound(g);
}

}  // namespace ombak
