"""Who speaks, read from the dependency parse: sentences written for these tests, one class each."""
from __future__ import annotations

import pytest

from geomap.extract.attribution import AttributionState, attribute, document_aliases, parsed_sources
from geomap.extract.parse import nlp


def speaker(sentence: str, state: AttributionState | None = None):
    """The attribution of one sentence read with its parse."""
    return attribute(sentence, state or AttributionState(home="NG"), parsed_sources(nlp()(sentence)))


def test_a_participle_speaks_for_the_subject_of_the_main_verb():
    a = speaker("Local authorities contradicted the witnesses, saying that eight people died in the raid.")
    assert a is not None and a.claimant.surface == "Local authorities" and a.claimant.side == "NG"


def test_a_participle_inside_a_that_clause_still_speaks_for_the_main_subject():
    a = speaker("An army spokesman suggested that the rebels might be behind the bombing, saying they had "
                "threatened the town.")
    assert a is not None and a.claimant.surface.startswith("An army spokesman")


@pytest.mark.parametrize("sentence, who", [
    # places the parser ran into the subject: a list with no "and", an area with an appositive
    ("Four soldiers died on Tuesday in an ambush near the village of Union Mantaro, in Kimbiri district, La "
     "Convención province, Cusco region, the National Police of Peru reported.", "the National Police of Peru"),
    ("Two farmers were killed yesterday in an attack in the hamlet of Santa Rosa, in Sivia district, Huanta "
     "province, Ayacucho region, the Joint Command of the Armed Forces reported.",
     "the Joint Command of the Armed Forces"),
])
def test_of_a_subject_run_into_places_by_commas_the_last_speaks(sentence, who):
    a = speaker(sentence, AttributionState(home="PE"))
    assert a is not None and a.claimant.surface == who and a.claimant.side == "PE"


@pytest.mark.parametrize("sentence, home, who", [
    # no subject follows a preposition: the speaker the parser joined to its object is only itself
    ("Government security forces killed at least 45 civilians in the Amhara region town of Lalibela last month after "
     "clashes with Fano militiamen, the Ethiopian Human Rights Commission (EHRC) said on Tuesday.", "ET",
     "the Ethiopian Human Rights Commission (EHRC)"),
    # a tally's breakdown set off by commas is no speaker
    ("A missile attack on the railway station in Lozova on Friday morning killed 50 people, five of them children, the "
     "head of the Kharkiv regional military administration, Oleh Syniehubov, said in the evening.", "UA",
     "the head of the Kharkiv regional military administration, Oleh Syniehubov"),
    # the head of a state company speaks for the state
    ("Oleksandr Kamyshin, head of the state railway company, reported that an air strike on the line near Lozova had "
     "stranded three trains.", "UA", "Oleksandr Kamyshin, head of the state railway company"),
])
def test_the_speaker_set_off_by_commas_is_who_speaks_for_the_state(sentence, home, who):
    a = speaker(sentence, AttributionState(home=home))
    assert a is not None and a.claimant.surface == who and a.claimant.side == home


def test_a_speaker_after_whilst_keeps_its_title():
    a = speaker("The attack was condemned by the Red Cross, whilst the UN High Commissioner for Human Rights, Zeid "
                "Ra'ad Al Hussein, described the strike on the hospital in Kunduz as inexcusable.",
                AttributionState(home="AF"))
    assert a is not None and a.second is not None and a.second.claimant.side == "UN"


def test_he_is_a_person_not_the_association_that_spoke_before():
    state = AttributionState(home="SD")
    speaker("Gunmen attacked the town of Nyala on Saturday, the state governor said.", state)
    speaker("The Darfur Bar Association, a human rights group, said the attackers also burned a camp.", state)
    a = speaker("He told reporters that troops had not moved against the attackers until noon.", state)
    assert a is not None and a.claimant.side == "SD"


def test_a_speaker_set_off_by_commas_after_a_passive_speaks_not_its_agent():
    a = speaker("The priest was shot by gunmen in Bambari, a town in the Ouaka prefecture, the police chief, "
                "Paul Ngaba, told reporters on Monday.", AttributionState(home="CF"))
    assert a is not None and a.claimant.surface == "the police chief, Paul Ngaba"


def test_a_statement_speaks_for_whoever_released_it():
    a = speaker("The Kenyan army released a statement saying an attack near the base caused no casualties.")
    assert a is not None and a.claimant.surface == "The Kenyan army" and a.claimant.side == "KE"


def test_the_subject_of_a_passive_report_is_not_a_source():
    state = AttributionState(home="SY")
    assert speaker("A fifth French tourist is reported to have survived the attack.", state) is None


