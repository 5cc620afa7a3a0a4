#!/usr/bin/env bash
# Takes the README's screenshots of the real app under a virtual display.
# Needs: ./mvnw package first, python3, and `apt-get install xvfb libgtk-3-0 imagemagick xdotool`.
# Usage: docs/screenshots.sh            (writes docs/*.png)
set -euo pipefail
cd "$(dirname "$0")/.."

width=1100 height=760 display=:77
work=$(mktemp -d)
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

Xvfb "$display" -screen 0 "${width}x${height}x24" >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display

# seed FILE: a journal of ten weeks of made-up days, for pictures of the journal and its history.
seed() {
  target/gutlog/bin/gutlog --db "$1" measures >/dev/null
  python3 - "$1" <<'PY'
import datetime, random, sqlite3, sys
random.seed(4)
db = sqlite3.connect(sys.argv[1])
ids = dict(db.execute("SELECT key, id FROM measure"))
today = datetime.date.today()
for back in range(0, 75):
    day = today - datetime.timedelta(days=back)
    if back and random.random() < 0.15:
        continue
    drinks, sleep, stress = random.choice([0, 0, 0, 1, 2, 3]), random.choice([5.5, 6, 6.5, 7, 7.5, 8]), random.randint(1, 9)
    base = 1 + drinks * 0.8 + (7 - sleep) * 0.7 + stress * 0.3
    values = {"alcohol": drinks, "sleep_hours": sleep, "stress": stress, "sugar": random.randint(0, 3),
              "nsaid": random.choice([0, 0, 1]), "vegetables": random.randint(1, 5)}
    for symptom in ["bloating", "gas", "abdominal_pain", "fatigue", "brain_fog"]:
        values[symptom] = max(0, min(10, round(base + random.gauss(0, 1.2))))
    notes = random.choice([None, None, "Pizza night with friends", "Long day at work", "Felt great after a walk"])
    db.execute("INSERT INTO day (day, notes, updated_at) VALUES (?, ?, ?)", (day.isoformat(), notes, "2026-01-01T00:00:00Z"))
    db.executemany("INSERT INTO day_value VALUES (?, ?, ?)", [(day.isoformat(), ids[k], v) for k, v in values.items()])
db.commit()
PY
}

# shot NAME THEME KEYS [gutlog arguments...]: opens the app with fresh settings, presses KEYS (xdotool names,
# or "-" for none) and saves docs/NAME.png.
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
  <entry key="window.x" value="0.0"/>
  <entry key="window.y" value="0.0"/>
  <entry key="window.width" value="$width.0"/>
  <entry key="window.height" value="$height.0"/>
</map>
XML
  JAVA_OPTS="-Djava.util.prefs.userRoot=$prefs" target/gutlog/bin/gutlog "$@" &
  local app=$!
  sleep "${SHOT_DELAY:-8}"
  if ! kill -0 "$app" 2>/dev/null; then
    echo "GutLog exited before docs/$name.png could be taken; see its messages above." >&2
    exit 1
  fi
  if [ "$keys" != "-" ]; then
    xdotool key $keys
    sleep 2
  fi
  import -window root "docs/$name.png"
  kill "$app"
  wait "$app" 2>/dev/null || true
  echo "docs/$name.png"
}

shot main-window-light LIGHT - --db "$work/light/journal.db"
shot main-window-dark DARK - --db "$work/dark/journal.db"
seed "$work/seeded/journal.db"
shot journal LIGHT ctrl+2 --db "$work/seeded/journal.db"
shot history LIGHT ctrl+3 --db "$work/seeded/journal.db"
shot measures LIGHT ctrl+4 --db "$work/seeded/journal.db"
shot learn LIGHT ctrl+5 --db "$work/seeded/journal.db"
