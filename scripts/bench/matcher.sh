#!/usr/bin/env bash
# Thai term matching benchmark: `thaitm terms --benchmark` (ThaiTermMatcher: normalization, trie
# walk, leftmost-longest, libthai word-break validation on windows) against pyahocorasick
# (`iter_long`, leftmost-longest, no boundary checks) on the same terms and text, in the same
# run, whole process each time, medians of $RUNS runs (default 3). Also: glossary load + build
# with a cold and a warm dictionary cache, and libthai word-breaking the whole text.
#
# Usage: scripts/bench/matcher.sh            (prints a Markdown table; writes only to a temp dir)
# Env:   RUNS=5  COPIES=32 (copies of the NTREX dev Thai text, 32 ≈ 10.3 MB)
#        GLOSSARIES="names lexicon large" (which glossary rows to run)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED="$ROOT/../shared"
RUNS=${RUNS:-3}
COPIES=${COPIES:-32}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/thaitm-bench-matcher.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "building release..." >&2
swift build -c release --package-path "$ROOT" >&2
BIN="$ROOT/.build/release/thaitm"
python3 -c 'import ahocorasick' 2>/dev/null || pip install --quiet pyahocorasick >&2
BASELINE="$ROOT/scripts/bench/matcher_baseline.py"

# Inputs. Text: the NTREX dev Thai document repeated.
for _ in $(seq "$COPIES"); do cat "$SHARED/data/ntrex-dev/doc.th.txt"; done > "$WORK/text.th.txt"
# Glossary "names": the Thai side of names-dev (10,851 rows).
tail -n +2 "$SHARED/data/names-dev/pairs.tsv" | awk -F'\t' '$1 != "" && !seen[$1]++ {print $1 "\t" $2}' > "$WORK/names.tsv"
# Glossary "lexicon" (a realistic large glossary, but only 62,446 terms: all the data there is):
# names-dev + the Thai side of the lexicon (words and multi-word expressions with English).
{
  cat "$WORK/names.tsv"
  zcat "$SHARED/data/lexicon/th-en-common.tsv.gz" | tail -n +2
} | awk -F'\t' '$1 != "" && !seen[$1]++ {print $1 "\t" $2}' > "$WORK/lexicon.tsv"
# Glossary "large" (>= 70,000 Thai terms): names-dev + the Thai lexicon + every word of libthai's
# own dictionary (so nearly every word of the text is a term: the worst case for validation).
DICT=${LIBTHAI_DICTDIR:-/usr/share/libthai}/thbrk.tri
cp "$DICT" "$WORK/thbrk.tri"
{
  cat "$WORK/names.tsv"
  zcat "$SHARED/data/lexicon/th-en-common.tsv.gz" | tail -n +2
  trietool -p "$WORK" thbrk list | awk -F'\t' '{print $1 "\t-"}'
} | awk -F'\t' '$1 != "" && !seen[$1]++ {print $1 "\t" $2}' > "$WORK/large.tsv"

MB=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1])/1e6:.2f}')" "$WORK/text.th.txt")
echo "text: $MB MB; terms: names $(wc -l < "$WORK/names.tsv"), lexicon $(wc -l < "$WORK/lexicon.tsv"), large $(wc -l < "$WORK/large.tsv")" >&2

RESULTS="$WORK/results.tsv"
: > "$RESULTS"
# run LABEL GLOSSARY KIND COMMAND...: one timed run; appends label, kind, elapsed, rss, stderr.
run() {
  local label=$1 glossary=$2 kind=$3
  shift 3
  /usr/bin/time -f '%e %M %U %S' -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$glossary" "$kind" "$(cat "$WORK/time")" \
    "$(head -1 "$WORK/out")" "$(tr '\n' ' ' < "$WORK/err")" >> "$RESULTS"
}

