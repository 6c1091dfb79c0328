// Batch-synchronous deterministic local moving (see local_moving.hpp for the scheme) and the
// restart helpers.
#include "algorithms/community/local_moving.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak::community_detail {
namespace {

constexpr std::uint32_t kStay = kNoNode;
constexpr std::uint32_t kNewCommunity = kNoNode - 1;
// Batches smaller than this are evaluated on the calling thread: a fork/join costs more.
constexpr std::int64_t kParallelBatch = 1024;

// Batch size, a function of the graph only: 1 (the classic sequential sweep) for small graphs,
// else n/32 clamped to [1024, 16384].
std::size_t BatchSize(const CommunityGraph& g) {
  if (g.n < kParallelNodes) return 1;
  return std::clamp<std::size_t>(g.n / 32, 1024, 16384);
}

bool Better(double candidate, double incumbent) {
  return candidate > incumbent &&
         candidate - incumbent > 1e-12 * (std::abs(candidate) + std::abs(incumbent));
}

// Gain (in units of W*H) of putting node v, already taken out, into a community with totals
// (ta, tb) to which it has weight w. When a == b the product is formed once and doubled, which
// is bit-identical to a_v tb + b_v ta and reads one total instead of two.
template <bool kSameAb>
inline double Gain(const CommunityGraph& g, NodeId v, double w, const MoveState& s, std::uint32_t c,
                   bool taken_out) {
  double ta = s.total_a[c];
  if (taken_out) ta -= g.a[v];
  if constexpr (kSameAb) {
    const double t = g.a[v] * ta;
    return 2.0 * w - g.coefficient * (t + t);
  } else {
    double tb = s.total_b[c];
    if (taken_out) tb -= g.b[v];
    return 2.0 * w - g.coefficient * (g.a[v] * tb + g.b[v] * ta);
  }
}

// Nodes of at most kSmallDegree gather their neighbour communities in a small open-addressing
// table (cache-resident); larger ones use a dense per-thread array with a touched list. Both
// sum in edge order and list communities in first-touch order, so the results are identical.
constexpr std::uint64_t kSmallDegree = 128;
constexpr std::uint32_t kSlots = 256;  // a power of two >= 2 kSmallDegree
constexpr std::uint32_t kEmpty = kNoNode;

struct Scratch {
  Scratch() { std::fill(keys, keys + kSlots, kEmpty); }
  std::vector<double> weight;  // dense, sized on first use by a high-degree node
  std::vector<std::uint32_t> touched;
  std::uint32_t keys[kSlots];  // kEmpty when free; reset after each node
  double slot_sums[kSlots];
  std::uint32_t gathered[kSmallDegree];
  std::uint32_t ids[kSmallDegree];  // distinct communities, first-touch order
  std::uint32_t slots[kSmallDegree];
};

// A proposal and the weights it was computed with, reused by Apply when no neighbour of the
// node moved since the batch started.
struct Proposal {
  std::uint32_t target = kStay;
  double w_own = 0.0, w_target = 0.0;
};

// Rows are visited in random order, so each one is a cache miss: ask for the row a few nodes
// ahead (and for its offset a few more ahead) while working on the current one.
inline void Prefetch(const CommunityGraph& g, const std::vector<NodeId>& batch, std::int64_t k,
                     std::int64_t count) {
  if (k + 8 < count) __builtin_prefetch(g.offsets.data() + batch[k + 8]);
  // Pointer arithmetic, not operator[]: the row may start at the end of (or an empty) array.
  if (k + 4 < count) __builtin_prefetch(g.targets.data() + g.offsets[batch[k + 4]]);
}

template <bool kUnit, bool kSameAb>
Proposal BestMove(const CommunityGraph& g, const MoveState& s, NodeId v, Scratch& scratch,
                  bool allow_new) {
  const std::uint32_t own = s.community[v];
  const std::uint64_t begin = g.offsets[v], end = g.offsets[v + 1];
  std::size_t k = 0;
  if (end - begin <= kSmallDegree) {
    // Gather first (independent loads that the CPU overlaps), then merge duplicates.
    std::uint32_t* gathered = scratch.gathered;
    for (std::uint64_t e = begin; e < end; ++e) gathered[e - begin] = s.community[g.targets[e]];
    for (std::uint64_t e = begin; e < end; ++e) {
      const std::uint32_t c = gathered[e - begin];
      const double w = kUnit ? 1.0 : g.weights[e];
      std::uint32_t h = (c * 2654435761u) >> 24;
      while (scratch.keys[h] != c && scratch.keys[h] != kEmpty) h = (h + 1) & (kSlots - 1);
      if (scratch.keys[h] == kEmpty) {
        scratch.keys[h] = c;
        scratch.slot_sums[h] = w;
        scratch.ids[k] = c;
        scratch.slots[k++] = h;
      } else {
        scratch.slot_sums[h] += w;
      }
    }
  } else {
    if (scratch.weight.size() < g.n) scratch.weight.assign(g.n, 0.0);
    for (std::uint64_t e = begin; e < end; ++e) {
      const std::uint32_t c = s.community[g.targets[e]];
      if (scratch.weight[c] == 0.0) scratch.touched.push_back(c);
      scratch.weight[c] += kUnit ? 1.0 : g.weights[e];
    }
  }
  const bool small = end - begin <= kSmallDegree;
  const std::size_t count = small ? k : scratch.touched.size();
  auto id_at = [&](std::size_t i) { return small ? scratch.ids[i] : scratch.touched[i]; };
  auto sum_at = [&](std::size_t i) {
    return small ? scratch.slot_sums[scratch.slots[i]] : scratch.weight[scratch.touched[i]];
  };
  double w_own = 0.0;
  for (std::size_t i = 0; i < count; ++i) {
    if (id_at(i) == own) w_own = sum_at(i);
  }
  Proposal p{.target = kStay, .w_own = w_own, .w_target = 0.0};
  double best = Gain<kSameAb>(g, v, w_own, s, own, true);
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint32_t c = id_at(i);
    if (c == own) continue;
    const double w = sum_at(i);
    const double gain = Gain<kSameAb>(g, v, w, s, c, false);
    if (Better(gain, best)) {
      best = gain;
      p.target = c;
      p.w_target = w;
    }
  }
  if (small) {
    for (std::size_t i = 0; i < k; ++i) scratch.keys[scratch.slots[i]] = kEmpty;
  } else {
    for (std::uint32_t c : scratch.touched) scratch.weight[c] = 0.0;
    scratch.touched.clear();
  }
  if (allow_new && s.size[own] > 1 && Better(0.0, best)) {
    p.target = kNewCommunity;
    p.w_target = 0.0;
  }
  return p;
}

