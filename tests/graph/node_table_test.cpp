#include "graph/node_table.hpp"

#include <gtest/gtest.h>

#include "graph/errors.hpp"
#include "graph/network.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

TEST(NodeTable, InternIntegerIdsIsIdempotent) {
  NodeTable t(IdKind::kInteger);
  EXPECT_EQ(t.Intern(int64_t{1000}), 0u);
  EXPECT_EQ(t.Intern(int64_t{-5}), 1u);
  EXPECT_EQ(t.Intern(int64_t{1000}), 0u);
  EXPECT_EQ(t.size(), 2u);
  EXPECT_EQ(t.Find(int64_t{-5}), 1u);
  EXPECT_FALSE(t.Find(int64_t{7}).has_value());
  EXPECT_EQ(t.ExternalId(0), "1000");
  EXPECT_EQ(t.FindText("1000"), 0u);
  EXPECT_FALSE(t.FindText("10x").has_value());
}

TEST(NodeTable, ManyIdsSurviveRehashing) {
  NodeTable t(IdKind::kString);
  for (int i = 0; i < 10000; ++i) t.Intern("user" + std::to_string(i));
  for (int i = 0; i < 10000; ++i) {
    ASSERT_EQ(t.Find("user" + std::to_string(i)), static_cast<NodeId>(i));
  }
  EXPECT_EQ(t.string_id(42), "user42");
}

TEST(NodeTable, KindsDoNotMix) {
  NodeTable t(IdKind::kInteger);
  EXPECT_THROW(t.Intern(std::string_view("abc")), InvalidArgument);
}

TEST(NodeTable, FromIntegerIdsRejectsRepeats) {
  EXPECT_THROW(NodeTable::FromIntegerIds({1, 2, 1}), InvalidArgument);
  const NodeTable t = NodeTable::FromIntegerIds({30, 10, 20});
  EXPECT_EQ(t.Find(int64_t{10}), 1u);
}

// Strictly ascending ids need no hash index: binary search finds them, a larger new id keeps
// the table sorted, and a smaller one switches it to the hash index without losing a node.
TEST(NodeTable, FromAscendingIntegerIds) {
  NodeTable t = NodeTable::FromIntegerIds({-4, 2, 5, 9});
  EXPECT_EQ(t.Find(int64_t{-4}), 0u);
  EXPECT_EQ(t.Find(int64_t{9}), 3u);
  EXPECT_FALSE(t.Find(int64_t{4}).has_value());
  EXPECT_FALSE(t.Find(int64_t{10}).has_value());
  EXPECT_EQ(t.Intern(int64_t{5}), 2u);
  EXPECT_EQ(t.Intern(int64_t{12}), 4u);
  EXPECT_EQ(t.Intern(int64_t{7}), 5u);
  EXPECT_EQ(t.Intern(int64_t{-100}), 6u);
  const std::vector<std::int64_t> order = {-4, 2, 5, 9, 12, 7, -100};
  for (std::size_t v = 0; v < order.size(); ++v) {
    EXPECT_EQ(t.Find(order[v]), v);
    EXPECT_EQ(t.Intern(order[v]), v);
  }
  EXPECT_EQ(t.size(), order.size());
  EXPECT_THROW(NodeTable::FromIntegerIds({1, 2, 2, 3}), InvalidArgument);
}

// Above 2^16 ids the index is built by two threads; lookups and the reported repeat (the
// smallest repeated id) do not depend on the thread count.
TEST(NodeTable, FromIntegerIdsInParallel) {
  std::vector<std::int64_t> ids;  // distinct, not ascending
  for (std::int64_t i = 0; i < 200000; ++i) ids.push_back(i * 7919 % 1000003 - 5000);
  for (const int threads : {1, 2}) {
    SetThreads(threads);
    const NodeTable t = NodeTable::FromIntegerIds(ids);
    for (std::size_t v = 0; v < ids.size(); v += 997) ASSERT_EQ(t.Find(ids[v]), v);
    EXPECT_FALSE(t.Find(int64_t{2000000}).has_value());
    std::vector<std::int64_t> repeats = ids;
    repeats[150000] = repeats[3];
    repeats[190000] = repeats[2];
    try {
      NodeTable::FromIntegerIds(std::move(repeats));
      FAIL() << "no exception";
    } catch (const InvalidArgument& e) {
      EXPECT_STREQ(e.what(), "NodeTable::FromIntegerIds: id 10838 repeats");
    }
  }
  SetThreads(0);
}

