// Top-k selection and average ranks (see top_k.hpp).
#include "algorithms/common/top_k.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "graph/errors.hpp"

namespace ombak {

void CheckNoNaN(std::span<const double> values, const char* name) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (std::isnan(values[i])) {
      throw InvalidArgument(std::string(name) + " contains NaN at index " + std::to_string(i));
    }
  }
}

std::vector<NodeId> TopK(std::span<const double> scores, std::size_t k) {
  CheckNoNaN(scores, "scores");
  std::vector<NodeId> nodes(scores.size());
  std::iota(nodes.begin(), nodes.end(), NodeId{0});
  k = std::min(k, nodes.size());
  auto before = [&](NodeId a, NodeId b) {
    return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
  };
  if (k < nodes.size()) {
    std::nth_element(nodes.begin(), nodes.begin() + static_cast<std::ptrdiff_t>(k), nodes.end(),
                     before);
    nodes.resize(k);
  }
  std::sort(nodes.begin(), nodes.end(), before);
  return nodes;
}

std::vector<double> Ranks(std::span<const double> values) {
  CheckNoNaN(values, "values");
  const std::size_t n = values.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(n);
  for (std::size_t start = 0; start < n;) {
    std::size_t end = start + 1;
    while (end < n && values[order[end]] == values[order[start]]) ++end;
    // Positions start+1 .. end share the average rank.
    const double rank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
    for (std::size_t i = start; i < end; ++i) ranks[order[i]] = rank;
    start = end;
  }
  return ranks;
}

}  // namespace ombak
