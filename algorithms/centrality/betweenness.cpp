// Exact betweenness (see betweenness.hpp): forward search per source, then the dependency
// accumulation pulled from successors in reverse visiting order.
//
// Determinism: sources are dealt to B fixed blocks, scheduled dynamically; a thread sums one
// block into its own accumulator and then, in an `omp ordered` section, adds it to the total.
// The per-node addition order is (block 0, block 1, ...), whatever the thread count, and no
// barrier is needed between blocks.
#include "algorithms/centrality/betweenness.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <string>

#include "algorithms/centrality/degree_renumbering.hpp"
#include "algorithms/common/shortest_path_counts.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

constexpr std::size_t kMaxBlocks = 256;
// From this many sources on, the searches run on a copy renumbered by out-degree. The copy
// costs about 15 searches (2 threads: rmat14 13 ms against 0.75 ms per source, rmat17 120 ms
// against 8.4 ms), which searches ~30% faster repay after ~50 sources.
constexpr std::size_t kRenumberFromSources = 64;

// Whether u has one out-arc, and it leads to another node.
bool LeafShaped(const Digraph& g, NodeId u) {
  return g.out_degree(u) == 1 && g.out_neighbors(u)[0] != u;
}

// Whether s's search is carried by that of the node its one out-arc leads to (see below).
bool Carried(const Digraph& g, NodeId s) {
  return LeafShaped(g, s) && !LeafShaped(g, g.out_neighbors(s)[0]);
}

// Sources whose search another source's search carries (unweighted runs from every node).
// A source s whose one out-arc leads to another node v reaches what v reaches, every target
// w != s by s -> v and then v's shortest paths (none of which passes through s: its one way out
// leads back to v), so s's dependencies are v's with s dropped as a target. v's search then
// weighs each target w by 1 + (sources it carries) - (1 if w is one of them) and credits v and
// those sources what their own searches would have. v must not be leaf-shaped itself, so its
// search does run. Social graphs are full of such sources: rmat14 runs 14,055 searches for
// its 16,383 nodes.
class CarriedSources {
 public:
  explicit CarriedSources(const Digraph& g)
      : carrier_(g.num_nodes(), kNoNode), begin_(std::size_t{g.num_nodes()} + 1, 0) {
    const NodeId n = g.num_nodes();
    for (NodeId s = 0; s < n; ++s) {
      if (!Carried(g, s)) continue;
      const NodeId v = g.out_neighbors(s)[0];
      carrier_[s] = v;
      ++begin_[std::size_t{v} + 1];
    }
    for (NodeId v = 0; v < n; ++v) begin_[std::size_t{v} + 1] += begin_[v];
    carried_.resize(begin_[n]);
    std::vector<std::uint64_t> next(begin_.begin(), begin_.end() - 1);
    for (NodeId s = 0; s < n; ++s) {
      if (carrier_[s] != kNoNode) carried_[next[carrier_[s]]++] = s;
    }
  }
  bool IsCarried(NodeId s) const { return carrier_[s] != kNoNode; }
  bool CarriedBy(NodeId s, NodeId v) const { return carrier_[s] == v; }
  std::span<const NodeId> Of(NodeId v) const {
    return {carried_.data() + begin_[v], carried_.data() + begin_[std::size_t{v} + 1]};
  }

 private:
  std::vector<NodeId> carrier_;       // per node: the source whose search carries it, or kNoNode
  std::vector<std::uint64_t> begin_;  // carried_[begin_[v], begin_[v + 1]): those v carries
  std::vector<NodeId> carried_;
};

