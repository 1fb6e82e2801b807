# The README's two commands: `make demo` and `make test`. Both install what is missing
# (Debian packages, as root), configure and build with CMake (Release). `make demo` builds
# only the two programs it runs; `make test` builds everything. `make package` builds the
# Debian package. WERROR=1 turns compiler warnings into errors (CI sets it).

# Every Debian package the build and the tests need (clang and its runtime for the fuzz
# targets .ci/run runs after the suite; qpdf and poppler-utils make and compare the PDF test
# files; help2man for the man pages; dpkg-dev and file for the package's shlibdeps; systemd
# for systemd-analyze; clang-tidy and clang-format for the lint): the one list.
PACKAGES := cmake g++ make pkg-config python3 \
            libxapian-dev libicu-dev libboost-program-options-dev libboost-dev libroaring-dev \
            doctest-dev nlohmann-json3-dev libfmt-dev libzstd-dev libmimalloc-dev \
            libpoppler-cpp-dev libzip-dev libpugixml-dev qpdf poppler-utils \
            chromium wrk strace clang libclang-rt-dev \
            help2man dpkg-dev file systemd clang-tidy clang-format

BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
SAMPLE ?= sample
WERROR ?= 0
DEMO_QUERIES := "strategy discussions police attendance" \
                "\"return home interviews\" missing" \
                "caseloads grade:inadequate"

.PHONY: all deps configure build demo package test clean

all: build

deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" -ne 0 ]; then echo "run as root (or install:$$missing)" >&2; exit 1; fi; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DASSAY_WERROR=$(if $(filter 1,$(WERROR)),ON,OFF)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: configure
	cmake --build $(BUILD) -j $(JOBS) --target assay-index assay-query
	python3 corpus/generate_sample.py --out $(SAMPLE)/corpus
	$(BUILD)/assay-index build --corpus $(SAMPLE)/corpus --index $(SAMPLE)/index
	@for q in $(DEMO_QUERIES); do \
	  echo; echo "=== assay-query --per-report 1 -- $$q"; \
	  $(BUILD)/assay-query --index $(SAMPLE)/index --limit 5 --per-report 1 -- "$$q" || exit 1; \
	done

package: configure
	cmake --build $(BUILD) -j $(JOBS) --target assay-index assay-query assayd man_pages
	cd $(BUILD) && cpack -G DEB

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) $(SAMPLE)
