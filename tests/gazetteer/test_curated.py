"""The curated rows are facts with a source: each district's point lies in its country."""
from __future__ import annotations

import csv

import pytest

from geomap.gazetteer import sources


def _rows(pattern: str) -> list[dict]:
    rows = []
    for path in sorted(sources.curated_dir().glob(pattern)):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        rows.extend(dict(r, file=path.name) for r in csv.DictReader(lines, delimiter="\t"))
    return rows


@pytest.fixture(scope="module")
def countries():
    import geopandas as gpd
    frame = gpd.read_file(sources.admin_gpkg(), layer="countries")
    # (a margin of a quarter degree, as the rows were kept by: small islands fall outside coarse outlines)
    return {cc: part.union_all().buffer(0.25) for cc, part in frame.groupby("iso_a2").geometry}


# Natural Earth's outlines here draw Crimea as Russia's; the rows file it under Ukraine.
CRIMEA = (32.4, 44.3, 36.7, 46.25)


def _in_crimea(lon: float, lat: float) -> bool:
    return CRIMEA[0] <= lon <= CRIMEA[2] and CRIMEA[1] <= lat <= CRIMEA[3]


@pytest.mark.parametrize("pattern, at_least, kind", [
    ("admin2_*.tsv", 600, "admin2"), ("towns_and_sites.tsv", 250, None), ("southeast_asia.tsv", 40, None),
    ("central_asia_caucasus_kurdistan.tsv", 40, None), ("recent_admin_units.tsv", 80, None),
    ("strike_sites.tsv", 40, None), ("kivu_kordofan.tsv", 15, None), ("south_asia_levant_sites.tsv", 30, None),
    ("nigeria_villages.tsv", 30, None), ("horn_of_africa_villages.tsv", 12, None), ("conflict_towns_2.tsv", 10, None), ("conflict_towns_3.tsv", 50, None),
    ("ukraine_front_villages.tsv", 20, None), ("myanmar_sahel_villages.tsv", 30, None), ("displacement_camps.tsv", 25, "camp"),
    ("borders_south_asia.tsv", 10, None), ("arab_wars_villages.tsv", 8, None), ("philippines_latam_sites.tsv", 2, None),
    ("cameroon_car_chad.tsv", 40, None), ("ethiopia_mozambique.tsv", 20, None), ("manipur_bastar_kp.tsv", 15, None),
    ("russia_border_kashmir_loc.tsv", 30, None), ("sahel_communes.tsv", 25, None), ("somalia_kenya_border.tsv", 8, None),
    ("sudans_towns_camps.tsv", 20, None), ("levant_border_camps.tsv", 35, None), ("syria_iraq_villages.tsv", 18, None),
    ("yemen_fronts.tsv", 12, None), ("latam_haiti_sites.tsv", 15, None), ("drc_villages.tsv", 5, None),
    ("ukraine_front_villages_2.tsv", 3, None), ("myanmar_townships.tsv", 15, None),
    ("ghana_north_towns.tsv", 15, None), ("europe_asia_border_villages.tsv", 5, None),
    ("urban_neighbourhoods.tsv", 50, "neighbourhood"), ("admin2_east_southern_africa.tsv", 25, "admin2"),
    ("admin2_ukraine_russia_sahel.tsv", 15, "admin2"),
    ("great_lakes_png_bangladesh.tsv", 40, None), ("balkans_dniester_southern_africa.tsv", 20, None),
    ("south_america_sites.tsv", 4, None), ("balkans_eritrea_pacific_sites.tsv", 30, None),
    ("haiti_mexico_localities.tsv", 8, None), ("south_asia_war_localities.tsv", 20, None),
    ("asia_attack_sites.tsv", 25, None), ("africa_attack_sites.tsv", 15, None),
    ("timor_leste_posts.tsv", 6, None), ("ireland_counties.tsv", 25, None), ("more_attack_sites.tsv", 6, None),
    ("city_attack_sites.tsv", 15, None), ("military_sites.tsv", 10, None), ("afpak_localities.tsv", 20, None),
    ("iraq_syria_localities.tsv", 45, None), ("timor_leste_localities.tsv", 35, None)])
