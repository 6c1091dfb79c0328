// Draws one shortest s -> t path uniformly at random with a balanced bidirectional
// breadth-first search, the sampling step of KADABRA (Borassi & Natale 2016).
//
// Design choice: a one-sided search from s must finish t's whole level, which on a small-world
// graph is most of the graph; growing the two balls from s (along arcs) and from t (against
// arcs), always the one whose next level costs fewer arcs, meets after touching roughly the
// square root of that. Path counts are kept per side, so the path is still exactly uniform.
//
// Usage:
//   ShortestPathSampler sampler(g.num_nodes());
//   std::vector<NodeId> interior;
//   if (sampler.Sample(g, s, t, rng, interior)) { ... interior nodes of one uniform path ... }
#pragma once

#include <cstdint>
#include <vector>

#include "graph/digraph.hpp"
#include "graph/random.hpp"
#include "graph/types.hpp"

namespace ombak {

class ShortestPathSampler {
 public:
  explicit ShortestPathSampler(NodeId num_nodes);

  // Replaces `interior` with the nodes strictly between s and t on one shortest s -> t path
  // (unweighted, along arcs), each shortest path having the same probability; returns false
  // (and leaves `interior` empty) when t is unreachable from s. s != t. Reference:
  // M. Borassi, E. Natale, "KADABRA is an ADaptive Algorithm for Betweenness via Random
  // Approximation", ESA 2016, section 4 (balanced bidirectional BFS). Cost: the arcs of the two
  // balls it grows; memory O(n) once, reused across calls. Deterministic for a given rng state.
  bool Sample(const Digraph& g, NodeId s, NodeId t, RandomStream& rng,
              std::vector<NodeId>& interior);

  // Arcs scanned by the last call (for benchmarks and tests of the balancing).
  std::uint64_t arcs_scanned() const { return arcs_scanned_; }

 private:
  // One side of the search: levels by BFS, path counts from its root.
  struct Side {
    std::vector<std::uint32_t> level;
    std::vector<double> sigma;
    std::vector<NodeId> visited;      // in BFS order; the current frontier is its tail
    std::size_t frontier_start = 0;   // first node of the current frontier in `visited`
    std::uint32_t depth = 0;          // level of the frontier
    std::uint64_t frontier_arcs = 0;  // arcs the next expansion will scan
    void Start(NodeId root, std::uint64_t root_arcs);
    void Clear();
  };

  // Expands `side` by one level along out-arcs (forward) or in-arcs; collects into meeting_ the
  // new nodes the other side has reached.
  void Expand(const Digraph& g, bool forward);
  // Walks from `from` to the side's root choosing each previous node with probability
  // proportional to its path count, appending the nodes passed (not the root) to `interior`.
  void WalkToRoot(const Digraph& g, bool forward, NodeId from, RandomStream& rng,
                  std::vector<NodeId>& interior) const;

  Side forward_;   // from s along arcs
  Side backward_;  // from t against arcs
  std::vector<NodeId> meeting_;
  std::uint64_t arcs_scanned_ = 0;
};

}  // namespace ombak
