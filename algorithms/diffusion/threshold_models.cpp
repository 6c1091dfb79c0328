// Threshold-model kernel: count active influencers per reached account, activate on crossing.
#include "algorithms/diffusion/threshold_models.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "algorithms/diffusion/validate.hpp"
#include "graph/errors.hpp"

namespace ombak {

using diffusion_detail::CheckClosed;
using diffusion_detail::Num;

namespace {

void CheckThreshold(double value, ThresholdRule rule, const char* name) {
  if (rule == ThresholdRule::kFraction) {
    CheckClosed(value, 0.0, 1.0, name);
  } else if (!(value >= 0 && std::isfinite(value))) {
    throw InvalidArgument(std::string(name) + " must be a finite count >= 0, got " + Num(value));
  }
}

}  // namespace

ThresholdModel::ThresholdModel(const Digraph& g, const ThresholdOptions& options)
    : g_(g), options_(options) {
  const ThresholdOptions& o = options_;
  if (!o.node_thresholds.empty()) {
    if (o.node_thresholds.size() != g_.num_nodes()) {
      throw InvalidArgument("node_thresholds needs one value per account (" +
                            std::to_string(g_.num_nodes()) + "), got " +
                            std::to_string(o.node_thresholds.size()));
    }
    for (double t : o.node_thresholds) CheckThreshold(t, o.rule, "node threshold");
    return;
  }
  switch (o.distribution) {
    case ThresholdDistribution::kFixed:
      CheckThreshold(o.threshold, o.rule, "threshold");
      break;
    case ThresholdDistribution::kUniform:
      CheckThreshold(o.low, o.rule, "low");
      CheckThreshold(o.high, o.rule, "high");
      if (o.low > o.high) {
        throw InvalidArgument("low must be <= high, got low " + Num(o.low) + " > high " +
                              Num(o.high));
      }
      break;
    case ThresholdDistribution::kNormal:
      CheckThreshold(o.threshold, o.rule, "threshold");
      if (!(o.spread >= 0 && std::isfinite(o.spread))) {
        throw InvalidArgument("spread must be finite and >= 0, got " + Num(o.spread));
      }
      break;
  }
}

double ThresholdModel::DrawThreshold(NodeId v, RandomStream& rng) const {
  const ThresholdOptions& o = options_;
  if (!o.node_thresholds.empty()) return o.node_thresholds[v];
  switch (o.distribution) {
    case ThresholdDistribution::kFixed:
      return o.threshold;
    case ThresholdDistribution::kUniform:
      return o.low + (o.high - o.low) * rng.Uniform();
    case ThresholdDistribution::kNormal: {
      // Box-Muller from two draws of the run's stream (std::normal_distribution's algorithm is
      // implementation-defined, which would make results differ across standard libraries).
      const double u1 = 1.0 - rng.Uniform();
      const double u2 = rng.Uniform();
      const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
      return std::max(0.0, o.threshold + o.spread * z);
    }
  }
  return o.threshold;
}

void ThresholdModel::Spread(RandomStream& rng, CascadeWorkspace& ws) const {
  const auto offsets = g_.in_offsets();
  const auto sources = g_.in_sources();
  const bool fraction = options_.rule == ThresholdRule::kFraction;
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
        const double t = DrawThreshold(v, rng);
        // Stored as the number of active influencers needed; a fraction φ of out_degree(v).
        ws.threshold[v] = fraction ? t * static_cast<double>(g_.out_degree(v)) : t;
      }
      ws.level[v] += 1;
      if (ws.level[v] >= ws.threshold[v] * (1 - 1e-12)) ws.Activate(v, step + 1, u);
    }
  }
  ws.edge_visits += visits;
}

MonteCarloResult SimulateThreshold(const Digraph& g, std::span<const NodeId> seeds,
                                   const ThresholdOptions& threshold_options,
                                   const MonteCarloOptions& options) {
  const ThresholdModel model(g, threshold_options);
  return RunMonteCarlo(model, seeds, options);
}

}  // namespace ombak
