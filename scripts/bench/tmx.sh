#!/usr/bin/env bash
# TMX writer/reader benchmark: `thaitm convert` against libxml2 floors, in the same run.
#   (a) tmx_floor.c: the same TMX written with xmlTextWriter in C (writer floor)
#   (b) thaitm convert big.tsv big.tmx            (our writer, whole process)
#   (c) xmllint --stream --noout big.tmx          (reader floor)
#   (d) thaitm convert big.tmx /dev/null --to tsv (our reader, whole process)
# plus peak RSS of (b) and (d) at 20,000 and 200,000 units.
# Usage: scripts/bench/tmx.sh [--update-doc]   (env: UNITS=200000 SMALL=20000 REPS=3)
set -euo pipefail
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
SHARED="$ROOT/../shared"
UNITS=${UNITS:-200000}
SMALL=${SMALL:-20000}
REPS=${REPS:-3}
UPDATE_DOC=0
[[ "${1:-}" == "--update-doc" ]] && UPDATE_DOC=1

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

echo "building (release)…" >&2
swift build -c release --product thaitm --package-path "$ROOT" >&2
THAITM="$(swift build -c release --package-path "$ROOT" --show-bin-path)/thaitm"
cc -O2 "$ROOT/scripts/bench/tmx_floor.c" $(pkg-config --cflags --libs libxml-2.0) -o "$TMP/tmx_floor"

echo "generating inputs…" >&2
python3 - "$SHARED/data/ntrex-dev/pairs.jsonl" "$TMP" "$UNITS" "$SMALL" <<'PY'
import json, sys
src, tmp, units, small = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
pairs = []
for line in open(src, encoding="utf-8"):
    o = json.loads(line)
    clean = lambda s: " ".join(s.replace("\t", " ").split())
    if o["th"].strip() and o["en"].strip():
        pairs.append((clean(o["th"]), clean(o["en"])))
for name, n in (("big.tsv", units), ("small.tsv", small)):
    with open(f"{tmp}/{name}", "w", encoding="utf-8") as f:
        for i in range(n):
            th, en = pairs[i % len(pairs)]
            f.write(f"{th} ({i + 1})\t{en} ({i + 1})\n")
PY

