#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through chromedriver. Installs both when missing (as root), or says
# exactly what to install.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser tests need Debian's chromium and chromium-driver, which are missing." >&2
  echo "Install them with:  sudo apt-get install -y chromium chromium-driver   (or run the tests as root)." >&2
  exit 1
fi
echo "Installing chromium and chromium-driver for the browser tests ..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
command -v chromium >/dev/null && command -v chromedriver >/dev/null
