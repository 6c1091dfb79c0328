// Undirected simple view (see simple_adjacency.hpp): per node, gather out- (and for directed
// graphs in-) neighbours with weights, sort, merge equal neighbours; two passes (count, fill).
#include "algorithms/centrality/simple_adjacency.hpp"

#include <algorithm>
#include <utility>

namespace ombak::centrality_internal {
namespace {

// Sorted, merged (neighbour, weight) pairs of u, self-loops dropped, into `row`.
void CollectRow(const Digraph& g, NodeId u, std::vector<std::pair<NodeId, double>>& row) {
  row.clear();
  const auto out = g.out_neighbors(u);
  const EdgeId begin = g.out_edge_begin(u);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] != u) row.emplace_back(out[i], g.weight(begin + i));
  }
  if (!g.undirected()) {
    const auto in = g.in_neighbors(u);
    const bool has_ids = g.has_weights() && g.has_in_edge_ids();
    for (std::size_t i = 0; i < in.size(); ++i) {
      if (in[i] == u) continue;
      row.emplace_back(in[i], has_ids ? g.weight(g.in_edge_ids(u)[i]) : 1.0);
    }
  }
  std::sort(row.begin(), row.end());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (kept > 0 && row[kept - 1].first == row[i].first) {
      row[kept - 1].second += row[i].second;
    } else {
      row[kept++] = row[i];
    }
  }
  row.resize(kept);
}

}  // namespace

SimpleAdjacency BuildSimpleAdjacency(const Digraph& g, bool with_weights) {
  const NodeId n = g.num_nodes();
  SimpleAdjacency a;
  a.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
#pragma omp parallel
  {
    std::vector<std::pair<NodeId, double>> row;
#pragma omp for schedule(dynamic, 256)
    for (NodeId u = 0; u < n; ++u) {
      CollectRow(g, u, row);
      a.offsets[u + 1] = row.size();
    }
  }
  for (NodeId u = 0; u < n; ++u) a.offsets[u + 1] += a.offsets[u];
  a.neighbors.resize(a.offsets[n]);
  if (with_weights) a.weights.resize(a.offsets[n]);
#pragma omp parallel
  {
    std::vector<std::pair<NodeId, double>> row;
#pragma omp for schedule(dynamic, 256)
    for (NodeId u = 0; u < n; ++u) {
      CollectRow(g, u, row);
      for (std::size_t i = 0; i < row.size(); ++i) {
        a.neighbors[a.offsets[u] + i] = row[i].first;
        if (with_weights) a.weights[a.offsets[u] + i] = row[i].second;
      }
    }
  }
  return a;
}

SimpleAdjacency RenumberedByDegree(const SimpleAdjacency& a, std::vector<NodeId>* original) {
  const NodeId n = a.num_nodes();
  // Counting sort by degree, descending; stable, so ties keep the smaller id first.
  std::uint64_t max_degree = 0;
  for (NodeId u = 0; u < n; ++u) max_degree = std::max(max_degree, a.Degree(u));
  std::vector<NodeId> start(max_degree + 2, 0);
  for (NodeId u = 0; u < n; ++u) ++start[max_degree - a.Degree(u) + 1];
  for (std::size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
  original->resize(n);
  std::vector<NodeId> renamed(n);
  for (NodeId u = 0; u < n; ++u) {
    const NodeId v = start[max_degree - a.Degree(u)]++;
    (*original)[v] = u;
    renamed[u] = v;
  }
  SimpleAdjacency r;
  r.offsets.resize(static_cast<std::size_t>(n) + 1);
  r.offsets[0] = 0;
  for (NodeId v = 0; v < n; ++v) r.offsets[v + 1] = r.offsets[v] + a.Degree((*original)[v]);
  r.neighbors.resize(a.neighbors.size());
#pragma omp parallel for schedule(dynamic, 256)
  for (NodeId v = 0; v < n; ++v) {
    NodeId* row = r.neighbors.data() + r.offsets[v];
    const auto old_row = a.Neighbors((*original)[v]);
    for (std::size_t i = 0; i < old_row.size(); ++i) row[i] = renamed[old_row[i]];
    std::sort(row, row + old_row.size());
  }
  return r;
}

}  // namespace ombak::centrality_internal
