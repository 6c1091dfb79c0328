// Adaptive collective influence (see collective_influence.hpp).
//
// CI_l(i) = (k_i - 1) * sum over j at distance exactly l of (k_j - 1), with current degrees k
// in the graph of alive nodes. Design choice: the work is ball walks, so they are kept cheap
// (rows hold only alive neighbours, a per-thread visit stamp replaces clearing, CI_2 needs no
// queue) and, for radius <= 2, avoided (a stale value is first lowered by the neighbours lost
// since its ball was taken; only if it stays on top is the ball walked again). The heap holds
// (CI, node) entries; an entry whose node is dead or whose CI changed since it was pushed is
// skipped. Ties go to the smaller id everywhere, so the order never depends on the threads.
#include "algorithms/centrality/collective_influence.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <queue>
#include <span>
#include <string>

#include "algorithms/centrality/centrality_checks.hpp"
#include "algorithms/centrality/simple_adjacency.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

using centrality_internal::SimpleAdjacency;

// Rows a batch of balls must read before its balls are spread over threads.
constexpr std::uint64_t kParallelBallCost = 4096;

// The alive part of the simple view. Each row keeps its alive neighbours first: removing a node
// swaps it out of its neighbours' rows, so k[u] is both u's current degree and the length of its
// alive prefix, and ball walks never read a dead node.
class AliveGraph {
 public:
  explicit AliveGraph(const SimpleAdjacency& a)
      : offsets_(a.offsets), neighbors_(a.neighbors), k_(a.num_nodes()) {
    for (NodeId u = 0; u < a.num_nodes(); ++u) k_[u] = static_cast<std::uint32_t>(a.Degree(u));
  }

  std::span<const NodeId> Row(NodeId u) const { return {neighbors_.data() + offsets_[u], k_[u]}; }
  std::uint32_t Degree(NodeId u) const { return k_[u]; }

  // Takes r out of the rows of its alive neighbours (r's own row is left as it was).
  void Remove(NodeId r) {
    for (const NodeId w : Row(r)) {
      NodeId* row = neighbors_.data() + offsets_[w];
      NodeId* last = row + --k_[w];
      *std::find(row, last, r) = *last;
      *last = r;
    }
  }

 private:
  std::vector<std::uint64_t> offsets_;
  std::vector<NodeId> neighbors_;
  std::vector<std::uint32_t> k_;
};

// Per-thread breadth-first ball explorer with a reusable visit stamp (no clearing per ball).
class BallWalker {
 public:
  explicit BallWalker(NodeId n) : stamp_(n, 0) {}

  // Calls f(node, distance) for every node within `radius` of `center` in the alive graph
  // (center included, even after its removal: its row is then its last alive neighbourhood).
  template <typename F>
  void Walk(const AliveGraph& g, NodeId center, int radius, F&& f) {
    const std::uint32_t e = NextEpoch();
    layer_.assign(1, center);
    stamp_[center] = e;
    f(center, 0);
    for (int d = 1; d <= radius && !layer_.empty(); ++d) {
      next_.clear();
      for (const NodeId u : layer_) {
        for (const NodeId w : g.Row(u)) {
          if (stamp_[w] == e) continue;
          stamp_[w] = e;
          next_.push_back(w);
          f(w, d);
        }
      }
      layer_.swap(next_);
    }
  }

  // CI_2(i) without queues: mark the ball of radius 1, then add each new node at distance 2.
  std::uint64_t Ci2(const AliveGraph& g, NodeId i) {
    const std::uint32_t e = NextEpoch();
    stamp_[i] = e;
    for (const NodeId u : g.Row(i)) stamp_[u] = e;
    std::uint64_t frontier = 0;
    for (const NodeId u : g.Row(i)) {
      for (const NodeId w : g.Row(u)) {
        if (stamp_[w] == e) continue;
        stamp_[w] = e;
        frontier += g.Degree(w) - 1;  // w has the alive neighbour u, so its degree is >= 1
      }
    }
    return frontier;
  }

 private:
  std::uint32_t NextEpoch() {
    if (++epoch_ == 0) {
      std::fill(stamp_.begin(), stamp_.end(), 0);
      epoch_ = 1;
    }
    return epoch_;
  }

  std::vector<std::uint32_t> stamp_;
  std::uint32_t epoch_ = 0;
  std::vector<NodeId> layer_, next_;
};

