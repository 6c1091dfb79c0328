// Layer summaries: parallel reductions over nodes plus the two component computations.
#include "graph/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

#include "graph/components.hpp"

namespace ombak {
namespace {

// Degree figures of out_offsets-style prefix sums (offsets[v + 1] - offsets[v] = degree).
DegreeSummary SummarizeDegrees(std::span<const std::uint64_t> offsets) {
  DegreeSummary summary;
  const std::size_t n = offsets.size() - 1;
  if (n == 0) return summary;
  std::vector<std::uint64_t> degrees(n);
#pragma omp parallel for schedule(static)
  for (std::int64_t v = 0; v < static_cast<std::int64_t>(n); ++v) {
    degrees[v] = offsets[v + 1] - offsets[v];
  }
  const auto [lo, hi] = std::minmax_element(degrees.begin(), degrees.end());
  summary.min = *lo;
  summary.max = *hi;
  summary.mean = static_cast<double>(offsets[n]) / static_cast<double>(n);
  const auto middle = degrees.begin() + static_cast<std::ptrdiff_t>((n - 1) / 2);
  std::nth_element(degrees.begin(), middle, degrees.end());
  summary.median = *middle;
  return summary;
}

}  // namespace

LayerSummary Summarize(const Digraph& g) {
  LayerSummary s;
  const NodeId n = g.num_nodes();
  s.nodes = n;
  s.undirected = g.undirected();
  s.edges = g.num_undirected_edges();

  EdgeId loops = 0;
  EdgeId non_loop_arcs = 0;
  EdgeId reciprocated = 0;
  const bool undirected = g.undirected();
  // Weights are summed per fixed block of nodes and the blocks in order, so the rounding of
  // total_weight does not depend on the thread count.
  constexpr NodeId kBlock = 4096;
  const auto blocks = static_cast<std::int64_t>((std::uint64_t{n} + kBlock - 1) / kBlock);
  std::vector<double> block_weight(static_cast<std::size_t>(blocks), 0.0);
#pragma omp parallel for schedule(dynamic, 1) reduction(+ : loops, non_loop_arcs, reciprocated)
  for (std::int64_t b = 0; b < blocks; ++b) {
    const auto lo = static_cast<NodeId>(b * kBlock);
    const auto hi = static_cast<NodeId>(std::min<std::int64_t>(n, (b + 1) * kBlock));
    double weight = 0.0;
    for (NodeId u = lo; u < hi; ++u) {
      const auto row = g.out_neighbors(u);
      const EdgeId first = g.out_edge_begin(u);
      for (std::size_t k = 0; k < row.size(); ++k) {
        const NodeId v = row[k];
        if (!undirected || u <= v) weight += g.weight(first + k);
        if (v == u) {
          ++loops;
          continue;
        }
        ++non_loop_arcs;
        if (!undirected && g.FindEdge(v, u) != kNoEdge) ++reciprocated;
      }
    }
    block_weight[b] = weight;
  }
  s.self_loops = loops;
  for (const double w : block_weight) s.total_weight += w;
  if (undirected) {
    s.reciprocity = 1.0;
  } else if (non_loop_arcs == 0) {
    s.reciprocity = std::numeric_limits<double>::quiet_NaN();
  } else {
    s.reciprocity = static_cast<double>(reciprocated) / static_cast<double>(non_loop_arcs);
  }
  if (n >= 2) {
    // For an undirected graph non_loop_arcs counts each edge twice: 2 (edges - loops).
    s.density =
        static_cast<double>(non_loop_arcs) / (static_cast<double>(n) * static_cast<double>(n - 1));
  }

  const Components weak = WeakComponents(g);
  s.weak_components = weak.count();
  s.largest_weak = weak.largest();
  if (undirected) {
    s.strong_components = s.weak_components;
    s.largest_strong = s.largest_weak;
  } else {
    const Components strong = StrongComponents(g);
    s.strong_components = strong.count();
    s.largest_strong = strong.largest();
  }
  s.out_degree = SummarizeDegrees(g.out_offsets());
  s.in_degree = SummarizeDegrees(g.in_offsets());
  return s;
}

}  // namespace ombak
