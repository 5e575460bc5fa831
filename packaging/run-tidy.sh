#!/usr/bin/env bash
# clang-tidy, with the repository's .clang-tidy, on every source file of core/. Uses the compile
# commands of ./build (or $KASIR_BUILD_DIR; configured here when missing) and fails on any
# warning.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KASIR_BUILD_DIR:-$root/build}
if [ ! -f "$build/compile_commands.json" ]; then
    bash "$root/packaging/install-deps.sh"
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
tidy=$(command -v clang-tidy || command -v clang-tidy-14)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cd "$root"
find core -name '*.cpp' -print0 | sort -z \
    | xargs -0 -P "$(nproc)" -n 4 "$tidy" -p "$build" --quiet --warnings-as-errors='*' >"$log" 2>&1 \
    || true
# Only the diagnostics: clang-tidy also prints how many warnings it hid in system headers.
if grep -E '(warning|error): ' "$log"; then
    echo "clang-tidy: the findings above are in core/" >&2
    exit 1
fi
echo "clang-tidy: nothing to report in core/ ($(find core -name '*.cpp' | wc -l) files)"
