#include "graph/builder.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>
#include <string>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {

void EdgeList::Add(NodeId source, NodeId target, Weight weight, Timestamp time) {
  weights.resize(sources.size(), Weight{1});
  weights.push_back(weight);
  if (time != kNoTime || !times.empty()) {
    times.resize(sources.size(), kNoTime);
    times.push_back(time);
  }
  sources.push_back(source);
  targets.push_back(target);
}

void EdgeList::Append(const EdgeList& other) {
  // An attribute array exists when either list has it; the list without it gets defaults.
  const bool weighted = !weights.empty() || !other.weights.empty();
  const bool timed = !times.empty() || !other.times.empty();
  const std::size_t old = size();
  sources.insert(sources.end(), other.sources.begin(), other.sources.end());
  targets.insert(targets.end(), other.targets.begin(), other.targets.end());
  if (weighted) {
    weights.resize(old, Weight{1});
    if (other.weights.empty()) {
      weights.resize(size(), Weight{1});
    } else {
      weights.insert(weights.end(), other.weights.begin(), other.weights.end());
    }
  }
  if (timed) {
    times.resize(old, kNoTime);
    if (other.times.empty()) {
      times.resize(size(), kNoTime);
    } else {
      times.insert(times.end(), other.times.begin(), other.times.end());
    }
  }
}

namespace {

void Validate(const EdgeList& edges, NodeId num_nodes) {
  const std::size_t m = edges.sources.size();
  if (edges.targets.size() != m)
    throw InvalidArgument("BuildDigraph: sources and targets differ in length");
  if (!edges.weights.empty() && edges.weights.size() != m) {
    throw InvalidArgument("BuildDigraph: weights must be empty or one per arc");
  }
  if (!edges.times.empty() && edges.times.size() != m) {
    throw InvalidArgument("BuildDigraph: times must be empty or one per arc");
  }
  NodeId max_id = 0;
#pragma omp parallel for reduction(max : max_id)
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(m); ++i) {
    max_id = std::max({max_id, edges.sources[i], edges.targets[i]});
  }
  if (m > 0 && max_id >= num_nodes) {
    throw InvalidArgument("BuildDigraph: node id " + std::to_string(max_id) +
                          " is not below num_nodes = " + std::to_string(num_nodes));
  }
}

// Stores every non-loop arc as both orientations, the reverse right after the original. The
// interleaving keeps both copies of an input edge at the same relative input position in their
// rows, so "first", summation order and earliest time agree between u -> v and v -> u.
void Symmetrize(EdgeList& edges) {
  const std::size_t m = edges.size();
  const bool weighted = !edges.weights.empty();
  const bool timed = !edges.times.empty();
  EdgeList both;
  both.sources.reserve(2 * m);
  both.targets.reserve(2 * m);
  if (weighted) both.weights.reserve(2 * m);
  if (timed) both.times.reserve(2 * m);
  for (std::size_t i = 0; i < m; ++i) {
    const NodeId u = edges.sources[i];
    const NodeId v = edges.targets[i];
    const int copies = u == v ? 1 : 2;
    for (int c = 0; c < copies; ++c) {
      both.sources.push_back(c == 0 ? u : v);
      both.targets.push_back(c == 0 ? v : u);
      if (weighted) both.weights.push_back(edges.weights[i]);
      if (timed) both.times.push_back(edges.times[i]);
    }
  }
  edges = std::move(both);
}

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

// Arc endpoints as BuildUnweighted reads them: dense ids in an EdgeList, or keys through a
// map (MappedArcs). Release() frees what the arcs own once they have been scattered.
struct ListArcs {
  EdgeList list;
  std::size_t size() const { return list.size(); }
  NodeId source(std::size_t i) const { return list.sources[i]; }
  NodeId target(std::size_t i) const { return list.targets[i]; }
  void Release() { list = EdgeList{}; }
};
struct MapArcs {
  const MappedArcs& arcs;
  std::size_t size() const { return arcs.sources.size(); }
  NodeId source(std::size_t i) const {
    return arcs.map[static_cast<std::size_t>(arcs.sources[i] - arcs.offset)];
  }
  NodeId target(std::size_t i) const {
    return arcs.map[static_cast<std::size_t>(arcs.targets[i] - arcs.offset)];
  }
  void Release() {}
};