def test_one_quoted_as_saying_speaks():
    state = AttributionState(home="AF")
    speaker("Provincial police chief Abdul Karim said the road was closed.", state)
    a = speaker('He was quoted as saying: "The bomb killed four of our men."', state)
    assert a is not None and a.claimant.side == "AF"


def test_an_adjective_use_of_a_reporting_word_names_no_source():
    state = AttributionState(home="IL")
    assert speaker("Security forces killed the alleged gunman after a shootout near a mosque.", state) is None


@pytest.mark.parametrize("phrase, side", [
    ("a Mogadishu resident", "LOCAL"),
    # a participle's phrase after the head says where they were met, not whose they are
    ("two other survivors interviewed in Bangladesh", "LOCAL"),
    ("Rohingya refugees reached in Bangladesh", "LOCAL"),
    ("tribal sources", "LOCAL"),
    # a community's own body speaks as its people
    ("Narinder Singh, president of the district gurdwara management committee in Poonch", "LOCAL"),
    # where medics work is no nation of theirs (but "Palestinian medics" are their state's)
    ("Medics in southwestern Yemen", "LOCAL"),
    ("Hamid Karimi, a Kabul shopkeeper", "LOCAL"),
    ("20-year-old eyewitness Lina", "LOCAL"),
    ("witness reports", "LOCAL"),
    ("Spanish radio", "MEDIA"),
    ("Local media", "MEDIA"),
    ("Omar Said, the editor of a Beirut newspaper", "MEDIA"),
    ("an aid worker for a local charity", "NGO"),
    ("Syrian state television", "SY"),
    ("Nigerian military sources", "NG"),
    ("local activists", "LOCAL"),          # people of the place, as the annotators of two sets coded them
    ("human rights activists", "NGO"),
    ("Tiger spokesman Rasiah Ilanthiriyan", "LTTE"),
    ("Province of Sinai", "ISIS"),
    # a post in a body that its appositive calls a voluntary organisation
    ("Adam Yusuf, spokesperson for the General Coordination for Refugees in Kordofan, a voluntary organization",
     "NGO"),
    ("a non-profit group", "NGO"),
    # whatever its head noun and nationality, a non-governmental body is no state's
    ("a Sudanese nongovernmental platform", "NGO"),
    ("a Colombian non-governmental watchdog", "NGO"),
    ("a member of an emergency volunteer team", "NGO"),
    # medical staff are private people unless the words name their state
    ("a local medic", "LOCAL"),
    ("Palestinian medics", "PS"),
    # the clergy of a place speak as its people
    ("the parish priest", "LOCAL"),
    ("a local imam", "LOCAL"),
    # a private watchman, not a state's guards
    ("a security guard at the building", "LOCAL"),
    ("Nigerian border guards", "NG"),
    # one hurt at the scene tells what he saw, whatever his trade
    ("one of the wounded journalists", "LOCAL"),
    ("an injured photographer", "LOCAL"),
])
def test_the_head_noun_says_what_kind_of_source(phrase, side):
    a = speaker(f"{phrase[0].upper() + phrase[1:]} said gunmen attacked the market.")
    assert a is not None and a.claimant.side == side, (phrase, a and a.claimant)


def test_a_known_persons_surname_on_another_name_is_not_that_person():
    state = AttributionState(home="PK")
    a = speaker("Athar Abbas, a spokesman for the military, said the attackers wore uniforms.", state)
    assert a is not None and a.claimant.side == "PK"
    b = speaker("President Abbas said the raid killed three people.", AttributionState(home="PS"))
    assert b is not None and b.claimant.canonical == "Mahmoud Abbas"


def test_an_acronym_spelled_like_a_known_persons_name_is_not_that_person():
    a = speaker("An unidentified commander of MARCOS said the gunmen knew the hotel layout.", AttributionState(home="IN"))
    assert a is None or a.claimant.side != "PH"


def test_a_report_by_a_body_speaks_for_that_body():
    a = speaker("An initial report by the Palestinian Health Ministry claimed two men died in the raid.")
    assert a is not None and a.claimant.side == "PS" and a.claimant.surface == "the Palestinian Health Ministry"
    a = speaker("A later statement from the Kenyan police said three officers were wounded.")
    assert a is not None and a.claimant.side == "KE"


def test_a_statement_released_by_the_army_speaks_for_the_army():
    a = speaker("A statement released by the Nigerian army on Friday said 12 militants were killed in Bama.")
    assert a is not None and a.claimant.side == "NG" and a.claimant.type == "army"


def test_the_subject_that_controls_an_infinitive_speaks_for_it():
    state = AttributionState(home="AF")
    a = speaker("Taliban fighters seized the two reporters in Kapisa, although the kidnappers have yet to "
                "claim responsibility.", state)
    assert a is None or a.claimant.side != "TALIBAN"


