#!/usr/bin/env bash
# Installs the system packages ThaiTM builds and tests with, when they are missing.
#   scripts/install-deps.sh          build needs: libxml2-dev libthai-dev libdatrie-dev libdatrie1-bin pkg-config
#   scripts/install-deps.sh --test   also what ../shared/tools/tmxcheck needs (xmllint, OmegaT, translate-toolkit)
# Debian/Ubuntu only; installs as root, otherwise prints the command to run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
packages=(libxml2-dev libthai-dev libdatrie-dev libdatrie1-bin pkg-config libxml2-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "missing packages: ${missing[*]}" >&2
    echo "run: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
command -v swift >/dev/null || { echo "swift is not on the PATH (Swift 6.2 or later is needed)" >&2; exit 1; }

if [ "${1:-}" = "--test" ]; then
  tmxcheck="$root/../shared/tools/tmxcheck"
  [ -x "$tmxcheck/tmxcheck" ] || { echo "../shared/tools/tmxcheck not found beside the project" >&2; exit 1; }
  if ! command -v xmllint >/dev/null || [ ! -e /usr/share/omegat/OmegaT.jar ] \
     || ! ${PYTHON:-python3} -c 'import translate.storage.tmx, lxml' 2>/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      bash "$tmxcheck/install.sh"
    else
      echo "tmxcheck's tools are missing: run sudo $tmxcheck/install.sh" >&2
      exit 1
    fi
  fi
fi
