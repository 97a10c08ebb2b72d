"""Every error geomap raises, under one root, as geopy's ``exc.py`` and pyproj's ``exceptions.py`` do.

Each subclass also inherits the builtin it refines, so ``except ValueError`` keeps working for
callers who do not know geomap. The CLI catches :class:`GeomapError`, prints its one-line message
(which names the file, and the line where there is one) and exits non-zero.
"""
from __future__ import annotations


class GeomapError(Exception):
    """Root of geomap's errors."""


class InputError(GeomapError, ValueError):
    """An input file, line, date or option value that geomap cannot use."""


class SourceError(InputError):
    """A gazetteer source (curated TSV, GeoNames dump) is malformed; names the file and line."""


class GazetteerError(GeomapError, ValueError):
    """The gazetteer was asked something it cannot answer (not a name, an unreadable index)."""


class AssetsMissing(GeomapError, RuntimeError):
    """A registry-installed asset (npm package, Natural Earth file) is not installed; says how to install it."""


class OutputError(GeomapError, OSError):
    """An output could not be written; earlier outputs are left as they were."""
