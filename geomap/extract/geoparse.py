"""The geoparsing stage alone: text in, resolved place mentions out.

Recognition (:mod:`geomap.toponyms`) then resolution in the document's
context (:meth:`geomap.gazetteer.Gazetteer.resolve`). Roles are left to the
extractor; this is what ``geomap geoparse`` runs for public benchmarks.
"""
from __future__ import annotations

import re
from collections import Counter

from geomap.gazetteer.lookup import Context, Gazetteer, NameOracle
from geomap.model import PlaceMention
from geomap.extract.toponyms import Span, find_spans
from geomap.extract import actors


def document_context(text: str, spans: list[Span], gaz: Gazetteer) -> Context:
    """Countries the document names (as places or adjectives) and the cues of its mentions."""
    weights: Counter[str] = Counter()
    names: dict[str, set[str]] = {}
    for span in spans:
        best = gaz.lookup(span.text, fuzzy=False, limit=1)
        if best and best[0].place.kind == "country":
            weights[best[0].place.country] += 1.0
            names.setdefault(best[0].place.country, set()).add(span.text)
    for side, count in actors.adjective_countries(text).items():
        weights[side] += 0.5 * count
        names.setdefault(side, set()).add("")          # an adjective is evidence for every name
    total = max(sum(weights.values()), 1.0)
    countries = {cc: min(1.5, 3 * w / total) for cc, w in weights.items()}
    cues = {s.text: s.cue for s in spans if s.cue}
    # "Paris, Texas", "London, Ont.": a place followed by a comma and a larger place it lies in.
    containers: dict[str, str] = {}
    for a, b in zip(spans, spans[1:]):
        if text[a.end:b.start] in (", ", ","):
            containers.setdefault(a.text, b.text)
    return Context(countries=countries, cues=cues, containers=containers, country_names=names)


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
            best = gaz.lookup(_CONTINENTS[m.group(1)], fuzzy=False, limit=1)
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
    best = gaz.lookup(name, fuzzy=False, limit=1)
    return bool(best) and best[0].score >= 100 and best[0].place.kind in ("country", "region", "disputed_territory")


def geoparse(text: str, gaz: Gazetteer, oracle: NameOracle | None = None,
             demonyms: bool = False) -> list[PlaceMention]:
    """Every place-name mention in ``text`` with its resolution (or ``place=None``).

    With ``demonyms``, country adjectives ("Turkish") are included as mentions of the country."""
    oracle = oracle or NameOracle(gaz)
    # A nationality adjective is never a town that shares the word ("Thai" is no alternate name of
    # Alor Setar here): with ``demonyms`` it comes back below as a mention of its country.
    adjectives = actors.registry().adjectives
    spans = [s for s in find_spans(text, oracle.known, oracle.major, oracle.fuzzy)
             if s.text.lower() not in adjectives or _primary_area(gaz, s.text)]
    if not spans:
        return demonym_mentions(text, gaz, []) if demonyms else []
    context = document_context(text, spans, gaz)
    unique = list(dict.fromkeys(s.text for s in spans))
    resolved = dict(zip(unique, gaz.resolve(unique, context)))
    mentions = []
    for s in spans:
        r = resolved[s.text]
        mentions.append(PlaceMention(surface=s.text, start=s.start, end=s.end,
                                     place=r.place.place if r.place else None, cue=s.cue or "",
                                     candidates=r.candidates[:5]))
    if demonyms:
        mentions = sorted(mentions + demonym_mentions(text, gaz, mentions), key=lambda m: m.start)
    return mentions
