// Tests of RR sets, greedy coverage, IMM, CELF and the baseline heuristics.
#include "algorithms/influence/imm.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "algorithms/diffusion/independent_cascade.hpp"
#include "algorithms/diffusion/linear_threshold.hpp"
#include "algorithms/influence/celf.hpp"
#include "algorithms/influence/heuristics.hpp"
#include "algorithms/influence/rr_sets.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "tests/algorithms/diffusion/cascade_fixtures.hpp"

namespace ombak {
namespace {

using ::ombak::testing::ExactIcActivation;
using ::ombak::testing::ExactLtActivation;
using ::ombak::testing::FiveNodeGraph;
using ::ombak::testing::MakeGraph;
using ::ombak::testing::RandomDigraph;
using ::ombak::testing::Sum;

template <typename F>
std::string ErrorOf(F&& f) {
  try {
    f();
  } catch (const InvalidArgument& e) {
    return e.what();
  }
  return "no exception";
}

double McSpread(const Digraph& g, const EdgeProbabilities& p, InfluenceModel model,
                const std::vector<NodeId>& seeds) {
  MonteCarloOptions mc;
  mc.runs = 4000;
  mc.seed = 999;
  return model == InfluenceModel::kIndependentCascade
             ? SimulateIndependentCascade(g, p, seeds, mc).mean_spread
             : SimulateLinearThreshold(g, p, seeds, {}, mc).mean_spread;
}

TEST(RrSets, HitFrequencyEstimatesExactSpread) {
  // n * Pr[RR set hits S] = expected spread of S (Borgs et al. 2014, Observation 3.2).
  const Digraph g = FiveNodeGraph();
  const std::vector<NodeId> seeds = {0};
  const EdgeProbabilities p = UniformProbabilities(g, 0.4);
  const EdgeProbabilities w = LinearThresholdWeights(g);
  for (auto [model, probs, exact] :
       {std::tuple{InfluenceModel::kIndependentCascade, &p, Sum(ExactIcActivation(g, p, seeds))},
        std::tuple{InfluenceModel::kLinearThreshold, &w, Sum(ExactLtActivation(g, w, seeds))}}) {
    RrSets sets;
    AppendRrSets(g, *probs, model, 100000, 3, {}, sets);
    ASSERT_EQ(sets.size(), 100000u);
    std::uint64_t hits = 0;
    for (std::uint64_t i = 0; i < sets.size(); ++i) {
      const auto s = sets.set(i);
      hits += std::find(s.begin(), s.end(), NodeId{0}) != s.end();
    }
    EXPECT_NEAR(5.0 * hits / sets.size(), exact, 0.03) << static_cast<int>(model);
  }
}

TEST(RrSets, CertainArcsGiveTheReverseReachableSet) {
  // p = 1: the RR set of root 3 is everyone 3 listens to, transitively: {3, 1, 2, 0, 4}.
  const Digraph g = FiveNodeGraph();
  const EdgeProbabilities p = UniformProbabilities(g, 1.0);
  const std::vector<NodeId> root = {3};
  RrSets sets;
  AppendRrSets(g, p, InfluenceModel::kIndependentCascade, 1, 1, root, sets);
  const auto s = sets.set(0);
  EXPECT_EQ(std::set<NodeId>(s.begin(), s.end()), (std::set<NodeId>{0, 1, 2, 3, 4}));
  EXPECT_EQ(s[0], 3u);
}

TEST(RrSets, SameSeedSameSetsForAnyThreadCount) {
  const Digraph g = RandomDigraph(3000, 20000, 5);
  const EdgeProbabilities p = WeightedCascadeProbabilities(g);
  RrSets a;
  RrSets b;
  SetThreads(1);
  AppendRrSets(g, p, InfluenceModel::kIndependentCascade, 5000, 8, {}, a);
  SetThreads(2);
  AppendRrSets(g, p, InfluenceModel::kIndependentCascade, 3000, 8, {}, b);
  AppendRrSets(g, p, InfluenceModel::kIndependentCascade, 5000, 8, {}, b);  // in two calls
  ASSERT_EQ(a.size(), b.size());
  for (std::uint64_t i = 0; i < a.size(); ++i) {
    ASSERT_TRUE(std::ranges::equal(a.set(i), b.set(i))) << i;
  }
  EXPECT_EQ(a.edge_visits, b.edge_visits);
}

TEST(Coverage, GreedyAndBudgetedOnHandMadeSets) {
  // Sets {0,1}, {0,2}, {0,3}, {1,4}, {1,5}, {2}: greedy takes 0 (3 sets), then 1 (2 more).
  RrSets sets;
  for (std::vector<NodeId> s : {std::vector<NodeId>{0, 1}, {0, 2}, {0, 3}, {1, 4}, {1, 5}, {2}}) {
    sets.Append(s);
  }
  const CoverageResult greedy = GreedyMaxCoverage(sets, 6, 2);
  EXPECT_EQ(greedy.seeds, (std::vector<NodeId>{0, 1}));
  EXPECT_EQ(greedy.marginal, (std::vector<std::uint64_t>{3, 2}));
  EXPECT_EQ(greedy.covered, 5u);
  // With zero-gain filling, k = 4 completes with 2 (1 more set) and then the smallest id left.
  EXPECT_EQ(GreedyMaxCoverage(sets, 6, 4).seeds, (std::vector<NodeId>{0, 1, 2, 3}));
  EXPECT_EQ(GreedyMaxCoverage(sets, 6, 4, nullptr, false).seeds, (std::vector<NodeId>{0, 1, 2}));
  // Costs: 0 costs 10, others 1. Budget 2: 0 does not fit; cost-effective picks 1 (3 sets per
  // unit), then 2 (2 per unit): 5 sets for cost 2.
  const std::vector<double> costs = {10, 1, 1, 1, 1, 1};
  const CoverageResult budgeted = BudgetedMaxCoverage(sets, costs, 2);
  EXPECT_EQ(budgeted.seeds, (std::vector<NodeId>{1, 2}));
  EXPECT_EQ(budgeted.covered, 5u);
  EXPECT_EQ(budgeted.cost, 2.0);
  // Budget 3 adds 3 ({0,3}): all 6 sets; max_seeds = 1 keeps only 1.
  EXPECT_EQ(BudgetedMaxCoverage(sets, costs, 3).covered, 6u);
  EXPECT_EQ(BudgetedMaxCoverage(sets, costs, 3, 1).seeds, (std::vector<NodeId>{1}));
  // Best single wins when cheap accounts cover little: costs 1 for 5 only.
  const std::vector<double> pricey = {2, 50, 50, 50, 50, 1};
  EXPECT_EQ(BudgetedMaxCoverage(sets, pricey, 2).seeds, (std::vector<NodeId>{0}));
}

struct Fixture {
  Digraph g = RandomDigraph(250, 1500, 21);
  EdgeProbabilities ic = WeightedCascadeProbabilities(g);
};

TEST(Imm, MatchesCelfAndBeatsBaselines) {
  const Fixture f;
  for (InfluenceModel model :
       {InfluenceModel::kIndependentCascade, InfluenceModel::kLinearThreshold}) {
    ImmOptions o;
    o.model = model;
    o.epsilon = 0.1;
    const SeedSelection imm = Imm(f.g, f.ic, 5, o);
    ASSERT_EQ(imm.seeds.size(), 5u);
    CelfOptions c;
    c.model = model;
    c.runs = 300;
    const SeedSelection celf = CelfGreedy(f.g, f.ic, 5, c);
    const double imm_spread = McSpread(f.g, f.ic, model, imm.seeds);
    const double celf_spread = McSpread(f.g, f.ic, model, celf.seeds);
    EXPECT_GE(imm_spread, (1 - 1 / std::exp(1.0) - 0.1) * celf_spread);
    EXPECT_GE(imm_spread, 0.98 * celf_spread) << "model " << static_cast<int>(model);
    EXPECT_NEAR(imm.estimated_spread, imm_spread, 0.05 * imm_spread);
    EXPECT_GT(celf.spread_evaluations, 250u);  // every candidate once, plus re-evaluations
    const double degree = McSpread(f.g, f.ic, model,
                                   TopKByScore(
                                       [&] {
                                         std::vector<double> d(f.g.num_nodes());
                                         for (NodeId v = 0; v < f.g.num_nodes(); ++v)
                                           d[v] = f.g.in_degree(v);
                                         return d;
                                       }(),
                                       5));
    const double random = McSpread(f.g, f.ic, model, {11, 57, 123, 200, 249});
    EXPECT_GT(imm_spread, degree);
    EXPECT_GT(imm_spread, random);
    EXPECT_GT(imm.rr_sets, 0u);
    EXPECT_GT(imm.rr_set_bytes, 4 * imm.rr_sets);
  }
}

TEST(Imm, SameSeedSameSeedsForAnyThreadCount) {
  const Fixture f;
  ImmOptions o;
  o.seed = 4;
  SetThreads(1);
  const SeedSelection a = Imm(f.g, f.ic, 10, o);
  SetThreads(2);
  const SeedSelection b = Imm(f.g, f.ic, 10, o);
  EXPECT_EQ(a.seeds, b.seeds);
  EXPECT_EQ(a.estimated_spread, b.estimated_spread);
  EXPECT_EQ(a.rr_sets, b.rr_sets);
  CelfOptions c;
  c.runs = 200;
  SetThreads(1);
  const SeedSelection x = CelfGreedy(f.g, f.ic, 3, c);
  SetThreads(2);
  EXPECT_EQ(CelfGreedy(f.g, f.ic, 3, c).seeds, x.seeds);
}

TEST(Imm, CampaignVariants) {
  const Fixture f;
  const NodeId n = f.g.num_nodes();
  // Budget: accounts with a large audience cost more.
  ImmOptions budget;
  budget.costs.resize(n);
  for (NodeId v = 0; v < n; ++v) budget.costs[v] = 1.0 + f.g.in_degree(v);
  budget.budget = 40;
  const SeedSelection b = Imm(f.g, f.ic, 0, budget);
  double cost = 0;
  for (NodeId v : b.seeds) cost += budget.costs[v];
  EXPECT_LE(cost, 40.0);
  EXPECT_DOUBLE_EQ(b.cost, cost);
  EXPECT_GE(b.seeds.size(), 2u);

  // Quota: communities by id parity range, at least 2 seeds in each of 4 blocks.
  ImmOptions quota;
  quota.communities.resize(n);
  for (NodeId v = 0; v < n; ++v) quota.communities[v] = v % 4;
  quota.per_community = 2;
  const SeedSelection q = Imm(f.g, f.ic, 9, quota);
  ASSERT_EQ(q.seeds.size(), 9u);
  std::vector<int> per(4, 0);
  for (NodeId v : q.seeds) ++per[v % 4];
  for (int c : per) EXPECT_GE(c, 2);

  // Target group: only accounts 0..49 count.
  ImmOptions target;
  for (NodeId v = 0; v < 50; ++v) target.targets.push_back(v);
  const SeedSelection t = Imm(f.g, f.ic, 5, target);
  EXPECT_LE(t.estimated_spread, 50.0);
  MonteCarloOptions mc;
  mc.runs = 4000;
  const MonteCarloResult reach = SimulateIndependentCascade(f.g, f.ic, t.seeds, mc);
  double in_target = 0;
  for (NodeId v = 0; v < 50; ++v) in_target += reach.activation_probability[v];
  EXPECT_NEAR(t.estimated_spread, in_target, 0.1 * in_target + 0.5);
  const SeedSelection plain = Imm(f.g, f.ic, 5);
  const MonteCarloResult plain_reach = SimulateIndependentCascade(f.g, f.ic, plain.seeds, mc);
  double plain_in_target = 0;
  for (NodeId v = 0; v < 50; ++v) plain_in_target += plain_reach.activation_probability[v];
  EXPECT_GE(in_target, plain_in_target);
}

TEST(Heuristics, DegreeDiscountTopKAndKShell) {
  // A star whose centre 0 has audience 1..4 (arcs v -> 0), plus 5 -> 1 and 6 -> 1.
  const Digraph star = MakeGraph(7, {{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 1}, {6, 1}});
  // dd: 0 has 4, 1 has 2. After 0, its audience is discounted: dd_1 = 2 - 2 - (2-1)*1*0.1 =
  // -0.1 and dd_2..4 = 0 - 2 + 0.1 = -1.9, so the next seed is 5 (dd 0, smallest id).
  EXPECT_EQ(DegreeDiscount(star, 2, 0.1), (std::vector<NodeId>{0, 5}));
  const std::vector<double> scores = {0.1, 0.5, 0.5, 0.9};
  EXPECT_EQ(TopKByScore(scores, 3), (std::vector<NodeId>{3, 1, 2}));
  // Two triangles {0,1,2}, {3,4,5} joined by 2-3, plus a pendant 6 on 0 (undirected).
  const Digraph g =
      MakeGraph(7, {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}, {0, 6}}, true);
  const std::vector<NodeId> ks = KShellDispersed(g, 2);
  // Coreness 2 for the triangles; by degree 0, 2, 3 (3 each); 0 first, then 3 (2 is adjacent).
  EXPECT_EQ(ks, (std::vector<NodeId>{0, 3}));
  EXPECT_EQ(KShellDispersed(g, 4).size(), 4u);
}

TEST(Influence, ErrorMessages) {
  const Digraph g = FiveNodeGraph();
  const EdgeProbabilities p = UniformProbabilities(g, 0.5);
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 0); }), "k must be >= 1, got 0");
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 6); }), "k must be <= the number of accounts (5), got 6");
  ImmOptions o;
  o.epsilon = 1;
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 1, o); }), "epsilon must be in (0, 1), got 1");
  o = {};
  o.ell = 0;
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 1, o); }), "ell must be > 0, got 0");
  o = {};
  o.model = InfluenceModel::kLinearThreshold;
  EXPECT_EQ(ErrorOf([&] { Imm(g, UniformProbabilities(g, 0.75), 1, o); }),
            "Linear Threshold weights into account 2 sum to 1.5, more than 1");
  o = {};
  o.targets = {8};
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 1, o); }),
            "targets[0] = 8 is not a node of a graph with 5 nodes");
  o = {};
  o.costs = {1, 1};
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 1, o); }), "costs needs one value per account (5), got 2");
  o.costs = {1, 1, 0, 1, 1};
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 1, o); }), "cost of account 2 must be finite and > 0, got 0");
  o.costs = {2, 3, 4, 5, 6};
  o.budget = 1;
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 1, o); }),
            "budget must be >= the cheapest account's cost (2), got 1");
  o.budget = 5;
  o.communities = {0, 0, 0, 1, 1};
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 1, o); }),
            "a budget and a per-community quota cannot be combined");
  o = {};
  o.communities = {0, 1};
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 1, o); }), "communities needs one id per account (5), got 2");
  o.communities = {0, 0, 1, 1, 2};
  o.per_community = 2;
  EXPECT_EQ(ErrorOf([&] { Imm(g, p, 4, o); }),
            "per_community quotas need 5 seeds, more than k = 4");
  const Digraph other = MakeGraph(2, {{0, 1}});
  EXPECT_EQ(ErrorOf([&] { Imm(other, p, 1); }),
            "edge probabilities were computed for a graph with 5 nodes and 7 arcs, got a graph "
            "with 2 nodes and 1 arcs");

  EXPECT_EQ(ErrorOf([&] { CelfGreedy(g, p, 0); }), "k must be >= 1, got 0");
  CelfOptions c;
  c.runs = 0;
  EXPECT_EQ(ErrorOf([&] { CelfGreedy(g, p, 1, c); }), "runs must be >= 1, got 0");
  c.runs = 1000;
  c.candidates = {1, 2};
  EXPECT_EQ(ErrorOf([&] { CelfGreedy(g, p, 3, c); }),
            "k must be <= the number of candidates (2), got 3");
  c.candidates = {1, 7};
  EXPECT_EQ(ErrorOf([&] { CelfGreedy(g, p, 1, c); }),
            "candidates[1] = 7 is not a node of a graph with 5 nodes");
  EXPECT_EQ(ErrorOf([&] { DegreeDiscount(g, 0, 0.1); }), "k must be >= 1, got 0");
  EXPECT_EQ(ErrorOf([&] { DegreeDiscount(g, 9, 0.1); }),
            "k must be <= the number of accounts (5), got 9");
  EXPECT_EQ(ErrorOf([&] { DegreeDiscount(g, 1, -0.1); }), "p must be in [0, 1], got -0.1");
  const std::vector<double> nan_scores = {1, std::nan("")};
  EXPECT_EQ(ErrorOf([&] { TopKByScore(nan_scores, 1); }), "score of account 1 is NaN");
  EXPECT_EQ(ErrorOf([&] { KShellDispersed(g, 6); }),
            "k must be <= the number of accounts (5), got 6");
}

}  // namespace
}  // namespace ombak
