// Community summaries, edge matrix, Guimera-Amaral roles and bridges (see roles.hpp).
#include "algorithms/community/roles.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "algorithms/community/community_graph.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

// f(u, v, w) once per stored edge: every arc of a directed g, u <= v for an undirected one.
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

community_detail::CommunityGraph UndirectedView(const Digraph& g, bool weighted) {
  return community_detail::BuildCommunityGraph(g, community_detail::Objective::kModularity, false,
                                               1.0, weighted);
}

}  // namespace

std::vector<CommunitySummary> SummarizeCommunities(const Digraph& g, const Partition& p,
                                                   std::span<const double> scores,
                                                   std::size_t top_k) {
  CheckPartition(p, g.num_nodes(), "partition");
  if (!scores.empty() && scores.size() != g.num_nodes()) {
    throw InvalidArgument("scores has " + std::to_string(scores.size()) +
                          " entries but the graph has " + std::to_string(g.num_nodes()) + " nodes");
  }
  std::vector<CommunitySummary> out(p.count);
  for (std::uint32_t c : p.membership) ++out[c].size;
  ForEachEdge(g, [&](NodeId u, NodeId v, double w) {
    const std::uint32_t a = p.membership[u], b = p.membership[v];
    if (a == b) {
      ++out[a].internal_edges;
      out[a].internal_weight += w;
    } else {
      ++out[a].external_edges;
      ++out[b].external_edges;
      out[a].external_weight += w;
      out[b].external_weight += w;
    }
  });
  for (CommunitySummary& s : out) {
    if (s.size < 2) continue;
    const double pairs = static_cast<double>(s.size) * static_cast<double>(s.size - 1) /
                         (g.undirected() ? 2.0 : 1.0);
    s.density = static_cast<double>(s.internal_edges) / pairs;
  }
  if (!scores.empty() && top_k > 0) {
    for (std::vector<NodeId>& members : Members(p)) {
      const std::uint32_t c = p.membership[members.front()];
      const std::size_t k = std::min(top_k, members.size());
      std::partial_sort(members.begin(), members.begin() + k, members.end(),
                        [&](NodeId x, NodeId y) {
                          return scores[x] != scores[y] ? scores[x] > scores[y] : x < y;
                        });
      out[c].top_accounts.assign(members.begin(), members.begin() + k);
    }
  }
  return out;
}

