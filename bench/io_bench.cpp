// Loading benchmarks: ombak's edge-list reader and snapshot against igraph_read_graph_edgelist.
//
// Input: the edge list named by OMBAK_BENCH_EDGELIST (e.g. /work/benchdata/rmat20.el, "u v"
// per line); without it a seeded random edge list of 2^16 nodes and 500,000 arcs is written to
// a temporary file. Every figure is a ratio measured in one run (docs/PERFORMANCE.md).
// Counters: edges, bytes_per_edge of the loaded Digraph (Digraph::MemoryBytes() / edges) and,
// for igraph, the bytes per edge of its representation (from, to, oi, ii: 4 int64 per edge,
// plus os and is: 2 int64 per node).
//
//   OMBAK_BENCH_EDGELIST=/work/benchdata/rmat20.el OMP_NUM_THREADS=2 ./io_bench
#include <benchmark/benchmark.h>
#include <igraph.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "graph/adapters/igraph_adapter.hpp"
#include "io/load.hpp"
#include "io/snapshot.hpp"

namespace {

using namespace ombak;

// The benchmark's input edge list and its snapshot (written once, removed at exit).
class BenchFiles {
 public:
  BenchFiles() {
    const std::string dir = std::filesystem::temp_directory_path().string() + "/ombak_io_bench." +
                            std::to_string(::getpid());
    std::filesystem::create_directories(dir);
    dir_ = dir;
    if (const char* env = std::getenv("OMBAK_BENCH_EDGELIST"); env != nullptr && *env != '\0') {
      edge_list_ = env;
    } else {
      edge_list_ = dir + "/random.el";
      std::ofstream out(edge_list_);
      std::mt19937_64 rng(42);
      std::uniform_int_distribution<std::uint32_t> node(0, (1u << 16) - 1);
      for (int i = 0; i < 500000; ++i) out << node(rng) << ' ' << node(rng) << '\n';
    }
    snapshot_ = dir + "/graph.ombak";
    WriteSnapshot(LoadNetwork(edge_list_), snapshot_);
  }
  ~BenchFiles() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  const std::string& edge_list() const { return edge_list_; }
  const std::string& snapshot() const { return snapshot_; }

 private:
  std::string dir_, edge_list_, snapshot_;
};

const BenchFiles& Files() {
  static const BenchFiles files;
  return files;
}

void ReportGraph(benchmark::State& state, const Digraph& g) {
  state.counters["edges"] = static_cast<double>(g.num_edges());
  state.counters["bytes_per_edge"] = static_cast<double>(g.MemoryBytes()) /
                                     static_cast<double>(std::max<EdgeId>(1, g.num_edges()));
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations()) *
      static_cast<std::int64_t>(std::filesystem::file_size(Files().edge_list())));
}

void BM_LoadEdgeList_Ombak(benchmark::State& state) {
  const std::string& path = Files().edge_list();
  Network net;
  for (auto _ : state) {
    net = LoadNetwork(path);
    benchmark::DoNotOptimize(net);
  }
  ReportGraph(state, net.layer(Layer::kFollow));
}
BENCHMARK(BM_LoadEdgeList_Ombak)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoadEdgeList_Igraph(benchmark::State& state) {
  InstallIgraphErrorHandler();
  const std::string& path = Files().edge_list();
  igraph_integer_t nodes = 0, edges = 0;
  for (auto _ : state) {
    std::FILE* file = std::fopen(path.c_str(), "r");
    igraph_t g;
    IgraphCheck(igraph_read_graph_edgelist(&g, file, 0, /*directed=*/true),
                "igraph_read_graph_edgelist");
    std::fclose(file);
    nodes = igraph_vcount(&g);
    edges = igraph_ecount(&g);
    igraph_destroy(&g);
  }
  state.counters["edges"] = static_cast<double>(edges);
  state.counters["bytes_per_edge"] =
      (32.0 * static_cast<double>(edges) + 16.0 * static_cast<double>(nodes + 1)) /
      static_cast<double>(std::max<igraph_integer_t>(1, edges));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(std::filesystem::file_size(path)));
}
BENCHMARK(BM_LoadEdgeList_Igraph)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoadSnapshot_Ombak(benchmark::State& state) {
  const std::string& path = Files().snapshot();
  Network net;
  for (auto _ : state) {
    net = ReadSnapshot(path);
    benchmark::DoNotOptimize(net);
  }
  ReportGraph(state, net.layer(Layer::kFollow));
  state.counters["snapshot_bytes"] = static_cast<double>(std::filesystem::file_size(path));
}
BENCHMARK(BM_LoadSnapshot_Ombak)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