// CI_l(i) in the alive graph; 0 for a node of degree <= 1 (dead nodes are never asked).
std::uint64_t ComputeCi(const AliveGraph& g, NodeId i, int radius, BallWalker& walker) {
  const std::uint64_t ki = g.Degree(i);
  if (ki <= 1) return 0;
  std::uint64_t frontier = 0;
  if (radius == 0) {
    frontier = ki - 1;
  } else if (radius == 1) {
    for (const NodeId u : g.Row(i)) frontier += g.Degree(u) - 1;
  } else if (radius == 2) {
    frontier = walker.Ci2(g, i);
  } else {
    walker.Walk(g, i, radius, [&](NodeId j, int d) {
      if (d == radius) frontier += g.Degree(j) - 1;
    });
  }
  return (ki - 1) * frontier;
}

// Work estimate of ComputeCi for radius 2 (the rows it reads), used to decide on threads.
std::uint64_t BallCost(const AliveGraph& g, NodeId i) {
  std::uint64_t cost = g.Degree(i);
  for (const NodeId u : g.Row(i)) cost += g.Degree(u);
  return cost;
}

// Recomputes ci[] for `nodes` (in parallel when there are many), one walker per thread.
void Recompute(const AliveGraph& g, const std::vector<NodeId>& nodes, int radius,
               std::vector<BallWalker>& walkers, std::vector<std::uint64_t>& ci) {
  const auto count = static_cast<std::int64_t>(nodes.size());
#pragma omp parallel for schedule(dynamic, 64) if (count > 256)
  for (std::int64_t x = 0; x < count; ++x) {
    const NodeId j = nodes[x];
    ci[j] = ComputeCi(g, j, radius, walkers[ThreadIndex()]);
  }
}

struct Entry {
  std::uint64_t ci;
  NodeId node;
  // Max-heap on CI, ties to the smaller node id.
  bool operator<(const Entry& o) const { return ci != o.ci ? ci < o.ci : node > o.node; }
};

// Union-find over nodes with component sizes (union by size, path halving).
struct Components {
  std::vector<NodeId> parent;
  std::vector<std::uint64_t> size;
  explicit Components(NodeId n) : parent(n), size(n, 1) {
    std::iota(parent.begin(), parent.end(), NodeId{0});
  }
  NodeId Find(NodeId x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  std::uint64_t Union(NodeId x, NodeId y) {
    x = Find(x);
    y = Find(y);
    if (x == y) return size[x];
    if (size[x] < size[y]) std::swap(x, y);
    parent[y] = x;
    size[x] += size[y];
    return size[x];
  }
};

// Size of the component that reinserting r would create, and the distinct roots it joins.
std::uint64_t JoinedSize(const SimpleAdjacency& a, const std::vector<char>& alive, NodeId r,
                         Components& uf, std::vector<NodeId>& roots) {
  roots.clear();
  for (const NodeId w : a.Neighbors(r)) {
    if (alive[w]) roots.push_back(uf.Find(w));
  }
  std::sort(roots.begin(), roots.end());
  roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
  std::uint64_t size = 1;
  for (const NodeId root : roots) size += uf.size[root];
  return size;
}

// Reinsertion (Morone et al. 2016): in rounds, rank the removed nodes by the size of the
// component their return would create and put back, cheapest first, those that keep the
// largest component within `limit`. Returns the reinserted nodes in reinsertion order.
std::vector<NodeId> Reinsert(const SimpleAdjacency& a, std::vector<char>& alive,
                             std::vector<NodeId>& removed, std::uint64_t limit) {
  const NodeId n = a.num_nodes();
  Components uf(n);
  for (NodeId u = 0; u < n; ++u) {
    if (!alive[u]) continue;
    for (const NodeId w : a.Neighbors(u)) {
      if (alive[w] && w > u) uf.Union(u, w);
    }
  }
  std::vector<NodeId> reinserted;
  std::vector<NodeId> roots;
  // A fixed number of rounds bounds the cost; each round re-ranks with fresh component sizes.
  const std::size_t batch = std::max<std::size_t>(1, removed.size() / 50);
  while (!removed.empty()) {
    std::vector<std::pair<std::uint64_t, NodeId>> cost;
    cost.reserve(removed.size());
    for (const NodeId r : removed) cost.emplace_back(JoinedSize(a, alive, r, uf, roots), r);
    std::sort(cost.begin(), cost.end());
    std::size_t taken = 0;
    for (const auto& [ignored, r] : cost) {
      if (taken == batch) break;
      if (JoinedSize(a, alive, r, uf, roots) > limit) continue;
      alive[r] = 1;
      for (const NodeId root : roots) uf.Union(r, root);
      reinserted.push_back(r);
      ++taken;
    }
    if (taken == 0) break;
    std::erase_if(removed, [&](NodeId r) { return alive[r] != 0; });
  }
  return reinserted;
}

void CheckRadius(int radius) {
  if (radius < 0) {
    throw InvalidArgument("radius must be nonnegative, got " + std::to_string(radius));
  }
}

}  // namespace

