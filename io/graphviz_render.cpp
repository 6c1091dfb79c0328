#include "io/graphviz_render.hpp"

#include <gvc.h>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <string>

#include "graph/errors.hpp"

// The layout and SVG plugins are linked in and registered explicitly instead of being loaded
// from Graphviz's plugin directory: the pango text plugin that demand loading would pick up
// reads freed memory under AddressSanitizer, and without it text is measured by Graphviz's
// built-in font metrics, so the same input gives the same SVG on every machine.
extern "C" {
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}

namespace ombak {
namespace {

lt_symlist_t kBuiltinPlugins[] = {
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {nullptr, nullptr},
};

// Graphviz keeps global state (error callback, plugin registry): one rendering at a time.
std::mutex graphviz_mutex;
std::string graphviz_errors;

int CollectError(char* message) {
  graphviz_errors += message;
  return 0;
}

// Graphviz 2.42's API takes char* for strings it only reads.
void Set(void* object, const char* name, const std::string& value) {
  static char empty[] = "";
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), empty);
}

std::string Number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", value);
  return buf;
}

// Owns the Graphviz context, graph and layout; frees them in the right order.
class GraphvizSession {
 public:
  GraphvizSession() : context_(gvContextPlugins(kBuiltinPlugins, 0)) {}
  ~GraphvizSession() {
    if (graph_ != nullptr) {
      if (laid_out_) gvFreeLayout(context_, graph_);
      agclose(graph_);
    }
    if (context_ != nullptr) gvFreeContext(context_);
  }
  GraphvizSession(const GraphvizSession&) = delete;
  GraphvizSession& operator=(const GraphvizSession&) = delete;

  GVC_t* context() { return context_; }
  Agraph_t* Open(bool directed) {
    graph_ = agopen(const_cast<char*>("map"), directed ? Agdirected : Agundirected, nullptr);
    return graph_;
  }
  void MarkLaidOut() { laid_out_ = true; }

 private:
  GVC_t* context_;
  Agraph_t* graph_ = nullptr;
  bool laid_out_ = false;
};

}  // namespace

std::string RenderSvg(const MapDrawing& drawing) {
  static const std::string kEngines[] = {"sfdp", "fdp", "neato", "dot", "circo"};
  if (std::find(std::begin(kEngines), std::end(kEngines), drawing.engine) == std::end(kEngines)) {
    throw InvalidArgument("map engine must be one of sfdp, fdp, neato, dot, circo; got '" +
                          drawing.engine + "'");
  }
  for (const MapEdge& edge : drawing.edges) {
    if (edge.from >= drawing.nodes.size() || edge.to >= drawing.nodes.size()) {
      throw InvalidArgument("map edge names node " + std::to_string(std::max(edge.from, edge.to)) +
                            " of " + std::to_string(drawing.nodes.size()));
    }
  }
  std::lock_guard<std::mutex> lock(graphviz_mutex);
  graphviz_errors.clear();
  agseterrf(CollectError);
  agseterr(AGERR);
  GraphvizSession session;
  if (session.context() == nullptr) throw BackendError("Graphviz: cannot create a context");
  Agraph_t* graph = session.Open(drawing.directed);
  Set(graph, "outputorder", "edgesfirst");
  Set(graph, "overlap", "prism");
  Set(graph, "splines", "false");
  Set(graph, "bgcolor", "transparent");
  if (!drawing.title.empty()) {
    Set(graph, "label", drawing.title);
    Set(graph, "labelloc", "t");
  }
  std::vector<Agnode_t*> nodes;
  nodes.reserve(drawing.nodes.size());
  for (std::size_t i = 0; i < drawing.nodes.size(); ++i) {
    const MapNode& spec = drawing.nodes[i];
    std::string name = std::to_string(i);
    name.insert(name.begin(), 'n');  // not "n" + ...: GCC 12 warns falsely (-Wrestrict) on that
    Agnode_t* node = agnode(graph, name.data(), 1);
    const double size = std::clamp(spec.size, 0.2, 3.0);
    Set(node, "shape", "circle");
    Set(node, "style", "filled");
    Set(node, "fixedsize", "true");
    Set(node, "width", Number(size));
    Set(node, "fontsize", Number(8 + 4 * size));
    Set(node, "fontname", "Helvetica");
    Set(node, "fillcolor", spec.color.empty() ? "#cccccc" : spec.color);
    Set(node, "color", "#333333");
    Set(node, "penwidth", "0.5");
    Set(node, "label", spec.label);
    Set(node, "tooltip", spec.tooltip.empty() ? spec.label : spec.tooltip);
    nodes.push_back(node);
  }
  double max_weight = 0;
  for (const MapEdge& edge : drawing.edges) max_weight = std::max(max_weight, edge.weight);
  for (const MapEdge& edge : drawing.edges) {
    Agedge_t* arc = agedge(graph, nodes[edge.from], nodes[edge.to], nullptr, 1);
    const double scaled = max_weight > 0 ? 0.3 + 2.7 * edge.weight / max_weight : 1.0;
    Set(arc, "penwidth", Number(scaled));
    Set(arc, "color", "#88888880");
    Set(arc, "arrowsize", "0.4");
  }
  if (gvLayout(session.context(), graph, drawing.engine.c_str()) != 0) {
    throw BackendError("Graphviz layout '" + drawing.engine + "' failed: " + graphviz_errors);
  }
  session.MarkLaidOut();
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(session.context(), graph, "svg", &data, &length) != 0 || data == nullptr) {
    throw BackendError("Graphviz SVG rendering failed: " + graphviz_errors);
  }
  std::string svg(data, length);
  gvFreeRenderData(data);
  return svg;
}

}  // namespace ombak
