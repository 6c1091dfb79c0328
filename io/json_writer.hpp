// JSON writer of the node table, for notebooks and web pages.
//
// Design choice: an array with one object per node, in node order: "id" (a number for integer
// ids, a string otherwise), "label", every attribute column except "label" (null when missing)
// and the optional score columns. nlohmann::json does the escaping; keys keep column order.
//
// Usage:
//   WriteNodesJson(net, "nodes.json", {{"pagerank", scores}});
#pragma once

#include <string>
#include <vector>

#include "graph/network.hpp"
#include "io/csv_writer.hpp"

namespace ombak {

// Throws InvalidArgument when a score column does not have one value per node or `path` is one
// of `inputs`; InputError on a write error. Written atomically. O(n).
void WriteNodesJson(const Network& network, const std::string& path,
                    const ScoreColumns& scores = {}, const std::vector<std::string>& inputs = {});

}  // namespace ombak
