"""Rendering without a browser: escaping, data, layers and page furniture."""
from __future__ import annotations

import json
import re

from geomap.io import export
from geomap.render.map import map_data, map_html, script_json


def row(**over):
    base = {k: None for k in export.COLUMNS}
    base.update({"claim_id": "c1", "place_start": 10, "place_end": 17, "start": 0, "lat": 49.99, "lon": 36.23,
                 "claimant_canonical": "Ukraine General Staff", "claimant_side": "UA", "event_type": "shelling",
                 "event_date": "2023-10-10", "place": "Kharkiv", "place_name": "Kharkiv",
                 "sentence": "Shelling  Kharkiv today.", "geo_precision": "exact", "uncertainty_km": 2.0,
                 "incident_id": "i1", "date_precision": 1})
    base.update(over)
    return base


def test_script_json_cannot_close_the_script_element():
    text = script_json({"a": "</script><script>alert(1)</script>", "b": "\u2028"})
    assert "</script" not in text and "<" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script>", "b": "\u2028"}


def test_script_json_escapes_inside_strings_only():
    nasty = {"k{{": ['a\\"{{ x }}</script>', "\\", '"', "{%", "<!--", {"n": [1, 2.5, None, True]}], "{}": {}}
    text = script_json(nasty)
    assert json.loads(text) == nasty
    for bad in ("{{", "{%", "</", "<!--"):
        assert bad not in text


def test_article_text_never_reaches_the_page_as_markup():
    sentence = '<img src=x onerror="alert(1)"> hit Kharkiv </script><script>alert(2)</script>'
    evil = row(sentence=sentence, place_start=sentence.index("Kharkiv"), place_end=sentence.index("Kharkiv") + 7,
               claimant_canonical="<b>Evil</b>", outlet="<script>x()</script>", url="javascript:alert(1)")
    data = map_data([evil])
    assert data["texts"][data["claims"][0][11]] == ""              # javascript: links are dropped
    page = map_html([evil])
    for raw in ("<img src=x", "<script>x()", "<b>Evil", "</script><script>alert(2)", "javascript:alert"):
        assert raw not in page
    # The strings travel as JSON data, escaped by the page's script when shown: tests/render/test_browser.py
    # checks in Chromium that they stay text.
    assert "\\u003cimg src=x" in page


def test_layers_by_claimant_and_date_and_disputed_incidents():
    rows = [row(disputed=True), row(claim_id="c2", claimant_canonical="Russia MoD", claimant_side="RU",
                                    event_date="2023-10-11", accused_side="UA", disputed=True),
            row(claim_id="c3", claimant_side="UA", accused_side="RU", incident_id="i1", disputed=True),
            row(claim_id="c4", incident_id="i2", lat=48.0, lon=37.8)]
    data = map_data(rows)
    assert [c["side"] for c in data["claimants"]] == ["RU", "UA"]
    assert data["dates"] == ["2023-10-10", "2023-10-11"]
    assert [p[6] for p in data["points"]] == [1, 1, 1, 0]
    assert data["disputes"] == {"i1": [0, 1, 2]}


def test_render_reads_disputed_and_never_decides_it_again():
    # Mutual accusations, but the export says not disputed (say, a user unmarked it): the map follows the data.
    rows = [row(accused_side="RU"), row(claim_id="c2", claimant_side="RU", accused_side="UA")]
    assert map_data(rows)["disputes"] == {}


def test_page_has_title_summary_scale_fullscreen_credit_and_fits_bounds():
    page = map_html([row(), row(claim_id="c2", lat=50.5, lon=30.5, event_date="2023-10-12")])
    # the side panel's title and summary travel as data
    assert '"claims":2,' in page and '"first":"2023-10-10"' in page and '"last":"2023-10-12"' in page
    assert "gm-side" in page and "gm-timeline" in page
    assert "GeoNames" in page and "fitBounds" in page and "control.scale" in page.replace("L.control.scale", "control.scale")
    assert re.search(r"Control\.Fullscreen|fullscreen", page, re.I)


def test_uncertain_places_carry_their_radius():
    data = map_data([row(geo_precision="district", uncertainty_km=30.0), row(claim_id="c2")])
    assert [p[5] for p in data["points"]] == [30.0, 0.0]


def test_template_syntax_in_articles_is_inert():
    # branca compiles rendered elements as Jinja templates: article text must never be evaluated.
    evil = row(sentence="Report: {{ 7*7 }} and {{ cycler.__init__.__globals__.os.getpid() }} {% if x %}",
               claimant_canonical="{{ 6*7 }}", place_start=None)
    page = map_html([evil], title="{{ 5*5 }} {% broken")
    assert "\\u007b\\u007b 7*7 \\u007d\\u007d" in page          # kept, encoded, in the data
    assert "&#123;&#123; 5*5 &#125;&#125;" in page             # the <title>, escaped
    assert "\\u007b\\u007b 5*5 \\u007d\\u007d" in page     # the panel's title, as data
    assert ">25<" not in page and ">42<" not in page


def test_bidi_controls_cannot_reorder_what_the_reader_sees():
    sentence = "Shelling hit Kharkiv \u202eyad\u202c today."
    data = map_data([row(sentence=sentence, outlet="\u202eSSENTIW", claimant_canonical="Gov\u2067ernor")])
    shown = " ".join(str(v) for v in data["texts"]) + " ".join(c["name"] for c in data["claimants"])
    assert not any(ch in shown for ch in "\u202e\u202c\u2067")
    assert any(len(v) == len(sentence) for v in data["texts"] if isinstance(v, str) and "Kharkiv" in v)


def test_jupyter_shows_the_same_offline_page_inline():
    import html as html_module
    from geomap.render.map import render_map
    shown = render_map([row(), row(claim_id="c2", event_date="2023-10-12")])._repr_html_()
    assert shown.startswith("<iframe srcdoc=") and 'height="640px"' in shown
    page = html_module.unescape(shown)
    assert re.search(r"<script[^>]+src=[\"']?https?:", page) is None           # every asset inlined
    assert "gm-side" in page and '"claims":2,' in page
