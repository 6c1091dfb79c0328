// Adaptive collective influence (see collective_influence.hpp).
//
// CI_l(i) = (k_i - 1) * sum over j at distance exactly l of (k_j - 1), with current degrees k
// in the graph of alive nodes. Design choice: the work is ball walks (ci_balls.hpp), so for
// radius <= 2 they are avoided wherever a bound decides: a stale value is first lowered to the
// cheapest bound available (the neighbours lost since its ball was taken; the mass outside its
// radius-1 ball); only if it stays on top is the ball walked again, and the nodes that keep
// coming back to the top are tracked exactly through removals (ci_tracked_balls.hpp). The
// heap holds (CI, node) entries; an entry whose node is dead or whose CI changed since it was
// pushed is skipped. Ties go to the smaller id everywhere, so the order never depends on the
// threads.
#include "algorithms/centrality/collective_influence.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <queue>
#include <string>
#include <tuple>

#include "algorithms/centrality/centrality_checks.hpp"
#include "algorithms/centrality/ci_balls.hpp"
#include "algorithms/centrality/ci_tracked_balls.hpp"
#include "algorithms/centrality/simple_adjacency.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

using centrality_internal::AliveGraph;
using centrality_internal::BallCost;
using centrality_internal::BallWalker;
using centrality_internal::MassOutside;
using centrality_internal::NodeCi;
using centrality_internal::SimpleAdjacency;
using centrality_internal::TrackedBalls;

// Rows a batch of balls must read before its balls are spread over threads: a fork/join costs
// tens of microseconds when idle threads sleep (the ombak command's passive waiting), so only
// batches of about that much work go parallel (rmat16 with passive waiting: 5.5 s at 4,096,
// 3.8 s at 65,536).
constexpr std::uint64_t kParallelBallCost = 65536;
// A radius-2 ball that reads at least this many row entries is tracked once computed (if it
// ranks among the tracked). Admitting a node costs its sphere's bits plus a share of the wipe of
// released slots, a pass over every node, so on large graphs only balls costly in proportion to
// n are worth it: with a fixed 4,096 the middle of rmat20's removal (removals 4,096-16,384)
// spent 224 s admitting ~220,000 mid-degree nodes that were soon evicted again; with n / 32 it
// takes 125 s, and the whole run 359 s instead of 490 s (same order).
std::uint64_t TrackCost(NodeId n) { return std::max<std::uint64_t>(4096, n / 32); }

struct Entry {
  std::uint64_t ci;
  NodeId node;
  NodeId original;  // the node's id in the caller's graph
  // Max-heap on CI, ties to the smaller original id.
  bool operator<(const Entry& o) const { return ci != o.ci ? ci < o.ci : original > o.original; }
};

// Max-heap of (CI, node) entries. The removal runs on nodes renumbered by degree (see
// RenumberedByDegree) and breaks ties by the caller's ids, so the order does not depend on the
// numbering.
class CiHeap {
 public:
  explicit CiHeap(const std::vector<NodeId>& original) : original_(original) {}
  void Push(std::uint64_t ci, NodeId node) { heap_.push({ci, node, original_[node]}); }
  void Push(const Entry& entry) { heap_.push(entry); }
  bool empty() const { return heap_.empty(); }
  Entry Pop() {
    const Entry top = heap_.top();
    heap_.pop();
    return top;
  }

 private:
  const std::vector<NodeId>& original_;
  std::priority_queue<Entry> heap_;
};

// Recomputes ci[] for `nodes` (in parallel when there are many), one walker per thread.
void Recompute(const AliveGraph& g, const std::vector<NodeId>& nodes, int radius,
               std::vector<BallWalker>& walkers, std::vector<std::uint64_t>& ci) {
  const auto count = static_cast<std::int64_t>(nodes.size());
#pragma omp parallel for schedule(dynamic, 64) if (count > 256)
  for (std::int64_t x = 0; x < count; ++x) {
    const NodeId j = nodes[x];
    ci[j] = NodeCi(g, j, radius, walkers[ThreadIndex()]);
  }
}

// State of the adaptive removal shared by both strategies.
struct Removal {
  Removal(const SimpleAdjacency& a, const std::vector<NodeId>& original, int radius,
          const CollectiveInfluenceOptions& options)
      : n(a.num_nodes()),
        original(original),
        radius(radius),
        options(options),
        graph(a, radius == 2),
        alive(n, 1),
        ci(n, 0),
        ci_at_removal(n, 0.0),
        walkers(static_cast<std::size_t>(MaxThreads()), BallWalker(n)) {
    for (NodeId u = 0; u < n; ++u) mass += a.Degree(u) > 0 ? a.Degree(u) - 1 : 0;
  }

