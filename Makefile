# The README's two commands: `make demo` and `make test`. Both install what is missing
# (Debian packages, as root), configure and build with CMake (Release).

# Every Debian package the build and the tests need (clang and its runtime for the fuzz
# targets .ci/run runs after the suite; qpdf and poppler-utils make and compare the PDF test
# files): the one list.
PACKAGES := cmake g++ make pkg-config python3 \
            libxapian-dev libicu-dev libboost-program-options-dev libboost-dev libroaring-dev \
            doctest-dev nlohmann-json3-dev libfmt-dev libzstd-dev \
            libpoppler-cpp-dev libzip-dev libpugixml-dev qpdf poppler-utils \
            chromium wrk strace clang libclang-rt-dev

BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
SAMPLE ?= sample
DEMO_QUERIES := "strategy discussions police attendance" \
                "\"return home interviews\" missing" \
                "caseloads grade:inadequate"

.PHONY: all deps build demo test clean

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

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	python3 corpus/generate_sample.py --out $(SAMPLE)/corpus
	$(BUILD)/assay-index build --corpus $(SAMPLE)/corpus --index $(SAMPLE)/index
	@for q in $(DEMO_QUERIES); do \
	  echo; echo "=== assay-query --per-report 1 -- $$q"; \
	  $(BUILD)/assay-query --index $(SAMPLE)/index --limit 5 --per-report 1 -- "$$q" || exit 1; \
	done

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) $(SAMPLE)
