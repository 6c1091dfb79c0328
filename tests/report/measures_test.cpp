// Tests of the measure catalogue's work budget (report/measures): path-based measures run
// exactly while their searches fit it, and betweenness counts only the searches it runs.
#include "report/measures.hpp"

#include <gtest/gtest.h>

#include "algorithms/centrality/betweenness.hpp"
#include "graph/builder.hpp"

namespace ombak {
namespace {

// Accounts 1..20 each point at account 0 only; account 0 points at 1 and 2. Betweenness from
// every node then runs one search (0's carries the other twenty), harmonic centrality 21.
Digraph Fan() {
  EdgeList edges;
  for (NodeId u = 1; u <= 20; ++u) edges.Add(u, 0);
  edges.Add(0, 1);
  edges.Add(0, 2);
  return BuildDigraph(std::move(edges), 21, {});
}

TEST(MeasureBudget, BetweennessExactWhileTheSearchesItRunsFit) {
  const Digraph g = Fan();
  ASSERT_EQ(BetweennessSearchCount(g), 1u);
  const std::uint64_t one_search = g.num_nodes() + g.num_edges();
  const MeasureContext context{.exact_work = 5 * one_search, .progress = {}};

  const MeasureValues betweenness = FindMeasure("betweenness").compute(g, context);
  EXPECT_EQ(betweenness.note, "");
  EXPECT_EQ(betweenness.scores, Betweenness(g, {.normalized = true}).scores);

  const MeasureValues harmonic = FindMeasure("harmonic").compute(g, context);
  EXPECT_NE(harmonic.note.find("sampled"), std::string::npos) << harmonic.note;

  const MeasureContext tight{.exact_work = one_search - 1, .progress = {}};
  EXPECT_NE(FindMeasure("betweenness").compute(g, tight).note.find("sampled"), std::string::npos);
}

TEST(MeasureBudget, SearchCountSkipsOnlyCarriedSources) {
  EdgeList path;  // undirected 0 - 1 - 2 - 3: the two ends are carried
  path.Add(0, 1);
  path.Add(1, 2);
  path.Add(2, 3);
  BuildOptions undirected;
  undirected.undirected = true;
  EXPECT_EQ(BetweennessSearchCount(BuildDigraph(std::move(path), 4, undirected)), 2u);
  EdgeList pair;  // a lone edge: each end leads only to the other, so both search
  pair.Add(0, 1);
  EXPECT_EQ(BetweennessSearchCount(BuildDigraph(std::move(pair), 2, undirected)), 2u);
  EdgeList loop;  // 0's one arc is a self-loop, no way out: 0 searches and carries 1
  loop.Add(0, 0);
  loop.Add(1, 0);
  BuildOptions keep_loops;
  keep_loops.self_loops = SelfLoopPolicy::kKeep;
  const Digraph looped = BuildDigraph(std::move(loop), 2, keep_loops);
  ASSERT_EQ(looped.out_degree(0), 1u);
  EXPECT_EQ(BetweennessSearchCount(looped), 1u);
}

}  // namespace
}  // namespace ombak
