// BuildLayer: the builder call AssembleNetwork makes for each layer, with a fast path for the
// common case of a loaded edge list (unweighted, untimed, directed arcs).
//
// Design choice: for arcs without weights or times two equal arcs are indistinguishable, so the
// row order "by target, then input position" that BuildDigraph guarantees is simply "by target".
// The fast path therefore scatters the targets themselves (not input positions) into rows with
// a counting sort by source and sorts each row's targets directly (std::sort for short rows, an
// LSD radix sort for long ones): no stable sort, no indirection through the input arrays.
// Duplicates are then adjacent; self-loops and duplicates follow the BuildOptions exactly as
// BuildDigraph does (same graph, same BuildStats). Everything else (weights, times, undirected)
// goes to BuildDigraph unchanged. The counting sort runs over contiguous blocks per thread and
// rows are sorted sets, so the output does not depend on the thread count. BuildLayerDirect
// reads endpoints as external integer ids through AssembleNetwork's direct id map, so a big
// edge list never holds a dense copy of its endpoints.
//
// Usage:
//   BuildStats stats;
//   Digraph g = BuildLayer(std::move(arcs), num_nodes, DefaultBuildOptions(layer), &stats);
#pragma once

#include <cstdint>
#include <span>

#include "graph/builder.hpp"
#include "graph/digraph.hpp"

namespace ombak {

// Same contract as BuildDigraph (graph/builder.hpp): same Digraph, same BuildStats, same
// InvalidArgument for an endpoint not below num_nodes. Unweighted, untimed, directed input takes
// the fast path: O(m log(max degree) + n), parallel, 4 bytes per arc of working memory beyond
// the input and the result.
Digraph BuildLayer(EdgeList arcs, NodeId num_nodes, const BuildOptions& options = {},
                   BuildStats* stats = nullptr);

// Unweighted, untimed arcs given by external integer ids and a direct map: the node of id x is
// dense[x - min]. The caller guarantees that every id is in the map and maps below num_nodes.
struct DirectIdArcs {
  std::span<const std::int64_t> sources;
  std::span<const std::int64_t> targets;
  std::span<const NodeId> dense;
  std::int64_t min = 0;
};

// The same graph and BuildStats as BuildLayer on the mapped arcs, without materialising dense
// endpoint arrays (saves 8 bytes per arc written and read again on a big edge list). Throws
// InvalidArgument for options.undirected or columns of different lengths.
// O(m log(max degree) + n), parallel, independent of the thread count.
Digraph BuildLayerDirect(const DirectIdArcs& arcs, NodeId num_nodes, const BuildOptions& options,
                         BuildStats* stats = nullptr);

}  // namespace ombak
