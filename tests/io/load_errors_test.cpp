// Every error kind of the readers, each from a fixture in tests/data/io, with its full message:
// text files report path:line:column, snapshots path: byte offset N.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

#include "graph/errors.hpp"
#include "io/load.hpp"
#include "io/snapshot.hpp"
#include "io/snapshot_checksum.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::TestData;
using testing::WriteFile;

std::string ErrorOf(const std::vector<InputSpec>& inputs, const LoadOptions& options = {}) {
  try {
    LoadNetwork(inputs, options);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no InputError";
}
std::string ErrorOf(const std::string& path) { return ErrorOf({InputSpec::Parse(path)}); }

TEST(LoadErrors, MalformedRow) {
  const std::string path = TestData("io/malformed_row.txt");
  EXPECT_EQ(ErrorOf(path), path + ":3:2: expected a target id (column 2), got end of line");
}

TEST(LoadErrors, MissingColumn) {
  const std::string path = TestData("io/missing_column.csv");
  EXPECT_EQ(ErrorOf(path), path + ":3:6: expected a layer name (column 4), got end of line");
}

TEST(LoadErrors, BadNumber) {
  const std::string path = TestData("io/bad_number.tsv");
  EXPECT_EQ(ErrorOf(path), path + ":3:5: expected a number (weight), got 'x1'");
}

// Weights count interactions: a negative, infinite or NaN weight, or one past a float, is an
// error where it stands in every text format (found by fuzzing: they loaded, and a measure
// failed later naming an internal edge number).
TEST(LoadErrors, WeightsOutsideZeroToFloatMax) {
  TempDir dir;
  const std::string expected = "expected a non-negative weight below 3.4e38, got ";
  const auto error_of = [&](const std::string& name, const std::string& text) {
    const std::string path = dir.File(name);
    WriteFile(path, text);
    return ErrorOf(path);
  };
  EXPECT_EQ(error_of("fast.tsv", "1\t2\t1\n2\t3\t-2\n"),
            dir.File("fast.tsv") + ":2:5: " + expected + "'-2'");
  EXPECT_EQ(error_of("general.csv", "source,target,weight\na,b,1e39\n"),
            dir.File("general.csv") + ":2:5: " + expected + "'1e39'");
  EXPECT_EQ(error_of("inf.csv", "source,target,weight\na,b,inf\n"),
            dir.File("inf.csv") + ":2:5: expected a number (weight), got 'inf'");
  EXPECT_EQ(error_of("g.gml", "graph [\n node [ id 1 ]\n node [ id 2 ]\n"
                              " edge [ source 1 target 2 weight -0.5 ]\n]\n"),
            dir.File("g.gml") + ":4:34: " + expected + "'-0.5'");
  EXPECT_EQ(error_of("g.net", "*Vertices 2\n*Arcs\n1 2 -1\n"),
            dir.File("g.net") + ":3:5: " + expected + "'-1'");
  // Zero stays a weight.
  EXPECT_EQ(error_of("zero.tsv", "1\t2\t0\n"), "no InputError");
}

TEST(LoadErrors, UnknownLayer) {
  const std::string path = TestData("io/unknown_layer.csv");
  EXPECT_EQ(ErrorOf(path), path +
                               ":3:5: expected a layer name (follow, retweet, quote, reply, "
                               "mention, interaction, RT, QT, RE, MT), got 'like'");
}

TEST(LoadErrors, BadQuotedField) {
  const std::string path = TestData("io/bad_quote.csv");
  EXPECT_EQ(ErrorOf(path),
            path + ":3:1: expected a closing '\"' before the end of the line, got '\"c,d'");
}

// The fixture is the first half of a gzip stream; the readable text ends in line 1020 column 7.
TEST(LoadErrors, TruncatedGzip) {
  const std::string path = TestData("io/truncated.el.gz");
  EXPECT_EQ(ErrorOf(path), path +
                               ":1020:7: expected the rest of the gzip stream, got end of file "
                               "(the file is truncated after 7979 decompressed bytes)");
}

TEST(LoadErrors, CorruptGzip) {
  TempDir dir;
  std::string bytes = ReadFile(TestData("io/truncated.el.gz"));
  bytes[3] = 0x7f;  // FLG with reserved bits set
  WriteFile(dir.File("bad.gz"), bytes);
  EXPECT_EQ(ErrorOf(dir.File("bad.gz")),
            dir.File("bad.gz") +
                ":1:1: expected gzip data, got a corrupt stream (zlib: unknown header flags set)");
}

TEST(LoadErrors, MissingFile) {
  EXPECT_EQ(ErrorOf("/nonexistent/x.csv"),
            "/nonexistent/x.csv: cannot open: No such file or directory");
}

TEST(LoadErrors, SkipBadLinesCountsAndCaps) {
  TempDir dir;
  const std::string path = dir.File("e.txt");
  WriteFile(path, "1 2\nbad\n3 4\n5 x 7\n6 7\n");
  LoadOptions options;
  options.id_kind = IdKind::kInteger;
  EXPECT_EQ(ErrorOf({InputSpec::Parse(path)}, options),
            path + ":2:4: expected a target id (column 2), got end of line");
  options.max_bad_lines = 1;
  EXPECT_EQ(ErrorOf({InputSpec::Parse(path)}, options),
            path +
                ":4:3: more than 1 malformed rows (the --skip-bad-lines cap): expected an "
                "integer id (--ids integer), got 'x'");
  options.max_bad_lines = 2;
  LoadReport report;
  const Network net = LoadNetwork({InputSpec::Parse(path)}, options, &report);
  EXPECT_EQ(net.layer(Layer::kFollow).num_edges(), 3u);
  EXPECT_EQ(report.skipped_lines, 2u);
  ASSERT_EQ(report.warnings.size(), 3u);
  EXPECT_EQ(report.warnings[0], path + ": skipped 2 malformed row(s) (--skip-bad-lines 2)");
  EXPECT_EQ(report.warnings[1], path + ":2:4: expected a target id (column 2), got end of line");
}

TEST(LoadErrors, UnknownLayerNameInSpec) {
  try {
    InputSpec::Parse("likes=a.csv");
    FAIL() << "no exception";
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(),
                 "unknown layer 'likes' in input 'likes=a.csv': expected one of follow, retweet, "
                 "quote, reply, mention, interaction");
  }
}

