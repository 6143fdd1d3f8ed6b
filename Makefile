# The two commands: `make run` and `make test`. Everything else here serves them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/backoffice
TEST_BROKER_URL ?= redis://127.0.0.1:6379/15

.PHONY: run test lint install services clean model evaluate bench bench-extraction

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## run: set up and start web (http://127.0.0.1:8000), Celery worker and Celery beat; Ctrl-C stops all
run: $(STAMP)
	bash scripts/run.sh

## test: set up and run the whole suite against PostgreSQL and Redis (started if not running)
test: $(STAMP)
	bash scripts/services.sh
	DATABASE_URL="$$(bash scripts/test-database-url.sh '$(TEST_DATABASE_URL)')" \
	CELERY_BROKER_URL='$(TEST_BROKER_URL)' DEBUG=true \
	$(PY) -m pytest $(PYTEST_ARGS)

## model: retrain the shipped spaCy pipeline from the project's own corpus (fixed seed) and print its evaluation
model: $(STAMP)
	$(PY) -m extraction.train

## evaluate: generate the corpus and score the engine on it (held-out layouts on their own line) and on ../shared
evaluate: $(STAMP)
	rm -rf var/corpus && $(PY) -m extraction.corpus var/corpus --seed 1
	$(PY) -m extraction.evaluate var/corpus --jobs 2
	$(PY) -m extraction.evaluate --real

## bench: every benchmark; bench-extraction: 200 one-page confirmations on one core vs pdfplumber's floor
bench: bench-extraction

bench-extraction: $(STAMP)
	$(PY) -m extraction.bench --count 200 --profile

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) var/media var/static var/*.sqlite3 var/celerybeat-schedule*
