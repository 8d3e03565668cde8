#!/usr/bin/env bash
# Glossary file loading benchmark, in the same run:
#   (a) thaitm glossary lint --no-word-breaks G   (our TSV/CSV/TBX reader + the cheap lint rules)
#   (b) Python csv module, rows grouped by Thai source (TSV and CSV baseline)
#   (c) translate-toolkit's tbxfile (TBX baseline; what OmegaT-style Python tools use)
#   (d) xmllint --stream --noout (libxml2 parse floor for TBX)
# plus (e) thaitm glossary lint (with the libthai reachability check) on the shipped glossaries.
# Inputs: CONCEPTS synthetic concepts built from the Thai side of names-dev (each Thai name
# with a number in Thai digits appended, two English renderings each).
# Usage: scripts/bench/glossary.sh   (env: CONCEPTS=70000 REPS=3)
set -euo pipefail
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
SHARED="$ROOT/../shared"
CONCEPTS=${CONCEPTS:-70000}
REPS=${REPS:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

echo "building (release)…" >&2
swift build -c release --product thaitm --package-path "$ROOT" >&2
THAITM="$(swift build -c release --package-path "$ROOT" --show-bin-path)/thaitm"

echo "generating inputs…" >&2
python3 - "$SHARED/data/names-dev/pairs.tsv" "$TMP" "$CONCEPTS" <<'PY'
import csv, sys
from xml.sax.saxutils import escape
src, tmp, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
names = []
for line in open(src, encoding="utf-8"):
    th, _, en = line.rstrip("\n").partition("\t")
    if th and en and th != "th":
        names.append((th, en.split("|")[0]))
digits = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
rows = []
for i in range(n):
    th, en = names[i % len(names)]
    rows.append((f"{th}{str(i).translate(digits)}", f"{en} {i}", f"{en} {i} (variant)"))
with open(f"{tmp}/g.tsv", "w", encoding="utf-8") as f:
    for th, en, alt in rows:
        f.write(f"{th}\t{en}\tperson\n{th}\t{alt}\tperson; admitted\n")
with open(f"{tmp}/g.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["th", "en", "status", "type"])
    for th, en, alt in rows:
        w.writerow([th, en, "preferred", "person"]); w.writerow([th, alt, "admitted", "person"])
with open(f"{tmp}/g.tbx", "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" '
            'xmlns="urn:iso:std:iso:30042:ed-2">\n<text>\n<body>\n')
    for i, (th, en, alt) in enumerate(rows):
        f.write(f'<conceptEntry id="c{i}"><langSec xml:lang="th"><termSec><term>{escape(th)}</term></termSec></langSec>'
                f'<langSec xml:lang="en"><termSec><term>{escape(en)}</term><termNote type="administrativeStatus">'
                f'preferredTerm-admn-sts</termNote></termSec><termSec><term>{escape(alt)}</term>'
                f'<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>\n')
    f.write("</body>\n</text>\n</tbx>\n")
# TBX v2 (martif/termEntry/langSet/tig): translate-toolkit reads only this dialect.
with open(f"{tmp}/g2.tbx", "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en">\n<text>\n<body>\n')
    for i, (th, en, alt) in enumerate(rows):
        f.write(f'<termEntry id="c{i}"><langSet xml:lang="th"><tig><term>{escape(th)}</term></tig></langSet>'
                f'<langSet xml:lang="en"><tig><term>{escape(en)}</term><termNote type="administrativeStatus">'
                f'preferredTerm-admn-sts</termNote></tig><tig><term>{escape(alt)}</term>'
                f'<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet></termEntry>\n')
    f.write("</body>\n</text>\n</martif>\n")
PY
cat >"$TMP/csv_baseline.py" <<'PY'
import csv, sys
path = sys.argv[1]
concepts = {}
with open(path, encoding="utf-8", newline="") as f:
    rows = csv.reader(f, delimiter="\t" if path.endswith(".tsv") else ",")
    for row in rows:
        if len(row) >= 2 and row[0] and not row[0].startswith("#"):
            concepts.setdefault(row[0], []).append(row[1])
print(len(concepts))
PY
cat >"$TMP/tbx_baseline.py" <<'PY'
import sys
from translate.storage import tbx
store = tbx.tbxfile.parsefile(sys.argv[1])
print(len(store.units))
PY

# measure CMD… : REPS runs, prints "median_wall_seconds median_cpu_seconds peak_rss_kb"
# (CPU = user + system: the machine is shared, wall time depends on the load)
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local times=() cpus=() rss=()
  for _ in $(seq "$REPS"); do
    /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "$@" >/dev/null 2>&1 || true
    read -r t u s m < <(tail -1 "$TMP/time")  # after "Command exited with non-zero status" (lint findings)
    times+=("$t"); cpus+=("$(echo "$u + $s" | bc)"); rss+=("$m")
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $(printf '%s\n' "${rss[@]}" | sort -n | tail -1)"
}
row() { printf '| %-52s | %6s | %6s | %10s |\n' "$1" "$2" "$3" "$4"; }

echo "## glossary loading, $CONCEPTS concepts ($((CONCEPTS * 2)) renderings), median of $REPS"
row "what" "wall s" "CPU s" "peak RSS KB"
row "---" "---" "---" "---"
for fmt in tsv csv tbx 2.tbx; do
  file="g.$fmt"; [[ $fmt == 2.tbx ]] && file=g2.tbx
  size=$(du -h "$TMP/$file" | cut -f1)
  read -r t c m < <(measure "$THAITM" glossary lint --no-word-breaks "$TMP/$file"); row "thaitm glossary lint --no-word-breaks $file ($size)" "$t" "$c" "$m"
  if [[ $fmt == tbx ]]; then
    read -r t c m < <(measure xmllint --stream --noout "$TMP/g.tbx"); row "xmllint --stream --noout g.tbx (floor)" "$t" "$c" "$m"
  elif [[ $fmt == 2.tbx ]]; then
    read -r t c m < <(measure python3 "$TMP/tbx_baseline.py" "$TMP/g2.tbx"); row "translate-toolkit tbxfile g2.tbx (v2 only)" "$t" "$c" "$m"
  else
    read -r t c m < <(measure python3 "$TMP/csv_baseline.py" "$TMP/g.$fmt"); row "python csv module g.$fmt" "$t" "$c" "$m"
  fi
done
read -r t c m < <(measure "$THAITM" glossary lint "$ROOT/glossaries/"*.tsv); row "thaitm glossary lint glossaries/* (with libthai)" "$t" "$c" "$m"
