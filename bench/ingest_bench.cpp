// Tweet ingestion benchmark: ReadTweetJson's throughput in MB/s of API v1.1 JSON lines, and of
// the whole LoadNetwork path the command line takes, against the floor of parsing every line
// into an nlohmann::json DOM on one thread (what a naive reader does before it has looked at a
// single field).
//
// Input: a seeded synthetic archive of realistic v1.1 tweets (~3 KB each: full user objects,
// entities, 30% retweets with the original embedded, 10% quotes, 15% replies, mentions of
// Zipf-popular accounts), written to a temporary file. Size in MB from OMBAK_BENCH_TWEET_MB
// (default 20; the figure in docs/PERFORMANCE.md uses 100).
//
//   OMBAK_BENCH_TWEET_MB=100 ./ingest_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "graph/parallel.hpp"
#include "io/load.hpp"
#include "io/social/tweet_json.hpp"
#include "io/text_source.hpp"

namespace {

using namespace ombak;
using nlohmann::json;

constexpr std::int64_t kAccounts = 200000;

std::string V1Time(std::int64_t t) {
  const std::time_t seconds = t;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[40];
  std::strftime(text, sizeof(text), "%a %b %d %H:%M:%S +0000 %Y", &utc);
  return text;
}

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : rng_(seed) {}

  // An account drawn with Zipf-like popularity (rank^-1.1 via inverse transform).
  std::int64_t Popular() {
    const double u = std::uniform_real_distribution<double>(0, 1)(rng_);
    return 1000 + static_cast<std::int64_t>(std::pow(kAccounts, u)) % kAccounts;
  }
  std::int64_t Anyone() { return 1000 + static_cast<std::int64_t>(rng_() % kAccounts); }

  json User(std::int64_t id) {
    const std::string handle = "user" + std::to_string(id);
    return {{"id", id},
            {"id_str", std::to_string(id)},
            {"name", "User " + std::to_string(id)},
            {"screen_name", handle},
            {"location", "Jakarta, Indonesia"},
            {"description", "Pegiat demokrasi, pecinta kopi, ayah dua anak. Opini pribadi."},
            {"url", nullptr},
            {"protected", false},
            {"followers_count", static_cast<int>(rng_() % 100000)},
            {"friends_count", static_cast<int>(rng_() % 5000)},
            {"listed_count", 3},
            {"created_at", "Mon Aug 03 17:52:07 +0000 2009"},
            {"favourites_count", 1234},
            {"utc_offset", nullptr},
            {"time_zone", nullptr},
            {"geo_enabled", true},
            {"verified", rng_() % 100 == 0},
            {"statuses_count", static_cast<int>(rng_() % 50000)},
            {"lang", "id"},
            {"contributors_enabled", false},
            {"is_translator", false},
            {"profile_background_color", "C0DEED"},
            {"profile_background_image_url", "http://abs.twimg.com/images/themes/theme1/bg.png"},
            {"profile_image_url",
             "http://pbs.twimg.com/profile_images/815279765259100161/RID37OuE_normal.jpg"},
            {"profile_link_color", "1DA1F2"},
            {"profile_sidebar_border_color", "C0DEED"},
            {"profile_sidebar_fill_color", "DDEEF6"},
            {"profile_text_color", "333333"},
            {"profile_use_background_image", true},
            {"default_profile", true},
            {"following", nullptr},
            {"follow_request_sent", nullptr},
            {"notifications", nullptr}};
  }

  json Tweet(std::int64_t id, std::int64_t author, std::int64_t time, int mentions) {
    json user_mentions = json::array();
    std::string text;
    for (int i = 0; i < mentions; ++i) {
      const std::int64_t m = Popular();
      user_mentions.push_back({{"screen_name", "user" + std::to_string(m)},
                               {"name", "User " + std::to_string(m)},
                               {"id", m},
                               {"id_str", std::to_string(m)},
                               {"indices", {0, 10}}});
      text += "@user" + std::to_string(m) + " ";
    }
    text +=
        "Kami turun ke jalan hari ini demi masa depan yang lebih adil #demo #reformasi "
        "https://t.co/abcdefghij";
    return {{"created_at", V1Time(time)},
            {"id", id},
            {"id_str", std::to_string(id)},
            {"text", text},
            {"source",
             "<a href=\"http://twitter.com/download/android\" "
             "rel=\"nofollow\">Twitter for Android</a>"},
            {"truncated", false},
            {"in_reply_to_status_id", nullptr},
            {"in_reply_to_status_id_str", nullptr},
            {"in_reply_to_user_id", nullptr},
            {"in_reply_to_user_id_str", nullptr},
            {"in_reply_to_screen_name", nullptr},
            {"user", User(author)},
            {"geo", nullptr},
            {"coordinates", nullptr},
            {"place", nullptr},
            {"contributors", nullptr},
            {"is_quote_status", false},
            {"retweet_count", 0},
            {"favorite_count", 0},
            {"entities",
             {{"hashtags",
               {{{"text", "demo"}, {"indices", {60, 65}}},
                {{"text", "reformasi"}, {"indices", {66, 76}}}}},
              {"urls",
               {{{"url", "https://t.co/abcdefghij"},
                 {"expanded_url", "https://example.org/berita/2024/aksi"},
                 {"display_url", "example.org/berita/2024/aksi"},
                 {"indices", {77, 100}}}}},
              {"user_mentions", user_mentions},
              {"symbols", json::array()}}},
            {"favorited", false},
            {"retweeted", false},
            {"filter_level", "low"},
            {"lang", "in"},
            {"timestamp_ms", std::to_string(time * 1000)}};
  }

