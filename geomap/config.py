"""Settings: the only place geomap reads environment variables.

A :class:`Settings` is built once from the environment (:func:`settings`) and passed down
explicitly; tests and callers build their own with :func:`dataclasses.replace`. Like pyproj's
``datadir``, every path has a default that works on a fresh install.

| variable | setting | default |
|---|---|---|
| ``GEOMAP_CACHE`` | ``cache_dir`` | the user cache directory |
| ``GEOMAP_INDEX`` | ``index_path`` | ``<cache>/gazetteer.sqlite`` |
| ``GEOMAP_ASSETS`` | ``assets_dir`` | ``<cache>/assets`` (npm packages) |
| ``GEOMAP_GAZETTEER_DIR`` | ``curated_dir`` | the curated TSVs inside the package |
| ``GEOMAP_ADMIN_GPKG`` | ``admin_gpkg`` | Debian qgis-common's Natural Earth ``world_map.gpkg`` |
| ``GEOMAP_ACTORS`` | ``actors_file`` | none (a user TSV with the columns of ``actors.tsv``) |
| ``GEOMAP_SEEDS`` | ``seeds_dir`` | ``shared/seeds`` beside the checkout |
| ``GEOMAP_USER_AGENT`` | ``user_agent`` | ``geomap`` (for the opt-in online geocoder) |
| ``GEOMAP_NOMINATIM_DOMAIN`` | ``nominatim_domain`` | OpenStreetMap's (a self-hosted Nominatim, say) |
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent
CURATED_DIR = PACKAGE_DIR / "gazetteer" / "data" / "curated"
ADMIN_GPKG_DEFAULT = Path("/usr/share/qgis/resources/data/world_map.gpkg")


@dataclass(frozen=True)
class Settings:
    cache_dir: Path
    index_path: Path
    assets_dir: Path
    curated_dir: Path
    admin_gpkg: Path
    actors_file: Path | None
    seeds_dir: Path | None
    user_agent: str = "geomap"
    nominatim_domain: str | None = None


def _default_seeds() -> Path | None:
    for base in (PACKAGE_DIR.parent, PACKAGE_DIR.parent.parent):
        for candidate in (base / "seeds", base / "shared" / "seeds"):
            if candidate.is_dir():
                return candidate
    return None


def settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from ``environ`` (default: the process environment), as it is now.

    Cached on the ``GEOMAP_*`` variables' values, so a changed variable gives new settings.
    """
    env = os.environ if environ is None else environ
    return _settings(tuple(sorted((k, v) for k, v in env.items() if k.startswith("GEOMAP_"))))


@lru_cache(maxsize=16)
def _settings(items: tuple[tuple[str, str], ...]) -> Settings:
    env = dict(items)
    cache = Path(env["GEOMAP_CACHE"]) if env.get("GEOMAP_CACHE") else Path(platformdirs.user_cache_dir("geomap"))
    return Settings(
        cache_dir=cache,
        index_path=Path(env["GEOMAP_INDEX"]) if env.get("GEOMAP_INDEX") else cache / "gazetteer.sqlite",
        assets_dir=Path(env["GEOMAP_ASSETS"]) if env.get("GEOMAP_ASSETS") else cache / "assets",
        curated_dir=Path(env["GEOMAP_GAZETTEER_DIR"]) if env.get("GEOMAP_GAZETTEER_DIR") else CURATED_DIR,
        admin_gpkg=Path(env.get("GEOMAP_ADMIN_GPKG") or ADMIN_GPKG_DEFAULT),
        actors_file=Path(env["GEOMAP_ACTORS"]) if env.get("GEOMAP_ACTORS") else None,
        seeds_dir=Path(env["GEOMAP_SEEDS"]) if env.get("GEOMAP_SEEDS") else _default_seeds(),
        user_agent=env.get("GEOMAP_USER_AGENT") or "geomap",
        nominatim_domain=env.get("GEOMAP_NOMINATIM_DOMAIN") or None,
    )
