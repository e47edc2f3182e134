# impact — make demo: install what is missing, build, write the sample report.
#          make test: run every test.
SWIFT ?= swift
APT_PACKAGES := libxlsxwriter-dev libcsv-dev zlib1g-dev
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
BIN := .build/release/impact

.PHONY: deps build release demo test lint format bench clean

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

clean:
	rm -rf .build
