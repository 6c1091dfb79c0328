// Comparing two partitions of the same nodes: normalized mutual information, adjusted Rand
// index, variation of information.
//
// Design choice: the formulas and corner cases are igraph_compare_communities' (natural
// logarithms; NMI = 2 I / (H1 + H2) and 1 when both entropies are 0; ARI by Hubert & Arabie
// with igraph's pair-fraction arithmetic), so results match igraph to rounding. The contingency
// table is a sorted list of (a, b) pairs, O(n log n), no k1 x k2 matrix.
//
// Usage:
//   PartitionComparison cmp = ComparePartitions(found.partition, truth);
//   cmp.nmi; cmp.adjusted_rand; cmp.variation_of_information;
#pragma once

#include "algorithms/community/partition.hpp"

namespace ombak {

struct PartitionComparison {
  double nmi = 0.0;                       // Danon et al. 2005, in [0, 1]
  double adjusted_rand = 0.0;             // Hubert & Arabie 1985, 1 = identical
  double rand = 0.0;                      // Rand 1971
  double variation_of_information = 0.0;  // Meila 2003, 0 = identical (nats)
};

// All measures at once. Throws InvalidArgument when the partitions have different lengths, a
// membership entry is not below its count, or (for the Rand indices) fewer than 2 nodes.
PartitionComparison ComparePartitions(const Partition& a, const Partition& b);

double NormalizedMutualInformation(const Partition& a, const Partition& b);
double AdjustedRandIndex(const Partition& a, const Partition& b);
double VariationOfInformation(const Partition& a, const Partition& b);

}  // namespace ombak
