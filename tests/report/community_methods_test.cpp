// Tests of the shared community entry point (report/community_methods): the same answer as
// calling the method directly, restarts reaching Leiden and Louvain, and refused where a method
// has no restarts.
#include "report/community_methods.hpp"

#include <gtest/gtest.h>

#include <string>

#include "algorithms/community/leiden.hpp"
#include "graph/errors.hpp"
#include "io/load.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

Network Karate() {
  return LoadNetwork(
      {InputSpec::Parse(testing::TestData("karate/karate_nx_with_club_and_weights.gml"))});
}

TEST(DetectCommunities, RestartsReachLeiden) {
  const Network net = Karate();
  const Digraph& g = net.layer(net.present_layers().front());
  for (const int restarts : {0, 1, 4}) {
    const CommunityResult via =
        DetectCommunities(g, {.method = "leiden", .seed = 7, .restarts = restarts, .progress = {}});
    const CommunityResult direct = Leiden(g, {.seed = 7, .restarts = restarts, .progress = {}});
    EXPECT_EQ(via.partition.membership, direct.partition.membership) << restarts;
  }
}

TEST(DetectCommunities, RefusesRestartsForMethodsWithout) {
  const Network net = Karate();
  const Digraph& g = net.layer(net.present_layers().front());
  EXPECT_TRUE(HasRestarts("leiden"));
  EXPECT_TRUE(HasRestarts("louvain"));
  for (const std::string method : {"lpa", "infomap", "fastgreedy", "walktrap"}) {
    EXPECT_FALSE(HasRestarts(method));
    try {
      DetectCommunities(g, {.method = method, .restarts = 2, .progress = {}});
      ADD_FAILURE() << method << " took restarts";
    } catch (const InvalidArgument& e) {
      EXPECT_EQ(std::string(e.what()), "restarts apply to leiden and louvain, not to " + method);
    }
    EXPECT_NO_THROW(DetectCommunities(g, {.method = method, .restarts = 0, .progress = {}}))
        << method;
  }
}

}  // namespace
}  // namespace ombak
