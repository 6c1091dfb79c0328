// `ombak convert INPUT... -o OUT`: reads any supported input (edge lists, GML, node tables,
// tweet archives, activity logs, GraphML, Pajek, snapshots) and writes the network in the
// format the output's extension names (.ombak snapshot, .csv edges, .json nodes, .dot,
// .graphml, .gexf). Outputs are written atomically and never over an input.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "io/load.hpp"
#include "io/write.hpp"

namespace ombak::cli {
namespace {

struct ConvertOptions {
  GlobalOptions global;
  std::vector<std::string> inputs;
  std::string output;
  std::string output_format;
};

}  // namespace

void RegisterConvert(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* command = app.add_subcommand("convert", "Convert between formats");
  command->add_option("inputs", options->inputs, "FILE or LAYER=FILE")->required();
  command->add_option("-o,--output", options->output, "Output file")->required();
  std::string formats;
  for (const std::string& name : OutputFormatNames())
    formats += (formats.empty() ? "" : ", ") + name;
  command->add_option("--output-format", options->output_format,
                      "Output format: " + formats + " (default: from the extension)");
  AddGlobalOptions(*command, options->global);
  command->callback([options, &exit_code] {
    exit_code = RunGuarded([&] {
      const Network network = LoadInputs(options->inputs, options->global);
      std::vector<std::string> input_paths;
      for (const auto& input : options->inputs) input_paths.push_back(InputSpec::Parse(input).path);
      WriteNetwork(network, options->output, options->output_format, input_paths);
      if (!options->global.quiet) {
        std::cerr << "ombak: wrote " << options->output << '\n';
      }
    });
  });
}

}  // namespace ombak::cli
