#include "io/social/tweet_json.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_set>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "io/social/tweet_records.hpp"
#include "io/text_source.hpp"

namespace ombak {
namespace {

using nlohmann::json;
using social::LineRecords;
using social::ProfileRecord;

constexpr std::size_t kChunkBytes = std::size_t{4} << 20;
constexpr std::size_t kMaxMessages = 10;

// Members no extractor reads. Dropping them while parsing saves building their values (tweet
// text, URLs, media, geometry and profile decoration are most of a tweet's bytes).
bool Dropped(const std::string& key) {
  static const std::unordered_set<std::string_view> kDropped = {
      "text",
      "full_text",
      "body",
      "source",
      "place",
      "coordinates",
      "geo",
      "extended_entities",
      "display_text_range",
      "description",
      "urls",
      "hashtags",
      "symbols",
      "media",
      "annotations",
      "context_annotations",
      "matching_rules",
      "__twarc",
      "attachments",
      "withheld",
      "polls",
      "places",
      "profile_image_url",
      "profile_image_url_https",
      "profile_background_image_url",
      "profile_background_image_url_https",
      "profile_banner_url",
      "profile_link_color",
      "profile_sidebar_border_color",
      "profile_sidebar_fill_color",
      "profile_text_color",
      "profile_background_color",
      "gnip",
      "generator",
      "provider",
      "links",
      "image",
      "summary",
      "edit_history_tweet_ids",
      "edit_controls",
      "meta",
      "bounding_box",
      "derived",
      "indices",
      "time_zone",
      "utc_offset",
      "lang",
      "translator_type",
      "filter_level",
      "favorited",
      "retweeted",
      "truncated",
      "contributors",
      "possibly_sensitive",
      "reply_settings"};
  return kDropped.count(key) != 0;
}

struct ParsedLine {
  std::uint64_t line = 0;  // 0-based within the chunk
  bool bad = false;
  std::uint64_t column = 0;
  std::string error;
  LineRecords records;
};

struct Chunk {
  std::string_view text;
  std::uint64_t newlines = 0;
  std::vector<ParsedLine> lines;
};

// "[json.exception.parse_error.101] parse error at line 1, column 45: syntax error ..." ->
// "syntax error ...".
std::string ParseErrorText(const json::parse_error& error) {
  std::string_view what = error.what();
  const auto column = what.find("column ");
  const auto colon = what.find(": ", column == std::string_view::npos ? 0 : column);
  if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
  return "expected a JSON object, got invalid JSON (" + std::string(what) + ")";
}

void ParseChunk(Chunk& chunk) {
  const auto callback = [](int, json::parse_event_t event, json& parsed) {
    return event != json::parse_event_t::key || !Dropped(parsed.get_ref<const std::string&>());
  };
  std::string_view rest = chunk.text;
  std::uint64_t line = 0;
  while (!rest.empty()) {
    const auto end = rest.find('\n');
    std::string_view text = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    if (end != std::string_view::npos) ++chunk.newlines;
    const std::uint64_t this_line = line++;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
    ParsedLine parsed;
    parsed.line = this_line;
    try {
      const json object = json::parse(text.begin(), text.end(), callback);
      social::ExtractLine(object, parsed.records);
    } catch (const json::parse_error& error) {
      parsed.bad = true;
      parsed.column =
          std::max<std::uint64_t>(1, std::min<std::uint64_t>(error.byte, text.size() + 1));
      parsed.error = ParseErrorText(error);
      parsed.records = {};
    } catch (const json::out_of_range& error) {
      // The parser's only range error is a number beyond a double ("number overflow parsing
      // '1e999'"); it carries no position, so the number's own text places it.
      parsed.bad = true;
      parsed.column = 1;
      const std::string_view what = error.what();
      const auto open = what.find('\'');
      if (open != std::string_view::npos && what.back() == '\'') {
        const std::string_view number = what.substr(open + 1, what.size() - open - 2);
        const auto at = text.find(number);
        if (at != std::string_view::npos) parsed.column = at + 1;
        parsed.error = "expected a number a double can hold, got " + std::string(number);
      } else {
        parsed.error = "expected a JSON object, got " + std::string(what);
      }
      parsed.records = {};
    } catch (const social::TweetFormatError& error) {
      parsed.bad = true;
      parsed.column = 1;
      parsed.error = error.what();
      parsed.records = {};
    }
    chunk.lines.push_back(std::move(parsed));
  }
}

// Replays records into the builder in file order.
class Merger {
 public:
  Merger(const std::string& path, NetworkBuilder& builder, const TweetReadOptions& options,
         TweetReadReport& report)
      : path_(path), builder_(builder), options_(options), report_(report) {}

