// Test graphs and oracles shared by the path-based centrality tests (betweenness, closeness).
//
// Random graphs are seeded and built with EdgeList + BuildDigraph so they need no generator;
// they have isolated nodes (the last tenth of the ids), optional self-loops and parallel arcs,
// and small integer weights so that weighted shortest paths tie exactly in every library.
// Without multi_edges the generator itself skips repeated pairs (unordered when undirected),
// so no duplicate policy of the builder decides which weight survives.
// NetworkxScores runs a networkx program over the graph written as an edge list.
#pragma once

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "graph/builder.hpp"
#include "graph/digraph.hpp"
#include "graph/random.hpp"
#include "tests/support/test_support.hpp"

namespace ombak::testing {

struct RandomGraphSpec {
  NodeId n = 60;
  EdgeId m = 150;
  bool undirected = false;
  bool weighted = false;
  bool self_loops = true;
  bool multi_edges = false;  // networkx cannot hold them; igraph can
  std::uint64_t seed = 1;
};

inline Digraph RandomTestGraph(const RandomGraphSpec& spec) {
  RandomStream rng(spec.seed, 0);
  const NodeId connected = spec.n - spec.n / 10;  // the rest stay isolated
  EdgeList edges;
  std::set<std::pair<NodeId, NodeId>> seen;
  for (EdgeId i = 0; i < spec.m; ++i) {
    const auto u = static_cast<NodeId>(rng.Below(connected));
    auto v = static_cast<NodeId>(rng.Below(connected));
    if (u == v && !spec.self_loops) continue;
    if (!spec.multi_edges) {
      const std::pair<NodeId, NodeId> key =
          spec.undirected ? std::pair<NodeId, NodeId>(std::min(u, v), std::max(u, v))
                          : std::pair<NodeId, NodeId>(u, v);
      if (!seen.insert(key).second) continue;
    }
    if (spec.weighted) {
      edges.Add(u, v, static_cast<Weight>(1 + rng.Below(4)));
    } else {
      edges.Add(u, v);
    }
  }
  BuildOptions options;
  options.undirected = spec.undirected;
  options.duplicates = spec.multi_edges ? DuplicatePolicy::kKeepAll : DuplicatePolicy::kKeepFirst;
  return BuildDigraph(std::move(edges), spec.n, options);
}

// "u v w" per edge (per arc if directed, once per undirected edge otherwise).
inline std::string EdgeListText(const Digraph& g) {
  std::ostringstream out;
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    const auto neighbors = g.out_neighbors(u);
    for (std::size_t i = 0; i < neighbors.size(); ++i) {
      const NodeId v = neighbors[i];
      if (g.undirected() && v < u) continue;
      out << u << ' ' << v << ' ' << g.weight(g.out_edge_begin(u) + i) << '\n';
    }
  }
  return out.str();
}

// Runs `expression` (Python, over a networkx graph G with nodes 0..n-1 and edge attribute
// "weight") and parses the dict it evaluates to as a vector indexed by node.
inline std::vector<double> NetworkxScores(const Digraph& g, const std::string& expression) {
  TempDir dir;
  const std::string path = dir.File("edges.txt");
  WriteFile(path, EdgeListText(g));
  const std::string program =
      "import sys, networkx as nx\n"
      "n = int(sys.argv[2])\n"
      "G = nx.Graph() if sys.argv[3] == '1' else nx.DiGraph()\n"
      "G.add_nodes_from(range(n))\n"
      "for line in open(sys.argv[1]):\n"
      "    u, v, w = line.split()\n"
      "    G.add_edge(int(u), int(v), weight=float(w))\n"
      "r = " +
      expression +
      "\n"
      "for v in range(n):\n"
      "    print(repr(float(r[v])))\n";
  const std::string out =
      RunPython(program, {path, std::to_string(g.num_nodes()), g.undirected() ? "1" : "0"});
  std::vector<double> scores;
  std::istringstream in(out);
  std::string token;
  while (in >> token) scores.push_back(std::stod(token));
  return scores;
}

}  // namespace ombak::testing
