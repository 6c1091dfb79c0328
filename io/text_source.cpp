#include "io/text_source.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "graph/errors.hpp"

namespace ombak {
namespace {

// An open file descriptor closed on scope exit.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::string Inflate(const std::string& path, std::string_view compressed) {
  std::string out;
  out.resize(std::max<std::size_t>(compressed.size() * 4, 1 << 16));
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 16) != Z_OK) throw BackendError("zlib: inflateInit2 failed");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  std::size_t in_left = compressed.size();
  std::size_t produced = 0;
  int status = Z_OK;
  bool member_done = false;
  while (true) {
    if (produced == out.size()) out.resize(out.size() * 2);
    // zlib counts in 32-bit units: feed at most 1 GiB per call.
    const auto in_now = static_cast<uInt>(std::min<std::size_t>(in_left, 1u << 30));
    const auto out_now = static_cast<uInt>(std::min<std::size_t>(out.size() - produced, 1u << 30));
    stream.avail_in = in_now;
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
    stream.avail_out = out_now;
    status = inflate(&stream, Z_NO_FLUSH);
    in_left -= in_now - stream.avail_in;
    produced += out_now - stream.avail_out;
    if (status == Z_STREAM_END) {
      member_done = true;
      // Concatenated gzip members (as `cat a.gz b.gz` makes) form one text.
      if (in_left == 0 || !IsGzip({reinterpret_cast<const char*>(stream.next_in), in_left})) break;
      inflateReset(&stream);
      member_done = false;
      continue;
    }
    if (status == Z_BUF_ERROR && in_left == 0) break;  // input ended inside a member
    if (status != Z_OK && status != Z_BUF_ERROR) break;
  }
  const std::string zlib_message = stream.msg != nullptr ? stream.msg : "";
  inflateEnd(&stream);
  out.resize(produced);
  if (!member_done) {
    const auto [line, column] = LocateOffset(out, out.size());
    if (status == Z_BUF_ERROR || status == Z_OK) {
      throw InputError(path, line, column,
                       "expected the rest of the gzip stream, got end of file (the file is "
                       "truncated after " +
                           std::to_string(out.size()) + " decompressed bytes)");
    }
    throw InputError(path, line, column,
                     "expected gzip data, got a corrupt stream (zlib: " + zlib_message + ")");
  }
  return out;
}

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

std::pair<std::uint64_t, std::uint64_t> LocateOffset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::uint64_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    const char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, offset - line_start + 1};
}

TextSource::TextSource(TextSource&& other) noexcept { *this = std::move(other); }

TextSource& TextSource::operator=(TextSource&& other) noexcept {
  if (this == &other) return *this;
  Release();
  path_ = std::move(other.path_);
  owned_ = std::move(other.owned_);
  mapping_ = std::exchange(other.mapping_, nullptr);
  mapping_size_ = std::exchange(other.mapping_size_, 0);
  compressed_ = other.compressed_;
  size_ = std::exchange(other.size_, 0);
  data_ = mapping_ != nullptr ? static_cast<const char*>(mapping_) : owned_.data();
  other.data_ = nullptr;
  return *this;
}

TextSource::~TextSource() { Release(); }

void TextSource::Release() {
  if (mapping_ != nullptr) ::munmap(mapping_, mapping_size_);
  mapping_ = nullptr;
  mapping_size_ = 0;
  data_ = nullptr;
  size_ = 0;
}

TextSource TextSource::FromString(std::string path, std::string text) {
  TextSource source;
  source.path_ = std::move(path);
  if (IsGzip(text)) {
    source.owned_ = Inflate(source.path_, text);
    source.compressed_ = true;
  } else {
    source.owned_ = std::move(text);
  }
  source.data_ = source.owned_.data();
  source.size_ = source.owned_.size();
  return source;
}

TextSource TextSource::Open(const std::string& path) {
  Fd file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) {
    throw InputError(path, 0, 0, std::string("cannot open: ") + std::strerror(errno));
  }
  struct stat info {};
  if (::fstat(file.fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    throw InputError(path, 0, 0, "cannot read: not a regular file");
  }
  TextSource source;
  source.path_ = path;
  const auto size = static_cast<std::size_t>(info.st_size);
  if (size == 0) return source;
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, file.fd, 0);
  if (map == MAP_FAILED) {
    throw InputError(path, 0, 0, std::string("cannot map: ") + std::strerror(errno));
  }
  ::madvise(map, size, MADV_SEQUENTIAL);
  const std::string_view bytes(static_cast<const char*>(map), size);
  if (IsGzip(bytes)) {
    try {
      source.owned_ = Inflate(path, bytes);
    } catch (...) {
      ::munmap(map, size);
      throw;
    }
    ::munmap(map, size);
    source.compressed_ = true;
    source.data_ = source.owned_.data();
    source.size_ = source.owned_.size();
    return source;
  }
  source.mapping_ = map;
  source.mapping_size_ = size;
  source.data_ = static_cast<const char*>(map);
  source.size_ = size;
  return source;
}

}  // namespace ombak
