// AtomicFile: an output file that appears complete or not at all.
//
// Design choice: bytes go to `PATH.tmp.<pid>` in the same directory (so the final rename stays
// on one file system and is atomic); Commit() flushes, fsyncs, closes and renames over PATH.
// If the object is destroyed without Commit() (an exception, a failed check), the temporary
// file is removed, so an interrupted run never leaves a truncated report or snapshot behind.
// The constructor refuses to write over any of the run's input files.
//
// Usage:
//   AtomicFile out("scores.csv", /*inputs=*/{"follows.csv"});
//   out.Write("id,score\n");
//   out.Commit();
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ombak {

// Throws InvalidArgument when `output` names the same file as one of `inputs` (same inode if
// both exist, else the same normalised path).
void CheckNotInput(const std::string& output, const std::vector<std::string>& inputs);

class AtomicFile {
 public:
  // Creates the temporary file. Throws InvalidArgument if `path` is one of `inputs`, InputError
  // if the temporary file cannot be created.
  explicit AtomicFile(std::string path, const std::vector<std::string>& inputs = {});
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }

  // Appends bytes (buffered). Throws InputError on a write error (disk full, ...).
  void Write(std::string_view bytes);
  void Write(const void* data, std::size_t size) {
    Write(std::string_view(static_cast<const char*>(data), size));
  }
  // Bytes written so far.
  std::uint64_t size() const { return written_ + buffer_.size(); }
  // Overwrites bytes already written at `offset` (e.g. a header with a checksum).
  void WriteAt(std::uint64_t offset, const void* data, std::size_t size);

  // Makes the file visible under its final name. Throws InputError on failure (and removes the
  // temporary file).
  void Commit();

 private:
  void Flush();
  [[noreturn]] void Fail(const std::string& what);

  std::string path_;
  std::string temp_path_;
  int fd_ = -1;
  std::string buffer_;
  std::uint64_t written_ = 0;
  bool committed_ = false;
};

}  // namespace ombak
