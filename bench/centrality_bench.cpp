// Benchmarks of the centrality room against igraph, side by side in one binary so every figure
// is a ratio measured in the same run: PageRank (ours vs igraph's PRPACK), coreness (ours vs
// igraph_coreness, mode ALL) and collective influence CI_2.
//
// Input: the edge list named by OMBAK_BENCH_EDGELIST ("u v" per line, e.g.
// /work/benchdata/rmat20.el), read by the small fast reader below; without it a seeded R-MAT
// graph of scale OMBAK_BENCH_SCALE (default 16) generated here, so the binary runs quickly.
// PageRank reports iterations, ms per iteration (setup included), edges/s and GB/s against the
// byte model of one pull sweep: per edge in_sources 4 B + the gathered float entry 4 B; per node
// in_offsets 8 B, out-strength 8 B, its own entry read 4 B, the next entry written 4 B and the
// refinement term read 4 B. BM_PageRank_OmbakSetupAndOneSweep is the same
// call capped at one sweep, so (full - capped) / (iterations - 1) is the time of one sweep.
// BM_PageRank_BareFloatSweep is the yardstick for that figure: one GAP-style pull sweep (float
// contributions, one float accumulator, no convergence bookkeeping) on the same CSR.
//
//   OMP_NUM_THREADS=2 OMBAK_BENCH_EDGELIST=/work/benchdata/rmat20.el ./centrality_bench
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "algorithms/centrality/collective_influence.hpp"
#include "algorithms/centrality/kcore.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

// Reads "u v" lines (extra columns and '#' comments ignored) with one pass over an mmap.
EdgeList ReadEdgeList(const std::string& path, NodeId* num_nodes) {
  const int fd = open(path.c_str(), O_RDONLY);
  if (fd < 0) throw std::runtime_error("cannot open " + path);
  struct stat st {};
  fstat(fd, &st);
  const auto size = static_cast<std::size_t>(st.st_size);
  void* map = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) throw std::runtime_error("cannot map " + path);
  const char* p = static_cast<const char*>(map);
  const char* end = p + size;
  EdgeList edges;
  edges.sources.reserve(size / 14);
  edges.targets.reserve(size / 14);
  NodeId max_id = 0;
  auto skip_line = [&] {
    while (p < end && *p != '\n') ++p;
    if (p < end) ++p;
  };
  auto read_number = [&](NodeId* out) {
    while (p < end && (*p == ' ' || *p == '\t')) ++p;
    if (p >= end || *p < '0' || *p > '9') return false;
    std::uint64_t v = 0;
    while (p < end && *p >= '0' && *p <= '9') v = v * 10 + static_cast<std::uint64_t>(*p++ - '0');
    *out = static_cast<NodeId>(v);
    return true;
  };
  while (p < end) {
    NodeId u = 0, v = 0;
    if (*p == '#' || !read_number(&u) || !read_number(&v)) {
      skip_line();
      continue;
    }
    edges.Add(u, v);
    max_id = std::max({max_id, u, v});
    skip_line();
  }
  munmap(map, size);
  *num_nodes = edges.size() == 0 ? 0 : max_id + 1;
  return edges;
}

// R-MAT (Chakrabarti, Zhan, Faloutsos 2004) with a/b/c = .57/.19/.19, one stream per edge
// block, duplicates and self-loops kept out by the builder policies.
EdgeList SyntheticRmat(int scale, NodeId* num_nodes) {
  const NodeId n = NodeId{1} << scale;
  const std::uint64_t m = 16ULL * n;
  EdgeList edges;
  RandomStream rng(42, 0);
  for (std::uint64_t e = 0; e < m; ++e) {
    NodeId u = 0, v = 0;
    for (int bit = 0; bit < scale; ++bit) {
      const double r = rng.Uniform();
      const NodeId right = r >= 0.57 && r < 0.76 ? 1 : (r >= 0.95 ? 1 : 0);
      const NodeId down = r >= 0.76 ? 1 : 0;
      u = (u << 1) | down;
      v = (v << 1) | right;
    }
    edges.Add(u, v);
  }
  *num_nodes = n;
  return edges;
}

const Digraph& BenchGraph() {
  static const Digraph graph = [] {
    NodeId n = 0;
    const char* path = std::getenv("OMBAK_BENCH_EDGELIST");
    const char* scale = std::getenv("OMBAK_BENCH_SCALE");
    EdgeList edges = path != nullptr ? ReadEdgeList(path, &n)
                                     : SyntheticRmat(scale != nullptr ? std::atoi(scale) : 16, &n);
    BuildOptions options;
    options.duplicates = DuplicatePolicy::kKeepFirst;
    options.self_loops = SelfLoopPolicy::kDrop;
    return BuildDigraph(std::move(edges), n, options);
  }();
  return graph;
}

