"""The geoparsing stage alone: text in, resolved place mentions out.

Recognition (:mod:`geomap.toponyms`) then resolution in the document's
context (:meth:`geomap.gazetteer.Gazetteer.resolve`). Roles are left to the
extractor; this is what ``geomap geoparse`` runs for public benchmarks.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from geomap.gazetteer.lookup import FUZZY_THRESHOLD, MIN_FUZZY_LENGTH, Context, Gazetteer, NameOracle
from geomap.model import SETTLEMENT_KINDS, Place, PlaceMention, distance_km, in_bbox
from geomap.extract.toponyms import (CUE_AFTER, EMBEDDED, FUNCTION_WORDS, GEO_HEADS, SITE_WORDS, Span, cue_for,
                                     find_spans, in_institution_name)
from geomap.extract import actors


WELL_KNOWN = 500_000      # inhabitants of a city whose name alone tells the country
# (not "GLASGOW, Ky. (WBKO) --": the dateline names the area its town is in)
_DATELINE_AFTER = re.compile(r"\s*(?:[:(—–]|-\s|,\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d))")


def document_context(text: str, spans: list[Span], gaz: Gazetteer) -> Context:
    """Countries the document names (as places or adjectives) and the cues of its mentions."""
    weights: Counter[str] = Counter()
    names: dict[str, set[str]] = {}
    country_names: set[str] = set()
    lines: set[str] = set()
    known: Counter[str] = Counter()
    areas: set[str] = set()         # names whose likeliest place is a first- or second-level area
    for span in spans:
        best = gaz.lookup(span.text, fuzzy=False, limit=1, explain=False)
        if best and best[0].place.kind in ("admin1", "admin2"):
            areas.add(span.text)
        if best and best[0].place.kind == "line":
            lines.add(span.text)        # (a line crosses the areas the text names it in: it lies in none)
        if best and best[0].place.kind == "country":
            weights[best[0].place.country] += 1.0
            names.setdefault(best[0].place.country, set()).add(span.text)
            country_names.add(span.text)
        elif best and (best[0].place.kind == "capital" or best[0].place.population >= WELL_KNOWN) \
                and _DATELINE_AFTER.match(text, span.end) and not text[:span.start].strip(" \t\"'“(-—") \
                and all(c.place.country == best[0].place.country or c.place.population < best[0].place.population / 20
                        for c in gaz.lookup(span.text, fuzzy=False, limit=5, explain=False)):
            # "QUETTA: Gunmen blocked a highway in Musakhel district": a great city that no namesake rivals, filing
            # the story, says whose country a story that names none is in.
            known[best[0].place.country] += 1.0
    for side, count in actors.adjective_countries(text).items():
        weights[side] += 0.5 * count
        names.setdefault(side, set()).add("")          # an adjective is evidence for every name
    if not weights:
        # (a story naming no country at all is where its great cities are)
        weights = known
        for side in known:
            names.setdefault(side, set()).add("")
    total = max(sum(weights.values()), 1.0)
    countries = {cc: min(1.5, 3 * w / total) for cc, w in weights.items()}
    # ("rural Idlib" is the governorate around the town; "rural Mexico" is the country's countryside)
    cues = {s.text: s.cue for s in spans if s.cue and not (s.cue == "admin" and s.text in country_names
                                                           and _RURAL.search(text, max(0, s.start - 10), s.start))}
    # "Paris, Texas", "London, Ont.": a place followed by a comma and a larger place it lies in.
    containers: dict[str, str] = {}
    stated: set[str] = set()
    in_district: set[str] = set()
    for a, b, c in zip(spans, spans[1:], [*spans[2:], None]):
        between = text[a.end:b.start]
        if between in (", ", ","):
            containers.setdefault(a.text, b.text)
            if _SMALL_UNIT_BEFORE.search(text, max(0, a.start - 20), a.start):
                stated.add(a.text)      # "Brgy Cawayan, Quezon, Bukidnon": the barangay of that town
            if b.text not in cues and b.text not in country_names and b.text[:1].isupper() \
                    and not (c is not None and _LIST.fullmatch(text, b.end, c.start)):
                cues[b.text] = "admin"      # "Nasugbu, Batangas": the province, not its capital of that name
        elif b.text in country_names and _IN_COUNTRY.fullmatch(between) and not _POSSESSIVE.match(text, b.end):
            # (not "in Russia's Kherson Region": the country owns the area after it, as a claim may have it)
            # "the Ayn al-Asad airbase in western Iraq": an Ayn al-Asad of another country is not the one meant.
            containers.setdefault(a.text, b.text)
            stated.add(a.text)
        if _HOLDS_LIST.fullmatch(between) and a.text not in country_names:
            containers.setdefault(b.text, a.text)       # "Hakkari's Geçimli and Karataş villages"
            stated.add(b.text)
            continue
        if c is not None and _HELD_IN.fullmatch(between) and re.fullmatch(r"['’]s\s+", text[b.end:c.start]) \
                and _unit(text, c) and b.text not in country_names and a.text not in lines:
            # "the village of X in Hakkari's Yüksekova district": X lies in the area that holds the district
            containers.setdefault(a.text, b.text)
            stated.add(a.text)
        unit_a = _unit(text, a)
        # ("X village in the region of Y"; not "Sumatra province in the district of Karo", a larger unit)
        unit_b = _unit(text, b) or ("" if unit_a else _unit_of_before(between))
        if unit_a and not unit_b and _UNIT_HELD_IN.fullmatch(between) and b.text not in country_names:
            # "Poonch district of Jammu and Kashmir": a unit of the area named after it, called by its name alone
            # (not held to it: "the Kupwara district of Kashmir" names a region with no outline)
            containers.setdefault(a.text, b.text)
            continue
        if _HOLDS.fullmatch(between) and _CITY_PART_NEXT.match(text, b.end) and a.text not in country_names:
            containers.setdefault(b.text, a.text)       # "Cizre's Konak neighbourhood": a part of that town
            stated.add(b.text)
            continue
        if not unit_a and not unit_b and a.cue == "settlement" and b.text in areas and _HELD_IN.fullmatch(between) \
                and a.text not in lines and b.text not in country_names:
            # "the town of Palma in Cabo Delgado": a town the words call one, in an area named bare
            containers.setdefault(a.text, b.text)
            stated.add(a.text)
            continue
        if unit_a == unit_b or (c is not None and _LIST.fullmatch(text, b.end, c.start)):
            continue          # neither is called an area, or "X County, Y County and Z County" is a list
        if unit_b and _HELD_IN.fullmatch(between) and a.text not in lines:
            containers.setdefault(a.text, b.text)
            stated.add(a.text)
            if unit_b in _DISTRICT_UNITS:
                in_district.add(a.text)
        elif _HOLDS.fullmatch(between):           # "Kapisa province's Shinkai district", "Ghazni's Andar district"
            containers.setdefault(b.text, a.text)
            if a.text not in country_names:
                stated.add(b.text)      # (a country's possession may be a claim: "Russia's Kherson Region")
    # "Karataş and Yüksekova in Hakkari province": a list shares the area the text puts one of its members in.
    for a, b in zip(spans, spans[1:]):
        if _LIST.fullmatch(text, a.end, b.start):
            for one, other in ((a, b), (b, a)):
                if one.text in stated and other.text not in containers and containers.get(one.text) != other.text:
                    containers[other.text] = containers[one.text]
                    stated.add(other.text)
    # "the Batken district": a district named after its seat, not the province of that name.
    districts = {sp.text for sp in spans if _unit(text, sp) in _DISTRICT_UNITS}
    return Context(countries=countries, cues=cues, containers=containers, country_names=names,
                   stated_containers=stated, in_district=in_district, districts=districts)


# The words that say a name is an administrative area, and the words between a place and the area the
# text puts it in: "X district of Y province", "X, Y province", "X in Y governorate", "Y province's X".
_UNITS = "(?:" + "|".join(sorted({w for w, cue in CUE_AFTER.items() if cue == "admin"}
                                   | {"prefecture", "department", "municipality"}, key=len, reverse=True)) + ")"
_UNIT = re.compile(rf"\s{_UNITS}$", re.IGNORECASE)
_UNIT_NEXT = re.compile(rf"\s+{_UNITS}\b", re.IGNORECASE)
_RURAL = re.compile(r"\brural\s+(?:western\s+|eastern\s+|northern\s+|southern\s+|central\s+)?$", re.IGNORECASE)
_UNIT_HELD_IN = re.compile(rf"\s+{_UNITS}\s+(?:of|in)\s+(?:the\s+)?", re.IGNORECASE)
_SETTLEMENT_WORD = r"(?:village|town|community|hamlet|settlement|locality)"
# Unit words before "of" and the unit's name: "in the region of Y".
_UNIT_OF_WORDS = "region|province|district|department|commune|municipality|county|state|governorate|prefecture"
_SITE_WORD = r"(?:(?:military\s+|army\s+|refugee\s+|displacement\s+|IDP\s+)?camp|base|barracks|outpost|checkpoint|area)"
_HELD_IN = re.compile(rf"""(?:\s+{_UNITS}|\s+{_SETTLEMENT_WORD}|\s+{_SITE_WORD})?     # "Nyaung Kone village in ..."
    (?:\s*,\s*(?:(?:part\s+of|located\s+in|situated\s+in|in)\s+                # "El Gavilán, part of the Taxco municipality"
                 |(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_SETTLEMENT_WORD}\s+(?:in|of)\s+)?
      |\s+(?:in|of)\s+)
    (?:the\s+)?
    (?:(?:{_UNIT_OF_WORDS})\s+of\s+(?:the\s+)?)?                               # "X village in the region of Y"
    (?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|central\s+)?   # "in the northern Sagaing region"
    """, re.IGNORECASE | re.VERBOSE)
# A unit smaller than a town before its name: "Brgy. X, Y" is X in Y, not a list of places.
_SMALL_UNIT_BEFORE = re.compile(r"\b(?:Brgy\.?|Barangay|Sitio|Purok|[Vv]illage\s+of|[Hh]amlet\s+of)\s+$")
_HOLDS = re.compile(rf"(?:\s+{_UNITS})?['’]s\s+", re.IGNORECASE)
_CITY_PART_NEXT = re.compile(r"\s+(?:neighbou?rhoods?|quarters?|suburbs?|sectors?)\b", re.IGNORECASE)
_HOLDS_LIST = re.compile(rf"(?:\s+{_UNITS})?['’]s\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*,\s*|\s+and\s+)")
_LIST = re.compile(rf"(?:\s+{_UNITS})?(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?", re.IGNORECASE)


# Of the unit words :func:`_unit` reads, those of district-sized units (the rest are provinces and regions).
_DISTRICT_UNITS = frozenset({"district", "districts", "rayon", "county", "municipality"})


_UNIT_OF_END = re.compile(rf"\b({_UNIT_OF_WORDS})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _unit_of_before(between: str) -> str:
    """The area word of "the region of Y" just before a name, else "" ("X village in the region of Y")."""
    m = _UNIT_OF_END.search(between)
    return m.group(1).lower() if m else ""


def _unit(text: str, span: Span) -> str:
    """The area word a name carries or is followed by ("Allamakee County" -> "county"), else ""."""
    m = _UNIT.search(span.text) or _UNIT_NEXT.match(text, span.end)
    return m.group(0).strip().lower() if m else ""


_CONTINENTS = {"European": "Europe", "Asian": "Asia", "African": "Africa", "Oceanian": "Oceania",
               "Antarctic": "Antarctica"}
_CONTINENT_ADJECTIVE = re.compile(r"\b(" + "|".join(_CONTINENTS) + r")\b(?!\s+Union)")


def demonym_mentions(text: str, gaz: Gazetteer, taken: list[PlaceMention]) -> list[PlaceMention]:
    """Country adjectives and demonyms ("Turkish", "Syrians") as mentions of their country.

    Some corpora (TR-News) annotate them as toponyms; they never become map points."""
    reg = actors.registry()
    out = []
    for m in _CONTINENT_ADJECTIVE.finditer(text):
        # "European", "Asian" name a continent the way "Turkish" names Turkey.
        if not any(x.start < m.end() and m.start() < x.end for x in taken):
            best = gaz.lookup(_CONTINENTS[m.group(1)], fuzzy=False, limit=1, explain=False)
            if best and best[0].place.kind == "continent":
                out.append(PlaceMention(surface=m.group(0), start=m.start(), end=m.end(), place=best[0].place,
                                        precision="country", cue="demonym"))
    for s, e, matched, kind in reg.find(text):
        if not kind.startswith("side:") or matched.lower() not in reg.adjectives or not matched[:1].isupper():
            continue
        if matched.endswith("s") and matched.lower()[:-1] in reg.adjectives:
            continue          # "Americans" are people, "American" qualifies a thing
        if any(m.start < e and s < m.end for m in taken):
            continue
        place = gaz.get(f"country:{kind[5:]}")
        if place is not None:
            out.append(PlaceMention(surface=matched, start=s, end=e, place=place, precision="country",
                                    cue="demonym"))
    return out


def _primary_area(gaz: Gazetteer, name: str) -> bool:
    """Whether an adjective-like word is itself the primary name of a country or region ("Myanmar",
    "Kurdistan", "Karabakh"), used attributively but still a place."""
    best = gaz.lookup(name, fuzzy=False, limit=1, explain=False)
    return bool(best) and best[0].score >= 100 and best[0].place.kind in ("country", "region", "disputed_territory")


ENTITY_LABELS = ("GPE", "LOC", "FAC")
_ARTICLE = re.compile(r"(?:the|The)\s+")


def entity_spans(text: str, spans: list[Span], known, entities: list[tuple[int, int, str]] | None = None) -> list[Span]:
    """Place entities of spaCy's recogniser (GPE, LOC, FAC) the rules missed and the gazetteer knows.

    ``entities`` are ``(start, end, label)`` (computed here when not given); a rule span always wins
    where the two overlap."""
    if entities is None:
        from geomap.extract.parse import entities as recognise
        entities = recognise([text])[0]
    out = []
    for start, end, label in entities:
        if label not in ENTITY_LABELS:
            continue
        m = _ARTICLE.match(text, start, end)
        if m:
            start = m.end()          # "the Gulf" -> "Gulf", as the rules cut articles
        name = text[start:end]
        if not name or any(s.start < end and start < s.end for s in spans) or not known(name) \
                or in_institution_name(text, start):
            continue
        out.append(Span(start, end, name, cue_for(text, start, end)))
    return out


# Adjectives of states and empires gone, which no registry of today's nationalities holds: "drawn in Soviet
# times" is no misspelt Sovet.
_FORMER_STATES_ADJECTIVES = frozenset({"soviet", "ottoman", "byzantine", "tsarist", "yugoslav", "habsburg", "mughal",
                                       "czechoslovak", "rhodesian", "colonial", "imperial"})


def _spelt_in_story_countries(framed: list[Span], spans: list[Span], context: Context, gaz: Gazetteer) -> list[Span]:
    """Unknown names in a place frame ("the Lebanese village of Kfarkela") that are a close spelling
    of a place in one of the document's countries (Kfar Kila): the story's countries make a spelling
    further off believable than anywhere in the world would."""
    out = []
    for s in framed:
        if not context.countries or any(o.start < s.end and s.start < o.end for o in spans) or len(s.text) < MIN_FUZZY_LENGTH \
                or s.text.lower() in _FORMER_STATES_ADJECTIVES:
            continue
        best = [c for c in gaz.lookup(s.text, fuzzy=True, limit=5, explain=False)
                if c.method == "fuzzy" and c.score >= FUZZY_THRESHOLD * 0.95 and c.place.kind != "country"]
        if best and best[0].place.country in context.countries:
            out.append(s)
    return out


# What lies between a place and the country the text puts it in: "X in Y", "X air base in western Y".
_POSSESSIVE = re.compile(r"['’]s\b")
_IN_COUNTRY = re.compile(r"(?:\s+(?:%s))*\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?"
                         % "|".join(sorted(SITE_WORDS | {"airbase", "camp", "village", "town"})), re.IGNORECASE)


def geoparse(text: str, gaz: Gazetteer, oracle: NameOracle | None = None,
             demonyms: bool = False, accurate: bool = False, embedded: bool = False) -> list[PlaceMention]:
    """Every place-name mention in ``text`` with its resolution (or ``place=None``).

    With ``demonyms``, country adjectives ("Turkish") are included as mentions of the country; with
    ``accurate``, spaCy's place entities add what the rules missed (slower: the recogniser runs); with
    ``embedded``, prominent places named inside an organisation's name ("London City airport") too,
    with the cue "embedded"."""
    oracle = oracle or NameOracle(gaz)
    # A nationality adjective is never a town that shares the word ("Thai" is no alternate name of
    # Alor Setar here): with ``demonyms`` it comes back below as a mention of its country.
    adjectives = actors.registry().adjectives
    framed: list[Span] = []
    spans = [s for s in find_spans(text, oracle.known, oracle.major, oracle.fuzzy, oracle.translit, framed)
             if (s.text.lower() not in adjectives or _primary_area(gaz, s.text))
             and (embedded or s.cue != EMBEDDED)]
    if accurate:
        extra = [s for s in entity_spans(text, spans, oracle.known)
                 if s.text.lower() not in adjectives or _primary_area(gaz, s.text)]
        spans = sorted(spans + extra, key=lambda s: s.start)
    if not spans and not framed:
        return demonym_mentions(text, gaz, []) if demonyms else []
    context = document_context(text, spans, gaz)
    spans = sorted(spans + _spelt_in_story_countries(framed, spans, context, gaz), key=lambda s: s.start)
    if not spans:
        return demonym_mentions(text, gaz, []) if demonyms else []
    unique = list(dict.fromkeys(s.text for s in spans))
    resolved = dict(zip(unique, gaz.resolve(unique, context)))
    by_cue = {}
    for name in unique:
        cues = {s.cue for s in spans if s.text == name}
        bare_town = "admin" in cues and None in cues and "settlement" not in cues and not any(
            _STATE_AFTER.match(text, s.end) for s in spans if s.text == name and s.cue == "admin")
        if not ({"admin", "settlement"} <= cues or bare_town):
            continue
        # "the city of Kherson ... the Kherson region": one name, two places, as each mention's words say;
        # and "the Kherson Regional Administration ... fired at the liberated Kherson": a text that names the
        # area with its unit word means the town by the bare name, when the town is the area's namesake
        # (not "New York State ... in New York": a bare state's name is the state as often as the city).
        area, town = (gaz.resolve([name], replace(context, cues={**context.cues, name: cue}))[0]
                      for cue in ("admin", "settlement"))
        # (only a town inside the area named after it: "El Paso, Texas" is no Texas, Mexico)
        # (an area known only by its centroid holds its namesake town of its country when the town lies within
        # an area's reach of the centroid: "the town of Mandera ... Mandera County", 140 km apart)
        if not (area.place and town.place and (area.place.place.bbox or area.place.place.country == town.place.place.country)
                and _around(area.place.place, town.place.place, AREA_REACH_KM)):
            continue
        if not bare_town:
            by_cue[(name, "admin")], by_cue[(name, "settlement")] = area, town
            if area.place.place.kind in ("admin1", "admin2") and town.place.place.kind in SETTLEMENT_KINDS:
                by_cue[(name, None)] = town     # (and the bare name is the town, as when no words say which)
        elif area.place.place.kind in ("admin1", "admin2") and town.place.place.kind in SETTLEMENT_KINDS:
            by_cue[(name, "admin")], by_cue[(name, None)] = area, town
    mentions = []
    for s in spans:
        r = by_cue.get((s.text, s.cue)) or resolved[s.text]
        place = r.place.place if r.place else None
        if place is not None and place.kind in SETTLEMENT_KINDS and _named_with_the(text, s, place.name):
            # "separated by the Rio Grande", "the Moskva sank": a town's name with "the" and nothing after it
            # is a river, a region or a ship: a place of another kind of that name around the town, else none.
            other = next((c for c in r.candidates if c.place.kind not in SETTLEMENT_KINDS
                          and c.score >= FUZZY_THRESHOLD and _around(c.place, place)), None)
            if other is None:
                continue
            place = other.place
        mentions.append(PlaceMention(surface=s.text, start=s.start, end=s.end, place=place, cue=s.cue or "",
                                     candidates=r.candidates[:5]))
    if demonyms:
        mentions = sorted(mentions + demonym_mentions(text, gaz, mentions), key=lambda m: m.start)
    return mentions


_STATE_AFTER = re.compile(r"['’]?s?\s+[Ss]tate\b")
AREA_REACH_KM = 250.0   # how far from an area's centroid (when it has no extent) its namesake town may lie
NEAR_KM = 100.0       # an area with no extent holds a town this near its point (for "the Idlib")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
# A word that the name describes ("the Kabul government", "the Moscow Metro", "the Kabul-based group", "the
# Amiriyah and Khadra districts").
_DESCRIBES_AFTER = re.compile(r"""-[A-Za-z]
    | (?:(?:,\s*|\s+(?:and|or)\s+)[A-Z][\w'’-]*)*\s+(?P<word>\w+)""", re.X)


def _around(area: Place, town: Place, reach: float = NEAR_KM) -> bool:
    """Whether ``area`` holds ``town`` (Idlib governorate, Idlib), or lies within ``reach`` km of it when it has no
    extent."""
    if area.bbox:
        return in_bbox(town, area.bbox)
    return distance_km(area.lat, area.lon, town.lat, town.lon) <= reach


def _named_with_the(text: str, span: Span, name: str) -> bool:
    """Whether "the" stands before the name and the name ends its phrase, as a town's name seldom does in
    English ("the Rio Grande", "the Moskva"; not "The Hague", whose name has it, nor "the Kabul airport")."""
    words = span.text.lower().split()
    if not _THE_BEFORE.search(text[max(0, span.start - 5):span.start]) or name.lower().startswith("the ") \
            or (len(words) > 1 and words[-1] in GEO_HEADS):
        return False          # (nor "the Gold Coast", "the Central Business District": the head takes "the")
    after = _DESCRIBES_AFTER.match(text, span.end)
    return not after or (after.group("word") or "-") in FUNCTION_WORDS


# ---------------------------------------------------------------- the command's batches

@dataclass(frozen=True)
class Options:
    """What ``geomap geoparse`` asks of each document."""
    demonyms: bool = False
    explain: bool = False
    accurate: bool = False


def toponym_records(text: str, gaz: Gazetteer, oracle: NameOracle, options: Options) -> list[dict]:
    """The JSON records of a text's toponyms, as ``geomap geoparse`` prints them."""
    out = []
    for m in geoparse(text, gaz, oracle, demonyms=options.demonyms, accurate=options.accurate, embedded=True):
        p = m.place
        item = {"start": m.start, "end": m.end, "name": m.surface,
                "lat": p.lat if p else None, "lon": p.lon if p else None,
                "place_id": p.id if p else None,
                "kind": ("demonym" if m.cue == "demonym" else p.kind) if p else None}
        if m.cue == EMBEDDED:
            item["role"] = EMBEDDED      # a place named inside an organisation's name
        if options.explain:
            # Why this place: the best candidates with their score's parts.
            item["candidates"] = [c.as_dict() for c in m.candidates[:5]]
        out.append(item)
    return out


def process_lines(lines: list[tuple[int, str]], gaz: Gazetteer, oracle: NameOracle,
                  options: Options) -> list[tuple[str, str | None]]:
    """``(output line, error message or None)`` per numbered input line (JSON ``{"id", "text"}``)."""
    with actors.pinned():          # (the settings read once for the batch, not once per question)
        return [_process_line(n, line, gaz, oracle, options) for n, line in lines]


def _process_line(n: int, line: str, gaz: Gazetteer, oracle: NameOracle, options: Options) -> tuple[str, str | None]:
    try:
        doc = json.loads(line)
        text = doc["text"]
        if not isinstance(text, str):
            raise TypeError("text is not a string")
    except (ValueError, KeyError, TypeError) as exc:
        return (json.dumps({"id": None, "toponyms": [], "error": str(exc)}), f"<stdin>:{n}: malformed line ({exc})")
    record = {"id": doc.get("id"), "toponyms": toponym_records(text, gaz, oracle, options)}
    return json.dumps(record, ensure_ascii=False), None


def map_lines(batches: Iterable[list[tuple[int, str]]], oracle: NameOracle, jobs: int,
              options: Options) -> Iterator[list[tuple[str, str | None]]]:
    """Each batch's output lines, in input order, computed by ``jobs`` worker processes; forked
    workers start from ``oracle`` and its gazetteer, caches included."""
    from geomap.extract.parallel import map_batches
    return map_batches(batches, oracle.gaz.path, jobs, process_lines, (options,), oracle=oracle)