// The build of unweighted, untimed, directed arcs. Two equal arcs are indistinguishable, so
// the row order "by target, then input position" is simply "by target": targets themselves
// (not input positions) are scattered into rows by a counting sort over contiguous input
// blocks and each row is sorted directly, with no stable sort and no indirection through the
// input. Duplicates are then adjacent. Same graph and BuildStats as the general path.
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

}  // namespace

Digraph BuildDigraph(EdgeList edges, NodeId num_nodes, const BuildOptions& options,
                     BuildStats* stats) {
  Validate(edges, num_nodes);
  if (edges.weights.empty() && edges.times.empty() && !options.undirected) {
    return BuildUnweighted(ListArcs{std::move(edges)}, num_nodes, options, stats);
  }
  BuildStats local;
  local.input_arcs = edges.size();
  if (options.undirected) Symmetrize(edges);
  const std::size_t m = edges.size();
  const bool drop_loops = options.self_loops == SelfLoopPolicy::kDrop;

  // 1. Bucket arc positions by source with a stable counting sort (contiguous input blocks
  //    per thread, so equal sources keep input order).
  const int num_threads = MaxThreads();
  std::vector<std::vector<std::uint64_t>> counts(num_threads);
  std::vector<std::uint64_t> row_start(std::size_t{num_nodes} + 1, 0);
  std::vector<std::uint64_t> order;  // arc positions grouped by source
  std::size_t loops_dropped = 0;
#pragma omp parallel num_threads(num_threads) reduction(+ : loops_dropped)
  {
    const int t = ThreadIndex();
    const auto [lo, hi] = BlockRange<std::size_t>(m, num_threads, t);
    auto& mine = counts[t];
    mine.assign(num_nodes, 0);
    for (std::size_t i = lo; i < hi; ++i) {
      if (drop_loops && edges.sources[i] == edges.targets[i]) {
        ++loops_dropped;
        continue;
      }
      ++mine[edges.sources[i]];
    }
#pragma omp barrier
#pragma omp for schedule(static)
    for (std::int64_t u = 0; u < static_cast<std::int64_t>(num_nodes); ++u) {
      std::uint64_t total = 0;
      for (int s = 0; s < num_threads; ++s) {
        const std::uint64_t c = counts[s][u];
        counts[s][u] = total;
        total += c;
      }
      row_start[u + 1] = total;
    }
#pragma omp single
    {
      for (NodeId u = 0; u < num_nodes; ++u) row_start[u + 1] += row_start[u];
      order.resize(row_start[num_nodes]);
    }
    for (std::size_t i = lo; i < hi; ++i) {
      const NodeId u = edges.sources[i];
      if (drop_loops && u == edges.targets[i]) continue;
      order[row_start[u] + mine[u]++] = i;
    }
  }
  counts.clear();
  counts.shrink_to_fit();
  local.self_loops_dropped = loops_dropped;

  // 2. Sort each row by target; stable, so ties stay in input order. Then decide which arcs
  //    survive: `keep[k]` marks the first arc of each run of equal targets (or every arc).
  const bool keep_all = options.duplicates == DuplicatePolicy::kKeepAll;
  std::vector<std::uint64_t> new_degree(std::size_t{num_nodes} + 1, 0);
  std::uint64_t merged = 0;
#pragma omp parallel for schedule(dynamic, 1024) reduction(+ : merged)
  for (std::int64_t u = 0; u < static_cast<std::int64_t>(num_nodes); ++u) {
    const auto first = order.begin() + static_cast<std::ptrdiff_t>(row_start[u]);
    const auto last = order.begin() + static_cast<std::ptrdiff_t>(row_start[u + 1]);
    std::stable_sort(first, last, [&](std::uint64_t a, std::uint64_t b) {
      return edges.targets[a] < edges.targets[b];
    });
    std::uint64_t kept = 0;
    for (auto it = first; it != last; ++it) {
      if (keep_all || it == first || edges.targets[*it] != edges.targets[*(it - 1)]) {
        ++kept;
      } else if (!options.undirected || edges.targets[*it] >= u) {
        ++merged;  // an undirected duplicate is counted once, in the row of its smaller end
      }
    }
    new_degree[u + 1] = kept;
  }
  std::vector<std::uint64_t> offsets(std::size_t{num_nodes} + 1, 0);
  std::partial_sum(new_degree.begin(), new_degree.end(), offsets.begin());
  new_degree.clear();
  new_degree.shrink_to_fit();
  const std::uint64_t kept_arcs = offsets.back();
  local.duplicates_merged = merged;

  // 3. Scatter the surviving arcs; merge duplicate weights and times into them.
  const bool sum = options.duplicates == DuplicatePolicy::kSum;
  const bool becomes_weighted = sum && merged > 0;
  const bool weighted = !edges.weights.empty() || becomes_weighted;
  const bool timed = !edges.times.empty();
  std::vector<NodeId> targets(kept_arcs);
  std::vector<Weight> weights(weighted ? kept_arcs : 0);
  std::vector<Timestamp> times(timed ? kept_arcs : 0);
  auto input_weight = [&](std::uint64_t i) {
    return edges.weights.empty() ? Weight{1} : edges.weights[i];
  };
#pragma omp parallel for schedule(dynamic, 1024)
  for (std::int64_t u = 0; u < static_cast<std::int64_t>(num_nodes); ++u) {
    std::uint64_t out = offsets[u];
    for (std::uint64_t k = row_start[u]; k < row_start[u + 1]; ++k) {
      const std::uint64_t i = order[k];
      const bool starts_run =
          keep_all || k == row_start[u] || edges.targets[i] != edges.targets[order[k - 1]];
      if (starts_run) {
        targets[out] = edges.targets[i];
        if (weighted) weights[out] = input_weight(i);
        if (timed) times[out] = edges.times[i];
        ++out;
      } else if (sum) {
        weights[out - 1] += input_weight(i);
        const Timestamp t = edges.times.empty() ? kNoTime : edges.times[i];
        if (timed && t != kNoTime && (times[out - 1] == kNoTime || t < times[out - 1])) {
          times[out - 1] = t;
        }
      }
    }
  }
  edges = EdgeList{};
  order = {};
  if (stats != nullptr) *stats = local;
  return Digraph::FromCsr(num_nodes, std::move(offsets), std::move(targets), std::move(weights),
                          std::move(times), options.undirected);
}

