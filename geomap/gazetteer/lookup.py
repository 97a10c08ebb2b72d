"""Offline gazetteer: look place names up and resolve them in the context of a document.

``Gazetteer.lookup`` finds candidates by exact name, normalised name,
transliteration skeleton and (for misspellings) fuzzy match. ``resolve`` picks
one candidate per name from the document's context (countries named, distance
to the other places, cue words, population), or says "unresolved" rather than
guess far away; every candidate keeps its scores and reasons.
"""
from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from geomap.gazetteer import index as idx, sources
from geomap.errors import GazetteerError
from geomap.model import AREA_KINDS, FEATURE_KINDS, NO_COUNTRY, SETTLEMENT_KINDS, Candidate, Place, Resolution, distance_km, in_bbox, bbox_width, \
    same_admin1
from geomap.gazetteer.names import is_code, normalize, skeleton

MAX_NAME_LENGTH = 200
FUZZY_THRESHOLD = 86.0
# Words that say what kind of place a name is. Two names that share them at the end are as alike as what comes
# before: "Kaura Local Government Area" is no misspelling of "Kubau Local Government Area".
TYPE_WORDS = frozenset("""local government area lga district districts province state region governorate oblast county city
    town village municipality camp airport base prefecture department division zone subdistrict township tehsil upazila
    woreda commune raion rayon sector""".split())
_TYPE_WORD_ENDS = tuple(" " + w for w in TYPE_WORDS)
PAIR_FUZZY = 90.0      # a joined name ("X and Y") counts as the area a letter or two away
CONTAINER_BONUS = 10.0  # "Paris, Texas": the text itself says which
ALIAS_CONTAINER = 0.5   # share of it an alternate name earns
ALIAS_SCORE = 90.0      # match score of an alternate name (exact or folded); a primary name scores 95-100
# Countries whose place names news writes with or without the Arabic article "al-" (ISO 3166-1 alpha-2).
ARAB_COUNTRIES = frozenset("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
# The article that opens a French, Spanish or Arabic place name written with it ("Le Mont-Dore", "La Tontouta").
_ARTICLE_OPENS = re.compile(r"(?:(?:Le|La|Les|El|Al|The) |L'|L’|Al-)(?=[A-Z])")
# The Arabic article opening a lowercase name or key ("al-thawra", "al qubbah").
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|ed|es|ez|en|er)[- ](?=\w)")
# A town's airfield named by the town and a head the airport source keys ("Kaduna international airport").
_TOWNS_AIRFIELD = re.compile(r"(?P<town>.+?)\s+(?P<head>(?:international\s+|military\s+)?airport|air\s?base|airfield)", re.I)
COUNTRY_BONUS = 5.0   # a country the document names; less than a capital's lead over a namesake town
MATCH_WEIGHT = 0.15   # per point of match score: primary exact (100) beats an alternate name (90) by 1.5
MIN_TRANSLIT_LENGTH = 5
SEAT_SPELLING = 80.0   # a seat's own name and the area's, as alike as "Murzuk" and "Murzuq"
FRAMED_FUZZY = 85.0   # a close spelling counts where the words around it say "place" ("the town of Bulo Burde")
MIN_FUZZY_LENGTH = 6
COMMON_ZIPF = 3.0      # an English word this common ("Commanders") is no misspelt place
MINOR_ALIAS_POPULATION = 50_000   # a town this small is known abroad by its own name, not an alias
KNOWN_ALIAS_ZIPF = 3.0            # word frequency (Zipf) of an alternate name English writes for a city abroad



def _distinct_ratio(a: str, b: str) -> float:
    """``fuzz.ratio`` of two name keys past the type words both end with."""
    wa, wb = a.split(), b.split()
    while len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and wa[-1] in TYPE_WORDS:
        wa, wb = wa[:-1], wb[:-1]
    return fuzz.ratio(" ".join(wa), " ".join(wb))


def _check_name(name: object) -> str:
    if not isinstance(name, str):
        raise GazetteerError(f"place name must be text, got {type(name).__name__}")
    name = name.strip()
    if not name:
        raise GazetteerError("place name is empty")
    if len(name) > MAX_NAME_LENGTH:
        raise GazetteerError(f"place name is {len(name)} characters long (limit {MAX_NAME_LENGTH})")
    return name


# Kind-based prior: how likely a bare mention in news is this kind of place.
_KIND_PRIOR = {"continent": 7.5, "country": 8.0, "admin1": 7.0, "capital": 5.5, "admin2": 2.6,
               "region": 5.0, "disputed_territory": 5.5, "admin3": 1.0}


# Curated seas and macro-regions (large islands among them) span countries: as prominent in news as a country.
CURATED_MACRO = frozenset({"sea", "region"})


def prior(place: Place) -> float:
    """Importance of a place before context: kind, population, curation."""
    if place.id.startswith("curated:"):
        # Curated areas and features are newsworthy by definition; curated settlements mostly repeat GeoNames.
        # (Districts are curated by the hundred, country by country: a district is no likelier than
        # a same-named town of a country the story names.)
        base = 3.0 if place.kind in SETTLEMENT_KINDS else 8.0 if place.kind in CURATED_MACRO \
            else 3.0 if place.kind == "admin2" else max(5.0, _KIND_PRIOR.get(place.kind, 0.0))   # a curated state ranks as a state
    else:
        base = _KIND_PRIOR.get(place.kind, 1.5 if place.kind in FEATURE_KINDS else 0.0)
    if place.population > 0:
        base += math.log10(place.population + 1) - (1.0 if place.kind in AREA_KINDS else 0.0)
    return base


HOLDS_BONUS = 3.5
EXPLAINED = 10        # candidates of a resolution whose reasons are spelt out
SPREAD_SCALE = 400.0  # km: documents whose places spread wider than this weaken the nearness bonus
# Weights of the score's parts (see ``Gazetteer._features``).
WEIGHTS = {"match": MATCH_WEIGHT, "prior": 1.0, "country": COUNTRY_BONUS, "container": CONTAINER_BONUS, "cue": 5.0, "dominant": 4.0, "state": 3.0, "near": 5.0,
           "inside": 2.0, "holds": HOLDS_BONUS, "siblings": 2.5}
SIBLING_COUNTRY_KM = 2500.0


def _settled(r: Resolution) -> bool:
    """Confident, or close candidates that all lie in one country near each other ("Atlanta" is in
    the US whichever Atlanta it is): good enough to anchor the document's other names."""
    if "confident" in r.reason:
        return True
    top = r.candidates[:2]
    return len(top) > 1 and len({c.place.country for c in top}) == 1 and all(
        distance_km(top[0].place.lat, top[0].place.lon, c.place.lat, c.place.lon) < 1500 for c in top[1:])


# Marks of scholarly romanisation (BGN/PCGN: "Kandahār", "Ḩalab", "Ţarţūs") that English news never
# prints: a name that differs from the text only by them is the same spelling. Native accents
# ("Québec", "Şırnak", "Zürich") are another spelling and stay a normalized match.
_ROMANISATION_MARKS = dict.fromkeys(map(ord, "\u0304\u0323\u032e\u0331\u02bf\u02be\u2018\u2019"))


_ROMANISED_CEDILLA = re.compile("(?<=[hHtTzZdD])\u0327")      # "Ḩamāh", "Ţarţūs"; not "ş", "ç"


@lru_cache(maxsize=20_000)
def _romanised(name: str) -> str:
    import unicodedata
    plain = _ROMANISED_CEDILLA.sub("", unicodedata.normalize("NFD", name).translate(_ROMANISATION_MARKS))
    return unicodedata.normalize("NFC", plain)


def _same_but_hyphens(a: str, b: str) -> bool:
    """"Gourma Rharous" and "Gourma-Rharous": one spelling, only written apart or joined."""
    return a.replace("-", " ").casefold() == b.replace("-", " ").casefold()


