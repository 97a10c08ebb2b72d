"""geomap: geospatial incident mapper for conflict news.

Find the places news reports name, resolve them with an offline gazetteer,
attach the claims made about them, and map competing accounts side by side.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Gazetteer", "extract", "extract_bag", "incidents", "to_geodataframe", "read_claims", "read_documents", "render_map"]


# Public name -> the module that defines it; imported on first use so `import geomap` and the
# CLI's --help stay fast.
_LAZY = {"Gazetteer": "gazetteer.lookup", "extract": "extract.claims", "extract_bag": "extract.distributed",
         "incidents": "extract.incidents",
         "to_geodataframe": "io.export", "read_claims": "io.export", "read_documents": "text.documents", "render_map": "render.map"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")
