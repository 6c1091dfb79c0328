// End-to-end tests of the `ombak` command: counts on every bundled data set, rankings, exit
// codes and messages for bad input, and atomic outputs.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::CliPath;
using testing::CommandResult;
using testing::RunCommand;
using testing::TestData;

CommandResult Ombak(const std::string& args) { return RunCommand(CliPath() + " " + args); }

nlohmann::json InfoJson(const std::string& inputs) {
  const CommandResult r = Ombak("info " + inputs + " --format json --quiet");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out);
}

// The counts each PROVENANCE.md states. Undirected GML files count undirected edges; the
// default policies are the follow layer's: duplicates kept once, self-loops kept.
TEST(CliInfo, CountsMatchProvenanceOfEveryDataSet) {
  struct Case {
    std::string input;
    std::string layer;
    std::uint64_t nodes;
    std::uint64_t edges;
  };
  const std::vector<Case> cases = {
      {TestData("karate/karate_nx_with_club_and_weights.gml"), "follow", 34, 78},
      {TestData("karate/karate_newman.gml"), "follow", 34, 78},
      {TestData("football/football.gml"), "follow", 115, 613},
      {TestData("polbooks/polbooks.gml"), "follow", 105, 441},
      {TestData("lesmis/lesmis_nx_weighted.gml"), "follow", 77, 254},
      {TestData("congress/congress.edgelist"), "follow", 475, 13289},
      {"reply=" + TestData("higgs-reply/higgs-reply_network.edgelist"), "reply", 38918, 32523},
  };
  for (const Case& c : cases) {
    const nlohmann::json info = InfoJson(c.input);
    EXPECT_EQ(info["nodes"], c.nodes) << c.input;
    EXPECT_EQ(info["layers"][c.layer]["edges"], c.edges) << c.input;
  }
}

TEST(CliInfo, HiggsWeightsAndSelfLoops) {
  // SNAP: 36,902 replies in total, 343 self-loops (replies to oneself), kept by default.
  const nlohmann::json info =
      InfoJson("reply=" + TestData("higgs-reply/higgs-reply_network.edgelist"));
  EXPECT_DOUBLE_EQ(info["layers"]["reply"]["total_weight"].get<double>(), 36902.0);
  EXPECT_EQ(info["layers"]["reply"]["self_loops"], 343);
}

TEST(CliInfo, BundledCongressExample) {
  const std::string data = testing::SourcePath("examples/data/congress/");
  const nlohmann::json info =
      InfoJson("interaction=" + data + "interactions.csv " + data + "accounts.csv");
  EXPECT_EQ(info["nodes"], 475);
  EXPECT_EQ(info["layers"]["interaction"]["edges"], 13289);
  EXPECT_EQ(info["layers"]["interaction"]["self_loops"], 0);
  EXPECT_EQ(info["id_kind"], "string");
}

TEST(CliRank, DegreeOnKarateNamesTheTwoLeaders) {
  // Zachary's karate club: node 33 (the officer) has 17 ties, node 0 (Mr. Hi) 16.
  const CommandResult r = Ombak("rank " + TestData("karate/karate_nx_with_club_and_weights.gml") +
                                " --by degree --top 2 --format csv --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "rank,account,in_degree,in_degree_rank\n"
            "1,33,17,1\n"
            "2,0,16,2\n");
}

TEST(CliRank, UnknownMeasureListsTheKnownOnes) {
  const CommandResult r = Ombak("rank " + TestData("karate/karate_newman.gml") + " --by nope");
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("ombak: error: unknown measure 'nope' (known: in_degree"), std::string::npos)
      << r.err;
}

TEST(CliErrors, MalformedRowGivesLocationAndExitCode3) {
  const CommandResult r = Ombak("info " + TestData("io/malformed_row.txt"));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("malformed_row.txt:3:2: expected a target id (column 2), got end of line"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(CliErrors, SkipBadLinesWarnsAndContinues) {
  const CommandResult r = Ombak("info " + TestData("io/malformed_row.txt") + " --skip-bad-lines 5");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("skipped 1 malformed row(s)"), std::string::npos) << r.err;
}

TEST(CliErrors, MissingFileAndUnknownLayer) {
  CommandResult r = Ombak("info /nonexistent/x.csv");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("/nonexistent/x.csv: cannot open"), std::string::npos) << r.err;
  r = Ombak("info likes=" + TestData("congress/congress.edgelist"));
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("unknown layer 'likes'"), std::string::npos) << r.err;
}

TEST(CliErrors, NegativeLayerWeightIsRefused) {
  const CommandResult r =
      Ombak("rank " + TestData("karate/karate_newman.gml") + " --layer follow=-1 --by pagerank");
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("--layer: expected a non-negative finite layer weight, got 'follow=-1'"),
            std::string::npos)
      << r.err;
}

TEST(CliErrors, UsageErrorExitCode2) {
  EXPECT_EQ(Ombak("info").exit_code, 2);
  EXPECT_EQ(Ombak("frobnicate").exit_code, 2);
  EXPECT_EQ(Ombak("info x --format xml").exit_code, 2);
}

TEST(CliConvert, SnapshotRoundTripKeepsCounts) {
  testing::TempDir dir;
  const std::string snapshot = dir.File("lesmis.ombak");
  CommandResult r = Ombak("convert " + TestData("lesmis/lesmis_nx_weighted.gml") + " -o " +
                          snapshot + " --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json info = InfoJson(snapshot);
  EXPECT_EQ(info["nodes"], 77);
  EXPECT_EQ(info["layers"]["follow"]["edges"], 254);
  EXPECT_DOUBLE_EQ(info["layers"]["follow"]["total_weight"].get<double>(), 820.0);
}

TEST(CliConvert, RefusesToOverwriteAnInputAndLeavesNoTemporaryFile) {
  testing::TempDir dir;
  const std::string input = dir.File("edges.csv");
  testing::WriteFile(input, "source,target\na,b\n");
  const CommandResult r = Ombak("convert " + input + " -o " + input);
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(testing::ReadFile(input), "source,target\na,b\n");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    ++files;
  }
  EXPECT_EQ(files, 1u);
}

TEST(CliConvert, FailedRunLeavesNoOutput) {
  testing::TempDir dir;
  const std::string output = dir.File("out.ombak");
  const CommandResult r = Ombak("convert " + TestData("io/bad_number.tsv") + " -o " + output);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_FALSE(std::filesystem::exists(output));
}

}  // namespace
}  // namespace ombak
