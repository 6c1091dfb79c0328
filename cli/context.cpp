#include "cli/context.hpp"

#include <cmath>
#include <iostream>

#include "cli/progress.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "graph/projections.hpp"
#include "io/load.hpp"

namespace ombak::cli {

void AddGlobalOptions(CLI::App& command, GlobalOptions& options) {
  command.add_option("--threads", options.threads, "Worker threads (0 = all cores)")
      ->check(CLI::NonNegativeNumber);
  command.add_option("--seed", options.seed, "Seed of every random choice")->capture_default_str();
  command.add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  command.add_flag("--quiet,-q", options.quiet, "No progress bars or warnings");
  command.add_option("--skip-bad-lines", options.skip_bad_lines,
                     "Skip up to N malformed input rows (counted in a warning) instead of failing");
  std::string formats;
  for (const std::string& name : InputFormatNames())
    formats += (formats.empty() ? "" : ", ") + name;
  command.add_option("--input-format", options.input_format,
                     "Format of every INPUT: " + formats +
                         " (default: detected from extension and content, see docs/DATA.md)");
  command.add_flag("--reverse", options.reverse,
                   "Edge-list columns are target,source (the file points the way influence goes)");
  command.parse_complete_callback([&options] { SetThreads(options.threads); });
}

Network LoadInputs(const std::vector<std::string>& inputs, const GlobalOptions& options) {
  std::vector<InputSpec> specs;
  for (const auto& input : inputs) {
    InputSpec spec = InputSpec::Parse(input);
    if (!options.input_format.empty()) spec.format = options.input_format;
    specs.push_back(std::move(spec));
  }
  ProgressBar bar("loading", !options.quiet);
  LoadOptions load;
  load.max_bad_lines = options.skip_bad_lines;
  if (options.reverse) load.reverse = true;
  load.progress = bar.Callback();
  LoadReport report;
  Network network = LoadNetwork(specs, load, &report);
  bar.Finish();
  if (!options.quiet) {
    for (const auto& warning : report.warnings) std::cerr << "ombak: warning: " << warning << '\n';
  }
  return network;
}

namespace {

std::vector<std::pair<Layer, double>> ParseLayerWeights(const Network& network,
                                                        const std::string& spec) {
  std::vector<std::pair<Layer, double>> out;
  std::size_t start = 0;
  while (start <= spec.size()) {
    const std::size_t comma = std::min(spec.find(',', start), spec.size());
    const std::string item = spec.substr(start, comma - start);
    const std::size_t eq = item.find('=');
    const std::string name = item.substr(0, eq);
    double weight = 1.0;
    if (eq != std::string::npos) {
      try {
        std::size_t used = 0;
        weight = std::stod(item.substr(eq + 1), &used);
        if (used != item.size() - eq - 1) throw std::invalid_argument(item);
      } catch (const std::exception&) {
        throw InvalidArgument("--layer: expected LAYER=WEIGHT with a number, got '" + item + "'");
      }
      // The weight scales the layer's counts, which the measures need non-negative and finite.
      if (!(weight >= 0) || !std::isfinite(weight)) {
        throw InvalidArgument("--layer: expected a non-negative finite layer weight, got '" + item +
                              "'");
      }
    }
    const auto layer = ParseLayer(name);
    if (!layer) {
      throw InvalidArgument("--layer: unknown layer '" + name +
                            "' (expected follow, retweet, quote, reply, mention, interaction, "
                            "merged or auto)");
    }
    if (!network.has_layer(*layer)) {
      throw InvalidArgument("--layer: the input has no " + std::string(LayerName(*layer)) +
                            " layer");
    }
    out.emplace_back(*layer, weight);
    start = comma + 1;
  }
  return out;
}

}  // namespace

GraphChoice::GraphChoice(const Network& network, const std::string& spec) {
  const std::vector<Layer> present = network.present_layers();
  if (present.empty()) throw InvalidArgument("the input has no edges in any layer");
  std::vector<std::pair<Layer, double>> weights;
  if (spec == "auto" || spec == "merged") {
    for (const Layer layer : present) weights.emplace_back(layer, 1.0);
  } else {
    weights = ParseLayerWeights(network, spec);
  }
  if (weights.size() == 1 && weights[0].second == 1.0) {
    borrowed_ = &network.layer(weights[0].first);
    description_ = std::string(LayerName(weights[0].first));
    return;
  }
  owned_ = MergeLayers(network, weights);
  description_ = "merged(";
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (i > 0) description_ += ",";
    description_ += std::string(LayerName(weights[i].first));
    if (weights[i].second != 1.0) description_ += "=" + std::to_string(weights[i].second);
  }
  description_ += ")";
}

namespace {
std::vector<std::string>& CommandLineStorage() {
  static std::vector<std::string> command_line;
  return command_line;
}
}  // namespace

void SetCommandLine(int argc, char** argv) { CommandLineStorage().assign(argv, argv + argc); }

const std::vector<std::string>& CommandLine() { return CommandLineStorage(); }

int RunGuarded(const std::function<void()>& body) {
  try {
    body();
    return kExitOk;
  } catch (const InputError& e) {
    std::cerr << "ombak: error: " << e.what() << '\n';
    return kExitInputError;
  } catch (const InvalidArgument& e) {
    std::cerr << "ombak: error: " << e.what() << '\n';
    return kExitInvalidArgument;
  } catch (const BackendError& e) {
    std::cerr << "ombak: error: " << e.what() << '\n';
    return kExitBackendError;
  } catch (const std::bad_alloc&) {
    std::cerr << "ombak: error: out of memory\n";
    return kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "ombak: error: " << e.what() << '\n';
    return kExitFailure;
  }
}

}  // namespace ombak::cli
