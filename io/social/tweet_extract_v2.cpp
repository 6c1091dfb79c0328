// Extraction of API v2 tweets: response pages as twarc2 writes them (one page per line, "data"
// an array or, from the stream, one object; "includes" with users and tweets) and single tweets
// as twarc-csv flattens them ("author", "in_reply_to_user" and the referenced tweets embedded).
//
// Design choices, also stated in docs/DATA.md:
// - referenced_tweets decides the kind: "retweeted" -> retweet arc to the original's author and
//   no mentions (v2 repeats the "RT @author:" mention in a retweet's entities); "quoted" ->
//   quote arc; "replied_to" -> reply arc to in_reply_to_user_id (known even when the replied
//   tweet itself is not included).
// - A referenced tweet found in includes.tweets (or embedded, when flattened) is extracted as a
//   tweet of its own, once per tweet id across the input.
// - A top-level tweet whose referenced tweet or mentioned account is not in the payload keeps
//   what is known and is counted in missing_references (the reader turns that into a warning).
//   References of included tweets are one expansion level too deep for the API to include, so
//   they are not counted.
// - Mentions without an id (older twarc pages) are resolved by username through includes.users.
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "io/social/tweet_records.hpp"
#include "io/social/twitter_time.hpp"

namespace ombak::social {
namespace {

using nlohmann::json;

// `value` if it is an array, else an empty array (without copying either).
const json& ArrayOf(const json& value) {
  static const json kEmpty = json::array();
  return value.is_array() ? value : kEmpty;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The includes of one page, indexed.
struct Includes {
  std::unordered_map<std::int64_t, const json*> users;
  std::unordered_map<std::string, std::int64_t> user_by_name;  // lower-case username -> id
  std::unordered_map<std::int64_t, const json*> tweets;

  void Index(const json& includes) {
    for (const json& user : ArrayOf(Member(includes, "users"))) {
      if (const auto id = IdOf(Member(user, "id"))) {
        users.emplace(*id, &user);
        user_by_name.emplace(Lower(StringOf(user, "username")), *id);
      }
    }
    for (const json& tweet : ArrayOf(Member(includes, "tweets"))) {
      if (const auto id = IdOf(Member(tweet, "id"))) tweets.emplace(*id, &tweet);
    }
  }
};

ProfileRecord V2Profile(const json& user, std::int64_t id, Timestamp time) {
  ProfileRecord profile;
  profile.user_id = id;
  profile.seen_at = time;
  profile.handle = StringOf(user, "username");
  profile.name = StringOf(user, "name");
  if (Member(user, "location").is_string()) profile.location = StringOf(user, "location");
  const json& metrics = Member(user, "public_metrics");
  profile.followers_count = IntegerOf(metrics, "followers_count");
  profile.friends_count = IntegerOf(metrics, "following_count");
  profile.statuses_count = IntegerOf(metrics, "tweet_count");
  profile.created_at = ParseIsoTime(StringOf(user, "created_at"));
  profile.verified = BoolOf(user, "verified");
  return profile;
}

// Records what is known of account `id`: the included or embedded user object if any (a full
// profile), else just the handle.
void AddAccount(std::int64_t id, const json* embedded, const std::string& handle, Timestamp time,
                const Includes& includes, LineRecords& out) {
  const auto it = includes.users.find(id);
  const json* user = it != includes.users.end() ? it->second : embedded;
  if (user != nullptr && user->is_object() && Member(*user, "username").is_string()) {
    out.profiles.push_back(V2Profile(*user, id, time));
    return;
  }
  ProfileRecord profile;
  profile.user_id = id;
  profile.seen_at = time;
  profile.partial = true;
  profile.handle = handle;
  out.profiles.push_back(std::move(profile));
}

struct Extracted {
  std::int64_t tweet_id;
  std::int64_t author_id;
};

Extracted V2Tweet(const json& tweet, const Includes& includes, LineRecords& out, int depth) {
  const auto tweet_id = IdOf(Member(tweet, "id"));
  if (!tweet_id) throw TweetFormatError("expected the tweet's 'id', got none");
  const auto author = IdOf(Member(tweet, "author_id"));
  if (!author) throw TweetFormatError("expected the tweet's 'author_id', got none");
  Timestamp time = kNoTime;
  if (const std::string created = StringOf(tweet, "created_at"); !created.empty()) {
    const auto parsed = ParseIsoTime(created);
    if (!parsed) {
      throw TweetFormatError("expected created_at like '2018-10-10T20:19:24.000Z', got '" +
                             created + "'");
    }
    time = *parsed;
  }
  const json& author_object = Member(tweet, "author");
  AddAccount(*author, &author_object, "", time, includes, out);
  const bool top = depth == 0;

  TweetRecord record{*tweet_id, *author, {}};
  bool retweet = false;
  std::optional<std::int64_t> reply_to = IdOf(Member(tweet, "in_reply_to_user_id"));
  const json& references = Member(tweet, "referenced_tweets");
  for (const json& reference : ArrayOf(references)) {
    const std::string type = StringOf(reference, "type");
    const auto referenced_id = IdOf(Member(reference, "id"));
    if (!referenced_id) continue;
    // The referenced tweet: included in the page, or embedded in the reference when flattened.
    const json* referenced = nullptr;
    if (const auto it = includes.tweets.find(*referenced_id); it != includes.tweets.end()) {
      referenced = it->second;
    } else if (Member(reference, "author_id").is_string()) {
      referenced = &reference;
    }
    std::optional<Extracted> original;
    if (referenced != nullptr && depth < 3)
      original = V2Tweet(*referenced, includes, out, depth + 1);
    if (type == "retweeted" || type == "quoted") {
      const Layer layer = type == "retweeted" ? Layer::kRetweet : Layer::kQuote;
      retweet = retweet || layer == Layer::kRetweet;
      if (original) {
        record.interactions.push_back(
            {*author, original->author_id, layer, time, *tweet_id, *referenced_id});
      } else if (top) {
        ++out.missing_references;
      }
    } else if (type == "replied_to") {
      if (!reply_to && original) reply_to = original->author_id;
      if (reply_to) {
        AddAccount(*reply_to, &Member(tweet, "in_reply_to_user"), "", time, includes, out);
        record.interactions.push_back(
            {*author, *reply_to, Layer::kReply, time, *tweet_id, *referenced_id});
      } else if (top) {
        ++out.missing_references;
      }
    }
  }
  if (!retweet) {
    const json& mentions = Member(Member(tweet, "entities"), "mentions");
    for (const json& mention : ArrayOf(mentions)) {
      const std::string name = StringOf(mention, "username");
      auto target = IdOf(Member(mention, "id"));
      if (!target) {
        const auto it = includes.user_by_name.find(Lower(name));
        if (it != includes.user_by_name.end()) target = it->second;
      }
      if (!target) {
        if (top) ++out.missing_references;
        continue;
      }
      if (reply_to && *reply_to == *target) continue;
      const bool repeated =
          std::any_of(record.interactions.begin(), record.interactions.end(),
                      [&](const InteractionRecord& arc) {
                        return arc.type == Layer::kMention && arc.target == *target;
                      });
      if (repeated) continue;
      AddAccount(*target, &mention, name, time, includes, out);
      record.interactions.push_back({*author, *target, Layer::kMention, time, *tweet_id, -1});
    }
  }
  out.tweets.push_back(std::move(record));
  return {*tweet_id, *author};
}

}  // namespace

void ExtractV2Page(const json& page, LineRecords& out) {
  const json& data = Member(page, "data");
  if (data.is_null()) {
    out.notice = true;  // an error-only response (rate limit, suspended account, ...)
    return;
  }
  Includes includes;
  includes.Index(Member(page, "includes"));
  const auto one = [&](const json& item) {
    if (Member(item, "author_id").is_string() || Member(item, "author_id").is_number()) {
      V2Tweet(item, includes, out, 0);
    } else if (Member(item, "username").is_string()) {
      // A user lookup page: accounts without tweets.
      const auto id = IdOf(Member(item, "id"));
      if (!id) throw TweetFormatError("expected the user's 'id', got none");
      out.profiles.push_back(V2Profile(item, *id, kNoTime));
      ++out.user_objects;
    } else {
      throw TweetFormatError("expected a tweet ('author_id') or a user ('username') in 'data'");
    }
  };
  if (data.is_array()) {
    for (const json& item : data) one(item);
  } else if (data.is_object()) {
    one(data);
  } else {
    throw TweetFormatError(std::string("expected 'data' to be an array or object, got a ") +
                           data.type_name());
  }
}

void ExtractV2Flat(const json& tweet, LineRecords& out) { V2Tweet(tweet, Includes{}, out, 0); }

}  // namespace ombak::social