// Adds the dependencies of all nodes on `source`, and on the sources it carries (unweighted
// searches only; null for none), to `scores`; returns the arcs scanned. Once a node w is
// finished its sigma slot holds the coefficient (t(w) + delta(w)) / sigma(w) that its
// predecessors pull (successors are always finished first: reverse visiting order), t(w) being
// the number of the searches folded here for which w is a target.
std::uint64_t AccumulateSource(const Digraph& g, NodeId source, bool use_weights, bool endpoints,
                               const CarriedSources* carried_sources, ShortestPathSearch& search,
                               double* scores) {
  search.Run(g, source, {.direction = PathDirection::kOut, .use_weights = use_weights});
  const auto order = search.order();
  std::uint64_t arcs = 0;
  if (!search.weighted()) {
    const std::span<const NodeId> carried =
        carried_sources != nullptr ? carried_sources->Of(source) : std::span<const NodeId>{};
    const auto folded = static_cast<double>(carried.size());
    const bool prefetch = search.StatesOutgrowCache();
    const std::uint32_t last_level = search.level(order.back());
    for (std::size_t i = order.size(); i-- > 1;) {
      const NodeId w = order[i];
      const std::uint32_t next = search.level(w) + 1;
      double sum = 0.0;
      if (next <= last_level) {
        const auto neighbors = g.out_neighbors(w);
        arcs += neighbors.size();
        for (std::size_t j = 0; j < neighbors.size(); ++j) {
          if (prefetch && j + 8 < neighbors.size()) search.Prefetch(neighbors[j + 8]);
          const NodeId v = neighbors[j];
          const double coefficient = search.sigma(v);  // branch-free select
          sum += search.level(v) == next ? coefficient : 0.0;
        }
      }
      // The searches folded here that have w as a target: all but w's own, if w is carried.
      double target = 1.0;
      if (!carried.empty()) target = folded + (carried_sources->CarriedBy(w, source) ? 0.0 : 1.0);
      const double sigma = search.sigma(w);
      const double delta = sigma * sum;
      search.ReplaceSigma(w, (target + delta) / sigma);
      scores[w] += endpoints ? delta + target : delta;
    }
    // What the carried searches credit their carrier (every target but itself and the carried
    // source passes through it) and, with endpoints, the carried sources themselves.
    const auto reached = static_cast<double>(order.size());
    for (const NodeId s : carried) {
      const double s_reached = search.reached(s) ? 1.0 : 0.0;
      scores[source] += reached - 1.0 - s_reached + (endpoints ? 1.0 : 0.0);
      if (endpoints) scores[s] += reached - s_reached;
    }
  } else {
    const auto weights = g.weights();
    for (std::size_t i = order.size(); i-- > 1;) {
      const NodeId w = order[i];
      const double dw = search.Distance(w);
      const auto neighbors = g.out_neighbors(w);
      const EdgeId first = g.out_edge_begin(w);
      arcs += neighbors.size();
      double sum = 0.0;
      for (std::size_t j = 0; j < neighbors.size(); ++j) {
        const NodeId v = neighbors[j];
        if (search.reached(v) && SameDistance(dw + weights[first + j], search.Distance(v))) {
          sum += search.sigma(v);
        }
      }
      const double sigma = search.sigma(w);
      const double delta = sigma * sum;
      search.ReplaceSigma(w, (1.0 + delta) / sigma);
      scores[w] += endpoints ? delta + 1.0 : delta;
    }
  }
  if (endpoints) scores[source] += static_cast<double>(order.size() - 1);
  return arcs;
}

}  // namespace

std::uint64_t BetweennessSearchCount(const Digraph& g) {
  std::uint64_t searches = 0;
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    searches += Carried(g, u) ? 0 : 1;
  }
  return searches;
}

double BetweennessScale(NodeId n, bool undirected, bool normalized, bool endpoints) {
  const double nn = static_cast<double>(n);
  if (normalized) {
    // networkx 2.8 _rescale: the ordered-pair sums are divided by the number of ordered pairs,
    // which for undirected graphs equals halving and dividing by the unordered pairs.
    if (endpoints) return n < 2 ? 1.0 : 1.0 / (nn * (nn - 1.0));
    return n <= 2 ? 1.0 : 1.0 / ((nn - 1.0) * (nn - 2.0));
  }
  return undirected ? 0.5 : 1.0;
}

