// Exact betweenness (see betweenness.hpp): forward search per source, then the dependency
// accumulation pulled from successors in reverse visiting order.
//
// Determinism: sources are dealt to B fixed blocks, scheduled dynamically; a thread sums one
// block into its own accumulator and then, in an `omp ordered` section, adds it to the total.
// The per-node addition order is (block 0, block 1, ...), whatever the thread count, and no
// barrier is needed between blocks.
#include "algorithms/centrality/betweenness.hpp"

#include <algorithm>
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

// Adds the dependencies of all nodes on `source` to `scores`; returns the arcs scanned. Once a
// node w is finished its sigma slot holds the coefficient (1 + delta(w)) / sigma(w) that its
// predecessors pull (successors are always finished first: reverse visiting order).
std::uint64_t AccumulateSource(const Digraph& g, NodeId source, bool use_weights, bool endpoints,
                               ShortestPathSearch& search, double* scores) {
  search.Run(g, source, {.direction = PathDirection::kOut, .use_weights = use_weights});
  const auto order = search.order();
  std::uint64_t arcs = 0;
  if (!search.weighted()) {
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
      const double sigma = search.sigma(w);
      const double delta = sigma * sum;
      search.ReplaceSigma(w, (1.0 + delta) / sigma);
      scores[w] += endpoints ? delta + 1.0 : delta;
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

#pragma omp parallel num_threads(threads)
  {
    const int t = ThreadIndex();
    ShortestPathSearch search(n);
    std::vector<double> mine(n);
#pragma omp for schedule(dynamic, 1) ordered
    for (std::size_t block = 0; block < blocks; ++block) {
      std::fill(mine.begin(), mine.end(), 0.0);
      for (std::size_t i = block; i < num_sources; i += blocks) {
        arcs[t] += AccumulateSource(g, source_at(i), options.use_weights, options.endpoints, search,
                                    mine.data());
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
