"""What the CLI commands share: opening the gazetteer and the options that do it."""
from __future__ import annotations

import argparse
from pathlib import Path


def open_gazetteer(args: argparse.Namespace, config=None):
    from geomap.gazetteer.lookup import Gazetteer
    from geomap.gazetteer.online import online_geocoder
    online = online_geocoder(args.user_agent) if getattr(args, "online", False) else None
    return Gazetteer.open(getattr(args, "index", None), config=config, online=online)


def add_index_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index", type=Path, default=None,
                   help="gazetteer index file (default: $GEOMAP_INDEX or the user cache directory)")


def add_online_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--online", action="store_true",
                   help="ask Nominatim (via geopy, 1 request/s, cached) for names the offline gazetteer lacks")
    p.add_argument("--user-agent", default=None, help="user agent for --online requests (default: $GEOMAP_USER_AGENT or geomap)")
