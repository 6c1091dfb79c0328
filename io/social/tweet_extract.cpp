// Recognises which tweet format a JSON line is in and hands it to that format's extractor;
// helpers to read ids and typed members that tolerate null and missing fields, as the archives
// of twenty years of Twitter APIs require.
#include <charconv>
#include <string>

#include "io/social/tweet_records.hpp"

namespace ombak::social {

using nlohmann::json;

const json& Member(const json& object, const char* key) {
  static const json kNull;
  if (!object.is_object()) return kNull;
  const auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

std::optional<std::int64_t> IdOf(const json& value) {
  if (value.is_number_unsigned()) {
    const auto v = value.get<std::uint64_t>();
    if (v > static_cast<std::uint64_t>(INT64_MAX)) return std::nullopt;
    return static_cast<std::int64_t>(v);
  }
  if (value.is_number_integer()) return value.get<std::int64_t>();
  if (!value.is_string()) return std::nullopt;
  std::string_view text = value.get_ref<const std::string&>();
  // Activity streams write "id:twitter.com:123" for accounts and "tag:...,2005:123" for tweets.
  if (const auto colon = text.rfind(':'); colon != std::string_view::npos) {
    text.remove_prefix(colon + 1);
  }
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
    return std::nullopt;
  }
  return id;
}

std::string StringOf(const json& object, const char* key) {
  const json& value = Member(object, key);
  return value.is_string() ? value.get<std::string>() : std::string();
}

std::optional<std::int64_t> IntegerOf(const json& object, const char* key) {
  const json& value = Member(object, key);
  if (value.is_number_integer()) return value.get<std::int64_t>();
  if (value.is_number_float()) return static_cast<std::int64_t>(value.get<double>());
  return std::nullopt;
}

std::optional<bool> BoolOf(const json& object, const char* key) {
  const json& value = Member(object, key);
  if (value.is_boolean()) return value.get<bool>();
  return std::nullopt;
}

void ExtractLine(const json& object, LineRecords& out) {
  if (!object.is_object()) {
    throw TweetFormatError(std::string("expected a JSON object, got a JSON ") + object.type_name());
  }
  if (object.contains("data") || (object.contains("errors") && !object.contains("user"))) {
    ExtractV2Page(object, out);
  } else if (object.contains("author_id")) {
    ExtractV2Flat(object, out);
  } else if (object.contains("actor") || object.contains("verb")) {
    ExtractActivity(object, out);
  } else if (object.contains("user") || object.contains("created_at")) {
    ExtractV1(object, out);
  } else if (object.contains("delete") || object.contains("limit") ||
             object.contains("scrub_geo") || object.contains("status_withheld") ||
             object.contains("user_withheld") || object.contains("disconnect") ||
             object.contains("warning")) {
    out.notice = true;  // v1.1 streaming API control messages
  } else {
    std::string keys;
    for (const auto& [key, value] : object.items()) {
      if (keys.size() > 60) break;
      keys += (keys.empty() ? "" : ",") + key;
    }
    throw TweetFormatError(
        "expected a tweet (v1.1 'user', v2 'data' or 'author_id', activity streams 'actor'), "
        "got an object with keys {" +
        keys + "}");
  }
}

}  // namespace ombak::social