TEST(NodeTable, AttributesAndLabel) {
  NodeTable t(IdKind::kInteger);
  const NodeId a = t.Intern(int64_t{11});
  const NodeId b = t.Intern(int64_t{12});
  t.Column("handle", AttributeType::kText).SetText(a, "@ani");
  t.Column("followers_count", AttributeType::kInteger).SetInteger(b, 1200);
  EXPECT_EQ(t.Label(a), "@ani");
  EXPECT_EQ(t.Label(b), "12");
  const AttributeColumn* followers = t.FindColumn("followers_count");
  ASSERT_NE(followers, nullptr);
  EXPECT_FALSE(followers->has(a));
  EXPECT_EQ(followers->integer(b), 1200);
  EXPECT_EQ(followers->ToNumber(b), 1200.0);
  EXPECT_THROW(t.Column("handle", AttributeType::kReal), InvalidArgument);
}

TEST(NodeTable, SelectKeepsAttributes) {
  NodeTable t(IdKind::kString);
  t.Intern("a");
  t.Intern("b");
  t.Intern("c");
  t.Column("score", AttributeType::kReal).SetReal(2, 0.5);
  const NodeTable s = t.Select({2, 0});
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s.string_id(0), "c");
  EXPECT_DOUBLE_EQ(s.FindColumn("score")->real(0), 0.5);
  EXPECT_FALSE(s.FindColumn("score")->has(1));
}

TEST(Network, BuilderBuildsEveryLayerOverAllNodes) {
  NetworkBuilder b(IdKind::kString);
  const NodeId ani = b.nodes().Intern("ani");
  const NodeId budi = b.nodes().Intern("budi");
  b.AddArc(Layer::kRetweet, ani, budi);
  b.AddArc(Layer::kRetweet, ani, budi);
  b.arcs(Layer::kMention);  // declared, empty
  b.AddArc(Layer::kFollow, budi, b.nodes().Intern("citra"));
  b.AddArc(Layer::kFollow, budi, b.nodes().Intern("citra"));
  const Network net = std::move(b).Build();
  EXPECT_EQ(net.num_nodes(), 3u);
  EXPECT_EQ(net.layer(Layer::kRetweet).num_nodes(), 3u);
  EXPECT_FLOAT_EQ(net.layer(Layer::kRetweet).weight(0), 2.0f);  // interactions are summed
  EXPECT_EQ(net.layer(Layer::kFollow).num_edges(), 1u);         // follows keep the first
  EXPECT_FALSE(net.layer(Layer::kFollow).has_weights());
  EXPECT_TRUE(net.has_layer(Layer::kMention));
  EXPECT_FALSE(net.has_layer(Layer::kQuote));
  EXPECT_THROW(net.layer(Layer::kQuote), InvalidArgument);
  EXPECT_EQ(net.present_layers().size(), 3u);
}

TEST(Layer, ParseNamesAndCodes) {
  EXPECT_EQ(ParseLayer("RT"), Layer::kRetweet);
  EXPECT_EQ(ParseLayer("Mentions"), Layer::kMention);
  EXPECT_EQ(ParseLayer("follow"), Layer::kFollow);
  EXPECT_FALSE(ParseLayer("like").has_value());
  EXPECT_EQ(LayerName(Layer::kQuote), "quote");
}

}  // namespace
}  // namespace ombak