// A valid snapshot to damage.
std::string GoodSnapshot(const TempDir& dir) {
  const std::string path = dir.File("good.ombak");
  WriteSnapshot(LoadNetwork(TestData("karate/karate_nx_with_club_and_weights.gml")), path);
  return path;
}

void Patch(const std::string& path, std::size_t offset, const void* bytes, std::size_t n) {
  std::string data = ReadFile(path);
  std::memcpy(data.data() + offset, bytes, n);
  WriteFile(path, data);
}

TEST(SnapshotErrors, BadMagic) {
  const std::string path = TestData("io/bad_magic.ombak");
  EXPECT_EQ(ErrorOf(path),
            path + ": byte offset 0: expected the ombak snapshot magic \"OMBAK\\0\", got 'NOTOMB'");
  try {
    ReadSnapshot(path);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 0u);
  }
}

TEST(SnapshotErrors, UnsupportedVersion) {
  TempDir dir;
  const std::string path = GoodSnapshot(dir);
  // Version 1 (out-CSR only, before the in-CSR was stored) and unknown versions are rejected.
  for (const std::uint16_t version : {1, 7}) {
    Patch(path, 6, &version, 2);
    EXPECT_EQ(ErrorOf(path), path +
                                 ": byte offset 6: expected snapshot format version 2, got "
                                 "version " +
                                 std::to_string(version));
  }
}

TEST(SnapshotErrors, ChecksumMismatch) {
  TempDir dir;
  const std::string path = GoodSnapshot(dir);
  const std::string data = ReadFile(path);
  // 100 bytes before the end lie in the weights (the event log and times are empty arrays).
  const char flipped = static_cast<char>(data[data.size() - 100] ^ 0x40);
  Patch(path, data.size() - 100, &flipped, 1);
  const std::string message = ErrorOf(path);
  const std::string prefix = path + ": byte offset 32: expected payload checksum 0x";
  const std::string suffix = " (the snapshot is corrupt)";
  ASSERT_EQ(message.size(), prefix.size() + 8 + 8 + 8 + suffix.size()) << message;
  EXPECT_EQ(message.substr(0, prefix.size()), prefix);
  EXPECT_EQ(message.substr(prefix.size() + 8, 8), ", got 0x");
  EXPECT_EQ(message.substr(message.size() - suffix.size()), suffix);
}

// Sets the payload checksum to what the (damaged) payload sums to, so the reader gets past it.
void Reseal(const std::string& path) {
  const std::string data = ReadFile(path);
  SnapshotChecksum sum;
  sum.Update(data.data() + 32, data.size() - 32);
  const std::uint32_t crc = sum.Value();
  Patch(path, 12, &crc, 4);
}

TEST(SnapshotErrors, CountsBeyondThePayloadAreRefusedBeforeAllocating) {
  // Found by fuzzing: a column count of 2^31 behind a valid checksum asked for 300 GB.
  TempDir dir;
  const std::string path = GoodSnapshot(dir);
  const std::string data = ReadFile(path);
  ASSERT_EQ(data[32], 0);  // integer ids: kind, node count, then the id array
  std::uint64_t ids = 0;
  std::memcpy(&ids, data.data() + 37, 8);
  const std::size_t column_count_at = 37 + 8 + 8 * ids;
  const std::uint32_t huge = 0x7fffffff;
  Patch(path, column_count_at, &huge, 4);
  Reseal(path);
  const std::string message = ErrorOf(path);
  const std::string prefix = path + ": byte offset " + std::to_string(column_count_at) +
                             ": expected the column count of at most ";
  EXPECT_EQ(message.rfind(prefix, 0), 0u) << message;
  EXPECT_NE(message.find("got 2147483647 (the snapshot is corrupt)"), std::string::npos) << message;
}

TEST(SnapshotErrors, Truncated) {
  TempDir dir;
  const std::string path = GoodSnapshot(dir);
  const std::string data = ReadFile(path);
  WriteFile(path, data.substr(0, 1000));
  EXPECT_EQ(ErrorOf(path), path + ": byte offset 1000: expected " +
                               std::to_string(data.size() - 32) +
                               " payload bytes, got end of file after 968 (the snapshot is "
                               "truncated)");
  WriteFile(path, data.substr(0, 20));
  EXPECT_EQ(ErrorOf(path), path +
                               ": byte offset 20: expected a 32-byte header, got end of file (the "
                               "snapshot is truncated)");
}

}  // namespace
}  // namespace ombak
