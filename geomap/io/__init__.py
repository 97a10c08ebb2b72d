"""Stage 3, input/output at the edges: claims in, files and frames out (and back).

:mod:`.export` turns claims into records, a GeoDataFrame (EPSG:4326), RFC 7946 GeoJSON,
GeoJSON Lines, GeoPackage and CSV, each written atomically; it reads a claims GeoJSON back into
records for re-rendering. Depends on :mod:`geomap.model` only, never on the extractor.
"""
