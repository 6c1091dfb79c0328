// Tests of TopK and Ranks: drawn values, tie rules, a sort-based verifier, errors.
#include "algorithms/common/top_k.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "graph/errors.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

//  node:   0    1    2    3    4
//  score: 0.5  2.0  0.5  3.0  2.0   -> order 3, 1, 4, 0, 2 (ties by lower id)
TEST(TopKTest, HighestFirstTiesByNodeId) {
  const std::vector<double> scores = {0.5, 2.0, 0.5, 3.0, 2.0};
  EXPECT_EQ(TopK(scores, 3), (std::vector<NodeId>{3, 1, 4}));
  EXPECT_EQ(TopK(scores, 2), (std::vector<NodeId>{3, 1}));
  EXPECT_EQ(TopK(scores, 10), (std::vector<NodeId>{3, 1, 4, 0, 2}));
  EXPECT_TRUE(TopK(scores, 0).empty());
  EXPECT_TRUE(TopK(std::vector<double>{}, 3).empty());
}

TEST(TopKTest, MatchesFullSort) {
  RandomStream rng(3);
  std::vector<double> scores(2000);
  for (double& s : scores) s = static_cast<double>(rng.Below(50));  // many ties
  std::vector<NodeId> all(scores.size());
  std::iota(all.begin(), all.end(), NodeId{0});
  std::stable_sort(all.begin(), all.end(),
                   [&](NodeId a, NodeId b) { return scores[a] > scores[b]; });
  for (const std::size_t k : {1u, 7u, 100u, 1999u}) {
    EXPECT_EQ(TopK(scores, k), std::vector<NodeId>(all.begin(), all.begin() + k)) << k;
  }
}

//  values: 10, 20, 10, 30, 10 -> the three 10s share positions 1..3 (rank 2); 20 -> 4; 30 -> 5
TEST(RanksTest, AverageRanksForTies) {
  EXPECT_EQ(Ranks(std::vector<double>{10, 20, 10, 30, 10}), (std::vector<double>{2, 4, 2, 5, 2}));
  EXPECT_EQ(Ranks(std::vector<double>{1, 1}), (std::vector<double>{1.5, 1.5}));
  EXPECT_EQ(Ranks(std::vector<double>{-1, -INFINITY, INFINITY}), (std::vector<double>{2, 1, 3}));
}

TEST(RanksTest, RanksSumToTriangularNumber) {
  RandomStream rng(8);
  std::vector<double> values(999);
  for (double& v : values) v = static_cast<double>(rng.Below(30));
  const auto ranks = Ranks(values);
  EXPECT_DOUBLE_EQ(std::accumulate(ranks.begin(), ranks.end(), 0.0), 999.0 * 1000 / 2);
}

TEST(TopKTest, NaNIsRejected) {
  try {
    TopK(std::vector<double>{1, NAN}, 1);
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "scores contains NaN at index 1");
  }
  try {
    Ranks(std::vector<double>{NAN});
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "values contains NaN at index 0");
  }
}

}  // namespace
}  // namespace ombak
