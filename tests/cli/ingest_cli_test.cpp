// End-to-end tests of social inputs on the `ombak` command line: `info` on a tweet archive reports
// the event log (events per type, ISO-8601 time range) and the accounts with attributes; inputs
// of several formats combine; --input-format and --skip-bad-lines; `convert` to GraphML and GEXF
// (valid against the schemas in tests/data/xsd), loaded back with the same counts, never over
// an input; `rank` straight from tweets.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::CliPath;
using testing::CommandResult;
using testing::ReadFile;
using testing::RunCommand;
using testing::TempDir;
using testing::TestData;
using testing::WriteFile;

CommandResult Ombak(const std::string& args) { return RunCommand(CliPath() + " " + args); }

nlohmann::json InfoJson(const std::string& inputs) {
  const CommandResult r = Ombak("info " + inputs + " --format json --quiet");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.exit_code == 0 ? nlohmann::json::parse(r.out) : nlohmann::json();
}

const std::string kKinds = "tweets/handmade/v11_kinds.jsonl";

TEST(CliIngest, InfoOnTweetsReportsTheEventLog) {
  const nlohmann::json info = InfoJson(TestData(kKinds));
  EXPECT_EQ(info["nodes"], 6);
  EXPECT_EQ(info["id_kind"], "integer");
  EXPECT_EQ(info["layers"]["mention"]["edges"], 4);
  EXPECT_EQ(info["events"], 9);
  const nlohmann::json& log = info["event_log"];
  EXPECT_EQ(log["by_type"],
            nlohmann::json({{"retweet", 2}, {"quote", 2}, {"reply", 1}, {"mention", 4}}));
  EXPECT_EQ(log["first"], "2018-10-10T20:20:24Z");
  EXPECT_EQ(log["last"], "2018-10-10T20:25:24Z");
  EXPECT_EQ(log["untimed"], 0);
  EXPECT_EQ(info["accounts_with_attributes"], 6);

  const CommandResult text = Ombak("info " + TestData(kKinds) + " --quiet");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("9 events (retweet 2, quote 2, reply 1, mention 4) from "
                          "2018-10-10T20:20:24Z to 2018-10-10T20:25:24Z"),
            std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("6 accounts (integer ids), 6 with attributes: handle (text, 6), "
                          "name (text, 5)"),
            std::string::npos)
      << text.out;
}

TEST(CliIngest, TweetsFollowsAndAccountsCombine) {
  TempDir dir;
  WriteFile(dir.File("follows.txt"), "1 2\n3 1\n7 1\n");
  WriteFile(dir.File("accounts.csv"), "user_id,party\n1,D\n2,R\n");
  const nlohmann::json info = InfoJson(TestData(kKinds) + " follow=" + dir.File("follows.txt") +
                                       " " + dir.File("accounts.csv"));
  EXPECT_EQ(info["nodes"], 7);
  EXPECT_EQ(info["layers"]["follow"]["edges"], 3);
  EXPECT_EQ(info["layers"]["retweet"]["edges"], 2);
  EXPECT_EQ(info["events"], 9);
  bool party = false;
  for (const auto& column : info["attributes"]) {
    if (column["name"] == "party") party = column["present"] == 2;
  }
  EXPECT_TRUE(party) << info["attributes"].dump();
}

TEST(CliIngest, InputFormatAndSkipBadLines) {
  TempDir dir;
  const std::string renamed = dir.File("archive.dat");
  std::filesystem::copy_file(TestData(kKinds), renamed);
  EXPECT_EQ(InfoJson(renamed + " --input-format tweets")["events"], 9);
  CommandResult r = Ombak("info " + renamed + " --input-format twitter --quiet");
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("unknown input format 'twitter'"), std::string::npos) << r.err;

  const std::string broken = TestData("tweets/v2_twarc_csv/streaming_output_with_error.jsonl");
  r = Ombak("info " + broken + " --quiet");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find(broken + ":8:45: expected a JSON object"), std::string::npos) << r.err;
  r = Ombak("info " + broken + " --skip-bad-lines 1 --format json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("ombak: warning: " + broken + ": skipped 1 malformed row(s)"),
            std::string::npos)
      << r.err;
}

TEST(CliIngest, MissingReferencesAreWarned) {
  const std::string path = TestData("tweets/handmade/v2_kinds.jsonl");
  const CommandResult r = Ombak("info " + path + " --format json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("ombak: warning: " + path +
                       ": 1 tweet(s) referenced a tweet or account missing from the payload"),
            std::string::npos)
      << r.err;
}

bool HaveXmllint() { return RunCommand("command -v xmllint").exit_code == 0; }

TEST(CliIngest, ConvertTweetsToGraphMlAndGexf) {
  TempDir dir;
  const std::string graphml = dir.File("tweets.graphml");
  const std::string gexf = dir.File("tweets.gexf");
  CommandResult r = Ombak("convert " + TestData(kKinds) + " -o " + graphml + " --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = Ombak("convert " + graphml + " -o " + gexf + " --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  if (HaveXmllint()) {
    for (const auto& [schema, file] :
         {std::pair{"graphml-1.0-subset.xsd", graphml}, std::pair{"gexf-1.3-subset.xsd", gexf}}) {
      const CommandResult lint = RunCommand("xmllint --noout --nonet --schema " +
                                            TestData(std::string("xsd/") + schema) + " " + file);
      EXPECT_EQ(lint.exit_code, 0) << lint.err;
    }
  }
  const nlohmann::json original = InfoJson(TestData(kKinds));
  const nlohmann::json back = InfoJson(graphml);
  EXPECT_EQ(back["nodes"], original["nodes"]);
  for (const char* layer : {"retweet", "quote", "reply", "mention"}) {
    EXPECT_EQ(back["layers"][layer]["edges"], original["layers"][layer]["edges"]) << layer;
    EXPECT_EQ(back["layers"][layer]["total_weight"], original["layers"][layer]["total_weight"])
        << layer;
  }
  EXPECT_EQ(back["attributes"], original["attributes"]);
  EXPECT_EQ(back["events"], 0);  // GraphML keeps the aggregated arcs, not the event log
}

TEST(CliIngest, ConvertNeverOverwritesAnInput) {
  TempDir dir;
  const std::string graphml = dir.File("t.graphml");
  ASSERT_EQ(Ombak("convert " + TestData(kKinds) + " -o " + graphml + " --quiet").exit_code, 0);
  const std::string before = ReadFile(graphml);
  const CommandResult r = Ombak("convert " + graphml + " -o " + graphml + " --quiet");
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("refusing to write"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFile(graphml), before);
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    EXPECT_EQ(entry.path().filename(), "t.graphml");  // no temporary file left behind
  }
}

TEST(CliIngest, RankStraightFromTweets) {
  const CommandResult r = Ombak("rank " + TestData(kKinds) +
                                " --layer mention --by in_degree --top 1 --format csv --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1,ani,2"), std::string::npos) << r.out;  // mentioned by budi and eko
}

}  // namespace
}  // namespace ombak
