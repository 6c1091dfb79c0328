// Building and aggregating the working graph of Louvain and Leiden (see community_graph.hpp).
#include "algorithms/community/community_graph.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak::community_detail {
namespace {

void CheckWeight(double w) {
  if (!(w >= 0.0) || !std::isfinite(w)) {
    throw InvalidArgument("edge weights must be finite and non-negative, got " + std::to_string(w));
  }
}

// Turns rows written at upper-bound offsets (`lengths` used entries each) into a packed CSR.
void Pack(CommunityGraph& out, const std::vector<std::uint64_t>& bound_offsets,
          const std::vector<std::uint64_t>& lengths, std::vector<NodeId>& targets,
          std::vector<double>& weights) {
  const NodeId n = out.n;
  out.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  for (NodeId v = 0; v < n; ++v) out.offsets[v + 1] = out.offsets[v] + lengths[v];
  out.targets.resize(out.offsets[n]);
  out.weights.resize(out.offsets[n]);
#pragma omp parallel for schedule(dynamic, 1024) if (n >= kParallelNodes)
  for (NodeId v = 0; v < n; ++v) {
    std::copy_n(targets.begin() + bound_offsets[v], lengths[v],
                out.targets.begin() + out.offsets[v]);
    std::copy_n(weights.begin() + bound_offsets[v], lengths[v],
                out.weights.begin() + out.offsets[v]);
  }
}

void FinishNullModel(CommunityGraph& out, Objective objective, bool directed_mode,
                     const std::vector<double>& out_strength,
                     const std::vector<double>& in_strength, double resolution) {
  const NodeId n = out.n;
  out.a.resize(n);
  out.b.resize(n);
  double total = 0.0;
  bool unit = true;
  for (NodeId v = 0; v < n; ++v) {
    double row = out.self[v];
    for (std::uint64_t e = out.offsets[v]; e < out.offsets[v + 1]; ++e) {
      row += out.weights[e];
      unit = unit && out.weights[e] == 1.0;
    }
    total += row;
    if (objective == Objective::kCpm) {
      out.a[v] = out.b[v] = 1.0;
    } else if (directed_mode) {
      out.a[v] = 2.0 * out_strength[v];
      out.b[v] = 2.0 * in_strength[v];
    } else {
      out.a[v] = out.b[v] = row;
    }
  }
  out.total = total;
  out.unit_weights = unit;
  out.same_ab = !(objective == Objective::kModularity && directed_mode);
  out.coefficient =
      objective == Objective::kCpm ? resolution : (total > 0.0 ? resolution / total : 0.0);
}

}  // namespace

CommunityGraph BuildCommunityGraph(const Digraph& g, Objective objective, bool directed,
                                   double resolution, bool use_weights) {
  CommunityGraph out;
  const NodeId n = g.num_nodes();
  out.n = n;
  out.self.assign(n, 0.0);
  const bool weighted = use_weights && g.has_weights();
  const bool symmetric = g.undirected();
  const bool directed_mode = directed && !symmetric && objective == Objective::kModularity;
  std::vector<std::uint64_t> bound(static_cast<std::size_t>(n) + 1, 0);
  for (NodeId v = 0; v < n; ++v) {
    bound[v + 1] = bound[v] + g.out_degree(v) + (symmetric ? 0 : g.in_degree(v));
  }
  std::vector<NodeId> targets(bound[n]);
  std::vector<double> weights(bound[n]);
  std::vector<std::uint64_t> lengths(n, 0);
  std::vector<double> out_strength(n, 0.0), in_strength(n, 0.0);
  bool bad_weight = false;
  double bad_value = 0.0;
#pragma omp parallel if (n >= kParallelNodes)
  {
    std::vector<std::pair<NodeId, double>> row;
#pragma omp for schedule(dynamic, 1024)
    for (NodeId v = 0; v < n; ++v) {
      row.clear();
      double self = 0.0, out_s = 0.0, in_s = 0.0;
      const auto outs = g.out_neighbors(v);
      const EdgeId first = g.out_edge_begin(v);
      for (std::size_t i = 0; i < outs.size(); ++i) {
        const double w = weighted ? g.weight(first + i) : 1.0;
        if (!(w >= 0.0) || !std::isfinite(w)) {
#pragma omp critical(community_bad_weight)
          {
            bad_weight = true;
            bad_value = w;
          }
        }
        out_s += w;
        if (outs[i] == v) {
          self +=
              2.0 * w;  // S_ii = 2w: undirected loops count twice; A + A^T doubles a directed one
        } else {
          row.emplace_back(outs[i], w);
        }
      }
      if (!symmetric) {
        const auto ins = g.in_neighbors(v);
        for (std::size_t i = 0; i < ins.size(); ++i) {
          const double w = weighted ? g.weight(g.in_edge_ids(v)[i]) : 1.0;
          in_s += w;
          if (ins[i] != v) row.emplace_back(ins[i], w);
        }
        std::sort(row.begin(), row.end(),
                  [](const auto& x, const auto& y) { return x.first < y.first; });
      } else {
        in_s = out_s;
      }
      std::uint64_t len = 0;
      const std::uint64_t base = bound[v];
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (len > 0 && targets[base + len - 1] == row[i].first) {
          weights[base + len - 1] += row[i].second;
        } else {
          targets[base + len] = row[i].first;
          weights[base + len] = row[i].second;
          ++len;
        }
      }
      lengths[v] = len;
      out.self[v] = self;
      out_strength[v] = out_s;
      in_strength[v] = in_s;
    }
  }
  if (bad_weight) CheckWeight(bad_value);
  Pack(out, bound, lengths, targets, weights);
  FinishNullModel(out, objective, directed_mode, out_strength, in_strength, resolution);
  return out;
}

