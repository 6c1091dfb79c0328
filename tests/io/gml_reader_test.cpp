// GML reader: the bundled data sets load with their published counts and attributes, and
// syntax errors name path:line:column.
#include <gtest/gtest.h>

#include <map>

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
  for (EdgeId e = 0; e < g.num_edges(); ++e) {
    total += g.weight(e) * (g.target(e) == g.source(e) ? 2.0 : 1.0);
  }
  return total / 2;  // undirected: each edge is stored as two arcs
}

std::map<std::string, int> CountValues(const Network& net, const std::string& column) {
  std::map<std::string, int> counts;
  const AttributeColumn* c = net.nodes().FindColumn(column);
  if (c == nullptr) return counts;
  for (NodeId v = 0; v < net.num_nodes(); ++v) ++counts[c->ToText(v)];
  return counts;
}

struct GmlCase {
  const char* file;
  NodeId nodes;
  EdgeId edges;
};

TEST(GmlReader, BundledDataSetsHavePublishedCounts) {
  for (const GmlCase& c :
       {GmlCase{"karate/karate_nx_with_club_and_weights.gml", 34, 78},
        GmlCase{"karate/karate_newman.gml", 34, 78}, GmlCase{"football/football.gml", 115, 613},
        GmlCase{"polbooks/polbooks.gml", 105, 441},
        GmlCase{"lesmis/lesmis_nx_weighted.gml", 77, 254}}) {
    SCOPED_TRACE(c.file);
    const Network net = LoadNetwork(TestData(c.file));
    const Digraph& g = net.layer(Layer::kFollow);
    EXPECT_EQ(net.num_nodes(), c.nodes);
    EXPECT_TRUE(g.undirected());
    EXPECT_EQ(g.num_undirected_edges(), c.edges);
    EXPECT_EQ(g.num_edges(), 2 * c.edges);
  }
}

TEST(GmlReader, KeepsWeightsAndAttributes) {
  const Network lesmis = LoadNetwork(TestData("lesmis/lesmis_nx_weighted.gml"));
  EXPECT_DOUBLE_EQ(TotalWeight(lesmis.layer(Layer::kFollow)), 820.0);
  EXPECT_EQ(lesmis.nodes().Label(0), "Napoleon");

  const Network karate = LoadNetwork(TestData("karate/karate_nx_with_club_and_weights.gml"));
  EXPECT_EQ(CountValues(karate, "club"),
            (std::map<std::string, int>{{"Mr. Hi", 17}, {"Officer", 17}}));
  EXPECT_DOUBLE_EQ(TotalWeight(karate.layer(Layer::kFollow)), 231.0);
  EXPECT_EQ(karate.nodes().integer_id(0), 0);

  const Network football = LoadNetwork(TestData("football/football.gml"));
  const AttributeColumn* value = football.nodes().FindColumn("value");
  ASSERT_NE(value, nullptr);
  EXPECT_EQ(value->type(), AttributeType::kInteger);
  EXPECT_EQ(CountValues(football, "value").size(), 12u);
  EXPECT_EQ(football.nodes().Label(0), "BrighamYoung");

  const Network polbooks = LoadNetwork(TestData("polbooks/polbooks.gml"));
  EXPECT_EQ(CountValues(polbooks, "value"),
            (std::map<std::string, int>{{"c", 49}, {"l", 43}, {"n", 13}}));
}

TEST(GmlReader, NewmanKarateIdsStartAtOne) {
  const Network net = LoadNetwork(TestData("karate/karate_newman.gml"));
  EXPECT_EQ(net.nodes().integer_id(0), 1);
  EXPECT_EQ(net.nodes().integer_id(33), 34);
}

TEST(GmlReader, DirectedGraphWithCommentsAndNesting) {
  TempDir dir;
  const std::string path = dir.File("g.gml");
  WriteFile(path,
            "# a comment\n"
            "Creator \"test\"\n"
            "graph [ directed 1\n"
            "  node [ id 10 label \"a &quot;q&quot;\" score 1.5 graphics [ x 1 y 2 ] ]\n"
            "  node [ id 20 label \"b\" score 2 ]\n"
            "  edge [ source 10 target 20 value 3 ]\n"
            "  edge [ source 20 target 10 ]\n"
            "]\n");
  const Network net = LoadNetwork(path);
  const Digraph& g = net.layer(Layer::kFollow);
  EXPECT_FALSE(g.undirected());
  EXPECT_EQ(g.num_edges(), 2u);
  EXPECT_EQ(g.weight(g.FindEdge(0, 1)), 3.0f);
  EXPECT_EQ(g.weight(g.FindEdge(1, 0)), 1.0f);
  EXPECT_EQ(net.nodes().Label(0), "a \"q\"");
  const AttributeColumn* score = net.nodes().FindColumn("score");
  ASSERT_NE(score, nullptr);
  EXPECT_EQ(score->type(), AttributeType::kReal);
  EXPECT_DOUBLE_EQ(score->real(1), 2.0);
}

std::string LoadError(const std::string& contents) {
  TempDir dir;
  const std::string path = dir.File("bad.gml");
  WriteFile(path, contents);
  try {
    LoadNetwork(path);
  } catch (const InputError& e) {
    const std::string message = e.what();
    return message.substr(message.find("bad.gml"));
  }
  return "no error";
}

TEST(GmlReader, ErrorsNameLineAndColumn) {
  EXPECT_EQ(LoadError("graph [\n  node [ id x ]\n]\n"), "bad.gml:2:13: expected a value, got 'x'");
  EXPECT_EQ(LoadError("graph [\n  node [ id 1.5 ]\n]\n"),
            "bad.gml:2:13: expected an integer node id, got '1.5'");
  EXPECT_EQ(LoadError("graph [\n  node [ id 1 ]\n  edge [ source 1 target 2 ]\n]\n"),
            "bad.gml:3:26: expected the id of a declared node, got '2'");
  EXPECT_EQ(LoadError("graph [\n  node [ id 1 ]\n  node [ id 1 ]\n]\n"),
            "bad.gml:3:3: expected distinct node ids, got id 1 a second time");
  EXPECT_EQ(LoadError("graph [\n  node [ id 1 label \"open ]\n]\n"),
            "bad.gml:2:21: expected a closing '\"' for the string, got end of file");
  EXPECT_EQ(LoadError("graph [\n  node [ id 1 ]\n"),
            "bad.gml:3:1: expected ']' closing the graph, got end of file");
  // A skipped value nested 100,000 deep (found by fuzzing: skipping it recursed once per level
  // and overflowed the stack); unclosed, its end of file is the error.
  std::string deep = "graph [\n  node [ id 1 ]\n  a ";
  for (int i = 0; i < 100000; ++i) deep += "[ a ";
  deep += "1";  // at column 4 + 4 * 100,000 + 1
  EXPECT_EQ(LoadError(deep), "bad.gml:3:400006: expected ']', got end of file");
  for (int i = 0; i < 100000; ++i) deep += " ]";
  EXPECT_EQ(LoadError(deep + "\n]\n"), "no error");
}

}  // namespace
}  // namespace ombak
