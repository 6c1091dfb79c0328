// One entry point for every community method, shared by `ombak communities` and
// `ombak analyze`: the method is chosen by name, and the truth partition a user names (a node
// attribute or a node-table file) is turned into a Partition to compare with.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "algorithms/community/partition.hpp"
#include "graph/digraph.hpp"
#include "graph/network.hpp"

namespace ombak {

struct CommunityMethodOptions {
  std::string method = "leiden";  // leiden, louvain, lpa, infomap, fastgreedy, walktrap
  double resolution = 1.0;        // leiden and louvain
  std::uint64_t seed = 42;
  int restarts = 0;  // leiden and louvain: independent runs, 0 = their default (see leiden.hpp)
  std::function<void(double)> progress;
};

// The names accepted in CommunityMethodOptions::method.
const std::vector<std::string>& CommunityMethodNames();
// What quality the method reports ("modularity" or "codelength").
std::string QualityName(const std::string& method);
// Whether the method takes CommunityMethodOptions::restarts (leiden and louvain).
bool HasRestarts(const std::string& method);

// Runs the named method. Throws InvalidArgument for an unknown name (listing the names), a
// bad parameter, or restarts > 0 for a method without restarts.
CommunityResult DetectCommunities(const Digraph& g, const CommunityMethodOptions& options);

// A known grouping to compare with: `truth` is the name of a node attribute of `network`, or a
// node-table file (first column the account id, second the group). Returns the partition of
// the accounts that have a group and their node ids. Throws InvalidArgument when `truth` is
// neither.
struct TruthPartition {
  std::vector<NodeId> nodes;             // accounts with a known group
  Partition partition;                   // over those accounts, in the order of `nodes`
  std::string source;                    // "attribute party" or "file truth.csv (column party)"
  std::vector<std::string> group_names;  // name of each truth group
};
TruthPartition LoadTruth(const Network& network, const std::string& truth);

// The partition restricted to `nodes` (for comparing with a truth that covers only some).
Partition RestrictPartition(const Partition& p, const std::vector<NodeId>& nodes);

}  // namespace ombak
