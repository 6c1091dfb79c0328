#include "graph/node_table.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <functional>
#include <limits>

#include "graph/errors.hpp"

namespace ombak {

std::string_view AttributeTypeName(AttributeType type) {
  switch (type) {
    case AttributeType::kInteger:
      return "integer";
    case AttributeType::kReal:
      return "real";
    case AttributeType::kText:
      return "text";
  }
  return "?";
}

// ---------------------------------------------------------------------------------------------
// AttributeColumn

AttributeColumn::AttributeColumn(std::string name, AttributeType type)
    : name_(std::move(name)), type_(type) {
  switch (type) {
    case AttributeType::kInteger:
      values_.emplace<0>();
      break;
    case AttributeType::kReal:
      values_.emplace<1>();
      break;
    case AttributeType::kText:
      values_.emplace<2>();
      break;
  }
}

void AttributeColumn::Grow(NodeId v) {
  if (v < present_.size()) return;
  Resize(v + 1);
}

void AttributeColumn::Resize(NodeId size) {
  present_.resize(size, 0);
  std::visit([size](auto& values) { values.resize(size); }, values_);
}

void AttributeColumn::SetInteger(NodeId v, std::int64_t value) {
  if (type_ == AttributeType::kReal) return SetReal(v, static_cast<double>(value));
  if (type_ != AttributeType::kInteger) {
    throw InvalidArgument("attribute '" + name_ + "' holds " +
                          std::string(AttributeTypeName(type_)) + " values, not integers");
  }
  Grow(v);
  std::get<0>(values_)[v] = value;
  present_[v] = 1;
}

void AttributeColumn::SetReal(NodeId v, double value) {
  if (type_ != AttributeType::kReal) {
    throw InvalidArgument("attribute '" + name_ + "' holds " +
                          std::string(AttributeTypeName(type_)) + " values, not reals");
  }
  Grow(v);
  std::get<1>(values_)[v] = value;
  present_[v] = 1;
}

void AttributeColumn::SetText(NodeId v, std::string value) {
  if (type_ != AttributeType::kText) {
    throw InvalidArgument("attribute '" + name_ + "' holds " +
                          std::string(AttributeTypeName(type_)) + " values, not text");
  }
  Grow(v);
  std::get<2>(values_)[v] = std::move(value);
  present_[v] = 1;
}

void AttributeColumn::Clear(NodeId v) {
  if (v < present_.size()) present_[v] = 0;
}

std::string AttributeColumn::ToText(NodeId v) const {
  if (!has(v)) return {};
  switch (type_) {
    case AttributeType::kInteger:
      return std::to_string(integer(v));
    case AttributeType::kReal: {
      char buf[32];
      const auto r = std::to_chars(buf, buf + sizeof buf, real(v));
      return std::string(buf, r.ptr);
    }
    case AttributeType::kText:
      return text(v);
  }
  return {};
}

std::optional<double> AttributeColumn::ToNumber(NodeId v) const {
  if (!has(v)) return std::nullopt;
  if (type_ == AttributeType::kInteger) return static_cast<double>(integer(v));
  if (type_ == AttributeType::kReal) return real(v);
  return std::nullopt;
}

AttributeColumn AttributeColumn::Select(const std::vector<NodeId>& old_ids) const {
  AttributeColumn out(name_, type_);
  out.Resize(static_cast<NodeId>(old_ids.size()));
  for (std::size_t i = 0; i < old_ids.size(); ++i) {
    const NodeId old = old_ids[i];
    if (!has(old)) continue;
    out.present_[i] = 1;
    std::visit(
        [&](auto& dst) {
          using Vec = std::decay_t<decltype(dst)>;
          dst[i] = std::get<Vec>(values_)[old];
        },
        out.values_);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// NodeTable

NodeTable::NodeTable(IdKind kind) : kind_(kind) { Rehash(16); }

std::uint64_t NodeTable::HashOf(std::int64_t id) const {
  // SplitMix64 finalizer: consecutive ids spread over the whole table.
  auto x = static_cast<std::uint64_t>(id) + 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::uint64_t NodeTable::HashOf(std::string_view id) const {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then mixed
  for (const char c : id) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return HashOf(static_cast<std::int64_t>(h));
}

template <typename Key>
std::optional<NodeId> NodeTable::Lookup(Key key, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const NodeId v = slots_[i];
    if (v == kNoNode) return std::nullopt;
    if (KeyEquals(v, key)) return v;
  }
}

void NodeTable::InsertIntoIndex(NodeId v, std::uint64_t hash) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i] != kNoNode) i = (i + 1) & mask;
  slots_[i] = v;
}

