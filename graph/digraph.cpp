#include "graph/digraph.hpp"

#include <algorithm>
#include <string>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

// A 32-bit mixer (lowbias32): bijective, and vectorizable with 32-bit multiplies.
std::uint32_t Mix32(std::uint32_t x) {
  x ^= x >> 16;
  x *= 0x7feb352dU;
  x ^= x >> 15;
  x *= 0x846ca68bU;
  return x ^ (x >> 16);
}
// Pseudo-random keys of a source, a target and an edge id for the arc fingerprint
// sum over arcs of SourceKey(u) * (TargetKey(v) + EdgeKey(e)) (mod 2^64): a random bilinear
// form, so two different arc sets agree only by accident. Its row sums factor: an out-row
// contributes SourceKey(u) * sum of its (TargetKey + EdgeKey), an in-row TargetKey(v) * sum of
// its SourceKeys (plus the per-arc edge terms), so the out side costs one mix per arc.
std::uint32_t SourceKey(NodeId u) { return Mix32(u ^ 0x9e3779b9U); }
std::uint32_t TargetKey(NodeId v) { return Mix32(v ^ 0x85ebca6bU); }
std::uint32_t EdgeKey(std::uint64_t e) {
  return Mix32(static_cast<std::uint32_t>(e) ^ static_cast<std::uint32_t>(e >> 32) ^ 0xc2b2ae35U);
}

void CheckSizes(const char* caller, NodeId n, const std::vector<std::uint64_t>& offsets,
                std::uint64_t m, std::size_t num_weights, std::size_t num_times) {
  if (offsets.size() != std::size_t{n} + 1 || offsets.front() != 0 || offsets.back() != m) {
    throw InvalidArgument(std::string(caller) +
                          ": out_offsets must have num_nodes + 1 entries from 0 to num_edges");
  }
  if (num_weights != 0 && num_weights != m) {
    throw InvalidArgument(std::string(caller) + ": weights must be empty or one per edge, got " +
                          std::to_string(num_weights) + " for " + std::to_string(m) + " edges");
  }
  if (num_times != 0 && num_times != m) {
    throw InvalidArgument(std::string(caller) + ": times must be empty or one per edge, got " +
                          std::to_string(num_times) + " for " + std::to_string(m) + " edges");
  }
}

// Scans one side of a CSR: row r holds ids[offsets[r] .. offsets[r + 1]), the targets of r
// (out side) or the sources of r (in side). Returns false unless the offsets are monotone and
// every row is sorted with ids below n (and edge_ids, if given, below m). With kHash, sets *sum
// to the arc fingerprint (see SourceKey); an arc's edge id is its position (out side,
// with_edge_ids) or edge_ids[k] (in side), and is left out otherwise. One sequential pass,
// parallel over rows.
template <bool kHash>
bool ScanRows(NodeId n, const std::vector<std::uint64_t>& offsets, const std::vector<NodeId>& ids,
              bool out_side, bool with_edge_ids, const EdgeId* edge_ids, std::uint64_t* sum) {
  const std::uint64_t m = ids.size();
  bool ok = true;
  std::uint64_t total = 0;
#pragma omp parallel for schedule(dynamic, 4096) reduction(&& : ok) reduction(+ : total)
  for (std::int64_t r = 0; r < static_cast<std::int64_t>(n); ++r) {
    const std::uint64_t begin = offsets[r];
    const std::uint64_t end = offsets[r + 1];
    if (end < begin || end > m) {
      ok = false;
      continue;
    }
    const NodeId* const row = ids.data();
    unsigned bad = begin < end && row[begin] >= n;
    for (std::uint64_t e = begin + 1; e < end; ++e) {
      bad |= static_cast<unsigned>(row[e] >= n) | static_cast<unsigned>(row[e] < row[e - 1]);
    }
    if constexpr (kHash) {
      const auto self = static_cast<NodeId>(r);
      std::uint64_t keys = 0;
      if (out_side) {
        for (std::uint64_t e = begin; e < end; ++e) keys += TargetKey(row[e]);
        if (with_edge_ids) {
          for (std::uint64_t e = begin; e < end; ++e) keys += EdgeKey(e);
        }
        total += SourceKey(self) * keys;
      } else {
        for (std::uint64_t e = begin; e < end; ++e) keys += SourceKey(row[e]);
        total += TargetKey(self) * keys;
        if (edge_ids != nullptr) {
          for (std::uint64_t e = begin; e < end; ++e) {
            bad |= static_cast<unsigned>(edge_ids[e] >= m);
            total += std::uint64_t{SourceKey(row[e])} * EdgeKey(edge_ids[e]);
          }
        }
      }
    }
    ok = ok && bad == 0;
  }
  if (sum != nullptr) *sum = total;
  return ok;
}