  // Takes i (of current CI `value`) out of the alive graph.
  void Remove(NodeId i, std::uint64_t value) {
    mass -= graph.Degree(i) > 0 ? graph.Degree(i) - 1 : 0;
    for (const NodeId w : graph.Row(i)) mass -= graph.Degree(w) >= 2 ? 1 : 0;
    alive[i] = 0;
    ci[i] = 0;
    graph.Remove(i);
    removed.push_back(i);
    ci_at_removal[i] = static_cast<double>(value);
    if (options.progress && removed.size() % 1024 == 0) {
      options.progress(static_cast<double>(removed.size()) / n);
    }
  }

  const NodeId n;
  const std::vector<NodeId>& original;  // id in the caller's graph of each node
  const int radius;
  const CollectiveInfluenceOptions& options;
  AliveGraph graph;
  std::vector<char> alive;
  std::vector<std::uint64_t> ci;
  std::vector<NodeId> removed;
  std::vector<double> ci_at_removal;
  std::vector<BallWalker> walkers;
  std::uint64_t mass = 0;  // sum over alive nodes of degree >= 1 of (k - 1)
};

// Radius <= 2: lazy (CELF-style) evaluation, exact because removing a node only lowers degrees
// and can only push a node at distance 2 further away (distance-1 nodes stay adjacent), so CI_0,
// CI_1 and CI_2 never increase and a value computed earlier is an upper bound. The heap starts
// from the walk-count bound (k_i - 1) * sum over non-backtracking walks i->j of length l of
// (k_j - 1) (l sparse products instead of one ball per node), cut for radius 2 by the mass
// outside i's radius-1 ball. An entry is fresh when computed after the latest removal; a fresh
// entry on top is the true maximum. A stale entry is first cut to (current k_i - 1) times a
// bound on its boundary sum: its last boundary sum minus sphere_loss (below) and, if that still
// reaches the top, also the mass outside its radius-1 ball. Stale entries still on top are
// recomputed in batches of one per thread: every recomputed value is exact, so the batch size
// changes the work, not the order. Costly radius-2 balls are tracked afterwards, and tracked
// entries are always fresh.
//
// sphere_loss[t], radius 2: the sum of (k_r - 1) over the nodes r removed, since t's bound was
// last set, while at distance exactly 2 from t. Each such r was on t's sphere when the bound was
// set (distances only grow, and a neighbour stays a neighbour until it is removed), so its whole
// (k_r - 1), which the old bound counted, is gone from the boundary sum. Removing r walks r's
// own sphere once to credit it; on rmat20 the balls walked then read 30% fewer row entries.
void LazyRemoval(const SimpleAdjacency& a, Removal& st) {
  const NodeId n = st.n;
  const int radius = st.radius;
  std::vector<std::uint64_t>& ci = st.ci;
  CiHeap heap(st.original);
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
  std::vector<std::uint64_t> stamp(n, ~std::uint64_t{0});  // removals when last computed
  std::vector<std::uint64_t> frontier(n, 0);  // a bound on the boundary sum, from the last ball
  for (NodeId u = 0; u < n; ++u) {
    if (a.Degree(u) <= 1) continue;
    const double ku = a.Degree(u) - 1.0;
    // Walks of length 2 that come straight back (u -> v -> u) end at u itself, which is not on
    // its own boundary: each of the k_u of them added k_u - 1.
    const double backtracks = radius == 2 ? a.Degree(u) * ku : 0.0;
    frontier[u] = static_cast<std::uint64_t>(std::min(walk[u] - backtracks, 1.8e19 / ku));
    if (radius == 2) frontier[u] = std::min(frontier[u], MassOutside(st.graph, u, st.mass));
    ci[u] = (a.Degree(u) - 1) * frontier[u];
    if (ci[u] > 0) heap.Push(ci[u], u);
  }

  // Only nodes with a neighbour are ever in a ball or tracked; in the degree numbering they come
  // first, so the bits (and every wipe of them) stop where the bitsets do.
  const auto span = static_cast<NodeId>(std::min<std::uint64_t>(n, st.graph.Words() * 64));
  TrackedBalls tracked(radius == 2 ? span : 0);
  std::vector<std::uint64_t> sphere_loss(radius == 2 ? n : 0, 0);
  std::vector<NodeId> removed_sphere;
  auto credit_sphere_loss = [&](NodeId i) {
    if (st.graph.Degree(i) <= 1) return;
    st.walkers[0].Frontier2(st.graph, i, &removed_sphere);
    for (const NodeId t : removed_sphere) sphere_loss[t] += st.graph.Degree(i) - 1;
  };
  auto update_tracked = [&](NodeId i) {
    if (tracked.SlotOf(i) >= 0) tracked.Release(tracked.SlotOf(i));
    tracked.OnRemove(st.graph, i);
  };
  auto remove = [&](NodeId i, std::uint64_t value) {
    if (radius == 2) {
      // The two read the graph before i leaves it and write disjoint state, so a hub's two
      // walks (milliseconds each) overlap on two threads without changing any value.
      const bool overlap = BallCost(st.graph, i) > kParallelBallCost;
#pragma omp parallel sections if (overlap)
      {
#pragma omp section
        credit_sphere_loss(i);
#pragma omp section
        update_tracked(i);
      }
    }
    st.Remove(i, value);
    for (int s = 0; radius == 2 && s < TrackedBalls::kSlots; ++s) {
      if (!tracked.Used(s)) continue;
      const NodeId t = tracked.Node(s);
      const std::uint64_t k = st.graph.Degree(t);
      frontier[t] = tracked.Frontier(s);
      sphere_loss[t] = 0;
      stamp[t] = st.removed.size();
      const std::uint64_t exact = k > 1 ? (k - 1) * frontier[t] : 0;
      if (exact != ci[t]) {
        ci[t] = exact;
        if (exact > 0) heap.Push(exact, t);
      }
    }
  };
  // Tracks j (just computed, with its sphere) if a slot is free or if it beats the lowest
  // tracked CI; a full table releases its lowest quarter at once (one wipe for many slots).
  auto track = [&](NodeId j, const std::vector<NodeId>& sphere) {
    int slot = tracked.FreeSlot();
    if (slot < 0) {
      std::vector<std::pair<std::uint64_t, int>> by_ci;
      for (int s = 0; s < TrackedBalls::kSlots; ++s) by_ci.emplace_back(ci[tracked.Node(s)], s);
      std::sort(by_ci.begin(), by_ci.end());
      for (int q = 0; q < TrackedBalls::kSlots / 4 && by_ci[q].first < ci[j]; ++q) {
        tracked.Release(by_ci[q].second);
      }
      slot = tracked.FreeSlot();
    }
    if (slot >= 0) tracked.Track(st.graph, j, slot, sphere, frontier[j]);
  };

  const std::uint64_t track_cost = TrackCost(n);
  const auto batch_limit = static_cast<std::size_t>(MaxThreads());
  std::vector<NodeId> batch;
  std::uint64_t batch_cost = 0;
  std::vector<std::vector<NodeId>> spheres(batch_limit);
  std::vector<char> to_track(batch_limit);
  while (!heap.empty() || !batch.empty()) {
    if (!heap.empty()) {
      const Entry top = heap.Pop();
      if (!st.alive[top.node] || top.ci != ci[top.node]) continue;
      if (std::find(batch.begin(), batch.end(), top.node) != batch.end()) continue;  // twin
      if (stamp[top.node] == st.removed.size()) {
        if (batch.empty()) {
          remove(top.node, top.ci);
          continue;
        }
        heap.Push(top);  // a fresh entry below the batch: decide once the batch is exact
      } else {
        const std::uint64_t k = st.graph.Degree(top.node);
        if (radius == 2 && k > 1) {
          // The mass outside the radius-1 ball costs k row entries: only when the cheaper
          // bound does not settle it.
          const std::uint64_t last = frontier[top.node];
          frontier[top.node] = last - std::min(last, sphere_loss[top.node]);
          sphere_loss[top.node] = 0;
          if ((k - 1) * frontier[top.node] >= top.ci) {
            frontier[top.node] =
                std::min(frontier[top.node], MassOutside(st.graph, top.node, st.mass));
          }
        }
        const std::uint64_t bound = k > 1 ? (k - 1) * frontier[top.node] : 0;
        if (bound < top.ci) {
          ci[top.node] = bound;
          if (bound > 0) heap.Push(bound, top.node);
          continue;
        }
        batch.push_back(top.node);
        batch_cost += BallCost(st.graph, top.node);
        if (batch.size() < batch_limit) continue;
      }
    }
    const auto count = static_cast<std::int64_t>(batch.size());
#pragma omp parallel for schedule(dynamic, 1) if (count > 1 && batch_cost > kParallelBallCost)
    for (std::int64_t x = 0; x < count; ++x) {
      const NodeId j = batch[x];
      BallWalker& walker = st.walkers[ThreadIndex()];
      to_track[x] = radius == 2 && st.graph.Degree(j) > 1 && tracked.SlotOf(j) < 0 &&
                    BallCost(st.graph, j) >= track_cost;
      if (to_track[x]) {
        ci[j] = (st.graph.Degree(j) - 1) * walker.Frontier2(st.graph, j, &spheres[x]);
      } else {
        ci[j] = NodeCi(st.graph, j, radius, walker);
      }
    }
    for (std::int64_t x = 0; x < count; ++x) {
      const NodeId j = batch[x];
      const std::uint64_t k = st.graph.Degree(j);
      frontier[j] = k > 1 ? ci[j] / (k - 1) : 0;
      if (radius == 2) sphere_loss[j] = 0;
      stamp[j] = st.removed.size();
      if (to_track[x]) track(j, spheres[x]);
      if (ci[j] > 0) heap.Push(ci[j], j);
    }
    batch.clear();
    batch_cost = 0;
  }
}

