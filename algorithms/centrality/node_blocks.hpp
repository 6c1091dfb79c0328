// Fixed, thread-count-independent partitions of the node range for the centrality kernels.
//
// Design choice: every parallel loop over nodes in this room walks a fixed number of contiguous
// blocks balanced by (nodes + edges), whatever the number of threads. Per-block partial sums are
// combined in block order, so a sum such as the L1 residual of PageRank is bit-identical with 1
// or 2 threads, while skewed degree distributions still spread evenly over the threads
// (schedule(dynamic) over blocks).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "graph/types.hpp"

namespace ombak::centrality_internal {

// Block b covers nodes [bounds[b], bounds[b + 1]).
struct NodeBlocks {
  std::vector<NodeId> bounds;
  int count() const { return static_cast<int>(bounds.size()) - 1; }
};

// Cuts [0, n) (n = offsets.size() - 1) into at most `blocks` contiguous blocks of nearly equal
// cost, where node v costs 1 + (offsets[v + 1] - offsets[v]). O(blocks log n).
NodeBlocks BalancedBlocks(std::span<const std::uint64_t> offsets, int blocks = 512);

// Sum of partial values in index order: the deterministic combination step.
double OrderedSum(const std::vector<double>& partials);

}  // namespace ombak::centrality_internal
