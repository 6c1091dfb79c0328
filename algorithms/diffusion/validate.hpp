// Validation helpers shared by the diffusion and influence rooms: number formatting for
// InvalidArgument messages and the checks every cascade function makes on its seed lists.
// Kept in one place so that every message has the same shape ("seeds[2] = 9 is not a node of a
// graph with 5 nodes").
#pragma once

#include <cmath>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

#include "graph/errors.hpp"
#include "graph/types.hpp"

namespace ombak::diffusion_detail {

// Shortest round-trip-ish text of a number: %g with 6 significant digits ("0.1", "1.5", "nan").
inline std::string Num(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

// Throws InvalidArgument("<name>[i] = v is not a node of a graph with n nodes").
inline void CheckNodeList(std::span<const NodeId> nodes, NodeId n, std::string_view name) {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i] >= n) {
      throw InvalidArgument(std::string(name) + "[" + std::to_string(i) +
                            "] = " + std::to_string(nodes[i]) + " is not a node of a graph with " +
                            std::to_string(n) + " nodes");
    }
  }
}

// Throws InvalidArgument("<name> must be in [lo, hi], got x") (closed interval; NaN fails).
inline void CheckClosed(double x, double lo, double hi, std::string_view name) {
  if (!(x >= lo && x <= hi)) {
    throw InvalidArgument(std::string(name) + " must be in [" + Num(lo) + ", " + Num(hi) +
                          "], got " + Num(x));
  }
}

}  // namespace ombak::diffusion_detail