  void Merge(const Chunk& chunk, std::uint64_t first_line) {
    for (const ParsedLine& line : chunk.lines) {
      ++report_.lines;
      const std::uint64_t number = first_line + line.line;
      if (line.bad) {
        if (++report_.bad_lines > options_.max_bad_lines) {
          throw InputError(path_, number, line.column, line.error);
        }
        if (report_.bad_line_messages.size() < kMaxMessages) {
          report_.bad_line_messages.push_back(path_ + ":" + std::to_string(number) + ":" +
                                              std::to_string(line.column) + ": " + line.error);
        }
        continue;
      }
      const LineRecords& records = line.records;
      if (records.notice) ++report_.notices;
      report_.missing_references += records.missing_references;
      report_.user_objects += records.user_objects;
      for (const ProfileRecord& profile : records.profiles) Offer(profile);
      for (const auto& tweet : records.tweets) {
        if (!seen_.insert(tweet.tweet_id).second) {
          ++report_.duplicate_tweets;
          continue;
        }
        ++report_.tweets;
        for (const auto& arc : tweet.interactions) {
          const NodeId actor = Node(arc.actor);
          const NodeId target = Node(arc.target);
          builder_.AddArc(arc.type, actor, target, Weight{1}, arc.time);
          builder_.events().Add({actor, target, arc.type, arc.time, arc.tweet_id, arc.root_id});
          ++report_.arcs[static_cast<int>(arc.type)];
        }
      }
    }
  }

  void WriteColumns() {
    if (best_.empty()) return;
    NodeTable& nodes = builder_.nodes();
    // Create every column first: creating one may move the others.
    const bool full = std::any_of(best_.begin(), best_.end(),
                                  [](const auto& entry) { return !entry.second.partial; });
    nodes.Column("handle", AttributeType::kText);
    if (full) {
      for (const char* text : {"name", "location"}) nodes.Column(text, AttributeType::kText);
      for (const char* integer :
           {"followers_count", "friends_count", "statuses_count", "created_at", "verified"}) {
        nodes.Column(integer, AttributeType::kInteger);
      }
    }
    const auto column = [&](const char* name) { return nodes.FindColumn(name); };
    AttributeColumn* handle = column("handle");
    AttributeColumn* name = column("name");
    AttributeColumn* location = column("location");
    AttributeColumn* followers = column("followers_count");
    AttributeColumn* friends = column("friends_count");
    AttributeColumn* statuses = column("statuses_count");
    AttributeColumn* created = column("created_at");
    AttributeColumn* verified = column("verified");
    // Columns are filled in node order so the result does not depend on hash-map order.
    std::vector<NodeId> order;
    order.reserve(best_.size());
    for (const auto& [node, profile] : best_) order.push_back(node);
    std::sort(order.begin(), order.end());
    for (const NodeId node : order) {
      const ProfileRecord& p = best_.at(node);
      if (!p.handle.empty()) handle->SetText(node, p.handle);
      if (p.partial || !full) continue;
      if (!p.name.empty()) name->SetText(node, p.name);
      if (p.location && !p.location->empty()) location->SetText(node, *p.location);
      if (p.followers_count) followers->SetInteger(node, *p.followers_count);
      if (p.friends_count) friends->SetInteger(node, *p.friends_count);
      if (p.statuses_count) statuses->SetInteger(node, *p.statuses_count);
      if (p.created_at) created->SetInteger(node, *p.created_at);
      if (p.verified) verified->SetInteger(node, *p.verified ? 1 : 0);
    }
  }

