#!/usr/bin/env bash
# Installs what is missing, builds with tests and runs the whole test suite with CTest.
# KASIR_SANITIZE=1 builds into ./build-asan with AddressSanitizer and UndefinedBehaviorSanitizer
# (leak checking on) and runs the same suite there, built with -O1 and line tables only (the
# usual choice for sanitizers: quick to build, readable stacks).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
extra=()
if [ "${KASIR_SANITIZE:-0}" = 1 ]; then
    build=${KASIR_BUILD_DIR:-$root/build-asan}
    extra=(-DENABLE_SANITIZERS=ON "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG")
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
else
    build=${KASIR_BUILD_DIR:-$root/build}
fi
bash "$root/packaging/install-deps.sh"
KASIR_BUILD_DIR=$build bash "$root/packaging/build.sh" -DKASIR_BUILD_TESTS=ON -DKASIR_BUILD_GUI=ON "${extra[@]}"
cd "$build"
ctest --output-on-failure --timeout 600 -j2