  std::string Line(std::int64_t id, std::int64_t time) {
    const int kind = static_cast<int>(rng_() % 100);
    const std::int64_t author = Anyone();
    if (kind < 30) {  // retweet: the original is embedded
      json original =
          Tweet(id + 1'000'000'000, Popular(), time - 3600, static_cast<int>(rng_() % 2));
      json tweet = Tweet(id, author, time, 1);
      tweet["retweeted_status"] = std::move(original);
      return tweet.dump();
    }
    json tweet = Tweet(id, author, time, static_cast<int>(rng_() % 3));
    if (kind < 40) {
      tweet["is_quote_status"] = true;
      tweet["quoted_status"] = Tweet(id + 2'000'000'000, Popular(), time - 7200, 0);
    } else if (kind < 55) {
      const std::int64_t to = Popular();
      tweet["in_reply_to_user_id"] = to;
      tweet["in_reply_to_user_id_str"] = std::to_string(to);
      tweet["in_reply_to_screen_name"] = "user" + std::to_string(to);
      tweet["in_reply_to_status_id_str"] = std::to_string(id - 17);
    }
    return tweet.dump();
  }

 private:
  std::mt19937_64 rng_;
};

class Archive {
 public:
  Archive() {
    const char* env = std::getenv("OMBAK_BENCH_TWEET_MB");
    const std::size_t megabytes = env != nullptr && *env != '\0' ? std::stoul(env) : 20;
    dir_ = std::filesystem::temp_directory_path() /
           ("ombak_ingest_bench." + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "tweets.jsonl").string();
    std::ofstream out(path_);
    Generator generator(42);
    std::size_t bytes = 0;
    for (std::int64_t i = 0; bytes < megabytes << 20; ++i) {
      const std::string line = generator.Line(1'000'000 + i, 1341100000 + i);
      out << line << '\n';
      bytes += line.size() + 1;
      ++lines_;
    }
    bytes_ = bytes;
  }
  ~Archive() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  const std::string& path() const { return path_; }
  std::size_t bytes() const { return bytes_; }
  std::size_t lines() const { return lines_; }

 private:
  std::filesystem::path dir_;
  std::string path_;
  std::size_t bytes_ = 0;
  std::size_t lines_ = 0;
};

const Archive& TheArchive() {
  static const Archive archive;
  return archive;
}

void BM_ReadTweetJson_V11(benchmark::State& state) {
  const Archive& archive = TheArchive();
  SetThreads(static_cast<int>(state.range(0)));
  std::size_t arcs = 0, nodes = 0;
  for (auto _ : state) {
    NetworkBuilder builder(IdKind::kInteger);
    TweetReadReport report;
    ReadTweetJson(archive.path(), builder, {}, &report);
    nodes = builder.nodes().size();
    arcs = report.arcs[1] + report.arcs[2] + report.arcs[3] + report.arcs[4];
    benchmark::DoNotOptimize(builder);
  }
  SetThreads(0);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * archive.bytes()));
  state.counters["tweets_per_s"] = benchmark::Counter(
      static_cast<double>(archive.lines() * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["arcs"] = static_cast<double>(arcs);
  state.counters["nodes"] = static_cast<double>(nodes);
  state.counters["MB"] = static_cast<double>(archive.bytes()) / (1 << 20);
}
BENCHMARK(BM_ReadTweetJson_V11)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// The whole path `ombak info tweets.jsonl` takes: detection, ReadTweetJson, hand-over to the
// assembler (RawFileFromBuilder), node numbering and the CSR of every layer, events sorted.
void BM_LoadNetwork_Tweets(benchmark::State& state) {
  const Archive& archive = TheArchive();
  SetThreads(static_cast<int>(state.range(0)));
  std::size_t events = 0;
  for (auto _ : state) {
    const Network net = LoadNetwork(archive.path());
    events = net.events().size();
    benchmark::DoNotOptimize(events);
  }
  SetThreads(0);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * archive.bytes()));
  state.counters["events"] = static_cast<double>(events);
  state.counters["MB"] = static_cast<double>(archive.bytes()) / (1 << 20);
}
BENCHMARK(BM_LoadNetwork_Tweets)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// Baseline: nlohmann::json::parse of every line into a full DOM, one thread, nothing extracted.
void BM_NlohmannDomParse_V11(benchmark::State& state) {
  const Archive& archive = TheArchive();
  const TextSource source = TextSource::Open(archive.path());
  const std::string_view text = source.text();
  for (auto _ : state) {
    std::size_t objects = 0;
    std::size_t position = 0;
    while (position < text.size()) {
      const std::size_t end = std::min(text.find('\n', position), text.size());
      const json tweet = json::parse(text.substr(position, end - position));
      objects += tweet.size();
      position = end + 1;
    }
    benchmark::DoNotOptimize(objects);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * archive.bytes()));
}
BENCHMARK(BM_NlohmannDomParse_V11)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
BENCHMARK_MAIN();
