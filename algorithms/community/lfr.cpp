// LFR benchmark generator (see lfr.hpp).
#include "algorithms/community/lfr.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "graph/builder.hpp"
#include "graph/errors.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

// Continuous power law x^-tau on [lo, hi].
struct PowerLaw {
  double tau, lo, hi;
  double Sample(RandomStream& rng) const {
    const double u = rng.Uniform();
    if (std::abs(tau - 1.0) < 1e-9) return lo * std::pow(hi / lo, u);
    const double e = 1.0 - tau;
    return std::pow(std::pow(lo, e) + u * (std::pow(hi, e) - std::pow(lo, e)), 1.0 / e);
  }
  double Mean() const {
    const double t = (std::abs(tau - 1.0) < 1e-9 || std::abs(tau - 2.0) < 1e-9) ? tau + 1e-7 : tau;
    return (1.0 - t) / (2.0 - t) * (std::pow(hi, 2.0 - t) - std::pow(lo, 2.0 - t)) /
           (std::pow(hi, 1.0 - t) - std::pow(lo, 1.0 - t));
  }
};

// Fenwick tree of free places per community, for weighted draws within a prefix.
class Fenwick {
 public:
  explicit Fenwick(std::size_t n) : tree_(n + 1, 0) {}
  void Add(std::size_t i, std::int64_t delta) {
    for (++i; i < tree_.size(); i += i & (~i + 1)) tree_[i] += delta;
  }
  std::int64_t Prefix(std::size_t count) const {
    std::int64_t s = 0;
    for (std::size_t i = count; i > 0; i -= i & (~i + 1)) s += tree_[i];
    return s;
  }
  // Smallest index whose prefix sum (inclusive) exceeds target.
  std::size_t Find(std::int64_t target) const {
    std::size_t pos = 0, step = 1;
    while (step * 2 < tree_.size()) step *= 2;
    for (; step > 0; step /= 2) {
      if (pos + step < tree_.size() && tree_[pos + step] <= target) {
        pos += step;
        target -= tree_[pos];
      }
    }
    return pos;
  }

 private:
  std::vector<std::int64_t> tree_;
};

void Validate(const LfrOptions& o) {
  auto fail = [](const std::string& what) { throw InvalidArgument(what); };
  if (o.n < 2) fail("n must be >= 2, got " + std::to_string(o.n));
  if (o.max_degree >= o.n) {
    fail("max_degree must be below n = " + std::to_string(o.n) + ", got " +
         std::to_string(o.max_degree));
  }
  if (!(o.average_degree >= 1.0) || o.average_degree > o.max_degree) {
    fail("average_degree must be in [1, max_degree], got " + std::to_string(o.average_degree));
  }
  if (!(o.degree_exponent > 0.0)) {
    fail("degree_exponent must be > 0, got " + std::to_string(o.degree_exponent));
  }
  if (!(o.community_exponent > 0.0)) {
    fail("community_exponent must be > 0, got " + std::to_string(o.community_exponent));
  }
  if (!(o.mixing >= 0.0 && o.mixing <= 1.0)) {
    fail("mixing must be in [0, 1], got " + std::to_string(o.mixing));
  }
  if (o.min_community < 1 || o.max_community < o.min_community || o.max_community > o.n) {
    fail("community sizes must satisfy 1 <= min_community <= max_community <= n, got " +
         std::to_string(o.min_community) + " and " + std::to_string(o.max_community));
  }
}

std::vector<NodeId> Degrees(const LfrOptions& o, RandomStream& rng) {
  PowerLaw law{o.degree_exponent, 1.0, static_cast<double>(o.max_degree)};
  double lo = 1.0, hi = static_cast<double>(o.max_degree);
  for (int i = 0; i < 100; ++i) {  // the mean grows with the lower bound
    law.lo = 0.5 * (lo + hi);
    (law.Mean() < o.average_degree ? lo : hi) = law.lo;
  }
  law.lo = lo;
  std::vector<NodeId> degree(o.n);
  for (NodeId& d : degree) {
    const double x = law.Sample(rng);
    d = std::min(o.max_degree, static_cast<NodeId>(std::floor(x + rng.Uniform())));
    d = std::max<NodeId>(d, 1);
  }
  return degree;
}

std::vector<NodeId> CommunitySizes(const LfrOptions& o, RandomStream& rng) {
  const PowerLaw law{o.community_exponent, static_cast<double>(o.min_community),
                     static_cast<double>(o.max_community) + 1.0};
  std::vector<NodeId> sizes;
  std::uint64_t total = 0;
  while (total < o.n) {
    auto s = std::min(o.max_community, static_cast<NodeId>(law.Sample(rng)));
    s = std::min<NodeId>(s, static_cast<NodeId>(o.n - total));
    sizes.push_back(s);
    total += s;
  }
  // A last community cut below the minimum gives its nodes to the others, round robin.
  if (sizes.size() > 1 && sizes.back() < o.min_community) {
    NodeId rest = sizes.back();
    sizes.pop_back();
    for (std::size_t i = 0; rest > 0; i = (i + 1) % sizes.size()) {
      ++sizes[i];
      --rest;
    }
  }
  std::sort(sizes.begin(), sizes.end(), std::greater<>());
  return sizes;
}

}  // namespace

