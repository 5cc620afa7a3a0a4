#!/usr/bin/env bash
# Installs GutLog's .deb, runs the installed command line, starts the installed desktop app on a virtual display,
# takes a screenshot of it, quits it and removes the package again. Prints each check; exits non-zero on a failure.
# Needs root and: apt-get install xvfb xdotool imagemagick (the .deb's own dependencies are installed by apt-get).
# Build the .deb first: ./mvnw -Pdist package -DskipTests
# Usage: dist/check-deb.sh [FILE.deb] [SCREENSHOT.png]   (defaults: target/dist/gutlog_*.deb, /tmp/installed.png)
# It refuses to run where a gutlog package is already installed, as it removes (purges) the package at the end.
# The app runs with a journal, settings and home folder in a temporary folder, never the user's own.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:-$(ls target/dist/gutlog_*.deb 2>/dev/null | head -n 1 || true)}
screenshot=${2:-/tmp/installed.png}
start_timeout=90 quit_timeout=30

fail() { echo "FAIL - $*" >&2; exit 1; }
ok() { echo "ok - $*"; }

[ -n "$deb" ] && [ -f "$deb" ] || fail "no .deb found; build it with ./mvnw -Pdist package -DskipTests"
deb=$(readlink -f "$deb")
[ "$(id -u)" -eq 0 ] || fail "needs root to install the package"
for tool in Xvfb xdotool import identify compare; do
  command -v "$tool" >/dev/null || fail "needs $tool: apt-get install xvfb xdotool imagemagick"
done
if dpkg-query -W -f='${Status}' gutlog 2>/dev/null | grep -q "ok installed"; then
  fail "a gutlog package is already installed; remove it first (dpkg -r gutlog)"
fi

work=$(mktemp -d)
installed="" app="" xvfb=""
# The package's postinst makes this folder where it is missing (see dist/linux/postinst); put the machine back.
menus=/usr/share/desktop-directories
[ -d "$menus" ] && had_menus=yes || had_menus=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  [ -n "$installed" ] && dpkg -P gutlog >/dev/null 2>&1 || true
  [ -z "$had_menus" ] && rmdir "$menus" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "# $(basename "$deb"): $(du -h "$deb" | cut -f1), installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"

# Install, with the package's dependencies.
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log" >&2; fail "apt-get install $deb"; }
installed=yes
ok "installed $(dpkg-query -W -f='${Package} ${Version}' gutlog)"

command=$(command -v gutlog) || fail "no gutlog command on the PATH"
[ "$command" = /usr/bin/gutlog ] || fail "gutlog is $command, not /usr/bin/gutlog"
ok "command: $command"
[ -f /usr/lib/gutlog/runtime/lib/server/libjvm.so ] ||
  fail "no bundled Java runtime in /usr/lib/gutlog/runtime"
runtime_version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' /usr/lib/gutlog/runtime/release)
ok "bundled runtime: /usr/lib/gutlog/runtime (Java $runtime_version)"

# The desktop entry: installed into the system's applications folder, starting the command, with an icon.
entry=$(find /usr/share/applications /usr/local/share/applications -name 'gutlog*.desktop' 2>/dev/null |
  head -n 1 || true)
[ -n "$entry" ] || fail "no desktop entry installed"
grep -qx "Exec=$command" "$entry" || fail "$entry does not start $command"
icon=$(sed -n 's/^Icon=//p' "$entry")
[ -f "$icon" ] && identify "$icon" >/dev/null 2>&1 || fail "icon $icon of $entry is missing or not an image"
ok "desktop entry: $entry (icon $icon, $(identify -format '%wx%h' "$icon"))"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$entry" || fail "desktop-file-validate $entry"
  ok "desktop-file-validate $entry"
fi

# Everything the app writes goes to the temporary folder.
export HOME="$work/home" GUTLOG_DB="$work/app/journal.db"
mkdir -p "$HOME" "$work/prefs/.java/.userPrefs"

# The command line.
version=$(gutlog --version 2>/dev/null | head -n 1) || fail "gutlog --version"
case $version in GutLog*) ;; *) fail "gutlog --version printed: $version" ;; esac
ok "gutlog --version: $version"
gutlog --db "$work/cli.db" demo --days 30 >"$work/demo.txt" 2>&1 || { cat "$work/demo.txt" >&2; fail "gutlog demo"; }
ok "gutlog --db $work/cli.db demo --days 30: $(head -n 1 "$work/demo.txt")"
gutlog --db "$work/cli.db" measures >"$work/measures.txt" 2>&1 ||
  { cat "$work/measures.txt" >&2; fail "gutlog measures"; }
[ -s "$work/measures.txt" ] || fail "gutlog measures printed nothing"
ok "gutlog --db $work/cli.db measures: $(grep -c . "$work/measures.txt") lines"

