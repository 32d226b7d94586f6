# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands a new contributor needs on Debian 12:
#   make run    install what building and running need (no test tools, no npm), build the
#               three programs (Release), launch tokendesk
#   make test   the same plus the test stack (Xvfb, keyring, npm 11 in $(BUILD)/npm), build
#               everything, run the whole suite headless
#   make test-asan  the same suite built with clang under AddressSanitizer + UBSan (build-asan)
# Also: make sandbox (the sandbox registry and the app pointed at it), make check (format,
# translations, packaging), make benchmark, make package (the .deb), make check-deb (build,
# lintian, install and check the .deb; see docs/packaging.md), make tidy (clang-tidy over the
# lines changed since .ci/tidy-base), make clazy (the programs built with clazy, build-clazy).

BUILD      ?= build
BUILD_TYPE ?= Release
JOBS       ?= $(shell nproc)
# Tests at once: twice the cores. Most of them wait on the sandbox, npm, the keyring or timers
# (the CPUs were 27% busy in a Release run with one test per core).
TEST_JOBS  ?= $(shell echo $$(( $(JOBS) * 2 )))
CTEST_ARGS ?=
WERROR     := $(if $(filter-out false 0,$(CI)),ON,OFF)

.PHONY: all deps configure build programs run test sandbox check check-format check-translations \
        check-packaging format translations benchmark clean package check-deb \
        test-asan build-asan tidy clazy

all: build

# What the dependency step installs: `run` (building and running) unless a target that runs
# tests asks for `test` (target-specific, so their prerequisites inherit it). The npm 11 the
# tests use goes into NPM_PREFIX, never over the system's npm.
DEPS_MODE  ?= run
NPM_PREFIX ?= $(BUILD)/npm
test benchmark build-asan test-asan package check-deb tidy clazy: DEPS_MODE = test
build-asan test-asan: NPM_PREFIX = $(ASAN_BUILD)/npm

deps:
	@packaging/debian/install-build-deps.sh $(DEPS_MODE) --npm-prefix $(NPM_PREFIX)

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DTD_WERROR=$(WERROR)

build: configure
	cmake --build $(BUILD) -j$(JOBS)

# Only the three programs: what `make run` and `make sandbox` need (the tests are not built).
programs: configure
	cmake --build $(BUILD) -j$(JOBS) --target tokendesk tokendesk-cli tokendesk-sandbox

run: programs
	$(BUILD)/app/desktop/tokendesk

test: build
	tests/run-headless.sh $(BUILD) --output-on-failure -j$(TEST_JOBS) -LE benchmark $(CTEST_ARGS)

# The sanitizer build: clang, ASan + UBSan (LeakSanitizer included), -O1 with line tables for
# readable stack traces. Debug so that Qt's own Q_ASSERTs (QList bounds...) and _GLIBCXX_ASSERTIONS
# are on. Every test, and every program it starts, fails on a sanitizer report
# (tests/sanitizers/run-test.sh); timeouts are TD_TEST_TIMEOUT_FACTOR (3) times longer.
ASAN_BUILD ?= build-asan
SANITIZE   ?= address,undefined

build-asan: deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug \
	  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
	  -DTD_SANITIZE=$(SANITIZE) -DTD_WERROR=$(WERROR)
	cmake --build $(ASAN_BUILD) -j$(JOBS)

test-asan: build-asan
	tests/run-headless.sh $(ASAN_BUILD) --output-on-failure -j$(TEST_JOBS) -LE benchmark $(CTEST_ARGS)

sandbox: programs
	app/sandbox/run-with-tokendesk.sh $(BUILD)

benchmark: build
	tests/run-headless.sh $(BUILD) --output-on-failure -L benchmark -V

check: check-format check-translations check-packaging

FORMAT_SOURCES = $(shell git ls-files 'core/*.h' 'core/*.cpp' 'app/*.h' 'app/*.cpp' 'tests/*.h' 'tests/*.cpp')

check-format:
	@echo "clang-format --dry-run -Werror over $(words $(FORMAT_SOURCES)) files"
	@clang-format --dry-run -Werror $(FORMAT_SOURCES)
	@tools/name-includes.py --check

format:
	clang-format -i $(FORMAT_SOURCES)

