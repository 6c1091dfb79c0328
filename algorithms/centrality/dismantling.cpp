// Reverse-order union-find dismantling curve (see dismantling.hpp).
#include "algorithms/centrality/dismantling.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include "algorithms/centrality/centrality_checks.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

struct UnionFind {
  std::vector<NodeId> parent;
  std::vector<std::uint64_t> size;
  explicit UnionFind(NodeId n) : parent(n), size(n, 1) {
    std::iota(parent.begin(), parent.end(), NodeId{0});
  }
  NodeId Find(NodeId x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  std::uint64_t Union(NodeId x, NodeId y) {
    x = Find(x);
    y = Find(y);
    if (x == y) return size[x];
    if (size[x] < size[y]) std::swap(x, y);
    parent[y] = x;
    size[x] += size[y];
    return size[x];
  }
};

}  // namespace

DismantlingCurve Dismantle(const Digraph& g, const std::vector<NodeId>& order) {
  const NodeId n = g.num_nodes();
  centrality_internal::CheckNodes(order, n, "order");
  std::vector<char> present(n, 1);
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (!present[order[i]]) {
      throw InvalidArgument("order[" + std::to_string(i) + "] = " + std::to_string(order[i]) +
                            " repeats a node");
    }
    present[order[i]] = 0;
  }
  UnionFind uf(n);
  std::uint64_t giant = 0;
  auto attach = [&](NodeId u) {  // joins u with its present neighbours (both directions)
    giant = std::max<std::uint64_t>(giant, 1);
    for (const NodeId v : g.out_neighbors(u)) {
      if (present[v]) giant = std::max(giant, uf.Union(u, v));
    }
    for (const NodeId v : g.in_neighbors(u)) {
      if (present[v]) giant = std::max(giant, uf.Union(u, v));
    }
  };
  for (NodeId u = 0; u < n; ++u) {
    if (present[u]) attach(u);
  }
  DismantlingCurve curve;
  curve.giant_fraction.resize(order.size() + 1);
  const double inv_n = n == 0 ? 0.0 : 1.0 / n;
  curve.giant_fraction[order.size()] = static_cast<double>(giant) * inv_n;
  for (std::size_t k = order.size(); k > 0; --k) {
    const NodeId u = order[k - 1];
    present[u] = 1;
    attach(u);
    curve.giant_fraction[k - 1] = static_cast<double>(giant) * inv_n;
  }
  if (!order.empty()) {
    double sum = 0.0;
    for (std::size_t k = 1; k <= order.size(); ++k) sum += curve.giant_fraction[k];
    curve.robustness = sum / static_cast<double>(order.size());
  }
  return curve;
}

}  // namespace ombak
