#!/usr/bin/env bash
# Smoke check of a packaged Leadbench: runs its launcher as a user would and fails on anything unexpected.
#
#   installer/smoke.sh [LAUNCHER]        default: target/installer/Leadbench/bin/Leadbench (the app image)
#   installer/smoke.sh /opt/leadbench/bin/Leadbench                          (the installed .deb)
#
# 1. LAUNCHER --version
# 2. LAUNCHER demo --db TMP/demo.db --contacts 300
# 3. LAUNCHER score --db TMP/demo.db --dry-run      (the CSV header and one row per contact)
# 4. LAUNCHER --db TMP/demo.db, the window, on a private Xvfb (on $DISPLAY when Xvfb is not
#    installed); waits for "leadbench: demo.db open, N leads shown ..." on stderr, then stops it.
# Every step must exit 0 and print nothing else on stderr. A failure prints one line
# "smoke: FAIL: <reason>" (then the step's stderr, indented) and exits 1.
# Environment: SMOKE_SCREENSHOT=FILE.png saves the screen SMOKE_SCREENSHOT_DELAY (default 7) seconds
# after the leads are shown (ImageMagick `import`); SMOKE_TIMEOUT=SECONDS for the window (default 120);
# SMOKE_KEEP=1 keeps the temporary folder.
set -euo pipefail

LAUNCHER=${1:-target/installer/Leadbench/bin/Leadbench}
TIMEOUT=${SMOKE_TIMEOUT:-120}
CONTACTS=300

TMP=$(mktemp -d "${TMPDIR:-/tmp}/leadbench-smoke.XXXXXX")
APP_PID=
XVFB_PID=
cleanup() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    if [[ -n $XVFB_PID ]]; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
    if [[ ${SMOKE_KEEP:-} == 1 ]]; then
        echo "smoke: kept $TMP" >&2
    else
        rm -rf "$TMP"
    fi
}
trap cleanup EXIT

# fail REASON [FILE]: the one-line reason, then FILE (a step's stderr) indented.
fail() {
    echo "smoke: FAIL: $1" >&2
    if [[ -n ${2:-} && -s $2 ]]; then
        head -n 25 "$2" | sed 's/^/    | /' >&2
    fi
    exit 1
}
step() {
    echo "smoke: $*"
}

[[ -x $LAUNCHER ]] || fail "no launcher at $LAUNCHER (build it with installer/build.sh app-image)"

# The one line the window may print on stderr: the app's own start line. (JavaFX's warning that it
# runs from the class path is kept below SEVERE by Main, since that is how Leadbench ships.)
START_LINE='^leadbench: demo\.db open, [0-9]+ leads shown [0-9]+ ms after the JVM started$'
ALLOWED="$START_LINE"

# --- 1. --version
step "$LAUNCHER --version"
"$LAUNCHER" --version >"$TMP/version.out" 2>"$TMP/version.err" || fail "--version exited with status $?" "$TMP/version.err"
[[ -s $TMP/version.err ]] && fail "--version printed on stderr" "$TMP/version.err"
grep -q '^Leadbench ' "$TMP/version.out" || fail "--version printed '$(head -c 200 "$TMP/version.out")', not 'Leadbench <version>'"
step "  $(cat "$TMP/version.out")"

# --- 2. a small demo database
DB=$TMP/demo.db
step "demo --db $DB --contacts $CONTACTS"
"$LAUNCHER" demo --db "$DB" --contacts "$CONTACTS" >"$TMP/demo.out" 2>"$TMP/demo.err" \
    || fail "demo exited with status $?" "$TMP/demo.err"
[[ -s $TMP/demo.err ]] && fail "demo printed on stderr" "$TMP/demo.err"
grep -q "^demo: wrote $CONTACTS contacts" "$TMP/demo.out" || fail "demo did not say 'demo: wrote $CONTACTS contacts'" "$TMP/demo.out"
[[ -s $DB ]] || fail "demo wrote no $DB"
step "  $(cut -c 1-100 "$TMP/demo.out")..."

