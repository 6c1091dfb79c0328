// Label propagation (Raghavan, Albert & Kumara, Phys. Rev. E 76, 036106, 2007), optionally
// semi-supervised with fixed known labels (Zhu & Ghahramani 2002 style: known accounts keep
// their label and spread it).
//
// Design choice: the asynchronous update of the paper (nodes in a seeded random order, each
// adopting the label of largest total edge weight among its neighbours, ties broken at random,
// the current label kept when it is among the best), run on one thread: asynchronous updates
// are inherently sequential, synchronous ones oscillate on bipartite parts. The result depends
// on the seed only, never on the thread count. Arcs count as undirected edges.
//
// Usage:
//   CommunityResult r = LabelPropagation(g, {.seed = 3});
//   std::vector<std::uint32_t> known(g.num_nodes(), kNoLabel); known[ani] = 0; known[budi] = 1;
//   CommunityResult camps = LabelPropagation(g, {.fixed_labels = known});
#pragma once

#include <cstdint>
#include <vector>

#include "algorithms/community/partition.hpp"
#include "graph/digraph.hpp"

namespace ombak {

inline constexpr std::uint32_t kNoLabel = 0xffffffffu;

struct LabelPropagationOptions {
  bool weighted = true;
  std::uint64_t seed = 1;
  int max_sweeps = 1000;  // >= 1
  // Empty, or one entry per node: a known label (any value but kNoLabel) that the node keeps,
  // or kNoLabel for a node to be labelled. With known labels, unlabelled nodes start without a
  // label and take their neighbours'; those no label reaches end as singletons.
  std::vector<std::uint32_t> fixed_labels = {};
};

// Result: canonical partition, its undirected modularity as quality, sweeps run as iterations,
// converged = a sweep changed no label. O(m) per sweep. Throws InvalidArgument for max_sweeps
// < 1, fixed_labels of the wrong length, or a negative or non-finite arc weight.
CommunityResult LabelPropagation(const Digraph& g, const LabelPropagationOptions& options = {});

}  // namespace ombak
