// Graphs and oracles shared by the tests of the linear-algebra and peeling measures (degree,
// PageRank, HITS, eigenvector, Katz, k-core, CI, VoteRank, LeaderRank, clustering, constraint,
// h-index, dismantling).
//
// - RandomGraph: seeded random arcs on n nodes with optional self-loops, parallel arcs
//   (DuplicatePolicy::kKeepAll), weights and symmetric (undirected) storage; the top ids stay
//   isolated.
// - HubGraph: seeded heavy-tailed arcs (small ids are hubs) for collective influence.
// - NetworkxScores: writes the graph as an edge list, builds the matching networkx
//   (Multi)(Di)Graph with nodes 0..n-1 in order, evaluates a Python expression over `G` that
//   yields a dict node -> value, and returns the values by node id.
// - NetworkxGraph: a networkx generator's edges (karate, Florentine families) as a Digraph.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "graph/builder.hpp"
#include "graph/random.hpp"
#include "tests/support/test_support.hpp"

namespace ombak::measure_testing {

using ombak::testing::RunPython;
using ombak::testing::TempDir;
using ombak::testing::WriteFile;

struct RandomGraphSpec {
  NodeId nodes = 60;
  EdgeId arcs = 240;
  std::uint64_t seed = 1;
  bool undirected = false;
  bool weighted = false;
  bool self_loops = false;
  bool multi = false;
  NodeId isolated = 5;  // the last `isolated` ids get no arcs
};

inline Digraph RandomGraph(const RandomGraphSpec& s) {
  RandomStream rng(s.seed, 0);
  EdgeList edges;
  const NodeId used = s.nodes - s.isolated;
  while (edges.size() < s.arcs) {
    auto u = static_cast<NodeId>(rng.Below(used));
    auto v = static_cast<NodeId>(rng.Below(used));
    // One orientation per undirected pair: BuildDigraph's kKeepFirst can otherwise keep
    // different first weights for the two arcs of a pair given as both u v and v u.
    if (s.undirected && u > v) std::swap(u, v);
    if (u == v && !s.self_loops) continue;
    if (s.weighted) {
      edges.Add(u, v, static_cast<Weight>(0.5 + 2.0 * rng.Uniform()));
    } else {
      edges.Add(u, v);
    }
  }
  BuildOptions o;
  o.undirected = s.undirected;
  o.duplicates = s.multi ? DuplicatePolicy::kKeepAll : DuplicatePolicy::kKeepFirst;
  return BuildDigraph(std::move(edges), s.nodes, o);
}

// `arcs` random arcs on n nodes whose sources (and, with hub_targets, targets) are skewed to small
// ids: the id is drawn below a uniform bound, so small ids become hubs.
inline Digraph HubGraph(NodeId n, int arcs, std::uint64_t seed, bool hub_targets = false) {
  RandomStream rng(seed, 0);
  EdgeList e;
  for (int x = 0; x < arcs; ++x) {
    const auto u = static_cast<NodeId>(rng.Below(rng.Below(n) + 1));
    const auto v = static_cast<NodeId>(hub_targets ? rng.Below(rng.Below(n) + 1) : rng.Below(n));
    e.Add(u, v);
  }
  return BuildDigraph(std::move(e), n);
}

inline std::string GraphSpecJson(const Digraph& g) {
  nlohmann::json j;
  j["n"] = g.num_nodes();
  j["directed"] = !g.undirected();
  std::vector<std::vector<double>> edges;
  bool multi = false;
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    const auto targets = g.out_neighbors(u);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      if (g.undirected() && targets[i] < u) continue;
      if (i > 0 && targets[i] == targets[i - 1]) multi = true;
      edges.push_back({static_cast<double>(u), static_cast<double>(targets[i]),
                       static_cast<double>(g.weight(g.out_edge_begin(u) + i))});
    }
  }
  j["multi"] = multi;
  j["edges"] = edges;
  return j.dump();
}

// Values of `expression` (a dict over G's nodes) for every node, in id order; NaN stays NaN.
inline std::vector<double> NetworkxScores(const Digraph& g, const std::string& expression) {
  TempDir dir;
  const std::string path = dir.File("graph.json");
  WriteFile(path, GraphSpecJson(g));
  const std::string program = R"(
import json, sys, math
import networkx as nx
spec = json.load(open(sys.argv[1]))
kind = {(True, True): nx.MultiDiGraph, (True, False): nx.DiGraph,
        (False, True): nx.MultiGraph, (False, False): nx.Graph}[(spec["directed"], spec["multi"])]
G = kind()
G.add_nodes_from(range(spec["n"]))
for u, v, w in spec["edges"]:
    G.add_edge(int(u), int(v), weight=w)
result = )" + expression + R"(
print(json.dumps([None if (isinstance(result[v], float) and math.isnan(result[v])) else result[v]
                  for v in range(spec["n"])]))
)";
  const std::string out = RunPython(program, {path});
  std::vector<double> values;
  if (out.empty()) return values;
  for (const auto& v : nlohmann::json::parse(out)) {
    values.push_back(v.is_null() ? std::numeric_limits<double>::quiet_NaN() : v.get<double>());
  }
  return values;
}

// A networkx generator's graph (e.g. "nx.karate_club_graph()"), nodes relabelled 0..n-1 in
// networkx's node order; `names` receives the original node labels.
inline Digraph NetworkxGraph(const std::string& generator, std::vector<std::string>* names) {
  const std::string program = R"(
import json
import networkx as nx
G = )" + generator + R"(
nodes = list(G.nodes())
index = {v: i for i, v in enumerate(nodes)}
print(json.dumps({"nodes": [str(v) for v in nodes],
                  "edges": [[index[u], index[v]] for u, v in G.edges()]}))
)";
  const auto j = nlohmann::json::parse(RunPython(program));
  EdgeList edges;
  for (const auto& e : j["edges"]) edges.Add(e[0].get<NodeId>(), e[1].get<NodeId>());
  if (names != nullptr) *names = j["nodes"].get<std::vector<std::string>>();
  BuildOptions o;
  o.undirected = true;
  return BuildDigraph(std::move(edges), static_cast<NodeId>(j["nodes"].size()), o);
}

inline void ExpectNear(const std::vector<double>& ours, const std::vector<double>& theirs,
                       double relative, double absolute = 1e-12) {
  ASSERT_EQ(ours.size(), theirs.size());
  for (std::size_t i = 0; i < ours.size(); ++i) {
    if (std::isnan(theirs[i])) {
      EXPECT_TRUE(std::isnan(ours[i])) << "node " << i;
      continue;
    }
    EXPECT_NEAR(ours[i], theirs[i], relative * std::abs(theirs[i]) + absolute) << "node " << i;
  }
}

}  // namespace ombak::measure_testing
