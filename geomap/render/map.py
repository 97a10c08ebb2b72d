"""Interactive HTML maps of claims: the map, a side panel and a timeline, one filter state.

A folium Map composed of elements, each a ``MacroElement`` with its template in
``templates/``: the claim layer (:class:`ClaimLayer`: markers in a MarkerCluster
with side-split bubbles, popups, the compare view of disputed incidents, the filter
state kept in the URL hash, downloads of the filtered view), the side panel
(:class:`SidePanel`: title, search, sides and claimants, event types, disputed only,
the claims list) and the timeline (:class:`Timeline`: claims per day, a brush,
playback). folium's Timeline/TimelineSlider filter by time only and cannot combine
with per-claimant switches and clustering, hence the page scripts.

Article text reaches the page only as JSON data (:func:`script_json`, safe inside a
<script> element and a Jinja template); the page's scripts escape it (or set it as
text) where it becomes HTML.
"""
from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable

import folium
from branca.element import Figure, MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import Fullscreen, MarkerCluster
from jinja2 import Template


SIDE_COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
               "#bcbd22", "#7f7f7f"]
FIXED_SIDE_COLORS = {"MEDIA": "#555555", "UNKNOWN": "#999999"}
EVENT_BADGES = {"shelling": "S", "armed_clash": "C", "drone_strike": "D", "airstrike": "A",
                "positions_captured": "P", "ceasefire_violation": "V", "mining_sabotage": "M", "casualties": "K"}

def esc(value: object) -> str:
    """HTML-escape any value for the page (None -> empty).

    Braces too: branca compiles rendered elements as Jinja templates, so a "{{" from an
    article must never reach one as is."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True).replace("{", "&#123;").replace("}", "&#125;")


# Inside a JSON string each of these is content, so a \\u escape keeps its value while no "</script",
# "<!--" or Jinja "{{", "{%", "{#" can appear in the page.
_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "{": "\\u007b", "}": "\\u007d",
                         "\u2028": "\\u2028", "\u2029": "\\u2029"})
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def script_json(data: object) -> str:
    """JSON that cannot end a <script> element, open a Jinja tag or break JavaScript parsing.

    One ``json.dumps``, then the unsafe characters of its string literals escaped (outside
    strings JSON has none of them but the braces of objects, which are left alone)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _JSON_STRING.sub(lambda m: m.group(0).translate(_UNSAFE), text)


def side_colors(sides: Iterable[str]) -> dict[str, str]:
    out = {}
    i = 0
    for side in sorted(set(sides)):
        if side in FIXED_SIDE_COLORS:
            out[side] = FIXED_SIDE_COLORS[side]
        else:
            out[side] = SIDE_COLORS[i % len(SIDE_COLORS)]
            i += 1
    return out


def _casualties(r: dict) -> str:
    parts = []
    if r.get("killed_best") is not None:
        lo, best, hi = r.get("killed_low"), r["killed_best"], r.get("killed_high")
        rng = f" ({lo}–{hi})" if lo is not None and hi is not None and (lo != best or hi != best) else ""
        parts.append(f"{best} killed{rng}")
    if r.get("wounded") is not None:
        parts.append(f"{r['wounded']} wounded")
    if parts and r.get("casualty_side"):
        parts.append(f"losses of {r['casualty_side']}")
    return ", ".join(parts)


PRECISION_WORDS = {1: "day", 2: "a few days", 3: "week", 4: "month", 5: "year or more"}


