// Benchmarks of the diffusion and influence rooms: IMM seed selection (weighted cascade) and
// the Monte Carlo Independent Cascade engine, on a directed preferential-attachment graph
// (Price's model: new accounts follow popular ones, so audiences follow a power law).
//
// No library we link implements IC sampling or IMM, so the figures are absolute: IMM time,
// RR-set storage bytes and peak RSS (getrusage), and the Monte Carlo engine's arc visits per
// second per core (the target is >= 10 million). The graph has OMBAK_BENCH_IMM_NODES nodes
// (default 20,000 so the binary runs quickly) and 10 arcs per new node:
//
//   OMP_NUM_THREADS=2 OMBAK_BENCH_IMM_NODES=200000 ./cascade_bench
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <numeric>
#include <string>

#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/independent_cascade.hpp"
#include "algorithms/influence/heuristics.hpp"
#include "algorithms/influence/imm.hpp"
#include "graph/generators.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

const Digraph& BenchGraph() {
  static const std::unique_ptr<Digraph> graph = [] {
    const char* env = std::getenv("OMBAK_BENCH_IMM_NODES");
    const NodeId n = env ? static_cast<NodeId>(std::stoul(env)) : 20000;
    return std::make_unique<Digraph>(GeneratePreferentialAttachment(n, 10, 42));
  }();
  return *graph;
}

double MaxRssMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void BM_Imm_WeightedCascade(benchmark::State& state) {
  const Digraph& g = BenchGraph();
  const EdgeProbabilities p = WeightedCascadeProbabilities(g);
  ImmOptions options;
  options.epsilon = 0.1;
  SeedSelection s;
  for (auto _ : state) {
    s = Imm(g, p, 50, options);
    benchmark::DoNotOptimize(s.seeds.data());
  }
  state.counters["nodes"] = g.num_nodes();
  state.counters["arcs"] = static_cast<double>(g.num_edges());
  state.counters["rr_sets"] = static_cast<double>(s.rr_sets);
  state.counters["sampling_rr_sets"] = static_cast<double>(s.sampling_rr_sets);
  state.counters["rr_set_MB"] = static_cast<double>(s.rr_set_bytes) / (1 << 20);
  state.counters["max_rss_MB"] = MaxRssMegabytes();
  state.counters["est_spread"] = s.estimated_spread;
  state.counters["rr_arc_visits_per_s"] =
      benchmark::Counter(static_cast<double>(s.edge_visits), benchmark::Counter::kIsRate);
  state.counters["threads"] = MaxThreads();
}
BENCHMARK(BM_Imm_WeightedCascade)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

void BM_MonteCarlo_IndependentCascade(benchmark::State& state) {
  const Digraph& g = BenchGraph();
  const EdgeProbabilities p = UniformProbabilities(g, 0.01);
  std::vector<double> audience(g.num_nodes());
  for (NodeId v = 0; v < g.num_nodes(); ++v) audience[v] = static_cast<double>(g.in_degree(v));
  const std::vector<NodeId> seeds = TopKByScore(audience, 50);
  MonteCarloOptions options;
  options.runs = static_cast<std::uint64_t>(state.range(0));
  std::uint64_t visits = 0;
  double spread = 0;
  for (auto _ : state) {
    const MonteCarloResult r = SimulateIndependentCascade(g, p, seeds, options);
    visits += r.edge_visits;
    spread = r.mean_spread;
  }
  const double threads = MaxThreads();
  state.counters["mean_spread"] = spread;
  state.counters["arc_visits_per_s_per_core"] =
      benchmark::Counter(static_cast<double>(visits) / threads, benchmark::Counter::kIsRate);
  state.counters["threads"] = threads;
}
BENCHMARK(BM_MonteCarlo_IndependentCascade)
    ->Arg(2000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace ombak

BENCHMARK_MAIN();
