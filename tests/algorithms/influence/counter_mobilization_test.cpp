// Tests of blocking (sampled dominator trees), competitive IC, protector seeding and spreader
// evaluation (efficiency, imprecision, Kendall τ-b).
#include "algorithms/influence/counter_mobilization.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "algorithms/common/rank_agreement.hpp"
#include "algorithms/diffusion/independent_cascade.hpp"
#include "algorithms/influence/spreaders.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "tests/algorithms/diffusion/cascade_fixtures.hpp"

namespace ombak {
namespace {

using ::ombak::testing::MakeGraph;
using ::ombak::testing::RandomDigraph;

template <typename F>
std::string ErrorOf(F&& f) {
  try {
    f();
  } catch (const InvalidArgument& e) {
    return e.what();
  }
  return "no exception";
}

// Influence (against the arcs):   0 => 1 => {2, 3, 4, 5},   0 => 6
// so arcs 1->0, 2->1, 3->1, 4->1, 5->1, 6->0. Account 1 is the bridge to four accounts.
Digraph Bridge() { return MakeGraph(7, {{1, 0}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 0}}); }

// Influence: 0 => 1, 0 => 2, 1 => 3, 2 => 3, 3 => 4: only 3 dominates 4.
Digraph Diamond() { return MakeGraph(5, {{1, 0}, {2, 0}, {3, 1}, {3, 2}, {4, 3}}); }

TEST(Blocking, RemovesTheDominatingBridge) {
  const Digraph g = Bridge();
  const EdgeProbabilities p = UniformProbabilities(g, 1.0);
  const std::vector<NodeId> opponent = {0};
  BlockingOptions o;
  o.samples = 20;
  o.evaluation_runs = 50;
  const BlockingResult r = ChooseBlockers(g, p, opponent, 1, o);
  EXPECT_EQ(r.blocked, (std::vector<NodeId>{1}));
  EXPECT_EQ(r.estimated_reduction, (std::vector<double>{5.0}));
  EXPECT_EQ(r.before.mean_spread, 7.0);
  EXPECT_EQ(r.after.mean_spread, 2.0);
  // Diamond: removing 3 saves 3 and 4; removing 1 or 2 saves only itself.
  const Digraph d = Diamond();
  const EdgeProbabilities pd = UniformProbabilities(d, 1.0);
  const BlockingResult rd = ChooseBlockers(d, pd, opponent, 2, o);
  EXPECT_EQ(rd.blocked, (std::vector<NodeId>{3, 1}));
  EXPECT_EQ(rd.after.mean_spread, 2.0);
  // LT with uniform weights on the bridge: every account listens to one account, so each keeps
  // its only arc and the live graph is the bridge itself.
  o.model = InfluenceModel::kLinearThreshold;
  const EdgeProbabilities w = LinearThresholdWeights(g);
  const BlockingResult lt = ChooseBlockers(g, w, opponent, 1, o);
  EXPECT_EQ(lt.blocked, (std::vector<NodeId>{1}));
  EXPECT_EQ(lt.estimated_reduction, (std::vector<double>{5.0}));
  EXPECT_EQ(lt.after.mean_spread, 2.0);
  // In the LT diamond 3 keeps 1 or 2 with probability 1/2, so removing 1, 2 or 3 each saves 2
  // accounts in expectation: the sampled reduction of the pick must be close to 2.
  const EdgeProbabilities wd = LinearThresholdWeights(d);
  o.samples = 4000;
  const BlockingResult ltd = ChooseBlockers(d, wd, opponent, 1, o);
  EXPECT_NEAR(ltd.estimated_reduction[0], 2.0, 0.1);
}

TEST(Blocking, ReducesSpreadAndIsDeterministic) {
  const Digraph g = RandomDigraph(300, 1800, 7);
  const EdgeProbabilities p = WeightedCascadeProbabilities(g);
  const std::vector<NodeId> opponent = {1, 2, 3};
  BlockingOptions o;
  o.samples = 200;
  o.evaluation_runs = 2000;
  SetThreads(1);
  const BlockingResult a = ChooseBlockers(g, p, opponent, 4, o);
  SetThreads(2);
  const BlockingResult b = ChooseBlockers(g, p, opponent, 4, o);
  EXPECT_EQ(a.blocked, b.blocked);
  EXPECT_EQ(a.estimated_reduction, b.estimated_reduction);
  ASSERT_EQ(a.blocked.size(), 4u);
  EXPECT_LT(a.after.ci_high, a.before.ci_low);
  // Better than removing the four largest audiences that are not seeds.
  MonteCarloOptions mc;
  mc.runs = 2000;
  std::vector<NodeId> by_audience;
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    if (v > 3) by_audience.push_back(v);
  }
  std::partial_sort(by_audience.begin(), by_audience.begin() + 4, by_audience.end(),
                    [&](NodeId x, NodeId y) { return g.in_degree(x) > g.in_degree(y); });
  mc.blocked.assign(by_audience.begin(), by_audience.begin() + 4);
  EXPECT_LT(a.after.mean_spread, SimulateIndependentCascade(g, p, opponent, mc).mean_spread);
}

