// Tests of social inputs through the general loader (LoadNetwork): format detection by content
// and extension, every tweet fixture set in tests/data/tweets loading with auto-detection and
// giving exactly the arcs and events of each tweet kind, mixing tweets with an edge list and an
// account table into one network, --input-format, --skip-bad-lines and warnings, activity
// logs, Pajek and GraphML inputs, and tweets -> GraphML -> load back with the same nodes, edges
// and attributes.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "io/format_detect.hpp"
#include "io/load.hpp"
#include "io/social/twitter_time.hpp"
#include "io/write.hpp"
#include "tests/io/social/handmade_tweets.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::TempDir;
using testing::TestData;
using testing::WriteFile;

using testing::Arcs;
using testing::ArcSet;
using testing::EventRow;
using testing::Events;
using testing::kEvents;
using testing::kMentions;
using testing::kQuotes;
using testing::kReplies;
using testing::kRetweets;
using testing::kT0;

Network Load(const std::vector<std::string>& inputs, LoadOptions options = {},
             LoadReport* report = nullptr, const std::string& format = "") {
  std::vector<InputSpec> specs;
  for (const std::string& input : inputs) {
    specs.push_back(InputSpec::Parse(input));
    specs.back().format = format;
  }
  return LoadNetwork(specs, options, report);
}

void ExpectHandmadeKinds(const Network& net) {
  EXPECT_EQ(Arcs(net, Layer::kMention), kMentions);
  EXPECT_EQ(Arcs(net, Layer::kRetweet), kRetweets);
  EXPECT_EQ(Arcs(net, Layer::kQuote), kQuotes);
  EXPECT_EQ(Arcs(net, Layer::kReply), kReplies);
  EXPECT_EQ(Events(net), kEvents);
  EXPECT_FALSE(net.has_layer(Layer::kFollow));
}

TEST(FormatDetect, ContentRules) {
  EXPECT_EQ(DetectTextFormat("a.txt", "  \n{\"id\":1}\n"), "tweets");
  EXPECT_EQ(DetectTextFormat("a.json", "\xEF\xBB\xBF{\"data\":[]}"), "tweets");
  EXPECT_EQ(DetectTextFormat("a.xml", "<?xml version=\"1.0\"?>\n<graphml xmlns=\"x\">"), "graphml");
  EXPECT_EQ(DetectTextFormat("a.graphml", ""), "graphml");
  EXPECT_EQ(DetectTextFormat("a.txt", "% made by hand\n*Vertices 3\n1 2\n"), "pajek");
  EXPECT_EQ(DetectTextFormat("a.txt", "*network x\n*vertices 2\n"), "pajek");
  EXPECT_EQ(DetectTextFormat("a.net.gz", "1 2\n"), "pajek");
  EXPECT_EQ(DetectTextFormat("a.csv", "Time,Actor,Target,Type\n"), "activity");
  EXPECT_EQ(DetectTextFormat("a.tsv", "actor\ttarget\ttype\ttime\ttweet_id\n"), "activity");
  EXPECT_EQ(DetectTextFormat("a.txt", "\n223789 213163 1341100972 MT\n"), "activity");
  EXPECT_EQ(DetectTextFormat("a.txt", "graph [\n directed 1\n]\n"), "gml");
  EXPECT_EQ(DetectTextFormat("a.csv", "handle,party\nani,D\n"), "nodes");
  // Not activity logs: a fourth column that is not an interaction code, or a weight column.
  EXPECT_EQ(DetectTextFormat("a.txt", "1 2 1341100972 XX\n"), "edgelist");
  EXPECT_EQ(DetectTextFormat("a.txt", "1 2 3\n"), "edgelist");
  EXPECT_EQ(DetectTextFormat("a.csv", "source,target,type,time\n"), "csv");
  EXPECT_EQ(FormatFromExtension("dir.v2/tweets.JSONL.gz"), "tweets");
  EXPECT_EQ(FormatFromExtension("out.gexf"), "gexf");
  EXPECT_EQ(FormatFromExtension("x.json"), "");
}

