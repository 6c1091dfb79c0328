// Louvain: levels of deterministic local moving and aggregation (see louvain.hpp).
#include "algorithms/community/louvain.hpp"

#include <cmath>
#include <functional>
#include <string>
#include <utility>

#include "algorithms/community/community_graph.hpp"
#include "algorithms/community/local_moving.hpp"
#include "graph/errors.hpp"

namespace ombak {

using community_detail::Aggregate;
using community_detail::BuildCommunityGraph;
using community_detail::CommunityGraph;
using community_detail::Compact;
using community_detail::MakeState;
using community_detail::MoveNodes;
using community_detail::MoveOptions;
using community_detail::MoveState;
using community_detail::Objective;
using community_detail::Outcome;

namespace {

// One run of Louvain on `base` with random streams of `seed`. `progress` may be empty.
Outcome LouvainOnce(const CommunityGraph& base, const LouvainOptions& options, std::uint64_t seed,
                    const std::function<void(double)>& progress) {
  const NodeId n = base.n;
  Outcome run;
  std::vector<std::uint32_t> membership(n);
  for (NodeId v = 0; v < n; ++v) membership[v] = v;
  // Large graphs are renumbered community by community after the first level (new_id: input
  // node -> node of `grouped`), so that aggregation and the final refinement read locally.
  CommunityGraph grouped;
  std::vector<NodeId> new_id;
  CommunityGraph level_graph;
  const CommunityGraph* current = &base;
  for (int level = 0; level < options.max_levels; ++level) {
    MoveState state = MakeState(*current);
    const MoveOptions move{.seed = seed,
                           .stream = static_cast<std::uint64_t>(level),
                           .max_sweeps = options.max_sweeps,
                           .tolerance = options.tolerance,
                           .allow_new_community = false};
    const auto stats = MoveNodes(*current, state, move);
    run.sweeps += stats.sweeps;
    if (progress) progress(static_cast<double>(level + 1) / options.max_levels);
    if (stats.moves == 0) {
      run.converged = true;
      break;
    }
    const std::uint32_t count = Compact(state.community);
    if (level == 0 && n >= community_detail::kParallelNodes) {
      new_id = community_detail::GroupByCommunity(state.community);
      grouped = community_detail::Permute(base, new_id);
      current = &grouped;
      std::vector<std::uint32_t> moved(n);
      for (NodeId v = 0; v < n; ++v) moved[new_id[v]] = state.community[v];
      state.community = std::move(moved);
      membership = new_id;
    }
    for (std::uint32_t& c : membership) c = state.community[c];
    ++run.levels;
    CommunityGraph next = Aggregate(*current, state.community, count);
    level_graph = std::move(next);
    current = &level_graph;
  }
  if (options.refine && run.levels > 1) {
    const CommunityGraph& work = new_id.empty() ? base : grouped;
    std::vector<std::uint32_t> start(n);
    for (NodeId v = 0; v < n; ++v) start[new_id.empty() ? v : new_id[v]] = membership[v];
    MoveState state = MakeState(work, std::move(start));
    const MoveOptions move{.seed = seed,
                           .stream = static_cast<std::uint64_t>(options.max_levels) + 1,
                           .max_sweeps = options.max_sweeps,
                           .tolerance = options.tolerance,
                           .allow_new_community = false};
    run.sweeps += MoveNodes(work, state, move).sweeps;
    for (NodeId v = 0; v < n; ++v) membership[v] = state.community[new_id.empty() ? v : new_id[v]];
  }
  run.membership = std::move(membership);
  return run;
}

}  // namespace

CommunityResult Louvain(const Digraph& g, const LouvainOptions& options) {
  if (!(options.resolution >= 0.0) || !std::isfinite(options.resolution)) {
    throw InvalidArgument("resolution must be finite and >= 0, got " +
                          std::to_string(options.resolution));
  }
  if (options.max_levels < 1) {
    throw InvalidArgument("max_levels must be >= 1, got " + std::to_string(options.max_levels));
  }
  if (options.max_sweeps < 1) {
    throw InvalidArgument("max_sweeps must be >= 1, got " + std::to_string(options.max_sweeps));
  }
  if (!(options.tolerance >= 0.0)) {
    throw InvalidArgument("tolerance must be >= 0, got " + std::to_string(options.tolerance));
  }
  if (options.restarts < 0) {
    throw InvalidArgument("restarts must be >= 0, got " + std::to_string(options.restarts));
  }
  const CommunityGraph base = BuildCommunityGraph(g, Objective::kModularity, options.directed,
                                                  options.resolution, options.weighted);
  return community_detail::BestOfRestarts(
      base, options.restarts, options.seed, options.progress,
      [&](std::uint64_t seed, const std::function<void(double)>& progress) {
        return LouvainOnce(base, options, seed, progress);
      });
}

}  // namespace ombak
