# Two commands for a fresh machine:  `make run`  and  `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
# the tests run in as many processes as there are cores, four at most (0: in this one)
TEST_PROCESSES ?= auto

.PHONY: setup run test lint clean translations

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: setup
	$(BIN)/tthc-rules db upgrade
	@# the rule book shows each worked scenario's result against the rules being served
	-mkdir -p instance; $(BIN)/python -m pytest -q tests/bdd > instance/scenario-run.log 2>&1; \
	    tail -n 1 instance/scenario-run.log
	@# a worker is replaced after about 1,000 requests (its memory returned to the system);
	@# gunicorn's control socket is this checkout's and port's, not ~/.gunicorn's shared one
	$(BIN)/gunicorn --workers $(WORKERS) --bind $(HOST):$(PORT) --timeout 30 \
	    --max-requests 1000 --max-requests-jitter 100 \
	    --control-socket instance/gunicorn-$(PORT).ctl wsgi:app

# (bytecode is cached even where the environment says not to: every test process, and every
# server and reader a test starts, imports the same modules)
test: setup
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(TEST_PROCESSES) --maxprocesses 4 $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check service tests

clean:
	rm -rf $(VENV) instance

# The pages' words: extract them from the code, merge them into the Vietnamese catalogue
# (a translator edits service/web/translations/vi/LC_MESSAGES/messages.po), compile it.
TRANSLATIONS := service/web/translations
translations: setup
	$(BIN)/pybabel extract -F service/web/babel.cfg -k lazy_gettext --no-location \
	    --sort-output --project tthc-rules -o $(TRANSLATIONS)/messages.pot .
	$(BIN)/pybabel update -i $(TRANSLATIONS)/messages.pot -d $(TRANSLATIONS) \
	    --no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel compile -d $(TRANSLATIONS) --statistics
