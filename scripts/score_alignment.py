#!/usr/bin/env python3
"""Score a sentence alignment (TMX or TSV) against gold sentence pairs.

    scripts/score_alignment.py GOLD PREDICTED [--per-document] [--json]

GOLD is `pairs.jsonl` (`{"doc", "th", "en"}` a line, NTREX format) or a TSV of `th<TAB>en`
gold pairs (one document, as in `examples/*.tsv`). PREDICTED is a TMX file (one `<tu>` per
bead; `<hi>` and other inline markup are read as text) or a TSV `th<TAB>en`.

Gold sentences are numbered per side in document order. Each predicted segment is located in
the gold text (whitespace normalized, searched forward from the previous match) and mapped to
the gold sentences it overlaps; a segment that does not start and end on gold sentence
boundaries cannot match a gold bead strictly (it still counts for lax overlap).

Metrics follow vecalign's score.py (Thompson & Koehn 2019, after Sennrich & Volk 2011):
strict precision = predicted beads exactly equal to a gold bead / predicted beads; strict
recall = gold beads exactly predicted / gold beads (beads with an empty side excluded from
recall); lax counts a bead as correct when it overlaps a gold bead on both sides.
"""
import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def read_gold(path):
    """Returns a list of (doc, th, en)."""
    rows = []
    with open(path, encoding="utf-8-sig") as f:
        if path.endswith(".jsonl"):
            for line in f:
                if line.strip():
                    o = json.loads(line)
                    rows.append((o.get("doc", ""), norm(o["th"]), norm(o["en"])))
        else:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                th, en = line.split("\t")[:2]
                rows.append(("", norm(th), norm(en)))
    return rows


def read_predicted(path):
    """Returns a list of (th, en) segment texts, in file order."""
    beads = []
    if path.endswith(".tmx"):
        for _, elem in ET.iterparse(path, events=("end",)):
            if elem.tag != "tu":
                continue
            texts = {}
            for tuv in elem.findall("tuv"):
                lang = (tuv.get(XML_LANG) or tuv.get("lang") or "").lower().split("-")[0]
                seg = tuv.find("seg")
                texts[lang] = norm("".join(seg.itertext())) if seg is not None else ""
            beads.append((texts.get("th", ""), texts.get("en", "")))
            elem.clear()
    else:
        with open(path, encoding="utf-8-sig") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.strip():
                    th, en = (line.split("\t") + [""])[:2]
                    beads.append((norm(th), norm(en)))
    return beads


class Side:
    """Gold sentences of one language as one stream, with sentence spans."""

    def __init__(self, sentences):
        self.spans = []
        parts, pos = [], 0
        for s in sentences:
            self.spans.append((pos, pos + len(s)))
            parts.append(s)
            pos += len(s) + 1
        self.text = " ".join(parts)
        self.starts = {a: i for i, (a, _) in enumerate(self.spans)}
        self.ends = {b: i for i, (_, b) in enumerate(self.spans)}
        self.cursor = 0

    def locate(self, segment, bead_number):
        """Gold sentence ids overlapped by segment; a sentinel marks an inexact match."""
        if not segment:
            return ()
        at = self.text.find(segment, self.cursor)
        if at < 0:
            at = self.text.find(segment)
        if at < 0:
            return (("unmatched", bead_number),)
        end = at + len(segment)
        self.cursor = end
        ids = [i for i, (a, b) in enumerate(self.spans) if a < end and b > at]
        exact = at in self.starts and end in self.ends
        return tuple(ids) if exact else tuple(ids) + (("partial", bead_number),)


def precision_counts(gold, test):
    """tp_strict, fp_strict, tp_lax, fp_lax as in vecalign's score.py."""
    gold = {(x, y) for x, y in gold if x or y}
    test = {(x, y) for x, y in test if x or y}
    src_to_tgt = defaultdict(set)
    for gs, gt in gold:
        for s in gs:
            src_to_tgt[s].update(gt)
    tps = fps = tpl = fpl = 0
    for ts, tt in test:
        if (ts, tt) in gold:
            tps += 1
            tpl += 1
        else:
            fps += 1
            targets = set()
            for s in ts:
                targets |= src_to_tgt.get(s, set())
            if targets & set(tt):
                tpl += 1
            else:
                fpl += 1
    return tps, fps, tpl, fpl


def score(gold_beads, test_beads):
    p = precision_counts(gold_beads, test_beads)
    r = precision_counts([b for b in test_beads if b[0] and b[1]], [b for b in gold_beads if b[0] and b[1]])

    def ratio(a, b):
        return a / (a + b) if a + b else 0.0

    def f1(x, y):
        return 2 * x * y / (x + y) if x + y else 0.0

    ps, pl, rs, rl = ratio(p[0], p[1]), ratio(p[2], p[3]), ratio(r[0], r[1]), ratio(r[2], r[3])
    return {"precision_strict": ps, "recall_strict": rs, "f1_strict": f1(ps, rs),
            "precision_lax": pl, "recall_lax": rl, "f1_lax": f1(pl, rl),
            "gold_beads": len(gold_beads), "predicted_beads": len(test_beads), "exact": p[0]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("predicted")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N",
                    help="print up to N predicted beads that match no gold bead")
    args = ap.parse_args()

    gold_rows = read_gold(args.gold)
    th_side = Side([r[1] for r in gold_rows])
    en_side = Side([r[2] for r in gold_rows])
    gold_beads = [((i,), (i,)) for i in range(len(gold_rows))]
    predicted = read_predicted(args.predicted)
    test_beads = []
    for n, (th, en) in enumerate(predicted):
        test_beads.append((th_side.locate(th, n), en_side.locate(en, n)))
    result = score(gold_beads, test_beads)
    if args.show_errors:
        gold_set = set(gold_beads)
        shown = 0
        for (th, en), bead in zip(predicted, test_beads):
            if bead not in gold_set and shown < args.show_errors:
                shown += 1
                print(f"--- {bead}\nTH: {th}\nEN: {en}", file=sys.stderr)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(" ---------------------------------")
        print("|             |  Strict |    Lax  |")
        print("| Precision   |   {precision_strict:.3f} |   {precision_lax:.3f} |".format(**result))
        print("| Recall      |   {recall_strict:.3f} |   {recall_lax:.3f} |".format(**result))
        print("| F1          |   {f1_strict:.3f} |   {f1_lax:.3f} |".format(**result))
        print(" ---------------------------------")
        print(f"gold beads {result['gold_beads']}, predicted {result['predicted_beads']}, exact {result['exact']}")


if __name__ == "__main__":
    main()
