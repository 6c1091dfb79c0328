#include "io/snapshot.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "graph/errors.hpp"
#include "io/atomic_file.hpp"
#include "io/snapshot_checksum.hpp"

namespace ombak {
namespace {

constexpr std::string_view kMagic("OMBAK\0", 6);
constexpr std::size_t kHeaderBytes = 32;
constexpr std::uint32_t kLittleEndianFlag = 1;

class SnapshotWriter {
 public:
  SnapshotWriter(const std::string& path, const std::vector<std::string>& inputs)
      : file_(path, inputs) {
    const char zeros[kHeaderBytes] = {};
    file_.Write(zeros, sizeof zeros);
  }

  void Bytes(const void* data, std::size_t size) {
    checksum_.Update(data, size);
    file_.Write(data, size);
  }
  template <typename T>
  void Scalar(T value) {
    Bytes(&value, sizeof value);
  }
  template <typename T>
  void Array(const T* data, std::size_t count) {
    Scalar<std::uint64_t>(count);
    if (count > 0) Bytes(data, count * sizeof(T));
  }
  template <typename T>
  void Array(const std::vector<T>& v) {
    Array(v.data(), v.size());
  }
  template <typename T>
  void Array(std::span<const T> v) {
    Array(v.data(), v.size());
  }
  void Text(std::string_view s) { Array(s.data(), s.size()); }
  // Strings as one byte array plus offsets.
  void Texts(const std::vector<std::string>& strings) {
    std::string bytes;
    std::vector<std::uint64_t> offsets{0};
    for (const std::string& s : strings) {
      bytes += s;
      offsets.push_back(bytes.size());
    }
    Text(bytes);
    Array(offsets);
  }

  void Finish() {
    const std::uint64_t payload = file_.size() - kHeaderBytes;
    char header[kHeaderBytes] = {};
    std::memcpy(header, kMagic.data(), kMagic.size());
    const std::uint16_t version = kSnapshotVersion;
    const std::uint32_t flags = std::endian::native == std::endian::little ? kLittleEndianFlag : 0;
    std::memcpy(header + 6, &version, 2);
    std::memcpy(header + 8, &flags, 4);
    const std::uint32_t checksum = checksum_.Value();
    std::memcpy(header + 12, &checksum, 4);
    std::memcpy(header + 16, &payload, 8);
    file_.WriteAt(0, header, sizeof header);
    file_.Commit();
  }

 private:
  AtomicFile file_;
  SnapshotChecksum checksum_;
};

void WriteNodeTable(const NodeTable& nodes, SnapshotWriter* w) {
  w->Scalar<std::uint8_t>(nodes.id_kind() == IdKind::kInteger ? 0 : 1);
  w->Scalar<std::uint32_t>(nodes.size());
  if (nodes.id_kind() == IdKind::kInteger) {
    std::vector<std::int64_t> ids(nodes.size());
    for (NodeId v = 0; v < nodes.size(); ++v) ids[v] = nodes.integer_id(v);
    w->Array(ids);
  } else {
    std::vector<std::string> ids(nodes.size());
    for (NodeId v = 0; v < nodes.size(); ++v) ids[v] = std::string(nodes.string_id(v));
    w->Texts(ids);
  }
  w->Scalar<std::uint32_t>(static_cast<std::uint32_t>(nodes.columns().size()));
  for (const AttributeColumn& column : nodes.columns()) {
    w->Text(column.name());
    w->Scalar<std::uint8_t>(static_cast<std::uint8_t>(column.type()));
    std::vector<std::uint8_t> present(nodes.size());
    for (NodeId v = 0; v < nodes.size(); ++v) present[v] = column.has(v);
    w->Array(present);
    switch (column.type()) {
      case AttributeType::kInteger: {
        std::vector<std::int64_t> values(nodes.size());
        for (NodeId v = 0; v < nodes.size(); ++v) values[v] = column.has(v) ? column.integer(v) : 0;
        w->Array(values);
        break;
      }
      case AttributeType::kReal: {
        std::vector<double> values(nodes.size());
        for (NodeId v = 0; v < nodes.size(); ++v) values[v] = column.has(v) ? column.real(v) : 0;
        w->Array(values);
        break;
      }
      case AttributeType::kText: {
        std::vector<std::string> values(nodes.size());
        for (NodeId v = 0; v < nodes.size(); ++v) {
          if (column.has(v)) values[v] = column.text(v);
        }
        w->Texts(values);
        break;
      }
    }
  }
}

}  // namespace

void WriteSnapshot(const Network& network, const std::string& path,
                   const std::vector<std::string>& inputs) {
  SnapshotWriter w(path, inputs);
  WriteNodeTable(network.nodes(), &w);
  std::uint8_t mask = 0;
  for (const Layer layer : network.present_layers()) mask |= 1u << static_cast<int>(layer);
  w.Scalar(mask);
  for (const Layer layer : network.present_layers()) {
    const Digraph& g = network.layer(layer);
    w.Scalar<std::uint8_t>(g.undirected() ? 1 : 0);
    w.Array(g.out_offsets());
    w.Array(g.out_targets());
    w.Array(g.in_offsets());
    w.Array(g.in_sources());
    w.Array(g.in_edge_ids());
    w.Array(g.weights());
    w.Array(g.times());
  }
  const EventLog& events = network.events();
  w.Array(events.actors());
  w.Array(events.targets());
  w.Array(events.types());
  w.Array(events.times());
  w.Array(events.tweet_ids());
  w.Array(events.root_ids());
  w.Finish();
}

}  // namespace ombak
