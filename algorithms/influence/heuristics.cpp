// Degree discount, top-k by score and k-shell-dispersed seeds.
#include "algorithms/influence/heuristics.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <queue>
#include <string>

#include "algorithms/centrality/kcore.hpp"
#include "algorithms/diffusion/validate.hpp"
#include "graph/errors.hpp"

namespace ombak {

namespace {

void CheckK(std::uint32_t k, std::uint64_t n) {
  if (k == 0) throw InvalidArgument("k must be >= 1, got 0");
  if (k > n) {
    throw InvalidArgument("k must be <= the number of accounts (" + std::to_string(n) + "), got " +
                          std::to_string(k));
  }
}

}  // namespace

std::vector<NodeId> DegreeDiscount(const Digraph& g, std::uint32_t k, double p) {
  CheckK(k, g.num_nodes());
  diffusion_detail::CheckClosed(p, 0.0, 1.0, "p");
  const NodeId n = g.num_nodes();
  std::vector<double> dd(n);
  std::vector<std::uint64_t> t(n, 0);
  std::vector<char> chosen(n, 0);
  struct Entry {
    double key;
    NodeId node;
    bool operator<(const Entry& o) const { return key != o.key ? key < o.key : node > o.node; }
  };
  std::priority_queue<Entry> heap;
  for (NodeId v = 0; v < n; ++v) {
    dd[v] = static_cast<double>(g.in_degree(v));
    heap.push({dd[v], v});
  }
  std::vector<NodeId> seeds;
  while (seeds.size() < k) {
    const Entry top = heap.top();
    heap.pop();
    if (chosen[top.node] || top.key != dd[top.node]) continue;  // stale entry
    const NodeId u = top.node;
    chosen[u] = 1;
    seeds.push_back(u);
    for (NodeId v : g.in_neighbors(u)) {
      if (chosen[v]) continue;
      ++t[v];
      const double d = static_cast<double>(g.in_degree(v));
      const double tv = static_cast<double>(t[v]);
      dd[v] = d - 2 * tv - (d - tv) * tv * p;
      heap.push({dd[v], v});
    }
  }
  return seeds;
}

std::vector<NodeId> TopKByScore(std::span<const double> scores, std::uint32_t k) {
  CheckK(k, scores.size());
  for (std::size_t v = 0; v < scores.size(); ++v) {
    if (std::isnan(scores[v])) {
      throw InvalidArgument("score of account " + std::to_string(v) + " is NaN");
    }
  }
  std::vector<NodeId> order(scores.size());
  std::iota(order.begin(), order.end(), NodeId{0});
  std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](NodeId a, NodeId b) {
    return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
  });
  order.resize(k);
  return order;
}

std::vector<NodeId> KShellDispersed(const Digraph& g, std::uint32_t k) {
  CheckK(k, g.num_nodes());
  const NodeId n = g.num_nodes();
  const std::vector<double> core = Coreness(g).scores;
  auto degree = [&](NodeId v) {
    return g.undirected() ? g.out_degree(v) : g.out_degree(v) + g.in_degree(v);
  };
  std::vector<NodeId> order(n);
  std::iota(order.begin(), order.end(), NodeId{0});
  std::sort(order.begin(), order.end(), [&](NodeId a, NodeId b) {
    if (core[a] != core[b]) return core[a] > core[b];
    if (degree(a) != degree(b)) return degree(a) > degree(b);
    return a < b;
  });
  std::vector<char> near(n, 0);  // adjacent to a chosen seed, or chosen
  std::vector<NodeId> seeds;
  std::vector<NodeId> skipped;
  for (NodeId v : order) {
    if (seeds.size() == k) break;
    if (near[v]) {
      skipped.push_back(v);
      continue;
    }
    seeds.push_back(v);
    near[v] = 1;
    for (NodeId w : g.out_neighbors(v)) near[w] = 1;
    for (NodeId w : g.in_neighbors(v)) near[w] = 1;
  }
  for (std::size_t i = 0; seeds.size() < k && i < skipped.size(); ++i) {
    seeds.push_back(skipped[i]);
  }
  return seeds;
}

}  // namespace ombak