def test_an_indefinite_spokesman_is_someone_new():
    state = AttributionState(home="AF")
    speaker("The Taliban said they attacked a convoy in Kunduz.", state)
    a = speaker("A local spokesman confirmed that two soldiers had been abducted in Kunduz.", state)
    assert a is not None and a.claimant.side == "AF"


def test_suspected_to_be_says_what_someone_is_held_to_be_not_who_speaks():
    assert speaker("On Monday, gunmen suspected to be members of the group killed nine farmers in Kwajafa.") is None


def test_believed_to_be_says_what_someone_is_held_to_be_however_it_is_parsed():
    a = speaker("Two men believed to be connected to Sunday's mass shooting were shot dead yesterday in separate "
                "confrontations with lawmen, the police say.")
    assert a is not None and a.claimant.surface == "the police"


def test_a_negated_report_asserts_nothing():
    state = AttributionState(home="FR")
    a = speaker("The broadcaster has not confirmed the kidnapping of its reporters in Kapisa.", state)
    assert a is None


def test_an_inverted_source_ends_before_its_participle():
    a = attribute('"The device was set to go off at six," said police sources adding that rebels were suspected.',
                  AttributionState(home="IN"))
    assert a is not None and a.claimant.surface == "police sources" and a.claimant.side == "IN"


@pytest.mark.parametrize("sentence, side", [
    # the agent of a passive report is the claimant
    ('The bombing of the checkpoint was claimed by the Real IRA.', 'RIRA'),
    # the one cited speaks not the outlet citing
    ('The BBC cited the Indonesian intelligence chief as saying the attackers were linked to the network.', 'ID'),
    # the main phrase before its appositive
    ('Jamaat-ul-Ahrar, a Taliban splinter group, said it carried out the bombing.', 'JUA'),
    ('Grace Okafor, a spokeswoman for the Nigerian army, said troops repelled the attack.', 'NG'),
    # insist and comment are reporting verbs
    ('Residents insist that soldiers fired on the crowd in Jos.', 'LOCAL'),
    ("Amina Bello, who is the state's police commissioner, commented that the gunmen came at night.", 'NG'),
    # the one reported as saying speaks
    ('An eyewitness to the blast, Juma Ali, was reported as saying "There were bodies on the ground."', 'LOCAL'),
    # an inverted report after a misparsed subject
    ('This was the heaviest shelling in months, claim residents.', 'LOCAL'),
    # a name and its description before the verb
    ('Amina Bello, another resident, said: "We were woken by the explosions."', 'LOCAL'),
    # a statement issued by a group speaks for the group
    ('A statement, issued by al-Shabaab, insists that only four fighters took part in the raid.', 'ALSHABAAB'),
    # the antecedent of a relative pronoun is the source
    ('The bombing was carried out by al-Shabaab, which claimed responsibility in a statement.', 'ALSHABAAB'),
])
def test_who_speaks_and_for_which_side(sentence, side):
    a = speaker(sentence)
    assert a is not None and a.claimant.side == side, (sentence, a and a.claimant)


def test_a_role_then_a_name_opening_the_sentence_is_who_told_an_agency():
    a = speaker("A district official, Musa Bello, told dpa by phone that the gun battle had lasted about two hours.",
                AttributionState(home="NG"))
    assert a is not None and a.claimant.surface.startswith("A district official") and a.claimant.side == "NG"


def test_a_local_official_is_an_official_not_a_resident():
    a = speaker("A local government official said the gunmen burned ten houses.", AttributionState())
    assert a is not None and a.claimant.side != "LOCAL"


def test_of_two_subjects_a_comma_apart_the_one_before_the_verb_speaks():
    a = speaker("On September 6, at around 7:30 pm, the Azerbaijani side fired at Armenian positions from the "
                "positions located in the direction of Karmir Shuka and Taghavard settlements of the Martuni region "
                "of Artsakh Republic, Artsakh’s Ombudsman Gegham Stepanyan informed.", AttributionState(home="AM"))
    assert a is not None and a.claimant.surface.endswith("Gegham Stepanyan")


def test_authorities_disclosing_a_toll_speak():
    a = speaker("Authorities disclosed the casualties on Friday, one day after the drone strike.",
                AttributionState(home="SD"))
    assert a is not None and a.claimant.side == "SD"


@pytest.mark.parametrize("title", ["Brig. Gen.", "Maj.", "Lt. Col.", "Capt.", "Sgt.", "Supt."])
def test_an_abbreviated_rank_keeps_its_full_stop_and_its_speaker(title):
    from geomap.extract.parse import parse
    text = f"{title} Ramon Zagala, commander of the brigade, said troops clashed with rebels."
    doc = next(parse([text]))
    assert doc[0].text == title.split()[0]
    subject = [t for t in doc if t.dep_ == "nsubj" and t.head.text == "said"]
    assert subject and subject[0].idx < text.index(",")


