// EdgeProbabilities: one influence probability (or Linear Threshold weight) per arc, computed
// once and shared by every Monte Carlo run and every reverse-reachable set.
//
// Direction (DESIGN.md): an arc v->u means "v listens to u", so it carries influence u => v.
// The value of arc e is therefore the probability that the arc's TARGET u activates its
// SOURCE v. Values are stored twice: by edge id (the order of out-adjacency, used by reverse
// traversals that walk out_neighbors from a receiver, as IMM's RR sets do) and by position in
// the in-adjacency (used by forward cascades that walk from an active account to its audience
// through in_neighbors). The second copy costs 4 bytes per arc and saves an indirection through
// in_edge_ids, which unweighted graphs do not even store.
//
// Usage:
//   EdgeProbabilities p = WeightedCascadeProbabilities(g);   // p(v->u) = 1 / out_degree(v)
//   MonteCarloResult r = SimulateIndependentCascade(g, p, seeds);
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

class EdgeProbabilities {
 public:
  EdgeProbabilities() = default;
  // Takes one value per edge id of `g`. Throws InvalidArgument when by_edge.size() differs
  // from g.num_edges() or a value is not in [0, 1] (NaN included); the message names the arc.
  // O(n + m).
  EdgeProbabilities(const Digraph& g, std::vector<float> by_edge);

  NodeId num_nodes() const { return num_nodes_; }
  EdgeId num_edges() const { return by_edge_.size(); }
  // Value of edge id e (the arc v->u with v = source, u = target).
  float operator[](EdgeId e) const { return by_edge_[e]; }
  std::span<const float> by_edge() const { return by_edge_; }
  // by_in_position()[i] is the value of the arc in_sources()[i] -> v for the v whose in-range
  // holds position i.
  std::span<const float> by_in_position() const { return by_in_position_; }
  // True when these values were computed for a graph of g's shape (same node and arc count).
  bool Matches(const Digraph& g) const {
    return num_nodes_ == g.num_nodes() && by_edge_.size() == g.num_edges();
  }
  // Throws InvalidArgument("<what> were computed for a graph with ... arcs, got a graph with
  // ...") unless Matches(g).
  void CheckMatches(const Digraph& g, const char* what) const;

 private:
  NodeId num_nodes_ = 0;
  std::vector<float> by_edge_;
  std::vector<float> by_in_position_;
};

// Every arc gets probability p. Throws InvalidArgument unless p is in [0, 1]. O(n + m).
EdgeProbabilities UniformProbabilities(const Digraph& g, double p);

// Weighted cascade (Kempe, Kleinberg & Tardos 2003): the arc v->u gets 1 / out_degree(v), i.e.
// each account v is influenced by each account it listens to with probability one over the
// number of accounts it listens to (its in-degree in the influence direction). Parallel arcs
// count separately. O(n + m).
EdgeProbabilities WeightedCascadeProbabilities(const Digraph& g);

// Trivalency model (Chen, Wang & Wang 2010): each arc draws its probability uniformly from
// `levels` (default {0.1, 0.01, 0.001}) using RandomStream(seed, edge id), so the values do not
// depend on the thread count. Throws InvalidArgument when levels is empty or a level is
// outside [0, 1]. O(n + m).
EdgeProbabilities TrivalencyProbabilities(const Digraph& g, std::uint64_t seed,
                                          std::vector<double> levels = {0.1, 0.01, 0.001});

// The graph's own arc weights used as probabilities. Throws InvalidArgument when the graph has
// no weights or a weight is outside [0, 1]. O(n + m).
EdgeProbabilities WeightProbabilities(const Digraph& g);

// How Linear Threshold weights b(u => v) are derived; every variant makes the weights into
// each receiver v (the arcs v->* it listens through) sum to at most 1 (Kempe et al. 2003).
enum class LinearThresholdWeighting {
  kUniform,           // 1 / out_degree(v): the standard choice, sums are exactly 1
  kNormalizedWeight,  // w(v->u) / sum of v's out-arc weights: sums are exactly 1
  kCappedWeight,      // w(v->u), divided by the sum only where the sum exceeds 1
};

// Linear Threshold weights as EdgeProbabilities. The weight-based variants throw
// InvalidArgument when the graph has no weights or a weight is negative or not finite. O(n + m).
EdgeProbabilities LinearThresholdWeights(
    const Digraph& g, LinearThresholdWeighting weighting = LinearThresholdWeighting::kUniform);

}  // namespace ombak
