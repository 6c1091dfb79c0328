// Tests of Spearman, Kendall tau-b, top-k overlap and CompareRankings: hand-computed values, an
// O(n^2) tau-b verifier, scipy as oracle, and errors.
#include "algorithms/common/rank_agreement.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "algorithms/common/top_k.hpp"
#include "graph/errors.hpp"
#include "graph/random.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

// Direct definition: sum over pairs of sign(a_i - a_j) sign(b_i - b_j), tie-corrected.
double BruteTauB(const std::vector<double>& a, const std::vector<double>& b) {
  double s = 0, pairs_a = 0, pairs_b = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = i + 1; j < a.size(); ++j) {
      const double da = (a[i] > a[j]) - (a[i] < a[j]);
      const double db = (b[i] > b[j]) - (b[i] < b[j]);
      s += da * db;
      pairs_a += da != 0;
      pairs_b += db != 0;
    }
  }
  return s / std::sqrt(pairs_a * pairs_b);
}

std::vector<double> RandomValues(std::size_t n, std::uint64_t seed, std::uint64_t distinct) {
  RandomStream rng(seed);
  std::vector<double> v(n);
  for (double& x : v) x = static_cast<double>(rng.Below(distinct));
  return v;
}

// a: 1 2 3 4 5, b: 5 6 7 8 7 -> ranks b: 1 2 3.5 5 3.5
TEST(RankAgreementTest, HandValues) {
  const std::vector<double> a = {1, 2, 3, 4, 5};
  EXPECT_DOUBLE_EQ(SpearmanCorrelation(a, a), 1.0);
  EXPECT_DOUBLE_EQ(KendallTauB(a, std::vector<double>{5, 4, 3, 2, 1}), -1.0);
  // Spearman: rank deviations (-2 -1 0 1 2) and (-2 -1 .5 2 .5): 8 / sqrt(10 * 9.5) = 0.82078
  EXPECT_NEAR(SpearmanCorrelation(a, std::vector<double>{5, 6, 7, 8, 7}), 8 / std::sqrt(95.0),
              1e-15);
  // tau-b: 8 concordant, 1 discordant, 1 tie in b: (8 - 1) / sqrt(10 * 9)
  EXPECT_NEAR(KendallTauB(a, std::vector<double>{5, 6, 7, 8, 7}), 7 / std::sqrt(90.0), 1e-15);
  EXPECT_TRUE(std::isnan(SpearmanCorrelation(a, std::vector<double>{3, 3, 3, 3, 3})));
  EXPECT_TRUE(std::isnan(KendallTauB(std::vector<double>{1}, std::vector<double>{1})));
  // top 2 of a: {4, 3}; of b = (5 6 7 8 7): {3, 2}: one in common.
  EXPECT_DOUBLE_EQ(TopKOverlap(a, std::vector<double>{5, 6, 7, 8, 7}, 2), 0.5);
}

TEST(RankAgreementTest, KnightMatchesBruteForce) {
  for (const std::uint64_t distinct : {3u, 20u, 1000000u}) {
    const auto a = RandomValues(700, 1, distinct);
    const auto b = RandomValues(700, 2, distinct);
    EXPECT_NEAR(KendallTauB(a, b), BruteTauB(a, b), 1e-12) << distinct;
    // Correlated: b = a + noise.
    auto c = a;
    const auto noise = RandomValues(700, 3, 4);
    for (std::size_t i = 0; i < c.size(); ++i) c[i] += noise[i];
    EXPECT_NEAR(KendallTauB(a, c), BruteTauB(a, c), 1e-12) << distinct;
  }
}

