#!/usr/bin/env bash
# Quick-start command 1: install what is missing, build ombak, and analyze the bundled Congress
# network (examples/data/congress: who engages with which member of the 117th US Congress on
# Twitter). Writes the key-accounts report to out/congress/ (or the folder given) and says where it is.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target ombak

data=examples/data/congress
out=${1:-out/congress}
build/ombak analyze "interaction=$data/interactions.csv" "$data/accounts.csv" --out "$out"
echo
echo "Open $(realpath "$out")/report.html in a browser (it works offline)."