 private:
  NodeId Node(std::int64_t user_id) {
    NodeTable& nodes = builder_.nodes();
    return nodes.id_kind() == IdKind::kInteger ? nodes.Intern(user_id)
                                               : nodes.Intern(std::to_string(user_id));
  }

  // Keeps the newest full profile; a handle-only sighting counts only while no full one exists.
  void Offer(const ProfileRecord& profile) {
    const NodeId node = Node(profile.user_id);
    auto [it, inserted] = best_.try_emplace(node, profile);
    if (inserted) return;
    ProfileRecord& current = it->second;
    const bool newer = profile.seen_at >= current.seen_at;
    if (profile.partial) {
      if (current.partial && newer && !profile.handle.empty()) current = profile;
      return;
    }
    if (current.partial || newer) {
      std::string handle = current.handle;
      current = profile;
      if (current.handle.empty()) current.handle = std::move(handle);
    }
  }

  const std::string& path_;
  NetworkBuilder& builder_;
  const TweetReadOptions& options_;
  TweetReadReport& report_;
  std::unordered_set<std::int64_t> seen_;
  std::unordered_map<NodeId, ProfileRecord> best_;
};

}  // namespace

void ReadTweetJsonText(const std::string& path, std::string_view text, NetworkBuilder& builder,
                       const TweetReadOptions& options, TweetReadReport* report) {
  TweetReadReport local;
  TweetReadReport& out = report != nullptr ? *report : local;
  for (const Layer layer : {Layer::kRetweet, Layer::kQuote, Layer::kReply, Layer::kMention}) {
    builder.arcs(layer);  // a tweet file names these layers even when one stays empty
  }
  Merger merger(path, builder, options, out);
  const int threads = std::max(1, MaxThreads());
  std::size_t position = 0;
  std::uint64_t first_line = 1;
  while (position < text.size()) {
    // One wave: up to `threads` chunks of about kChunkBytes, cut after a newline.
    std::vector<Chunk> wave;
    for (int t = 0; t < threads && position < text.size(); ++t) {
      std::size_t end = std::min(text.size(), position + kChunkBytes);
      if (end < text.size()) {
        const auto newline = text.find('\n', end);
        end = newline == std::string_view::npos ? text.size() : newline + 1;
      }
      wave.push_back({text.substr(position, end - position), 0, {}});
      position = end;
    }
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (std::size_t c = 0; c < wave.size(); ++c) ParseChunk(wave[c]);
    for (const Chunk& chunk : wave) {
      merger.Merge(chunk, first_line);
      first_line += chunk.newlines;
    }
    if (options.progress) options.progress(static_cast<double>(position) / text.size());
  }
  merger.WriteColumns();
  if (out.missing_references > 0) {
    out.warnings.push_back(path + ": " + std::to_string(out.missing_references) +
                           " referenced tweets or accounts were missing from the payload "
                           "(includes); their tweets were kept without those arcs");
  }
  if (out.bad_lines > 0) {
    out.warnings.push_back(path + ": skipped " + std::to_string(out.bad_lines) +
                           " bad lines (max_bad_lines = " + std::to_string(options.max_bad_lines) +
                           ")");
  }
}

void ReadTweetJson(const std::string& path, NetworkBuilder& builder,
                   const TweetReadOptions& options, TweetReadReport* report) {
  const TextSource source = TextSource::Open(path);
  ReadTweetJsonText(path, source.text(), builder, options, report);
}

}  // namespace ombak
