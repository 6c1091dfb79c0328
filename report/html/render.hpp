// The HTML report: one self-contained page from the report document and the community map.
//
// Usage:
//   nlohmann::json report = ...;            // follows docs/report.schema.json
//   std::string svg = RenderSvg(...);       // Graphviz drawing of the leading accounts
//   std::string page = RenderReportHtml(report, svg);
//
// Design choice: the page works offline from a double click. Every script and style is inlined
// (the plotting library is compiled into ombak from the npm registry's builds, see assets.hpp),
// the report document is embedded as a <script type="application/json"> block for the plots,
// and a Content-Security-Policy allows only the page's own scripts (by SHA-256 hash) and no
// network request at all, so a hostile account label cannot run code or call home even if it
// slipped past the escaping.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace ombak {

// Renders the report page: summary, key accounts (sortable, searchable), community map,
// communities, seeds and reach curve, measure definitions, run manifest; four plots (degree
// distribution, rank agreement, reach curve, community sizes) drawn in the browser by
// Vega-Lite. map_svg may be empty (no map section content); it is sanitized (SanitizeSvg).
// Missing or null fields of the document render as an em dash rather than failing.
// Complexity: linear in the sizes of the document and the SVG. Deterministic.
// Throws InvalidArgument when report is not a JSON object.
std::string RenderReportHtml(const nlohmann::json& report, const std::string& map_svg);

}  // namespace ombak
