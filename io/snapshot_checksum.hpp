// SnapshotChecksum: the payload checksum of snapshot format 2.
//
// Design choice: CRC-32C (Castagnoli), which x86-64 computes with the SSE4.2 crc32 instruction
// (several times faster than zlib's table-driven CRC-32; a table fallback covers other CPUs),
// taken over fixed 1 MiB pieces of the payload; the checksum is the CRC-32C of the sequence of
// piece CRCs. Pieces sit at fixed payload offsets, so whole pieces are checksummed in parallel
// with no combine step, and the value never depends on the thread count or on how the payload
// is cut into Update calls.
//
// Usage:
//   SnapshotChecksum sum;
//   sum.Update(bytes, size);  // any number of times, in payload order
//   std::uint32_t value = sum.Value();
#pragma once

#include <cstddef>
#include <cstdint>

namespace ombak {

// Continues the CRC-32C `crc` (0 for no bytes) over [data, data + size). Crc32c(0, "123456789",
// 9) = 0xE3069283. O(size), serial.
std::uint32_t Crc32c(std::uint32_t crc, const void* data, std::size_t size);

class SnapshotChecksum {
 public:
  static constexpr std::size_t kPieceBytes = std::size_t{1} << 20;

  // Adds the next `size` payload bytes. O(size), parallel over whole pieces.
  void Update(const void* data, std::size_t size);
  // The checksum of the bytes added so far.
  std::uint32_t Value() const;

 private:
  std::uint32_t pieces_crc_ = 0;  // CRC-32C of the CRCs of the finished pieces
  std::uint32_t piece_crc_ = 0;   // CRC-32C of the current, unfinished piece
  std::size_t piece_fill_ = 0;    // bytes in the current piece
};

}  // namespace ombak
