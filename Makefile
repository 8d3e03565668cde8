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
demo: release
	@mkdir -p $(OUT)
	$(THAITM) convert $(EXAMPLE).tsv $(OUT)/demo.tmx
	@cut -f1 $(EXAMPLE).tsv > $(OUT)/demo.th.txt
	@echo "demo: TMX written to $(OUT)/demo.tmx (Thai source lines: $(OUT)/demo.th.txt)"

swift-test: test-deps
	swift test

tmxcheck: demo test-deps
	$(TMXCHECK) $(OUT)/demo.tmx $(OUT)/demo.th.txt

test: swift-test tmxcheck

clean:
	rm -rf .build $(OUT)
