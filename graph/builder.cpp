#include "graph/builder.hpp"

#include <algorithm>
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

}  // namespace

Digraph BuildDigraph(EdgeList edges, NodeId num_nodes, const BuildOptions& options,
                     BuildStats* stats) {
  Validate(edges, num_nodes);
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

}  // namespace ombak
