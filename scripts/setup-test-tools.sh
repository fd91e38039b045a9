#!/usr/bin/env bash
# Installs the system tools the tests need (headless Chromium for the report test, Jupyter's nbconvert and
# the Python kernel machinery for the notebook test), only when one is missing: a fast no-op otherwise.
# Runs as npm's `pretest`. Needs root or passwordless sudo for apt-get.
set -euo pipefail

packages=(chromium chromium-driver fonts-liberation jupyter-nbconvert python3-ipykernel)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then missing+=("$package"); fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "carelens tests need: ${missing[*]} (Debian package names). Install them with your system's package manager." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else
  echo "carelens tests need these Debian packages: ${missing[*]}" >&2
  echo "Install them once as root:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "setup-test-tools: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
