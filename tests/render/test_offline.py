"""Self-contained maps: CDN assets inlined from npm packages, offline basemap."""
from __future__ import annotations

import json
import re
from pathlib import Path

import folium
import pytest
from folium import plugins

from geomap import assets
from geomap.render.offline import AssetsMissing, add_basemap, basemap_geojson, inline_assets

if not all(assets.have_npm_package(name) for name in assets.NPM_PACKAGES):
    pytest.skip(
        "npm assets are not installed: run `geomap setup` "
        "(or python -c 'from geomap.assets import install_npm_assets; install_npm_assets()')",
        allow_module_level=True,
    )

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def page_html() -> str:
    """A small map using the folium features geomap relies on, rendered to HTML."""
    m = folium.Map(location=[48.5, 31.0], zoom_start=4)
    add_basemap(m)
    cluster = plugins.MarkerCluster(name="claims").add_to(m)
    folium.Marker([50.45, 30.52], icon=folium.Icon(icon="bomb", prefix="fa", color="red", angle=15),
                  popup="Kyiv").add_to(cluster)
    folium.Marker([49.99, 36.23], popup="Kharkiv").add_to(cluster)  # Leaflet's default icon
    plugins.Fullscreen().add_to(m)
    folium.LayerControl().add_to(m)
    return m.get_root().render()


@pytest.fixture(scope="module")
def inlined(page_html: str) -> str:
    return inline_assets(page_html)


def _styles(html: str) -> dict[str, str]:
    """Inlined stylesheets by the URL they replace (noted in a leading comment)."""
    return dict(re.findall(r"<style>/\* (\S+) \*/(.*?)</style>", html, re.DOTALL))


def test_no_external_scripts_or_stylesheets(page_html: str, inlined: str) -> None:
    assert re.search(r'<script[^>]*src="http', page_html)  # the input does use CDNs
    assert not re.search(r'<script[^>]*src="http', inlined)
    assert not re.search(r'<link[^>]*href="http', inlined)
    assert "Leaflet 1.9.3, a JS library for interactive maps" in inlined
    assert "MarkerClusterGroup=L.FeatureGroup.extend" in inlined  # leaflet.markercluster
    assert "Control.FullScreen = leaflet.Control.extend" in inlined  # leaflet.fullscreen
    # Tile URL templates stay: with network, tiles load as usual.
    assert "tile.openstreetmap.org" in inlined


def test_css_files_become_data_uris(inlined: str) -> None:
    styles = _styles(inlined)
    font_awesome = next(css for url, css in styles.items() if "fontawesome-free" in url)
    assert "data:font/woff2;base64," in font_awesome
    assert "../webfonts" not in font_awesome
    leaflet_css = next(css for url, css in styles.items() if url.endswith("leaflet.css"))
    assert "data:image/png;base64," in leaflet_css  # layers.png, marker-icon.png
    for url, css in styles.items():
        relative = re.findall(r"url\(\s*(?![\"']?(?:data:|#))[\"']?([^\"')]*)", css)
        assert not relative, f"{url} still refers to {relative}"


def test_glyphicons_dropped_with_a_comment(inlined: str) -> None:
    assert "bootstrap-glyphicons.css" in inlined
    assert re.search(r"<!-- geomap offline: dropped \S+bootstrap-glyphicons\.css", inlined)


