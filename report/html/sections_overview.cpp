// Report sections about the network and its accounts: the summary (findings, layer statistics,
// degree plot) and the key-accounts table with the rank-agreement heatmap.
#include <string>
#include <utility>
#include <vector>

#include "report/html/escape.hpp"
#include "report/html/sections.hpp"

namespace ombak::html {
namespace {

// One row of the layer table: a heading and the text of each layer's value.
std::string LayerRow(const Json& layers, const std::string& heading,
                     std::string (*cell)(const Json& stats)) {
  std::string row = "<tr><th scope=\"row\">" + heading + "</th>";
  for (const auto& [name, stats] : layers.items()) row += "<td>" + cell(stats) + "</td>";
  return row + "</tr>\n";
}

std::string DegreeCell(const Json& degree) {
  return Show(At(degree, "median")) + " / " + Show(At(degree, "mean")) + " / " +
         Show(At(degree, "max"));
}

std::string LayerTable(const Json& layers) {
  if (!layers.is_object() || layers.empty()) return "";
  std::string html =
      "<h3>Layers</h3>\n<div class=\"scroll\"><table class=\"layers\">\n<thead><tr><th></th>";
  for (const auto& [name, stats] : layers.items()) html += "<th>" + EscapeHtml(name) + "</th>";
  html += "</tr></thead>\n<tbody>\n";
  html += LayerRow(layers, "Accounts", [](const Json& s) { return Show(At(s, "nodes")); });
  html += LayerRow(layers, "Edges", [](const Json& s) { return Show(At(s, "edges")); });
  html += LayerRow(layers, "Directed", [](const Json& s) { return Show(At(s, "directed")); });
  html +=
      LayerRow(layers, "Total weight", [](const Json& s) { return Show(At(s, "total_weight")); });
  html += LayerRow(layers, "Self-loops", [](const Json& s) { return Show(At(s, "self_loops")); });
  html += LayerRow(layers, "Reciprocity", [](const Json& s) { return Show(At(s, "reciprocity")); });
  html += LayerRow(layers, "Density", [](const Json& s) { return Show(At(s, "density")); });
  html += LayerRow(layers, "Weak components (largest)", [](const Json& s) {
    return Show(At(s, "weak_components")) + " (" + Show(At(s, "largest_weak_component")) + ")";
  });
  html += LayerRow(layers, "Strong components (largest)", [](const Json& s) {
    return Show(At(s, "strong_components")) + " (" + Show(At(s, "largest_strong_component")) + ")";
  });
  html += LayerRow(layers, "In-degree median / mean / max",
                   [](const Json& s) { return DegreeCell(At(s, "in_degree")); });
  html += LayerRow(layers, "Out-degree median / mean / max",
                   [](const Json& s) { return DegreeCell(At(s, "out_degree")); });
  return html + "</tbody></table></div>\n";
}

// Title and definition of each measure by name, for column headers.
std::vector<std::pair<std::string, const Json*>> MeasureColumns(const Json& measures) {
  std::vector<std::pair<std::string, const Json*>> columns;
  if (!measures.is_array()) return columns;
  for (const Json& measure : measures) {
    const Json& name = At(measure, "name");
    if (name.is_string()) columns.emplace_back(name.get<std::string>(), &measure);
  }
  return columns;
}

std::string SearchText(const Json& account) {
  std::string text;
  for (const char* key : {"label", "id"}) {
    const Json& value = At(account, key);
    if (value.is_string()) text += value.get<std::string>() + " ";
  }
  const Json& community = At(account, "community");
  if (community.is_number_integer()) text += "community " + std::to_string(community.get<long>());
  return EscapeHtml(text);
}

}  // namespace

std::string SummarySection(const Json& report) {
  const Json& summary = At(report, "summary");
  std::string html = SectionStart("summary", "Summary");
  html += "<p class=\"lede\">" + Show(At(summary, "accounts")) + " accounts, " +
          Show(At(summary, "edges")) + " links. Analyzed: " + Show(At(summary, "analyzed")) +
          ".</p>\n<ul class=\"findings\">\n";
  const Json& sentences = At(summary, "sentences");
  if (sentences.is_array()) {
    for (const Json& sentence : sentences) html += "<li>" + Show(sentence) + "</li>\n";
  }
  html += "</ul>\n" + LayerTable(At(report, "layers"));
  html +=
      "<h3>Degree distribution</h3>\n<p class=\"note\">Fraction of accounts with at least a "
      "given in-degree (audience) or out-degree (attention given), both axes logarithmic: a "
      "straight line is a heavy tail, a few accounts hold most of the attention.</p>\n"
      "<div class=\"plot\" id=\"plot-degree\" role=\"img\" "
      "aria-label=\"Degree distribution, log-log\"></div>\n";
  return html + "</section>\n";
}

std::string AccountsSection(const Json& report) {
  const auto columns = MeasureColumns(At(report, "measures"));
  const Json& accounts = At(report, "accounts");
  const std::size_t count = accounts.is_array() ? accounts.size() : 0;
  std::string html = SectionStart("accounts", "Key accounts");
  html +=
      "<p class=\"note\">The leading accounts by each measure; a rank of 1 is the most "
      "influential. Click a column heading to sort, click again to reverse.</p>\n"
      "<div class=\"tools\"><label>Search <input type=\"search\" id=\"account-filter\" "
      "placeholder=\"handle, id or community\" autocomplete=\"off\"></label> "
      "<span id=\"account-count\">" +
      std::to_string(count) + " accounts</span></div>\n";
  html +=
      "<div class=\"scroll\"><table id=\"accounts-table\" class=\"sortable\">\n<thead><tr>"
      "<th data-type=\"number\">#</th><th data-type=\"text\">Account</th>"
      "<th data-type=\"number\">Community</th>";
  for (const auto& [name, measure] : columns) {
    html += "<th data-type=\"number\" data-measure=\"" + EscapeHtml(name) + "\" title=\"" +
            Show(At(*measure, "definition")) + "\">" + Show(At(*measure, "title")) + "</th>";
  }
  html += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < count; ++i) {
    const Json& account = accounts[i];
    const Json& community = At(account, "community");
    html += "<tr data-search=\"" + SearchText(account) + "\"><td data-sort=\"" +
            std::to_string(i + 1) + "\">" + std::to_string(i + 1) + "</td><td data-sort=\"" +
            SortKey(At(account, "label")) + "\">" + AccountName(account) + "</td><td data-sort=\"" +
            SortKey(community) + "\">" + CommunityCell(community) + "</td>";
    for (const auto& [name, measure] : columns) {
      const Json& rank = At(At(account, "ranks"), name);
      const Json& score = At(At(account, "scores"), name);
      html += "<td data-sort=\"" + SortKey(rank) + "\"><span class=\"rank\">" + Show(rank) +
              "</span> <span class=\"score\">" + Show(score) + "</span></td>";
    }
    html += "</tr>\n";
  }
  html += "</tbody></table></div>\n";
  const Json& top_fraction = At(At(report, "agreement"), "top_fraction");
  const std::string top_percent =
      top_fraction.is_number() ? ShowFixed(Json(100.0 * top_fraction.get<double>()), 0) : "10";
  html +=
      "<h3>Do the measures agree?</h3>\n<p class=\"note\">Spearman rank correlation between "
      "measures over all accounts: 1 = same order, 0 = unrelated. Measures that disagree find "
      "different kinds of influence (audience, position, brokerage). Top-" +
      top_percent +
      "% overlap and Kendall's tau are in report.json.</p>\n"
      "<div class=\"plot\" id=\"plot-agreement\" role=\"img\" "
      "aria-label=\"Rank agreement heatmap\"></div>\n";
  return html + "</section>\n";
}

}  // namespace ombak::html
