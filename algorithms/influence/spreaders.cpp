// Single-seed spreading efficiency, the imprecision function and Kendall's τ-b.
#include "algorithms/influence/spreaders.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <string>

#include "algorithms/diffusion/independent_cascade.hpp"
#include "algorithms/diffusion/validate.hpp"
#include "graph/errors.hpp"

namespace ombak {

using diffusion_detail::Num;

std::vector<double> SpreadingEfficiency(const Digraph& g, const EdgeProbabilities& p,
                                        const SpreaderOptions& options) {
  if (options.runs == 0) throw InvalidArgument("runs must be >= 1, got 0");
  diffusion_detail::CheckNodeList(options.accounts, g.num_nodes(), "accounts");
  std::unique_ptr<CascadeModel> model;
  if (options.use_sir) {
    model = std::make_unique<EpidemicModel>(g, p, options.sir);
  } else {
    model = std::make_unique<IndependentCascadeModel>(g, p);
  }
  std::vector<NodeId> accounts = options.accounts;
  if (accounts.empty()) {
    accounts.resize(g.num_nodes());
    std::iota(accounts.begin(), accounts.end(), NodeId{0});
  }
  MonteCarloOptions mc;
  mc.runs = options.runs;
  mc.seed = options.seed;
  std::vector<double> efficiency(accounts.size());
#pragma omp parallel for schedule(dynamic, 4)
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(accounts.size()); ++i) {
    const NodeId seed[1] = {accounts[i]};
    efficiency[i] = RunMonteCarlo(*model, seed, mc).mean_spread;
  }
  return efficiency;
}

namespace {

void CheckNoNan(std::span<const double> values, const char* name) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (std::isnan(values[i])) {
      throw InvalidArgument(std::string(name) + "[" + std::to_string(i) + "] is NaN");
    }
  }
}

// Indices by decreasing value, ties by smaller index.
std::vector<std::size_t> RankOrder(std::span<const double> values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
  return order;
}

// Counts pairs (i < j) with key[i] > key[j] while merge-sorting key.
std::uint64_t CountInversions(std::vector<double>& key, std::vector<double>& buffer, std::size_t lo,
                              std::size_t hi) {
  if (hi - lo < 2) return 0;
  const std::size_t mid = lo + (hi - lo) / 2;
  std::uint64_t swaps =
      CountInversions(key, buffer, lo, mid) + CountInversions(key, buffer, mid, hi);
  std::size_t i = lo;
  std::size_t j = mid;
  std::size_t out = lo;
  while (i < mid && j < hi) {
    if (key[j] < key[i]) {
      swaps += mid - i;
      buffer[out++] = key[j++];
    } else {
      buffer[out++] = key[i++];
    }
  }
  while (i < mid) buffer[out++] = key[i++];
  while (j < hi) buffer[out++] = key[j++];
  std::copy(buffer.begin() + lo, buffer.begin() + hi, key.begin() + lo);
  return swaps;
}

// Pairs tied in a sorted sequence: sum of t(t-1)/2 over runs of equal values.
template <typename Equal>
std::uint64_t TiedPairs(std::size_t n, Equal equal) {
  std::uint64_t pairs = 0;
  std::uint64_t run = 1;
  for (std::size_t i = 1; i <= n; ++i) {
    if (i < n && equal(i - 1, i)) {
      ++run;
    } else {
      pairs += run * (run - 1) / 2;
      run = 1;
    }
  }
  return pairs;
}

}  // namespace

double KendallTauB(std::span<const double> a, std::span<const double> b) {
  if (a.size() != b.size()) {
    throw InvalidArgument("rankings must have the same length, got " + std::to_string(a.size()) +
                          " and " + std::to_string(b.size()));
  }
  CheckNoNan(a, "a");
  CheckNoNan(b, "b");
  const std::size_t n = a.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t x, std::size_t y) { return a[x] != a[y] ? a[x] < a[y] : b[x] < b[y]; });
  const std::uint64_t ties_a =
      TiedPairs(n, [&](std::size_t i, std::size_t j) { return a[order[i]] == a[order[j]]; });
  const std::uint64_t ties_both = TiedPairs(n, [&](std::size_t i, std::size_t j) {
    return a[order[i]] == a[order[j]] && b[order[i]] == b[order[j]];
  });
  std::vector<double> key(n);
  for (std::size_t i = 0; i < n; ++i) key[i] = b[order[i]];
  std::vector<double> buffer(n);
  const std::uint64_t swaps = CountInversions(key, buffer, 0, n);
  const std::uint64_t ties_b =
      TiedPairs(n, [&](std::size_t i, std::size_t j) { return key[i] == key[j]; });
  const double total = static_cast<double>(n) * (n - 1) / 2;
  const double denominator = std::sqrt((total - ties_a) * (total - ties_b));
  if (denominator == 0) return 0;
  const double concordant_minus_discordant =
      total - ties_a - ties_b + ties_both - 2.0 * static_cast<double>(swaps);
  return concordant_minus_discordant / denominator;
}

ImprecisionResult Imprecision(std::span<const double> efficiency, std::span<const double> scores,
                              std::vector<double> fractions) {
  if (efficiency.empty()) throw InvalidArgument("efficiency must not be empty");
  if (efficiency.size() != scores.size()) {
    throw InvalidArgument("efficiency and scores must have the same length, got " +
                          std::to_string(efficiency.size()) + " and " +
                          std::to_string(scores.size()));
  }
  CheckNoNan(efficiency, "efficiency");
  CheckNoNan(scores, "scores");
  for (double f : fractions) {
    if (!(f > 0 && f <= 1)) throw InvalidArgument("fraction must be in (0, 1], got " + Num(f));
  }
  const std::vector<std::size_t> best = RankOrder(efficiency);
  const std::vector<std::size_t> ranked = RankOrder(scores);
  ImprecisionResult result;
  result.fractions = fractions;
  for (double f : fractions) {
    const auto top = static_cast<std::size_t>(std::ceil(f * efficiency.size()));
    double m_eff = 0;
    double m_rank = 0;
    for (std::size_t i = 0; i < top; ++i) {
      m_eff += efficiency[best[i]];
      m_rank += efficiency[ranked[i]];
    }
    result.imprecision.push_back(m_eff > 0 ? 1 - m_rank / m_eff : 0.0);
  }
  result.kendall_tau = KendallTauB(scores, efficiency);
  return result;
}

}  // namespace ombak
