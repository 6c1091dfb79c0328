// Linear Threshold (Kempe, Kleinberg & Tardos, KDD 2003) on the Monte Carlo engine.
//
// Each account v has a threshold θ_v and a weight b(u => v) >= 0 for each account u it listens
// to (arc v->u), with the weights into v summing to at most 1 (LinearThresholdWeights). v
// activates at step t + 1 when the weights of its influencers active by step t reach θ_v. With
// θ_v uniform on [0, 1], drawn afresh each run, this equals the live-edge model in which each v
// keeps at most one incoming arc (u with probability b(u => v)). Thresholds are drawn lazily,
// when an account is first reached, from the run's stream: that is the same distribution as
// drawing all n up front and keeps a run's cost proportional to the accounts it touches.
//
// Usage:
//   EdgeProbabilities b = LinearThresholdWeights(g);
//   MonteCarloResult r = SimulateLinearThreshold(g, b, seeds);
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/monte_carlo.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct LinearThresholdOptions {
  // Fixed thresholds, one per account in [0, 1]; empty = uniform random per account per run.
  std::vector<double> thresholds;
  std::uint32_t max_steps = std::numeric_limits<std::uint32_t>::max();
};

class LinearThresholdModel : public CascadeModel {
 public:
  // Keeps references to g, weights and options. Throws InvalidArgument when the weights belong
  // to another graph, some receiver's weights sum to more than 1 (beyond float rounding), or
  // thresholds has a size other than n or a value outside [0, 1].
  LinearThresholdModel(const Digraph& g, const EdgeProbabilities& weights,
                       const LinearThresholdOptions& options = {});
  NodeId num_nodes() const override { return g_.num_nodes(); }
  void Spread(RandomStream& rng, CascadeWorkspace& ws) const override;

 private:
  const Digraph& g_;
  const EdgeProbabilities& w_;
  const LinearThresholdOptions& options_;
};

// Monte Carlo Linear Threshold from `seeds`. O(runs * (n_reached + arcs out of reached
// accounts)), parallel over runs, deterministic for options.seed. Throws as
// LinearThresholdModel and RunMonteCarlo do.
MonteCarloResult SimulateLinearThreshold(const Digraph& g, const EdgeProbabilities& weights,
                                         std::span<const NodeId> seeds,
                                         const LinearThresholdOptions& lt_options = {},
                                         const MonteCarloOptions& options = {});

}  // namespace ombak
