"""Online fallback geocoding through geopy: opt-in, rate-limited, cached.

Mirrors geopy's design: one adapter class per service behind a shared base.
Off by default; the offline gazetteer never needs it. Tests pass a fake geopy
geocoder object, so no test touches the network.
"""
from __future__ import annotations

import json
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any, Callable

from geopy.exc import GeopyError

from geomap.assets import cache_dir
from geomap.config import settings
from geomap.model import Candidate, Place


class OnlineGeocoder:
    """Base: answers names the offline index lacks, asking each name only once."""

    source = "online"

    #: Failed requests after which the service is taken as unreachable for the rest of the run.
    MAX_FAILURES = 2

    def __init__(self, geocoder: Any, cache_path: Path | None = None, min_delay_seconds: float = 1.0,
                 warn: Callable[[str], None] | None = None):
        from geopy.extra.rate_limiter import RateLimiter
        self.geocoder = geocoder
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=0, swallow_exceptions=False)
        self.failures = 0
        self.warn = warn or (lambda msg: print(f"geomap: warning: {msg}", file=sys.stderr))
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

    @property
    def down(self) -> bool:
        """The circuit breaker: after MAX_FAILURES failed requests nothing more is asked."""
        return self.failures >= self.MAX_FAILURES

    def candidates(self, name: str) -> list[Candidate]:
        with self._lock:
            hit, answer = self._cached(name)
            if not hit:
                if self.down:
                    return []
                try:
                    location = self._geocode(name)
                except (GeopyError, OSError) as exc:
                    # A failure is no answer: never cached, so the name is asked again once the network is back.
                    self.failures += 1
                    if self.down:
                        self.warn(f"the online geocoder ({self.source}) cannot be reached ({type(exc).__name__}); "
                                  "going on with the offline gazetteer alone")
                    return []
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

    def __init__(self, user_agent: str = "geomap", cache_path: Path | None = None, domain: str | None = None,
                 timeout: float = 2.0):
        from geopy.geocoders import Nominatim
        kwargs = {"domain": domain, "scheme": "http" if domain.startswith(("127.", "localhost")) else "https"} \
            if domain else {}
        super().__init__(Nominatim(user_agent=user_agent, timeout=timeout, **kwargs), cache_path,
                         min_delay_seconds=1.0)


def online_geocoder(user_agent: str | None = None) -> OnlineGeocoder:
    s = settings()
    return NominatimGeocoder(user_agent or s.user_agent, domain=s.nominatim_domain)
