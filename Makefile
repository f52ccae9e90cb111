# Blood Disorders Portal: `make run` serves the demo site, `make test` runs the suite.
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
VENV_PYTHON := $(VENV)/bin/python

# Django 6.1 needs Python 3.12 or newer. Try the usual names, then pyenv's
# installed versions directly: its shims fail unless told which version to
# use, and the pyenv command itself may not be on the PATH.
# An explicit PYTHON=/path/to/python wins.
define find_python
for candidate in python3.14 python3.13 python3.12 python3; do \
  if command -v $$candidate >/dev/null 2>&1 && $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
    command -v $$candidate; exit 0; \
  fi; \
done; \
for candidate in $$(ls -d "$${PYENV_ROOT:-$$HOME/.pyenv}"/versions/*/bin/python 2>/dev/null | sort -rV); do \
  if "$$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
    echo "$$candidate"; exit 0; \
  fi; \
done
endef
PYTHON ?= $(shell $(find_python))

.PHONY: run superuser demo-staff test lint lock messages backup restore bench bench-search

# Creates .venv with a Python 3.12 or newer.
$(VENV_PYTHON):
	@if [ -z "$(PYTHON)" ]; then \
	  echo "No Python 3.12 or newer found. Install Python 3.13 (for example with pyenv: 'pyenv install 3.13'), or run: make PYTHON=/path/to/python3.13 $(MAKECMDGOALS)" >&2; \
	  exit 1; \
	fi
	@echo "Creating $(VENV) with $(PYTHON)"
	"$(PYTHON)" -m venv $(VENV)

# Installs from the lock files only: exact versions, every file checked
# against its hash. `make run` needs the runtime set, `make test` adds the
# test and benchmark tools.
$(VENV)/.runtime: requirements.txt | $(VENV_PYTHON)
	$(VENV_PYTHON) -m pip install --quiet --require-hashes -r requirements.txt
	touch $@

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(VENV_PYTHON)
	$(VENV_PYTHON) -m pip install --quiet --require-hashes -r requirements-dev.txt
	touch $(VENV)/.runtime $@

# Compiles the lock files from requirements.in and requirements-dev.in,
# keeping every version already locked unless asked: `make lock
# UPGRADE="--upgrade-package django"` or UPGRADE=--upgrade for all.
UV_VERSION := 0.13.9
UV_COMPILE = $(VENV)/bin/uv pip compile --quiet --universal --python-version 3.12 --generate-hashes --no-header $(UPGRADE)
lock: | $(VENV_PYTHON)
	$(VENV_PYTHON) -m pip install --quiet uv==$(UV_VERSION)
	$(UV_COMPILE) --output-file requirements.txt requirements.in
	$(UV_COMPILE) --output-file requirements-dev.txt requirements-dev.in

run: $(VENV)/.runtime
	mkdir -p var
	DJANGO_DEBUG=1 $(VENV_PYTHON) manage.py migrate --no-input
	DJANGO_DEBUG=1 $(VENV_PYTHON) manage.py load_demo_content
	DJANGO_DEBUG=1 $(VENV_PYTHON) manage.py rebuild_search_index
	DJANGO_DEBUG=1 $(VENV_PYTHON) manage.py runserver 127.0.0.1:$(PORT)

# The first admin account of the local demo (debug on, as for make run).
superuser: $(VENV)/.runtime
	mkdir -p var
	DJANGO_DEBUG=1 $(VENV_PYTHON) manage.py migrate --no-input
	DJANGO_DEBUG=1 $(VENV_PYTHON) manage.py createsuperuser

# One staff account per role for trying the site locally; never in production.
demo-staff: $(VENV)/.runtime
	mkdir -p var
	DJANGO_DEBUG=1 $(VENV_PYTHON) manage.py migrate --no-input
	DJANGO_DEBUG=1 $(VENV_PYTHON) manage.py create_demo_staff

# A throwaway key: tests run with debug off, as production does.
test: $(VENV)/.installed
	mkdir -p var
	DJANGO_SECRET_KEY=test-only-not-secret $(VENV_PYTHON) manage.py makemigrations --check --dry-run
	DJANGO_SECRET_KEY=test-only-not-secret $(VENV_PYTHON) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Needs GNU gettext; the compiled catalogues are committed so nobody else does.
messages: $(VENV)/.installed
	DJANGO_DEBUG=1 $(VENV_PYTHON) manage.py makemessages -l nl -l fr --no-obsolete --no-location --ignore=.venv --ignore=var
	DJANGO_DEBUG=1 $(VENV_PYTHON) manage.py compilemessages --ignore=.venv

# The database and the uploaded media in one archive under var/backups/.
# Production settings come from the environment (see docs/deploy.md).
backup: $(VENV)/.runtime
	$(VENV_PYTHON) manage.py backup_site

# Replaces the whole database and restores the media; asks for confirmation.
restore: $(VENV)/.runtime
	@if [ -z "$(BACKUP)" ]; then \
	  echo "Say which archive to restore: make restore BACKUP=var/backups/backup-YYYYmmdd-HHMMSS.tar.gz" >&2; \
	  exit 1; \
	fi
	$(VENV_PYTHON) manage.py restore_site "$(BACKUP)"

# The whole site under load with gunicorn and wrk, on SQLite and on
# PostgreSQL + Redis, against a trivial Django ceiling and nginx; needs
# Debian's wrk and nginx. Prints a table and writes var/bench/site-bench.md.
# BENCH_ARGS="--rounds 5 --seconds 10" for steadier figures.
bench: $(VENV)/.installed
	$(VENV_PYTHON) bench/site_bench.py $(BENCH_ARGS)

# Search and glossary latency on a large generated catalogue, on SQLite and,
# when it answers, on the PostgreSQL of BENCH_DATABASE_URL.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/bench_search
bench-search: $(VENV)/.installed
	$(VENV_PYTHON) bench/search_bench.py
	$(VENV_PYTHON) bench/search_bench.py --database-url $(BENCH_DATABASE_URL)
