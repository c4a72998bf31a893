# The two commands that matter: `make serve` and `make test`. Both install whatever is
# missing first (scripts/setup.sh), and neither rebuilds what is up to date.

WASM_TARGET := target/wasm32-unknown-unknown/wasm-release/cellscope.wasm
PKG_WASM    := pkg/cellscope_bg.wasm
RUST_SOURCES := $(shell find src -name '*.rs') Cargo.toml Cargo.lock
PORT ?= 8000

# wasm-opt for size. The producers and target-features sections are metadata no browser
# reads. --converge would save a further 0.3% gzipped but makes this step 2.5 times slower.
WASM_OPT_FLAGS := -Oz --strip-producers --strip-target-features \
                  --enable-bulk-memory --enable-nontrapping-float-to-int

# wasm-bindgen-test runs tests/web.rs in headless Chromium through ChromeDriver;
# webdriver.json adds the flags Chromium needs on a closed network.
WASM_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
                 CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120

.PHONY: serve test setup setup-test wasm www wheel npm-package test-native test-fuzz test-wasm test-browser test-packaging bench clean-pkg

serve: setup wasm www
	node scripts/serve.mjs --port $(PORT)

test: setup-test wasm www test-native test-fuzz test-wasm test-browser test-packaging

setup:
	@bash scripts/setup.sh build

setup-test:
	@bash scripts/setup.sh test

wasm: $(PKG_WASM)

$(PKG_WASM): $(RUST_SOURCES)
	cargo build --lib --target wasm32-unknown-unknown --profile wasm-release
	wasm-bindgen --target web --out-dir pkg $(WASM_TARGET)
	npx --no-install wasm-opt $(WASM_OPT_FLAGS) $(PKG_WASM) -o $(PKG_WASM)

www:
	node scripts/build-www.mjs
	node scripts/build-widget.mjs

# The Python package (dist/python/*.whl) and the npm package (dist/cellscope-viz-*.tgz).
wheel: setup-test wasm www
	bash scripts/build-python.sh

npm-package: wasm www
	npm pack ./dist/widget --pack-destination dist

test-native:
	cargo test --all-targets

# Every fuzz target once over its saved corpus in fuzz/seeds/ (scripts/fuzz.sh SECONDS
# fuzzes for real and grows that corpus).
test-fuzz:
	bash scripts/fuzz.sh --check

test-wasm:
	$(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown --test web

test-browser:
	node tests/e2e/run.mjs

# The wheel in JupyterLab, Sphinx and MkDocs, and the npm tarball, each in Chromium.
test-packaging: wheel
	node tests/packaging/run.mjs

bench: setup wasm www
	python3 benches/bench.py
	node benches/history_bench.mjs

clean-pkg:
	rm -rf pkg www/dist dist
