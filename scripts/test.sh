#!/usr/bin/env bash
# Quick-start command 2: install what is missing, build everything, run all tests.
#   scripts/test.sh                      Release build in build/
#   OMBAK_SANITIZE=1 scripts/test.sh     AddressSanitizer + UBSan build in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

jobs=$(nproc)
if [[ "${OMBAK_SANITIZE:-0}" == 1 ]]; then
  build_dir=${OMBAK_BUILD_DIR:-build-asan}
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DOMBAK_SANITIZE=ON \
    -DOMBAK_BUILD_BENCH=OFF -DOMBAK_BUILD_EXAMPLES=OFF >/dev/null
  # igraph and libgomp are not instrumented; their one-time allocations are not leaks of ours.
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
else
  build_dir=${OMBAK_BUILD_DIR:-build}
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build_dir" -j"$jobs"
ctest --test-dir "$build_dir" --output-on-failure -j"$jobs"
