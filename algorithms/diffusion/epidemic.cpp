// SIR/SIS kernel: a list of infected accounts advanced one synchronous step at a time.
#include "algorithms/diffusion/epidemic.hpp"

#include <string>
#include <vector>

#include "algorithms/diffusion/validate.hpp"
#include "graph/errors.hpp"

namespace ombak {

using diffusion_detail::Num;

EpidemicModel::EpidemicModel(const Digraph& g, const EdgeProbabilities& beta,
                             const EpidemicOptions& options)
    : g_(g), beta_(beta), options_(options) {
  beta_.CheckMatches(g_, "transmission probabilities");
  if (options_.duration == 0 && !(options_.recovery > 0 && options_.recovery <= 1)) {
    throw InvalidArgument("recovery must be in (0, 1], got " + Num(options_.recovery));
  }
  if (options_.max_steps == 0) throw InvalidArgument("max_steps must be >= 1, got 0");
}

void EpidemicModel::Spread(RandomStream& rng, CascadeWorkspace& ws) const {
  const auto offsets = g_.in_offsets();
  const auto sources = g_.in_sources();
  const auto beta = beta_.by_in_position();
  const bool sis = options_.kind == EpidemicKind::kSis;
  // Touched(v) = currently infected; level[v] = step at which v's current infection began.
  std::vector<NodeId> current(ws.activated.begin(), ws.activated.end());
  std::vector<NodeId>& next = ws.frontier;
  for (NodeId s : current) {
    ws.Touch(s);
    ws.level[s] = 0;
  }
  ws.prevalence.push_back(static_cast<std::uint32_t>(current.size()));
  std::uint64_t visits = 0;
  for (std::uint32_t t = 0; !current.empty() && t < options_.max_steps; ++t) {
    next.clear();
    for (NodeId u : current) {
      visits += offsets[u + 1] - offsets[u];
      for (std::uint64_t pos = offsets[u]; pos < offsets[u + 1]; ++pos) {
        const NodeId v = sources[pos];
        if (ws.Touched(v)) continue;           // infected now
        if (!sis && ws.IsActive(v)) continue;  // recovered and immune
        if (!(rng.Uniform() < beta[pos])) continue;
        ws.Touch(v);
        ws.level[v] = t + 1;
        next.push_back(v);
        if (!ws.IsActive(v)) ws.Activate(v, t + 1, u);
      }
    }
    for (NodeId u : current) {
      const bool recovers = options_.duration > 0
                                ? static_cast<double>(t + 1) - ws.level[u] >= options_.duration
                                : rng.Uniform() < options_.recovery;
      if (recovers) {
        ws.Untouch(u);
      } else {
        next.push_back(u);
      }
    }
    current.swap(next);
    ws.prevalence.push_back(static_cast<std::uint32_t>(current.size()));
  }
  for (NodeId u : current) ws.Untouch(u);
  ws.edge_visits += visits;
}

MonteCarloResult SimulateEpidemic(const Digraph& g, const EdgeProbabilities& beta,
                                  std::span<const NodeId> seeds,
                                  const EpidemicOptions& epidemic_options,
                                  const MonteCarloOptions& options) {
  const EpidemicModel model(g, beta, epidemic_options);
  return RunMonteCarlo(model, seeds, options);
}

}  // namespace ombak
