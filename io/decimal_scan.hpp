// ScanDecimal: reads the run of decimal digits at a pointer, eight bytes at a time.
//
// Design choice: edge lists are mostly short integers of varying length, and a byte-by-byte
// loop pays a mispredicted branch at the end of almost every number. Here one unaligned 8-byte
// load finds the length of the digit run with carry-free bit arithmetic (no branch per digit)
// and converts up to eight digits with three multiplications (the SWAR method of simdjson and
// fast_float). Longer runs continue eight bytes at a time. Loads are only made while at least
// eight bytes remain before `limit`; the last bytes of a buffer are read one at a time.
//
// Usage:
//   std::uint64_t v;
//   const char* after = ScanDecimal(p, text_end, 18, &v);   // after == p: no digit at p
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace ombak {

namespace decimal_scan_detail {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHigh = 0x8080808080808080ull;
constexpr std::uint64_t kPow10[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};

// Bytes of `word` (first character in the lowest byte) that are not ASCII digits: the high bit
// of each such byte is set. No carry crosses a byte: every sum stays below 0x100.
inline std::uint64_t NonDigitBytes(std::uint64_t word) {
  const std::uint64_t low7 = word & ~kHigh;
  const std::uint64_t at_least_0 = (low7 + 0x50 * kOnes) & kHigh;  // byte >= '0'
  const std::uint64_t above_9 = (low7 + 0x46 * kOnes) & kHigh;     // byte >= ':'
  return ~(at_least_0 & ~above_9 & ~word) & kHigh;
}

// The value of the first `count` (1..8) bytes of `word`, all digits.
inline std::uint64_t DigitsValue(std::uint64_t word, int count) {
  const std::uint64_t mask = count == 8 ? ~0ull : (1ull << (8 * count)) - 1;
  // Digits are >= '0', so subtracting borrows only out of the masked-off bytes above them.
  std::uint64_t v = ((word - 0x30 * kOnes) & mask) << (8 * (8 - count));
  v = v * 10 + (v >> 8);
  v = (((v & 0x000000FF000000FFull) * (100 + (1000000ull << 32))) +
       (((v >> 16) & 0x000000FF000000FFull) * (1 + (10000ull << 32)))) >>
      32;
  return v;
}

}  // namespace decimal_scan_detail

// Parses at most `max_digits` decimal digits starting at `p` (reading nothing at or past
// `limit`) into *value and returns the first position after them; returns `p` when `p` holds
// no digit. The caller decides what may follow the digits. max_digits <= 19 cannot overflow.
inline const char* ScanDecimal(const char* p, const char* limit, int max_digits,
                               std::uint64_t* value) {
  using namespace decimal_scan_detail;
  std::uint64_t v = 0;
  int digits = 0;
  while (digits < max_digits) {
    if (limit - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      const std::uint64_t non_digit = NonDigitBytes(word);
      int count = non_digit == 0 ? 8 : std::countr_zero(non_digit) / 8;
      if (count > max_digits - digits) count = max_digits - digits;
      if (count == 0) break;
      v = v * kPow10[count] + DigitsValue(word, count);
      p += count;
      digits += count;
      if (count < 8) break;
    } else {
      if (p == limit || static_cast<unsigned>(*p - '0') >= 10) break;
      v = v * 10 + static_cast<unsigned>(*p - '0');
      ++p;
      ++digits;
    }
  }
  *value = v;
  return p;
}

// The commonest edge-list row, "A B\n" with A and B of 1 to 7 digits and one space, at `p`;
// needs at least 16 readable bytes from `p`. Returns the position after the LF and the two
// values, or nullptr (nothing stored) for any other shape: the caller then parses the row the
// general way. Both numbers are located from two loads and converted independently, so the
// processor overlaps their work.
inline const char* ScanPairRow(const char* p, std::uint64_t* a, std::uint64_t* b) {
  using namespace decimal_scan_detail;
  std::uint64_t first;
  std::memcpy(&first, p, 8);
  const std::uint64_t first_end = NonDigitBytes(first);
  const int i = std::countr_zero(first_end) / 8;  // 8 when the first 8 bytes are all digits
  if (i == 0 || i == 8 || ((first >> (8 * i)) & 0xff) != ' ') return nullptr;
  std::uint64_t second;
  std::memcpy(&second, p + i + 1, 8);
  const std::uint64_t second_end = NonDigitBytes(second);
  const int j = std::countr_zero(second_end) / 8;
  if (j == 0 || j == 8 || ((second >> (8 * j)) & 0xff) != '\n') return nullptr;
  *a = DigitsValue(first, i);
  *b = DigitsValue(second, j);
  return p + i + 1 + j + 1;
}

}  // namespace ombak
