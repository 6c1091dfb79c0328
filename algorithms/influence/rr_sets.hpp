// Reverse-reachable (RR) sets (Borgs, Brautbar, Chayes & Lucier, SODA 2014; Tang, Shi & Xiao,
// SIGMOD 2015) and greedy maximum coverage over them: the sampling core of IMM.
//
// A random RR set is the set of accounts that would have activated a uniformly random root v in
// a random live-edge graph. Influence u => v travels against the arc v->u, so the reverse
// traversal from the root follows the arcs FORWARD: out_neighbors(v) in our CSR, with the value
// of edge id e read straight from EdgeProbabilities::by_edge(). Under IC each out-arc is live
// with its probability (a breadth-first search); under LT each account keeps at most one out-arc
// (arc e with probability b(e)), so the RR set is a random walk that stops at a revisit or when
// no arc is kept.
//
// Storage is one flat uint32 array of members plus 64-bit offsets (CSR), about 4 bytes per
// member. Generation is parallel over RR-set indices; set i draws only from
// RandomStream(seed, stream_base + i) and blocks are concatenated in index order, so the
// collection is identical for any thread count. Coverage selection builds the node -> RR-set
// incidence once and runs greedy max coverage with lazily re-evaluated counts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

enum class InfluenceModel { kIndependentCascade, kLinearThreshold };

class RrSets {
 public:
  std::uint64_t size() const { return offsets_.size() - 1; }
  std::span<const NodeId> set(std::uint64_t i) const {
    return {nodes_.data() + offsets_[i], nodes_.data() + offsets_[i + 1]};
  }
  std::uint64_t total_members() const { return nodes_.size(); }
  // Bytes held by the member and offset arrays (capacity).
  std::size_t MemoryBytes() const {
    return nodes_.capacity() * sizeof(NodeId) + offsets_.capacity() * sizeof(std::uint64_t);
  }
  // Appends one set (for callers that build sets themselves, e.g. tests).
  void Append(std::span<const NodeId> members) {
    nodes_.insert(nodes_.end(), members.begin(), members.end());
    offsets_.push_back(nodes_.size());
  }
  void Clear() {
    nodes_.clear();
    nodes_.shrink_to_fit();
    offsets_.assign(1, 0);
    offsets_.shrink_to_fit();
  }
  // Arcs examined while generating (speed counter).
  std::uint64_t edge_visits = 0;

 private:
  friend void AppendRrSets(const Digraph&, const EdgeProbabilities&, InfluenceModel, std::uint64_t,
                           std::uint64_t, std::span<const NodeId>, RrSets&);
  std::vector<NodeId> nodes_;
  std::vector<std::uint64_t> offsets_{0};
};

// Appends RR sets until `out` holds `target_size` of them. Set i (0-based, counting sets
// already in `out`) uses RandomStream(seed, i); its root is uniform over all accounts, or over
// `roots` when it is non-empty. O(total members + arcs examined), parallel, deterministic.
// The caller validates its inputs (the public entry points do).
void AppendRrSets(const Digraph& g, const EdgeProbabilities& p, InfluenceModel model,
                  std::uint64_t target_size, std::uint64_t seed, std::span<const NodeId> roots,
                  RrSets& out);

// Which seeds a coverage selection may add next. Coverage calls it with the candidate and the
// seeds chosen so far; returning false discards the candidate for good, so the predicate must be
// monotone (once false, false for every larger seed set).
using CandidateFilter = std::function<bool(NodeId candidate, std::span<const NodeId> chosen)>;

struct CoverageResult {
  std::vector<NodeId> seeds;            // in selection order
  std::vector<std::uint64_t> marginal;  // RR sets newly covered by each seed
  std::uint64_t covered = 0;            // RR sets covered by all seeds
  double cost = 0;                      // total cost (budgeted selection) or seed count
};

// Greedy maximum coverage (Nemhauser, Wolsey & Fisher 1978; (1 - 1/e)-approximate): picks up to
// k seeds, each covering the most RR sets not yet covered (ties: smaller node id), skipping
// candidates the filter rejects. When nothing more can be covered it completes the k seeds
// with zero-gain accounts in id order if fill_zero_gain, and stops otherwise.
// Lazy counts: a max-heap of (count, node) entries re-checked on pop, counts decremented as
// sets become covered. O(total members + n log n). Deterministic.
CoverageResult GreedyMaxCoverage(const RrSets& sets, NodeId num_nodes, std::uint32_t k,
                                 const CandidateFilter& filter = nullptr,
                                 bool fill_zero_gain = true);

// Budgeted maximum coverage (Khuller, Moss & Naor 1999; used for influence by Nguyen & Zheng
// 2013): the cost-effective greedy (most newly covered sets per unit cost, skipping accounts
// that no longer fit the budget) and the best single affordable account; returns whichever
// covers more (ties: the greedy). costs[v] > 0; max_seeds > 0 also caps the number of seeds.
// O(total members + n log n). Deterministic.
CoverageResult BudgetedMaxCoverage(const RrSets& sets, std::span<const double> costs, double budget,
                                   std::uint32_t max_seeds = 0);

}  // namespace ombak
