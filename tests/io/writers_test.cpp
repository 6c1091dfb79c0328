// Writers: exact CSV/JSON/DOT output on a tiny network, escaping, WriteNetwork dispatch, and
// AtomicFile's guarantees (no partial file, no temporary left, never over an input).
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "graph/errors.hpp"
#include "io/atomic_file.hpp"
#include "io/csv_writer.hpp"
#include "io/dot_writer.hpp"
#include "io/json_writer.hpp"
#include "io/load.hpp"
#include "io/write.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

//   "a \"b\"" --2--> "c,d"     (retweet layer, times 100 and none)
//        \--1--> e
Network Tiny(const TempDir& dir) {
  WriteFile(dir.File("rt.csv"),
            "source,target,weight,time\n"
            "\"a \"\"b\"\"\",\"c,d\",2,100\n"
            "\"a \"\"b\"\"\",e,1,\n");
  WriteFile(dir.File("n.csv"), "id,label,age\ne,Eve,31\n");
  return LoadNetwork(
      {InputSpec::Parse("retweet=" + dir.File("rt.csv")), InputSpec::Parse(dir.File("n.csv"))});
}

TEST(Writers, NodesCsvWithScores) {
  TempDir dir;
  const Network net = Tiny(dir);
  WriteNodesCsv(net, dir.File("out.csv"), {{"pagerank", {0.5, 0.25, 0.125}}});
  EXPECT_EQ(ReadFile(dir.File("out.csv")),
            "id,label,age,pagerank\n"
            "\"a \"\"b\"\"\",\"a \"\"b\"\"\",,0.5\n"
            "\"c,d\",\"c,d\",,0.25\n"
            "e,Eve,31,0.125\n");
  EXPECT_THROW(WriteNodesCsv(net, dir.File("bad.csv"), {{"x", {1.0}}}), InvalidArgument);
  EXPECT_FALSE(std::filesystem::exists(dir.File("bad.csv")));
}

TEST(Writers, EdgesCsv) {
  TempDir dir;
  WriteEdgesCsv(Tiny(dir), dir.File("e.csv"));
  EXPECT_EQ(ReadFile(dir.File("e.csv")),
            "source,target,weight,time,layer\n"
            "\"a \"\"b\"\"\",\"c,d\",2,100,retweet\n"
            "\"a \"\"b\"\"\",e,1,,retweet\n");
}

TEST(Writers, NodesJson) {
  TempDir dir;
  WriteNodesJson(Tiny(dir), dir.File("n.json"), {{"score", {1.5, 0.0, std::nan("")}}});
  const auto json = nlohmann::json::parse(ReadFile(dir.File("n.json")));
  ASSERT_EQ(json.size(), 3u);
  EXPECT_EQ(json[0]["id"], "a \"b\"");
  EXPECT_EQ(json[0]["age"], nullptr);
  EXPECT_EQ(json[0]["score"], 1.5);
  EXPECT_EQ(json[2]["label"], "Eve");
  EXPECT_EQ(json[2]["age"], 31);
  EXPECT_EQ(json[2]["score"], nullptr);
}

TEST(Writers, DotEscapesAndDirection) {
  TempDir dir;
  WriteNetwork(Tiny(dir), dir.File("g.dot"));
  EXPECT_EQ(ReadFile(dir.File("g.dot")),
            "digraph ombak {\n"
            "  n0 [id=\"a \\\"b\\\"\", label=\"a \\\"b\\\"\"];\n"
            "  n1 [id=\"c,d\", label=\"c,d\"];\n"
            "  n2 [id=\"e\", label=\"Eve\"];\n"
            "  n0 -> n1 [weight=2, layer=\"retweet\"];\n"
            "  n0 -> n2 [weight=1, layer=\"retweet\"];\n"
            "}\n");
  const Network karate = LoadNetwork(testing::TestData("karate/karate_newman.gml"));
  WriteDot(karate, dir.File("k.gv"));
  const std::string dot = ReadFile(dir.File("k.gv"));
  EXPECT_EQ(dot.rfind("graph ombak {\n", 0), 0u);
  EXPECT_EQ(std::count(dot.begin(), dot.end(), '-') / 2, 78);  // each edge once, as "--"
}

TEST(Writers, WriteNetworkPicksByExtensionAndRejectsUnknown) {
  TempDir dir;
  const Network net = Tiny(dir);
  WriteNetwork(net, dir.File("x.json"));
  EXPECT_EQ(ReadFile(dir.File("x.json")).front(), '[');
  WriteNetwork(net, dir.File("x.CSV"));
  EXPECT_EQ(ReadFile(dir.File("x.CSV")).rfind("source,target", 0), 0u);
  try {
    WriteNetwork(net, dir.File("x.xyz"));
    FAIL();
  } catch (const InvalidArgument& e) {
    EXPECT_EQ(std::string(e.what()), "cannot tell the output format of '" + dir.File("x.xyz") +
                                         "' from its extension: give one of ombak, csv, "
                                         "nodes-csv, json, dot, graphml, gexf");
  }
  EXPECT_THROW(WriteNetwork(net, dir.File("x"), "pdf"), InvalidArgument);
}

TEST(AtomicFile, CommitRenamesAndAbandonRemovesTemp) {
  TempDir dir;
  const std::string path = dir.File("out.txt");
  WriteFile(path, "old");
  {
    AtomicFile out(path);
    out.Write("new contents");
    EXPECT_EQ(ReadFile(path), "old");  // nothing visible before Commit
    EXPECT_TRUE(std::filesystem::exists(out.temp_path()));
    out.Commit();
  }
  EXPECT_EQ(ReadFile(path), "new contents");
  std::string temp;
  try {
    AtomicFile out(path);
    temp = out.temp_path();
    out.Write("partial");
    throw std::runtime_error("interrupted");
  } catch (const std::runtime_error&) {
  }
  EXPECT_FALSE(std::filesystem::exists(temp));
  EXPECT_EQ(ReadFile(path), "new contents");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(AtomicFile, RefusesToOverwriteAnInput) {
  TempDir dir;
  const std::string input = dir.File("in.csv");
  WriteFile(input, "a,b\n");
  const std::string alias = dir.path().string() + "/./in.csv";
  try {
    WriteNetwork(LoadNetwork(input), alias, "csv", {input});
    FAIL();
  } catch (const InvalidArgument& e) {
    EXPECT_EQ(std::string(e.what()),
              "refusing to write '" + alias + "': it is the input file '" + input + "'");
  }
  EXPECT_EQ(ReadFile(input), "a,b\n");
}

TEST(AtomicFile, UnwritableDirectoryIsAnInputError) {
  EXPECT_THROW(AtomicFile("/nonexistent-dir/x.csv"), InputError);
}

}  // namespace
}  // namespace ombak
