// The community map of the report: the leading accounts laid out by Graphviz, coloured by
// community and sized by influence, with the attention arcs among them.
//
// Design choice: a map of a whole Twitter-sized graph is unreadable, so only the `accounts`
// leading accounts of the first ranking are drawn, with at most four arcs per account kept
// (the heaviest), and communities beyond the ten largest share one grey.
#pragma once

#include <string>

#include "graph/node_table.hpp"
#include "report/analysis.hpp"

namespace ombak {

struct MapResult {
  std::string svg;
  std::size_t accounts = 0;
};

// The palette of community c (ten colours, then grey), as "#rrggbb".
std::string CommunityColor(std::uint32_t rank_of_community);

MapResult DrawCommunityMap(const NodeTable& nodes, const Digraph& g, const AnalysisResult& result,
                           std::size_t accounts);

}  // namespace ombak
