"""The geoparsing stage alone: text in, resolved place mentions out.

Recognition (:mod:`geomap.toponyms`) then resolution in the document's
context (:meth:`geomap.gazetteer.Gazetteer.resolve`). Roles are left to the
extractor; this is what ``geomap geoparse`` runs for public benchmarks.
"""
from __future__ import annotations

from collections import Counter

from .gazetteer import Context, Gazetteer, NameOracle
from .model import PlaceMention
from .toponyms import Span, find_spans
from . import actors


def document_context(text: str, spans: list[Span], gaz: Gazetteer) -> Context:
    """Countries the document names (as places or adjectives) and the cues of its mentions."""
    weights: Counter[str] = Counter()
    for span in spans:
        best = gaz.lookup(span.text, fuzzy=False, limit=1)
        if best and best[0].place.kind == "country":
            weights[best[0].place.country] += 1.0
    for side, count in actors.adjective_countries(text).items():
        weights[side] += 0.5 * count
    total = max(sum(weights.values()), 1.0)
    countries = {cc: min(1.5, 3 * w / total) for cc, w in weights.items()}
    cues = {s.text: s.cue for s in spans if s.cue}
    return Context(countries=countries, cues=cues)


def geoparse(text: str, gaz: Gazetteer, oracle: NameOracle | None = None) -> list[PlaceMention]:
    """Every place-name mention in ``text`` with its resolution (or ``place=None``)."""
    oracle = oracle or NameOracle(gaz)
    spans = find_spans(text, oracle.known, oracle.major, oracle.fuzzy)
    if not spans:
        return []
    context = document_context(text, spans, gaz)
    unique = list(dict.fromkeys(s.text for s in spans))
    resolved = dict(zip(unique, gaz.resolve(unique, context)))
    mentions = []
    for s in spans:
        r = resolved[s.text]
        mentions.append(PlaceMention(surface=s.text, start=s.start, end=s.end,
                                     place=r.place.place if r.place else None, cue=s.cue or "",
                                     candidates=r.candidates[:5]))
    return mentions
