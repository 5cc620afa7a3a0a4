#!/usr/bin/env bash
# Builds the AOT cache that the installed desktop app starts from, inside a jpackage app image, with the image's own
# launcher and bundled runtime: the run and the installed app then use the same runtime, JVM options and class path.
# Java (JDK 25) accepts the cache where the app image is installed, as long as the jars and the runtime are the same
# files at the same places relative to each other.
#
# The training run starts the desktop app on a virtual display on a made-up 400-day journal, waits until its first
# page is drawn (the "gutlog: ready" line) and stops it; Java then builds the cache from what that run loaded. The
# script checks that the image's launcher starts from the new cache and only then names it in the launcher's
# configuration (lib/app/gutlog.cfg). The journal, settings and home folder of the run are in a temporary folder.
#
# Needs: Xvfb (apt-get install xvfb) and the libraries the app needs to show a window (libgtk-3-0).
# Usage: dist/train-aot.sh APP_IMAGE   (the folder jpackage --type app-image made, e.g. target/dist/image/gutlog)
set -euo pipefail

image=${1:?usage: dist/train-aot.sh APP_IMAGE}
launcher="$image/bin/gutlog"
config="$image/lib/app/gutlog.cfg"
cache_name=gutlog.aot
cache="$image/lib/app/$cache_name"
timeout_seconds=${TIMEOUT:-120}

fail() { echo "train-aot: $*" >&2; exit 1; }
[ -x "$launcher" ] && [ -f "$config" ] || fail "$image is not a GutLog app image (no bin/gutlog or lib/app/gutlog.cfg)"
command -v Xvfb >/dev/null || fail "needs Xvfb to show the app while it records: apt-get install xvfb"
grep -q -- "-XX:AOTCache=" "$config" && fail "$config already names an AOT cache"
# The options are appended to the configuration's last section, which must be the JVM options.
[ "$(grep '^\[' "$config" | tail -n 1)" = "[JavaOptions]" ] || fail "$config does not end with its [JavaOptions]"

work=$(mktemp -d)
xvfb="" app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

display=95
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do
  [ -e "/tmp/.X11-unix/X$display" ] && break
  kill -0 "$xvfb" 2>/dev/null || fail "Xvfb did not start"
  sleep 0.1
done

export DISPLAY=":$display" HOME="$work/home" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
unset GUTLOG_DB JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS
private="-Djava.util.prefs.userRoot=$work/prefs"
journal="$work/journal.db"
"$launcher" --db "$journal" demo --days 400 >/dev/null

# The recording run, stopped once its first page is drawn.
record="$work/gutlog.aotconf"
mkfifo "$work/stdout"
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$record -Dgutlog.startup.report=true $private" \
  "$launcher" --db "$journal" >"$work/stdout" 2>"$work/stderr" &
app=$!
ready=""
deadline=$((SECONDS + timeout_seconds))
exec 3<"$work/stdout"
while [ "$SECONDS" -lt "$deadline" ] && IFS= read -r -t "$((deadline - SECONDS))" line <&3; do
  if [ "$line" = "gutlog: ready" ]; then ready=yes; break; fi
done
cat <&3 >/dev/null &
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
app=""
exec 3<&-
[ -n "$ready" ] || { cat "$work/stderr" >&2; fail "the app was not ready within ${timeout_seconds}s"; }
[ -s "$record" ] || fail "the recording run left no AOT configuration"

rm -f "$cache"
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$record -XX:AOTCache=$cache" "$launcher" \
  >"$work/create.log" 2>&1 || { cat "$work/create.log" >&2; fail "Java could not build the AOT cache"; }

# With -XX:AOTMode=on, Java stops with an error where it cannot use the cache.
JAVA_TOOL_OPTIONS="-XX:AOTMode=on -XX:AOTCache=$cache" "$launcher" --version >"$work/check.log" 2>&1 ||
  { cat "$work/check.log" >&2; fail "the launcher cannot start from the new AOT cache"; }

# $APPDIR is where the launcher's jars are, wherever the image is installed. A cache that cannot be used (say, with a
# garbage collector chosen in JAVA_TOOL_OPTIONS) is passed over quietly, as the launcher script does.
printf '%s\n' "java-options=-XX:AOTCache=\$APPDIR/$cache_name" "java-options=-Xlog:aot*=off,cds*=off" >>"$config"
echo "train-aot: $cache ($(du -h "$cache" | cut -f1)), named in $config"
