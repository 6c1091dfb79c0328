// RR-set generation (parallel, index-seeded) and greedy coverage with lazy counts.
#include "algorithms/influence/rr_sets.hpp"

#include <algorithm>
#include <queue>
#include <utility>

#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak {

namespace {

// Generates RR set number `index` into `members` (appended), using `mark`/`epoch` as the
// visited set. Returns arcs examined.
std::uint64_t GenerateOne(const Digraph& g, std::span<const float> prob, InfluenceModel model,
                          std::uint64_t seed, std::uint64_t index, std::span<const NodeId> roots,
                          std::vector<std::uint32_t>& mark, std::uint32_t epoch,
                          std::vector<NodeId>& members) {
  RandomStream rng(seed, index);
  const NodeId root = roots.empty() ? static_cast<NodeId>(rng.Below(g.num_nodes()))
                                    : roots[rng.Below(roots.size())];
  const auto offsets = g.out_offsets();
  const auto targets = g.out_targets();
  const std::size_t first = members.size();
  members.push_back(root);
  mark[root] = epoch;
  std::uint64_t visits = 0;
  if (model == InfluenceModel::kIndependentCascade) {
    for (std::size_t head = first; head < members.size(); ++head) {
      const NodeId v = members[head];
      visits += offsets[v + 1] - offsets[v];
      for (std::uint64_t e = offsets[v]; e < offsets[v + 1]; ++e) {
        const NodeId u = targets[e];
        if (mark[u] == epoch) continue;
        if (rng.Uniform() < prob[e]) {
          mark[u] = epoch;
          members.push_back(u);
        }
      }
    }
  } else {
    NodeId v = root;
    while (true) {
      // v keeps out-arc e with probability b(e), none with the remainder.
      double r = rng.Uniform();
      NodeId chosen = kNoNode;
      for (std::uint64_t e = offsets[v]; e < offsets[v + 1]; ++e) {
        ++visits;
        r -= prob[e];
        if (r < 0) {
          chosen = targets[e];
          break;
        }
      }
      if (chosen == kNoNode || mark[chosen] == epoch) break;
      mark[chosen] = epoch;
      members.push_back(chosen);
      v = chosen;
    }
  }
  return visits;
}

}  // namespace

void AppendRrSets(const Digraph& g, const EdgeProbabilities& p, InfluenceModel model,
                  std::uint64_t target_size, std::uint64_t seed, std::span<const NodeId> roots,
                  RrSets& out) {
  if (g.num_nodes() == 0) return;
  const int num_threads = MaxThreads();
  const auto prob = p.by_edge();
  // Rounds bound the extra memory of the per-thread buffers.
  constexpr std::uint64_t kRound = std::uint64_t{1} << 20;
  std::vector<std::vector<NodeId>> members(num_threads);
  std::vector<std::vector<std::uint64_t>> sizes(num_threads);
  std::vector<std::uint64_t> visits(num_threads, 0);
  std::vector<std::vector<std::uint32_t>> marks(num_threads);
  while (out.size() < target_size) {
    const std::uint64_t begin = out.size();
    const std::uint64_t count = std::min(kRound, target_size - begin);
#pragma omp parallel num_threads(num_threads)
    {
      const int t = ThreadIndex();
      auto& mark = marks[t];
      if (mark.empty()) mark.assign(g.num_nodes(), 0);
      members[t].clear();
      sizes[t].clear();
      const auto [lo, hi] = BlockRange(count, num_threads, t);
      for (std::uint64_t i = lo; i < hi; ++i) {
        const std::size_t before = members[t].size();
        // The epoch is the set index within the round plus 1: unique within a thread's block.
        visits[t] += GenerateOne(g, prob, model, seed, begin + i, roots, mark,
                                 static_cast<std::uint32_t>(i + 1), members[t]);
        sizes[t].push_back(members[t].size() - before);
      }
      // A later round must not confuse old marks with its epochs.
      std::fill(mark.begin(), mark.end(), 0);
    }
    std::uint64_t added = 0;
    for (int t = 0; t < num_threads; ++t) added += members[t].size();
    out.nodes_.reserve(out.nodes_.size() + added);
    for (int t = 0; t < num_threads; ++t) {
      for (std::uint64_t s : sizes[t]) out.offsets_.push_back(out.offsets_.back() + s);
      out.nodes_.insert(out.nodes_.end(), members[t].begin(), members[t].end());
    }
  }
  for (std::uint64_t v : visits) out.edge_visits += v;
}