TEST(RankAgreementTest, MatchesScipy) {
  if (!testing::PythonHasModules({"scipy"})) GTEST_SKIP() << "scipy missing";
  std::ostringstream text;
  std::vector<std::pair<std::vector<double>, std::vector<double>>> cases;
  for (const std::uint64_t seed : {1u, 2u, 3u}) {
    auto a = RandomValues(500, seed, seed == 1 ? 5 : 100000);
    auto b = RandomValues(500, seed + 10, 50);
    for (std::size_t i = 0; i < a.size(); ++i) b[i] += seed * a[i] / 1000.0;
    cases.push_back({a, b});
  }
  testing::TempDir dir;
  const std::string path = dir.File("values.txt");
  for (const auto& [a, b] : cases) {
    for (double x : a) text << x << ' ';
    text << '\n';
    for (double x : b) text << x << ' ';
    text << '\n';
  }
  testing::WriteFile(path, text.str());
  const std::string out = testing::RunPython(
      "import sys\n"
      "from scipy import stats\n"
      "rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]\n"
      "for a, b in zip(rows[0::2], rows[1::2]):\n"
      "    print(repr(stats.spearmanr(a, b)[0]), repr(stats.kendalltau(a, b, variant='b')[0]))\n",
      {path});
  std::istringstream in(out);
  for (const auto& [a, b] : cases) {
    double rho = 0, tau = 0;
    ASSERT_TRUE(in >> rho >> tau) << out;
    EXPECT_NEAR(SpearmanCorrelation(a, b), rho, 1e-12);
    EXPECT_NEAR(KendallTauB(a, b), tau, 1e-12);
  }
}

TEST(RankAgreementTest, CompareRankingsSlices) {
  // 200 nodes; b agrees with a except that it reverses the order of a's top 10 nodes and moves
  // node 0 (a's lowest) to b's top.
  std::vector<double> a(200), b(200);
  for (std::size_t i = 0; i < a.size(); ++i) a[i] = b[i] = static_cast<double>(i);
  for (std::size_t i = 190; i < 200; ++i) b[i] = 389.0 - static_cast<double>(i);  // 199..190
  b[0] = 1000;
  const RankAgreement agree = CompareRankings(a, b);
  EXPECT_EQ(agree.all.k, 200u);
  EXPECT_EQ(agree.all.nodes, 200u);
  EXPECT_DOUBLE_EQ(agree.all.top_k_overlap, 1.0);
  EXPECT_NEAR(agree.all.spearman, SpearmanCorrelation(a, b), 1e-15);
  // Top 10% = 20 nodes: union of a's top 20 (180..199) and b's top 20 (0, 181..199).
  EXPECT_EQ(agree.top10.k, 20u);
  EXPECT_EQ(agree.top10.nodes, 21u);
  EXPECT_DOUBLE_EQ(agree.top10.top_k_overlap, 19.0 / 20);
  // Top 1% = 2 nodes: a {199, 198}; b {0, 190 or 199...}: b's top 2 are 0 (1000) and 190 (199).
  EXPECT_EQ(agree.top1.k, 2u);
  EXPECT_EQ(agree.top1.nodes, 4u);
  EXPECT_DOUBLE_EQ(agree.top1.top_k_overlap, 0.0);
  EXPECT_DOUBLE_EQ(agree.top1.spearman,
                   SpearmanCorrelation(std::vector<double>{0, 190, 198, 199},
                                       std::vector<double>{1000, 199, 191, 190}));
  const RankAgreement first = CompareRankings(a, b, {.slice = TopSlice::kFirst});
  EXPECT_EQ(first.top10.nodes, 20u);
  EXPECT_EQ(first.top1.nodes, 2u);
  EXPECT_DOUBLE_EQ(first.top1.kendall_tau_b, -1.0);  // 198 < 199 in a, 191 > 190 in b
}

TEST(RankAgreementTest, Errors) {
  const std::vector<double> three = {1, 2, 3};
  const std::vector<double> two = {1, 2};
  auto message = [](auto&& call) {
    try {
      call();
    } catch (const InvalidArgument& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message([&] { SpearmanCorrelation(three, two); }),
            "rankings must have the same length, got 3 and 2");
  EXPECT_EQ(message([&] {
              KendallTauB(two, std::vector<double>{1, NAN});
            }),
            "second ranking contains NaN at index 1");
  EXPECT_EQ(message([&] { TopKOverlap(three, three, 0); }), "k must be >= 1, got 0");
  EXPECT_EQ(message([&] { CompareRankings(std::vector<double>{}, std::vector<double>{}); }),
            "rankings must not be empty");
}

}  // namespace
}  // namespace ombak
