"""The self-contained map in real headless Chromium (Debian's), with the network blocked."""
from __future__ import annotations

import csv
import io
import json
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


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), animations="disabled", timeout=60000)


@pytest.fixture(scope="module")
def seed_page(browser, seed_claims, tmp_path_factory):
    _docs, claims = seed_claims
    rows = export.records(claims)
    path = write_map(rows, tmp_path_factory.mktemp("map") / "map.html")
    page, errors = open_page(browser, path)
    page.set_viewport_size({"width": 1400, "height": 900})
    yield page, rows, errors
    page.close()


def reset(page) -> None:
    page.locator("button[data-action=reset]").click()
    page.wait_for_timeout(50)


def test_filters_by_side_claimant_event_and_disputed(seed_page):
    page, rows, errors = seed_page
    ids = [f"{r['claim_id']}:{r['place_start']}" for r in rows]
    assert sorted(visible(page)) == sorted(ids)              # one marker per claim point
    shoot(page, "overview.png")
    data = page.evaluate("window.geomap.data")
    counter = page.locator(".gm-counter")
    assert counter.inner_text() == f"{len(ids)} of {len(ids)} shown"

    # A claimant off hides exactly its markers, and the list and counter follow.
    mine = {data["ids"][i] for i, p in enumerate(data["points"]) if p[2] == 0}
    page.locator('input[data-claimant="0"]').uncheck()
    assert set(visible(page)) == set(ids) - mine
    assert counter.inner_text() == f"{len(ids) - len(mine)} of {len(ids)} shown"
    assert page.locator(".gm-list li").count() == len(ids) - len(mine)
    reset(page)

    # A side off hides all its claimants; its claimants' boxes show it.
    side = data["claimants"][0]["side"]
    members = [i for i, c in enumerate(data["claimants"]) if c["side"] == side]
    page.locator(f'input[data-side="{side}"]').uncheck()
    assert all(not page.locator(f'input[data-claimant="{i}"]').is_checked() for i in members)
    assert not any(data["points"][data["ids"].index(v)][2] in members for v in visible(page))
    reset(page)

    # An event type off hides its claims.
    event = data["events"][0]
    of_event = {data["ids"][i] for i, p in enumerate(data["points"])
                if data["events"][data["claims"][p[7]][15]] == event}
    page.locator(f'input[data-event="{event}"]').uncheck()
    assert set(visible(page)) == set(ids) - of_event
    reset(page)

    # Disputed only.
    page.locator('input[data-filter="disputed"]').check()
    assert set(visible(page)) == {data["ids"][i] for i, p in enumerate(data["points"]) if p[6]}
    reset(page)
    assert errors == [], errors


def test_search_and_permalink(seed_page, browser):
    page, rows, errors = seed_page
    word = next(r["place_name"] for r in rows if r.get("place_name"))
    def hay(r: dict) -> str:
        return " ".join(str(r.get(k) or "") for k in ("claimant_canonical", "place_name", "sentence", "claimant_side"))
    # Every word of the query, anywhere in the claimant, place or sentence.
    expect = {f"{r['claim_id']}:{r['place_start']}" for r in rows
              if all(w in hay(r).lower() for w in word.lower().split())}
    page.locator(".gm-search").fill(word)
    page.wait_for_timeout(400)
    assert set(visible(page)) == expect and 0 < len(expect) < len(rows)
    page.locator('input[data-claimant="0"]').uncheck()
    shown = set(visible(page))
    url = page.url
    assert "q=" in url and "hide=" in url
    # The permalink opens the same view in a new page.
    other = browser.new_page(viewport={"width": 1400, "height": 900})
    other.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    other.goto(url)
    other.wait_for_function("window.geomap !== undefined")
    assert set(other.evaluate("window.geomap.visibleIds()")) == shown
    assert other.locator(".gm-search").input_value() == word
    assert not other.locator('input[data-claimant="0"]').is_checked()
    other.close()
    reset(page)
    assert page.locator(".gm-search").input_value() == ""
    assert errors == [], errors


