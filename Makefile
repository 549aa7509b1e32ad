# Two commands: `make run` serves the demo site, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The quality checks' npm packages (Lighthouse, axe-core, vnu.jar), exactly as package-lock.json
# pins them. Their install scripts are skipped: vnu-jar's would fetch a Java of its own, and the
# machine's java is used instead.
NODE_STAMP := node_modules/.installed

.PHONY: run test fuzz install migrate demo clean bench bench-instructions messages

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $(NODE_STAMP)

install: $(STAMP)

var:
	mkdir -p var

migrate: install var
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: demo
	$(PY) manage.py create_local_admin
	$(PY) manage.py runserver 127.0.0.1:8000

test: install var $(NODE_STAMP)
	$(VENV)/bin/ruff check .
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py translations check
	$(VENV)/bin/pytest

# The fuzz suites at length: random (not CI's fixed examples) and five times as many, over
# 16,000 public requests and 3,500 admin ones. DATABASE_URL picks the database, as for `test`.
fuzz: install var
	FUZZ_SCALE=5 HYPOTHESIS_PROFILE=fuzz $(VENV)/bin/pytest tests/fuzz

# The site as production serves it (gunicorn, PostgreSQL, Redis, DEBUG off) against a bare
# Django floor, at 10,000 and 1,000,000 messages (bench/run.py; BENCH_SIZES, BENCH_SECONDS).
# The first run makes the databases, which takes a while at a million messages.
bench: install var
	$(PY) -u bench/run.py

# Instructions per uncached request, each page's and the floor's (callgrind; bench/instructions.py).
bench-instructions: install var
	$(PY) -u bench/instructions.py

clean:
	rm -rf $(VENV) var node_modules .pytest_cache .ruff_cache

# After changing a translatable string: gather the strings into locale/ru/…/django.po, then
# translate the new ones there and run this again to compile django.mo (both are committed).
messages: install
	$(PY) manage.py translations update
