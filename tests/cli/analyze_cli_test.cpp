// `ombak analyze`: the report directory end to end.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::CliPath;
using testing::ReadFile;
using testing::RunCommand;
using testing::TestData;

const char* kOutputs[] = {"report.html", "report.json", "accounts.csv", "communities.csv",
                          "seeds.csv",   "map.svg",     "network.gexf"};

std::string AnalyzeKarate(const std::string& out, const std::string& extra = "") {
  return CliPath() + " analyze " + TestData("karate/karate_nx_with_club_and_weights.gml") +
         " --out " + out + " --quiet --runs 200 --k 5 " + extra;
}

TEST(CliAnalyze, WritesEveryOutput) {
  testing::TempDir dir;
  const std::string out = dir.File("report");
  const auto r = RunCommand(AnalyzeKarate(out));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* name : kOutputs) {
    EXPECT_TRUE(std::filesystem::exists(out + "/" + name)) << name;
  }
  const auto report = nlohmann::json::parse(ReadFile(out + "/report.json"));
  EXPECT_EQ(report["summary"]["accounts"], 34);
  EXPECT_EQ(report["summary"]["edges"], 78);
  EXPECT_EQ(report["seeds"]["list"].size(), 5u);
  EXPECT_EQ(report["seeds"]["reach_curve"].back()["k"], 5);
  EXPECT_GE(report["communities"]["count"].get<int>(), 2);
  EXPECT_EQ(report["manifest"]["inputs"][0]["sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(report["agreement"]["spearman"].size(), report["measures"].size());
  // Every account appears in accounts.csv (header + 34 rows).
  const std::string accounts = ReadFile(out + "/accounts.csv");
  EXPECT_EQ(std::count(accounts.begin(), accounts.end(), '\n'), 35);
  EXPECT_NE(ReadFile(out + "/map.svg").find("<svg"), std::string::npos);
  const std::string page = ReadFile(out + "/report.html");
  EXPECT_TRUE(page.starts_with("<!DOCTYPE html>")) << page.substr(0, 40);
  EXPECT_NE(page.find("<section id=\"seeds\">"), std::string::npos);
}

// --restarts reaches the community method and the manifest; a bad value is refused up front.
TEST(CliAnalyze, RestartsOption) {
  testing::TempDir dir;
  const auto r = RunCommand(AnalyzeKarate(dir.File("one"), "--restarts 1"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto report = nlohmann::json::parse(ReadFile(dir.File("one") + "/report.json"));
  EXPECT_EQ(report["manifest"]["parameters"]["restarts"], 1);
  const auto bad = RunCommand(AnalyzeKarate(dir.File("bad"), "--restarts -1"));
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.err.find("--restarts: Value -1 not in range 0 to 1000"), std::string::npos)
      << bad.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("bad")));
  const auto lpa =
      RunCommand(AnalyzeKarate(dir.File("lpa"), "--community-method lpa --restarts 2"));
  EXPECT_EQ(lpa.exit_code, 4);
  EXPECT_NE(lpa.err.find("ombak: error: --restarts does not apply to --community-method lpa"),
            std::string::npos)
      << lpa.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("lpa")));
}

