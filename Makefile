# The two commands of the README:  make run   and   make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint translations system-run system-test package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,package]'
	touch $(STAMP)

# Compiled .qm files are build output, made from the .ts sources.
translations: $(STAMP)
	$(BIN)/python scripts/build_translations.py

# System libraries first: a fresh Debian needs python3-venv before the venv can be made.
system-run:
	PYTHON=$(PYTHON) scripts/system-deps.sh run

system-test:
	PYTHON=$(PYTHON) scripts/system-deps.sh test

run: system-run $(STAMP) translations
	$(BIN)/sealdesk

test: system-test $(STAMP) translations
	$(BIN)/ruff check sealdesk tests benchmarks scripts
	$(BIN)/ruff format --check sealdesk tests benchmarks scripts
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The inner loop: everything but the tests marked slow (kill -9 trials, the package build, real
# watcher waits, large bundles). CI and `make test` run all of them.
test-fast: $(STAMP) translations
	$(BIN)/ruff check sealdesk tests benchmarks scripts
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

# One-folder app in dist/sealdesk (see docs/packaging.md).
package: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean packaging/sealdesk.spec

lint: $(STAMP)
	$(BIN)/ruff check sealdesk tests benchmarks scripts
	$(BIN)/ruff format sealdesk tests benchmarks scripts

clean:
	rm -rf $(VENV) build dist translations/*.qm
