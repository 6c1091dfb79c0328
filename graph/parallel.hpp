// Small OpenMP helpers shared by the parallel loops of all rooms.
//
// Every parallel loop in ombak is written so that its result does not depend on the number of
// threads: work is split into contiguous blocks whose results are combined in block order.
#pragma once

#include <cstdint>
#include <utility>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace ombak {

inline int MaxThreads() {
#ifdef _OPENMP
  return omp_get_max_threads();
#else
  return 1;
#endif
}

inline int ThreadIndex() {
#ifdef _OPENMP
  return omp_get_thread_num();
#else
  return 0;
#endif
}

// Sets the number of threads later parallel regions use (the CLI's --threads); 0 keeps the
// OpenMP default (OMP_NUM_THREADS or the number of cores).
inline void SetThreads(int threads) {
#ifdef _OPENMP
  if (threads > 0) omp_set_num_threads(threads);
#else
  (void)threads;
#endif
}

// The half-open range [lo, hi) of block `index` when [0, size) is cut into `blocks` nearly
// equal contiguous blocks.
template <typename Int>
std::pair<Int, Int> BlockRange(Int size, int blocks, int index) {
  const auto s = static_cast<std::uint64_t>(size);
  const auto lo = s * static_cast<std::uint64_t>(index) / static_cast<std::uint64_t>(blocks);
  const auto hi = s * static_cast<std::uint64_t>(index + 1) / static_cast<std::uint64_t>(blocks);
  return {static_cast<Int>(lo), static_cast<Int>(hi)};
}

}  // namespace ombak
