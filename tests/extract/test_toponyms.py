"""Toponym spans: capitalised runs matched against the gazetteer, with filters for people and common words."""
from __future__ import annotations

import pytest

from geomap.extract.toponyms import cue_for, find_spans

KNOWN = {"Kharkiv", "Donetsk Oblast", "Donetsk", "Paris", "Texas", "Hill"}


def spans(text: str) -> list[str]:
    return [s.text for s in find_spans(text, lambda n: n in KNOWN,
                                       lambda n: "country" if n in {"Texas"} else None)]


def test_longest_known_run_wins_and_unknown_capitals_are_skipped():
    assert spans("Shells fell on Kharkiv and in Donetsk Oblast, Mr Ivanov said.") == ["Kharkiv", "Donetsk Oblast"]


def test_spans_carry_offsets_and_list_members_share_a_cue():
    text = "the towns of Kharkiv, Donetsk were hit"
    (a, b) = find_spans(text, lambda n: n in KNOWN, lambda n: None)
    assert text[a.start:a.end] == "Kharkiv" and text[b.start:b.end] == "Donetsk"
    assert cue_for(text, a.start, a.end) == cue_for(text, b.start, b.end) is not None


def test_places_inside_a_name_its_acronym_spells_out_are_no_places(gaz):
    from geomap.extract.geoparse import geoparse
    text = ("The ambush was carried out with the Kanglei Yawol Kanna Lup (KYKL) and fighters of its Naga Army, "
            "while the Central African Republic (CAR) sent troops to Bangui.")
    found = {m.surface for m in geoparse(text, gaz)}
    assert "Kanna" not in found and "Naga" not in found
    assert {"Central African Republic", "Bangui"} <= found


def test_surname_introduced_in_full_is_a_person_not_a_place():
    assert "Paris" not in spans("Jane Paris, a spokeswoman, said. Paris added that the talks failed.")


def test_nationality_adjectives_are_never_towns_but_adjective_like_countries_stay(gaz):
    from geomap.extract.geoparse import geoparse
    found = {m.surface: m.place for m in geoparse("Thai and Somali officials met in Myanmar.", gaz)}
    assert "Thai" not in found and "Somali" not in found
    assert found["Myanmar"].kind == "country"
    demonyms = [m for m in geoparse("Thai officials said.", gaz, demonyms=True) if m.surface == "Thai"]
    assert demonyms and demonyms[0].place.country == "TH" and demonyms[0].cue == "demonym"


def test_very_common_words_that_are_continents_or_states_are_places(gaz):
    from geomap.extract.geoparse import geoparse
    found = {m.surface: m.place.kind for m in geoparse(
        "Authorities across Europe acted. Officials in California said. North of the river it rained.", gaz)}
    assert found == {"Europe": "continent", "California": "admin1"}


def test_a_sentence_initial_preposition_is_no_first_name():
    # "In" is also a given name in the name lists; "In Ontario" is not a person called Ontario.
    known = {"Ontario", "Walsh"}.__contains__
    assert [s.text for s in find_spans("In Ontario, a donor dies every three days.", known, lambda n: None)] \
        == ["Ontario"]
    assert [s.text for s in find_spans("Mark Walsh said. Walsh added.", known, lambda n: None)] == []


def test_continent_adjectives_are_demonyms_of_continents(gaz):
    from geomap.extract.geoparse import geoparse
    found = [(m.surface, m.place.kind) for m in geoparse("European ministers met Asian envoys.", gaz, demonyms=True)]
    assert found == [("European", "continent"), ("Asian", "continent")]
    assert not geoparse("The European Union said.", gaz, demonyms=True) or \
        all(m.place.kind != "continent" for m in geoparse("The European Union said.", gaz, demonyms=True))


def test_a_common_word_inside_a_longer_name_is_no_small_town():
    known = {"Orange", "Drug", "Toronto", "Georgia", "Marburg", "Sudan"}
    major = {"Orange": "populated_place", "Drug": "populated_place", "Toronto": "city", "Georgia": "admin1",
             "Marburg": "populated_place", "Sudan": "country"}.get

    def found(text: str) -> list[str]:
        return [s.text for s in find_spans(text, known.__contains__, major)]
    assert found("Veterans exposed to Agent Orange sued.") == []
    assert found("The Food and Drug Administration said.") == []
    assert found("Rain fell on Orange overnight.") == ["Orange"]
    assert found("On Monday Orange council met.") == ["Orange"]             # a day is no part of the name
    assert found("He told CBC Toronto.") == ["Toronto"]                      # a big city stays
    assert found("Georgia Governor Brian Kemp said.") == ["Georgia"]         # so does a state


