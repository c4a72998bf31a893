#!/usr/bin/env bash
# Installs what building and testing Cellscope needs, and only what is missing, so a
# second run takes well under a second. Usage: scripts/setup.sh [build|test]
#   build: the wasm target, the wasm-bindgen CLI and the npm packages
#   test:  the same, plus Debian's Chromium and ChromeDriver for the browser tests, and the
#          Python tools of the embedding tests in .venv/
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    printf 'cellscope setup: %s\n' "$1" >&2
    printf '  to fix: %s\n' "$2" >&2
    exit 1
}

need_command() {
    command -v "$1" >/dev/null 2>&1 || fail "'$1' is not installed" "$2"
}

# The CLI must be exactly the version of the wasm-bindgen crate that Cargo.lock pins,
# or wasm-bindgen refuses the module ("schema version" mismatch).
locked_wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_rust() {
    need_command cargo "install Rust with rustup (https://rustup.rs)"
    need_command rustup "install Rust with rustup (https://rustup.rs)"
    if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        echo "setup: adding the wasm32-unknown-unknown target"
        rustup target add wasm32-unknown-unknown ||
            fail "cannot add the wasm32 target" "rustup target add wasm32-unknown-unknown"
    fi
}

ensure_wasm_bindgen() {
    local want have
    want=$(locked_wasm_bindgen_version)
    have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
    if [ "$have" != "$want" ]; then
        echo "setup: installing wasm-bindgen-cli $want (a few minutes, once)"
        cargo install wasm-bindgen-cli --version "$want" --locked ||
            fail "cannot install wasm-bindgen-cli $want" "cargo install wasm-bindgen-cli --version $want --locked"
    fi
}

ensure_npm_packages() {
    need_command node "apt-get install nodejs npm (Node.js 18 or newer)"
    need_command npm "apt-get install npm"
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        echo "setup: npm ci"
        npm ci --no-audit --no-fund --loglevel=error ||
            fail "npm ci failed" "check that the npm registry is reachable, then run npm ci"
    fi
}

ensure_chromium() {
    if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
        return
    fi
    echo "setup: installing Debian's chromium and chromium-driver"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    { $sudo apt-get update && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver; } ||
        fail "cannot install Chromium" "apt-get install chromium chromium-driver"
}

# JupyterLab, Sphinx, MkDocs and hatchling for the Python package's tests, in the project's
# own virtual environment at the versions python/constraints.txt pins. The copy of the
# requirements kept inside .venv/ says what is installed, so a second run only compares files.
ensure_python_venv() {
    need_command python3 "apt-get install python3 python3-venv (Python 3.11 or newer)"
    python3 -c "import sys; sys.exit(sys.version_info < (3, 11))" ||
        fail "Sphinx 9 needs Python 3.11 or newer" "install Python 3.11 (apt-get install python3)"
    local installed=.venv/cellscope-requirements.txt
    if [ -f "$installed" ] && cat python/requirements-dev.txt python/constraints.txt | cmp -s - "$installed"; then
        return
    fi
    echo "setup: installing the Python tools into .venv/ (a few minutes, once)"
    [ -x .venv/bin/pip ] || python3 -m venv .venv ||
        fail "cannot create .venv" "apt-get install python3-venv"
    .venv/bin/pip install --disable-pip-version-check --quiet \
        -r python/requirements-dev.txt -c python/constraints.txt ||
        fail "cannot install the Python tools" "check that PyPI is reachable, then run scripts/setup.sh test"
    cat python/requirements-dev.txt python/constraints.txt >"$installed"
}

# libFuzzer, which the fuzz targets link (scripts/fuzz.sh), is C++ built by cargo.
ensure_cxx() {
    if command -v c++ >/dev/null 2>&1; then
        return
    fi
    echo "setup: installing Debian's g++ (the fuzz targets build libFuzzer with it)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    { $sudo apt-get update && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y g++; } ||
        fail "cannot install g++" "apt-get install g++"
}

ensure_rust
ensure_wasm_bindgen
ensure_npm_packages
if [ "${1:-build}" = "test" ]; then
    ensure_chromium
    ensure_python_venv
    ensure_cxx
fi
