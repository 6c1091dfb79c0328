// report.json: the analysis as one machine-readable document (schema: docs/report.schema.json).
// The HTML page is rendered from this same document, so the two never disagree.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "graph/network.hpp"
#include "report/analysis.hpp"

namespace ombak {

// What the run manifest records besides the analysis itself.
struct RunManifest {
  std::vector<std::string> command;  // argv
  struct Input {
    std::string path;
    std::string layer;  // "" when the file chose its own layer(s)
    std::uint64_t bytes = 0;
    std::string sha256;
  };
  std::vector<Input> inputs;
  nlohmann::json parameters = nlohmann::json::object();
  int threads = 0;
  std::vector<StageTiming> extra_timings;  // loading, writing
};

nlohmann::json ReportJson(const Network& network, const Digraph& g, const AnalysisResult& result,
                          const AnalysisOptions& options, const RunManifest& manifest);

// Plain-language sentences summarizing the analysis (the report's first section).
std::vector<std::string> SummarySentences(const Network& network, const Digraph& g,
                                          const AnalysisResult& result);

}  // namespace ombak
