"""The data model: the one place that says what geomap's records hold.

Gazetteer entries (:class:`Place`, :class:`Candidate`), documents, the place
mentions found in them, the claims attached to those places and the incidents
that link competing claims. Plain dataclasses: pure data, no I/O.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Iterable, Iterator

# Kinds of place, coarse to fine. Anything else in curated data is a feature.
AREA_KINDS = frozenset({"continent", "country", "region", "disputed_territory", "admin1", "admin2",
                        "admin3", "mountain_range", "sea", "area", "corridor", "line"})
FEATURE_KINDS = frozenset({"peak", "height", "mountain", "ridge", "pass", "river", "road", "bridge",
                           "lake", "reservoir", "dam", "strait", "island", "spit", "border_crossing",
                           "military_base", "airfield", "port", "power_plant", "industrial_site",
                           "camp", "feature"})
SETTLEMENT_KINDS = frozenset({"populated_place", "village", "capital"})
# The country code of a curated area across borders or of none ("Kashmir", "Red Sea"): no party's ground.
NO_COUNTRY = "XX"

# Roles of a place mention; only the first three become points on a map.
MAPPED_ROLES = ("event_location", "target", "origin_of_fire")
ROLES = (*MAPPED_ROLES, "mentioned")

# What happened, most specific first (geomap.extract.events holds the words for each).
EVENT_TYPES = ("drone_strike", "airstrike", "shelling", "positions_captured", "ceasefire_violation",
               "mining_sabotage", "abduction", "bombing", "shooting", "armed_clash", "casualties")
# How precisely a point stands for the place (ACLED/UCDP-style levels, finest first).
PRECISIONS = ("exact", "near", "direction", "district", "region", "country")

# The one export schema: every format (GeoJSON, GeoJSONL, GeoPackage, CSV, GeoParquet) and the
# GeoDataFrame carry these fields, in this order, with these types (plus a Point geometry in EPSG:4326).
# Types: str, int (nullable), float, bool, date, category (a small vocabulary: sides, kinds, roles).
SCHEMA: tuple[tuple[str, str], ...] = (
    ("claim_id", "str"), ("incident_id", "str"), ("disputed", "bool"), ("doc", "str"), ("claimant", "str"),
    ("claimant_canonical", "str"), ("claimant_side", "category"), ("claimant_type", "category"), ("cue", "str"),
    ("stance", "category"), ("event_type", "category"), ("weapons", "str"), ("accused_side", "category"),
    ("target_side", "category"), ("killed_low", "int"), ("killed_best", "int"), ("killed_high", "int"),
    ("wounded", "int"), ("casualty_side", "category"), ("event_date", "date"), ("event_date_end", "date"),
    ("date_precision", "int"), ("date_text", "str"), ("place", "str"), ("place_id", "str"), ("place_name", "str"),
    ("place_kind", "category"), ("place_country", "category"), ("place_role", "category"),
    ("geo_precision", "category"), ("uncertainty_km", "float"), ("sentence", "str"), ("start", "int"),
    ("end", "int"), ("place_start", "int"), ("place_end", "int"), ("confidence", "float"), ("outlet", "str"),
    ("outlets", "str"), ("n_outlets", "int"), ("url", "str"), ("published", "date"), ("source_path", "str"),
    ("title", "str"),
)

# Sides that are no party to the fighting: the outlet and news agencies, NGOs, private people
# (witnesses, residents), and sources the registry cannot place. States use ISO 3166-1 alpha-2;
# non-state groups and international bodies have codes of their own (extract/data/actors.tsv).
MEDIA, NGO, LOCAL, UNKNOWN = "MEDIA", "NGO", "LOCAL", "UNKNOWN"
NON_PARTIES = frozenset({MEDIA, NGO, LOCAL, UNKNOWN})


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""
    id: str                      # "geonames:174895", "ne1:AM-SU", "curated:caucasus:Saribaba"
    name: str
    kind: str                    # country / admin1 / populated_place / peak / ...
    country: str                 # ISO 3166-1 alpha-2 ("" when none)
    admin1: str
    lat: float
    lon: float
    population: int = 0
    source: str = ""
    bbox: tuple[float, float, float, float] | None = None   # west, south, east, north


@dataclass(slots=True)
class Candidate:
    """A place a name may refer to, with how it matched and how well it scores."""
    place: Place
    matched_name: str
    method: str                  # exact / normalized / translit / fuzzy / online
    score: float                 # match quality 0..100
    context_score: float = 0.0   # filled by resolution
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        p = self.place
        return {"id": p.id, "name": p.name, "kind": p.kind, "country": p.country, "admin1": p.admin1,
                "lat": p.lat, "lon": p.lon, "population": p.population, "source": p.source,
                "bbox": list(p.bbox) if p.bbox else None, "matched_name": self.matched_name,
                "method": self.method, "score": round(self.score, 2),
                "context_score": round(self.context_score, 3), "reasons": list(self.reasons)}


@dataclass(slots=True)
class Resolution:
    """The gazetteer's answer for one name in context: a choice or ``None``."""
    name: str
    place: Candidate | None
    candidates: list[Candidate]
    reason: str = ""

    @property
    def resolved(self) -> bool:
        return self.place is not None


