// Independent Cascade (Kempe, Kleinberg & Tardos, KDD 2003) on the Monte Carlo engine.
//
// When account u activates at step t it gets one chance, at step t + 1, to activate each member
// v of its audience (in_neighbors(u), i.e. each arc v->u) with the arc's probability. The
// kernel is a breadth-first queue over the in-adjacency with probabilities stored in
// in-position order (EdgeProbabilities), so one arc visit is one load, one compare and at most
// one random draw; already active receivers are skipped without a draw (their arc's coin can
// no longer matter).
//
// Usage:
//   MonteCarloResult r = SimulateIndependentCascade(g, UniformProbabilities(g, 0.1), {0, 5});
#pragma once

#include <cstdint>
#include <limits>
#include <span>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/monte_carlo.hpp"
#include "graph/digraph.hpp"

namespace ombak {

class IndependentCascadeModel : public CascadeModel {
 public:
  // Keeps references to g and probabilities (they must outlive the model). Throws
  // InvalidArgument when the probabilities were computed for another graph.
  IndependentCascadeModel(const Digraph& g, const EdgeProbabilities& probabilities,
                          std::uint32_t max_steps = std::numeric_limits<std::uint32_t>::max());
  NodeId num_nodes() const override { return g_.num_nodes(); }
  void Spread(RandomStream& rng, CascadeWorkspace& ws) const override;

 private:
  const Digraph& g_;
  const EdgeProbabilities& p_;
  std::uint32_t max_steps_;
};

// Monte Carlo Independent Cascade from `seeds`. O(runs * (n_reached + arcs into them)), parallel
// over runs, deterministic for options.seed. Throws InvalidArgument as IndependentCascadeModel
// and RunMonteCarlo do.
MonteCarloResult SimulateIndependentCascade(const Digraph& g, const EdgeProbabilities& p,
                                            std::span<const NodeId> seeds,
                                            const MonteCarloOptions& options = {});

}  // namespace ombak
