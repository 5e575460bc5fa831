#!/usr/bin/env bash
# Installs what is missing, builds, and opens the cashier window in demo mode (a local
# sandbox: no account, no real money). With no display it runs a demo top-up in the terminal.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KASIR_BUILD_DIR:-$root/build}
bash "$root/packaging/install-deps.sh"
KASIR_BUILD_DIR=$build bash "$root/packaging/build.sh" -DKASIR_BUILD_GUI=ON

# Demo mode keeps its own journal (kasir-demo.sqlite in the app data folder), never the real one.
unset KASIR_API_KEY KASIR_BASE_URL KASIR_DB

if [ -x "$build/app/gui/kasir-ewallet" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec "$build/app/gui/kasir-ewallet" --demo "$@"
fi

if [ ! -x "$build/app/gui/kasir-ewallet" ]; then
    echo "The cashier window is not built; running a demo top-up with the command-line tool instead."
else
    echo "No display (DISPLAY/WAYLAND_DISPLAY unset), so the window cannot open;"
    echo "running a demo top-up with the command-line tool instead."
fi
exec "$build/app/cli/kasir-ewallet-cli" --demo topup GOPAY "+62 812-3456-789" "Rp 50.000" --yes --allow-duplicate
