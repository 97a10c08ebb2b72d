"""ACLED admin names: the first-level area and US county each point lies in."""
from __future__ import annotations

import pytest

from geomap.io import export
from geomap.io.acled import acled_frame


def row(**over) -> dict:
    base = {k: None for k in export.COLUMNS}
    base.update({"claim_id": "c1", "place_start": 0, "claimant_canonical": "X", "claimant_side": "AM",
                 "event_type": "shelling", "event_date": "2022-09-13", "place_kind": "populated_place",
                 "geo_precision": "exact", "place_country": "AM", "sentence": "s", "disputed": False})
    base.update(over)
    return base


@pytest.fixture(scope="module")
def frame():
    rows = [row(place_name="Goris", lat=39.5111, lon=46.3386),                       # a town in Syunik
            row(claim_id="c2", place_name="Armenia", lat=40.25, lon=45.0, geo_precision="country",
                place_kind="country"),                                                # a country's centre
            row(claim_id="c3", place_name="Syunik Province", lat=39.3, lon=46.2, place_kind="admin1",
                geo_precision="district"),                                            # an area itself
            row(claim_id="c4", place_name="Atlanta", lat=33.749, lon=-84.388, place_country="US")]
    return acled_frame(export.to_geodataframe(rows)).set_index("location")


def test_admin1_is_the_area_the_point_lies_in(frame):
    assert frame.loc["Goris", "admin1"] == "Syunik"
    assert frame.loc["Atlanta", "admin1"] == "Georgia"


def test_a_country_point_names_no_province_and_an_area_names_itself(frame):
    assert frame.loc["Armenia", "admin1"] == "" and frame.loc["Armenia", "admin2"] == ""
    assert frame.loc["Syunik Province", "admin1"] == "Syunik Province"


def test_admin2_is_the_us_county(frame):
    assert frame.loc["Atlanta", "admin2"] == "Fulton"
    assert frame.loc["Goris", "admin2"] == ""
