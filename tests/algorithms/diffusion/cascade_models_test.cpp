// Tests of the Monte Carlo engine with Independent Cascade and Linear Threshold: agreement with
// exact live-edge enumeration, determinism over thread counts, early stop, traces, blocking.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/independent_cascade.hpp"
#include "algorithms/diffusion/linear_threshold.hpp"
#include "algorithms/diffusion/monte_carlo.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "tests/algorithms/diffusion/cascade_fixtures.hpp"

namespace ombak {
namespace {

using ::ombak::testing::ExactIcActivation;
using ::ombak::testing::ExactLtActivation;
using ::ombak::testing::FiveNodeGraph;
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

void ExpectAgreesWithExact(const MonteCarloResult& r, const std::vector<double>& exact) {
  const double expected = Sum(exact);
  EXPECT_NEAR(r.mean_spread, expected, 4 * r.std_error) << "exact " << expected;
  EXPECT_LE(r.ci_low, r.mean_spread);
  EXPECT_GE(r.ci_high, r.mean_spread);
  for (std::size_t v = 0; v < exact.size(); ++v) {
    // Binomial standard error of a probability estimated from r.runs runs is <= 0.5/sqrt(runs).
    EXPECT_NEAR(r.activation_probability[v], exact[v], 4 * 0.5 / std::sqrt(r.runs)) << v;
  }
}

TEST(IndependentCascade, AgreesWithLiveEdgeEnumeration) {
  const Digraph g = FiveNodeGraph();
  const std::vector<NodeId> seeds = {0};
  for (double p : {0.3, 0.7}) {
    const EdgeProbabilities probabilities = UniformProbabilities(g, p);
    MonteCarloOptions options;
    options.runs = 40000;
    options.seed = 5;
    const MonteCarloResult r = SimulateIndependentCascade(g, probabilities, seeds, options);
    ExpectAgreesWithExact(r, ExactIcActivation(g, probabilities, seeds));
    EXPECT_EQ(r.activation_probability[0], 1.0);
  }
  const EdgeProbabilities trivalency = TrivalencyProbabilities(g, 3, {0.9, 0.5, 0.2});
  MonteCarloOptions options;
  options.runs = 40000;
  const std::vector<NodeId> two = {4, 2};
  ExpectAgreesWithExact(SimulateIndependentCascade(g, trivalency, two, options),
                        ExactIcActivation(g, trivalency, two));
}

TEST(IndependentCascade, CertainArcsGiveExactLevels) {
  // p = 1: from 0 the cascade is 0 (step 0), {1, 2} (step 1), 3 (step 2), 4 (step 3).
  const Digraph g = FiveNodeGraph();
  const EdgeProbabilities p = UniformProbabilities(g, 1.0);
  MonteCarloOptions options;
  options.runs = 3;
  options.trace_runs = 1;
  const std::vector<NodeId> seeds = {0};
  const MonteCarloResult r = SimulateIndependentCascade(g, p, seeds, options);
  EXPECT_EQ(r.mean_spread, 5.0);
  EXPECT_EQ(r.std_error, 0.0);
  EXPECT_EQ(r.mean_activations_per_step, (std::vector<double>{1, 2, 1, 1}));
  ASSERT_EQ(r.traces.size(), 1u);
  const auto& arcs = r.traces[0].arcs;
  ASSERT_EQ(arcs.size(), 5u);
  EXPECT_EQ(arcs[0].parent, kNoNode);
  EXPECT_EQ(arcs[0].child, 0u);
  EXPECT_EQ(arcs[1].parent, 0u);
  EXPECT_EQ(arcs[1].child, 1u);
  EXPECT_EQ(arcs[3].child, 3u);
  EXPECT_EQ(arcs[3].parent, 1u);  // 1 is dequeued before 2
  EXPECT_EQ(arcs[4].step, 3u);
  // Each arc is examined once per activation of its target: in-degrees 2+2+1+1+1.
  EXPECT_EQ(r.edge_visits, 3u * 7u);

  // max_steps = 1 stops after the audience of the seeds.
  const IndependentCascadeModel one_step(g, p, 1);
  EXPECT_EQ(RunMonteCarlo(one_step, seeds, options).mean_spread, 3.0);
}

TEST(IndependentCascade, BlockedAccountsNeverActivate) {
  const Digraph g = FiveNodeGraph();
  const EdgeProbabilities p = UniformProbabilities(g, 1.0);
  MonteCarloOptions options;
  options.runs = 10;
  options.blocked = {1, 2};
  const std::vector<NodeId> seeds = {0};
  const MonteCarloResult r = SimulateIndependentCascade(g, p, seeds, options);
  EXPECT_EQ(r.mean_spread, 1.0);
  EXPECT_EQ(r.activation_probability[1], 0.0);
}

TEST(IndependentCascade, SameSeedSameResultForAnyThreadCount) {
  const Digraph g = ombak::testing::RandomDigraph(2000, 12000, 9);
  const EdgeProbabilities p = WeightedCascadeProbabilities(g);
  MonteCarloOptions options;
  options.runs = 1000;
  options.seed = 77;
  options.trace_runs = 3;
  const std::vector<NodeId> seeds = {1, 2, 3};
  SetThreads(1);
  const MonteCarloResult a = SimulateIndependentCascade(g, p, seeds, options);
  SetThreads(2);
  const MonteCarloResult b = SimulateIndependentCascade(g, p, seeds, options);
  EXPECT_EQ(a.run_spreads, b.run_spreads);
  EXPECT_EQ(a.mean_spread, b.mean_spread);
  EXPECT_EQ(a.std_error, b.std_error);
  EXPECT_EQ(a.activation_probability, b.activation_probability);
  EXPECT_EQ(a.mean_activations_per_step, b.mean_activations_per_step);
  EXPECT_EQ(a.edge_visits, b.edge_visits);
  ASSERT_EQ(a.traces.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(a.traces[i].arcs.size(), b.traces[i].arcs.size());
    for (std::size_t j = 0; j < a.traces[i].arcs.size(); ++j) {
      EXPECT_EQ(a.traces[i].arcs[j].child, b.traces[i].arcs[j].child);
      EXPECT_EQ(a.traces[i].arcs[j].parent, b.traces[i].arcs[j].parent);
    }
  }
  options.seed = 78;
  EXPECT_NE(SimulateIndependentCascade(g, p, seeds, options).run_spreads, a.run_spreads);
}

TEST(MonteCarlo, EarlyStopAtAThreadIndependentCheckpoint) {
  const Digraph g = ombak::testing::RandomDigraph(500, 3000, 4);
  const EdgeProbabilities p = UniformProbabilities(g, 0.1);
  MonteCarloOptions options;
  options.runs = 100000;
  options.target_half_width = 1.0;
  options.checkpoint = 256;
  std::vector<double> fractions;
  options.progress = [&](double f) { fractions.push_back(f); };
  const std::vector<NodeId> seeds = {0, 1};
  SetThreads(1);
  const MonteCarloResult a = SimulateIndependentCascade(g, p, seeds, options);
  SetThreads(2);
  options.progress = nullptr;
  const MonteCarloResult b = SimulateIndependentCascade(g, p, seeds, options);
  EXPECT_TRUE(a.stopped_early);
  EXPECT_EQ(a.runs % 256, 0u);
  EXPECT_LT(a.runs, 100000u);
  EXPECT_LE(1.96 * a.std_error, 1.0);
  EXPECT_EQ(a.runs, b.runs);
  EXPECT_EQ(a.mean_spread, b.mean_spread);
  EXPECT_EQ(fractions.size(), a.runs / 256);
}

TEST(MonteCarlo, RandomSeedsAreDistinctAndUnblocked) {
  const Digraph g = FiveNodeGraph();
  const EdgeProbabilities p = UniformProbabilities(g, 0.0);
  MonteCarloOptions options;
  options.runs = 200;
  options.random_seeds = 2;
  options.blocked = {4};
  const MonteCarloResult r = SimulateIndependentCascade(g, p, {}, options);
  EXPECT_EQ(r.mean_spread, 2.0);
  EXPECT_EQ(r.activation_probability[4], 0.0);
  EXPECT_NEAR(r.activation_probability[0], 0.5, 0.15);
}

TEST(LinearThreshold, AgreesWithLiveEdgeEnumeration) {
  const Digraph g = FiveNodeGraph();
  const EdgeProbabilities w = LinearThresholdWeights(g);
  MonteCarloOptions options;
  options.runs = 40000;
  options.seed = 2;
  for (const std::vector<NodeId>& seeds : {std::vector<NodeId>{0}, std::vector<NodeId>{1, 4}}) {
    ExpectAgreesWithExact(SimulateLinearThreshold(g, w, seeds, {}, options),
                          ExactLtActivation(g, w, seeds));
  }
  // Weights that sum to less than 1 (0.3 per arc) leave a "no live arc" choice.
  const EdgeProbabilities low = UniformProbabilities(g, 0.3);
  const std::vector<NodeId> seeds = {0};
  ExpectAgreesWithExact(SimulateLinearThreshold(g, low, seeds, {}, options),
                        ExactLtActivation(g, low, seeds));
}

TEST(LinearThreshold, FixedThresholdsAreDeterministic) {
  // Thresholds 0.6 with uniform weights: 2 (listens to 0 and 1) and 3 (listens to 1 and 2)
  // need both their influencers; 0, 1 and 4 need their only one.
  const Digraph g = FiveNodeGraph();
  const EdgeProbabilities w = LinearThresholdWeights(g);
  LinearThresholdOptions lt;
  lt.thresholds = std::vector<double>(5, 0.6);
  MonteCarloOptions options;
  options.runs = 5;
  const std::vector<NodeId> one = {1};
  EXPECT_EQ(SimulateLinearThreshold(g, w, one, lt, options).mean_spread, 1.0);
  // From 3: 4 (step 1), 0 (2), 1 (3), then 2 once both 0 and 1 are active (4).
  const std::vector<NodeId> three = {3};
  const MonteCarloResult r = SimulateLinearThreshold(g, w, three, lt, options);
  EXPECT_EQ(r.mean_spread, 5.0);
  EXPECT_EQ(r.std_error, 0.0);
  EXPECT_EQ(r.mean_activations_per_step, (std::vector<double>{1, 1, 1, 1, 1}));
}

TEST(LinearThreshold, SameSeedSameResultForAnyThreadCount) {
  const Digraph g = ombak::testing::RandomDigraph(2000, 12000, 10);
  const EdgeProbabilities w = LinearThresholdWeights(g);
  MonteCarloOptions options;
  options.runs = 600;
  const std::vector<NodeId> seeds = {5, 6};
  SetThreads(1);
  const MonteCarloResult a = SimulateLinearThreshold(g, w, seeds, {}, options);
  SetThreads(2);
  const MonteCarloResult b = SimulateLinearThreshold(g, w, seeds, {}, options);
  EXPECT_EQ(a.run_spreads, b.run_spreads);
  EXPECT_EQ(a.activation_probability, b.activation_probability);
}

TEST(MonteCarlo, ErrorMessages) {
  const Digraph g = FiveNodeGraph();
  const EdgeProbabilities p = UniformProbabilities(g, 0.5);
  const IndependentCascadeModel model(g, p);
  const std::vector<NodeId> seeds = {0};
  const std::vector<NodeId> bad_seeds = {0, 9};
  auto run = [&](MonteCarloOptions o, std::span<const NodeId> s) {
    return ErrorOf([&] { RunMonteCarlo(model, s, o); });
  };
  MonteCarloOptions o;
  o.runs = 0;
  EXPECT_EQ(run(o, seeds), "runs must be >= 1, got 0");
  o = {};
  o.checkpoint = 0;
  EXPECT_EQ(run(o, seeds), "checkpoint must be >= 1, got 0");
  o = {};
  o.target_half_width = -1;
  EXPECT_EQ(run(o, seeds), "target_half_width must be >= 0, got -1");
  o = {};
  o.runs = 10;
  o.trace_runs = 11;
  EXPECT_EQ(run(o, seeds), "trace_runs must be <= runs (10), got 11");
  EXPECT_EQ(run({}, bad_seeds), "seeds[1] = 9 is not a node of a graph with 5 nodes");
  o = {};
  o.blocked = {7};
  EXPECT_EQ(run(o, seeds), "blocked[0] = 7 is not a node of a graph with 5 nodes");
  o.blocked = {0};
  EXPECT_EQ(run(o, seeds), "seed 0 is also in the blocked list");
  EXPECT_EQ(run({}, {}), "no seeds: give a seed list or random_seeds >= 1");
  o = {};
  o.random_seeds = 5;
  o.blocked = {1};
  EXPECT_EQ(run(o, {}), "random_seeds must be <= the 4 unblocked accounts, got 5");

  const Digraph other = ombak::testing::MakeGraph(2, {{0, 1}});
  EXPECT_EQ(ErrorOf([&] { IndependentCascadeModel(other, p); }),
            "edge probabilities were computed for a graph with 5 nodes and 7 arcs, got a graph "
            "with 2 nodes and 1 arcs");
  const EdgeProbabilities heavy = UniformProbabilities(g, 0.75);
  EXPECT_EQ(ErrorOf([&] { LinearThresholdModel(g, heavy); }),
            "Linear Threshold weights into account 2 sum to 1.5, more than 1");
  const EdgeProbabilities w = LinearThresholdWeights(g);
  LinearThresholdOptions lt;
  lt.thresholds = {0.5};
  EXPECT_EQ(ErrorOf([&] { LinearThresholdModel(g, w, lt); }),
            "thresholds needs one value per account (5), got 1");
  lt.thresholds = {0.5, 0.5, 2, 0.5, 0.5};
  EXPECT_EQ(ErrorOf([&] { LinearThresholdModel(g, w, lt); }), "threshold must be in [0, 1], got 2");
  EXPECT_EQ(ErrorOf([&] { LinearThresholdModel(other, w); }),
            "Linear Threshold weights were computed for a graph with 5 nodes and 7 arcs, got a "
            "graph with 2 nodes and 1 arcs");
}

}  // namespace
}  // namespace ombak
