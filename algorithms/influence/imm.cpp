// IMM: sampling phase for the lower bound, then a fresh RR collection for the selection.
#include "algorithms/influence/imm.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "algorithms/diffusion/linear_threshold.hpp"
#include "algorithms/diffusion/validate.hpp"
#include "graph/errors.hpp"
#include "graph/random.hpp"

namespace ombak {

using diffusion_detail::CheckNodeList;
using diffusion_detail::Num;

namespace {

// Seed-count constraint of the per-community campaign as a monotone CandidateFilter: once the
// seats left equal the unmet quotas, only accounts of communities still below quota qualify.
class QuotaFilter {
 public:
  QuotaFilter(std::span<const std::uint32_t> communities, std::uint32_t quota, std::uint32_t k)
      : communities_(communities), k_(k) {
    std::uint32_t num = 0;
    for (std::uint32_t c : communities) num = std::max(num, c + 1);
    need_.assign(num, 0);
    for (std::uint32_t c : communities) need_[c] = std::min(need_[c] + 1, quota);
    for (std::uint32_t c = 0; c < num; ++c) unmet_ += need_[c];
  }
  std::uint64_t total_quota() const { return unmet_; }
  bool operator()(NodeId candidate, std::span<const NodeId> chosen) {
    for (; synced_ < chosen.size(); ++synced_) {
      auto& need = need_[communities_[chosen[synced_]]];
      if (need > 0) {
        --need;
        --unmet_;
      }
    }
    const std::uint64_t seats = k_ - chosen.size();
    return seats > unmet_ || need_[communities_[candidate]] > 0;
  }

