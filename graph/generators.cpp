// Random graph generators. Randomness comes in fixed-size blocks, each with its own stream
// (see generators.hpp), so parallel loops below never change what is drawn.
#include "graph/generators.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#ifdef _OPENMP
#include <parallel/algorithm>
#endif

#include "graph/builder.hpp"
#include "graph/errors.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

constexpr std::uint64_t kDrawBlock = std::uint64_t{1} << 16;  // draws per stream
constexpr std::uint64_t kPermutationStream = std::uint64_t{1} << 63;

void ParallelSort(std::vector<std::uint64_t>& keys) {
#ifdef _OPENMP
  __gnu_parallel::sort(keys.begin(), keys.end());
#else
  std::sort(keys.begin(), keys.end());
#endif
}

void CheckNodeCount(const char* function, NodeId n) {
  if (n == kNoNode) {
    throw InvalidArgument(std::string(function) + ": n must be below " + std::to_string(kNoNode) +
                          ", got " + std::to_string(n));
  }
}

// The set of possible arcs (or edges) of a simple graph on n nodes, each encoded as the key
// u * n + v; an undirected edge is encoded with u <= v.
class PairSpace {
 public:
  PairSpace(NodeId n, const GeneratorOptions& options)
      : n_(n), undirected_(options.undirected), loops_(options.self_loops) {}

  std::uint64_t size() const {
    const std::uint64_t n = n_;
    if (undirected_) return loops_ ? n * (n + 1) / 2 : n * (n - (n > 0)) / 2;
    return loops_ ? n * n : n * (n - (n > 0));
  }
  NodeId source(std::uint64_t key) const { return static_cast<NodeId>(key / n_); }
  NodeId target(std::uint64_t key) const { return static_cast<NodeId>(key % n_); }

  // A uniformly random element; requires size() > 0.
  std::uint64_t Draw(RandomStream& rng) const {
    auto u = static_cast<NodeId>(rng.Below(n_));
    NodeId v;
    if (!undirected_) {
      if (loops_) return Key(u, static_cast<NodeId>(rng.Below(n_)));
      v = static_cast<NodeId>(rng.Below(n_ - 1));
      return Key(u, v >= u ? v + 1 : v);
    }
    if (loops_) {
      // (u, v) with v in [0, n]: a loop {u, u} arises from v == u and v == n, every other
      // edge {u, v} from (u, v) and (v, u); all n (n + 1) / 2 edges are equally likely.
      v = static_cast<NodeId>(rng.Below(std::uint64_t{n_} + 1));
      if (v == n_) v = u;
    } else {
      v = static_cast<NodeId>(rng.Below(n_ - 1));
      if (v >= u) ++v;
    }
    return Key(std::min(u, v), std::max(u, v));
  }

  // Calls f(key) for every element in ascending key order.
  template <typename F>
  void ForEach(F&& f) const {
    for (NodeId u = 0; u < n_; ++u) {
      for (NodeId v = undirected_ ? u : 0; v < n_; ++v) {
        if (v != u || loops_) f(Key(u, v));
      }
    }
  }

 private:
  std::uint64_t Key(NodeId u, NodeId v) const { return std::uint64_t{u} * n_ + v; }
  NodeId n_;
  bool undirected_;
  bool loops_;
};

// `count` independent draws from `space`; block b of kDrawBlock draws uses stream
// (round << 40) + b.
std::vector<std::uint64_t> DrawKeys(const PairSpace& space, std::uint64_t count, std::uint64_t seed,
                                    std::uint64_t round) {
  std::vector<std::uint64_t> keys(count);
  const auto blocks = static_cast<std::int64_t>((count + kDrawBlock - 1) / kDrawBlock);
#pragma omp parallel for schedule(dynamic, 1)
  for (std::int64_t b = 0; b < blocks; ++b) {
    RandomStream rng(seed, (round << 40) + static_cast<std::uint64_t>(b));
    const std::uint64_t end = std::min(count, (static_cast<std::uint64_t>(b) + 1) * kDrawBlock);
    for (std::uint64_t i = static_cast<std::uint64_t>(b) * kDrawBlock; i < end; ++i) {
      keys[i] = space.Draw(rng);
    }
  }
  return keys;
}

