#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) into ./build-fuzz and runs each for
# SECONDS (default 60), starting from the seed corpus in tests/fuzz/corpus/<target>/.
# Exits non-zero when a target finds a crash; the input is kept in build-fuzz/artifacts/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build=${KASIR_FUZZ_BUILD_DIR:-$root/build-fuzz}
bash "$root/packaging/install-deps.sh"
CXX=clang++ CC=clang cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKASIR_BUILD_FUZZERS=ON -DKASIR_BUILD_TESTS=OFF -DKASIR_BUILD_GUI=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" >/dev/null
targets=$(cd "$root/tests/fuzz" && ls fuzz_*.cpp | sed 's/\.cpp$//')
# shellcheck disable=SC2086
cmake --build "$build" -j"$(nproc)" --target $targets >/dev/null
mkdir -p "$build/artifacts"
status=0
for t in $targets; do
    work="$build/corpus/$t"
    mkdir -p "$work"
    cp -n "$root/tests/fuzz/corpus/$t/"* "$work/" 2>/dev/null || true
    log="$build/$t.log"
    extra=()
    # The receipt target reads at most 835 bytes of an input: longer ones only cost time.
    [ "$t" = fuzz_receiptlayout ] && extra=(-max_len=1024)
    if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 QT_LOGGING_RULES='*=false' \
        "$build/tests/fuzz/$t" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2048 \
        "${extra[@]}" -artifact_prefix="$build/artifacts/$t-" "$work" >"$log" 2>&1; then
        result=ok
    else
        result=CRASH
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    rate=$(grep -o 'exec/s: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo '?')
    printf '%-26s %-5s %12s runs  %8s exec/s  corpus %s\n' "$t" "$result" "$runs" "$rate" \
        "$(ls "$work" | wc -l)"
    if [ "$result" = CRASH ]; then
        tail -40 "$log"
    fi
done
exit $status