# lupdate rewrites the .ts files; a difference means a tr() string was added without them.
# (timeout: lupdate 6.4's parser can spin forever on some expressions; fail instead of hanging.)
check-translations: configure
	timeout 600 cmake --build $(BUILD) --target update_translations
	git diff --exit-code -- translations/ || \
	  (echo "translations/*.ts are out of date: run 'make translations' and commit them" >&2; exit 1)
	translations/check-catalogues.py

translations: configure
	cmake --build $(BUILD) --target update_translations

check-packaging:
	desktop-file-validate packaging/linux/*.desktop
	appstreamcli validate --no-net packaging/linux/*.metainfo.xml

# The Debian package (cmake/TdPackaging.cmake): $(BUILD)/tokendesk_<version>-1_<arch>.deb
package: build
	cd $(BUILD) && cpack -G DEB

# Builds the .deb, runs lintian, installs it (into the system only with CI=true or
# TD_ALLOW_SYSTEM_INSTALL=1, as root; otherwise unpacked into a temporary root) and checks the
# installed programs, man page, desktop entry and completions, then removes it.
check-deb: build
	packaging/debian/check-deb.sh $(BUILD)

clean:
	rm -rf $(BUILD)

# --- static analysis (.clang-tidy, tools/tidy-changed.sh, tools/clazy-build.sh) ------------------
# make tidy    clang-tidy 14 over the lines changed since TIDY_BASE (default: the commit in
#              .ci/tidy-base), with $(BUILD)'s compile commands; the uic/moc headers are made first
# make clazy   td_core, tokendesk and tokendesk-cli built with clazy in CLAZY_BUILD (build-clazy)
# Both print their findings and a summary line, and fail on any finding.
TIDY_BASE   ?=
CLAZY_BUILD ?= build-clazy

tidy: configure
	cmake --build $(BUILD) -j$(JOBS) --target autogen
	BUILD=$(BUILD) JOBS=$(JOBS) tools/tidy-changed.sh $(TIDY_BASE)

clazy: deps
	JOBS=$(JOBS) tools/clazy-build.sh $(CLAZY_BUILD)

# --- fuzzing (tests/fuzz, cmake/TdFuzz.cmake) -----------------------------------------------
# make fuzz         every libFuzzer target for at least FUZZ_RUNS (10 million) executions each
#                   (UBSan tree), then their corpus once through the ASan+UBSan tree
# make fuzz-short   every target for FUZZ_SECONDS (45) seconds with ASan+UBSan: what CI runs
# Separate clang trees (build-fuzz, build-fuzz-fast); only td_core and the fuzzers are built.
FUZZ_BUILD ?= build-fuzz

.PHONY: fuzz fuzz-short fuzz-build fuzz-build-fast

fuzz-build:
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_COMPILER=clang++ -DTD_FUZZ=ON -DBUILD_TESTING=OFF -DTD_WERROR=$(WERROR)
	cmake --build $(FUZZ_BUILD) -j$(JOBS) --target fuzzers

# The long runs use a UBSan-only tree (twice as fast as with ASan); their whole corpus then goes
# through the ASan+UBSan tree once, so each input that reached new code is checked by ASan too.
FUZZ_FAST_BUILD ?= build-fuzz-fast

fuzz-build-fast:
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_FAST_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_COMPILER=clang++ -DTD_FUZZ=ON -DBUILD_TESTING=OFF -DTD_WERROR=$(WERROR) \
	  -DTD_FUZZ_SANITIZERS=undefined
	cmake --build $(FUZZ_FAST_BUILD) -j$(JOBS) --target fuzzers

fuzz: fuzz-build fuzz-build-fast
	tests/fuzz/run-fuzzers.sh $(FUZZ_FAST_BUILD) long
	tests/fuzz/run-fuzzers.sh $(FUZZ_BUILD) replay $(FUZZ_FAST_BUILD)/fuzz/corpus

# Like the tests, the fuzzers may leave nothing in their TMPDIR (tmpdir-must-end-empty.sh).
fuzz-short: fuzz-build
	tmp=$$(mktemp -u "$${TMPDIR:-/tmp}/td-fuzz.XXXXXX") && rc=0 && \
	  tests/support/tmpdir-must-end-empty.sh "$$tmp" tests/fuzz/run-fuzzers.sh $(FUZZ_BUILD) short \
	  || rc=$$?; rm -rf "$$tmp"; exit $$rc
