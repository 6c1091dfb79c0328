// RawFile: what a reader extracts from one input file, before node ids are assigned.
//
// Design choice: readers do not touch the shared NodeTable. Each returns its external ids as
// integers (the fast path: SNAP and Twitter ids) or as text, plus per-row weights, times and
// layers and per-node attribute columns. Once every file is read, AssembleNetwork decides the
// id kind of the whole network (integers only if every id of every file is an integer), assigns
// dense node ids in one pass and builds the layers. So readers can run in parallel internally
// and adding a format means writing one function that fills a RawFile. Readers that number
// their accounts themselves (io/social: tweet archives, activity logs, GraphML, Pajek fill a
// NetworkBuilder) hand over that builder's content instead: arcs and events whose endpoints
// index node_ids (RawFileFromBuilder), so only the node ids are mapped again.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/builder.hpp"
#include "graph/event_log.hpp"
#include "graph/layer.hpp"
#include "graph/network.hpp"
#include "graph/node_table.hpp"
#include "graph/types.hpp"

namespace ombak {

// A column of external ids, all integers or all text.
class RawIds {
 public:
  bool integer() const { return integer_; }
  std::size_t size() const { return integer_ ? ints_.size() : offsets_.size() - 1; }
  void Reserve(std::size_t n);

  // Integer ids; only while integer().
  void AddInt(std::int64_t id) { ints_.push_back(id); }
  std::vector<std::int64_t>& ints() { return ints_; }
  const std::vector<std::int64_t>& ints() const { return ints_; }

  // Switches an empty column to text ids.
  void MakeText();
  void AddText(std::string_view id) {
    bytes_.append(id);
    offsets_.push_back(bytes_.size());
  }
  std::string_view text(std::size_t i) const {
    return std::string_view(bytes_).substr(offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  // The id as text, also for integer columns (decimal).
  std::string TextAt(std::size_t i) const {
    return integer_ ? std::to_string(ints_[i]) : std::string(text(i));
  }
  // Appends another column of the same kind.
  void Append(const RawIds& other);
  // Converts integer ids to their decimal text.
  void ConvertToText();

 private:
  bool integer_ = true;
  std::vector<std::int64_t> ints_;
  std::string bytes_;
  std::vector<std::uint64_t> offsets_{0};
};

struct RawFile {
  std::string path;
  // Arcs, one per row, in file order: sources[i] -> targets[i].
  RawIds sources;
  RawIds targets;
  std::vector<Weight> weights;   // empty = unweighted
  std::vector<Timestamp> times;  // empty = untimed; kNoTime for a row without a time
  std::vector<Layer> layers;     // empty = every row in `layer`
  Layer layer = Layer::kFollow;
  bool undirected = false;  // e.g. a GML file with `directed 0`
  bool has_edges = true;    // false for node tables: they declare no layer
  // Nodes the file declares (GML nodes, rows of a node-attribute table), in file order, and
  // their attributes: row i of each column belongs to node_ids[i].
  RawIds node_ids;
  std::vector<AttributeColumn> node_columns;
  // Rows skipped under LoadOptions::max_bad_lines, as "path:line:column: message".
  std::vector<std::string> skipped;
  std::size_t skipped_count = 0;
  // Anything else the reader wants the user to know (e.g. tweets whose referenced tweet was
  // missing from the payload), one message each, already prefixed with the path.
  std::vector<std::string> warnings;
  std::size_t missing_references = 0;

  // Local mode (RawFileFromBuilder): per layer, the arcs with endpoints that are indices into
  // node_ids; a layer present here is declared even when it has no arc. Events likewise.
  // sources/targets/weights/times/layers stay empty in this mode.
  std::array<std::optional<EdgeList>, kNumLayers> local_arcs;
  EventLog local_events;
  bool local() const {
    for (const auto& arcs : local_arcs) {
      if (arcs) return true;
    }
    return !local_events.empty();
  }
};

// Moves a builder's nodes, attribute columns, arcs and events into a RawFile in local mode.
// `undirected` is set when some declared layer is built undirected. With `integer_ids`, a string
// table whose every id is a decimal int64 is handed over as integer ids (so that it joins
// integer files); an integer table always is. O(nodes + arcs).
RawFile RawFileFromBuilder(std::string path, NetworkBuilder builder, bool integer_ids);

}  // namespace ombak