def test_a_speaker_after_informs_is_the_source_not_its_object():
    from geomap.extract.parse import parse
    text = "Armenian units shelled villages on the front line, informs the press service of the Azerbaijani Defence Ministry."
    found = attribute(text, AttributionState(), parsed_sources(next(parse([text])), text))
    assert found is not None and found.claimant.side == "AZ" and "press service" in found.claimant.surface


@pytest.mark.parametrize("sentence, who", [
    ("A rocket attack on the market killed two people, Musa Bello, the local government chairman, said.",
     "Musa Bello, the local government chairman"),
    ("Gunmen killed a farmer in the southern district of Kaura, police spokesman Mansir Hassan, said.",
     "police spokesman Mansir Hassan"),
])
def test_a_speaker_the_parse_hangs_on_what_was_said_as_an_appositive_still_speaks(sentence, who):
    """"..., Name, the title, said": the parser makes the speaker an appositive of the last noun."""
    a = speaker(sentence)
    assert a is not None and a.claimant.surface == who and a.claimant.side == "NG"


def test_a_claimant_ending_in_an_acronym_keeps_its_closing_bracket():
    a = speaker("Lul Ruai Koang, the spokesperson of South Sudan's People's Defense Force (SSPDF), said rebels "
                "attacked the county headquarters.", AttributionState(home="SS"))
    assert a is not None and a.claimant.surface.endswith("(SSPDF)") and a.claimant.side == "SS"


def test_a_title_and_a_name_parsed_as_two_subjects_are_one_speaker():
    """"Enga's police commander, Epenes Nili said ...": the parser makes both subjects of "said"."""
    a = speaker("Enga's police commander, Epenes Nili said the killings were payback for a massacre.",
                AttributionState(home="PG"))
    assert a is not None and a.claimant.surface == "Enga's police commander, Epenes Nili" and a.claimant.side == "PG"


def test_a_person_with_two_surnames_is_known_by_the_first_too():
    from geomap.extract.attribution import document_aliases
    aliases = document_aliases("Venezuelan Defense Minister Vladimir Padrino López said two soldiers were killed.")
    assert aliases["padrino"].side == aliases["lópez"].side == "VE"


@pytest.mark.parametrize("text", [
    "A statement signed by the Venezuelan Minister of Defense, General in Chief Vladimir Padrino López, reports it.",
    "The Venezuelan Minister of Defense, Vladimir Padrino López, spoke on Friday.",
])
def test_an_office_of_a_body_then_a_name_after_a_comma_ties_the_name_to_its_side(text):
    from geomap.extract.attribution import document_aliases
    aliases = document_aliases(text)
    assert aliases["padrino"].side == "VE" and aliases["padrino"].type == "minister"


@pytest.mark.parametrize("sentence", [
    "Sebby Sambom, a Papuan rebel spokesperson, said the rebels had killed 17 people since Sunday.",
    "Sebby Sambom, a spokesman for the liberation army, said five soldiers were killed.",
])
def test_a_named_group_spokesman_with_an_appositive_speaks_for_his_group_not_the_state(sentence):
    a = speaker(sentence, AttributionState(home="ID"))
    assert a is not None and a.claimant.side == "TPNPB"


def test_the_appositive_of_the_dead_before_a_list_of_sources_is_no_speaker():
    a = speaker("A drone strike on Sunday targeted a vehicle, killing two fighters from the Sinjar Resistance Units "
                "(YBS), a militia affiliated with the Kurdistan Workers Party (PKK), two security sources and a local "
                "official in the district of Sinjar told Reuters.", AttributionState(home="IQ"))
    assert a is not None and a.claimant.surface.startswith("two security sources") and a.claimant.side == "IQ"


def test_a_name_the_parse_cuts_short_is_read_whole_when_the_registry_knows_it():
    a = speaker("Both attacks were claimed by the Group for the Support of Islam and Muslims (GSIM or JNIM in Arabic) "
                "which is affiliated with Al-Qaeda.", AttributionState(home="BJ"))
    assert a is not None and a.claimant.side == "JNIM"


def test_a_titled_speaker_before_told_speaks_not_the_agency_he_told():
    """"..., Getachew Reda, spokesperson for the TPLF, told Reuters": the spokesman, and "He said" next is him."""
    state = AttributionState(home="ET")
    a = speaker("The fighters pushed government forces from the town, Getachew Reda, spokesperson for the Tigray "
                "People's Liberation Front (TPLF), told Reuters by satellite phone.", state)
    assert a is not None and a.claimant.side == "TPLF"
    b = speaker("He said the fighters had captured numerous soldiers.", state)
    assert b is not None and b.claimant.side == "TPLF"


