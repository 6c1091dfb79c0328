#include "graph/network.hpp"

#include <string>

#include "graph/errors.hpp"

namespace ombak {

Network::Network(NodeTable nodes, std::array<std::optional<Digraph>, kNumLayers> layers,
                 EventLog events)
    : nodes_(std::move(nodes)), layers_(std::move(layers)), events_(std::move(events)) {
  for (const Layer layer : kAllLayers) {
    const auto& g = layers_[static_cast<int>(layer)];
    if (g && g->num_nodes() != nodes_.size()) {
      throw InvalidArgument("Network: layer " + std::string(LayerName(layer)) + " has " +
                            std::to_string(g->num_nodes()) + " nodes, the node table " +
                            std::to_string(nodes_.size()));
    }
  }
}

const Digraph& Network::layer(Layer layer) const {
  const auto& g = layers_[static_cast<int>(layer)];
  if (!g) {
    throw InvalidArgument("the network has no " + std::string(LayerName(layer)) + " layer");
  }
  return *g;
}

std::vector<Layer> Network::present_layers() const {
  std::vector<Layer> out;
  for (const Layer layer : kAllLayers) {
    if (has_layer(layer)) out.push_back(layer);
  }
  return out;
}

BuildOptions DefaultBuildOptions(Layer layer) {
  BuildOptions options;
  options.duplicates =
      layer == Layer::kFollow ? DuplicatePolicy::kKeepFirst : DuplicatePolicy::kSum;
  return options;
}

EdgeList& NetworkBuilder::arcs(Layer layer) {
  declared_[static_cast<int>(layer)] = true;
  return arcs_[static_cast<int>(layer)];
}

void NetworkBuilder::SetMappedArcs(Layer layer, const MappedArcs& arcs) {
  if (this->arcs(layer).size() > 0) {
    throw InvalidArgument("NetworkBuilder::SetMappedArcs: layer " + std::string(LayerName(layer)) +
                          " already holds arcs");
  }
  mapped_[static_cast<int>(layer)] = arcs;
}

void NetworkBuilder::SetBuildOptions(Layer layer, const BuildOptions& options) {
  options_[static_cast<int>(layer)] = options;
}

Network NetworkBuilder::Build(std::array<BuildStats, kNumLayers>* stats) && {
  std::array<std::optional<Digraph>, kNumLayers> layers;
  const NodeId n = nodes_.size();
  for (const Layer layer : kAllLayers) {
    const int i = static_cast<int>(layer);
    if (!declared_[i]) continue;
    BuildStats layer_stats;
    if (mapped_[i]) {
      layers[i] = BuildDigraph(*mapped_[i], n, options_[i], &layer_stats);
    } else {
      layers[i] = BuildDigraph(std::move(arcs_[i]), n, options_[i], &layer_stats);
    }
    if (stats != nullptr) (*stats)[i] = layer_stats;
  }
  nodes_.FitColumns();
  return Network(std::move(nodes_), std::move(layers), std::move(events_));
}

}  // namespace ombak
