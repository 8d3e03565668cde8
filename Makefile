# ThaiTM: `make demo` (install what is missing, build, run the main job on the shipped example)
# and `make test` (the whole test suite, then the demo TMX through real CAT-tool consumers).
SHARED   ?= ../shared
OUT      ?= out
THAITM    = .build/release/thaitm
EXAMPLE   = examples/putin-kim-2025-08-13
TMXCHECK  = $(SHARED)/tools/tmxcheck/tmxcheck

.PHONY: demo test deps test-deps build release swift-test tmxcheck clean

deps:
	scripts/install-deps.sh

test-deps:
	scripts/install-deps.sh --test

build: deps
	swift build

release: deps
	swift build -c release

# The main job: align the seed article with its English translation, shipped glossary.
# demo.th.txt holds the gold Thai sentences (examples/*.tsv): OmegaT must turn each into its English.
demo: release
	@mkdir -p $(OUT)
	$(THAITM) align $(EXAMPLE).th.txt $(EXAMPLE).en.txt -o $(OUT)/demo.tmx --report $(OUT)/demo.report.json
	@cut -f1 $(EXAMPLE).tsv > $(OUT)/demo.th.txt
	@echo "demo: TMX written to $(OUT)/demo.tmx, alignment report to $(OUT)/demo.report.json"

swift-test: test-deps
	swift test

# The demo TMX must be clean for our own term check, and be read exactly by real consumers
# (xmllint + DTD, translate-toolkit, lint, OmegaT 3.6 with the gold Thai sentences as source).
tmxcheck: demo test-deps
	$(THAITM) check $(OUT)/demo.tmx
	$(TMXCHECK) $(OUT)/demo.tmx $(OUT)/demo.th.txt

test: swift-test tmxcheck

clean:
	rm -rf .build $(OUT)
