# Two commands for a newcomer: `make run` serves the demo academy, `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PORT ?= 8000

.PHONY: run test setup migrate demo clean

run: setup migrate demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: setup
	$(BIN)/pytest $(PYTEST_ARGS)

setup: $(VENV)/installed.stamp academy/static/css/academy.css

migrate: setup
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

$(VENV)/installed.stamp: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/installed.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

academy/static/css/academy.css: static_src/academy.scss node_modules/installed.stamp
	npm run --silent build

clean:
	rm -rf $(VENV) node_modules academy/static/css db.sqlite3 media
