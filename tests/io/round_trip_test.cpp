// Round trips: text -> .ombak -> network keeps everything (nodes, attributes, every layer's
// arcs, weights and times, the undirected flag, the event log); network -> CSV -> network keeps
// nodes, arcs, weights, times and attributes.
#include <gtest/gtest.h>

#include "io/csv_writer.hpp"
#include "io/load.hpp"
#include "io/snapshot.hpp"
#include "io/write.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::TempDir;
using testing::TestData;
using testing::WriteFile;

void ExpectSameNodes(const Network& a, const Network& b, bool compare_label_column) {
  ASSERT_EQ(a.num_nodes(), b.num_nodes());
  ASSERT_EQ(a.nodes().id_kind(), b.nodes().id_kind());
  for (NodeId v = 0; v < a.num_nodes(); ++v) {
    ASSERT_EQ(a.nodes().ExternalId(v), b.nodes().ExternalId(v));
    EXPECT_EQ(a.nodes().Label(v), b.nodes().Label(v));
  }
  for (const AttributeColumn& column : a.nodes().columns()) {
    if (!compare_label_column && column.name() == "label") continue;
    const AttributeColumn* other = b.nodes().FindColumn(column.name());
    ASSERT_NE(other, nullptr) << column.name();
    EXPECT_EQ(other->type(), column.type()) << column.name();
    for (NodeId v = 0; v < a.num_nodes(); ++v) {
      EXPECT_EQ(column.has(v), other->has(v));
      EXPECT_EQ(column.ToText(v), other->ToText(v)) << column.name() << " " << v;
    }
  }
}

void ExpectSameLayers(const Network& a, const Network& b, bool compare_direction_flag) {
  ASSERT_EQ(a.present_layers(), b.present_layers());
  for (const Layer layer : a.present_layers()) {
    const Digraph& g = a.layer(layer);
    const Digraph& h = b.layer(layer);
    if (compare_direction_flag) {
      EXPECT_EQ(g.undirected(), h.undirected());
    }
    ASSERT_EQ(g.num_edges(), h.num_edges()) << LayerName(layer);
    EXPECT_TRUE(
        std::equal(g.out_offsets().begin(), g.out_offsets().end(), h.out_offsets().begin()));
    EXPECT_TRUE(
        std::equal(g.out_targets().begin(), g.out_targets().end(), h.out_targets().begin()));
    for (EdgeId e = 0; e < g.num_edges(); ++e) {
      ASSERT_EQ(g.weight(e), h.weight(e));
      ASSERT_EQ(g.time(e), h.time(e));
    }
  }
}

// A small multiplex network with text ids, attributes, weights, times and events.
Network Multiplex(const TempDir& dir) {
  WriteFile(dir.File("acts.csv"),
            "user,author,type,time\n"
            "ani,budi,RT,2020-01-01T00:00:05Z\n"
            "citra,budi,retweet,2020-01-01T00:00:01Z\n"
            "ani,budi,RT,2020-01-01T00:00:09Z\n"
            "budi,ani,reply,2020-01-02T00:00:00Z\n"
            "ani,dewi,mention,\n");
  WriteFile(dir.File("follows.tsv"), "follower\tfollowee\nani\tbudi\ncitra\tbudi\n");
  WriteFile(dir.File("nodes.csv"),
            "handle,followers_count,score,party\nani,10,0.25,D\nbudi,2000,1.5,R\neko,0,,\n");
  return LoadNetwork({InputSpec::Parse(dir.File("acts.csv")),
                      InputSpec::Parse("follow=" + dir.File("follows.tsv")),
                      InputSpec::Parse(dir.File("nodes.csv"))});
}

TEST(RoundTrip, SnapshotKeepsEverything) {
  TempDir dir;
  const Network net = Multiplex(dir);
  ASSERT_EQ(net.events().size(), 4u);
  // Retweets are counts: ani->budi twice (nodes 0 and 1 in order of first appearance).
  EXPECT_EQ(net.layer(Layer::kRetweet).weight(net.layer(Layer::kRetweet).FindEdge(0, 1)), 2.0f);
  EXPECT_EQ(net.layer(Layer::kRetweet).time(net.layer(Layer::kRetweet).FindEdge(0, 1)),
            1577836805);  // the earliest of the two
  const std::string path = dir.File("net.ombak");
  WriteSnapshot(net, path);
  const Network back = LoadNetwork(path);
  ExpectSameNodes(net, back, true);
  ExpectSameLayers(net, back, true);
  ASSERT_EQ(back.events().size(), net.events().size());
  for (std::size_t i = 0; i < net.events().size(); ++i) {
    const Event a = net.events().at(i), b = back.events().at(i);
    EXPECT_EQ(a.actor, b.actor);
    EXPECT_EQ(a.target, b.target);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.time, b.time);
    EXPECT_EQ(a.tweet_id, b.tweet_id);
  }
}

TEST(RoundTrip, SnapshotOfUndirectedWeightedGml) {
  TempDir dir;
  const Network net = LoadNetwork(TestData("karate/karate_nx_with_club_and_weights.gml"));
  WriteNetwork(net, dir.File("k.ombak"));
  const Network back = ReadSnapshot(dir.File("k.ombak"));
  ExpectSameNodes(net, back, true);
  ExpectSameLayers(net, back, true);
  EXPECT_TRUE(back.layer(Layer::kFollow).undirected());
}

TEST(RoundTrip, CsvTextKeepsNodesArcsWeightsTimesAndAttributes) {
  TempDir dir;
  const Network net = Multiplex(dir);
  const Network snap = [&] {
    WriteSnapshot(net, dir.File("n.ombak"));
    return ReadSnapshot(dir.File("n.ombak"));
  }();
  WriteEdgesCsv(snap, dir.File("edges.csv"));
  WriteNodesCsv(snap, dir.File("nodes_out.csv"));
  LoadOptions options;
  options.duplicates = DuplicatePolicy::kSum;  // the written arcs are already merged
  const Network back = LoadNetwork(
      {InputSpec::Parse(dir.File("nodes_out.csv")), InputSpec::Parse(dir.File("edges.csv"))},
      options);
  ExpectSameNodes(net, back, false);
  ExpectSameLayers(net, back, true);
}

TEST(RoundTrip, IntegerIdsAndGmlThroughCsv) {
  TempDir dir;
  const Network net = LoadNetwork(TestData("football/football.gml"));
  WriteNetwork(net, dir.File("edges.csv"));
  WriteNetwork(net, dir.File("nodes.csv"), "nodes-csv");
  const Network back = LoadNetwork(
      {InputSpec::Parse(dir.File("nodes.csv")), InputSpec::Parse(dir.File("edges.csv"))});
  ExpectSameNodes(net, back, true);
  // The CSV holds each undirected edge once, so it reads back as a directed graph of 613 arcs.
  EXPECT_EQ(back.layer(Layer::kFollow).num_edges(), 613u);
}

}  // namespace
}  // namespace ombak
