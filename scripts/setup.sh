#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks for linkgate's demo and tests:
# the apt packages listed in .ci/apt-packages (plus a base set), then `npm ci`.
# Run as root (or with sudo). Idempotent: installed packages are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

packages=(ca-certificates git xz-utils openssh-server openssh-client libxml2-utils)
if [ -f .ci/apt-packages ]; then
  while read -r pkg; do
    pkg="${pkg%%#*}"; pkg="${pkg// /}"
    [ -n "$pkg" ] && packages+=("$pkg")
  done < .ci/apt-packages
fi
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "linkgate setup: installing ${missing[*]}" >&2
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}"
fi
# Extra fetch steps (e.g. riscv64 guest packages for the QEMU canary) hook in here.
for hook in scripts/setup.d/*.sh; do
  [ -e "$hook" ] && bash "$hook"
done
npm ci --no-audit --no-fund