std::vector<CommunityLink> CommunityEdgeMatrix(const Digraph& g, const Partition& p) {
  CheckPartition(p, g.num_nodes(), "partition");
  std::vector<std::pair<std::uint64_t, double>> keyed;
  keyed.reserve(g.num_edges());
  ForEachEdge(g, [&](NodeId u, NodeId v, double w) {
    std::uint32_t a = p.membership[u], b = p.membership[v];
    if (g.undirected() && a > b) std::swap(a, b);
    keyed.emplace_back((static_cast<std::uint64_t>(a) << 32) | b, w);
  });
  std::sort(keyed.begin(), keyed.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<CommunityLink> links;
  for (const auto& [key, w] : keyed) {
    if (links.empty() ||
        ((static_cast<std::uint64_t>(links.back().from) << 32) | links.back().to) != key) {
      links.push_back({static_cast<std::uint32_t>(key >> 32),
                       static_cast<std::uint32_t>(key & 0xffffffffu), 0, 0.0});
    }
    ++links.back().edges;
    links.back().weight += w;
  }
  return links;
}

NodeRoles ComputeNodeRoles(const Digraph& g, const Partition& p, bool weighted) {
  CheckPartition(p, g.num_nodes(), "partition");
  const auto s = UndirectedView(g, weighted);
  const NodeId n = g.num_nodes();
  NodeRoles roles;
  roles.within_z.assign(n, 0.0);
  roles.participation.assign(n, 0.0);
  roles.role.assign(n, NodeRole::kUltraPeripheral);
  std::vector<double> own(n, 0.0);
  std::vector<double> per_community(p.count, 0.0);
  std::vector<std::uint32_t> touched;
  for (NodeId v = 0; v < n; ++v) {
    double total = 0.0;
    for (std::uint64_t e = s.offsets[v]; e < s.offsets[v + 1]; ++e) {
      const std::uint32_t c = p.membership[s.targets[e]];
      if (per_community[c] == 0.0) touched.push_back(c);
      per_community[c] += s.weights[e];
      total += s.weights[e];
    }
    own[v] = per_community[p.membership[v]];
    double sum_squares = 0.0;
    for (std::uint32_t c : touched) {
      if (total > 0.0) sum_squares += (per_community[c] / total) * (per_community[c] / total);
      per_community[c] = 0.0;
    }
    touched.clear();
    roles.participation[v] = total > 0.0 ? 1.0 - sum_squares : 0.0;
  }
  std::vector<double> sum(p.count, 0.0), sum_sq(p.count, 0.0), count(p.count, 0.0);
  for (NodeId v = 0; v < n; ++v) {
    const std::uint32_t c = p.membership[v];
    sum[c] += own[v];
    sum_sq[c] += own[v] * own[v];
    count[c] += 1.0;
  }
  for (NodeId v = 0; v < n; ++v) {
    const std::uint32_t c = p.membership[v];
    const double mean = sum[c] / count[c];
    const double variance = std::max(0.0, sum_sq[c] / count[c] - mean * mean);
    const double sd = std::sqrt(variance);
    roles.within_z[v] = sd > 1e-12 * std::max(1.0, mean) ? (own[v] - mean) / sd : 0.0;
    const double z = roles.within_z[v], pc = roles.participation[v];
    if (z >= 2.5) {
      roles.role[v] = pc <= 0.30   ? NodeRole::kProvincialHub
                      : pc <= 0.75 ? NodeRole::kConnectorHub
                                   : NodeRole::kKinlessHub;
    } else {
      roles.role[v] = pc <= 0.05   ? NodeRole::kUltraPeripheral
                      : pc <= 0.62 ? NodeRole::kPeripheral
                      : pc <= 0.80 ? NodeRole::kConnector
                                   : NodeRole::kKinless;
    }
  }
  return roles;
}

std::vector<BridgeAccount> BridgeAccounts(const Digraph& g, const Partition& p, std::uint32_t a,
                                          std::uint32_t b, std::size_t top_k, bool weighted) {
  CheckPartition(p, g.num_nodes(), "partition");
  for (std::uint32_t c : {a, b}) {
    if (c >= p.count) {
      throw InvalidArgument("community " + std::to_string(c) + " is not below count " +
                            std::to_string(p.count));
    }
  }
  const auto s = UndirectedView(g, weighted);
  std::vector<BridgeAccount> bridges;
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    const std::uint32_t c = p.membership[v];
    if (c != a && c != b) continue;
    const std::uint32_t other = c == a ? b : a;
    BridgeAccount account{v, c, 0.0, 0.0, 0.0};
    for (std::uint64_t e = s.offsets[v]; e < s.offsets[v + 1]; ++e) {
      const std::uint32_t d = p.membership[s.targets[e]];
      if (d == other) account.to_other += s.weights[e];
      if (d == c) account.to_own += s.weights[e];
    }
    if (account.to_other <= 0.0) continue;
    const double f = account.to_other / (account.to_other + account.to_own);
    account.participation = 1.0 - f * f - (1.0 - f) * (1.0 - f);
    bridges.push_back(account);
  }
  const std::size_t k = std::min(top_k, bridges.size());
  std::partial_sort(bridges.begin(), bridges.begin() + k, bridges.end(),
                    [](const BridgeAccount& x, const BridgeAccount& y) {
                      if (x.to_other != y.to_other) return x.to_other > y.to_other;
                      if (x.participation != y.participation) {
                        return x.participation > y.participation;
                      }
                      return x.node < y.node;
                    });
  bridges.resize(k);
  return bridges;
}

}  // namespace ombak
