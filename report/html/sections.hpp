// The sections of the HTML report, each written from the report document (docs/report.schema.json)
// as static, escaped HTML: the page reads without JavaScript, and report.js only adds sorting,
// filtering, map zoom and the plots (drawn into the empty .plot containers named here).
//
// Design choice: one function per section so the page's order lives in render.cpp alone, and
// every string from the document goes through Show()/EscapeHtml() (html_format.hpp).
#pragma once

#include <string>

#include "report/html/html_format.hpp"

namespace ombak::html {

// Plain-language findings, headline figures, per-layer statistics and the degree plot
// (container #plot-degree).
std::string SummarySection(const Json& report);
// Key accounts: sortable, searchable table (#accounts-table, #account-filter) of every
// account's rank by each measure and its community, and the agreement heatmap (#plot-agreement).
std::string AccountsSection(const Json& report);
// The community map: the sanitized SVG in a scrollable, zoomable container (#map-view).
std::string MapSection(const Json& report, const std::string& sanitized_svg);
// Communities: quality, polarization, per-community table, edge matrix, sizes (#plot-communities).
std::string CommunitiesSection(const Json& report);
// Recommended seeds next to the baseline, and the reach curve (#plot-reach).
std::string SeedsSection(const Json& report);
// How each measure is defined, with its reference.
std::string MeasuresSection(const Json& report);
// The run manifest: command, inputs with checksums, parameters, seed, threads, timings.
std::string ManifestSection(const Json& report);

}  // namespace ombak::html
