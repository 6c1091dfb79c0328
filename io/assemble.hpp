// AssembleNetwork: turns the RawFiles of all inputs into one Network.
//
// Design choice: node ids are assigned once, for all files together. With integer ids (the
// fast path) the dense ids follow the order of the external ids: when the ids are dense
// (max - min small relative to their count) a direct array maps them, else they are sorted and
// made unique; so a SNAP file with ids 0..n-1 gets node i = id i whatever the file order, and
// the result never depends on the thread count. With text ids, nodes are numbered in order of
// first appearance (files in command-line order; in a file, declared nodes first, then each
// row's source and target). Rows of non-follow layers that carry a time also become events;
// files in local mode (RawFileFromBuilder: tweet archives, activity logs, GraphML, Pajek) bring
// their own events, with tweet and root ids, and declare their layers even when empty. All
// events end up sorted by time (stable: equal times keep input order).
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "graph/builder.hpp"
#include "graph/layer.hpp"
#include "graph/network.hpp"
#include "io/raw_graph.hpp"

namespace ombak {

struct AssembleOptions {
  std::optional<IdKind> id_kind{};  // nullopt: integers if every id of every file is an integer
  // Override the per-layer defaults of DefaultBuildOptions (follow: keep first; others: sum).
  std::optional<DuplicatePolicy> duplicates{};
  std::optional<SelfLoopPolicy> self_loops{};
};

// Builds the network; consumes `files`. A layer is undirected when every file feeding it is
// undirected (e.g. GML with `directed 0`). Throws InvalidArgument when two files give one
// attribute different types, or when more than 2^32 - 1 nodes appear.
// O(total rows + nodes) plus the builders' O(m log d).
Network AssembleNetwork(std::vector<RawFile> files, const AssembleOptions& options = {},
                        std::array<BuildStats, kNumLayers>* stats = nullptr);

}  // namespace ombak
