// Modularity (igraph's exact arithmetic), coverage and conductance (see quality.hpp).
#include "algorithms/community/quality.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "graph/errors.hpp"

namespace ombak {
namespace {

// Calls f(u, v, w) once per edge as igraph counts edges: every arc of a directed g, and the arc
// with u <= v of every edge of an undirected g.
template <typename F>
void ForEachEdge(const Digraph& g, bool weighted, F&& f) {
  const bool use_weights = weighted && g.has_weights();
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    const auto targets = g.out_neighbors(u);
    const EdgeId first = g.out_edge_begin(u);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const NodeId v = targets[i];
      if (g.undirected() && v < u) continue;
      f(u, v, use_weights ? static_cast<double>(g.weight(first + i)) : 1.0);
    }
  }
}

}  // namespace

double Modularity(const Digraph& g, const Partition& p, const ModularityOptions& options) {
  CheckPartition(p, g.num_nodes(), "partition");
  if (!(options.resolution >= 0.0)) {
    throw InvalidArgument("resolution must be >= 0, got " + std::to_string(options.resolution));
  }
  const bool directed = options.directed && !g.undirected();
  const double multiplier = directed ? 1.0 : 2.0;
  std::vector<double> e(p.count, 0.0), k_out(p.count, 0.0), k_in(p.count, 0.0);
  double m = 0.0;
  EdgeId edges = 0;
  ForEachEdge(g, options.weighted, [&](NodeId u, NodeId v, double w) {
    if (w < 0.0) throw InvalidArgument("edge weights must be >= 0, got " + std::to_string(w));
    const std::uint32_t c1 = p.membership[u], c2 = p.membership[v];
    if (c1 == c2) e[c1] += multiplier * w;
    k_out[c1] += w;
    k_in[c2] += w;
    m += w;
    ++edges;
  });
  if (edges == 0) return std::numeric_limits<double>::quiet_NaN();
  if (!directed) {
    for (std::uint32_t c = 0; c < p.count; ++c) {
      k_out[c] += k_in[c];
      k_in[c] = k_out[c];
    }
  }
  const double scale = 1.0 / (multiplier * m);
  double q = 0.0;
  if (m > 0.0) {
    for (std::uint32_t c = 0; c < p.count; ++c) {
      q += e[c] * scale;
      q -= options.resolution * (k_out[c] * scale) * (k_in[c] * scale);
    }
  }
  return q;
}

double Coverage(const Digraph& g, const Partition& p, bool weighted) {
  CheckPartition(p, g.num_nodes(), "partition");
  double inside = 0.0, total = 0.0;
  EdgeId edges = 0;
  ForEachEdge(g, weighted, [&](NodeId u, NodeId v, double w) {
    total += w;
    ++edges;
    if (p.membership[u] == p.membership[v]) inside += w;
  });
  if (edges == 0) return std::numeric_limits<double>::quiet_NaN();
  return inside / total;
}

std::vector<double> Conductance(const Digraph& g, const Partition& p, bool weighted) {
  CheckPartition(p, g.num_nodes(), "partition");
  std::vector<double> cut(p.count, 0.0), volume(p.count, 0.0);
  double total_volume = 0.0;
  ForEachEdge(g, weighted, [&](NodeId u, NodeId v, double w) {
    const std::uint32_t c1 = p.membership[u], c2 = p.membership[v];
    volume[c1] += w;
    volume[c2] += w;
    total_volume += 2.0 * w;
    if (c1 != c2) {
      cut[c1] += w;
      cut[c2] += w;
    }
  });
  std::vector<double> conductance(p.count);
  for (std::uint32_t c = 0; c < p.count; ++c) {
    const double denominator = std::min(volume[c], total_volume - volume[c]);
    conductance[c] = cut[c] == 0.0 ? 0.0 : cut[c] / denominator;
  }
  return conductance;
}

}  // namespace ombak
