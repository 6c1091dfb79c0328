// The igraph adapter: the only place that includes igraph (with the other adapters).
//
// igraph serves ombak as an oracle in tests, a baseline in benchmarks, and the engine of the
// algorithms we do not reimplement (Infomap, walktrap, ...). igraph's default error handler
// aborts the process; every entry point here first installs a handler that only unwinds
// igraph's own cleanup stack, and IgraphCheck turns the returned code into a BackendError.
//
// Usage:
//   IgraphGraph ig = ToIgraph(g);                 // directed unless g.undirected()
//   IgraphVector scores;
//   IgraphCheck(igraph_pagerank(ig.get(), ..., scores.get(), ...), "igraph_pagerank");
//   std::vector<double> v = scores.ToStd();
#pragma once

#include <igraph.h>

#include <string_view>
#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

// Installs the non-aborting error handler (idempotent, thread-safe).
void InstallIgraphErrorHandler();
// Throws BackendError("WHAT: igraph error N: message") when code is not IGRAPH_SUCCESS.
void IgraphCheck(igraph_error_t code, std::string_view what);

class IgraphVector {
 public:
  explicit IgraphVector(igraph_integer_t size = 0);
  explicit IgraphVector(const std::vector<double>& values);
  ~IgraphVector();
  IgraphVector(IgraphVector&& other) noexcept;
  IgraphVector(const IgraphVector&) = delete;
  IgraphVector& operator=(const IgraphVector&) = delete;
  igraph_vector_t* get() { return &v_; }
  const igraph_vector_t* get() const { return &v_; }
  std::vector<double> ToStd() const;

 private:
  igraph_vector_t v_;
  bool owned_ = true;
};

class IgraphIntVector {
 public:
  explicit IgraphIntVector(igraph_integer_t size = 0);
  explicit IgraphIntVector(const std::vector<igraph_integer_t>& values);
  ~IgraphIntVector();
  IgraphIntVector(const IgraphIntVector&) = delete;
  IgraphIntVector& operator=(const IgraphIntVector&) = delete;
  igraph_vector_int_t* get() { return &v_; }
  const igraph_vector_int_t* get() const { return &v_; }
  std::vector<igraph_integer_t> ToStd() const;

 private:
  igraph_vector_int_t v_;
};

class IgraphGraph {
 public:
  IgraphGraph() = default;
  ~IgraphGraph();
  IgraphGraph(IgraphGraph&& other) noexcept;
  IgraphGraph& operator=(IgraphGraph&& other) noexcept;
  IgraphGraph(const IgraphGraph&) = delete;
  IgraphGraph& operator=(const IgraphGraph&) = delete;
  igraph_t* get() { return &g_; }
  const igraph_t* get() const { return &g_; }
  // The Digraph edge id of every igraph edge, in igraph's edge order.
  const std::vector<EdgeId>& edge_ids() const { return edge_ids_; }

 private:
  friend IgraphGraph ToIgraph(const Digraph& g, bool directed);
  igraph_t g_{};
  bool valid_ = false;
  std::vector<EdgeId> edge_ids_;
};

// Copies g into igraph. Directed: one igraph edge per arc. Undirected (g.undirected()): one
// igraph edge per undirected edge (the arc with source <= target), as igraph and networkx count
// them. Passing directed = false for a directed Digraph makes every arc an undirected edge.
IgraphGraph ToIgraph(const Digraph& g, bool directed);
inline IgraphGraph ToIgraph(const Digraph& g) { return ToIgraph(g, !g.undirected()); }
// Edge weights in the igraph edge order of ig.
IgraphVector IgraphWeights(const Digraph& g, const IgraphGraph& ig);

}  // namespace ombak
