"""Sentence splitting with offsets."""
from __future__ import annotations

import pytest

from geomap.text.sentences import split_sentences


def texts(text: str) -> list[str]:
    out = split_sentences(text)
    for s in out:
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
    assert [s.start for s in out] == sorted(s.start for s in out)
    return [s.text for s in out]


def test_offsets_round_trip():
    text = ("  Ukraine's General Staff said Russian forces shelled Nikopol overnight.   Three people were "
            "wounded!\tWas the dam hit? Officials did not say.  ")
    out = split_sentences(text)
    assert len(out) == 4
    for s in out:
        assert text[s.start:s.end] == s.text
    assert out[0].text.startswith("Ukraine's") and out[-1].text == "Officials did not say."


@pytest.mark.parametrize("text,expected", [
    ("Gen. Abdel Fattah al-Burhan visited Port Sudan on Aug. 3. He vowed to defeat the RSF.",
     ["Gen. Abdel Fattah al-Burhan visited Port Sudan on Aug. 3.", "He vowed to defeat the RSF."]),
    ("The U.S. State Department urged restraint in Kashmir. Mr. Blinken called Islamabad.",
     ["The U.S. State Department urged restraint in Kashmir.", "Mr. Blinken called Islamabad."]),
    ("Lt. Col. Ivanov said Russian troops entered Avdiivka. Kyiv denied it.",
     ["Lt. Col. Ivanov said Russian troops entered Avdiivka.", "Kyiv denied it."]),
    ("Brig. Gen. Tahir Khan and Cmdr. Ali Reza said the post in Zhob was attacked. Nobody else spoke.",
     ["Brig. Gen. Tahir Khan and Cmdr. Ali Reza said the post in Zhob was attacked.", "Nobody else spoke."]),
    ("The U.N. said it was alarmed by the fighting in Mekelle. The U.N. Security Council met on Friday.",
     ["The U.N. said it was alarmed by the fighting in Mekelle.", "The U.N. Security Council met on Friday."]),
])
def test_abbreviations_do_not_split(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"We will respond to any aggression," Hezbollah said. Israel struck Tyre.',
     ['"We will respond to any aggression," Hezbollah said.', "Israel struck Tyre."]),
    ('The SAF said: "The RSF shelled Omdurman." Residents fled east.',
     ['The SAF said: "The RSF shelled Omdurman."', "Residents fled east."]),
    ("Israel struck Tyre. “We will respond,” Hezbollah said.",
     ["Israel struck Tyre.", "“We will respond,” Hezbollah said."]),
    ('"Where are the hostages?" he asked. Nobody answered.',
     ['"Where are the hostages?" he asked.', "Nobody answered."]),
])
def test_quotes(text, expected):
    assert texts(text) == expected


def test_paragraphs_and_headline_lines_split():
    text = ("Clashes on the Armenia-Azerbaijan border\nArmenia said two soldiers were wounded near Sotk\n\n"
            "Azerbaijan denied the claim")
    assert texts(text) == ["Clashes on the Armenia-Azerbaijan border",
                           "Armenia said two soldiers were wounded near Sotk", "Azerbaijan denied the claim"]


def test_each_bullet_of_a_summary_is_a_sentence():
    text = "KHARTOUM, Sudan\n- Army says it repelled an attack on El Obeid\n- RSF claims taking over Bara\nThe army said"
    assert texts(text)[1:3] == ["- Army says it repelled an attack on El Obeid", "- RSF claims taking over Bara"]


def test_a_wrapped_line_continuing_in_lower_case_does_not_split():
    assert texts("Indian troops returned fire along the\nline of control near Uri.") == [
        "Indian troops returned fire along the\nline of control near Uri."]


