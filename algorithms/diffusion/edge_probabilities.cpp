// Per-arc influence probabilities: construction, validation and the in-position copy.
#include "algorithms/diffusion/edge_probabilities.hpp"

#include <cmath>
#include <string>
#include <utility>

#include "algorithms/diffusion/validate.hpp"
#include "graph/errors.hpp"
#include "graph/random.hpp"

namespace ombak {

using diffusion_detail::CheckClosed;
using diffusion_detail::Num;

namespace {

std::string ArcName(const Digraph& g, EdgeId e) {
  return "edge " + std::to_string(e) + " (" + std::to_string(g.source(e)) + "->" +
         std::to_string(g.target(e)) + ")";
}

}  // namespace

EdgeProbabilities::EdgeProbabilities(const Digraph& g, std::vector<float> by_edge)
    : num_nodes_(g.num_nodes()), by_edge_(std::move(by_edge)) {
  if (by_edge_.size() != g.num_edges()) {
    throw InvalidArgument("edge probabilities need one value per arc (" +
                          std::to_string(g.num_edges()) + "), got " +
                          std::to_string(by_edge_.size()));
  }
  for (EdgeId e = 0; e < by_edge_.size(); ++e) {
    const float p = by_edge_[e];
    if (!(p >= 0.0f && p <= 1.0f)) {
      throw InvalidArgument("edge probability must be in [0, 1], got " + Num(p) + " on " +
                            ArcName(g, e));
    }
  }
  // The in-list of u is ordered by edge id (Digraph::FromCsr is a stable counting sort), so a
  // serial scatter in edge-id order reproduces its positions without in_edge_ids.
  by_in_position_.resize(by_edge_.size());
  const auto in_offsets = g.in_offsets();
  std::vector<std::uint64_t> cursor(in_offsets.begin(), in_offsets.end() - 1);
  const auto targets = g.out_targets();
  for (EdgeId e = 0; e < by_edge_.size(); ++e) by_in_position_[cursor[targets[e]]++] = by_edge_[e];
}

void EdgeProbabilities::CheckMatches(const Digraph& g, const char* what) const {
  if (!Matches(g)) {
    throw InvalidArgument(std::string(what) + " were computed for a graph with " +
                          std::to_string(num_nodes_) + " nodes and " + std::to_string(num_edges()) +
                          " arcs, got a graph with " + std::to_string(g.num_nodes()) +
                          " nodes and " + std::to_string(g.num_edges()) + " arcs");
  }
}

EdgeProbabilities UniformProbabilities(const Digraph& g, double p) {
  CheckClosed(p, 0.0, 1.0, "p");
  return EdgeProbabilities(g, std::vector<float>(g.num_edges(), static_cast<float>(p)));
}

EdgeProbabilities WeightedCascadeProbabilities(const Digraph& g) {
  std::vector<float> values(g.num_edges());
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    const auto degree = g.out_degree(v);
    const float p = degree == 0 ? 0.0f : static_cast<float>(1.0 / static_cast<double>(degree));
    for (EdgeId e = g.out_edge_begin(v); e < g.out_edge_begin(v) + degree; ++e) values[e] = p;
  }
  return EdgeProbabilities(g, std::move(values));
}

EdgeProbabilities TrivalencyProbabilities(const Digraph& g, std::uint64_t seed,
                                          std::vector<double> levels) {
  if (levels.empty()) throw InvalidArgument("trivalency levels must not be empty");
  for (double level : levels) CheckClosed(level, 0.0, 1.0, "trivalency level");
  std::vector<float> values(g.num_edges());
  for (EdgeId e = 0; e < values.size(); ++e) {
    RandomStream rng(seed, e);
    values[e] = static_cast<float>(levels[rng.Below(levels.size())]);
  }
  return EdgeProbabilities(g, std::move(values));
}

EdgeProbabilities WeightProbabilities(const Digraph& g) {
  if (!g.has_weights() && g.num_edges() > 0) {
    throw InvalidArgument("the graph has no arc weights to use as probabilities");
  }
  std::vector<float> values(g.weights().begin(), g.weights().end());
  for (EdgeId e = 0; e < values.size(); ++e) {
    if (!(values[e] >= 0.0f && values[e] <= 1.0f)) {
      throw InvalidArgument("arc weight used as a probability must be in [0, 1], got " +
                            Num(values[e]) + " on " + ArcName(g, e));
    }
  }
  return EdgeProbabilities(g, std::move(values));
}

EdgeProbabilities LinearThresholdWeights(const Digraph& g, LinearThresholdWeighting weighting) {
  if (weighting == LinearThresholdWeighting::kUniform) return WeightedCascadeProbabilities(g);
  if (!g.has_weights() && g.num_edges() > 0) {
    throw InvalidArgument("the graph has no arc weights for weighted Linear Threshold");
  }
  std::vector<float> values(g.num_edges());
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    const EdgeId begin = g.out_edge_begin(v);
    const EdgeId end = begin + g.out_degree(v);
    double sum = 0;
    for (EdgeId e = begin; e < end; ++e) {
      const double w = g.weight(e);
      if (!(w >= 0.0 && std::isfinite(w))) {
        throw InvalidArgument("Linear Threshold arc weight must be finite and >= 0, got " + Num(w) +
                              " on " + ArcName(g, e));
      }
      sum += w;
    }
    const bool divide =
        sum > 0 && (weighting == LinearThresholdWeighting::kNormalizedWeight || sum > 1.0);
    for (EdgeId e = begin; e < end; ++e) {
      // Rounding to float may push a normalized sum a hair above 1; the samplers tolerate it
      // because they draw thresholds and walk steps in double precision.
      values[e] = static_cast<float>(divide ? g.weight(e) / sum : g.weight(e));
      if (values[e] > 1.0f) values[e] = 1.0f;
    }
  }
  return EdgeProbabilities(g, std::move(values));
}

}  // namespace ombak