TEST(FormatDetect, IsoTimeFormatsAndReadsBack) {
  EXPECT_EQ(FormatIsoTime(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatIsoTime(kT0), "2018-10-10T20:19:24Z");
  EXPECT_EQ(FormatIsoTime(951782400), "2000-02-29T00:00:00Z");
  EXPECT_EQ(FormatIsoTime(-1), "1969-12-31T23:59:59Z");
  for (const Timestamp t : {Timestamp{1341100972}, Timestamp{-86401}, Timestamp{4102444799}}) {
    EXPECT_EQ(ParseIsoTime(FormatIsoTime(t)), t) << t;
  }
}

TEST(LoadSocial, EachTweetKindThroughAutoDetection) {
  for (const char* file : {"handmade/v11_kinds.jsonl", "handmade/v2_kinds.jsonl"}) {
    SCOPED_TRACE(file);
    LoadReport report;
    const Network net = Load({TestData(std::string("tweets/") + file)}, {}, &report);
    ExpectHandmadeKinds(net);
    EXPECT_EQ(net.nodes().id_kind(), IdKind::kInteger);
    const NodeTable& nodes = net.nodes();
    EXPECT_EQ(nodes.FindColumn("handle")->text(*nodes.Find(std::int64_t{1})), "ani");
    EXPECT_EQ(nodes.FindColumn("followers_count")->integer(*nodes.Find(std::int64_t{1})), 200);
    EXPECT_EQ(report.skipped_lines, 0u);
  }
}

TEST(LoadSocial, MissingReferencesAreCountedAndWarned) {
  LoadReport report;
  const std::string path = TestData("tweets/handmade/v2_kinds.jsonl");
  Load({path}, {}, &report);
  EXPECT_EQ(report.missing_references, 1u);  // tweet 108 quotes 999, not in includes
  const std::string expected =
      path + ": 1 tweet(s) referenced a tweet or account missing from the payload";
  bool found = false;
  for (const std::string& w : report.warnings) found = found || w.rfind(expected, 0) == 0;
  EXPECT_TRUE(found) << ::testing::PrintToString(report.warnings);

  LoadReport quote;
  Load({TestData("tweets/v1.1_tweet_parser/original_format_missing_quotetweet_field.json")}, {},
       &quote);
  EXPECT_EQ(quote.missing_references, 1u);
}

// Every sample in tests/data/tweets is a tweet archive to the detector and loads (the two
// deliberately broken ones with --skip-bad-lines), each interaction also an event.
TEST(LoadSocial, EveryFixtureSetLoadsWithAutoDetection) {
  const std::set<std::string> broken = {"original_format_missing_user.json",
                                        "streaming_output_with_error.jsonl"};
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(TestData("tweets"))) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".json" && ext != ".jsonl") continue;
    const std::string path = entry.path().string();
    SCOPED_TRACE(path);
    ++files;
    LoadOptions options;
    if (broken.count(entry.path().filename().string()) != 0) {
      EXPECT_THROW(Load({path}), InputError);
      options.max_bad_lines = 1;
    }
    LoadReport report;
    const Network net = Load({path}, options, &report);
    EXPECT_EQ(report.skipped_lines, options.max_bad_lines);
    // The one line without a user is skipped; every other file has accounts.
    EXPECT_EQ(net.num_nodes() == 0, entry.path().filename() == "original_format_missing_user.json");
    std::uint64_t arcs = 0;
    for (const Layer layer : {Layer::kRetweet, Layer::kQuote, Layer::kReply, Layer::kMention}) {
      ASSERT_TRUE(net.has_layer(layer));
      const Digraph& g = net.layer(layer);
      for (EdgeId e = 0; e < g.num_edges(); ++e) {
        arcs += g.has_weights() ? static_cast<std::uint64_t>(g.weight(e)) : 1;
      }
    }
    EXPECT_EQ(net.events().size(), arcs);
  }
  EXPECT_EQ(files, 19);  // PROVENANCE.md lists them
}

