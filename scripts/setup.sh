#!/usr/bin/env bash
# Installs every Debian package that ombak's build, tests and benchmarks need.
# Idempotent: when everything is present it installs nothing and prints nothing.
# Usage: scripts/setup.sh   (as root, or with sudo available)
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev libeigen3-dev libigraph-dev libgraphviz-dev graphviz
  libcli11-dev nlohmann-json3-dev zlib1g-dev libexpat1-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-networkx python3-igraph python3-scipy python3-numpy
  libxml2-utils python3-jsonschema
  chromium chromium-driver python3-selenium
)
# npm brings the HTML report's plotting library (vega-lite) at build time. Machines that carry
# Node.js from elsewhere (nodesource) already have npm; Debian's npm would conflict with it.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
