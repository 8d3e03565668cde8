#!/usr/bin/env bash
# Benchmark of `thaitm check` on synthetic TMX built from the NTREX dev pairs, cycled:
#   - peak RSS at 100,000 and 1,000,000 TUs (must agree within 20 MB: constant memory);
#   - throughput against `xmllint --stream --noout` on the same file (must be >= 0.5x).
# Each is run RUNS times (default 3), alternating baseline and ours; medians are reported.
#   scripts/bench/check.sh [--sizes "100000 1000000"] [--runs 3] [--update-doc]
# Writes only under a temp dir, unless --update-doc (then docs/perf/check.md's results block).
set -euo pipefail
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
SHARED="$ROOT/../shared"
SIZES="100000 1000000"
RUNS=3
UPDATE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --update-doc) UPDATE=1; shift ;;
    *) echo "usage: $0 [--sizes \"N...\"] [--runs R] [--update-doc]" >&2; exit 64 ;;
  esac
done
command -v xmllint >/dev/null || { echo "needs xmllint" >&2; exit 2; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/check-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

cd "$ROOT"
swift build -c release --product thaitm >&2
BIN=$(swift build -c release --show-bin-path)/thaitm

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# Runs a command under /usr/bin/time; prints "seconds peak_kb cpu_seconds" (cpu = user + sys:
# on a shared machine wall time mostly measures waiting for a core).
timed() {
  /usr/bin/time -f '%e %M %U %S' -o "$TMP/time" "$@" >/dev/null 2>"$TMP/err" || [ $? -le 1 ]
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$TMP/time"
}

RESULTS="$TMP/results.md"
{
  echo "| TUs | TMX size | xmllint --stream median s | thaitm check median s | ours/xmllint speed | TUs/s | xmllint CPU s | check CPU s | ours/xmllint by CPU | check µs CPU/TU | check peak RSS MB | findings |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$RESULTS"
for N in $SIZES; do
  TSV="$TMP/pairs-$N.tsv"
  TMX="$TMP/pairs-$N.tmx"
  python3 - "$SHARED/data/ntrex-dev/pairs.jsonl" "$N" "$TSV" <<'PY'
import json, sys
pairs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
pairs = [(p["th"].replace("\t", " "), p["en"].replace("\t", " ")) for p in pairs if p["th"] and p["en"]]
n = int(sys.argv[2])
with open(sys.argv[3], "w", encoding="utf-8") as f:
    for i in range(n):
        th, en = pairs[i % len(pairs)]
        f.write(f"{th}\t{en}\n")
PY
  "$BIN" convert "$TSV" "$TMX" >&2
  rm -f "$TSV"
  SIZE=$(du -m "$TMX" | cut -f1)
  : >"$TMP/x"; : >"$TMP/c"; : >"$TMP/m"; : >"$TMP/xu"; : >"$TMP/cu"
  for r in $(seq "$RUNS"); do
    timed xmllint --stream --noout "$TMX" >"$TMP/one"
    awk '{print $1}' "$TMP/one" >>"$TMP/x"
    awk '{print $3}' "$TMP/one" >>"$TMP/xu"
    timed "$BIN" check "$TMX" --format json -o "$TMP/report.json" --fail-on never >"$TMP/one"
    awk '{print $1}' "$TMP/one" >>"$TMP/c"
    awk '{print $2}' "$TMP/one" >>"$TMP/m"
    awk '{print $3}' "$TMP/one" >>"$TMP/cu"
    echo "N=$N run $r: xmllint $(tail -1 "$TMP/x") s (CPU $(tail -1 "$TMP/xu")), check $(tail -1 "$TMP/c") s (CPU $(tail -1 "$TMP/cu")), $(($(tail -1 "$TMP/m") / 1024)) MB, load $(cut -d' ' -f1 /proc/loadavg)" >&2
  done
  X=$(median <"$TMP/x"); C=$(median <"$TMP/c"); M=$(median <"$TMP/m")
  XU=$(median <"$TMP/xu"); CU=$(median <"$TMP/cu")
  FINDINGS=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(len(d['findings']))" "$TMP/report.json")
  awk -v n="$N" -v s="$SIZE" -v x="$X" -v c="$C" -v m="$M" -v f="$FINDINGS" -v xu="$XU" -v cu="$CU" 'BEGIN {
    printf "| %d | %d MB | %.2f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.1f | %.1f | %d |\n",
      n, s, x, c, x / c, n / c, xu, cu, xu / cu, cu / n * 1e6, m / 1024, f }' >>"$RESULTS"
  rm -f "$TMX" "$TMP/report.json"
done
{
  echo
  echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -u +%Y-%m-%dT%H:%MZ)."
  echo "Runs per size: $RUNS (medians). Glossary: the shipped glossaries/ ($(cat glossaries/*.tsv | grep -vc '^#') rows)."
} >>"$RESULTS"
cat "$RESULTS"
if [ "$UPDATE" = 1 ]; then
  python3 - "$ROOT/docs/perf/check.md" "$RESULTS" <<'PY'
import sys
doc, results = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(doc, encoding="utf-8").read()
start, end = "<!-- bench:start -->", "<!-- bench:end -->"
head, rest = text.split(start, 1)
_, tail = rest.split(end, 1)
open(doc, "w", encoding="utf-8").write(head + start + "\n" + results + end + tail)
PY
  echo "updated docs/perf/check.md" >&2
fi
