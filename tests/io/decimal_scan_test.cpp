// ScanDecimal (eight digits per load) against a byte-by-byte reference, ScanPairRow on every row
// shape it must accept or refuse, and the edge-list fast path on ids of every length, including
// at the very end of the file.
#include "io/decimal_scan.hpp"

#include <gtest/gtest.h>

#include <string>

#include "io/load.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

// The reference: one byte at a time.
const char* SlowScan(const char* p, const char* limit, int max_digits, std::uint64_t* value) {
  std::uint64_t v = 0;
  for (int d = 0; d < max_digits && p < limit && *p >= '0' && *p <= '9'; ++d, ++p) {
    v = v * 10 + static_cast<unsigned>(*p - '0');
  }
  *value = v;
  return p;
}

TEST(DecimalScan, ExactValues) {
  const std::string text = "1234567890123456789 x";
  std::uint64_t v = 0;
  const char* begin = text.data();
  const char* end = begin + text.size();
  EXPECT_EQ(ScanDecimal(begin, end, 19, &v), begin + 19);
  EXPECT_EQ(v, 1234567890123456789ull);
  EXPECT_EQ(ScanDecimal(begin, end, 18, &v), begin + 18);  // the cap stops it
  EXPECT_EQ(v, 123456789012345678ull);
  EXPECT_EQ(ScanDecimal(begin + 19, end, 18, &v), begin + 19);  // no digit: nothing read
  EXPECT_EQ(v, 0u);
  EXPECT_EQ(ScanDecimal(begin, begin + 3, 18, &v), begin + 3);  // the limit stops it
  EXPECT_EQ(v, 123u);
}

// Every digit-run length from 0 to 20, every terminator next to the digit range in ASCII and
// above 0x7f, at every distance from the end of the buffer.
TEST(DecimalScan, MatchesByteByByteReference) {
  const std::string terminators = std::string("/: \t\n\r,-.a") + '\x80' + '\xb0' + '\xff' + '\0';
  for (int length = 0; length <= 20; ++length) {
    for (const char end_char : terminators) {
      for (int tail = 0; tail <= 10; ++tail) {
        std::string text;
        for (int i = 0; i < length; ++i) text += static_cast<char>('0' + (i * 7 + length) % 10);
        text += end_char;
        text += std::string(static_cast<std::size_t>(tail), '9');
        for (const std::size_t cut : {text.size(), static_cast<std::size_t>(length)}) {
          for (const int cap : {18, 19, 3}) {
            std::uint64_t fast = 0, slow = 0;
            const char* limit = text.data() + cut;
            const char* a = ScanDecimal(text.data(), limit, cap, &fast);
            const char* b = SlowScan(text.data(), limit, cap, &slow);
            ASSERT_EQ(a, b) << "length " << length << " terminator " << int(end_char);
            ASSERT_EQ(fast, slow) << "length " << length << " terminator " << int(end_char);
          }
        }
      }
    }
  }
}

TEST(DecimalScan, PairRowAcceptsOnlyTheSnapShape) {
  struct Case {
    std::string row;
    bool accepted;
    std::uint64_t a, b;
  };
  const Case cases[] = {
      {"1 2\n", true, 1, 2},         {"1234567 7654321\n", true, 1234567, 7654321},
      {"0 0\n", true, 0, 0},         {"12345678 1\n", false, 0, 0},  // 8 digits: the general path
      {"1 12345678\n", false, 0, 0}, {"1  2\n", false, 0, 0},
      {"1\t2\n", false, 0, 0},       {"1 2\r\n", false, 0, 0},
      {"-1 2\n", false, 0, 0},       {"1 -2\n", false, 0, 0},
      {"1 2 3\n", false, 0, 0},      {" 1 2\n", false, 0, 0},
      {"1 2", false, 0, 0},          {"a 2\n", false, 0, 0},
  };
  for (const Case& c : cases) {
    const std::string text = c.row + std::string(16, 'x');
    std::uint64_t a = 99, b = 99;
    const char* next = ScanPairRow(text.data(), &a, &b);
    if (!c.accepted) {
      EXPECT_EQ(next, nullptr) << c.row;
      continue;
    }
    ASSERT_NE(next, nullptr) << c.row;
    EXPECT_EQ(next, text.data() + c.row.size()) << c.row;
    EXPECT_EQ(a, c.a) << c.row;
    EXPECT_EQ(b, c.b) << c.row;
  }
}

TEST(DecimalScan, EdgeListIdsOfEveryLength) {
  const testing::TempDir dir;
  std::string text;
  std::vector<std::int64_t> ids;
  std::int64_t id = 7;
  for (int digits = 1; digits <= 19; ++digits) {  // 7, 71, 712, ..., 19 digits
    ids.push_back(id);
    if (digits < 19) id = id * 10 + digits % 10;
  }
  ids.push_back(-42);
  for (std::size_t i = 0; i + 1 < ids.size(); ++i) {
    text += std::to_string(ids[i]) + " " + std::to_string(ids[i + 1]) + "\n";
  }
  text += "5 " + std::to_string(ids.back());  // no final newline
  const std::string path = dir.path().string() + "/lengths.el";
  testing::WriteFile(path, text);
  const Network net = LoadNetwork(path);
  std::vector<std::int64_t> got;
  for (NodeId v = 0; v < net.num_nodes(); ++v) got.push_back(net.nodes().integer_id(v));
  ids.push_back(5);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(got, ids);
  EXPECT_EQ(net.layer(Layer::kFollow).num_edges(), ids.size() - 1);
}

}  // namespace
}  // namespace ombak
