# impact — make demo: install what is missing, build, write the sample report.
#          make test: run every test.
#          make test-browser: the app in headless Chromium (installs chromium, chromium-driver).
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libxlsxwriter-dev libcsv-dev libxml2-dev zlib1g-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
BIN := .build/release/impact

BENCH_SCALES ?= 55 551
BENCH_CACHE ?= $(HOME)/.cache/impact-bench
# The .xlsx run: the sample at this scale (about a million attendance rows) with its registers
# as one workbook, written by `impact-bench xlsx-data` (cached by the version of these sources).
BENCH_XLSX_SCALE ?= 55
BENCH_XLSX_GENERATOR := Sources/ImpactBench/XlsxData.swift Sources/ImpactBench/BenchWorkbook.swift \
  Sources/ImpactIngest/CSV

# What the real-browser test needs: headless Chromium and its WebDriver, from Debian.
BROWSER_PACKAGES := chromium chromium-driver

.PHONY: deps browser-deps build release demo test test-browser lint format bench clean \
	check-xlsx templates examples fuzz fuzz-build fuzz-run test-asan test-tsan

deps:
	@$(call apt_install,$(APT_PACKAGES))

browser-deps:
	@$(call apt_install,$(BROWSER_PACKAGES))

# apt_install PACKAGES: installs those not installed yet (apt-get update first), with sudo
# unless root.
define apt_install
	missing=""; \
	for p in $(1); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != "0" ] && ! command -v sudo >/dev/null; then \
	    echo "Missing:$$missing. As root, run: apt-get update && apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
endef

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product impact

demo: release
	$(BIN) report sample-data --out reports/sample

test: deps lint
	$(SWIFT) test

# The real-browser test: impact serve driven in headless Chromium through chromedriver
# (Tests/ImpactBrowserTests); screenshots of every page land in .build/browser-screenshots/.
# A plain `swift test` skips it.
test-browser: deps browser-deps
	IMPACT_BROWSER_TEST=1 $(SWIFT) test --filter ImpactBrowserTests

# The whole suite once under AddressSanitizer / ThreadSanitizer, each in its own build folder.
# Leak reports are off: every one seen is in Foundation, XCTest, Dispatch or swift-nio
# (docs/reliability.md).
test-asan: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan

test-tsan: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# Fuzzing (docs/reliability.md): each target for SECONDS seconds, at the lowest priority,
# seeds from every fixture, the corpus kept in .build-fuzz/corpus/, findings in
# .build-fuzz/findings/. The targets (Fuzz/, a package of their own) need libFuzzer's flags,
# so neither `swift build` nor `swift test` builds them.
SECONDS ?= 60
FUZZ_TARGETS ?= csv xlsx config templates
FUZZ_FLAGS := -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
  -Xswiftc -enable-testing

# Built from a copy of the sources in .build-fuzz/src, so they can be edited while the
# (long) build and the campaign run.
fuzz-build: deps
	rm -rf .build-fuzz/src && mkdir -p .build-fuzz/src
	cp -a Package.swift Sources Tests Fuzz .build-fuzz/src/
	nice -n 19 $(SWIFT) build --package-path .build-fuzz/src/Fuzz \
	  --scratch-path .build-fuzz/build $(FUZZ_FLAGS)

# FUZZ_PARALLEL=1 runs the targets at the same time.
fuzz: fuzz-build
	./Fuzz/run.sh $(SECONDS) $(FUZZ_TARGETS)

# The campaign alone, on the targets last built.
fuzz-run:
	./Fuzz/run.sh $(SECONDS) $(FUZZ_TARGETS)

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Fuzz/Package.swift Fuzz/Sources

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Fuzz/Package.swift Fuzz/Sources

# Embeds reports/templates/ into the binary (run after editing a template; a test checks it).
templates:
	./reports/embed-templates.sh

# Writes reports/examples/: the text reports for sample-data, generated at a fixed time
# (2026-04-01 09:00 UTC) so that they only change when the wording or the figures do; a test
# checks they are current.
examples: release
	rm -rf .build/examples
	SOURCE_DATE_EPOCH=1775034000 $(BIN) report sample-data --out .build/examples --format md,txt,html --quiet
	rm -rf reports/examples && mv .build/examples reports/examples

