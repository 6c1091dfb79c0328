// k-core decomposition (coreness, k-shell index): the spreader-position measure of Kitsak et
// al. (Nature Physics 2010) and González-Bailón et al. (Sci. Rep. 2011).
//
// Design choice: serial O(n + m) peeling level by level with flat arrays (one read-modify-write
// of one degree per arc) rather than a parallel peeling: on 2 cores a level-synchronous parallel
// version (PKC, Kabir & Madduri 2017) measured slower than this serial loop, because the
// degrees of hubs, decremented by every thread, bounce between the cores' caches.
//
// Usage:
//   CorenessResult shells = Coreness(g);                          // undirected view
//   CorenessResult in_core = Coreness(g, {.mode = DegreeMode::kIn});
#pragma once

#include <vector>

#include "algorithms/centrality/degree.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct CorenessOptions {
  // kAll: the undirected view (every arc is an undirected edge, so a directed node's degree is
  // in + out); kIn / kOut: the in-core / out-core, where removing u lowers the in-degree of the
  // nodes u points at (kIn) or the out-degree of u's in-neighbours (kOut). A symmetric
  // (undirected) graph uses its out-degree whatever the mode.
  DegreeMode mode = DegreeMode::kAll;
};

struct CorenessResult {
  std::vector<double> scores;  // coreness (largest k whose k-core holds the node), by NodeId
  double max_core = 0;
};

// Coreness by peeling (Batagelj & Zaversnik, "An O(m) algorithm for cores decomposition of
// networks", arXiv cs/0310049, 2003, with the level frontier of Kabir & Madduri's PKC instead of
// their bin-sorted array). Parallel arcs count with multiplicity
// (as igraph_coreness); self-loops are ignored, since a node cannot support its own membership
// in a core (igraph would count them, networkx refuses them). O(n + m), serial, deterministic.
// Never throws.
CorenessResult Coreness(const Digraph& g, const CorenessOptions& options = {});

}  // namespace ombak
