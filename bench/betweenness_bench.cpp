// Betweenness benchmarks, ours against igraph 0.10 side by side in one binary, so every figure
// is a ratio measured in the same run.
//
// - BM_Betweenness_{Ombak,Igraph}: exact directed betweenness from every source.
// - BM_BetweennessPerSource_{Ombak,Igraph}: the same accumulation from 4 fixed sources (the
//   node of largest out-degree and 3 seeded random nodes with out-arcs), all targets; igraph
//   runs igraph_betweenness_subset with the same sources. Counter `s_per_source`.
// - BM_BetweennessApprox_Ombak: Riondato-Kornaropoulos sampling with epsilon 0.01, delta 0.1.
//
// Input: the edge list named by OMBAK_BENCH_EDGELIST ("u v" per line, '#' comments), e.g.
// /work/benchdata/rmat14.el; without it GenerateRmat(14, 16, 42). On rmat20 only the per-source
// and approximate benchmarks are practical:
//   OMBAK_BENCH_EDGELIST=/work/benchdata/rmat14.el ./betweenness_bench
//   export OMBAK_BENCH_EDGELIST=/work/benchdata/rmat20.el
//   ./betweenness_bench --benchmark_filter='PerSource|Approx'
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/betweenness_approx.hpp"
#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/generators.hpp"
#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

// Reads "u v" lines through a 1 MiB buffer; node count = largest id + 1.
Digraph ReadEdgeList(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) throw std::runtime_error("cannot open " + path);
  EdgeList edges;
  std::vector<char> buffer(1 << 20);
  std::uint64_t value = 0;
  bool in_number = false, in_comment = false, have_source = false;
  NodeId source = 0, max_id = 0;
  auto finish_number = [&] {
    const auto id = static_cast<NodeId>(value);
    max_id = std::max(max_id, id);
    if (!have_source) {
      source = id;
      have_source = true;
    } else {
      edges.Add(source, id);
      have_source = false;
      in_comment = true;  // ignore the rest of the line
    }
    value = 0;
    in_number = false;
  };
  std::size_t got;
  while ((got = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0) {
    for (std::size_t i = 0; i < got; ++i) {
      const char c = buffer[i];
      if (c == '\n') {
        if (in_number && !in_comment) finish_number();
        in_comment = false;
        have_source = false;
        in_number = false;
        value = 0;
      } else if (in_comment) {
      } else if (c >= '0' && c <= '9') {
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
        in_number = true;
      } else if (c == '#') {
        in_comment = true;
      } else if (in_number) {
        finish_number();
      }
    }
  }
  if (in_number && !in_comment) finish_number();
  const NodeId n = edges.size() == 0 ? 0 : max_id + 1;
  return BuildDigraph(std::move(edges), n, {.duplicates = DuplicatePolicy::kKeepFirst});
}

const Digraph& Graph() {
  static const Digraph graph = [] {
    const char* path = std::getenv("OMBAK_BENCH_EDGELIST");
    return path ? ReadEdgeList(path) : GenerateRmat(14, 16, 42);
  }();
  return graph;
}

const IgraphGraph& IgraphCopy() {
  static const IgraphGraph copy = ToIgraph(Graph());
  return copy;
}

std::vector<NodeId> FixedSources(const Digraph& g) {
  NodeId best = 0;
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    if (g.out_degree(v) > g.out_degree(best)) best = v;
  }
  std::vector<NodeId> sources = {best};
  RandomStream rng(2024, 0);
  while (sources.size() < 4) {
    const auto v = static_cast<NodeId>(rng.Below(g.num_nodes()));
    if (g.out_degree(v) > 0 && v != best) sources.push_back(v);
  }
  return sources;
}

void Describe(benchmark::State& state, double sources) {
  state.counters["nodes"] = Graph().num_nodes();
  state.counters["arcs"] = static_cast<double>(Graph().num_edges());
  state.counters["threads"] = MaxThreads();
  state.counters["s_per_source"] = benchmark::Counter(
      sources, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_Betweenness_Ombak(benchmark::State& state) {
  const Digraph& g = Graph();
  for (auto _ : state) benchmark::DoNotOptimize(Betweenness(g).scores.data());
  Describe(state, g.num_nodes());
  // Searches actually run: sources with one out-arc are carried by their target's search.
  state.counters["searches"] = static_cast<double>(BetweennessSearchCount(g));
}

void BM_Betweenness_Igraph(benchmark::State& state) {
  const IgraphGraph& ig = IgraphCopy();
  for (auto _ : state) {
    IgraphVector result;
    IgraphCheck(igraph_betweenness(ig.get(), result.get(), igraph_vss_all(), true, nullptr),
                "igraph_betweenness");
  }
  Describe(state, Graph().num_nodes());
}

void BM_BetweennessPerSource_Ombak(benchmark::State& state) {
  const Digraph& g = Graph();
  const auto sources = FixedSources(g);
  for (auto _ : state) {
    benchmark::DoNotOptimize(Betweenness(g, {.sources = sources}).scores.data());
  }
  Describe(state, static_cast<double>(sources.size()));
}

void BM_BetweennessPerSource_Igraph(benchmark::State& state) {
  const auto sources = FixedSources(Graph());
  const IgraphGraph& ig = IgraphCopy();
  IgraphIntVector ids(std::vector<igraph_integer_t>(sources.begin(), sources.end()));
  for (auto _ : state) {
    igraph_vs_t source_set;
    igraph_vs_vector(&source_set, ids.get());
    IgraphVector result;
    IgraphCheck(igraph_betweenness_subset(ig.get(), result.get(), igraph_vss_all(), true,
                                          source_set, igraph_vss_all(), nullptr),
                "igraph_betweenness_subset");
  }
  Describe(state, static_cast<double>(sources.size()));
}

void BM_BetweennessApprox_Ombak(benchmark::State& state) {
  const Digraph& g = Graph();
  std::uint64_t samples = 0;
  for (auto _ : state) {
    const auto result = ApproxBetweenness(g, {.epsilon = 0.01, .delta = 0.1, .seed = 1});
    samples = result.num_samples;
  }
  state.counters["samples"] = static_cast<double>(samples);
  Describe(state, static_cast<double>(samples));
}

BENCHMARK(BM_Betweenness_Ombak)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_Betweenness_Igraph)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_BetweennessPerSource_Ombak)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BetweennessPerSource_Igraph)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BetweennessApprox_Ombak)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace ombak

BENCHMARK_MAIN();
