// Local clustering coefficient and global transitivity on the undirected simple view of a
// graph (arcs become edges, parallel arcs and reciprocal pairs merge, self-loops drop; see
// simple_adjacency.hpp), the definitions of networkx.clustering / networkx.transitivity and of
// igraph_transitivity_local_undirected / igraph_transitivity_undirected on simple graphs.
//
// Design choice: triangles are counted by merging sorted neighbour lists (each node intersects
// its list with each neighbour's), which needs no hash sets and parallelises over nodes with
// owner writes.
//
// Usage:
//   ClusteringResult c = LocalClustering(g);   // c.scores[v] in [0, 1]
//   double t = Transitivity(g);                // karate: 0.2556818...
#pragma once

#include <cstdint>
#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

struct ClusteringResult {
  std::vector<double> scores;            // 2 T(v) / (k(v) (k(v) - 1)); 0 when k(v) < 2
  std::vector<std::uint64_t> triangles;  // T(v): triangles through v
};

// Watts & Strogatz (Nature 393, 1998) local clustering: the fraction of pairs of v's neighbours
// that are adjacent. Nodes of degree < 2 get 0 (networkx; igraph's mode "zero").
// O(sum over edges {u, v} of (k(u) + k(v))), parallel, deterministic. Never throws.
ClusteringResult LocalClustering(const Digraph& g);

// Global transitivity 3 * triangles / connected triples (Newman, SIAM Review 45, 2003); 0 for
// a graph without connected triples. Same cost as LocalClustering. Never throws.
double Transitivity(const Digraph& g);

}  // namespace ombak
