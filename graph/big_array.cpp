#include "graph/big_array.hpp"

#include <sys/mman.h>

#include <cstdint>
#include <new>

namespace ombak {
namespace {
constexpr std::size_t kHugePage = std::size_t{2} << 20;
}  // namespace

void AdviseHugePages(void* data, std::size_t bytes) {
  if (bytes < 2 * kHugePage) return;
  const auto first = reinterpret_cast<std::uintptr_t>(data);
  const auto begin = (first + kHugePage - 1) & ~(kHugePage - 1);
  const auto end = (first + bytes) & ~(kHugePage - 1);
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

void PopulatePages(void* data, std::size_t bytes) {
#ifdef MADV_POPULATE_WRITE
  constexpr std::uintptr_t kPage = 4096;
  if (bytes < 2 * kHugePage) return;
  const auto begin = reinterpret_cast<std::uintptr_t>(data) & ~(kPage - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes + kPage - 1) & ~(kPage - 1);
  ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
#else
  (void)data;
  (void)bytes;
#endif
}

void* AllocateBig(std::size_t bytes) {
  void* p = nullptr;
  if (bytes >= kHugePage) {
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    p = std::aligned_alloc(kHugePage, rounded);
    if (p != nullptr) AdviseHugePages(p, rounded);
  } else {
    p = std::malloc(bytes > 0 ? bytes : 1);
  }
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

}  // namespace ombak
