// TextSource: the bytes of one input file, ready to parse.
//
// Design choice: parsers see the whole file as one contiguous std::string_view, so they can
// split it at newlines into per-thread chunks. Plain files are memory-mapped (read-only, no
// copy); gzip files (recognised by their magic bytes 1f 8b, whatever their name) are inflated by
// zlib into one buffer, including multi-member streams. A truncated or corrupt gzip stream is an
// InputError at the line and column where the readable text ends.
//
// Usage:
//   TextSource source = TextSource::Open("retweets.tsv.gz");
//   std::string_view text = source.text();
//   auto [line, column] = LocateOffset(text, 1234);   // for error messages
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace ombak {

class TextSource {
 public:
  TextSource() = default;
  TextSource(TextSource&& other) noexcept;
  TextSource& operator=(TextSource&& other) noexcept;
  TextSource(const TextSource&) = delete;
  TextSource& operator=(const TextSource&) = delete;
  ~TextSource();

  // Maps or inflates `path`. Throws InputError when the file cannot be opened or its gzip stream
  // is truncated or corrupt.
  static TextSource Open(const std::string& path);
  // A source over text held in memory (tests, stdin-like uses); `path` is used in messages.
  static TextSource FromString(std::string path, std::string text);

  const std::string& path() const { return path_; }
  std::string_view text() const { return {data_, size_}; }
  bool was_compressed() const { return compressed_; }

 private:
  void Release();

  std::string path_;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  void* mapping_ = nullptr;  // mmap'ed region, or nullptr when the text lives in owned_
  std::size_t mapping_size_ = 0;
  std::string owned_;
  bool compressed_ = false;
};

// True when `bytes` starts with the gzip magic number.
bool IsGzip(std::string_view bytes);

// 1-based line and column (in bytes) of `offset` in `text`. LF, CRLF and a lone CR each end a
// line. O(offset): meant for error messages only.
std::pair<std::uint64_t, std::uint64_t> LocateOffset(std::string_view text, std::size_t offset);

}  // namespace ombak