def test_the_agency_someone_told_is_no_speaker_without_a_parse():
    """Read by patterns (no parse): ", told Reuters by phone" names the listener, not who speaks."""
    a = attribute("The fighters pushed government forces from the town, Getachew Reda, spokesperson for the Tigray "
                  "People's Liberation Front (TPLF), told Reuters by satellite phone.", AttributionState(home="ET"), None)
    assert a is None or a.claimant.canonical != "Reuters"


def test_a_named_source_is_what_the_appositive_after_the_name_says():
    """'"...," said Lokana Bale Lussa, a camp resident': a resident speaks (read by the patterns, unparsed)."""
    from geomap.extract.attribution import AttributionState, attribute
    a = attribute("\u201cI saw that the militiamen had invaded our site,\u201d said Lokana Bale Lussa, a camp resident.",
                  AttributionState(), None)
    assert a is not None and (a.claimant.side, a.claimant.type) == ("LOCAL", "private")


def test_a_source_putting_the_toll_at_a_figure_speaks():
    """"X, president of the local humanitarian group for the Bahema-North area, put the death toll at 63": the
    group's president speaks, though his appositive runs long."""
    from geomap.extract.attribution import AttributionState, attribute
    a = attribute("Charite Banza Bavi, president of the local humanitarian group for the Bahema-North area, put the "
                  "death toll at 63.", AttributionState(), None)
    assert a is not None and a.claimant.side == "NGO"


@pytest.mark.parametrize("sentence,speaker", [
    ("The health ministry put the number of dead at seven.", "health ministry"),
    ("Later in the day the interior ministry put the number of those killed at four.", "the interior ministry"),
    ("The interior ministry had earlier put the toll at 12.", "The interior ministry"),
    ("The Syrian Observatory for Human Rights gave a higher toll of 123 dead.", "Human Rights"),
])
def test_a_source_putting_the_number_of_dead_at_a_figure_speaks(sentence, speaker):
    """"... put the number of dead at seven": a toll given, whatever words name it, and the source without
    the time phrase or adverbs around it."""
    from geomap.extract.attribution import AttributionState, attribute
    a = attribute(sentence, AttributionState(), None)
    assert a is not None and a.claimant.surface.endswith(speaker) and a.claimant.surface.startswith(("The", "the", "health"))
    assert a.cue != "said"
    assert not a.claimant.surface.startswith(("Later", "in the day")) and "earlier" not in a.claimant.surface


@pytest.mark.parametrize("sentence", [
    "Saideh Ghorbani, who witnessed the bombing, said a blast tore through the mosque in Shiraz.",
    "A bomb exploded in the mosque on Saturday, said Saideh Ghorbani, who witnessed the blast.",
])
def test_a_person_the_words_make_a_witness_speaks_as_a_witness(sentence):
    """", who witnessed the bombing,": whoever the registry does not know, the relative clause says who speaks."""
    doc = nlp()(sentence)
    a = attribute(sentence, AttributionState(), parsed_sources(doc, sentence))
    assert a is not None and a.claimant.side == "LOCAL"


def test_a_time_after_the_reporting_verb_is_not_its_subject():
    # the parser reads "said Monday evening" as "evening" saying it; the speaker is the phrase before the verb
    a = speaker("Gunmen killed two farmers near Dori, Amadou Sawadogo, the regional police chief, said Monday evening.",
                AttributionState(home="BF"))
    assert a is not None and a.claimant.side == "BF"


def test_a_statement_released_by_a_body_named_in_one_phrase_speaks_for_the_body():
    text = ("Tajikistan's State Committee for National Security (SCNS) gave a different account. A statement released "
            "by the SCNS on July 8 says four Kyrgyz border guards opened fire on Tajik guards.")
    state = AttributionState(home="TJ", aliases=document_aliases(text))
    a = speaker("A statement released by the SCNS on July 8 says four Kyrgyz border guards opened fire on Tajik "
                "guards.", state)
    assert a is not None and a.claimant.side == "TJ"
    # (without a parse too, and "the statement" after it is the same body's)
    state = AttributionState(home="TJ", aliases=document_aliases(text))
    a = attribute("A statement released by the SCNS on July 8 says four Kyrgyz border guards crossed the border.", state)
    assert a is not None and a.claimant.side == "TJ"
    a = attribute("They opened fire on Tajik guards, according to the statement.", state)
    assert a is not None and a.claimant.side == "TJ"


def test_an_operation_director_is_an_official_of_the_storys_state():
    a = speaker("Confirming the incident, Lamu operation director Joseph Kanyiri said three bodies were found by "
                "villagers.", AttributionState(home="KE"))
    assert a is not None and a.claimant.side == "KE"


