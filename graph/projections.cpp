// Projections write CSR rows directly: a parallel pass counts each new row, a prefix sum places
// it, a second parallel pass fills it (projections.hpp).
#include "graph/projections.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

#include "graph/components.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

// counts[i + 1] holds the length of row i; turns it into row offsets in place.
void PrefixSum(std::vector<std::uint64_t>& counts) {
  for (std::size_t i = 1; i < counts.size(); ++i) counts[i] += counts[i - 1];
}

// A graph whose arc k is a copy of arc src[k] of g with target targets[k]: weights and times
// follow the source arcs.
Digraph Assemble(const Digraph& g, NodeId n, std::vector<std::uint64_t> offsets,
                 const std::vector<EdgeId>& src, std::vector<NodeId> targets, bool undirected) {
  std::vector<Weight> weights(g.has_weights() ? src.size() : 0);
  std::vector<Timestamp> times(g.has_times() ? src.size() : 0);
#pragma omp parallel for schedule(static)
  for (std::int64_t k = 0; k < static_cast<std::int64_t>(src.size()); ++k) {
    if (!weights.empty()) weights[k] = g.weight(src[k]);
    if (!times.empty()) times[k] = g.time(src[k]);
  }
  return Digraph::FromCsr(n, std::move(offsets), std::move(targets), std::move(weights),
                          std::move(times), undirected);
}

Timestamp Earliest(Timestamp a, Timestamp b) {
  if (a == kNoTime) return b;
  if (b == kNoTime) return a;
  return std::min(a, b);
}

// new_id[v] = position of v in nodes, kNoNode if absent; validates the list.
std::vector<NodeId> NewIds(const char* function, NodeId n, std::span<const NodeId> nodes) {
  std::vector<NodeId> new_id(n, kNoNode);
  if (nodes.size() > n) {
    throw InvalidArgument(std::string(function) + ": " + std::to_string(nodes.size()) +
                          " nodes listed but the graph has " + std::to_string(n));
  }
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const NodeId v = nodes[i];
    if (v >= n) {
      throw InvalidArgument(std::string(function) + ": node " + std::to_string(v) +
                            " is out of range (the graph has " + std::to_string(n) + " nodes)");
    }
    if (new_id[v] != kNoNode) {
      throw InvalidArgument(std::string(function) + ": node " + std::to_string(v) +
                            " is listed twice");
    }
    new_id[v] = static_cast<NodeId>(i);
  }
  return new_id;
}

Digraph Induced(const Digraph& g, std::span<const NodeId> nodes,
                const std::vector<NodeId>& new_id) {
  const auto k = static_cast<NodeId>(nodes.size());
  std::vector<std::uint64_t> offsets(std::size_t{k} + 1, 0);
#pragma omp parallel for schedule(dynamic, 1024)
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(k); ++i) {
    for (const NodeId v : g.out_neighbors(nodes[i])) offsets[i + 1] += new_id[v] != kNoNode;
  }
  PrefixSum(offsets);
  std::vector<EdgeId> src(offsets.back());
  std::vector<NodeId> targets(offsets.back());
#pragma omp parallel for schedule(dynamic, 1024)
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(k); ++i) {
    const NodeId u = nodes[i];
    std::uint64_t out = offsets[i];
    for (EdgeId e = g.out_edge_begin(u); e < g.out_edge_begin(u) + g.out_degree(u); ++e) {
      if (new_id[g.target(e)] != kNoNode) src[out++] = e;
    }
    // New ids need not follow old ids: re-sort the row by new target; stable, so parallel
    // arcs keep edge-id order.
    const auto first = src.begin() + static_cast<std::ptrdiff_t>(offsets[i]);
    const auto last = src.begin() + static_cast<std::ptrdiff_t>(offsets[i + 1]);
    std::stable_sort(first, last,
                     [&](EdgeId a, EdgeId b) { return new_id[g.target(a)] < new_id[g.target(b)]; });
    for (std::uint64_t p = offsets[i]; p < offsets[i + 1]; ++p) {
      targets[p] = new_id[g.target(src[p])];
    }
  }
  return Assemble(g, k, std::move(offsets), src, std::move(targets), g.undirected());
}

// The arcs touching u in either direction, as (neighbour, edge id) sorted by both; loops once.
// Edge ids of in-arcs are kNoEdge when g keeps no in_edge_ids (unweighted and untimed).
void BothDirections(const Digraph& g, NodeId u, std::vector<std::pair<NodeId, EdgeId>>& row) {
  row.clear();
  const auto out = g.out_neighbors(u);
  for (std::size_t k = 0; k < out.size(); ++k) row.emplace_back(out[k], g.out_edge_begin(u) + k);
  const std::size_t middle = row.size();
  const auto in = g.in_neighbors(u);
  const bool ids = g.has_weights() || g.has_times();
  for (std::size_t k = 0; k < in.size(); ++k) {
    if (in[k] != u) row.emplace_back(in[k], ids ? g.in_edge_ids(u)[k] : kNoEdge);
  }
  std::inplace_merge(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(middle), row.end());
}

}  // namespace

