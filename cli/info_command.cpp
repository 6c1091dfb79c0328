// `ombak info INPUT...`: what the data holds, per layer (nodes, edges, total weight, self-loops,
// reciprocity, density, weak and strong components, degree summaries), the account attributes
// (which, of what type, on how many accounts) and the event log (events per type, the time range
// in ISO-8601 UTC).
#include <array>
#include <iostream>
#include <nlohmann/json.hpp>
#include <utility>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/table.hpp"
#include "graph/statistics.hpp"
#include "io/social/twitter_time.hpp"

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

// What the event log holds: events per type and the time range of the timed ones.
struct EventSummary {
  std::array<std::size_t, kNumLayers> by_type{};
  std::size_t untimed = 0;
  Timestamp first = kNoTime;
  Timestamp last = kNoTime;
};

EventSummary SummarizeEvents(const EventLog& events) {
  EventSummary s;
  for (std::size_t i = 0; i < events.size(); ++i) {
    ++s.by_type[static_cast<int>(events.types()[i])];
    const Timestamp t = events.times()[i];
    if (t == kNoTime) {
      ++s.untimed;
      continue;
    }
    if (s.first == kNoTime || t < s.first) s.first = t;
    if (s.last == kNoTime || t > s.last) s.last = t;
  }
  return s;
}

// Accounts with a value in at least one attribute column.
NodeId AccountsWithAttributes(const NodeTable& nodes) {
  NodeId count = 0;
  for (NodeId v = 0; v < nodes.size(); ++v) {
    for (const auto& column : nodes.columns()) {
      if (column.has(v)) {
        ++count;
        break;
      }
    }
  }
  return count;
}

NodeId Present(const AttributeColumn& column, NodeId n) {
  NodeId present = 0;
  for (NodeId v = 0; v < n; ++v) present += column.has(v) ? 1 : 0;
  return present;
}

nlohmann::json EventLogJson(const EventLog& events) {
  const EventSummary s = SummarizeEvents(events);
  nlohmann::json out;
  out["events"] = events.size();
  out["by_type"] = nlohmann::json::object();
  for (const Layer layer : kAllLayers) {
    const std::size_t n = s.by_type[static_cast<int>(layer)];
    if (n > 0) out["by_type"][std::string(LayerName(layer))] = n;
  }
  out["untimed"] = s.untimed;
  out["first"] = s.first == kNoTime ? nlohmann::json() : nlohmann::json(FormatIsoTime(s.first));
  out["last"] = s.last == kNoTime ? nlohmann::json() : nlohmann::json(FormatIsoTime(s.last));
  return out;
}

void PrintEventLog(const EventLog& events, std::ostream& out) {
  const EventSummary s = SummarizeEvents(events);
  out << events.size() << " events";
  if (events.empty()) {
    out << '\n';
    return;
  }
  std::string types;
  for (const Layer layer : kAllLayers) {
    const std::size_t n = s.by_type[static_cast<int>(layer)];
    if (n == 0) continue;
    types += (types.empty() ? "" : ", ") + std::string(LayerName(layer)) + " " + std::to_string(n);
  }
  out << " (" << types << ")";
  if (s.first != kNoTime) {
    out << " from " << FormatIsoTime(s.first) << " to " << FormatIsoTime(s.last);
  }
  if (s.untimed > 0) out << "; " << s.untimed << " without a time";
  out << '\n';
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
      out["attributes"].push_back({{"name", column.name()},
                                   {"type", std::string(AttributeTypeName(column.type()))},
                                   {"present", Present(column, nodes.size())}});
    }
    out["accounts_with_attributes"] = AccountsWithAttributes(nodes);
    out["events"] = network.events().size();
    out["event_log"] = EventLogJson(network.events());
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
    std::cout << ", " << AccountsWithAttributes(nodes) << " with attributes:";
    const char* separator = " ";
    for (const auto& column : nodes.columns()) {
      std::cout << std::exchange(separator, ", ") << column.name() << " ("
                << AttributeTypeName(column.type()) << ", " << Present(column, nodes.size()) << ")";
    }
  }
  std::cout << '\n';
  PrintEventLog(network.events(), std::cout);
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
