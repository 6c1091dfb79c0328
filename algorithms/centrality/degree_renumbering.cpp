// Renumbering by out-degree (see degree_renumbering.hpp).
#include "algorithms/centrality/degree_renumbering.hpp"

#include <algorithm>
#include <bit>
#include <utility>
#include <vector>

#include "algorithms/centrality/node_blocks.hpp"

namespace ombak::centrality_internal {
namespace {

// Out-degrees below 2^32 * 2^32 fit: bit widths 0..64, widest first.
constexpr int kBuckets = 65;

int Bucket(const Digraph& g, NodeId u) { return kBuckets - 1 - std::bit_width(g.out_degree(u)); }

// Contiguous chunks of ids for the parallel passes (a fixed number, whatever the threads).
int Chunks(NodeId n) { return static_cast<int>(std::clamp<NodeId>(n / 2048, 1, 512)); }
NodeId FirstOfChunk(NodeId n, int chunks, int c) {
  return static_cast<NodeId>(std::uint64_t{n} * c / chunks);
}

}  // namespace

BigArray<NodeId> OutDegreePositions(const Digraph& g) {
  const NodeId n = g.num_nodes();
  BigArray<NodeId> position = MakeBigArray<NodeId>(n);
  // Stable bucket sort: each chunk of ids counts its nodes per bucket; a node's number is the
  // count of nodes in wider buckets, plus those of its bucket in earlier chunks, plus its rank.
  const int chunks = Chunks(n);
  auto first = [&](int c) { return FirstOfChunk(n, chunks, c); };
  std::vector<std::uint64_t> next(std::size_t{kBuckets} * chunks, 0);  // [bucket][chunk]
#pragma omp parallel for schedule(static)
  for (int c = 0; c < chunks; ++c) {
    for (NodeId u = first(c); u < first(c + 1); ++u) ++next[Bucket(g, u) * chunks + c];
  }
  std::uint64_t before = 0;
  for (std::uint64_t& count : next) before += std::exchange(count, before);
#pragma omp parallel for schedule(static)
  for (int c = 0; c < chunks; ++c) {
    for (NodeId u = first(c); u < first(c + 1); ++u) {
      position[u] = static_cast<NodeId>(next[Bucket(g, u) * chunks + c]++);
    }
  }
  return position;
}

RenumberedInArcs RenumberByOutDegree(const Digraph& g) {
  const NodeId n = g.num_nodes();
  RenumberedInArcs r{n, OutDegreePositions(g), MakeBigArray<std::uint64_t>(std::size_t{n} + 1),
                     MakeBigArray<NodeId>(g.num_edges())};
  const int chunks = Chunks(n);
  auto first = [&](int c) { return FirstOfChunk(n, chunks, c); };
  // Row lengths by new number, then their prefix sums chunk by chunk.
  r.offsets[0] = 0;
#pragma omp parallel for schedule(static)
  for (NodeId v = 0; v < n; ++v) r.offsets[r.position[v] + std::size_t{1}] = g.in_degree(v);
  std::vector<std::uint64_t> chunk_begin(chunks + 1, 0);
#pragma omp parallel for schedule(static)
  for (int c = 0; c < chunks; ++c) {
    std::uint64_t sum = 0;
    for (NodeId p = first(c); p < first(c + 1); ++p) sum += r.offsets[p + std::size_t{1}];
    chunk_begin[c + 1] = sum;
  }
  for (int c = 0; c < chunks; ++c) chunk_begin[c + 1] += chunk_begin[c];
#pragma omp parallel for schedule(static)
  for (int c = 0; c < chunks; ++c) {
    std::uint64_t end = chunk_begin[c];
    for (NodeId p = first(c); p < first(c + 1); ++p) {
      end += r.offsets[p + std::size_t{1}];
      r.offsets[p + std::size_t{1}] = end;
    }
  }
  // Rows are read in g's order, sequentially, and each is written to its new place.
  const NodeBlocks blocks = BalancedBlocks(g.in_offsets());
  const NodeId* sources = g.in_sources().data();
  const std::uint64_t* offsets = g.in_offsets().data();
#pragma omp parallel for schedule(dynamic, 1)
  for (int b = 0; b < blocks.count(); ++b) {
    for (NodeId v = blocks.bounds[b]; v < blocks.bounds[b + 1]; ++v) {
      NodeId* to = r.sources.get() + r.RowBegin(v);
      for (std::uint64_t i = offsets[v]; i < offsets[v + 1]; ++i) *to++ = r.position[sources[i]];
    }
  }
  return r;
}

Digraph RenumberedDigraph(const Digraph& g, const NodeId* position) {
  const NodeId n = g.num_nodes();
  std::vector<NodeId> node_at(n);
  for (NodeId u = 0; u < n; ++u) node_at[position[u]] = u;
  std::vector<std::uint64_t> offsets(std::size_t{n} + 1, 0);
  for (NodeId p = 0; p < n; ++p) offsets[p + 1] = offsets[p] + g.out_degree(node_at[p]);
  std::vector<NodeId> targets(g.num_edges());
  std::vector<Weight> weights(g.has_weights() ? g.num_edges() : 0);
#pragma omp parallel
  {
    std::vector<std::pair<NodeId, EdgeId>> row;  // (new target, edge id): parallel arcs in order
#pragma omp for schedule(dynamic, 256)
    for (NodeId p = 0; p < n; ++p) {
      const NodeId u = node_at[p];
      const EdgeId begin = g.out_edge_begin(u);
      const auto old_row = g.out_neighbors(u);
      row.clear();
      for (std::size_t i = 0; i < old_row.size(); ++i) {
        row.emplace_back(position[old_row[i]], begin + i);
      }
      std::sort(row.begin(), row.end());
      for (std::size_t i = 0; i < row.size(); ++i) {
        targets[offsets[p] + i] = row[i].first;
        if (!weights.empty()) weights[offsets[p] + i] = g.weight(row[i].second);
      }
    }
  }
  return Digraph::FromCsr(n, std::move(offsets), std::move(targets), std::move(weights), {},
                          g.undirected());
}

}  // namespace ombak::centrality_internal
