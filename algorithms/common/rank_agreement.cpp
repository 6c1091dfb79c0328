// Spearman, Kendall tau-b (Knight's algorithm) and top-k overlap (see rank_agreement.hpp).
#include "algorithms/common/rank_agreement.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

#include "algorithms/common/top_k.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void CheckPair(std::span<const double> a, std::span<const double> b) {
  if (a.size() != b.size()) {
    throw InvalidArgument("rankings must have the same length, got " + std::to_string(a.size()) +
                          " and " + std::to_string(b.size()));
  }
  CheckNoNaN(a, "first ranking");
  CheckNoNaN(b, "second ranking");
}

// Pairs within runs of equal keys: sum over runs of t (t - 1) / 2, for a sorted sequence.
template <typename Equal>
std::int64_t TiedPairs(std::size_t n, Equal equal) {
  std::int64_t pairs = 0;
  std::int64_t run = 1;
  for (std::size_t i = 1; i < n; ++i) {
    if (equal(i - 1, i)) {
      ++run;
    } else {
      pairs += run * (run - 1) / 2;
      run = 1;
    }
  }
  return pairs + run * (run - 1) / 2;
}

// Stable merge sort of `values` ascending; returns the number of exchanges (inversions).
std::int64_t SortCountingExchanges(std::vector<double>& values) {
  std::vector<double> buffer(values.size());
  std::int64_t exchanges = 0;
  for (std::size_t width = 1; width < values.size(); width *= 2) {
    for (std::size_t lo = 0; lo < values.size(); lo += 2 * width) {
      const std::size_t mid = std::min(lo + width, values.size());
      const std::size_t hi = std::min(lo + 2 * width, values.size());
      std::size_t i = lo, j = mid, out = lo;
      while (i < mid && j < hi) {
        if (values[j] < values[i]) {
          exchanges += static_cast<std::int64_t>(mid - i);
          buffer[out++] = values[j++];
        } else {
          buffer[out++] = values[i++];
        }
      }
      while (i < mid) buffer[out++] = values[i++];
      while (j < hi) buffer[out++] = values[j++];
    }
    values.swap(buffer);
  }
  return exchanges;
}

std::vector<double> Gather(std::span<const double> values, const std::vector<std::size_t>& at) {
  std::vector<double> out(at.size());
  for (std::size_t i = 0; i < at.size(); ++i) out[i] = values[at[i]];
  return out;
}

RankAgreementSlice Slice(std::span<const double> a, std::span<const double> b, double fraction,
                         TopSlice slice) {
  const std::size_t n = a.size();
  RankAgreementSlice result;
  result.fraction = fraction;
  result.k = std::max<std::size_t>(
      1, static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(n) - 1e-9)));
  result.k = std::min(result.k, n);
  const auto top_a = TopK(a, result.k);
  const auto top_b = TopK(b, result.k);
  std::vector<std::size_t> nodes(top_a.begin(), top_a.end());
  if (slice == TopSlice::kUnion) nodes.insert(nodes.end(), top_b.begin(), top_b.end());
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  const auto sub_a = Gather(a, nodes);
  const auto sub_b = Gather(b, nodes);
  result.nodes = nodes.size();
  result.spearman = SpearmanCorrelation(sub_a, sub_b);
  result.kendall_tau_b = KendallTauB(sub_a, sub_b);
  result.top_k_overlap = TopKOverlap(a, b, result.k);
  return result;
}

}  // namespace

double SpearmanCorrelation(std::span<const double> a, std::span<const double> b) {
  CheckPair(a, b);
  const std::size_t n = a.size();
  if (n < 2) return kNaN;
  const auto ra = Ranks(a);
  const auto rb = Ranks(b);
  const double mean = (static_cast<double>(n) + 1.0) / 2.0;  // mean of any average ranks
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double da = ra[i] - mean;
    const double db = rb[i] - mean;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (saa == 0 || sbb == 0) return kNaN;
  return std::clamp(sab / std::sqrt(saa * sbb), -1.0, 1.0);
}

double KendallTauB(std::span<const double> a, std::span<const double> b) {
  CheckPair(a, b);
  const std::size_t n = a.size();
  if (n < 2) return kNaN;
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    return a[i] < a[j] || (a[i] == a[j] && b[i] < b[j]);
  });
  const std::int64_t ties_a =
      TiedPairs(n, [&](std::size_t i, std::size_t j) { return a[order[i]] == a[order[j]]; });
  const std::int64_t ties_joint = TiedPairs(n, [&](std::size_t i, std::size_t j) {
    return a[order[i]] == a[order[j]] && b[order[i]] == b[order[j]];
  });
  std::vector<double> by_b(n);
  for (std::size_t i = 0; i < n; ++i) by_b[i] = b[order[i]];
  // Within a run of equal a, b is already ascending, so exchanges count only discordant pairs.
  const std::int64_t exchanges = SortCountingExchanges(by_b);
  const std::int64_t ties_b =
      TiedPairs(n, [&](std::size_t i, std::size_t j) { return by_b[i] == by_b[j]; });
  const auto pairs = static_cast<std::int64_t>(n) * static_cast<std::int64_t>(n - 1) / 2;
  const double denominator =
      std::sqrt(static_cast<double>(pairs - ties_a) * static_cast<double>(pairs - ties_b));
  if (denominator == 0) return kNaN;
  const std::int64_t numerator = pairs - ties_a - ties_b + ties_joint - 2 * exchanges;
  return std::clamp(static_cast<double>(numerator) / denominator, -1.0, 1.0);
}

double TopKOverlap(std::span<const double> a, std::span<const double> b, std::size_t k) {
  CheckPair(a, b);
  if (k == 0) throw InvalidArgument("k must be >= 1, got 0");
  k = std::min(k, a.size());
  if (k == 0) return kNaN;
  auto top_a = TopK(a, k);
  auto top_b = TopK(b, k);
  std::sort(top_a.begin(), top_a.end());
  std::sort(top_b.begin(), top_b.end());
  std::vector<NodeId> common;
  std::set_intersection(top_a.begin(), top_a.end(), top_b.begin(), top_b.end(),
                        std::back_inserter(common));
  return static_cast<double>(common.size()) / static_cast<double>(k);
}

RankAgreement CompareRankings(std::span<const double> a, std::span<const double> b,
                              const RankAgreementOptions& options) {
  CheckPair(a, b);
  if (a.empty()) throw InvalidArgument("rankings must not be empty");
  RankAgreement result;
  result.all = Slice(a, b, 1.0, TopSlice::kFirst);
  result.top10 = Slice(a, b, 0.1, options.slice);
  result.top1 = Slice(a, b, 0.01, options.slice);
  return result;
}

}  // namespace ombak