// Radius >= 3: CI can grow when a removal pushes a node out to distance exactly l, so after
// each removal the nodes within radius + 1 of it are recomputed (Morone et al. 2016).
void NeighbourhoodRemoval(Removal& st) {
  const int radius = st.radius;
  std::vector<std::uint64_t>& ci = st.ci;
  std::vector<NodeId> all(st.n);
  std::iota(all.begin(), all.end(), NodeId{0});
  Recompute(st.graph, all, radius, st.walkers, ci);
  CiHeap heap(st.original);
  for (NodeId u = 0; u < st.n; ++u) {
    if (ci[u] > 0) heap.Push(ci[u], u);
  }
  std::vector<NodeId> affected;
  std::vector<std::uint64_t> before;
  while (!heap.empty()) {
    const Entry top = heap.Pop();
    if (!st.alive[top.node] || top.ci != ci[top.node]) continue;
    const NodeId i = top.node;
    affected.clear();
    st.walkers[0].Walk(st.graph, i, radius + 1, [&](NodeId j, int) {
      if (j != i) affected.push_back(j);
    });
    st.Remove(i, top.ci);
    before.resize(affected.size());
    for (std::size_t x = 0; x < affected.size(); ++x) before[x] = ci[affected[x]];
    Recompute(st.graph, affected, radius, st.walkers, ci);
    for (std::size_t x = 0; x < affected.size(); ++x) {
      const NodeId j = affected[x];
      if (ci[j] != before[x] && ci[j] > 0) heap.Push(ci[j], j);
    }
  }
}

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
// largest component within `limit` (ties to the smaller original id). Returns the reinserted
// nodes in reinsertion order.
std::vector<NodeId> Reinsert(const SimpleAdjacency& a, const std::vector<NodeId>& original,
                             std::vector<char>& alive, std::vector<NodeId>& removed,
                             std::uint64_t limit) {
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
    std::vector<std::tuple<std::uint64_t, NodeId, NodeId>> cost;  // size, original id, node
    cost.reserve(removed.size());
    for (const NodeId r : removed) {
      cost.emplace_back(JoinedSize(a, alive, r, uf, roots), original[r], r);
    }
    std::sort(cost.begin(), cost.end());
    std::size_t taken = 0;
    for (const auto& [joined_size, tie, r] : cost) {
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
  const AliveGraph alive_graph(centrality_internal::BuildSimpleAdjacency(g), false);
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
  CollectiveInfluenceResult r;
  // Everything below runs on the renumbered view (ids "inside") and returns the caller's ids.
  std::vector<NodeId> original;
  const SimpleAdjacency a = centrality_internal::RenumberedByDegree(
      centrality_internal::BuildSimpleAdjacency(g), &original);
  Removal st(a, original, options.radius, options);
  if (options.radius <= 2) {
    LazyRemoval(a, st);
  } else {
    NeighbourhoodRemoval(st);
  }
  std::vector<char>& alive = st.alive;
  const std::vector<NodeId>& removed = st.removed;
  r.num_adaptive_removed = removed.size();

  std::vector<NodeId> order = removed;  // inside ids until the end
  std::vector<NodeId> reinserted;
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
    reinserted = Reinsert(a, original, alive, order, std::max(largest, target));
    order.insert(order.end(), reinserted.rbegin(), reinserted.rend());
  }
  r.num_removed = r.num_adaptive_removed - reinserted.size();
  // Never-removed nodes close the order by degree, ties by id: inside ids are in that order.
  std::vector<char> placed(n, 0);
  for (const NodeId u : order) placed[u] = 1;
  for (NodeId u = 0; u < n; ++u) {
    if (!placed[u]) order.push_back(u);
  }
  r.removal_order.resize(n);
  r.scores.assign(n, 0.0);
  for (NodeId u = 0; u < n; ++u) {
    r.removal_order[u] = original[order[u]];
    r.scores[original[u]] = st.ci_at_removal[u];
  }
  r.removal_ci.resize(r.num_adaptive_removed);
  for (std::size_t x = 0; x < r.removal_ci.size(); ++x) {
    r.removal_ci[x] = r.scores[r.removal_order[x]];
  }
  if (options.progress) options.progress(1.0);
  return r;
}

}  // namespace ombak
