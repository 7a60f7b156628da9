# hlspeak: `make demo` installs what is missing, builds, and speaks a section;
# `make test` runs the whole test suite; `make bench` measures speed against espeak-ng.
SWIFT ?= swift
# Build and run: the C libraries hlspeak links (eSpeak NG, libsndfile, libsoxr, libebur128, cmark-gfm).
DEBIAN_PACKAGES := pkg-config libespeak-ng-dev espeak-ng-data libsndfile1-dev libsoxr-dev libebur128-dev libcmark-gfm-dev
# The benchmark also runs the espeak-ng program, for comparison.
BENCH_PACKAGES := espeak-ng

.PHONY: demo test bench deps swift-check clean

demo: deps
	$(SWIFT) build -c release --product hlspeak
	.build/release/hlspeak check
	.build/release/hlspeak miscarriage --section coping

test: deps
	$(SWIFT) test

bench: deps
	@scripts/install-debian-packages $(BENCH_PACKAGES)
	$(SWIFT) build -c release --product hlspeak
	$(SWIFT) run -c release hlspeak-bench

deps: swift-check
	@scripts/install-debian-packages $(DEBIAN_PACKAGES)

swift-check:
	@command -v $(SWIFT) >/dev/null || { echo "error: Swift 6 is not on PATH; install it from swift.org (or put /opt/swift/usr/bin on PATH)" >&2; exit 1; }

clean:
	rm -rf .build out
