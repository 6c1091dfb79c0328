// Top-k selection and average ranks over per-node scores, the building blocks of every ranking
// table and of rank agreement (rank_agreement.hpp).
//
// Design choice: ties are resolved the same way everywhere so that tables are reproducible:
// TopK breaks ties by lower node id; Ranks gives tied values their average rank, as
// scipy.stats.rankdata(method="average") does. NaN scores are rejected rather than ordered
// arbitrarily.
//
// Usage:
//   std::vector<NodeId> best = TopK(pagerank.scores, 50);   // highest first
//   std::vector<double> r = Ranks(scores);                  // 1 = smallest
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "graph/types.hpp"

namespace ombak {

// The min(k, n) nodes of highest score, highest first; equal scores in increasing node id.
// O(n + k log k) expected (nth_element, then a sort of the k selected). Throws InvalidArgument
// if a score is NaN.
std::vector<NodeId> TopK(std::span<const double> scores, std::size_t k);

// Average ranks, ascending: the smallest value gets rank 1, a group of t equal values occupying
// positions p+1 .. p+t all get p + (t + 1) / 2. O(n log n). Throws InvalidArgument on NaN.
std::vector<double> Ranks(std::span<const double> values);

// Throws InvalidArgument("NAME contains NaN at index I") if a value is NaN.
void CheckNoNaN(std::span<const double> values, const char* name);

}  // namespace ombak
