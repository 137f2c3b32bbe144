#!/usr/bin/env sh
# Installs the Debian packages the end-to-end tests need when they are missing:
# Chromium (the browser Playwright drives), nginx (the production recipe is tested for
# real) and openssl (the Entra ID emulator makes its TLS certificate at start-up).
# A Playwright-managed Chromium (a developer laptop) makes the chromium package optional.
set -eu

need=""
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ] && ! ls "$HOME"/.cache/ms-playwright/chromium-*/chrome-linux*/chrome >/dev/null 2>&1; then
  need="$need chromium"
fi
[ -x /usr/sbin/nginx ] || need="$need nginx"
command -v openssl >/dev/null 2>&1 || need="$need openssl"
[ -z "$need" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing:$need — install them with your package manager (see README, 'Tests')." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "Missing:$need — run as root or install them: apt-get install$need" >&2
  exit 1
fi
echo "Installing Debian packages:$need"
export DEBIAN_FRONTEND=noninteractive
# Another apt run (an unattended upgrade) may hold the lock for a while; wait for it.
$sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
# shellcheck disable=SC2086
$sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $need