def test_a_given_name_and_two_surnames_are_a_person_whatever_a_place_is_called():
    """"Rafael González Valdez" (a barrio of Puerto Rico is called Rafael González) and, later, "González"."""
    known = {"Rafael González", "González", "Valdez"}
    found = [s.text for s in find_spans("Police director Rafael González Valdez arrived minutes later. A fifth officer "
                                        "died outside, and González died in the ambulance.", known.__contains__,
                                        {}.get)]
    assert found == []
    # (a given name opening a county's name keeps it a place: "Laurel County Sheriff")
    assert [s.text for s in find_spans("The Laurel County Sheriff said two people died.", {"Laurel County"}.__contains__,
                                       {}.get)] == ["Laurel County"]


@pytest.mark.parametrize("text, major, expected", [
    # a disease named after a place
    ("Cases of Marburg virus and Marburg hemorrhagic fever rose in Sudan.",
     {"Marburg": "populated_place", "Sudan": "country"}, ["Sudan"]),
    # a common word opening a body's name ("the Centre for ...", also Cameroon's Centre region)
    ("The lawyer heads the Centre for Human Rights and Democracy in Africa.",
     {"Africa": "continent", "Centre": "admin1"}, ["Africa"]),
])
def test_a_place_name_inside_the_name_of_something_else_is_no_mention_of_it(text, major, expected):
    found = [s.text for s in find_spans(text, major.__contains__, major.get)]
    assert found == expected


def test_a_common_word_followed_by_its_state_or_country_is_a_place():
    known = {"Reading", "Berkshire", "Split", "Croatia", "Police", "Silver Spring", "Maryland"}
    major = {"Berkshire": "admin1", "Croatia": "country", "Maryland": "admin1"}.get

    def found(text: str) -> list[str]:
        return [s.text for s in find_spans(text, known.__contains__, major)]
    assert found("Three people were stabbed in Reading, Berkshire, on Saturday.") == ["Reading", "Berkshire"]
    assert found("A ferry caught fire near Split, Croatia.") == ["Split", "Croatia"]
    assert found("Reading, Berkshire was quiet.") == ["Berkshire"]                # sentence-initial: a word
    assert found("They were reading, Berkshire officials said.") == ["Berkshire"]  # not capitalised
    # A name of common words too, whatever follows its container.
    assert found("A gunman took hostages in Silver Spring, Maryland. The man was named.") == ["Silver Spring", "Maryland"]
    assert found("A gunman took hostages at Silver Spring, Maryland officials said.") == ["Silver Spring", "Maryland"]
    assert found("The Silver Spring festival opened.") == []


def test_a_common_word_measured_from_a_place_is_a_place():
    known = {"Sake", "Goma", "Police", "National Park"}
    major = {"Goma": "city"}.get

    def found(text: str) -> list[str]:
        return [s.text for s in find_spans(text, known.__contains__, major)]
    assert found("Rebel units had captured Sake, 27 km (17 miles) west of Goma.") == ["Sake", "Goma"]
    assert found("The Police, 27 km west of Goma, said nothing.") == ["Goma"]   # opening the sentence: a word
    assert found("They seized Sake on Tuesday.") == []
    assert found("They were killed in the Macarena National Park, 270 km south of Goma.") == ["Goma"]


def test_a_town_named_with_its_county_resolves_inside_it(gaz):
    from geomap.extract.geoparse import geoparse
    found = {m.surface: m.place for m in geoparse("Three people were stabbed in a park in Reading, Berkshire.", gaz)}
    assert found["Reading"].country == "GB" and found["Reading"].kind == "populated_place"


def test_a_given_name_opening_a_three_word_name_is_a_person(gaz):
    from geomap.extract.geoparse import geoparse
    assert [m.surface for m in geoparse("Ahmad Wali Karzai was shot dead in Kandahar.", gaz)] == ["Kandahar"]
    assert "Georgia" in [m.surface for m in geoparse("Georgia Governor Brian Kemp spoke.", gaz)]