Digraph MergeLayers(const Network& net,
                    const std::vector<std::pair<Layer, double>>& layer_weights) {
  if (layer_weights.empty()) throw InvalidArgument("MergeLayers: layer_weights is empty");
  std::array<bool, kNumLayers> seen{};
  std::vector<const Digraph*> layers;
  std::vector<double> factors;
  bool all_undirected = true;
  bool timed = false;
  for (const auto& [layer, factor] : layer_weights) {
    const std::string name(LayerName(layer));
    if (seen[static_cast<int>(layer)]) {
      throw InvalidArgument("MergeLayers: layer " + name + " is listed twice");
    }
    seen[static_cast<int>(layer)] = true;
    if (!net.has_layer(layer)) {
      throw InvalidArgument("MergeLayers: the network has no " + name + " layer");
    }
    if (!std::isfinite(factor)) {
      throw InvalidArgument("MergeLayers: weight of layer " + name + " must be finite, got " +
                            std::to_string(factor));
    }
    layers.push_back(&net.layer(layer));
    factors.push_back(factor);
    all_undirected = all_undirected && layers.back()->undirected();
    timed = timed || layers.back()->has_times();
  }
  const NodeId n = net.num_nodes();
  // Row u of the result: the out-arcs of u in every layer as (target, layer, edge id), sorted;
  // runs of equal targets become one arc.
  using Entry = std::tuple<NodeId, std::size_t, EdgeId>;
  auto gather = [&](NodeId u, std::vector<Entry>& row) {
    row.clear();
    for (std::size_t l = 0; l < layers.size(); ++l) {
      const auto out = layers[l]->out_neighbors(u);
      for (std::size_t k = 0; k < out.size(); ++k) {
        row.emplace_back(out[k], l, layers[l]->out_edge_begin(u) + k);
      }
    }
    std::sort(row.begin(), row.end());
  };
  std::vector<std::uint64_t> offsets(std::size_t{n} + 1, 0);
#pragma omp parallel
  {
    std::vector<Entry> row;
#pragma omp for schedule(dynamic, 1024)
    for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
      gather(static_cast<NodeId>(u), row);
      for (std::size_t k = 0; k < row.size(); ++k) {
        offsets[u + 1] += k == 0 || std::get<0>(row[k]) != std::get<0>(row[k - 1]);
      }
    }
  }
  PrefixSum(offsets);
  std::vector<NodeId> targets(offsets.back());
  std::vector<Weight> weights(offsets.back());
  std::vector<Timestamp> times(timed ? offsets.back() : 0);
#pragma omp parallel
  {
    std::vector<Entry> row;
#pragma omp for schedule(dynamic, 1024)
    for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
      gather(static_cast<NodeId>(u), row);
      std::uint64_t out = offsets[u];
      for (std::size_t k = 0; k < row.size();) {
        const NodeId v = std::get<0>(row[k]);
        double weight = 0.0;
        Timestamp time = kNoTime;
        for (; k < row.size() && std::get<0>(row[k]) == v; ++k) {
          const auto [target, l, e] = row[k];
          weight += factors[l] * layers[l]->weight(e);
          time = Earliest(time, layers[l]->time(e));
        }
        targets[out] = v;
        weights[out] = static_cast<Weight>(weight);
        if (timed) times[out] = time;
        ++out;
      }
    }
  }
  return Digraph::FromCsr(n, std::move(offsets), std::move(targets), std::move(weights),
                          std::move(times), all_undirected);
}

Digraph UndirectedView(const Digraph& g, DuplicatePolicy policy) {
  if (g.undirected()) return g.Clone();
  const NodeId n = g.num_nodes();
  const bool keep_all = policy == DuplicatePolicy::kKeepAll;
  std::vector<std::uint64_t> offsets(std::size_t{n} + 1, 0);
  bool merged = false;
#pragma omp parallel reduction(|| : merged)
  {
    std::vector<std::pair<NodeId, EdgeId>> row;
#pragma omp for schedule(dynamic, 1024)
    for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
      BothDirections(g, static_cast<NodeId>(u), row);
      for (std::size_t k = 0; k < row.size(); ++k) {
        const bool starts = keep_all || k == 0 || row[k].first != row[k - 1].first;
        offsets[u + 1] += starts;
        merged = merged || !starts;
      }
    }
  }
  PrefixSum(offsets);
  const bool weighted = g.has_weights() || (policy == DuplicatePolicy::kSum && merged);
  std::vector<NodeId> targets(offsets.back());
  std::vector<Weight> weights(weighted ? offsets.back() : 0);
  std::vector<Timestamp> times(g.has_times() ? offsets.back() : 0);
