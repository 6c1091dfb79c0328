#include "graph/generators.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

bool SameGraph(const Digraph& a, const Digraph& b) {
  return a.num_nodes() == b.num_nodes() && a.undirected() == b.undirected() &&
         std::ranges::equal(a.out_offsets(), b.out_offsets()) &&
         std::ranges::equal(a.out_targets(), b.out_targets()) &&
         std::ranges::equal(a.weights(), b.weights());
}

// True when no arc repeats (rows are sorted, so a repeat is two equal neighbours).
bool NoDuplicates(const Digraph& g) {
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    const auto row = g.out_neighbors(u);
    if (std::adjacent_find(row.begin(), row.end()) != row.end()) return false;
  }
  return true;
}

EdgeId SelfLoops(const Digraph& g) {
  EdgeId loops = 0;
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    const auto row = g.out_neighbors(u);
    loops += std::count(row.begin(), row.end(), u);
  }
  return loops;
}

std::uint64_t MaxInDegree(const Digraph& g) {
  std::uint64_t best = 0;
  for (NodeId v = 0; v < g.num_nodes(); ++v) best = std::max(best, g.in_degree(v));
  return best;
}

template <typename F>
void ExpectThrowsWith(F&& f, const std::string& text) {
  try {
    f();
    ADD_FAILURE() << "expected InvalidArgument containing '" << text << "'";
  } catch (const InvalidArgument& e) {
    EXPECT_NE(std::string(e.what()).find(text), std::string::npos) << e.what();
  }
}

// Runs `make` with one and with two threads and checks that the graphs are equal.
template <typename F>
void ExpectThreadIndependent(F&& make) {
  const int threads = MaxThreads();
  SetThreads(1);
  const Digraph one = make();
  SetThreads(2);
  const Digraph two = make();
  SetThreads(threads);
  EXPECT_TRUE(SameGraph(one, two));
}

TEST(ErdosRenyi, ExactArcCountWithoutLoopsOrDuplicates) {
  const Digraph g = GenerateErdosRenyi(500, 4000, 1);
  EXPECT_EQ(g.num_nodes(), 500u);
  EXPECT_EQ(g.num_edges(), 4000u);
  EXPECT_FALSE(g.has_weights());
  EXPECT_TRUE(NoDuplicates(g));
  EXPECT_EQ(SelfLoops(g), 0u);
}

TEST(ErdosRenyi, UndirectedCountsEdges) {
  GeneratorOptions options;
  options.undirected = true;
  const Digraph g = GenerateErdosRenyi(300, 2000, 2, options);
  EXPECT_TRUE(g.undirected());
  EXPECT_EQ(g.num_undirected_edges(), 2000u);
  EXPECT_EQ(g.num_edges(), 4000u);
  EXPECT_TRUE(NoDuplicates(g));
  EXPECT_EQ(SelfLoops(g), 0u);
}

TEST(ErdosRenyi, DenseRequestsDrawTheComplement) {
  // 30 nodes: 870 possible arcs, 800 requested (more than half), and the complete graph.
  const Digraph dense = GenerateErdosRenyi(30, 800, 3);
  EXPECT_EQ(dense.num_edges(), 800u);
  EXPECT_TRUE(NoDuplicates(dense));
  EXPECT_EQ(SelfLoops(dense), 0u);
  const Digraph full = GenerateErdosRenyi(30, 870, 3);
  for (NodeId u = 0; u < 30; ++u) EXPECT_EQ(full.out_degree(u), 29u);
  GeneratorOptions loops;
  loops.self_loops = true;
  loops.undirected = true;
  const Digraph all = GenerateErdosRenyi(10, 55, 3, loops);  // 10 * 11 / 2 edges
  EXPECT_EQ(all.num_undirected_edges(), 55u);
  EXPECT_EQ(SelfLoops(all), 10u);
}

TEST(ErdosRenyi, MultiEdgesDrawWithReplacement) {
  GeneratorOptions options;
  options.multi_edges = true;
  const Digraph g = GenerateErdosRenyi(5, 100, 4, options);  // only 20 distinct arcs exist
  EXPECT_EQ(g.num_edges(), 100u);
  EXPECT_FALSE(NoDuplicates(g));
  EXPECT_EQ(SelfLoops(g), 0u);
}