TEST(Competition, EarlierAdoptionWinsAndTiesGoToUs) {
  // Influence 0 => 2 and 1 => 2 (arcs 2->0, 2->1): both reach 2 at step 1; we win the tie.
  const Digraph tie = MakeGraph(3, {{2, 0}, {2, 1}});
  const EdgeProbabilities p = UniformProbabilities(tie, 1.0);
  MonteCarloOptions mc;
  mc.runs = 5;
  const std::vector<NodeId> opponent = {0};
  const std::vector<NodeId> ours = {1};
  EXPECT_EQ(SimulateCompetingCascades(tie, p, opponent, ours, mc).mean_spread, 1.0);
  EXPECT_EQ(SimulateCompetingCascades(tie, p, opponent, {}, mc).mean_spread, 2.0);
  // Influence 0 => 2 => 3 and 1 => 3: we reach 3 at step 1, before the opponent (step 2).
  const Digraph path = MakeGraph(4, {{2, 0}, {3, 2}, {3, 1}});
  const EdgeProbabilities pp = UniformProbabilities(path, 1.0);
  EXPECT_EQ(SimulateCompetingCascades(path, pp, opponent, ours, mc).mean_spread, 2.0);
}

TEST(Competition, ProtectorsPreemptTheBridge) {
  const Digraph g = Bridge();
  const EdgeProbabilities p = UniformProbabilities(g, 1.0);
  const std::vector<NodeId> opponent = {0};
  ProtectorOptions o;
  o.runs = 10;
  o.evaluation_runs = 10;
  const ProtectorResult r = ChooseProtectors(g, p, opponent, 1, o);
  EXPECT_EQ(r.seeds, (std::vector<NodeId>{1}));
  EXPECT_EQ(r.before.mean_spread, 7.0);
  EXPECT_EQ(r.after.mean_spread, 2.0);
}

TEST(Spreaders, EfficiencyImprecisionAndKendall) {
  const Digraph g = Bridge();
  SpreaderOptions o;
  o.use_sir = false;
  o.runs = 10;
  const std::vector<double> eff = SpreadingEfficiency(g, UniformProbabilities(g, 1.0), o);
  EXPECT_EQ(eff, (std::vector<double>{7, 5, 1, 1, 1, 1, 1}));
  o.use_sir = true;  // recovery 1: one infectious step, the same as IC
  EXPECT_EQ(SpreadingEfficiency(g, UniformProbabilities(g, 1.0), o), eff);
  o.accounts = {1, 6};
  EXPECT_EQ(SpreadingEfficiency(g, UniformProbabilities(g, 1.0), o), (std::vector<double>{5, 1}));

  const ImprecisionResult perfect = Imprecision(eff, eff, {0.1, 0.3});
  EXPECT_EQ(perfect.imprecision, (std::vector<double>{0.0, 0.0}));
  EXPECT_DOUBLE_EQ(perfect.kendall_tau, 1.0);
  // A ranking that puts 6 first: top 1 of 7 (ceil 0.1*7 = 1) has efficiency 1 instead of 7.
  const std::vector<double> bad = {0, 0, 0, 0, 0, 0, 9};
  EXPECT_NEAR(Imprecision(eff, bad, {0.1}).imprecision[0], 1 - 1.0 / 7.0, 1e-12);

  // Values checked against scipy.stats.kendalltau (tau-b).
  const std::vector<double> a1 = {1, 2, 3, 4}, b1 = {1, 3, 2, 4};
  EXPECT_NEAR(KendallTauB(a1, b1), 0.6666666666666669, 1e-12);
  const std::vector<double> a2 = {1, 2, 2, 3, 5, 5}, b2 = {1, 3, 2, 2, 4, 4};
  EXPECT_NEAR(KendallTauB(a2, b2), 0.7692307692307694, 1e-12);
  const std::vector<double> a3 = {3, 1, 2}, b3 = {1, 2, 3};
  EXPECT_NEAR(KendallTauB(a3, b3), -0.33333333333333337, 1e-12);
}

