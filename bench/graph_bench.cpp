// Graph-model benchmarks: building the CSR and finding components, ombak against igraph.
//
// Input: an R-MAT graph (Graph500 parameters a = 0.57, b = c = 0.19, edge factor 16, seeded,
// self-loops and duplicates dropped) of 2^OMBAK_BENCH_SCALE nodes; the scale defaults to 16
// so the binary runs in seconds. Every figure is a ratio measured in one run
// (docs/PERFORMANCE.md).
// Counters: edges; bytes_per_edge of the built graph — ours from Digraph::MemoryBytes() for an
// unweighted graph with out- and in-adjacency, igraph's from its representation (from, to,
// oi, ii: 4 int64 per edge, plus os and is: 2 int64 per node; igraph_create keeps exactly
// these vectors).
//
//   OMBAK_BENCH_SCALE=20 OMP_NUM_THREADS=2 ./graph_bench
#include <benchmark/benchmark.h>
#include <igraph.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/components.hpp"
#include "graph/generators.hpp"

namespace {

using namespace ombak;

int Scale() {
  const char* env = std::getenv("OMBAK_BENCH_SCALE");
  return env != nullptr && *env != '\0' ? std::stoi(env) : 16;
}

EdgeList ArcsOf(const Digraph& g) {
  EdgeList arcs;
  arcs.sources.reserve(g.num_edges());
  arcs.targets.reserve(g.num_edges());
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (const NodeId v : g.out_neighbors(u)) arcs.Add(u, v);
  }
  return arcs;
}

std::vector<igraph_integer_t> EndpointsOf(const Digraph& g) {
  std::vector<igraph_integer_t> flat;
  flat.reserve(2 * g.num_edges());
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (const NodeId v : g.out_neighbors(u)) {
      flat.push_back(u);
      flat.push_back(v);
    }
  }
  return flat;
}

// The benchmark graph, its arcs as an edge list, and its copy in igraph (built once).
struct Inputs {
  Digraph graph = GenerateRmat(Scale(), 16, 20240501);
  EdgeList arcs = ArcsOf(graph);
  IgraphIntVector endpoints{EndpointsOf(graph)};
  IgraphGraph igraph = ToIgraph(graph);
};

const Inputs& Data() {
  static const Inputs inputs;
  return inputs;
}

// Builds the inputs outside any timed region, whichever benchmark runs first.
void Prepare() { benchmark::DoNotOptimize(&Data()); }

void SetEdges(benchmark::State& state, double bytes) {
  const auto m = static_cast<double>(Data().graph.num_edges());
  state.counters["edges"] = m;
  state.counters["bytes_per_edge"] = bytes / m;
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(m));
}

void BM_Build_Ombak(benchmark::State& state) {
  Prepare();
  std::size_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    EdgeList copy = Data().arcs;
    state.ResumeTiming();
    const Digraph g = BuildDigraph(std::move(copy), Data().graph.num_nodes());
    bytes = g.MemoryBytes();
    benchmark::DoNotOptimize(g.out_targets().data());
  }
  SetEdges(state, static_cast<double>(bytes));
}
BENCHMARK(BM_Build_Ombak)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Build_Igraph(benchmark::State& state) {
  Prepare();
  InstallIgraphErrorHandler();
  const auto n = static_cast<igraph_integer_t>(Data().graph.num_nodes());
  for (auto _ : state) {
    igraph_t g;
    IgraphCheck(igraph_create(&g, Data().endpoints.get(), n, IGRAPH_DIRECTED), "igraph_create");
    state.PauseTiming();
    igraph_destroy(&g);
    state.ResumeTiming();
  }
  const double m = static_cast<double>(Data().graph.num_edges());
  SetEdges(state, (4.0 * m + 2.0 * (static_cast<double>(n) + 1)) * sizeof(igraph_integer_t));
}
BENCHMARK(BM_Build_Igraph)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_WeakComponents_Ombak(benchmark::State& state) {
  Prepare();
  NodeId count = 0;
  for (auto _ : state) {
    const Components c = WeakComponents(Data().graph);
    count = c.count();
    benchmark::DoNotOptimize(c.component.data());
  }
  state.counters["components"] = count;
}
BENCHMARK(BM_WeakComponents_Ombak)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_WeakComponents_Igraph(benchmark::State& state) {
  Prepare();
  igraph_integer_t count = 0;
  for (auto _ : state) {
    IgraphIntVector membership;
    IgraphIntVector sizes;
    IgraphCheck(igraph_connected_components(Data().igraph.get(), membership.get(), sizes.get(),
                                            &count, IGRAPH_WEAK),
                "igraph_connected_components");
  }
  state.counters["components"] = static_cast<double>(count);
}
BENCHMARK(BM_WeakComponents_Igraph)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_StrongComponents_Ombak(benchmark::State& state) {
  Prepare();
  NodeId count = 0;
  for (auto _ : state) {
    const Components c = StrongComponents(Data().graph);
    count = c.count();
    benchmark::DoNotOptimize(c.component.data());
  }
  state.counters["components"] = count;
}
BENCHMARK(BM_StrongComponents_Ombak)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_StrongComponents_Igraph(benchmark::State& state) {
  Prepare();
  igraph_integer_t count = 0;
  for (auto _ : state) {
    IgraphIntVector membership;
    IgraphIntVector sizes;
    IgraphCheck(igraph_connected_components(Data().igraph.get(), membership.get(), sizes.get(),
                                            &count, IGRAPH_STRONG),
                "igraph_connected_components");
  }
  state.counters["components"] = static_cast<double>(count);
}
BENCHMARK(BM_StrongComponents_Igraph)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_GenerateRmat(benchmark::State& state) {
  Prepare();
  for (auto _ : state) {
    const Digraph g = GenerateRmat(Scale(), 16, 7);
    benchmark::DoNotOptimize(g.out_targets().data());
  }
  state.counters["edges"] = static_cast<double>(Data().graph.num_edges());
}
BENCHMARK(BM_GenerateRmat)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
