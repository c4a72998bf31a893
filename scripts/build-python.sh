#!/usr/bin/env bash
# Builds the `cellscope` Python package into dist/python/ as a wheel: the pure-Python
# package plus the widget's files from dist/widget/ (run `make wasm www` first). It uses
# hatchling from .venv/ (scripts/setup.sh test), so it needs no network.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/pip ] || { echo "build-python: .venv/ is missing: run scripts/setup.sh test" >&2; exit 1; }
rm -rf dist/python
.venv/bin/pip wheel --disable-pip-version-check --quiet --no-deps --no-build-isolation \
    --wheel-dir dist/python ./python
ls dist/python/*.whl