// Re-evaluates v's proposal exactly against the current state and applies it if it still raises
// the quality; returns the gain applied (0 when rejected). The weights of the proposal are
// still exact unless `stale` (a neighbour of v proposed a move earlier in this batch), in which
// case v's row is scanned again. The caller activates the neighbours of moved nodes.
template <bool kUnit, bool kSameAb>
double Apply(const CommunityGraph& g, MoveState& s, NodeId v, Proposal p, bool stale) {
  const std::uint32_t own = s.community[v];
  std::uint32_t target = p.target;
  double w_own = p.w_own, w_target = p.w_target;
  if (stale) {
    w_own = 0.0;
    w_target = 0.0;
    for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const std::uint32_t c = s.community[g.targets[e]];
      const double w = kUnit ? 1.0 : g.weights[e];
      if (c == own) w_own += w;
      if (c == target) w_target += w;
    }
  }
  const double stay = Gain<kSameAb>(g, v, w_own, s, own, true);
  double move = 0.0;
  if (target == kNewCommunity) {
    if (s.size[own] == 1 || s.free_ids.empty()) return 0.0;
  } else {
    move = Gain<kSameAb>(g, v, w_target, s, target, false);
  }
  if (!Better(move, stay)) return 0.0;
  if (target == kNewCommunity) {
    target = s.free_ids.back();
    s.free_ids.pop_back();
  }
  s.total_a[own] -= g.a[v];
  s.total_b[own] -= g.b[v];
  if (--s.size[own] == 0) s.free_ids.push_back(own);
  s.total_a[target] += g.a[v];
  s.total_b[target] += g.b[v];
  ++s.size[target];
  s.community[v] = target;
  return move - stay;
}

// Activates the neighbours of v outside v's community (branch-free: the test is unpredictable).
inline void Activate(const CommunityGraph& g, const MoveState& s, NodeId v, std::uint8_t* active) {
  const std::uint32_t c = s.community[v];
  for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
    const NodeId u = g.targets[e];
    active[u] |= static_cast<std::uint8_t>(s.community[u] != c);
  }
}

// Nodes per block of the visiting order of batched (large) graphs.
constexpr NodeId kOrderBlock = 256;

