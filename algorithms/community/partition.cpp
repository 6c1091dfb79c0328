// Canonical numbering and helpers for Partition (see partition.hpp).
#include "algorithms/community/partition.hpp"

#include <algorithm>
#include <unordered_map>

#include "graph/errors.hpp"

namespace ombak {

Partition CanonicalPartition(const std::vector<std::uint32_t>& labels) {
  Partition p;
  p.membership.resize(labels.size());
  const std::size_t n = labels.size();
  std::uint32_t max_label = 0;
  for (std::uint32_t l : labels) max_label = std::max(max_label, l);
  if (n > 0 && max_label < 2 * n + 16) {
    std::vector<std::uint32_t> renumber(static_cast<std::size_t>(max_label) + 1, kNoNode);
    for (std::size_t v = 0; v < n; ++v) {
      std::uint32_t& id = renumber[labels[v]];
      if (id == kNoNode) id = p.count++;
      p.membership[v] = id;
    }
    return p;
  }
  std::unordered_map<std::uint32_t, std::uint32_t> renumber;
  renumber.reserve(n);
  for (std::size_t v = 0; v < n; ++v) {
    auto [it, inserted] = renumber.try_emplace(labels[v], p.count);
    if (inserted) ++p.count;
    p.membership[v] = it->second;
  }
  return p;
}

std::vector<std::vector<NodeId>> Members(const Partition& p) {
  std::vector<std::vector<NodeId>> groups(p.count);
  for (NodeId v = 0; v < p.membership.size(); ++v) groups[p.membership[v]].push_back(v);
  return groups;
}

std::vector<std::uint64_t> CommunitySizes(const Partition& p) {
  std::vector<std::uint64_t> sizes(p.count, 0);
  for (std::uint32_t c : p.membership) ++sizes[c];
  return sizes;
}

void CheckPartition(const Partition& p, NodeId num_nodes, const std::string& parameter) {
  if (p.membership.size() != num_nodes) {
    throw InvalidArgument(parameter + " has " + std::to_string(p.membership.size()) +
                          " entries but the graph has " + std::to_string(num_nodes) + " nodes");
  }
  for (std::size_t v = 0; v < p.membership.size(); ++v) {
    if (p.membership[v] >= p.count) {
      throw InvalidArgument(parameter + "[" + std::to_string(v) +
                            "] = " + std::to_string(p.membership[v]) + " is not below count " +
                            std::to_string(p.count));
    }
  }
}

}  // namespace ombak
