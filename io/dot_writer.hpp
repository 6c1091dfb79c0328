// DOT writer (Graphviz): the layers of a network as one graph for `dot`, `sfdp` or Gephi.
//
// Design choice: nodes are named n0, n1, ... (dense ids, always valid DOT identifiers) and carry
// the external id and label as attributes, with quotes, backslashes and line breaks escaped.
// When every present layer is undirected the file is a `graph` with `--` edges (each edge once);
// otherwise a `digraph`, where undirected layers' edges get dir=none. Each edge names its layer
// and weight.
//
// Usage:
//   WriteDot(net, "net.dot");
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/network.hpp"

namespace ombak {

// `text` as a double-quoted DOT string.
std::string DotQuote(std::string_view text);

// Throws InvalidArgument if `path` is one of `inputs`, InputError on a write error. Written
// atomically. O(n + m).
void WriteDot(const Network& network, const std::string& path,
              const std::vector<std::string>& inputs = {});

}  // namespace ombak
