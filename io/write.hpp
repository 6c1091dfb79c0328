// WriteNetwork: one call that picks the writer by format name or file extension (what
// `ombak convert` uses).
//
// Formats: "ombak" (.ombak snapshot), "csv" (.csv: the arcs of every layer), "nodes-csv" (the
// node table as CSV), "json" (.json: the node table), "dot" (.dot, .gv), "graphml" (.graphml:
// every layer, node attributes, edge layer/weight/time; io/social/graphml.hpp), "gexf" (.gexf:
// for Gephi, dynamic when the layers carry times; io/social/gexf.hpp). Design choice: the
// table in write.cpp is the only place that maps names to writers, so a new writer is one
// entry.
//
// Usage:
//   WriteNetwork(net, "karate.dot");
//   WriteNetwork(net, "out.txt", "csv", /*inputs=*/{"in.csv"});
#pragma once

#include <string>
#include <vector>

#include "graph/network.hpp"

namespace ombak {

// The format names WriteNetwork accepts.
std::vector<std::string> OutputFormatNames();

// Writes `network` atomically. `format` "" = from the extension. Throws InvalidArgument for an
// unknown format or extension (listing the names) or when `path` is one of `inputs`;
// InputError on a write error.
void WriteNetwork(const Network& network, const std::string& path, std::string format = "",
                  const std::vector<std::string>& inputs = {});

}  // namespace ombak
