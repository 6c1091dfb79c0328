#include "graph/adapters/eigen_adapter.hpp"

#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <vector>

#include "graph/adapters/igraph_adapter.hpp"
#include "graph/builder.hpp"
#include "graph/generators.hpp"

namespace ombak {
namespace {

//   0 --2--> 1 --1--> 2      0 --3--> 2      2 --1--> 0 (twice: weights 1 and 0.5)
//   3 has no arcs (a dangling node)
Digraph Small() {
  EdgeList edges;
  edges.Add(0, 1, 2.0f);
  edges.Add(1, 2, 1.0f);
  edges.Add(0, 2, 3.0f);
  edges.Add(2, 0, 1.0f);
  edges.Add(2, 0, 0.5f);
  BuildOptions keep_all;
  keep_all.duplicates = DuplicatePolicy::kKeepAll;
  return BuildDigraph(std::move(edges), 4, keep_all);
}

TEST(EigenAdapter, AdjacencyMatrixSumsParallelArcs) {
  const SparseMatrix a = AdjacencyMatrix(Small());
  Eigen::MatrixXd expected = Eigen::MatrixXd::Zero(4, 4);
  expected(0, 1) = 2;
  expected(0, 2) = 3;
  expected(1, 2) = 1;
  expected(2, 0) = 1.5;
  EXPECT_EQ(a.nonZeros(), 4);
  EXPECT_TRUE(Eigen::MatrixXd(a).isApprox(expected));
  const SparseMatrix t = TransposedAdjacencyMatrix(Small());
  EXPECT_TRUE(Eigen::MatrixXd(t).isApprox(expected.transpose()));
}

TEST(EigenAdapter, UnweightedAndUndirectedGraphs) {
  EdgeList edges;
  edges.Add(0, 1);
  edges.Add(1, 1);
  BuildOptions undirected;
  undirected.undirected = true;
  const SparseMatrix a = AdjacencyMatrix(BuildDigraph(std::move(edges), 3, undirected));
  Eigen::MatrixXd expected = Eigen::MatrixXd::Zero(3, 3);
  expected(0, 1) = expected(1, 0) = 1;
  expected(1, 1) = 1;
  EXPECT_TRUE(Eigen::MatrixXd(a).isApprox(expected));
  EXPECT_EQ(AdjacencyMatrix(Digraph()).rows(), 0);
}

TEST(EigenAdapter, ColumnStochasticColumnsSumToOne) {
  const SparseMatrix p = ColumnStochasticMatrix(Small());
  const Eigen::RowVectorXd sums = Eigen::RowVectorXd::Ones(4) * Eigen::MatrixXd(p);
  EXPECT_NEAR(sums(0), 1.0, 1e-12);
  EXPECT_NEAR(sums(1), 1.0, 1e-12);
  EXPECT_NEAR(sums(2), 1.0, 1e-12);
  EXPECT_EQ(sums(3), 0.0);                 // dangling
  EXPECT_NEAR(p.coeff(1, 0), 0.4, 1e-12);  // 2 of node 0's out-weight 5
  EXPECT_NEAR(p.coeff(0, 2), 1.0, 1e-12);
}

// Power iteration on the transition matrix reproduces igraph's PageRank (PRPACK) on a random
// graph; dangling mass is spread uniformly, as igraph does.
TEST(EigenAdapter, PowerIterationMatchesIgraphPagerank) {
  const Digraph g = GenerateErdosRenyi(500, 2500, 3);
  const auto n = static_cast<Eigen::Index>(g.num_nodes());
  const SparseMatrix p = ColumnStochasticMatrix(g);
  Eigen::VectorXd dangling = Eigen::VectorXd::Zero(n);
  for (NodeId u = 0; u < g.num_nodes(); ++u) dangling(u) = g.out_degree(u) == 0 ? 1.0 : 0.0;
  const double d = 0.85;
  Eigen::VectorXd x = Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(n));
  for (int i = 0; i < 200; ++i) {
    const double lost = dangling.dot(x);
    x = d * (p * x) + Eigen::VectorXd::Constant(n, ((1 - d) + d * lost) / static_cast<double>(n));
  }
  IgraphGraph ig = ToIgraph(g);
  IgraphVector scores;
  igraph_real_t value = 0;
  IgraphCheck(igraph_pagerank(ig.get(), IGRAPH_PAGERANK_ALGO_PRPACK, scores.get(), &value,
                              igraph_vss_all(), true, d, nullptr, nullptr),
              "igraph_pagerank");
  const std::vector<double> expected = scores.ToStd();
  for (NodeId v = 0; v < g.num_nodes(); ++v) EXPECT_NEAR(x(v), expected[v], 1e-10) << v;
}

}  // namespace
}  // namespace ombak
