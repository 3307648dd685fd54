#!/usr/bin/env bash
# Installs what is missing, builds (Release) and opens Itinera on the bundled Panama trip.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target itinera
# The cited source documents, when they sit beside the repository, let the app show passages.
sources="$(pwd)/../shared/sources"
[ -d "$sources" ] && export ITINERA_SOURCES="${ITINERA_SOURCES:-$sources}"
# Huge pages for the heap: fresh pages are slow to fault in on virtual machines, and with
# them the first frame comes about 100 ms sooner (`itinera bench`).
export GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1"
exec build/itinera "$@"
