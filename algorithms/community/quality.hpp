// Measuring one partition: modularity, coverage and per-community conductance.
//
// Design choice: modularity is computed exactly the way igraph_modularity does (per-community
// sums of internal weight and of out/in strength; undirected self-loops count twice; the
// directed form of Leicht & Newman 2008 for directed graphs), so our figures and igraph's agree
// to the last bits and the CLI's numbers can be checked against igraph/networkx by users.
//
// Usage:
//   double q = Modularity(g, result.partition);                  // gamma = 1, directed if g is
//   std::vector<double> phi = Conductance(g, result.partition);  // per community
#pragma once

#include <vector>

#include "algorithms/community/partition.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct ModularityOptions {
  double resolution = 1.0;  // gamma >= 0
  bool directed = true;     // directed modularity for a directed g; ignored for undirected g
  bool weighted = true;     // arc weights when g has them
};

// Modularity (Newman & Girvan 2004; resolution: Reichardt & Bornholdt 2006; directed: Leicht &
// Newman 2008): Q = 1/(2m) sum_ij (A_ij - gamma k_i k_j / 2m) [c_i = c_j], or directed
// Q = 1/m sum_ij (A_ij - gamma k_out_i k_in_j / m) [c_i = c_j]. A directed g with
// directed = false counts every arc as one undirected edge (igraph's convention). NaN when the
// graph has no edges or zero total weight (as igraph). O(n + m). Throws InvalidArgument for a
// partition of the wrong size, a negative resolution or a negative arc weight.
double Modularity(const Digraph& g, const Partition& p, const ModularityOptions& options = {});

// Coverage: the fraction of the total arc weight (edges for an undirected g) that lies inside
// communities. NaN for a graph without edges. O(n + m).
double Coverage(const Digraph& g, const Partition& p, bool weighted = true);

// Conductance of every community S on the undirected view: cut(S) / min(vol(S), vol(V \ S)),
// vol = sum of (weighted) degrees; a community without cut edges (isolated, or the whole graph)
// gets 0. Lower is better. O(n + m). Throws InvalidArgument for a bad partition.
std::vector<double> Conductance(const Digraph& g, const Partition& p, bool weighted = true);

}  // namespace ombak
