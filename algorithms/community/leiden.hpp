// Leiden community detection (Traag, Waltman & van Eck, "From Louvain to Leiden: guaranteeing
// well-connected communities", Sci. Rep. 9:5233, 2019) for modularity (undirected and directed)
// and the Constant Potts Model.
//
// Design choice: the three phases of the paper, made deterministic for any thread count:
//   1. fast local moving: the batch-synchronous kernel of local_moving.hpp with pruning (the
//      paper's queue is inherently sequential; active flags swept in a seeded order play its
//      role) and moves into a new empty community allowed;
//   2. refinement: inside each community, singletons that are well connected merge into
//      well-connected refined sub-communities they have edges to, chosen at random with
//      probability proportional to exp(gain / randomness) among non-negative gains. Communities
//      are refined independently, in parallel, each with its own random stream derived from
//      (seed, iteration, level, community), so threads never share state;
//   3. aggregation of the refined partition (parallel CSR build), the unrefined partition
//      giving the initial communities of the aggregate.
// On small graphs (below 50,000 nodes and about 250,000 edges), where a run is cheap and serial,
// three independent runs are made (on separate threads) and the best kept, and iterations
// continue until nothing changes: one run's local optimum depends on its random order, and this
// removes most of that seed noise.
// On graphs of 50,000 nodes or more, the working graph is renumbered community by community
// after the first local moving (a deterministic permutation), so that refinement, aggregation
// and the later iterations read memory locally; results are mapped back to the input's ids.
// The final communities are aggregate nodes, i.e. refined communities, which are connected by
// construction (merges follow edges). Should refinement ever stall (no merge anywhere), the
// communities of that level are split into connected components before stopping.
//
// Usage:
//   CommunityResult r = Leiden(g, {.seed = 7});                                // modularity
//   CommunityResult c = Leiden(g, {.objective = LeidenObjective::kCpm, .resolution = 0.05});
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "algorithms/community/partition.hpp"
#include "graph/digraph.hpp"

namespace ombak {

enum class LeidenObjective {
  kModularity,  // Q = 1/(2m) sum (A_ij - gamma k_i k_j / 2m) [c_i = c_j] (directed: Leicht-Newman)
  kCpm,         // igraph's CPM: 1/(2m) sum (A_ij - gamma) [c_i = c_j], node weights 1
};

struct LeidenOptions {
  LeidenObjective objective = LeidenObjective::kModularity;
  double resolution = 1.0;   // gamma >= 0
  double randomness = 0.01;  // theta > 0 of the refinement (igraph's beta)
  bool directed = true;      // directed modularity for a directed g (CPM ignores direction)
  bool weighted = true;
  std::uint64_t seed = 1;
  // Outer iterations, each starting from the previous result (igraph's default is 2). <= 0 (the
  // default) iterates until an iteration leaves the partition unchanged or (graphs that are not
  // small, see above) raises the quality by less than tolerance * |quality|, at most 1000
  // times. Small graphs always iterate until unchanged (the paper's fixed point).
  int iterations = 0;
  double tolerance = 1e-3;  // >= 0; only used when iterations <= 0, on large graphs
  // Optional starting partition (one entry per node, any ids); empty = singletons.
  std::vector<std::uint32_t> initial_membership = {};
  // Independent runs (restart r with its own seed, restart 0 the plain run), keeping the best
  // quality; >= 0. 0 (the default): 3 on small graphs (see above), else 1. On small graphs
  // restarts run on separate threads, on large ones one after another; either way the result
  // does not depend on the thread count. Progress follows restart 0.
  int restarts = 0;
  std::function<void(double fraction)> progress = nullptr;  // after each iteration; may be empty
};

// Leiden. Result: canonical partition whose every community induces a connected subgraph; its
// quality (modularity as igraph_modularity computes it, or igraph's CPM quality); levels of the
// last iteration; local-moving sweeps; converged = the last iteration changed nothing (all of
// these for the best restart).
// Complexity about O(m) per iteration in practice, times the number of restarts. Parallel (OpenMP);
// deterministic for a seed whatever the thread count. Throws InvalidArgument for a negative or
// non-finite resolution, a non-positive randomness, negative restarts, an initial membership of the
// wrong length, or a bad arc weight.
CommunityResult Leiden(const Digraph& g, const LeidenOptions& options = {});

}  // namespace ombak