// The visiting order: a random permutation for the sequential sweep; for batched graphs, a
// random permutation of blocks of kOrderBlock consecutive nodes, so that rows and per-node
// state are read sequentially inside a block while the order stays random at large scale.
std::vector<NodeId> VisitOrder(NodeId n, std::size_t batch_size, std::uint64_t seed,
                               std::uint64_t stream) {
  if (batch_size == 1) return RandomOrder(n, seed, stream);
  const NodeId blocks = (n + kOrderBlock - 1) / kOrderBlock;
  std::vector<NodeId> order;
  order.reserve(n);
  for (NodeId b : RandomOrder(blocks, seed, stream)) {
    for (NodeId v = b * kOrderBlock; v < std::min(n, (b + 1) * kOrderBlock); ++v) {
      order.push_back(v);
    }
  }
  return order;
}

}  // namespace

std::vector<NodeId> RandomOrder(NodeId n, std::uint64_t seed, std::uint64_t stream) {
  std::vector<NodeId> order(n);
  for (NodeId v = 0; v < n; ++v) order[v] = v;
  RandomStream rng(seed, stream);
  for (NodeId i = n; i > 1; --i) {
    const auto j = static_cast<NodeId>(rng.Below(i));
    std::swap(order[i - 1], order[j]);
  }
  return order;
}

std::uint64_t RestartSeed(std::uint64_t seed, int r) {
  if (r == 0) return seed;
  return MixBits(seed ^ MixBits(0xa0761d6478bd642fULL * static_cast<std::uint64_t>(r)));
}

CommunityResult BestOfRestarts(const CommunityGraph& base, int requested, std::uint64_t seed,
                               const std::function<void(double)>& progress, const RunOnce& once) {
  const int restarts = requested > 0 ? requested : IsCheapGraph(base) ? kSmallGraphRestarts : 1;
  std::vector<Outcome> runs(static_cast<std::size_t>(restarts));
  const bool parallel = restarts > 1 && base.n < kParallelNodes;
#pragma omp parallel for schedule(static) if (parallel)
  for (int r = 0; r < restarts; ++r) {
    runs[r] = once(RestartSeed(seed, r), r == 0 ? progress : nullptr);
    if (restarts > 1) runs[r].quality = Quality(base, runs[r].membership);
  }
  std::size_t best = 0;
  for (std::size_t r = 1; r < runs.size(); ++r) {
    if (runs[r].quality > runs[best].quality) best = r;
  }
  CommunityResult result;
  result.seed = seed;
  result.iterations = runs[best].sweeps;
  result.levels = runs[best].levels;
  result.converged = runs[best].converged;
  result.partition = CanonicalPartition(runs[best].membership);
  result.quality = Quality(base, result.partition.membership);
  if (progress) progress(1.0);
  return result;
}

MoveState MakeState(const CommunityGraph& g, std::vector<std::uint32_t> membership) {
  MoveState s;
  if (membership.empty()) {
    membership.resize(g.n);
    for (NodeId v = 0; v < g.n; ++v) membership[v] = v;
  }
  s.community = std::move(membership);
  s.total_a.assign(g.n, 0.0);
  s.total_b.assign(g.n, 0.0);
  s.size.assign(g.n, 0);
  for (NodeId v = 0; v < g.n; ++v) {
    const std::uint32_t c = s.community[v];
    s.total_a[c] += g.a[v];
    s.total_b[c] += g.b[v];
    ++s.size[c];
  }
  for (NodeId c = g.n; c-- > 0;) {
    if (s.size[c] == 0) s.free_ids.push_back(c);
  }
  return s;
}