def _article_free(name: str) -> str:
    """A name's key without the Arabic article opening it ("Al Qubbah" and "Qubbah" alike)."""
    return _ARABIC_ARTICLE.sub("", normalize(name))


def _seats_first(cands: list[Candidate]) -> None:
    """A province named after its capital city ("Kandahar", "Herat", "Mosul"'s Nineveh aside): a bare
    mention means the city; "Kandahar province" still finds the area through the cue word.

    The city, when it lies in the area (its box, or within 150 km in the same country), is raised just
    above the area."""
    top = max((c.context_score for c in cands), default=0.0)
    # Only the clear favourite among areas hands over to its seat: a namesake elsewhere ("Florida",
    # the US state, against Uruguay's department and its seat) is not pushed aside.
    leaders = [c for c in cands if c.context_score >= top - 1e-9]
    areas = [c for c in leaders if c.place.kind in ("admin1", "admin2")] if len(leaders) == 1 else []
    for city in cands:
        if city.place.kind not in SETTLEMENT_KINDS or city.place.population < 20_000:
            continue
        for area in areas:
            a, p = area.place, city.place
            inside = in_bbox(p, a.bbox) if a.bbox else \
                (a.country == p.country and distance_km(a.lat, a.lon, p.lat, p.lon) <= 150)
            # (named alike by its own name, or by the name both were found by: "Murzuq" is the Murzuk of
            # Murzuq District, "Al Qubbah" the town of the district once called so)
            alike = normalize(a.name) == normalize(p.name) or _article_free(area.matched_name) == _article_free(
                city.matched_name) and fuzz.ratio(_article_free(p.name), _article_free(city.matched_name)) >= SEAT_SPELLING
            # (but not a city the area's name is only another name of: "Hatay" bare is the province, not Antakya)
            if inside and alike and city.context_score <= area.context_score:
                delta = area.context_score + 0.5 - city.context_score
                city.context_score += delta
                city.reasons.append(f"seat {delta:+.2f}: seat of {a.name}")


CUE_KINDS = {
    "admin": AREA_KINDS - {"continent", "country"},
    "feature": FEATURE_KINDS | {"mountain_range"},
    "settlement": SETTLEMENT_KINDS,
    "country": frozenset({"country"}),
}


# Degrees a place may lie outside the box of the area the words put it in: outlines change (Kurram
# joined Khyber Pakhtunkhwa in 2018; Natural Earth 4.1 draws the older border).
STATED_MARGIN = 0.5
# How far a place may lie from the seat of the unit the text puts it in, when the gazetteer knows only the
# seat: a province or region (False), a district (True; India's districts run 150 km across, so a town
# 100 km from its district's seat is no namesake).
SEAT_REACH_KM = {False: 250.0, True: 150.0}


@dataclass
class Context:
    """What the document says about where it is, for resolving its names."""
    countries: dict[str, float] = field(default_factory=dict)     # ISO2 -> weight
    anchors: list[Place] = field(default_factory=list)            # places already resolved
    cues: dict[str, str] = field(default_factory=dict)            # name -> "admin"/"feature"/...
    containers: dict[str, str] = field(default_factory=dict)      # "Paris" -> "Texas" in "Paris, Texas"
    # ISO2 -> the names that made it a document country: a name is never its own evidence.
    country_names: dict[str, set[str]] = field(default_factory=dict)
    # Names whose container the words state as an area ("X district of Y province"), not a list's comma.
    stated_containers: set[str] = field(default_factory=set)
    # Names whose stated container is a district-sized unit ("X, Izium district"), not a province.
    in_district: set[str] = field(default_factory=set)
    # Names the words call a district ("the Batken district"): second-level units, named after their seats.
    districts: set[str] = field(default_factory=set)


def _letter_sets(keys: Sequence[str]) -> np.ndarray:
    """The letters of each of ``keys`` (all of one length) as a bit set, one 32-bit word per key. Letters
    are put in 32 bins by code point (``ord & 31``: a-z apart, digits sharing bins with letters); sharing
    bins only shrinks the difference of two sets, which stays at most the edit distance of the two keys."""
    width = len(keys[0])
    codes = np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32).reshape(len(keys), width) & 31
    return np.bitwise_or.reduce(np.left_shift(np.uint32(1), codes), axis=1)


