// Independent Cascade kernel: a level-synchronous breadth-first queue over the audience arcs.
#include "algorithms/diffusion/independent_cascade.hpp"

namespace ombak {

IndependentCascadeModel::IndependentCascadeModel(const Digraph& g,
                                                 const EdgeProbabilities& probabilities,
                                                 std::uint32_t max_steps)
    : g_(g), p_(probabilities), max_steps_(max_steps) {
  p_.CheckMatches(g_, "edge probabilities");
}

void IndependentCascadeModel::Spread(RandomStream& rng, CascadeWorkspace& ws) const {
  const auto offsets = g_.in_offsets();
  const auto sources = g_.in_sources();
  const auto prob = p_.by_in_position();
  std::uint64_t visits = 0;
  // The activation list doubles as the BFS queue; its steps are non-decreasing.
  for (std::size_t head = 0; head < ws.activated.size(); ++head) {
    const std::uint32_t step = ws.steps[head];
    if (step >= max_steps_) break;
    const NodeId u = ws.activated[head];
    const std::uint64_t end = offsets[u + 1];
    visits += end - offsets[u];
    for (std::uint64_t pos = offsets[u]; pos < end; ++pos) {
      const NodeId v = sources[pos];
      if (ws.IsActive(v)) continue;
      if (rng.Uniform() < prob[pos]) ws.Activate(v, step + 1, u);
    }
  }
  ws.edge_visits += visits;
}

MonteCarloResult SimulateIndependentCascade(const Digraph& g, const EdgeProbabilities& p,
                                            std::span<const NodeId> seeds,
                                            const MonteCarloOptions& options) {
  const IndependentCascadeModel model(g, p);
  return RunMonteCarlo(model, seeds, options);
}

}  // namespace ombak
