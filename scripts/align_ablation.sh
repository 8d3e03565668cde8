#!/usr/bin/env bash
# Anchor ablation of `thaitm align` on the NTREX dev set: the bare command, then each anchor type
# switched off, then other configurations; prints a Markdown table of strict P/R/F1 and lax F1
# (scripts/score_alignment.py, vecalign's definitions). Writes only to a temp dir.
# Usage: scripts/align_ablation.sh [THAITM]   (default: .build/release/thaitm, built if missing)
set -euo pipefail
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
DATA="$ROOT/../shared/data/ntrex-dev"
cd "$ROOT"
BIN=${1:-$ROOT/.build/release/thaitm}
[ -x "$BIN" ] || swift build -c release --product thaitm >/dev/null
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for side in th en; do
  tr '\n' ' ' < "$DATA/doc.$side.txt" | sed 's/ *$//' > "$TMP/long.$side.txt"
  echo >> "$TMP/long.$side.txt"
done
every_anchor=""
for kind in glossary numbers latin punctuation dates lexicon ibm1; do
  every_anchor="$every_anchor --disable-anchor $kind"
done

row() { # label, thai, english, extra args...
  local label=$1 th=$2 en=$3; shift 3
  # shellcheck disable=SC2068
  "$BIN" align "$th" "$en" $@ -o "$TMP/out.tmx" 2>/dev/null
  python3 "$ROOT/scripts/score_alignment.py" "$DATA/pairs.jsonl" "$TMP/out.tmx" | awk -v label="$label" '
    /Precision/ {p = $4} /Recall/ {r = $4} /F1/ {f = $4; lf = $6}
    END {printf "| %s | %s | %s | **%s** | %s |\n", label, p, r, f, lf}'
}

echo "| configuration | strict P | strict R | **strict F1** | lax F1 |"
echo "|---|---|---|---|---|"
TH="$DATA/doc.th.txt" EN="$DATA/doc.en.txt"
row "everything on (default)" "$TH" "$EN"
row "\`--documents-per-line\`" "$TH" "$EN" --documents-per-line
for kind in glossary numbers latin punctuation dates lexicon ibm1; do
  row "\`--disable-anchor $kind\`" "$TH" "$EN" --disable-anchor "$kind"
done
row "no refinement (\`--set refine=0\`)" "$TH" "$EN" --set refine=0
row "\`--no-lexicon\`" "$TH" "$EN" --no-lexicon
row "every anchor off (length model + boundary priors)" "$TH" "$EN" "$every_anchor"
row "dev joined into one paragraph per side" "$TMP/long.th.txt" "$TMP/long.en.txt"