def test_a_speakers_phrase_does_not_start_inside_a_bracket_before_it():
    text = ("While the RSF claimed on Sunday control of several military sites in Babanusa, including the Medical "
            "Corps headquarters of the Sudanese Armed Forces’ (SAF’s) 22nd Infantry Division, the Joint Force of the "
            "SAF and its allied armed groups in a statement denied any RSF gains.")
    phrases = [text[s:e] for s, e, _cs, _ce, cue in parsed_sources(nlp()(text), text) if cue == "denied"]
    assert phrases and phrases[0].startswith("the Joint Force")


def test_the_name_after_an_inverted_report_verb_is_its_speaker():
    # (the parser joins "report" to the first verb and takes the names for its object)
    s = ("Mocimboa da Praia was occupied by insurgents this morning (Monday 6 May) and at 18h00 this afternoon was "
         "still in their hands, report Joao Mabunda and Rita Cossa of Radio Pemba.")
    assert [s[a:b] for a, b, *_rest in parsed_sources(nlp()(s), s)] == ["Joao Mabunda and Rita Cossa of Radio Pemba"]



def test_the_army_is_that_of_the_state_whose_troops_the_story_names():
    lead = "Israeli troops killed two Palestinians on Saturday in the occupied West Bank, the Palestinian health ministry said."
    quote = "\u201cThe two gunmen were shot and killed after trying to escape,\u201d an army statement said."
    state = AttributionState(home="PS", story=lead + "\n\n" + quote)
    state.note_actors(lead)
    state.remember(speaker(lead, state).claimant)
    a = speaker(quote, state)
    assert a is not None and a.claimant.side == "IL"


@pytest.mark.parametrize("sentence, post", [
    ('"Twenty-one others were also injured," said Musa Bello, who heads the state police command.', "who heads"),
    ('"Four houses were burnt," said Musa Bello, who is the district commissioner.', "who is the district"),
])
def test_a_relative_clause_giving_the_speaker_s_post_is_part_of_who_speaks(sentence, post):
    a = speaker(sentence)
    assert a is not None and post in a.claimant.surface and a.claimant.side == "NG"


@pytest.mark.parametrize("sentence, clause", [
    ('"They shot at everyone," said Musa Bello, who was wounded in the attack.', "wounded"),
    ('"They shot in the air for hours," said the source, who is a Kano resident.', "resident"),
])
def test_a_relative_clause_telling_what_befell_or_where_the_speaker_lives_is_no_post(sentence, clause):
    a = speaker(sentence)
    assert a is not None and clause not in a.claimant.surface


def test_the_loaded_model_is_kept_out_of_the_cycle_collectors_walks():
    import gc
    nlp()
    # (the model's objects live as long as the process; a full collection need not walk them each time)
    assert gc.get_freeze_count() > 10_000


def test_a_role_then_a_name_with_particles_speaks():
    a = speaker("In Marawi, the Catholic bishop, Edwin de la Peña, said gunmen had forced their way into the "
                "cathedral on Tuesday evening.")
    assert a is not None and a.claimant.surface == "the Catholic bishop, Edwin de la Peña" and a.claimant.side == "LOCAL"


def test_a_full_name_met_after_an_office_named_with_no_name_is_its_holder():
    story = ("Gunmen attacked churches in the republic, the head of the region said on Monday. Sergei Melikov said "
             "the attacks had been an attempt to destabilise society.")
    state = AttributionState(home="RU", story=story)
    first, second = story.split(". ", 1)
    assert speaker(first + ".", state).claimant.side == "RU"
    a = speaker(second, state)
    assert a is not None and a.claimant.side == "RU" and a.claimant.canonical.endswith("Regional head")