def test_timeline_brush_inputs_and_playback(seed_page):
    page, rows, errors = seed_page
    data = page.evaluate("window.geomap.data")
    dated = sorted({d for d in data["dates"] if d != "undated"})
    assert len(dated) > 1
    first, last = dated[0], dated[-1]

    def on(day_from: str, day_to: str) -> set[str]:
        return {data["ids"][i] for i, p in enumerate(data["points"]) if day_from <= data["dates"][p[3]] <= day_to}

    # The date inputs and the brush show one range; changing either filters the map in step.
    page.locator("#gm-from").fill(last)
    page.locator("#gm-from").dispatch_event("change")
    assert set(visible(page)) == on(last, last)
    brush = page.locator("#gm-hist .gm-brush").bounding_box()
    hist = page.locator("#gm-hist").bounding_box()
    assert brush["x"] > hist["x"] + hist["width"] * 0.8          # the brush moved to the end of the axis
    # Dragging over the first half selects the days under it, and the inputs follow.
    y = hist["y"] + hist["height"] / 2
    page.mouse.move(hist["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(hist["x"] + hist["width"] * 0.5, y, steps=5)
    page.mouse.up()
    lo, hi = page.locator("#gm-from").input_value(), page.locator("#gm-to").input_value()
    assert lo == first and first < hi < last
    assert set(visible(page)) == on(lo, hi) and len(on(lo, hi)) < len(rows)
    shoot(page, "timeline.png")
    # Playback: one day at a time, forward.
    page.locator("#gm-from").fill(first)
    page.locator("#gm-from").dispatch_event("change")
    page.locator(".gm-play").click()
    page.wait_for_timeout(2200)
    state = page.evaluate("[window.geomap.isoDay(window.geomap.state.from), window.geomap.isoDay(window.geomap.state.to),"
                          " window.geomap.playing()]")
    assert state[0] == state[1] and state[0] > first and state[2]
    assert set(visible(page)) == on(state[0], state[0])
    page.locator(".gm-play").click()
    assert not page.evaluate("window.geomap.playing()")
    reset(page)
    assert len(visible(page)) == len(rows)
    assert errors == [], errors


def test_list_to_map_and_compare_view(seed_page):
    page, rows, errors = seed_page
    # No uncertainty area is drawn until a claim is chosen (and then only its own).
    page.locator("button[data-action=fit]").click()
    page.wait_for_timeout(400)
    assert page.evaluate("window.geomap.areas()") == {"focused": 0, "outlines": 0}
    first_row = page.locator(".gm-list li").first
    point = int(first_row.get_attribute("data-point"))
    first_row.click()
    page.wait_for_selector(".leaflet-popup-content .gm-sentence", timeout=10000)
    data = page.evaluate("window.geomap.data")
    claim = data["claims"][data["points"][point][7]]
    assert data["texts"][claim[8]][:40] in page.locator(".leaflet-popup-content .gm-sentence").inner_text()
    assert page.locator(".gm-list li.gm-selected").get_attribute("data-point") == str(point)
    assert page.evaluate("window.geomap.areas().focused") == (1 if data["points"][point][5] > 0 else 0)
    popup = page.locator(".leaflet-popup").bounding_box()
    assert popup["y"] >= 0 and popup["x"] >= 0                      # panned clear of the page's edge
    shoot(page, "popup.png")

    # A disputed claim's popup opens the compare view: one card per account, at most three columns.
    disputed = next(i for i, p in enumerate(data["points"]) if p[6])
    page.evaluate(f"window.geomap.select({disputed})")
    # (the disputed place's own popup, not the one it replaces, whose button a slow machine may still show)
    page.wait_for_function("name => { const c = document.querySelector('.leaflet-popup-content');"
                           " return !!c && !!c.querySelector('.gm-compare-btn') && c.textContent.includes(name); }",
                           arg=data["texts"][data["points"][disputed][8]], timeout=10000)
    page.locator(".leaflet-popup-content .gm-compare-btn").last.click()
    page.wait_for_selector("#gm-compare .gm-card", timeout=10000)      # (drawn after the click, not with it)
    cards = page.locator("#gm-compare .gm-card")
    members = data["disputes"][data["texts"][data["claims"][data["points"][disputed][7]][12]]]
    accounts = {tuple(data["claims"][k][j] for j in (0, 1, 3, 4, 5, 8)) for k in members}
    claimants = {data["claims"][k][0] for k in members}
    assert cards.count() == len(claimants) >= 2                                # one card per claimant
    assert page.locator("#gm-compare .gm-account").count() == len(accounts)    # its distinct accounts
    columns = page.evaluate("getComputedStyle(document.querySelector('.gm-cards')).gridTemplateColumns.split(' ').length")
    assert 1 <= columns <= 3
    heading = page.locator("#gm-compare h2").inner_text()
    assert data["texts"][data["points"][disputed][8]] in heading            # the place is named
    assert len({page.locator("#gm-compare .gm-card h4").nth(i).inner_text() for i in range(cards.count())}) >= 2
    shoot(page, "compare.png")
    page.keyboard.press("Escape")
    assert page.locator("#gm-compare").is_hidden()
    assert errors == [], errors


def test_downloads_hold_the_filtered_view(seed_page):
    page, rows, errors = seed_page
    page.locator('input[data-claimant="0"]').uncheck()
    shown = visible(page)
    with page.expect_download() as dl:
        page.locator("button[data-action=geojson]").click()
    fc = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == len(shown)
    assert {f"{f['properties']['claim_id']}:" for f in fc["features"]} <= {i.split(":")[0] + ":" for i in shown}
    with page.expect_download() as dl:
        page.locator("button[data-action=csv]").click()
    table = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    assert len(table) == len(shown) and table[0]["sentence"]
    reset(page)
    assert errors == [], errors


def test_script_in_article_text_never_runs(browser, gaz, tmp_path):
    from geomap.extract.claims import extract
    evil = ('Ukraine\'s General Staff said Russian forces shelled Kharkiv on Tuesday '
            '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> killing two civilians.')
    doc = Document(id="evil", text=evil, path="evil.txt", outlet='<b onmouseover="window.__pwned=3">Evil</b>',
                   url="javascript:window.__pwned=4", published=date(2023, 10, 11))
    claims = extract([doc], gaz)
    assert claims, "the shelling claim should be found"
    row = export.records(claims)[0]
    # A rival account of the same incident, with markup of its own, so the compare view shows both.
    rival = dict(row, claim_id="rival", claimant_canonical='<img src=y onerror="window.__pwned=5">',
                 claimant_side="RU", title="<svg onload=window.__pwned=6>", disputed=True,
                 outlet='=HYPERLINK("http://example.invalid")')
    rows = [dict(row, disputed=True, title='"><script>window.__pwned=7</script>'), rival]
    path = write_map(rows, tmp_path / "evil.html", self_contained=True)
    html = path.read_text(encoding="utf-8")
    for raw in ("<script>window.__pwned", "<img src=x", "<img src=y", "<svg onload"):
        assert raw not in html
    page, errors = open_page(browser, path)
    page.evaluate(f"window.geomap.openPopup('{row['claim_id']}:{row['place_start']}')")
    page.wait_for_selector(".leaflet-popup-content .gm-sentence", timeout=10000)
    text = page.locator(".leaflet-popup-content").last.inner_text()
    assert "<script>window.__pwned = 1</script>" in text        # shown as text
    page.hover(".leaflet-popup-content .gm-source")
    page.locator(".leaflet-popup-content .gm-compare-btn").last.click()
    page.wait_for_selector("#gm-compare .gm-card", timeout=10000)
    cards = page.locator("#gm-compare").inner_text()
    assert '<img src=y onerror="window.__pwned=5">' in cards and "<script>window.__pwned = 1</script>" in cards
    page.keyboard.press("Escape")
    page.locator(".gm-search").fill("pwned")                     # list rows and search stay text too
    page.wait_for_timeout(400)
    assert "window.__pwned=5" in page.locator(".gm-list").inner_text()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("a[href^='javascript']").count() == 0
    # The CSV download keeps a cell that starts like a formula as text.
    table = page.evaluate("window.geomap.asCSV()")
    assert table.count("\n") == 3 and "'=HYPERLINK" in table and ",=HYPERLINK" not in table
    assert errors == [], errors


def test_the_default_page_asks_nothing_of_the_network(browser, seed_claims, tmp_path):
    _docs, claims = seed_claims
    path = write_map(export.records(claims), tmp_path / "map.html")          # the default: offline
    page, errors = open_page(browser, path)
    page.wait_for_timeout(500)
    assert page.outside == [] and not errors
    # Borders are drawn on a canvas in the basemap pane: some of its pixels are painted.
    painted = page.evaluate("""() => [...document.querySelectorAll('.leaflet-basemap-pane canvas')].map(c => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; })""")
    assert painted and max(painted) > 10000
    assert page.locator(".gm-label").count() > 5                              # places are named
    tiled = write_map(export.records(claims), tmp_path / "tiled.html", tiles="osm")
    page2, _errors = open_page(browser, tiled)
    page2.wait_for_timeout(500)
    assert any("tile.openstreetmap.org" in u for u in page2.outside)       # only when asked for
