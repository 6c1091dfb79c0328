// Edge-list reader: bundled data sets, delimiters, headers, comments, quotes, line endings, gzip.
#include <gtest/gtest.h>

#include <tuple>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"
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

namespace ombak {
namespace {

Network LoadText(const std::string& contents, const std::string& name = "g.csv",
                 const LoadOptions& options = {}) {
  TempDir dir;
  const std::string path = dir.File(name);
  WriteFile(path, contents);
  return LoadNetwork({InputSpec::Parse(path)}, options);
}

// (source external id, target external id, weight) of every arc of a layer, in edge order.
std::vector<std::tuple<std::string, std::string, float>> Arcs(const Network& net, Layer layer) {
  std::vector<std::tuple<std::string, std::string, float>> out;
  const Digraph& g = net.layer(layer);
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (EdgeId e = g.out_edge_begin(u); e < g.out_edge_begin(u) + g.out_degree(u); ++e) {
      out.emplace_back(net.nodes().ExternalId(u), net.nodes().ExternalId(g.target(e)), g.weight(e));
    }
  }
  return out;
}

using ArcList = std::vector<std::tuple<std::string, std::string, float>>;

TEST(EdgeListReader, LineEndingsCommentsAndBlankLines) {
  const ArcList expected = {{"a", "b", 2.0f}, {"b", "c", 1.5f}};
  for (const char* text :
       {"a,b,2\nb,c,1.5\n", "a,b,2\r\nb,c,1.5\r\n", "a,b,2\rb,c,1.5\r",
        "# comment\n% matlab\n// c++\n\na,b,2\n   \nb,c,1.5", "a,b,2\nb,c,1.5"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(Arcs(LoadText(text), Layer::kFollow), expected);
  }
}

TEST(EdgeListReader, DelimitersAndHeaders) {
  const ArcList expected = {{"a", "b", 2.0f}, {"b", "c", 1.0f}};
  for (const char* text :
       {"a\tb\t2\nb\tc\t1\n", "a  b 2\nb\tc  1\n", "source,target,weight\na,b,2\nb,c,1\n",
        "weight,to,from\n2,b,a\n1,c,b\n", "src;x,dst,w\na,b,2\nb,c,1\n"}) {
    SCOPED_TRACE(text);
    const Network net = LoadText(text, "g.txt");
    if (std::string(text).starts_with("src;x")) {
      // An unknown column name: "src;x" is not a header word, but dst and w are.
      EXPECT_EQ(Arcs(net, Layer::kFollow), expected);
    } else {
      EXPECT_EQ(Arcs(net, Layer::kFollow), expected);
    }
  }
}

TEST(EdgeListReader, QuotedFieldsWithEscapes) {
  const Network net = LoadText("source,target\n\"a, \"\"x\"\"\",b\n \"c\" , d\n");
  EXPECT_EQ(Arcs(net, Layer::kFollow), (ArcList{{"a, \"x\"", "b", 1.0f}, {"c", "d", 1.0f}}));
}

TEST(EdgeListReader, LayerColumnRoutesRowsAndTimesBecomeEvents) {
  const Network net = LoadText(
      "user,author,layer,created_at\n"
      "1,2,RT,2012-07-01T10:00:00Z\n"
      "3,2,retweet,1341136800\n"
      "1,3,mention,2012-07-01 09:00:00\n"
      "4,1,follow,\n");
  EXPECT_EQ(net.layer(Layer::kRetweet).num_edges(), 2u);
  EXPECT_EQ(net.layer(Layer::kMention).num_edges(), 1u);
  EXPECT_EQ(net.layer(Layer::kFollow).num_edges(), 1u);
  EXPECT_FALSE(net.has_layer(Layer::kReply));
  ASSERT_EQ(net.events().size(), 3u);
  // Sorted by time: the mention (09:00) first, then both retweets at 10:00 in file order.
  EXPECT_EQ(net.events().at(0).type, Layer::kMention);
  EXPECT_EQ(net.events().at(0).time, 1341133200);
  EXPECT_EQ(net.events().at(1).time, 1341136800);
  EXPECT_EQ(net.events().at(2).time, 1341136800);
  EXPECT_EQ(net.nodes().ExternalId(net.events().at(2).actor), "3");
}

TEST(EdgeListReader, HiggsActivityLogWithoutHeader) {
  const Network net =
      LoadText("1 2 1341100972 RT\n3 2 1341100980 MT\n2 1 1341100990 RE\n", "a.txt");
  EXPECT_EQ(net.layer(Layer::kRetweet).num_edges(), 1u);
  EXPECT_EQ(net.layer(Layer::kMention).num_edges(), 1u);
  EXPECT_EQ(net.layer(Layer::kReply).num_edges(), 1u);
  EXPECT_EQ(net.events().size(), 3u);
  EXPECT_EQ(net.layer(Layer::kRetweet).time(0), 1341100972);
}

TEST(EdgeListReader, LayerSpecReverseAndIdKinds) {
  TempDir dir;
  const std::string path = dir.File("e.txt");
  WriteFile(path, "10 20\n20 30\n");
  LoadOptions options;
  options.reverse = true;
  options.id_kind = IdKind::kString;
  const Network net = LoadNetwork({InputSpec::Parse("retweet=" + path)}, options);
  EXPECT_EQ(net.nodes().id_kind(), IdKind::kString);
  EXPECT_EQ(Arcs(net, Layer::kRetweet), (ArcList{{"20", "10", 1.0f}, {"30", "20", 1.0f}}));
  EXPECT_FALSE(net.has_layer(Layer::kFollow));

  const Network ints = LoadNetwork(path);
  EXPECT_EQ(ints.nodes().id_kind(), IdKind::kInteger);
  EXPECT_EQ(ints.nodes().integer_id(2), 30);
}

TEST(EdgeListReader, MixedIdsBecomeStringsAcrossFiles) {
  TempDir dir;
  WriteFile(dir.File("a.txt"), "1 2\n");
  WriteFile(dir.File("b.txt"), "2 @budi\n");
  const Network net =
      LoadNetwork({InputSpec::Parse(dir.File("a.txt")), InputSpec::Parse(dir.File("b.txt"))});
  EXPECT_EQ(net.nodes().id_kind(), IdKind::kString);
  EXPECT_EQ(net.num_nodes(), 3u);
  EXPECT_EQ(Arcs(net, Layer::kFollow), (ArcList{{"1", "2", 1.0f}, {"2", "@budi", 1.0f}}));
}

TEST(EdgeListReader, GzipDetectedByMagicNotName) {
  TempDir dir;
  const std::string plain = "source,target\na,b\nb,c\n";
  const std::string gz = dir.File("edges.dat");
  const std::string command = "printf 'source,target\\na,b\\nb,c\\n' | gzip -c > " + gz;
  ASSERT_EQ(testing::RunCommand(command).exit_code, 0);
  const Network net = LoadNetwork(gz);
  EXPECT_EQ(Arcs(net, Layer::kFollow), Arcs(LoadText(plain), Layer::kFollow));
}

TEST(EdgeListReader, NodeTableAddsIsolatedNodesAndTypedColumns) {
  TempDir dir;
  WriteFile(dir.File("e.csv"), "source,target\nani,budi\n");
  WriteFile(dir.File("n.csv"),
            "handle,followers_count,score,party,label\n"
            "ani,1200,0.5,D,Ani\n"
            "budi,30,1,R,\n"
            "citra,,2.25,\"R, indep\",Citra\n");
  const Network net =
      LoadNetwork({InputSpec::Parse(dir.File("e.csv")), InputSpec::Parse(dir.File("n.csv"))});
  ASSERT_EQ(net.num_nodes(), 3u);
  const NodeId citra = *net.nodes().Find(std::string_view("citra"));
  EXPECT_EQ(net.layer(Layer::kFollow).out_degree(citra), 0u);
  const AttributeColumn* followers = net.nodes().FindColumn("followers_count");
  ASSERT_NE(followers, nullptr);
  EXPECT_EQ(followers->type(), AttributeType::kInteger);
  EXPECT_FALSE(followers->has(citra));
  EXPECT_EQ(net.nodes().FindColumn("score")->type(), AttributeType::kReal);
  EXPECT_EQ(net.nodes().FindColumn("party")->text(citra), "R, indep");
  EXPECT_EQ(net.nodes().Label(citra), "Citra");
  EXPECT_EQ(net.nodes().Label(*net.nodes().Find(std::string_view("budi"))), "budi");
}

// A file of a few MB (past the parallel threshold) with text ids, weights and CRLF rows parses
// to the same network with 1 and 2 threads.
TEST(EdgeListReader, ParallelParseEqualsSerial) {
  TempDir dir;
  const std::string path = dir.File("big.csv");
  std::string text = "source,target,weight\n";
  std::uint64_t x = 12345;
  for (int i = 0; i < 400000; ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    text.append("u").append(std::to_string((x >> 33) % 50000));
    text.append(",u").append(std::to_string((x >> 13) % 50000));
    text.append(",").append(std::to_string(1 + (x >> 50) % 7));
    text.append(i % 3 == 0 ? "\r\n" : "\n");
  }
  WriteFile(path, text);
  ASSERT_GT(text.size(), std::size_t{5} << 20);  // past the 4 MiB parallel threshold
  SetThreads(1);
  const Network serial = LoadNetwork(path);
  SetThreads(2);
  const Network parallel = LoadNetwork(path);
  ASSERT_EQ(serial.num_nodes(), parallel.num_nodes());
  for (NodeId v = 0; v < serial.num_nodes(); ++v) {
    ASSERT_EQ(serial.nodes().ExternalId(v), parallel.nodes().ExternalId(v));
  }
  EXPECT_EQ(Arcs(serial, Layer::kFollow), Arcs(parallel, Layer::kFollow));
  EXPECT_GT(serial.layer(Layer::kFollow).num_edges(), 250000u);
}

}  // namespace
}  // namespace ombak
