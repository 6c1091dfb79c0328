// Extraction of API v1.1 tweets ("original format") and Gnip activity-streams activities.
//
// Design choices, also stated in docs/DATA.md:
// - A retweet yields one retweet arc (retweeter -> original author) and nothing else from its
//   own payload: its entities repeat the original's mentions plus the "RT @author:" prefix, so
//   they are not the retweeter's mentions. Its quoted_status (a copy of the original's) is
//   ignored too.
// - The embedded original (retweeted_status, quoted_status, Gnip "object" of a share and
//   twitter_quoted_status) is extracted as a tweet of its own: its author's profile, its own
//   quote/reply/mention arcs. The reader records each tweet id's arcs once, so a quote that is
//   retweeted a hundred times contributes one quote arc.
// - A reply's mention of the replied-to account (the automatic "@user" prefix) is not a second
//   arc; other mentions in a reply are. A tweet mentioning one account twice is one mention.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "io/social/tweet_records.hpp"
#include "io/social/twitter_time.hpp"

namespace ombak::social {
namespace {

using nlohmann::json;

// Appends a mention arc unless the account is the reply target or already mentioned.
void AddMention(std::int64_t author, std::int64_t target, std::optional<std::int64_t> reply_to,
                TweetRecord& tweet, Timestamp time) {
  if (reply_to && *reply_to == target) return;
  for (const auto& arc : tweet.interactions) {
    if (arc.type == Layer::kMention && arc.target == target) return;
  }
  tweet.interactions.push_back({author, target, Layer::kMention, time, tweet.tweet_id, -1});
}

void AddPartialProfile(std::int64_t user_id, std::string handle, Timestamp time, LineRecords& out) {
  ProfileRecord profile;
  profile.user_id = user_id;
  profile.seen_at = time;
  profile.partial = true;
  profile.handle = std::move(handle);
  out.profiles.push_back(std::move(profile));
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

struct Extracted {
  std::int64_t tweet_id;
  std::int64_t author_id;
};

Extracted V1Tweet(const json& tweet, LineRecords& out, int depth);

// An embedded original that is itself malformed (tweet_parser's
// original_format_missing_quotetweet_field.json quotes a tweet without its user) does not make
// the outer tweet bad: the outer tweet is kept and the reference counted as missing.
std::optional<Extracted> Embedded(const json& tweet, LineRecords& out, int depth) {
  LineRecords inner;
  try {
    const Extracted original = V1Tweet(tweet, inner, depth + 1);
    for (auto& profile : inner.profiles) out.profiles.push_back(std::move(profile));
    for (auto& record : inner.tweets) out.tweets.push_back(std::move(record));
    out.missing_references += inner.missing_references;
    return original;
  } catch (const TweetFormatError&) {
    if (depth == 0) ++out.missing_references;
    return std::nullopt;
  }
}

Extracted V1Tweet(const json& tweet, LineRecords& out, int depth) {
  const json& user = Member(tweet, "user");
  if (!user.is_object()) throw TweetFormatError("expected a 'user' object in the tweet, got none");
  auto author = IdOf(Member(user, "id_str"));
  if (!author) author = IdOf(Member(user, "id"));
  if (!author) throw TweetFormatError("expected the tweet's user.id_str, got none");
  auto tweet_id = IdOf(Member(tweet, "id_str"));
  if (!tweet_id) tweet_id = IdOf(Member(tweet, "id"));
  if (!tweet_id) throw TweetFormatError("expected the tweet's id_str, got none");
  Timestamp time = kNoTime;
  if (const std::string created = StringOf(tweet, "created_at"); !created.empty()) {
    const auto parsed = ParseTwitterTime(created);
    if (!parsed) {
      throw TweetFormatError("expected created_at like 'Wed Oct 10 20:19:24 +0000 2018', got '" +
                             created + "'");
    }
    time = *parsed;
  }

  ProfileRecord profile;
  profile.user_id = *author;
  profile.seen_at = time;
  profile.handle = StringOf(user, "screen_name");
  profile.name = StringOf(user, "name");
  if (Member(user, "location").is_string()) profile.location = StringOf(user, "location");
  profile.followers_count = IntegerOf(user, "followers_count");
  profile.friends_count = IntegerOf(user, "friends_count");
  profile.statuses_count = IntegerOf(user, "statuses_count");
  profile.created_at = ParseTwitterTime(StringOf(user, "created_at"));
  profile.verified = BoolOf(user, "verified");
  out.profiles.push_back(std::move(profile));

  TweetRecord record{*tweet_id, *author, {}};
  const json& retweeted = Member(tweet, "retweeted_status");
  if (retweeted.is_object() && depth < 3) {
    const auto original = Embedded(retweeted, out, depth);
    if (!original) {
      out.tweets.push_back(std::move(record));
      return {*tweet_id, *author};
    }
    record.interactions.push_back(
        {*author, original->author_id, Layer::kRetweet, time, *tweet_id, original->tweet_id});
    out.tweets.push_back(std::move(record));
    return {*tweet_id, *author};
  }
  const json& quoted = Member(tweet, "quoted_status");
  if (quoted.is_object() && depth < 3) {
    if (const auto original = Embedded(quoted, out, depth)) {
      record.interactions.push_back(
          {*author, original->author_id, Layer::kQuote, time, *tweet_id, original->tweet_id});
    }
  } else if (depth == 0 && BoolOf(tweet, "is_quote_status").value_or(false) &&
             IdOf(Member(tweet, "quoted_status_id_str"))) {
    ++out.missing_references;  // the quoted tweet (and so its author) is not in the payload
  }
  auto reply_to = IdOf(Member(tweet, "in_reply_to_user_id_str"));
  if (!reply_to) reply_to = IdOf(Member(tweet, "in_reply_to_user_id"));
  if (reply_to) {
    auto replied_tweet = IdOf(Member(tweet, "in_reply_to_status_id_str"));
    if (!replied_tweet) replied_tweet = IdOf(Member(tweet, "in_reply_to_status_id"));
    AddPartialProfile(*reply_to, StringOf(tweet, "in_reply_to_screen_name"), time, out);
    record.interactions.push_back(
        {*author, *reply_to, Layer::kReply, time, *tweet_id, replied_tweet.value_or(-1)});
  }
  // A long tweet of the streaming API keeps its full entities in extended_tweet.
  const json& extended = Member(tweet, "extended_tweet");
  const json& entities = Member(extended, "entities").is_object() ? Member(extended, "entities")
                                                                  : Member(tweet, "entities");
  const json& mentions = Member(entities, "user_mentions");
  if (mentions.is_array()) {
    for (const json& mention : mentions) {
      auto target = IdOf(Member(mention, "id_str"));
      if (!target) target = IdOf(Member(mention, "id"));
      if (!target) {
        if (depth == 0) ++out.missing_references;
        continue;
      }
      AddPartialProfile(*target, StringOf(mention, "screen_name"), time, out);
      AddMention(*author, *target, reply_to, record, time);
    }
  }
  out.tweets.push_back(std::move(record));
  return {*tweet_id, *author};
}

Extracted Activity(const json& activity, LineRecords& out, int depth) {
  const json& actor = Member(activity, "actor");
  if (!actor.is_object()) {
    throw TweetFormatError("expected an 'actor' object in the activity, got none");
  }
  const auto author = IdOf(Member(actor, "id"));
  if (!author) throw TweetFormatError("expected the activity's actor.id, got none");
  const auto tweet_id = IdOf(Member(activity, "id"));
  if (!tweet_id) throw TweetFormatError("expected the activity's id, got none");
  Timestamp time = kNoTime;
  if (const std::string posted = StringOf(activity, "postedTime"); !posted.empty()) {
    const auto parsed = ParseIsoTime(posted);
    if (!parsed) {
      throw TweetFormatError("expected postedTime like '2018-10-10T20:19:24.000Z', got '" + posted +
                             "'");
    }
    time = *parsed;
  }
  ProfileRecord profile;
  profile.user_id = *author;
  profile.seen_at = time;
  profile.handle = StringOf(actor, "preferredUsername");
  profile.name = StringOf(actor, "displayName");
  if (const json& place = Member(actor, "location"); place.is_object()) {
    profile.location = StringOf(place, "displayName");
  }
  profile.followers_count = IntegerOf(actor, "followersCount");
  profile.friends_count = IntegerOf(actor, "friendsCount");
  profile.statuses_count = IntegerOf(actor, "statusesCount");
  profile.created_at = ParseIsoTime(StringOf(actor, "postedTime"));
  profile.verified = BoolOf(actor, "verified");
  out.profiles.push_back(std::move(profile));

  TweetRecord record{*tweet_id, *author, {}};
  const json& object = Member(activity, "object");
  if (StringOf(activity, "verb") == "share" && Member(object, "actor").is_object() && depth < 3) {
    const Extracted original = Activity(object, out, depth + 1);
    record.interactions.push_back(
        {*author, original.author_id, Layer::kRetweet, time, *tweet_id, original.tweet_id});
    out.tweets.push_back(std::move(record));
    return {*tweet_id, *author};
  }
  const json& quoted = Member(activity, "twitter_quoted_status");
  if (quoted.is_object() && depth < 3) {
    const Extracted original = Activity(quoted, out, depth + 1);
    record.interactions.push_back(
        {*author, original.author_id, Layer::kQuote, time, *tweet_id, original.tweet_id});
  }
  // Long tweets keep their full entities in long_object.
  const json& long_entities = Member(Member(activity, "long_object"), "twitter_entities");
  const json& entities =
      long_entities.is_object() ? long_entities : Member(activity, "twitter_entities");
  const json& mentions = Member(entities, "user_mentions");
  // inReplyTo names the replied-to status by its link "http://twitter.com/<handle>/statuses/<id>";
  // the account's id is the author's (a thread) or comes from the mention of that handle, which
  // a reply to someone else carries.
  std::optional<std::int64_t> reply_to;
  if (const std::string link = StringOf(Member(activity, "inReplyTo"), "link"); !link.empty()) {
    const auto statuses = link.rfind("/statuses/");
    const auto handle_start = link.rfind('/', statuses == std::string::npos ? 0 : statuses - 1);
    std::string handle;
    if (statuses != std::string::npos && handle_start != std::string::npos) {
      handle = link.substr(handle_start + 1, statuses - handle_start - 1);
    }
    const auto replied_tweet =
        IdOf(json(link.substr(statuses == std::string::npos ? link.size() : statuses + 10)));
    // A reply to oneself (a thread) carries no mention of the author.
    if (EqualsIgnoreCase(StringOf(actor, "preferredUsername"), handle)) reply_to = author;
    if (!reply_to && mentions.is_array()) {
      for (const json& mention : mentions) {
        if (EqualsIgnoreCase(StringOf(mention, "screen_name"), handle)) {
          reply_to = IdOf(Member(mention, "id_str"));
          if (!reply_to) reply_to = IdOf(Member(mention, "id"));
          break;
        }
      }
    }
    if (reply_to) {
      AddPartialProfile(*reply_to, handle, time, out);
      record.interactions.push_back(
          {*author, *reply_to, Layer::kReply, time, *tweet_id, replied_tweet.value_or(-1)});
    } else if (depth == 0) {
      ++out.missing_references;
    }
  }
  if (mentions.is_array()) {
    for (const json& mention : mentions) {
      auto target = IdOf(Member(mention, "id_str"));
      if (!target) target = IdOf(Member(mention, "id"));
      if (!target) {
        if (depth == 0) ++out.missing_references;
        continue;
      }
      AddPartialProfile(*target, StringOf(mention, "screen_name"), time, out);
      AddMention(*author, *target, reply_to, record, time);
    }
  }
  out.tweets.push_back(std::move(record));
  return {*tweet_id, *author};
}

}  // namespace

void ExtractV1(const json& tweet, LineRecords& out) { V1Tweet(tweet, out, 0); }

void ExtractActivity(const json& activity, LineRecords& out) {
  const std::string verb = StringOf(activity, "verb");
  if (!Member(activity, "actor").is_object() && verb != "post" && verb != "share") {
    out.notice = true;  // compliance activities ("delete", ...) carry no tweet
    return;
  }
  Activity(activity, out, 0);
}

}  // namespace ombak::social
