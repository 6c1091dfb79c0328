// ReadSnapshot (declared in io/snapshot.hpp): checks the header, reads every array by pread()
// straight into the vector that keeps it, verifies the payload checksum, and only
// then builds the node table, the layers (Digraph::FromArrays: no transposition) and the event
// log.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "graph/big_array.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "io/snapshot.hpp"
#include "io/snapshot_checksum.hpp"

namespace ombak {
namespace {

constexpr std::string_view kMagic("OMBAK\0", 6);
constexpr std::uint64_t kHeaderBytes = 32;

struct Strings {
  std::string bytes;
  std::vector<std::uint64_t> offsets;
  std::string_view at(std::size_t i) const {
    return std::string_view(bytes).substr(offsets[i], offsets[i + 1] - offsets[i]);
  }
};

struct ColumnData {
  std::string name;
  std::uint8_t type = 0;
  std::vector<std::uint8_t> present;
  std::vector<std::int64_t> ints;
  std::vector<double> reals;
  Strings texts;
};

struct LayerData {
  Layer layer = Layer::kFollow;
  bool undirected = false;
  Digraph::Arrays arrays;
};

class SnapshotReader {
 public:
  explicit SnapshotReader(const std::string& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw InputError(path, 0, 0, std::string("cannot open: ") + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd_, &info) != 0) {
      ::close(fd_);
      throw InputError(path, 0, 0, std::string("cannot read: ") + std::strerror(errno));
    }
    file_size_ = static_cast<std::uint64_t>(info.st_size);
  }
  ~SnapshotReader() { ::close(fd_); }
  SnapshotReader(const SnapshotReader&) = delete;
  SnapshotReader& operator=(const SnapshotReader&) = delete;

  [[noreturn]] void Fail(std::uint64_t offset, const std::string& what) const {
    throw InputError(path_, 0, 0, "byte offset " + std::to_string(offset) + ": " + what);
  }

  void ReadHeader() {
    char header[kHeaderBytes] = {};
    const std::size_t got = Pread(header, std::min<std::uint64_t>(file_size_, kHeaderBytes), 0);
    if (got < kMagic.size() || std::string_view(header, kMagic.size()) != kMagic) {
      Fail(0, ExpectedGot("the ombak snapshot magic \"OMBAK\\0\"",
                          std::string_view(header, std::min<std::size_t>(got, 6))));
    }
    if (got < kHeaderBytes) {
      Fail(got, "expected a " + std::to_string(kHeaderBytes) +
                    "-byte header, got end of file (the snapshot is truncated)");
    }
    std::uint16_t version;
    std::uint32_t flags;
    std::memcpy(&version, header + 6, 2);
    std::memcpy(&flags, header + 8, 4);
    std::memcpy(&expected_crc_, header + 12, 4);
    std::memcpy(&payload_size_, header + 16, 8);
    if (version != kSnapshotVersion) {
      Fail(6, "expected snapshot format version " + std::to_string(kSnapshotVersion) +
                  ", got version " + std::to_string(version));
    }
    const bool little = (flags & 1u) != 0;
    if (little != (std::endian::native == std::endian::little)) {
      Fail(8, "expected a snapshot in this machine's byte order, got the other byte order");
    }
    if (file_size_ - kHeaderBytes < payload_size_) {
      Fail(file_size_,
           "expected " + std::to_string(payload_size_) + " payload bytes, got end of file after " +
               std::to_string(file_size_ - kHeaderBytes) + " (the snapshot is truncated)");
    }
    offset_ = kHeaderBytes;
    end_ = kHeaderBytes + payload_size_;
  }

