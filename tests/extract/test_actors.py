"""The claimant registry: sides from names, adjectives, institutions and named actors; user extension."""
from __future__ import annotations

import pytest

from geomap.extract import actors


def test_institution_with_country_or_adjective_makes_a_canonical_claimant():
    a = actors.normalize_claimant("Azerbaijan's Defense Ministry")
    b = actors.normalize_claimant("the Azerbaijani defence ministry")
    assert a.side == b.side == "AZ" and a.canonical == b.canonical and a.type == "ministry"


def test_named_actor_and_unknown_phrase():
    assert actors.normalize_claimant("the Kremlin").side == "RU"
    unknown = actors.normalize_claimant("a local shopkeeper")
    assert unknown.side == "UNKNOWN" and unknown.canonical == "a local shopkeeper"


@pytest.mark.parametrize("phrase, side", [("the pro-insurgent radio Andalus", "ALSHABAAB"), ("Amaq News Agency", "ISIS")])
def test_an_armed_groups_own_outlet_speaks_for_the_group(phrase, side):
    found = actors.normalize_claimant(phrase)
    assert (found.side, found.type) == (side, "media")


@pytest.mark.parametrize("phrase, side", [("the Philippine Red Cross", "NGO"), ("Kenya Red Cross spokesman Peter Abwao", "NGO"),
                                          ("the Red Cross", "ICRC"), ("the International Red Cross", "ICRC"),
                                          ("a Red Cross official", "ICRC"),
                                          # (and a national Red Crescent society)
                                          ("the Palestinian Red Crescent", "NGO"), ("the Syrian Arab Red Crescent", "NGO"),
                                          ("the Turkish Red Crescent", "NGO")])
def test_a_national_red_cross_society_is_an_ngo_not_the_icrc(phrase, side):
    assert actors.normalize_claimant(phrase).side == side


def test_forces_aligned_with_yemens_southern_council_are_its_side():
    assert actors.normalize_claimant("Southern Security Forces spokesperson Capt. Mohammed Alnaqib").side == "STC"
    assert actors.normalize_claimant("the Security Belt forces").side == "STC"


@pytest.mark.parametrize("phrase, side", [
    ("President Jacob Zuma", "ZA"), ("President Bouteflika", "DZ"), ("Ellen Johnson Sirleaf", "LR"),
    ("Prime Minister Nouri al-Maliki", "IQ"), ("Hamid Karzai", "AF"),
])
def test_heads_of_state_and_government_of_past_decades_speak_for_their_country(phrase, side):
    assert actors.normalize_claimant(phrase).side == side


def test_every_leaders_row_is_well_formed():
    from geomap.extract.actors import DATA, _tsv
    rows = _tsv(DATA / "leaders.tsv")
    assert len(rows) > 500
    assert all(len(r["side"]) == 2 and r["side"].isupper() and r["source"].startswith("Wikipedia") for r in rows)
    assert all(r["type"] in ("head_of_state", "head_of_government") for r in rows)


@pytest.mark.parametrize("phrase, side", [
    ("the health ministry of the UN-recognised Government of National Accord (GNA)", "LY"),
    ("the UN-backed government", "UNKNOWN"),
])
def test_a_body_backing_or_recognising_another_is_not_its_voice(phrase, side):
    assert actors.normalize_claimant(phrase).side == side


def test_side_of_and_adjectives():
    assert actors.side_of("Thai soldiers") == "TH"
    assert actors.adjective_countries("Armenian and Azerbaijani troops, Armenian villages")["AM"] == 2


def test_user_actors_file_is_read_and_a_changed_setting_is_not_stale(tmp_path, monkeypatch):
    user = tmp_path / "mine.tsv"
    user.write_text("pattern\tcanonical\tside\ttype\taliases\n"
                    "Northern Watch Brigade\tNorthern Watch Brigade\tNWB\tarmed_group\tthe Brigade\n", encoding="utf-8")
    assert actors.normalize_claimant("the Northern Watch Brigade").side == "UNKNOWN"
    monkeypatch.setenv("GEOMAP_ACTORS", str(user))
    assert actors.normalize_claimant("the Northern Watch Brigade").side == "NWB"
    monkeypatch.delenv("GEOMAP_ACTORS")
    assert actors.normalize_claimant("the Northern Watch Brigade").side == "UNKNOWN"


