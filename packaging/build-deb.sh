#!/usr/bin/env bash
# Builds the Debian package (CPack, DEB generator) into ./build-deb and prints its path as the
# last line. Dependencies are computed by dpkg-shlibdeps from the linked Qt 6 libraries.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KASIR_DEB_BUILD_DIR:-$root/build-deb}
bash "$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DKASIR_BUILD_TESTS=OFF -DKASIR_BUILD_GUI=ON >&2
cmake --build "$build" -j"$(nproc)" >&2
rm -f "$build"/kasir-ewallet_*.deb
(cd "$build" && cpack -G DEB >&2)
deb=$(ls "$build"/kasir-ewallet_*.deb)
echo "$deb"
