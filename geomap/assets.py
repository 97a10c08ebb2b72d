"""Registry-installed data and web assets (npm packages) kept in a local cache.

Natural Earth boundaries (npm ``world-atlas``, ``us-atlas``) feed the gazetteer
build; Leaflet and the folium plugins' scripts feed the self-contained maps.
They are installed once with ``geomap setup`` (npm), never committed.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from geomap.config import settings
from geomap.errors import AssetsMissing

#: npm packages and the versions geomap was tested with. The web assets pin the
#: versions folium 0.20 links to on CDNs, so self-contained maps match online ones.
NPM_PACKAGES: dict[str, str] = {
    "world-atlas": "2.0.2",
    "us-atlas": "3.0.1",
    "world-countries": "5.1.0",
    # folium's core scripts and stylesheets
    "leaflet": "1.9.3",
    "jquery": "3.7.1",
    "bootstrap": "5.2.2",
    "@fortawesome/fontawesome-free": "6.2.0",
    # folium links cdnjs Leaflet.awesome-markers 2.0.2, which npm lacks; 2.0.5 (same
    # JavaScript, plus a square marker style) is the closest npm release.
    "leaflet.awesome-markers": "2.0.5",
    # plugins: folium.plugins.MarkerCluster and Fullscreen
    "leaflet.markercluster": "1.1.0",
    "leaflet.fullscreen": "3.0.0",
}


def cache_dir() -> Path:
    """geomap's cache folder: ``$GEOMAP_CACHE`` or the user cache directory."""
    return settings().cache_dir


def assets_dir() -> Path:
    """Where npm assets live: ``$GEOMAP_ASSETS`` or ``<cache>/assets``."""
    return settings().assets_dir


def npm_file(package: str, relpath: str) -> Path | None:
    """Path of a file inside an installed npm package, or None when it is not installed."""
    path = assets_dir() / "node_modules" / package / relpath
    return path if path.is_file() else None


def npm_path(package: str, relpath: str) -> Path:
    """Path of a file inside an installed npm package; raises AssetsMissing."""
    path = npm_file(package, relpath)
    if path is None:
        raise AssetsMissing(
            f"{package}/{relpath} is not installed under {assets_dir()}: run `geomap setup`"
        )
    return path


def have_npm_package(package: str) -> bool:
    return npm_file(package, "package.json") is not None


def install_npm_assets(packages: dict[str, str] | None = None, quiet: bool = False) -> Path:
    """Install the pinned npm packages into :func:`assets_dir` (needs npm and the registry)."""
    packages = packages or NPM_PACKAGES
    npm = shutil.which("npm")
    if npm is None:
        raise AssetsMissing("npm is not on PATH: install Node.js/npm, then run `geomap setup`")
    target = assets_dir()
    target.mkdir(parents=True, exist_ok=True)
    specs = [f"{name}@{version}" for name, version in sorted(packages.items())]
    cmd = [npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(target), *specs]
    result = subprocess.run(cmd, capture_output=quiet, text=True)
    if result.returncode != 0:
        detail = (result.stderr or "").strip()[-2000:] if quiet else ""
        raise AssetsMissing(f"npm install failed ({result.returncode}) {detail}")
    return target
