#include "report/report_json.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>

#include "algorithms/centrality/degree.hpp"

namespace ombak {
namespace {

// JSON has no NaN or infinity: undefined numbers become null.
nlohmann::json Number(double x) { return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(); }

std::string NowIso8601() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

// value rounded to `digits` decimals (not cut: 0.4465 with 2 digits is "0.45").
std::string Rounded(double value, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, value);
  return buf;
}

std::string Percent(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f%%", 100 * fraction);
  return buf;
}

nlohmann::json DegreeJson(const DegreeSummary& d) {
  return {{"min", d.min}, {"median", d.median}, {"max", d.max}, {"mean", d.mean}};
}

nlohmann::json LayerJson(const LayerSummary& s) {
  return {{"nodes", s.nodes},
          {"edges", s.edges},
          {"directed", !s.undirected},
          {"total_weight", Number(s.total_weight)},
          {"self_loops", s.self_loops},
          {"reciprocity", Number(s.reciprocity)},
          {"density", Number(s.density)},
          {"weak_components", s.weak_components},
          {"largest_weak_component", s.largest_weak},
          {"strong_components", s.strong_components},
          {"largest_strong_component", s.largest_strong},
          {"in_degree", DegreeJson(s.in_degree)},
          {"out_degree", DegreeJson(s.out_degree)}};
}

// Complementary cumulative distribution P(D >= d) at every distinct positive degree.
nlohmann::json Ccdf(const std::vector<double>& degrees) {
  std::map<double, std::uint64_t> counts;
  for (const double d : degrees) {
    if (d > 0) ++counts[d];
  }
  nlohmann::json points = nlohmann::json::array();
  const double n = static_cast<double>(degrees.size());
  std::uint64_t at_least = 0;
  for (auto it = counts.rbegin(); it != counts.rend(); ++it) {
    at_least += it->second;
    points.push_back({{"degree", it->first}, {"ccdf", static_cast<double>(at_least) / n}});
  }
  std::reverse(points.begin(), points.end());
  return points;
}

nlohmann::json Matrix(const std::vector<std::vector<double>>& m) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : m) {
    nlohmann::json cells = nlohmann::json::array();
    for (const double x : row) cells.push_back(Number(x));
    rows.push_back(std::move(cells));
  }
  return rows;
}

nlohmann::json CurveJson(const std::vector<ReachPoint>& curve) {
  nlohmann::json points = nlohmann::json::array();
  for (const ReachPoint& p : curve) {
    points.push_back({{"k", p.k}, {"spread", p.spread}, {"low", p.low}, {"high", p.high}});
  }
  return points;
}

nlohmann::json SeedListJson(const NodeTable& nodes, const SeedPlan& plan, const Partition& p) {
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t i = 0; i < plan.seeds.size(); ++i) {
    const NodeId v = plan.seeds[i];
    list.push_back({{"rank", i + 1},
                    {"id", nodes.ExternalId(v)},
                    {"label", nodes.Label(v)},
                    {"community", p.membership[v]},
                    {"marginal_gain", i < plan.marginal_gain.size() ? Number(plan.marginal_gain[i])
                                                                    : nlohmann::json()}});
  }
  return list;
}

}  // namespace