// `count` distinct keys, uniform among all count-subsets: independent draws of the missing
// keys until `count` distinct ones are seen (the first `count` distinct values of an i.i.d.
// sequence form a uniform subset). Expects count <= space.size() / 2, so each round at least
// halves what is missing.
std::vector<std::uint64_t> DistinctKeys(const PairSpace& space, std::uint64_t count,
                                        std::uint64_t seed) {
  std::vector<std::uint64_t> keys;
  for (std::uint64_t round = 0; keys.size() < count; ++round) {
    std::vector<std::uint64_t> batch = DrawKeys(space, count - keys.size(), seed, round);
    ParallelSort(batch);
    const auto old = static_cast<std::ptrdiff_t>(keys.size());
    keys.insert(keys.end(), batch.begin(), batch.end());
    std::inplace_merge(keys.begin(), keys.begin() + old, keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  }
  return keys;
}

// A directed graph from arcs grouped by source with targets ascending within each source.
Digraph FromSortedArcs(NodeId n, const std::vector<NodeId>& sources, std::vector<NodeId> targets) {
  std::vector<std::uint64_t> offsets(std::size_t{n} + 1, 0);
  for (const NodeId u : sources) ++offsets[std::size_t{u} + 1];
  for (NodeId u = 0; u < n; ++u) offsets[std::size_t{u} + 1] += offsets[u];
  return Digraph::FromCsr(n, std::move(offsets), std::move(targets));
}

Digraph FromKeys(const PairSpace& space, NodeId n, const std::vector<std::uint64_t>& keys,
                 bool sorted_simple, bool undirected) {
  EdgeList edges;
  edges.sources.resize(keys.size());
  edges.targets.resize(keys.size());
#pragma omp parallel for schedule(static)
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(keys.size()); ++i) {
    edges.sources[i] = space.source(keys[i]);
    edges.targets[i] = space.target(keys[i]);
  }
  if (sorted_simple && !undirected) {
    return FromSortedArcs(n, edges.sources, std::move(edges.targets));
  }
  BuildOptions build;
  build.duplicates = DuplicatePolicy::kKeepAll;
  build.undirected = undirected;
  return BuildDigraph(std::move(edges), n, build);
}

}  // namespace

Digraph GenerateErdosRenyi(NodeId n, EdgeId m, std::uint64_t seed,
                           const GeneratorOptions& options) {
  CheckNodeCount("GenerateErdosRenyi", n);
  const PairSpace space(n, options);
  const std::uint64_t possible = space.size();
  const char* unit = options.undirected ? "edges" : "arcs";
  if (options.multi_edges) {
    if (m > 0 && possible == 0) {
      throw InvalidArgument("GenerateErdosRenyi: m = " + std::to_string(m) + " but no " + unit +
                            " are possible on n = " + std::to_string(n) + " nodes");
    }
    return FromKeys(space, n, DrawKeys(space, m, seed, 0), false, options.undirected);
  }
  if (m > possible) {
    throw InvalidArgument("GenerateErdosRenyi: m = " + std::to_string(m) + " exceeds the " +
                          std::to_string(possible) + " possible " + unit +
                          " on n = " + std::to_string(n) + " nodes");
  }
  std::vector<std::uint64_t> keys;
  if (m <= possible / 2) {
    keys = DistinctKeys(space, m, seed);
  } else {
    // Dense: draw the complement, whose size is at most m, and keep everything else.
    const std::vector<std::uint64_t> excluded = DistinctKeys(space, possible - m, seed);
    keys.reserve(m);
    auto next = excluded.begin();
    space.ForEach([&](std::uint64_t key) {
      if (next != excluded.end() && *next == key) {
        ++next;
      } else {
        keys.push_back(key);
      }
    });
  }
  return FromKeys(space, n, keys, true, options.undirected);
}

