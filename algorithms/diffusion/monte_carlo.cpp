// The Monte Carlo engine: per-thread workspaces, run-order aggregation, checkpointed early stop.
#include "algorithms/diffusion/monte_carlo.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <string>

#include "algorithms/diffusion/validate.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {

using diffusion_detail::CheckNodeList;
using diffusion_detail::Num;

CascadeWorkspace::CascadeWorkspace(NodeId num_nodes)
    : level(num_nodes, 0.0),
      threshold(num_nodes, 0.0),
      active_mark_(num_nodes, 0),
      touch_mark_(num_nodes, 0) {}

void CascadeWorkspace::BeginRun() {
  activated.clear();
  steps.clear();
  parents.clear();
  prevalence.clear();
  frontier.clear();
  if (epoch_ == std::numeric_limits<std::uint32_t>::max()) {
    std::fill(active_mark_.begin(), active_mark_.end(), 0);
    std::fill(touch_mark_.begin(), touch_mark_.end(), 0);
    epoch_ = 0;
  }
  ++epoch_;
}

namespace {

void Validate(const CascadeModel& model, std::span<const NodeId> seeds,
              const MonteCarloOptions& o) {
  const NodeId n = model.num_nodes();
  if (o.runs == 0) throw InvalidArgument("runs must be >= 1, got 0");
  if (o.checkpoint == 0) throw InvalidArgument("checkpoint must be >= 1, got 0");
  if (!(o.target_half_width >= 0)) {
    throw InvalidArgument("target_half_width must be >= 0, got " + Num(o.target_half_width));
  }
  if (o.trace_runs > o.runs) {
    throw InvalidArgument("trace_runs must be <= runs (" + std::to_string(o.runs) + "), got " +
                          std::to_string(o.trace_runs));
  }
  CheckNodeList(seeds, n, "seeds");
  CheckNodeList(o.blocked, n, "blocked");
  std::vector<char> is_blocked(n, 0);
  for (NodeId b : o.blocked) is_blocked[b] = 1;
  for (NodeId s : seeds) {
    if (is_blocked[s]) {
      throw InvalidArgument("seed " + std::to_string(s) + " is also in the blocked list");
    }
  }
  if (seeds.empty()) {
    if (o.random_seeds == 0) {
      throw InvalidArgument("no seeds: give a seed list or random_seeds >= 1");
    }
    const auto unblocked =
        static_cast<std::uint64_t>(n) - std::count(is_blocked.begin(), is_blocked.end(), 1);
    if (o.random_seeds > unblocked) {
      throw InvalidArgument("random_seeds must be <= the " + std::to_string(unblocked) +
                            " unblocked accounts, got " + std::to_string(o.random_seeds));
    }
  }
}

// Per-thread integer accumulators: order-free sums, so merging them is deterministic.
struct ThreadTotals {
  std::vector<std::uint32_t> node_counts;
  std::vector<std::uint64_t> step_counts;
  std::vector<std::uint64_t> prevalence;
  std::uint64_t edge_visits = 0;
};

void AddTo(std::vector<std::uint64_t>& total, std::size_t index, std::uint64_t value) {
  if (total.size() <= index) total.resize(index + 1, 0);
  total[index] += value;
}

void RunOne(const CascadeModel& model, std::span<const NodeId> seeds, const MonteCarloOptions& o,
            std::uint64_t run, CascadeWorkspace& ws) {
  RandomStream rng(o.seed, run);
  ws.BeginRun();
  for (NodeId b : o.blocked) ws.Block(b);
  if (seeds.empty()) {
    const NodeId n = model.num_nodes();
    while (ws.activated.size() < o.random_seeds) {
      const auto v = static_cast<NodeId>(rng.Below(n));
      if (!ws.IsActive(v)) ws.Activate(v, 0, kNoNode);
    }
  } else {
    for (NodeId s : seeds) {
      if (!ws.IsActive(s)) ws.Activate(s, 0, kNoNode);
    }
  }
  model.Spread(rng, ws);
}

}  // namespace

