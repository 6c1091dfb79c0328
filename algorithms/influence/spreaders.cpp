// Single-seed spreading efficiency, the imprecision function and Kendall's τ-b.
#include "algorithms/influence/spreaders.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <string>

#include "algorithms/common/rank_agreement.hpp"
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

}  // namespace

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
