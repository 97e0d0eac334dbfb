# Statusmark: `make site` builds the sample site into public/, `make test` runs every test.
# Each target installs what is missing first (scripts/install-deps).

SWIFT ?= swift
# The sample site is rendered as of this moment, so its ongoing incident and upcoming maintenance stay so.
SAMPLE_NOW ?= 2025-09-19T14:00:00Z
BIN := .build/debug/statusmark

.PHONY: all deps build release dist dist-test lint-examples site check serve bench test swift-test browser-test notify-test notify-test-release fuzz clean

all: build

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build --product statusmark

# The optimised binary, as make bench and a deployment use it (a release build compiles each module whole, which
# can fail where a debug build passes, so CI builds it too). On Linux it links the Swift runtime, libcmark and the
# C++ runtime in, so it needs only the C library (scripts/release).
release: deps
	SWIFT=$(SWIFT) scripts/release

# dist/statusmark-<version>-linux-<arch>.tar.gz and its .sha256: the release binary, README.md, LICENSE and the
# licences of what it links (NOTICES).
dist: release
	scripts/dist

# Runs the tarball in a root that holds only the C library, as a pipeline would, and compares what it prints and
# writes with the normal build's binary, byte for byte.
dist-test: build dist
	scripts/dist-test

# Validates the deploy recipes in examples/ (schemas, shellcheck, actionlint where it installs) and runs their
# install, check and build steps on a copy of the sample site with the dist tarball.
lint-examples: dist
	@scripts/install-deps --lint
	scripts/check-examples

# The sample site, checked and built into public/.
site: build
	$(BIN) build --site . --now $(SAMPLE_NOW)

check: build
	$(BIN) check --site . --now $(SAMPLE_NOW)

# The sample site on http://127.0.0.1:4000/, rebuilt and reloaded on every edit (Ctrl-C stops it).
serve: build
	$(BIN) serve --site . --now $(SAMPLE_NOW)

# Release builds of synthetic sites of 1,000 and 10,000 incidents (BENCH_LARGE=1 adds 100,000), timed; prints its
# tables. Not a test: nothing fails on a number.
bench: release
	@scripts/install-deps --bench
	python3 scripts/bench.py

# Every test: the Swift suites, the browser suite (headless Chromium, axe, the Nu HTML checker), then notify
# against real servers.
test: swift-test browser-test notify-test

swift-test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Builds the sample site into .build/browser-site/ and checks it in a real browser; screenshots go to
# .build/screenshots/.
browser-test: build
	@scripts/install-deps --browser
	python3 -m pytest Tests/Browser -q

# `statusmark notify` against servers on 127.0.0.1: an HTTP server that records webhooks and serves the live
# site, and aiosmtpd with STARTTLS and AUTH. The messages received go to .build/notify-examples/.
notify-test: build
	@scripts/install-deps --notify
	python3 -m pytest Tests/Notify -q

# The same suite with the release binary, which allocates with tcmalloc: libcurl, loaded when an email is sent, and
# the webhooks' HTTP client then allocate and free through it too.
notify-test-release: release
	@scripts/install-deps --notify
	STATUSMARK=$(CURDIR)/.build/release/statusmark python3 -m pytest Tests/Notify -q

# libFuzzer on the incident parser, the configuration decoder and the template engine, FUZZ_SECONDS each
# (FUZZ_TARGETS to choose); a crash fails with its input in .build/fuzz/crashes/ (see README, Developing).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= incident configuration template
fuzz: deps
	scripts/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf .build public dist
