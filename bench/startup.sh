#!/usr/bin/env bash
# Start-up benchmark: the time from launching GutLog on a 10-year journal to a usable window, against a minimal JavaFX
# window (a Stage with one Label, bench/MinimalWindow.java) started the same way. A second baseline, a bare day form
# (about twenty stock controls built in code, bench/BareFormWindow.java), shows what any window for logging a day costs
# beyond the minimal one. docs/benchmarks.md has the figures.
#
# Needs: ./mvnw -B package -DskipTests first (this script builds nothing but the two baselines), a JDK 25 or newer
# (JAVA_HOME, or javac and java on the PATH) and `apt-get install xvfb libgtk-3-0 procps`.
# Usage: bench/startup.sh [ROUNDS]
#   ROUNDS timed rounds (default 7), after one warm-up round that is not counted. Each round starts every variant once,
#   one after the other, beginning with a different one each round. TIMEOUT (seconds, default 60) is how long one start
#   may take before the benchmark fails.
#
# What is timed: from just before the launch to the moment the process prints its ready line on standard output.
# GutLog prints "gutlog: ready" (only with -Dgutlog.startup.report=true) once the journal is open, its first page is
# shown and the page's first frame has been drawn; the baselines print "minimal: ready" and "bare-form: ready" after
# their own first frames, by the same rule. The process is then stopped and waited for before the next start.
#
# "The same way": all go through GutLog's launcher script, with the same java, JVM options and JAVA_OPTS. Each
# baseline's launcher is a copy of bin/gutlog that differs only in its main class, over a lib/ folder that holds
# JavaFX's jars and the baselines' own jar. The launcher gives the desktop app an AOT cache of its own (Java's
# ahead-of-time cache of the classes it loads, linked, and of the module graph) in the user's cache folder; every
# variant here has a cache folder of its own, so each baseline gets a cache of its own too, and the "no AOT
# cache" variants turn it off with JAVA_OPTS=-Xshare:auto (the JDK's own class data sharing archive only). The warm-up
# round records what each loads, and the benchmark waits until the launcher has built every cache from that.
#
# Where the .deb is installed (/usr/bin/gutlog, with /usr/lib/gutlog/app/gutlog.cfg), three more variants: the installed app, which
# starts from the AOT cache its package ships (Java options in JAVA_TOOL_OPTIONS, as its launcher takes no JAVA_OPTS),
# the installed app with that cache turned off (-XX:AOTMode=off), and GutLog's launcher script on a first start, with
# an empty cache folder each time (the run that records what the app loads; the cache it builds afterwards is built
# before the next start and then thrown away).
#
# Nothing touches your own data: the journal, its backups, the settings, the caches and HOME are in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-7}
timeout_seconds=${TIMEOUT:-60}
case $rounds in '' | *[!0-9]* | 0) echo "usage: bench/startup.sh [ROUNDS]" >&2; exit 2 ;; esac

gutlog=target/gutlog/bin/gutlog
if [ ! -x "$gutlog" ]; then
  echo "bench/startup.sh: $gutlog is missing. Build GutLog first: ./mvnw -B package -DskipTests" >&2
  exit 2
fi
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
jar="${JAVA_HOME:+$JAVA_HOME/bin/}jar"

work=$(mktemp -d)
xvfb=""
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The baselines: compiled against GutLog's JavaFX jars, in a jar (class data sharing archives only classes from jars),
# each started by a copy of GutLog's launcher.
baselines=target/bench/baselines
rm -rf target/bench
mkdir -p target/bench/classes "$baselines/bin" "$baselines/lib"
for file in target/gutlog/lib/javafx-*.jar target/gutlog/lib/jvm.options; do
  ln -s "$PWD/$file" "$baselines/lib/"
