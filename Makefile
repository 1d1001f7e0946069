# tapestry: `make demo` runs the main job on the sample; `make test` runs every test.
# Both set up what is missing first (apt-get when root, otherwise the exact command).

SWIFT ?= swift
BIN := .build/debug/tapestry
SAMPLE := samples/riverside/responses.csv

.PHONY: all setup build demo test fuzz fuzz-smoke templates samples exports benchmark bench clean serve setup-serve test-serve

all: build

## setup: install what the build and tests need, if it is missing.
setup:
	@command -v $(SWIFT) >/dev/null 2>&1 || { \
	  echo "tapestry needs the Swift 6 toolchain (swift.org/install); 'swift' is not on PATH." >&2; exit 1; }
	@command -v python3 >/dev/null 2>&1 || $(call apt_install,python3)
	@pkg-config --exists xlsxwriter 2>/dev/null || $(call apt_install,libxlsxwriter-dev pkg-config)
	@pkg-config --exists zlib 2>/dev/null || $(call apt_install,zlib1g-dev pkg-config)
	@python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl 2>/dev/null \
	  || $(call apt_install,python3-openpyxl)
	@python3 -c 'import markdown_it' 2>/dev/null || python3 -m pip install --quiet markdown-it-py 2>/dev/null \
	  || $(call apt_install,python3-markdown-it)
	@python3 -c 'import html5lib' 2>/dev/null || python3 -m pip install --quiet html5lib 2>/dev/null \
	  || $(call apt_install,python3-html5lib)
	@python3 -c 'import networkx' 2>/dev/null || python3 -m pip install --quiet networkx 2>/dev/null \
	  || $(call apt_install,python3-networkx)
	@python3 -c 'import yaml' 2>/dev/null || python3 -m pip install --quiet pyyaml 2>/dev/null \
	  || $(call apt_install,python3-yaml)

## build: compile the tapestry command.
build: setup
	$(SWIFT) build --product tapestry

## demo: score the Riverside sample and print its summary.
demo: build
	$(BIN) assess $(SAMPLE) --group-by group --coalition "Riverside Food Justice Coalition"

## test: run the whole test suite.
test: setup
	$(SWIFT) test --parallel

## fuzz: run every libFuzzer target for FUZZ_SECONDS (default 300) each, two at a time.
FUZZ_SECONDS ?= 300
fuzz: setup
	Tests/Fuzz/fuzz.sh $(FUZZ_SECONDS)

## fuzz-smoke: a short fuzz run of every target (CI runs it after the tests).
fuzz-smoke: setup
	Tests/Fuzz/fuzz.sh 15

## templates: compile Templates/ into the binary again after changing a file there.
templates:
	$(SWIFT) run embed-templates

## samples: regenerate the sample outputs under samples/ (a test checks they are current).
samples: build
	-TAPESTRY_RECORD_SAMPLES=1 $(SWIFT) test --filter SampleOutputTests
	$(SWIFT) test --filter SampleOutputTests

## exports: write samples/exports/ anew (after changing the sample or the instrument).
exports:
	python3 samples/exports/generate.py

## benchmark: measure scoring speed with a release build.
benchmark: setup
	$(SWIFT) run -c release tapestry-benchmarks $(ROWS)

## bench: tapestry against pandas + XlsxWriter, DuckDB and wc -l on generated files with text
## answers (1 000 / 100 000 / 1 000 000 respondents; BENCH_SIZES=1000,100000 for fewer, BENCH_RUNS=3).
## Installs what it needs (pip, apt) and says so; data and outputs go to .build/bench/.
bench: setup
	python3 Benchmarks/bench.py

## serve: build the workshop server (`tapestry serve`): the package trait `Serve`, in a build
## folder of its own (.build-serve), so that `make build`, `make demo` and `make test` never
## fetch or build its web server and store, and switching between the two rebuilds nothing.
SERVE_FLAGS := --traits Serve --scratch-path .build-serve
serve: build
	$(SWIFT) build $(SERVE_FLAGS) --product tapestry-serve

## setup-serve: what the server's live tests need: Debian's chromium and chromium-driver,
## and Python's selenium, pytest and requests.
setup-serve: setup
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
	  || $(call apt_install,chromium chromium-driver)
	@python3 -c 'import selenium' 2>/dev/null || python3 -m pip install --quiet selenium
	@python3 -c 'import pytest' 2>/dev/null || python3 -m pip install --quiet pytest
	@python3 -c 'import requests' 2>/dev/null || python3 -m pip install --quiet requests

## test-serve: the server's tests: HTTP, security and store (Swift), then kill -9 and restart,
## 200 participants at once, and three tables in a real browser (Python, headless Chromium).
test-serve: serve setup-serve
	$(SWIFT) test $(SERVE_FLAGS) --parallel --filter TapestryServeTests
	python3 -m pytest -s -q Tests/ServeLive

clean:
	rm -rf .build .build-fuzz .build-serve

# apt_install PACKAGES: installs with apt-get when root, else prints the command to run.
define apt_install
	{ if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1); \
	  else echo "Please run: sudo apt-get install -y $(1)" >&2; exit 1; fi; }
endef
