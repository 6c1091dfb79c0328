// Discrete-time SIR and SIS epidemics on the Monte Carlo engine.
//
// At each step every infected account u tries to infect each susceptible member v of its
// audience (arc v->u) with the arc's transmission probability β (EdgeProbabilities, so β may
// vary per arc); then every account infected before this step recovers with probability γ, or
// after exactly `duration` steps of infection when duration > 0. Recovered accounts are immune
// (SIR) or susceptible again (SIS). A run ends when nobody is infected or after max_steps.
// An account newly infected in a step starts transmitting in the next step, so SIR with
// duration 1 is exactly Independent Cascade.
//
// Reporting: the engine's spread and activation probability count accounts EVER infected (the
// final epidemic size in SIR); mean_prevalence_per_step[t] is the mean number infected after
// step t, the curve that matters for SIS.
//
// Usage:
//   EpidemicOptions sir;  sir.recovery = 0.2;
//   MonteCarloResult r = SimulateEpidemic(g, UniformProbabilities(g, 0.05), seeds, sir);
#pragma once

#include <cstdint>
#include <span>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/monte_carlo.hpp"
#include "graph/digraph.hpp"

namespace ombak {

enum class EpidemicKind { kSir, kSis };

struct EpidemicOptions {
  EpidemicKind kind = EpidemicKind::kSir;
  double recovery = 1.0;           // γ in (0, 1]; used when duration == 0
  std::uint32_t duration = 0;      // > 0: recover after exactly this many infectious steps
  std::uint32_t max_steps = 1000;  // >= 1
};

class EpidemicModel : public CascadeModel {
 public:
  // Keeps references to g, beta and options. Throws InvalidArgument when beta belongs to
  // another graph, recovery is outside (0, 1] while duration is 0, or max_steps is 0.
  EpidemicModel(const Digraph& g, const EdgeProbabilities& beta, const EpidemicOptions& options);
  NodeId num_nodes() const override { return g_.num_nodes(); }
  void Spread(RandomStream& rng, CascadeWorkspace& ws) const override;

 private:
  const Digraph& g_;
  const EdgeProbabilities& beta_;
  const EpidemicOptions& options_;
};

// Monte Carlo SIR/SIS from `seeds`. O(runs * steps * arcs out of infected accounts),
// parallel over runs, deterministic for options.seed. Throws as EpidemicModel and
// RunMonteCarlo do.
MonteCarloResult SimulateEpidemic(const Digraph& g, const EdgeProbabilities& beta,
                                  std::span<const NodeId> seeds,
                                  const EpidemicOptions& epidemic_options,
                                  const MonteCarloOptions& options = {});

}  // namespace ombak
