#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "graph/errors.hpp"

namespace ombak {
namespace {

constexpr std::size_t kBufferBytes = std::size_t{1} << 20;

}  // namespace

void CheckNotInput(const std::string& output, const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  for (const std::string& input : inputs) {
    std::error_code error;
    bool same = fs::exists(output, error) && fs::exists(input, error) &&
                fs::equivalent(output, input, error);
    if (!same) {
      same = fs::weakly_canonical(output, error) == fs::weakly_canonical(input, error);
    }
    if (same) {
      throw InvalidArgument("refusing to write '" + output + "': it is the input file '" + input +
                            "'");
    }
  }
}

AtomicFile::AtomicFile(std::string path, const std::vector<std::string>& inputs)
    : path_(std::move(path)) {
  CheckNotInput(path_, inputs);
  temp_path_ = path_ + ".tmp." + std::to_string(::getpid());
  fd_ = ::open(temp_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    throw InputError(path_, 0, 0, "cannot create '" + temp_path_ + "': " + std::strerror(errno));
  }
  buffer_.reserve(kBufferBytes);
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  if (fd_ >= 0) ::close(fd_);
  ::unlink(temp_path_.c_str());
}

void AtomicFile::Fail(const std::string& what) {
  const std::string message = what + ": " + std::strerror(errno);
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(temp_path_.c_str());
  committed_ = true;  // nothing left to clean up
  throw InputError(path_, 0, 0, message);
}

void AtomicFile::Flush() {
  std::size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      Fail("cannot write");
    }
    done += static_cast<std::size_t>(n);
  }
  written_ += buffer_.size();
  buffer_.clear();
}

void AtomicFile::Write(std::string_view bytes) {
  if (fd_ < 0) throw InputError(path_, 0, 0, "write after the file was closed");
  if (buffer_.size() + bytes.size() <= kBufferBytes) {
    buffer_.append(bytes);
    return;
  }
  Flush();
  if (bytes.size() < kBufferBytes) {
    buffer_.append(bytes);
    return;
  }
  // Large blocks (snapshot arrays) go straight to the file.
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      Fail("cannot write");
    }
    done += static_cast<std::size_t>(n);
  }
  written_ += bytes.size();
}

void AtomicFile::WriteAt(std::uint64_t offset, const void* data, std::size_t size) {
  Flush();
  if (::pwrite(fd_, data, size, static_cast<off_t>(offset)) != static_cast<ssize_t>(size)) {
    Fail("cannot write");
  }
}

void AtomicFile::Commit() {
  if (fd_ < 0) throw InputError(path_, 0, 0, "commit after the file was closed");
  Flush();
  if (::fsync(fd_) != 0) Fail("cannot sync");
  if (::close(fd_) != 0) {
    fd_ = -1;
    Fail("cannot close");
  }
  fd_ = -1;
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) Fail("cannot rename the temporary file");
  committed_ = true;
}

}  // namespace ombak