std::vector<std::string> SummarySentences(const Network& network, const Digraph& g,
                                          const AnalysisResult& result) {
  const NodeTable& nodes = network.nodes();
  std::vector<std::string> out;
  out.push_back("The network has " + std::to_string(g.num_nodes()) + " accounts and " +
                std::to_string(g.num_undirected_edges()) + " " +
                (g.undirected() ? "ties" : "attention arcs") + " on " + result.graph_description +
                ".");
  const Ranking& lead = result.rankings.front();
  std::string leaders;
  {
    std::vector<NodeId> order(g.num_nodes());
    for (NodeId v = 0; v < g.num_nodes(); ++v) order[v] = v;
    std::partial_sort(order.begin(), order.begin() + std::min<std::size_t>(3, order.size()),
                      order.end(),
                      [&](NodeId a, NodeId b) { return lead.ranks[a] < lead.ranks[b]; });
    for (std::size_t i = 0; i < std::min<std::size_t>(3, order.size()); ++i) {
      leaders += (i == 0                                            ? ""
                  : i + 1 == std::min<std::size_t>(3, order.size()) ? " and "
                                                                    : ", ") +
                 nodes.Label(order[i]);
    }
  }
  out.push_back("By " + lead.measure->title + ", the leading accounts are " + leaders + ".");
  const CommunityReport& c = result.communities;
  if (!c.matrix_ids.empty()) {
    const double largest =
        static_cast<double>(c.summaries[c.matrix_ids[0]].size) / static_cast<double>(g.num_nodes());
    std::string camps = "The " + c.method + " method finds " + std::to_string(c.partition.count) +
                        " communities (" + c.quality_name + " " + Rounded(c.quality, 3) +
                        "); the largest holds " + Percent(largest) + " of the accounts";
    if (c.matrix_ids.size() >= 2) {
      camps += ", the second " + Percent(static_cast<double>(c.summaries[c.matrix_ids[1]].size) /
                                         static_cast<double>(g.num_nodes()));
    }
    out.push_back(camps + ".");
    if (std::isfinite(c.ei_index)) {
      out.push_back(std::string("Ties run mostly ") +
                    (c.ei_index < 0 ? "inside communities" : "between communities") +
                    " (E-I index " + Rounded(c.ei_index, 2) + ")" +
                    (std::isfinite(c.rwc)
                         ? "; random-walk controversy between the two largest is " +
                               Rounded(c.rwc, 2) + (c.rwc > 0.5 ? ", a polarized pair." : ".")
                         : "."));
    }
  }
  if (!result.recommended.curve.empty() && !result.baseline.curve.empty()) {
    const ReachPoint& ours = result.recommended.curve.back();
    const ReachPoint& base = result.baseline.curve.back();
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "%u seeds chosen by %s reach %.0f accounts in expectation (95%% interval "
                  "%.0f-%.0f); the %u accounts with the largest audience reach %.0f.",
                  ours.k, result.recommended.method.c_str(), ours.spread, ours.low, ours.high,
                  base.k, base.spread);
    out.push_back(buf);
  }
  return out;
}