void CheckOutCsr(NodeId n, const std::vector<std::uint64_t>& offsets,
                 const std::vector<NodeId>& targets, std::size_t num_weights,
                 std::size_t num_times) {
  CheckSizes("Digraph::FromCsr", n, offsets, targets.size(), num_weights, num_times);
  if (!ScanRows<false>(n, offsets, targets, true, false, nullptr, nullptr)) {
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
  // threads. Each thread's counters become its absolute write positions before the scatter, so
  // the scatter does one read-modify-write per arc.
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
#pragma omp for schedule(static)
    for (std::int64_t v = 0; v < static_cast<std::int64_t>(n); ++v) {
      for (int s = 0; s < num_threads; ++s) counts[s][v] += g.in_offsets_[v];
    }
    NodeId* const in_sources = g.in_sources_.data();
    EdgeId* const in_edge_ids = g.in_edge_ids_.data();
    std::uint64_t* const next = mine.data();
    for (NodeId u = lo; u < hi; ++u) {
      for (std::uint64_t e = g.out_offsets_[u]; e < g.out_offsets_[u + 1]; ++e) {
        const std::uint64_t pos = next[g.out_targets_[e]]++;
        in_sources[pos] = u;
        if (keep_edge_ids) in_edge_ids[pos] = e;
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

Digraph Digraph::FromArrays(NodeId num_nodes, Arrays arrays, bool undirected) {
  const char* const caller = "Digraph::FromArrays";
  if (num_nodes == kNoNode) throw InvalidArgument("Digraph::FromArrays: too many nodes");
  Arrays& a = arrays;
  const std::uint64_t m = a.out_targets.size();
  CheckSizes(caller, num_nodes, a.out_offsets, m, a.weights.size(), a.times.size());
  if (a.in_offsets.size() != std::size_t{num_nodes} + 1 || a.in_offsets.front() != 0 ||
      a.in_offsets.back() != m || a.in_sources.size() != m) {
    throw InvalidArgument(
        "Digraph::FromArrays: in_offsets must have num_nodes + 1 entries from 0 to num_edges "
        "and in_sources one entry per edge");
  }
  const bool keep_edge_ids = !a.weights.empty() || !a.times.empty();
  if (a.in_edge_ids.size() != (keep_edge_ids ? m : 0)) {
    throw InvalidArgument(
        "Digraph::FromArrays: in_edge_ids must hold one entry per edge when the graph has "
        "weights or times and be empty otherwise, got " +
        std::to_string(a.in_edge_ids.size()) + " for " + std::to_string(m) + " edges");
  }
  std::uint64_t out_sum = 0;
  std::uint64_t in_sum = 0;
  if (!ScanRows<true>(num_nodes, a.out_offsets, a.out_targets, true, keep_edge_ids, nullptr,
                      &out_sum)) {
    throw InvalidArgument(
        "Digraph::FromArrays: out_offsets must be monotone and each row's targets sorted and "
        "below num_nodes");
  }
  if (!ScanRows<true>(num_nodes, a.in_offsets, a.in_sources, false, keep_edge_ids,
                      keep_edge_ids ? a.in_edge_ids.data() : nullptr, &in_sum)) {
    throw InvalidArgument(
        "Digraph::FromArrays: in_offsets must be monotone, each row's sources sorted and below "
        "num_nodes, and in_edge_ids below num_edges");
  }
  if (out_sum != in_sum) {
    throw InvalidArgument("Digraph::FromArrays: the in-CSR does not hold the out-CSR's arcs");
  }
  if (undirected && (a.in_offsets != a.out_offsets || a.in_sources != a.out_targets)) {
    throw InvalidArgument(
        "Digraph::FromArrays: undirected graph must store both arcs of each edge");
  }
  Digraph g;
  g.out_offsets_ = std::move(a.out_offsets);
  g.out_targets_ = std::move(a.out_targets);
  g.in_offsets_ = std::move(a.in_offsets);
  g.in_sources_ = std::move(a.in_sources);
  g.in_edge_ids_ = std::move(a.in_edge_ids);
  g.weights_ = std::move(a.weights);
  g.times_ = std::move(a.times);
  g.undirected_ = undirected;
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
