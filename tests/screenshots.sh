#!/usr/bin/env bash
# Screenshots of every state of the cashier window, for people to look at.
#   tests/screenshots.sh [OUTDIR] [BUILDDIR]
# OUTDIR defaults to ./screenshots, BUILDDIR to ./build (it must already contain
# app/gui/kasir-ewallet: this script builds nothing). The window runs in demo mode (its own
# in-process simulator, no real money) on a private Xvfb display at 1024x768, is driven with
# xdotool, and each state is saved with ImageMagick's import:
#   01-start  02-number-typed  03-confirmation  04-success  05-failed  06-pending
#   07-pending-resolved  08-duplicate-guard  09-english-start  10-english-confirmation (1280x800)
# Needs: xvfb, xdotool, imagemagick, curl.
set -euo pipefail

out=$(realpath -m "${1:-screenshots}")
build=$(realpath -m "${2:-build}")
app="$build/app/gui/kasir-ewallet"
[ -x "$app" ] || { echo "no $app: build the kasir-ewallet target first" >&2; exit 2; }
for tool in Xvfb xdotool import curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick curl)" >&2; exit 2; }
done
mkdir -p "$out"

work=$(mktemp -d)
xpid="" apid=""
cleanup() {
    [ -n "$apid" ] && kill "$apid" 2>/dev/null || true
    [ -n "$xpid" ] && kill "$xpid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Settings and data of this run only: a cashier name, nothing from the real machine.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_CONFIG_HOME/KasirEWallet"
printf '[counter]\ncashierName=Sari\n' > "$XDG_CONFIG_HOME/KasirEWallet/kasir-ewallet.conf"
unset KASIR_API_KEY KASIR_BASE_URL KASIR_DB

start_display() { # WIDTHxHEIGHT
    for n in $(seq 90 130); do [ -e "/tmp/.X$n-lock" ] || { disp=":$n"; break; }; done
    Xvfb "$disp" -screen 0 "${1}x24" -nolisten tcp >/dev/null 2>&1 &
    xpid=$!
    export DISPLAY="$disp"
    for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && return; sleep 0.1; done
    echo "Xvfb did not start" >&2; exit 1
}
stop_display() { kill "$xpid" 2>/dev/null || true; wait "$xpid" 2>/dev/null || true; xpid=""; }

start_app() { # args...
    QT_QPA_PLATFORM=xcb "$app" --db "$work/journal.sqlite" "$@" >"$work/app.log" 2>&1 &
    apid=$!
    win=$(xdotool search --sync --onlyvisible --name "Kasir E-Wallet" | head -n1)
    xdotool windowfocus --sync "$win" 2>/dev/null || xdotool windowfocus "$win"
    sleep 1.5
    sandbox=$(sed -n 's/.*simulator at \(http[^ ]*\).*/\1/p' "$work/app.log" | head -n1)
}
stop_app() { kill "$apid" 2>/dev/null || true; wait "$apid" 2>/dev/null || true; apid=""; }

shot() { sleep "${2:-0.6}"; import -window root "$out/$1.png"; echo "saved $out/$1.png"; }
key() { xdotool key --delay 80 "$@"; }
type_text() { xdotool type --delay 40 "$1"; }
fault() { curl -fsS -X POST -H 'Content-Type: application/json' -d "$1" "$sandbox/__sandbox/faults" >/dev/null; }

# Indonesian (the default), 1024x768: the smallest counter screen.
start_display 1024x768
start_app
shot 01-start
key F1; type_text "+62 812-3456-789"; key Return; type_text "50000"
shot 02-number-typed
key Return
shot 03-confirmation 1.5
type_text "100000"
shot 03-confirmation 0.4
key Return
shot 04-success 2
sleep 0.5; key Return

# A top-up larger than the demo deposit: FAILED, nothing charged.
key F3; type_text "081298765432"; key Return; type_text "1000000"; key Return; sleep 1.5; key Return
shot 05-failed 2
sleep 0.5; key Escape

# The server charges, then the connection drops twice: the outcome is unknown (PENDING).
fault '{"kind":"drop_after","count":2}'
key F2; type_text "0811 2233 445"; key Return; type_text "25.000"; key Return; sleep 1.5; key Return
shot 06-pending 2.5
# The journal re-checks the same req_id by itself (first re-check after about 10 s).
shot 07-pending-resolved 14
sleep 0.5; key Escape

# The same top-up again: the duplicate guard names the earlier sale.
key F1; type_text "08123456789"; key Return; type_text "50000"; key Return; sleep 1.5; key Return
shot 08-duplicate-guard 1.5
key Escape
stop_app
stop_display

# English, on a larger screen: the window fills it.
rm -f "$work/journal.sqlite"*
start_display 1280x800
start_app --lang en
xdotool windowsize "$win" 1280 800 2>/dev/null || true
shot 09-english-start 1
key F4; type_text "085712345678"; key Return; type_text "200.000"; key Return
shot 10-english-confirmation 1.5
stop_app
stop_display
echo "screenshots in $out"
