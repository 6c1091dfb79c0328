// Leiden: fast local moving, parallel refinement, aggregation (see leiden.hpp).
#include "algorithms/community/leiden.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

#include "algorithms/community/community_graph.hpp"
#include "algorithms/community/local_moving.hpp"
#include "graph/errors.hpp"
#include "graph/random.hpp"

namespace ombak {

using community_detail::Aggregate;
using community_detail::CommunityGraph;
using community_detail::Compact;
using community_detail::Outcome;

namespace {

constexpr std::uint64_t kSmallRow = 128;
constexpr std::uint32_t kSlots = 256;  // a power of two >= 2 kSmallRow

// Refines `partition` (ids in [0, count)) of g: returns refined ids (node ids of a
// representative), each refined community a connected subset of one community.
std::vector<std::uint32_t> Refine(const CommunityGraph& g,
                                  const std::vector<std::uint32_t>& partition, std::uint32_t count,
                                  double randomness, std::uint64_t seed, std::uint64_t stream) {
  const NodeId n = g.n;
  std::vector<std::uint64_t> start(static_cast<std::size_t>(count) + 1, 0);
  for (NodeId v = 0; v < n; ++v) ++start[partition[v] + 1];
  for (std::uint32_t c = 0; c < count; ++c) start[c + 1] += start[c];
  std::vector<NodeId> members(n);
  {
    std::vector<std::uint64_t> fill(start.begin(), start.end() - 1);
    for (NodeId v = 0; v < n; ++v) members[fill[partition[v]]++] = v;
  }
  std::vector<double> part_a(count, 0.0), part_b(count, 0.0);
  for (NodeId v = 0; v < n; ++v) {
    part_a[partition[v]] += g.a[v];
    part_b[partition[v]] += g.b[v];
  }
  std::vector<std::uint32_t> refined(n);
  std::vector<double> ra(g.a), rb(g.b), external(n, 0.0);
  std::vector<std::uint32_t> rsize(n, 1);
  const double c = g.coefficient;
#pragma omp parallel if (n >= community_detail::kParallelNodes)
  {
    // Weight from the node to each refined community of its neighbours: a small open-addressing
    // table (cache-resident) for rows of at most kSmallRow entries, else a dense array; both
    // list communities in first-touch order and sum in edge order.
    std::vector<double> dense;
    std::vector<std::uint32_t> keys(kSlots, kNoNode), slot_of;
    std::vector<double> slot_sum(kSlots);
    std::vector<std::uint32_t> touched;
    std::vector<double> weight_of;  // weight to touched[i]
    std::vector<double> gains;
#pragma omp for schedule(dynamic, 1024)
    for (NodeId v = 0; v < n; ++v) {
      refined[v] = v;
      double w = 0.0;
      for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        if (partition[g.targets[e]] == partition[v]) w += g.weights[e];
      }
      external[v] = w;  // w(v, S - v)
    }
#pragma omp for schedule(dynamic, 1)
    for (std::uint32_t s = 0; s < count; ++s) {
      if (start[s + 1] - start[s] < 2) continue;
      RandomStream rng(seed, MixBits(stream) + s);
      std::vector<NodeId> order(members.begin() + start[s], members.begin() + start[s + 1]);
      for (std::size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[rng.Below(i)]);
      }
      const double sa = part_a[s], sb = part_b[s];
      for (NodeId v : order) {
        if (refined[v] != v || rsize[v] != 1) continue;  // no longer a singleton
        if (2.0 * external[v] < c * (g.a[v] * (sb - g.b[v]) + g.b[v] * (sa - g.a[v]))) continue;
        const bool small = g.degree(v) <= kSmallRow;
        if (!small && dense.empty()) dense.assign(n, 0.0);
        for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
          const NodeId u = g.targets[e];
          if (partition[u] != s) continue;
          const std::uint32_t r = refined[u];
          if (!small) {
            if (dense[r] == 0.0) touched.push_back(r);
            dense[r] += g.weights[e];
            continue;
          }
          std::uint32_t h = (r * 2654435761u) >> 24;
          while (keys[h] != r && keys[h] != kNoNode) h = (h + 1) & (kSlots - 1);
          if (keys[h] == kNoNode) {
            keys[h] = r;
            slot_sum[h] = g.weights[e];
            touched.push_back(r);
            slot_of.push_back(h);
          } else {
            slot_sum[h] += g.weights[e];
          }
        }
        weight_of.clear();
        for (std::size_t i = 0; i < touched.size(); ++i) {
          weight_of.push_back(small ? slot_sum[slot_of[i]] : dense[touched[i]]);
          if (small) {
            keys[slot_of[i]] = kNoNode;
          } else {
            dense[touched[i]] = 0.0;
          }
        }
        slot_of.clear();
        // Candidates: well-connected refined communities with a non-negative gain; staying
        // alone has gain 0.
        double best = 0.0;
        gains.clear();
        for (std::size_t i = 0; i < touched.size(); ++i) {
          const std::uint32_t r = touched[i];
          double gain = -1.0;
          const bool well_connected =
              2.0 * external[r] >= c * (ra[r] * (sb - rb[r]) + rb[r] * (sa - ra[r]));
          if (r != v && weight_of[i] > 0.0 && well_connected) {
            gain = 2.0 * weight_of[i] - c * (g.a[v] * rb[r] + g.b[v] * ra[r]);
          }
          gains.push_back(gain);
          if (gain > best) best = gain;
        }
        // Probability of each candidate ~ exp(gain / (2 randomness)) (gains are in units of
        // twice the edge weight, igraph's scale is the edge weight); staying has gain 0.
        double total = std::exp(-best / (2.0 * randomness));
        for (double gain : gains) {
          if (gain >= 0.0) total += std::exp((gain - best) / (2.0 * randomness));
        }
        double draw = rng.Uniform() * total - std::exp(-best / (2.0 * randomness));
        std::uint32_t choice = kNoNode;
        double chosen_weight = 0.0;
        if (draw >= 0.0) {
          for (std::size_t i = 0; i < touched.size(); ++i) {
            if (gains[i] < 0.0) continue;
            choice = touched[i];
            chosen_weight = weight_of[i];
            draw -= std::exp((gains[i] - best) / (2.0 * randomness));
            if (draw < 0.0) break;
          }
        }
        touched.clear();
        if (choice == kNoNode) continue;
        refined[v] = choice;
        ra[choice] += g.a[v];
        rb[choice] += g.b[v];
        ++rsize[choice];
        rsize[v] = 0;
        external[choice] += external[v] - 2.0 * chosen_weight;
      }
    }
  }
  // Members that merged point at a representative that never moves (only singletons move), so
  // one lookup suffices.
  return refined;
}