Digraph BuildDigraph(const MappedArcs& arcs, NodeId num_nodes, const BuildOptions& options,
                     BuildStats* stats) {
  if (arcs.sources.size() != arcs.targets.size()) {
    throw InvalidArgument("BuildDigraph: sources and targets differ in length");
  }
  if (std::any_of(arcs.map.begin(), arcs.map.end(),
                  [&](NodeId v) { return v != kNoNode && v >= num_nodes; })) {
    throw InvalidArgument("BuildDigraph: the id map holds a node not below num_nodes = " +
                          std::to_string(num_nodes));
  }
  if (!options.undirected) return BuildUnweighted(MapArcs{arcs}, num_nodes, options, stats);
  EdgeList edges;
  edges.sources.resize(arcs.sources.size());
  edges.targets.resize(arcs.targets.size());
  const MapArcs mapped{arcs};
  const auto m = static_cast<std::int64_t>(arcs.sources.size());
#pragma omp parallel for
  for (std::int64_t i = 0; i < m; ++i) {
    edges.sources[i] = mapped.source(static_cast<std::size_t>(i));
    edges.targets[i] = mapped.target(static_cast<std::size_t>(i));
  }
  return BuildDigraph(std::move(edges), num_nodes, options, stats);
}

}  // namespace ombak
