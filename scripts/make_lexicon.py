#!/usr/bin/env python3
"""Derive data/lexicon/th-en-lexicon.tsv from the shared Thai–English WordNet lexicon.

    scripts/make_lexicon.py [../shared/data/lexicon/th-en-common.tsv.gz] [data/lexicon/th-en-lexicon.tsv]

Keeps, for every Thai lemma, its single-word alphabetic English lemmas (at most 8, in file
order), one row `th<TAB>en|en|…` per Thai lemma. Multi-word and hyphenated English lemmas are
dropped: the aligner matches English words one by one. Licences: Thai WordNet (NICT) and
Princeton WordNet 3.0; their notices are in data/lexicon/LICENSE-*.txt and must travel with it.
"""
import gzip
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data", "lexicon", "th-en-common.tsv.gz")
target = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "data", "lexicon", "th-en-lexicon.tsv")
entries = {}
with gzip.open(source, "rt", encoding="utf-8") as f:
    next(f)
    for line in f:
        th, en = line.rstrip("\n").split("\t")
        words = [w for w in en.split("|") if w.isalpha()]
        if words:
            merged = entries.setdefault(th, [])
            merged += [w for w in words if w not in merged]
with open(target + ".tmp", "w", encoding="utf-8") as out:
    out.write("# Thai–English word lexicon for thaitm align. Derived by scripts/make_lexicon.py from Thai\n")
    out.write("# WordNet (NICT) joined with Princeton WordNet 3.0: see LICENSE-*.txt beside this file.\n")
    for th, words in entries.items():
        out.write(th + "\t" + "|".join(words[:8]) + "\n")
os.replace(target + ".tmp", target)
print(f"{len(entries)} Thai lemmas -> {target}")