// Every subset is equally likely, so every arc is present with probability m / N. Checked
// with a chi-square statistic over many seeds, for the sparse and the dense (complement) path
// and for undirected graphs with loops, whose draw needs care to weight loops right.
void ExpectUniformArcs(NodeId n, EdgeId m, const GeneratorOptions& options,
                       std::uint64_t possible) {
  constexpr int kTrials = 4000;
  std::map<std::pair<NodeId, NodeId>, int> seen;
  for (int s = 0; s < kTrials; ++s) {
    const Digraph g = GenerateErdosRenyi(n, m, 1000 + s, options);
    for (NodeId u = 0; u < n; ++u) {
      for (NodeId v : g.out_neighbors(u)) {
        if (!options.undirected || u <= v) ++seen[{u, v}];
      }
    }
  }
  ASSERT_EQ(seen.size(), possible);
  const double expected = static_cast<double>(kTrials) * m / possible;
  double chi2 = 0;
  for (const auto& [arc, count] : seen) chi2 += (count - expected) * (count - expected) / expected;
  // Degrees of freedom <= 11; the 99.99% quantile of chi-square(11) is about 38.
  EXPECT_LT(chi2, 38.0);
}

TEST(ErdosRenyi, ArcsAreUniform) {
  const int threads = MaxThreads();
  SetThreads(1);  // thousands of tiny graphs: thread start-up would dominate
  ExpectUniformArcs(4, 3, {}, 12);
  ExpectUniformArcs(4, 9, {}, 12);
  GeneratorOptions loops;
  loops.undirected = true;
  loops.self_loops = true;
  ExpectUniformArcs(4, 3, loops, 10);
  SetThreads(threads);
}

TEST(ErdosRenyi, SameSeedSameGraphForAnyThreadCount) {
  ExpectThreadIndependent([] { return GenerateErdosRenyi(100000, 300000, 9); });
  EXPECT_FALSE(SameGraph(GenerateErdosRenyi(1000, 3000, 1), GenerateErdosRenyi(1000, 3000, 2)));
}

TEST(ErdosRenyi, InvalidArguments) {
  ExpectThrowsWith([] { GenerateErdosRenyi(4, 13, 1); },
                   "GenerateErdosRenyi: m = 13 exceeds the 12 possible arcs on n = 4 nodes");
  GeneratorOptions undirected;
  undirected.undirected = true;
  ExpectThrowsWith([&] { GenerateErdosRenyi(4, 7, 1, undirected); },
                   "exceeds the 6 possible edges");
  GeneratorOptions multi;
  multi.multi_edges = true;
  ExpectThrowsWith([&] { GenerateErdosRenyi(1, 1, 1, multi); },
                   "m = 1 but no arcs are possible on n = 1 nodes");
  ExpectThrowsWith([] { GenerateErdosRenyi(kNoNode, 0, 1); }, "n must be below");
}

TEST(Gnp, EdgeCountNearExpectation) {
  const NodeId n = 2000;
  const double p = 0.002;
  const Digraph g = GenerateGnp(n, p, 5);
  const double expected = p * n * (n - 1);  // 7996; standard deviation about 89
  EXPECT_NEAR(static_cast<double>(g.num_edges()), expected, 5 * std::sqrt(expected));
  EXPECT_TRUE(NoDuplicates(g));
  EXPECT_EQ(SelfLoops(g), 0u);
  GeneratorOptions undirected;
  undirected.undirected = true;
  const Digraph u = GenerateGnp(n, p, 5, undirected);
  EXPECT_NEAR(static_cast<double>(u.num_undirected_edges()), expected / 2,
              5 * std::sqrt(expected / 2));
  EXPECT_TRUE(NoDuplicates(u));
  EXPECT_EQ(SelfLoops(u), 0u);
}

TEST(Gnp, ExtremeProbabilities) {
  EXPECT_EQ(GenerateGnp(50, 0.0, 1).num_edges(), 0u);
  EXPECT_EQ(GenerateGnp(50, 1.0, 1).num_edges(), 50u * 49u);
  GeneratorOptions options;
  options.self_loops = true;
  EXPECT_EQ(GenerateGnp(50, 1.0, 1, options).num_edges(), 50u * 50u);
  options.undirected = true;
  const Digraph complete = GenerateGnp(50, 1.0, 1, options);
  EXPECT_EQ(complete.num_undirected_edges(), 50u * 51u / 2);
  EXPECT_EQ(GenerateGnp(0, 0.5, 1).num_nodes(), 0u);
  EXPECT_EQ(GenerateGnp(1, 1.0, 1).num_edges(), 0u);
}

