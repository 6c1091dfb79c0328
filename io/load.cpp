#include "io/load.hpp"

#include <filesystem>
#include <string>

#include "graph/errors.hpp"
#include "io/assemble.hpp"
#include "io/edge_list_reader.hpp"
#include "io/format_detect.hpp"
#include "io/gml_reader.hpp"
#include "io/node_attributes_reader.hpp"
#include "io/snapshot.hpp"
#include "io/social/activity_log.hpp"
#include "io/social/graphml.hpp"
#include "io/social/pajek.hpp"
#include "io/social/tweet_json.hpp"
#include "io/text_source.hpp"

namespace ombak {
namespace {

// What a text reader gets besides the text.
struct ReadContext {
  const InputSpec& spec;
  const LoadOptions& options;
  std::function<void(double)> progress;  // fraction of this file
};

RawFile ReadEdgeListAs(const TextSource& source, const ReadContext& context, char delimiter) {
  EdgeListOptions options;
  options.delimiter = delimiter;
  options.id_kind = context.options.id_kind;
  options.reverse = context.options.reverse.value_or(false);
  options.max_bad_lines = context.options.max_bad_lines;
  options.layer = context.spec.layer;
  options.progress = context.progress;
  return ReadEdgeList(source, options);
}

RawFile ReadEdgeListInput(const TextSource& s, const ReadContext& c) {
  return ReadEdgeListAs(s, c, 0);
}
RawFile ReadCsvInput(const TextSource& s, const ReadContext& c) {
  return ReadEdgeListAs(s, c, ',');
}
RawFile ReadTsvInput(const TextSource& s, const ReadContext& c) {
  return ReadEdgeListAs(s, c, '\t');
}

RawFile ReadGmlInput(const TextSource& source, const ReadContext& context) {
  RawFile raw = ReadGml(source);
  raw.layer = context.spec.layer.value_or(Layer::kFollow);
  if (context.options.reverse.value_or(false)) std::swap(raw.sources, raw.targets);
  return raw;
}

RawFile ReadNodesInput(const TextSource& source, const ReadContext& context) {
  NodeAttributeOptions options;
  options.id_kind = context.options.id_kind;
  RawFile raw = ReadNodeAttributes(source, options);
  raw.has_edges = false;
  return raw;
}

// The readers of io/social fill a NetworkBuilder of their own, whose content joins the other
// inputs in local mode (RawFileFromBuilder). Where ids may be text (activity logs, GraphML,
// Pajek) the builder starts with text ids unless integers are forced, and hands them over as
// integers when every one is: the same rule the edge-list reader follows.
IdKind LocalIdKind(const LoadOptions& options) {
  return options.id_kind == IdKind::kInteger ? IdKind::kInteger : IdKind::kString;
}
bool IntegerIdsAllowed(const LoadOptions& options) { return options.id_kind != IdKind::kString; }

// Tweet archives and activity logs route every row to its own layer: LAYER=FILE has no meaning.
void RejectLayerSpec(const ReadContext& context, std::string_view what) {
  if (!context.spec.layer) return;
  throw InvalidArgument(std::string(LayerName(*context.spec.layer)) + "=" + context.spec.path +
                        ": " + std::string(what) +
                        " puts each interaction in its own layer; give the file without LAYER=");
}

// GraphML and Pajek arcs that name no layer are follow arcs, like an edge list's: LAYER=FILE
// moves them, --reverse turns every arc around.
void ApplySpecToGraphFile(const ReadContext& context, RawFile& raw) {
  auto& follow = raw.local_arcs[static_cast<int>(Layer::kFollow)];
  if (context.spec.layer && *context.spec.layer != Layer::kFollow && follow) {
    auto& to = raw.local_arcs[static_cast<int>(*context.spec.layer)];
    if (to) {
      to->Append(*follow);
    } else {
      to = std::move(follow);
    }
    follow.reset();
  }
  if (context.options.reverse.value_or(false)) {
    for (auto& arcs : raw.local_arcs) {
      if (arcs) std::swap(arcs->sources, arcs->targets);
    }
  }
}

RawFile ReadTweetsInput(const TextSource& source, const ReadContext& context) {
  RejectLayerSpec(context, "a tweet archive");
  NetworkBuilder builder(IdKind::kInteger);  // Twitter's numeric ids, whatever the kind asked
  TweetReadOptions options;
  options.max_bad_lines = context.options.max_bad_lines;
  options.progress = context.progress;
  TweetReadReport report;
  ReadTweetJsonText(source.path(), source.text(), builder, options, &report);
  RawFile raw = RawFileFromBuilder(source.path(), std::move(builder), true);
  raw.skipped = std::move(report.bad_line_messages);
  raw.skipped_count = report.bad_lines;
  raw.missing_references = report.missing_references;
  if (report.missing_references > 0) {
    raw.warnings.push_back(source.path() + ": " + std::to_string(report.missing_references) +
                           " tweet(s) referenced a tweet or account missing from the payload "
                           "(includes); kept with what is known, without those arcs");
  }
  if (report.notices > 0) {
    raw.warnings.push_back(source.path() + ": skipped " + std::to_string(report.notices) +
                           " stream notice(s) (delete, limit) and error-only page(s)");
  }
  return raw;
}

RawFile ReadActivityInput(const TextSource& source, const ReadContext& context) {
  RejectLayerSpec(context, "an activity log");
  NetworkBuilder builder(LocalIdKind(context.options));
  ActivityLogOptions options;
  options.max_bad_lines = context.options.max_bad_lines;
  options.progress = context.progress;
  ActivityLogReport report;
  ReadActivityLogText(source.path(), source.text(), builder, options, &report);
  RawFile raw =
      RawFileFromBuilder(source.path(), std::move(builder), IntegerIdsAllowed(context.options));
  raw.skipped = std::move(report.bad_line_messages);
  raw.skipped_count = report.bad_lines;
  return raw;
}

RawFile ReadGraphMlInput(const TextSource& source, const ReadContext& context) {
  NetworkBuilder builder(LocalIdKind(context.options));
  ReadGraphMlText(source.path(), source.text(), builder);
  RawFile raw =
      RawFileFromBuilder(source.path(), std::move(builder), IntegerIdsAllowed(context.options));
  ApplySpecToGraphFile(context, raw);
  return raw;
}

RawFile ReadPajekInput(const TextSource& source, const ReadContext& context) {
  NetworkBuilder builder(LocalIdKind(context.options));
  ReadPajekText(source.path(), source.text(), builder);
  RawFile raw =
      RawFileFromBuilder(source.path(), std::move(builder), IntegerIdsAllowed(context.options));
  ApplySpecToGraphFile(context, raw);
  return raw;
}

// The text formats. A new reader is one more entry here (and, if its content or extension can
// be recognised, one more rule in io/format_detect.cpp).
struct TextFormat {
  std::string_view name;
  RawFile (*read)(const TextSource&, const ReadContext&);
};
constexpr TextFormat kTextFormats[] = {
    {"edgelist", ReadEdgeListInput}, {"csv", ReadCsvInput},         {"tsv", ReadTsvInput},
    {"gml", ReadGmlInput},           {"nodes", ReadNodesInput},     {"tweets", ReadTweetsInput},
    {"activity", ReadActivityInput}, {"graphml", ReadGraphMlInput}, {"pajek", ReadPajekInput},
};

const TextFormat* FindTextFormat(std::string_view name) {
  for (const TextFormat& format : kTextFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

std::uint64_t FileSize(const std::string& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  return error ? 0 : size;
}

}  // namespace

InputSpec InputSpec::Parse(std::string_view text) {
  InputSpec spec;
  const std::size_t eq = text.find('=');
  if (eq != std::string_view::npos && eq > 0) {
    const std::string_view prefix = text.substr(0, eq);
    if (prefix.find('/') == std::string_view::npos && prefix.find('.') == std::string_view::npos) {
      const auto layer = ParseLayer(prefix);
      if (!layer) {
        std::string names;
        for (const Layer l : kAllLayers)
          names += (names.empty() ? "" : ", ") + std::string(LayerName(l));
        throw InvalidArgument("unknown layer '" + std::string(prefix) + "' in input '" +
                              std::string(text) + "': expected one of " + names);
      }
      spec.layer = layer;
      spec.path = std::string(text.substr(eq + 1));
      return spec;
    }
  }
  spec.path = std::string(text);
  return spec;
}

std::vector<std::string> InputFormatNames() {
  std::vector<std::string> names;
  for (const TextFormat& format : kTextFormats) names.emplace_back(format.name);
  names.emplace_back("ombak");
  return names;
}

Network LoadNetwork(const std::vector<InputSpec>& inputs, const LoadOptions& options,
                    LoadReport* report) {
  if (inputs.empty()) throw InvalidArgument("LoadNetwork: no input files");
  std::uint64_t total_bytes = 0;
  for (const InputSpec& spec : inputs) total_bytes += FileSize(spec.path);
  std::uint64_t done_bytes = 0;

  std::vector<RawFile> files;
  std::size_t skipped = 0;
  std::size_t missing_references = 0;
  std::vector<std::string> warnings;
  for (const InputSpec& spec : inputs) {
    if (!spec.format.empty() && spec.format != "ombak" && !FindTextFormat(spec.format)) {
      std::string names;
      for (const std::string& n : InputFormatNames()) names += (names.empty() ? "" : ", ") + n;
      throw InvalidArgument("unknown input format '" + spec.format + "' for " + spec.path +
                            ": expected one of " + names);
    }
    if (spec.format == "ombak" ||
        (spec.format.empty() &&
         (HasSnapshotMagic(spec.path) || FormatFromExtension(spec.path) == "ombak"))) {
      if (inputs.size() > 1) {
        throw InvalidArgument("the snapshot " + spec.path +
                              " must be the only input (it holds a whole network)");
      }
      Network network = ReadSnapshot(spec.path);
      if (options.progress) options.progress(1.0);
      if (report != nullptr) *report = LoadReport{};
      return network;
    }
    const std::uint64_t size = FileSize(spec.path);
    std::function<void(double)> file_progress;
    if (options.progress) {
      file_progress = [&, size](double fraction) {
        if (total_bytes > 0) {
          options.progress(
              (static_cast<double>(done_bytes) + fraction * static_cast<double>(size)) /
              static_cast<double>(total_bytes));
        }
      };
    }
    TextSource source = TextSource::Open(spec.path);
    const std::string format =
        spec.format.empty() ? DetectTextFormat(spec.path, source.text()) : spec.format;
    if (format == "gexf") {
      throw InvalidArgument(spec.path +
                            ": ombak writes GEXF but does not read it; export GraphML from Gephi "
                            "and load that");
    }
    const TextFormat* reader = FindTextFormat(format);
    RawFile raw = reader->read(source, ReadContext{spec, options, file_progress});
    if (raw.skipped_count > 0) {
      skipped += raw.skipped_count;
      warnings.push_back(spec.path + ": skipped " + std::to_string(raw.skipped_count) +
                         " malformed row(s) (--skip-bad-lines " +
                         std::to_string(options.max_bad_lines) + ")");
      for (std::string& line : raw.skipped) warnings.push_back(std::move(line));
    }
    missing_references += raw.missing_references;
    for (std::string& warning : raw.warnings) warnings.push_back(std::move(warning));
    files.push_back(std::move(raw));
    done_bytes += size;
  }

  std::array<BuildStats, kNumLayers> stats{};
  AssembleOptions assemble;
  assemble.id_kind = options.id_kind;
  assemble.duplicates = options.duplicates;
  assemble.self_loops = options.self_loops;
  Network network = AssembleNetwork(std::move(files), assemble, &stats);
  for (const Layer layer : network.present_layers()) {
    const BuildStats& s = stats[static_cast<int>(layer)];
    if (s.duplicates_merged > 0) {
      warnings.push_back(std::string(LayerName(layer)) + ": merged " +
                         std::to_string(s.duplicates_merged) + " duplicate arc(s)");
    }
    if (s.self_loops_dropped > 0) {
      warnings.push_back(std::string(LayerName(layer)) + ": dropped " +
                         std::to_string(s.self_loops_dropped) + " self-loop(s)");
    }
  }
  if (options.progress) options.progress(1.0);
  if (report != nullptr) {
    report->skipped_lines = skipped;
    report->missing_references = missing_references;
    report->warnings = std::move(warnings);
    report->build_stats = stats;
  }
  return network;
}

Network LoadNetwork(const std::string& path) { return LoadNetwork({InputSpec{path, {}, ""}}); }

}  // namespace ombak
