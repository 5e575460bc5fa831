#!/usr/bin/env bash
# Screenshots of every state of the cashier window, for people to look at.
#   tests/screenshots.sh [OUTDIR] [BUILDDIR]
# OUTDIR defaults to ./screenshots, BUILDDIR to ./build (it must already contain
# app/gui/kasir-ewallet: this script builds nothing). The window runs in demo mode (its own
# in-process simulator, no real money) on a private Xvfb display, is driven with xdotool, and
# each state is saved with ImageMagick's import. The counter's states are taken at 1024x768 and
# at 1366x768 (files 1024-NN-... and 1366-NN-...), in Indonesian, with openbox as the window
# manager when it is installed (so the window opens maximized as on a desktop):
#   01-start               demo banner with its reason, status bar with the low-deposit badge
#   02-digits-before-wallet  digits typed before any wallet land in the number field
#   03-number-typed  04-confirmation  05-cash-typed  06-success
#   07-deposit-warning     the cost price is above the deposit: red warning before cash is taken
#   08-deposit-not-sent    Enter does not send; Ctrl+F12 would
#   09-failed              sent anyway with Ctrl+F12: FAILED, nothing charged, server words as detail
#   10-pending  11-pending-resolved (with the resolve notice)
#   12-duplicate-guard     the same SUCCESS sale again: send a new one or not
#   13-duplicate-unresolved  the same sale while the first is PENDING: no resend, "Cek sekarang"
#   14-repeat-last-sale    a known number's last sale under the field, wallet chosen
#   15-repeat-confirmation F8: the confirmation of the repeat sale
#   16-inquiry-network-error  a price check that could not reach the server
#   17-restart-kept        after a restart, the demo's pending sale is still listed (same ledger)
#   18-restart-resolved    and resolves against the same simulator ledger
# then 19-english-start and 20-english-confirmation at 1280x800, and 21-kiosk (--kiosk at
# 1024x768: full screen, no window decorations).
# Needs: xvfb, xdotool, imagemagick, curl (openbox optional).
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
xpid="" apid="" wmpid=""
cleanup() {
    [ -n "$apid" ] && kill "$apid" 2>/dev/null || true
    [ -n "$wmpid" ] && kill "$wmpid" 2>/dev/null || true
    [ -n "$xpid" ] && kill "$xpid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Settings and data of this run only: a cashier name, a low-deposit threshold above the demo
# deposit (so the badge shows), nothing from the real machine.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_CONFIG_HOME/KasirEWallet"
printf '[counter]\ncashierName=Sari Wulandari\n[deposit]\nlowBalanceThreshold=600000\n' \
    > "$XDG_CONFIG_HOME/KasirEWallet/kasir-ewallet.conf"
unset KASIR_API_KEY KASIR_BASE_URL KASIR_DB

start_display() { # WIDTHxHEIGHT
    for n in $(seq 90 130); do [ -e "/tmp/.X$n-lock" ] || { disp=":$n"; break; }; done
    Xvfb "$disp" -screen 0 "${1}x24" -nolisten tcp >/dev/null 2>&1 &
    xpid=$!
    export DISPLAY="$disp"
    for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
    xdotool getmouselocation >/dev/null 2>&1 || { echo "Xvfb did not start" >&2; exit 1; }
    if command -v openbox >/dev/null; then
        openbox >/dev/null 2>&1 &
        wmpid=$!
        sleep 1
    fi
}
stop_display() {
    [ -n "$wmpid" ] && { kill "$wmpid" 2>/dev/null || true; wait "$wmpid" 2>/dev/null || true; wmpid=""; }
    kill "$xpid" 2>/dev/null || true; wait "$xpid" 2>/dev/null || true; xpid=""
}

start_app() { # args...
    QT_QPA_PLATFORM=xcb "$app" --db "$work/journal.sqlite" "$@" >"$work/app.log" 2>&1 &
    apid=$!
    win=$(xdotool search --sync --onlyvisible --name "Kasir E-Wallet" | head -n1)
    xdotool windowfocus --sync "$win" 2>/dev/null || xdotool windowfocus "$win"
    sleep 1.5
    sandbox=$(sed -n 's/.*simulator at \(http[^ ]*\).*/\1/p' "$work/app.log" | head -n1)
}
stop_app() { kill "$apid" 2>/dev/null || true; wait "$apid" 2>/dev/null || true; apid=""; }

prefix=""
shot() { sleep "${2:-0.6}"; import -window root "$out/$prefix$1.png"; echo "saved $out/$prefix$1.png"; }
key() { xdotool key --delay 80 "$@"; }
type_text() { xdotool type --delay 40 "$1"; }
fault() { curl -fsS -X POST -H 'Content-Type: application/json' -d "$1" "$sandbox/__sandbox/faults" >/dev/null; }

counter_states() { # WIDTHxHEIGHT
    prefix="${1%%x*}-"
    rm -f "$work/journal.sqlite"*
    start_display "$1"
    start_app
    shot 01-start

    # Digits first, then the wallet: nothing typed is lost.
    type_text "081234567890"
    shot 02-digits-before-wallet
    key F1; type_text "50000"
    shot 03-number-typed
    key Return
    shot 04-confirmation 1.5
    type_text "100000"
    shot 05-cash-typed 0.4
    key Return
    shot 06-success 2
    sleep 0.5; key Return

    # A top-up larger than the demo deposit: the warning comes before the cash is taken.
    key F3; type_text "081298765432"; key Return; type_text "1000000"; key Return
    shot 07-deposit-warning 1.5
    key Return
    shot 08-deposit-not-sent 0.4
    key ctrl+F12
    shot 09-failed 2
    sleep 0.5; key Escape

    # The server charges, then the connection drops twice: the outcome is unknown (PENDING).
    fault '{"kind":"drop_after","count":2}'
    key F2; type_text "0811 2233 445"; key Return; type_text "25.000"; key Return; sleep 1.5; key Return
    shot 10-pending 2.5
    # The journal re-checks the same req_id by itself (first re-check after about 10 s).
    shot 11-pending-resolved 14
    sleep 0.5; key Escape

    # The same top-up again: the duplicate guard names the earlier sale.
    key F1; type_text "081234567890"; key Return; type_text "50000"; key Return; sleep 1.5; key Return
    shot 12-duplicate-guard 1.5
    # Esc: the question, the confirmation, the amount, the number, the wallet (a fresh sale).
    key Escape; sleep 0.3; key Escape; sleep 0.3; key Escape; key Escape; key Escape

    # The same sale while the first one is still being checked: no way to send it again.
    fault '{"kind":"pending","checks":2}'
    key F4; type_text "085712345678"; key Return; type_text "20000"; key Return; sleep 1.5; key Return
    sleep 2.5; key Escape
    key F4; type_text "085712345678"; key Return; type_text "20000"; key Return; sleep 1.5; key Return
    shot 13-duplicate-unresolved 1.5
    key Escape; sleep 0.3; key Escape; sleep 0.3; key Escape; key Escape; key Escape

    # The repeat customer: the number's digits show the last sale; F8 repeats it.
    type_text "08112233445"
    shot 14-repeat-last-sale
    key F8
    shot 15-repeat-confirmation 1.5
    key Escape; sleep 0.3; key Escape; key Escape; key Escape

    # A price check whose connection is dropped twice: plain words, nothing charged.
    fault '{"kind":"drop_before","count":2,"endpoint":"inquiry"}'
    key F5; type_text "089912345678"; key Return; type_text "10000"; key Return
    shot 16-inquiry-network-error 2

    # Restart: the demo's pending sale is still there and resolves against the same ledger.
    fault '{"kind":"pending","checks":1}'
    key Escape; key Escape; key Escape
    key F2; type_text "081377788899"; key Return; type_text "15000"; key Return; sleep 1.5; key Return
    sleep 2.5
    stop_app
    start_app
    shot 17-restart-kept 0.5
    shot 18-restart-resolved 14
    stop_app
    stop_display
}

counter_states 1024x768
counter_states 1366x768

# English, on a larger screen: the window fills it.
prefix=""
rm -f "$work/journal.sqlite"*
start_display 1280x800
start_app --lang en
shot 19-english-start 1
key F4; type_text "085712345678"; key Return; type_text "200.000"; key Return
shot 20-english-confirmation 1.5
stop_app
stop_display

# Kiosk: full screen without window decorations.
rm -f "$work/journal.sqlite"*
start_display 1024x768
start_app --kiosk
shot 21-kiosk 1
stop_app
stop_display
echo "screenshots in $out"