std::vector<double> CollectiveInfluenceScores(const Digraph& g, int radius) {
  CheckRadius(radius);
  const NodeId n = g.num_nodes();
  const AliveGraph alive_graph(centrality_internal::BuildSimpleAdjacency(g));
  std::vector<BallWalker> walkers(static_cast<std::size_t>(MaxThreads()), BallWalker(n));
  std::vector<std::uint64_t> ci(n);
  std::vector<NodeId> all(n);
  std::iota(all.begin(), all.end(), NodeId{0});
  Recompute(alive_graph, all, radius, walkers, ci);
  return std::vector<double>(ci.begin(), ci.end());
}

CollectiveInfluenceResult CollectiveInfluence(const Digraph& g,
                                              const CollectiveInfluenceOptions& options) {
  CheckRadius(options.radius);
  if (!(options.reinsertion_target > 0.0 && options.reinsertion_target <= 1.0)) {
    throw InvalidArgument("reinsertion_target must be in (0, 1], got " +
                          centrality_internal::FormatNumber(options.reinsertion_target));
  }
  const NodeId n = g.num_nodes();
  const int radius = options.radius;
  CollectiveInfluenceResult r;
  const SimpleAdjacency a = centrality_internal::BuildSimpleAdjacency(g);
  AliveGraph alive_graph(a);
  std::vector<char> alive(n, 1);
  std::vector<BallWalker> walkers(static_cast<std::size_t>(MaxThreads()), BallWalker(n));
  std::vector<std::uint64_t> ci(n);
  std::vector<NodeId> removed;
  std::vector<double> ci_at_removal(n, 0.0);
  auto remove = [&](NodeId i, std::uint64_t value) {
    alive[i] = 0;
    ci[i] = 0;
    alive_graph.Remove(i);
    removed.push_back(i);
    ci_at_removal[i] = static_cast<double>(value);
    if (options.progress && removed.size() % 1024 == 0) {
      options.progress(static_cast<double>(removed.size()) / n);
    }
  };
  std::priority_queue<Entry> heap;
  if (radius <= 2) {
    // Lazy (CELF-style) evaluation, exact for radius <= 2: removing a node only lowers degrees
    // and can only push a node at distance 2 further away (distance-1 nodes stay adjacent), so
    // CI_0, CI_1 and CI_2 never increase and a value computed earlier is an upper bound. The
    // heap starts from the walk-count bound (k_i - 1) * sum over walks i->j of length l of
    // (k_j - 1), which needs l sparse products instead of one ball per node. An entry is fresh
    // when computed after the latest removal; a fresh entry on top is the true maximum. A stale
    // entry is first cut to (k_i - 1) * (its last boundary sum), still a bound because the
    // boundary sum only falls. Stale entries still on top are recomputed in batches of one per
    // thread: every recomputed value is exact, so the batch size changes the work, not the order.
    std::vector<double> walk(n), next_walk(n);
    for (NodeId u = 0; u < n; ++u) walk[u] = a.Degree(u) > 0 ? a.Degree(u) - 1.0 : 0.0;
    for (int step = 0; step < radius; ++step) {
#pragma omp parallel for schedule(dynamic, 1024)
      for (NodeId u = 0; u < n; ++u) {
        double sum = 0.0;
        for (const NodeId w : a.Neighbors(u)) sum += walk[w];
        next_walk[u] = sum;
      }
      walk.swap(next_walk);
    }
    std::vector<std::uint64_t> stamp(n, 0);
    std::vector<std::uint64_t> frontier(n, 0);  // the sum over the ball boundary, last computed
    for (NodeId u = 0; u < n; ++u) {
      if (a.Degree(u) > 1) {
        const double ku = a.Degree(u) - 1.0;
        frontier[u] = static_cast<std::uint64_t>(std::min(walk[u], 1.8e19 / ku));
        ci[u] = (a.Degree(u) - 1) * frontier[u];
        stamp[u] = ~std::uint64_t{0};  // never fresh: always recomputed when it reaches the top
        if (ci[u] > 0) heap.push({ci[u], u});
      }
    }
    const auto batch_limit = static_cast<std::size_t>(MaxThreads());
    std::vector<NodeId> batch;
    std::uint64_t batch_cost = 0;
    while (!heap.empty() || !batch.empty()) {
      if (!heap.empty()) {
        const Entry top = heap.top();
        heap.pop();
        if (!alive[top.node] || top.ci != ci[top.node]) continue;
        if (std::find(batch.begin(), batch.end(), top.node) != batch.end()) continue;  // twin
        if (stamp[top.node] == removed.size()) {
          if (batch.empty()) {
            remove(top.node, top.ci);
            continue;
          }
          heap.push(top);  // a fresh entry below the batch: decide once the batch is exact
        } else {
          // Neighbours lost since the last computation lower the bound for free.
          const std::uint64_t k = alive_graph.Degree(top.node);
          const std::uint64_t bound = k > 1 ? (k - 1) * frontier[top.node] : 0;
          if (bound < top.ci) {
            ci[top.node] = bound;
            if (bound > 0) heap.push({bound, top.node});
            continue;
          }
          batch.push_back(top.node);
          batch_cost += BallCost(alive_graph, top.node);
          if (batch.size() < batch_limit) continue;
        }
      }
      const auto count = static_cast<std::int64_t>(batch.size());
#pragma omp parallel for schedule(dynamic, 1) if (count > 1 && batch_cost > kParallelBallCost)
      for (std::int64_t x = 0; x < count; ++x) {
        ci[batch[x]] = ComputeCi(alive_graph, batch[x], radius, walkers[ThreadIndex()]);
      }
      for (const NodeId j : batch) {
        const std::uint64_t k = alive_graph.Degree(j);
        frontier[j] = k > 1 ? ci[j] / (k - 1) : 0;
        stamp[j] = removed.size();
        if (ci[j] > 0) heap.push({ci[j], j});
      }
      batch.clear();
      batch_cost = 0;
    }
  } else {
    // Radius >= 3: CI can grow when a removal pushes a node out to distance exactly l, so
    // after each removal the nodes within radius + 1 of it are recomputed (Morone et al. 2016).
    std::vector<NodeId> all(n);
    std::iota(all.begin(), all.end(), NodeId{0});
    Recompute(alive_graph, all, radius, walkers, ci);
    for (NodeId u = 0; u < n; ++u) {
      if (ci[u] > 0) heap.push({ci[u], u});
    }
    std::vector<NodeId> affected;
    std::vector<std::uint64_t> before;
    while (!heap.empty()) {
      const Entry top = heap.top();
      heap.pop();
      if (!alive[top.node] || top.ci != ci[top.node]) continue;
      const NodeId i = top.node;
      affected.clear();
      walkers[0].Walk(alive_graph, i, radius + 1, [&](NodeId j, int) {
        if (j != i) affected.push_back(j);
      });
      remove(i, top.ci);
      before.resize(affected.size());
      for (std::size_t x = 0; x < affected.size(); ++x) before[x] = ci[affected[x]];
      Recompute(alive_graph, affected, radius, walkers, ci);
      for (std::size_t x = 0; x < affected.size(); ++x) {
        const NodeId j = affected[x];
        if (ci[j] != before[x] && ci[j] > 0) heap.push({ci[j], j});
      }
    }
  }
  r.num_adaptive_removed = removed.size();

  r.scores = ci_at_removal;
  std::vector<NodeId> reinserted;
  r.removal_order = removed;
  if (options.reinsertion && !removed.empty()) {
    // The limit is at least the largest component left by the removal, so reinsertion never
    // makes the dismantling worse than the adaptive phase alone.
    Components uf(n);
    std::uint64_t largest = n > 0 ? 1 : 0;
    for (NodeId u = 0; u < n; ++u) {
      if (!alive[u]) continue;
      for (const NodeId w : a.Neighbors(u)) {
        if (alive[w] && w > u) largest = std::max(largest, uf.Union(u, w));
      }
    }
    const auto target =
        static_cast<std::uint64_t>(std::ceil(options.reinsertion_target * static_cast<double>(n)));
    std::vector<NodeId> still_removed = removed;
    reinserted = Reinsert(a, alive, still_removed, std::max(largest, target));
    r.removal_order = std::move(still_removed);
    r.removal_order.insert(r.removal_order.end(), reinserted.rbegin(), reinserted.rend());
  }
  r.num_removed = r.num_adaptive_removed - reinserted.size();
  // Never-removed nodes close the order, by degree in the view.
  std::vector<char> placed(n, 0);
  for (const NodeId u : r.removal_order) placed[u] = 1;
  const std::size_t tail = r.removal_order.size();
  for (NodeId u = 0; u < n; ++u) {
    if (!placed[u]) r.removal_order.push_back(u);
  }
  std::stable_sort(r.removal_order.begin() + static_cast<std::ptrdiff_t>(tail),
                   r.removal_order.end(),
                   [&](NodeId x, NodeId y) { return a.Degree(x) > a.Degree(y); });
  r.removal_ci.resize(r.num_adaptive_removed);
  for (std::size_t x = 0; x < r.removal_ci.size(); ++x) {
    r.removal_ci[x] = ci_at_removal[r.removal_order[x]];
  }
  if (options.progress) options.progress(1.0);
  return r;
}

}  // namespace ombak
