#!/usr/bin/env python3
"""Baseline for scripts/bench/matcher.sh: pyahocorasick leftmost-longest (iter_long), no
word-boundary checks, over the Thai side of a TSV glossary and a Thai text read line by line.
Prints the number of hits (stdout) and timings (stderr)."""
import sys
import time

import ahocorasick

def main() -> None:
    glossary, text = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    automaton = ahocorasick.Automaton()
    with open(glossary, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            thai = line.split("\t", 1)[0]
            if thai:
                automaton.add_word(thai, len(thai))
    automaton.make_automaton()
    t1 = time.perf_counter()
    hits = 0
    with open(text, encoding="utf-8") as f:
        for line in f:
            for _ in automaton.iter_long(line):
                hits += 1
    t2 = time.perf_counter()
    print(hits)
    print(f"terms {len(automaton)} build {t1 - t0:.3f}s match {t2 - t1:.3f}s", file=sys.stderr)

if __name__ == "__main__":
    main()
