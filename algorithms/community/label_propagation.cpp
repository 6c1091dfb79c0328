// Asynchronous, seeded label propagation (see label_propagation.hpp).
#include "algorithms/community/label_propagation.hpp"

#include <algorithm>
#include <string>

#include "algorithms/community/community_graph.hpp"
#include "algorithms/community/local_moving.hpp"
#include "algorithms/community/quality.hpp"
#include "graph/errors.hpp"
#include "graph/random.hpp"

namespace ombak {

CommunityResult LabelPropagation(const Digraph& g, const LabelPropagationOptions& options) {
  const NodeId n = g.num_nodes();
  if (options.max_sweeps < 1) {
    throw InvalidArgument("max_sweeps must be >= 1, got " + std::to_string(options.max_sweeps));
  }
  if (!options.fixed_labels.empty() && options.fixed_labels.size() != n) {
    throw InvalidArgument("fixed_labels has " + std::to_string(options.fixed_labels.size()) +
                          " entries but the graph has " + std::to_string(n) + " nodes");
  }
  const auto cg = community_detail::BuildCommunityGraph(g, community_detail::Objective::kModularity,
                                                        false, 1.0, options.weighted);
  const bool semi = !options.fixed_labels.empty();
  std::vector<std::uint32_t> label(n), fixed(n, 0);
  std::uint32_t known = 0;
  if (semi) {
    std::vector<std::uint32_t> values = options.fixed_labels;
    for (std::uint32_t& v : values) v = v == kNoLabel ? 0 : v + 1;  // kNoLabel -> 0
    // Compact the known labels to 1..k, keeping order of first appearance.
    std::vector<std::uint32_t> ids = values;
    community_detail::Compact(ids);
    for (NodeId v = 0; v < n; ++v) {
      fixed[v] = options.fixed_labels[v] != kNoLabel;
      label[v] = fixed[v] ? ids[v] : kNoLabel;
    }
    for (NodeId v = 0; v < n; ++v) known = std::max(known, fixed[v] ? ids[v] + 1 : 0);
  } else {
    for (NodeId v = 0; v < n; ++v) label[v] = v;
  }
  const std::size_t label_space = static_cast<std::size_t>(n) + known + 1;
  std::vector<double> weight(label_space, 0.0);
  std::vector<std::uint32_t> touched, best;
  CommunityResult result;
  result.seed = options.seed;
  for (int sweep = 0; sweep < options.max_sweeps; ++sweep) {
    const std::vector<NodeId> order =
        community_detail::RandomOrder(n, options.seed, 2 * static_cast<std::uint64_t>(sweep));
    RandomStream rng(options.seed, 2 * static_cast<std::uint64_t>(sweep) + 1);
    bool changed = false;
    for (NodeId v : order) {
      if (fixed[v]) continue;
      for (std::uint64_t e = cg.offsets[v]; e < cg.offsets[v + 1]; ++e) {
        const std::uint32_t l = label[cg.targets[e]];
        if (l == kNoLabel) continue;
        if (weight[l] == 0.0) touched.push_back(l);
        weight[l] += cg.weights[e];
      }
      double top = 0.0;
      for (std::uint32_t l : touched) top = std::max(top, weight[l]);
      best.clear();
      bool keep = false;
      for (std::uint32_t l : touched) {
        if (weight[l] >= top * (1.0 - 1e-12) && weight[l] > 0.0) {
          best.push_back(l);
          keep = keep || l == label[v];
        }
        weight[l] = 0.0;
      }
      touched.clear();
      if (keep || best.empty()) continue;
      label[v] = best[rng.Below(best.size())];
      changed = true;
    }
    ++result.iterations;
    if (!changed) {
      result.converged = true;
      break;
    }
  }
  // Nodes no known label reached become singletons.
  for (NodeId v = 0; v < n; ++v) {
    if (label[v] == kNoLabel) label[v] = known + v;
  }
  result.partition = CanonicalPartition(label);
  result.quality =
      cg.total > 0.0 ? community_detail::Quality(cg, result.partition.membership) : 0.0;
  return result;
}

}  // namespace ombak
