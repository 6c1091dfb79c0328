#include "io/social/gexf.hpp"

#include <chrono>
#include <cmath>
#include <ctime>

#include "io/atomic_file.hpp"

namespace ombak {
namespace {

std::string_view GexfType(AttributeType type) {
  switch (type) {
    case AttributeType::kInteger:
      return "long";
    case AttributeType::kReal:
      return "double";
    case AttributeType::kText:
      return "string";
  }
  return "string";
}

std::string Today() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[16];
  std::strftime(text, sizeof(text), "%Y-%m-%d", &utc);
  return text;
}

}  // namespace

void WriteGexf(const Network& net, const std::string& path, const GraphExportOptions& options) {
  const std::vector<Layer> layers = xml::ExportLayers(net, options);
  const NodeTable& nodes = net.nodes();
  const NodeId n = net.num_nodes();
  bool undirected = !layers.empty();
  bool timed = false;
  for (const Layer layer : layers) {
    undirected = undirected && net.layer(layer).undirected();
    timed = timed || net.layer(layer).has_times();
  }

  AtomicFile file(path, options.inputs);
  std::string out;
  const auto flush = [&] {
    if (out.size() > (1u << 20)) {
      file.Write(out);
      out.clear();
    }
  };
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
      "version=\"1.3\">\n";
  out += "  <meta lastmodifieddate=\"" + Today() + "\"><creator>ombak</creator></meta>\n";
  out += std::string("  <graph defaultedgetype=\"") + (undirected ? "undirected" : "directed") +
         "\" mode=\"" + (timed ? "dynamic\" timeformat=\"double\"" : "static\"") + ">\n";
  out += "    <attributes class=\"node\">\n";
  int attribute = 0;
  const auto declare = [&](std::string_view title, std::string_view type) {
    out += "      <attribute id=\"" + std::to_string(attribute++) + "\" title=\"" +
           xml::Escape(title) + "\" type=\"" + std::string(type) + "\"/>\n";
  };
  for (const AttributeColumn& column : nodes.columns()) {
    declare(column.name(), GexfType(column.type()));
  }
  for (const auto& [name, values] : options.scores) declare(name, "double");
  if (!options.communities.empty()) declare(options.community_name, "integer");
  out +=
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"layer\" title=\"layer\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <nodes count=\"" +
      std::to_string(n) + "\">\n";
  for (NodeId v = 0; v < n; ++v) {
    out += "      <node id=\"" + xml::Escape(nodes.ExternalId(v)) + "\" label=\"" +
           xml::Escape(nodes.Label(v)) + "\"><attvalues>";
    int id = 0;
    const auto value = [&](const std::string& text) {
      out += "<attvalue for=\"" + std::to_string(id) + "\" value=\"" + text + "\"/>";
    };
    for (const AttributeColumn& column : nodes.columns()) {
      if (column.has(v)) {
        switch (column.type()) {
          case AttributeType::kInteger:
            value(std::to_string(column.integer(v)));
            break;
          case AttributeType::kReal:
            value(xml::RealText(column.real(v)));
            break;
          case AttributeType::kText:
            value(xml::Escape(column.text(v)));
            break;
        }
      }
      ++id;
    }
    for (const auto& [name, values] : options.scores) {
      if (!std::isnan(values[v])) value(xml::RealText(values[v]));
      ++id;
    }
    if (!options.communities.empty()) value(std::to_string(options.communities[v]));
    out += "</attvalues></node>\n";
    flush();
  }
  out += "    </nodes>\n    <edges>\n";
  std::uint64_t edge_id = 0;
  for (const Layer layer : layers) {
    const Digraph& g = net.layer(layer);
    const std::string layer_value = "<attvalues><attvalue for=\"layer\" value=\"" +
                                    std::string(LayerName(layer)) + "\"/></attvalues></edge>\n";
    for (NodeId u = 0; u < n; ++u) {
      const auto targets = g.out_neighbors(u);
      for (std::size_t i = 0; i < targets.size(); ++i) {
        const NodeId v = targets[i];
        if (undirected && v < u) continue;
        const EdgeId e = g.out_edge_begin(u) + i;
        out += "      <edge id=\"" + std::to_string(edge_id++) + "\" source=\"" +
               xml::Escape(nodes.ExternalId(u)) + "\" target=\"" +
               xml::Escape(nodes.ExternalId(v)) + "\" weight=\"" + xml::RealText(g.weight(e)) +
               "\"";
        if (g.has_times() && g.time(e) != kNoTime) {
          out += " start=\"" + std::to_string(g.time(e)) + "\"";
        }
        out += ">" + layer_value;
        flush();
      }
    }
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  file.Write(out);
  file.Commit();
}

}  // namespace ombak
