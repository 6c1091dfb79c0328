#include "report/community_map.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "io/graphviz_render.hpp"

namespace ombak {

std::string CommunityColor(std::uint32_t rank_of_community) {
  // Tableau 10: distinguishable, and readable by most colour-blind people.
  static const char* kPalette[] = {"#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#76b7b2",
                                   "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
  return rank_of_community < 10 ? kPalette[rank_of_community] : "#d0d0d0";
}

MapResult DrawCommunityMap(const NodeTable& nodes, const Digraph& g, const AnalysisResult& result,
                           std::size_t accounts) {
  const Ranking& lead = result.rankings.front();
  std::vector<NodeId> shown(g.num_nodes());
  for (NodeId v = 0; v < g.num_nodes(); ++v) shown[v] = v;
  std::stable_sort(shown.begin(), shown.end(),
                   [&](NodeId a, NodeId b) { return lead.ranks[a] < lead.ranks[b]; });
  shown.resize(std::min(accounts, shown.size()));
  const CommunityReport& communities = result.communities;
  // Colour by the community's position among the largest (matrix_ids is sorted by size).
  std::unordered_map<std::uint32_t, std::uint32_t> color_rank;
  for (std::uint32_t i = 0; i < communities.matrix_ids.size(); ++i) {
    color_rank[communities.matrix_ids[i]] = i;
  }
  MapDrawing map;
  map.directed = !g.undirected();
  map.engine = shown.size() > 60 ? "sfdp" : "fdp";
  std::unordered_map<NodeId, std::size_t> index;
  const std::uint32_t worst = static_cast<std::uint32_t>(std::max<std::size_t>(shown.size(), 1));
  for (const NodeId v : shown) {
    const std::uint32_t c = communities.partition.membership[v];
    const auto it = color_rank.find(c);
    // Size falls with the rank: the leader is three times the last account shown.
    const double size = 0.25 + 0.75 * (1.0 - std::log1p(lead.ranks[v] - 1.0) / std::log1p(worst));
    const std::string label = nodes.Label(v);
    map.nodes.push_back({label, CommunityColor(it == color_rank.end() ? 10 : it->second), size,
                         label + " — community " + std::to_string(c) + ", " + lead.measure->title +
                             " rank " + std::to_string(lead.ranks[v])});
    index.emplace(v, map.nodes.size() - 1);
  }
  for (const NodeId u : shown) {
    std::vector<std::pair<double, NodeId>> arcs;
    const auto targets = g.out_neighbors(u);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const NodeId v = targets[i];
      if (v == u || !index.count(v)) continue;
      if (g.undirected() && v < u) continue;
      arcs.emplace_back(g.weight(g.out_edge_begin(u) + i), v);
    }
    std::stable_sort(arcs.begin(), arcs.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    arcs.resize(std::min<std::size_t>(arcs.size(), 4));
    for (const auto& [weight, v] : arcs) map.edges.push_back({index[u], index[v], weight});
  }
  return {RenderSvg(map), shown.size()};
}

}  // namespace ombak
