// Exact shortest-path betweenness centrality (Brandes 2001), unweighted or weighted, on
// directed and undirected graphs, from all sources or a subset.
//
// Design choices:
// - The dependency accumulation pulls from successors (a node w sums (1 + delta(v)) / sigma(v)
//   over its out-arcs to the next level), as in the GAP Benchmark Suite's bc.cc: no predecessor
//   lists are stored and no atomics are needed.
// - Sources are dealt to a fixed number of blocks (source i goes to block i mod B, B depends
//   only on the number of sources); each block sums its sources' dependencies in source order
//   and the block sums are added in block order. The result is therefore bit-identical for any
//   thread count.
// - From 64 sources on, the searches run on a copy of the graph renumbered by out-degree
//   (degree_renumbering.hpp), which holds the graph's arcs once more while the run lasts; the
//   states of well-connected nodes then share cache lines. Scores are summed in the copy's
//   order, so they can differ from a run on g itself in the last bits.
// - From every source, unweighted: a source whose one out-arc leads to another node v (not
//   itself such a source) runs no search of its own. Its shortest paths are the arc to v and
//   then v's, so v's search carries it by weighing targets and crediting v and the source
//   directly (after Baglioni, Geraci, Pellegrini & Lastres, "Fast exact computation of
//   betweenness centrality in social networks", ASONAM 2012, who settle the tree nodes of
//   undirected graphs without searches). rmat14, 2 threads: 5.1-6.2 s instead of 6.5-8.1 s
//   (14,055 searches for 16,383 nodes). Results can differ in the last bits.
// - Parallel arcs are distinct shortest paths (igraph's convention; networkx DiGraph cannot hold
//   them). Self-loops never lie on a shortest path. Arc weights, when used, are lengths.
// - Conventions follow networkx 2.8 (Brandes 2008, "On variants of shortest-path betweenness"):
//   undirected graphs (Digraph::undirected()) count each unordered pair once, i.e. the ordered
//   sums are halved, as igraph and networkx do; `normalized` divides by (n-1)(n-2) pairs for
//   directed and (n-1)(n-2)/2 for undirected graphs; `endpoints` also credits s and t.
//
// Usage:
//   BetweennessResult r = Betweenness(g, {.normalized = true});
//   double valjean = r.scores[id];
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

struct BetweennessOptions {
  // Divide by the number of (ordered, or for undirected graphs unordered) pairs not containing
  // the node: (n-1)(n-2) resp. (n-1)(n-2)/2; with `endpoints`, n(n-1) resp. n(n-1)/2.
  bool normalized = false;
  // Use arc weights as lengths (Dijkstra). Every weight must be finite and > 0.
  bool use_weights = false;
  // Count the endpoints s and t of each path as lying on it (networkx endpoints=True).
  bool endpoints = false;
  // Accumulate only over these sources (all targets); empty = every node. A source listed twice
  // counts twice. No rescaling is applied: the scores are the partial sums over these sources
  // (scaled by normalization and undirected halving as for the full run).
  std::vector<NodeId> sources{};
  // Called with the fraction of sources done, once per block of sources, one call at a time
  // (possibly from a worker thread).
  std::function<void(double fraction)> progress{};
};

struct BetweennessResult {
  std::vector<double> scores;
  std::uint64_t num_sources = 0;
  // Arcs scanned by the forward searches (both phases scan about as many).
  std::uint64_t arcs_scanned = 0;
};

// Exact betweenness of every node: sum over pairs (s, t), s != v != t, of the fraction of
// shortest s-t paths through v.
// Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 2001;
// U. Brandes, "On variants of shortest-path betweenness centrality and their generic
// computation", Social Networks 2008.
// Complexity: O(|S| m) unweighted, O(|S| (m + n log n)) weighted, for |S| sources; memory
// O(n) per thread. Parallel over sources; bit-identical for any thread count.
// Throws InvalidArgument for a source >= n, or for a non-positive or non-finite weight when
// use_weights is set.
BetweennessResult Betweenness(const Digraph& g, const BetweennessOptions& options = {});

// The searches an unweighted Betweenness run from every node makes: the nodes less the sources
// other searches carry (see the design choices above). O(n).
std::uint64_t BetweennessSearchCount(const Digraph& g);

// The factor Betweenness applies to raw ordered-pair sums (halving for undirected graphs and
// normalization), exposed for the sampled variant and for tests.
double BetweennessScale(NodeId n, bool undirected, bool normalized, bool endpoints);

}  // namespace ombak