Digraph GenerateGnp(NodeId n, double p, std::uint64_t seed, const GeneratorOptions& options) {
  CheckNodeCount("GenerateGnp", n);
  if (!(p >= 0.0 && p <= 1.0)) {
    throw InvalidArgument("GenerateGnp: p must be in [0, 1], got " + std::to_string(p));
  }
  if (options.multi_edges) {
    throw InvalidArgument("GenerateGnp: multi_edges is not supported (each pair is tried once)");
  }
  const bool undirected = options.undirected;
  const bool loops = options.self_loops;
  // Row u covers the candidate columns [0, RowLength(u)): all other nodes for a directed
  // graph (column c >= u means node c + 1 without loops), the lower triangle if undirected.
  auto row_length = [&](NodeId u) -> std::uint64_t {
    if (undirected) return std::uint64_t{u} + (loops ? 1 : 0);
    return std::uint64_t{n} - (loops ? 0 : 1);
  };
  auto column = [&](NodeId u, std::uint64_t c) -> NodeId {
    if (undirected || loops) return static_cast<NodeId>(c);
    return static_cast<NodeId>(c >= u ? c + 1 : c);
  };
  // Blocks of rows holding about 2^22 candidate pairs each; the cut depends on n only.
  const std::uint64_t rows_per_block =
      std::max<std::uint64_t>(1, (std::uint64_t{1} << 22) / std::max<std::uint64_t>(n, 1));
  const auto blocks = static_cast<std::int64_t>((n + rows_per_block - 1) / rows_per_block);
  std::vector<EdgeList> parts(static_cast<std::size_t>(blocks));
  const double log_q = std::log1p(-p);
#pragma omp parallel for schedule(dynamic, 1)
  for (std::int64_t b = 0; b < blocks; ++b) {
    if (p == 0.0) continue;
    RandomStream rng(seed, static_cast<std::uint64_t>(b));
    const auto lo = static_cast<NodeId>(static_cast<std::uint64_t>(b) * rows_per_block);
    const auto hi = static_cast<NodeId>(std::min<std::uint64_t>(n, (b + 1) * rows_per_block));
    EdgeList& out = parts[b];
    NodeId u = lo;
    std::uint64_t c = 0;
    bool first = true;
    while (u < hi) {
      // Number of candidates skipped before the next success: geometric with parameter p.
      double skip = p == 1.0 ? 0.0 : std::floor(std::log1p(-rng.Uniform()) / log_q);
      skip = std::min(skip, 0x1.0p62);
      c += static_cast<std::uint64_t>(skip) + (first ? 0 : 1);
      first = false;
      while (u < hi && c >= row_length(u)) {
        c -= row_length(u);
        ++u;
      }
      if (u < hi) out.Add(u, column(u, c));
    }
  }
  EdgeList edges;
  std::size_t total = 0;
  for (const EdgeList& part : parts) total += part.size();
  edges.sources.reserve(total);
  edges.targets.reserve(total);
  for (EdgeList& part : parts) {
    edges.Append(part);
    part = EdgeList{};
  }
  if (!undirected) return FromSortedArcs(n, edges.sources, std::move(edges.targets));
  BuildOptions build;
  build.duplicates = DuplicatePolicy::kKeepAll;
  build.undirected = true;
  return BuildDigraph(std::move(edges), n, build);
}

