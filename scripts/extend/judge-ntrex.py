#!/usr/bin/env python3
"""Joins the hand verdicts of docs/quality/extend-ntrex-verdicts.tsv to a fresh run of
`thaitm extend` on NTREX dev, and reports precision at the top 50 and over the default list
(score >= 0.55). Pairs with no verdict are listed as UNJUDGED: judge them by hand against the
documents and add them to the verdicts file; never count them.

Usage (from the repo root):
  .build/release/thaitm extend ../shared/data/ntrex-dev/doc.th.txt ../shared/data/ntrex-dev/doc.en.txt \
      --documents-per-line --format json --min-score 0 -o /tmp/ntrex-extend.json
  scripts/extend/judge-ntrex.py /tmp/ntrex-extend.json [--top50 docs/quality/extend-ntrex-top50.tsv]
With --top50 FILE, the top 50 with their verdicts are written to FILE (the committed list).
"""
import json
import subprocess
import sys

ROOT = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip()
COMMAND = ("thaitm extend ../shared/data/ntrex-dev/doc.th.txt ../shared/data/ntrex-dev/doc.en.txt "
           "--documents-per-line --format json --min-score 0")


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    top50_path = None
    if "--top50" in args:
        i = args.index("--top50")
        top50_path = args[i + 1]
        del args[i:i + 2]
    verdicts = {}
    for line in open(f"{ROOT}/docs/quality/extend-ntrex-verdicts.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        th, en, verdict = line.rstrip("\n").split("\t")
        verdicts[(th, en)] = verdict
    candidates = json.load(open(args[0], encoding="utf-8"))["candidates"]
    rows = []
    for rank, c in enumerate(candidates, 1):
        verdict = verdicts.get((c["th"], c["en"]))
        rows.append((rank, c, verdict))

    def tally(selected):
        judged = [v for _, _, v in selected if v is not None]
        right = sum(v.startswith("correct") for v in judged)
        return right, len(judged), len(selected) - len(judged)

    default = [r for r in rows if r[1]["score"] >= 0.55]
    for name, selected in (("top 50", rows[:50]), ("default list (score >= 0.55)", default)):
        right, judged, unjudged = tally(selected)
        print(f"{name}: {right}/{judged} correct" + (f", {unjudged} UNJUDGED" if unjudged else ""))
    for rank, c, verdict in default:
        if verdict is None:
            print(f"UNJUDGED {rank}\t{c['th']}\t{c['en']}\t{c['score']}\tunits {c['tus'][:5]}")
        elif not verdict.startswith("correct"):
            print(f"wrong {rank}\t{c['th']}\t{c['en']}\t{verdict}")
    if top50_path:
        right, judged, unjudged = tally(rows[:50])
        with open(top50_path, "w", encoding="utf-8") as out:
            out.write(f"# Top 50 of: {COMMAND}\n")
            out.write("# (documents aligned first by the Aligner with the shipped glossaries and lexicon; each line "
                      "checked by hand against doc.en.txt / doc.th.txt)\n")
            out.write(f"# {right}/{judged} correct" + (f", {unjudged} not judged" if unjudged else "") + "\n")
            out.write("# Written by scripts/extend/judge-ntrex.py from docs/quality/extend-ntrex-verdicts.tsv "
                      "(the verdicts of every pair of the default list)\n")
            for rank, c, verdict in rows[:50]:
                out.write(f"{rank}\t{c['th']}\t{c['en']}\t{c['score']:.3f}\t{c['count']}\t{verdict or 'NOT JUDGED'}\n")


main()
