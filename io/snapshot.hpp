// The binary snapshot (.ombak): a whole Network in a form that loads at disk speed.
//
// Layout (format version 2, native little-endian byte order):
//   header, 32 bytes: magic "OMBAK\0" | u16 version | u32 flags (bit 0: little-endian) |
//                     u32 payload checksum (CRC-32C of 1 MiB pieces, io/snapshot_checksum.hpp) |
//                     u64 payload size | u64 reserved (0)
//   payload: node table (id kind, ids, attribute columns with their types and presence),
//            a layer mask and per present layer its undirected flag and both CSRs (out offsets,
//            out targets, in offsets, in sources, in edge ids, weights, times), then the
//            event log columns.
//   Every array is a u64 element count followed by the raw elements.
// Design choice: both adjacencies are stored (version 1 stored only the out-CSR), so loading
// does no transposition: every array is read by pread() straight into the vector the Digraph
// keeps (a large array by one block per thread, on transparent huge pages), and
// Digraph::FromArrays re-validates them in sequential O(n + m) scans. The checksum is checked
// before any object is built, so a corrupt file cannot produce a graph.
//
// Errors name the byte offset instead of a line: "PATH: byte offset N: expected ..., got ...".
//
// Usage:
//   WriteSnapshot(net, "twitter.ombak");
//   Network again = ReadSnapshot("twitter.ombak");
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/network.hpp"

namespace ombak {

inline constexpr std::uint16_t kSnapshotVersion = 2;

// Writes atomically (temporary file + rename, io/atomic_file.hpp). Throws InvalidArgument if
// `path` is one of `inputs`, InputError on a write error. O(n + m).
void WriteSnapshot(const Network& network, const std::string& path,
                   const std::vector<std::string>& inputs = {});

// Reads a snapshot. Throws InputError ("path: byte offset N: ...") for a foreign file (bad
// magic), an unsupported version or byte order, a truncated file or a checksum mismatch.
// O(n + m).
Network ReadSnapshot(const std::string& path);

}  // namespace ombak
