// Graphs, oracles and verifiers shared by the community tests.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "algorithms/community/partition.hpp"
#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/digraph.hpp"
#include "graph/random.hpp"
#include "io/load.hpp"
#include "tests/support/test_support.hpp"

namespace ombak::testing {

inline Digraph FromPairs(NodeId n, const std::vector<std::pair<NodeId, NodeId>>& pairs,
                         bool undirected = true) {
  EdgeList edges;
  for (auto [u, v] : pairs) edges.Add(u, v);
  return BuildDigraph(std::move(edges), n, {.undirected = undirected});
}

// The undirected simple view of g: each arc becomes an edge, parallel edges' weights summed.
inline Digraph UndirectedCopy(const Digraph& g) {
  EdgeList edges;
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    const auto targets = g.out_neighbors(u);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      edges.Add(u, targets[i], g.weight(g.out_edge_begin(u) + i));
    }
  }
  return BuildDigraph(std::move(edges), g.num_nodes(),
                      {.duplicates = DuplicatePolicy::kSum, .undirected = true});
}

// The follow layer of a fixture (GML fixtures are undirected graphs).
inline Digraph LoadFixture(const std::string& name) {
  Network net = LoadNetwork(TestData(name));
  return net.layer(Layer::kFollow).Clone();
}

// Node attribute `column` of a fixture as canonical labels.
inline Partition FixtureLabels(const std::string& name, const std::string& column) {
  Network net = LoadNetwork(TestData(name));
  const AttributeColumn* col = net.nodes().FindColumn(column);
  std::vector<std::string> text(net.num_nodes());
  for (NodeId v = 0; v < net.num_nodes(); ++v) text[v] = col ? col->ToText(v) : "";
  std::vector<std::string> distinct = text;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  std::vector<std::uint32_t> labels(text.size());
  for (std::size_t v = 0; v < text.size(); ++v) {
    labels[v] = static_cast<std::uint32_t>(
        std::lower_bound(distinct.begin(), distinct.end(), text[v]) - distinct.begin());
  }
  return CanonicalPartition(labels);
}

// A seeded random graph with m distinct edges (no self-loops), optional weights in [0.5, 2.5).
inline Digraph RandomGraph(NodeId n, std::uint64_t m, std::uint64_t seed, bool undirected,
                           bool weighted) {
  RandomStream rng(seed, 99);
  EdgeList edges;
  for (std::uint64_t i = 0; i < m; ++i) {
    const auto u = static_cast<NodeId>(rng.Below(n));
    auto v = static_cast<NodeId>(rng.Below(n - 1));
    if (v >= u) ++v;
    if (weighted) {
      edges.Add(u, v, static_cast<Weight>(0.5 + 2.0 * rng.Uniform()));
    } else {
      edges.Add(u, v);
    }
  }
  // kSum: the builder's kKeepFirst may keep different weights for u->v and v->u when both
  // orders occur in the input, which would make an undirected graph asymmetric.
  return BuildDigraph(std::move(edges), n,
                      {.duplicates = weighted ? DuplicatePolicy::kSum : DuplicatePolicy::kKeepFirst,
                       .undirected = undirected});
}

// A planted-partition graph: `groups` groups of `size` nodes, each node pair inside a group an
// edge with probability p_in, across groups p_out.
inline Digraph PlantedGraph(NodeId groups, NodeId size, double p_in, double p_out,
                            std::uint64_t seed) {
  RandomStream rng(seed, 7);
  EdgeList edges;
  const NodeId n = groups * size;
  for (NodeId u = 0; u < n; ++u) {
    for (NodeId v = u + 1; v < n; ++v) {
      if (rng.Bernoulli(u / size == v / size ? p_in : p_out)) edges.Add(u, v);
    }
  }
  return BuildDigraph(std::move(edges), n, {.undirected = true});
}

inline std::vector<igraph_integer_t> ToIgraphMembership(const Partition& p) {
  return {p.membership.begin(), p.membership.end()};
}

inline Partition FromIgraphMembership(const std::vector<igraph_integer_t>& m) {
  std::vector<std::uint32_t> labels(m.begin(), m.end());
  return CanonicalPartition(labels);
}

inline double IgraphModularity(const Digraph& g, const Partition& p, double resolution,
                               bool directed, bool weighted = true) {
  IgraphGraph ig = ToIgraph(g);
  IgraphIntVector membership(ToIgraphMembership(p));
  IgraphVector weights = IgraphWeights(g, ig);
  igraph_real_t q = 0;
  IgraphCheck(igraph_modularity(ig.get(), membership.get(),
                                weighted && g.has_weights() ? weights.get() : nullptr, resolution,
                                directed, &q),
              "igraph_modularity");
  return q;
}

// True when every community induces a connected subgraph (arcs taken as undirected).
inline bool CommunitiesConnected(const Digraph& g, const Partition& p) {
  std::vector<std::uint32_t> seen(g.num_nodes(), 0);
  std::vector<std::uint8_t> community_done(p.count, 0);
  std::vector<NodeId> stack;
  for (NodeId root = 0; root < g.num_nodes(); ++root) {
    if (seen[root]) continue;
    const std::uint32_t c = p.membership[root];
    if (community_done[c]) return false;  // a second piece of an already-seen community
    community_done[c] = 1;
    seen[root] = 1;
    stack.push_back(root);
    while (!stack.empty()) {
      const NodeId v = stack.back();
      stack.pop_back();
      auto visit = [&](NodeId u) {
        if (!seen[u] && p.membership[u] == c) {
          seen[u] = 1;
          stack.push_back(u);
        }
      };
      for (NodeId u : g.out_neighbors(v)) visit(u);
      for (NodeId u : g.in_neighbors(v)) visit(u);
    }
  }
  return true;
}

}  // namespace ombak::testing