TEST(Gnp, SelfLoopsAppearWhenAllowed) {
  GeneratorOptions options;
  options.self_loops = true;
  const Digraph g = GenerateGnp(1000, 0.05, 6, options);
  EXPECT_NEAR(static_cast<double>(SelfLoops(g)), 50.0, 5 * std::sqrt(50.0));
}

TEST(Gnp, SameSeedSameGraphForAnyThreadCount) {
  ExpectThreadIndependent([] { return GenerateGnp(20000, 0.0005, 11); });
  GeneratorOptions undirected;
  undirected.undirected = true;
  ExpectThreadIndependent([&] { return GenerateGnp(20000, 0.0005, 11, undirected); });
  EXPECT_FALSE(SameGraph(GenerateGnp(1000, 0.01, 1), GenerateGnp(1000, 0.01, 2)));
}

TEST(Gnp, InvalidArguments) {
  ExpectThrowsWith([] { GenerateGnp(10, 1.5, 1); }, "GenerateGnp: p must be in [0, 1], got 1.5");
  ExpectThrowsWith([] { GenerateGnp(10, std::nan(""), 1); }, "p must be in [0, 1], got nan");
  GeneratorOptions multi;
  multi.multi_edges = true;
  ExpectThrowsWith([&] { GenerateGnp(10, 0.5, 1, multi); }, "multi_edges is not supported");
}

TEST(Rmat, SimpleGraphWithSkewedDegrees) {
  const Digraph g = GenerateRmat(14, 8, 3);
  EXPECT_EQ(g.num_nodes(), 1u << 14);
  EXPECT_LE(g.num_edges(), 8u << 14);
  EXPECT_GT(g.num_edges(), 6u << 14);  // some draws repeat, most do not
  EXPECT_TRUE(NoDuplicates(g));
  EXPECT_EQ(SelfLoops(g), 0u);
  // An ER graph of the same size has maximum in-degree around 20; R-MAT's hubs are far larger.
  const Digraph er = GenerateErdosRenyi(g.num_nodes(), g.num_edges(), 3);
  EXPECT_GT(MaxInDegree(g), 10 * MaxInDegree(er));
}

TEST(Rmat, KeepingDuplicatesAndLoopsKeepsEveryDraw) {
  RmatOptions options;
  options.keep_duplicates = true;
  options.keep_self_loops = true;
  const Digraph g = GenerateRmat(10, 4.5, 8, options);
  EXPECT_EQ(g.num_edges(), 4608u);  // round(4.5 * 1024)
  EXPECT_GT(SelfLoops(g), 0u);
  EXPECT_FALSE(NoDuplicates(g));
}

TEST(Rmat, UniformQuadrantsWithoutShuffleCoverAllNodes) {
  // a = b = c = d = 1/4 is a uniform random multigraph; without shuffling, a = 1 puts every
  // arc on node 0 -> node 0.
  RmatOptions corner;
  corner.a = 1.0;
  corner.b = corner.c = 0.0;
  corner.shuffle_ids = false;
  corner.keep_self_loops = true;
  const Digraph g = GenerateRmat(5, 2, 1, corner);
  EXPECT_EQ(g.num_edges(), 1u);
  EXPECT_EQ(g.FindEdge(0, 0), 0u);
  corner.a = 0.0;
  corner.c = 1.0;  // always the lower-left quadrant: source all ones, target all zeros
  const Digraph c = GenerateRmat(5, 2, 1, corner);
  EXPECT_EQ(c.num_edges(), 1u);
  EXPECT_NE(c.FindEdge(31, 0), kNoEdge);
}

TEST(Rmat, UndirectedIsSymmetric) {
  RmatOptions options;
  options.undirected = true;
  const Digraph g = GenerateRmat(10, 8, 4, options);
  EXPECT_TRUE(g.undirected());
  EXPECT_TRUE(NoDuplicates(g));
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (NodeId v : g.out_neighbors(u)) ASSERT_NE(g.FindEdge(v, u), kNoEdge);
  }
}

