#!/usr/bin/env bash
# Takes the README's screenshots of the real app under a virtual display.
# Needs: ./mvnw package first, and `apt-get install xvfb libgtk-3-0 imagemagick xdotool poppler-utils`.
# Usage: docs/screenshots.sh            (writes docs/*.png)
set -euo pipefail
cd "$(dirname "$0")/.."

width=1100 height=760 display=:77
work=$(mktemp -d)
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

Xvfb "$display" -screen 0 "${width}x${height}x24" >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display

# seed FILE DAYS: a demo journal (with its planted effects) of DAYS made-up days ending today.
seed() {
  target/gutlog/bin/gutlog --db "$1" demo --days "$2" --seed 4 >/dev/null
}

# [W=… H=…] [TEXT_SIZE=HUGE] [LOCALE_OPTIONS=…] shot NAME THEME KEYS [gutlog arguments...]: opens the app with fresh
# settings (a window of W×H, default the whole screen; the text size, default normal; Java's locale options), presses KEYS (xdotool names, or
# click:X:Y for a click at a point of the window; "-" for none) and saves docs/NAME.png.
shot() {
  local name=$1 theme=$2 keys=$3
  shift 3
  local prefs="$work/prefs-$name"
  mkdir -p "$prefs/.java/.userPrefs/app/gutlog"
  cat > "$prefs/.java/.userPrefs/app/gutlog/prefs.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="theme" value="$theme"/>
  <entry key="dayFormTour.seen" value="${TOUR_SEEN:-true}"/>
  <entry key="window.x" value="0.0"/>
  <entry key="window.y" value="0.0"/>
  <entry key="window.width" value="${W:-$width}.0"/>
  <entry key="window.height" value="${H:-$height}.0"/>
  <entry key="textSize" value="${TEXT_SIZE:-NORMAL}"/>
</map>
XML
  JAVA_OPTS="-Djava.util.prefs.userRoot=$prefs ${LOCALE_OPTIONS:-}" target/gutlog/bin/gutlog "$@" &
  local app=$!
  sleep "${SHOT_DELAY:-8}"
  if ! kill -0 "$app" 2>/dev/null; then
    echo "GutLog exited before docs/$name.png could be taken; see its messages above." >&2
    exit 1
  fi
  if [ "$keys" != "-" ]; then
    for key in $keys; do
      case $key in
        click:*) IFS=: read -r _ x y <<< "$key"; xdotool mousemove "$x" "$y" click 1 ;;
        *) xdotool key "$key" ;;
      esac
      sleep 3
    done
  fi
  import -window root -crop "${W:-$width}x${H:-$height}+0+0" +repage "docs/$name.png"
  kill "$app"
  wait "$app" 2>/dev/null || true
  echo "docs/$name.png"
}

shot main-window-light LIGHT - --db "$work/light/journal.db"
shot main-window-dark DARK - --db "$work/dark/journal.db"
TOUR_SEEN=false shot tour LIGHT ctrl+2 --db "$work/light/journal.db"
seed "$work/seeded/journal.db" 400
shot journal LIGHT ctrl+2 --db "$work/seeded/journal.db"
W=1024 H=640 shot journal-1024 LIGHT ctrl+2 --db "$work/seeded/journal.db"
TEXT_SIZE=HUGE shot journal-150 DARK ctrl+2 --db "$work/seeded/journal.db"
# the pseudo-locale: every text 40 % longer, accented and bracketed, at the smallest window and the largest text
W=1024 H=640 TEXT_SIZE=HUGE LOCALE_OPTIONS="-Duser.language=en -Duser.country=XA" \
  shot pseudo-locale DARK ctrl+2 --db "$work/seeded/journal.db"
# the first check-in asks what to track; "Start checking in" takes the gut set, then two values are keyed in
seed "$work/check-in/journal.db" 60
shot check-in-choose LIGHT - --db "$work/check-in/journal.db" --check-in
shot check-in LIGHT "click:301:512 7 3" --db "$work/check-in/journal.db" --check-in
shot history LIGHT ctrl+3 --db "$work/seeded/journal.db"
# a search of the notes, over a few days given notes from the command line
for ago in 2 9 23 41; do
  target/gutlog/bin/gutlog --db "$work/seeded/journal.db" log --date "$(date -d "$ago days ago" +%F)" \
    --note "Pizza with friends on day -$ago, then bloated in the evening" >/dev/null
done
shot history-search LIGHT "ctrl+3 ctrl+f p i z z a" --db "$work/seeded/journal.db"
shot insights LIGHT ctrl+4 --db "$work/seeded/journal.db"
# the Effects tab, at the "Same day" lag
shot insights-dark DARK "ctrl+4 click:685:223 click:356:149" --db "$work/seeded/journal.db"
# a trial on the demo journal: alcohol-free for 30 days, 60 to 31 days ago, with a baseline and a reintroduction
day() { date -d "$1 days ago" +%F; }
target/gutlog/bin/gutlog --db "$work/seeded/journal.db" trials add --name "Alcohol-free month" --protocol alcohol_free \
  --baseline-from "$(day 90)" --start "$(day 60)" --end "$(day 31)" --reintroduce-until "$(day 10)" --outcome bloating >/dev/null
shot trials LIGHT ctrl+5 --db "$work/seeded/journal.db"
# a page of the practitioner report, rendered from the PDF
target/gutlog/bin/gutlog --db "$work/seeded/journal.db" report --out "$work/report.pdf" --name "Alex Example" >/dev/null
pdftoppm -f 3 -l 3 -r 80 -png -singlefile "$work/report.pdf" docs/report-page
echo docs/report-page.png
shot measures LIGHT ctrl+6 --db "$work/seeded/journal.db"
shot learn LIGHT ctrl+7 --db "$work/seeded/journal.db"
