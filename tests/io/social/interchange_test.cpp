// Tests of the GraphML reader/writer, the GEXF writer and the Pajek reader: exact content on a
// small network, schema validation with xmllint (tests/data/xsd, never touching the network),
// and the files loaded back by networkx (the oracle), with the same nodes, edges and attributes.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "graph/errors.hpp"
#include "io/social/gexf.hpp"
#include "io/social/graphml.hpp"
#include "io/social/pajek.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::RunCommand;
using testing::TempDir;
using testing::TestData;

//   budi --retweet x2 (t=50,100)--> ani <--retweet (t=70)-- citra
//   ani --mention--> dewi
Network SmallNetwork() {
  NetworkBuilder b(IdKind::kString);
  NodeTable& nodes = b.nodes();
  const NodeId ani = nodes.Intern("ani"), budi = nodes.Intern("budi");
  const NodeId citra = nodes.Intern("citra"), dewi = nodes.Intern("dewi");
  nodes.Column("handle", AttributeType::kText);
  nodes.Column("followers_count", AttributeType::kInteger);
  nodes.Column("ratio", AttributeType::kReal);
  nodes.FindColumn("handle")->SetText(ani, "ani & co <\"x\">");
  nodes.FindColumn("followers_count")->SetInteger(ani, 1200);
  nodes.FindColumn("followers_count")->SetInteger(budi, 5);
  nodes.FindColumn("ratio")->SetReal(budi, 0.25);
  b.AddArc(Layer::kRetweet, budi, ani, 1, 100);
  b.AddArc(Layer::kRetweet, budi, ani, 1, 50);
  b.AddArc(Layer::kRetweet, citra, ani, 1, 70);
  b.AddArc(Layer::kMention, ani, dewi);
  return std::move(b).Build();
}

GraphExportOptions Extras() {
  GraphExportOptions options;
  options.scores = {{"pagerank", {0.4, 0.3, 0.2, 0.1}}};
  options.communities = {0, 0, 1, 1};
  return options;
}

bool HaveXmllint() { return RunCommand("command -v xmllint").exit_code == 0; }

void ExpectValid(const std::string& schema, const std::string& file) {
  if (!HaveXmllint()) GTEST_SKIP() << "xmllint not installed (Debian package libxml2-utils)";
  const auto result = RunCommand("xmllint --noout --nonet --schema " + TestData("xsd/" + schema) +
                                 " " + file + " 2>&1");
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
}

// networkx's view of a file: nodes with attributes, edges with attributes.
constexpr const char* kNetworkxDump = R"(
import json, sys
import networkx as nx
import networkx.readwrite.gexf as gexf
path, kind = sys.argv[1], sys.argv[2]
if kind == "graphml":
    g = nx.read_graphml(path)
else:
    # networkx 2.8 knows GEXF 1.1draft and 1.2draft only; teach it the 1.3 namespace.
    gexf.GEXF.versions["1.3"] = dict(gexf.GEXF.versions["1.2draft"],
        NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    g = nx.read_gexf(path, version="1.3")
edges = sorted([[str(u), str(v), {k: d[k] for k in sorted(d) if k != "id"}]
                for u, v, d in g.edges(data=True)], key=lambda e: (e[0], e[1]))
print(json.dumps({"directed": g.is_directed(),
                  "nodes": {str(n): d for n, d in g.nodes(data=True)}, "edges": edges}))
)";

nlohmann::json Networkx(const std::string& path, const char* kind) {
  return nlohmann::json::parse(testing::RunPython(kNetworkxDump, {path, kind}));
}

