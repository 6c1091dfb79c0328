#include "graph/adapters/igraph_adapter.hpp"

#include <mutex>
#include <string>

#include "graph/errors.hpp"

namespace ombak {

void InstallIgraphErrorHandler() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Unwinds igraph's cleanup stack and returns the code instead of aborting.
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
  });
}

void IgraphCheck(igraph_error_t code, std::string_view what) {
  if (code == IGRAPH_SUCCESS) return;
  throw BackendError(std::string(what) + ": igraph error " + std::to_string(code) + ": " +
                     igraph_strerror(code));
}

IgraphVector::IgraphVector(igraph_integer_t size) {
  InstallIgraphErrorHandler();
  IgraphCheck(igraph_vector_init(&v_, size), "igraph_vector_init");
}

IgraphVector::IgraphVector(const std::vector<double>& values)
    : IgraphVector(static_cast<igraph_integer_t>(values.size())) {
  for (std::size_t i = 0; i < values.size(); ++i) VECTOR(v_)[i] = values[i];
}

IgraphVector::IgraphVector(IgraphVector&& other) noexcept : v_(other.v_) { other.owned_ = false; }

IgraphVector::~IgraphVector() {
  if (owned_) igraph_vector_destroy(&v_);
}

std::vector<double> IgraphVector::ToStd() const {
  const igraph_integer_t n = igraph_vector_size(&v_);
  return std::vector<double>(VECTOR(v_), VECTOR(v_) + n);
}

IgraphIntVector::IgraphIntVector(igraph_integer_t size) {
  InstallIgraphErrorHandler();
  IgraphCheck(igraph_vector_int_init(&v_, size), "igraph_vector_int_init");
}

IgraphIntVector::IgraphIntVector(const std::vector<igraph_integer_t>& values)
    : IgraphIntVector(static_cast<igraph_integer_t>(values.size())) {
  for (std::size_t i = 0; i < values.size(); ++i) VECTOR(v_)[i] = values[i];
}

IgraphIntVector::~IgraphIntVector() { igraph_vector_int_destroy(&v_); }

std::vector<igraph_integer_t> IgraphIntVector::ToStd() const {
  const igraph_integer_t n = igraph_vector_int_size(&v_);
  return std::vector<igraph_integer_t>(VECTOR(v_), VECTOR(v_) + n);
}

IgraphGraph::~IgraphGraph() {
  if (valid_) igraph_destroy(&g_);
}

IgraphGraph::IgraphGraph(IgraphGraph&& other) noexcept
    : g_(other.g_), valid_(other.valid_), edge_ids_(std::move(other.edge_ids_)) {
  other.valid_ = false;
}

IgraphGraph& IgraphGraph::operator=(IgraphGraph&& other) noexcept {
  if (this != &other) {
    if (valid_) igraph_destroy(&g_);
    g_ = other.g_;
    valid_ = other.valid_;
    edge_ids_ = std::move(other.edge_ids_);
    other.valid_ = false;
  }
  return *this;
}

IgraphGraph ToIgraph(const Digraph& g, bool directed) {
  InstallIgraphErrorHandler();
  IgraphGraph out;
  const bool halve = g.undirected();  // symmetric storage: take each edge once
  IgraphIntVector endpoints(0);
  IgraphCheck(
      igraph_vector_int_reserve(endpoints.get(), static_cast<igraph_integer_t>(2 * g.num_edges())),
      "igraph_vector_int_reserve");
  out.edge_ids_.reserve(halve ? g.num_edges() / 2 + 1 : g.num_edges());
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    const auto targets = g.out_neighbors(u);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const NodeId v = targets[i];
      if (halve && v < u) continue;
      igraph_vector_int_push_back(endpoints.get(), u);
      igraph_vector_int_push_back(endpoints.get(), v);
      out.edge_ids_.push_back(g.out_edge_begin(u) + i);
    }
  }
  IgraphCheck(igraph_create(&out.g_, endpoints.get(), g.num_nodes(),
                            directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED),
              "igraph_create");
  out.valid_ = true;
  return out;
}

IgraphVector IgraphWeights(const Digraph& g, const IgraphGraph& ig) {
  IgraphVector weights(static_cast<igraph_integer_t>(ig.edge_ids().size()));
  for (std::size_t i = 0; i < ig.edge_ids().size(); ++i) {
    VECTOR(*weights.get())[i] = g.weight(ig.edge_ids()[i]);
  }
  return weights;
}

}  // namespace ombak
