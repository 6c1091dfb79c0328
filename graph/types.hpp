// Basic scalar types of the graph model.
//
// Node ids are dense 32-bit integers (Twitter-2010 has 41.7M accounts, far below 2^32); edge
// ids and offsets are 64-bit because large follow graphs pass 2^32 edges.
#pragma once

#include <cstdint>
#include <limits>

namespace ombak {

using NodeId = std::uint32_t;
using EdgeId = std::uint64_t;
using Weight = float;
using Timestamp = std::int64_t;  // seconds since the Unix epoch, UTC

inline constexpr NodeId kNoNode = std::numeric_limits<NodeId>::max();
inline constexpr EdgeId kNoEdge = std::numeric_limits<EdgeId>::max();
inline constexpr Timestamp kNoTime = std::numeric_limits<Timestamp>::min();
// Largest number of nodes a graph may have: kNoNode is reserved as "no node".
inline constexpr std::uint64_t kMaxNodes = std::numeric_limits<NodeId>::max();

}  // namespace ombak