class Gazetteer:
    """An open gazetteer index. ``Gazetteer.open()`` builds it on first use."""

    def __init__(self, path: Path, online=None):
        self.path = Path(path)
        self._con = _connect(self.path)
        self._keys: frozenset[str] | None = None
        self._blocks: dict[tuple[str, int, bool], list[str]] | None = None
        self._letters: dict[tuple[str, int, bool], np.ndarray] = {}     # each block's letter sets, made when first sought
        self.online = online
        self._lookup_once = lru_cache(maxsize=100_000)(self._lookup_uncached)
        self._by_skeleton = lru_cache(maxsize=50_000)(self._by_skeleton_uncached)

    def clear_caches(self) -> None:
        """Forget the names looked up so far (the next lookups cost what first ones do)."""
        self._lookup_once.cache_clear()
        self._by_skeleton.cache_clear()

    @classmethod
    def open(cls, path: Path | None = None, config: idx.BuildConfig | None = None, online=None,
             progress=None) -> "Gazetteer":
        """Open the index at ``path`` (default: cache dir), building or rebuilding it if needed."""
        return cls(idx.ensure(path, config, progress), online=online)

    def close(self) -> None:
        self._con.close()

    def reconnect(self) -> None:
        """A fresh connection to the same file, keeping the caches: for a forked worker process,
        which must not share its parent's SQLite connection but may inherit what it has learnt."""
        self._con = _connect(self.path)

    def __enter__(self) -> "Gazetteer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ lookup

    def _key_set(self) -> frozenset[str]:
        """Every normalised key of the index, read once: a set answers the many names that are no place
        without a query."""
        if self._keys is None:
            self._keys = frozenset(k for (k,) in self._con.execute("SELECT DISTINCT key FROM names"))
        return self._keys

    def has_key(self, key: str) -> bool:
        """Whether some name of the index has this normalised key (``"=" + code`` for codes)."""
        return key in self._key_set()

    def _query(self, column: str, key: str) -> list[tuple[Place, str, int]]:
        if column == "key" and not self.has_key(key):
            return []
        rows = self._con.execute(
            f"SELECT p.*, n.name, n.flags FROM names n JOIN places p ON p.id = n.place WHERE n.{column} = ?",
            (key,)).fetchall()
        return [(idx.place_from_row(r[:11]), r[11], r[12]) for r in rows]

    def _lookup_uncached(self, name: str, fuzzy: bool) -> tuple[Candidate, ...]:
        found: dict[str, Candidate] = {}

        def add(place: Place, matched: str, method: str, score: float) -> None:
            old = found.get(place.id)
            if old is None or old.score < score:
                found[place.id] = Candidate(place, matched, method, score)

        if is_code(name):
            for place, matched, _flags in self._query("key", "=" + name):
                add(place, matched, "exact", 100.0)
        key = normalize(name)
        if key:
            for place, matched, flags in self._query("key", key):
                exact = matched == name or matched.lower() == name.lower() or _romanised(matched) == name
                primary = bool(flags & idx.FLAG_PRIMARY)
                score = (100.0 if primary else ALIAS_SCORE) if exact else (95.0 if primary else ALIAS_SCORE - 5)
                add(place, matched, "exact" if exact else "normalized", score)
        if (bare := _ARTICLE_OPENS.match(name)) and not any(c.score >= 100.0 for c in found.values()):
            # "Le Mont-Dore" (New Caledonia): a name its article opens is also the name without it, when the
            # gazetteer knows it so ("Mont-Dore") and no place by the whole name is sure.
            for place, matched, flags in self._query("key", normalize(name[bare.end():])):
                add(place, matched, "normalized", ALIAS_SCORE if flags & idx.FLAG_PRIMARY else ALIAS_SCORE - 5)
        if not found and (spaced := _unglued(key)):
            # "Elwak", "Alqosh": the Arabic article run into the name the gazetteer writes apart ("El Wak").
            for place, matched, flags in self._query("key", spaced):
                add(place, matched, "normalized", 95.0 if flags & idx.FLAG_PRIMARY else ALIAS_SCORE - 5)
        if " " not in key and not _ARTICLE_OPENS.match(name) and all(
                c.place.kind in ("admin1", "admin2") and c.score <= ALIAS_SCORE for c in found.values()):
            # "Qaim", "Hasakah": an Arab town named without the article its gazetteer name opens with ("Al Qa'im"),
            # also beside an area found by an alternate name ("Qubbah", an old name of Darnah District, is the
            # town of Al Qubbah in it).
            for place, matched, flags in self._query("key", "al " + key):
                if place.country in ARAB_COUNTRIES:
                    add(place, matched, "normalized", ALIAS_SCORE - 5)
        if not found and len(key) >= MIN_TRANSLIT_LENGTH:
            for place, matched, _flags in self._query("skel", skeleton(name)):
                add(place, matched, "translit", 84.0)
        if fuzzy and len(key) >= MIN_FUZZY_LENGTH and all(c.method == "translit" for c in found.values()):
            # (a romanisation shared with a town abroad is no surer than a near spelling at home: "Amriya" is
            # the El Amria of Algeria by its letters, Baghdad's Amiriya by a letter more; context decides)
            translit = set(found)
            for cand_key, score in self._fuzzy_keys(key):
                for place, matched, _flags in self._query("key", cand_key):
                    if place.id not in translit:      # (a place its romanisation found keeps that match)
                        add(place, matched, "fuzzy", score * 0.95)
        if not found and (site := _TOWNS_AIRFIELD.fullmatch(name)) is not None:
            # "Deir al-Zour military airport": the airfield of a town spelt otherwise than the airfield's town
            # name ("Deir ez-Zor"), found by the town's gazetteer name and the same head
            head = " ".join(site.group("head").lower().split())
            for c in self._lookup_uncached(site.group("town"), False)[:1]:
                # (the town the name means, not a namesake of a state: "a New Jersey airport")
                if c.place.kind in SETTLEMENT_KINDS:
                    for place, matched, _flags in self._query("key", normalize(f"{c.place.name} {head}")):
                        if place.kind == "airfield":
                            add(place, matched, "normalized", ALIAS_SCORE - 5)
        if not found and (pair := _as_pair(name)) is not None:
            # "Sistan-Baluchestan", "Bosnia-Herzegovina": two names of one area joined, as the gazetteer
            # writes them with "and".
            for c in self._lookup_uncached(pair, fuzzy):
                if c.place.kind in AREA_KINDS and c.score >= FUZZY_THRESHOLD:
                    add(c.place, c.matched_name, "pair", c.score - 5)
        # Rank once here (match quality and prior); lookups with no context just copy the top.
        for c in found.values():
            c.context_score = c.score * MATCH_WEIGHT + prior(c.place)
        _seats_first(list(found.values()))
        return tuple(sorted(found.values(), key=lambda c: (-c.context_score, c.place.id)))

    def _lookup(self, name: str, fuzzy: bool) -> tuple[Candidate, ...]:
        """``_lookup_uncached``, cached. A name found without misspelling is found the same way when a
        misspelling is allowed (that is tried only when nothing else matched), so the one answer serves both."""
        if fuzzy:
            plain = self._lookup_once(name, False)
            if any(c.method not in ("pair", "translit") for c in plain):
                return plain
        return self._lookup_once(name, fuzzy)

    def _fuzzy_keys(self, key: str, limit: int = 5) -> list[tuple[str, float]]:
        """Index keys within edit distance of ``key``, blocked by first letter and length."""
        if self._blocks is None:
            blocks: dict[tuple[str, int, bool], list[str]] = defaultdict(list)
            for k in sorted(self._key_set()):
                if len(k) >= MIN_FUZZY_LENGTH - 1 and k[0] != "=":
                    blocks[(k[0], len(k), False)].append(k)
                    if " and " in k:
                        blocks[(k[0], len(k), True)].append(k)
            self._blocks = dict(blocks)
        # Two names joined by "and" ("Sistan and Baluchistan") are a joined name a letter away or nothing:
        # they are sought in a block of the joined names only (capitalised runs such as "Russia and Ukraine"
        # are common, and the whole block is costly to search).
        joined = " and " in key
        wanted = None
        pool: list[str] = []
        for length in range(len(key) - 1, len(key) + 2):      # substitutions, one insertion or deletion
            block_key = (key[0], length, joined)
            block = self._blocks.get(block_key)
            if not block:
                continue
            letters = self._letters.get(block_key)
            if letters is None:
                letters = self._letters[block_key] = _letter_sets(block)
            if wanted is None:
                wanted = _letter_sets([key])[0]
            # A key with more letters in or out than the ratio allows edits cannot reach ``key`` (an insertion
            # or deletion adds or removes at most one letter): most of the block is ruled out at once, and the
            # ratio is computed only for the rest, in the block's order, so the answer is unchanged.
            most = (1 - FUZZY_THRESHOLD / 100) * (len(key) + length) + 1e-9
            near = np.flatnonzero(np.bitwise_count(letters ^ wanted) <= most)
            pool.extend(block[i] for i in near)
        if not pool:
            return []
        hits = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=limit)
        hits = [(k, _distinct_ratio(key, k) if k.endswith(_TYPE_WORD_ENDS) else s) for k, s, _ in hits if k != key]
        return [(k, s) for k, s in hits if s >= FUZZY_THRESHOLD]

    def lookup(self, name: str, country: str | None = None, near: tuple[float, float] | None = None,
               fuzzy: bool = True, limit: int = 20, explain: bool = False) -> list[Candidate]:
        """Candidates for ``name``, best first (match quality, then prior, country and nearness); with
        ``explain`` each carries the parts of its score as reasons."""
        name = _check_name(name)
        ranked = self._lookup(name, fuzzy)
        if not country and not near and ranked:
            return [Candidate(c.place, c.matched_name, c.method, c.score, c.context_score,
                              _base_reasons(c) + list(c.reasons) if explain else list(c.reasons))
                    for c in ranked[:limit]]
        cands = [Candidate(c.place, c.matched_name, c.method, c.score) for c in ranked]
        if not cands and self.online is not None:
            cands = self.online.candidates(name)
        for c in cands:
            c.context_score = c.score * MATCH_WEIGHT + prior(c.place)
            if explain:
                c.reasons.extend(_base_reasons(c))
            if country and c.place.country == country.upper():
                c.context_score += 6
                c.reasons.append(f"country +6.00: in {country.upper()}")
            if near:
                d = distance_km(near[0], near[1], c.place.lat, c.place.lon)
                c.context_score += 8 * math.exp(-d / 1000)
                c.reasons.append(f"near {8 * math.exp(-d / 1000):+.2f}: {d:.0f} km from {near[0]:.2f},{near[1]:.2f}")
        cands.sort(key=lambda c: (-c.context_score, c.place.id))
        return cands[:limit]

    def get(self, place_id: str) -> Place | None:
        row = self._con.execute("SELECT * FROM places WHERE pid = ?", (place_id,)).fetchone()
        return idx.place_from_row(row) if row else None

    def info(self) -> dict:
        meta = dict(self._con.execute("SELECT key, value FROM meta"))
        kinds = dict(self._con.execute("SELECT kind, COUNT(*) FROM places GROUP BY kind ORDER BY 2 DESC"))
        return {"path": str(self.path), "size_bytes": self.path.stat().st_size,
                "places": sum(kinds.values()), "names": self._con.execute("SELECT COUNT(*) FROM names").fetchone()[0],
                "kinds": kinds, "built": meta.get("built"), "build_seconds": meta.get("build_seconds"),
                "intact": idx.intact(self.path),
                "sources": __import__("json").loads(meta["fingerprint"])}

    # --------------------------------------------------------------- resolve

    def _by_skeleton_uncached(self, skel: str) -> tuple[tuple[Place, str], ...]:
        return tuple((place, matched) for place, matched, _flags in self._query("skel", skel))

    def _other_romanisations(self, name: str, cands: list[Candidate], context: Context) -> list[Candidate]:
        """Places in the document's countries that another romanisation of ``name`` names, when the
        name's own spellings lie only elsewhere: "Jalalabad" in a story about Kyrgyzstan is Jalal-Abad,
        not the Afghan city, though only the Afghan one is spelt so."""
        if not context.countries or any(c.place.country in context.countries for c in cands) \
                or len(normalize(name)) < MIN_TRANSLIT_LENGTH:
            return []
        seen = {c.place.id for c in cands}
        out = []
        for place, matched in self._by_skeleton(skeleton(name)):
            if place.country in context.countries and place.id not in seen and place.kind != "country":
                seen.add(place.id)
                out.append(Candidate(place, matched, "translit", 84.0))
        return out

    def resolve(self, names: Sequence[str], context: Context | None = None) -> list[Resolution]:
        """One resolution per name (same order), chosen from the document's context."""
        context = context or Context()
        cand_lists = []
        for name in names:
            try:
                cands = self.lookup(name, limit=60, explain=False)
            except GazetteerError:
                cands = []
            cand_lists.append(cands + self._other_romanisations(name, cands, context))
        # Pass 1: context without proximity. Then twice: near what the pass before settled.
        given = [("", a) for a in context.anchors]
        result = [self._choose(n, c, context, given) for n, c in zip(names, cand_lists)]
        used = given
        for _round in range(2):       # anchors settle in two rounds: "Savannah" helps "Georgia" once it is placed
            anchors = given + [(r.name, r.place.place) for r in result if r.place is not None
                               and r.place.place.kind not in ("continent", "line") and _settled(r)]
            # (a line's point is anywhere along it: nothing is near it for being near that point)
            if [(n, a.id) for n, a in anchors] == [(n, a.id) for n, a in used]:
                break         # the same anchors choose the same places again
            result = [self._choose(n, c, context, anchors) for n, c in zip(names, cand_lists)]
            used = anchors
        return result

    def _container(self, name: str | None, area: bool = False, outer: Place | None = None) -> Place | None:
        """The country or first-level area a "X, Y" mention names as Y; ``area``: the words call Y an
        area ("Y province"), so Y's area is meant even where a city of that name ranks first; ``outer``:
        the area the text puts Y in ("Cawayan, Quezon, Bukidnon": the Quezon of Bukidnon)."""
        if not name:
            return None
        if outer is not None and outer.bbox and outer.kind != "country":
            inside = [c for c in self.lookup(name, fuzzy=False, limit=10, explain=False)
                      if c.place.id != outer.id and in_bbox(c.place, outer.bbox)
                      and c.place.kind in SETTLEMENT_KINDS | {"admin1", "admin2"}]
            if inside:
                return inside[0].place
        best = self.lookup(name, fuzzy=False, limit=5 if area else 1, explain=False)
        if best and best[0].place.kind == "region" and not best[0].place.bbox:
            return None       # ("south Kashmir's Anantnag district": a region of two countries bounds nothing here)
        if area and not (best and best[0].place.kind == "country"):       # ("X in western Iraq")
            areas = [c for c in best if c.place.kind in ("admin1", "admin2")]
            if not areas:
                # The gazetteer knows only the town the unit is named after ("Izium district", "the
                # Zaporozhye Region"): that seat stands for it.
                seats = [c for c in best if c.place.kind in SETTLEMENT_KINDS]
                return seats[0].place if seats else None
            best = areas
        return best[0].place if best and best[0].place.kind in ("country", "admin1", "admin2") else None

    def _features(self, name: str, p: Place, ctx: Context, container: Place | None, cue: str | None,
                  anchors: list[Place], near_anchors: list[Place], spread: float,
                  tally: "_Tally") -> list[tuple[str, float, Callable[[], str]]]:
        """The parts of a candidate's score before weighting: (feature, value, why); ``why()`` spells it out."""
        parts = [("prior", prior(p), lambda: f"{p.kind}, population {p.population:,}")]
        weight = ctx.countries.get(p.country, 0.0)
        if weight and ctx.country_names.get(p.country) == {name}:
            weight = 0.0              # "Georgia" alone does not make Georgia the country meant
        if weight:
            parts.append(("country", min(weight, 1.5), lambda: f"country {p.country} named in document"))
        if container is not None and p.id != container.id and (
                (container.kind == "country" and p.country == container.country)
                or (container.bbox and container.kind != "country" and in_bbox(p, container.bbox))
                # (an area with no outline, a curated row: the area the place's own row names)
                or (not container.bbox and container.kind in ("admin1", "admin2") and p.country == container.country
                    and p.admin1 and normalize(p.admin1) == normalize(container.name))):
            parts.append(("container", 1.0, lambda: f"in {container.name}, as the text says"))
        if cue and p.kind in CUE_KINDS.get(cue, ()):
            parts.append(("cue", 1.0, lambda: f"cue '{cue}'"))
        near = [a for a in near_anchors if a.id != p.id] if p.id in tally.ids else near_anchors
        if len(near) >= 2 and p.country:
            # The country most of the document's places lie in: Paris among Dallas and Tyler is in Texas.
            own = tally.ids[p.id]
            share = (tally.countries[p.country] - own) / len(near)
            if share:
                parts.append(("dominant", share, lambda: f"{share:.0%} of the document's places are in {p.country}"))
            if p.admin1 and p.kind not in AREA_KINDS:
                # ...and the state most of them lie in (Tyler, Sherman, Dallas: Texas).
                same = (tally.states[(p.country, p.admin1)] - own) / len(near)
                if same:
                    parts.append(("state", same, lambda: f"{same:.0%} of the document's places are in {p.country}-{p.admin1}"))
        if near and p.kind != "country":
            d = min(_distance_to(p, a) for a in near)
            # Nearness says more in a document about one area than in one spread over a continent.
            focus = 1.0 if p.kind in AREA_KINDS else min(1.0, max(0.3, SPREAD_SCALE / max(spread, 1.0)))
            parts.append(("near", math.exp(-d / 250) * focus,
                          lambda: f"{d:.0f} km from other places in document (spread {spread:.0f} km)"))
        # Inside an area the document names; more so inside a province or district it names: the town of
        # Dagestan ("North Caucasus ... Dagestan") before its namesake elsewhere in the region.
        holding = [a for a in anchors if a.bbox and a.kind != "country" and a.id != p.id and in_bbox(p, a.bbox)]
        if holding:
            unit = next((a for a in holding if a.kind in ("admin1", "admin2")), None)
            parts.append(("inside", 2.0 if unit else 1.0, lambda: f"inside {(unit or holding[0]).name}"))
        siblings = _siblings(p, anchors)
        if siblings:
            parts.append(("siblings", min(len(siblings), 2),
                          lambda: "named with " + ", ".join(sorted({a.name for a in siblings})[:3])))
        if p.bbox and p.kind in AREA_KINDS and p.kind != "country":
            # An area that holds the document's other places is the one meant ("Atlanta ...
            # Savannah ... Georgia" is the state).
            held = sum(1 for a in near if in_bbox(a, p.bbox))
            if held:
                parts.append(("holds", min(held, 3), lambda: f"holds {held} of the document's places"))
        return parts

    def _choose(self, name: str, cands: list[Candidate], ctx: Context,
                named_anchors: list[tuple[str, Place]]) -> Resolution:
        # A name is never its own evidence: skip anchors that came from this very name.
        anchors = [a for n, a in named_anchors if n != name]
        if not cands:
            return Resolution(name, None, [], "no candidate")
        cue = ctx.cues.get(name)
        held_in = ctx.containers.get(name)
        container = self._container(held_in, area=name in ctx.stated_containers,
                                    outer=self._container(ctx.containers.get(held_in)) if held_in else None)
        near_anchors = [a for a in anchors if a.kind != "country"]
        spread = _spread(near_anchors)
        tally = _Tally(near_anchors)
        scored: list[tuple[Candidate, list]] = []
        for c in cands:
            c = Candidate(c.place, c.matched_name, c.method, c.score)
            parts = [("match", c.score, lambda c=c: c.method)] + self._features(
                name, c.place, ctx, container, cue, anchors, near_anchors, spread, tally)
            if c.score <= ALIAS_SCORE and not (cue and c.place.kind in CUE_KINDS.get(cue, ())):
                # Inside the area the text names, a place of that very name outranks one that merely
                # had it once ("Newtown, Connecticut" is Newtown, not Hartford's old name); not a place of
                # the kind the words name ("Russia's Kursk region" is Kurskaya Oblast' by its English name).
                parts = [(k, v * ALIAS_CONTAINER if k == "container" else v, why) for k, v, why in parts]
            c.context_score = sum(WEIGHTS[k] * v for k, v, _ in parts)
            scored.append((c, parts))
        scored.sort(key=lambda cp: (-cp[0].context_score, cp[0].place.id))
        for c, parts in scored[:EXPLAINED]:       # the words cost time: only for the leaders
            c.reasons[:0] = [f"{k} {WEIGHTS[k] * v:+.2f}: {why()}" for k, v, why in parts if v]
        scored = [c for c, _parts in scored]
        story = set(ctx.countries) | {a.country for a in anchors if a.kind != "continent"}
        if container is not None and container.kind not in ("continent",):
            story.add(container.country)   # ("Poonch district of Jammu and Kashmir": the area holding it says whose)
        if story:
            # Another spelling is believable in the story's countries, not anywhere in the world:
            # "the villages of Koshka" in a story about Georgia is no misspelt Kotka, Finland.
            # So is a small town's alternate name, next door at most: "Govan" in a Glasgow story is
            # not Goven, Brittany, while "Kiryat Shmona" in a story about Lebanon is Qiryat Shmona.
            # Nor is a village of a far country; nor, in a story with places of its own, a city abroad by an
            # alternate name English does not write ("Boni" for Bonn, "Sala" for Salé in a story of Lamu or
            # Macomia; but "Cologne", and "US forces struck Hodeidah", where the US is no place of the story).
            # A small town's alias next door is believable within the box of a country the story names
            # ("Kiryat Shmona" in a story of south Lebanon), not beyond ("Banjska" of a Kosovo story is
            # no Bansko in southwest Bulgaria).
            near = _neighbourhood(frozenset(story))
            placed = any(a.kind not in ("country", "continent") for a in anchors)
            boxes = [a.bbox for a in anchors if a.kind == "country" and a.bbox]
            scored = [c for c in scored if c.place.country in story or c.place.country == NO_COUNTRY or not (
                c.method in ("fuzzy", "translit")
                or c.place.country not in near
                and (_minor_alias(c) or placed and (_small_town(c) or _unfamiliar_alias(c)))
                or _minor_alias(c) and boxes and not any(in_bbox(c.place, b) for b in boxes)
                or _GENERIC_AREA.match(name))]     # "the Western District" of a Texas story is no Samoan area
            if not scored:
                return Resolution(name, None, [], "another spelling of a place outside the story's countries")
        best = scored[0]
        best = _well_known_namesake(best, scored, container, cue, story, anchors) or best
        if cue != "admin" and (best.place.kind in ("admin2", "admin3")
                               or (best.place.kind == "admin1" and _NAMED_A_DISTRICT.search(best.place.name))):
            # "came into Gourma-Rharouss": a district's name said without "district" is its seat, the town
            # of that name (matched as well) within it (so is a first-level unit a country calls a district:
            # "captured Kilinochchi" is the town, not Kilinochchi District).
            seat = next((c for c in scored[1:] if c.place.kind in SETTLEMENT_KINDS and c.place.country == best.place.country
                         and (c.method == best.method and c.score >= best.score
                              or _same_but_hyphens(c.matched_name, best.matched_name))
                         and distance_km(c.place.lat, c.place.lon, best.place.lat, best.place.lon) <= SEAT_OF_DISTRICT_KM), None)
            best = seat or best
        if cue != "admin" and best.place.kind == "admin1" and best.method == "fuzzy":
            # "struck Syrian troops near Deir el-Zour": a province the name is only a misspelling of, holding a
            # city the name spells, is that city.
            best = _big_town_in(best, scored) or best
        elif cue != "admin" and best.place.kind == "admin1" and best.score <= ALIAS_SCORE \
                and best.place.population == 0 and not any(c.place.kind == "country" for c in scored):
            # "Blasts in Qubbah": a province found only by an old or other name ("Al Qubbah", Darnah District's
            # name once) said bare is the town of that name in it; not a town whose own name is the province's
            # with a native accent.
            best = _big_town_in(best, scored, lambda c: _article_free(c.matched_name) == _article_free(best.matched_name)
                                and not (c.method == "normalized" and normalize(c.place.name) == normalize(name))) or best
        if container is not None and name in ctx.stated_containers and container.kind == "country" \
                and best.place.country != container.country \
                and best.place.kind not in ("country", "continent", "sea", "region"):
            # "X in western Iraq": an X of another country is not the one meant.
            inside = [c for c in scored if c.place.country == container.country and c.place.kind != "country"]
            if not inside:
                return Resolution(name, None, scored, f"no candidate in {container.name}, where the text puts it")
            best = inside[0]
        if container is not None and name in ctx.stated_containers and container.bbox \
                and container.kind != "country" and not in_bbox(best.place, container.bbox, STATED_MARGIN) \
                and (best.place.kind not in AREA_KINDS
                     or best.place.kind in ("admin2", "admin3") and container.kind == "admin1"):
            # "Shinkai district of Kapisa province": a Shinkai elsewhere is not the one meant.
            inside = [c for c in scored if c.place.id != container.id
                      and in_bbox(c.place, container.bbox, STATED_MARGIN)]
            if not inside:
                return Resolution(name, None, scored, f"no candidate in {container.name}, where the text puts it")
            best = inside[0]
        if container is not None and name in ctx.stated_containers and best.place.id != container.id and (
                container.kind in SETTLEMENT_KINDS or container.kind in ("admin2", "admin3") and not container.bbox):
            # "the village of Mikhailovka in the Zaporozhye Region": a namesake far from the seat of the unit
            # the text puts it in is not the one meant. A district known by a point and no extent is
            # known by its seat too.
            reach = SEAT_REACH_KM[name in ctx.in_district]
            # (twice as far in the seat's own first-level area: "Elwak in Mandera county" is 160 km from Mandera;
            # a spelling that is only close must lie close: "Namoungou village in the region of Fada N'Gourma" is
            # no Namounou 120 km off)
            # (a district the gazetteer knows by a point only is known by its seat: "the town of Jindires, in the
            # Afrin countryside" is the Jindires subdistrict's point)
            inside = [c for c in scored if c.place.id != container.id
                      and (c.place.kind not in AREA_KINDS or c.place.kind in ("admin2", "admin3") and not c.place.bbox)
                      and _distance_to(c.place, container) <= (FUZZY_NEAR_KM if c.method == "fuzzy" else
                                                               reach * (2 if same_admin1(c.place, container) else 1))]
            if not inside:
                return Resolution(name, None, scored, f"no candidate near {container.name}, where the text puts it")
            best = inside[0]
        if cue == "admin" and best.place.kind in SETTLEMENT_KINDS and story \
                and best.place.country not in story:
            # "Palma district" in a Mozambican story: a district's seat lies in the story's countries (those
            # it names and those of its other places: "Russians shell Kupiansk" in a story of Kharkiv
            # region's towns), not in Spain.
            home = [c for c in scored if c.place.country in story]
            if not home:
                return Resolution(name, None, scored, "an area's name whose namesakes lie outside the story")
            best = home[0]
        if cue == "admin" and best.place.kind in SETTLEMENT_KINDS and (home := _outside_story_areas(best.place, anchors)):
            # "the Sinak area of Puncak district" in a story of Indonesia's Papua: a district's seat lies in the
            # province the story is about, not in a namesake town across the country.
            inside = [c for c in scored if c.place.kind not in AREA_KINDS and not _outside_story_areas(c.place, anchors)]
            if not inside:
                return Resolution(name, None, scored, f"a district's name whose namesakes lie outside {home}")
            best = inside[0]
        if cue == "settlement" and best.place.kind == "populated_place" \
                and (best.place.population < SMALL_VILLAGE or best.method in ("translit", "fuzzy")) \
                and (home := _outside_story_areas(best.place, anchors, within=True)):
            # "Nyaung Kone village" in a story of Sagaing Region: one of the country's many namesake villages
            # far from the region and its places is not the one meant; nor is a town of another spelling
            # ("the village of Gorodische" in Kursk Region is no Gorodishche of Volgograd, nor a Horodyshche
            # across the border).
            inside = [c for c in scored if c.place.kind not in AREA_KINDS and c.place.country == best.place.country
                      and not _outside_story_areas(c.place, anchors, within=True)]
            if not inside:
                return Resolution(name, None, scored, f"a village's name whose namesakes lie outside {home}")
            best = inside[0]
        if best.method == "fuzzy" and best.place.kind in SETTLEMENT_KINDS and near_anchors and min(
                _distance_to(best.place, a) for a in near_anchors) > FUZZY_FAR_KM:
            # "near the settlements of Berdychi and Orlovka" in a Donetsk story: a name a letter or two from a town
            # 680 km off is a village the gazetteer lacks, not that town (Berdychiv) misspelt.
            return Resolution(name, None, scored, "a close spelling of a town far from the story's places")
        if name in ctx.districts and best.place.kind == "admin1" and best.place.bbox \
                and bbox_width(best.place.bbox) > PROVINCE_DEGREES:
            # "in the locality of Chyr-Dobo of the Batken district": the district around Batken town, which the
            # gazetteer knows by that seat, not the province named after it (a first-level area of a district's
            # size is that district: "the town of Maiac, the Grigoriopol district", Moldova's areas being districts).
            seats = [c for c in scored if c.place.kind in SETTLEMENT_KINDS and c.method in ("exact", "normalized")
                     and in_bbox(c.place, best.place.bbox)]
            if seats:
                best = seats[0]
        best = _union_of_namesakes(name, best, scored)
        if best.place.kind in ("admin1", "admin2") and cue != "admin":
            best = _namesake_over_area(best, scored)
        elif best.place.kind == "country" and best.score < 100:
            best = _part_over_country(best, scored)
        if best.method == "fuzzy" and best.score < FUZZY_THRESHOLD * 0.95:
            return Resolution(name, None, scored, "fuzzy match below threshold")
        # A small place far from everything else the document names is a guess, not a resolution; so is a
        # town under a million the words call a town or village ("the village of Al-Qayrawan" in Syria).
        # (Countries are no yardstick: "US forces struck Hodeidah" puts Hodeidah nowhere near the US.)
        points = [a for a in anchors if a.kind not in ("country", "continent")]
        if points and best.place.kind not in ("country", "continent") and ctx.countries \
                and best.place.country not in ctx.countries and (prior(best.place) < 5.0 or (cue == "settlement" and best.place.kind == "populated_place"
                                                                 and prior(best.place) < 6.0)):
            far = min(distance_km(a.lat, a.lon, best.place.lat, best.place.lon) for a in points)
            # (a hamlet abroad, of no known population, is a namesake sooner: "a highway between Tame and La
            # Cabuya" in a Colombian story is no La Cabuya in Panama, 900 km off)
            if far > 2500 or far > FUZZY_FAR_KM and best.place.kind == "populated_place" \
                    and best.place.population == 0 and not best.place.id.startswith("curated:"):
                return Resolution(name, None, scored, f"best candidate {far:.0f} km from the document's places")
        margin = best.context_score - (scored[1].context_score if len(scored) > 1 else 0.0)
        reason = "confident" if margin >= 2.0 or len(scored) == 1 else "best of close candidates"
        return Resolution(name, best, scored, reason)


