"""Stage 3, the map: claim records in, a folium map or an HTML page out.

- :mod:`.map` builds the folium map: one claim layer (a ``MacroElement`` with its template in
  ``templates/``), the claimant and date filters, clustering, escaped popups;
- :mod:`.offline` makes the page self-contained (scripts inlined, a Natural Earth basemap).

Depends on :mod:`geomap.model`, :mod:`geomap.io` and the npm assets; never on the gazetteer or
the extractor, so re-rendering a claims file starts fast.
"""
