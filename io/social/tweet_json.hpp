// Reading tweet archives (JSON lines) into a NetworkBuilder: the retweet, quote, reply and
// mention layers, the event log, and account attributes.
//
// Accepted, one JSON object per line, mixed freely in one file (docs/DATA.md has examples):
//   - API v1.1 tweets ("original format", as the streaming and REST APIs and Gnip deliver them)
//   - Gnip activity-streams activities ("verb": "post" / "share")
//   - API v2 response pages as twarc2 writes them ("data" + "includes"), including stream pages
//     whose "data" is one tweet, and user-lookup pages (accounts without tweets)
//   - API v2 single tweets as twarc-csv flattens them ("author" embedded)
//   - stream notices ({"delete":...}, {"limit":...}) and error-only pages, which are skipped
//
// Ids: accounts are keyed by Twitter's numeric user id. In an integer NodeTable the id is the
// external id; in a string NodeTable its decimal text is. The screen name goes to the "handle"
// column, never into the id, because screen names change and ids do not.
//
// Design choice: the file is cut at newlines into chunks that threads parse independently into
// records keyed by Twitter ids (io/social/tweet_records.hpp); the records are then replayed in
// file order into the builder, so the result is identical for any thread count and memory
// holds the graph, the events and one chunk's records, not a DOM of the file.
//
// Usage:
//   NetworkBuilder builder(IdKind::kInteger);
//   TweetReadReport report;
//   ReadTweetJson("tweets.jsonl.gz", builder, {}, &report);
//   Network net = std::move(builder).Build();
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "graph/layer.hpp"
#include "graph/network.hpp"

namespace ombak {

struct TweetReadOptions {
  // Lines that are not JSON or not a tweet the reader understands are skipped and counted
  // while at most this many; one more is an InputError. 0 = the first bad line is an error.
  std::uint64_t max_bad_lines = 0;
  // Called with the fraction of the file merged so far (0..1], from the calling thread.
  std::function<void(double fraction)> progress;
};

struct TweetReadReport {
  std::uint64_t lines = 0;             // non-blank lines
  std::uint64_t tweets = 0;            // distinct tweets seen, embedded and included ones too
  std::uint64_t duplicate_tweets = 0;  // tweets seen again (their arcs were not repeated)
  std::uint64_t notices = 0;           // stream notices and error-only pages skipped
  std::uint64_t user_objects = 0;      // accounts read from v2 user lookups
  std::uint64_t bad_lines = 0;         // lines skipped under max_bad_lines
  std::vector<std::string> bad_line_messages;  // the first 10, "path:line:col: ..."
  // Top-level tweets whose referenced tweet or mentioned account was not in the payload; they
  // were kept with what is known.
  std::uint64_t missing_references = 0;
  std::array<std::uint64_t, kNumLayers> arcs{};  // interactions added per layer
  std::vector<std::string> warnings;             // for the CLI to print
};

// Reads `path` (plain or gzip) into `builder`: arcs into the retweet, quote, reply and mention
// layers (each declared even when empty), one event per arc (graph/event_log.hpp: tweet_id =
// the acting tweet, root_id = the retweeted/quoted/replied tweet, -1 for mentions), and the
// columns followers_count, friends_count, statuses_count, created_at (Unix seconds), verified
// (0/1) as integers and handle, name, location as text, taken from the newest profile seen by
// tweet time (accounts only mentioned or replied to get their id and handle).
// Each tweet id contributes its arcs once, however often it appears.
// Throws InputError "path:line:column: ..." for an unreadable file or a bad line beyond
// max_bad_lines, and InvalidArgument when the builder's table already has one of the columns
// above with another type. O(file size / threads + arcs); deterministic for any thread count.
void ReadTweetJson(const std::string& path, NetworkBuilder& builder,
                   const TweetReadOptions& options = {}, TweetReadReport* report = nullptr);

// The same over text held in memory (tests); `path` names it in messages.
void ReadTweetJsonText(const std::string& path, std::string_view text, NetworkBuilder& builder,
                       const TweetReadOptions& options = {}, TweetReadReport* report = nullptr);

}  // namespace ombak
