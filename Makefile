# Everyday commands. Everything runs from a local virtual environment in .venv,
# created from the pinned requirements.txt on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1
# One language only (fi, sv, nb, da, is or en): `make serve SITE_LANG=fi`. That preview
# rebuilds only the pages you edit (`--dirty`); FULL=1 rebuilds every page on each change.
SITE_LANG ?=
FULL ?=
ONLY := $(if $(SITE_LANG),SITE_LANG=$(SITE_LANG),)
DIRTY := $(if $(SITE_LANG),$(if $(FULL),,--dirty),)
# Served and previewed at the root of 127.0.0.1:8000.
PREVIEW_URL := http://127.0.0.1:8000/

.PHONY: serve build check due issue-forms validate test test-fast linkcheck bench lighthouse new-entry stamp translation lock clean

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	touch $(STAMP)

# The tests need axe-core and vnu-jar (the W3C Nu Html Checker); Lighthouse (a devDependency) is
# installed by `make lighthouse`. No install scripts: vnu-jar's would try to download a Java runtime
# (Java comes from Debian: default-jre-headless, installed by .ci/run).
$(NODE_STAMP): package.json package-lock.json
	npm ci --omit=dev --ignore-scripts --silent --no-audit --no-fund
	touch $(NODE_STAMP)

serve: $(STAMP)
	SITE_URL=$(PREVIEW_URL) $(ONLY) $(BIN)/mkdocs serve $(DIRTY) --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(ONLY) $(BIN)/mkdocs build --strict

check: $(STAMP)
	$(BIN)/python -m hooks.check

# Pages past due for review or due within 60 days (review dates: data/review-intervals.yml).
due: $(STAMP)
	$(BIN)/python -m hooks.check --due

# The GitHub issue form "Request peer review", written from data/peer-review/criteria.yml.
issue-forms: $(STAMP)
	$(BIN)/python -m hooks.peer_review.issue_form

# The W3C Nu Html Checker over the built site (needs Java and `npm ci`; make test runs it too).
validate: build $(NODE_STAMP)
	$(BIN)/python -m hooks.html_validity site

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m hooks.check
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser"

linkcheck: $(STAMP)
	$(BIN)/python -m hooks.linkcheck

bench: $(STAMP)
	$(BIN)/python -m bench.build_scaling

lighthouse: build
	npm ci --ignore-scripts --silent --no-audit --no-fund
	$(BIN)/python -m bench.lighthouse

new-entry: $(STAMP)
	$(BIN)/python -m hooks.directory.new_entry

stamp: $(STAMP)
	$(BIN)/python -m hooks.translations --stamp $(FILE)

# Start a translation: `make translation FILE=docs/about.md TO=fi` writes docs/about.fi.md.
translation: $(STAMP)
	$(BIN)/python -m hooks.translations --start $(FILE) $(TO)

lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.txt requirements.in

clean:
	rm -rf site .pytest_cache
