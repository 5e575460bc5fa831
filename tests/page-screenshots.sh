#!/usr/bin/env bash
# Screenshots of each page of the window, as a store sees it after a month of sales, for the
# README and for people to look at.
#   tests/page-screenshots.sh [OUTDIR] [BUILDDIR]
# OUTDIR defaults to ./screenshots/pages, BUILDDIR to ./build (it must already contain the window,
# the CLI and tests/support/kasir-journal-gen: this script builds nothing). Everything runs in
# demo mode on a private Xvfb display at 1280x800 with openbox (when installed), in Indonesian:
#   01-first-start   the first start asks for the manager's name and PIN
#   02-login         the start of a shift: who is at the counter, and the PIN
#   03-counter       the counter after a sale
#   04-history       receipts of the last days, searchable, with reprint
#   05-manager       today's figures, per wallet and status, the deposit and the pending list
#   06-manager-chart the 30-day chart on the same page
#   07-settings      the settings page (the API key masked)
# Needs: xvfb, xdotool, imagemagick (openbox optional).
set -euo pipefail

out=$(realpath -m "${1:-screenshots/pages}")
build=$(realpath -m "${2:-build}")
app="$build/app/gui/kasir-ewallet"
cli="$build/app/cli/kasir-ewallet-cli"
gen="$build/tests/support/kasir-journal-gen"
for f in "$app" "$cli" "$gen"; do
    [ -x "$f" ] || { echo "no $f: build with -DKASIR_BUILD_TESTS=ON -DKASIR_BUILD_GUI=ON first" >&2; exit 2; }
done
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done
mkdir -p "$out"

work=$(mktemp -d)
xpid="" apid="" wmpid=""
cleanup() {
    [ -n "$apid" ] && kill "$apid" 2>/dev/null || true
    [ -n "$wmpid" ] && kill "$wmpid" 2>/dev/null || true
    [ -n "$xpid" ] && kill "$xpid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Settings and data of this run only.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_CONFIG_HOME/KasirEWallet"
unset KASIR_API_KEY KASIR_BASE_URL KASIR_DB KASIR_CASHIER KASIR_MANAGER_PIN
journal="$work/journal.sqlite"

for n in $(seq 90 130); do [ -e "/tmp/.X$n-lock" ] || { disp=":$n"; break; }; done
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
export DISPLAY="$disp"
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
if command -v openbox >/dev/null; then
    openbox >/dev/null 2>&1 &
    wmpid=$!
    sleep 1
fi

start_app() { # JOURNAL [ARGS...]
    local db=$1; shift
    QT_QPA_PLATFORM=xcb "$app" --db "$db" "$@" >>"$work/app.log" 2>&1 &
    apid=$!
    win=$(xdotool search --sync --onlyvisible --name "Kasir E-Wallet" | head -n1)
    sleep 2
    # The dialog asking for a name or PIN takes the keyboard when there is one.
    xdotool windowfocus --sync "$(xdotool search --onlyvisible --name "." | tail -n1)" 2>/dev/null || true
}
stop_app() { kill "$apid" 2>/dev/null || true; wait "$apid" 2>/dev/null || true; apid=""; }
shot() { sleep "${2:-0.8}"; import -window root "$out/$1.png"; echo "saved $out/$1.png"; }
key() { xdotool key --delay 80 "$@"; }
type_text() { xdotool type --delay 40 "$1"; }
click() { xdotool mousemove "$1" "$2" click 1; }

# 1. The very first start, on an empty journal of its own.
start_app "$work/first.sqlite"
shot 01-first-start 1
stop_app

# A month of sales on three terminals, a manager and a cashier.
"$gen" --db "$journal" --count 2400 --days 30 >/dev/null 2>&1
printf '2468\n' | "$cli" --db "$journal" user add "Rina Hartono" --role manager >/dev/null
printf '2468\n1357\n' | "$cli" --db "$journal" user add "Sari Wulandari" --role cashier >/dev/null

# 2. The shift starts: the manager logs in.
start_app "$journal"
shot 02-login 0.5
type_text "2468"; key Return

# 3. A sale at the counter.
sleep 1
key Escape
key F1; type_text "081234567890"; key Return; type_text "50000"; key Return; sleep 1.5
type_text "100000"; key Return
shot 03-counter 2

# 4. History.
key Escape; key F7
shot 04-history 1.5

# 5-6. The manager page: the manager's PIN, then today's figures; then the 30-day chart.
click 355 116
sleep 1.5
type_text "2468"; key Return
shot 05-manager 3
click 1200 153
shot 06-manager-chart 2.5

# 7. Settings.
click 1194 116
sleep 1.5
type_text "2468"; key Return
shot 07-settings 2
stop_app
echo "screenshots in $out"
