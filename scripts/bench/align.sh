#!/usr/bin/env bash
# Benchmark of `thaitm align`: whole-process time and peak memory on the NTREX dev set, and on it
# repeated 4x and 16x, both as more documents (--documents-per-line) and as one long document
# (all lines joined into one paragraph per side). Medians of RUNS runs; writes nothing into the
# repo. With BASE=/path/to/older/thaitm each row also runs that binary (same inputs, same
# minute; the binary must sit in a checkout's .build/<dir>/ so it finds the shipped glossaries
# and lexicon) and prints the wall-time ratio ours/base.
# With X64=1 a row of dev repeated 64x as documents (3904) is added: past the training prefix of
# IBM model 1 (4000 sentence pairs), peak RSS should no longer grow with the number of documents.
# Usage: [BASE=…] [X64=1] scripts/bench/align.sh [RUNS]   (default 3)
set -euo pipefail
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
DATA="$ROOT/../shared/data/ntrex-dev"
RUNS=${1:-3}
cd "$ROOT"
swift build -c release >/dev/null 2>&1 || swift build -c release
BIN="$ROOT/.build/release/thaitm"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
SIZES="1 4 16"
[ -n "${X64:-}" ] && SIZES="$SIZES 64"
for n in $SIZES; do
  for side in th en; do
    : > "$TMP/docs$n.$side.txt"
    for _ in $(seq "$n"); do cat "$DATA/doc.$side.txt" >> "$TMP/docs$n.$side.txt"; done
    tr '\n' ' ' < "$TMP/docs$n.$side.txt" | sed 's/ *$//' > "$TMP/long$n.$side.txt"
    echo >> "$TMP/long$n.$side.txt"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # binary, args... → "wall cpu rss" medians
  local bin=$1; shift
  local times=() mems=() cpus=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M %U %S' -o "$TMP/time" "$bin" align "$@" -o "$TMP/out.tmx" 2>/dev/null
    times+=("$(cut -d' ' -f1 "$TMP/time")"); mems+=("$(cut -d' ' -f2 "$TMP/time")")
    cpus+=("$(awk '{print $3 + $4}' "$TMP/time")")
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
}
run() { # name, extra args...
  local name=$1; shift
  local t c m
  read -r t c m <<< "$(measure "$BIN" "$@")"
  printf '%-28s %8s s wall %8s s cpu %9s KB' "$name" "$t" "$c" "$m"
  if [ -n "${BASE:-}" ]; then
    local bt bc bm
    read -r bt bc bm <<< "$(measure "$BASE" "$@")"
    printf '   base %8s s wall %8s s cpu %9s KB   ratio %s' "$bt" "$bc" "$bm" "$(awk -v a="$t" -v b="$bt" 'BEGIN {printf "%.2f", a / b}')"
  fi
  printf '\n'
}
echo "thaitm align, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), median of $RUNS runs (wall, user+sys, peak RSS)"
run "dev, bare (61 paragraphs)" "$TMP/docs1.th.txt" "$TMP/docs1.en.txt"
run "dev (61 documents)" --documents-per-line "$TMP/docs1.th.txt" "$TMP/docs1.en.txt"
run "dev x4 (244 documents)" --documents-per-line "$TMP/docs4.th.txt" "$TMP/docs4.en.txt"
run "dev x16 (976 documents)" --documents-per-line "$TMP/docs16.th.txt" "$TMP/docs16.en.txt"
if [ -n "${X64:-}" ]; then
  run "dev x64 (3904 documents)" --documents-per-line "$TMP/docs64.th.txt" "$TMP/docs64.en.txt"
fi
run "dev as 1 long document" "$TMP/long1.th.txt" "$TMP/long1.en.txt"
run "dev x4 as 1 long document" "$TMP/long4.th.txt" "$TMP/long4.en.txt"
run "dev x16 as 1 long document" "$TMP/long16.th.txt" "$TMP/long16.en.txt"
run "dev, no lexicon" --documents-per-line --no-lexicon "$TMP/docs1.th.txt" "$TMP/docs1.en.txt"
