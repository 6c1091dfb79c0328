// Exact closeness and harmonic centrality (see closeness.hpp): one search per node, scheduled
// dynamically; the node that owns a search writes only its own score.
#include "algorithms/centrality/closeness.hpp"

#include <algorithm>
#include <atomic>

#include "graph/parallel.hpp"

namespace ombak {
namespace {

struct DistanceSums {
  double distance = 0.0;  // sum of finite distances to the other nodes
  double inverse = 0.0;   // sum of 1 / distance
  NodeId reached = 0;     // other nodes at finite distance
};

// Runs `finish(v, sums)` for every node v after a search from v in `direction`.
template <typename Finish>
void ForEachNodeSums(const Digraph& g, PathDirection direction, bool use_weights,
                     const std::function<void(double)>& progress, Finish finish) {
  CheckPositiveWeights(g, use_weights);
  const NodeId n = g.num_nodes();
  const double work = static_cast<double>(n) * static_cast<double>(g.num_edges() + n);
  const int threads = work < 1e6 ? 1 : MaxThreads();
  constexpr NodeId kChunk = 64;
  std::atomic<NodeId> done{0};
#pragma omp parallel num_threads(threads)
  {
    ShortestPathSearch search(n);
    const SearchOptions options{
        .direction = direction, .use_weights = use_weights, .count_paths = false};
#pragma omp for schedule(dynamic, kChunk)
    for (NodeId v = 0; v < n; ++v) {
      search.Run(g, v, options);
      DistanceSums sums;
      const auto order = search.order();
      sums.reached = static_cast<NodeId>(order.size() - 1);
      for (std::size_t i = 1; i < order.size(); ++i) {
        const double d = search.Distance(order[i]);
        sums.distance += d;
        sums.inverse += 1.0 / d;
      }
      finish(v, sums);
      if (progress) {
        const NodeId finished = done.fetch_add(1) + 1;
        if (finished % kChunk == 0 || finished == n) {
#pragma omp critical(ombak_closeness_progress)
          progress(static_cast<double>(finished) / static_cast<double>(n));
        }
      }
    }
  }
}

}  // namespace

ClosenessResult Closeness(const Digraph& g, const ClosenessOptions& options) {
  const NodeId n = g.num_nodes();
  ClosenessResult result;
  result.scores.assign(n, 0.0);
  result.reached.assign(n, 0);
  const double others = n > 1 ? static_cast<double>(n - 1) : 1.0;
  ForEachNodeSums(g, options.direction, options.use_weights, options.progress,
                  [&](NodeId v, const DistanceSums& sums) {
                    result.reached[v] = sums.reached;
                    if (sums.reached == 0 || sums.distance == 0.0) return;
                    const double r = sums.reached;
                    switch (options.variant) {
                      case ClosenessVariant::kWassermanFaust:
                        result.scores[v] = (r / sums.distance) * (r / others);
                        break;
                      case ClosenessVariant::kReachable:
                        result.scores[v] = r / sums.distance;
                        break;
                      case ClosenessVariant::kInverseSum:
                        result.scores[v] = 1.0 / sums.distance;
                        break;
                    }
                  });
  return result;
}

ClosenessResult HarmonicCentrality(const Digraph& g, const HarmonicOptions& options) {
  const NodeId n = g.num_nodes();
  ClosenessResult result;
  result.scores.assign(n, 0.0);
  result.reached.assign(n, 0);
  const double scale = options.normalized && n > 1 ? 1.0 / static_cast<double>(n - 1) : 1.0;
  ForEachNodeSums(g, options.direction, options.use_weights, options.progress,
                  [&](NodeId v, const DistanceSums& sums) {
                    result.reached[v] = sums.reached;
                    result.scores[v] = sums.inverse * scale;
                  });
  return result;
}

}  // namespace ombak
