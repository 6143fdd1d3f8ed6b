# The two commands: `make run` and `make test`. Everything else here serves them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/backoffice
TEST_BROKER_URL ?= redis://127.0.0.1:6379/15

.PHONY: run test lint install services clean

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

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) var/media var/static var/*.sqlite3 var/celerybeat-schedule*
