#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages needed to build, test and run Kasir E-Wallet.
# Installs only what is missing; uses sudo when not root.
set -euo pipefail

packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev
    libgl-dev fonts-dejavu-core
    # Fuzzing (packaging/run-fuzz.sh) and the Debian package (packaging/build-deb.sh).
    clang libclang-rt-14-dev dpkg-dev fakeroot
    clang-tidy clang-format # packaging/run-tidy.sh, packaging/check-format.sh
    openssl # the TLS tests make a throwaway certificate with it
    # pdftotext and pdftoppm: the receipt tests read the PDFs back.
    poppler-utils
    # Manager charts (Qt Charts; Debian's Qt6Charts CMake package also needs the OpenGL dev files).
    qt6-charts-dev libqt6opengl6-dev
    # The sqlite3 shell: the report benchmark compares with it on the same file.
    sqlite3
)
# For screenshots of the window on a private X display.
if [ "${KASIR_WITH_SCREENSHOT_TOOLS:-0}" = 1 ]; then
    packages+=(xvfb xdotool imagemagick)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all packages present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
