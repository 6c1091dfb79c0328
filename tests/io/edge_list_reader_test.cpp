// Edge-list reader: bundled data sets, delimiters, headers, comments, quotes, line endings, gzip.
#include <gtest/gtest.h>

#include "graph/errors.hpp"
#include "io/load.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::TempDir;
using testing::TestData;
using testing::WriteFile;

double TotalWeight(const Digraph& g) {
  double total = 0;
  for (EdgeId e = 0; e < g.num_edges(); ++e) total += g.weight(e);
  return total;
}

EdgeId SelfLoops(const Digraph& g) {
  EdgeId loops = 0;
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (NodeId v : g.out_neighbors(u)) loops += u == v;
  }
  return loops;
}

TEST(EdgeListReader, CongressCounts) {
  const Network net = LoadNetwork(TestData("congress/congress.edgelist"));
  const Digraph& g = net.layer(Layer::kFollow);
  EXPECT_EQ(net.num_nodes(), 475u);
  EXPECT_EQ(g.num_edges(), 13289u);
  EXPECT_TRUE(g.has_weights());
  EXPECT_EQ(net.nodes().integer_id(4), 4);  // ids 0..474 keep their numbers
}

// higgs-reply has no repeated (a, b) rows, so every duplicate policy gives 32,523 arcs; the
// 343 self-loops stay with the default SelfLoopPolicy::kKeep and go with kDrop.
TEST(EdgeListReader, HiggsReplyCounts) {
  LoadReport report;
  const Network net = LoadNetwork(
      {InputSpec::Parse(TestData("higgs-reply/higgs-reply_network.edgelist"))}, {}, &report);
  const Digraph& g = net.layer(Layer::kFollow);
  EXPECT_EQ(net.num_nodes(), 38918u);
  EXPECT_EQ(g.num_edges(), 32523u);
  EXPECT_EQ(SelfLoops(g), 343u);
  EXPECT_DOUBLE_EQ(TotalWeight(g), 36902.0);
  EXPECT_EQ(report.build_stats[0].duplicates_merged, 0u);

  LoadOptions drop;
  drop.self_loops = SelfLoopPolicy::kDrop;
  drop.duplicates = DuplicatePolicy::kSum;
  const Network dropped = LoadNetwork(
      {InputSpec::Parse("reply=" + TestData("higgs-reply/higgs-reply_network.edgelist"))}, drop,
      &report);
  EXPECT_EQ(dropped.layer(Layer::kReply).num_edges(), 32523u - 343u);
  EXPECT_EQ(report.build_stats[static_cast<int>(Layer::kReply)].self_loops_dropped, 343u);
}

}  // namespace
}  // namespace ombak