def _big_town_in(province: Candidate, scored: list[Candidate], alike=lambda c: True) -> Candidate | None:
    """The first candidate after the province that is a town of 20,000 or more in it (its box, else near its
    point), found by the name as spelt and ``alike``: what a province's name said bare means instead."""
    p = province.place
    return next((c for c in scored[1:] if c.place.kind in SETTLEMENT_KINDS and c.method != "fuzzy"
                 and c.place.country == p.country and c.place.population >= 20_000 and alike(c)
                 and (in_bbox(c.place, p.bbox) if p.bbox
                      else distance_km(c.place.lat, c.place.lon, p.lat, p.lon) <= SEAT_OF_DISTRICT_KM)), None)


def _outside_story_areas(p: Place, anchors: list[Place], within: bool = False) -> str:
    """The first-level areas of the place's country the story names, when the place lies in none of them
    and far from every place the story names (with ``within``, every place inside those areas); else ""."""
    areas = [a for a in anchors if a.kind == "admin1" and a.country == p.country and a.bbox]
    if not areas or any(in_bbox(p, a.bbox, STATED_MARGIN) for a in areas):
        return ""
    # (A capital is no yardstick: it is where a story is filed from or whose government speaks.)
    points = [a for a in anchors if a.kind not in ("country", "continent", "capital")
              and (not within or any(in_bbox(a, area.bbox, STATED_MARGIN) for area in areas))]
    if any(_distance_to(a, p) <= SEAT_REACH_KM[False] for a in points):
        return ""
    return " and ".join(sorted({a.name for a in areas}))


