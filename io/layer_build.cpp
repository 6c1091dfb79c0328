#include "io/layer_build.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

// Per-block bucket counts of a stable counting sort. Block b's items are counted into
// counts[b]; Offsets() turns them into each block's first slot in every bucket and returns
// the bucket starts. Blocks are contiguous and combined in block order, so the sorted order
// is the same for any number of blocks.
class BlockCounts {
 public:
  BlockCounts(int blocks, NodeId buckets)
      : buckets_(buckets), counts_(static_cast<std::size_t>(blocks)) {}

  std::vector<std::uint64_t>& operator[](int block) { return counts_[block]; }

  // Replaces every count by the number of items before it in its bucket (earlier blocks
  // first) and returns bucket starts (buckets + 1 entries, the last one the item count).
  std::vector<std::uint64_t> Offsets() {
    std::vector<std::uint64_t> start(std::size_t{buckets_} + 1, 0);
    const int blocks = static_cast<int>(counts_.size());
#pragma omp parallel for schedule(static)
    for (std::int64_t v = 0; v < static_cast<std::int64_t>(buckets_); ++v) {
      std::uint64_t total = 0;
      for (int b = 0; b < blocks; ++b) {
        const std::uint64_t c = counts_[b][v];
        counts_[b][v] = total;
        total += c;
      }
      start[v + 1] = total;
    }
    for (NodeId v = 0; v < buckets_; ++v) start[v + 1] += start[v];
    return start;
  }

 private:
  NodeId buckets_;
  std::vector<std::vector<std::uint64_t>> counts_;
};

// Sorts the node ids [first, last), all below 2^bits: std::sort for short rows; long rows (the
// hubs that hold most arcs of a heavy-tailed graph) by an LSD radix sort on 8-bit digits, which
// has no data-dependent branches. A digit that every element shares is skipped.
void SortRow(NodeId* first, NodeId* last, int bits, std::vector<NodeId>& scratch) {
  constexpr std::ptrdiff_t kRadixFrom = 192;
  const std::ptrdiff_t size = last - first;
  if (size < kRadixFrom) {
    std::sort(first, last);
    return;
  }
  scratch.resize(static_cast<std::size_t>(size));
  NodeId* from = first;
  NodeId* to = scratch.data();
  for (int shift = 0; shift < bits; shift += 8) {
    std::array<std::uint32_t, 257> count{};
    for (const NodeId* p = from; p != from + size; ++p) ++count[((*p >> shift) & 0xff) + 1];
    if (*std::max_element(count.begin(), count.end()) == static_cast<std::uint32_t>(size)) {
      continue;
    }
    for (int d = 0; d < 256; ++d) count[d + 1] += count[d];
    for (const NodeId* p = from; p != from + size; ++p) to[count[(*p >> shift) & 0xff]++] = *p;
    std::swap(from, to);
  }
  if (from != first) std::copy(from, from + size, first);
}

// Arc endpoints as BuildUnweighted reads them: dense ids in an EdgeList, or external ids
// through a direct map. Release() frees what the arcs own once they have been scattered.
struct ListArcs {
  EdgeList list;
  std::size_t size() const { return list.size(); }
  NodeId source(std::size_t i) const { return list.sources[i]; }
  NodeId target(std::size_t i) const { return list.targets[i]; }
  void Release() { list = EdgeList{}; }
};
struct MappedArcs {
  const DirectIdArcs& arcs;
  std::size_t size() const { return arcs.sources.size(); }
  NodeId source(std::size_t i) const {
    return arcs.dense[static_cast<std::size_t>(arcs.sources[i] - arcs.min)];
  }
  NodeId target(std::size_t i) const {
    return arcs.dense[static_cast<std::size_t>(arcs.targets[i] - arcs.min)];
  }
  void Release() {}
};

