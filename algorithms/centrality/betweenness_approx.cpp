// Riondato-Kornaropoulos sampling of shortest paths (see betweenness_approx.hpp).
//
// Unweighted samples use the balanced bidirectional search of shortest_path_sampler.hpp;
// weighted ones a Dijkstra search from u that stops once v is settled. Each thread keeps one
// search workspace and one integer count per node; the sample loop is
// scheduled dynamically because searches differ widely in cost, and the integer counts are
// summed afterwards, which is exact and therefore independent of the schedule.
#include "algorithms/centrality/betweenness_approx.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <utility>

#include "algorithms/centrality/shortest_path_sampler.hpp"
#include "algorithms/centrality/vertex_diameter.hpp"
#include "algorithms/common/shortest_path_counts.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

void CheckOpenUnit(double value, const char* name) {
  if (!(value > 0.0 && value < 1.0)) {
    std::ostringstream message;
    message << name << " must be in (0, 1), got " << value;
    throw InvalidArgument(message.str());
  }
}

// Walks one uniformly random shortest path from `target` back to the search's source and counts
// its interior nodes.
void CountRandomPath(const Digraph& g, const ShortestPathSearch& search, NodeId source,
                     NodeId target, RandomStream& rng, std::uint64_t* counts) {
  const auto weights = g.weights();
  NodeId w = target;
  while (true) {
    const auto predecessors = g.in_neighbors(w);
    const std::span<const EdgeId> edge_ids =
        search.weighted() ? g.in_edge_ids(w) : std::span<const EdgeId>{};
    auto on_path = [&](std::size_t i) {
      const NodeId p = predecessors[i];
      if (search.weighted()) {
        return search.settled(p) &&
               SameDistance(search.Distance(p) + weights[edge_ids[i]], search.Distance(w));
      }
      return search.level(p) + 1 == search.level(w);
    };
    const double pick = rng.Uniform() * search.sigma(w);
    double cumulative = 0.0;
    NodeId chosen = kNoNode;
    for (std::size_t i = 0; i < predecessors.size(); ++i) {
      if (!on_path(i)) continue;
      chosen = predecessors[i];
      cumulative += search.sigma(chosen);
      if (cumulative > pick) break;
    }
    if (chosen == source || chosen == kNoNode) return;
    ++counts[chosen];
    w = chosen;
  }
}

// An ordered pair (u, v), u != v, uniformly at random.
std::pair<NodeId, NodeId> SamplePair(RandomStream& rng, NodeId n) {
  const auto u = static_cast<NodeId>(rng.Below(n));
  auto v = static_cast<NodeId>(rng.Below(n - 1));
  if (v >= u) ++v;
  return {u, v};
}

}  // namespace

std::uint64_t RiondatoKornaropoulosSampleSize(std::uint64_t vertex_diameter, double epsilon,
                                              double delta, double c) {
  if (vertex_diameter < 3) return 0;
  const double log_term = std::floor(std::log2(static_cast<double>(vertex_diameter - 2)));
  return static_cast<std::uint64_t>(
      std::ceil(c / (epsilon * epsilon) * (log_term + 1.0 + std::log(1.0 / delta))));
}

ApproxBetweennessResult ApproxBetweenness(const Digraph& g,
                                          const ApproxBetweennessOptions& options) {
  CheckOpenUnit(options.epsilon, "epsilon");
  CheckOpenUnit(options.delta, "delta");
  if (!(options.c > 0.0)) {
    std::ostringstream message;
    message << "c must be > 0, got " << options.c;
    throw InvalidArgument(message.str());
  }
  CheckPositiveWeights(g, options.use_weights);

  const NodeId n = g.num_nodes();
  ApproxBetweennessResult result;
  result.scores.assign(n, 0.0);
  if (n < 3) return result;
  result.vertex_diameter_bound = VertexDiameterBound(g, options.use_weights);
  const std::uint64_t r = RiondatoKornaropoulosSampleSize(
      result.vertex_diameter_bound, options.epsilon, options.delta, options.c);
  result.num_samples = r;
  if (r == 0) return result;

  const bool weighted = options.use_weights && g.has_weights();
  const int threads = static_cast<int>(std::min<std::uint64_t>(MaxThreads(), r));
  std::vector<std::vector<std::uint64_t>> counts(threads);
  std::uint64_t connected = 0;
#pragma omp parallel num_threads(threads) reduction(+ : connected)
  {
    const int t = ThreadIndex();
    counts[t].assign(n, 0);
    std::uint64_t* mine = counts[t].data();
    if (weighted) {
      ShortestPathSearch search(n);
#pragma omp for schedule(dynamic, 16)
      for (std::uint64_t i = 0; i < r; ++i) {
        RandomStream rng(options.seed, i);
        const auto [u, v] = SamplePair(rng, n);
        if (g.out_degree(u) == 0 || g.in_degree(v) == 0) continue;  // no path, skip the search
        search.Run(g, u, {.direction = PathDirection::kOut, .use_weights = true, .stop_at = v});
        if (!search.settled(v)) continue;
        ++connected;
        CountRandomPath(g, search, u, v, rng, mine);
      }
    } else {
      ShortestPathSampler sampler(n);
      std::vector<NodeId> interior;
#pragma omp for schedule(dynamic, 16)
      for (std::uint64_t i = 0; i < r; ++i) {
        RandomStream rng(options.seed, i);
        const auto [u, v] = SamplePair(rng, n);
        if (g.out_degree(u) == 0 || g.in_degree(v) == 0) continue;  // no path, skip the search
        if (!sampler.Sample(g, u, v, rng, interior)) continue;
        ++connected;
        for (NodeId w : interior) ++mine[w];
      }
    }
  }
  result.pairs_connected = connected;
  const double inverse = 1.0 / static_cast<double>(r);
#pragma omp parallel for schedule(static)
  for (NodeId v = 0; v < n; ++v) {
    std::uint64_t total = 0;
    for (const auto& c : counts) total += c[v];
    result.scores[v] = static_cast<double>(total) * inverse;
  }
  return result;
}

}  // namespace ombak
