"""geomap: geospatial incident mapper for conflict news.

Find the places news reports name, resolve them with an offline gazetteer,
attach the claims made about them, and map competing accounts side by side.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Gazetteer", "extract", "incidents", "to_geodataframe", "read_documents", "render_map"]


def __getattr__(name: str):
    # Lazy imports keep `import geomap` (and the CLI's --help) fast.
    if name == "Gazetteer":
        from .gazetteer import Gazetteer
        return Gazetteer
    if name == "extract":
        from .extractor import extract
        return extract
    if name == "incidents":
        from .linking import incidents
        return incidents
    if name == "to_geodataframe":
        from .export import to_geodataframe
        return to_geodataframe
    if name == "read_documents":
        from .documents import read_documents
        return read_documents
    if name == "render_map":
        from .render import render_map
        return render_map
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")
