// Report sections about communities: the Graphviz map (inlined, scrollable and zoomable) and the
// communities table with quality, polarization figures, the edge matrix and the sizes plot.
#include <string>

#include "report/html/escape.hpp"
#include "report/html/sections.hpp"

namespace ombak::html {
namespace {

std::string AccountList(const Json& accounts, const char* figure_key, int decimals) {
  std::string html;
  if (!accounts.is_array()) return html;
  for (const Json& account : accounts) {
    if (!html.empty()) html += ", ";
    html += "<span class=\"label\">" + Show(At(account, "label")) + "</span>";
    const Json& figure = At(account, figure_key);
    if (figure.is_number())
      html += " <span class=\"score\">" + ShowFixed(figure, decimals) + "</span>";
  }
  return html;
}

std::string Figure(const std::string& name, const std::string& value, const std::string& help) {
  return "<div class=\"figure\"><dt>" + name + "</dt><dd><strong>" + value +
         "</strong> <span class=\"note\">" + help + "</span></dd></div>\n";
}

std::string MatrixTable(const Json& matrix) {
  const Json& ids = At(matrix, "ids");
  const Json& edges = At(matrix, "edges");
  if (!ids.is_array() || ids.empty()) return "";
  std::string html =
      "<h3>Edges between communities</h3>\n<p class=\"note\">Row: community the arcs leave; "
      "column: community they enter. The diagonal counts arcs inside a community.</p>\n"
      "<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th>from \\ to</th>";
  for (const Json& id : ids) html += "<th>" + CommunityCell(id) + "</th>";
  html += "</tr></thead>\n<tbody>\n";
  for (std::size_t row = 0; row < ids.size(); ++row) {
    html += "<tr><th scope=\"row\">" + CommunityCell(ids[row]) + "</th>";
    for (std::size_t column = 0; column < ids.size(); ++column) {
      html += std::string(row == column ? "<td class=\"diagonal\">" : "<td>") +
              Show(At(At(edges, row), column)) + "</td>";
    }
    html += "</tr>\n";
  }
  return html + "</tbody></table></div>\n";
}

}  // namespace

std::string MapSection(const Json& report, const std::string& sanitized_svg) {
  const Json& map = At(report, "map");
  std::string html = SectionStart("map", "Community map");
  if (sanitized_svg.empty()) {
    return html + "<p class=\"note\">No map was drawn for this run.</p>\n</section>\n";
  }
  html += "<p class=\"note\">The " + Show(At(map, "nodes_shown")) +
          " leading accounts, coloured by community (colours match the tables); arcs point the "
          "way attention goes. Zoom with the buttons or Ctrl + mouse wheel; drag the scroll "
          "bars to move.";
  if (At(map, "file").is_string()) {
    html += " The drawing is also saved as <code>" + Show(At(map, "file")) + "</code>.";
  }
  html +=
      "</p>\n<div class=\"tools\"><button type=\"button\" id=\"map-zoom-in\">Zoom in</button> "
      "<button type=\"button\" id=\"map-zoom-out\">Zoom out</button> "
      "<button type=\"button\" id=\"map-zoom-fit\">Fit</button> "
      "<span id=\"map-zoom-level\"></span></div>\n<div id=\"map-view\" class=\"map-view\">\n";
  html += sanitized_svg;
  return html + "\n</div>\n</section>\n";
}

std::string CommunitiesSection(const Json& report) {
  const Json& communities = At(report, "communities");
  const Json& polarization = At(communities, "polarization");
  std::string html = SectionStart("communities", "Communities");
  html += "<dl class=\"figures\">\n";
  html += Figure("Method", Show(At(communities, "method")),
                 "how accounts were grouped (modularity optimisation groups accounts that link "
                 "more among themselves than chance predicts)");
  html += Figure("Communities", Show(At(communities, "count")), "groups found");
  html += Figure(Show(At(communities, "quality_name")), ShowFixed(At(communities, "quality"), 3),
                 "above 0.3 the groups are clearly separated");
  html += Figure("E-I index", ShowFixed(At(polarization, "ei_index"), 2),
                 "external minus internal links over all links: -1 = closed camps, +1 = all links "
                 "across (Krackhardt &amp; Stern 1988)");
  html += Figure("Assortativity", ShowFixed(At(polarization, "assortativity"), 2),
                 "how much accounts link within their own community beyond chance: 0 = not at "
                 "all, 1 = only (Newman 2003)");
  html += Figure("Random-walk controversy", ShowFixed(At(polarization, "rwc"), 2),
                 "between the two largest communities: near 0 = the conversation mixes, near 1 = "
                 "each side only hears itself (Garimella et al. 2018)");
  html += "</dl>\n";

  const std::string leaders_by = Show(At(communities, "leaders_by"));
  html +=
      "<div class=\"scroll\"><table id=\"communities-table\">\n<thead><tr><th>Community</th>"
      "<th>Accounts</th><th>Density</th><th>Internal edges</th><th>External edges</th>"
      "<th>Leaders (by " +
      leaders_by + ")</th><th>Bridges (participation)</th></tr></thead>\n<tbody>\n";
  const Json& list = At(communities, "list");
  if (list.is_array()) {
    for (const Json& community : list) {
      html += "<tr><td>" + CommunityCell(At(community, "id")) + "</td><td>" +
              Show(At(community, "size")) + "</td><td>" + Show(At(community, "density")) +
              "</td><td>" + Show(At(community, "internal_edges")) + "</td><td>" +
              Show(At(community, "external_edges")) + "</td><td>" +
              AccountList(At(community, "leaders"), "", 0) + "</td><td>" +
              AccountList(At(community, "bridges"), "participation", 2) + "</td></tr>\n";
    }
  }
  html += "</tbody></table></div>\n";
  html +=
      "<p class=\"note\">Bridges are the members whose links spread over other communities "
      "the most (participation coefficient, Guimer\u00e0 &amp; Amaral 2005): the accounts that "
      "carry a message across camps.</p>\n";
  html += MatrixTable(At(communities, "matrix"));
  html +=
      "<h3>Community sizes</h3>\n<div class=\"plot\" id=\"plot-communities\" role=\"img\" "
      "aria-label=\"Community sizes\"></div>\n";
  return html + "</section>\n";
}

}  // namespace ombak::html
