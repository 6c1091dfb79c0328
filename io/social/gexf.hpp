// GEXF 1.3 (https://gexf.net, the format Gephi opens) writer.
//
// Written: node attributes (NodeTable columns as "long"/"double"/"string", score columns as
// "double", the community as "integer") declared in <attributes class="node">; node labels from
// NodeTable::Label (handle, else label, else id); one <edge> per arc of every exported layer with
// its weight and the edge attribute "layer". When some exported layer has timestamps the graph
// is dynamic (mode="dynamic", timeformat="double", Unix seconds) and each timed edge gets
// start = its earliest interaction, so Gephi's timeline shows when each tie first appeared.
// defaultedgetype is "undirected" when every exported layer is undirected (each edge once).
//
// Usage:
//   GraphExportOptions options;
//   options.scores = {{"pagerank", pr}};
//   options.communities = membership;
//   WriteGexf(net, "influence.gexf", options);
#pragma once

#include <string>

#include "graph/network.hpp"
#include "io/social/graph_export.hpp"

namespace ombak {

// Writes `net` to `path` atomically (temporary file + rename). Throws InvalidArgument for bad
// options or when `path` is one of options.inputs, InputError when the file cannot be written.
// O(n + m).
void WriteGexf(const Network& net, const std::string& path, const GraphExportOptions& options = {});

}  // namespace ombak