def test_us_in_capitals_is_the_country_not_the_pronoun():
    assert actors.normalize_claimant("The US military").side == "US"
    assert actors.normalize_claimant("US officials").side == "US"
    assert actors.side_of("Let us hope") is None
    assert [k for _s, _e, _m, k in actors.registry().find("the US Government said")] == ["side:US"]


def test_a_country_word_in_lower_case_is_a_word_not_the_country():
    assert actors.side_of("workers who put up power poles") is None
    assert actors.side_of("turkey sandwiches") is None
    assert actors.side_of("Poles") == "PL" and actors.side_of("the Turkish army") == "TR"


def test_a_former_state_keeps_the_code_it_had():
    assert actors.side_of("Yugoslav army gunners") == actors.side_of("the JNA") == "YU"


def test_a_countrys_rights_group_or_charity_is_an_ngo_not_the_state():
    for phrase in ("The Nicaraguan Centre for Human Rights (CENIDH)", "the Pakistani rights group HRCP",
                   "Colombian human rights organisation Indepaz", "a local human rights group", "an Afghan aid agency"):
        assert actors.normalize_claimant(phrase).side == "NGO", phrase
    assert actors.normalize_claimant("Pakistan's human rights ministry").side == "PK"
    assert actors.normalize_claimant("the Kenya Human Rights Commission").side == "KE"     # (may be the state's)


def test_home_ministers_and_secretaries_are_interior_ministers():
    for title in ("home secretary", "Home Minister", "interior secretary"):
        c = actors.normalize_claimant(f"the Kenyan {title}")
        assert c.side == "KE" and c.canonical == "Kenya Minister of Interior", title


def test_a_group_qualified_by_another_is_itself_and_a_given_name_no_country():
    assert actors.normalize_claimant("The al-Qaeda-linked JNIM group").side == "JNIM"
    assert actors.normalize_claimant("the Iran-backed Houthis").side == "HOUTHI"
    assert actors.normalize_claimant("Energy Minister German Galushchenko").side == "UNKNOWN"
    assert actors.normalize_claimant("German Chancellor Olaf Scholz").side == "DE"


def test_a_registry_alias_of_common_words_inside_another_name_is_not_that_actor():
    assert actors.normalize_claimant("National Defence Army").side != "NK"
    assert actors.normalize_claimant("the Karabakh Defence Army").side == "NK"
    assert actors.normalize_claimant("Afghan Taliban").side == "TALIBAN"


def test_a_country_s_press_is_the_media_and_its_state_media_the_state():
    for phrase in ("the Pakistani newspaper Dawn", "Canadian Press", "Ukrainian media", "Kenyan television"):
        assert actors.normalize_claimant(phrase).side == "MEDIA", phrase
    for phrase, side in (("Iraqi state television", "IQ"), ("Iranian state media", "IR")):
        assert actors.normalize_claimant(phrase).side == side, phrase


def test_a_former_officer_speaks_for_no_institution():
    assert actors.normalize_claimant("former elite police officer Jimmy Cherizier").type == "unknown"
    assert actors.normalize_claimant("a retired army general").type == "unknown"
    assert actors.normalize_claimant("a police officer").type == "police"


def test_a_nation_naming_a_building_is_not_its_side():
    assert actors.normalize_claimant("A medical source at El Fasher's Saudi Hospital").side != "SA"
    assert actors.normalize_claimant("a doctor at the Indonesian Hospital").side != "ID"
    assert actors.normalize_claimant("Saudi officials").side == "SA"
    assert actors.normalize_claimant("the Russian Embassy").side == "RU"


