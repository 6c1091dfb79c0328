// Edge-balanced node blocks and ordered sums (see node_blocks.hpp).
#include "algorithms/centrality/node_blocks.hpp"

#include <algorithm>

namespace ombak::centrality_internal {

NodeBlocks BalancedBlocks(std::span<const std::uint64_t> offsets, int blocks) {
  const auto n = static_cast<std::uint64_t>(offsets.size() - 1);
  const std::uint64_t total = n + (offsets.back() - offsets.front());
  NodeBlocks out;
  out.bounds.push_back(0);
  if (n == 0) {
    out.bounds.push_back(0);
    return out;
  }
  // cost(v) = v + offsets[v] - offsets[0] is monotone: binary search each block boundary.
  for (int b = 1; b < blocks; ++b) {
    const std::uint64_t goal = total * static_cast<std::uint64_t>(b) / blocks;
    std::uint64_t lo = out.bounds.back();
    std::uint64_t hi = n;
    while (lo < hi) {
      const std::uint64_t mid = lo + (hi - lo) / 2;
      if (mid + offsets[mid] - offsets.front() < goal) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo > out.bounds.back() && lo < n) out.bounds.push_back(static_cast<NodeId>(lo));
  }
  out.bounds.push_back(static_cast<NodeId>(n));
  return out;
}

double OrderedSum(const std::vector<double>& partials) {
  double sum = 0.0;
  for (const double p : partials) sum += p;
  return sum;
}

}  // namespace ombak::centrality_internal
