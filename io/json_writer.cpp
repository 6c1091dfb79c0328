#include "io/json_writer.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "graph/errors.hpp"
#include "io/atomic_file.hpp"

namespace ombak {

void WriteNodesJson(const Network& network, const std::string& path, const ScoreColumns& scores,
                    const std::vector<std::string>& inputs) {
  const NodeTable& nodes = network.nodes();
  for (const auto& [name, values] : scores) {
    if (values.size() != nodes.size()) {
      throw InvalidArgument("score column '" + name + "' has " + std::to_string(values.size()) +
                            " values for " + std::to_string(nodes.size()) + " nodes");
    }
  }
  AtomicFile out(path, inputs);
  out.Write("[\n");
  for (NodeId v = 0; v < nodes.size(); ++v) {
    nlohmann::ordered_json node;
    if (nodes.id_kind() == IdKind::kInteger) {
      node["id"] = nodes.integer_id(v);
    } else {
      node["id"] = std::string(nodes.string_id(v));
    }
    node["label"] = nodes.Label(v);
    for (const AttributeColumn& column : nodes.columns()) {
      if (column.name() == "label") continue;
      auto& value = node[column.name()];
      if (!column.has(v)) {
        value = nullptr;
      } else if (column.type() == AttributeType::kInteger) {
        value = column.integer(v);
      } else if (column.type() == AttributeType::kReal) {
        value = column.real(v);
      } else {
        value = column.text(v);
      }
    }
    for (const auto& [name, values] : scores) {
      if (std::isfinite(values[v])) {
        node[name] = values[v];
      } else {
        node[name] = nullptr;  // JSON has no NaN or infinity
      }
    }
    out.Write("  " + node.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
              (v + 1 < nodes.size() ? ",\n" : "\n"));
  }
  out.Write("]\n");
  out.Commit();
}

}  // namespace ombak