@pytest.mark.parametrize("home, story, first, opening, then, side", [
    ("PK", "", "India's foreign secretary told reporters the strike had killed many militants.",
     "Pakistan's military gave a very different account.", "Its spokesman said the bombs fell in an open area.", "PK"),
    # (and "their" after the rebels the story names)
    ("LK", "Tamil Tiger rebels attacked an air base in Anuradhapura.",
     "Air force spokesman Ajantha Silva said 20 rebels had been killed.", "The rebels gave a very different account.",
     "Their military spokesman, Rasiah Ilanthiraiyan, said the rebels had destroyed eight aircraft.", "LTTE"),
    # (an army the registry knows by another name: "the Israeli military" is the Israel Defense Forces)
    ("PS", "", "Palestinian medical officials said 40 people were killed in Jabalia.",
     "The Israeli military gave a very different account.",
     "An army spokesman said militants had fired mortar bombs at troops from inside the school compound.", "IL"),
    # (and "it" after a UN office or an NGO, not the ministry that spoke before)
    ("CM", "", "Cameroon's defence ministry said seven fighters were killed in Ngarbuh.",
     "The United Nations humanitarian office, OCHA, gave a very different picture.",
     "It said at least 22 civilians were killed in Ngarbuh on Friday.", "UN"),
    # (and after an armed group named in an appositive to the sentence's subject)
    ("CO", "", "The defence ministry said four soldiers died when rebels ambushed a patrol near Tame.",
     "The guerrillas' eastern bloc, the ELN, gave its own account in a communique.",
     "It said its fighters had been attacked first while holding a roadblock.", "ELN"),
    # (a group a leader's possessive opens the sentence with: "its" office next is the group's)
    ("LY", "", "The UN mission said at least 44 migrants were killed in the strike on the Tajoura centre.",
     "Haftar's self-styled Libyan National Army (LNA) denied striking the migrants.",
     "Its media office said its aircraft had struck an ammunition depot in Tajoura.", "LNA"),
    # (a ministry with no owner after a state gave its account: that state's, not the one that spoke before)
    ("AZ", "", "Azerbaijan's Defense Ministry said Armenian forces shelled villages in the Tovuz district.",
     "Armenia gave a very different account.",
     "Defense Ministry spokeswoman Shushan Stepanyan said Azerbaijani troops had tried to seize border posts.", "AM"),
])
def test_its_spokesman_after_a_sentence_opening_with_a_body_is_that_bodys(home, story, first, opening, then, side):
    state = AttributionState(home=home, story=story)
    speaker(first, state)
    speaker(opening, state)
    state.note_actors(opening)
    a = speaker(then, state)
    assert a is not None and a.claimant.side == side


def test_an_unnamed_army_spokesman_after_a_sentence_opening_with_an_army_is_that_armys():
    state = AttributionState(home="SS")
    speaker("South Sudan's army said its troops held the oilfield.", state)
    for sentence in ("In Khartoum, the Sudanese military admitted the setback.",
                     "Army spokesman Khalid Osman said troops had withdrawn from the town."):
        a = speaker(sentence, state)
        state.note_actors(sentence)
    assert a is not None and a.claimant.side == "SD"


@pytest.mark.parametrize("story, home, side", [
    # a relative clause after a body says whom it holds, not whose it is; "the coalition" is the one named before
    ("Warplanes of the Saudi-led coalition bombed Sanaa. The coalition, in which the UAE is a partner, said it had "
     "begun air strikes on Houthi camps.", "YE", "SA"),
    # the last word of an actor the story named is that actor
    ("Iran's Revolutionary Guards fired missiles at Erbil late on Monday. In a statement carried by IRNA, the Guards "
     "said their missiles had destroyed a spy headquarters.", "IQ", "IR"),
    # and so is its spokesman
    ("A contractor working with the US-led coalition was killed when rockets hit Erbil airport. Coalition spokesman "
     "Col. Wayne Marotto said 14 rockets were fired.", "IQ", "US"),
])
def test_a_body_named_again_in_short_is_the_one_the_story_named(story, home, side):
    a = speaker(story.split(". ", 1)[1], AttributionState(home=home, story=story))
    assert a is not None and a.claimant.side == side


def test_a_given_name_that_is_a_kind_of_source_is_no_head():
    """"Police spokeswoman Charity Charamba": the police's, not a charity's."""
    a = speaker("Police spokeswoman Charity Charamba told a news conference that an officer had been stoned to death.",
                AttributionState(home="ZW"))
    assert a is not None and a.claimant.side == "ZW"


def test_an_unnamed_ministry_after_a_sentence_opening_with_a_capital_is_that_states():
    """"Cairo rejected the findings. Foreign ministry spokesman X said the targets in Derna ...": Egypt's, not Libya's."""
    state = AttributionState(home="LY")
    opening = "Cairo rejected the findings on Tuesday."
    speaker(opening, state)
    state.note_actors(opening)
    a = speaker("Foreign ministry spokesman Badr Abdel-Aty said the targets in Derna had been selected carefully.", state)
    assert a is not None and a.claimant.side == "EG"


def test_its_spokesman_named_with_an_arabic_article_after_the_coalition_is_the_coalitions():
    """"The coalition denied any role. Its spokesman, Colonel Turki al-Malki, said ...": read without a parse
    too (sentences naming no event are not parsed), and "al-Malki" is a name."""
    state = AttributionState(home="YE", story="Air strikes by the Saudi-led coalition hit Hodeidah.")
    for sentence in ("Air strikes by the Saudi-led coalition hit Hodeidah.", "The coalition denied any role."):
        attribute(sentence, state, None)
        state.note_actors(sentence)
    a = attribute("Its spokesman, Colonel Turki al-Malki, said on Thursday that coalition aircraft had not flown.",
                  state, None)
    assert a is not None and a.claimant.side == "SA" and a.claimant.surface.endswith("al-Malki")