done
module_path=$(printf '%s:' target/gutlog/lib/javafx-*-linux*.jar)
"$javac" -d target/bench/classes --module-path "${module_path%:}" --add-modules javafx.controls bench/*.java
"$jar" --create --file "$baselines/lib/baselines.jar" -C target/bench/classes .
if [ "$(grep -c 'app\.gutlog\.Main' "$gutlog")" != 1 ]; then
  echo "bench/startup.sh: expected the main class app.gutlog.Main once in $gutlog" >&2
  exit 2
fi
sed 's/app\.gutlog\.Main/MinimalWindow/' "$gutlog" > "$baselines/bin/minimal"
sed 's/app\.gutlog\.Main/BareFormWindow/' "$gutlog" > "$baselines/bin/bare-form"
chmod +x "$baselines/bin/minimal" "$baselines/bin/bare-form"

# A spare display.
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do
  [ -e "/tmp/.X11-unix/X$display" ] && break
  kill -0 "$xvfb" 2>/dev/null || { echo "bench/startup.sh: Xvfb did not start" >&2; exit 1; }
  sleep 0.1
done
export DISPLAY=":$display"

# Nothing here may touch your own data: a home, settings and caches of the benchmark's own.
export HOME="$work/home"
mkdir -p "$HOME"
unset GUTLOG_DB

# The 10-year journal. GutLog backs a journal up on the first start of each day: a command makes today's backup here,
# and again if the date changes during the benchmark, so that no timed start makes one.
journal="$work/journal/journal.db"
mkdir -p "$work/journal"
"$gutlog" --db "$journal" demo --days 3650 --seed 7 >/dev/null
backed_up_on=""
back_up_today() {
  if [ "$(date +%F)" != "$backed_up_on" ]; then
    backed_up_on=$(date +%F)
    "$gutlog" --db "$journal" measures >/dev/null
  fi
}

# launch NAME: starts one variant, sets elapsed to its time to ready in milliseconds, and stops it.
launch() {
  local name=$1 launcher=$gutlog java_opts="-Djava.util.prefs.userRoot=$work/prefs-$1" ready="gutlog: ready"
  local cache_home="$work/cache-$1" options_variable=JAVA_OPTS
  case $name in
    gutlog) java_opts="$java_opts -Dgutlog.startup.report=true" ;;
    gutlog-no-aot-cache) java_opts="$java_opts -Dgutlog.startup.report=true -Xshare:auto" ;;
    gutlog-first-start) java_opts="$java_opts -Dgutlog.startup.report=true" cache_home="$work/cache-first-start-$RANDOM" ;;
    installed) launcher=$installed options_variable=JAVA_TOOL_OPTIONS
      java_opts="$java_opts -Dgutlog.startup.report=true" ;;
    installed-no-aot-cache) launcher=$installed options_variable=JAVA_TOOL_OPTIONS
      java_opts="$java_opts -Dgutlog.startup.report=true -XX:AOTMode=off" ;;
    minimal) launcher=$baselines/bin/minimal ready="minimal: ready" ;;
    bare-form) launcher=$baselines/bin/bare-form ready="bare-form: ready" ;;
    minimal-no-aot-cache) launcher=$baselines/bin/minimal java_opts="$java_opts -Xshare:auto" ready="minimal: ready" ;;
  esac
  local output=$work/output-$name fifo=$work/stdout
  rm -f "$fifo"
  mkfifo "$fifo"
  local start end="" line deadline=$((SECONDS + timeout_seconds))
  start=$(date +%s%N)
  env XDG_CACHE_HOME="$cache_home" "$options_variable=$java_opts" "$launcher" --db "$journal" >"$fifo" 2>"$output.err" &
  app=$!
  exec 3<"$fifo"
  while [ "$SECONDS" -lt "$deadline" ] && IFS= read -r -t "$((deadline - SECONDS))" line <&3; do
    if [ "$line" = "$ready" ]; then
      end=$(date +%s%N)
      break
    fi
    printf '%s\n' "$line" >>"$output"
  done
  # keep reading what it prints while it stops
  cat <&3 >>"$output" &
  local drain=$!
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
  wait "$drain" || true
  exec 3<&-
  if [ -z "$end" ]; then
    echo "bench/startup.sh: $name was not ready within ${timeout_seconds}s, or stopped first; it printed:" >&2
    cat "$output" "$output.err" >&2 2>/dev/null || true
    exit 1
  fi
  elapsed=$(((end - start) / 1000000))
  if [ "$name" = gutlog-first-start ]; then
    while pgrep -f "AOTMode=create.*$work" >/dev/null; do sleep 0.5; done
    rm -rf "$cache_home"
  fi
}

# After the warm-up round the launcher builds each AOT cache in the background; no timed start may run beside that.
wait_for_aot_caches() {
  local name deadline=$((SECONDS + 300))
  for name in gutlog minimal bare-form; do
    until ls "$work/cache-$name"/gutlog/app-*.aot >/dev/null 2>&1; do
      if [ "$SECONDS" -ge "$deadline" ]; then
        echo "bench/startup.sh: the launcher built no AOT cache for $name within 300 s" >&2
        exit 1
      fi
      sleep 0.5
    done
  done
  while pgrep -f "AOTMode=create.*$work" >/dev/null; do sleep 0.5; done
}

variants=(gutlog minimal bare-form gutlog-no-aot-cache minimal-no-aot-cache)
installed=""
if [ -f /usr/lib/gutlog/app/gutlog.cfg ] && [ -x /usr/bin/gutlog ]; then
  installed=/usr/bin/gutlog
  variants+=(installed installed-no-aot-cache gutlog-first-start)
fi
declare -A times elapsed_by_name
gutlog_jar=$(cd target/gutlog/lib && echo gutlog-*.jar)
echo "${gutlog_jar%.jar}, $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1), $(nproc) cores;" \
  "$rounds rounds after one warm-up round; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s' round; printf '%24s' "${variants[@]}"; echo
for round in $(seq 0 "$rounds"); do
  back_up_today
  if [ "$round" = 0 ]; then printf '%-8s' warm-up; else printf '%-8s' "$round"; fi
  # each round starts with the next variant, so that none always runs first after the same other one
  for i in "${!variants[@]}"; do
    name=${variants[$(((i + round) % ${#variants[@]}))]}
    launch "$name"
    elapsed_by_name[$name]=$elapsed
  done
  for name in "${variants[@]}"; do
    printf '%21s ms' "${elapsed_by_name[$name]}"
    if [ "$round" != 0 ]; then times[$name]="${times[$name]:-} ${elapsed_by_name[$name]}"; fi
  done
  echo
  if [ "$round" = 0 ]; then
    wait_for_aot_caches
  fi
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A medians
printf '%-8s' median
for name in "${variants[@]}"; do
  medians[$name]=$(median <<<"${times[$name]}")
  printf '%21s ms' "${medians[$name]}"
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
target=1.3
with=$(ratio "${medians[gutlog]}" "${medians[minimal]}")
without=$(ratio "${medians[gutlog-no-aot-cache]}" "${medians[minimal-no-aot-cache]}")
against_form=$(ratio "${medians[gutlog]}" "${medians[bare-form]}")
verdict=$(awk -v r="$against_form" -v t="$target" 'BEGIN { print (r <= t) ? "meets" : "misses" }')
echo "GutLog / bare day form, both with an AOT cache (as the launcher starts them): $against_form ($verdict the ${target}x target)"
echo "GutLog / minimal window, both with an AOT cache:                             $with"
echo "GutLog / minimal window, both without:                                       $without"
echo "Bare day form / minimal window, both with an AOT cache:                      $(ratio "${medians[bare-form]}" "${medians[minimal]}")" \
  "(the least a window for logging a day costs beyond the minimal window)"
echo "The AOT cache saves GutLog $(ratio "${medians[gutlog-no-aot-cache]}" "${medians[gutlog]}")x," \
  "the minimal window $(ratio "${medians[minimal-no-aot-cache]}" "${medians[minimal]}")x"
if [ -n "$installed" ]; then
  echo "Installed app (every start from its shipped AOT cache) / launcher script with its cache: $(ratio "${medians[installed]}" "${medians[gutlog]}")"
  echo "Launcher script's first start (recording, no cache yet) / installed app:               $(ratio "${medians[gutlog-first-start]}" "${medians[installed]}")"
  echo "The shipped AOT cache saves the installed app $(ratio "${medians[installed-no-aot-cache]}" "${medians[installed]}")x"
fi