 private:
  std::span<const std::uint32_t> communities_;
  std::uint32_t k_;
  std::vector<std::uint32_t> need_;
  std::uint64_t unmet_ = 0;
  std::size_t synced_ = 0;
};

void Validate(const Digraph& g, const EdgeProbabilities& p, std::uint32_t k, const ImmOptions& o) {
  const NodeId n = g.num_nodes();
  const bool budgeted = !o.costs.empty();
  if (!budgeted && k == 0) throw InvalidArgument("k must be >= 1, got 0");
  if (k > n) {
    throw InvalidArgument("k must be <= the number of accounts (" + std::to_string(n) + "), got " +
                          std::to_string(k));
  }
  if (!(o.epsilon > 0 && o.epsilon < 1)) {
    throw InvalidArgument("epsilon must be in (0, 1), got " + Num(o.epsilon));
  }
  if (!(o.ell > 0 && std::isfinite(o.ell))) {
    throw InvalidArgument("ell must be > 0, got " + Num(o.ell));
  }
  p.CheckMatches(g, o.model == InfluenceModel::kLinearThreshold ? "Linear Threshold weights"
                                                                : "edge probabilities");
  if (o.model == InfluenceModel::kLinearThreshold) LinearThresholdModel check(g, p);
  CheckNodeList(o.targets, n, "targets");
  if (budgeted) {
    if (o.costs.size() != n) {
      throw InvalidArgument("costs needs one value per account (" + std::to_string(n) + "), got " +
                            std::to_string(o.costs.size()));
    }
    for (NodeId v = 0; v < n; ++v) {
      if (!(o.costs[v] > 0 && std::isfinite(o.costs[v]))) {
        throw InvalidArgument("cost of account " + std::to_string(v) +
                              " must be finite and > 0, got " + Num(o.costs[v]));
      }
    }
    const double cheapest = *std::min_element(o.costs.begin(), o.costs.end());
    if (!(o.budget >= cheapest)) {
      throw InvalidArgument("budget must be >= the cheapest account's cost (" + Num(cheapest) +
                            "), got " + Num(o.budget));
    }
    if (!o.communities.empty()) {
      throw InvalidArgument("a budget and a per-community quota cannot be combined");
    }
  }
  if (!o.communities.empty()) {
    if (o.communities.size() != n) {
      throw InvalidArgument("communities needs one id per account (" + std::to_string(n) +
                            "), got " + std::to_string(o.communities.size()));
    }
    const QuotaFilter filter(o.communities, o.per_community, k);
    if (filter.total_quota() > k) {
      throw InvalidArgument("per_community quotas need " + std::to_string(filter.total_quota()) +
                            " seeds, more than k = " + std::to_string(k));
    }
  }
}

double LogChoose(double n, double k) {
  return std::lgamma(n + 1) - std::lgamma(k + 1) - std::lgamma(n - k + 1);
}

// Largest number of accounts that fit the budget (cheapest first): the k of the bounds.
std::uint32_t AffordableCount(std::vector<double> costs, double budget) {
  std::sort(costs.begin(), costs.end());
  double spent = 0;
  std::uint32_t count = 0;
  for (double c : costs) {
    if (spent + c > budget) break;
    spent += c;
    ++count;
  }
  return std::max<std::uint32_t>(count, 1);
}

}  // namespace

SeedSelection Imm(const Digraph& g, const EdgeProbabilities& p, std::uint32_t k,
                  const ImmOptions& options) {
  Validate(g, p, k, options);
  const NodeId n = g.num_nodes();
  std::vector<NodeId> roots = options.targets;
  std::sort(roots.begin(), roots.end());
  roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
  const double scale = roots.empty() ? n : static_cast<double>(roots.size());
  const bool budgeted = !options.costs.empty();
  const std::uint32_t bound_k =
      budgeted ? std::min(AffordableCount(options.costs, options.budget), n) : k;

  auto select = [&](const RrSets& sets) {
    if (budgeted) return BudgetedMaxCoverage(sets, options.costs, options.budget, k);
    if (!options.communities.empty()) {
      QuotaFilter quota(options.communities, options.per_community, k);
      return GreedyMaxCoverage(sets, n, k, std::ref(quota));
    }
    return GreedyMaxCoverage(sets, n, k);
  };

  SeedSelection result;
  const double dn = std::max<double>(n, 2);
  const double ell = options.ell * (1 + std::log(2.0) / std::log(dn));
  const double eps = options.epsilon;
  const double eps_prime = std::sqrt(2.0) * eps;
  const double log_choose = LogChoose(dn, std::min<double>(bound_k, dn));
  const double lambda_prime = (2 + 2.0 / 3.0 * eps_prime) *
                              (log_choose + ell * std::log(dn) + std::log(std::log2(dn))) * scale /
                              (eps_prime * eps_prime);
  const double e_inv = 1 - 1 / std::exp(1.0);
  const double alpha = std::sqrt(ell * std::log(dn) + std::log(2.0));
  const double beta = std::sqrt(e_inv * (log_choose + ell * std::log(dn) + std::log(2.0)));
  const double lambda_star = 2 * scale * std::pow(e_inv * alpha + beta, 2) / (eps * eps);
  auto clamp = [&](double theta) {
    const double bounded = std::min(std::ceil(theta), static_cast<double>(options.max_rr_sets));
    if (bounded < std::ceil(theta)) result.capped = true;
    return static_cast<std::uint64_t>(std::max(bounded, 1.0));
  };

  // Sampling phase (Tang et al., Algorithm 2 with ε' = √2 ε): find LB <= OPT.
  RrSets sets;
  double lower_bound = 1;
  const int rounds = std::max(1, static_cast<int>(std::log2(scale)) - 1);
  for (int i = 1; i <= rounds; ++i) {
    const double x = scale / std::pow(2.0, i);
    AppendRrSets(g, p, options.model, clamp(lambda_prime / x), options.seed, roots, sets);
    const CoverageResult c = select(sets);
    const double estimate = scale * static_cast<double>(c.covered) / sets.size();
    if (options.progress) options.progress(0.5 * i / rounds);
    if (estimate >= (1 + eps_prime) * x) {
      lower_bound = estimate / (1 + eps_prime);
      break;
    }
  }
  result.sampling_rr_sets = sets.size();
  result.rr_set_bytes = sets.MemoryBytes();
  result.edge_visits = sets.edge_visits;
  result.lower_bound = lower_bound;
  sets.Clear();

  // Selection on fresh RR sets (Chen 2018's fix), from an independent stream family.
  RrSets fresh;
  AppendRrSets(g, p, options.model, clamp(lambda_star / lower_bound),
               MixBits(options.seed ^ 0x1a2b3c4d5e6f7081ULL), roots, fresh);
  const CoverageResult chosen = select(fresh);
  if (options.progress) options.progress(1.0);
  result.rr_sets = fresh.size();
  result.rr_set_bytes = std::max<std::uint64_t>(result.rr_set_bytes, fresh.MemoryBytes());
  result.edge_visits += fresh.edge_visits;
  result.seeds = chosen.seeds;
  const double per_set = scale / static_cast<double>(fresh.size());
  for (std::uint64_t m : chosen.marginal) result.marginal_gain.push_back(m * per_set);
  result.estimated_spread = chosen.covered * per_set;
  result.cost = chosen.cost;
  return result;
}

}  // namespace ombak