namespace {

// node -> RR sets containing it, as CSR.
struct Incidence {
  std::vector<std::uint64_t> offsets;
  std::vector<std::uint32_t> sets;
};

Incidence BuildIncidence(const RrSets& sets, NodeId n) {
  Incidence inc;
  inc.offsets.assign(std::size_t{n} + 1, 0);
  for (std::uint64_t i = 0; i < sets.size(); ++i) {
    for (NodeId v : sets.set(i)) ++inc.offsets[v + 1];
  }
  for (NodeId v = 0; v < n; ++v) inc.offsets[v + 1] += inc.offsets[v];
  inc.sets.resize(inc.offsets[n]);
  std::vector<std::uint64_t> cursor(inc.offsets.begin(), inc.offsets.end() - 1);
  for (std::uint64_t i = 0; i < sets.size(); ++i) {
    for (NodeId v : sets.set(i)) inc.sets[cursor[v]++] = static_cast<std::uint32_t>(i);
  }
  return inc;
}

// Marks the uncovered sets of v covered, lowering every member's count. Returns how many.
std::uint64_t Cover(NodeId v, const RrSets& sets, const Incidence& inc, std::vector<char>& covered,
                    std::vector<std::uint64_t>& count) {
  std::uint64_t newly = 0;
  for (std::uint64_t j = inc.offsets[v]; j < inc.offsets[v + 1]; ++j) {
    const std::uint32_t s = inc.sets[j];
    if (covered[s]) continue;
    covered[s] = 1;
    ++newly;
    for (NodeId w : sets.set(s)) --count[w];
  }
  return newly;
}

// Heap entry: larger key first, then smaller node id.
struct Entry {
  double key;
  NodeId node;
  bool operator<(const Entry& other) const {
    return key != other.key ? key < other.key : node > other.node;
  }
};

}  // namespace

CoverageResult GreedyMaxCoverage(const RrSets& sets, NodeId num_nodes, std::uint32_t k,
                                 const CandidateFilter& filter, bool fill_zero_gain) {
  const Incidence inc = BuildIncidence(sets, num_nodes);
  std::vector<std::uint64_t> count(num_nodes);
  std::vector<char> covered(sets.size(), 0);
  std::vector<Entry> heap_items;
  for (NodeId v = 0; v < num_nodes; ++v) {
    count[v] = inc.offsets[v + 1] - inc.offsets[v];
    heap_items.push_back({static_cast<double>(count[v]), v});
  }
  std::priority_queue<Entry> heap(std::less<Entry>(), std::move(heap_items));
  CoverageResult result;
  while (result.seeds.size() < k && !heap.empty()) {
    const Entry top = heap.top();
    heap.pop();
    if (top.key != static_cast<double>(count[top.node])) {  // stale: counts only fall
      heap.push({static_cast<double>(count[top.node]), top.node});
      continue;
    }
    if (count[top.node] == 0 && !fill_zero_gain) break;
    if (filter && !filter(top.node, result.seeds)) continue;
    result.seeds.push_back(top.node);
    const std::uint64_t gained = Cover(top.node, sets, inc, covered, count);
    result.marginal.push_back(gained);
    result.covered += gained;
  }
  result.cost = static_cast<double>(result.seeds.size());
  return result;
}

CoverageResult BudgetedMaxCoverage(const RrSets& sets, std::span<const double> costs, double budget,
                                   std::uint32_t max_seeds) {
  const auto n = static_cast<NodeId>(costs.size());
  const Incidence inc = BuildIncidence(sets, n);
  std::vector<std::uint64_t> count(n);
  std::vector<char> covered(sets.size(), 0);
  std::vector<Entry> heap_items;
  CoverageResult single;
  for (NodeId v = 0; v < n; ++v) {
    count[v] = inc.offsets[v + 1] - inc.offsets[v];
    if (costs[v] > budget) continue;
    heap_items.push_back({static_cast<double>(count[v]) / costs[v], v});
    if (single.seeds.empty() || count[v] > single.covered) {
      single.seeds = {v};
      single.marginal = {count[v]};
      single.covered = count[v];
      single.cost = costs[v];
    }
  }
  std::priority_queue<Entry> heap(std::less<Entry>(), std::move(heap_items));
  CoverageResult greedy;
  while (!heap.empty() && (max_seeds == 0 || greedy.seeds.size() < max_seeds)) {
    const Entry top = heap.top();
    heap.pop();
    if (costs[top.node] > budget - greedy.cost) continue;  // no longer fits, never will
    const double key = static_cast<double>(count[top.node]) / costs[top.node];
    if (top.key != key) {
      heap.push({key, top.node});
      continue;
    }
    if (count[top.node] == 0) break;
    greedy.seeds.push_back(top.node);
    greedy.cost += costs[top.node];
    const std::uint64_t gained = Cover(top.node, sets, inc, covered, count);
    greedy.marginal.push_back(gained);
    greedy.covered += gained;
  }
  return single.covered > greedy.covered ? single : greedy;
}

}  // namespace ombak
