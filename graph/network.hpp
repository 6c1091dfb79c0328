// Network: the multiplex model — one NodeTable shared by up to six layers, plus the event log.
//
// A Network is immutable once built; NetworkBuilder collects nodes, arcs and events from any
// number of files and then builds every layer over the final node count, so a layer never has
// fewer nodes than the table.
//
// Usage:
//   NetworkBuilder b(IdKind::kString);
//   b.AddArc(Layer::kRetweet, b.nodes().Intern("ani"), b.nodes().Intern("budi"));
//   Network net = std::move(b).Build();
//   const Digraph& rt = net.layer(Layer::kRetweet);
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "graph/builder.hpp"
#include "graph/digraph.hpp"
#include "graph/event_log.hpp"
#include "graph/layer.hpp"
#include "graph/node_table.hpp"

namespace ombak {

class Network {
 public:
  Network() = default;
  Network(Network&&) noexcept = default;
  Network& operator=(Network&&) noexcept = default;

  // Throws InvalidArgument if a layer's node count differs from the table's.
  Network(NodeTable nodes, std::array<std::optional<Digraph>, kNumLayers> layers,
          EventLog events = {});

  const NodeTable& nodes() const { return nodes_; }
  NodeId num_nodes() const { return nodes_.size(); }
  bool has_layer(Layer layer) const { return layers_[static_cast<int>(layer)].has_value(); }
  // Throws InvalidArgument when the network has no such layer.
  const Digraph& layer(Layer layer) const;
  // The layers present, in the order of kAllLayers.
  std::vector<Layer> present_layers() const;
  const EventLog& events() const { return events_; }

  // Scores and communities computed later become attribute columns here (for writers).
  NodeTable& mutable_nodes() { return nodes_; }

 private:
  NodeTable nodes_;
  std::array<std::optional<Digraph>, kNumLayers> layers_;
  EventLog events_;
};

// The duplicate policy each layer gets unless the caller says otherwise: follow edges are a
// relation (a repeated row is noise, keep the first), interactions are counts (sum them).
BuildOptions DefaultBuildOptions(Layer layer);

class NetworkBuilder {
 public:
  explicit NetworkBuilder(IdKind kind = IdKind::kInteger) : nodes_(kind) {}
  explicit NetworkBuilder(NodeTable nodes) : nodes_(std::move(nodes)) {}

  NodeTable& nodes() { return nodes_; }
  EventLog& events() { return events_; }
  // The arcs collected for a layer so far; touching a layer declares it present even when it
  // stays empty (a file with no rows still names its layer).
  EdgeList& arcs(Layer layer);
  bool declared(Layer layer) const { return declared_[static_cast<int>(layer)]; }
  void AddArc(Layer layer, NodeId source, NodeId target) { arcs(layer).Add(source, target); }
  void AddArc(Layer layer, NodeId source, NodeId target, Weight weight, Timestamp time = kNoTime) {
    arcs(layer).Add(source, target, weight, time);
  }
  // Gives a layer's arcs through an id map (graph/builder.hpp) instead of arcs(layer), for a
  // loader that keeps external integer ids; declares the layer. The spans must outlive
  // Build(). Throws InvalidArgument when arcs(layer) already holds arcs.
  void SetMappedArcs(Layer layer, const MappedArcs& arcs);
  void SetBuildOptions(Layer layer, const BuildOptions& options);
  const BuildOptions& build_options(Layer layer) const { return options_[static_cast<int>(layer)]; }

  // Builds every declared layer; `stats`, if given, receives what each builder merged.
  Network Build(std::array<BuildStats, kNumLayers>* stats = nullptr) &&;

 private:
  NodeTable nodes_;
  std::array<EdgeList, kNumLayers> arcs_;
  std::array<std::optional<MappedArcs>, kNumLayers> mapped_;
  std::array<bool, kNumLayers> declared_{};
  std::array<BuildOptions, kNumLayers> options_ = {
      DefaultBuildOptions(Layer::kFollow),  DefaultBuildOptions(Layer::kRetweet),
      DefaultBuildOptions(Layer::kQuote),   DefaultBuildOptions(Layer::kReply),
      DefaultBuildOptions(Layer::kMention), DefaultBuildOptions(Layer::kInteraction)};
  EventLog events_;
};

}  // namespace ombak
