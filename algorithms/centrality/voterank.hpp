// VoteRank (Zhang, Zhou, Zhang, Xu, Xu, Zhang, "Identifying a set of influential spreaders in
// complex networks", Sci. Rep. 6, 27823, 2016): spreaders are elected one at a time by votes;
// the voters of an elected spreader lose voting ability, so the next spreaders are spread out.
//
// Design choice: the round structure of networkx.voterank (networkx 2.8.8): every round
// recomputes all scores from the current abilities in O(m), the top node (ties to the smaller
// id) is elected unless its score is 0, its voters lose 1 / <k> of ability (floored at 0). On a
// directed graph the voters of v are its in-neighbours (v's audience votes for v: the influence
// direction); voters = out-neighbours reproduces networkx's directed convention, in which the
// source of an arc collects its target's vote. Parallel arcs vote once each; self-loops are
// ignored (networkx lets a node vote for itself).
//
// Usage:
//   VoteRankResult v = VoteRank(g, {.max_spreaders = 10});
#pragma once

#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

struct VoteRankOptions {
  NodeId max_spreaders = 0;    // 0: elect until every score is 0
  bool audience_votes = true;  // voters of v = in-neighbours (false: out-neighbours)
};

struct VoteRankResult {
  std::vector<NodeId> spreaders;  // in election order
  std::vector<double> votes;      // the winning score of each round
};

// O(k * (n + m)) for k elected spreaders; parallel score rounds; deterministic (scores are
// sums in CSR order per node). Never throws.
VoteRankResult VoteRank(const Digraph& g, const VoteRankOptions& options = {});

}  // namespace ombak