#pragma omp parallel
  {
    std::vector<std::pair<NodeId, EdgeId>> row;
#pragma omp for schedule(dynamic, 1024)
    for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
      BothDirections(g, static_cast<NodeId>(u), row);
      std::uint64_t out = offsets[u] - 1;
      double sum = 0.0;
      for (std::size_t k = 0; k < row.size(); ++k) {
        const auto [v, e] = row[k];
        const Weight w = e == kNoEdge ? Weight{1} : g.weight(e);
        const Timestamp t = e == kNoEdge ? kNoTime : g.time(e);
        if (keep_all || k == 0 || v != row[k - 1].first) {  // first arc of an edge
          targets[++out] = v;
          sum = w;
          if (!times.empty()) times[out] = t;
        } else if (policy == DuplicatePolicy::kSum) {
          sum += w;
          if (!times.empty()) times[out] = Earliest(times[out], t);
        }
        if (weighted) weights[out] = static_cast<Weight>(sum);
      }
    }
  }
  return Digraph::FromCsr(n, std::move(offsets), std::move(targets), std::move(weights),
                          std::move(times), true);
}

Digraph Reverse(const Digraph& g) {
  if (g.undirected()) return g.Clone();
  const NodeId n = g.num_nodes();
  std::vector<std::uint64_t> offsets(g.in_offsets().begin(), g.in_offsets().end());
  std::vector<NodeId> targets(g.in_sources().begin(), g.in_sources().end());
  std::vector<Weight> weights(g.has_weights() ? g.num_edges() : 0);
  std::vector<Timestamp> times(g.has_times() ? g.num_edges() : 0);
  if (g.has_weights() || g.has_times()) {
#pragma omp parallel for schedule(dynamic, 1024)
    for (std::int64_t v = 0; v < static_cast<std::int64_t>(n); ++v) {
      const auto ids = g.in_edge_ids(static_cast<NodeId>(v));
      for (std::size_t k = 0; k < ids.size(); ++k) {
        if (!weights.empty()) weights[offsets[v] + k] = g.weight(ids[k]);
        if (!times.empty()) times[offsets[v] + k] = g.time(ids[k]);
      }
    }
  }
  return Digraph::FromCsr(n, std::move(offsets), std::move(targets), std::move(weights),
                          std::move(times));
}

Subgraph InducedSubgraph(const Digraph& g, std::span<const NodeId> nodes) {
  const std::vector<NodeId> new_id = NewIds("InducedSubgraph", g.num_nodes(), nodes);
  return {Induced(g, nodes, new_id), std::vector<NodeId>(nodes.begin(), nodes.end())};
}

Network InducedSubnetwork(const Network& net, std::span<const NodeId> nodes) {
  const std::vector<NodeId> new_id = NewIds("InducedSubnetwork", net.num_nodes(), nodes);
  std::array<std::optional<Digraph>, kNumLayers> layers;
  for (const Layer layer : net.present_layers()) {
    layers[static_cast<int>(layer)] = Induced(net.layer(layer), nodes, new_id);
  }
  const std::vector<NodeId> old_ids(nodes.begin(), nodes.end());
  return Network(net.nodes().Select(old_ids), std::move(layers), net.events().Remap(new_id));
}

std::vector<NodeId> LargestWeakComponentNodes(const Digraph& g) {
  const Components weak = WeakComponents(g);
  std::vector<NodeId> nodes;
  if (weak.count() == 0) return nodes;
  const NodeId largest = weak.largest_index();
  nodes.reserve(weak.sizes[largest]);
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    if (weak.component[v] == largest) nodes.push_back(v);
  }
  return nodes;
}

Digraph TimeWindow(const Digraph& g, Timestamp begin, Timestamp end) {
  if (!g.has_times()) throw InvalidArgument("TimeWindow: the graph has no timestamps");
  if (begin > end) {
    throw InvalidArgument("TimeWindow: begin must not be after end, got begin = " +
                          std::to_string(begin) + ", end = " + std::to_string(end));
  }
  const NodeId n = g.num_nodes();
  auto inside = [&](EdgeId e) {
    const Timestamp t = g.time(e);
    return t != kNoTime && t >= begin && t < end;
  };
  std::vector<std::uint64_t> offsets(std::size_t{n} + 1, 0);
#pragma omp parallel for schedule(dynamic, 1024)
  for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
    const EdgeId first = g.out_edge_begin(static_cast<NodeId>(u));
    for (EdgeId e = first; e < first + g.out_degree(static_cast<NodeId>(u)); ++e) {
      offsets[u + 1] += inside(e);
    }
  }
  PrefixSum(offsets);
  std::vector<EdgeId> src(offsets.back());
  std::vector<NodeId> targets(offsets.back());
#pragma omp parallel for schedule(dynamic, 1024)
  for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
    std::uint64_t out = offsets[u];
    const EdgeId first = g.out_edge_begin(static_cast<NodeId>(u));
    for (EdgeId e = first; e < first + g.out_degree(static_cast<NodeId>(u)); ++e) {
      if (!inside(e)) continue;
      src[out] = e;
      targets[out++] = g.target(e);
    }
  }
  return Assemble(g, n, std::move(offsets), src, std::move(targets), g.undirected());
}

}  // namespace ombak
