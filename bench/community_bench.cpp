// Benchmarks of the community room against igraph, side by side in one binary so every figure
// is a ratio measured in the same run: Louvain (ours vs igraph_community_multilevel) and Leiden
// (ours vs igraph_community_leiden with the modularity objective: edge weights, node strengths
// as node weights, resolution 1/(2m), beta 0.01, 2 iterations, as our default).
//
// Graphs: "rmat" is the undirected simple view of the edge list named by OMBAK_BENCH_EDGELIST
// ("u v" per line, e.g. /work/benchdata/rmat20.el), or without it a seeded R-MAT graph of scale
// 14 generated here; "lfr" is an LFR graph (mu 0.4) of OMBAK_BENCH_LFR_N nodes (default 10000).
// Counters: modularity of the result (igraph's formula, computed outside the timed region) and
// the number of communities. Ours must reach at least igraph's modularity; the console shows 6
// digits, so compare the "modularity" fields of --benchmark_out=FILE.json for the full value.
//
// Like for like: both Leiden calls optimise the same quality (igraph: unit edge weights, node
// weights = strengths, resolution 1/(2m); ours: modularity, resolution 1), beta = randomness =
// 0.01, 2 iterations; both Louvain calls use resolution 1. Our timings include building our
// working graph (strengths, CSR of doubles) and, for Louvain, the final refinement sweep that
// igraph_community_multilevel does not run; igraph's graph and weight vectors are built once,
// outside the timed region. The graphs are built once per process (the LFR graph of 10^6 nodes
// takes about 10 s to generate).
//
//   OMP_NUM_THREADS=2 OMBAK_BENCH_EDGELIST=/work/benchdata/rmat20.el
//     OMBAK_BENCH_LFR_N=1000000 ./community_bench   (one command line)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "algorithms/community/leiden.hpp"
#include "algorithms/community/lfr.hpp"
#include "algorithms/community/louvain.hpp"
#include "algorithms/community/quality.hpp"
#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/random.hpp"
#include "io/load.hpp"

