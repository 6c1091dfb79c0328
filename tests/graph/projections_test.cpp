#include "graph/projections.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "graph/errors.hpp"
#include "graph/generators.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

template <typename F>
void ExpectThrowsWith(F&& f, const std::string& text) {
  try {
    f();
    ADD_FAILURE() << "expected InvalidArgument containing '" << text << "'";
  } catch (const InvalidArgument& e) {
    EXPECT_NE(std::string(e.what()).find(text), std::string::npos) << e.what();
  }
}

bool SameGraph(const Digraph& a, const Digraph& b) {
  return a.num_nodes() == b.num_nodes() && a.undirected() == b.undirected() &&
         std::ranges::equal(a.out_offsets(), b.out_offsets()) &&
         std::ranges::equal(a.out_targets(), b.out_targets()) &&
         std::ranges::equal(a.weights(), b.weights()) && std::ranges::equal(a.times(), b.times());
}

// retweet: 0->1 (w2 t100), 0->1 (w3 t40, summed into w5 t40), 1->2 (w1 t50)
// mention: 0->1 (w4 t30), 2->0 (w1 t10)
Network TwoLayers() {
  NetworkBuilder b;
  for (int i = 0; i < 3; ++i) b.nodes().Intern(std::int64_t{100 + i});
  b.AddArc(Layer::kRetweet, 0, 1, 2.0f, 100);
  b.AddArc(Layer::kRetweet, 0, 1, 3.0f, 40);
  b.AddArc(Layer::kRetweet, 1, 2, 1.0f, 50);
  b.AddArc(Layer::kMention, 0, 1, 4.0f, 30);
  b.AddArc(Layer::kMention, 2, 0, 1.0f, 10);
  return std::move(b).Build();
}

TEST(MergeLayers, WeightedSumKeepsEarliestTime) {
  const Network net = TwoLayers();
  const Digraph g = MergeLayers(net, {{Layer::kRetweet, 1.0}, {Layer::kMention, 0.5}});
  EXPECT_EQ(g.num_edges(), 3u);
  EXPECT_FALSE(g.undirected());
  const EdgeId a = g.FindEdge(0, 1), b = g.FindEdge(1, 2), c = g.FindEdge(2, 0);
  ASSERT_NE(a, kNoEdge);
  ASSERT_NE(b, kNoEdge);
  ASSERT_NE(c, kNoEdge);
  EXPECT_FLOAT_EQ(g.weight(a), 5.0f + 0.5f * 4.0f);
  EXPECT_EQ(g.time(a), 30);
  EXPECT_FLOAT_EQ(g.weight(b), 1.0f);
  EXPECT_EQ(g.time(b), 50);
  EXPECT_FLOAT_EQ(g.weight(c), 0.5f);
  EXPECT_EQ(g.time(c), 10);
  // One layer alone is the layer, weighted.
  const Digraph mention = MergeLayers(net, {{Layer::kMention, 2.0}});
  EXPECT_EQ(mention.num_edges(), 2u);
  EXPECT_FLOAT_EQ(mention.weight(mention.FindEdge(0, 1)), 8.0f);
}

TEST(MergeLayers, UndirectedLayersGiveAnUndirectedGraph) {
  NetworkBuilder b;
  for (int i = 0; i < 3; ++i) b.nodes().Intern(std::int64_t{i});
  BuildOptions undirected;
  undirected.undirected = true;
  b.SetBuildOptions(Layer::kFollow, undirected);
  b.SetBuildOptions(Layer::kReply, undirected);
  b.AddArc(Layer::kFollow, 0, 1);
  b.AddArc(Layer::kReply, 1, 0, 2.0f);
  b.AddArc(Layer::kReply, 1, 2, 1.0f);
  const Network net = std::move(b).Build();
  const Digraph g = MergeLayers(net, {{Layer::kFollow, 1.0}, {Layer::kReply, 1.0}});
  EXPECT_TRUE(g.undirected());
  EXPECT_EQ(g.num_undirected_edges(), 2u);
  EXPECT_FLOAT_EQ(g.weight(g.FindEdge(0, 1)), 3.0f);
  EXPECT_FLOAT_EQ(g.weight(g.FindEdge(1, 0)), 3.0f);
}

TEST(MergeLayers, InvalidArguments) {
  const Network net = TwoLayers();
  ExpectThrowsWith([&] { MergeLayers(net, {}); }, "MergeLayers: layer_weights is empty");
  ExpectThrowsWith(
      [&] {
        MergeLayers(net, {{Layer::kRetweet, 1}, {Layer::kRetweet, 2}});
      },
      "MergeLayers: layer retweet is listed twice");
  ExpectThrowsWith(
      [&] {
        MergeLayers(net, {{Layer::kFollow, 1}});
      },
      "MergeLayers: the network has no follow layer");
  ExpectThrowsWith(
      [&] {
        MergeLayers(net, {{Layer::kMention, std::nan("")}});
      },
      "MergeLayers: weight of layer mention must be finite, got nan");
}

