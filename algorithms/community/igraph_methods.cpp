// Infomap, fast greedy and walktrap through igraph (see igraph_methods.hpp).
#include "algorithms/community/igraph_methods.hpp"

#include <string>
#include <vector>

#include "algorithms/community/community_graph.hpp"
#include "algorithms/community/quality.hpp"
#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

Partition FromIgraph(const IgraphIntVector& membership) {
  std::vector<std::uint32_t> labels;
  for (igraph_integer_t c : membership.ToStd()) labels.push_back(static_cast<std::uint32_t>(c));
  return CanonicalPartition(labels);
}

// The simple undirected view of g as an igraph graph plus edge weights.
struct SimpleGraph {
  IgraphGraph graph;
  std::vector<double> weights;
};

SimpleGraph SimpleUndirected(const Digraph& g, bool weighted) {
  const auto cg = community_detail::BuildCommunityGraph(g, community_detail::Objective::kModularity,
                                                        false, 1.0, weighted);
  EdgeList edges;
  std::vector<double> weights;
  for (NodeId u = 0; u < cg.n; ++u) {
    for (std::uint64_t e = cg.offsets[u]; e < cg.offsets[u + 1]; ++e) {
      if (u < cg.targets[e]) {
        edges.Add(u, cg.targets[e]);
        weights.push_back(cg.weights[e]);
      }
    }
  }
  // Arcs u->v in input order are kept as they are (sorted rows, no duplicates left).
  const Digraph simple = BuildDigraph(std::move(edges), g.num_nodes());
  SimpleGraph out{ToIgraph(simple, false), {}};
  out.weights.resize(weights.size());
  // ToIgraph lists edges in Digraph edge-id order, which is the (u, v) order built above.
  const auto& ids = out.graph.edge_ids();
  for (std::size_t i = 0; i < ids.size(); ++i) out.weights[i] = weights[ids[i]];
  return out;
}

CommunityResult Finish(const Digraph& g, const IgraphIntVector& membership, int merges) {
  CommunityResult r;
  r.partition = FromIgraph(membership);
  r.quality = Modularity(g, r.partition, {.directed = false});
  r.levels = merges;
  r.converged = true;
  return r;
}

}  // namespace

CommunityResult Infomap(const Digraph& g, const InfomapOptions& options) {
  if (options.trials < 1) {
    throw InvalidArgument("trials must be >= 1, got " + std::to_string(options.trials));
  }
  InstallIgraphErrorHandler();
  IgraphGraph ig = ToIgraph(g);
  IgraphVector weights = IgraphWeights(g, ig);
  IgraphIntVector membership;
  igraph_real_t codelength = 0;
  igraph_rng_seed(igraph_rng_default(), static_cast<igraph_uint_t>(options.seed));
  IgraphCheck(igraph_community_infomap(
                  ig.get(), options.weighted && g.has_weights() ? weights.get() : nullptr, nullptr,
                  options.trials, membership.get(), &codelength),
              "igraph_community_infomap");
  CommunityResult r;
  r.partition = FromIgraph(membership);
  r.quality = codelength;
  r.iterations = options.trials;
  r.converged = true;
  r.seed = options.seed;
  return r;
}

CommunityResult FastGreedy(const Digraph& g, const AgglomerativeOptions& options) {
  InstallIgraphErrorHandler();
  SimpleGraph s = SimpleUndirected(g, options.weighted);
  IgraphVector weights(s.weights);
  IgraphIntVector membership;
  igraph_matrix_int_t merges;
  IgraphCheck(igraph_matrix_int_init(&merges, 0, 0), "igraph_matrix_int_init");
  IgraphVector modularity;
  const igraph_error_t code = igraph_community_fastgreedy(s.graph.get(), weights.get(), &merges,
                                                          modularity.get(), membership.get());
  const auto count = static_cast<int>(igraph_matrix_int_nrow(&merges));
  igraph_matrix_int_destroy(&merges);
  IgraphCheck(code, "igraph_community_fastgreedy");
  return Finish(g, membership, count);
}

CommunityResult Walktrap(const Digraph& g, const AgglomerativeOptions& options) {
  if (options.walktrap_steps < 1) {
    throw InvalidArgument("walktrap_steps must be >= 1, got " +
                          std::to_string(options.walktrap_steps));
  }
  InstallIgraphErrorHandler();
  SimpleGraph s = SimpleUndirected(g, options.weighted);
  IgraphVector weights(s.weights);
  IgraphIntVector membership;
  igraph_matrix_int_t merges;
  IgraphCheck(igraph_matrix_int_init(&merges, 0, 0), "igraph_matrix_int_init");
  IgraphVector modularity;  // igraph computes the cut only when it may record modularity
  const igraph_error_t code =
      igraph_community_walktrap(s.graph.get(), weights.get(), options.walktrap_steps, &merges,
                                modularity.get(), membership.get());
  const auto count = static_cast<int>(igraph_matrix_int_nrow(&merges));
  igraph_matrix_int_destroy(&merges);
  IgraphCheck(code, "igraph_community_walktrap");
  return Finish(g, membership, count);
}

}  // namespace ombak
