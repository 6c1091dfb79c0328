// Report sections about what to do and how it was computed: recommended seeds with the reach
// curve, the definitions of the measures, and the run manifest.
#include <string>

#include "report/html/escape.hpp"
#include "report/html/sections.hpp"

namespace ombak::html {
namespace {

std::string ModelName(const Json& model) {
  if (model == "ic") return "independent cascade";
  if (model == "lt") return "linear threshold";
  return Show(model);
}

// "3,420 accounts (95% interval 3,277 to 3,563)" for the last point of a reach curve.
std::string LastReach(const Json& curve) {
  if (!curve.is_array() || curve.empty()) return "";
  const Json& last = curve.back();
  return Show(At(last, "spread")) + " accounts (95% interval " + Show(At(last, "low")) + " to " +
         Show(At(last, "high")) + ")";
}

std::string SeedCells(const Json& seed) {
  if (seed.is_null()) return "<td></td><td></td>";
  return "<td>" + AccountName(seed) + "</td><td>" + CommunityCell(At(seed, "community")) + "</td>";
}

// argv joined for display, quoting arguments that a shell would split.
std::string CommandLine(const Json& command) {
  std::string line;
  if (!command.is_array()) return line;
  for (const Json& arg : command) {
    if (!arg.is_string()) continue;
    const std::string& text = arg.get_ref<const std::string&>();
    if (!line.empty()) line += ' ';
    const bool plain =
        !text.empty() && text.find_first_of(" \t\n'\"$`\\*?;&|<>()") == std::string::npos;
    line += plain ? text : "'" + text + "'";
  }
  return EscapeHtml(line);
}

}  // namespace

std::string SeedsSection(const Json& report) {
  const Json& seeds = At(report, "seeds");
  const Json& baseline = At(seeds, "baseline");
  std::string html = SectionStart("seeds", "Where to start: recommended seeds");
  html += "<p>Recommended " + Show(At(seeds, "k")) + " seeds chosen by <strong>" +
          Show(At(seeds, "method")) + "</strong>";
  if (At(seeds, "epsilon").is_number()) html += " (\u03b5 = " + Show(At(seeds, "epsilon")) + ")";
  html += " under the " + ModelName(At(seeds, "model")) +
          " model; arc probabilities: " + Show(At(seeds, "probability")) + ".";
  const std::string reach = LastReach(At(seeds, "reach_curve"));
  const std::string base_reach = LastReach(At(baseline, "reach_curve"));
  if (!reach.empty()) html += " Expected reach of all of them: " + reach + ".";
  if (!base_reach.empty()) {
    html += " The same number of seeds by " + Show(At(baseline, "method")) +
            " (the usual choice) reaches " + base_reach + ".";
  }
  html += "</p>\n<p class=\"note\">Reach is estimated by " + Show(At(seeds, "runs")) +
          " simulated cascades per point, independent of the selection; the shaded band is the "
          "95% interval.</p>\n";
  html += "<div class=\"plot\" id=\"plot-reach\" role=\"img\" aria-label=\"Reach curve\"></div>\n";
  html +=
      "<div class=\"scroll\"><table id=\"seeds-table\">\n<thead><tr><th>#</th>"
      "<th>Recommended seed</th><th>Community</th><th>Marginal gain</th><th>Baseline (" +
      Show(At(baseline, "method")) + ")</th><th>Community</th></tr></thead>\n<tbody>\n";
  const Json& list = At(seeds, "list");
  const Json& base_list = At(baseline, "list");
  const std::size_t rows =
      std::max(list.is_array() ? list.size() : 0, base_list.is_array() ? base_list.size() : 0);
  for (std::size_t i = 0; i < rows; ++i) {
    const Json& seed = At(list, i);
    html += "<tr><td>" + std::to_string(i + 1) + "</td>" + SeedCells(seed) + "<td>" +
            (seed.is_null() ? "" : Show(At(seed, "marginal_gain"))) + "</td>" +
            SeedCells(At(base_list, i)) + "</tr>\n";
  }
  html += "</tbody></table></div>\n";
  html +=
      "<p class=\"note\">Marginal gain: expected additional accounts reached by adding the "
      "seed to those above it. Seeds spread over communities reach further than the largest "
      "audiences, which often share their followers.</p>\n";
  return html + "</section>\n";
}

std::string MeasuresSection(const Json& report) {
  std::string html = SectionStart("measures", "How each measure is defined");
  html += "<dl class=\"measures\">\n";
  const Json& measures = At(report, "measures");
  if (measures.is_array()) {
    for (const Json& measure : measures) {
      html += "<dt>" + Show(At(measure, "title")) + " <code>" + Show(At(measure, "name")) +
              "</code></dt>\n<dd>" + Show(At(measure, "definition"));
      if (At(measure, "reference").is_string() &&
          !At(measure, "reference").get<std::string>().empty()) {
        html += " <cite>" + Show(At(measure, "reference")) + "</cite>";
      }
      if (At(measure, "note").is_string()) {
        html += " <span class=\"note\">(" + Show(At(measure, "note")) + ")</span>";
      }
      html += "</dd>\n";
    }
  }
  return html + "</dl>\n</section>\n";
}

std::string ManifestSection(const Json& report) {
  const Json& manifest = At(report, "manifest");
  std::string html = SectionStart("manifest", "Run manifest");
  html +=
      "<p class=\"note\">Everything needed to reproduce this report: the same inputs (check "
      "the SHA-256), command, seed and ombak version give the same numbers for any thread "
      "count.</p>\n<dl class=\"figures\">\n";
  html += "<div class=\"figure\"><dt>ombak</dt><dd>" + Show(At(report, "ombak_version")) +
          "</dd></div>\n<div class=\"figure\"><dt>Generated</dt><dd>" +
          Show(At(report, "generated_at")) +
          "</dd></div>\n<div class=\"figure\"><dt>Seed</dt><dd>" + Show(At(manifest, "seed")) +
          "</dd></div>\n<div class=\"figure\"><dt>Threads</dt><dd>" +
          Show(At(manifest, "threads")) + "</dd></div>\n</dl>\n";
  html +=
      "<pre class=\"command\"><code>" + CommandLine(At(manifest, "command")) + "</code></pre>\n";

  html +=
      "<h3>Inputs</h3>\n<div class=\"scroll\"><table id=\"inputs-table\"><thead><tr>"
      "<th>File</th><th>Layer</th><th>Bytes</th><th>SHA-256</th></tr></thead>\n<tbody>\n";
  const Json& inputs = At(manifest, "inputs");
  if (inputs.is_array()) {
    for (const Json& input : inputs) {
      html += "<tr><td><code>" + Show(At(input, "path")) + "</code></td><td>" +
              Show(At(input, "layer")) + "</td><td>" + Show(At(input, "bytes")) +
              "</td><td><code class=\"hash\">" + Show(At(input, "sha256")) + "</code></td></tr>\n";
    }
  }
  html += "</tbody></table></div>\n";

  html += "<h3>Parameters</h3>\n<div class=\"scroll\"><table id=\"parameters-table\"><tbody>\n";
  const Json& parameters = At(manifest, "parameters");
  if (parameters.is_object()) {
    for (const auto& [name, value] : parameters.items()) {
      const std::string text =
          value.is_string()
              ? Show(value)
              : EscapeHtml(value.dump(-1, ' ', false, Json::error_handler_t::replace));
      html += "<tr><th scope=\"row\">" + EscapeHtml(name) + "</th><td><code>" + text +
              "</code></td></tr>\n";
    }
  }
  html += "</tbody></table></div>\n";

  html +=
      "<h3>Timings</h3>\n<div class=\"scroll\"><table id=\"timings-table\"><thead><tr>"
      "<th>Stage</th><th>Seconds</th></tr></thead>\n<tbody>\n";
  const Json& timings = At(manifest, "timings");
  double total = 0;
  if (timings.is_array()) {
    for (const Json& timing : timings) {
      const Json& seconds = At(timing, "seconds");
      if (seconds.is_number()) total += seconds.get<double>();
      html += "<tr><td>" + Show(At(timing, "stage")) + "</td><td>" + ShowFixed(seconds, 2) +
              "</td></tr>\n";
    }
  }
  html += "<tr class=\"total\"><td>total</td><td>" + ShowFixed(Json(total), 2) + "</td></tr>\n";
  return html + "</tbody></table></div>\n</section>\n";
}

}  // namespace ombak::html