# measure CMD… : REPS runs; prints "median_wall_s median_cpu_s max_rss_kb" (cpu = user + sys)
measure() {
  local walls=() cpus=() rss=()
  for _ in $(seq "$REPS"); do
    /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "$@" >/dev/null
    read -r e u s m <"$TMP/time"
    walls+=("$e"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN{print u+s}')"); rss+=("$m")
  done
  median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  echo "$(median "${walls[@]}") $(median "${cpus[@]}") $(printf '%s\n' "${rss[@]}" | sort -n | tail -1)"
}

"$THAITM" convert "$TMP/big.tsv" "$TMP/big.tmx"          # once, for the readers' input
"$THAITM" convert "$TMP/small.tsv" "$TMP/small.tmx"
TMX_BYTES=$(stat -c %s "$TMP/big.tmx")
TSV_BYTES=$(stat -c %s "$TMP/big.tsv")

echo "measuring ($REPS runs each, interleaved)…" >&2
# Interleave the runs so that a change in machine load hits every program alike.
for _ in $(seq "$REPS"); do
  REPS=1 measure "$TMP/tmx_floor" "$TMP/big.tsv" "$TMP/floor.tmx" >>"$TMP/a"
  REPS=1 measure "$THAITM" convert "$TMP/big.tsv" "$TMP/ours.tmx" >>"$TMP/b"
  REPS=1 measure xmllint --stream --noout "$TMP/big.tmx" >>"$TMP/c"
  REPS=1 measure "$THAITM" convert "$TMP/big.tmx" /dev/null --to tsv >>"$TMP/d"
  REPS=1 measure "$THAITM" convert "$TMP/small.tsv" "$TMP/ours-small.tmx" >>"$TMP/bs"
  REPS=1 measure "$THAITM" convert "$TMP/small.tmx" /dev/null --to tsv >>"$TMP/ds"
done
summarize() { # file of "wall cpu rss" lines -> "median_wall median_cpu max_rss"
  local w c m
  w=$(cut -d' ' -f1 "$1" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  c=$(cut -d' ' -f2 "$1" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  m=$(cut -d' ' -f3 "$1" | sort -n | tail -1)
  echo "$w $c $m"
}
read -r t_floor c_floor m_floor < <(summarize "$TMP/a")
read -r t_write c_write m_write < <(summarize "$TMP/b")
read -r t_lint c_lint m_lint < <(summarize "$TMP/c")
read -r t_read c_read m_read < <(summarize "$TMP/d")
read -r _ _ m_write_small < <(summarize "$TMP/bs")
read -r _ _ m_read_small < <(summarize "$TMP/ds")

cmp -s <(sed 's/[0-9]\{8\}T[0-9]\{6\}Z/D/g' "$TMP/floor.tmx") <(sed 's/[0-9]\{8\}T[0-9]\{6\}Z/D/g' "$TMP/ours.tmx") \
  && SAME="byte-identical (dates aside)" || SAME="DIFFERENT"

row() { # name wall cpu rss bytes
  awk -v n="$1" -v t="$2" -v c="$3" -v m="$4" -v b="$5" -v u="$UNITS" \
    'BEGIN { printf "| %s | %.2f | %d | %.1f | %.2f | %d | %d |\n", n, t, u / t, b / t / 1e6, c, u / c, m / 1024 }'
}
TABLE=$(
  echo "| run ($UNITS TUs) | median wall s | TU/s (wall) | MB/s (wall) | median CPU s | TU/s (CPU) | peak RSS MB |"
  echo "|---|---|---|---|---|---|---|"
  row "(a) C floor: xmlTextWriter (tmx_floor.c)" "$t_floor" "$c_floor" "$m_floor" "$TMX_BYTES"
  row "(b) thaitm convert big.tsv big.tmx" "$t_write" "$c_write" "$m_write" "$TMX_BYTES"
  row "(c) xmllint --stream --noout big.tmx" "$t_lint" "$c_lint" "$m_lint" "$TMX_BYTES"
  row "(d) thaitm convert big.tmx /dev/null --to tsv" "$t_read" "$c_read" "$m_read" "$TMX_BYTES"
)
SUMMARY=$(awk -v a="$t_floor" -v b="$t_write" -v c="$t_lint" -v d="$t_read" \
  -v ca="$c_floor" -v cb="$c_write" -v cc="$c_lint" -v cd="$c_read" \
  -v ws="$m_write_small" -v wb="$m_write" -v rs="$m_read_small" -v rb="$m_read" -v small="$SMALL" -v big="$UNITS" 'BEGIN {
  printf "- writer: %.0f%% of the C floor'"'"'s throughput by wall clock, %.0f%% by CPU time (target >= 70%%)\n", 100 * a / b, 100 * ca / cb
  printf "- reader: %.0f%% of xmllint --stream'"'"'s throughput by wall clock, %.0f%% by CPU time (target >= 50%%)\n", 100 * c / d, 100 * cc / cd
  printf "- peak RSS, writer: %.1f MB at %d TUs, %.1f MB at %d TUs (difference %.1f MB, target <= 10)\n", ws/1024, small, wb/1024, big, (wb-ws)/1024
  printf "- peak RSS, reader: %.1f MB at %d TUs, %.1f MB at %d TUs (difference %.1f MB, target <= 10)\n", rs/1024, small, rb/1024, big, (rb-rs)/1024
}')
CMD="UNITS=$UNITS SMALL=$SMALL REPS=$REPS scripts/bench/tmx.sh"
INFO="TMX $((TMX_BYTES / 1000000)) MB, TSV $((TSV_BYTES / 1000000)) MB; output of (a) and (b): $SAME; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%Y-%m-%dT%H:%MZ), libxml2 $(xml2-config --version)"

echo
echo "$TABLE"
echo
echo "$SUMMARY"
echo
echo "$INFO"

if [[ $UPDATE_DOC == 1 ]]; then
  DOC="$ROOT/docs/perf/tmx.md"
  mkdir -p "$(dirname "$DOC")"
  python3 - "$DOC" "$CMD" "$TABLE" "$SUMMARY" "$INFO" <<'PY'
import sys, re
doc, cmd, table, summary, info = sys.argv[1:6]
block = f"<!-- bench:begin -->\nCommand: `{cmd}`\n\n{table}\n\n{summary}\n\n{info}\n<!-- bench:end -->"
try:
    text = open(doc, encoding="utf-8").read()
except FileNotFoundError:
    text = "# TMX reader and writer: performance\n\n<!-- bench:begin -->\n<!-- bench:end -->\n"
text = re.sub(r"<!-- bench:begin -->.*?<!-- bench:end -->", lambda _: block, text, flags=re.S)
open(doc, "w", encoding="utf-8").write(text)
PY
  echo "updated $DOC" >&2
fi
