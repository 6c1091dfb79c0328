#include "report/report_files.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <sstream>

#include "graph/errors.hpp"
#include "io/atomic_file.hpp"
#include "io/social/gexf.hpp"
#include "report/html/render.hpp"

namespace ombak {
namespace {

std::string Csv(const std::string& cell) {
  if (cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
  std::string out = "\"";
  for (const char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Real(double x) {
  if (!std::isfinite(x)) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", x);
  return buf;
}

std::string AccountsCsv(const NodeTable& nodes, const AnalysisResult& result) {
  std::ostringstream out;
  out << "id,label,community,participation";
  for (const Ranking& r : result.rankings)
    out << ',' << r.measure->name << ',' << r.measure->name << "_rank";
  out << '\n';
  const Partition& p = result.communities.partition;
  for (NodeId v = 0; v < nodes.size(); ++v) {
    out << Csv(nodes.ExternalId(v)) << ',' << Csv(nodes.Label(v)) << ',' << p.membership[v] << ','
        << Real(result.communities.participation[v]);
    for (const Ranking& r : result.rankings)
      out << ',' << Real(r.values.scores[v]) << ',' << r.ranks[v];
    out << '\n';
  }
  return out.str();
}

std::string CommunitiesCsv(const NodeTable& nodes, const AnalysisResult& result) {
  std::ostringstream out;
  out << "community,size,density,internal_edges,external_edges,leaders,bridges\n";
  const CommunityReport& c = result.communities;
  auto labels = [&](const std::vector<NodeId>& list) {
    std::string text;
    for (const NodeId v : list) {
      if (!text.empty()) text += ' ';
      text += nodes.Label(v);
    }
    return Csv(text);
  };
  for (std::uint32_t id = 0; id < c.partition.count; ++id) {
    const CommunitySummary& s = c.summaries[id];
    out << id << ',' << s.size << ',' << Real(s.density) << ',' << s.internal_edges << ','
        << s.external_edges << ',' << labels(s.top_accounts) << ',' << labels(c.bridges[id])
        << '\n';
  }
  return out.str();
}

std::string SeedsCsv(const NodeTable& nodes, const AnalysisResult& result) {
  std::ostringstream out;
  out << "plan,rank,id,label,community,marginal_gain\n";
  for (const SeedPlan* plan : {&result.recommended, &result.baseline}) {
    for (std::size_t i = 0; i < plan->seeds.size(); ++i) {
      const NodeId v = plan->seeds[i];
      out << plan->method << ',' << i + 1 << ',' << Csv(nodes.ExternalId(v)) << ','
          << Csv(nodes.Label(v)) << ',' << result.communities.partition.membership[v] << ','
          << (i < plan->marginal_gain.size() ? Real(plan->marginal_gain[i]) : "") << '\n';
    }
  }
  return out.str();
}

}  // namespace

ReportFiles WriteReportDirectory(const std::string& dir, const Network& network, const Digraph& g,
                                 const AnalysisResult& result, const nlohmann::json& report,
                                 const std::vector<std::string>& inputs) {
  (void)g;
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) throw InputError(dir, 0, 0, "cannot create the output directory: " + error.message());
  const NodeTable& nodes = network.nodes();
  auto path = [&](const char* name) { return (std::filesystem::path(dir) / name).string(); };

  // Phase 1: everything under temporary names.
  std::vector<std::unique_ptr<AtomicFile>> files;
  auto add = [&](const char* name, const std::string& text) {
    files.push_back(std::make_unique<AtomicFile>(path(name), inputs));
    files.back()->Write(text);
  };
  add("report.json", report.dump(1) + "\n");
  add("accounts.csv", AccountsCsv(nodes, result));
  add("communities.csv", CommunitiesCsv(nodes, result));
  add("seeds.csv", SeedsCsv(nodes, result));
  add("map.svg", result.map_svg);
  add("report.html", RenderReportHtml(report, result.map_svg));

  // The GEXF writer commits its own file: give it a temporary name and rename it in phase 2.
  const std::string gexf = path("network.gexf");
  CheckNotInput(gexf, inputs);
  const std::string gexf_temp = path(".network.gexf.partial") + "." + std::to_string(getpid());
  struct RemoveOnFailure {
    std::string path;
    bool keep = false;
    ~RemoveOnFailure() {
      if (!keep) std::remove(path.c_str());
    }
  } gexf_guard{gexf_temp};
  GraphExportOptions gexf_options;
  for (const Ranking& r : result.rankings)
    gexf_options.scores.emplace_back(r.measure->name, r.values.scores);
  gexf_options.communities.assign(result.communities.partition.membership.begin(),
                                  result.communities.partition.membership.end());
  gexf_options.inputs = inputs;
  WriteGexf(network, gexf_temp, gexf_options);

  // Phase 2: renames only.
  ReportFiles written;
  for (auto& file : files) {
    file->Commit();
    written.written.push_back(file->path());
  }
  if (std::rename(gexf_temp.c_str(), gexf.c_str()) != 0) {
    throw InputError(gexf, 0, 0, "cannot rename the finished GEXF file into place");
  }
  gexf_guard.keep = true;
  written.written.push_back(gexf);
  return written;
}

}  // namespace ombak