@dataclass(slots=True)
class Document:
    id: str
    text: str
    path: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    published_inferred: bool = False   # True when the date came from the text
    language: str = "en"
    outlets: list[str] = field(default_factory=list)   # every outlet that ran this text (wire copies folded)

    @staticmethod
    def make_id(text: str) -> str:
        """Stable id: a hash of the text, so the same article always gets the same id."""
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class PlaceMention:
    surface: str
    start: int
    end: int
    place: Place | None
    role: str = "mentioned"
    precision: str = "exact"      # exact / near / direction / district / region / country
    uncertainty_km: float = 1.0
    cue: str = ""                 # the words that set role or precision
    candidates: list[Candidate] = field(default_factory=list)


@dataclass(slots=True)
class Claimant:
    surface: str
    canonical: str
    side: str                     # "AM", "AZ", "NK", "RU", "MEDIA", "UNKNOWN"...
    type: str                     # ministry / army / government / media ...


@dataclass(slots=True)
class Claim:
    id: str
    doc_id: str
    claimant: Claimant
    cue: str
    stance: str                   # assert / accuse / deny
    event_type: str
    weapons: list[str]
    accused_side: str | None
    target_side: str | None
    killed_low: int | None
    killed_best: int | None
    killed_high: int | None
    wounded: int | None
    casualty_side: str | None
    event_date: date | None
    event_date_end: date | None
    date_precision: int           # UCDP date_prec: 1 day .. 5 year or more
    date_text: str
    places: list[PlaceMention]
    sentence: str
    start: int
    end: int
    confidence: float
    document: Document | None = None
    incident_id: str | None = None
    disputed: bool = False        # set by extract.incidents: its incident has claimants accusing each other

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("document", None)
        return d

    def __repr__(self) -> str:
        where = ",".join(p.surface for p in self.places if p.role in MAPPED_ROLES) or "-"
        return f"<Claim {self.claimant.side} {self.event_type} {self.event_date or 'undated'} @{where}>"

    def _repr_html_(self) -> str:
        """A compact, escaped card for Jupyter."""
        from html import escape
        places = ", ".join(f"{p.surface} ({p.role}, {p.precision})" for p in self.places)
        rows = [("claimant", f"{self.claimant.canonical} [{self.claimant.side}]"),
                ("says", f"{self.event_type} ({self.stance}), accused: {self.accused_side or '—'}"),
                ("date", f"{self.event_date or 'undated'} (precision {self.date_precision})"),
                ("places", places), ("sentence", self.sentence)]
        body = "".join(f"<tr><th style='text-align:left'>{escape(k)}</th><td style='text-align:left'>"
                       f"{escape(str(v))}</td></tr>" for k, v in rows)
        return f"<table>{body}</table>"


@dataclass(slots=True)
class Incident:
    id: str
    claims: list[Claim]
    lat: float
    lon: float
    date_start: date | None
    date_end: date | None
    outlets: int
    disputed: bool
    sides: list[str]


def iter_features(claims: Iterable[Claim]) -> Iterator[tuple[Claim, PlaceMention]]:
    """(claim, place) pairs: one map point each."""
    for c in claims:
        for p in c.places:
            if p.place is not None and p.role in MAPPED_ROLES:
                yield c, p


EARTH_RADIUS_KM = 6371.009      # geopy's mean earth radius, so distances agree with geopy's great_circle


def in_bbox(place: "Place", bbox: tuple[float, float, float, float], margin: float = 0.0) -> bool:
    """Whether a place's point lies in a ``(west, south, east, north)`` box, widened by ``margin`` degrees."""
    west, south, east, north = bbox
    return south - margin <= place.lat <= north + margin and west - margin <= place.lon <= east + margin


def bbox_width(bbox: tuple[float, float, float, float]) -> float:
    """The larger side of a ``(west, south, east, north)`` box, in degrees: how wide an area is."""
    west, south, east, north = bbox
    return max(east - west, north - south)


def same_admin1(a: "Place", b: "Place") -> bool:
    """Whether two places lie in one known first-level area of one country."""
    return bool(a.admin1) and a.country == b.country and a.admin1 == b.admin1


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine, geopy's great_circle formula), the one distance geomap uses.

    Written out because resolution computes it for every candidate x anchor, where building geopy
    Points dominated the run time."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
