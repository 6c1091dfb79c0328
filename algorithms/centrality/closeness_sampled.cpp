// Pivot-sampled closeness and harmonic centrality (see closeness_sampled.hpp).
//
// Each block of pivots accumulates three per-node sums (1/d, d, reached count) in pivot order in
// a thread-private buffer; blocks are added to the totals in block order inside `omp ordered`.
#include "algorithms/centrality/closeness_sampled.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "graph/components.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

constexpr std::uint64_t kMaxBlocks = 256;

void CheckOpenUnit(double value, const char* name) {
  if (!(value > 0.0 && value < 1.0)) {
    std::ostringstream message;
    message << name << " must be in (0, 1), got " << value;
    throw InvalidArgument(message.str());
  }
}

PathDirection Opposite(PathDirection direction) {
  switch (direction) {
    case PathDirection::kIn:
      return PathDirection::kOut;
    case PathDirection::kOut:
      return PathDirection::kIn;
    case PathDirection::kAll:
      return PathDirection::kAll;
  }
  return PathDirection::kAll;
}

struct Sums {
  explicit Sums(NodeId n) : inverse(n, 0.0), distance(n, 0.0), reached(n, 0.0) {}
  void Clear() {
    std::fill(inverse.begin(), inverse.end(), 0.0);
    std::fill(distance.begin(), distance.end(), 0.0);
    std::fill(reached.begin(), reached.end(), 0.0);
  }
  std::vector<double> inverse, distance, reached;
};

}  // namespace

SampledClosenessResult SampledCloseness(const Digraph& g, const SampledClosenessOptions& options) {
  CheckOpenUnit(options.epsilon, "epsilon");
  CheckOpenUnit(options.delta, "delta");
  CheckPositiveWeights(g, options.use_weights);
  const NodeId n = g.num_nodes();
  SampledClosenessResult result;
  result.scores.assign(n, 0.0);
  if (n < 2) return result;
  const double log_term = std::log(2.0 * n / options.delta);
  const std::uint64_t k =
      options.num_pivots > 0 ? options.num_pivots
                             : static_cast<std::uint64_t>(
                                   std::ceil(log_term / (2.0 * options.epsilon * options.epsilon)));
  result.num_pivots = k;

  Sums total(n);
  const std::uint64_t blocks = std::min(k, kMaxBlocks);
  const int threads = static_cast<int>(std::min<std::uint64_t>(MaxThreads(), blocks));
  const SearchOptions search_options{.direction = Opposite(options.direction),
                                     .use_weights = options.use_weights,
                                     .count_paths = false};
  double min_eccentricity = std::numeric_limits<double>::infinity();
  bool every_pivot_reaches_all = true;
#pragma omp parallel num_threads(threads) reduction(min : min_eccentricity) \
    reduction(&& : every_pivot_reaches_all)
  {
    ShortestPathSearch search(n);
    Sums mine(n);
#pragma omp for schedule(dynamic, 1) ordered
    for (std::uint64_t block = 0; block < blocks; ++block) {
      mine.Clear();
      for (std::uint64_t i = block; i < k; i += blocks) {
        RandomStream rng(options.seed, i);
        search.Run(g, static_cast<NodeId>(rng.Below(n)), search_options);
        const auto order = search.order();
        every_pivot_reaches_all = every_pivot_reaches_all && order.size() == n;
        min_eccentricity = std::min(min_eccentricity, search.Eccentricity());
        for (std::size_t j = 1; j < order.size(); ++j) {
          const NodeId v = order[j];
          const double d = search.Distance(v);
          mine.inverse[v] += 1.0 / d;
          mine.distance[v] += d;
          mine.reached[v] += 1.0;
        }
      }
#pragma omp ordered
      for (NodeId v = 0; v < n; ++v) {
        total.inverse[v] += mine.inverse[v];
        total.distance[v] += mine.distance[v];
        total.reached[v] += mine.reached[v];
      }
    }
  }

  const double nn = n;
  const double scale = nn / static_cast<double>(k);
  const double hoeffding = std::sqrt(log_term / (2.0 * static_cast<double>(k)));
  if (options.measure == SampledMeasure::kHarmonic) {
    const double norm = options.normalized ? 1.0 / (nn - 1.0) : 1.0;
    for (NodeId v = 0; v < n; ++v) result.scores[v] = scale * total.inverse[v] * norm;
    // Samples n f(p)/(n-1) of the normalized harmonic lie in [0, n/(n-1)].
    result.error_bound = nn / (nn - 1.0) * hoeffding * (options.normalized ? 1.0 : nn - 1.0);
    return result;
  }
  for (NodeId v = 0; v < n; ++v) {
    const double r = scale * total.reached[v];
    const double s = scale * total.distance[v];
    if (s == 0.0) continue;
    switch (options.variant) {
      case ClosenessVariant::kWassermanFaust:
        result.scores[v] = (r / s) * (r / (nn - 1.0));
        break;
      case ClosenessVariant::kReachable:
        result.scores[v] = r / s;
        break;
      case ClosenessVariant::kInverseSum:
        result.scores[v] = 1.0 / s;
        break;
    }
  }
  const bool symmetric = g.undirected() || options.direction == PathDirection::kAll;
  result.error_bound = symmetric && every_pivot_reaches_all
                           ? 2.0 * min_eccentricity * nn / (nn - 1.0) * hoeffding
                           : std::numeric_limits<double>::quiet_NaN();
  return result;
}

}  // namespace ombak