CommunityGraph Aggregate(const CommunityGraph& g, const std::vector<std::uint32_t>& membership,
                         std::uint32_t count) {
  CommunityGraph out;
  out.n = count;
  out.total = g.total;
  out.coefficient = g.coefficient;
  out.same_ab = g.same_ab;
  // Members of each community, in node order (counting sort).
  std::vector<std::uint64_t> start(static_cast<std::size_t>(count) + 1, 0);
  for (NodeId v = 0; v < g.n; ++v) ++start[membership[v] + 1];
  for (std::uint32_t c = 0; c < count; ++c) start[c + 1] += start[c];
  std::vector<NodeId> members(g.n);
  {
    std::vector<std::uint64_t> fill(start.begin(), start.end() - 1);
    for (NodeId v = 0; v < g.n; ++v) members[fill[membership[v]]++] = v;
  }
  out.self.assign(count, 0.0);
  out.a.assign(count, 0.0);
  out.b.assign(count, 0.0);
  // A community's row has at most min(count - 1, sum of member degrees) entries.
  std::vector<std::uint64_t> bound(static_cast<std::size_t>(count) + 1, 0);
  for (std::uint32_t c = 0; c < count; ++c) {
    std::uint64_t d = 0;
    for (std::uint64_t i = start[c]; i < start[c + 1]; ++i) d += g.degree(members[i]);
    bound[c + 1] = bound[c] + std::min<std::uint64_t>(d, count - 1);
  }
  std::vector<NodeId> targets(bound[count]);
  std::vector<double> weights(bound[count]);
  std::vector<std::uint64_t> lengths(count, 0);
#pragma omp parallel if (g.n >= kParallelNodes)
  {
    std::vector<std::uint32_t> slot(count, kNoNode);
#pragma omp for schedule(dynamic, 256)
    for (std::uint32_t c = 0; c < count; ++c) {
      double self = 0.0, sa = 0.0, sb = 0.0;
      std::uint64_t len = 0;
      const std::uint64_t base = bound[c];
      for (std::uint64_t i = start[c]; i < start[c + 1]; ++i) {
        const NodeId v = members[i];
        self += g.self[v];
        sa += g.a[v];
        sb += g.b[v];
        for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
          const std::uint32_t d = membership[g.targets[e]];
          if (d == c) {
            self += g.weights[e];
          } else if (slot[d] == kNoNode) {
            slot[d] = static_cast<std::uint32_t>(len);
            targets[base + len] = d;
            weights[base + len] = g.weights[e];
            ++len;
          } else {
            weights[base + slot[d]] += g.weights[e];
          }
        }
      }
      for (std::uint64_t i = 0; i < len; ++i) slot[targets[base + i]] = kNoNode;
      lengths[c] = len;
      out.self[c] = self;
      out.a[c] = sa;
      out.b[c] = sb;
    }
  }
  Pack(out, bound, lengths, targets, weights);
  return out;
}

