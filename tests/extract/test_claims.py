"""The extractor: the seed gold set, and rules checked on sentences written for other conflicts."""
from __future__ import annotations

from datetime import date

import pytest

from geomap.extract.actors import normalize_claimant
from geomap.extract.attribution import AttributionState, attribute
from geomap.evaluate import evaluate_folder
from geomap.extract.claims import extract
from geomap.extract.incidents import incidents
from geomap.model import Document

REF = date(2023, 10, 11)     # a Wednesday


def claims_of(text: str, gaz, published: date | None = REF, outlet: str = "Test Wire"):
    doc = Document(id=Document.make_id(text), text=text, path="t.txt", outlet=outlet, published=published)
    return extract([doc], gaz)


# ---------------------------------------------------------------- the seed articles

def test_seed_gold_claims_all_found_and_nothing_on_not_incident_places(seeds, gaz):
    score, _claims = evaluate_folder(seeds, gaz=gaz)
    assert score.found == score.gold_claims == 11, "\n".join(score.missed)
    assert score.not_incident_hits == [], score.not_incident_hits
    assert score.dates_correct == score.dates_checked


def test_seed_dates_without_metadata_are_right_or_say_lower_precision(seeds, gold, gaz):
    from geomap.text.dates import infer_reference_date
    score, claims = evaluate_folder(seeds, use_metadata=False, gaz=gaz)
    assert score.not_incident_hits == []
    # Where the text tells the date (a weekday and a date that agree), the claims are dated right...
    tellable = {name for name in {g["doc"] for g in gold["claims"]}
                if infer_reference_date((seeds / name).read_text(encoding="utf-8"))[0]}
    assert tellable
    assert score.found == sum(g["doc"] in tellable for g in gold["claims"]), score.missed
    # ...and elsewhere no date is invented: undated, at the lowest precision.
    for c in claims:
        if c.document.published is None:
            assert c.event_date is None and c.date_precision == 5


# ---------------------------------------------------------------- attribution

@pytest.mark.parametrize("sentence, side, ctype", [
    ("Ukraine's General Staff said Russian forces shelled Kherson overnight.", "UA", None),
    ("The Israeli military said it struck Hezbollah targets near Nabatieh.", "IL", None),
    ("Pakistan's army accused Indian troops of unprovoked firing along the Line of Control.", "PK", None),
    ("The Rapid Support Forces said they had taken control of El Fasher.", "RSF", None),
    ("According to the Tigray regional government, drone strikes hit Mekelle.", None, None),
    ("Russia's defence ministry said its air defences downed drones over Belgorod.", "RU", "ministry"),
    # (an aside between the speaker and the verb)
    ('"We have seen rebels in the streets," an official of the UN refugee agency UNHCR, who asked not to be named, '
     'told Reuters.', "UN", None),
    ("A senior police officer, speaking on condition of anonymity, said the attackers fled.", None, None),
])
def test_claimants_are_found_and_normalised(sentence, side, ctype):
    attr = attribute(sentence, AttributionState())
    assert attr is not None
    if side:
        assert attr.claimant.side == side, attr.claimant
    if ctype:
        assert attr.claimant.type == ctype


def test_accused_side_and_carry_over():
    state = AttributionState()
    a = attribute("India's foreign ministry accused Pakistan of violating the ceasefire in Kupwara.", state)
    assert a.stance == "accuse" and a.claimant.side == "IN" and a.accused == "PK"
    b = attribute("It said two soldiers were wounded.", state)
    assert b.claimant.side == "IN"
    c = attribute("The ministry added that the firing stopped at dawn.", state)
    assert c.claimant.side == "IN"
    d = attribute("Islamabad denied the charge, the Pakistani military said.", state)
    assert d.claimant.side == "PK"


def test_claimant_registry_composes_country_and_institution():
    c = normalize_claimant("Azerbaijan's Defense Ministry")
    assert (c.side, c.type) == ("AZ", "ministry") and "Defen" in c.canonical
    assert normalize_claimant("the Kremlin").side == "RU"
    unknown = normalize_claimant("Obscure Committee")
    assert unknown.side == "UNKNOWN"


# ---------------------------------------------------------------- claims, places and roles

def test_claim_fields_from_a_ukraine_report(gaz):
    [c] = claims_of("KYIV, Oct 11 (Test Wire) - Ukraine's General Staff said on Tuesday that Russian forces "
                    "shelled Kherson with artillery, killing two civilians and wounding five.", gaz)
    assert c.claimant.side == "UA" and c.event_type == "shelling" and c.accused_side == "RU"
    assert c.event_date == date(2023, 10, 10) and c.date_precision == 1
    assert (c.killed_best, c.wounded) == (2, 5) and "artillery" in c.weapons
    assert [p.surface for p in c.places] == ["Kherson"]        # the dateline KYIV is not an incident place


def test_metonyms_venues_and_countries_are_not_points(gaz):
    text = ("Beirut accused Israel of shelling the southern town of Kfar Kila on Monday, the Lebanese army said. "
            "During talks in Paris on Tuesday, officials discussed the clashes near Marjayoun.")
    claims = claims_of(text, gaz)
    places = {p.surface for c in claims for p in c.places}
    assert "Kfar Kila" in places
    assert not places & {"Beirut", "Israel", "Paris"}


def test_direction_and_near_precision(gaz):
    [c] = claims_of("Pakistan's army said Indian troops fired mortars in the direction of Kotli and near Bhimber "
                    "on Sunday.", gaz)
    by_name = {p.surface: p for p in c.places}
    assert by_name["Kotli"].role == "target" and by_name["Kotli"].precision == "direction"
    assert by_name["Bhimber"].precision == "near" and by_name["Bhimber"].uncertainty_km >= 5