// The build of unweighted, untimed, directed arcs (see the header).
template <typename Arcs>
Digraph BuildUnweighted(Arcs arcs, NodeId n, const BuildOptions& options, BuildStats* stats) {
  const std::size_t m = arcs.size();
  const bool drop_loops = options.self_loops == SelfLoopPolicy::kDrop;
  const int blocks = std::max(1, MaxThreads());

  // 1. Targets bucketed by source: a counting sort over contiguous input blocks.
  BlockCounts counts(blocks, n);
  std::size_t loops = 0;
#pragma omp parallel for schedule(static, 1) reduction(+ : loops)
  for (int b = 0; b < blocks; ++b) {
    auto& mine = counts[b];
    mine.assign(n, 0);
    const auto [lo, hi] = BlockRange(m, blocks, b);
    for (std::size_t i = lo; i < hi; ++i) {
      const NodeId u = arcs.source(i);
      if (drop_loops && u == arcs.target(i)) {
        ++loops;
        continue;
      }
      ++mine[u];
    }
  }
  std::vector<std::uint64_t> row_start = counts.Offsets();
  const std::uint64_t arcs_kept = row_start.back();
  std::vector<NodeId> targets(arcs_kept);
#pragma omp parallel for schedule(static, 1)
  for (int b = 0; b < blocks; ++b) {
    auto& mine = counts[b];
    const auto [lo, hi] = BlockRange(m, blocks, b);
    for (std::size_t i = lo; i < hi; ++i) {
      const NodeId u = arcs.source(i);
      const NodeId v = arcs.target(i);
      if (drop_loops && u == v) continue;
      targets[row_start[u] + mine[u]++] = v;
    }
    std::vector<std::uint64_t>().swap(mine);
  }
  arcs.Release();

  // 2. Each row sorted by target: equal arcs are indistinguishable, so no stable sort and no
  //    indirection through input positions is needed.
  const int bits = std::bit_width(n);
#pragma omp parallel
  {
    std::vector<NodeId> scratch;
#pragma omp for schedule(dynamic, 1024)
    for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
      SortRow(targets.data() + row_start[u], targets.data() + row_start[u + 1], bits, scratch);
    }
  }

  // 3. Duplicates are now adjacent: keep the first of each run; kSum turns runs into counts.
  BuildStats local;
  local.input_arcs = m;
  local.self_loops_dropped = loops;
  std::vector<Weight> weights;
  if (options.duplicates != DuplicatePolicy::kKeepAll) {
    std::vector<std::uint64_t> offsets(std::size_t{n} + 1, 0);
#pragma omp parallel for schedule(dynamic, 1024)
    for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
      std::uint64_t kept = 0;
      for (std::uint64_t e = row_start[u]; e < row_start[u + 1]; ++e) {
        kept += e == row_start[u] || targets[e] != targets[e - 1];
      }
      offsets[u + 1] = kept;
    }
    for (NodeId u = 0; u < n; ++u) offsets[u + 1] += offsets[u];
    local.duplicates_merged = arcs_kept - offsets[n];
    if (local.duplicates_merged > 0) {
      const bool sum = options.duplicates == DuplicatePolicy::kSum;
      std::vector<NodeId> unique(offsets[n]);
      if (sum) weights.assign(offsets[n], Weight{0});
#pragma omp parallel for schedule(dynamic, 1024)
      for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
        std::uint64_t out = offsets[u];
        for (std::uint64_t e = row_start[u]; e < row_start[u + 1]; ++e) {
          if (e == row_start[u] || targets[e] != targets[e - 1]) unique[out++] = targets[e];
          if (sum) weights[out - 1] += Weight{1};
        }
      }
      targets = std::move(unique);
      row_start = std::move(offsets);
    }
  }
  if (stats != nullptr) *stats = local;
  return Digraph::FromCsr(n, std::move(row_start), std::move(targets), std::move(weights), {},
                          false);
}

// True when every endpoint is below n (else BuildDigraph reports the offending id).
bool EndpointsBelow(const EdgeList& arcs, NodeId n) {
  NodeId max_id = 0;
  const auto m = static_cast<std::int64_t>(arcs.size());
#pragma omp parallel for reduction(max : max_id)
  for (std::int64_t i = 0; i < m; ++i) {
    max_id = std::max({max_id, arcs.sources[i], arcs.targets[i]});
  }
  return m == 0 || max_id < n;
}

}  // namespace

Digraph BuildLayer(EdgeList arcs, NodeId num_nodes, const BuildOptions& options,
                   BuildStats* stats) {
  const bool plain = arcs.weights.empty() && arcs.times.empty() && !options.undirected &&
                     arcs.sources.size() == arcs.targets.size();
  if (plain && EndpointsBelow(arcs, num_nodes)) {
    return BuildUnweighted(ListArcs{std::move(arcs)}, num_nodes, options, stats);
  }
  return BuildDigraph(std::move(arcs), num_nodes, options, stats);
}

Digraph BuildLayerDirect(const DirectIdArcs& arcs, NodeId num_nodes, const BuildOptions& options,
                         BuildStats* stats) {
  if (options.undirected)
    throw InvalidArgument("BuildLayerDirect: undirected builds are not supported");
  if (arcs.sources.size() != arcs.targets.size()) {
    throw InvalidArgument("BuildLayerDirect: sources and targets differ in length");
  }
  return BuildUnweighted(MappedArcs{arcs}, num_nodes, options, stats);
}

}  // namespace ombak