void NodeTable::Rehash(std::size_t capacity) {
  slots_.assign(capacity, kNoNode);
  for (NodeId v = 0; v < size(); ++v) {
    InsertIntoIndex(v, kind_ == IdKind::kInteger ? HashOf(int_ids_[v]) : HashOf(string_id(v)));
  }
}

std::optional<NodeId> NodeTable::FindSorted(std::int64_t id) const {
  const auto it = std::lower_bound(int_ids_.begin(), int_ids_.end(), id);
  if (it == int_ids_.end() || *it != id) return std::nullopt;
  return static_cast<NodeId>(it - int_ids_.begin());
}

NodeId NodeTable::Intern(std::int64_t id) {
  if (kind_ != IdKind::kInteger) {
    throw InvalidArgument("NodeTable::Intern: integer id " + std::to_string(id) +
                          " given to a table of string ids");
  }
  if (sorted_ids_) {
    if (const auto found = FindSorted(id)) return *found;
    if (int_ids_.empty() || id > int_ids_.back()) {
      if (size() >= kMaxNodes) throw InvalidArgument("NodeTable: more than 2^32 - 1 nodes");
      int_ids_.push_back(id);
      return static_cast<NodeId>(int_ids_.size() - 1);
    }
    // Out of order: from here on the hash index answers.
    sorted_ids_ = false;
    std::size_t capacity = 16;
    while (capacity < 2 * (int_ids_.size() + 1)) capacity *= 2;
    Rehash(capacity);
  }
  const std::uint64_t hash = HashOf(id);
  if (const auto found = Lookup(id, hash)) return *found;
  if (size() >= kMaxNodes) throw InvalidArgument("NodeTable: more than 2^32 - 1 nodes");
  const auto v = static_cast<NodeId>(int_ids_.size());
  int_ids_.push_back(id);
  if (2 * std::size_t{size()} > slots_.size()) {
    Rehash(slots_.size() * 2);
  } else {
    InsertIntoIndex(v, hash);
  }
  return v;
}

NodeId NodeTable::Intern(std::string_view id) {
  if (kind_ != IdKind::kString) {
    throw InvalidArgument("NodeTable::Intern: string id '" + std::string(id) +
                          "' given to a table of integer ids");
  }
  const std::uint64_t hash = HashOf(id);
  if (const auto found = Lookup(id, hash)) return *found;
  if (size() >= kMaxNodes) throw InvalidArgument("NodeTable: more than 2^32 - 1 nodes");
  const NodeId v = size();
  string_bytes_.append(id);
  string_offsets_.push_back(string_bytes_.size());
  if (2 * std::size_t{size()} > slots_.size()) {
    Rehash(slots_.size() * 2);
  } else {
    InsertIntoIndex(v, hash);
  }
  return v;
}

std::optional<NodeId> NodeTable::Find(std::int64_t id) const {
  if (kind_ != IdKind::kInteger) return std::nullopt;
  if (sorted_ids_) return FindSorted(id);
  return Lookup(id, HashOf(id));
}

std::optional<NodeId> NodeTable::Find(std::string_view id) const {
  if (kind_ != IdKind::kString) return std::nullopt;
  return Lookup(id, HashOf(id));
}

std::optional<NodeId> NodeTable::FindText(std::string_view text) const {
  if (kind_ == IdKind::kString) return Find(text);
  std::int64_t id = 0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), id);
  if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return std::nullopt;
  return Find(id);
}

std::string_view NodeTable::string_id(NodeId v) const {
  return std::string_view(string_bytes_)
      .substr(string_offsets_[v], string_offsets_[v + 1] - string_offsets_[v]);
}

std::string NodeTable::ExternalId(NodeId v) const {
  return kind_ == IdKind::kInteger ? std::to_string(int_ids_[v]) : std::string(string_id(v));
}

