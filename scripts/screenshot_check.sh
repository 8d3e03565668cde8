#!/usr/bin/env bash
# Renders a `thaitm check --format html` report of the seed article with injected errors and
# takes a screenshot with headless Chromium (Debian's `chromium`), to prove the page renders
# without network access.
#   scripts/screenshot_check.sh [OUT.png]     (default docs/check-report.png)
set -euo pipefail
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
OUT=${1:-$ROOT/docs/check-report.png}
command -v chromium >/dev/null || { echo "needs chromium (apt-get install -y chromium)" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT"
swift build --product thaitm >/dev/null
BIN=$(swift build --show-bin-path)/thaitm
# The seed pairs with a misspelt name, a dropped name, a changed number, a lost acronym and a
# rendering that competes with the preferred one.
python3 - "$TMP/seed-errors.tsv" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open("examples/putin-kim-2025-08-13.tsv", encoding="utf-8")]
def edit(tu, old, new):
    assert old in rows[tu - 1][1], (tu, old)
    rows[tu - 1][1] = rows[tu - 1][1].replace(old, new, 1)
edit(2, "Kim Jong Un", "Kim Jong-un")
edit(3, " (KCNA)", "")
edit(5, "Putin's", "Puttin's")
edit(10, "15,000", "16,000")
edit(11, "Kim has agreed", "he has agreed")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for th, en in rows: f.write(f"{th}\t{en}\n")
PY
printf 'คิม จองอึน\tKim Jong-un\tperson; forbidden; use Kim Jong Un\n' > "$TMP/house-style.tsv"
GLOSSARIES=()
for g in glossaries/*.tsv "$TMP/house-style.tsv"; do GLOSSARIES+=(-g "$g"); done
"$BIN" check "$TMP/seed-errors.tsv" "${GLOSSARIES[@]}" --format html -o "$TMP/report.html" --fail-on never
mkdir -p "$(dirname "$OUT")"
# No network: Chromium gets an unroutable proxy, so any fetch would fail visibly.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --proxy-server=127.0.0.1:9 \
  --screenshot="$OUT" --window-size=1280,900 "file://$TMP/report.html" 2>/dev/null
# The filters work in the browser: with only warnings selected, one card (TU 3) stays visible.
VISIBLE=$(chromium --headless --no-sandbox --disable-gpu --proxy-server=127.0.0.1:9 \
  --dump-dom "file://$TMP/report.html#sev=warning" 2>/dev/null | grep -o '<article class="card"[^>]*>' | grep -vc hidden || true)
[ "$VISIBLE" = 1 ] || { echo "filter check failed: $VISIBLE visible cards with #sev=warning" >&2; exit 1; }
echo "wrote $OUT (filter check: 1 card visible with #sev=warning)"