// The bundled Congress network, as the quick start runs it: report.json follows
// docs/report.schema.json, and report.html works in headless Chromium (no console error, the
// table sorts and filters, the map and the four plots are drawn).
TEST(CliAnalyze, CongressReportValidatesAndWorksInABrowser) {
  testing::TempDir dir;
  const std::string out = dir.File("congress");
  const std::string data = testing::SourcePath("examples/data/congress");
  const auto r = RunCommand(CliPath() + " analyze interaction=" + data + "/interactions.csv " +
                            data + "/accounts.csv --out " + out + " --quiet --runs 300");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto report = nlohmann::json::parse(ReadFile(out + "/report.json"));
  EXPECT_EQ(report["summary"]["accounts"], 475);
  // The summary sentences round the figures of report.json (they once cut them short).
  const auto& c = report["communities"];
  char modularity[64], ei[64], rwc[64];
  std::snprintf(modularity, sizeof modularity, "(modularity %.3f)", c["quality"].get<double>());
  std::snprintf(ei, sizeof ei, "(E-I index %.2f)", c["polarization"]["ei_index"].get<double>());
  std::snprintf(rwc, sizeof rwc, "two largest is %.2f", c["polarization"]["rwc"].get<double>());
  std::string sentences;
  for (const auto& s : report["summary"]["sentences"]) sentences += s.get<std::string>() + "\n";
  EXPECT_NE(sentences.find(modularity), std::string::npos) << modularity << "\n" << sentences;
  EXPECT_NE(sentences.find(ei), std::string::npos) << ei << "\n" << sentences;
  EXPECT_NE(sentences.find(rwc), std::string::npos) << rwc << "\n" << sentences;

  if (testing::PythonHasModules({"jsonschema"})) {
    const std::string errors =
        testing::RunPython(R"(
import json, sys, jsonschema
validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
for error in validator.iter_errors(json.load(open(sys.argv[2]))):
    print("/".join(str(p) for p in error.path) + ": " + error.message)
)",
                           {testing::SourcePath("docs/report.schema.json"), out + "/report.json"});
    EXPECT_EQ(errors, "");
  }

  const bool have_browser = std::filesystem::exists("/usr/bin/chromium") &&
                            std::filesystem::exists("/usr/bin/chromedriver");
  if (!have_browser || !testing::PythonHasModules({"selenium"})) {
    GTEST_SKIP() << "needs chromium, chromium-driver and python3-selenium (scripts/setup.sh)";
  }
  const char* env_shot = std::getenv("OMBAK_REPORT_SCREENSHOT");
  const std::string shot = env_shot != nullptr ? env_shot : dir.File("screenshot.png");
  const auto browser = RunCommand(std::string(OMBAK_PYTHON) + " '" +
                                  testing::SourcePath("tests/report/browser_test.py") +
                                  "' --html '" + out + "/report.html' --screenshot '" + shot + "'");
  if (browser.exit_code == 77) GTEST_SKIP() << browser.out;
  EXPECT_EQ(browser.exit_code, 0) << browser.out << browser.err;
  EXPECT_NE(browser.out.find("all browser checks passed"), std::string::npos) << browser.out;
}

TEST(CliAnalyze, RecommendedSeedsReachAtLeastTheBaseline) {
  testing::TempDir dir;
  const std::string out = dir.File("report");
  ASSERT_EQ(RunCommand(AnalyzeKarate(out)).exit_code, 0);
  const auto report = nlohmann::json::parse(ReadFile(out + "/report.json"));
  const auto& ours = report["seeds"]["reach_curve"].back();
  const auto& base = report["seeds"]["baseline"]["reach_curve"].back();
  // IMM's seeds should not do worse than the top-audience accounts beyond sampling noise.
  EXPECT_GE(ours["high"].get<double>(), base["low"].get<double>());
}

TEST(CliAnalyze, SameSeedSameResultWithOneOrTwoThreads) {
  testing::TempDir dir;
  ASSERT_EQ(RunCommand(AnalyzeKarate(dir.File("one"), "--threads 1")).exit_code, 0);
  ASSERT_EQ(RunCommand(AnalyzeKarate(dir.File("two"), "--threads 2")).exit_code, 0);
  for (const char* name : {"accounts.csv", "communities.csv", "seeds.csv"}) {
    EXPECT_EQ(ReadFile(dir.File("one") + "/" + name), ReadFile(dir.File("two") + "/" + name))
        << name;
  }
}

TEST(CliAnalyze, FailedRunLeavesNoFiles) {
  testing::TempDir dir;
  const std::string out = dir.File("report");
  std::filesystem::create_directories(out);
  // An unknown seed method fails after loading, during the analysis.
  const auto r = RunCommand(AnalyzeKarate(out, "--method nosuch"));
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("unknown measure 'nosuch'"), std::string::npos) << r.err;
  EXPECT_TRUE(std::filesystem::is_empty(out));
}

TEST(CliAnalyze, RefusesToWriteOverAnInput) {
  testing::TempDir dir;
  const std::string input = dir.File("report.json");
  testing::WriteFile(input, "source,target\na,b\nb,c\nc,a\n");
  const auto r = RunCommand(CliPath() + " analyze --input-format csv " + input + " --out " +
                            dir.path().string() + " --quiet --runs 50 --k 1");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(ReadFile(input), "source,target\na,b\nb,c\nc,a\n");
}

}  // namespace
}  // namespace ombak
