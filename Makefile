# RightsPath: `make run` serves the site on its embedded default, `make test` runs the tests.
# Everything else here is a step those two depend on, or a tool for developers.

PYTHON_SYSTEM ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check --quiet
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install run test test-services lint messages check-catalogs compile-messages \
	migrate demo bench bench-services check-deploy clean totp

help:
	@echo "make run            serve the site at http://localhost:$(PORT) (SQLite, demo content)"
	@echo "make test           run the test suite (SQLite; browser tests need Chromium)"
	@echo "make test-services  the suite against PostgreSQL, Redis and a Celery worker"
	@echo "make lint           ruff"
	@echo "make messages       refresh the km/fil/vi catalogs from the sources"
	@echo "make check-catalogs fail on any untranslated or fuzzy catalog entry"
	@echo "make bench          benchmarks (tests/benchmarks)"
	@echo "make bench-services benchmarks on PostgreSQL and Redis (DATABASE_URL, REDIS_URL)"
	@echo "make totp USER=demo_editor   print a demo account's current sign-in code"

# --- Installation (re-run only when the lock files change) ------------------------------

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON_SYSTEM) -m venv $(VENV)
	$(PIP) install --require-hashes --no-deps -r requirements.lock
	$(PIP) install --no-deps -e .
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

install: $(VENV)/.installed node_modules/.installed

compile-messages: $(VENV)/.installed
	$(MANAGE) compilemessages --ignore='.venv/*' --ignore='node_modules/*' -v 0

# --- Running ------------------------------------------------------------------------------

migrate: install compile-messages
	@mkdir -p var
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) update_translation_fields -v 0 >/dev/null

demo: migrate
	$(MANAGE) seed_demo

run: demo
	@echo "Serving on http://localhost:$(PORT)  (Ctrl+C to stop)"
	$(MANAGE) runserver $(HOST):$(PORT)

totp: install
	@$(MANAGE) totp_code $(USER)

# --- Tests and checks ---------------------------------------------------------------------

test: install compile-messages
	$(PY) -m pytest -m "not services"

test-services: install compile-messages
	RIGHTSPATH_SERVICES=1 $(PY) -m pytest -m "not browser and not services" -n 2
	RIGHTSPATH_SERVICES=1 $(PY) -m pytest -m "services"

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

messages: install
	bash scripts/update_catalogs.sh

check-catalogs: install
	$(PY) scripts/check_catalogs.py

check-deploy: install
	DJANGO_SETTINGS_MODULE=config.settings.production \
	SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))') \
	ALLOWED_HOSTS=rightspath.example DATABASE_URL=sqlite:///var/deploy-check.sqlite3 \
	H5P_CONTENT_ORIGIN=https://h5p.rightspath.example \
	CLAMD_SOCKET=/run/clamav/clamd.ctl \
	CONCERN_NOTE_KEYS=$$($(PY) -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())') \
	REDIS_URL=redis://127.0.0.1:6379/0 \
	$(MANAGE) check --deploy --fail-level WARNING

bench: install compile-messages
	$(PY) -m pytest tests/benchmarks -m "not services" -s --benchmarks --bench-rounds=$(or $(ROUNDS),200)

# Benchmarks that need PostgreSQL (DATABASE_URL) and Redis (REDIS_URL), e.g. concurrent quizzes.
bench-services: install compile-messages
	RIGHTSPATH_SERVICES=1 $(PY) -m pytest tests/benchmarks -m services -s --benchmarks

clean:
	rm -rf var $(VENV) node_modules
