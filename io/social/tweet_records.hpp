// The records one tweet JSON line turns into, before any node exists.
//
// Design choice: parsing threads never touch the NodeTable. Each thread turns its lines into a
// flat list of items keyed by Twitter's own 64-bit ids (accounts and tweets), in the order the
// line states them; ReadTweetJson then replays every item in file order into the builder. Node
// numbering, deduplication and "newest profile wins" therefore do not depend on how the file was
// cut into chunks or on the number of threads.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph/layer.hpp"
#include "graph/types.hpp"

namespace ombak::social {

// What one JSON object says about an account at the time of the tweet it came with. A
// "partial" profile is an account only referenced (mentioned, replied to): just its handle.
struct ProfileRecord {
  std::int64_t user_id = 0;
  Timestamp seen_at = kNoTime;  // time of the tweet that carried this profile
  bool partial = false;
  std::string handle;
  std::string name;
  std::optional<std::string> location;
  std::optional<std::int64_t> followers_count;
  std::optional<std::int64_t> friends_count;
  std::optional<std::int64_t> statuses_count;
  std::optional<std::int64_t> created_at;
  std::optional<bool> verified;
};

// One arc of the attention graph and its event (actor -> target, DESIGN.md direction).
struct InteractionRecord {
  std::int64_t actor = 0;
  std::int64_t target = 0;
  Layer type = Layer::kRetweet;
  Timestamp time = kNoTime;
  std::int64_t tweet_id = -1;
  std::int64_t root_id = -1;
};

// A tweet seen in the line (the line's own tweet or an embedded/included one): its author and
// the interactions it carries. Interactions are recorded once per tweet id in the whole input.
struct TweetRecord {
  std::int64_t tweet_id = 0;
  std::int64_t author_id = 0;
  std::vector<InteractionRecord> interactions;
};

// The items of one line, in order: profiles first (so an author's node is created before the
// accounts it points at), then tweets.
struct LineRecords {
  std::vector<ProfileRecord> profiles;
  std::vector<TweetRecord> tweets;
  std::uint64_t missing_references = 0;  // referenced tweets/accounts absent from the payload
  std::uint64_t user_objects = 0;        // v2 user lookups (accounts without tweets)
  bool notice = false;  // a stream notice (delete, limit) or an error-only response: no tweet
};

// A line that is valid JSON but not a tweet the reader understands.
class TweetFormatError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Dispatches on the shape of `object`: v2 response page ("data"), v2 flattened tweet
// ("author_id"), Gnip activity ("actor"/"verb"), v1.1 tweet ("user"/"created_at"), stream
// notices ("delete", "limit", error-only pages). Throws TweetFormatError otherwise.
void ExtractLine(const nlohmann::json& object, LineRecords& out);

// The individual formats (tweet_extract_v1.cpp, tweet_extract_v2.cpp).
void ExtractV1(const nlohmann::json& tweet, LineRecords& out);
void ExtractActivity(const nlohmann::json& activity, LineRecords& out);
void ExtractV2Page(const nlohmann::json& page, LineRecords& out);
void ExtractV2Flat(const nlohmann::json& tweet, LineRecords& out);

// Helpers shared by the extractors.
// A Twitter id from a JSON string ("123", "id:twitter.com:123", "tag:...,2005:123") or integer.
std::optional<std::int64_t> IdOf(const nlohmann::json& value);
// The member `key` of `object` as a string, or "" when absent, null or not a string.
std::string StringOf(const nlohmann::json& object, const char* key);
std::optional<std::int64_t> IntegerOf(const nlohmann::json& object, const char* key);
std::optional<bool> BoolOf(const nlohmann::json& object, const char* key);
// The member `key`, or a null json when `object` is not an object or lacks it.
const nlohmann::json& Member(const nlohmann::json& object, const char* key);

}  // namespace ombak::social
