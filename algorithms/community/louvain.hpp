// Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre, J. Stat. Mech. 2008,
// P10008): local moving of nodes to the neighbouring community with the best modularity gain,
// then aggregation of each community into one node, repeated until nothing moves.
//
// Design choice: the local moving is the deterministic batch-synchronous kernel of
// local_moving.hpp (best moves of a batch computed in parallel against the batch-start state,
// applied serially with an exact re-check, so modularity rises monotonically and the result is
// identical for any thread count); aggregation builds a CSR graph of communities in parallel.
// On graphs of 50,000 nodes or more the working graph is renumbered community by community after
// the first level, so that aggregation and the final refinement read memory locally.
// On small graphs (below 50,000 nodes and about 250,000 edges), where a run is cheap and serial,
// three independent runs are made (on separate threads) and the best kept: one run's local
// optimum depends on its random order, and this removes most of that seed noise.
// Directed graphs use Leicht & Newman's directed modularity unless options.directed is false.
//
// Usage:
//   CommunityResult r = Louvain(g, {.resolution = 1.0, .seed = 42});
//   r.partition.membership[v];  r.quality;  // modularity
#pragma once

#include <cstdint>
#include <functional>

#include "algorithms/community/partition.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct LouvainOptions {
  double resolution = 1.0;  // gamma >= 0; higher gives more, smaller communities
  // For a directed g: directed modularity (Leicht & Newman 2008). false: treat arcs as
  // undirected edges. Ignored for an undirected g.
  bool directed = true;
  bool weighted = true;  // use arc weights when g has them
  std::uint64_t seed = 1;
  int max_levels = 100;   // aggregation levels, >= 1
  int max_sweeps = 1000;  // local-moving sweeps per level, >= 1
  // A level stops when a sweep raises modularity by less than this (>= 0).
  double tolerance = 0.0;
  // After the last level, move single nodes once more on the original graph, starting from the
  // final partition (multi-level refinement, Rotta & Noack 2011); never lowers modularity.
  bool refine = true;
  // Independent runs (restart r with its own seed, restart 0 the plain run), keeping the best
  // modularity; >= 0. 0 (the default): 3 on small graphs (see above), else 1. On small
  // graphs restarts run on separate threads, on large ones one after another; either way the
  // result does not depend on the thread count. Progress follows restart 0.
  int restarts = 0;
  std::function<void(double fraction)> progress = nullptr;  // called after each level; may be empty
};

// Louvain modularity maximisation. Result: canonical partition, its modularity (as
// igraph_modularity computes it with the same resolution and directedness), levels (number of
// aggregations that changed the partition) and total local-moving sweeps (of the best restart).
// Complexity: about O(m) per sweep, a few sweeps per level, O(log n) levels in practice, times
// the number of restarts.
// Parallel (OpenMP); deterministic for a seed whatever the thread count.
// Throws InvalidArgument for a negative or non-finite resolution, max_levels or max_sweeps
// below 1, a negative tolerance or restarts, or a negative or non-finite arc weight.
CommunityResult Louvain(const Digraph& g, const LouvainOptions& options = {});

}  // namespace ombak
