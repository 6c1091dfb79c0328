// `ombak communities`: methods, truth comparison and output formats end to end.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::CliPath;
using testing::RunCommand;
using testing::TestData;

TEST(CliCommunities, FootballConferencesAreRecovered) {
  const auto r = RunCommand(CliPath() + " communities " + TestData("football/football.gml") +
                            " --truth value --format json --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto out = nlohmann::json::parse(r.out);
  EXPECT_EQ(out["method"], "leiden");
  EXPECT_GT(out["quality"].get<double>(), 0.59);  // the conference partition scores 0.554
  EXPECT_EQ(out["truth"]["groups"], 12);
  EXPECT_GT(out["truth"]["nmi"].get<double>(), 0.85);
}

TEST(CliCommunities, EveryMethodRunsOnKarate) {
  for (const char* method : {"leiden", "louvain", "lpa", "infomap", "fastgreedy", "walktrap"}) {
    const auto r = RunCommand(CliPath() + " communities " +
                              TestData("karate/karate_nx_with_club_and_weights.gml") +
                              " --method " + method + " --truth club --format json --quiet");
    ASSERT_EQ(r.exit_code, 0) << method << ": " << r.err;
    const auto out = nlohmann::json::parse(r.out);
    EXPECT_GE(out["count"].get<int>(), 2) << method;
    EXPECT_GT(out["truth"]["nmi"].get<double>(), 0.3) << method;
  }
}

TEST(CliCommunities, CsvListsEveryAccount) {
  const auto r = RunCommand(CliPath() + " communities " + TestData("karate/karate_newman.gml") +
                            " --format csv --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("account,community\n", 0), 0u);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 35);
}

TEST(CliCommunities, UnknownTruthNamesTheAttributes) {
  const auto r = RunCommand(CliPath() + " communities " +
                            TestData("karate/karate_nx_with_club_and_weights.gml") +
                            " --truth nosuch --quiet");
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("'nosuch' is neither a node attribute (the input has: label, club)"),
            std::string::npos)
      << r.err;
}

TEST(CliCommunities, SameSeedSameAnswerWithOneOrTwoThreads) {
  const std::string base = CliPath() + " communities " + TestData("polbooks/polbooks.gml") +
                           " --format csv --quiet --seed 7 --threads ";
  const auto one = RunCommand(base + "1");
  const auto two = RunCommand(base + "2");
  ASSERT_EQ(one.exit_code, 0);
  EXPECT_EQ(one.out, two.out);
}

}  // namespace
}  // namespace ombak
