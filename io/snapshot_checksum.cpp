#include "io/snapshot_checksum.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#include "graph/parallel.hpp"

namespace ombak {
namespace {

constexpr std::uint32_t kPolynomial = 0x82f63b78U;  // CRC-32C, reflected

constexpr std::array<std::uint32_t, 256> MakeTable() {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t i = 0; i < 256; ++i) {
    std::uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) != 0 ? (c >> 1) ^ kPolynomial : c >> 1;
    table[i] = c;
  }
  return table;
}
constexpr std::array<std::uint32_t, 256> kTable = MakeTable();

// Both take and return the inverted register (~crc).
std::uint32_t SoftwareCrc(std::uint32_t reg, const unsigned char* p, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) reg = (reg >> 8) ^ kTable[(reg ^ p[i]) & 0xff];
  return reg;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) std::uint32_t HardwareCrc(std::uint32_t reg,
                                                            const unsigned char* p,
                                                            std::size_t size) {
  std::uint64_t r = reg;
  for (; size >= 8; p += 8, size -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    r = __builtin_ia32_crc32di(r, word);
  }
  auto r32 = static_cast<std::uint32_t>(r);
  for (; size > 0; ++p, --size) r32 = __builtin_ia32_crc32qi(r32, *p);
  return r32;
}

bool HasHardwareCrc() {
  static const bool has = __builtin_cpu_supports("sse4.2");
  return has;
}
#endif

}  // namespace

std::uint32_t Crc32c(std::uint32_t crc, const void* data, std::size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
#if defined(__x86_64__)
  if (HasHardwareCrc()) return ~HardwareCrc(~crc, p, size);
#endif
  return ~SoftwareCrc(~crc, p, size);
}

void SnapshotChecksum::Update(const void* data, std::size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  // Finish the current piece.
  if (piece_fill_ > 0 || size < kPieceBytes) {
    const std::size_t now = std::min(size, kPieceBytes - piece_fill_);
    piece_crc_ = Crc32c(piece_crc_, p, now);
    piece_fill_ += now;
    p += now;
    size -= now;
    if (piece_fill_ == kPieceBytes) {
      pieces_crc_ = Crc32c(pieces_crc_, &piece_crc_, sizeof piece_crc_);
      piece_crc_ = 0;
      piece_fill_ = 0;
    }
  }
  // Whole pieces, in parallel.
  const std::size_t whole = size / kPieceBytes;
  if (whole > 0) {
    std::vector<std::uint32_t> crcs(whole);
    const auto count = static_cast<std::int64_t>(whole);
#pragma omp parallel for schedule(static) if (count > 1)
    for (std::int64_t i = 0; i < count; ++i) {
      crcs[i] = Crc32c(0, p + static_cast<std::size_t>(i) * kPieceBytes, kPieceBytes);
    }
    pieces_crc_ = Crc32c(pieces_crc_, crcs.data(), whole * sizeof(std::uint32_t));
    p += whole * kPieceBytes;
    size -= whole * kPieceBytes;
  }
  // The start of the next piece.
  if (size > 0) {
    piece_crc_ = Crc32c(0, p, size);
    piece_fill_ = size;
  }
}

std::uint32_t SnapshotChecksum::Value() const {
  return piece_fill_ > 0 ? Crc32c(pieces_crc_, &piece_crc_, sizeof piece_crc_) : pieces_crc_;
}

}  // namespace ombak
