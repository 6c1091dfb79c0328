// Shared parameter checks of the centrality room (see centrality_checks.hpp).
#include "algorithms/centrality/centrality_checks.hpp"

#include <cmath>
#include <sstream>

#include "graph/errors.hpp"

namespace ombak::centrality_internal {

std::string FormatNumber(double value) {
  std::ostringstream out;
  out.precision(10);
  out << value;
  return out.str();
}

void CheckNonnegativeWeights(const Digraph& g) {
  const auto weights = g.weights();
  for (std::size_t e = 0; e < weights.size(); ++e) {
    if (!(std::isfinite(weights[e]) && weights[e] >= 0)) {
      throw InvalidArgument("edge weights must be finite and nonnegative, got " +
                            FormatNumber(weights[e]) + " on edge " + std::to_string(e));
    }
  }
}

void CheckNodes(const std::vector<NodeId>& nodes, NodeId num_nodes, const char* name) {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i] >= num_nodes) {
      throw InvalidArgument(std::string(name) + "[" + std::to_string(i) +
                            "] = " + std::to_string(nodes[i]) + " is not a node (the graph has " +
                            std::to_string(num_nodes) + " nodes)");
    }
  }
}

}  // namespace ombak::centrality_internal