namespace ombak {
namespace {

struct BenchGraph {
  Digraph graph;
  IgraphGraph igraph;
  std::optional<IgraphVector> weights;
  std::optional<IgraphVector> strengths;
  double total_weight = 0.0;
};

// The undirected simple view of g (arcs in both directions become one edge of weight 1).
Digraph Undirected(const Digraph& g) {
  EdgeList edges;
  edges.sources.reserve(g.num_edges());
  edges.targets.reserve(g.num_edges());
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (NodeId v : g.out_neighbors(u)) edges.Add(u, v);
  }
  return BuildDigraph(std::move(edges), g.num_nodes(),
                      {.duplicates = DuplicatePolicy::kKeepFirst,
                       .self_loops = SelfLoopPolicy::kDrop,
                       .undirected = true});
}

Digraph SmallRmat(int scale, int edge_factor, std::uint64_t seed) {
  RandomStream rng(seed, 0);
  const NodeId n = NodeId{1} << scale;
  EdgeList edges;
  for (std::uint64_t i = 0; i < static_cast<std::uint64_t>(edge_factor) * n; ++i) {
    NodeId u = 0, v = 0;
    for (int bit = 0; bit < scale; ++bit) {
      const double r = rng.Uniform();  // a = 0.57, b = 0.19, c = 0.19, d = 0.05
      u = (u << 1) | (r >= 0.76 ? 1u : 0u);
      v = (v << 1) | ((r >= 0.57 && r < 0.76) || r >= 0.95 ? 1u : 0u);
    }
    edges.Add(u, v);
  }
  return BuildDigraph(std::move(edges), n);
}

std::unique_ptr<BenchGraph> Prepare(Digraph g) {
  auto b = std::make_unique<BenchGraph>();
  b->graph = std::move(g);
  b->igraph = ToIgraph(b->graph);
  const igraph_integer_t m = igraph_ecount(b->igraph.get());
  b->weights.emplace(std::vector<double>(static_cast<std::size_t>(m), 1.0));
  b->strengths.emplace(b->graph.num_nodes());
  IgraphCheck(igraph_strength(b->igraph.get(), b->strengths->get(), igraph_vss_all(), IGRAPH_ALL,
                              IGRAPH_LOOPS, b->weights->get()),
              "igraph_strength");
  b->total_weight = static_cast<double>(m);
  return b;
}

BenchGraph& Graph(int which) {
  static std::unique_ptr<BenchGraph> rmat, lfr;
  if (which == 0) {
    if (!rmat) {
      const char* path = std::getenv("OMBAK_BENCH_EDGELIST");
      if (path != nullptr && *path != '\0') {
        Network net = LoadNetwork(path);
        rmat = Prepare(Undirected(net.layer(Layer::kFollow)));
      } else {
        rmat = Prepare(Undirected(SmallRmat(14, 16, 1)));
      }
    }
    return *rmat;
  }
  if (!lfr) {
    const char* size = std::getenv("OMBAK_BENCH_LFR_N");
    const NodeId n = size != nullptr ? static_cast<NodeId>(std::stoul(size)) : 10000;
    lfr = Prepare(GenerateLfr({.n = n, .mixing = 0.4, .seed = 3}).graph);
  }
  return *lfr;
}

void Report(benchmark::State& state, const Digraph& g, const Partition& p) {
  state.counters["modularity"] = Modularity(g, p);
  state.counters["communities"] = p.count;
  state.counters["nodes"] = g.num_nodes();
  state.counters["edges"] = static_cast<double>(g.num_undirected_edges());
}

Partition FromIgraph(const IgraphIntVector& membership) {
  std::vector<std::uint32_t> labels;
  for (igraph_integer_t c : membership.ToStd()) labels.push_back(static_cast<std::uint32_t>(c));
  return CanonicalPartition(labels);
}

void BM_Louvain_Ombak(benchmark::State& state) {
  BenchGraph& b = Graph(static_cast<int>(state.range(0)));
  CommunityResult r;
  for (auto _ : state) r = Louvain(b.graph, {.seed = 1});
  Report(state, b.graph, r.partition);
}

void BM_Louvain_Igraph(benchmark::State& state) {
  BenchGraph& b = Graph(static_cast<int>(state.range(0)));
  IgraphIntVector membership;
  for (auto _ : state) {
    igraph_rng_seed(igraph_rng_default(), 1);
    IgraphCheck(igraph_community_multilevel(b.igraph.get(), nullptr, 1.0, membership.get(), nullptr,
                                            nullptr),
                "igraph_community_multilevel");
  }
  Report(state, b.graph, FromIgraph(membership));
}

void BM_Leiden_Ombak(benchmark::State& state) {
  BenchGraph& b = Graph(static_cast<int>(state.range(0)));
  CommunityResult r;
  for (auto _ : state) r = Leiden(b.graph, {.seed = 1, .iterations = 2});
  Report(state, b.graph, r.partition);
}

void BM_Leiden_Igraph(benchmark::State& state) {
  BenchGraph& b = Graph(static_cast<int>(state.range(0)));
  IgraphIntVector membership;
  for (auto _ : state) {
    igraph_rng_seed(igraph_rng_default(), 1);
    igraph_integer_t clusters = 0;
    igraph_real_t quality = 0;
    IgraphCheck(igraph_community_leiden(b.igraph.get(), b.weights->get(), b.strengths->get(),
                                        1.0 / (2.0 * b.total_weight), 0.01, false, 2,
                                        membership.get(), &clusters, &quality),
                "igraph_community_leiden");
  }
  Report(state, b.graph, FromIgraph(membership));
}

// Arg 0 = rmat, 1 = lfr.
BENCHMARK(BM_Louvain_Ombak)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Louvain_Igraph)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Leiden_Ombak)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Leiden_Igraph)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace ombak

BENCHMARK_MAIN();