def test_hard_wrapped_copy_is_read_as_prose_with_its_capitalised_line_starts():
    text = ("GOMA, Congo, July 8 (Reuters) -\nRebels in eastern Congo said on\nSunday they seized the town of\n"
            "Rutshuru after government forces\nabandoned it. A German reporter with\nthe rebels also said they were "
            "in\nRutshuru.")
    assert texts(text) == [
        "GOMA, Congo, July 8 (Reuters) -\nRebels in eastern Congo said on\nSunday they seized the town of\n"
        "Rutshuru after government forces\nabandoned it.",
        "A German reporter with\nthe rebels also said they were in\nRutshuru."]


def test_windows_line_endings():
    assert texts("Abiy Ahmed spoke in Addis Ababa.\r\nThe TPLF denied it.") == [
        "Abiy Ahmed spoke in Addis Ababa.", "The TPLF denied it."]


def test_clock_time_at_sentence_end_splits_but_not_before_a_day():
    assert texts("The shelling of Kharkiv began at 5 a.m. Residents fled to shelters.") == [
        "The shelling of Kharkiv began at 5 a.m.", "Residents fled to shelters."]
    assert texts("The shelling began at 5 a.m. Tuesday and lasted for hours.") == [
        "The shelling began at 5 a.m. Tuesday and lasted for hours."]
    assert texts("Firing stopped at 9 p.m. Moscow time, the ministry said.") == [
        "Firing stopped at 9 p.m. Moscow time, the ministry said."]


def test_sentence_starting_with_a_numeral():
    assert texts("The RSF shelling killed 3. 14 others were wounded.") == [
        "The RSF shelling killed 3.", "14 others were wounded."]


def test_decimal_numbers_do_not_split():
    assert texts("Aid worth $3.5 million reached Tigray. More is needed.") == [
        "Aid worth $3.5 million reached Tigray.", "More is needed."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"])
def test_empty(text):
    assert split_sentences(text) == []


def test_no_final_punctuation():
    assert texts("Russian drones hit Izmail") == ["Russian drones hit Izmail"]


def test_line_separator_inside_text_does_not_crash_and_offsets_hold():
    text = "Fighting near Mekelle\u2028continued on Tuesday. Officials said three were killed.\u2028"
    assert texts(text) == ["Fighting near Mekelle\u2028continued on Tuesday.", "Officials said three were killed."]


def test_paragraph_separator_splits():
    assert texts("Hezbollah fired at Metula\u2029Israel struck back") == [
        "Hezbollah fired at Metula", "Israel struck back"]


def test_long_text_offsets():
    base = ("Gen. Burhan said the SAF retook Omdurman on Aug. 3. The RSF denied it! Was Khartoum calm? "
            '"No," a resident said.\n\n')
    text = base * 200
    out = split_sentences(text)
    assert len(out) == 4 * 200
    assert all(text[s.start:s.end] == s.text for s in out)


@pytest.mark.parametrize("text, expected", [
    # Scraped pages often lose the space where a paragraph broke.
    ("Gunmen fled into the hills.Local media said four died.",
     ["Gunmen fled into the hills.", "Local media said four died."]),
    ("The army pulled out of the villages.A shootout followed in the town.",
     ["The army pulled out of the villages.", "A shootout followed in the town."]),
    ('the ministry wrote on Twitter."The governor condemned it.',
     ['the ministry wrote on Twitter."', "The governor condemned it."]),
    # ...but not inside abbreviations, initials, domain names or capitals after one letter.
    ("Gen.Mohamed said so.", ["Gen.Mohamed said so."]),
    ("Troops of the U.S.Army left.", ["Troops of the U.S.Army left."]),
    ("Read it on reuters.com today.", ["Read it on reuters.com today."]),
])
def test_a_stop_with_no_space_before_a_capitalised_word_splits(text, expected):
    assert texts(text) == expected


def test_an_ellipsis_after_a_word_no_sentence_ends_on_is_inside_the_sentence():
    text = '"Last Wednesday, a group of terrorists sneaked into... Palma and killed dozens," he said. Then... Nothing.'
    assert texts(text) == ['"Last Wednesday, a group of terrorists sneaked into... Palma and killed dozens," he said.',
                           "Then...", "Nothing."]