TEST(LoadSocial, BadLineIsAnErrorWithPositionOrACountedSkip) {
  const std::string path = TestData("tweets/v2_twarc_csv/streaming_output_with_error.jsonl");
  try {
    Load({path});
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(path + ":8:45: expected", 0), 0u) << e.what();
  }
  LoadOptions options;
  options.max_bad_lines = 1;
  LoadReport report;
  Load({path}, options, &report);
  EXPECT_EQ(report.skipped_lines, 1u);
  ASSERT_GE(report.warnings.size(), 2u);
  EXPECT_EQ(report.warnings[0], path + ": skipped 1 malformed row(s) (--skip-bad-lines 1)");
  EXPECT_EQ(report.warnings[1].rfind(path + ":8:45: ", 0), 0u);
}

// A tweet archive, a follow edge list by user id and an account table: one node table (integer
// ids), the follow layer beside the interaction layers, the events, and both attribute sources.
TEST(LoadSocial, TweetsFollowsAndAccountsMakeOneNetwork) {
  TempDir dir;
  WriteFile(dir.File("follows.txt"), "1 2\n3 1\n7 1\n");  // 7 appears only here
  WriteFile(dir.File("accounts.csv"), "user_id,party\n1,D\n2,R\n8,D\n");
  LoadReport report;
  const Network net = Load({TestData("tweets/handmade/v11_kinds.jsonl"), dir.File("follows.txt"),
                            dir.File("accounts.csv")},
                           {}, &report);
  const NodeTable& nodes = net.nodes();
  ASSERT_EQ(nodes.id_kind(), IdKind::kInteger);
  EXPECT_EQ(nodes.size(), 8u);
  EXPECT_EQ(Arcs(net, Layer::kFollow), (ArcSet{{"1", "2"}, {"3", "1"}, {"7", "1"}}));
  EXPECT_EQ(Arcs(net, Layer::kRetweet), kRetweets);
  EXPECT_EQ(Events(net), kEvents);
  const NodeId ani = *nodes.Find(std::int64_t{1});
  EXPECT_EQ(nodes.FindColumn("party")->text(ani), "D");
  EXPECT_EQ(nodes.FindColumn("handle")->text(ani), "ani");
  EXPECT_FALSE(nodes.FindColumn("handle")->has(*nodes.Find(std::int64_t{8})));
  for (const Layer layer : net.present_layers()) {
    EXPECT_EQ(net.layer(layer).num_nodes(), 8u);
  }
}

// With a file of handles, ids become text: the tweet accounts keep their decimal user id.
TEST(LoadSocial, TextIdsElsewhereMakeUserIdsDecimalText) {
  TempDir dir;
  WriteFile(dir.File("follows.csv"), "source,target\n1,@budi\n");
  const Network net = Load({TestData("tweets/handmade/v2_kinds.jsonl"), dir.File("follows.csv")});
  ASSERT_EQ(net.nodes().id_kind(), IdKind::kString);
  EXPECT_EQ(Arcs(net, Layer::kFollow), (ArcSet{{"1", "@budi"}}));
  EXPECT_EQ(Arcs(net, Layer::kRetweet), kRetweets);
  EXPECT_EQ(Events(net), kEvents);
  EXPECT_EQ(net.nodes().FindColumn("handle")->text(*net.nodes().Find("1")), "ani");
  EXPECT_EQ(net.num_nodes(), 7u);
}

TEST(LoadSocial, InputFormatForcesTheReader) {
  TempDir dir;
  const std::string path = dir.File("archive.dat");
  std::filesystem::copy_file(TestData("tweets/handmade/v11_kinds.jsonl"), path);
  ExpectHandmadeKinds(Load({path}, {}, nullptr, "tweets"));
  try {
    Load({path}, {}, nullptr, "edgelist");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(path + ":1:", 0), 0u) << e.what();
  }
  try {
    Load({path}, {}, nullptr, "twitter");
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_NE(std::string(e.what()).find("unknown input format 'twitter'"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("tweets, activity, graphml, pajek"), std::string::npos)
        << e.what();
  }
}

