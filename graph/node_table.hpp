// NodeTable: the accounts of a network, shared by all its layers.
//
// Maps external ids to dense node ids [0, size()) and back, and holds typed attribute columns
// (followers_count, created_at, party, handle, ...). External ids are either all integers
// (Twitter user ids, SNAP node numbers) or all strings (handles, Gephi labels): mixing them
// would make "42" and 42 two accounts, so the kind is fixed when the table is created.
//
// The id index is an open-addressing hash table of node ids that hashes into the id storage,
// so each id is stored once (8 bytes per integer id, the string bytes plus 8 per string id).
//
// Usage:
//   NodeTable nodes(IdKind::kString);
//   NodeId a = nodes.Intern("@budi");
//   nodes.Column("followers_count", AttributeType::kInteger).SetInteger(a, 1200);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/types.hpp"

namespace ombak {

enum class IdKind { kInteger, kString };

enum class AttributeType { kInteger, kReal, kText };
std::string_view AttributeTypeName(AttributeType type);

// One typed attribute per node; a node without a value is "missing".
class AttributeColumn {
 public:
  AttributeColumn(std::string name, AttributeType type);

  const std::string& name() const { return name_; }
  AttributeType type() const { return type_; }

  bool has(NodeId v) const { return v < present_.size() && present_[v] != 0; }
  // Getters require has(v) and the matching type.
  std::int64_t integer(NodeId v) const { return std::get<0>(values_)[v]; }
  double real(NodeId v) const { return std::get<1>(values_)[v]; }
  const std::string& text(NodeId v) const { return std::get<2>(values_)[v]; }
  // The value as text ("" when missing); reals are printed with full precision.
  std::string ToText(NodeId v) const;
  // The value as a number (integer or real columns), or nullopt.
  std::optional<double> ToNumber(NodeId v) const;

  // Setters throw InvalidArgument when the column has another type.
  void SetInteger(NodeId v, std::int64_t value);
  void SetReal(NodeId v, double value);
  void SetText(NodeId v, std::string value);
  void Clear(NodeId v);
  // Grows the column to `size` nodes (new nodes missing) or cuts it; used by projections.
  void Resize(NodeId size);
  // Keeps the value of old node old_ids[i] as new node i.
  AttributeColumn Select(const std::vector<NodeId>& old_ids) const;

 private:
  void Grow(NodeId v);
  std::string name_;
  AttributeType type_;
  std::vector<std::uint8_t> present_;
  std::variant<std::vector<std::int64_t>, std::vector<double>, std::vector<std::string>> values_;
};

class NodeTable {
 public:
  explicit NodeTable(IdKind kind = IdKind::kInteger);
  NodeTable(NodeTable&&) noexcept = default;
  NodeTable& operator=(NodeTable&&) noexcept = default;
  NodeTable(const NodeTable&) = default;
  NodeTable& operator=(const NodeTable&) = default;

  IdKind id_kind() const { return kind_; }
  NodeId size() const {
    return static_cast<NodeId>(kind_ == IdKind::kInteger ? int_ids_.size()
                                                         : string_offsets_.size() - 1);
  }

  // Returns the node of an external id, adding it if new. Throws InvalidArgument for the
  // other kind of id, or when the table already holds kMaxNodes nodes.
  NodeId Intern(std::int64_t id);
  NodeId Intern(std::string_view id);
  std::optional<NodeId> Find(std::int64_t id) const;
  std::optional<NodeId> Find(std::string_view id) const;
  // Parses `text` as an id of this table's kind (integers must be decimal) and looks it up.
  std::optional<NodeId> FindText(std::string_view text) const;

  std::int64_t integer_id(NodeId v) const { return int_ids_[v]; }
  std::string_view string_id(NodeId v) const;
  std::string ExternalId(NodeId v) const;
  // What to show a person: the "handle" column, else "label", else the external id.
  std::string Label(NodeId v) const;

  // Builds an integer table from distinct ids in the given order (fast path for loaders);
  // strictly ascending ids need no hash index (see sorted_ids_). Throws InvalidArgument on a
  // repeated id.
  static NodeTable FromIntegerIds(std::vector<std::int64_t> ids);

  // Attribute columns, in creation order.
  const std::vector<AttributeColumn>& columns() const { return columns_; }
  const AttributeColumn* FindColumn(std::string_view name) const;
  AttributeColumn* FindColumn(std::string_view name);
  // The column of that name, created with `type` if absent. Throws InvalidArgument if it
  // exists with another type.
  AttributeColumn& Column(std::string_view name, AttributeType type);
  void AddColumn(AttributeColumn column);  // replaces a column of the same name
  // Sizes every column to size() nodes, so nodes added after a value was set read as missing
  // without bounds checks in writers.
  void FitColumns();

  // A table of the nodes old_ids[0], old_ids[1], ... (new node i = old node old_ids[i]), with
  // their attributes. Used by induced subgraphs.
  NodeTable Select(const std::vector<NodeId>& old_ids) const;

 private:
  std::uint64_t HashOf(std::int64_t id) const;
  std::uint64_t HashOf(std::string_view id) const;
  bool KeyEquals(NodeId v, std::int64_t id) const { return int_ids_[v] == id; }
  bool KeyEquals(NodeId v, std::string_view id) const { return string_id(v) == id; }
  template <typename Key>
  std::optional<NodeId> Lookup(Key key, std::uint64_t hash) const;
  std::optional<NodeId> FindSorted(std::int64_t id) const;
  void InsertIntoIndex(NodeId v, std::uint64_t hash);
  void Rehash(std::size_t capacity);

  IdKind kind_;
  std::vector<std::int64_t> int_ids_;
  std::string string_bytes_;
  std::vector<std::uint64_t> string_offsets_{0};
  std::vector<NodeId> slots_;  // open addressing, kNoNode = empty; size is a power of two
  // Integer ids strictly ascending: looked up by binary search and slots_ is empty. Interning
  // a larger id keeps it so; any other new id builds the hash index.
  bool sorted_ids_ = false;
  std::vector<AttributeColumn> columns_;
};

}  // namespace ombak