//   0 <--> 1 --> 2 (loop on 2)
// arcs by id: 0:0->1 (w1 t5), 1:1->0 (w2 t3), 2:1->2 (w4 t7), 3:2->2 (w3 t1)
Digraph SmallWeighted() {
  EdgeList edges;
  edges.Add(0, 1, 1.0f, 5);
  edges.Add(1, 0, 2.0f, 3);
  edges.Add(1, 2, 4.0f, 7);
  edges.Add(2, 2, 3.0f, 1);
  return BuildDigraph(std::move(edges), 3);
}

TEST(UndirectedView, PoliciesMergeBothDirections) {
  const Digraph g = SmallWeighted();
  const Digraph sum = UndirectedView(g);
  EXPECT_TRUE(sum.undirected());
  EXPECT_EQ(sum.num_undirected_edges(), 3u);
  EXPECT_FLOAT_EQ(sum.weight(sum.FindEdge(0, 1)), 3.0f);
  EXPECT_FLOAT_EQ(sum.weight(sum.FindEdge(1, 0)), 3.0f);
  EXPECT_EQ(sum.time(sum.FindEdge(1, 0)), 3);
  EXPECT_FLOAT_EQ(sum.weight(sum.FindEdge(2, 1)), 4.0f);
  EXPECT_FLOAT_EQ(sum.weight(sum.FindEdge(2, 2)), 3.0f);

  const Digraph first = UndirectedView(g, DuplicatePolicy::kKeepFirst);
  EXPECT_FLOAT_EQ(first.weight(first.FindEdge(0, 1)), 1.0f);  // arc 0 wins at both ends
  EXPECT_FLOAT_EQ(first.weight(first.FindEdge(1, 0)), 1.0f);
  EXPECT_EQ(first.time(first.FindEdge(1, 0)), 5);

  const Digraph all = UndirectedView(g, DuplicatePolicy::kKeepAll);
  EXPECT_EQ(all.num_undirected_edges(), 4u);
  const auto row0 = all.out_neighbors(0);
  EXPECT_EQ(std::vector<NodeId>(row0.begin(), row0.end()), (std::vector<NodeId>{1, 1}));
  EXPECT_FLOAT_EQ(all.weight(all.out_edge_begin(0)), 1.0f);
  EXPECT_FLOAT_EQ(all.weight(all.out_edge_begin(0) + 1), 2.0f);
}

TEST(UndirectedView, UnweightedBecomesCountsOnlyWhenMerged) {
  EdgeList reciprocal;
  reciprocal.Add(0, 1);
  reciprocal.Add(1, 0);
  reciprocal.Add(1, 2);
  const Digraph counted = UndirectedView(BuildDigraph(std::move(reciprocal), 3));
  ASSERT_TRUE(counted.has_weights());
  EXPECT_FLOAT_EQ(counted.weight(counted.FindEdge(1, 0)), 2.0f);
  EXPECT_FLOAT_EQ(counted.weight(counted.FindEdge(1, 2)), 1.0f);
  EdgeList path;
  path.Add(0, 1);
  path.Add(2, 1);
  const Digraph plain = UndirectedView(BuildDigraph(std::move(path), 3));
  EXPECT_FALSE(plain.has_weights());
  EXPECT_EQ(plain.num_undirected_edges(), 2u);
  EXPECT_TRUE(SameGraph(UndirectedView(plain), plain));  // already undirected: a copy
}

TEST(UndirectedView, TotalWeightIsPreservedOnRandomGraphs) {
  const Digraph base = GenerateErdosRenyi(2000, 30000, 4);
  EdgeList edges;
  for (NodeId u = 0; u < base.num_nodes(); ++u) {
    for (NodeId v : base.out_neighbors(u)) edges.Add(u, v, static_cast<Weight>((u + v) % 7 + 1));
  }
  const Digraph g = BuildDigraph(std::move(edges), base.num_nodes());
  const Digraph view = UndirectedView(g);
  double arcs = 0, undirected = 0;
  for (EdgeId e = 0; e < g.num_edges(); ++e) arcs += g.weight(e);
  for (NodeId u = 0; u < view.num_nodes(); ++u) {
    for (EdgeId e = view.out_edge_begin(u); e < view.out_edge_begin(u) + view.out_degree(u); ++e) {
      if (u <= view.target(e)) undirected += view.weight(e);
      // Independent check of one edge against the two arcs.
      const NodeId v = view.target(e);
      const EdgeId uv = g.FindEdge(u, v), vu = g.FindEdge(v, u);
      const double expected =
          (uv == kNoEdge ? 0.0 : g.weight(uv)) + (vu == kNoEdge ? 0.0 : g.weight(vu));
      ASSERT_DOUBLE_EQ(view.weight(e), expected);
    }
  }
  EXPECT_DOUBLE_EQ(arcs, undirected);
  const int threads = MaxThreads();
  SetThreads(1);
  const Digraph one = UndirectedView(g);
  SetThreads(2);
  const Digraph two = UndirectedView(g);
  SetThreads(threads);
  EXPECT_TRUE(SameGraph(one, two));
}