def _namesake_over_area(area: Candidate, scored: list[Candidate]) -> Candidate:
    """A bare name shared by an area and the country or city it is named after means the country
    ("Mexico", not the state) or the seat ("Kandahar", "Stavropol", not the province); the words
    "state", "province" keep the area, and so does a closer spelling ("Quebec" is the province's name,
    the city's is "Québec")."""
    a = area.place
    for c in scored:
        p = c.place
        if c.method not in ("exact", "normalized", area.method) or p.country != a.country or c.score < area.score:
            continue
        inside = (in_bbox(p, a.bbox) if a.bbox else distance_km(a.lat, a.lon, p.lat, p.lon) <= 150)
        if p.kind == "country" or (p.kind in SETTLEMENT_KINDS and p.population >= 20_000 and inside):
            c.reasons.append(f"before its namesake {a.kind}")
            return c
    return area


def _part_over_country(country: Candidate, scored: list[Candidate]) -> Candidate:
    """A country matched by one of its other names ("Gaza Strip" for the Palestinian Territory) yields
    to a territory or island of it that has that name as its own, and to a territory that has it
    as another name as well ("Gaza"): the text names the part. (Not to
    an area: "Northern Ireland" stays the United Kingdom, no point on the map.)"""
    for c in scored:
        if c.method == "exact" and c.place.country == country.place.country \
                and ((c.score >= 100 and c.place.kind == "island")
                     or (c.score >= country.score and c.place.kind == "disputed_territory")):
            c.reasons.append(f"its own name, within {country.place.name}")
            return c
    return country


