# nianbao — one entry point for setting up, testing and demonstrating the crawler.
#   make setup   Debian packages (when root and missing), .venv, Python packages
#   make test    everything CI runs (.ci/run calls this)
#   make demo    offline replica → crawl of every site → data/archive.sqlite → coverage table
SHELL := /bin/bash
export LANG := C.UTF-8
export LC_ALL := C.UTF-8
export DEBIAN_FRONTEND := noninteractive

PY := .venv/bin/python
APT_PACKAGES := chromium fonts-noto-cjk libreoffice-writer-nogui antiword catdoc redis-server poppler-utils
# Commands whose absence means an apt package is missing (fonts are checked by their directory).
APT_PROBES := chromium soffice antiword catdoc redis-server pdftotext pdftoppm

.PHONY: setup system-packages replica-cache test lint demo browse faults bench clean

setup: system-packages .venv/.installed .venv-replay/.installed

system-packages:
	@missing=0; for c in $(APT_PROBES); do command -v $$c >/dev/null || missing=1; done; \
	[ -d /usr/share/fonts/opentype/noto ] || missing=1; \
	pg=""; ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { pg=postgresql; missing=1; }; \
	if [ $$missing = 1 ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian packages: $(APT_PACKAGES) $$pg"; \
	    apt-get update -q && apt-get install -y -q --no-install-recommends $(APT_PACKAGES) $$pg; \
	  else \
	    echo "missing system packages; as root run: apt-get install $(APT_PACKAGES) $$pg" >&2; exit 1; \
	  fi; \
	fi

# This machine's pip configuration names local wheel directories that may not exist: drop those warnings only.
PIP := $(PY) -m pip install -q --disable-pip-version-check
QUIET_PIP := 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }; test $${PIPESTATUS[0]} -eq 0

.venv/.installed: requirements.txt pyproject.toml
	@test -x $(PY) || python3 -m venv .venv
	$(PIP) -U pip $(QUIET_PIP)
	$(PIP) -r requirements.txt $(QUIET_PIP)
	# the checkout itself, editable: the `nianbao` command on the venv's PATH, usable from any directory
	$(PIP) --no-deps --no-build-isolation -e . $(QUIET_PIP)
	@touch $@

# pywb and py-wacz, to replay what the archive wrote (tests/replay): their own environment, their pins clash with ours.
.venv-replay/.installed: requirements-replay.txt
	@test -x .venv-replay/bin/python || python3 -m venv .venv-replay
	.venv-replay/bin/python -m pip install -q --disable-pip-version-check -r requirements-replay.txt $(QUIET_PIP)
	@touch $@

test: setup replica-cache lint
	$(PY) -m pytest -q --durations=25 tests; rc=$$?; [ $$rc = 5 ] && echo "no tests collected" >&2; exit $$rc

# The replica's documents (every site of replica/sites/) are made once by LibreOffice (15–25 s on a fresh
# machine), then cached.
replica-cache: setup
	$(PY) -m replica serve --build-only --sites all

# Style, the architecture's import rules (pyproject.toml [tool.importlinter]) and the types of the product.
lint: setup
	$(PY) -m ruff check .
	.venv/bin/lint-imports --no-cache
	$(PY) -m mypy

demo: setup replica-cache
	$(PY) -m replica demo

# Each benchmark prints its figures as ratios against a baseline measured in the same run.
BENCHES := parse_bench extract_bench archive_bench crawl_bench export_bench load_bench distributed_bench discovery_bench replica_bench
bench: setup replica-cache
	@for b in $(BENCHES); do echo "== bench/$$b.py"; $(PY) bench/$$b.py || exit 1; done

# Read-only web view of ./data (NIANBAO_DATA) at http://127.0.0.1:8001/ (a free port if taken; the URL is printed).
browse: setup
	$(PY) -m crawler browse

# The fault-injection suite with its table (CI runs the same scenarios inside `make test`).
faults: setup replica-cache
	$(PY) -m tests.faults

clean:
	rm -rf .venv .venv-replay build *.egg-info
