// VoteRank rounds (see voterank.hpp).
#include "algorithms/centrality/voterank.hpp"

#include <algorithm>

namespace ombak {

VoteRankResult VoteRank(const Digraph& g, const VoteRankOptions& options) {
  const NodeId n = g.num_nodes();
  VoteRankResult r;
  if (n == 0) return r;
  const bool by_audience = options.audience_votes || g.undirected();
  auto voters = [&](NodeId v) { return by_audience ? g.in_neighbors(v) : g.out_neighbors(v); };
  // <k>: voting arcs (self-loops excluded) per node, networkx's average (out-)degree.
  std::uint64_t arcs = 0;
  for (NodeId v = 0; v < n; ++v) {
    for (const NodeId u : voters(v)) arcs += u != v ? 1 : 0;
  }
  const double decrement = arcs == 0 ? 0.0 : static_cast<double>(n) / static_cast<double>(arcs);
  std::vector<double> ability(n, 1.0), score(n, 0.0);
  std::vector<char> elected(n, 0);
  const NodeId rounds = options.max_spreaders == 0 ? n : std::min(options.max_spreaders, n);
  for (NodeId round = 0; round < rounds; ++round) {
#pragma omp parallel for schedule(dynamic, 1024)
    for (NodeId v = 0; v < n; ++v) {
      double s = 0.0;
      if (!elected[v]) {
        for (const NodeId u : voters(v)) {
          if (u != v) s += ability[u];
        }
      }
      score[v] = s;
    }
    const NodeId best = static_cast<NodeId>(std::max_element(score.begin(), score.end()) -
                                            score.begin());  // first maximum: smallest id
    if (score[best] <= 0.0) break;
    r.spreaders.push_back(best);
    r.votes.push_back(score[best]);
    elected[best] = 1;
    ability[best] = 0.0;
    for (const NodeId u : voters(best)) {
      if (u != best) ability[u] = std::max(0.0, ability[u] - decrement);
    }
  }
  return r;
}

}  // namespace ombak