CommunityGraph Permute(const CommunityGraph& g, const std::vector<NodeId>& new_id) {
  const NodeId n = g.n;
  CommunityGraph out;
  out.n = n;
  out.total = g.total;
  out.coefficient = g.coefficient;
  out.same_ab = g.same_ab;
  out.unit_weights = g.unit_weights;
  std::vector<NodeId> old_id(n);
  for (NodeId v = 0; v < n; ++v) old_id[new_id[v]] = v;
  out.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  for (NodeId v = 0; v < n; ++v) out.offsets[v + 1] = out.offsets[v] + g.degree(old_id[v]);
  out.targets.resize(g.targets.size());
  out.weights.resize(g.weights.size());
  out.self.resize(n);
  out.a.resize(n);
  out.b.resize(n);
#pragma omp parallel for schedule(dynamic, 1024) if (n >= kParallelNodes)
  for (NodeId v = 0; v < n; ++v) {
    const NodeId old = old_id[v];
    out.self[v] = g.self[old];
    out.a[v] = g.a[old];
    out.b[v] = g.b[old];
    std::uint64_t to = out.offsets[v];
    for (std::uint64_t e = g.offsets[old]; e < g.offsets[old + 1]; ++e, ++to) {
      out.targets[to] = new_id[g.targets[e]];
      out.weights[to] = g.weights[e];
    }
  }
  return out;
}

std::vector<NodeId> GroupByCommunity(const std::vector<std::uint32_t>& membership) {
  const auto n = static_cast<NodeId>(membership.size());
  std::vector<NodeId> start(static_cast<std::size_t>(n) + 1, 0);
  for (NodeId v = 0; v < n; ++v) ++start[membership[v] + 1];
  for (NodeId c = 0; c < n; ++c) start[c + 1] += start[c];
  std::vector<NodeId> new_id(n);
  for (NodeId v = 0; v < n; ++v) new_id[v] = start[membership[v]]++;
  return new_id;
}

double Quality(const CommunityGraph& g, const std::vector<std::uint32_t>& membership) {
  if (g.total <= 0.0) return std::nan("");
  std::vector<double> ca(g.n, 0.0), cb(g.n, 0.0);
  double internal = 0.0;
  for (NodeId v = 0; v < g.n; ++v) {
    const std::uint32_t c = membership[v];
    ca[c] += g.a[v];
    cb[c] += g.b[v];
    internal += g.self[v];
    for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      if (membership[g.targets[e]] == c) internal += g.weights[e];
    }
  }
  double null_term = 0.0;
  for (NodeId c = 0; c < g.n; ++c) null_term += ca[c] * cb[c];
  return (internal - g.coefficient * null_term) / g.total;
}

std::uint32_t SplitDisconnected(const CommunityGraph& g, std::vector<std::uint32_t>& membership) {
  std::vector<std::uint32_t> component(g.n, kNoNode);
  std::vector<NodeId> stack;
  std::uint32_t count = 0;
  for (NodeId root = 0; root < g.n; ++root) {
    if (component[root] != kNoNode) continue;
    component[root] = count;
    stack.push_back(root);
    while (!stack.empty()) {
      const NodeId v = stack.back();
      stack.pop_back();
      for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const NodeId u = g.targets[e];
        if (component[u] == kNoNode && membership[u] == membership[root] && g.weights[e] > 0.0) {
          component[u] = count;
          stack.push_back(u);
        }
      }
    }
    ++count;
  }
  membership = std::move(component);
  return count;
}

std::uint32_t Compact(std::vector<std::uint32_t>& membership) {
  std::uint32_t max_id = 0;
  for (std::uint32_t c : membership) max_id = std::max(max_id, c);
  std::vector<std::uint32_t> renumber(membership.empty() ? 0 : max_id + 1, kNoNode);
  std::uint32_t count = 0;
  for (std::uint32_t& c : membership) {
    if (renumber[c] == kNoNode) renumber[c] = count++;
    c = renumber[c];
  }
  return count;
}

}  // namespace ombak::community_detail