std::string NodeTable::Label(NodeId v) const {
  for (const char* name : {"handle", "label"}) {
    const AttributeColumn* column = FindColumn(name);
    if (column != nullptr && column->has(v)) {
      std::string text = column->ToText(v);
      if (!text.empty()) return text;
    }
  }
  return ExternalId(v);
}

NodeTable NodeTable::FromIntegerIds(std::vector<std::int64_t> ids) {
  if (ids.size() >= kMaxNodes) throw InvalidArgument("NodeTable: more than 2^32 - 1 nodes");
  NodeTable table(IdKind::kInteger);
  table.int_ids_ = std::move(ids);
  // Strictly ascending ids (what the integer edge-list loader produces) are distinct and found
  // by binary search: no hash index to build, which is a tenth of a snapshot load.
  const auto& v = table.int_ids_;
  if (std::adjacent_find(v.begin(), v.end(), std::greater_equal<>()) == v.end()) {
    table.sorted_ids_ = true;
    table.slots_.clear();
    table.slots_.shrink_to_fit();
    return table;
  }
  std::size_t capacity = 16;
  while (capacity < 2 * table.int_ids_.size()) capacity *= 2;
  table.slots_.assign(capacity, kNoNode);
  // Parallel insertion: each node claims the first empty slot of its probe sequence with a
  // compare-and-swap, and an equal id met on the way is a repeat. Which slot a node gets may
  // depend on timing; what Lookup finds does not. The smallest repeated id is reported.
  const std::size_t mask = capacity - 1;
  const auto n = static_cast<std::int64_t>(table.int_ids_.size());
  std::int64_t repeated = std::numeric_limits<std::int64_t>::max();
  bool any_repeat = false;
#pragma omp parallel for schedule(static) reduction(min         \
                                                    : repeated) \
    reduction(||                                                \
              : any_repeat) if (n > (1 << 16))
  for (std::int64_t v = 0; v < n; ++v) {
    const std::int64_t id = table.int_ids_[v];
    for (std::size_t i = table.HashOf(id) & mask;; i = (i + 1) & mask) {
      std::atomic_ref<NodeId> slot(table.slots_[i]);
      NodeId held = slot.load(std::memory_order_relaxed);
      if (held == kNoNode &&
          slot.compare_exchange_strong(held, static_cast<NodeId>(v), std::memory_order_relaxed)) {
        break;
      }
      if (table.int_ids_[held] == id) {
        repeated = std::min(repeated, id);
        any_repeat = true;
        break;
      }
    }
  }
  if (any_repeat) {
    throw InvalidArgument("NodeTable::FromIntegerIds: id " + std::to_string(repeated) + " repeats");
  }
  return table;
}

const AttributeColumn* NodeTable::FindColumn(std::string_view name) const {
  for (const auto& column : columns_) {
    if (column.name() == name) return &column;
  }
  return nullptr;
}

AttributeColumn* NodeTable::FindColumn(std::string_view name) {
  for (auto& column : columns_) {
    if (column.name() == name) return &column;
  }
  return nullptr;
}

AttributeColumn& NodeTable::Column(std::string_view name, AttributeType type) {
  if (AttributeColumn* column = FindColumn(name)) {
    if (column->type() != type) {
      throw InvalidArgument("attribute '" + std::string(name) + "' already holds " +
                            std::string(AttributeTypeName(column->type())) + " values, not " +
                            std::string(AttributeTypeName(type)));
    }
    return *column;
  }
  columns_.emplace_back(std::string(name), type);
  return columns_.back();
}

void NodeTable::AddColumn(AttributeColumn column) {
  if (AttributeColumn* existing = FindColumn(column.name())) {
    *existing = std::move(column);
  } else {
    columns_.push_back(std::move(column));
  }
}

void NodeTable::FitColumns() {
  for (auto& column : columns_) column.Resize(size());
}

NodeTable NodeTable::Select(const std::vector<NodeId>& old_ids) const {
  NodeTable out(kind_);
  for (const NodeId old : old_ids) {
    if (kind_ == IdKind::kInteger) {
      out.Intern(int_ids_[old]);
    } else {
      out.Intern(string_id(old));
    }
  }
  for (const auto& column : columns_) out.columns_.push_back(column.Select(old_ids));
  return out;
}

}  // namespace ombak
