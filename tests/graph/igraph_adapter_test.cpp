#include "graph/adapters/igraph_adapter.hpp"

#include <gtest/gtest.h>

#include "graph/builder.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

TEST(IgraphAdapter, DirectedCopyKeepsArcsAndWeights) {
  EdgeList edges;
  edges.Add(0, 1, 2.5f);
  edges.Add(1, 2, 1.0f);
  edges.Add(2, 0, 4.0f);
  const Digraph g = BuildDigraph(std::move(edges), 4);
  IgraphGraph ig = ToIgraph(g);
  EXPECT_TRUE(igraph_is_directed(ig.get()));
  EXPECT_EQ(igraph_vcount(ig.get()), 4);
  EXPECT_EQ(igraph_ecount(ig.get()), 3);
  const std::vector<double> w = IgraphWeights(g, ig).ToStd();
  EXPECT_EQ(w, (std::vector<double>{2.5, 1.0, 4.0}));
}

TEST(IgraphAdapter, UndirectedGraphGivesEachEdgeOnce) {
  EdgeList edges;
  edges.Add(0, 1);
  edges.Add(1, 2);
  edges.Add(2, 2);
  BuildOptions options;
  options.undirected = true;
  const Digraph g = BuildDigraph(std::move(edges), 3, options);
  IgraphGraph ig = ToIgraph(g);
  EXPECT_FALSE(igraph_is_directed(ig.get()));
  EXPECT_EQ(igraph_ecount(ig.get()), 3);
}

TEST(IgraphAdapter, ErrorsBecomeBackendErrorsInsteadOfAborting) {
  InstallIgraphErrorHandler();
  IgraphIntVector endpoints(std::vector<igraph_integer_t>{0, 1, 2});  // odd length
  igraph_t g;
  try {
    IgraphCheck(igraph_create(&g, endpoints.get(), 2, IGRAPH_DIRECTED), "igraph_create");
    igraph_destroy(&g);
    FAIL() << "expected BackendError";
  } catch (const BackendError& e) {
    EXPECT_NE(std::string(e.what()).find("igraph_create: igraph error"), std::string::npos);
  }
}

}  // namespace
}  // namespace ombak
