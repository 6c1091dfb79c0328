// Deterministic parallel local moving: the inner loop of Louvain and Leiden, and the restarts
// they share on small graphs. Internal to algorithms/community (namespace community_detail).
//
// Design choice (batch-synchronous moving, documented for determinism): nodes are visited in a
// random order drawn from (seed, stream) (on batched graphs, a random order of blocks of 256
// consecutive nodes, for memory locality). The still-active nodes are cut, in that order, into
// batches of a size that depends only on the node count (1 below kParallelNodes = 50,000
// nodes, else n/32 clamped to [1024, 16384]). For a
// batch, every node's best move is computed in parallel against the state at the batch start
// (read-only, so threads never interact). The proposals are then applied serially in batch
// order, and each one is re-evaluated exactly against the current state and applied only if it
// still strictly raises the quality. The re-evaluation reuses the weights the proposal was
// computed with unless a neighbour proposed a move earlier in the batch (found by a parallel
// scan), in which case the node's row is scanned again; the neighbours of moved nodes are
// activated in a parallel pass at the end of the batch. Hence
//   - the result depends on (graph, seed, stream) only, never on the thread count or schedule;
//   - every applied move strictly raises the quality, so the quality rises monotonically
//     (test LocalMoving.QualityNeverDrops checks this);
//   - with batch size 1 (graphs below 50,000 nodes) it is exactly the classic sequential sweep.
// Pruning (Ozaki, Tezuka & Inaba 2016; Leiden's queue): a node is revisited only when a
// neighbour left or joined its neighbourhood's communities; a sweep visits only active nodes.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "algorithms/community/community_graph.hpp"
#include "algorithms/community/partition.hpp"

namespace ombak::community_detail {

struct MoveState {
  std::vector<std::uint32_t> community;  // ids in [0, n)
  std::vector<double> total_a, total_b;  // A(C), B(C)
  std::vector<std::uint32_t> size;       // nodes per community
  std::vector<std::uint32_t> free_ids;   // empty community ids (a stack)
};

// A state with the given membership (ids below g.n); singletons when membership is empty.
MoveState MakeState(const CommunityGraph& g, std::vector<std::uint32_t> membership = {});

struct MoveOptions {
  std::uint64_t seed = 0;
  std::uint64_t stream = 0;  // distinct per (iteration, level) so orders differ
  int max_sweeps = 1000;
  // Stop when a sweep raises W*H by less than tolerance * W (0: until no node moves).
  double tolerance = 0.0;
  // Consider moving a node out into a new, empty community (Leiden); Louvain does not.
  bool allow_new_community = false;
};

struct MoveStats {
  int sweeps = 0;
  std::uint64_t moves = 0;
  double gain = 0.0;  // rise of W*H
};

MoveStats MoveNodes(const CommunityGraph& g, MoveState& state, const MoveOptions& options);

// A random permutation of [0, n) drawn from (seed, stream) by Fisher-Yates.
std::vector<NodeId> RandomOrder(NodeId n, std::uint64_t seed, std::uint64_t stream);

// Restarts (Louvain and Leiden). Local moving ends in a local optimum that depends on the random
// visiting order; on small graphs a few independent runs, keeping the best quality, cost little
// and remove most of that seed noise (on polbooks, one Leiden run reaches the optimum for 2 seeds
// in 5, the best of 3 for all 5). Restart r uses the seed RestartSeed(seed, r); restart 0 is
// the plain run. Runs are independent and the best one is chosen by (quality, index), so the
// result does not depend on the thread count even when restarts run on different threads.
inline constexpr int kSmallGraphRestarts = 3;

// Seed of restart r: seed itself for r = 0, else a well-mixed function of (seed, r).
std::uint64_t RestartSeed(std::uint64_t seed, int r);

// One run's outcome.
struct Outcome {
  std::vector<std::uint32_t> membership;
  double quality = 0.0;  // set only when there are several runs to choose from
  int levels = 0;
  int sweeps = 0;
  bool converged = false;
};

// One run from a seed; `progress` is empty except for restart 0.
using RunOnce =
    std::function<Outcome(std::uint64_t seed, const std::function<void(double)>& progress)>;

// Runs `once` for each restart: `requested` runs if positive, else kSmallGraphRestarts on cheap
// graphs (IsCheapGraph) and 1 on others (large graphs are already well optimised and costly to
// repeat). A run on a small graph is serial, so its restarts run one per thread; on a large graph
// each run is parallel inside, so they run one after another. Returns the best run (highest
// quality on `base`, the first among equals) as a result with its canonical partition, and
// reports progress 1.0 at the end.
CommunityResult BestOfRestarts(const CommunityGraph& base, int requested, std::uint64_t seed,
                               const std::function<void(double)>& progress, const RunOnce& once);

}  // namespace ombak::community_detail
