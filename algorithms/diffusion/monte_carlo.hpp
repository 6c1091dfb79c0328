// The Monte Carlo engine shared by every cascade model (IC, LT, threshold, SIR/SIS).
//
// A model implements CascadeModel::Spread: given a workspace whose activation list holds the
// seeds (step 0), it appends every account it activates, in activation order, with the step
// and the account that activated it. The engine owns everything else: per-thread workspaces
// (epoch-stamped arrays, so a run costs O(accounts it touches), not O(n)), the random stream of
// each run, blocked accounts, aggregation, confidence intervals, early stopping and traces.
//
// Determinism: run r draws only from RandomStream(seed, r), and every aggregate is either an
// integer sum (order-free) or a floating sum taken serially in run order, so the result is
// identical for any thread count. Early stopping is evaluated only at fixed checkpoints
// (every `checkpoint` runs), so the stopping point does not depend on threads either.
//
// Usage:
//   IndependentCascadeModel model(g, probabilities);
//   MonteCarloOptions options;  options.runs = 10000;  options.seed = 7;
//   MonteCarloResult r = RunMonteCarlo(model, seeds, options);
//   // r.mean_spread ± (r.ci_high - r.mean_spread), r.activation_probability[v], ...
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "graph/random.hpp"
#include "graph/types.hpp"

namespace ombak {

// Per-thread scratch of a run. Arrays are stamped with the run's epoch instead of cleared.
class CascadeWorkspace {
 public:
  explicit CascadeWorkspace(NodeId num_nodes);

  // Starts a new run: empties the lists and invalidates every stamp in O(1).
  void BeginRun();
  bool IsActive(NodeId v) const { return active_mark_[v] == epoch_; }
  // Marks v as never activatable in this run (blocked accounts); it is not listed. A blocked
  // account also counts as touched, so models that re-activate (SIS) skip it too.
  void Block(NodeId v) {
    active_mark_[v] = epoch_;
    touch_mark_[v] = epoch_;
  }
  void Activate(NodeId v, std::uint32_t step, NodeId parent) {
    active_mark_[v] = epoch_;
    activated.push_back(v);
    steps.push_back(step);
    parents.push_back(parent);
  }
  // Model scratch: Touch(v) returns true the first time v is touched in this run, after which
  // level[v] and threshold[v] are the model's to initialise and use.
  bool Touch(NodeId v) {
    if (touch_mark_[v] == epoch_) return false;
    touch_mark_[v] = epoch_;
    return true;
  }
  bool Touched(NodeId v) const { return touch_mark_[v] == epoch_; }
  void Untouch(NodeId v) { touch_mark_[v] = 0; }

  // Activated accounts in activation order (seeds first), their steps and parents (kNoNode
  // for seeds). Steps are non-decreasing along the list.
  std::vector<NodeId> activated;
  std::vector<std::uint32_t> steps;
  std::vector<NodeId> parents;
  std::vector<double> level;      // model scratch, valid where Touched
  std::vector<double> threshold;  // model scratch, valid where Touched
  // Number of accounts in the active (infected) state after each step; filled only by
  // non-progressive models (SIS/SIR), where it differs from the cumulative activation count.
  std::vector<std::uint32_t> prevalence;
  std::vector<NodeId> frontier;  // model scratch list
  std::uint64_t edge_visits = 0;

 private:
  std::vector<std::uint32_t> active_mark_;
  std::vector<std::uint32_t> touch_mark_;
  std::uint32_t epoch_ = 0;
};

class CascadeModel {
 public:
  virtual ~CascadeModel() = default;
  virtual NodeId num_nodes() const = 0;
  // Continues the cascade from ws.activated (the seeds, step 0) until it dies out or reaches
  // the model's step limit, drawing only from `rng`, and adds the arcs it examined to
  // ws.edge_visits.
  virtual void Spread(RandomStream& rng, CascadeWorkspace& ws) const = 0;
};

struct MonteCarloOptions {
  std::uint64_t runs = 10000;  // maximum number of runs (>= 1)
  std::uint64_t seed = 1;
  // Early stop: after each checkpoint, stop once the 95% interval half-width of the mean
  // spread is <= target_half_width (in accounts). 0 disables early stopping.
  double target_half_width = 0;
  std::uint64_t checkpoint = 256;  // runs between early-stop checks and progress reports (>= 1)
  // When the seed list is empty, each run draws this many distinct random seeds from its own
  // stream (e.g. 1 for Watts' single random initiator). Ignored when seeds are given.
  NodeId random_seeds = 0;
  // Accounts that can never activate (removed or immunized); must not contain a seed.
  std::vector<NodeId> blocked;
  // Record who-activated-whom for the first trace_runs runs (<= runs).
  std::uint64_t trace_runs = 0;
  std::function<void(double fraction)> progress;
};

// One recorded activation of a traced run: parent activated child at step (kNoNode parent for
// the seeds, which are listed at step 0).
struct TraceArc {
  NodeId parent;
  NodeId child;
  std::uint32_t step;
};

struct CascadeTrace {
  std::uint64_t run = 0;
  std::vector<TraceArc> arcs;  // in activation order, seeds first
};

struct MonteCarloResult {
  std::uint64_t runs = 0;      // runs performed
  bool stopped_early = false;  // target_half_width reached before options.runs
  double mean_spread = 0;      // mean number of accounts ever activated, seeds included
  double std_error = 0;        // sample standard deviation / sqrt(runs); 0 for one run
  double ci_low = 0;           // mean -/+ 1.96 std_error
  double ci_high = 0;
  std::vector<double> activation_probability;     // per account: fraction of runs it activated
  std::vector<double> mean_activations_per_step;  // [t] = mean accounts activated at step t
  std::vector<double> mean_prevalence_per_step;   // SIS/SIR only: mean accounts infected after t
  std::vector<std::uint32_t> run_spreads;         // spread of each run, in run order
  std::vector<CascadeTrace> traces;
  std::uint64_t edge_visits = 0;  // arcs examined over all runs (speed counter)
};

// Runs the model from `seeds` (or from random seeds, see options) and aggregates the runs.
// Complexity: O(runs * cost of one cascade); parallel over runs with one workspace (O(n)) per
// thread. Deterministic for a given options.seed, for any thread count. Throws
// InvalidArgument when runs or checkpoint is 0, target_half_width is negative or NaN,
// trace_runs > runs, a seed or blocked account is not a node, a seed is blocked, both seeds
// and random_seeds are empty/0, or random_seeds exceeds the unblocked accounts.
MonteCarloResult RunMonteCarlo(const CascadeModel& model, std::span<const NodeId> seeds,
                               const MonteCarloOptions& options = {});

}  // namespace ombak
