// CommunityGraph: the weighted, symmetric working graph that Louvain and Leiden move nodes on,
// and its aggregation. Internal to algorithms/community (namespace community_detail).
//
// Design choice: modularity (undirected and directed) and CPM are one quality function
//   H = (sum_ij S_ij [c_i = c_j] - coefficient * sum_C A(C) B(C)) / W,
// over a symmetric matrix S with per-node null-model weights a and b, where A(C), B(C) sum a and
// b over community C and W = sum_ij S_ij:
//   undirected modularity (Newman 2006):  S = A (self-loops doubled), a = b = strength,
//                                         coefficient = resolution / W;
//   directed modularity (Leicht & Newman 2008): S = A + A^T, a = 2 k_out, b = 2 k_in,
//                                         coefficient = resolution / W (equals igraph's
//                                         1/m sum (A_ij - resolution k_out_i k_in_j / m));
//   CPM (Traag, Van Dooren & Nesterov 2011): S as undirected, a = b = node size (1),
//                                         coefficient = resolution (igraph's normalisation).
// Moving node i (taken out of its community) into C then changes W*H by
//   2 w(i, C) - coefficient * (a_i B(C) + b_i A(C)),
// so one local-moving kernel serves all three. The directed case needs only S = A + A^T because
// the [c_i = c_j] term is symmetric. Aggregation sums S, a and b, which keeps H unchanged.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/digraph.hpp"

namespace ombak::community_detail {

enum class Objective { kModularity, kCpm };

// Graphs below this many nodes are processed on the calling thread: on small graphs a fork/join
// costs more than it saves (results are the same either way).
inline constexpr NodeId kParallelNodes = 50000;

// Graphs below kParallelNodes nodes and kCheapEntries adjacency entries (about 250,000 edges)
// get the thorough treatment of IsCheapGraph: a run there takes well under a second.
inline constexpr std::uint64_t kCheapEntries = 500000;

struct CommunityGraph {
  NodeId n = 0;
  std::vector<std::uint64_t> offsets;  // CSR over S without its diagonal
  std::vector<NodeId> targets;
  std::vector<double> weights;
  std::vector<double> self;  // S_ii
  std::vector<double> a, b;  // null-model weights
  double total = 0.0;        // W
  double coefficient = 0.0;
  bool same_ab = true;        // a == b (everything but directed modularity)
  bool unit_weights = false;  // every off-diagonal weight is 1 (lets hot loops skip `weights`)

  std::uint64_t degree(NodeId v) const { return offsets[v + 1] - offsets[v]; }
};

// Small enough for restarts and for Leiden's fixed point (see local_moving.hpp, leiden.hpp).
inline bool IsCheapGraph(const CommunityGraph& g) {
  return g.n < kParallelNodes && g.targets.size() < kCheapEntries;
}

// Builds the working graph of g for the objective. directed: use directed modularity when g is
// stored directed (ignored for undirected g and for CPM, which use the undirected view).
// use_weights: arc weights (1 when g has none). Throws InvalidArgument for a negative or
// non-finite weight. O(n + m log(max degree)) for directed g, O(n + m) for undirected g;
// parallel, independent of the thread count.
CommunityGraph BuildCommunityGraph(const Digraph& g, Objective objective, bool directed,
                                   double resolution, bool use_weights);

// The graph of communities: node c of the result is community c of `membership` (ids in
// [0, count)). Parallel over communities; rows keep first-touch order, so the result does not
// depend on the thread count. O(n + m).
CommunityGraph Aggregate(const CommunityGraph& g, const std::vector<std::uint32_t>& membership,
                         std::uint32_t count);

// The same graph with node v renamed new_id[v] (a permutation of [0, n)); rows keep their
// order. Used to store communities contiguously, so that later passes touch memory locally.
// Parallel; O(n + m).
CommunityGraph Permute(const CommunityGraph& g, const std::vector<NodeId>& new_id);

// A permutation (new_id) that lists the nodes community by community (ids below g.n), in node
// order inside each. O(n).
std::vector<NodeId> GroupByCommunity(const std::vector<std::uint32_t>& membership);

// H of a membership vector (any ids below g.n). O(n + m).
double Quality(const CommunityGraph& g, const std::vector<std::uint32_t>& membership);

// Splits every community into its connected components (in the graph S), renumbering the
// result 0..k-1 in order of smallest node; returns k. Never lowers modularity or CPM. O(n + m).
std::uint32_t SplitDisconnected(const CommunityGraph& g, std::vector<std::uint32_t>& membership);

// Renumbers membership in place to 0..k-1 in order of first appearance; returns k.
std::uint32_t Compact(std::vector<std::uint32_t>& membership);

}  // namespace ombak::community_detail
