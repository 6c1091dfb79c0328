#!/usr/bin/env bash
# Quick-start command 1: install what is missing, build ombak, and analyze the bundled Congress
# network (examples/data/congress). Prints where the results are.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target ombak

data=examples/data/congress
build/ombak info "interaction=$data/interactions.csv" "$data/accounts.csv"
echo
build/ombak rank "interaction=$data/interactions.csv" "$data/accounts.csv" --by degree --top 15