TEST(Rmat, SameSeedSameGraphForAnyThreadCount) {
  ExpectThreadIndependent([] { return GenerateRmat(16, 8, 21); });
  EXPECT_FALSE(SameGraph(GenerateRmat(10, 8, 1), GenerateRmat(10, 8, 2)));
}

TEST(Rmat, InvalidArguments) {
  ExpectThrowsWith([] { GenerateRmat(0, 16, 1); }, "GenerateRmat: scale must be in [1, 31], got 0");
  ExpectThrowsWith([] { GenerateRmat(32, 16, 1); }, "scale must be in [1, 31], got 32");
  ExpectThrowsWith([] { GenerateRmat(4, -1, 1); }, "edge_factor must be finite and >= 0");
  RmatOptions bad;
  bad.a = 0.7;
  bad.b = 0.3;
  bad.c = 0.2;
  ExpectThrowsWith([&] { GenerateRmat(4, 1, 1, bad); },
                   "a, b, c must be >= 0 with a + b + c <= 1, got a = 0.7");
  bad.a = -0.1;
  ExpectThrowsWith([&] { GenerateRmat(4, 1, 1, bad); }, "got a = -0.1");
}

TEST(PreferentialAttachment, EachArrivalSendsOutDegreeArcsBackwards) {
  const Digraph g = GeneratePreferentialAttachment(2000, 3, 7);
  EXPECT_EQ(g.num_edges(), 1u + 2u + 3u * 1997u);  // nodes 1 and 2 have fewer predecessors
  EXPECT_TRUE(NoDuplicates(g));
  for (NodeId t = 0; t < g.num_nodes(); ++t) {
    EXPECT_EQ(g.out_degree(t), std::min<std::uint64_t>(3, t));
    for (NodeId v : g.out_neighbors(t)) ASSERT_LT(v, t);
  }
}

TEST(PreferentialAttachment, InDegreeTailIsHeavierThanErdosRenyi) {
  const Digraph pa = GeneratePreferentialAttachment(20000, 4, 8);
  const Digraph er = GenerateErdosRenyi(20000, pa.num_edges(), 8);
  EXPECT_GT(MaxInDegree(pa), 8 * MaxInDegree(er));
  // Old nodes collect most arcs: the first 1% of nodes hold far more than 1% of in-arcs.
  std::uint64_t early = 0;
  for (NodeId v = 0; v < 200; ++v) early += pa.in_degree(v);
  EXPECT_GT(static_cast<double>(early), 0.1 * static_cast<double>(pa.num_edges()));
}

TEST(PreferentialAttachment, MultiEdgesAndUndirected) {
  GeneratorOptions multi;
  multi.multi_edges = true;
  const Digraph m = GeneratePreferentialAttachment(100, 5, 1, multi);
  EXPECT_EQ(m.num_edges(), 5u * 99u);
  GeneratorOptions undirected;
  undirected.undirected = true;
  const Digraph u = GeneratePreferentialAttachment(1000, 2, 1, undirected);
  EXPECT_TRUE(u.undirected());
  EXPECT_EQ(u.num_undirected_edges(), 1u + 2u * 998u);
  EXPECT_TRUE(NoDuplicates(u));
  EXPECT_EQ(GeneratePreferentialAttachment(10, 0, 1).num_edges(), 0u);
}

TEST(PreferentialAttachment, SameSeedSameGraph) {
  ExpectThreadIndependent([] { return GeneratePreferentialAttachment(10000, 3, 5); });
  EXPECT_FALSE(SameGraph(GeneratePreferentialAttachment(1000, 3, 1),
                         GeneratePreferentialAttachment(1000, 3, 2)));
}

TEST(PreferentialAttachment, InvalidArguments) {
  ExpectThrowsWith([] { GeneratePreferentialAttachment(10, -1, 1); },
                   "GeneratePreferentialAttachment: out_degree must be >= 0, got -1");
  GeneratorOptions loops;
  loops.self_loops = true;
  ExpectThrowsWith([&] { GeneratePreferentialAttachment(10, 2, 1, loops); },
                   "self_loops is not supported");
}

}  // namespace
}  // namespace ombak