Digraph GenerateRmat(int scale, double edge_factor, std::uint64_t seed,
                     const RmatOptions& options) {
  if (scale < 1 || scale > 31) {
    throw InvalidArgument("GenerateRmat: scale must be in [1, 31], got " + std::to_string(scale));
  }
  if (!std::isfinite(edge_factor) || edge_factor < 0.0) {
    throw InvalidArgument("GenerateRmat: edge_factor must be finite and >= 0, got " +
                          std::to_string(edge_factor));
  }
  const double a = options.a, b = options.b, c = options.c;
  if (!(a >= 0.0 && b >= 0.0 && c >= 0.0 && a + b + c <= 1.0 + 1e-12)) {
    throw InvalidArgument(
        "GenerateRmat: a, b, c must be >= 0 with a + b + c <= 1, got a = " + std::to_string(a) +
        ", b = " + std::to_string(b) + ", c = " + std::to_string(c));
  }
  const NodeId n = NodeId{1} << scale;
  const auto m = static_cast<std::uint64_t>(std::llround(edge_factor * static_cast<double>(n)));
  // Quadrant thresholds on 32-bit uniforms: two levels per 64-bit draw.
  const double unit = 0x1.0p32;
  const auto t_a = static_cast<std::uint64_t>(a * unit);
  const auto t_ab = static_cast<std::uint64_t>((a + b) * unit);
  const auto t_abc = static_cast<std::uint64_t>(std::min(1.0, a + b + c) * unit);
  EdgeList edges;
  edges.sources.resize(m);
  edges.targets.resize(m);
  const auto blocks = static_cast<std::int64_t>((m + kDrawBlock - 1) / kDrawBlock);
#pragma omp parallel for schedule(dynamic, 1)
  for (std::int64_t blk = 0; blk < blocks; ++blk) {
    RandomStream rng(seed, static_cast<std::uint64_t>(blk));
    const std::uint64_t end = std::min(m, (static_cast<std::uint64_t>(blk) + 1) * kDrawBlock);
    for (std::uint64_t i = static_cast<std::uint64_t>(blk) * kDrawBlock; i < end; ++i) {
      NodeId u = 0, v = 0;
      std::uint64_t bits = 0;
      for (int level = 0; level < scale; ++level) {
        if (level % 2 == 0) bits = rng.Next();
        const std::uint64_t r = level % 2 == 0 ? (bits & 0xffffffffULL) : (bits >> 32);
        const NodeId down = r >= t_ab ? 1 : 0;                              // quadrants c and d
        const NodeId right = (r >= t_a && r < t_ab) || r >= t_abc ? 1 : 0;  // b and d
        u = (u << 1) | down;
        v = (v << 1) | right;
      }
      edges.sources[i] = u;
      edges.targets[i] = v;
    }
  }
  if (options.shuffle_ids) {
    std::vector<NodeId> permutation(n);
    for (NodeId i = 0; i < n; ++i) permutation[i] = i;
    RandomStream rng(seed, kPermutationStream);
    for (NodeId i = n - 1; i > 0; --i) {
      std::swap(permutation[i], permutation[rng.Below(std::uint64_t{i} + 1)]);
    }
#pragma omp parallel for schedule(static)
    for (std::int64_t i = 0; i < static_cast<std::int64_t>(m); ++i) {
      edges.sources[i] = permutation[edges.sources[i]];
      edges.targets[i] = permutation[edges.targets[i]];
    }
  }
  BuildOptions build;
  build.duplicates =
      options.keep_duplicates ? DuplicatePolicy::kKeepAll : DuplicatePolicy::kKeepFirst;
  build.self_loops = options.keep_self_loops ? SelfLoopPolicy::kKeep : SelfLoopPolicy::kDrop;
  build.undirected = options.undirected;
  return BuildDigraph(std::move(edges), n, build);
}

Digraph GeneratePreferentialAttachment(NodeId n, int out_degree, std::uint64_t seed,
                                       const GeneratorOptions& options) {
  CheckNodeCount("GeneratePreferentialAttachment", n);
  if (out_degree < 0) {
    throw InvalidArgument("GeneratePreferentialAttachment: out_degree must be >= 0, got " +
                          std::to_string(out_degree));
  }
  if (options.self_loops) {
    throw InvalidArgument(
        "GeneratePreferentialAttachment: self_loops is not supported (new nodes attach only to "
        "earlier nodes)");
  }
  const auto k = static_cast<std::uint64_t>(out_degree);
  EdgeList edges;
  edges.sources.reserve(std::uint64_t{n} * k);
  edges.targets.reserve(std::uint64_t{n} * k);
  // `ends` lists every arc target (both endpoints if undirected), so a uniform draw from
  // [0, t + ends.size()) picks node x < t with weight 1 + (times x appears in ends).
  std::vector<NodeId> ends;
  ends.reserve(std::uint64_t{n} * k * (options.undirected ? 2 : 1));
  std::vector<NodeId> chosen_by(n, kNoNode);  // chosen_by[v] == t: v already a target of t
  std::vector<NodeId> chosen;
  RandomStream rng(seed, 0);
  for (NodeId t = 1; t < n && k > 0; ++t) {
    const std::uint64_t count = options.multi_edges ? k : std::min<std::uint64_t>(k, t);
    const std::uint64_t total = t + ends.size();
    chosen.clear();
    if (!options.multi_edges && count == t) {
      for (NodeId v = 0; v < t; ++v) chosen.push_back(v);
    }
    while (chosen.size() < count) {
      const std::uint64_t x = rng.Below(total);
      const NodeId v = x < t ? static_cast<NodeId>(x) : ends[x - t];
      if (!options.multi_edges) {
        if (chosen_by[v] == t) continue;
        chosen_by[v] = t;
      }
      chosen.push_back(v);
    }
    for (const NodeId v : chosen) {
      edges.Add(t, v);
      ends.push_back(v);
      if (options.undirected) ends.push_back(t);
    }
  }
  ends = {};
  BuildOptions build;
  build.duplicates = DuplicatePolicy::kKeepAll;
  build.undirected = options.undirected;
  return BuildDigraph(std::move(edges), n, build);
}

}  // namespace ombak
