// Linear Threshold kernel: weights pushed from each new active account to its audience.
#include "algorithms/diffusion/linear_threshold.hpp"

#include <string>

#include "algorithms/diffusion/validate.hpp"
#include "graph/errors.hpp"

namespace ombak {

using diffusion_detail::CheckClosed;
using diffusion_detail::Num;

LinearThresholdModel::LinearThresholdModel(const Digraph& g, const EdgeProbabilities& weights,
                                           const LinearThresholdOptions& options)
    : g_(g), w_(weights), options_(options) {
  w_.CheckMatches(g_, "Linear Threshold weights");
  for (NodeId v = 0; v < g_.num_nodes(); ++v) {
    double sum = 0;
    for (EdgeId e = g_.out_edge_begin(v); e < g_.out_edge_begin(v) + g_.out_degree(v); ++e) {
      sum += w_[e];
    }
    if (sum > 1.0 + 1e-5) {
      throw InvalidArgument("Linear Threshold weights into account " + std::to_string(v) +
                            " sum to " + Num(sum) + ", more than 1");
    }
  }
  if (!options_.thresholds.empty()) {
    if (options_.thresholds.size() != g_.num_nodes()) {
      throw InvalidArgument("thresholds needs one value per account (" +
                            std::to_string(g_.num_nodes()) + "), got " +
                            std::to_string(options_.thresholds.size()));
    }
    for (double t : options_.thresholds) CheckClosed(t, 0.0, 1.0, "threshold");
  }
}

void LinearThresholdModel::Spread(RandomStream& rng, CascadeWorkspace& ws) const {
  const auto offsets = g_.in_offsets();
  const auto sources = g_.in_sources();
  const auto weight = w_.by_in_position();
  const bool fixed = !options_.thresholds.empty();
  std::uint64_t visits = 0;
  for (std::size_t head = 0; head < ws.activated.size(); ++head) {
    const std::uint32_t step = ws.steps[head];
    if (step >= options_.max_steps) break;
    const NodeId u = ws.activated[head];
    visits += offsets[u + 1] - offsets[u];
    for (std::uint64_t pos = offsets[u]; pos < offsets[u + 1]; ++pos) {
      const NodeId v = sources[pos];
      if (ws.IsActive(v)) continue;
      if (ws.Touch(v)) {
        ws.level[v] = 0;
        ws.threshold[v] = fixed ? options_.thresholds[v] : rng.Uniform();
      }
      ws.level[v] += weight[pos];
      if (ws.level[v] >= ws.threshold[v]) ws.Activate(v, step + 1, u);
    }
  }
  ws.edge_visits += visits;
}

MonteCarloResult SimulateLinearThreshold(const Digraph& g, const EdgeProbabilities& weights,
                                         std::span<const NodeId> seeds,
                                         const LinearThresholdOptions& lt_options,
                                         const MonteCarloOptions& options) {
  const LinearThresholdModel model(g, weights, lt_options);
  return RunMonteCarlo(model, seeds, options);
}

}  // namespace ombak
