// Triangle counting by sorted-list intersection on the undirected simple view (see
// clustering.hpp).
#include "algorithms/centrality/clustering.hpp"

#include "algorithms/centrality/simple_adjacency.hpp"

namespace ombak {
namespace {

using centrality_internal::SimpleAdjacency;

std::vector<std::uint64_t> Triangles(const SimpleAdjacency& a) {
  const NodeId n = a.num_nodes();
  std::vector<std::uint64_t> t(n, 0);
#pragma omp parallel for schedule(dynamic, 256)
  for (NodeId v = 0; v < n; ++v) {
    const auto nv = a.Neighbors(v);
    std::uint64_t links = 0;  // each edge between two neighbours is seen from both ends
    for (const NodeId u : nv) {
      const auto nu = a.Neighbors(u);
      std::size_t i = 0, j = 0;
      while (i < nv.size() && j < nu.size()) {
        if (nv[i] < nu[j]) {
          ++i;
        } else if (nv[i] > nu[j]) {
          ++j;
        } else {
          ++links;
          ++i;
          ++j;
        }
      }
    }
    t[v] = links / 2;
  }
  return t;
}

}  // namespace

ClusteringResult LocalClustering(const Digraph& g) {
  const SimpleAdjacency a = centrality_internal::BuildSimpleAdjacency(g);
  ClusteringResult r;
  r.triangles = Triangles(a);
  r.scores.resize(a.num_nodes());
  for (NodeId v = 0; v < a.num_nodes(); ++v) {
    const double k = static_cast<double>(a.Degree(v));
    r.scores[v] = k < 2 ? 0.0 : 2.0 * static_cast<double>(r.triangles[v]) / (k * (k - 1));
  }
  return r;
}

double Transitivity(const Digraph& g) {
  const SimpleAdjacency a = centrality_internal::BuildSimpleAdjacency(g);
  const std::vector<std::uint64_t> t = Triangles(a);
  std::uint64_t closed = 0;  // 3 * triangles, as each triangle is counted at its 3 corners
  std::uint64_t triples = 0;
  for (NodeId v = 0; v < a.num_nodes(); ++v) {
    const std::uint64_t k = a.Degree(v);
    closed += t[v];
    triples += k < 2 ? 0 : k * (k - 1) / 2;
  }
  return triples == 0 ? 0.0 : static_cast<double>(closed) / static_cast<double>(triples);
}

}  // namespace ombak
