# impact — make demo: install what is missing, build, write the sample report.
#          make test: run every test.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libxlsxwriter-dev libcsv-dev zlib1g-dev
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
BIN := .build/release/impact

BENCH_SCALE ?= 551
BENCH_DATA := .build-bench/data-$(BENCH_SCALE)

.PHONY: deps build release demo test lint format bench clean templates examples

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product impact

demo: release
	$(BIN) report sample-data --out reports/sample

test: deps lint
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

# Embeds reports/templates/ into the binary (run after editing a template; a test checks it).
templates:
	./scripts/embed-templates.sh

# Writes reports/examples/: the text reports for sample-data, with a fixed "generated at"
# (a test checks they are current). Until `impact report` writes the text formats, the
# examples test writes them.
examples: deps templates
	IMPACT_WRITE_EXAMPLES=1 $(SWIFT) test --filter reportExamplesAreCurrent

# Times the whole job on a synthetic organisation (scale 551 is about ten million attendance
# rows, 1.5 GB; the data is generated once into .build-bench/).
bench: release
	@test -d $(BENCH_DATA) || { echo "Generating $(BENCH_DATA)"; $(BIN) sample $(BENCH_DATA) --scale $(BENCH_SCALE) >/dev/null; }
	@du -sh $(BENCH_DATA)
	@echo "impact validate:"; time ($(BIN) validate $(BENCH_DATA) --quiet || [ $$? -eq 1 ])
	@echo "impact report:"; time $(BIN) report $(BENCH_DATA) --out .build-bench/report --quiet

clean:
	rm -rf .build