def test_where_a_body_is_based_gives_it_no_side():
    c = actors.normalize_claimant("the Kenya-based Somali Human Rights Watch group")
    assert c.side != "KE"
    # by a capital's name too, nor does the country whose people an association gathers
    assert actors.normalize_claimant("the London-based rights group").side != "GB"
    assert actors.normalize_claimant("The US-based Amhara Association of America").side != "US"
    assert actors.normalize_claimant("the Council of Ministers of Ukraine").side == "UA"
    assert actors.normalize_claimant("the London police").side == "GB"


@pytest.mark.parametrize("surface, kind", [
    ("Gov. Silvano Aureoles", "local_authority"),
    ("Brig. Gen. Yahya Rasool", "army"),
    ("Col. Louie Dema-ala", "army"),
    ("Gen Z activists", "unknown"),
])
def test_abbreviated_ranks_and_offices_say_what_a_speaker_is(surface, kind):
    assert actors.normalize_claimant(surface).type == kind


def test_a_capitals_name_after_a_given_name_is_a_surname():
    assert actors.normalize_claimant("Ghassan Douglas").side != "IM"
    assert actors.normalize_claimant("Douglas").side == "IM"       # alone, the capital stands for its government


def test_an_armed_groups_office_is_the_groups():
    c = actors.normalize_claimant("the Huthi rebels' health ministry")
    assert (c.side, c.type, c.canonical) == ("HOUTHI", "ministry", "Houthis Ministry of Health")


def test_a_letter_that_lowers_to_two_shifts_no_match():
    # "İ" (Turkish capital dotted I) lowers to two characters; a match after it keeps its own offsets.
    text = "İçişleri Bakanlığı said PKK militants attacked a post; the Turkish army responded."
    found = actors.registry().find(text)
    assert found and all(text[s:e] == matched for s, e, matched, _kind in found)
    assert any(matched == "PKK" for _s, _e, matched, _kind in found)


@pytest.mark.parametrize("phrase, side", [
    ("The Jaish al-Adl (‘Army of Justice’ in Arabic)", "JAISHALADL"), ("Ambazonia Defence Forces", "AMBAZONIA"),
    ("the Gulf Clan", "AGC"), ("the Jalisco New Generation Cartel", "CJNG"), ("Mayi-Mayi militiamen", "MAIMAI"),
    ("the Lakurawa group", "LAKURAWA"), ("Ansar al-Sunna insurgents", "ISIS")])
def test_armed_groups_of_many_conflicts_are_their_own_side(phrase, side):
    assert actors.normalize_claimant(phrase).side == side


def test_a_news_agencys_acronym_inside_a_hyphenated_command_name_is_no_agency():
    found = actors.normalize_claimant("Armed Forces of the Philippines-Western Mindanao Command (AFP-WestMinCom) "
                                      "commander Lt. Gen. Juan Cruz")
    assert (found.side, found.type) == ("PH", "army")
    assert actors.normalize_claimant("the AFP").side == "MEDIA"


def test_sudans_civic_groups_are_no_armed_side():
    for phrase in ("The Coordination of Resistance Committees in El Fasher", "the Emergency Lawyers group"):
        assert actors.normalize_claimant(phrase).side == "NGO"


def test_state_media_written_with_a_hyphen_is_state_media():
    assert actors.normalize_claimant("State-media").canonical == actors.normalize_claimant("state media").canonical


def test_a_leaders_one_word_alias_followed_by_a_surname_is_another_man():
    """"police official Abbas Khan" is no Palestinian president."""
    assert actors.normalize_claimant("local police official Abbas Khan").side != "PS"
    assert actors.normalize_claimant("President Abbas").side == "PS"


@pytest.mark.parametrize("phrase, side", [
    ("the spokesperson of South Sudan's People's Defense Force (SSPDF)", "SS"),   # not Myanmar's PDF
    ("an SSPDF spokesman", "SS"),
    ("Myanmar's People's Defence Force", "NUG"),
    ("British maritime security firm Ambrey", "LOCAL"),      # a company of a country is no state
    ("a Russian oil company", "LOCAL"),
    ("the United Kingdom Maritime Trade Operations (UKMTO)", "GB"),
    ("UKMTO", "GB"),
    ("the New IRA", "NEWIRA"),
])
def test_national_armies_companies_and_agencies_speak_for_their_own_side(phrase, side):
    assert actors.normalize_claimant(phrase).side == side


