// Tests of ReadActivityLog on the Higgs layout and the event CSV layout, and its error paths.
#include "io/social/activity_log.hpp"

#include <gtest/gtest.h>

#include "graph/errors.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::TestData;

TEST(ActivityLog, HiggsRowsKeepTheirDirectionLayerAndTime) {
  // 223789 mentioned and replied to 213163; 376989 retweeted 13813; 26929 retweeted itself.
  NetworkBuilder builder(IdKind::kInteger);
  ActivityLogReport report;
  ReadActivityLog(TestData("interchange/higgs_activity_sample.txt"), builder, {}, &report);
  const Network net = std::move(builder).Build();
  EXPECT_FALSE(report.has_header);
  EXPECT_EQ(report.rows, 4u);
  const NodeTable& nodes = net.nodes();
  ASSERT_EQ(net.events().size(), 4u);
  const Event first = net.events().at(0);
  EXPECT_EQ(nodes.integer_id(first.actor), 223789);
  EXPECT_EQ(nodes.integer_id(first.target), 213163);
  EXPECT_EQ(first.type, Layer::kMention);
  EXPECT_EQ(first.time, 1341100972);
  EXPECT_EQ(first.tweet_id, kNoTweet);
  EXPECT_EQ(net.events().at(1).type, Layer::kReply);
  EXPECT_EQ(net.events().at(2).type, Layer::kRetweet);
  const Digraph& rt = net.layer(Layer::kRetweet);
  EXPECT_EQ(rt.num_edges(), 2u);
  const NodeId a = *nodes.Find(std::int64_t{376989});
  const NodeId b = *nodes.Find(std::int64_t{13813});
  EXPECT_NE(rt.FindEdge(a, b), kNoEdge);
  EXPECT_EQ(rt.FindEdge(b, a), kNoEdge);
  EXPECT_EQ(rt.time(rt.FindEdge(a, b)), 1341101181);
  EXPECT_FALSE(net.has_layer(Layer::kQuote));
}

TEST(ActivityLog, EventCsvReadsHeaderNamesInAnyCase) {
  NetworkBuilder builder(IdKind::kString);
  ActivityLogReport report;
  ReadActivityLog(TestData("interchange/events.csv"), builder, {}, &report);
  const Network net = std::move(builder).Build();
  EXPECT_TRUE(report.has_header);
  ASSERT_EQ(net.events().size(), 3u);
  const Event rt = net.events().at(0);
  EXPECT_EQ(net.nodes().string_id(rt.actor), "ani");
  EXPECT_EQ(net.nodes().string_id(rt.target), "budi");
  EXPECT_EQ(rt.type, Layer::kRetweet);
  EXPECT_EQ(rt.time, 1539202764);
  EXPECT_EQ(rt.tweet_id, 102);
  EXPECT_EQ(rt.root_id, 100);
  EXPECT_EQ(net.events().at(1).type, Layer::kQuote);
  EXPECT_EQ(net.events().at(1).root_id, kNoTweet);
  EXPECT_EQ(net.events().at(2).time, kNoTime);
  EXPECT_EQ(report.arcs[static_cast<int>(Layer::kReply)], 1u);
}

TEST(ActivityLog, ErrorsNameLineColumnAndValue) {
  const auto message = [](std::string_view text, IdKind kind = IdKind::kInteger) {
    NetworkBuilder builder(kind);
    try {
      ReadActivityLogText("log.txt", text, builder);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("1 2 100 RT\n1 2 100 LIKE\n"),
            "log.txt:2:9: expected an interaction type (RT, MT, RE, QT or a layer name), got "
            "'LIKE'");
  EXPECT_EQ(message("1 x 100 RT\n"), "log.txt:1:3: expected an integer account id, got 'x'");
  EXPECT_EQ(message("1 2 soon RT\n"),
            "log.txt:1:5: expected a time (Unix seconds or ISO-8601), got 'soon'");
  EXPECT_EQ(message("1 2 100\n"),
            "log.txt:1:8: expected 4 fields (userA userB time TYPE), got '1 2 100'");
  EXPECT_EQ(message("actor,target,kind\n", IdKind::kString),
            "log.txt:1:1: expected a header with columns actor,target,type,time, got "
            "'actor,target,kind'");
  NetworkBuilder builder;
  ActivityLogReport report;
  ActivityLogOptions options;
  options.max_bad_lines = 1;
  ReadActivityLogText("log.txt", "1 2 100 RT\n1 2 100 LIKE\n3 4 5 MT\n", builder, options, &report);
  EXPECT_EQ(report.rows, 2u);
  EXPECT_EQ(report.bad_lines, 1u);
  ASSERT_EQ(report.bad_line_messages.size(), 1u);
  EXPECT_EQ(report.bad_line_messages[0].rfind("log.txt:2:9: ", 0), 0u);
}

}  // namespace
}  // namespace ombak