# Unicode bidirectional controls: in untrusted text they reorder what a reader sees ("U+202E" turns
# an outlet's name around). Each becomes a space, so offsets into the text still hold.
_BIDI = str.maketrans({c: " " for c in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"})


def shown(value):
    """Text as it may be shown: bidi controls neutralised (other values unchanged)."""
    return value.translate(_BIDI) if isinstance(value, str) else value


class _Table:
    """Distinct values -> small integers, so repeated strings travel once."""

    def __init__(self) -> None:
        self.index: dict = {}
        self.values: list = []

    def __call__(self, value) -> int:
        value = shown(value)
        if value not in self.index:
            self.index[value] = len(self.values)
            self.values.append(value)
        return self.index[value]


def map_data(rows: list[dict]) -> dict:
    """The compact, deduplicated data the page's scripts draw from.

    Strings are raw here; the page escapes every one of them (``esc`` in the
    script, or sets them as text) before it becomes HTML, and :func:`script_json`
    keeps the JSON from ending its <script> element. Points are arrays to keep
    100,000 claims small: [lat, lon, claimant, date, badge, uncertainty_km, disputed,
    claim, place name, sentence offset of the place start, of its end, role/precision
    text]; claims: [claimant, event, weapons, accused, casualties, date, precision, date
    text, sentence, outlet, published, url, incident, side, article title, event type, claim id].
    """
    colors = side_colors(r.get("claimant_side") or "UNKNOWN" for r in rows)
    claimants = sorted({(shown(r.get("claimant_side") or "UNKNOWN"), shown(r.get("claimant_canonical") or "?"))
                        for r in rows})
    claimant_index = {c: i for i, c in enumerate(claimants)}
    dates = sorted({r.get("event_date") or "undated" for r in rows})
    date_index = {d: i for i, d in enumerate(dates)}
    events = sorted({r.get("event_type") or "other" for r in rows})
    event_index = {e: i for i, e in enumerate(events)}
    texts, claim_rows = _Table(), _Table()
    claims: list[list] = []
    by_incident: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("incident_id"):
            by_incident[r["incident_id"]].append(r)
    disputed: dict[str, list[int]] = {}
    points = []
    for r in rows:
        side = shown(r.get("claimant_side") or "UNKNOWN")
        k = claim_rows(r.get("claim_id"))
        if k == len(claims):
            url = r.get("url")
            claims.append([
                claimant_index[(side, shown(r.get("claimant_canonical") or "?"))],
                texts((r.get("event_type") or "").replace("_", " ")), texts(r.get("weapons") or ""),
                texts(r.get("accused_side") or "—"), texts(_casualties(r) or "—"),
                texts(r.get("event_date") or "undated"), texts(PRECISION_WORDS.get(r.get("date_precision"), "?")),
                texts(r.get("date_text") or ""), texts(r.get("sentence") or ""),
                texts(r.get("outlet") or r.get("source_path") or ""), texts(r.get("published") or ""),
                texts(url if isinstance(url, str) and url.startswith(("http://", "https://")) else ""),
                texts(r.get("incident_id") or ""), texts(side), texts(r.get("title") or ""),
                event_index[r.get("event_type") or "other"], texts(r.get("claim_id") or ""),
            ])
        sent_start = r.get("start")
        a = (r.get("place_start") or 0) - (sent_start or 0)
        b = (r.get("place_end") or 0) - (sent_start or 0)
        if sent_start is None or not (0 <= a < b <= len(r.get("sentence") or "")):
            a = b = -1
        precise = (r.get("geo_precision") or "exact") == "exact"
        points.append([r["lat"], r["lon"], claimant_index[(side, shown(r.get("claimant_canonical") or "?"))],
                       date_index[r.get("event_date") or "undated"], EVENT_BADGES.get(r.get("event_type") or "", "?"),
                       0.0 if precise else float(r.get("uncertainty_km") or 0), 0, k, texts(r.get("place_name") or ""),
                       a, b, texts(f"{r.get('place_role')}, {r.get('geo_precision')}, ±{r.get('uncertainty_km')} km")])
    for iid, members in by_incident.items():
        # "disputed" is decided once, when incidents are linked (geomap.extract.incidents).
        if any(m.get("disputed") for m in members):
            disputed[iid] = sorted({claim_rows.index[m.get("claim_id")] for m in members})
    for p in points:
        if texts.values[claims[p[7]][12]] in disputed:
            p[6] = 1
    return {
        "points": points, "claims": claims, "texts": texts.values, "dates": dates, "events": events,
        "eventBadges": [EVENT_BADGES.get(e, "?") for e in events],
        "badges": [[b, e.replace("_", " ")] for e, b in EVENT_BADGES.items() if e in event_index],
        "ids": [f"{r.get('claim_id')}:{r.get('place_start')}" for r in rows],
        "disputes": disputed,
        "claimants": [{"side": s, "name": n, "color": colors[s]} for s, n in claimants],
        "sides": [{"side": s, "color": c} for s, c in sorted(colors.items())],
    }


_TEMPLATES = Path(__file__).with_name("templates")


class ClaimLayer(JSCSSMixin, MacroElement):
    """Markers for claims, popups, the compare view, and the filter state the other elements share."""

    # Leaflet.markercluster, as folium's MarkerCluster plugin loads it (clusters and spiderfies).
    default_js = MarkerCluster.default_js
    default_css = MarkerCluster.default_css

    _template = Template((_TEMPLATES / "claim_layer.js.j2").read_text())

    def __init__(self, rows: list[dict], cluster: bool = True):
        super().__init__()
        self._name = "ClaimLayer"
        self.data_json = script_json(map_data(rows))
        self.cluster = cluster

    def render(self, **kwargs):
        figure = self.get_root()
        figure.header.add_child(folium.Element(_CSS), name="geomap_css")
        super().render(**kwargs)


class SidePanel(MacroElement):
    """Title and summary, search, side/claimant, event and disputed filters, the claims list, downloads."""

    _template = Template((_TEMPLATES / "side_panel.js.j2").read_text())

    def __init__(self, title: str, rows: list[dict]):
        super().__init__()
        self._name = "SidePanel"
        self.info_json = script_json({"title": shown(title), **summary(rows)})


class Timeline(MacroElement):
    """Claims per day with a brush over them, date inputs and day-by-day playback."""

    _template = Template((_TEMPLATES / "timeline.js.j2").read_text())

    def __init__(self, step_ms: int = 900):
        super().__init__()
        self._name = "Timeline"
        self.step_ms = int(step_ms)


_CSS = (_TEMPLATES / "claim_layer.css").read_text()


def summary(rows: list[dict]) -> dict:
    dates = sorted(r["event_date"] for r in rows if r.get("event_date"))
    return {"documents": len({r.get("doc") for r in rows}), "claims": len({r.get("claim_id") for r in rows}),
            "points": len(rows), "claimants": len({r.get("claimant_canonical") for r in rows}),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None}


class InitialView(MacroElement):
    """Fit the map to the claims at once, before any layer is drawn: every vector layer is then
    projected once, and no zoom animation can end while the cluster group is still loading
    (which breaks Leaflet.markercluster)."""

    _template = Template("""{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.fitBounds({{ this.bounds_json }}, {animate: false, maxZoom: 10});
{% endmacro %}""")

    def __init__(self, bounds: tuple[float, float, float, float], pad: float = 0.1):
        super().__init__()
        self._name = "InitialView"
        west, south, east, north = bounds
        dx, dy = max((east - west) * pad, 0.2), max((north - south) * pad, 0.2)
        self.bounds_json = json.dumps([[south - dy, west - dx], [north + dy, east + dx]])


class Page(Figure):
    """The HTML page around the map; a self-contained page inlines every asset when rendered, so
    the same page opens offline from a file and inline in Jupyter (640 px high there)."""

    def __init__(self, self_contained: bool = True):
        super().__init__(height="640px")
        self.self_contained = self_contained

    def render(self, **kwargs) -> str:
        page = super().render(**kwargs)
        if self.self_contained:
            from geomap.render.offline import inline_assets
            page = inline_assets(page)
        return page


class ClaimMap(folium.Map):
    """A folium Map that loads Leaflet alone. folium's default Map also loads jQuery, Bootstrap, Font
    Awesome and awesome-markers (1.1 MB inlined) for elements this page does not use; elements a user
    adds that need them (``folium.Icon``) must bring them, as folium's plugins do."""

    default_js = [(name, url) for name, url in folium.Map.default_js if name == "leaflet"]
    default_css = [(name, url) for name, url in folium.Map.default_css if name == "leaflet_css"]


TILE_LAYERS = {"osm": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "&copy; OpenStreetMap contributors")}


def render_map(claims_or_rows, title: str = "geomap: claims by claimant and date", self_contained: bool = True,
               cluster: bool = True, tiles: str | None = None) -> folium.Map:
    """A folium Map of the claims: Claim objects, rows, a GeoDataFrame or the path of an export.

    Offline by default: no tile layer (Natural Earth borders drawn from the page itself) unless
    ``tiles`` names one ("osm" or a URL template with {z}/{x}/{y}), which the page then requests."""
    from geomap.io.export import as_records
    rows = as_records(claims_or_rows)
    # maxZoom is set here because no tile layer sets it (clustering needs it); 14 is street level,
    # finer than any gazetteer point, and where claims stacked on one place spiderfy.
    m = ClaimMap(location=[30, 20], zoom_start=3, min_zoom=2, tiles=None, control_scale=True, prefer_canvas=True,
                 **{"maxZoom": 14})
    Page(self_contained).add_child(m)
    bounds = None
    if rows:
        lats = [r["lat"] for r in rows]
        lons = [r["lon"] for r in rows]
        bounds = (min(lons), min(lats), max(lons), max(lats))
        InitialView(bounds).add_to(m)
    if tiles:
        url, attr = TILE_LAYERS.get(tiles, (tiles, "map tiles: as configured by the user"))
        folium.TileLayer(url, name="tiles", attr=attr, control=False).add_to(m)
    if self_contained or not tiles:
        from geomap.render.offline import add_basemap
        add_basemap(m, bounds=bounds)
    m.get_root().title = esc(title)          # branca's page template writes it into <title>
    ClaimLayer(rows, cluster=cluster).add_to(m)
    SidePanel(title, rows).add_to(m)
    Timeline().add_to(m)
    Fullscreen(position="topleft").add_to(m)
    return m


def _stable_ids(element, counter: list[int] | None = None) -> None:
    """Number the page's elements in tree order instead of folium's random ids, so the same claims
    always give the same page, byte for byte."""
    counter = counter if counter is not None else [0]
    if hasattr(element, "_id"):
        counter[0] += 1
        element._id = f"{counter[0]:08x}"
    for child in list(getattr(element, "_children", {}).values()):
        _stable_ids(child, counter)


def map_html(claims_or_rows, self_contained: bool = True, **kwargs) -> str:
    """The map as one HTML page. Self-contained (the default) inlines every script, style and font, so
    the page opens with no network; ``self_contained=False`` is the small page loading them from CDNs."""
    m = render_map(claims_or_rows, self_contained=self_contained, **kwargs)
    _stable_ids(m.get_root())
    return m.get_root().render()


def write_map(claims_or_rows, path: Path, self_contained: bool = True, **kwargs) -> Path:
    from geomap.io.export import atomic_write
    return atomic_write(Path(path), map_html(claims_or_rows, self_contained=self_contained, **kwargs))
