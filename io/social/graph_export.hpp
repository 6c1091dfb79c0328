// What the GraphML and GEXF writers put in a file besides the graph itself, and the XML text
// helpers they share.
//
// Design choice: scores and communities computed by the analysis stay outside the Network (they
// belong to one run, not to the data) and are handed to the writers as extra node columns.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/layer.hpp"
#include "graph/network.hpp"

namespace ombak {

struct GraphExportOptions {
  // Layers to write, as edges with a "layer" attribute; empty = every layer present.
  std::vector<Layer> layers;
  // Extra node columns (name, one value per node), e.g. {"pagerank", scores}. NaN = missing.
  std::vector<std::pair<std::string, std::vector<double>>> scores;
  // Community of each node (empty = none), written as the integer node attribute
  // `community_name`.
  std::vector<std::int64_t> communities;
  std::string community_name = "community";
  // Files the run read, which the writer must never overwrite (io/atomic_file.hpp).
  std::vector<std::string> inputs;
};

namespace xml {

// `text` with &, <, >, " and ' escaped and control bytes other than tab/newline dropped (XML 1.0
// cannot carry them).
std::string Escape(std::string_view text);
// True when `text` is a non-empty ASCII XML NMTOKEN ([A-Za-z0-9._:-]+), the type GraphML
// requires of node ids.
bool IsNmtoken(std::string_view text);

// The layers to write (options.layers, or all present), checking they exist. Throws
// InvalidArgument for a layer the network does not have, or scores/communities whose length is
// not the node count.
std::vector<Layer> ExportLayers(const Network& net, const GraphExportOptions& options);

// A real number in the shortest text that reads back to the same double.
std::string RealText(double value);

}  // namespace xml
}  // namespace ombak