@pytest.mark.parametrize("phrase, side", [
    ("Asaib Ahl al-Haq", "AAH"), ("the Justice and Equality Movement", "JEM"), ("Barisan Revolusi Nasional", "BRN"),
    ("the West Papua National Liberation Army", "TPNPB"), ("the Maute group", "MAUTE"), ("Lashkar-e-Jhangvi", "LEJ"),
    ("the Sudan Liberation Army", "SLM"), ("Ansarul Islam", "ANSARULISLAM"), ("the Indigenous People of Biafra", "IPOB"),
    ("the ARGK", "PKK"), ("OLA-Shene", "OLA"),
])
def test_armed_groups_of_many_wars_are_their_own_side(phrase, side):
    found = actors.normalize_claimant(phrase)
    assert (found.side, found.type) == (side, "armed_group")


@pytest.mark.parametrize("phrase", ["NAS", "the National Salvation Front", "OPM"])
def test_an_acronym_or_name_other_countries_use_too_names_no_group_out_of_its_country(phrase):
    assert actors.normalize_claimant(phrase).side == "UNKNOWN"


def test_libya_s_rival_camps_of_2014_are_sides():
    assert actors.normalize_claimant("a source of Libya Dawn forces").side == "LIBYADAWN"
    assert actors.normalize_claimant("Operation Dignity").side == "LNA"


def test_is_in_capitals_is_the_islamic_state_only_in_a_story_of_a_country_it_fights_in():
    assert actors.in_story("IS claimed the attack", {"IQ"}).side == "ISIS"
    assert actors.in_story("IS claimed the attack", {"FR"}) is None
    assert actors.in_story("this is what they said", {"IQ"}) is None


@pytest.mark.parametrize("phrase, side", [("the New People's Army", "NPA"), ("New People’s Army rebels", "NPA"),
                                          ("the Tigray People's Liberation Front", "TPLF")])
def test_a_registered_name_with_a_possessive_is_found_in_a_claimant_phrase(phrase, side):
    assert actors.normalize_claimant(phrase).side == side


def test_a_rival_after_but_speaks_for_itself(gaz):
    from datetime import date
    from geomap.extract.claims import extract
    from geomap.model import Document
    text = ("The Philippine army said it killed five communist rebels in a clash in Samar province, but the New "
            "People's Army said only two of its fighters died.")
    cs = extract([Document(id="t", text=text, published=date(2024, 5, 13))], gaz)
    assert {c.claimant.side for c in cs} == {"PH", "NPA"}


@pytest.mark.parametrize("phrase, side", [("the al-Qaida-linked group", "UNKNOWN"), ("an Islamic State-affiliated group",
                                          "UNKNOWN"), ("the al-Qaeda-linked JNIM group", "JNIM"),
                                          ("the Iran-backed Houthis", "HOUTHI")])
def test_a_group_linked_to_a_named_one_is_not_that_one(phrase, side):
    assert actors.normalize_claimant(phrase).side == side


def test_an_organisation_named_in_the_singular_is_still_that_organisation():
    """"the White Helmet operations": the rescue group, though its name is plural."""
    assert actors.normalize_claimant("Ahmed Sheikho, the head of the White Helmet operations in Idlib").side == "NGO"


def test_a_countrys_armed_group_is_the_groups_side_and_its_army_the_countrys():
    """"Sudan's Rapid Support Forces": the country holds the group; the group is its own side."""
    assert actors.side_of("Sudan's Rapid Support Forces") == "RSF"
    assert actors.side_of("Sudan's paramilitary Rapid Support Forces") == "RSF"
    assert actors.side_of("Nigeria's Boko Haram") not in (None, "NG")
    assert actors.side_of("Sudan's army") == "SD"


@pytest.mark.parametrize("capital, side", [("Belgrade", "RS"), ("Kingston", "JM")])
def test_a_capital_stands_for_its_present_state(capital, side):
    """GeoNames still lists Serbia and Montenegro (CS), whose capital was Belgrade: that code is withdrawn."""
    assert actors.side_of(capital) == side


