// `ombak info INPUT...`: what the data holds, per layer (nodes, edges, total weight, self-loops,
// reciprocity, density, weak and strong components, degree summaries), the account attributes
// and the event log.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/table.hpp"
#include "graph/statistics.hpp"

namespace ombak::cli {
namespace {

struct InfoOptions {
  GlobalOptions global;
  std::vector<std::string> inputs;
};

nlohmann::json DegreeJson(const DegreeSummary& d) {
  return {{"min", d.min}, {"median", d.median}, {"max", d.max}, {"mean", d.mean}};
}

nlohmann::json SummaryJson(const LayerSummary& s) {
  return {{"nodes", s.nodes},
          {"edges", s.edges},
          {"directed", !s.undirected},
          {"total_weight", s.total_weight},
          {"self_loops", s.self_loops},
          {"reciprocity", s.reciprocity},
          {"density", s.density},
          {"weak_components", s.weak_components},
          {"largest_weak_component", s.largest_weak},
          {"strong_components", s.strong_components},
          {"largest_strong_component", s.largest_strong},
          {"in_degree", DegreeJson(s.in_degree)},
          {"out_degree", DegreeJson(s.out_degree)}};
}

std::string DegreeText(const DegreeSummary& d) {
  return std::to_string(d.min) + " / " + FormatNumber(d.median, 1) + " / " + std::to_string(d.max);
}

void PrintInfo(const Network& network, const GlobalOptions& global) {
  std::vector<std::pair<Layer, LayerSummary>> summaries;
  for (const Layer layer : network.present_layers()) {
    summaries.emplace_back(layer, Summarize(network.layer(layer)));
  }
  const NodeTable& nodes = network.nodes();
  if (global.format == "json") {
    nlohmann::json out;
    out["nodes"] = nodes.size();
    out["id_kind"] = nodes.id_kind() == IdKind::kInteger ? "integer" : "string";
    out["layers"] = nlohmann::json::object();
    for (const auto& [layer, summary] : summaries) {
      out["layers"][std::string(LayerName(layer))] = SummaryJson(summary);
    }
    out["attributes"] = nlohmann::json::array();
    for (const auto& column : nodes.columns()) {
      NodeId present = 0;
      for (NodeId v = 0; v < nodes.size(); ++v) present += column.has(v) ? 1 : 0;
      out["attributes"].push_back({{"name", column.name()},
                                   {"type", std::string(AttributeTypeName(column.type()))},
                                   {"present", present}});
    }
    out["events"] = network.events().size();
    std::cout << out.dump(2) << '\n';
    return;
  }
  Table table;
  table.header = {"measure"};
  table.right_aligned = {false};
  for (const auto& entry : summaries) {
    table.header.emplace_back(LayerName(entry.first));
    table.right_aligned.push_back(true);
  }
  auto row = [&](const std::string& name, auto cell) {
    std::vector<std::string> r = {name};
    for (const auto& entry : summaries) r.push_back(cell(entry.second));
    table.AddRow(std::move(r));
  };
  row("nodes", [](const LayerSummary& s) { return std::to_string(s.nodes); });
  row("edges", [](const LayerSummary& s) { return std::to_string(s.edges); });
  row("directed", [](const LayerSummary& s) { return std::string(s.undirected ? "no" : "yes"); });
  row("total weight", [](const LayerSummary& s) { return FormatNumber(s.total_weight); });
  row("self-loops", [](const LayerSummary& s) { return std::to_string(s.self_loops); });
  row("reciprocity", [](const LayerSummary& s) { return FormatNumber(s.reciprocity); });
  row("density", [](const LayerSummary& s) { return FormatNumber(s.density); });
  row("weak components", [](const LayerSummary& s) { return std::to_string(s.weak_components); });
  row("largest weak", [](const LayerSummary& s) { return std::to_string(s.largest_weak); });
  row("strong components",
      [](const LayerSummary& s) { return std::to_string(s.strong_components); });
  row("largest strong", [](const LayerSummary& s) { return std::to_string(s.largest_strong); });
  row("in-degree min/med/max", [](const LayerSummary& s) { return DegreeText(s.in_degree); });
  row("out-degree min/med/max", [](const LayerSummary& s) { return DegreeText(s.out_degree); });
  Print(table, global.format, std::cout);
  std::cout << '\n'
            << nodes.size() << " accounts ("
            << (nodes.id_kind() == IdKind::kInteger ? "integer" : "string") << " ids)";
  if (!nodes.columns().empty()) {
    std::cout << "; attributes:";
    for (const auto& column : nodes.columns()) {
      std::cout << ' ' << column.name() << " (" << AttributeTypeName(column.type()) << ")";
    }
  }
  std::cout << "; " << network.events().size() << " timestamped events\n";
}

}  // namespace

void RegisterInfo(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<InfoOptions>();
  CLI::App* command = app.add_subcommand("info", "Summarize the network, layer by layer");
  command->add_option("inputs", options->inputs, "FILE or LAYER=FILE")->required();
  AddGlobalOptions(*command, options->global);
  command->callback([options, &exit_code] {
    exit_code = RunGuarded([&] {
      const Network network = LoadInputs(options->inputs, options->global);
      PrintInfo(network, options->global);
    });
  });
}

}  // namespace ombak::cli
