// Single-source shortest paths with path counts: the forward phase shared by betweenness
// (exact and sampled), closeness and harmonic centrality.
//
// Design choice: one reusable workspace per thread (ShortestPathSearch) holds n-sized arrays
// that are reset only where the last search wrote, so a search costs O(reached nodes + arcs),
// not O(n), and thousands of searches per thread allocate nothing. Unweighted searches are a
// level-synchronous BFS with 32-bit levels and a frontier queue that doubles as the visiting
// order (the "stack" of Brandes 2001); weighted searches are Dijkstra with a binary heap and lazy
// deletion. Path counts sigma are doubles. Parallel arcs count as distinct paths (igraph's
// convention; a networkx DiGraph cannot hold them). Weighted distances are compared with
// igraph's relative tolerance 1e-10 (IGRAPH_SHORTEST_PATH_EPSILON), so sums of lengths that
// differ only by double rounding tie as they do in igraph.
//
// Usage:
//   ShortestPathSearch search(g.num_nodes());
//   search.Run(g, s, {.direction = PathDirection::kOut});
//   for (NodeId v : search.order()) use(search.Distance(v), search.sigma(v));
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

// Which arcs a search follows from the source.
enum class PathDirection {
  kOut,  // along arcs: distances FROM the source
  kIn,   // against arcs: distances TO the source
  kAll,  // both ways: the graph seen as undirected
};

// Parses "out", "in", "all"; throws InvalidArgument naming `parameter` otherwise.
PathDirection ParsePathDirection(std::string_view text, std::string_view parameter);
std::string_view PathDirectionName(PathDirection direction);

struct SearchOptions {
  PathDirection direction = PathDirection::kOut;
  // Use g's arc weights as lengths (must be > 0; see CheckPositiveWeights). Without weights, or
  // with false, every arc has length 1.
  bool use_weights = false;
  // Count shortest paths (sigma). Closeness does not need them and saves one add per arc.
  bool count_paths = true;
  // Stop once this node's distance and path count are final (kNoNode: search everything).
  NodeId stop_at = kNoNode;
};

// True when weighted distances a and b are equal up to igraph's relative tolerance 1e-10.
bool SameDistance(double a, double b);

// Throws InvalidArgument("weights must be > 0, got W on arc U->V") when `use_weights` and g has
// a weight that is not strictly positive (or NaN).
void CheckPositiveWeights(const Digraph& g, bool use_weights);

class ShortestPathSearch {
 public:
  static constexpr std::uint32_t kUnreached = std::numeric_limits<std::uint32_t>::max();

  explicit ShortestPathSearch(NodeId num_nodes);

  // Runs from `source`, replacing the previous search's results. O(m + n) unweighted,
  // O((m + n) log n) weighted, over the part of the graph reached.
  void Run(const Digraph& g, NodeId source, const SearchOptions& options);

  // Nodes reached, in nondecreasing distance; order()[0] is the source.
  std::span<const NodeId> order() const { return {order_.data(), size_}; }
  bool reached(NodeId v) const { return state_[v].level != kUnreached; }
  // Reached with its distance final (differs from reached only after a stopped Dijkstra).
  bool settled(NodeId v) const {
    return weighted_ ? state_[v].level == 0 : state_[v].level != kUnreached;
  }
  // BFS level (unweighted) or a finite marker (weighted: use Distance).
  std::uint32_t level(NodeId v) const { return state_[v].level; }
  double Distance(NodeId v) const {
    return weighted_ ? distance_[v] : static_cast<double>(state_[v].level);
  }
  double sigma(NodeId v) const { return state_[v].sigma; }
  // Overwrites sigma(v) (Brandes' backward phase stores each finished node's dependency
  // coefficient in place of its path count, which it no longer needs). Valid until the next Run.
  void ReplaceSigma(NodeId v, double value) { state_[v].sigma = value; }
  // Hints that level(v) and sigma(v) will be read soon (random access on large graphs).
  void Prefetch(NodeId v) const { __builtin_prefetch(&state_[v]); }
  // Whether the node states are too large for a core's cache, so that Prefetch pays.
  bool StatesOutgrowCache() const;
  bool weighted() const { return weighted_; }
  // Largest distance reached (the eccentricity of the source in the searched direction).
  double Eccentricity() const { return size_ == 0 ? 0.0 : Distance(order_[size_ - 1]); }

 private:
  template <bool kCountPaths>
  void Bfs(const Digraph& g, NodeId source, PathDirection direction, NodeId stop_at);
  void Dijkstra(const Digraph& g, NodeId source, const SearchOptions& options);
  void Reset();

  // Level and path count side by side: a BFS touches both for every arc, so one cache line
  // serves both. level is kUnreached, the BFS level, or (weighted) 1 tentative / 0 final.
  struct NodeState {
    std::uint32_t level;
    double sigma;
  };
  std::vector<NodeState> state_;
  std::vector<double> distance_;  // weighted searches only
  std::vector<NodeId> order_;
  std::size_t size_ = 0;
  bool weighted_ = false;
  struct HeapEntry {
    double distance;
    NodeId node;
  };
  std::vector<HeapEntry> heap_;
};

}  // namespace ombak
