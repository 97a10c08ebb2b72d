"""Claim rules on sentences written for them, from varied conflicts and phrasings.

Each test reads a short made-up report the way a user's article would come in (a Document with a
publication date) and checks who claims what, where: the classes of error the claims issue lists.
"""
from __future__ import annotations

from datetime import date

import pytest

from geomap.extract.claims import extract
from geomap.model import Document, iter_features

PUBLISHED = date(2024, 5, 10)     # a Friday


def claims_of(gaz, text: str):
    return extract([Document(id="t", text=text, published=PUBLISHED)], gaz)


def points(claims) -> set[str]:
    return {p.place.name for _c, p in iter_features(claims)}


def test_nationality_adjectives_name_sides_not_places(gaz):
    cs = claims_of(gaz, "The Thai army said Cambodian forces shelled Surin province on Thursday, "
                        "wounding three Thai soldiers.")
    assert cs and all(c.claimant.side == "TH" for c in cs)
    names = points(cs)
    assert "Surin" in " ".join(names)
    assert not any(n in names for n in ("Thai", "Cambodian", "Alor Setar"))


def test_a_venue_is_not_where_it_happened(gaz):
    cs = claims_of(gaz, "Ukraine's foreign minister told reporters in New York that Russian missiles struck "
                        "Kharkiv on Monday, killing four people.")
    assert points(cs) == {"Kharkiv"}
    assert cs[0].claimant.side == "UA" and cs[0].event_date == date(2024, 5, 6)


def test_a_capital_standing_for_its_government_is_not_a_point(gaz):
    cs = claims_of(gaz, "Baku accused Yerevan of shelling the village of Tovuz on Tuesday.")
    assert points(cs) == {"Tovuz"}
    assert cs[0].claimant.side == "AZ" and cs[0].accused_side == "AM"


def test_an_unlocatable_line_is_never_a_point(gaz):
    cs = claims_of(gaz, "Indian army officials said Pakistani troops fired mortars along the Line of Control "
                        "on Wednesday.")
    assert not points(cs)


def test_most_specific_place_only(gaz):
    cs = claims_of(gaz, "Suspected militants shot dead 20 villagers in the Doda district of the Indian state "
                        "of Jammu & Kashmir early on Monday, police said.")
    assert points(cs) == {"Doda"}


@pytest.mark.parametrize("text, side", [
    ("A police spokesman told Reuters that a car bomb killed six people in Kirkuk on Sunday.", "IQ"),
    ("According to the press service of the regional administration, shelling hit Nikopol on Thursday.", "UA"),
    ("Witnesses said gunmen opened fire on a bus near Quetta on Wednesday.", "LOCAL"),
    ("Sudan's army said the Rapid Support Forces attacked El Fasher on Tuesday.", "SD"),
])
def test_sources_and_their_sides(gaz, text, side):
    # Each text names one country's place, so officials without a nationality are that country's.
    cs = claims_of(gaz, text)
    assert cs, text
    assert cs[0].claimant.side == side, (text, cs[0].claimant)


def test_passive_report_with_the_source_after(gaz):
    cs = claims_of(gaz, "Positions of the 5th brigade near Avdiivka were subjected to intensive fire on "
                        "Thursday, Ukraine's General Staff said.")
    assert cs and cs[0].claimant.side == "UA" and {p.surface for _c, p in iter_features(cs)} == {"Avdiivka"}


def test_a_source_that_names_no_place_speaks_of_the_event_the_story_is_at(gaz):
    cs = claims_of(gaz, "A bomb exploded at a market in Peshawar on Thursday, killing 12 people. "
                        "Police said the bomber was a teenager. Witnesses said the blast shattered windows.")
    by_side = {c.claimant.side: c for c in cs}
    assert set(by_side) >= {"MEDIA", "PK", "LOCAL"}
    assert all(points([c]) == {"Peshawar"} for c in cs)
    assert {c.event_date for c in cs} == {date(2024, 5, 9)}


def test_rival_accounts_keep_their_own_claimants_and_accused(gaz):
    cs = claims_of(gaz, "Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Tuesday. "
                        "Azerbaijan's defence ministry said Armenian forces shelled Kalbajar on Tuesday.")
    assert {(c.claimant.side, c.accused_side) for c in cs} == {("AM", "AZ"), ("AZ", "AM")}
