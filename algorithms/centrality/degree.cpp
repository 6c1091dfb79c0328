// Degree and strength (see degree.hpp): per-node sums over the out- and in-CSR rows.
#include "algorithms/centrality/degree.hpp"

#include <cmath>
#include <string>

#include "algorithms/centrality/centrality_checks.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

// Sum of weights on u's out-arcs (self-loops counted `loop_factor` times).
double OutStrength(const Digraph& g, NodeId u, double loop_factor) {
  double sum = 0.0;
  const auto targets = g.out_neighbors(u);
  const EdgeId begin = g.out_edge_begin(u);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    sum += (targets[i] == u ? loop_factor : 1.0) * g.weight(begin + i);
  }
  return sum;
}

double InStrength(const Digraph& g, NodeId v) {
  double sum = 0.0;
  for (const EdgeId e : g.in_edge_ids(v)) sum += g.weight(e);
  return sum;
}

std::uint64_t SelfLoops(const Digraph& g, NodeId u) {
  std::uint64_t loops = 0;
  for (const NodeId v : g.out_neighbors(u)) loops += v == u ? 1 : 0;
  return loops;
}

}  // namespace

DegreeResult Degree(const Digraph& g, const DegreeOptions& options) {
  const NodeId n = g.num_nodes();
  DegreeResult r;
  r.scores.resize(n);
#pragma omp parallel for schedule(static)
  for (NodeId u = 0; u < n; ++u) {
    std::uint64_t degree = 0;
    if (g.undirected()) {
      degree = g.out_degree(u) + SelfLoops(g, u);
    } else if (options.mode == DegreeMode::kIn) {
      degree = g.in_degree(u);
    } else if (options.mode == DegreeMode::kOut) {
      degree = g.out_degree(u);
    } else {
      degree = g.in_degree(u) + g.out_degree(u);
    }
    r.scores[u] = static_cast<double>(degree);
  }
  return r;
}

DegreeResult Strength(const Digraph& g, const DegreeOptions& options) {
  if (!g.has_weights()) return Degree(g, options);
  for (std::size_t e = 0; e < g.weights().size(); ++e) {
    if (!std::isfinite(g.weights()[e])) {
      throw InvalidArgument("edge weights must be finite, got " +
                            centrality_internal::FormatNumber(g.weights()[e]) + " on edge " +
                            std::to_string(e));
    }
  }
  const NodeId n = g.num_nodes();
  DegreeResult r;
  r.scores.resize(n);
#pragma omp parallel for schedule(dynamic, 1024)
  for (NodeId u = 0; u < n; ++u) {
    if (g.undirected()) {
      r.scores[u] = OutStrength(g, u, 2.0);
    } else if (options.mode == DegreeMode::kIn) {
      r.scores[u] = InStrength(g, u);
    } else if (options.mode == DegreeMode::kOut) {
      r.scores[u] = OutStrength(g, u, 1.0);
    } else {
      r.scores[u] = InStrength(g, u) + OutStrength(g, u, 1.0);
    }
  }
  return r;
}

}  // namespace ombak
