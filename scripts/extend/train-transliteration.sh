#!/bin/sh
# Regenerates Sources/Align/TransliterationTable.swift from names-dev (train part: rows whose
# Thai name is not in the held-out fifth, see TransliterationEvaluation.isHeldOut) and the
# shipped glossary, then prints the held-out ranking accuracy.
set -e
ROOT=$(git rev-parse --show-toplevel)
cd "$ROOT"
swift build -c release --product thaitm
.build/release/thaitm extend --train-transliteration ../shared/data/names-dev/pairs.tsv \
  -o Sources/Align/TransliterationTable.swift
swift build -c release --product thaitm
.build/release/thaitm extend --evaluate-transliteration ../shared/data/names-dev/pairs.tsv
