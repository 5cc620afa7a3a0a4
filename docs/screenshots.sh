#!/usr/bin/env bash
# Takes the README's screenshots of the real app under a virtual display.
# Needs: ./mvnw package first, and `apt-get install xvfb libgtk-3-0 imagemagick`.
# Usage: docs/screenshots.sh            (writes docs/*.png)
set -euo pipefail
cd "$(dirname "$0")/.."

width=1100 height=760 display=:77
work=$(mktemp -d)
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

Xvfb "$display" -screen 0 "${width}x${height}x24" >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display

# shot NAME THEME [gutlog arguments...]: opens the app with fresh settings and saves docs/NAME.png.
shot() {
  local name=$1 theme=$2
  shift 2
  local prefs="$work/prefs-$name"
  mkdir -p "$prefs/.java/.userPrefs/app/gutlog"
  cat > "$prefs/.java/.userPrefs/app/gutlog/prefs.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="theme" value="$theme"/>
  <entry key="window.x" value="0.0"/>
  <entry key="window.y" value="0.0"/>
  <entry key="window.width" value="$width.0"/>
  <entry key="window.height" value="$height.0"/>
</map>
XML
  JAVA_OPTS="-Djava.util.prefs.userRoot=$prefs" target/gutlog/bin/gutlog "$@" &
  local app=$!
  sleep "${SHOT_DELAY:-8}"
  import -window root "docs/$name.png"
  kill "$app"
  wait "$app" 2>/dev/null || true
  echo "docs/$name.png"
}

shot main-window-light LIGHT --db "$work/light/journal.db"
shot main-window-dark DARK --db "$work/dark/journal.db"
