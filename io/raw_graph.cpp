#include "io/raw_graph.hpp"

#include <charconv>

namespace ombak {

void RawIds::Reserve(std::size_t n) {
  if (integer_) {
    ints_.reserve(n);
  } else {
    offsets_.reserve(n + 1);
  }
}

void RawIds::MakeText() {
  integer_ = false;
  ints_.clear();
  ints_.shrink_to_fit();
}

void RawIds::Append(const RawIds& other) {
  if (integer_) {
    ints_.insert(ints_.end(), other.ints_.begin(), other.ints_.end());
    return;
  }
  const std::uint64_t base = bytes_.size();
  bytes_ += other.bytes_;
  offsets_.reserve(offsets_.size() + other.offsets_.size() - 1);
  for (std::size_t i = 1; i < other.offsets_.size(); ++i) {
    offsets_.push_back(base + other.offsets_[i]);
  }
}

void RawIds::ConvertToText() {
  if (!integer_) return;
  std::vector<std::int64_t> ints = std::move(ints_);
  MakeText();
  offsets_.reserve(ints.size() + 1);
  for (const std::int64_t id : ints) AddText(std::to_string(id));
}

namespace {

// The id as an int64 when it is one written in decimal.
std::optional<std::int64_t> DecimalId(std::string_view id) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), value);
  if (error != std::errc() || end != id.data() + id.size() || id.empty()) return std::nullopt;
  return value;
}

}  // namespace

RawFile RawFileFromBuilder(std::string path, NetworkBuilder builder, bool integer_ids) {
  RawFile raw;
  raw.path = std::move(path);
  NodeTable& nodes = builder.nodes();
  const NodeId n = nodes.size();
  raw.node_ids.Reserve(n);
  if (nodes.id_kind() == IdKind::kInteger) {
    for (NodeId v = 0; v < n; ++v) raw.node_ids.AddInt(nodes.integer_id(v));
  } else {
    bool all_integer = integer_ids;
    for (NodeId v = 0; v < n && all_integer; ++v) {
      all_integer = DecimalId(nodes.string_id(v)).has_value();
    }
    if (all_integer) {
      for (NodeId v = 0; v < n; ++v) raw.node_ids.AddInt(*DecimalId(nodes.string_id(v)));
    } else {
      raw.node_ids.MakeText();
      raw.node_ids.Reserve(n);
      for (NodeId v = 0; v < n; ++v) raw.node_ids.AddText(nodes.string_id(v));
    }
  }
  raw.node_columns = nodes.columns();
  raw.has_edges = false;
  for (const Layer layer : kAllLayers) {
    if (!builder.declared(layer)) continue;
    raw.has_edges = true;
    raw.undirected = raw.undirected || builder.build_options(layer).undirected;
    raw.local_arcs[static_cast<int>(layer)] = std::move(builder.arcs(layer));
  }
  raw.local_events = std::move(builder.events());
  return raw;
}

}  // namespace ombak
