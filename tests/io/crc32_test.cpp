// Crc32: the parallel CRC equals zlib's serial crc32() for any size, start value and thread
// count, so snapshots keep their checksum.
#include "io/crc32.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

std::uint32_t ZlibCrc(std::uint32_t crc, const std::vector<unsigned char>& bytes,
                      std::size_t size) {
  return static_cast<std::uint32_t>(crc32(crc, bytes.data(), static_cast<uInt>(size)));
}

TEST(Crc32, KnownValue) {
  const std::string text = "123456789";  // the CRC-32 check value
  EXPECT_EQ(Crc32(Crc32Init(), text.data(), text.size()), 0xCBF43926u);
  EXPECT_EQ(Crc32(Crc32Init(), nullptr, 0), Crc32Init());
}

TEST(Crc32, ParallelBlocksEqualSerialCrcForEveryThreadCount) {
  RandomStream rng(5);
  std::vector<unsigned char> bytes((std::size_t{9} << 20) + 13);
  for (unsigned char& b : bytes) b = static_cast<unsigned char>(rng.Next());
  const int saved = MaxThreads();
  for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{4} << 20,
                                 (std::size_t{4} << 20) + 1, bytes.size()}) {
    for (const std::uint32_t start : {Crc32Init(), 0x12345678u}) {
      const std::uint32_t expected = ZlibCrc(start, bytes, size);
      for (const int threads : {1, 2, 3}) {
        SetThreads(threads);
        EXPECT_EQ(Crc32(start, bytes.data(), size), expected)
            << "size " << size << " threads " << threads;
      }
    }
  }
  SetThreads(saved);
}

}  // namespace
}  // namespace ombak