GLOSSARIES=${GLOSSARIES:-names lexicon large}
for glossary in $GLOSSARIES; do
  G="$WORK/$glossary.tsv"
  for r in $(seq "$RUNS"); do
    echo "run $r/$RUNS ($glossary)..." >&2
    # Cold dictionary cache: libthai's dictionary + the glossary's words is built and saved.
    XDG_CACHE_HOME="$WORK/cold-$glossary-$r" run thaitm-cold "$glossary" ours \
      "$BIN" terms --benchmark -g "$G" "$WORK/text.th.txt"
    XDG_CACHE_HOME="$WORK/warm" run thaitm "$glossary" ours "$BIN" terms --benchmark -g "$G" "$WORK/text.th.txt"
    run pyahocorasick "$glossary" baseline python3 "$BASELINE" "$G" "$WORK/text.th.txt"
    XDG_CACHE_HOME="$WORK/warm" run libthai-all "$glossary" breaks \
      "$BIN" terms --benchmark-word-breaks -g "$G" "$WORK/text.th.txt"
  done
done

python3 - "$RESULTS" "$MB" "$RUNS" "$GLOSSARIES" <<'PY'
import re, statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
mb = float(sys.argv[2])
runs = int(sys.argv[3])
glossaries = sys.argv[4].split()
def med(xs): return statistics.median(xs) if xs else float("nan")
def secs(pattern, err):
    m = re.search(pattern + r" ([0-9.]+)", err)
    return float(m.group(1)) if m else float("nan")
print(f"Text {mb} MB; medians of {runs} runs; elapsed seconds, whole process.\n")
print("| glossary | program | elapsed s | MB/s | CPU s | peak RSS MB | hits | load s | build s | match s | match MB/s | libthai calls (scalars) |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
base = {}
base_match = {}
for glossary in glossaries:
    for label in ("pyahocorasick", "thaitm", "thaitm-cold", "libthai-all"):
        sel = [r for r in rows if r[0] == label and r[1] == glossary]
        if not sel: continue
        elapsed = med([float(r[3].split()[0]) for r in sel])
        rss = med([int(r[3].split()[1]) for r in sel]) / 1024
        cpu = med([float(r[3].split()[2]) + float(r[3].split()[3]) for r in sel])
        hits = sel[0][4]
        err = [r[5] for r in sel]
        if label == "pyahocorasick":
            base[glossary] = elapsed
            base_match[glossary] = med([secs('match', e) for e in err])
            load, build, match = "", f"{med([secs('build', e) for e in err]):.2f}", f"{med([secs('match', e) for e in err]):.2f}"
        else:
            load = f"{med([secs('load', e) for e in err]):.2f}"
            build = f"{med([secs('build', e) for e in err]):.2f}"
            match = f"{med([secs('match', e) for e in err]):.2f}"
        name = {"thaitm": "thaitm terms (dictionary cached)", "thaitm-cold": "thaitm terms (dictionary built)",
                "libthai-all": "libthai, whole text (breaks)", "pyahocorasick": "pyahocorasick iter_long"}[label]
        match_rate = f"{mb / float(match):.1f}" if match else ""
        calls = ""
        if label in ("thaitm", "thaitm-cold"):
            c, n = secs("libthai-calls", err[0]), secs("libthai-scalars", err[0])
            calls = f"{c:.0f} ({n:.0f})"
        print(f"| {glossary} | {name} | {elapsed:.2f} | {mb / elapsed:.1f} | {cpu:.2f} | {rss:.0f} | {hits} | {load} | {build} | {match} | {match_rate} | {calls} |")
    if glossary in base:
        ours = med([float(r[3].split()[0]) for r in rows if r[0] == "thaitm" and r[1] == glossary])
        ours_match = med([secs("match", r[5]) for r in rows if r[0] == "thaitm" and r[1] == glossary])
        print(f"| {glossary} | **ratio thaitm / pyahocorasick throughput** | | **{base[glossary] / ours:.2f}×** | | | | | | | "
              f"**{base_match[glossary] / ours_match:.2f}×** | |")
PY
