// Reproduces Fig. 1 of Watts, "A simple model of global cascades on random networks" (PNAS
// 2002): on Erdős–Rényi graphs of n = 10,000 accounts where everyone adopts once a fraction
// φ = 0.18 of their neighbours has, a single random initiator triggers a GLOBAL cascade only
// for mean degree z inside the cascade window (about 1 < z < 6). Below it the network is in
// pieces; above it too few accounts are "vulnerable" (degree <= 1/φ) to carry the cascade.
//
// Prints, for each z, the fraction of runs that reached at least 10% of the network and the
// mean size of those global cascades (as a fraction of n), like the two curves of the figure.
//
//   ./example_watts_cascade_window [runs per z, default 500]
#include <cstdio>
#include <cstdlib>
#include <string>

#include "algorithms/diffusion/threshold_models.hpp"
#include "graph/generators.hpp"

int main(int argc, char** argv) {
  using namespace ombak;
  const NodeId n = 10000;
  const std::uint64_t runs = argc > 1 ? std::stoull(argv[1]) : 500;
  ThresholdOptions watts;
  watts.rule = ThresholdRule::kFraction;
  watts.threshold = 0.18;
  std::printf("%6s %18s %22s\n", "z", "P(global cascade)", "mean global size / n");
  for (double z : {0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 5.5, 6.0, 6.5, 7.0, 8.0, 10.0}) {
    GeneratorOptions undirected;
    undirected.undirected = true;
    const Digraph g =
        GenerateGnp(n, z / (n - 1), 2002 + static_cast<std::uint64_t>(z * 10), undirected);
    MonteCarloOptions mc;
    mc.runs = runs;
    mc.random_seeds = 1;
    mc.seed = 7;
    const MonteCarloResult r = SimulateThreshold(g, {}, watts, mc);
    std::uint64_t global = 0;
    double size = 0;
    for (std::uint32_t s : r.run_spreads) {
      if (s >= n / 10) {
        ++global;
        size += static_cast<double>(s) / n;
      }
    }
    std::printf("%6.1f %18.3f %22.3f\n", z, static_cast<double>(global) / r.runs,
                global ? size / global : 0.0);
  }
  return 0;
}