nlohmann::json ReportJson(const Network& network, const Digraph& g, const AnalysisResult& result,
                          const AnalysisOptions& options, const RunManifest& manifest) {
  const NodeTable& nodes = network.nodes();
  nlohmann::json doc;
  doc["ombak_version"] = OMBAK_REPORT_VERSION;
  doc["generated_at"] = NowIso8601();

  nlohmann::json inputs = nlohmann::json::array();
  for (const auto& input : manifest.inputs) {
    inputs.push_back({{"path", input.path},
                      {"layer", input.layer},
                      {"bytes", input.bytes},
                      {"sha256", input.sha256}});
  }
  nlohmann::json timings = nlohmann::json::array();
  for (const auto& t : manifest.extra_timings) {
    timings.push_back({{"stage", t.stage}, {"seconds", t.seconds}});
  }
  for (const auto& t : result.timings)
    timings.push_back({{"stage", t.stage}, {"seconds", t.seconds}});
  doc["manifest"] = {{"command", manifest.command},       {"inputs", inputs},
                     {"parameters", manifest.parameters}, {"seed", options.seed},
                     {"threads", manifest.threads},       {"timings", timings}};

  nlohmann::json layer_names = nlohmann::json::array();
  doc["layers"] = nlohmann::json::object();
  for (const auto& [layer, summary] : result.layers) {
    layer_names.push_back(std::string(LayerName(layer)));
    doc["layers"][std::string(LayerName(layer))] = LayerJson(summary);
  }
  doc["summary"] = {{"sentences", SummarySentences(network, g, result)},
                    {"accounts", g.num_nodes()},
                    {"edges", g.num_undirected_edges()},
                    {"analyzed", result.graph_description},
                    {"layers", layer_names}};
  doc["degree_distribution"] = {{"in", Ccdf(Degree(g, {.mode = DegreeMode::kIn}).scores)},
                                {"out", Ccdf(Degree(g, {.mode = DegreeMode::kOut}).scores)}};

  nlohmann::json measures = nlohmann::json::array();
  nlohmann::json names = nlohmann::json::array();
  for (const Ranking& r : result.rankings) {
    measures.push_back({{"name", r.measure->name},
                        {"title", r.measure->title},
                        {"definition", r.measure->definition},
                        {"reference", r.measure->reference},
                        {"note", r.values.note}});
    names.push_back(r.measure->name);
  }
  doc["measures"] = measures;

  const Partition& p = result.communities.partition;
  nlohmann::json accounts = nlohmann::json::array();
  for (const NodeId v : KeyAccounts(result, options.top)) {
    nlohmann::json scores = nlohmann::json::object();
    nlohmann::json ranks = nlohmann::json::object();
    for (const Ranking& r : result.rankings) {
      scores[r.measure->name] = Number(r.values.scores[v]);
      ranks[r.measure->name] = r.ranks[v];
    }
    accounts.push_back({{"id", nodes.ExternalId(v)},
                        {"label", nodes.Label(v)},
                        {"community", p.membership[v]},
                        {"scores", scores},
                        {"ranks", ranks}});
  }
  doc["accounts"] = accounts;
  doc["agreement"] = {{"measures", names},
                      {"spearman", Matrix(result.spearman)},
                      {"kendall", Matrix(result.kendall)},
                      {"top_overlap", Matrix(result.top_overlap)},
                      {"top_fraction", 0.1}};

  const CommunityReport& c = result.communities;
  nlohmann::json list = nlohmann::json::array();
  for (const std::uint32_t id : c.matrix_ids) {
    const CommunitySummary& s = c.summaries[id];
    nlohmann::json leaders = nlohmann::json::array();
    for (const NodeId v : s.top_accounts) {
      leaders.push_back({{"id", nodes.ExternalId(v)},
                         {"label", nodes.Label(v)},
                         {"score", Number(result.rankings.front().values.scores[v])}});
    }
    nlohmann::json bridges = nlohmann::json::array();
    for (const NodeId v : c.bridges[id]) {
      bridges.push_back({{"id", nodes.ExternalId(v)},
                         {"label", nodes.Label(v)},
                         {"participation", Number(c.participation[v])}});
    }
    list.push_back({{"id", id},
                    {"size", s.size},
                    {"density", Number(s.density)},
                    {"internal_edges", s.internal_edges},
                    {"external_edges", s.external_edges},
                    {"leaders", leaders},
                    {"bridges", bridges}});
  }
  doc["communities"] = {{"method", c.method},
                        {"quality_name", c.quality_name},
                        {"leaders_by", result.rankings.front().measure->name},
                        {"quality", Number(c.quality)},
                        {"count", p.count},
                        {"list", list},
                        {"matrix", {{"ids", c.matrix_ids}, {"edges", c.matrix}}},
                        {"polarization",
                         {{"ei_index", Number(c.ei_index)},
                          {"assortativity", Number(c.assortativity)},
                          {"rwc", Number(c.rwc)}}}};

  doc["seeds"] = {{"model", options.model},
                  {"method", result.recommended.method},
                  {"k", result.recommended.seeds.size()},
                  {"epsilon", options.epsilon},
                  {"probability", result.probability_description},
                  {"runs", options.runs},
                  {"list", SeedListJson(nodes, result.recommended, p)},
                  {"reach_curve", CurveJson(result.recommended.curve)},
                  {"baseline",
                   {{"method", result.baseline.method},
                    {"list", SeedListJson(nodes, result.baseline, p)},
                    {"reach_curve", CurveJson(result.baseline.curve)}}}};
  doc["map"] = {{"file", "map.svg"}, {"nodes_shown", result.map_accounts}};
  return doc;
}

}  // namespace ombak