# Times the whole job against the libcsv parsing floor (README, "Performance"): scale 55 is
# about one million attendance rows, scale 551 about ten million (1.5 GB). The data is
# generated once per version of the generator into $(BENCH_CACHE), outside the repository.
bench: release
	$(SWIFT) build -c release --product impact-bench
	@generator=$$(git log -1 --format=%h -- Sources/ImpactSample 2>/dev/null || echo current); \
	sample() { \
	  dir=$(BENCH_CACHE)/sample-$$generator-$$1; \
	  test -d $$dir || { echo "Generating $$dir"; mkdir -p $(BENCH_CACHE); \
	    $(BIN) sample $$dir.tmp --scale $$1 >/dev/null && mv $$dir.tmp $$dir; }; \
	}; \
	args=""; \
	for scale in $(BENCH_SCALES); do \
	  sample $$scale || exit 1; \
	  args="$$args --data $(BENCH_CACHE)/sample-$$generator-$$scale=scale-$$scale"; \
	done; \
	xlsx=$$(git log -1 --format=%h -- Sources/ImpactSample $(BENCH_XLSX_GENERATOR) 2>/dev/null || echo current); \
	xdir=$(BENCH_CACHE)/xlsx-$$xlsx-$(BENCH_XLSX_SCALE); \
	test -d $$xdir || { sample $(BENCH_XLSX_SCALE) && echo "Generating $$xdir" && rm -rf $$xdir.tmp && \
	  .build/release/impact-bench xlsx-data $(BENCH_CACHE)/sample-$$generator-$(BENCH_XLSX_SCALE) $$xdir.tmp \
	  >/dev/null && mv $$xdir.tmp $$xdir; } || exit 1; \
	args="$$args --data $$xdir=scale-$(BENCH_XLSX_SCALE)-xlsx"; \
	.build/release/impact-bench --impact $(BIN) --commit "$$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" $$args

# check-xlsx: not part of `make test` (it needs LibreOffice). Converts the sample workbook to
# PDF with LibreOffice, checks that every sheet printed, and leaves one PNG per page in
# $(XLSX_CHECK)/ to look at. Run `make demo` first.
XLSX := reports/sample/impact-report.xlsx
XLSX_CHECK := .build/check-xlsx
XLSX_SHEETS := Summary Reach Inclusion Wellbeing Evidence Funding Trends Quotes "Data quality" Indicators About

check-xlsx:
	@test -f $(XLSX) || { echo "$(XLSX) is missing: run make demo first."; exit 1; }
	@command -v soffice >/dev/null || { echo "LibreOffice is missing: $(SUDO) apt-get install -y libreoffice-calc-nogui poppler-utils"; exit 1; }
	@command -v pdftoppm >/dev/null || { echo "pdftoppm is missing: $(SUDO) apt-get install -y poppler-utils"; exit 1; }
	rm -rf $(XLSX_CHECK) && mkdir -p $(XLSX_CHECK)
	soffice --headless --norestore -env:UserInstallation=file://$(CURDIR)/$(XLSX_CHECK)/profile \
	  --convert-to pdf --outdir $(XLSX_CHECK) $(XLSX) >$(XLSX_CHECK)/soffice.log 2>&1
	@test -s $(XLSX_CHECK)/impact-report.pdf || { cat $(XLSX_CHECK)/soffice.log; echo "LibreOffice could not open $(XLSX)."; exit 1; }
	@pdftotext $(XLSX_CHECK)/impact-report.pdf $(XLSX_CHECK)/impact-report.txt
	@for sheet in $(XLSX_SHEETS); do \
	  grep -qx "$$sheet" $(XLSX_CHECK)/impact-report.txt || { echo "The sheet $$sheet did not print."; exit 1; }; \
	done
	pdftoppm -r 60 -png $(XLSX_CHECK)/impact-report.pdf $(XLSX_CHECK)/page
	@echo "$(XLSX) opens in LibreOffice: $$(ls $(XLSX_CHECK)/page-*.png | wc -l) pages in $(XLSX_CHECK)/"

clean:
	rm -rf .build .build-bench .build-fuzz .build-asan .build-tsan
