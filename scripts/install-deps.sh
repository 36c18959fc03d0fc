#!/usr/bin/env bash
# Installs what building and testing Dossier needs on Debian: the cmark C library
# (Markdown) and pkg-config to find it; jemalloc, the allocator `dossier` links; the Pagefind
# search indexer (PyPI pagefind-bin, in a venv at .tools/venv, with a wrapper
# .tools/bin/pagefind that `dossier build` finds); for tests also Chromium, chromedriver,
# Noto's fonts, Node.js and axe-core (the `axe.min.js` that the PyPI wheel axe-playwright-python ships,
# installed without its Playwright dependency). Idempotent: does nothing when all is there.
# Usage: scripts/install-deps.sh [site|test]
set -euo pipefail

purpose="${1:-site}"
apt_packages=(libcmark-dev libjemalloc-dev pkg-config python3-venv)
# The end-to-end test drives headless Chromium through chromedriver. The pages' interface text
# is set in the reader's system fonts (only article text ships its own), so the browser tests
# measure layouts with Noto's Arabic faces: with DejaVu alone, wider, a table's names wrap.
[ "$purpose" = test ] && apt_packages+=(chromium chromium-driver curl fonts-noto-core)
# The JavaScript query normaliser is tested with Node's built-in test runner.
[ "$purpose" = test ] && ! command -v node >/dev/null 2>&1 && apt_packages+=(nodejs)

missing=()
for package in "${apt_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "install-deps ($purpose): apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Pagefind in a venv inside the repository: works for root and non-root alike, and on Debian
# where the system pip is "externally managed". `dossier build` looks for .tools/bin/pagefind
# in the working directory (or DOSSIER_PAGEFIND, set by the Makefile).
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.tools/venv"
wrapper="$root/.tools/bin/pagefind"
if ! "$venv/bin/python" -c 'import pagefind_bin' 2>/dev/null; then
  echo "install-deps ($purpose): pip install pagefind-bin==1.5.2 into .tools/venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check pagefind-bin==1.5.2
fi
if [ ! -x "$wrapper" ]; then
  mkdir -p "$(dirname "$wrapper")"
  printf '#!/bin/sh\nexec "%s/bin/python" -m pagefind_bin "$@"\n' "$venv" >"$wrapper"
  chmod +x "$wrapper"
fi

# axe-core for the accessibility browser test: only its script is used, so no dependencies.
if [ "$purpose" = test ] && ! "$venv/bin/python" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("axe_playwright_python") is None)' 2>/dev/null; then
  echo "install-deps ($purpose): pip install --no-deps axe-playwright-python==0.1.8 (axe-core 4.12.1) into .tools/venv"
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps axe-playwright-python==0.1.8
fi