IgraphGraph& BenchIgraph(bool directed) {
  static IgraphGraph directed_graph = ToIgraph(BenchGraph(), true);
  static IgraphGraph undirected_graph = ToIgraph(BenchGraph(), false);
  return directed ? directed_graph : undirected_graph;
}

void BM_PageRank_Ombak(benchmark::State& state) {
  const Digraph& g = BenchGraph();
  PageRankResult r;
  for (auto _ : state) {
    r = PageRank(g);
    benchmark::DoNotOptimize(r.scores.data());
  }
  const double iterations = static_cast<double>(r.iterations) * state.iterations();
  const double bytes_per_iteration = 28.0 * g.num_nodes() + 8.0 * g.num_edges();
  state.counters["iterations"] = r.iterations;
  state.counters["converged"] = r.converged ? 1 : 0;
  state.counters["ms_per_iteration"] = benchmark::Counter(
      iterations / 1e3, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["edges_per_s"] = benchmark::Counter(
      iterations * static_cast<double>(g.num_edges()), benchmark::Counter::kIsRate);
  state.counters["GB_per_s"] =
      benchmark::Counter(iterations * bytes_per_iteration / 1e9, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PageRank_Ombak)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PageRank_OmbakSetupAndOneSweep(benchmark::State& state) {
  const Digraph& g = BenchGraph();
  for (auto _ : state) {
    benchmark::DoNotOptimize(PageRank(g, {.max_iterations = 1}).scores.data());
  }
}
BENCHMARK(BM_PageRank_OmbakSetupAndOneSweep)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PageRank_BareFloatSweep(benchmark::State& state) {
  const Digraph& g = BenchGraph();
  const NodeId n = g.num_nodes();
  const auto offsets = g.in_offsets();
  const auto sources = g.in_sources();
  std::vector<float> score(n, 1.0f / static_cast<float>(n)), contribution(n), inv_out(n);
  for (NodeId u = 0; u < n; ++u) {
    inv_out[u] = g.out_degree(u) > 0 ? 1.0f / static_cast<float>(g.out_degree(u)) : 0.0f;
  }
  const float base = 0.15f / static_cast<float>(n);
  double change = 0.0;
  for (auto _ : state) {
#pragma omp parallel for schedule(static)
    for (NodeId u = 0; u < n; ++u) contribution[u] = score[u] * inv_out[u];
    change = 0.0;
#pragma omp parallel for schedule(dynamic, 16384) reduction(+ : change)
    for (NodeId v = 0; v < n; ++v) {
      float sum = 0.0f;
      for (std::uint64_t i = offsets[v]; i < offsets[v + 1]; ++i) sum += contribution[sources[i]];
      const float old = score[v];
      score[v] = base + 0.85f * sum;
      change += std::fabs(score[v] - old);
    }
  }
  benchmark::DoNotOptimize(change);
}
BENCHMARK(BM_PageRank_BareFloatSweep)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PageRank_Igraph(benchmark::State& state) {
  IgraphGraph& ig = BenchIgraph(true);
  IgraphVector scores;
  for (auto _ : state) {
    igraph_real_t value = 0;
    IgraphCheck(igraph_pagerank(ig.get(), IGRAPH_PAGERANK_ALGO_PRPACK, scores.get(), &value,
                                igraph_vss_all(), /*directed=*/true, 0.85, nullptr, nullptr),
                "igraph_pagerank");
    benchmark::DoNotOptimize(VECTOR(*scores.get()));
  }
}
BENCHMARK(BM_PageRank_Igraph)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Coreness_Ombak(benchmark::State& state) {
  const Digraph& g = BenchGraph();
  for (auto _ : state) {
    CorenessResult r = Coreness(g);
    benchmark::DoNotOptimize(r.scores.data());
  }
}
BENCHMARK(BM_Coreness_Ombak)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Coreness_Igraph(benchmark::State& state) {
  IgraphGraph& ig = BenchIgraph(true);
  IgraphIntVector cores;
  for (auto _ : state) {
    IgraphCheck(igraph_coreness(ig.get(), cores.get(), IGRAPH_ALL), "igraph_coreness");
    benchmark::DoNotOptimize(VECTOR(*cores.get()));
  }
}
BENCHMARK(BM_Coreness_Igraph)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CollectiveInfluence_Ombak(benchmark::State& state) {
  const Digraph& g = BenchGraph();
  CollectiveInfluenceResult r;
  for (auto _ : state) {
    r = CollectiveInfluence(g, {.radius = 2});
    benchmark::DoNotOptimize(r.removal_order.data());
  }
  state.counters["adaptive_removed"] = static_cast<double>(r.num_adaptive_removed);
  state.counters["dismantling_set"] = static_cast<double>(r.num_removed);
}
BENCHMARK(BM_CollectiveInfluence_Ombak)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace
}  // namespace ombak

BENCHMARK_MAIN();