TEST(CounterMobilization, ErrorMessages) {
  const Digraph g = Bridge();
  const EdgeProbabilities p = UniformProbabilities(g, 0.5);
  const std::vector<NodeId> opponent = {0};
  EXPECT_EQ(ErrorOf([&] { ChooseBlockers(g, p, {}, 1); }), "opponent_seeds must not be empty");
  const std::vector<NodeId> bad = {9};
  EXPECT_EQ(ErrorOf([&] { ChooseBlockers(g, p, bad, 1); }),
            "opponent_seeds[0] = 9 is not a node of a graph with 7 nodes");
  EXPECT_EQ(ErrorOf([&] { ChooseBlockers(g, p, opponent, 0); }), "k must be >= 1, got 0");
  BlockingOptions b;
  b.samples = 0;
  EXPECT_EQ(ErrorOf([&] { ChooseBlockers(g, p, opponent, 1, b); }), "samples must be >= 1, got 0");
  b = {};
  b.evaluation_runs = 0;
  EXPECT_EQ(ErrorOf([&] { ChooseBlockers(g, p, opponent, 1, b); }),
            "evaluation_runs must be >= 1, got 0");
  const std::vector<NodeId> same = {0};
  EXPECT_EQ(ErrorOf([&] { SimulateCompetingCascades(g, p, opponent, same); }),
            "account 0 is in both seed lists");
  EXPECT_EQ(ErrorOf([&] { SimulateCompetingCascades(g, p, opponent, bad); }),
            "our_seeds[0] = 9 is not a node of a graph with 7 nodes");
  ProtectorOptions po;
  po.candidates = {0};
  EXPECT_EQ(ErrorOf([&] { ChooseProtectors(g, p, opponent, 1, po); }),
            "candidate 0 is an opponent seed");
  po.candidates = {1, 2};
  EXPECT_EQ(ErrorOf([&] { ChooseProtectors(g, p, opponent, 3, po); }),
            "k must be <= the number of candidates (2), got 3");
  EXPECT_EQ(ErrorOf([&] { ChooseProtectors(g, p, opponent, 0, po); }), "k must be >= 1, got 0");
  SpreaderOptions so;
  so.runs = 0;
  EXPECT_EQ(ErrorOf([&] { SpreadingEfficiency(g, p, so); }), "runs must be >= 1, got 0");
  so.runs = 1;
  so.accounts = {7};
  EXPECT_EQ(ErrorOf([&] { SpreadingEfficiency(g, p, so); }),
            "accounts[0] = 7 is not a node of a graph with 7 nodes");
  const std::vector<double> two = {1, 2}, three = {1, 2, 3}, nan = {1, std::nan("")};
  EXPECT_EQ(ErrorOf([&] { Imprecision({}, {}); }), "efficiency must not be empty");
  EXPECT_EQ(ErrorOf([&] { Imprecision(two, three); }),
            "efficiency and scores must have the same length, got 2 and 3");
  EXPECT_EQ(ErrorOf([&] { Imprecision(two, two, {0}); }), "fraction must be in (0, 1], got 0");
  EXPECT_EQ(ErrorOf([&] { Imprecision(two, nan); }), "scores[1] is NaN");
}

}  // namespace
}  // namespace ombak
