#include "io/dot_writer.hpp"

#include "io/atomic_file.hpp"
#include "io/csv_writer.hpp"

namespace ombak {

std::string DotQuote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  out += '"';
  return out;
}

void WriteDot(const Network& network, const std::string& path,
              const std::vector<std::string>& inputs) {
  const NodeTable& nodes = network.nodes();
  const std::vector<Layer> layers = network.present_layers();
  bool all_undirected = !layers.empty();
  for (const Layer layer : layers)
    all_undirected = all_undirected && network.layer(layer).undirected();
  AtomicFile out(path, inputs);
  out.Write(all_undirected ? "graph ombak {\n" : "digraph ombak {\n");
  for (NodeId v = 0; v < nodes.size(); ++v) {
    out.Write("  n" + std::to_string(v) + " [id=" + DotQuote(nodes.ExternalId(v)) +
              ", label=" + DotQuote(nodes.Label(v)) + "];\n");
  }
  const std::string arrow = all_undirected ? " -- " : " -> ";
  for (const Layer layer : layers) {
    const Digraph& g = network.layer(layer);
    const std::string attributes = ", layer=\"" + std::string(LayerName(layer)) + "\"" +
                                   (g.undirected() && !all_undirected ? ", dir=none" : "") + "];\n";
    for (NodeId u = 0; u < g.num_nodes(); ++u) {
      const auto targets = g.out_neighbors(u);
      for (std::size_t i = 0; i < targets.size(); ++i) {
        if (g.undirected() && targets[i] < u) continue;
        out.Write("  n" + std::to_string(u) + arrow + "n" + std::to_string(targets[i]) +
                  " [weight=" + FormatReal(g.weight(g.out_edge_begin(u) + i)) + attributes);
      }
    }
  }
  out.Write("}\n");
  out.Commit();
}

}  // namespace ombak