# --- 3. a headless score: the CSV on stdout, one summary line on stderr
step "score --db $DB --dry-run"
"$LAUNCHER" score --db "$DB" --dry-run >"$TMP/score.csv" 2>"$TMP/score.err" || fail "score exited with status $?" "$TMP/score.err"
head -n 1 "$TMP/score.csv" | grep -q '^contact_id,external_id,email,.*,tier,' || fail "score's CSV header is '$(head -n 1 "$TMP/score.csv" | cut -c 1-120)'"
rows=$(grep -c '^[0-9][0-9]*,' "$TMP/score.csv" || true)
[[ $rows == "$CONTACTS" ]] || fail "score wrote $rows CSV rows for $CONTACTS contacts"
grep -q "^score: contacts=$CONTACTS " "$TMP/score.err" || fail "score did not report 'score: contacts=$CONTACTS'" "$TMP/score.err"
if [[ $(wc -l <"$TMP/score.err") -ne 1 ]]; then
    fail "score printed more than its summary on stderr" "$TMP/score.err"
fi
step "  header + $rows rows; $(cat "$TMP/score.err")"

# --- 4. the window
if command -v Xvfb >/dev/null 2>&1; then
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$TMP/xvfb.display" >"$TMP/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 1 100); do
        [[ -s $TMP/xvfb.display ]] && break
        kill -0 "$XVFB_PID" 2>/dev/null || fail "Xvfb did not start" "$TMP/xvfb.log"
        sleep 0.1
    done
    [[ -s $TMP/xvfb.display ]] || fail "Xvfb did not start within 10 s" "$TMP/xvfb.log"
    export DISPLAY=:$(head -n 1 "$TMP/xvfb.display")
    step "window on Xvfb $DISPLAY"
elif [[ -n ${DISPLAY:-} ]]; then
    step "window on DISPLAY=$DISPLAY (no Xvfb installed)"
else
    fail "no X server for the window: apt-get install -y xvfb (or set DISPLAY)"
fi

: >"$TMP/window.err"   # exists before the loop below reads it
"$LAUNCHER" --db "$DB" >"$TMP/window.out" 2>"$TMP/window.err" &
APP_PID=$!
SECONDS=0
shown=
while ((SECONDS < TIMEOUT)); do
    if grep -Eq "$START_LINE" "$TMP/window.err"; then
        shown=yes
        break
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        status=0
        wait "$APP_PID" || status=$?
        APP_PID=
        fail "the window exited with status $status before the leads were shown" "$TMP/window.err"
    fi
    # An exception (the NoClassDefFoundError of a module missing from the runtime, say) fails at once.
    if grep -Eq 'Exception|Error' "$TMP/window.err"; then
        sleep 1
        fail "the window failed before the leads were shown: $(grep -Em1 'Exception|Error' "$TMP/window.err" | cut -c 1-160)" "$TMP/window.err"
    fi
    sleep 0.5
done
[[ -n $shown ]] || fail "no start line within ${TIMEOUT}s: the leads were not shown" "$TMP/window.err"
# Let the window run on for a moment: errors right after the leads arrive count too.
sleep 3
if [[ -n ${SMOKE_SCREENSHOT:-} ]]; then
    # The start line comes when the leads are loaded; on a busy machine the first frame that
    # shows them was painted up to ~5 s later.
    sleep "${SMOKE_SCREENSHOT_DELAY:-7}"
    import -window root "$SMOKE_SCREENSHOT" || fail "could not take the screenshot $SMOKE_SCREENSHOT"
    step "  screenshot $SMOKE_SCREENSHOT"
fi
kill -0 "$APP_PID" 2>/dev/null || fail "the window closed by itself after the leads were shown" "$TMP/window.err"
# Close it. SIGTERM runs the JVM's shutdown; the window has no menu to drive from here.
kill -TERM "$APP_PID"
for _ in $(seq 1 20); do
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.5
done
if kill -0 "$APP_PID" 2>/dev/null; then
    kill -KILL "$APP_PID"
fi
wait "$APP_PID" 2>/dev/null || true
APP_PID=
if grep -Evq "$ALLOWED" "$TMP/window.err"; then
    fail "the window printed more than its start line on stderr: $(grep -Ev -m1 "$ALLOWED" "$TMP/window.err" | cut -c 1-160)" "$TMP/window.err"
fi
step "  $(grep -E "$START_LINE" "$TMP/window.err")"
echo "smoke: OK ($LAUNCHER)"
