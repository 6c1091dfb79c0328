#include "report/checksum.hpp"

#include <gtest/gtest.h>

#include "graph/errors.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

TEST(Checksum, KnownDigests) {
  testing::TempDir dir;
  testing::WriteFile(dir.File("empty"), "");
  testing::WriteFile(dir.File("abc"), "abc");
  // FIPS 180-2 test vectors.
  EXPECT_EQ(Sha256OfFile(dir.File("empty")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256OfFile(dir.File("abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Checksum, MissingFileIsAnInputError) {
  EXPECT_THROW(Sha256OfFile("/nonexistent/ombak/file"), InputError);
}

}  // namespace
}  // namespace ombak
