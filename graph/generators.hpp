// Seeded random graph generators: Erdős–Rényi G(n, m) and G(n, p), R-MAT, and directed
// preferential attachment.
//
// Design choice: every generator draws from RandomStream(seed, stream) with one stream per
// fixed-size block of work (a block of edge draws, a block of rows), never per thread, so the
// same seed gives the same graph for any thread count. The work is cut into blocks by the
// input size alone. Generators build through BuildDigraph or Digraph::FromCsr and return an
// unweighted graph (weights appear only when a policy below says so).
//
// Usage:
//   Digraph er = GenerateErdosRenyi(1000, 5000, /*seed=*/42);
//   Digraph rmat = GenerateRmat(/*scale=*/16, /*edge_factor=*/16, /*seed=*/7);
//   Digraph pa = GeneratePreferentialAttachment(10000, 3, 1);
#pragma once

#include <cstdint>

#include "graph/digraph.hpp"
#include "graph/types.hpp"

namespace ombak {

struct GeneratorOptions {
  // Store each edge as both arcs (Digraph::undirected()); edge counts then count edges.
  bool undirected = false;
  // Allow arcs u->u.
  bool self_loops = false;
  // Allow repeated arcs (a multigraph): edges are drawn independently with replacement.
  bool multi_edges = false;
};

// G(n, m): a graph drawn uniformly among those with n nodes and exactly m arcs (m edges if
// undirected), respecting options.self_loops; with multi_edges the m arcs are drawn
// independently with replacement instead. Reference: Erdős & Rényi 1959.
// Method: rounds of independent draws of the missing arcs in parallel blocks, merged and
// deduplicated until m distinct arcs exist; when m is more than half of the possible arcs the
// complement is drawn instead. O(m log m) expected.
// Deterministic for a seed, any thread count.
// Throws InvalidArgument if n == kNoNode or m exceeds the number of possible arcs (edges).
Digraph GenerateErdosRenyi(NodeId n, EdgeId m, std::uint64_t seed,
                           const GeneratorOptions& options = {});

// G(n, p): each possible arc (edge if undirected) is present independently with probability p.
// Reference: Batagelj & Brandes, "Efficient generation of large random networks", Phys. Rev. E
// 71, 036113 (2005): geometric skipping over the pair index, O(n + m). Rows are cut into
// fixed blocks, each with its own stream, and generated in parallel.
// Deterministic for a seed, any thread count. options.multi_edges must be false.
// Throws InvalidArgument if p is not in [0, 1], n == kNoNode, or multi_edges is set.
Digraph GenerateGnp(NodeId n, double p, std::uint64_t seed, const GeneratorOptions& options = {});

struct RmatOptions {
  // Probabilities of the four quadrants at every level; d = 1 - a - b - c. The defaults are
  // Graph500's (a = 0.57, b = c = 0.19, d = 0.05).
  double a = 0.57;
  double b = 0.19;
  double c = 0.19;
  bool undirected = false;
  bool keep_self_loops = false;
  // false: repeated arcs are merged into one unweighted arc (first kept); true: a multigraph.
  bool keep_duplicates = false;
  // Relabel nodes by a seeded random permutation, so that node id does not predict degree.
  bool shuffle_ids = true;
};

// R-MAT: 2^scale nodes; round(edge_factor * 2^scale) arcs are drawn, each by descending
// `scale` levels of the recursive quadrant split, then self-loops and duplicates are dropped
// unless kept, so the result can have fewer arcs than drawn. Reference: Chakrabarti, Zhan &
// Faloutsos, "R-MAT: A recursive model for graph mining", SDM 2004 (no per-level noise).
// Draws are cut into blocks of 2^16 arcs with one stream each, generated in parallel.
// O(m scale + build). Deterministic for a seed, any thread count.
// Throws InvalidArgument if scale is not in [1, 31], edge_factor is negative or not finite, or
// a, b, c are negative or sum to more than 1.
Digraph GenerateRmat(int scale, double edge_factor, std::uint64_t seed,
                     const RmatOptions& options = {});

// Directed preferential attachment, Price's model (D. de S. Price 1976, in the formulation of
// Bollobás, Borgs, Chayes & Riordan, "Directed scale-free graphs", SODA 2003, with in-degree
// offset 1 and only new-node-to-old-node arcs): nodes arrive in id order 0, 1, ..., n-1; node t
// sends min(out_degree, t) arcs to distinct earlier nodes, each chosen with probability
// proportional to (in-degree + 1) in the graph before node t arrived. With multi_edges node
// t sends exactly out_degree arcs (t >= 1), drawn independently, repeats allowed. In-degrees
// follow a power law with exponent 2 + 1/out_degree. With undirected = true the weight is
// (degree + 1) and the result is undirected (a Barabási–Albert graph with offset 1).
// Sequential (each arrival depends on all earlier ones), one stream; O(n out_degree).
// Throws InvalidArgument if out_degree < 0, n == kNoNode, or self_loops is set (the model has
// none).
Digraph GeneratePreferentialAttachment(NodeId n, int out_degree, std::uint64_t seed,
                                       const GeneratorOptions& options = {});

}  // namespace ombak