TEST(GraphMl, WrittenFileIsValidAndReadsBack) {
  TempDir dir;
  const std::string path = dir.File("small.graphml");
  const Network net = SmallNetwork();
  WriteGraphMl(net, path, Extras());
  ExpectValid("graphml-1.0-subset.xsd", path);

  NetworkBuilder back(IdKind::kString);
  ReadGraphMl(path, back);
  const Network read = std::move(back).Build();
  ASSERT_EQ(read.num_nodes(), 4u);
  const NodeTable& nodes = read.nodes();
  const NodeId ani = *nodes.Find("ani"), budi = *nodes.Find("budi"), citra = *nodes.Find("citra");
  EXPECT_EQ(nodes.FindColumn("handle")->text(ani), "ani & co <\"x\">");
  EXPECT_EQ(nodes.FindColumn("followers_count")->integer(ani), 1200);
  EXPECT_DOUBLE_EQ(nodes.FindColumn("ratio")->real(budi), 0.25);
  EXPECT_FALSE(nodes.FindColumn("ratio")->has(ani));
  EXPECT_DOUBLE_EQ(nodes.FindColumn("pagerank")->real(budi), 0.3);
  EXPECT_EQ(nodes.FindColumn("community")->integer(citra), 1);
  const Digraph& rt = read.layer(Layer::kRetweet);
  ASSERT_EQ(rt.num_edges(), 2u);
  const EdgeId e = rt.FindEdge(budi, ani);
  ASSERT_NE(e, kNoEdge);
  EXPECT_EQ(rt.weight(e), 2.0f);
  EXPECT_EQ(rt.time(e), 50);
  EXPECT_EQ(read.layer(Layer::kMention).num_edges(), 1u);
  EXPECT_FALSE(read.has_layer(Layer::kFollow));
}

TEST(GraphMl, NetworkxReadsTheSameNodesEdgesAndAttributes) {
  if (!testing::PythonHasModules({"networkx"})) GTEST_SKIP() << "no networkx";
  TempDir dir;
  const std::string path = dir.File("small.graphml");
  WriteGraphMl(SmallNetwork(), path, Extras());
  const nlohmann::json g = Networkx(path, "graphml");
  EXPECT_TRUE(g["directed"].get<bool>());
  EXPECT_EQ(g["nodes"].size(), 4u);
  EXPECT_EQ(g["nodes"]["ani"]["handle"], "ani & co <\"x\">");
  EXPECT_EQ(g["nodes"]["ani"]["followers_count"], 1200);
  EXPECT_EQ(g["nodes"]["budi"]["ratio"], 0.25);
  EXPECT_EQ(g["nodes"]["dewi"]["pagerank"], 0.1);
  EXPECT_EQ(g["nodes"]["citra"]["community"], 1);
  EXPECT_FALSE(g["nodes"]["ani"].contains("ratio"));
  const nlohmann::json expected_edges = nlohmann::json::parse(R"([
    ["ani", "dewi", {"layer": "mention"}],
    ["budi", "ani", {"layer": "retweet", "time": 50, "weight": 2.0}],
    ["citra", "ani", {"layer": "retweet", "time": 70, "weight": 1.0}]])");
  EXPECT_EQ(g["edges"], expected_edges);
}

TEST(GraphMl, IdsThatAreNotTokensBecomeNodeNumbersWithExternalId) {
  NetworkBuilder b(IdKind::kString);
  const NodeId a = b.nodes().Intern("Ani Lestari"), c = b.nodes().Intern("budi");
  b.AddArc(Layer::kFollow, a, c);
  const Network net = std::move(b).Build();
  TempDir dir;
  const std::string path = dir.File("spaces.graphml");
  WriteGraphMl(net, path);
  ExpectValid("graphml-1.0-subset.xsd", path);
  EXPECT_NE(testing::ReadFile(path).find("<node id=\"n0\">"), std::string::npos);
  NetworkBuilder back(IdKind::kString);
  ReadGraphMl(path, back);
  const Network read = std::move(back).Build();
  const Digraph& follow = read.layer(Layer::kFollow);
  EXPECT_NE(follow.FindEdge(*read.nodes().Find("Ani Lestari"), *read.nodes().Find("budi")),
            kNoEdge);
}

TEST(GraphMl, UndirectedGraphsWriteEachEdgeOnceAndReadBackUndirected) {
  NetworkBuilder b(IdKind::kInteger);
  BuildOptions undirected;
  undirected.undirected = true;
  b.SetBuildOptions(Layer::kFollow, undirected);
  for (const auto& [u, v] : std::vector<std::pair<int, int>>{{1, 2}, {2, 3}, {3, 1}}) {
    b.AddArc(Layer::kFollow, b.nodes().Intern(std::int64_t{u}), b.nodes().Intern(std::int64_t{v}));
  }
  const Network net = std::move(b).Build();
  TempDir dir;
  const std::string path = dir.File("triangle.graphml");
  WriteGraphMl(net, path);
  ExpectValid("graphml-1.0-subset.xsd", path);
  const std::string text = testing::ReadFile(path);
  EXPECT_NE(text.find("edgedefault=\"undirected\""), std::string::npos);
  NetworkBuilder back(IdKind::kInteger);
  ReadGraphMl(path, back);
  const Network read = std::move(back).Build();
  EXPECT_TRUE(read.layer(Layer::kFollow).undirected());
  EXPECT_EQ(read.layer(Layer::kFollow).num_undirected_edges(), 3u);
}