MonteCarloResult RunMonteCarlo(const CascadeModel& model, std::span<const NodeId> seeds,
                               const MonteCarloOptions& options) {
  Validate(model, seeds, options);
  const NodeId n = model.num_nodes();
  const int num_threads = MaxThreads();
  std::vector<std::unique_ptr<CascadeWorkspace>> workspaces(num_threads);
  std::vector<ThreadTotals> totals(num_threads);

  MonteCarloResult result;
  result.run_spreads.resize(options.runs);
  result.traces.resize(options.trace_runs);
  double sum = 0;
  double sum_squares = 0;
  std::uint64_t done = 0;
  while (done < options.runs) {
    const std::uint64_t end = std::min(options.runs, done + options.checkpoint);
#pragma omp parallel num_threads(num_threads)
    {
      const int t = ThreadIndex();
      if (!workspaces[t]) workspaces[t] = std::make_unique<CascadeWorkspace>(n);
      CascadeWorkspace& ws = *workspaces[t];
      ThreadTotals& mine = totals[t];
      if (mine.node_counts.empty()) mine.node_counts.assign(n, 0);
#pragma omp for schedule(dynamic, 4)
      for (std::int64_t r = static_cast<std::int64_t>(done); r < static_cast<std::int64_t>(end);
           ++r) {
        const auto run = static_cast<std::uint64_t>(r);
        ws.edge_visits = 0;
        RunOne(model, seeds, options, run, ws);
        mine.edge_visits += ws.edge_visits;
        result.run_spreads[run] = static_cast<std::uint32_t>(ws.activated.size());
        for (std::size_t i = 0; i < ws.activated.size(); ++i) {
          ++mine.node_counts[ws.activated[i]];
          AddTo(mine.step_counts, ws.steps[i], 1);
        }
        for (std::size_t s = 0; s < ws.prevalence.size(); ++s) {
          AddTo(mine.prevalence, s, ws.prevalence[s]);
        }
        if (run < options.trace_runs) {
          CascadeTrace& trace = result.traces[run];
          trace.run = run;
          trace.arcs.reserve(ws.activated.size());
          for (std::size_t i = 0; i < ws.activated.size(); ++i) {
            trace.arcs.push_back({ws.parents[i], ws.activated[i], ws.steps[i]});
          }
        }
      }
    }
    for (std::uint64_t r = done; r < end; ++r) {
      const double x = result.run_spreads[r];
      sum += x;
      sum_squares += x * x;
    }
    done = end;
    if (options.progress) options.progress(static_cast<double>(done) / options.runs);
    if (options.target_half_width > 0 && done > 1 && done < options.runs) {
      const double mean = sum / done;
      const double variance = std::max(0.0, (sum_squares - done * mean * mean) / (done - 1));
      if (1.96 * std::sqrt(variance / done) <= options.target_half_width) {
        result.stopped_early = true;
        break;
      }
    }
  }

  result.runs = done;
  result.run_spreads.resize(done);
  if (result.traces.size() > done) result.traces.resize(done);
  result.mean_spread = sum / done;
  if (done > 1) {
    const double mean = result.mean_spread;
    const double variance = std::max(0.0, (sum_squares - done * mean * mean) / (done - 1));
    result.std_error = std::sqrt(variance / done);
  }
  result.ci_low = result.mean_spread - 1.96 * result.std_error;
  result.ci_high = result.mean_spread + 1.96 * result.std_error;

  std::vector<std::uint64_t> node_total(n, 0);
  std::vector<std::uint64_t> step_total;
  std::vector<std::uint64_t> prevalence_total;
  for (const ThreadTotals& mine : totals) {
    result.edge_visits += mine.edge_visits;
    if (!mine.node_counts.empty()) {
      for (NodeId v = 0; v < n; ++v) node_total[v] += mine.node_counts[v];
    }
    for (std::size_t s = 0; s < mine.step_counts.size(); ++s) {
      AddTo(step_total, s, mine.step_counts[s]);
    }
    for (std::size_t s = 0; s < mine.prevalence.size(); ++s) {
      AddTo(prevalence_total, s, mine.prevalence[s]);
    }
  }
  const double runs = static_cast<double>(done);
  result.activation_probability.resize(n);
  for (NodeId v = 0; v < n; ++v) result.activation_probability[v] = node_total[v] / runs;
  for (std::uint64_t c : step_total) result.mean_activations_per_step.push_back(c / runs);
  for (std::uint64_t c : prevalence_total) result.mean_prevalence_per_step.push_back(c / runs);
  return result;
}

}  // namespace ombak
