"""Online fallback geocoding through geopy: opt-in, rate-limited, cached.

Mirrors geopy's design: one adapter class per service behind a shared base.
Off by default; the offline gazetteer never needs it. Tests pass a fake geopy
geocoder object, so no test touches the network.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from geomap.assets import cache_dir
from geomap.model import Candidate, Place


class OnlineGeocoder:
    """Base: answers names the offline index lacks, asking each name only once."""

    source = "online"

    def __init__(self, geocoder: Any, cache_path: Path | None = None, min_delay_seconds: float = 1.0):
        from geopy.extra.rate_limiter import RateLimiter
        self.geocoder = geocoder
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=1, swallow_exceptions=True)
        self.cache_path = Path(cache_path or cache_dir() / "online-geocoder.sqlite")
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with sqlite3.connect(self.cache_path) as con:
            con.execute("CREATE TABLE IF NOT EXISTS answers(source TEXT, name TEXT, answer TEXT, "
                        "PRIMARY KEY(source, name))")

    def _cached(self, name: str) -> tuple[bool, Any]:
        with sqlite3.connect(self.cache_path) as con:
            row = con.execute("SELECT answer FROM answers WHERE source=? AND name=?",
                              (self.source, name)).fetchone()
        return (True, json.loads(row[0])) if row else (False, None)

    def _store(self, name: str, answer: Any) -> None:
        with sqlite3.connect(self.cache_path) as con:
            con.execute("INSERT OR REPLACE INTO answers VALUES (?,?,?)", (self.source, name, json.dumps(answer)))

    def candidates(self, name: str) -> list[Candidate]:
        with self._lock:
            hit, answer = self._cached(name)
            if not hit:
                location = self._geocode(name)
                answer = None if location is None else {
                    "name": getattr(location, "address", name), "lat": location.latitude,
                    "lon": location.longitude, "raw": _small(getattr(location, "raw", {}))}
                self._store(name, answer)
        if not answer:
            return []
        raw = answer.get("raw") or {}
        place = Place(id=f"{self.source}:{raw.get('osm_type', '')}{raw.get('osm_id', name)}",
                      name=answer["name"].split(",")[0], kind=_kind(raw), country=str(raw.get("country_code", "")).upper(),
                      admin1="", lat=float(answer["lat"]), lon=float(answer["lon"]), population=0,
                      source=f"{self.source} (online)")
        return [Candidate(place, name, "online", 80.0)]


def _small(raw: dict) -> dict:
    keep = ("osm_type", "osm_id", "class", "type", "addresstype", "country_code")
    out = {k: raw[k] for k in keep if k in raw}
    if "address" in raw and isinstance(raw["address"], dict):
        out["country_code"] = raw["address"].get("country_code", "")
    return out


def _kind(raw: dict) -> str:
    t = raw.get("addresstype") or raw.get("type") or ""
    if t == "country":
        return "country"
    if t in ("state", "province", "region"):
        return "admin1"
    if t in ("county", "district", "municipality"):
        return "admin2"
    if t in ("peak", "hill", "mountain_range", "river", "ridge"):
        return "feature"
    return "populated_place"


class NominatimGeocoder(OnlineGeocoder):
    """OpenStreetMap Nominatim (usage policy: at most one request per second, a real user agent)."""

    source = "nominatim"

    def __init__(self, user_agent: str = "geomap", cache_path: Path | None = None):
        from geopy.geocoders import Nominatim
        super().__init__(Nominatim(user_agent=user_agent, timeout=10), cache_path, min_delay_seconds=1.0)


def online_geocoder(user_agent: str = "geomap") -> OnlineGeocoder:
    return NominatimGeocoder(user_agent)