@pytest.mark.parametrize("seat, side", [("Kiev", "UA"), ("Bujumbura", "BI"), ("Astana", "KZ")])
def test_an_older_name_or_a_seat_of_government_stands_for_its_state(seat, side):
    assert actors.side_of(seat) == side
    assert actors.capital_name(side) != seat      # (the capital GeoNames gives is still the one named)


def test_an_acronym_two_states_share_is_the_storys_own():
    """"ISPR" is Pakistan's military media wing, and Bangladesh's in a story naming Bangladesh and not Pakistan."""
    assert actors.side_of("ISPR") == "PK"
    assert actors.namesake_in_story("ISPR Assistant Director Rashedul Alam Khan", {"BD"}).side == "BD"
    assert actors.namesake_in_story("ISPR", {"PK", "AF"}) is None        # (Pakistan's own stays Pakistan's)
    assert actors.namesake_in_story("the Inter-Services Public Relations", {"BD"}) is None   # (a full name is itself)


def test_the_foreign_office_is_britains_only_in_a_british_story():
    """Pakistan's ministry is "the Foreign Office" in its news too: the bare name is the UK's only where the story
    names Britain; the FCDO is always the UK's."""
    assert actors.normalize_claimant("FCDO").side == "GB"
    assert actors.normalize_claimant("the Foreign Office").side == "UNKNOWN"
    assert actors.in_story("the Foreign Office", {"GB"}).side == "GB"
    assert actors.in_story("the Foreign Office", {"PK", "IR"}) is None


@pytest.mark.parametrize("phrase", ["Iraqi Kurdistan's counter-terrorism service", "the Peshmerga",
                                    "the Kurdistan Regional Government"])
def test_iraqs_kurdistan_region_speaks_for_iraq(phrase):
    """The Kurdistan Region's government and forces are Iraq's autonomous region's (ACLED: Military Forces of Iraq
    (Kurdistan Regional Government)); annotators of three independent sets coded them IQ."""
    assert actors.normalize_claimant(phrase).side == "IQ"


def test_pro_government_media_are_media_not_the_government():
    """"pro-government media", "anti-government protesters": a stance towards the government, not it."""
    assert actors.normalize_claimant("The Belgrade-based pro-government media").side == "MEDIA"
    assert actors.normalize_claimant("pro-government media").type != "government"
    assert actors.normalize_claimant("anti-government protesters").type != "government"
    assert actors.normalize_claimant("the Serbian government").side == "RS"


def test_myanmars_local_defence_forces_are_the_peoples_defence_force_only_in_myanmar():
    assert actors.normalize_claimant("the Local Defence Force").side == "UNKNOWN"
    assert actors.in_story("the Local Defence Force", frozenset({"MM"})).side == "NUG"


def test_cabindas_separatists_are_a_registry_group():
    assert actors.normalize_claimant("the FLEC-FAC rebels").side == "FLEC"
    assert actors.normalize_claimant("Cabindan separatists").type == "armed_group"


def test_jihadist_leaders_speak_for_their_groups():
    assert actors.normalize_claimant("Ayman al-Zawahri").side == "AQ"
    assert actors.normalize_claimant("Abu Bakr al-Baghdadi").side == "ISIS"
    assert actors.normalize_claimant("Boko Haram leader Abubakar Shekau").side == "BOKOHARAM"


@pytest.mark.parametrize("phrase, side", [("the Lord's Resistance Army", "LRA"), ("ARSA", "ARSA"),
                                          ("Nyatura militias", "NYATURA"), ("the Hafiz Gul Bahadur group", "HGB"),
                                          ("Tren de Aragua", "TRENDEARAGUA"), ("MS-13", "MS13")])
def test_armed_groups_and_gangs_of_more_conflicts_are_registry_groups(phrase, side):
    c = actors.normalize_claimant(phrase)
    assert (c.side, c.type) == (side, "armed_group")