class _Tally:
    """How many of the document's (non-country) places lie in each country and each first-level area."""

    def __init__(self, places: list[Place]):
        self.ids = Counter(p.id for p in places)
        self.countries = Counter(p.country for p in places)
        self.states = Counter((p.country, p.admin1) for p in places)


def _base_reasons(c: Candidate) -> list[str]:
    """The context-free parts of a score: how the name matched and the place's prior."""
    p = c.place
    return [f"match {c.score * MATCH_WEIGHT:+.2f}: {c.method}",
            f"prior {prior(p):+.2f}: {p.kind}, population {p.population:,}"]


# Area names made of a compass word and a unit word name an area in many countries.
_GENERIC_AREA = re.compile(r"""(?:the\s+)?(?:North|South|East|West|Central|Centre|Center|Northern|Southern|Eastern|
    Western|Upper|Lower|Middle|Far|Nord|Sud|Est|Ouest)(?:[\s-]?(?:East|West|Eastern|Western))?(?:\s+(?:District|Province|Region|State|Division|
    Department|Governorate|Territory|Zone|Sector|County))?$""", re.X | re.I)
# ("North West", "Central", "Centre" alone: a compass name is some area of every country, so only of the story's.)
UNION_PARTS = 3        # areas sharing one alternate name that make it the name of the region they form


