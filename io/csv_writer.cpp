#include "io/csv_writer.hpp"

#include <charconv>

#include "graph/errors.hpp"
#include "io/atomic_file.hpp"

namespace ombak {

std::string CsvField(std::string_view text) {
  const bool quote = text.find_first_of(",\"\n\r") != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.front() == '\t' ||
                                        text.back() == ' ' || text.back() == '\t'));
  if (!quote) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  out += '"';
  return out;
}

std::string FormatReal(double value) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, r.ptr);
}

void WriteNodesCsv(const Network& network, const std::string& path, const ScoreColumns& scores,
                   const std::vector<std::string>& inputs) {
  const NodeTable& nodes = network.nodes();
  for (const auto& [name, values] : scores) {
    if (values.size() != nodes.size()) {
      throw InvalidArgument("score column '" + name + "' has " + std::to_string(values.size()) +
                            " values for " + std::to_string(nodes.size()) + " nodes");
    }
  }
  std::vector<const AttributeColumn*> columns;
  for (const AttributeColumn& column : nodes.columns()) {
    if (column.name() != "label") columns.push_back(&column);
  }
  AtomicFile out(path, inputs);
  std::string line = "id,label";
  for (const AttributeColumn* column : columns) line += ',' + CsvField(column->name());
  for (const auto& score : scores) line += ',' + CsvField(score.first);
  out.Write(line + '\n');
  for (NodeId v = 0; v < nodes.size(); ++v) {
    line = CsvField(nodes.ExternalId(v)) + ',' + CsvField(nodes.Label(v));
    for (const AttributeColumn* column : columns) {
      line += ',';
      if (column->has(v)) line += CsvField(column->ToText(v));
    }
    for (const auto& score : scores) line += ',' + FormatReal(score.second[v]);
    line += '\n';
    out.Write(line);
  }
  out.Commit();
}

void WriteEdgesCsv(const Network& network, const std::string& path,
                   const std::vector<std::string>& inputs) {
  const NodeTable& nodes = network.nodes();
  bool timed = false;
  for (const Layer layer : network.present_layers())
    timed = timed || network.layer(layer).has_times();
  std::vector<std::string> ids(nodes.size());
  for (NodeId v = 0; v < nodes.size(); ++v) ids[v] = CsvField(nodes.ExternalId(v));
  AtomicFile out(path, inputs);
  out.Write(timed ? "source,target,weight,time,layer\n" : "source,target,weight,layer\n");
  std::string line;
  for (const Layer layer : network.present_layers()) {
    const Digraph& g = network.layer(layer);
    const std::string layer_name(LayerName(layer));
    for (NodeId u = 0; u < g.num_nodes(); ++u) {
      const auto targets = g.out_neighbors(u);
      for (std::size_t i = 0; i < targets.size(); ++i) {
        const NodeId v = targets[i];
        if (g.undirected() && v < u) continue;
        const EdgeId e = g.out_edge_begin(u) + i;
        line = ids[u] + ',' + ids[v] + ',' + FormatReal(g.weight(e)) + ',';
        if (timed) {
          if (g.time(e) != kNoTime) line += std::to_string(g.time(e));
          line += ',';
        }
        line += layer_name + '\n';
        out.Write(line);
      }
    }
  }
  out.Commit();
}

}  // namespace ombak
