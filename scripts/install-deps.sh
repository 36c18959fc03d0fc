#!/usr/bin/env bash
# Installs what building and testing Dossier needs on Debian: the cmark C library
# (Markdown) and pkg-config to find it. Idempotent: does nothing when all is there.
# Usage: scripts/install-deps.sh [site|test]
set -euo pipefail

purpose="${1:-site}"
apt_packages=(libcmark-dev pkg-config)

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
