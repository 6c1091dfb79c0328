// Loading networks: the one entry point the command line and the tests use.
//
// Design choice: every input is read into a RawFile by the reader of its format (looked up in
// one table in io/load.cpp, so adding a format is one entry), then all RawFiles are assembled
// together (io/assemble.hpp): one node table shared by all layers, integer ids when every id
// of every file is an integer. A file given as LAYER=FILE puts all its rows in that layer; a
// file with a layer/type column routes each row; any other file fills the follow layer.
// Tweet archives and activity logs route each interaction to its layer and add events (with
// tweet and root ids); GraphML edges with a "layer" attribute go to that layer. So a tweet
// archive, a follow edge list and an account table load together into one network.
// A snapshot (.ombak, recognised by its magic bytes) is read directly and must be the only
// input.
//
// Usage:
//   Network net = LoadNetwork("karate.gml");
//   LoadReport report;
//   Network twitter = LoadNetwork({InputSpec::Parse("follows.csv"),
//                                  InputSpec::Parse("retweet=rts.tsv.gz"),
//                                  InputSpec::Parse("tweets.jsonl.gz"),
//                                  InputSpec::Parse("accounts.csv")},
//                                 {.max_bad_lines = 10}, &report);
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/builder.hpp"
#include "graph/layer.hpp"
#include "graph/network.hpp"
#include "graph/node_table.hpp"

namespace ombak {

// One INPUT on the command line: "FILE" or "LAYER=FILE".
struct InputSpec {
  std::string path{};
  std::optional<Layer> layer{};  // nullopt: the file's own layer column, else Layer::kFollow
  // "" = detect from extension and content (io/format_detect.hpp); else one of
  // InputFormatNames(): "edgelist", "csv", "tsv", "gml", "nodes", "tweets", "activity",
  // "graphml", "pajek", "ombak".
  std::string format{};

  // "retweet=rts.tsv.gz" -> {path, kRetweet}. Text before the first '=' counts as a layer name
  // when it has no '/' or '.'; an unknown layer name throws InvalidArgument listing the names.
  static InputSpec Parse(std::string_view text);
};

struct LoadOptions {
  std::size_t max_bad_lines = 0;    // --skip-bad-lines N: skip up to N malformed rows (warned)
  std::optional<IdKind> id_kind{};  // nullopt: integers if every id in every file is an int64
  std::optional<bool> reverse{};    // read target,source instead of source,target
  std::function<void(double)> progress{};  // fraction of bytes read, may be empty
  // Override the per-layer duplicate and self-loop policies (DefaultBuildOptions).
  std::optional<DuplicatePolicy> duplicates{};
  std::optional<SelfLoopPolicy> self_loops{};
};

struct LoadReport {
  std::size_t skipped_lines = 0;
  // Tweets whose referenced tweet or account was missing from the payload (kept, see
  // io/social/tweet_json.hpp).
  std::size_t missing_references = 0;
  std::vector<std::string> warnings{};
  std::array<BuildStats, kNumLayers> build_stats{};
};

// The format names LoadNetwork accepts in InputSpec::format.
std::vector<std::string> InputFormatNames();

// Reads and assembles every input. Throws InputError for a malformed or unreadable file
// ("path:line:column: expected ..., got '...'"), InvalidArgument for an unknown format name or
// a snapshot mixed with other inputs. O(total input size); large edge lists parse in parallel;
// the result does not depend on the thread count.
Network LoadNetwork(const std::vector<InputSpec>& inputs, const LoadOptions& options = {},
                    LoadReport* report = nullptr);
// One file, detected format.
Network LoadNetwork(const std::string& path);

}  // namespace ombak
