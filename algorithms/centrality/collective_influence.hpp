// Collective influence CI_l (Morone & Makse, "Influence maximization in complex networks
// through optimal percolation", Nature 524, 2015) with the adaptive heap-based removal and the
// reinsertion step of Morone, Min, Bo, Mari & Makse, "Collective Influence Algorithm to find
// influencers via optimal percolation in massively large social media", Sci. Rep. 6, 2016.
//
// Design choice: CI is defined on the undirected simple view of the graph (every arc is an
// edge, parallel arcs merge, self-loops drop: see simple_adjacency.hpp), because the optimal
// percolation argument is about the giant *weak* component. Removed nodes are swapped out of
// their neighbours' rows; CI values live in a lazy max-heap and a ball is walked again only
// when no cheap bound can keep a possibly stale value off the top; hub rows are also kept as
// bitsets so that a radius-2 ball next to hubs is a few word-wise ORs, and the nodes that keep
// returning to the top are tracked exactly through removals (see CollectiveInfluence). The
// removal runs on nodes renumbered by degree, so that the per-node arrays a ball walk touches
// are mostly read from the few cache lines of the hubs; ties still go to the smaller id of g.
//
// Usage:
//   CollectiveInfluenceResult ci = CollectiveInfluence(g, {.radius = 2});
//   ci.removal_order[0..ci.num_removed)   // the dismantling set, most influential first
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

struct CollectiveInfluenceOptions {
  int radius = 2;  // l: the ball radius; must be >= 0 (CI_0 = (k - 1)^2)
  // After the adaptive removal (run until every CI is zero), put removed nodes back while the
  // largest weak component stays at most reinsertion_target * n nodes (at least its size when
  // the removal stopped).
  bool reinsertion = true;
  double reinsertion_target = 0.01;                 // in (0, 1]
  std::function<void(double fraction)> progress{};  // called with the fraction of nodes removed
};

struct CollectiveInfluenceResult {
  // CI_l of each node at the moment the adaptive removal took it (0 for nodes it never took).
  std::vector<double> scores;
  // Every node once: first the nodes that stay removed, in removal order; then the reinserted
  // nodes, last reinserted first; then the nodes never removed, by degree (descending, ties by
  // id). The first num_removed nodes are the dismantling set.
  std::vector<NodeId> removal_order;
  std::vector<double> removal_ci;  // CI of removal_order[i] when it was removed (adaptive phase)
  std::uint64_t num_removed = 0;   // dismantling set size after reinsertion
  std::uint64_t num_adaptive_removed = 0;  // removed before reinsertion
};

// Adaptive collective-influence ranking: repeatedly removes the node of largest current CI_l
// (ties to the smaller id) until every CI is zero, then reinserts. For radius <= 2, where CI
// cannot grow under removals, a lazy heap recomputes a node's ball only when its stale value,
// first lowered to (current k_i - 1) times the smaller of its last boundary sum (less the
// k - 1 of the nodes removed from its sphere since) and the mass (sum of k - 1) outside its
// radius-1 ball, still reaches the top; for radius 2 the exact values of up to 256 top nodes
// are updated through every removal from the removed node's row instead of being walked again.
// The result equals recomputing every CI after every removal, which the tests check. For
// radius >= 3 the nodes within radius + 1 of each removed node are recomputed (O(N log N) on
// graphs of bounded degree, Morone et al. 2016). On heavy-tailed graphs the balls of hubs hold
// most of the graph, so the cost is dominated by the first few percent of removals (the hubs).
// Reinsertion O(50 * sum of removed degrees). Serial heap; stale tops are recomputed one per
// thread in parallel; deterministic for any thread count. Throws InvalidArgument for a negative
// radius or a reinsertion_target outside (0, 1].
CollectiveInfluenceResult CollectiveInfluence(const Digraph& g,
                                              const CollectiveInfluenceOptions& options = {});

// CI_l of every node in the whole graph (no removal), on the same undirected simple view.
// O(sum over nodes of their radius-ball size), which is large on graphs with hubs; parallel,
// deterministic. Throws InvalidArgument for a negative radius.
std::vector<double> CollectiveInfluenceScores(const Digraph& g, int radius);

}  // namespace ombak