  void Raw(void* data, std::uint64_t size, const char* what) {
    if (size > end_ - offset_) {
      Fail(offset_, "expected " + std::to_string(size) + " bytes of " + what +
                        ", got end of payload (the snapshot is truncated or corrupt)");
    }
    if (!ReadAndCheck(static_cast<char*>(data), size)) {
      Fail(offset_, std::string("cannot read ") + what);
    }
    offset_ += size;
  }
  template <typename T>
  T Scalar(const char* what) {
    T value{};
    Raw(&value, sizeof value, what);
    return value;
  }
  template <typename T>
  std::vector<T> Array(const char* what) {
    const auto count = Scalar<std::uint64_t>(what);
    if (count > (end_ - offset_) / sizeof(T)) {
      Fail(offset_, "expected " + std::to_string(count) + " elements of " + what +
                        ", got end of payload (the snapshot is truncated or corrupt)");
    }
    std::vector<T> v = MakeZeroedVector<T>(count);
    if (count > 0) Raw(v.data(), count * sizeof(T), what);
    return v;
  }
  // A count of records that each take at least min_bytes of the payload: refused when the rest
  // of the payload cannot hold them, before anything is allocated for them.
  std::uint32_t Count(const char* what, std::uint64_t min_bytes) {
    const std::uint64_t at = offset_;
    const auto count = Scalar<std::uint32_t>(what);
    if (count > (end_ - offset_) / min_bytes) {
      Fail(at, "expected " + std::string(what) + " of at most " +
                   std::to_string((end_ - offset_) / min_bytes) +
                   " (what the rest of the payload holds), got " + std::to_string(count) +
                   " (the snapshot is corrupt)");
    }
    return count;
  }
  std::string Text(const char* what) {
    const std::vector<char> chars = Array<char>(what);
    return std::string(chars.begin(), chars.end());
  }
  Strings Texts(const char* what, std::uint64_t expected_count) {
    Strings s;
    s.bytes = Text(what);
    const std::uint64_t at = offset_;
    s.offsets = Array<std::uint64_t>(what);
    if (s.offsets.size() != expected_count + 1) Fail(at, std::string("inconsistent ") + what);
    // Offsets must rise from 0 to the end of the bytes, or a text would reach outside them.
    if (s.offsets.front() != 0 || s.offsets.back() != s.bytes.size() ||
        !std::is_sorted(s.offsets.begin(), s.offsets.end())) {
      Fail(at, std::string("expected offsets of ") + what + " rising from 0 to " +
                   std::to_string(s.bytes.size()) + ", got others (the snapshot is corrupt)");
    }
    return s;
  }

  void VerifyChecksum() {
    if (offset_ != end_) {
      Fail(offset_, "expected the end of the payload, got " + std::to_string(end_ - offset_) +
                        " more bytes");
    }
    const std::uint32_t crc = checksum_.Value();
    if (crc != expected_crc_) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "expected payload checksum 0x%08x, got 0x%08x", expected_crc_,
                    crc);
      Fail(kHeaderBytes, std::string(buf) + " (the snapshot is corrupt)");
    }
  }
  std::uint64_t offset() const { return offset_; }

 private:
  // Reads `size` bytes at offset_ into data (a large array by one contiguous block per
  // thread) and adds them to the checksum (parallel over whole pieces).
  bool ReadAndCheck(char* data, std::uint64_t size) {
    const int blocks = size < (std::uint64_t{8} << 20) ? 1 : std::max(1, MaxThreads());
    bool ok = true;
#pragma omp parallel for schedule(static, 1) reduction(&& : ok) if (blocks > 1)
    for (int b = 0; b < blocks; ++b) {
      const auto [lo, hi] = BlockRange(size, blocks, b);
      ok = Pread(data + lo, hi - lo, offset_ + lo) == hi - lo;
    }
    if (ok) checksum_.Update(data, size);
    return ok;
  }

  std::size_t Pread(void* data, std::uint64_t size, std::uint64_t at) const {
    std::uint64_t done = 0;
    while (done < size) {
      const ssize_t n =
          ::pread(fd_, static_cast<char*>(data) + done, size - done, static_cast<off_t>(at + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      done += static_cast<std::uint64_t>(n);
    }
    return done;
  }

  std::string path_;
  int fd_ = -1;
  std::uint64_t file_size_ = 0;
  std::uint64_t payload_size_ = 0;
  std::uint64_t offset_ = 0;
  std::uint64_t end_ = 0;
  std::uint32_t expected_crc_ = 0;
  SnapshotChecksum checksum_;
};

}  // namespace