TEST(LoadSocial, LayerPrefixIsRejectedForTweetsAndActivityLogs) {
  const std::string path = TestData("tweets/handmade/v11_kinds.jsonl");
  try {
    Load({"retweet=" + path});
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_EQ(std::string(e.what()),
              "retweet=" + path +
                  ": a tweet archive puts each interaction in its own layer; give the file "
                  "without LAYER=");
  }
  EXPECT_THROW(Load({"mention=" + TestData("interchange/higgs_activity_sample.txt")}),
               InvalidArgument);
}

TEST(LoadSocial, GexfInputIsRefusedWithAHint) {
  TempDir dir;
  WriteFile(dir.File("g.gexf"), "<?xml version=\"1.0\"?>\n<gexf></gexf>\n");
  try {
    Load({dir.File("g.gexf")});
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& e) {
    EXPECT_NE(std::string(e.what()).find("ombak writes GEXF but does not read it"),
              std::string::npos);
  }
}

TEST(LoadSocial, ActivityLogsGiveLayersAndEventsWithTweetIds) {
  TempDir dir;
  WriteFile(dir.File("higgs.txt"),
            "1 2 1341100972 RT\n3 2 1341100980 MT\n2 1 1341100990 RE\n1 2 1341100999 RT\n");
  const Network higgs = Load({dir.File("higgs.txt")});
  EXPECT_EQ(higgs.nodes().id_kind(), IdKind::kInteger);
  const Digraph& rt = higgs.layer(Layer::kRetweet);
  ASSERT_EQ(rt.num_edges(), 1u);
  EXPECT_EQ(rt.weight(0), 2.0f);
  EXPECT_EQ(rt.time(0), 1341100972);
  EXPECT_EQ(Events(higgs).size(), 4u);

  WriteFile(dir.File("events.csv"),
            "actor,target,type,time,tweet_id,root_id\n"
            "citra,ani,retweet,2018-10-10T20:19:30Z,102,100\n"
            "ani,budi,QT,1539202764,103,\n");
  const Network csv = Load({dir.File("events.csv")});
  EXPECT_EQ(csv.nodes().id_kind(), IdKind::kString);
  EXPECT_EQ(Events(csv), (std::vector<EventRow>{
                             {"ani", "budi", Layer::kQuote, 103, -1, kT0},
                             {"citra", "ani", Layer::kRetweet, 102, 100, kT0 + 6},
                         }));

  WriteFile(dir.File("bad.txt"), "1 2 1341100972 RT\n1 2 soon RT\n");
  try {
    Load({dir.File("bad.txt")});
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), dir.File("bad.txt") +
                                         ":2:5: expected a time (Unix seconds or ISO-8601), "
                                         "got 'soon'");
  }
  LoadOptions skip;
  skip.max_bad_lines = 1;
  LoadReport report;
  EXPECT_EQ(Load({dir.File("bad.txt")}, skip, &report).events().size(), 1u);
  EXPECT_EQ(report.skipped_lines, 1u);
}

TEST(LoadSocial, PajekLabelsLayerPrefixAndReverse) {
  TempDir dir;
  const std::string path = dir.File("small.net");
  WriteFile(path,
            "% three accounts\n*Vertices 3\n1 \"ani\"\n2 \"budi\"\n3 \"citra\"\n"
            "*Arcs\n3 1 2.0\n2 1\n");
  const Network net = Load({path});
  EXPECT_EQ(net.nodes().id_kind(), IdKind::kString);
  EXPECT_EQ(Arcs(net, Layer::kFollow), (ArcSet{{"citra", "ani"}, {"budi", "ani"}}));
  LoadOptions reverse;
  reverse.reverse = true;
  const Network moved = Load({"retweet=" + path}, reverse);
  EXPECT_FALSE(moved.has_layer(Layer::kFollow));
  EXPECT_EQ(Arcs(moved, Layer::kRetweet), (ArcSet{{"ani", "citra"}, {"ani", "budi"}}));
  // Without labels the vertex numbers are integer ids that join an integer edge list.
  WriteFile(dir.File("plain.net"), "*Vertices 2\n*Edges\n1 2\n");
  WriteFile(dir.File("more.txt"), "2 5\n");
  const Network joined = Load({dir.File("plain.net"), dir.File("more.txt")});
  EXPECT_EQ(joined.nodes().id_kind(), IdKind::kInteger);
  EXPECT_EQ(joined.num_nodes(), 3u);
  // Both files feed the follow layer; the edge list is directed, so the layer is too and the
  // Pajek edge {1,2} arrives as one arc in the order given.
  EXPECT_FALSE(joined.layer(Layer::kFollow).undirected());
  EXPECT_EQ(Arcs(joined, Layer::kFollow), (ArcSet{{"1", "2"}, {"2", "5"}}));
}