def test_the_lra_acronym_is_the_group_only_in_its_countries():
    assert actors.in_story("LRA", frozenset({"UG"})).side == "LRA"
    assert actors.in_story("LRA", frozenset({"ZA"})) is None


@pytest.mark.parametrize("phrase, side", [
    ("Police in the Moldovan separatist region of Transnistria", "PMR"),
    ("officials of Georgia's breakaway region of Abkhazia", "ABK"),
    ("the Moldovan police", "MD"),
])
def test_a_breakaway_region_named_after_its_country_speaks_for_itself(phrase, side):
    assert actors.normalize_claimant(phrase).side == side


def test_a_persons_nationality_is_no_country_of_the_text():
    assert not actors.adjective_countries("Two militants, including a Pakistani national, were killed.")
    assert not actors.adjective_countries("two British citizens and a Somali-born man")
    # (an organisation's name keeps its country)
    assert actors.adjective_countries("the Somali National Army")["SO"] == 1


@pytest.mark.parametrize("phrase, side", [
    ("the IRA", "PIRA"), ("the New IRA", "NEWIRA"), ("the RUC", "GB"), ("the Irish National Liberation Army", "INLA"),
    ("the Amal movement", "AMAL"), ("Renamo", "RENAMO"), ("UNITA rebels", "UNITA"), ("the FMLN", "FMLN"),
    ("the Armed Islamic Group", "GIA"), ("Chechen rebels", "ICHKERIA"), ("the Free Aceh Movement", "GAM"),
])
def test_armed_groups_of_past_wars_have_their_own_sides(phrase, side):
    """The registry knows the armed groups of wars before 2014 too (the Troubles, Lebanon, Angola, Mozambique,
    El Salvador, Algeria, Chechnya, Aceh), each its own side."""
    assert actors.normalize_claimant(phrase).side == side


def test_a_splinter_group_of_an_armed_group_is_not_that_group():
    from geomap.extract.attribution import AttributionState, attribute
    a = attribute("A splinter group of the IRA said it planted the bomb.", AttributionState(), None)
    assert a is None or a.claimant.side != "PIRA"


def test_a_named_group_described_as_a_splinter_faction_is_itself():
    from geomap.extract.attribution import AttributionState, attribute
    a = attribute("Jamaat-ul-Ahrar, a breakaway faction of the Pakistani Taliban, said it carried out the bombing.",
                  AttributionState(), None)
    assert a is not None and a.claimant.side == "JUA"


@pytest.mark.parametrize("phrase", ["Iraq Body Count", "the Syrian Network for Human Rights", "the Gun Violence Archive",
                                    "the Human Rights Commission of Pakistan", "Iran Human Rights", "Nigeria Watch"])
def test_monitors_named_after_a_country_are_ngos_not_its_state(phrase):
    assert actors.normalize_claimant(phrase).side == "NGO"


@pytest.mark.parametrize("phrase", ["Syrian rebels", "Colombian guerrillas", "rebel forces from Ethiopia's Tigray region"])
def test_a_countrys_rebels_are_not_its_state(phrase):
    found = actors.normalize_claimant(phrase)
    assert (found.side, found.type) == ("UNKNOWN", "armed_group")


@pytest.mark.parametrize("phrase", ["the Regional Indigenous Council of Cauca (CRIC)", "ACIN", "ONIC"])
def test_colombias_indigenous_councils_are_civic_bodies(phrase):
    assert actors.normalize_claimant(phrase).side == "NGO"


@pytest.mark.parametrize("phrase, side", [("JeM commander Abdul Rashid", "JAISH"), ("JEM spokesman Ahmed Hussein", "JEM"),
                                          ("the JEM rebels", "JEM")])
def test_an_acronyms_case_tells_two_groups_apart(phrase, side):
    """"JeM" is Jaish-e-Mohammed, "JEM" Darfur's Justice and Equality Movement."""
    assert actors.normalize_claimant(phrase).side == side
    assert actors.side_of(phrase) == side


def test_nigerias_shiite_movement_is_a_side_of_its_own():
    assert actors.normalize_claimant("the Islamic Movement in Nigeria").side == "IMN"


