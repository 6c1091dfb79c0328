#include "io/raw_graph.hpp"

namespace ombak {

void RawIds::Reserve(std::size_t n) {
  if (integer_) {
    ints_.reserve(n);
  } else {
    offsets_.reserve(n + 1);
  }
}

void RawIds::MakeText() {
  integer_ = false;
  ints_.clear();
  ints_.shrink_to_fit();
}

void RawIds::Append(const RawIds& other) {
  if (integer_) {
    ints_.insert(ints_.end(), other.ints_.begin(), other.ints_.end());
    return;
  }
  const std::uint64_t base = bytes_.size();
  bytes_ += other.bytes_;
  offsets_.reserve(offsets_.size() + other.offsets_.size() - 1);
  for (std::size_t i = 1; i < other.offsets_.size(); ++i) {
    offsets_.push_back(base + other.offsets_[i]);
  }
}

void RawIds::ConvertToText() {
  if (!integer_) return;
  std::vector<std::int64_t> ints = std::move(ints_);
  MakeText();
  offsets_.reserve(ints.size() + 1);
  for (const std::int64_t id : ints) AddText(std::to_string(id));
}

}  // namespace ombak
