# One command to set up and run, one to set up and test. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= db/evidence.db
PORT ?= 8001
SHARED_SEED := ../shared/seed

.PHONY: run test test-slow setup ingest serve clean

$(BIN)/evidence: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,cluster]" --config-settings editable_mode=compat
	touch $(BIN)/evidence

setup: $(BIN)/evidence

## make run: set up, ingest the bundled examples (and the seed when ../shared is there), serve on 127.0.0.1:$(PORT)
run: ingest serve

ingest: setup
	$(BIN)/evidence ingest examples $(wildcard $(SHARED_SEED)) --db $(DB)

serve: setup
	$(BIN)/evidence serve --db $(DB) --port $(PORT)

## make test: set up and run the test suite, all but the slow browser and fault tests (under a minute)
# Bytecode is kept, away from the sources (.pytest_cache/pycache, git-ignored), even where the environment sets
# PYTHONDONTWRITEBYTECODE: else every worker and every subprocess of the suite compiles the
# package and rewrites the tests' asserts again (a few seconds a run on two cores).
PYTEST = PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/.pytest_cache/pycache $(BIN)/python -m pytest -q -n auto --dist loadfile
test: setup
	$(PYTEST) -m "not slow"

## make test-slow: the browser and fault tests (chromium, kill -9 mid-ingest, serving while ingesting); CI runs both
test-slow: setup
	$(PYTEST) -m slow

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm

.PHONY: bench bench-quick
## make bench: the full benchmarks (1k/10k ingest, a million-study database, kill -9 at 10k); ~1 h, ~30 GB of disk
bench: setup
	$(BIN)/python -m bench.run

## make bench-quick: a reduced run in under a minute; the last line gives the ratios
bench-quick: setup
	$(BIN)/python -m bench.run --quick