namespace {

template <bool kUnit, bool kSameAb>
MoveStats Run(const CommunityGraph& g, MoveState& state, const MoveOptions& options) {
  MoveStats stats;
  const NodeId n = g.n;
  const std::size_t batch_size = BatchSize(g);
  const std::vector<NodeId> order = VisitOrder(n, batch_size, options.seed, options.stream);
  std::vector<std::uint8_t> active(n, 1);
  std::vector<std::uint64_t> proposer(batch_size > 1 ? n : 0, 0);  // (batch << 32) | position
  std::vector<std::uint8_t> stale(batch_size, 0);
  std::vector<NodeId> moved;
  std::uint32_t batch_number = 0;
  std::vector<NodeId> batch;
  std::vector<Proposal> proposal(batch_size);
  batch.reserve(batch_size);
  std::size_t position = 0;
  std::uint64_t sweep_moves = 0;
  double sweep_gain = 0.0;
  const double stop_gain = options.tolerance * g.total;
  std::vector<Scratch> scratch(static_cast<std::size_t>(std::max(1, MaxThreads())));
  while (true) {
    // The next batch: up to batch_size active nodes of the current sweep, in order.
    batch.clear();
    bool done = false;
    while (batch.empty() && !done) {
      if (position == n) {  // a sweep ends; all its batches have been applied
        ++stats.sweeps;
        const bool quiet = sweep_moves == 0 || sweep_gain <= stop_gain;
        if (quiet || stats.sweeps >= options.max_sweeps) {
          done = true;
          break;
        }
        position = 0;
        sweep_moves = 0;
        sweep_gain = 0.0;
      }
      while (batch.size() < batch_size && position < n) {
        const NodeId v = order[position++];
        if (active[v]) {
          active[v] = 0;
          batch.push_back(v);
        }
      }
    }
    if (done) break;
    ++batch_number;
    // Proposals are a pure function of the batch-start state, so computing them on one thread
    // (small batches, no synchronisation) or many gives the same values.
    const auto count = static_cast<std::int64_t>(batch.size());
    const bool allow_new = options.allow_new_community;
    if (count == 1) {  // the sequential sweep: the proposal is exact, activate at once
      const NodeId v = batch[0];
      const Proposal p = BestMove<kUnit, kSameAb>(g, state, v, scratch[0], allow_new);
      const double gain = p.target == kStay ? 0.0 : Apply<kUnit, kSameAb>(g, state, v, p, false);
      if (gain > 0.0) {
        Activate(g, state, v, active.data());
        ++sweep_moves;
        ++stats.moves;
        sweep_gain += gain;
        stats.gain += gain;
      }
      continue;
    }
    const bool parallel = count >= kParallelBatch;
    const std::uint64_t tag = static_cast<std::uint64_t>(batch_number) << 32;
#pragma omp parallel if (parallel)
    {
      Scratch& local = scratch[static_cast<std::size_t>(ThreadIndex())];
#pragma omp for schedule(dynamic, 64)
      for (std::int64_t k = 0; k < count; ++k) {
        Prefetch(g, batch, k, count);
        proposal[k] = BestMove<kUnit, kSameAb>(g, state, batch[k], local, allow_new);
        if (proposal[k].target != kStay) proposer[batch[k]] = tag | static_cast<std::uint64_t>(k);
      }
      // A proposal is stale when a neighbour proposed earlier in the batch (it may have moved).
#pragma omp for schedule(dynamic, 64)
      for (std::int64_t k = 0; k < count; ++k) {
        stale[k] = 0;
        if (proposal[k].target == kStay) continue;
        const NodeId v = batch[k];
        for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
          const std::uint64_t other = proposer[g.targets[e]];
          if (other >= tag && other < (tag | static_cast<std::uint64_t>(k))) {
            stale[k] = 1;
            break;
          }
        }
      }
    }
    moved.clear();
    for (std::int64_t k = 0; k < count; ++k) {
      if (proposal[k].target == kStay) continue;
      const double gain = Apply<kUnit, kSameAb>(g, state, batch[k], proposal[k], stale[k] != 0);
      if (gain > 0.0) {
        moved.push_back(batch[k]);
        ++sweep_moves;
        ++stats.moves;
        sweep_gain += gain;
        stats.gain += gain;
      }
    }
    // Neighbours of moved nodes outside their new communities (end-of-batch state) become
    // active; setting a flag to 1 is idempotent, so the schedule does not matter.
    const auto moved_count = static_cast<std::int64_t>(moved.size());
#pragma omp parallel for schedule(dynamic, 64) if (parallel && moved_count >= kParallelBatch / 4)
    for (std::int64_t i = 0; i < moved_count; ++i) {
      const NodeId v = moved[i];
      const std::uint32_t c = state.community[v];
      for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const NodeId u = g.targets[e];
        if (state.community[u] != c)
          std::atomic_ref<std::uint8_t>(active[u]).store(1, std::memory_order_relaxed);
      }
    }
  }
  return stats;
}

}  // namespace

MoveStats MoveNodes(const CommunityGraph& g, MoveState& state, const MoveOptions& options) {
  if (g.n == 0) return {};
  if (g.unit_weights) {
    return g.same_ab ? Run<true, true>(g, state, options) : Run<true, false>(g, state, options);
  }
  return g.same_ab ? Run<false, true>(g, state, options) : Run<false, false>(g, state, options);
}

}  // namespace ombak::community_detail