def test_every_curated_district_town_and_site_has_a_source_and_lies_in_its_country(countries, pattern, at_least, kind):
    from shapely.geometry import Point
    rows = _rows(pattern)
    assert len(rows) >= at_least
    outside = [f"{r['file']}: {r['name']} ({r['country']})" for r in rows
               if not countries[r["country"]].contains(Point(float(r["lon"]), float(r["lat"])))
               and not (r["country"] == "UA" and _in_crimea(float(r["lon"]), float(r["lat"])))]
    assert not outside, outside[:10]
    assert all(r["source"].strip() and (kind is None or r["kind"] == kind) for r in rows)
    assert len({(r["country"], r["name"]) for r in rows}) == len(rows), "one row per place"


def test_a_curated_town_is_found_and_resolved_where_its_row_puts_it(gaz):
    from geomap.extract.geoparse import geoparse
    found = {m.surface: m.place for m in geoparse("Militants attacked an army post in Bulo Marer on Tuesday, and "
                                                  "fighting spread to Ras Lanuf.", gaz) if m.place}
    assert found["Bulo Marer"].country == "SO" and found["Ras Lanuf"].country == "LY"


def test_mogadishu_s_madina_district_is_wadajir_not_a_namesake_abroad(gaz):
    from geomap.extract.geoparse import geoparse
    found = {m.surface: m.place for m in geoparse("A truck bomb exploded in Mogadishu on Saturday. A second bomb went "
                                                  "off two hours later in the Madina district.", gaz) if m.place}
    assert found["Madina district"].name == "Wadajir" and found["Madina district"].country == "SO"


def test_a_curated_operation_area_and_commune_seat_are_found_where_their_rows_put_them(gaz):
    from geomap.extract.geoparse import geoparse
    [qandil] = [m.place for m in geoparse("Turkish jets struck targets in the Qandil Mountains on Friday.", gaz) if m.place]
    assert qandil.country == "IQ" and qandil.kind == "mountain_range"
    [sevare] = [m.place for m in geoparse("Jihadists attacked an army camp in Sevare, Mali, on Sunday.", gaz)
                if m.place and m.place.kind == "populated_place"]
    assert sevare.name == "Sévaré" and sevare.country == "ML"


def test_somalia_s_federal_member_states_are_areas_where_their_rows_put_them(gaz):
    for name, lat, lon in [("Galmudug", 5.5, 46.4), ("Hirshabelle", 4.7, 45.2), ("South West State", 3.1, 43.6)]:
        [best, *_] = gaz.lookup(name)
        assert best.place.kind == "admin1" and best.place.country == "SO", name
        assert abs(best.place.lat - lat) < 0.5 and abs(best.place.lon - lon) < 0.5, name


@pytest.mark.parametrize("text, name, admin1", [
    ("Clashes in Karen State and Karenni State spread.", "Karen State", "Kayin State"),
    ("Clashes in Karen State and Karenni State spread.", "Karenni State", "Kayah State"),
    ("Fighting in Sagaing Region continued.", "Sagaing Region", "Sagaing Division"),
    ("Junta jets bombed a village in Arakan State.", "Arakan State", "Rakhine State"),
])
def test_myanmar_s_states_and_regions_by_the_names_news_uses(gaz, text, name, admin1):
    from geomap.extract.geoparse import geoparse
    found = {m.surface: m.place for m in geoparse(text, gaz) if m.place}
    assert found[name].kind == "admin1" and found[name].name == admin1


def test_natural_features_have_sources_and_resolve_as_features(gaz):
    """Lakes, seas, ranges and regions across borders (country XX): each row cited, and news names them."""
    rows = _rows("natural_features.tsv")
    assert len(rows) >= 60
    assert all(r["source"].strip() and r["kind"] in ("lake", "sea", "mountain_range", "region") for r in rows)
    assert all(-90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180 for r in rows)
    assert len({r["name"] for r in rows}) == len(rows), "one row per feature"
    for name, kind in [("Lake Kivu", "lake"), ("Hindu Kush", "mountain_range"), ("Bosphorus", "sea"),
                       ("Nile Delta", "region")]:
        assert gaz.lookup(name, fuzzy=False)[0].place.kind == kind