def test_a_natural_feature_the_gazetteer_lacks_is_no_mention_of_its_namesake():
    known = {"Šar", "Tetovo", "Jordan"}
    major = {"Jordan": "country"}.get
    found = [s.text for s in find_spans("Brodec, a Šar Mountain village north of Tetovo, was shelled. Troops "
                                        "entered the Jordan Valley.", known.__contains__, major)]
    assert found == ["Tetovo", "Jordan"]


def test_a_protected_area_the_gazetteer_lacks_is_no_mention_of_its_namesake_even_a_district():
    known = {"Kibale", "Kamwenge", "Virunga National Park"}
    major = {"Kibale": "admin1", "Kamwenge": "admin1"}.get
    found = [s.text for s in find_spans("Gunmen attacked Kamwenge, near Kibale National Park, then fled into the "
                                        "Virunga National Park.", known.__contains__, major)]
    assert found == ["Kamwenge", "Virunga National Park"]


def test_a_common_word_after_a_city_is_a_word_of_its_name():
    known = {"Moscow", "Metro", "Canada"}
    major = {"Moscow": "capital", "Metro": "populated_place", "Canada": "country", "Western": "admin1"}.get
    found = [s.text for s in find_spans("Bombs hit the Moscow Metro. Fires spread in Western Canada.",
                                        known.__contains__, major)]
    assert found == ["Moscow", "Canada"]


@pytest.mark.parametrize("text, expected", [
    # A kin word, "surname" or "named" before a name makes it a person's.
    ("Reports say his mother Nancy, who was also killed, may have been the target.", []),
    ("A man with the surname Yang attacked a guard in Shanghai.", ["Shanghai"]),
    # So does a family name's particle after a given name; a place's own connector stays.
    ("The mother of Robson dos Santos was kidnapped in Sao Paulo.", ["Sao Paulo"]),
    ("Police in Rio de Janeiro said.", ["Rio de Janeiro"]),
    # An outlet named after its city is not the city.
    ("The rebel spokesman told Davao Today that two fighters died in Maguindanao.", ["Maguindanao"]),
    # A street named after a place is not that place.
    ("Gunfire was reported near Hanauer Street and Ries Street in Munich.", ["Munich"]),
    ("Militants attacked a checkpoint on Haifa Street in Baghdad.", ["Baghdad"]),
    # A site carrying a town's name stands in that town.
    ("Twin bombings struck the Jolo Cathedral on Sunday.", ["Jolo"]),
    ("A blast hit the Peshawar Market and the Jolo Cathedral Choir sang.", ["Peshawar", "Jolo"]),
    # A state's abbreviation follows its town and a comma; a word ending a sentence is no abbreviation.
    ("He was known as the Hairy Man. Police in Winnipeg, Man. said so.", ["Winnipeg", "Man."]),
])
def test_people_and_streets_named_like_places(gaz, text, expected):
    from geomap.extract.geoparse import geoparse
    assert [m.surface for m in geoparse(text, gaz)] == expected


def test_an_arabic_article_joins_one_name():
    known = {"Deir ez Zor", "Zor", "Tell ed Dahab", "Dahab"}
    found = [s.text for s in find_spans("Strikes hit Deir ez Zor and Tell ed Dahab on Monday.",
                                        lambda n: n in known, lambda n: None)]
    assert found == ["Deir ez Zor", "Tell ed Dahab"]


def test_a_weapon_system_named_like_an_area_is_a_weapon():
    found = [s.text for s in find_spans("The shells were fired from a Grad multiple rocket launcher system.",
                                        lambda n: n == "Grad", lambda n: "admin1" if n == "Grad" else None)]
    assert found == []


def test_a_sites_lowercase_words_join_its_name_when_the_gazetteer_knows_the_whole():
    known = {"Zaporizhzhia", "Zaporizhzhia nuclear power plant", "Al Asad air base"}
    found = [s.text for s in find_spans("Shells fell near the Zaporizhzhia nuclear power plant and rockets hit the "
                                        "Al Asad air base, while the power station in Zaporizhzhia was spared.",
                                        lambda n: n in known, lambda n: None)]
    assert found == ["Zaporizhzhia nuclear power plant", "Al Asad air base", "Zaporizhzhia"]


