// Crc32: zlib's CRC-32, computed over large buffers by several threads.
//
// Design choice: the snapshot checksum stays the standard CRC-32 (same value, same file
// format), but a large buffer is cut into one contiguous block per thread, each block's CRC is
// computed independently and the results are joined in block order with zlib's crc32_combine.
// The value is therefore identical to a serial crc32() for any thread count. Buffers under
// 4 MiB are done serially.
//
// Usage:
//   std::uint32_t crc = Crc32(Crc32Init(), data, size);
#pragma once

#include <cstddef>
#include <cstdint>

namespace ombak {

// The CRC of no bytes (zlib's crc32(0, nullptr, 0)).
std::uint32_t Crc32Init();

// Continues `crc` over [data, data + size): equal to zlib's crc32(crc, data, size) for any size
// (also above 4 GiB) and any thread count. O(size), parallel.
std::uint32_t Crc32(std::uint32_t crc, const void* data, std::size_t size);

}  // namespace ombak
