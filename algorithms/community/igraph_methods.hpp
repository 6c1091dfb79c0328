// Community methods ombak runs through igraph rather than reimplementing: Infomap (Rosvall &
// Bergstrom, PNAS 105:1118, 2008), fast greedy modularity merging (Clauset, Newman & Moore,
// Phys. Rev. E 70, 066111, 2004) and walktrap (Pons & Latapy, JGAA 10:191, 2006).
//
// Design choice: igraph is used only inside igraph_methods.cpp, through the adapter (non-
// aborting error handler, BackendError on failure). Fast greedy and walktrap need a simple
// undirected graph, so they run on the undirected view with parallel arcs merged (weights
// summed) and self-loops dropped; Infomap runs on the graph as stored (directed flow for a
// directed graph). igraph's random generator is seeded from options.seed before Infomap, so a
// seed gives one result. igraph's RNG is global: these functions must not run concurrently.
//
// Usage:
//   CommunityResult im = Infomap(g, {.trials = 10, .seed = 2});   // quality = code length
//   CommunityResult fg = FastGreedy(g);                            // quality = modularity
#pragma once

#include <cstdint>

#include "algorithms/community/partition.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct InfomapOptions {
  int trials = 10;  // independent runs; the partition with the shortest code is kept (>= 1)
  bool weighted = true;
  std::uint64_t seed = 1;
};

// Infomap through igraph_community_infomap. quality = code length (bits) of the partition.
// Throws InvalidArgument for trials < 1, BackendError when igraph fails.
CommunityResult Infomap(const Digraph& g, const InfomapOptions& options = {});

struct AgglomerativeOptions {
  bool weighted = true;
  int walktrap_steps = 4;  // random-walk length of walktrap (>= 1); unused by fast greedy
};

// Fast greedy (CNM) through igraph_community_fastgreedy, cut at maximal modularity.
// quality = undirected modularity; levels = merges performed. Throws BackendError on failure.
CommunityResult FastGreedy(const Digraph& g, const AgglomerativeOptions& options = {});

// Walktrap through igraph_community_walktrap, cut at maximal modularity. quality = undirected
// modularity. Throws InvalidArgument for walktrap_steps < 1, BackendError on failure.
CommunityResult Walktrap(const Digraph& g, const AgglomerativeOptions& options = {});

}  // namespace ombak