# The desktop app, on a virtual display of its own (Xvfb picks a free display number).
Xvfb -displayfd 3 -screen 0 1100x760x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$(cat "$work/display")"
ok "Xvfb on $DISPLAY"

# The first start of the installed app is from the AOT cache shipped in the package: -XX:AOTMode=on makes Java stop
# with an error where it cannot use the cache, and the class loading log says where each class came from.
cache=/usr/lib/gutlog/app/gutlog.aot
[ -s "$cache" ] || fail "no AOT cache at $cache"
grep -qx 'java-options=-XX:AOTCache=$APPDIR/gutlog.aot' /usr/lib/gutlog/app/gutlog.cfg ||
  fail "the launcher's configuration does not name the AOT cache"
ok "AOT cache: $cache ($(du -h "$cache" | cut -f1)), named in /usr/lib/gutlog/app/gutlog.cfg"
JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$work/prefs -XX:AOTMode=on -Xlog:class+load=info:file=$work/classes.log" \
  gutlog >"$work/app.log" 2>&1 &
app=$!
window=""
for _ in $(seq $((start_timeout * 2))); do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; fail "the app exited before showing a window"; }
  window=$(xdotool search --onlyvisible --name GutLog 2>/dev/null | head -n 1) && [ -n "$window" ] && break
  sleep 0.5
done
[ -n "$window" ] || { cat "$work/app.log" >&2; fail "no GutLog window within ${start_timeout}s"; }
geometry=$(xdotool getwindowgeometry "$window" | sed -n 's/.*Geometry: //p')
ok "window shown: \"$(xdotool getwindowname "$window")\" ($geometry)"

# The screenshot, once the window has drawn its page: two screenshots in a row alike, in more than 100 colours.
colours=0 same=""
for _ in $(seq 60); do
  import -window root "$work/shot.png"
  colours=$(identify -format %k "$work/shot.png")
  if [ "$colours" -gt 100 ] && [ -f "$work/previous.png" ] &&
    [ "$(compare -metric AE "$work/shot.png" "$work/previous.png" null: 2>&1)" = 0 ]; then
    same=yes
    break
  fi
  mv "$work/shot.png" "$work/previous.png"
  sleep 0.5
done
[ -n "$same" ] || fail "the window did not settle into a drawn page (last screenshot: $colours colours)"
cp "$work/shot.png" "$screenshot"
ok "screenshot: $screenshot ($colours colours)"
kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; fail "the app exited after showing its window"; }
ok "app still running (pid $app)"
from_cache=$(grep -c "source: shared objects file" "$work/classes.log" || true)
gutlog_classes=$(grep -c "\] app\.gutlog\." "$work/classes.log" || true)
gutlog_from_cache=$(grep "\] app\.gutlog\." "$work/classes.log" | grep -c "source: shared objects file" || true)
[ "$gutlog_from_cache" -gt 0 ] && [ $((gutlog_from_cache * 10)) -ge $((gutlog_classes * 9)) ] ||
  fail "the first start took $gutlog_from_cache of GutLog's $gutlog_classes classes from the AOT cache"
ok "first start from the AOT cache: $from_cache of $(grep -c . "$work/classes.log") classes," \
  "$gutlog_from_cache of GutLog's $gutlog_classes"
[ -f "$GUTLOG_DB" ] || fail "the app did not open its journal at $GUTLOG_DB"
ok "journal opened at \$GUTLOG_DB ($GUTLOG_DB)"
[ ! -e "$HOME/.openjfx" ] || fail "JavaFX unpacked its native libraries into ~/.openjfx instead of using the runtime's"
ok "JavaFX's native libraries loaded from the bundled runtime (nothing unpacked into ~/.openjfx)"
grep -q Exception "$work/app.log" && { cat "$work/app.log" >&2; fail "the app printed an exception"; }
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$work/app.log" | sed 's/^/# the app printed: /' || true

# Quit with the menu's shortcut, as a user would.
xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q
for _ in $(seq $((quit_timeout * 2))); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
kill -0 "$app" 2>/dev/null && fail "the app did not quit within ${quit_timeout}s of Ctrl+Q"
status=0
wait "$app" || status=$?
app=""
[ "$status" -eq 0 ] || { cat "$work/app.log" >&2; fail "the app quit with status $status"; }
ok "quit with Ctrl+Q (exit status 0)"

# Remove the package: the command, the files and the desktop entry go with it.
dpkg -P gutlog >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "dpkg -P gutlog"; }
installed=""
[ ! -e /usr/bin/gutlog ] && [ ! -e /usr/lib/gutlog ] || fail "files left after dpkg -P gutlog"
[ ! -e "$entry" ] || fail "desktop entry $entry left after dpkg -P gutlog"
! dpkg-query -W gutlog >/dev/null 2>&1 || fail "dpkg still lists gutlog"
ok "removed with dpkg -P gutlog (command, /usr/lib/gutlog and desktop entry gone)"
echo "# all checks passed"