def test_an_organisation_named_by_where_it_is_based_is_the_body_that_spoke_before():
    state = AttributionState(home="YE", story="Houthi-held Hodeidah was hit. The ICRC said 55 died.")
    speaker("Blasts in Houthi-held Hodeidah killed 55 civilians, the International Committee of the Red Cross said.",
            state)
    state.note_actors("Blasts in Houthi-held Hodeidah killed 55 civilians.")
    a = attribute("Two ambulances were destroyed, the Geneva-based organisation said.", state, None)
    assert a is not None and a.claimant.side == "ICRC"


def test_unnamed_police_in_a_sentence_naming_no_place_are_those_of_the_dateline():
    state = AttributionState(home="PS", dateline="IL")
    a = speaker("Police spokesman Micky Rosenfeld said the rocket struck the four-storey building shortly after 8 a.m.",
                state)
    assert a is not None and a.claimant.side == "IL"


def test_a_day_the_parser_runs_into_a_speakers_name_is_not_his():
    """"On Saturday Getachew told reporters": Getachew told them, not "Saturday Getachew"."""
    sentence = ("On Saturday Getachew told reporters by satellite phone that rebel forces had pushed government "
                "troops out of Woldia, a town of 50,000 people.")
    assert [sentence[s:e] for s, e, *_rest in parsed_sources(nlp()(sentence))] == ["Getachew"]
    # (but a man named Monday keeps his name)
    sentence = "Monday Okoro, chairman of the local council, said gunmen had attacked three villages in Mangu."
    assert [sentence[s:e] for s, e, *_rest in parsed_sources(nlp()(sentence))][0].startswith("Monday Okoro")


def test_a_title_with_its_area_in_brackets_is_the_speakers():
    a = speaker("A bomb went off in Rajouri, killing a child on Monday, Additional Director General of Police "
                "(Jammu Zone) Mukesh Singh said.")
    assert a is not None and a.claimant.surface == "Additional Director General of Police (Jammu Zone) Mukesh Singh"


def test_a_tally_after_the_verb_is_what_was_said_and_the_framed_official_speaks():
    a = speaker("Addressing a news conference in Rawalpindi, the Director General of Inter-Services Public Relations, "
                "Lt Gen Ahmed Sharif Chaudhry, said 13 people, among them two three-year-old girls, were killed when a "
                "mosque in Ahmedpur East was struck.")
    assert a is not None and a.claimant.side == "PK" and a.claimant.surface.endswith("Ahmed Sharif Chaudhry")


@pytest.mark.parametrize("sentence, home, who", [
    # the tokenizer splits a hyphened name; the speaker keeps all of it
    ("Parliament speaker Salim al-Jabouri said an air strike killed dozens of civilians.", "IQ",
     "Parliament speaker Salim al-Jabouri"),
    ("Far to the west, governor Atheel al-Nujaifi said an air strike killed dozens of civilians.", "IQ",
     "governor Atheel al-Nujaifi"),
    # a speaker after a list of the dead "among them" is the speaker alone
    ("Militants who stormed a hotel in the southern port of Kismayo killed 26 people, among them Kenyans, Americans, "
     "Tanzanians, a Briton and a Canadian, the president of the Jubbaland regional state said on Saturday.", "SO",
     "the president of the Jubbaland regional state"),
])
def test_the_speakers_whole_phrase_and_no_more(sentence, home, who):
    a = speaker(sentence, AttributionState(home=home))
    assert a is not None and a.claimant.surface == who


def test_a_known_group_renamed_in_an_appositive_the_parser_made_a_list_speaks_as_itself():
    """"the Al-Qaeda Organisation in the Islamic Maghreb, the former Salafist Group for Preaching and Combat (GSPC),
    said": the parser joins the two names as a list with no "and"; the group the registry knows speaks, not the
    old name after it (and not the "it" of a later clause)."""
    a = speaker("Late on Saturday the Al-Qaeda Organisation in the Islamic Maghreb, the former Salafist Group for "
                "Preaching and Combat (GSPC), said in a statement posted on the internet that one of its fighters had "
                "carried out the bombing, which it described as a blow against the navy.")
    assert a is not None and a.claimant.side == "AQ" and a.claimant.surface.startswith("the Al-Qaeda")


def test_one_who_trades_beside_the_scene_is_a_witness():
    a = speaker('All the glass from my shop is lying in the street," Lounes, who sells pastries across the road from '
                'the police station, told Reuters.', AttributionState(home="DZ"))
    assert a is not None and a.claimant.side == "LOCAL" and a.claimant.surface == "Lounes"


@pytest.mark.parametrize("sentence", [
    "A fruit seller in the city centre said she was closing her stall when the first explosion shook the street.",
    "A grocer whose shop faces the station square said the second bomb went off among the soldiers.",
])
def test_people_of_a_trade_at_the_scene_are_witnesses(sentence):
    a = speaker(sentence, AttributionState(home="TH"))
    assert a is not None and a.claimant.side == "LOCAL"
