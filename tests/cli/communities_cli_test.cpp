// `ombak communities`: methods, truth comparison and output formats end to end.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

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

// Found by fuzzing: a truth file naming none of the accounts ended in "Rand indices need at
// least 2 nodes, got 0", which did not say which input was at fault.
TEST(CliCommunities, TruthFileMatchingNoAccountIsNamed) {
  testing::TempDir dir;
  const std::string truth = dir.File("truth.csv");
  testing::WriteFile(truth, "id,group\nnobody,a\nnone,b\n");
  const auto r = RunCommand(CliPath() + " communities " +
                            TestData("karate/karate_nx_with_club_and_weights.gml") + " --truth " +
                            truth + " --quiet");
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("--truth: file " + truth +
                       " (column group) gives a group to 0 of the network's accounts; at least 2 "
                       "are needed to compare"),
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

// Restart 0 is the plain run, so the best of the default three restarts (polbooks has 105
// nodes, below 50,000) is at least as good as --restarts 1, and --restarts 3 is the default.
// Over seeds 2-4 the single run falls short at least once for each method (measured: Leiden at
// all three seeds, Louvain at 3 and 4), which shows that the flag reaches the algorithm.
TEST(CliCommunities, RestartsOneIsTheFirstOfTheDefaultRestarts) {
  for (const std::string method : {"leiden", "louvain"}) {
    int single_run_worse = 0;
    for (const int seed : {2, 3, 4}) {
      const std::string base = CliPath() + " communities " + TestData("polbooks/polbooks.gml") +
                               " --format json --membership --quiet --method " + method +
                               " --seed " + std::to_string(seed);
      const std::string context = method + " seed " + std::to_string(seed);
      const auto one = RunCommand(base + " --restarts 1");
      const auto three = RunCommand(base + " --restarts 3");
      const auto by_default = RunCommand(base);
      ASSERT_EQ(one.exit_code, 0) << context << ": " << one.err;
      ASSERT_EQ(three.exit_code, 0) << context << ": " << three.err;
      ASSERT_EQ(by_default.exit_code, 0) << context << ": " << by_default.err;
      const auto single = nlohmann::json::parse(one.out);
      const auto best = nlohmann::json::parse(by_default.out);
      EXPECT_EQ(single["restarts"], 1) << context;
      EXPECT_EQ(best["restarts"], 0) << context;
      for (const auto* out : {&single, &best}) {
        EXPECT_EQ((*out)["membership"].size(), 105u) << context;
        EXPECT_GE((*out)["count"].get<int>(), 2) << context;
        EXPECT_GT((*out)["quality"].get<double>(), 0.5) << context;  // best known: 0.527
      }
      const double gap = best["quality"].get<double>() - single["quality"].get<double>();
      EXPECT_GE(gap, 0.0) << context;
      if (gap > 0) ++single_run_worse;
      EXPECT_EQ(nlohmann::json::parse(three.out)["membership"], best["membership"]) << context;
    }
    EXPECT_GE(single_run_worse, 1) << method;
  }
}

TEST(CliCommunities, RestartsMustBeAWholeNumberForLeidenOrLouvain) {
  const std::string base = CliPath() + " communities " +
                           TestData("karate/karate_nx_with_club_and_weights.gml") + " --quiet";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {" --restarts 1.5", "ombak: error: --restarts must be a whole number in [0, 1000], got 1.5"},
      {" --restarts -1", "ombak: error: --restarts must be a whole number in [0, 1000], got -1"},
      {" --restarts 1001", "--restarts must be a whole number in [0, 1000], got 1001"},
      {" --restarts nan", "--restarts must be a whole number in [0, 1000], got nan"},
      {" --method lpa --restarts 2", "ombak: error: --restarts does not apply to --method lpa"}};
  for (const auto& [args, message] : cases) {
    const auto r = RunCommand(base + args);
    EXPECT_EQ(r.exit_code, 4) << args;
    EXPECT_NE(r.err.find(message), std::string::npos) << args << "\n" << r.err;
  }
  const auto r = RunCommand(base + " --restarts three");
  EXPECT_EQ(r.exit_code, 2);  // not a number: a usage error from the parser
  EXPECT_NE(r.err.find("Could not convert: --restarts = three"), std::string::npos) << r.err;
  const auto zero = RunCommand(base + " --method lpa --restarts 0");
  EXPECT_EQ(zero.exit_code, 0) << zero.err;  // 0 is the default, accepted by every method
}

TEST(CliCommunities, HelpListsRestarts) {
  const auto r = RunCommand(CliPath() + " communities --help");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("--restarts"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace ombak
