# Two entry points for a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= summitry.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test lint bench accuracy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/summitry ingest examples/pages --db $(DB)
	$(BIN)/summitry list --db $(DB)
	@echo
	@echo "Stored in $(DB). In another shell, try:"
	@echo "  $(BIN)/summitry search FTAAP --db $(DB)"
	@echo "  $(BIN)/summitry show ID --db $(DB)"
	@echo "  $(BIN)/summitry extract examples/pages/*.txt --jsonl"
	@echo
	@echo "Web UI: http://$(HOST):$(PORT)/  API docs: http://$(HOST):$(PORT)/docs  (Ctrl-C stops)"
	$(BIN)/summitry serve --db $(DB) --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q -n auto
	$(BIN)/python -m mypy

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/python -m mypy

# docs/accuracy.md: per-field precision, recall and F1 on the gold pages beside the repo.
accuracy: $(VENV)/.installed
	{ printf '# Extraction accuracy\n\nWritten by `make accuracy`, that is\n`summitry eval ../shared/eval/dev ../shared/eval/train --markdown`, at commit %s.\nThe scoring is that of `../shared/eval/score.py` (tests/test_evaluate.py checks they agree);\neach field group is followed by its fields. Measure your own pages the same way:\n`summitry eval FOLDER --diff`.\n\n' "$$(git rev-parse --short HEAD)"; \
	  $(BIN)/summitry eval ../shared/eval/dev ../shared/eval/train --markdown; } > docs/accuracy.md

bench: $(VENV)/.installed
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
