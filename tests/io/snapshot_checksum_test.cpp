// SnapshotChecksum: CRC-32C's check value, and the same checksum however the payload is cut
// into Update calls and however many threads checksum the whole pieces.
#include "io/snapshot_checksum.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak {
namespace {

TEST(SnapshotChecksum, Crc32cCheckValue) {
  const std::string text = "123456789";
  EXPECT_EQ(Crc32c(0, text.data(), text.size()), 0xE3069283u);
  EXPECT_EQ(Crc32c(0, nullptr, 0), 0u);
  // Continuing a CRC equals one pass over the concatenation.
  EXPECT_EQ(Crc32c(Crc32c(0, text.data(), 4), text.data() + 4, 5), 0xE3069283u);
}

// The definition, computed serially: CRC-32C of the CRC-32Cs of the 1 MiB pieces.
std::uint32_t Reference(const std::vector<unsigned char>& bytes) {
  std::vector<std::uint32_t> pieces;
  for (std::size_t at = 0; at < bytes.size(); at += SnapshotChecksum::kPieceBytes) {
    const std::size_t size = std::min(SnapshotChecksum::kPieceBytes, bytes.size() - at);
    pieces.push_back(Crc32c(0, bytes.data() + at, size));
  }
  return Crc32c(0, pieces.data(), pieces.size() * sizeof(std::uint32_t));
}

TEST(SnapshotChecksum, IndependentOfCutsAndThreads) {
  RandomStream rng(3);
  std::vector<unsigned char> bytes(5 * SnapshotChecksum::kPieceBytes + 12345);
  for (auto& b : bytes) b = static_cast<unsigned char>(rng.Below(256));
  const std::uint32_t expected = Reference(bytes);
  const int saved = MaxThreads();
  for (const int threads : {1, 2}) {
    SetThreads(threads);
    SnapshotChecksum whole;
    whole.Update(bytes.data(), bytes.size());
    EXPECT_EQ(whole.Value(), expected);
    // Cuts inside pieces, on piece boundaries and across several pieces.
    for (const std::size_t first :
         {std::size_t{1}, SnapshotChecksum::kPieceBytes, SnapshotChecksum::kPieceBytes * 2 + 7}) {
      SnapshotChecksum cut;
      cut.Update(bytes.data(), first);
      cut.Update(bytes.data() + first, 100);
      EXPECT_NE(cut.Value(), expected);
      cut.Update(bytes.data() + first + 100, bytes.size() - first - 100);
      EXPECT_EQ(cut.Value(), expected) << first;
    }
  }
  SetThreads(saved);
  SnapshotChecksum empty;
  EXPECT_EQ(empty.Value(), 0u);
}

}  // namespace
}  // namespace ombak
