// Tests of the threshold models (Watts, Centola & Macy, Granovetter) and of SIR/SIS.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/epidemic.hpp"
#include "algorithms/diffusion/threshold_models.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "tests/algorithms/diffusion/cascade_fixtures.hpp"

namespace ombak {
namespace {

using ::ombak::testing::ErdosRenyi;
using ::ombak::testing::ExactIcActivation;
using ::ombak::testing::FiveNodeGraph;
using ::ombak::testing::MakeGraph;
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

// An undirected ring lattice 0-1-2-3-4-5-0 with chords 0-3: degrees 3,2,2,3,2,2.
//
//     0 --- 1 --- 2
//     |  \        |
//     5 --- 4 --- 3     (the chord joins 0 and 3)
Digraph Ring() {
  return MakeGraph(6, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}, {0, 3}}, true);
}

TEST(Threshold, FractionalAndCountRulesOnARing) {
  const Digraph g = Ring();
  MonteCarloOptions mc;
  mc.runs = 2;
  const std::vector<NodeId> seed0 = {0};
  ThresholdOptions watts;
  watts.threshold = 0.5;  // degree-2 accounts need 1 active neighbour, degree-3 need 1.5
  // From 0: 1 and 5 (1/2 each) at step 1, then 2 and 4 at step 2; 3 has 3 neighbours, needs 2:
  // 0 at step 0 gives 1/3, 2 and 4 at step 2 push it over at step 3.
  MonteCarloResult r = SimulateThreshold(g, seed0, watts, mc);
  EXPECT_EQ(r.mean_spread, 6.0);
  EXPECT_EQ(r.mean_activations_per_step, (std::vector<double>{1, 2, 2, 1}));
  watts.threshold = 0.6;  // degree-2 accounts now need both neighbours: nothing moves
  EXPECT_EQ(SimulateThreshold(g, seed0, watts, mc).mean_spread, 1.0);

  ThresholdOptions complex;
  complex.rule = ThresholdRule::kCount;
  complex.threshold = 2;  // Centola & Macy: two active neighbours
  EXPECT_EQ(SimulateThreshold(g, seed0, complex, mc).mean_spread, 1.0);
  const std::vector<NodeId> pair = {0, 2};  // 1 sees both; 3 sees 0 and 2
  r = SimulateThreshold(g, pair, complex, mc);
  // 0 and 2, then 1 and 3; 4 sees only 3 and 5 sees only 0, so both stay inactive.
  EXPECT_EQ(r.mean_spread, 4.0);
}

TEST(Threshold, PerAccountThresholds) {
  const Digraph g = Ring();
  ThresholdOptions granovetter;
  granovetter.rule = ThresholdRule::kCount;
  granovetter.node_thresholds = {0, 1, 1, 3, 1, 1};  // 3 needs all three neighbours
  MonteCarloOptions mc;
  mc.runs = 1;
  const std::vector<NodeId> seed1 = {1};
  const MonteCarloResult r = SimulateThreshold(g, seed1, granovetter, mc);
  // 1 => 0 and 2 (step 1) => 5 (step 2) => 4 (step 3); 3 needs 0, 2 and 4: step 4.
  EXPECT_EQ(r.mean_spread, 6.0);
  EXPECT_EQ(r.mean_activations_per_step, (std::vector<double>{1, 2, 1, 1, 1}));
}

TEST(Threshold, RandomThresholdsAreDeterministicAcrossThreads) {
  const Digraph g = ErdosRenyi(1500, 4, 3);
  ThresholdOptions o;
  o.distribution = ThresholdDistribution::kNormal;
  o.threshold = 0.18;
  o.spread = 0.05;
  MonteCarloOptions mc;
  mc.runs = 300;
  mc.random_seeds = 3;
  SetThreads(1);
  const MonteCarloResult a = SimulateThreshold(g, {}, o, mc);
  SetThreads(2);
  const MonteCarloResult b = SimulateThreshold(g, {}, o, mc);
  EXPECT_EQ(a.run_spreads, b.run_spreads);
  EXPECT_EQ(a.activation_probability, b.activation_probability);
  o.distribution = ThresholdDistribution::kUniform;
  o.low = 0.1;
  o.high = 0.3;
  SetThreads(1);
  const MonteCarloResult c = SimulateThreshold(g, {}, o, mc);
  SetThreads(2);
  EXPECT_EQ(SimulateThreshold(g, {}, o, mc).run_spreads, c.run_spreads);
}

