"""The self-contained map in real headless Chromium (Debian's), with the network blocked."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from geomap.io import export
from geomap.model import Document
from geomap.render.map import write_map

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("GEOMAP_ARTIFACTS", Path(__file__).resolve().parents[2] / "output" / "test-artifacts"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (scripts/install.sh does)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu",
                                                              "--disable-background-networking"])
        yield b
        b.close()


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "net::" not in m.text else None)
    outside: list[str] = []

    def route(r):
        if r.request.url.startswith(("file:", "data:", "about:", "blob:")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()
    page.route("**/*", route)
    page.outside = outside
    page.goto(path.as_uri())
    page.wait_for_function("window.geomap !== undefined", timeout=15000)
    return page, errors


def visible(page) -> list[str]:
    return page.evaluate("window.geomap.visibleIds()")


def test_seed_map_layers_slider_and_popup(browser, seed_claims, tmp_path):
    _docs, claims = seed_claims
    rows = export.records(claims)
    assert rows
    path = write_map(rows, tmp_path / "map.html", self_contained=True)
    page, errors = open_page(browser, path)
    ids = [f"{r['claim_id']}:{r['place_start']}" for r in rows]
    assert sorted(visible(page)) == sorted(ids)              # one marker per claim point
    assert page.locator(".gm-panel").is_visible()

    # Turning off one claimant hides exactly its markers.
    data = page.evaluate("window.geomap.data")
    claimant = data["claimants"][0]
    mine = {data["ids"][i] for i, p in enumerate(data["points"]) if p[2] == 0}
    page.locator('input[data-claimant="0"]').uncheck()
    assert set(visible(page)) == set(ids) - mine
    page.locator('input[data-claimant="0"]').check()
    assert len(visible(page)) == len(ids)

    # Turning off one date hides exactly that date's markers.
    day = data["dates"][0]
    on_day = {data["ids"][i] for i, p in enumerate(data["points"]) if data["dates"][p[3]] == day}
    page.locator(f'input[data-date="{day}"]').uncheck()
    assert set(visible(page)) == set(ids) - on_day
    page.locator(f'input[data-date="{day}"]').check()

    # The slider narrows the date range for every claimant at once.
    if len(data["dates"]) > 1:
        page.evaluate("""() => { const r = document.getElementById('gm-from');
                                 r.value = r.max; r.dispatchEvent(new Event('input')); }""")
        last = data["dates"][-1]
        expect = {data["ids"][i] for i, p in enumerate(data["points"]) if data["dates"][p[3]] == last}
        assert set(visible(page)) == expect and len(expect) < len(ids)
        page.evaluate("""() => { const r = document.getElementById('gm-from');
                                 r.value = 0; r.dispatchEvent(new Event('input')); }""")
    assert len(visible(page)) == len(ids)

    # A popup opens and shows the quoted sentence with the place highlighted.
    target = rows[0]
    page.evaluate(f"window.geomap.openPopup('{target['claim_id']}:{target['place_start']}')")
    page.wait_for_selector(".leaflet-popup-content .gm-sentence", timeout=10000)
    shown = page.locator(".leaflet-popup-content .gm-sentence").inner_text()
    assert target["sentence"][:40] in shown
    assert page.locator(".leaflet-popup-content mark").inner_text() == target["place"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed-map.png"), animations="disabled", timeout=60000)
    assert errors == [], errors
    assert claimant["name"]


def test_script_in_article_text_never_runs(browser, gaz, tmp_path):
    from geomap.extract.claims import extract
    evil = ('Ukraine\'s General Staff said Russian forces shelled Kharkiv on Tuesday '
            '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> killing two civilians.')
    doc = Document(id="evil", text=evil, path="evil.txt", outlet='<b onmouseover="window.__pwned=3">Evil</b>',
                   url="javascript:window.__pwned=4", published=date(2023, 10, 11))
    claims = extract([doc], gaz)
    assert claims, "the shelling claim should be found"
    path = write_map(export.records(claims), tmp_path / "evil.html", self_contained=True)
    html = path.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    page, errors = open_page(browser, path)
    row = export.records(claims)[0]
    page.evaluate(f"window.geomap.openPopup('{row['claim_id']}:{row['place_start']}')")
    page.wait_for_selector(".leaflet-popup-content .gm-sentence", timeout=10000)
    text = page.locator(".leaflet-popup-content").inner_text()
    assert "<script>window.__pwned = 1</script>" in text        # shown as text
    page.hover(".leaflet-popup-content .gm-source")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator(".leaflet-popup-content a[href^='javascript']").count() == 0
    assert errors == [], errors


def test_the_default_page_asks_nothing_of_the_network(browser, seed_claims, tmp_path):
    _docs, claims = seed_claims
    path = write_map(export.records(claims), tmp_path / "map.html")          # the default: offline
    page, errors = open_page(browser, path)
    page.wait_for_timeout(500)
    assert page.outside == [] and not errors
    assert page.evaluate("document.querySelectorAll('path.leaflet-interactive, path').length") > 10   # borders drawn
    tiled = write_map(export.records(claims), tmp_path / "tiled.html", tiles="osm")
    page2, _errors = open_page(browser, tiled)
    page2.wait_for_timeout(500)
    assert any("tile.openstreetmap.org" in u for u in page2.outside)       # only when asked for