TEST(GraphMl, ReadErrorsSayWhatIsWrong) {
  TempDir dir;
  const auto message = [&](const std::string& text, IdKind kind = IdKind::kString) {
    const std::string path = dir.File("bad.graphml");
    testing::WriteFile(path, text);
    NetworkBuilder b(kind);
    try {
      ReadGraphMl(path, b);
    } catch (const InputError& e) {
      return std::string(e.what()).substr(path.size());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("<graphml><graph edgedefault=\"directed\"><node id=\"a\"></graph>"
                    "</graphml>")
                .substr(0, 3),
            ":1:");
  EXPECT_EQ(message("<foo/>"), ":1:1: expected a <graphml> root element, got '<foo>'");
  EXPECT_EQ(message("<graphml><key id=\"l\" for=\"edge\" attr.name=\"layer\"/>"
                    "<graph edgedefault=\"directed\"><edge source=\"a\" target=\"b\">"
                    "<data key=\"l\">likes</data></edge></graph></graphml>"),
            ":1:110: expected a layer name in an edge's layer data, got 'likes'");
  EXPECT_EQ(message("<graphml><graph edgedefault=\"directed\"><node id=\"x7\"/></graph>"
                    "</graphml>",
                    IdKind::kInteger),
            ":1:40: expected an integer node id (the table has integer ids), got 'x7'");
}

// Each message names the line:column (1-based) of the element it concerns: Expat's position for
// malformed XML, the <data> or <default> holding a bad value, the <node> or <edge> otherwise,
// the <graphml> (or the wrong root) element when something is missing. Edges are read after all
// nodes, yet still named by their own position.
TEST(GraphMl, ErrorsNameLineAndColumn) {
  const auto message = [](const std::string& text, IdKind kind = IdKind::kString) {
    NetworkBuilder b(kind);
    try {
      ReadGraphMlText("f.graphml", text, b);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  // Malformed XML: Expat's line, its 0-based column + 1, its message. "</nod>" starts at
  // column 18 of line 3 (4 spaces + 13 characters of <node id="a">); Expat points at the name
  // that does not match, 2 columns on.
  EXPECT_EQ(message("<graphml>\n"
                    "  <graph>\n"
                    "    <node id=\"a\"></nod>\n"
                    "  </graph>\n"
                    "</graphml>\n"),
            "f.graphml:3:20: expected well-formed XML, got mismatched tag");
  // A bad layer name: the <data> element, line 5 after 6 spaces.
  EXPECT_EQ(message("<graphml>\n"
                    "  <key id=\"l\" for=\"edge\" attr.name=\"layer\"/>\n"
                    "  <graph edgedefault=\"directed\">\n"
                    "    <edge source=\"a\" target=\"b\">\n"
                    "      <data key=\"l\">interZction</data>\n"
                    "    </edge>\n"
                    "  </graph>\n"
                    "</graphml>\n"),
            "f.graphml:5:7: expected a layer name in an edge's layer data, got 'interZction'");
  // A negative weight, as in every text format: its <data>.
  EXPECT_EQ(message("<graphml>\n"
                    "  <key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                    "  <graph edgedefault=\"directed\">\n"
                    "    <edge source=\"a\" target=\"b\"><data key=\"w\">-2</data></edge>\n"
                    "  </graph>\n"
                    "</graphml>\n"),
            "f.graphml:4:33: expected a non-negative weight below 3.4e38, got '-2'");
  // A bad integer for an int key on a node: its <data>, after <node id="b"> (4 + 13 columns).
  EXPECT_EQ(message("<graphml>\n"
                    "  <key id=\"f\" for=\"node\" attr.name=\"followers\" attr.type=\"int\"/>\n"
                    "  <graph>\n"
                    "    <node id=\"a\"/>\n"
                    "    <node id=\"b\"><data key=\"f\"> 12x </data></node>\n"
                    "  </graph>\n"
                    "</graphml>\n"),
            "f.graphml:5:18: expected an integer for key 'followers', got '12x'");
  // A bad default applies to a node without the data: the <default>, after 2 + 53 columns.
  EXPECT_EQ(message("<graphml>\n"
                    "  <key id=\"f\" for=\"node\" attr.name=\"f\" attr.type=\"int\">"
                    "<default>many</default></key>\n"
                    "  <graph><node id=\"a\"/></graph>\n"
                    "</graphml>\n"),
            "f.graphml:2:56: expected an integer for key 'f', got 'many'");
  // A <node> without id: the <node>.
  EXPECT_EQ(message("<graphml>\n"
                    "  <graph>\n"
                    "    <node id=\"a\"/>\n"
                    "    <node/>\n"
                    "  </graph>\n"
                    "</graphml>\n"),
            "f.graphml:4:5: expected an id attribute on <node>, got none");
  // An integer-id table given a non-integer id on an edge: the <edge>, although edges are added
  // after the node declared below it.
  EXPECT_EQ(message("<graphml>\n"
                    "  <graph>\n"
                    "    <edge source=\"1\" target=\"x2\"/>\n"
                    "    <node id=\"1\"/>\n"
                    "  </graph>\n"
                    "</graphml>\n",
                    IdKind::kInteger),
            "f.graphml:3:5: expected an integer node id (the table has integer ids), got 'x2'");
  // No <graph>: the <graphml> element (line 2, after the XML declaration).
  EXPECT_EQ(message("<?xml version=\"1.0\"?>\n"
                    "<graphml>\n"
                    "  <key id=\"l\" for=\"edge\" attr.name=\"layer\"/>\n"
                    "</graphml>\n"),
            "f.graphml:2:1: expected a <graph> element in <graphml>, got none");
  // A root that is not <graphml>: that root.
  EXPECT_EQ(message("\n  <gexf/>\n"),
            "f.graphml:2:3: expected a <graphml> root element, got '<gexf>'");
  // 200,000 nested elements (found by fuzzing: the property-tree reader recursed once per level
  // and overflowed the stack); Expat keeps its element stack on the heap.
  std::string deep = "<graphml>";
  for (int i = 0; i < 200000; ++i) deep += "<a>";
  for (int i = 0; i < 200000; ++i) deep += "</a>";
  deep += "</graphml>";
  EXPECT_EQ(message(deep), "f.graphml:1:1: expected a <graph> element in <graphml>, got none");
}

TEST(Gexf, WrittenFileIsValidAndNetworkxReadsIt) {
  TempDir dir;
  const std::string path = dir.File("small.gexf");
  WriteGexf(SmallNetwork(), path, Extras());
  ExpectValid("gexf-1.3-subset.xsd", path);
  const std::string text = testing::ReadFile(path);
  EXPECT_NE(text.find("mode=\"dynamic\" timeformat=\"double\""), std::string::npos);
  EXPECT_NE(text.find("label=\"ani &amp; co &lt;&quot;x&quot;&gt;\""), std::string::npos);
  if (!testing::PythonHasModules({"networkx"})) GTEST_SKIP() << "no networkx";
  const nlohmann::json g = Networkx(path, "gexf");
  EXPECT_TRUE(g["directed"].get<bool>());
  EXPECT_EQ(g["nodes"].size(), 4u);
  EXPECT_EQ(g["nodes"]["ani"]["label"], "ani & co <\"x\">");
  EXPECT_EQ(g["nodes"]["ani"]["followers_count"], 1200);
  EXPECT_EQ(g["nodes"]["budi"]["ratio"], 0.25);
  EXPECT_EQ(g["nodes"]["budi"]["pagerank"], 0.3);
  EXPECT_EQ(g["nodes"]["citra"]["community"], 1);
  EXPECT_EQ(g["nodes"]["dewi"]["label"], "dewi");
  const nlohmann::json expected_edges = nlohmann::json::parse(R"([
    ["ani", "dewi", {"layer": "mention", "weight": 1.0}],
    ["budi", "ani", {"layer": "retweet", "start": 50.0, "weight": 2.0}],
    ["citra", "ani", {"layer": "retweet", "start": 70.0, "weight": 1.0}]])");
  EXPECT_EQ(g["edges"], expected_edges);
}

TEST(Gexf, WritersRefuseBadOptionsAndNeverLeaveATemporaryFile) {
  TempDir dir;
  const Network net = SmallNetwork();
  GraphExportOptions options;
  options.scores = {{"pagerank", {0.5}}};
  EXPECT_THROW(WriteGexf(net, dir.File("x.gexf"), options), InvalidArgument);
  options = {};
  options.layers = {Layer::kFollow};
  EXPECT_THROW(WriteGraphMl(net, dir.File("x.graphml"), options), InvalidArgument);
  const std::string input = dir.File("input.gexf");
  testing::WriteFile(input, "keep me");
  options = {};
  options.inputs = {input};
  EXPECT_THROW(WriteGexf(net, input, options), InvalidArgument);
  EXPECT_EQ(testing::ReadFile(input), "keep me");
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    (void)entry;
    ++files;
  }
  EXPECT_EQ(files, 1u);
}

TEST(Pajek, ReadsVerticesArcsEdgesAndLists) {
  const std::string text =
      "% a comment\n"
      "*Vertices 4\n"
      "1 \"Ani L\" 0.1 0.2 0.5\n"
      "2 \"budi\"\n"
      "3 citra\n"
      "4\n"
      "*Arcs\n"
      "1 2 2.5\n"
      "*Edges\n"
      "3 4\n"
      "*Arcslist\n"
      "4 1 2\n";
  NetworkBuilder b(IdKind::kInteger);
  ReadPajekText("g.net", text, b);
  const Network net = std::move(b).Build();
  const Digraph& g = net.layer(Layer::kFollow);
  EXPECT_EQ(net.num_nodes(), 4u);
  EXPECT_EQ(net.nodes().integer_id(0), 1);
  EXPECT_EQ(net.nodes().FindColumn("label")->text(0), "Ani L");
  EXPECT_FALSE(net.nodes().FindColumn("label")->has(3));
  EXPECT_FALSE(g.undirected());
  EXPECT_EQ(g.num_edges(), 5u);  // 1->2, 3->4, 4->3, 4->1, 4->2
  EXPECT_EQ(g.weight(g.FindEdge(0, 1)), 2.5f);
  EXPECT_NE(g.FindEdge(3, 2), kNoEdge);
  EXPECT_NE(g.FindEdge(2, 3), kNoEdge);

  NetworkBuilder s(IdKind::kString);
  ReadPajekText("g.net", "*Vertices 2\n1 \"Ani L\"\n2\n*Edges\n1 2\n", s);
  const Network undirected = std::move(s).Build();
  EXPECT_TRUE(undirected.layer(Layer::kFollow).undirected());
  EXPECT_EQ(undirected.nodes().string_id(0), "Ani L");
  EXPECT_EQ(undirected.nodes().string_id(1), "2");
}

TEST(Pajek, NetworkxWrittenFileLoads) {
  if (!testing::PythonHasModules({"networkx"})) GTEST_SKIP() << "no networkx";
  TempDir dir;
  const std::string path = dir.File("karate.net");
  testing::RunPython(
      "import sys, networkx as nx\n"
      "nx.write_pajek(nx.karate_club_graph(), sys.argv[1])\n",
      {path});
  NetworkBuilder b(IdKind::kString);
  ReadPajek(path, b);
  const Network net = std::move(b).Build();
  EXPECT_EQ(net.num_nodes(), 34u);
  EXPECT_TRUE(net.layer(Layer::kFollow).undirected());
  EXPECT_EQ(net.layer(Layer::kFollow).num_undirected_edges(), 78u);
}

TEST(Pajek, ErrorsNameLineColumnAndValue) {
  const auto message = [](std::string_view text) {
    NetworkBuilder b;
    try {
      ReadPajekText("g.net", text, b);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("*Vertices 2\n*Arcs\n1 3\n"),
            "g.net:3:3: expected a vertex number in 1..2, got '3'");
  EXPECT_EQ(message("*Vertices 2\n*Matrix\n"),
            "g.net:2:1: expected *Vertices, *Arcs, *Edges, *Arcslist or *Edgeslist, got "
            "'*Matrix'");
  EXPECT_EQ(message("1 2\n"), "g.net:1:1: expected *Vertices N, got '1 2'");
  EXPECT_EQ(message("*Vertices 2\n*Arcs\n1 2 heavy\n"),
            "g.net:3:5: expected a weight, got 'heavy'");
  // A count past the node ids is refused before anything is allocated for it (found by
  // fuzzing: it used to ask for terabytes of labels).
  EXPECT_EQ(message("*Vertices 3\n*Arcs\n3 1\n*Vertices 1\n"),
            "g.net:4:1: expected one *Vertices line, before the arcs, got '*Vertices'");
  EXPECT_EQ(message("*Vertices 99999999999\n"),
            "g.net:1:11: expected a vertex count of at most 4294967295, got '99999999999'");
}

}  // namespace
}  // namespace ombak
