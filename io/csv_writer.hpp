// CSV writers: the node table (with optional score columns) and the arcs of every layer.
//
// Design choice: plain RFC 4180 CSV that spreadsheets, pandas and ombak itself read back:
// fields holding a comma, a quote, a line break or surrounding blanks are double-quoted with ""
// escapes; reals are printed in their shortest exact form (std::to_chars). Arcs use external
// ids, so the file means the same thing without the snapshot. Every writer goes through
// AtomicFile: the output appears complete or not at all, and never replaces an input.
//
// Usage:
//   WriteNodesCsv(net, "nodes.csv", {{"pagerank", scores}});
//   WriteEdgesCsv(net, "edges.csv");
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/network.hpp"

namespace ombak {

// Extra per-node columns (e.g. scores): name and one value per node.
using ScoreColumns = std::vector<std::pair<std::string, std::vector<double>>>;

// `text` as one CSV field (quoted when needed).
std::string CsvField(std::string_view text);
// A real in its shortest round-trip form ("0.1", "3", "1e-07").
std::string FormatReal(double value);

// Columns: id, label (NodeTable::Label), every attribute column except "label", then the score
// columns. Missing values are empty cells. Throws InvalidArgument when a score column does not
// have one value per node or `path` is one of `inputs`; InputError on a write error. O(n).
void WriteNodesCsv(const Network& network, const std::string& path, const ScoreColumns& scores = {},
                   const std::vector<std::string>& inputs = {});

// Columns: source,target,weight[,time],layer with external ids, layers in kAllLayers order,
// arcs in edge-id order. An undirected layer writes each edge once (source <= target in node
// order). The time column appears when some layer has times (empty cell = no time). O(m).
void WriteEdgesCsv(const Network& network, const std::string& path,
                   const std::vector<std::string>& inputs = {});

}  // namespace ombak