// tweets -> GraphML (WriteNetwork picks it by extension) -> LoadNetwork: the same accounts,
// arcs per layer with weights and first times, and attributes.
TEST(LoadSocial, TweetsToGraphMlAndBack) {
  TempDir dir;
  const Network net = Load({TestData("tweets/handmade/v11_kinds.jsonl")});
  const std::string path = dir.File("tweets.graphml");
  WriteNetwork(net, path);
  const Network back = Load({path});
  ASSERT_EQ(back.nodes().id_kind(), IdKind::kInteger);
  ASSERT_EQ(back.num_nodes(), net.num_nodes());
  for (const Layer layer : net.present_layers()) {
    SCOPED_TRACE(LayerName(layer));
    if (net.layer(layer).num_edges() == 0) continue;  // an empty layer leaves no edge behind
    ASSERT_TRUE(back.has_layer(layer));
    const Digraph& a = net.layer(layer);
    const Digraph& b = back.layer(layer);
    ASSERT_EQ(a.num_edges(), b.num_edges());
    EXPECT_EQ(Arcs(net, layer), Arcs(back, layer));
    for (NodeId u = 0; u < a.num_nodes(); ++u) {
      for (EdgeId e = a.out_edge_begin(u); e < a.out_edge_begin(u) + a.out_degree(u); ++e) {
        const NodeId v = a.out_neighbors(u)[e - a.out_edge_begin(u)];
        const NodeId bu = *back.nodes().Find(net.nodes().integer_id(u));
        const NodeId bv = *back.nodes().Find(net.nodes().integer_id(v));
        const EdgeId f = b.FindEdge(bu, bv);
        ASSERT_NE(f, kNoEdge);
        EXPECT_EQ(b.weight(f), a.has_weights() ? a.weight(e) : 1.0f);
        EXPECT_EQ(b.time(f), a.time(e));
      }
    }
  }
  const NodeTable& x = net.nodes();
  const NodeTable& y = back.nodes();
  ASSERT_EQ(x.columns().size(), y.columns().size());
  for (const AttributeColumn& column : x.columns()) {
    const AttributeColumn* other = y.FindColumn(column.name());
    ASSERT_NE(other, nullptr) << column.name();
    EXPECT_EQ(other->type(), column.type()) << column.name();
    for (NodeId v = 0; v < x.size(); ++v) {
      const NodeId w = *y.Find(x.integer_id(v));
      EXPECT_EQ(other->ToText(w), column.ToText(v)) << column.name() << " " << x.integer_id(v);
    }
  }
}

TEST(LoadSocial, SameNetworkWithOneAndTwoThreads) {
  TempDir dir;
  WriteFile(dir.File("follows.txt"), "1 2\n3 1\n");
  const std::vector<std::string> inputs = {TestData("tweets/v2_twarc_csv/brexit.jsonl"),
                                           TestData("tweets/handmade/v11_kinds.jsonl"),
                                           dir.File("follows.txt")};
  SetThreads(1);
  const Network one = Load(inputs);
  SetThreads(2);
  const Network two = Load(inputs);
  SetThreads(0);
  ASSERT_EQ(one.num_nodes(), two.num_nodes());
  for (NodeId v = 0; v < one.num_nodes(); ++v) {
    ASSERT_EQ(one.nodes().integer_id(v), two.nodes().integer_id(v));
  }
  for (const Layer layer : one.present_layers()) {
    EXPECT_EQ(Arcs(one, layer), Arcs(two, layer)) << LayerName(layer);
  }
  EXPECT_EQ(Events(one), Events(two));
}

}  // namespace
}  // namespace ombak