def test_claimant_seat_locates_a_claim_without_other_places(gaz):
    [c] = claims_of("Officials in Kharkiv said Russian shelling killed three people on Tuesday.", gaz)
    assert [p.surface for p in c.places] == ["Kharkiv"] and c.places[0].role == "event_location"


def test_background_history_is_not_an_incident(gaz):
    claims = claims_of("Sudanese army troops captured Wad Madani in December 1995, the army said.", gaz)
    assert claims == []


def test_competing_claims_are_linked_as_a_disputed_incident(gaz):
    text = ("Azerbaijan's defence ministry said Armenian forces shelled its positions near Lachin on Tuesday. "
            "Armenia's defence ministry accused Azerbaijan of shelling near Lachin on Tuesday.")
    claims = claims_of(text, gaz)
    assert len({c.claimant.side for c in claims}) == 2
    groups = incidents(claims)
    assert len(groups) == 1 and groups[0].disputed and groups[0].outlets == 1
    assert claims[0].incident_id == claims[1].incident_id


def test_no_publication_date_lowers_precision(gaz):
    claims = claims_of("Ukraine's General Staff said Russian forces shelled Kherson on Tuesday.", gaz, published=None)
    assert all(c.event_date is None and c.date_precision == 5 for c in claims)


def test_claims_display_richly_and_escaped_in_jupyter(gaz):
    [c] = claims_of("Ukraine's General Staff said Russian forces shelled Kherson on Tuesday <b>now</b>.", gaz)
    html = c._repr_html_()
    assert "Kherson" in html and "UA" in html and "<b>now" not in html and "&lt;b&gt;now" in html


def test_named_source_and_generic_heads_resolve_to_the_right_institution():
    state = AttributionState()
    attribute("Sudan's foreign ministry said on Monday that talks would resume.", state)
    a = attribute("Sudan said its forces repelled an attack on El Fasher, according to its defence ministry.", state)
    assert a.claimant.side == "SD" and "Defence" in a.claimant.canonical and a.cue == "according to"
    b = attribute("The ministry said the attackers withdrew.", state)
    assert "Defence" in b.claimant.canonical          # the latest ministry, not the foreign ministry
    c = attribute("The foreign ministry said it had summoned the envoy.", state)
    assert "Foreign" in c.claimant.canonical and c.claimant.side == "SD"


def test_who_acted_ignores_datelines_and_reads_own_forces_and_participles(gaz):
    [c] = claims_of("GAZA CITY (Test Wire) - Israeli airstrikes on Nuseirat killed 18 Palestinians on Wednesday, "
                    "the Gaza health ministry said.", gaz)
    assert c.accused_side == "IL" and c.killed_best == 18
    [c] = claims_of("Hamas said its fighters fired rockets at Sderot on Monday.", gaz)
    assert c.accused_side == c.claimant.side == "HAMAS"
    [c] = claims_of("Troops exchanged fire near Kotli late on Friday, Indian army officials said, accusing Pakistan "
                    "of violating the ceasefire.", gaz)
    assert c.claimant.side == "IN" and c.accused_side == "PK"


def test_two_copies_of_a_wire_story_give_one_set_of_claims(gaz, tmp_path):
    from geomap.io import export
    story = ("Ukraine's General Staff said Russian forces shelled Kharkiv on Monday, killing four civilians. "
             "The regional governor said a missile also hit Izium the same day.")
    a = Document(id="a", text=story, path="a.txt", outlet="Reuters", published=date(2024, 5, 10))
    b = Document(id="b", text=story + " (Editing by the desk.)", path="b.txt", outlet="Kyiv Post",
                 published=date(2024, 5, 10))
    once = extract([a], gaz)
    twice = extract([a, b], gaz)
    assert len(twice) == len(once) > 0
    frame = export.to_geodataframe(twice)
    assert set(frame["n_outlets"]) == {2} and set(frame["outlets"]) == {"Reuters; Kyiv Post"}
    for name, write in (("c.geojson", export.write_geojson), ("c.csv", export.write_csv),
                        ("c.gpkg", export.write_gpkg), ("c.parquet", export.write_parquet)):
        back = export.read_claims(write(twice, tmp_path / name))
        assert not back[["claim_id", "place_start"]].duplicated().any()
    other = Document(id="c", text="Shelling hit Kherson on Monday, officials said.", path="c.txt", outlet="AP",
                     published=date(2024, 5, 10))
    assert {c.document.outlets[0] for c in extract([a, other], gaz)} == {"Reuters", "AP"}


def test_the_entity_recogniser_reads_a_window_around_doubtful_places_cut_at_spaces():
    from geomap.extract.claims import ENTITY_CONTEXT, _window
    from geomap.text.sentences import split_sentences
    text = ("Intro. " + "Officials in the provincial capital said on Thursday that " * 3
            + "gunmen led by Luis Conde de la Cruz attacked Tessit" + " and then withdrew towards the border" * 3 + ".")
    sent = split_sentences(text)[1]
    at = text.index("Conde")
    lo, hi = _window(sent, [at], text)
    part = sent.text[lo:hi]
    assert "Luis Conde de la Cruz" in part and "Tessit" in part
    assert len(part) < len(sent.text) and len(part) <= 2 * ENTITY_CONTEXT + 40
    assert sent.text[lo - 1] == " " and sent.text[hi] == " "          # whole words only