WORLD_CAPITAL_POPULATION = 1_000_000
NAMESAKE_TOWN_POPULATION = 100_000      # (a city of its own, London, Ontario, needs no neighbours)
LOCAL_SUPPORT_KM = 100.0


def _well_known_namesake(best: Candidate, scored: list[Candidate], container: Place | None, cue: str | None,
                         story: set[str], anchors: list[Place]) -> Candidate | None:
    """The well-known place a town's name stands for, unless the words call it a town or the story stands near
    the town; the first of:

    * the country of that exact name ("Russia" in a story from Washington, not Russia, Ohio), unless the words put
      the town in an area ("Russia, Ohio"; a country after the comma is the next in a list, "Russia, U.S. and China");
    * for a small town, a world capital of that name ("London", "Paris", not London, Ohio; Paris among Dallas and
      Tyler stays in Texas, and London, Ontario, a city of its own, keeps its name);
    * for a small town, a first-level area of a country the story names ("England", not England, Arkansas).
    """
    p = best.place
    if p.kind not in SETTLEMENT_KINDS or cue == "settlement":
        return None
    exact = [c for c in scored if c.method == "exact" and c.score >= 100]
    small = p.kind != "capital" and p.population < NAMESAKE_TOWN_POPULATION and container is None
    wanted = ((container is None or container.kind == "country", lambda c: c.place.kind == "country"),
              (small, lambda c: c.place.kind == "capital" and c.place.population >= WORLD_CAPITAL_POPULATION),
              (small, lambda c: c.place.kind == "admin1" and c.place.country != p.country and c.place.country in story))
    for applies, kind_of in wanted:
        if applies and (found := next((c for c in exact if kind_of(c)), None)) is not None \
                and not _local_support(p, anchors):
            return found
    return None


def _local_support(p: Place, anchors: list[Place]) -> bool:
    """Whether the story names a place by ``p`` (within LOCAL_SUPPORT_KM), or the first-level area it lies in, or
    two other places of that area."""
    others = [a for a in anchors if a.id != p.id and a.kind not in ("country", "continent")]
    if any((a.kind == "admin1" and same_admin1(a, p)) or distance_km(a.lat, a.lon, p.lat, p.lon) <= LOCAL_SUPPORT_KM
           for a in others):
        return True
    return len({a.id for a in others if same_admin1(a, p)}) >= 2


def _union_of_namesakes(name: str, best: Candidate, scored: list[Candidate]) -> Candidate:
    """The region several areas make up when they share the alternate name ("West Yorkshire": the five
    boroughs Natural Earth files under it), with their joint box and its centre; else ``best``."""
    if best.score > ALIAS_SCORE or best.place.kind not in AREA_KINDS or best.place.kind == "country":
        return best
    parts = [c.place for c in scored if c.score == best.score and c.matched_name == best.matched_name
             and c.place.kind == best.place.kind and c.place.country == best.place.country and c.place.bbox]
    if len(parts) < UNION_PARTS:
        return best
    w, s = min(p.bbox[0] for p in parts), min(p.bbox[1] for p in parts)
    e, n = max(p.bbox[2] for p in parts), max(p.bbox[3] for p in parts)
    region = Place(id=f"union:{best.place.country}:{best.matched_name}", name=best.matched_name, kind="region",
                   country=best.place.country, admin1="", lat=round((s + n) / 2, 5), lon=round((w + e) / 2, 5),
                   source="the areas sharing the name: " + "; ".join(sorted(p.source for p in parts)),
                   bbox=(w, s, e, n))
    return Candidate(region, best.matched_name, best.method, best.score, best.context_score,
                     [f"the region {len(parts)} areas named {name!r} make up"])


_NAMED_A_DISTRICT = re.compile(r"\s(?:District|Municipality)$")


@lru_cache(maxsize=1024)
def _neighbourhood(countries: frozenset[str]) -> frozenset[str]:
    """The countries and their land neighbours."""
    return countries.union(*(sources.neighbours().get(cc, ()) for cc in countries))


def _minor_alias(c: Candidate) -> bool:
    """A match by an alternate name only, of a populated place too small to be known abroad by it."""
    return c.score <= ALIAS_SCORE and c.place.kind == "populated_place" and c.place.population < MINOR_ALIAS_POPULATION


def _small_town(c: Candidate) -> bool:
    """A populated place too small to be named in a story of another part of the world without its country."""
    return c.place.kind == "populated_place" and 0 < c.place.population < MINOR_ALIAS_POPULATION   # (0: not known)


def _unfamiliar_alias(c: Candidate) -> bool:
    """A match by an alternate name English seldom writes (an exonym English uses, "Cologne", "Kiev",
    is a common word of English text; a name of another language, "Boni" for Bonn, is not)."""
    name = _ARABIC_ARTICLE.sub("", c.matched_name.lower())     # ("al-Thawra" for al-Tabqa: the word after the article)
    return c.score <= ALIAS_SCORE and " " not in name and "-" not in name \
        and zipf_frequency(name, "en") < KNOWN_ALIAS_ZIPF     # (a word: "Khan Younis" is no word of English at all)


def _siblings(p: Place, anchors: list[Place]) -> list[Place]:
    """The document's places of the candidate's own level: other states of its country for a state
    ("Georgia" with Alabama and Texas), neighbouring countries for a country ("Georgia" with Russia)."""
    if p.kind in ("admin1", "admin2"):
        return [a for a in anchors if a.kind == p.kind and a.country == p.country and a.id != p.id]
    if p.kind == "country":
        return [a for a in anchors if a.kind == "country" and a.id != p.id
                and distance_km(a.lat, a.lon, p.lat, p.lon) < SIBLING_COUNTRY_KM]
    return []


