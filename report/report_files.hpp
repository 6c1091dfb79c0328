// Writing `ombak analyze`'s output directory: report.json, report.html, accounts.csv,
// communities.csv, seeds.csv, network.gexf and map.svg.
//
// Design choice: all-or-nothing. Every file is first written in full under a temporary name in
// DIR; only when all of them exist are they renamed to their final names, one rename each. A
// failure before that point (an exception anywhere) removes the temporary files, so a failed
// run never leaves a half-written report, and never overwrites an input.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "graph/network.hpp"
#include "report/analysis.hpp"

namespace ombak {

struct ReportFiles {
  std::vector<std::string> written;  // final paths, in writing order
};

// Writes every output into `dir` (created if missing). `report` is ReportJson's document.
// Throws InvalidArgument when an output would overwrite an input, InputError on a write error.
ReportFiles WriteReportDirectory(const std::string& dir, const Network& network, const Digraph& g,
                                 const AnalysisResult& result, const nlohmann::json& report,
                                 const std::vector<std::string>& inputs);

}  // namespace ombak