TEST(Reverse, TurnsArcsAroundWithTheirAttributes) {
  const Digraph g = SmallWeighted();
  const Digraph r = Reverse(g);
  EXPECT_EQ(r.num_edges(), 4u);
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (EdgeId e = g.out_edge_begin(u); e < g.out_edge_begin(u) + g.out_degree(u); ++e) {
      const EdgeId back = r.FindEdge(g.target(e), u);
      ASSERT_NE(back, kNoEdge);
      EXPECT_EQ(r.weight(back), g.weight(e));
      EXPECT_EQ(r.time(back), g.time(e));
    }
  }
  EXPECT_TRUE(SameGraph(Reverse(r), g));
  const Digraph rmat = GenerateRmat(10, 4, 1);
  EXPECT_TRUE(SameGraph(Reverse(Reverse(rmat)), rmat));
  EXPECT_TRUE(std::ranges::equal(Reverse(rmat).out_offsets(), rmat.in_offsets()));
}

//   0 --> 1 --> 3 --> 0,  3 --> 1,  2 --> 3,  1 --> 4     (weights 1..6 in that order)
TEST(InducedSubgraph, KeepsArcsAmongChosenNodesInTheGivenOrder) {
  EdgeList edges;
  edges.Add(0, 1, 1.0f);
  edges.Add(1, 3, 2.0f);
  edges.Add(3, 0, 3.0f);
  edges.Add(3, 1, 4.0f);
  edges.Add(2, 3, 5.0f);
  edges.Add(1, 4, 6.0f);
  const Digraph g = BuildDigraph(std::move(edges), 5);
  const std::vector<NodeId> nodes = {3, 1, 0};  // new ids 0, 1, 2
  const Subgraph sub = InducedSubgraph(g, nodes);
  EXPECT_EQ(sub.original_ids, nodes);
  EXPECT_EQ(sub.graph.num_nodes(), 3u);
  EXPECT_EQ(sub.graph.num_edges(), 4u);
  EXPECT_FLOAT_EQ(sub.graph.weight(sub.graph.FindEdge(2, 1)), 1.0f);  // 0->1
  EXPECT_FLOAT_EQ(sub.graph.weight(sub.graph.FindEdge(1, 0)), 2.0f);  // 1->3
  EXPECT_FLOAT_EQ(sub.graph.weight(sub.graph.FindEdge(0, 2)), 3.0f);  // 3->0
  EXPECT_FLOAT_EQ(sub.graph.weight(sub.graph.FindEdge(0, 1)), 4.0f);  // 3->1
  EXPECT_EQ(InducedSubgraph(g, std::vector<NodeId>{}).graph.num_nodes(), 0u);
}

TEST(InducedSubgraph, MatchesABruteForceCheckOnRandomGraphs) {
  GeneratorOptions undirected;
  undirected.undirected = true;
  for (const bool directed : {true, false}) {
    const Digraph g = directed ? GenerateRmat(11, 8, 3) : GenerateGnp(2048, 0.004, 3, undirected);
    std::vector<NodeId> nodes;
    for (NodeId v = g.num_nodes(); v-- > 0;) {
      if (v % 3 != 0) nodes.push_back(v);  // two thirds, in descending order
    }
    const Subgraph sub = InducedSubgraph(g, nodes);
    EXPECT_EQ(sub.graph.undirected(), g.undirected());
    EdgeId expected = 0;
    for (NodeId i = 0; i < nodes.size(); ++i) {
      for (NodeId v : g.out_neighbors(nodes[i])) expected += v % 3 != 0;
      for (NodeId j : sub.graph.out_neighbors(i)) {
        ASSERT_NE(g.FindEdge(nodes[i], nodes[j]), kNoEdge);
      }
    }
    EXPECT_EQ(sub.graph.num_edges(), expected);
  }
}

