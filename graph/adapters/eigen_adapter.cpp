// Sparse matrices written directly from CSR rows: parallel arcs collapse into one entry.
#include "graph/adapters/eigen_adapter.hpp"

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "graph/errors.hpp"

namespace ombak {
namespace {

// Row r of the result holds neighbours(r) (sorted, possibly repeated) with the weights
// weight(r, k) of the k-th entry; equal neighbours are summed into one entry.
template <typename Neighbours, typename WeightOf>
SparseMatrix FromRows(NodeId n, Neighbours neighbours, WeightOf weight) {
  std::vector<std::int64_t> offsets(std::size_t{n} + 1, 0);
  for (NodeId r = 0; r < n; ++r) {
    const std::span<const NodeId> row = neighbours(r);
    std::int64_t distinct = 0;
    for (std::size_t k = 0; k < row.size(); ++k) distinct += k == 0 || row[k] != row[k - 1];
    offsets[r + 1] = offsets[r] + distinct;
  }
  if (offsets[n] > std::numeric_limits<int>::max()) {
    throw InvalidArgument("Eigen adapter: " + std::to_string(offsets[n]) +
                          " non-zeros exceed Eigen's 32-bit index");
  }
  SparseMatrix matrix(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  matrix.resizeNonZeros(static_cast<Eigen::Index>(offsets[n]));
  int* outer = matrix.outerIndexPtr();
  int* inner = matrix.innerIndexPtr();
  double* values = matrix.valuePtr();
#pragma omp parallel for schedule(dynamic, 1024)
  for (std::int64_t r = 0; r < static_cast<std::int64_t>(n); ++r) {
    const std::span<const NodeId> row = neighbours(static_cast<NodeId>(r));
    auto out = static_cast<std::int64_t>(offsets[r]) - 1;
    for (std::size_t k = 0; k < row.size(); ++k) {
      if (k == 0 || row[k] != row[k - 1]) {
        inner[++out] = static_cast<int>(row[k]);
        values[out] = 0.0;
      }
      values[out] += weight(static_cast<NodeId>(r), k);
    }
  }
  for (NodeId r = 0; r <= n; ++r) outer[r] = static_cast<int>(offsets[r]);
  return matrix;
}

}  // namespace

SparseMatrix AdjacencyMatrix(const Digraph& g) {
  return FromRows(
      g.num_nodes(), [&](NodeId u) { return g.out_neighbors(u); },
      [&](NodeId u, std::size_t k) { return double{g.weight(g.out_edge_begin(u) + k)}; });
}

SparseMatrix TransposedAdjacencyMatrix(const Digraph& g) {
  const bool weighted = g.has_weights();
  return FromRows(
      g.num_nodes(), [&](NodeId v) { return g.in_neighbors(v); },
      [&](NodeId v, std::size_t k) {
        return weighted ? double{g.weight(g.in_edge_ids(v)[k])} : 1.0;
      });
}

SparseMatrix ColumnStochasticMatrix(const Digraph& g) {
  const NodeId n = g.num_nodes();
  std::vector<double> out_weight(n, 0.0);
#pragma omp parallel for schedule(dynamic, 1024)
  for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
    const EdgeId first = g.out_edge_begin(static_cast<NodeId>(u));
    for (EdgeId e = first; e < first + g.out_degree(static_cast<NodeId>(u)); ++e) {
      out_weight[u] += g.weight(e);
    }
  }
  const bool weighted = g.has_weights();
  return FromRows(
      n, [&](NodeId v) { return g.in_neighbors(v); },
      [&](NodeId v, std::size_t k) {
        const NodeId u = g.in_neighbors(v)[k];
        const double w = weighted ? double{g.weight(g.in_edge_ids(v)[k])} : 1.0;
        return out_weight[u] > 0.0 ? w / out_weight[u] : 0.0;
      });
}

}  // namespace ombak