void Validate(const Digraph& g, const LeidenOptions& options) {
  if (!(options.resolution >= 0.0) || !std::isfinite(options.resolution)) {
    throw InvalidArgument("resolution must be finite and >= 0, got " +
                          std::to_string(options.resolution));
  }
  if (!(options.randomness > 0.0) || !std::isfinite(options.randomness)) {
    throw InvalidArgument("randomness must be finite and > 0, got " +
                          std::to_string(options.randomness));
  }
  if (!(options.tolerance >= 0.0)) {
    throw InvalidArgument("tolerance must be >= 0, got " + std::to_string(options.tolerance));
  }
  if (options.restarts < 0) {
    throw InvalidArgument("restarts must be >= 0, got " + std::to_string(options.restarts));
  }
  if (!options.initial_membership.empty() && options.initial_membership.size() != g.num_nodes()) {
    throw InvalidArgument("initial_membership has " +
                          std::to_string(options.initial_membership.size()) +
                          " entries but the graph has " + std::to_string(g.num_nodes()) + " nodes");
  }
}

// One run of Leiden on `base` (n nodes) from the options' initial partition with random streams
// of `seed`: the outer iterations until the stopping rule. `progress` may be empty.
Outcome LeidenOnce(const CommunityGraph& base, const LeidenOptions& options, std::uint64_t seed,
                   const std::function<void(double)>& progress) {
  const NodeId n = base.n;
  Outcome run;
  std::vector<std::uint32_t> partition = options.initial_membership;
  if (partition.empty()) {
    partition.resize(n);
    for (NodeId v = 0; v < n; ++v) partition[v] = v;
  }
  Compact(partition);
  const int max_iterations = options.iterations <= 0 ? 1000 : options.iterations;
  // Cheap graphs iterate to the paper's fixed point; the tolerance bounds the work on others.
  const double tolerance = community_detail::IsCheapGraph(base) ? 0.0 : options.tolerance;
  double previous_quality = -std::numeric_limits<double>::infinity();
  // Large graphs are renumbered community by community after the first local moving (new_id:
  // original node -> node of `grouped`), so that later passes read memory locally.
  CommunityGraph grouped;
  const CommunityGraph* work = &base;
  std::vector<NodeId> new_id;
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    std::vector<std::uint32_t> node_of(n);
    std::vector<std::uint32_t> level_membership(n);
    for (NodeId v = 0; v < n; ++v) {
      node_of[v] = new_id.empty() ? v : new_id[v];
      level_membership[node_of[v]] = partition[v];
    }
    CommunityGraph owned;
    const CommunityGraph* current = work;
    int levels = 0;
    for (int level = 0;; ++level) {
      const std::uint64_t stream = (static_cast<std::uint64_t>(iteration) << 32) | level;
      auto state = community_detail::MakeState(*current, std::move(level_membership));
      const auto stats = community_detail::MoveNodes(
          *current, state, {.seed = seed, .stream = stream, .allow_new_community = true});
      run.sweeps += stats.sweeps;
      level_membership = std::move(state.community);
      const std::uint32_t count = Compact(level_membership);
      if (count == current->n) break;
      if (level == 0 && new_id.empty() && n >= community_detail::kParallelNodes) {
        new_id = community_detail::GroupByCommunity(level_membership);
        grouped = community_detail::Permute(base, new_id);
        work = current = &grouped;
        std::vector<std::uint32_t> moved(n);
        for (NodeId v = 0; v < n; ++v) moved[new_id[v]] = level_membership[v];
        level_membership = std::move(moved);
        node_of = new_id;
      }
      std::vector<std::uint32_t> refined =
          Refine(*current, level_membership, count, options.randomness, seed, stream);
      const std::uint32_t refined_count = Compact(refined);
      if (refined_count == current->n) {  // refinement stalled: keep connected pieces
        community_detail::SplitDisconnected(*current, level_membership);
        break;
      }
      std::vector<std::uint32_t> next(refined_count);
      for (NodeId v = 0; v < current->n; ++v) next[refined[v]] = level_membership[v];
      for (NodeId v = 0; v < n; ++v) node_of[v] = refined[node_of[v]];
      CommunityGraph aggregate = Aggregate(*current, refined, refined_count);
      owned = std::move(aggregate);
      current = &owned;
      level_membership = std::move(next);
      ++levels;
    }
    std::vector<std::uint32_t> updated(n);
    for (NodeId v = 0; v < n; ++v) updated[v] = level_membership[node_of[v]];
    Compact(updated);
    run.levels = levels;
    const bool unchanged = updated == partition;
    partition = std::move(updated);
    if (progress) progress(static_cast<double>(iteration + 1) / max_iterations);
    if (unchanged) {
      run.converged = true;
      break;
    }
    if (options.iterations <= 0) {
      const double quality = community_detail::Quality(base, partition);
      if (quality - previous_quality < tolerance * std::abs(quality)) break;
      previous_quality = quality;
    }
  }
  run.membership = std::move(partition);
  return run;
}

}  // namespace

CommunityResult Leiden(const Digraph& g, const LeidenOptions& options) {
  Validate(g, options);
  const auto objective = options.objective == LeidenObjective::kCpm
                             ? community_detail::Objective::kCpm
                             : community_detail::Objective::kModularity;
  const CommunityGraph base = community_detail::BuildCommunityGraph(
      g, objective, options.directed, options.resolution, options.weighted);
  return community_detail::BestOfRestarts(
      base, options.restarts, options.seed, options.progress,
      [&](std::uint64_t seed, const std::function<void(double)>& progress) {
        return LeidenOnce(base, options, seed, progress);
      });
}

}  // namespace ombak
