#include "graph/digraph.hpp"

#include <algorithm>
#include <string>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

void CheckOutCsr(NodeId n, const std::vector<std::uint64_t>& offsets,
                 const std::vector<NodeId>& targets, std::size_t num_weights,
                 std::size_t num_times) {
  const std::uint64_t m = targets.size();
  if (offsets.size() != std::size_t{n} + 1 || offsets.front() != 0 || offsets.back() != m) {
    throw InvalidArgument(
        "Digraph::FromCsr: out_offsets must have num_nodes + 1 entries from 0 to "
        "num_edges");
  }
  if (num_weights != 0 && num_weights != m) {
    throw InvalidArgument("Digraph::FromCsr: weights must be empty or one per edge, got " +
                          std::to_string(num_weights) + " for " + std::to_string(m) + " edges");
  }
  if (num_times != 0 && num_times != m) {
    throw InvalidArgument("Digraph::FromCsr: times must be empty or one per edge, got " +
                          std::to_string(num_times) + " for " + std::to_string(m) + " edges");
  }
  bool ok = true;
#pragma omp parallel for schedule(dynamic, 4096) reduction(&& : ok)
  for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
    const std::uint64_t begin = offsets[u];
    const std::uint64_t end = offsets[u + 1];
    if (end < begin || end > m) {
      ok = false;
      continue;
    }
    for (std::uint64_t e = begin; e < end; ++e) {
      if (targets[e] >= n || (e > begin && targets[e] < targets[e - 1])) ok = false;
    }
  }
  if (!ok) {
    throw InvalidArgument(
        "Digraph::FromCsr: offsets must be monotone and each row's targets "
        "sorted and below num_nodes");
  }
}

}  // namespace

Digraph Digraph::FromCsr(NodeId num_nodes, std::vector<std::uint64_t> out_offsets,
                         std::vector<NodeId> out_targets, std::vector<Weight> weights,
                         std::vector<Timestamp> times, bool undirected) {
  if (num_nodes == kNoNode) throw InvalidArgument("Digraph::FromCsr: too many nodes");
  CheckOutCsr(num_nodes, out_offsets, out_targets, weights.size(), times.size());
  Digraph g;
  g.out_offsets_ = std::move(out_offsets);
  g.out_targets_ = std::move(out_targets);
  g.weights_ = std::move(weights);
  g.times_ = std::move(times);
  g.undirected_ = undirected;
  const bool keep_edge_ids = g.has_weights() || g.has_times();

  // Transpose by a stable counting sort: each thread counts the targets of a contiguous block
  // of sources, so the in-list of v is ordered by edge id (hence by source) for any number of
  // threads.
  const NodeId n = num_nodes;
  const int num_threads = MaxThreads();
  std::vector<std::vector<std::uint64_t>> counts(num_threads);
  g.in_offsets_.assign(std::size_t{n} + 1, 0);
  g.in_sources_.resize(g.out_targets_.size());
  if (keep_edge_ids) g.in_edge_ids_.resize(g.out_targets_.size());
#pragma omp parallel num_threads(num_threads)
  {
    const int t = ThreadIndex();
    const auto [lo, hi] = BlockRange(n, num_threads, t);
    auto& mine = counts[t];
    mine.assign(n, 0);
    for (NodeId u = lo; u < hi; ++u) {
      for (std::uint64_t e = g.out_offsets_[u]; e < g.out_offsets_[u + 1]; ++e) {
        ++mine[g.out_targets_[e]];
      }
    }
#pragma omp barrier
#pragma omp for schedule(static)
    for (std::int64_t v = 0; v < static_cast<std::int64_t>(n); ++v) {
      std::uint64_t total = 0;
      for (int s = 0; s < num_threads; ++s) {
        const std::uint64_t c = counts[s][v];
        counts[s][v] = total;  // becomes thread s's start within v's in-list
        total += c;
      }
      g.in_offsets_[v + 1] = total;
    }
#pragma omp single
    for (NodeId v = 0; v < n; ++v) g.in_offsets_[v + 1] += g.in_offsets_[v];
    for (NodeId u = lo; u < hi; ++u) {
      for (std::uint64_t e = g.out_offsets_[u]; e < g.out_offsets_[u + 1]; ++e) {
        const NodeId v = g.out_targets_[e];
        const std::uint64_t pos = g.in_offsets_[v] + mine[v]++;
        g.in_sources_[pos] = u;
        if (keep_edge_ids) g.in_edge_ids_[pos] = e;
      }
    }
  }

  if (undirected) {
    // Symmetric storage means the out-list of every node equals its in-list.
    bool symmetric = g.in_offsets_ == g.out_offsets_;
#pragma omp parallel for schedule(dynamic, 4096) reduction(&& : symmetric)
    for (std::int64_t u = 0; u < static_cast<std::int64_t>(symmetric ? n : 0); ++u) {
      const auto out = g.out_neighbors(static_cast<NodeId>(u));
      const auto in = g.in_neighbors(static_cast<NodeId>(u));
      if (!std::equal(out.begin(), out.end(), in.begin())) symmetric = false;
    }
    if (!symmetric) {
      throw InvalidArgument("Digraph::FromCsr: undirected graph must store both arcs of each edge");
    }
  }
  return g;
}

Digraph Digraph::Clone() const {
  Digraph g;
  g.out_offsets_ = out_offsets_;
  g.out_targets_ = out_targets_;
  g.in_offsets_ = in_offsets_;
  g.in_sources_ = in_sources_;
  g.in_edge_ids_ = in_edge_ids_;
  g.weights_ = weights_;
  g.times_ = times_;
  g.undirected_ = undirected_;
  return g;
}

EdgeId Digraph::num_undirected_edges() const {
  if (!undirected_) return num_edges();
  EdgeId loops = 0;
#pragma omp parallel for schedule(dynamic, 4096) reduction(+ : loops)
  for (std::int64_t u = 0; u < static_cast<std::int64_t>(num_nodes()); ++u) {
    const auto out = out_neighbors(static_cast<NodeId>(u));
    loops += std::count(out.begin(), out.end(), static_cast<NodeId>(u));
  }
  return (num_edges() - loops) / 2 + loops;
}

NodeId Digraph::source(EdgeId e) const {
  // The source is the last node whose first edge id is <= e.
  const auto it = std::upper_bound(out_offsets_.begin(), out_offsets_.end(), e);
  return static_cast<NodeId>(it - out_offsets_.begin() - 1);
}

EdgeId Digraph::FindEdge(NodeId u, NodeId v) const {
  const auto row = out_neighbors(u);
  const auto it = std::lower_bound(row.begin(), row.end(), v);
  if (it == row.end() || *it != v) return kNoEdge;
  return out_offsets_[u] + static_cast<EdgeId>(it - row.begin());
}

std::size_t Digraph::MemoryBytes() const {
  return out_offsets_.capacity() * sizeof(std::uint64_t) +
         out_targets_.capacity() * sizeof(NodeId) + in_offsets_.capacity() * sizeof(std::uint64_t) +
         in_sources_.capacity() * sizeof(NodeId) + in_edge_ids_.capacity() * sizeof(EdgeId) +
         weights_.capacity() * sizeof(Weight) + times_.capacity() * sizeof(Timestamp);
}

}  // namespace ombak