LfrGraph GenerateLfr(const LfrOptions& options) {
  Validate(options);
  const NodeId n = options.n;
  RandomStream rng(options.seed, 0);
  const std::vector<NodeId> degree = Degrees(options, rng);
  const std::vector<NodeId> sizes = CommunitySizes(options, rng);
  std::vector<NodeId> internal(n);
  for (NodeId v = 0; v < n; ++v) {
    const double want = (1.0 - options.mixing) * degree[v];
    internal[v] =
        std::min<NodeId>(static_cast<NodeId>(std::floor(want + rng.Uniform())), sizes.front() - 1);
  }
  // Assign nodes, largest internal degree first, to communities that can hold their degree.
  std::vector<NodeId> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (NodeId i = n; i > 1; --i) std::swap(order[i - 1], order[rng.Below(i)]);
  std::stable_sort(order.begin(), order.end(),
                   [&](NodeId x, NodeId y) { return internal[x] > internal[y]; });
  Fenwick free_places(sizes.size());
  for (std::size_t c = 0; c < sizes.size(); ++c) free_places.Add(c, sizes[c]);
  std::vector<std::uint32_t> community(n);
  for (NodeId v : order) {
    // Communities are sorted by decreasing size: those with size > internal[v] are a prefix.
    auto eligible =
        static_cast<std::size_t>(std::partition_point(sizes.begin(), sizes.end(),
                                                      [&](NodeId s) { return s > internal[v]; }) -
                                 sizes.begin());
    std::int64_t places = free_places.Prefix(eligible);
    if (places == 0) {  // all large enough communities are full: take any free place
      eligible = sizes.size();
      places = free_places.Prefix(eligible);
    }
    const std::size_t c = free_places.Find(static_cast<std::int64_t>(rng.Below(places)));
    free_places.Add(c, -1);
    community[v] = static_cast<std::uint32_t>(c);
    internal[v] = std::min(internal[v], sizes[c] - 1);
  }
  // Members per community, then internal edges community by community.
  std::vector<std::vector<NodeId>> members(sizes.size());
  for (NodeId v = 0; v < n; ++v) members[community[v]].push_back(v);
  std::vector<EdgeList> inside(sizes.size());
#pragma omp parallel for schedule(dynamic, 16)
  for (std::size_t c = 0; c < sizes.size(); ++c) {
    RandomStream local(options.seed, 1 + c);
    std::vector<NodeId> stubs;
    for (NodeId v : members[c]) stubs.insert(stubs.end(), internal[v], v);
    for (std::size_t i = stubs.size(); i > 1; --i) std::swap(stubs[i - 1], stubs[local.Below(i)]);
    for (std::size_t i = 0; i + 1 < stubs.size(); i += 2) {
      if (stubs[i] != stubs[i + 1]) inside[c].Add(stubs[i], stubs[i + 1]);
    }
  }
  EdgeList edges;
  for (const EdgeList& part : inside) edges.Append(part);
  // External edges: pair stubs across communities, re-pairing failures a few rounds.
  std::vector<NodeId> stubs;
  for (NodeId v = 0; v < n; ++v)
    stubs.insert(stubs.end(), degree[v] - std::min(degree[v], internal[v]), v);
  RandomStream outside(options.seed, 0xfffffffULL);
  for (int round = 0; round < 5 && stubs.size() > 1; ++round) {
    for (std::size_t i = stubs.size(); i > 1; --i) std::swap(stubs[i - 1], stubs[outside.Below(i)]);
    std::vector<NodeId> failed;
    for (std::size_t i = 0; i + 1 < stubs.size(); i += 2) {
      if (community[stubs[i]] != community[stubs[i + 1]]) {
        edges.Add(stubs[i], stubs[i + 1]);
      } else {
        failed.push_back(stubs[i]);
        failed.push_back(stubs[i + 1]);
      }
    }
    stubs = std::move(failed);
  }
  LfrGraph result;
  result.graph = BuildDigraph(std::move(edges), n,
                              {.duplicates = DuplicatePolicy::kKeepFirst,
                               .self_loops = SelfLoopPolicy::kDrop,
                               .undirected = true});
  result.planted = CanonicalPartition(community);
  std::uint64_t external = 0;
  for (NodeId v = 0; v < n; ++v) {
    for (NodeId u : result.graph.out_neighbors(v)) external += community[u] != community[v];
  }
  result.realized_mixing = result.graph.num_edges() == 0
                               ? 0.0
                               : static_cast<double>(external) / result.graph.num_edges();
  return result;
}

}  // namespace ombak
