// Batch-synchronous deterministic local moving (see local_moving.hpp for the scheme).
#include "algorithms/community/local_moving.hpp"

#include <algorithm>
#include <cmath>

#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak::community_detail {
namespace {

constexpr std::uint32_t kStay = kNoNode;
constexpr std::uint32_t kNewCommunity = kNoNode - 1;
// Batches smaller than this are evaluated on the calling thread: a fork/join costs more.
constexpr std::int64_t kParallelBatch = 1024;

bool Better(double candidate, double incumbent) {
  return candidate > incumbent &&
         candidate - incumbent > 1e-12 * (std::abs(candidate) + std::abs(incumbent));
}

// Gain (in units of W*H) of putting node v, already taken out, into a community with totals
// (ta, tb) to which it has weight w.
inline double Gain(const CommunityGraph& g, NodeId v, double w, double ta, double tb) {
  return 2.0 * w - g.coefficient * (g.a[v] * tb + g.b[v] * ta);
}

struct Scratch {
  std::vector<double> weight;
  std::vector<std::uint32_t> touched;
};

std::uint32_t BestMove(const CommunityGraph& g, const MoveState& s, NodeId v, Scratch& scratch,
                       bool allow_new) {
  const std::uint32_t own = s.community[v];
  for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
    const std::uint32_t c = s.community[g.targets[e]];
    if (scratch.weight[c] == 0.0) scratch.touched.push_back(c);
    scratch.weight[c] += g.weights[e];
  }
  const double stay =
      Gain(g, v, scratch.weight[own], s.total_a[own] - g.a[v], s.total_b[own] - g.b[v]);
  double best = stay;
  std::uint32_t choice = kStay;
  for (std::uint32_t c : scratch.touched) {
    if (c != own) {
      const double gain = Gain(g, v, scratch.weight[c], s.total_a[c], s.total_b[c]);
      if (Better(gain, best)) {
        best = gain;
        choice = c;
      }
    }
    scratch.weight[c] = 0.0;
  }
  scratch.touched.clear();
  if (allow_new && s.size[own] > 1 && Better(0.0, best)) choice = kNewCommunity;
  return choice;
}

// Re-evaluates v's proposal exactly and applies it if it still raises the quality; returns
// the gain applied (0 when rejected).
double Apply(const CommunityGraph& g, MoveState& s, NodeId v, std::uint32_t target,
             std::vector<std::uint8_t>& active) {
  const std::uint32_t own = s.community[v];
  double w_own = 0.0, w_target = 0.0;
  for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
    const std::uint32_t c = s.community[g.targets[e]];
    if (c == own) w_own += g.weights[e];
    if (c == target) w_target += g.weights[e];
  }
  const double stay = Gain(g, v, w_own, s.total_a[own] - g.a[v], s.total_b[own] - g.b[v]);
  double move = 0.0;
  if (target == kNewCommunity) {
    if (s.size[own] == 1 || s.free_ids.empty()) return 0.0;
  } else {
    move = Gain(g, v, w_target, s.total_a[target], s.total_b[target]);
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
  for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
    const NodeId u = g.targets[e];
    if (s.community[u] != target) active[u] = 1;
  }
  return move - stay;
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

MoveStats MoveNodes(const CommunityGraph& g, MoveState& state, const MoveOptions& options) {
  MoveStats stats;
  const NodeId n = g.n;
  if (n == 0) return stats;
  const std::vector<NodeId> order = RandomOrder(n, options.seed, options.stream);
  // Below kParallelNodes the proposals run on one thread anyway, so batches of one node give
  // the classic sequential sweep (each move sees all earlier ones).
  const std::size_t batch_size =
      n < kParallelNodes ? 1 : std::clamp<std::size_t>(n / 32, 1024, 16384);
  std::vector<std::uint8_t> active(n, 1);
  std::vector<NodeId> batch;
  std::vector<std::uint32_t> proposal;
  batch.reserve(batch_size);
  proposal.resize(batch_size);
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
    // Proposals are a pure function of the batch-start state, so computing them on one thread
    // (small batches, no synchronisation) or many gives the same values.
    const auto count = static_cast<std::int64_t>(batch.size());
#pragma omp parallel for schedule(dynamic, 32) if (count >= kParallelBatch && n >= kParallelNodes)
    for (std::int64_t k = 0; k < count; ++k) {
      Scratch& local = scratch[static_cast<std::size_t>(ThreadIndex())];
      if (local.weight.empty()) local.weight.assign(n, 0.0);
      proposal[k] = BestMove(g, state, batch[k], local, options.allow_new_community);
    }
    for (std::int64_t k = 0; k < count; ++k) {
      if (proposal[k] == kStay) continue;
      const double gain = Apply(g, state, batch[k], proposal[k], active);
      if (gain > 0.0) {
        ++sweep_moves;
        ++stats.moves;
        sweep_gain += gain;
        stats.gain += gain;
      }
    }
  }
  return stats;
}

}  // namespace ombak::community_detail