// Watts 2002, Fig. 1: with φ = 0.18 on G(n, z/n), a single random initiator triggers global
// cascades only for 1 < z < ~6; below, the graph has no giant component, above, vulnerable
// accounts (degree <= 1/φ = 5) no longer percolate.
double GlobalCascadeFrequency(double z) {
  const NodeId n = 2000;
  const Digraph g = ErdosRenyi(n, z, 100 + static_cast<std::uint64_t>(z * 10));
  ThresholdOptions watts;
  watts.threshold = 0.18;
  MonteCarloOptions mc;
  mc.runs = 400;
  mc.random_seeds = 1;
  const MonteCarloResult r = SimulateThreshold(g, {}, watts, mc);
  const auto global = std::count_if(r.run_spreads.begin(), r.run_spreads.end(),
                                    [&](std::uint32_t s) { return s >= n / 10; });
  return static_cast<double>(global) / r.runs;
}

TEST(Threshold, WattsCascadeWindow) {
  EXPECT_EQ(GlobalCascadeFrequency(0.6), 0.0);
  EXPECT_GT(GlobalCascadeFrequency(3.0), 0.1);
  EXPECT_LT(GlobalCascadeFrequency(9.0), 0.01);
}

TEST(Epidemic, SirWithDurationOneIsIndependentCascade) {
  const Digraph g = FiveNodeGraph();
  const EdgeProbabilities beta = UniformProbabilities(g, 0.4);
  EpidemicOptions sir;
  sir.duration = 1;
  MonteCarloOptions mc;
  mc.runs = 40000;
  const std::vector<NodeId> seeds = {0};
  const MonteCarloResult r = SimulateEpidemic(g, beta, seeds, sir, mc);
  EXPECT_NEAR(r.mean_spread, Sum(ExactIcActivation(g, beta, seeds)), 4 * r.std_error);
  ASSERT_FALSE(r.mean_prevalence_per_step.empty());
  EXPECT_EQ(r.mean_prevalence_per_step[0], 1.0);
  EXPECT_EQ(r.mean_prevalence_per_step.back(), 0.0);
}

TEST(Epidemic, RecoveryProbabilityLengthensTheEpidemic) {
  // A directed path 1 -> 0, 2 -> 1, ...: influence runs 0 => 1 => 2 => ... => 9.
  std::vector<std::pair<NodeId, NodeId>> arcs;
  for (NodeId v = 1; v < 10; ++v) arcs.push_back({v, v - 1});
  const Digraph path = MakeGraph(10, arcs);
  const EdgeProbabilities beta = UniformProbabilities(path, 0.5);
  EpidemicOptions sir;
  sir.recovery = 0.25;  // each infected account gets on average 4 tries: P(transmit) = 0.8
  MonteCarloOptions mc;
  mc.runs = 20000;
  const std::vector<NodeId> seeds = {0};
  const MonteCarloResult r = SimulateEpidemic(path, beta, seeds, sir, mc);
  // P(u infects its successor) = sum_t (1-γ)^t ... = β / (β + γ - βγ) = 0.5 / 0.625 = 0.8.
  double expected = 0;
  for (int k = 0; k < 10; ++k) expected += std::pow(0.8, k);
  EXPECT_NEAR(r.mean_spread, expected, 4 * r.std_error);
}

TEST(Epidemic, SisReinfectsAndRespectsMaxSteps) {
  // Two accounts listening to each other: 0 <-> 1, β = 1, recovery after 1 step. SIS bounces
  // the infection back and forth forever; SIR stops after one transmission.
  const Digraph g = MakeGraph(2, {{0, 1}, {1, 0}});
  const EdgeProbabilities beta = UniformProbabilities(g, 1.0);
  EpidemicOptions sis;
  sis.kind = EpidemicKind::kSis;
  sis.duration = 1;
  sis.max_steps = 7;
  MonteCarloOptions mc;
  mc.runs = 4;
  const std::vector<NodeId> seeds = {0};
  const MonteCarloResult r = SimulateEpidemic(g, beta, seeds, sis, mc);
  EXPECT_EQ(r.mean_spread, 2.0);
  EXPECT_EQ(r.mean_prevalence_per_step, std::vector<double>(8, 1.0));
  EpidemicOptions sir = sis;
  sir.kind = EpidemicKind::kSir;
  EXPECT_EQ(SimulateEpidemic(g, beta, seeds, sir, mc).mean_prevalence_per_step,
            (std::vector<double>{1, 1, 0}));
}

