// `ombak rank --compare`: the agreement of every pair of measures, checked against scipy
// (spearmanr, kendalltau — tau-b) on the scores `ombak rank` itself prints, and the top-k overlap
// against the top-k sets computed in Python.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::CliPath;
using testing::RunCommand;

std::string Congress() {
  const std::string data = testing::SourcePath("examples/data/congress");
  return "interaction=" + data + "/interactions.csv " + data + "/accounts.csv";
}

TEST(CliRankCompare, AgreesWithScipyOnTheCongressNetwork) {
  if (!testing::PythonHasModules({"scipy"})) GTEST_SKIP() << "python3-scipy missing";
  const std::string by = " --by pagerank,in_strength,in_degree --quiet";
  testing::TempDir dir;
  const auto scores = RunCommand(CliPath() + " rank " + Congress() + by + " --top 0 --format csv");
  ASSERT_EQ(scores.exit_code, 0) << scores.err;
  testing::WriteFile(dir.File("scores.csv"), scores.out);
  const auto compare =
      RunCommand(CliPath() + " rank " + Congress() + by + " --top 25 --compare --format json");
  ASSERT_EQ(compare.exit_code, 0) << compare.err;
  const auto rows = nlohmann::json::parse(compare.out);
  ASSERT_EQ(rows.size(), 3u);  // three pairs

  // Python prints, per pair in the same order, spearman kendall overlap.
  const std::string expected = testing::RunPython(R"(
import csv, sys
from scipy import stats
rows = list(csv.DictReader(open(sys.argv[1])))
names = ["pagerank", "in_strength", "in_degree"]
col = {m: [float(r[m]) for r in rows] for m in names}
def top(m, k):
    return set(sorted(range(len(rows)), key=lambda i: -col[m][i])[:k])
for a in range(3):
    for b in range(a + 1, 3):
        x, y = col[names[a]], col[names[b]]
        print("%.6f %.6f %.6f" % (stats.spearmanr(x, y).correlation, stats.kendalltau(x, y).correlation,
                                  len(top(names[a], 25) & top(names[b], 25)) / 25))
)",
                                                  {dir.File("scores.csv")});
  std::istringstream lines(expected);
  for (const auto& row : rows) {
    double spearman = 0, kendall = 0, overlap = 0;
    ASSERT_TRUE(lines >> spearman >> kendall >> overlap) << expected;
    // ombak prints 4 significant digits; the scores it prints for Python have 6.
    EXPECT_NEAR(row["spearman"].get<double>(), spearman, 2e-3) << row.dump();
    EXPECT_NEAR(row["kendall_tau_b"].get<double>(), kendall, 2e-3) << row.dump();
    EXPECT_NEAR(row["top25_overlap"].get<double>(), overlap, 1e-9) << row.dump();
  }
  EXPECT_EQ(rows[0]["measure_a"], "pagerank");
  EXPECT_EQ(rows[0]["measure_b"], "in_strength");
}

TEST(CliRankCompare, NeedsTwoMeasures) {
  const auto r = RunCommand(CliPath() + " rank " + Congress() + " --by pagerank --compare");
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("--compare needs at least two measures in --by, got 1"), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace ombak
