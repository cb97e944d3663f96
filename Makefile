# Two commands a newcomer needs: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint typecheck pytest bench bench-serveer soak demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(BIN)/wievraag

demo: $(STAMP_RUN)
	$(BIN)/wievraag demo

test: $(STAMP_TEST) lint typecheck pytest

lint: $(STAMP_TEST)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports

typecheck: $(STAMP_TEST)
	$(BIN)/mypy

# One worker per core (pytest-xdist): the suite is mostly Pilot sessions waiting on the event
# loop, and CI has two cores.
pytest: $(STAMP_TEST)
	$(BIN)/python -m pytest -q -n auto -m 'not soak and not serieel'
	# The type-ahead bursts measure what a key does to the next one: alone, not beside the
	# whole suite on two cores (they pass beside two CPU-bound loops; the full parallel suite
	# starved them).
	$(BIN)/python -m pytest -q -p no:xdist -m serieel

soak: $(STAMP_TEST)
	$(BIN)/python -m pytest -q -m soak --timeout 3600

bench: $(STAMP_TEST)
	$(BIN)/python benchmarks/run.py

# The workshop server under 1, 10 and 30 attendees (about 3 minutes; 127.0.0.1 only).
bench-serveer: $(STAMP_TEST)
	$(BIN)/python benchmarks/serveer.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