@pytest.mark.parametrize("text, name", [
    ("Chernihiv, Sumy, and Zaporizhzhia oblasts also came under attack.", "Chernihiv"),
    ("Chernihiv, Sumy, and Zaporizhzhia oblasts also came under attack.", "Zaporizhzhia"),
    ("The ambush occurred in Tillaberi, a huge territory in western Niger.", "Tillaberi"),
])
def test_a_unit_word_after_a_list_or_in_an_apposition_cues_an_area(text, name):
    at = text.index(name)
    assert cue_for(text, at, at + len(name)) == "admin"


def test_the_regions_official_after_a_city_is_no_apposition_of_it():
    text = "A drone killed one person in the city of Kursk, the region's acting governor said."
    at = text.index("Kursk")
    assert cue_for(text, at, at + len("Kursk")) == "settlement"


def test_a_surname_stays_a_place_where_the_words_say_so(gaz):
    from geomap.extract.geoparse import geoparse
    text = ("Bandits besieged Tsafe Town on Sunday and killed the son of a retired officer, Mamman Tsafe. "
            "Police later visited Tsafe town.")
    assert [m.start for m in geoparse(text, gaz) if m.surface == "Tsafe"] == [text.index("Tsafe Town"),
                                                                             text.rindex("Tsafe town")]


@pytest.mark.parametrize("text, name, cue", [
    ("bandits attacked cars near Muramvya, a provincial capital about 50 km from the coast", "Muramvya", "settlement"),
    ("militants stormed Kidal, a town in northern Mali", "Kidal", "settlement"),
    ("fighting spread to Tillaberi, a huge territory in western Niger", "Tillaberi", "admin"),
])
def test_an_apposition_says_what_kind_of_place_a_name_is(text, name, cue):
    start = text.index(name)
    assert cue_for(text, start, start + len(name)) == cue


def test_the_dc_is_an_official_while_the_act_and_the_dc_area_stay_places():
    known = lambda n: n in {"DC", "ACT", "Turbat"}      # noqa: E731
    major = lambda n: "admin1" if n in {"DC", "ACT"} else None     # noqa: E731
    found = lambda t: [s.text for s in find_spans(t, known, major)]   # noqa: E731
    assert found("The DC's convoy reached Turbat.") == ["Turbat"]
    assert found("No deaths were reported in the ACT.") == ["ACT"]
    assert found("Traffic in the DC area was heavy.") == ["DC"]


def test_a_road_named_after_a_town_inside_another_town_is_a_street():
    assert spans("A bomb went off on Paris road in Kharkiv.") == ["Kharkiv"]
    assert spans("A bomb went off on the Kharkiv road.") == ["Kharkiv"]


def test_a_nigerian_district_abbreviated_lga_after_its_name_keeps_the_name(gaz):
    from geomap.extract.geoparse import geoparse
    assert [m.surface for m in geoparse("Bandits attacked a village in Faskari LGA on Monday.", gaz)] == ["Faskari"]


def test_the_outskirts_of_a_name_shared_by_a_province_and_its_city_are_the_citys(gaz):
    from geomap.extract.geoparse import geoparse
    ms = geoparse("Taliban attack kills five Afghan police\n\nTaliban militants raided a seven-man police post on the "
                  "outskirts of Ghazni.\n\nKabul: Taliban militants killed five policemen on the outskirts of the "
                  "southeastern city of Ghazni.\n\nThe Taliban control the highway through Ghazni province.", gaz)
    assert ms[0].surface == "Ghazni" and ms[0].place.kind == "populated_place"


def test_an_east_asian_family_name_before_a_two_syllable_given_name_is_a_person(gaz):
    from geomap.extract.geoparse import geoparse
    text = "President Chen Shui-bian was shot. Polls had shown Chen ahead, and Lee Myung-bak said Lee would not run."
    assert {m.surface for m in geoparse(text, gaz)} == set()


def test_a_feast_or_holy_month_is_no_place(gaz):
    from geomap.extract.geoparse import geoparse
    text = "Worshippers packed the mosque during Ramadan and the churches at Easter, Christmas and Lent; Christmas Island"
    assert {m.surface for m in geoparse(text + " was quiet.", gaz)} == {"Christmas Island"}
