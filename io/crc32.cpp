#include "io/crc32.hpp"

#include <zlib.h>

#include <algorithm>
#include <vector>

#include "graph/parallel.hpp"

namespace ombak {
namespace {

constexpr std::size_t kParallelBytes = std::size_t{4} << 20;

// zlib takes 32-bit lengths: feed at most 1 GiB per call.
std::uint32_t SerialCrc(std::uint32_t crc, const unsigned char* bytes, std::size_t size) {
  while (size > 0) {
    const auto now = static_cast<uInt>(std::min<std::size_t>(size, std::size_t{1} << 30));
    crc = static_cast<std::uint32_t>(crc32(crc, bytes, now));
    bytes += now;
    size -= now;
  }
  return crc;
}

}  // namespace

std::uint32_t Crc32Init() { return static_cast<std::uint32_t>(crc32(0, nullptr, 0)); }

std::uint32_t Crc32(std::uint32_t crc, const void* data, std::size_t size) {
  const auto* bytes = static_cast<const unsigned char*>(data);
  const int blocks = size < kParallelBytes ? 1 : std::max(1, MaxThreads());
  if (blocks == 1) return SerialCrc(crc, bytes, size);
  std::vector<std::uint32_t> block_crc(static_cast<std::size_t>(blocks));
#pragma omp parallel for schedule(static, 1)
  for (int b = 0; b < blocks; ++b) {
    const auto [lo, hi] = BlockRange(size, blocks, b);
    block_crc[b] = SerialCrc(Crc32Init(), bytes + lo, hi - lo);
  }
  for (int b = 0; b < blocks; ++b) {
    const auto [lo, hi] = BlockRange(size, blocks, b);
    crc =
        static_cast<std::uint32_t>(crc32_combine(crc, block_crc[b], static_cast<z_off_t>(hi - lo)));
  }
  return crc;
}

}  // namespace ombak