TEST(Epidemic, SameSeedSameResultForAnyThreadCount) {
  const Digraph g = ErdosRenyi(1000, 6, 8);
  const EdgeProbabilities beta = UniformProbabilities(g, 0.1);
  EpidemicOptions sis;
  sis.kind = EpidemicKind::kSis;
  sis.recovery = 0.3;
  sis.max_steps = 50;
  MonteCarloOptions mc;
  mc.runs = 100;
  const std::vector<NodeId> seeds = {1, 2, 3};
  SetThreads(1);
  const MonteCarloResult a = SimulateEpidemic(g, beta, seeds, sis, mc);
  SetThreads(2);
  const MonteCarloResult b = SimulateEpidemic(g, beta, seeds, sis, mc);
  EXPECT_EQ(a.run_spreads, b.run_spreads);
  EXPECT_EQ(a.mean_prevalence_per_step, b.mean_prevalence_per_step);
}

TEST(ThresholdAndEpidemic, ErrorMessages) {
  const Digraph g = Ring();
  ThresholdOptions o;
  o.threshold = 1.5;
  EXPECT_EQ(ErrorOf([&] { ThresholdModel(g, o); }), "threshold must be in [0, 1], got 1.5");
  o.rule = ThresholdRule::kCount;
  o.threshold = -1;
  EXPECT_EQ(ErrorOf([&] { ThresholdModel(g, o); }),
            "threshold must be a finite count >= 0, got -1");
  o = {};
  o.distribution = ThresholdDistribution::kUniform;
  o.low = 0.5;
  o.high = 0.2;
  EXPECT_EQ(ErrorOf([&] { ThresholdModel(g, o); }), "low must be <= high, got low 0.5 > high 0.2");
  o.low = -0.1;
  EXPECT_EQ(ErrorOf([&] { ThresholdModel(g, o); }), "low must be in [0, 1], got -0.1");
  o.low = 0.1;
  o.high = 2;
  EXPECT_EQ(ErrorOf([&] { ThresholdModel(g, o); }), "high must be in [0, 1], got 2");
  o = {};
  o.distribution = ThresholdDistribution::kNormal;
  o.spread = -1;
  EXPECT_EQ(ErrorOf([&] { ThresholdModel(g, o); }), "spread must be finite and >= 0, got -1");
  o = {};
  o.node_thresholds = {0.1, 0.2};
  EXPECT_EQ(ErrorOf([&] { ThresholdModel(g, o); }),
            "node_thresholds needs one value per account (6), got 2");
  o.node_thresholds = {0.1, 0.2, 0.3, 0.4, 0.5, 7};
  EXPECT_EQ(ErrorOf([&] { ThresholdModel(g, o); }), "node threshold must be in [0, 1], got 7");

  const EdgeProbabilities beta = UniformProbabilities(g, 0.5);
  EpidemicOptions e;
  e.recovery = 0;
  EXPECT_EQ(ErrorOf([&] { EpidemicModel(g, beta, e); }), "recovery must be in (0, 1], got 0");
  e.recovery = 0.5;
  e.max_steps = 0;
  EXPECT_EQ(ErrorOf([&] { EpidemicModel(g, beta, e); }), "max_steps must be >= 1, got 0");
  const Digraph other = FiveNodeGraph();
  e.max_steps = 5;
  EXPECT_EQ(ErrorOf([&] { EpidemicModel(other, beta, e); }),
            "transmission probabilities were computed for a graph with 6 nodes and 14 arcs, got "
            "a graph with 5 nodes and 7 arcs");
}

}  // namespace
}  // namespace ombak
