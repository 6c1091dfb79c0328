// GraphML (http://graphml.graphdrawing.org, version 1.0) read and write.
//
// Written: one <graph> holding every exported layer; node attributes from the NodeTable
// columns, the score columns and the community membership, declared by typed <key>s (integer
// columns as "long", reals as "double", text as "string"); each edge carries "layer" (string),
// "weight" (double, when the layer is weighted) and "time" (long Unix seconds, when known).
// Node ids are the external ids when every id is an XML NMTOKEN (GraphML's id type: integers
// and Twitter handles are); otherwise nodes are "n0", "n1", ... and the external id goes in the
// string attribute "external_id", which the reader uses as the id again.
// edgedefault is "undirected" when every exported layer is undirected (each edge written once),
// else "directed" (an undirected layer among directed ones is written as both arcs).
//
// Read: <key>s with attr.name/attr.type become typed columns (int/long/boolean -> integer,
// float/double -> real, string -> text); an edge's "layer" data (any name ParseLayer accepts)
// chooses its layer, Layer::kFollow when absent; "weight" and "time" data are read as such. An
// undirected graph (edgedefault="undirected") builds its layers undirected.
//
// Usage:
//   WriteGraphMl(net, "out.graphml", {.scores = {{"pagerank", pr}}});
//   NetworkBuilder b(IdKind::kString);
//   ReadGraphMl("in.graphml", b);
#pragma once

#include <string>
#include <string_view>

#include "graph/network.hpp"
#include "io/social/graph_export.hpp"

namespace ombak {

// Writes `net` to `path` atomically (temporary file + rename). Throws InvalidArgument for bad
// options or when `path` is one of options.inputs, InputError when the file cannot be written.
// O(n + m).
void WriteGraphMl(const Network& net, const std::string& path,
                  const GraphExportOptions& options = {});

// Reads the first <graph> of a GraphML file (plain or gzip) into `builder`. Throws InputError for
// malformed XML (Expat's message at its line:column), a missing <graphml> root or <graph>, a
// <node> without id, an edge naming an unknown layer, a node id that is not an integer when the
// builder's table is an integer table, a value not of its key's type, or an edge weight outside
// 0..3.4e38 (IsArcWeight); each at the line:column
// of the element concerned (the <data> or <default> holding a bad value, else the <node>/<edge>).
// O(file size): Expat streams the text once, keeping the keys, nodes and edges of the first
// <graph> (with their positions); nodes are then added in document order, then edges.
void ReadGraphMl(const std::string& path, NetworkBuilder& builder);

// The same over text held in memory (already inflated); `path` names it in messages.
void ReadGraphMlText(const std::string& path, std::string_view text, NetworkBuilder& builder);

}  // namespace ombak