def test_end_tags_inside_inlined_code_are_escaped(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "node_modules" / "fake-pkg"
    package.mkdir(parents=True)
    (package / "package.json").write_text("{}")
    (package / "x.js").write_text('document.write("<script></script>");')
    (package / "x.css").write_text('a::after { content: "</style>"; }')
    monkeypatch.setenv("GEOMAP_ASSETS", str(tmp_path))
    html = inline_assets(
        '<script src="https://cdn.jsdelivr.net/npm/fake-pkg@1.0.0/x.js"></script>'
        '<link rel="stylesheet" href="https://unpkg.com/fake-pkg@1/x.css"/>'
    )
    assert 'document.write("<script><\\/script>");' in html
    assert 'content: "<\\/style>"' in html
    assert html.count("</script>") == 1 and html.count("</style>") == 1


def test_unknown_or_missing_assets_raise(tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(AssetsMissing, match=r"https://example\.com/x\.js.*geomap setup"):
        inline_assets('<script src="https://example.com/x.js"></script>')
    monkeypatch.setenv("GEOMAP_ASSETS", str(tmp_path))  # nothing installed here
    with pytest.raises(AssetsMissing, match=r"leaflet@1\.9\.3/dist/leaflet\.js.*geomap setup"):
        inline_assets('<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"></script>')


def test_basemap_geojson() -> None:
    fc = basemap_geojson()
    assert fc is basemap_geojson()  # cached
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) > 150
    by_name = {f["properties"]["name"]: f["geometry"] for f in fc["features"]}
    assert {"Ukraine", "Russia", "Fiji"} <= by_name.keys()

    def points(geometry):
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        return [ring for polygon in polygons for ring in polygon]

    for ring in points(by_name["Russia"]) + points(by_name["Fiji"]):
        assert all(round(x, 3) == x for x, _ in ring)
        # cut at the antimeridian: no edge jumps across the whole map
        assert all(abs(a[0] - b[0]) < 180 for a, b in zip(ring, ring[1:]))


def test_opens_offline_in_chromium(inlined: str, tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: the browser check needs Debian's chromium package")
    sync_api = pytest.importorskip("playwright.sync_api")
    path = tmp_path / "map.html"
    path.write_text(inlined, encoding="utf-8")

    errors: list[str] = []
    blocked: list[str] = []

    def offline(route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page()
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.route("**/*", offline)
            page.goto(path.as_uri())
            page.wait_for_function(
                "document.querySelectorAll('.leaflet-basemap-pane path').length > 50", timeout=5000
            )
            state = page.evaluate(
                """async () => ({
                    leaflet: typeof L !== "undefined",
                    // add_basemap draws in its own pane, below the tiles, not in the overlay pane
                    paths: document.querySelectorAll(
                        'path.leaflet-interactive, .leaflet-overlay-pane path, .leaflet-basemap-pane path'
                    ).length,
                    markers: [...document.querySelectorAll('img.leaflet-marker-icon')].map(i => i.src),
                    fontAwesome: (await document.fonts.load('900 16px "Font Awesome 6 Free"', '\\uf1e2')).length,
                })"""
            )
        finally:
            browser.close()

    assert errors == []
    assert state["leaflet"]
    assert state["paths"] > 50
    assert state["fontAwesome"] == 1  # loaded from its data: URI
    assert all(src.startswith("data:image/png") for src in state["markers"])
    # Only map tiles asked for the network.
    assert blocked and all("tile.openstreetmap.org" in url for url in blocked), blocked


def test_detail_region_pads_the_claims_and_gives_up_on_continents() -> None:
    from geomap.render.offline import detail_region
    assert detail_region(None) is None
    west, south, east, north = detail_region((45.0, 39.0, 46.5, 40.5))      # the claims of one small war
    assert west <= 43.0 and east >= 48.5 and south <= 37.0 and north >= 42.5
    assert detail_region((-120.0, -30.0, 140.0, 60.0)) is None              # the world: borders only


def test_detail_basemap_has_borders_areas_and_labels_by_population() -> None:
    from geomap.render.offline import detail_geojson, place_labels
    box = (43.0, 38.0, 47.5, 41.5)
    countries, areas = detail_geojson(box)
    assert countries["features"] and areas["features"]
    for fc in (countries, areas):
        for f in fc["features"]:
            coords = json.dumps(f["geometry"]["coordinates"])
            xs = [float(v) for v in re.findall(r"\[(-?[\d.]+), -?[\d.]+\]", coords)]
            assert all(box[0] - 1e-6 <= x <= box[2] + 1e-6 for x in xs)      # clipped to the box
    labels = place_labels(box)
    names = [name for _lat, _lon, name, _zoom in labels]
    assert "Yerevan" in names and names.index("Yerevan") < 5                 # the largest first
    zooms = [zoom for *_rest, zoom in labels]
    assert zooms == sorted(zooms) and zooms[0] <= 4 < zooms[-1]              # more places at higher zooms