Network ReadSnapshot(const std::string& path) {
  SnapshotReader in(path);
  in.ReadHeader();
  // Read everything, then check the checksum, then build.
  const std::uint64_t kind_at = in.offset();
  const auto kind = in.Scalar<std::uint8_t>("the id kind");
  if (kind > 1) in.Fail(kind_at, "expected id kind 0 or 1, got " + std::to_string(kind));
  const auto n = in.Scalar<std::uint32_t>("the node count");
  std::vector<std::int64_t> int_ids;
  Strings text_ids;
  if (kind == 0) {
    const std::uint64_t at = in.offset();
    int_ids = in.Array<std::int64_t>("node ids");
    if (int_ids.size() != n) in.Fail(at, "expected " + std::to_string(n) + " node ids");
  } else {
    text_ids = in.Texts("node ids", n);
  }
  // A column is at least its name's length, its type and two array lengths.
  std::vector<ColumnData> columns(in.Count("the column count", 8 + 1 + 8 + 8));
  for (ColumnData& c : columns) {
    c.name = in.Text("a column name");
    const std::uint64_t at = in.offset();
    c.type = in.Scalar<std::uint8_t>("a column type");
    if (c.type > 2) in.Fail(at, "expected a column type 0, 1 or 2, got " + std::to_string(c.type));
    c.present = in.Array<std::uint8_t>("attribute presence");
    if (c.type == 0) c.ints = in.Array<std::int64_t>("integer attributes");
    if (c.type == 1) c.reals = in.Array<double>("real attributes");
    if (c.type == 2) c.texts = in.Texts("text attributes", n);
    const std::size_t values = c.type == 0 ? c.ints.size() : c.type == 1 ? c.reals.size() : n;
    if (c.present.size() != n || values != n)
      in.Fail(at, "inconsistent column '" + Shown(c.name) + "'");
  }
  const auto mask = in.Scalar<std::uint8_t>("the layer mask");
  std::vector<LayerData> layers;
  for (const Layer layer : kAllLayers) {
    if ((mask & (1u << static_cast<int>(layer))) == 0) continue;
    LayerData d;
    d.layer = layer;
    d.undirected = in.Scalar<std::uint8_t>("the undirected flag") != 0;
    Digraph::Arrays& a = d.arrays;
    a.out_offsets = in.Array<std::uint64_t>("CSR offsets");
    a.out_targets = in.Array<NodeId>("CSR targets");
    a.in_offsets = in.Array<std::uint64_t>("CSR in-offsets");
    a.in_sources = in.Array<NodeId>("CSR in-sources");
    a.in_edge_ids = in.Array<EdgeId>("CSR in-edge ids");
    a.weights = in.Array<Weight>("weights");
    a.times = in.Array<Timestamp>("times");
    layers.push_back(std::move(d));
  }
  const auto actors = in.Array<NodeId>("event actors");
  const auto targets = in.Array<NodeId>("event targets");
  const auto types = in.Array<Layer>("event types");
  const auto times = in.Array<Timestamp>("event times");
  const auto tweet_ids = in.Array<std::int64_t>("event tweet ids");
  const auto root_ids = in.Array<std::int64_t>("event root ids");
  in.VerifyChecksum();

  try {
    NodeTable nodes(kind == 0 ? IdKind::kInteger : IdKind::kString);
    if (kind == 0) {
      nodes = NodeTable::FromIntegerIds(std::move(int_ids));
    } else {
      for (NodeId v = 0; v < n; ++v) nodes.Intern(text_ids.at(v));
      if (nodes.size() != n) throw InvalidArgument("repeated node ids");
    }
    for (const ColumnData& c : columns) {
      AttributeColumn column(c.name, static_cast<AttributeType>(c.type));
      for (NodeId v = 0; v < n; ++v) {
        if (!c.present[v]) continue;
        if (c.type == 0) column.SetInteger(v, c.ints[v]);
        if (c.type == 1) column.SetReal(v, c.reals[v]);
        if (c.type == 2) column.SetText(v, std::string(c.texts.at(v)));
      }
      column.Resize(n);
      nodes.AddColumn(std::move(column));
    }
    std::array<std::optional<Digraph>, kNumLayers> graphs;
    for (LayerData& d : layers) {
      if (d.arrays.out_offsets.size() != static_cast<std::size_t>(n) + 1) {
        throw InvalidArgument("layer " + std::string(LayerName(d.layer)) + " has " +
                              std::to_string(d.arrays.out_offsets.size()) + " offsets for " +
                              std::to_string(n) + " nodes");
      }
      graphs[static_cast<int>(d.layer)] = Digraph::FromArrays(n, std::move(d.arrays), d.undirected);
    }
    EventLog events;
    const std::size_t m = actors.size();
    if (targets.size() != m || types.size() != m || times.size() != m || tweet_ids.size() != m ||
        root_ids.size() != m) {
      throw InvalidArgument("event columns differ in length");
    }
    events.Reserve(m);
    for (std::size_t i = 0; i < m; ++i) {
      if (actors[i] >= n || targets[i] >= n || static_cast<int>(types[i]) >= kNumLayers) {
        throw InvalidArgument("event " + std::to_string(i) + " is out of range");
      }
      events.Add({actors[i], targets[i], types[i], times[i], tweet_ids[i], root_ids[i]});
    }
    return Network(std::move(nodes), std::move(graphs), std::move(events));
  } catch (const InvalidArgument& e) {
    in.Fail(kHeaderBytes, std::string("expected a consistent network, got ") + e.what());
  }
}

}  // namespace ombak
