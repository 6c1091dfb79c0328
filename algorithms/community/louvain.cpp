// Louvain: levels of deterministic local moving and aggregation (see louvain.hpp).
#include "algorithms/community/louvain.hpp"

#include <cmath>
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
  const CommunityGraph base = BuildCommunityGraph(g, Objective::kModularity, options.directed,
                                                  options.resolution, options.weighted);
  CommunityResult result;
  result.seed = options.seed;
  std::vector<std::uint32_t> membership(g.num_nodes());
  for (NodeId v = 0; v < g.num_nodes(); ++v) membership[v] = v;
  // Large graphs are renumbered community by community after the first level (new_id: input
  // node -> node of `grouped`), so that aggregation and the final refinement read locally.
  CommunityGraph grouped;
  std::vector<NodeId> new_id;
  CommunityGraph level_graph;
  const CommunityGraph* current = &base;
  for (int level = 0; level < options.max_levels; ++level) {
    MoveState state = MakeState(*current);
    const MoveOptions move{.seed = options.seed,
                           .stream = static_cast<std::uint64_t>(level),
                           .max_sweeps = options.max_sweeps,
                           .tolerance = options.tolerance,
                           .allow_new_community = false};
    const auto stats = MoveNodes(*current, state, move);
    result.iterations += stats.sweeps;
    if (options.progress) options.progress(static_cast<double>(level + 1) / options.max_levels);
    if (stats.moves == 0) {
      result.converged = true;
      break;
    }
    const std::uint32_t count = Compact(state.community);
    if (level == 0 && g.num_nodes() >= community_detail::kParallelNodes) {
      new_id = community_detail::GroupByCommunity(state.community);
      grouped = community_detail::Permute(base, new_id);
      current = &grouped;
      std::vector<std::uint32_t> moved(g.num_nodes());
      for (NodeId v = 0; v < g.num_nodes(); ++v) moved[new_id[v]] = state.community[v];
      state.community = std::move(moved);
      membership = new_id;
    }
    for (std::uint32_t& c : membership) c = state.community[c];
    ++result.levels;
    CommunityGraph next = Aggregate(*current, state.community, count);
    level_graph = std::move(next);
    current = &level_graph;
  }
  if (options.refine && result.levels > 1) {
    const CommunityGraph& work = new_id.empty() ? base : grouped;
    std::vector<std::uint32_t> start(g.num_nodes());
    for (NodeId v = 0; v < g.num_nodes(); ++v)
      start[new_id.empty() ? v : new_id[v]] = membership[v];
    MoveState state = MakeState(work, std::move(start));
    const MoveOptions move{.seed = options.seed,
                           .stream = static_cast<std::uint64_t>(options.max_levels) + 1,
                           .max_sweeps = options.max_sweeps,
                           .tolerance = options.tolerance,
                           .allow_new_community = false};
    result.iterations += MoveNodes(work, state, move).sweeps;
    for (NodeId v = 0; v < g.num_nodes(); ++v) {
      membership[v] = state.community[new_id.empty() ? v : new_id[v]];
    }
  }
  result.partition = CanonicalPartition(membership);
  result.quality = community_detail::Quality(base, result.partition.membership);
  if (options.progress) options.progress(1.0);
  return result;
}

}  // namespace ombak