@pytest.mark.parametrize("phrase", ["the SPLA-in-Opposition", "SPLM in Opposition", "SPLM/A-IO"])
def test_south_sudans_armed_opposition_by_its_usual_names(phrase):
    assert actors.normalize_claimant(phrase).side == "SPLMIO"


@pytest.mark.parametrize("sentence", ["A parent whose two daughters are missing told reporters that gunmen came at night.",
                                      "An uncle of one of the boys said the gunmen came at night."])
def test_a_victims_kin_speak_as_locals(sentence):
    from geomap.extract.attribution import AttributionState, attribute, parsed_sources
    from geomap.extract.parse import parse
    found = attribute(sentence, AttributionState(), parsed_sources(next(iter(parse([sentence]))), sentence))
    assert found is not None and found.claimant.side == "LOCAL"


@pytest.mark.parametrize("phrase", ["a Bougainville Interim Government spokesman", "Radio Free Bougainville", "Francis Ona"])
def test_bougainvilles_rebels_speak_for_their_army(phrase):
    assert actors.normalize_claimant(phrase).side == "BRA"


@pytest.mark.parametrize("phrase, side", [
    ("a spokesman for the Liberians United for Reconciliation and Democracy (LURD)", "LURD"),
    ("the Revolutionary United Front", "RUF"), ("RUF leader Foday Sankoh", "RUF"),
    ("the National Patriotic Front of Liberia", "NPFL")])
def test_the_rebels_of_west_africas_wars_are_sides_of_their_own(phrase, side):
    """Not Liberia for "Liberians United ...": the rebels of Sierra Leone's and Liberia's wars."""
    assert actors.normalize_claimant(phrase).side == side


def test_one_of_a_protests_organisers_speaks_as_a_local():
    from geomap.extract.attribution import AttributionState, attribute, parsed_sources
    from geomap.extract.parse import parse
    sentence = "Ali Hassan, one of the organisers of the sit-in, told reporters that soldiers had stormed the square."
    found = attribute(sentence, AttributionState(), parsed_sources(next(iter(parse([sentence]))), sentence))
    assert found is not None and found.claimant.side == "LOCAL"


@pytest.mark.parametrize("surface, side", [
    # the branch speaks, by its own name where the phrase gives it; the parent group only when no other is named
    ("Jama'at Nasr al-Islam wal Muslimin, the Sahel branch of al-Qaida known by its acronym JNIM", "JNIM"),
    ("the Sahel branch of al-Qaeda", "AQ"),
    ("the armed wing of Hamas", "HAMAS"),
    ("MNLA spokesman Moussa Salam", "AZAWAD"),
    ("the Islamist group MUJAO", "MUJAO"),
    ("Those Who Sign in Blood, the brigade of Mokhtar Belmokhtar", "MOURABITOUN"),
    ("Jund al-Khilafa (Soldiers of the Caliphate)", "ISIS"),
    ("the Al-Qaeda Organisation in the Islamic Maghreb", "AQ"),
    ("the PDKI's Peshmerga command", "PDKI"),
])
def test_a_group_named_as_another_groups_branch_is_its_own(surface, side):
    assert actors.normalize_claimant(surface).side == side


@pytest.mark.parametrize("surface", ["Lounes, who sells pastries across the road from the police station",
                                     "a shopkeeper near the army base", "a man who lives opposite the police station"])
def test_one_beside_an_institution_does_not_speak_for_it(surface):
    assert actors.normalize_claimant(surface).type not in ("police", "army")


@pytest.mark.parametrize("surface, side", [
    ("SPLA spokesman Philip Aguer", "SS"),
    ("SPLA-IO spokesman Lam Paul Gabriel", "SPLMIO"),
    ("the SPLA-N", "SPLMN"),
    ("World Central Kitchen", "NGO"),
    ("the Italian-run Emergency hospital", "NGO"),
    ("the emergency hospital in Gaza", "PS"),          # (a common noun stays a common noun)
])
def test_armies_and_aid_groups_often_quoted(surface, side):
    assert actors.normalize_claimant(surface).side == side
