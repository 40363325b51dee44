# Maktab — the two commands are `make run` and `make test`; everything else is optional.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
QM     := $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))
DEMO_TICKETS ?= 2000

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint typecheck pytest i18n lupdate bench soak bundle bundle-test sysdeps clean screenshots

run: $(STAMP) $(QM)
	$(PY) -m desk_app.admin.cli demo --if-empty --tickets $(DEMO_TICKETS)
	$(PY) -m desk_app $(ARGS)

test: $(STAMP) $(QM) lint typecheck pytest

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed, found " + sys.version' 
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): pyproject.toml $(VENV)/bin/python
	@bash scripts/install-system-deps.sh
	$(PY) -m pip install -q -e '.[dev,server]'
	@touch $(STAMP)

sysdeps:
	bash scripts/install-system-deps.sh

# Compiled translations are built, never committed.
i18n/%.qm: i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

# Refresh the .ts sources from the code (translators then fill them in).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations relative \
	    $$(find desk_app -name '*.py' | sort) \
	    -ts i18n/desk_app_ar.ts i18n/desk_app_en.ts i18n/desk_app_pl.ts
	-$(PY) scripts/i18n_check.py --fill-source-language en  # lists what translators still have to do

lint: $(STAMP)
	$(VENV)/bin/ruff check desk_app tests bench scripts
	$(VENV)/bin/ruff format --check desk_app tests bench scripts

typecheck: $(STAMP)
	$(VENV)/bin/mypy desk_app

pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(ARGS)

# docs/screenshots at 1366x768 in ar and en (main window, intake, contact, resolve).
screenshots: $(STAMP) $(QM)
	bash scripts/screenshots.sh $(PY)

# Desks and desk-server as real processes under kill -9, partitions and lost
# replies, then the convergence checks (tests/e2e/soak.py); `make test` runs a
# short one. SOAK_DURATION in seconds (0: one lap of SOAK_OPS steps per desk).
SOAK_BACKEND  ?= postgresql
SOAK_DESKS    ?= 4
SOAK_OPS      ?= 80
SOAK_SEED     ?= 1
SOAK_DURATION ?= 300
soak: $(STAMP)
	$(PY) -m tests.e2e.soak --backend $(SOAK_BACKEND) --desks $(SOAK_DESKS) \
	    --ops $(SOAK_OPS) --seed $(SOAK_SEED) --duration $(SOAK_DURATION) $(ARGS)

bundle: $(STAMP) $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/maktab/maktab --self-test

clean:
	rm -rf build dist i18n/*.qm .pytest_cache .mypy_cache .ruff_cache
