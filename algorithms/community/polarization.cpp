// E-I index, assortativity (igraph's arithmetic) and random-walk controversy (polarization.hpp).
#include "algorithms/community/polarization.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "algorithms/community/community_graph.hpp"
#include "graph/errors.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// f(u, v, w) once per edge as igraph counts edges (arcs; u <= v for an undirected g).
template <typename F>
void ForEachEdge(const Digraph& g, F&& f) {
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    const auto targets = g.out_neighbors(u);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      if (g.undirected() && targets[i] < u) continue;
      f(u, targets[i], static_cast<double>(g.weight(g.out_edge_begin(u) + i)));
    }
  }
}

}  // namespace

EiIndexResult EiIndex(const Digraph& g, const Partition& p, bool weighted) {
  CheckPartition(p, g.num_nodes(), "partition");
  std::vector<double> internal(p.count, 0.0), external(p.count, 0.0);
  double e = 0.0, i = 0.0;
  ForEachEdge(g, [&](NodeId u, NodeId v, double w) {
    const double x = weighted ? w : 1.0;
    const std::uint32_t a = p.membership[u], b = p.membership[v];
    if (a == b) {
      i += x;
      internal[a] += x;
    } else {
      e += x;
      external[a] += x;
      external[b] += x;
    }
  });
  EiIndexResult r;
  r.overall = e + i > 0.0 ? (e - i) / (e + i) : kNaN;
  r.per_community.resize(p.count);
  for (std::uint32_t c = 0; c < p.count; ++c) {
    const double total = external[c] + internal[c];
    r.per_community[c] = total > 0.0 ? (external[c] - internal[c]) / total : kNaN;
  }
  return r;
}

double NominalAssortativity(const Digraph& g, const Partition& p, bool directed) {
  CheckPartition(p, g.num_nodes(), "partition");
  directed = directed && !g.undirected();
  std::vector<double> ai(p.count, 0.0), bi(p.count, 0.0), eii(p.count, 0.0);
  double edges = 0.0;
  ForEachEdge(g, [&](NodeId u, NodeId v, double) {
    const std::uint32_t from = p.membership[u], to = p.membership[v];
    ai[from] += 1;
    bi[to] += 1;
    if (from == to) eii[from] += 1;
    if (!directed) {
      if (from == to) eii[from] += 1;
      ai[to] += 1;
      bi[from] += 1;
    }
    edges += 1;
  });
  if (edges == 0) return kNaN;
  double sum_ab = 0.0, sum_e = 0.0;
  for (std::uint32_t c = 0; c < p.count; ++c) {
    sum_ab += (ai[c] / edges) * (bi[c] / edges);
    sum_e += eii[c] / edges;
  }
  if (!directed) {
    sum_ab /= 4.0;
    sum_e /= 2.0;
  }
  return (sum_e - sum_ab) / (1.0 - sum_ab);
}

double NumericAssortativity(const Digraph& g, std::span<const double> values, bool directed) {
  if (values.size() != g.num_nodes()) {
    throw InvalidArgument("values has " + std::to_string(values.size()) +
                          " entries but the graph has " + std::to_string(g.num_nodes()) + " nodes");
  }
  for (double x : values) {
    if (!std::isfinite(x)) throw InvalidArgument("values must be finite, got " + std::to_string(x));
  }
  directed = directed && !g.undirected();
  double num1 = 0.0, num2 = 0.0, num3 = 0.0, den1 = 0.0, den2 = 0.0, m = 0.0;
  ForEachEdge(g, [&](NodeId u, NodeId v, double) {
    const double from = values[u], to = values[v];
    num1 += from * to;
    if (directed) {
      num2 += from;
      num3 += to;
      den1 += from * from;
      den2 += to * to;
    } else {
      num2 += from + to;
      den1 += from * from + to * to;
    }
    m += 1;
  });
  if (m == 0) return kNaN;
  if (!directed) {
    num1 /= m;
    den1 /= m * 2.0;
    num2 /= m * 2.0;
    num2 = num2 * num2;
    return (num1 - num2) / (den1 - num2);
  }
  const double num = num1 - num2 * num3 / m;
  return num / (std::sqrt(den1 - num2 * num2 / m) * std::sqrt(den2 - num3 * num3 / m));
}