TEST(InducedSubgraph, InvalidNodeLists) {
  const Digraph g = SmallWeighted();
  ExpectThrowsWith(
      [&] {
        InducedSubgraph(g, std::vector<NodeId>{0, 1, 0});
      },
      "InducedSubgraph: node 0 is listed twice");
  ExpectThrowsWith([&] { InducedSubgraph(g, std::vector<NodeId>{7}); },
                   "InducedSubgraph: node 7 is out of range (the graph has 3 nodes)");
}

TEST(InducedSubnetwork, SelectsLayersNodesAndEvents) {
  NetworkBuilder b(IdKind::kString);
  const NodeId ani = b.nodes().Intern("ani"), budi = b.nodes().Intern("budi");
  const NodeId citra = b.nodes().Intern("citra");
  b.nodes().Column("party", AttributeType::kText).SetText(citra, "green");
  b.AddArc(Layer::kRetweet, ani, budi, 1.0f, 10);
  b.AddArc(Layer::kRetweet, citra, ani, 2.0f, 20);
  b.AddArc(Layer::kFollow, budi, citra);
  b.events().Add({citra, ani, Layer::kRetweet, 20, 7, 5});
  b.events().Add({ani, budi, Layer::kRetweet, 10, 8, 6});
  const Network net = std::move(b).Build();
  const Network sub = InducedSubnetwork(net, std::vector<NodeId>{citra, ani});
  ASSERT_EQ(sub.num_nodes(), 2u);
  EXPECT_EQ(sub.nodes().ExternalId(0), "citra");
  EXPECT_EQ(sub.nodes().FindColumn("party")->text(0), "green");
  EXPECT_FALSE(sub.nodes().FindColumn("party")->has(1));
  const Digraph& rt = sub.layer(Layer::kRetweet);
  EXPECT_EQ(rt.num_edges(), 1u);
  EXPECT_FLOAT_EQ(rt.weight(rt.FindEdge(0, 1)), 2.0f);
  EXPECT_EQ(rt.time(rt.FindEdge(0, 1)), 20);
  EXPECT_EQ(sub.layer(Layer::kFollow).num_edges(), 0u);
  ASSERT_EQ(sub.events().size(), 1u);
  EXPECT_EQ(sub.events().at(0).actor, 0u);
  EXPECT_EQ(sub.events().at(0).tweet_id, 7);
  ExpectThrowsWith(
      [&] {
        InducedSubnetwork(net, std::vector<NodeId>{1, 1});
      },
      "InducedSubnetwork: node 1 is listed twice");
}

TEST(LargestWeakComponentNodes, AscendingAndTiesGoToTheSmallestNode) {
  EdgeList edges;
  edges.Add(4, 0);
  edges.Add(2, 4);
  edges.Add(1, 3);
  const Digraph g = BuildDigraph(std::move(edges), 6);
  EXPECT_EQ(LargestWeakComponentNodes(g), (std::vector<NodeId>{0, 2, 4}));
  EdgeList pairs;
  pairs.Add(3, 4);
  pairs.Add(1, 2);
  EXPECT_EQ(LargestWeakComponentNodes(BuildDigraph(std::move(pairs), 5)),
            (std::vector<NodeId>{1, 2}));
  EXPECT_TRUE(LargestWeakComponentNodes(Digraph()).empty());
}

TEST(TimeWindow, KeepsArcsInTheHalfOpenInterval) {
  EdgeList edges;
  edges.Add(0, 1, 1.0f, 10);
  edges.Add(0, 2, 2.0f, 20);
  edges.Add(1, 2, 3.0f, 30);
  edges.Add(2, 0, 4.0f);  // no time: never inside a window
  const Digraph g = BuildDigraph(std::move(edges), 3);
  const Digraph w = TimeWindow(g, 15, 30);
  EXPECT_EQ(w.num_nodes(), 3u);
  EXPECT_EQ(w.num_edges(), 1u);
  EXPECT_FLOAT_EQ(w.weight(w.FindEdge(0, 2)), 2.0f);
  EXPECT_EQ(w.time(w.FindEdge(0, 2)), 20);
  EXPECT_EQ(TimeWindow(g, 10, 31).num_edges(), 3u);
  EXPECT_EQ(TimeWindow(g, 20, 20).num_edges(), 0u);
  ExpectThrowsWith([&] { TimeWindow(g, 5, 4); },
                   "TimeWindow: begin must not be after end, got begin = 5, end = 4");
  ExpectThrowsWith([] { TimeWindow(GenerateErdosRenyi(5, 5, 1), 0, 1); },
                   "TimeWindow: the graph has no timestamps");
}

}  // namespace
}  // namespace ombak
