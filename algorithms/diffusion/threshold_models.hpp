// Deterministic threshold models of collective action on the Monte Carlo engine.
//
// - Fractional threshold (Watts, PNAS 2002 "A simple model of global cascades on random
//   networks"): account v activates once the FRACTION of the accounts it listens to
//   (out_neighbors(v); its neighbours in an undirected graph) that are active reaches φ_v.
//   Accounts that listen to nobody never activate unless seeded.
// - Absolute threshold, complex contagion (Centola & Macy, AJS 2007 "Complex contagions and the
//   weakness of long ties"): v activates once at least k_v of the accounts it listens to are
//   active (parallel arcs count separately).
// - Heterogeneous thresholds (Granovetter, AJS 1978 "Threshold models of collective behavior"):
//   φ_v or k_v per account, either given (e.g. from a node attribute) or drawn per run from a
//   distribution (uniform or normal, the latter as in Watts 2002).
// Given the seeds and the thresholds a run is deterministic; randomness enters through random
// seeds (MonteCarloOptions::random_seeds) and random thresholds, drawn lazily per run when an
// account is first reached.
//
// Usage (Watts' cascade window):
//   ThresholdOptions watts;  watts.rule = ThresholdRule::kFraction;  watts.threshold = 0.18;
//   MonteCarloOptions mc;  mc.random_seeds = 1;
//   MonteCarloResult r = SimulateThreshold(g, {}, watts, mc);
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "algorithms/diffusion/monte_carlo.hpp"
#include "graph/digraph.hpp"

namespace ombak {

enum class ThresholdRule {
  kFraction,  // active influencers / out_degree(v) >= φ_v (Watts 2002)
  kCount,     // active influencers >= k_v (Centola & Macy 2007)
};

enum class ThresholdDistribution {
  kFixed,    // every account has `threshold`
  kUniform,  // uniform on [low, high], drawn per account per run
  kNormal,   // normal(mean = threshold, sd = spread), drawn per account per run; values below
             // 0 are clipped to 0 (Watts 2002 uses such a distribution with sd ~ 0.1 * mean)
};

struct ThresholdOptions {
  ThresholdRule rule = ThresholdRule::kFraction;
  double threshold = 0.18;  // φ (fraction, in [0, 1]) or k (count, >= 0)
  ThresholdDistribution distribution = ThresholdDistribution::kFixed;
  double low = 0;  // kUniform bounds (low <= high; within [0, 1] for kFraction)
  double high = 1;
  double spread = 0;  // kNormal standard deviation (>= 0)
  // Per-account thresholds (e.g. an attribute column); when non-empty it overrides threshold
  // and distribution. Same domain as threshold.
  std::vector<double> node_thresholds;
  std::uint32_t max_steps = std::numeric_limits<std::uint32_t>::max();
};

class ThresholdModel : public CascadeModel {
 public:
  // Keeps references to g and options. Throws InvalidArgument when threshold, low/high,
  // spread or a node threshold is out of its domain, or node_thresholds has a size other than n.
  ThresholdModel(const Digraph& g, const ThresholdOptions& options);
  NodeId num_nodes() const override { return g_.num_nodes(); }
  void Spread(RandomStream& rng, CascadeWorkspace& ws) const override;

 private:
  double DrawThreshold(NodeId v, RandomStream& rng) const;
  const Digraph& g_;
  const ThresholdOptions& options_;
};

// Monte Carlo threshold cascade from `seeds` (or random seeds, see MonteCarloOptions).
// O(runs * (n_reached + arcs into reached accounts)), parallel over runs, deterministic for
// options.seed. Throws as ThresholdModel and RunMonteCarlo do.
MonteCarloResult SimulateThreshold(const Digraph& g, std::span<const NodeId> seeds,
                                   const ThresholdOptions& threshold_options,
                                   const MonteCarloOptions& options = {});

}  // namespace ombak