RwcResult RandomWalkControversy(const Digraph& g, const Partition& p, std::uint32_t x,
                                std::uint32_t y, const RwcOptions& options) {
  CheckPartition(p, g.num_nodes(), "partition");
  if (x >= p.count || y >= p.count) {
    throw InvalidArgument("sides must be communities below count " + std::to_string(p.count) +
                          ", got " + std::to_string(x) + " and " + std::to_string(y));
  }
  if (x == y)
    throw InvalidArgument("the two sides must differ, got " + std::to_string(x) + " twice");
  if (options.hubs == 0) throw InvalidArgument("hubs must be >= 1, got 0");
  if (options.walks == 0) throw InvalidArgument("walks must be >= 1, got 0");
  const auto s = community_detail::BuildCommunityGraph(g, community_detail::Objective::kModularity,
                                                       false, 1.0, options.weighted);
  std::vector<NodeId> side[2];
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    if (p.membership[v] == x) side[0].push_back(v);
    if (p.membership[v] == y) side[1].push_back(v);
  }
  for (int k = 0; k < 2; ++k) {
    if (side[k].empty()) {
      throw InvalidArgument("community " + std::to_string(k == 0 ? x : y) + " has no nodes");
    }
  }
  // Hubs: highest degree first, ties by node id. hub_side[v] = 1 + side index, 0 = no hub.
  std::vector<std::uint8_t> hub_side(g.num_nodes(), 0);
  RwcResult result;
  for (int k = 0; k < 2; ++k) {
    std::vector<NodeId> ranked = side[k];
    const std::size_t count = std::min(options.hubs, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + count, ranked.end(),
                      [&](NodeId a, NodeId b) {
                        return s.degree(a) != s.degree(b) ? s.degree(a) > s.degree(b) : a < b;
                      });
    ranked.resize(count);
    for (NodeId v : ranked) hub_side[v] = static_cast<std::uint8_t>(k + 1);
    (k == 0 ? result.hubs_x : result.hubs_y) = ranked;
  }
  // Cumulative weights per row for weighted steps.
  std::vector<double> cumulative(s.weights.size());
  for (NodeId v = 0; v < s.n; ++v) {
    double total = 0.0;
    for (std::uint64_t e = s.offsets[v]; e < s.offsets[v + 1]; ++e) {
      total += s.weights[e];
      cumulative[e] = total;
    }
  }
  // ends[start side][end side], unfinished
  std::uint64_t ends[2][2] = {{0, 0}, {0, 0}};
  std::uint64_t unfinished = 0;
  const std::uint64_t total_walks = 2 * options.walks;
#pragma omp parallel for schedule(dynamic, 256) reduction(+ : unfinished)
  for (std::uint64_t w = 0; w < total_walks; ++w) {
    const int start_side = w < options.walks ? 0 : 1;
    RandomStream rng(options.seed, w);
    NodeId v = side[start_side][rng.Below(side[start_side].size())];
    int end_side = -1;
    for (std::uint64_t step = 0; step <= options.max_steps; ++step) {
      if (hub_side[v] != 0) {
        end_side = hub_side[v] - 1;
        break;
      }
      const std::uint64_t begin = s.offsets[v], end = s.offsets[v + 1];
      if (begin == end || cumulative[end - 1] <= 0.0) break;
      const double target = rng.Uniform() * cumulative[end - 1];
      const auto it =
          std::upper_bound(cumulative.begin() + begin, cumulative.begin() + end, target);
      v = s.targets[std::min<std::uint64_t>(it - cumulative.begin(), end - 1)];
    }
    if (end_side < 0) {
      ++unfinished;
    } else {
#pragma omp atomic
      ++ends[start_side][end_side];
    }
  }
  result.unfinished = unfinished;
  const double from_x = static_cast<double>(ends[0][0] + ends[0][1]);
  const double from_y = static_cast<double>(ends[1][0] + ends[1][1]);
  if (from_x > 0) {
    result.p_xx = ends[0][0] / from_x;
    result.p_yx = ends[0][1] / from_x;
  }
  if (from_y > 0) {
    result.p_xy = ends[1][0] / from_y;
    result.p_yy = ends[1][1] / from_y;
  }
  result.rwc = result.p_xx * result.p_yy - result.p_yx * result.p_xy;
  return result;
}

}  // namespace ombak