def _spread(places: list[Place]) -> float:
    """Median distance (km) of the places from their centre: how wide the document ranges."""
    if len(places) < 2:
        return 0.0
    lat = sum(p.lat for p in places) / len(places)
    lon = sum(p.lon for p in places) / len(places)
    ds = sorted(distance_km(lat, lon, p.lat, p.lon) for p in places)
    return ds[len(ds) // 2]




# How far a district's point may lie from the town that is its seat and gives it its name.
SEAT_OF_DISTRICT_KM = 120.0
FUZZY_NEAR_KM = 60.0     # a misspelt village the text puts in a town's unit lies within this of the town
PROVINCE_DEGREES = 0.6     # a first-level area wider than this is a province, not a district of the same name
SMALL_VILLAGE = 10_000    # a village the words call one, of fewer people, is one of many namesakes
FUZZY_FAR_KM = 300.0     # a misspelt town lies within this of another of the story's places


def _distance_to(p: Place, anchor: Place) -> float:
    """Distance from an anchor point to a place; zero when the anchor lies inside the place's extent."""
    if p.bbox and p.kind in AREA_KINDS and in_bbox(anchor, p.bbox):
        return 0.0
    return distance_km(anchor.lat, anchor.lon, p.lat, p.lon)



class _Rows(list):
    def fetchone(self):
        return self[0] if self else None

    def fetchall(self):
        return list(self)


class _Guarded:
    """The read-only connection, turning SQLite's "malformed" into one clear GazetteerError."""

    def __init__(self, con: sqlite3.Connection, path: Path):
        self._con, self._path = con, path

    def execute(self, sql: str, params=()) -> _Rows:
        try:
            return _Rows(self._con.execute(sql, params).fetchall())
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{self._path}: the gazetteer index is damaged ({exc}); "
                                 "run `geomap gazetteer build` to rebuild it") from None

    def close(self) -> None:
        self._con.close()

def _connect(path: Path) -> _Guarded:
    """A read-only connection to the index. ``immutable=1``: the file never changes in place (a rebuild
    writes a new file and renames it), so SQLite may skip locking, which also serves an index on a
    shared or network file system that many workers open at once."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1"      # as_uri escapes '?', '#', spaces
    con = _Guarded(sqlite3.connect(uri, uri=True, check_same_thread=False), path)
    con.execute("PRAGMA query_only=1")
    # Pages read through a memory map and kept in a larger cache: lookups touch the same B-tree pages again and
    # again (uncached exact lookups about 15 % faster; the map's pages are the OS's file cache, shared by workers).
    con.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    con.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    return con


MMAP_BYTES = 256 * 1024 * 1024
CACHE_KIB = 32 * 1024


_HYPHEN_PAIR = re.compile(r"(?<=[a-z])-(?=[A-Z][a-z])")


def _as_pair(name: str) -> str | None:
    """A hyphenated pair of names as "X and Y" ("Sistan-Baluchestan"), else None."""
    return _HYPHEN_PAIR.sub(" and ", name) if _HYPHEN_PAIR.search(name) else None


# The Persian and Pashto joining vowel (ezafe) inside a place name, as the normalised key spells it.
_EZAFE = re.compile(r"(?<=\w) (?:e|i|ye|yi|y) (?=\w)")
_GLUED_ARTICLE = re.compile(r"(al|el)(?=[b-df-hj-np-tv-z][a-z]{2,}$)")


def _unglued(key: str) -> str | None:
    """A one-word key with the Arabic article run into it, spaced ("elwak" -> "el wak"), else None."""
    m = _GLUED_ARTICLE.match(key)
    return f"{m.group(1)} {key[m.end():]}" if m else None


class NameOracle:
    """Fast yes/no questions the recogniser asks the gazetteer, cached per name."""

    MAJOR_POPULATION = 100_000

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.known = lru_cache(maxsize=200_000)(self._known)
        self.major = lru_cache(maxsize=200_000)(self._major)
        self.fuzzy = lru_cache(maxsize=50_000)(self._fuzzy)
        self.translit = lru_cache(maxsize=50_000)(self._translit)

    def _has_key(self, key: str) -> bool:
        return self.gaz.has_key(key)

    def _known(self, name: str) -> bool:
        if is_code(name):
            return self._has_key("=" + name)
        key = normalize(name)
        if not key:
            return False
        if self._has_key(key):
            return True
        if _EZAFE.search(key) and any(self._has_key(_EZAFE.sub(joint, key)) for joint in (" i ", " e ", " ye ", " ")):
            return True       # "Qala-e-Naw", "Pul-i-Khumri": the Persian joining vowel is spelt e, i, ye or not at all
        if (spaced := _unglued(key)) and self._has_key(spaced):
            return True       # "Elwak" for El Wak
        if " " not in key and self._has_key("al " + key) and self.gaz.lookup(name, limit=1):
            return True       # "Qaim" for Al Qa'im (an Arab town's name without its article)
        if _TOWNS_AIRFIELD.fullmatch(name) and any(c.method != "fuzzy" for c in self.gaz.lookup(name, limit=1)):
            return True       # "Deir al-Zour military airport" for Deir ez-Zor's
        if (pair := _as_pair(name)) is not None:
            # (the pair alone first: most hyphened names are no two areas, "Bashar al-Assad", and the
            # whole lookup tries a costly misspelling of the whole name before it tries the pair)
            return any(c.place.kind in AREA_KINDS for c in self.gaz.lookup(pair, limit=3)) \
                and any(c.method == "pair" for c in self.gaz.lookup(name, limit=1))
        if " and " in key:
            # "Sistan and Baluchistan": a joined name of one area, spelt a letter away from the gazetteer's
            return any(c.method == "fuzzy" and c.score >= PAIR_FUZZY and c.place.kind in AREA_KINDS
                       for c in self.gaz.lookup(name, limit=1))
        return False

    def _fuzzy(self, name: str) -> bool:
        """Is this unknown name a close misspelling of a prominent place (country, region, curated)?"""
        if all(zipf_frequency(w, "en") >= COMMON_ZIPF for w in name.lower().replace("-", " ").split()):
            return False      # "Commanders", "Kurdish-led": English words, not a place misspelt
        best = self.gaz.lookup(name, fuzzy=True, limit=1, explain=False)
        if not best or best[0].method != "fuzzy" or best[0].score < FUZZY_THRESHOLD:
            return False
        p = best[0].place
        return p.kind in AREA_KINDS or p.id.startswith("curated:")

    def _translit(self, name: str) -> bool:
        """Is this unknown name only another romanisation of a town or area the gazetteer has, or
        a spelling a letter or two away ("Bulo Burde", Buulobarde)?"""
        words = name.lower().split()
        if len(normalize(name)) < MIN_TRANSLIT_LENGTH or all(zipf_frequency(w, "en") >= (3.0 if len(words) == 1 else 4.0)
                                                               for w in words):
            return False
        cands = self.gaz.lookup(name, fuzzy=True, limit=1, explain=False)
        return bool(cands) and cands[0].place.kind != "country" and (
            cands[0].method == "translit" or (cands[0].method == "fuzzy" and cands[0].score >= FRAMED_FUZZY))

    def _major(self, name: str) -> str | None:
        """The kind of the name's best candidate when it is prominent (country, capital, big city...)."""
        # A name is prominent by its own spelling: a transliteration skeleton ("Wali" ~ "Warri") is a guess.
        cands = [c for c in self.gaz.lookup(name, fuzzy=False, limit=10, explain=False) if c.method != "translit"]
        if " " in name and all(zipf_frequency(w, "en") >= 4.3 for w in name.lower().split()):
            # A phrase of common words ("White House") counts as a place by a primary name only,
            # not as a translated alternate name (Casablanca's "White House").
            cands = [c for c in cands if c.score >= 100]
        for c in cands[:1]:
            p = c.place
            if p.kind == "populated_place" and p.population >= 10 * self.MAJOR_POPULATION:
                return "city"
            if (p.kind in ("country", "continent", "admin1", "capital", "region", "disputed_territory")
                    or p.id.startswith("curated:") or p.population >= self.MAJOR_POPULATION):
                return p.kind
        return None
