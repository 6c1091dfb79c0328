// BuildLayer: the builder call AssembleNetwork makes for each layer, with a fast path for the
// common case of a loaded edge list (unweighted, untimed, directed arcs).
//
// Design choice: for arcs without weights or times two equal arcs are indistinguishable, so the
// row order "by target, then input position" that BuildDigraph guarantees is simply "by target".
// The fast path therefore scatters the targets themselves (not input positions) into rows with
// a counting sort by source and sorts each row's targets directly with std::sort: no stable
// sort, no indirection through the input arrays. Duplicates are then adjacent; self-loops and
// duplicates follow the BuildOptions exactly as BuildDigraph does (same graph, same
// BuildStats). Everything else (weights, times, undirected) goes to BuildDigraph unchanged. The
// counting sort runs over contiguous blocks per thread and rows are sorted sets, so the output
// does not depend on the thread count.
//
// Usage:
//   BuildStats stats;
//   Digraph g = BuildLayer(std::move(arcs), num_nodes, DefaultBuildOptions(layer), &stats);
#pragma once

#include "graph/builder.hpp"
#include "graph/digraph.hpp"

namespace ombak {

// Same contract as BuildDigraph (graph/builder.hpp): same Digraph, same BuildStats, same
// InvalidArgument for an endpoint not below num_nodes. Unweighted, untimed, directed input takes
// the fast path: O(m log(max degree) + n), parallel, 4 bytes per arc of working memory beyond
// the input and the result.
Digraph BuildLayer(EdgeList arcs, NodeId num_nodes, const BuildOptions& options = {},
                   BuildStats* stats = nullptr);

}  // namespace ombak
