// What every subcommand shares: the global options, loading the INPUT arguments into a
// Network (with a progress bar), choosing the graph an algorithm runs on (--layer), and
// turning library exceptions into messages and exit codes.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/digraph.hpp"
#include "graph/network.hpp"

namespace ombak::cli {

// Exit codes of the `ombak` command.
enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,     // anything unexpected
  kExitUsage = 2,       // bad command line
  kExitInputError = 3,  // a malformed input file
  kExitInvalidArgument = 4,
  kExitBackendError = 5,  // igraph, Graphviz, zlib
};

struct GlobalOptions {
  int threads = 0;  // 0: all cores (or OMP_NUM_THREADS)
  std::uint64_t seed = 42;
  std::string format = "table";
  bool quiet = false;
  std::size_t skip_bad_lines = 0;
  std::string input_format;  // "" = detect
  bool reverse = false;      // input columns are target,source
};

// Adds --threads, --seed, --format, --quiet, --skip-bad-lines, --input-format, --reverse to a
// subcommand (CLI11 keeps them per subcommand so they may follow the subcommand name).
void AddGlobalOptions(CLI::App& command, GlobalOptions& options);

// Loads INPUT arguments ("FILE" or "LAYER=FILE"); warnings (skipped lines) go to stderr unless
// quiet.
Network LoadInputs(const std::vector<std::string>& inputs, const GlobalOptions& options);

// The graph selected by --layer: a layer name, "merged" (all layers, weight 1 each), a list
// "retweet,quote" (merged) or weighted "retweet=1,mention=0.5", or "auto" (the only layer, or
// all merged). Owns a merged graph; refers to a stored layer without copying.
class GraphChoice {
 public:
  GraphChoice(const Network& network, const std::string& spec);
  const Digraph& graph() const { return owned_ ? *owned_ : *borrowed_; }
  const std::string& description() const { return description_; }

 private:
  const Digraph* borrowed_ = nullptr;
  std::optional<Digraph> owned_;
  std::string description_;
};

// The command line as typed (recorded by main for the run manifest).
void SetCommandLine(int argc, char** argv);
const std::vector<std::string>& CommandLine();

// Runs a subcommand body, mapping ombak's exceptions to "ombak: error: ..." on stderr and the
// exit codes above.
int RunGuarded(const std::function<void()>& body);

}  // namespace ombak::cli
