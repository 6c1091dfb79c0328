// Agreement between two rankings of the same nodes: Spearman's rho, Kendall's tau-b and top-k
// overlap, over all nodes and over the top 10% and top 1% (the slices of Cha, Haddadi,
// Benevenuto & Gummadi, "Measuring user influence in Twitter: the million follower fallacy",
// ICWSM 2010, Table 1, where in-degree, retweet and mention rankings are compared).
//
// Design choices:
// - Ties get average ranks (Spearman) and the tau-b correction (Kendall), exactly as
//   scipy.stats.spearmanr and scipy.stats.kendalltau (variant 'b') compute them; an undefined
//   coefficient (a constant ranking, fewer than 2 nodes) is NaN, as in scipy.
// - Kendall's tau-b uses Knight's O(n log n) algorithm (sort by the first ranking, count the
//   exchanges of a merge sort by the second), so all accounts of a large graph can be compared.
// - A top slice of fraction f uses k = ceil(f n) (at least 1). Its correlation is computed over
//   the UNION of the top-k nodes of both rankings by default (a node that one measure ranks high
//   and the other low is exactly what the comparison should see); TopSlice::kFirst uses the top
//   k of the first ranking only.
//
// Usage:
//   RankAgreement agree = CompareRankings(indegree, retweets);
//   double rho_top1 = agree.top1.spearman;
#pragma once

#include <cstddef>
#include <span>

namespace ombak {

// Spearman's rank correlation: Pearson correlation of the average ranks. O(n log n).
// Throws InvalidArgument if the sizes differ or a value is NaN.
double SpearmanCorrelation(std::span<const double> a, std::span<const double> b);

// Kendall's tau-b: (concordant - discordant) / sqrt((n0 - ties_a) (n0 - ties_b)), n0 = n(n-1)/2.
// Reference: W. R. Knight, "A computer method for calculating Kendall's tau with ungrouped
// data", JASA 1966. O(n log n). Throws as SpearmanCorrelation.
double KendallTauB(std::span<const double> a, std::span<const double> b);

// |TopK(a, k) ∩ TopK(b, k)| / k with TopK's tie-breaking by node id (top_k.hpp); k is clamped
// to n. Throws InvalidArgument if k == 0, the sizes differ or a value is NaN.
double TopKOverlap(std::span<const double> a, std::span<const double> b, std::size_t k);

enum class TopSlice {
  kUnion,  // nodes in the top k of either ranking
  kFirst,  // nodes in the top k of the first ranking
};

struct RankAgreementOptions {
  TopSlice slice = TopSlice::kUnion;
};

struct RankAgreementSlice {
  double fraction = 1.0;  // 1, 0.1 or 0.01
  std::size_t k = 0;      // ceil(fraction n), at least 1 (n for the whole population)
  std::size_t nodes = 0;  // nodes the correlations were computed over
  double spearman = 0.0;
  double kendall_tau_b = 0.0;
  double top_k_overlap = 0.0;  // 1 by construction for the whole population
};

struct RankAgreement {
  RankAgreementSlice all;
  RankAgreementSlice top10;
  RankAgreementSlice top1;
};

// All three measures over all nodes, the top 10% and the top 1%. O(n log n).
// Throws InvalidArgument if the sizes differ, a value is NaN, or there are no nodes.
RankAgreement CompareRankings(std::span<const double> a, std::span<const double> b,
                              const RankAgreementOptions& options = {});

}  // namespace ombak
