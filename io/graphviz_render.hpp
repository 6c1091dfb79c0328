// Graphviz rendering: the only file of ombak that includes libgvc (DESIGN.md).
//
// The caller decides what to draw (which accounts, colours, sizes); this file only lays the
// drawing out with a Graphviz engine and returns SVG text. Graphviz reports errors through a
// global callback; they are collected and rethrown as BackendError, and every Graphviz object
// is released on every path.
//
// Usage:
//   MapDrawing map;
//   map.nodes.push_back({"@ani", "#1f77b4", 1.0, "ani: PageRank 0.02"});
//   map.edges.push_back({0, 1, 3.0});
//   std::string svg = RenderSvg(map);
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ombak {

struct MapNode {
  std::string label;
  std::string color;    // fill colour, "#rrggbb"
  double size = 1.0;    // relative size in [0.2, 3]: the node's width in inches
  std::string tooltip;  // shown on hover
};

struct MapEdge {
  std::size_t from = 0;  // index into MapDrawing::nodes
  std::size_t to = 0;
  double weight = 1.0;  // drawn as pen width, scaled to [0.3, 3]
};

struct MapDrawing {
  std::vector<MapNode> nodes;
  std::vector<MapEdge> edges;
  bool directed = true;
  // Graphviz layout engine: "sfdp" (large graphs), "fdp", "neato", "dot", "circo".
  std::string engine = "sfdp";
  std::string title;
};

// Lays out and renders the drawing as SVG. Throws InvalidArgument for an edge naming a node
// that does not exist or an unknown engine, BackendError when Graphviz fails.
std::string RenderSvg(const MapDrawing& drawing);

}  // namespace ombak
