// Fixtures shared by the diffusion and influence tests: tiny graphs drawn in comments, a seeded
// Erdős–Rényi generator (until graph/generators.hpp is linked into these tests), and EXACT
// expected spreads computed by enumerating every live-edge graph (Kempe et al. 2003, claims
// 2.6 and 2.7), the independent verifier of the Monte Carlo engine.
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "graph/builder.hpp"
#include "graph/digraph.hpp"
#include "graph/random.hpp"

namespace ombak::testing {

inline Digraph MakeGraph(NodeId n, const std::vector<std::pair<NodeId, NodeId>>& arcs,
                         bool undirected = false) {
  EdgeList edges;
  for (auto [a, b] : arcs) edges.Add(a, b);
  BuildOptions options;
  options.undirected = undirected;
  options.duplicates = DuplicatePolicy::kKeepAll;
  return BuildDigraph(std::move(edges), n, options);
}

// The 5-account graph used by most tests. Arcs point the way attention goes (v listens to u);
// influence flows against them:
//
//        0 <---- 1 <---- 3 <---- 4
//        ^       ^       |       ^
//        |       |       v       |
//        +------ 2 <-----+       |
//        |                       |
//        +-----------------------+   (0 -> 4: account 0 listens to 4, so 4 => 0)
//
// Arcs: 1->0, 2->0, 2->1, 3->1, 3->2, 4->3, 0->4.  Seed 0 reaches 1 and 2 directly, 3 via 1 or
// 2, 4 via 3; the cycle 0 => 1 => 3 => 4 => 0 tests that nothing activates twice.
inline Digraph FiveNodeGraph() {
  return MakeGraph(5, {{1, 0}, {2, 0}, {2, 1}, {3, 1}, {3, 2}, {4, 3}, {0, 4}});
}

// Undirected G(n, p) with each pair drawn from RandomStream(seed, u).
inline Digraph ErdosRenyi(NodeId n, double mean_degree, std::uint64_t seed) {
  const double p = mean_degree / (n - 1);
  EdgeList edges;
  for (NodeId u = 0; u < n; ++u) {
    RandomStream rng(seed, u);
    for (NodeId v = u + 1; v < n; ++v) {
      if (rng.Uniform() < p) edges.Add(u, v);
    }
  }
  BuildOptions options;
  options.undirected = true;
  return BuildDigraph(std::move(edges), n, options);
}

// Directed random graph: m arcs between distinct random nodes (duplicates merged).
inline Digraph RandomDigraph(NodeId n, std::uint64_t m, std::uint64_t seed) {
  RandomStream rng(seed, 0);
  EdgeList edges;
  while (edges.size() < m) {
    const auto a = static_cast<NodeId>(rng.Below(n));
    const auto b = static_cast<NodeId>(rng.Below(n));
    if (a != b) edges.Add(a, b);
  }
  BuildOptions options;
  options.duplicates = DuplicatePolicy::kKeepFirst;
  return BuildDigraph(std::move(edges), n, options);
}

// Accounts reached from `seeds` following live arcs against their direction.
inline std::vector<char> Reach(const Digraph& g, const std::vector<char>& live,
                               const std::vector<NodeId>& seeds) {
  std::vector<char> reached(g.num_nodes(), 0);
  std::vector<NodeId> stack(seeds.begin(), seeds.end());
  for (NodeId s : seeds) reached[s] = 1;
  while (!stack.empty()) {
    const NodeId u = stack.back();
    stack.pop_back();
    for (NodeId v = 0; v < g.num_nodes(); ++v) {
      for (EdgeId e = g.out_edge_begin(v); e < g.out_edge_begin(v) + g.out_degree(v); ++e) {
        if (live[e] && g.target(e) == u && !reached[v]) {
          reached[v] = 1;
          stack.push_back(v);
        }
      }
    }
  }
  return reached;
}

// Exact per-account activation probability under IC: sum over all 2^m live-edge graphs.
inline std::vector<double> ExactIcActivation(const Digraph& g, const EdgeProbabilities& p,
                                             const std::vector<NodeId>& seeds) {
  const EdgeId m = g.num_edges();
  std::vector<double> result(g.num_nodes(), 0.0);
  for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << m); ++mask) {
    std::vector<char> live(m);
    double prob = 1;
    for (EdgeId e = 0; e < m; ++e) {
      live[e] = (mask >> e) & 1;
      prob *= live[e] ? double{p[e]} : 1.0 - double{p[e]};
    }
    const auto reached = Reach(g, live, seeds);
    for (NodeId v = 0; v < g.num_nodes(); ++v) result[v] += reached[v] ? prob : 0.0;
  }
  return result;
}

// Exact per-account activation probability under LT: every account keeps at most one arc to
// an influencer (arc e with probability w[e], none with the rest).
inline std::vector<double> ExactLtActivation(const Digraph& g, const EdgeProbabilities& w,
                                             const std::vector<NodeId>& seeds) {
  const NodeId n = g.num_nodes();
  std::vector<double> result(n, 0.0);
  std::vector<char> live(g.num_edges(), 0);
  std::function<void(NodeId, double)> choose = [&](NodeId v, double prob) {
    if (v == n) {
      const auto reached = Reach(g, live, seeds);
      for (NodeId x = 0; x < n; ++x) result[x] += reached[x] ? prob : 0.0;
      return;
    }
    double rest = 1;
    for (EdgeId e = g.out_edge_begin(v); e < g.out_edge_begin(v) + g.out_degree(v); ++e) {
      live[e] = 1;
      choose(v + 1, prob * w[e]);
      live[e] = 0;
      rest -= w[e];
    }
    if (rest > 1e-12) choose(v + 1, prob * rest);
  };
  choose(0, 1.0);
  return result;
}

inline double Sum(const std::vector<double>& values) {
  double s = 0;
  for (double x : values) s += x;
  return s;
}

}  // namespace ombak::testing