namespace {

// Betweenness on g, options already checked.
BetweennessResult BetweennessOf(const Digraph& g, const BetweennessOptions& options) {
  const NodeId n = g.num_nodes();
  BetweennessResult result;
  result.scores.assign(n, 0.0);
  const bool all_sources = options.sources.empty();
  const std::size_t num_sources = all_sources ? n : options.sources.size();
  result.num_sources = num_sources;
  if (num_sources == 0) return result;
  auto source_at = [&](std::size_t i) {
    return all_sources ? static_cast<NodeId>(i) : options.sources[i];
  };

  const std::size_t blocks = std::min(num_sources, kMaxBlocks);
  // Small inputs run on one thread: starting a team costs more than it saves.
  const double work = static_cast<double>(num_sources) * static_cast<double>(g.num_edges() + n);
  const int threads =
      work < 1e6 ? 1 : static_cast<int>(std::min<std::size_t>(MaxThreads(), blocks));
  std::vector<std::uint64_t> arcs(threads, 0);
  double* const total = result.scores.data();
  const bool fold = all_sources && !(options.use_weights && g.has_weights());
  const std::optional<CarriedSources> carried =
      fold ? std::optional<CarriedSources>(std::in_place, g) : std::nullopt;
  const CarriedSources* const carried_sources = carried ? &*carried : nullptr;

#pragma omp parallel num_threads(threads)
  {
    const int t = ThreadIndex();
    ShortestPathSearch search(n);
    std::vector<double> mine(n);
#pragma omp for schedule(dynamic, 1) ordered
    for (std::size_t block = 0; block < blocks; ++block) {
      std::fill(mine.begin(), mine.end(), 0.0);
      for (std::size_t i = block; i < num_sources; i += blocks) {
        const NodeId s = source_at(i);
        if (carried_sources != nullptr && carried_sources->IsCarried(s)) continue;
        arcs[t] += AccumulateSource(g, s, options.use_weights, options.endpoints, carried_sources,
                                    search, mine.data());
      }
#pragma omp ordered
      {
        for (NodeId v = 0; v < n; ++v) total[v] += mine[v];
        if (options.progress) {
          options.progress(static_cast<double>(block + 1) / static_cast<double>(blocks));
        }
      }
    }
  }
  for (const std::uint64_t a : arcs) result.arcs_scanned += a;
  const double scale = BetweennessScale(n, g.undirected(), options.normalized, options.endpoints);
  if (scale != 1.0) {
    for (double& s : result.scores) s *= scale;
  }
  return result;
}

}  // namespace

BetweennessResult Betweenness(const Digraph& g, const BetweennessOptions& options) {
  const NodeId n = g.num_nodes();
  for (const NodeId s : options.sources) {
    if (s >= n) {
      throw InvalidArgument("sources must be node ids below " + std::to_string(n) + ", got " +
                            std::to_string(s));
    }
  }
  CheckPositiveWeights(g, options.use_weights);
  const std::size_t num_sources = options.sources.empty() ? n : options.sources.size();
  if (num_sources < kRenumberFromSources) return BetweennessOf(g, options);
  // Many searches: run them on a copy renumbered by out-degree (degree_renumbering.hpp), where
  // the states of well-connected nodes share cache lines (rmat14, all sources: 6.6-8.4 s instead
  // of 9.4-11.9 s on two threads).
  const BigArray<NodeId> position = centrality_internal::OutDegreePositions(g);
  const Digraph renumbered = centrality_internal::RenumberedDigraph(g, position.get());
  BetweennessOptions inner = options;
  for (NodeId& s : inner.sources) s = position[s];
  BetweennessResult r = BetweennessOf(renumbered, inner);
  std::vector<double> scores(n);
  for (NodeId u = 0; u < n; ++u) scores[u] = r.scores[position[u]];
  r.scores.swap(scores);
  return r;
}

}  // namespace ombak
