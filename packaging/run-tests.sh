#!/usr/bin/env bash
# Installs what is missing, builds with tests and runs the whole test suite with CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KASIR_BUILD_DIR:-$root/build}
bash "$root/packaging/install-deps.sh"
KASIR_BUILD_DIR=$build bash "$root/packaging/build.sh" -DKASIR_BUILD_TESTS=ON -DKASIR_BUILD_GUI=ON
cd "$build"
ctest --output-on-failure --timeout 600 -j2
