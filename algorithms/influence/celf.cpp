// CELF lazy greedy over Monte Carlo estimates with common random numbers.
#include "algorithms/influence/celf.hpp"

#include <algorithm>
#include <memory>
#include <numeric>
#include <queue>
#include <string>

#include "algorithms/diffusion/independent_cascade.hpp"
#include "algorithms/diffusion/linear_threshold.hpp"
#include "algorithms/diffusion/validate.hpp"
#include "graph/errors.hpp"

namespace ombak {

SeedSelection CelfGreedy(const Digraph& g, const EdgeProbabilities& p, std::uint32_t k,
                         const CelfOptions& options) {
  std::vector<NodeId> candidates = options.candidates;
  diffusion_detail::CheckNodeList(candidates, g.num_nodes(), "candidates");
  if (candidates.empty()) {
    candidates.resize(g.num_nodes());
    std::iota(candidates.begin(), candidates.end(), NodeId{0});
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  if (k == 0) throw InvalidArgument("k must be >= 1, got 0");
  // Checked here because the first estimates run inside a parallel region, where an exception
  // from RunMonteCarlo would terminate the program.
  if (options.runs == 0) throw InvalidArgument("runs must be >= 1, got 0");
  if (k > candidates.size()) {
    throw InvalidArgument("k must be <= the number of candidates (" +
                          std::to_string(candidates.size()) + "), got " + std::to_string(k));
  }
  std::unique_ptr<CascadeModel> model;
  const LinearThresholdOptions lt;
  if (options.model == InfluenceModel::kIndependentCascade) {
    model = std::make_unique<IndependentCascadeModel>(g, p);
  } else {
    model = std::make_unique<LinearThresholdModel>(g, p, lt);
  }
  MonteCarloOptions mc;
  mc.runs = options.runs;
  mc.seed = options.seed;

  SeedSelection result;
  std::vector<NodeId> seeds;
  auto spread = [&](NodeId extra) {
    seeds.push_back(extra);
    const double s = RunMonteCarlo(*model, seeds, mc).mean_spread;
    seeds.pop_back();
    ++result.spread_evaluations;
    return s;
  };
  struct Entry {
    double gain;
    NodeId node;
    std::uint32_t round;  // size of the seed set the gain was computed for
    bool operator<(const Entry& o) const { return gain != o.gain ? gain < o.gain : node > o.node; }
  };
  // First pass: every candidate alone, in parallel over candidates (each estimate then runs
  // serially inside: nested parallel regions get one thread). Same values as a serial pass.
  std::vector<double> alone(candidates.size());
#pragma omp parallel for schedule(dynamic, 1)
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(candidates.size()); ++i) {
    const NodeId single[1] = {candidates[i]};
    alone[i] = RunMonteCarlo(*model, single, mc).mean_spread;
  }
  result.spread_evaluations += candidates.size();
  std::priority_queue<Entry> heap;
  for (std::size_t i = 0; i < candidates.size(); ++i) heap.push({alone[i], candidates[i], 0});
  double current = 0;
  while (seeds.size() < k && !heap.empty()) {
    Entry top = heap.top();
    heap.pop();
    if (top.round != seeds.size()) {
      top.gain = spread(top.node) - current;
      top.round = static_cast<std::uint32_t>(seeds.size());
      heap.push(top);
      continue;
    }
    seeds.push_back(top.node);
    current += top.gain;
    result.marginal_gain.push_back(top.gain);
    if (options.progress) options.progress(static_cast<double>(seeds.size()) / k);
  }
  result.seeds = seeds;
  result.estimated_spread = current;
  result.cost = static_cast<double>(seeds.size());
  return result;
}

}  // namespace ombak
