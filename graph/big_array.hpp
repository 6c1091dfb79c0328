// Large uninitialised arrays for buffers that a parallel loop fills in full.
//
// Design choice: value-initialising a large array (std::vector, make_unique) writes every page on
// one thread before the parallel loop that overwrites it, and faulting in fresh 4 KiB pages is
// slow on virtual machines.
// BigArray leaves the memory untouched and, for arrays of 2 MiB or more, asks for transparent
// huge pages (512 times fewer page faults where the kernel's THP mode is `madvise`; on this
// project's Firecracker VMs 8 MB take 0.4 ms to fault in instead of 23 ms).
#pragma once

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <type_traits>
#include <vector>

namespace ombak {

// Asks for transparent huge pages on the whole 2 MiB pages inside [data, data + bytes); the
// advice only helps while those pages are still untouched. A no-op for small ranges.
void AdviseHugePages(void* data, std::size_t bytes);

// Storage from AllocateBig (aligned_alloc or malloc): released with std::free.
struct FreeDeleter {
  void operator()(void* p) const { std::free(p); }
};

template <typename T>
using BigArray = std::unique_ptr<T[], FreeDeleter>;

// Uninitialised storage of `bytes` bytes (at least 1); from 2 MiB on, rounded up to whole 2 MiB
// pages, aligned to them and advised for huge pages. Throws std::bad_alloc.
void* AllocateBig(std::size_t bytes);

// An uninitialised array of n elements of a trivial type.
template <typename T>
BigArray<T> MakeBigArray(std::size_t n) {
  static_assert(std::is_trivially_default_constructible_v<T> &&
                std::is_trivially_destructible_v<T>);
  return BigArray<T>(static_cast<T*>(AllocateBig(n * sizeof(T))));
}

// Faults in the pages of [data, data + bytes) with one system call (MADV_POPULATE_WRITE, Linux
// 5.14; a no-op before), about half the cost of one page fault per 4 KiB page.
void PopulatePages(void* data, std::size_t bytes);

// A zero-filled std::vector of n elements whose whole 2 MiB pages are advised for huge pages
// before they are touched (the partial pages at either end are not: malloc places the block);
// all its pages are populated at once before the zero fill.
template <typename T>
std::vector<T> MakeZeroedVector(std::size_t n) {
  std::vector<T> v;
  v.reserve(n);
  AdviseHugePages(v.data(), n * sizeof(T));
  PopulatePages(v.data(), n * sizeof(T));
  v.resize(n);
  return v;
}

}  // namespace ombak
