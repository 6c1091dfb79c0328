// Partition: the common currency of every community method in ombak.
//
// Design choice: a partition is a dense membership vector whose communities are numbered
// 0..count-1 in the order of their smallest node id ("canonical" numbering). Two runs that find
// the same grouping therefore return byte-identical vectors, which is what the determinism
// tests, the CLI output and diffs between runs rely on. Every method returns a
// CommunityResult: the partition, its quality, the work done and the seed used.
//
// Usage:
//   Partition p = CanonicalPartition({7, 7, 3, 3});   // -> membership {0, 0, 1, 1}, count 2
//   std::vector<std::vector<NodeId>> groups = Members(p);
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/types.hpp"

namespace ombak {

struct Partition {
  std::vector<std::uint32_t> membership;  // community of each node, indexed by NodeId
  std::uint32_t count = 0;                // number of communities
};

// What a community method returns.
struct CommunityResult {
  Partition partition;
  // The objective the method optimised, computed on the returned partition: modularity
  // (Louvain, Leiden-modularity, fast-greedy, walktrap, label propagation), CPM quality
  // (Leiden-CPM) or the map equation code length (Infomap).
  double quality = 0.0;
  int levels = 0;      // aggregation levels (Louvain, Leiden) or merges (fast-greedy, walktrap)
  int iterations = 0;  // local-moving sweeps (Louvain, Leiden, LPA) or outer iterations
  bool converged = false;
  std::uint64_t seed = 0;
};

// Renumbers arbitrary labels (any uint32 values) canonically: community ids follow the order
// of each community's smallest node. O(n) with a hash-free pass when labels < 2n, else O(n log n).
Partition CanonicalPartition(const std::vector<std::uint32_t>& labels);

// The nodes of each community, each list sorted by node id. O(n).
std::vector<std::vector<NodeId>> Members(const Partition& p);

// The size of each community. O(n).
std::vector<std::uint64_t> CommunitySizes(const Partition& p);

// Throws InvalidArgument("PARAMETER has N entries but the graph has M nodes") or
// ("PARAMETER[i] = c is not below count K") when p does not describe num_nodes nodes.
void CheckPartition(const Partition& p, NodeId num_nodes, const std::string& parameter);

}  // namespace ombak
