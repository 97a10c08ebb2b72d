"""Gated patterns: the literals every match holds, and results equal to the plain pattern's."""
import re

import pytest

from geomap.text.patterns import AnyOf, Gated, branches, gated, required_literals


@pytest.mark.parametrize("pattern, flags, needles", [
    (r"\bshell(?:ed|ing|s)?\b", re.I, {"shell"}),
    (r"\b(?:killed|wounded)\s+(?P<n>\d+)", re.I, {"killed", "wounded"}),
    (r"\bdrone (?:strike|attack)s?\b|\bUAVs? hit\b", re.I, {"drone ", " hit"}),  # the longest literal of each
    (r"(?:opened\s+)?fire\b", re.I, {"fire"}),                  # an optional part requires nothing
    (r"""\b(?:lies|sits)\s+   # verbose: layout is no literal
         (?:in|near)\b""", re.I | re.X, {"lies", "sits"}),
])
def test_required_literals_are_read_from_the_pattern(pattern, flags, needles):
    assert required_literals(re.compile(pattern, flags)) == needles


@pytest.mark.parametrize("pattern", [
    r"\b\d+\s+people\b|\b[A-Z]\w+\b",          # one alternative requires no literal: nothing gates the whole
    r"(?<=shelled )\w+",                        # a look-behind's words are not part of the match
    r"\bon\b",                                  # too short to be worth a gate
])
def test_a_pattern_without_a_worthwhile_literal_is_left_plain(pattern):
    assert isinstance(gated(pattern, re.I), re.Pattern)


SENTENCES = [
    "Russian forces SHELLED the village of Kupiansk on Monday, the governor said.",
    "Talks on a ceasefire are expected to resume next week in Geneva.",
    "Two drone strikes hit Kharkiv overnight, killing 3 people and wounding 12.",
    "The ministry said nothing about the shelling.",
    "",
]


def span(m):
    return m.span() if m else None


@pytest.mark.parametrize("pattern", [
    r"\bshell(?:ed|ing|s)?\b",
    r"\b(?P<what>killing|wounding)\s+(?P<n>\d+)",
    r"\bdrone (?:strike|attack)s?\b",
])
def test_a_gated_pattern_finds_what_the_plain_one_finds(pattern):
    plain, gate = re.compile(pattern, re.I), gated(pattern, re.I)
    assert isinstance(gate, Gated)
    for s in SENTENCES:
        assert [m.span() for m in gate.finditer(s)] == [m.span() for m in plain.finditer(s)]
        assert gate.findall(s) == plain.findall(s)
        assert span(gate.search(s)) == span(plain.search(s))
        # windows and anchored matches go to the pattern itself
        assert span(gate.search(s, 5, 40)) == span(plain.search(s, 5, 40))
        assert span(gate.match(s, 15)) == span(plain.match(s, 15))
        # the cheap test never rules out a text the pattern matches
        assert gate.may_match(s) or plain.search(s) is None
    assert gate.pattern == plain.pattern and gate.flags == plain.flags and gate.groupindex == plain.groupindex


def test_the_gate_skips_text_that_holds_no_needle():
    gate = gated(r"\bshell(?:ed|ing|s)?\b", re.I)
    assert gate.search("Talks on a ceasefire resumed.") is None
    assert list(gate.finditer("Talks on a ceasefire resumed.")) == []
    assert gate.search("SHELLING resumed").group() == "SHELLING"        # case-folded
    assert not gate.may_match("Talks on a ceasefire resumed.") and gate.may_match("SHELLING resumed")


@pytest.mark.parametrize("text", [
    "The village lies in the hills, and the war began in 2011.",
    "The war began in 2011 and the village lies in the hills.",
    "Since then the town has been quiet.",
    "Nothing of the kind here.",
    "It was killed since the vote; the camp sits near the river.",
])
def test_alternatives_searched_apart_find_what_one_alternation_finds(text):
    branches = [r"\blies\s+in\b", r"\bwar\b[^.;]{0,20}\bbegan\b", r"^\s*Since\s+then\b", r"\bsits\s+near\b",
                r"\b(?:lies|sits)\s+(?:in|near)\b"]
    one = re.compile("|".join(branches), re.I)
    found, expected = AnyOf(branches, re.I).search(text), one.search(text)
    assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))


@pytest.mark.parametrize("pattern, verbose, parts", [
    (r"a|b(c|d)|[|x]|e\|f", False, ["a", "b(c|d)", "[|x]", r"e\|f"]),
    ("a  # one | not a branch\n|b", True, ["a  # one | not a branch\n", "b"]),
    ("a#b|c", False, ["a#b", "c"]),
    ("single", False, ["single"]),
])
def test_a_pattern_splits_into_its_top_level_alternatives(pattern, verbose, parts):
    assert branches(pattern, verbose) == parts


def test_alternatives_searched_apart_find_every_match_one_alternation_finds():
    """Leftmost first, the first alternative on a tie, and no match inside another: as ``re.finditer``."""
    pattern = r"\bshell(?:ed|ing)?\b|\bfired\s+on\b|\bfired\b|\bair\s+strikes?\b|\bstrikes?\b"
    text = "Troops fired on the town, shelling it; air strikes and more strikes followed, and they fired again."
    one = [m.span() for m in re.compile(pattern, re.I).finditer(text)]
    assert [m.span() for m in AnyOf(branches(pattern), re.I).finditer(text)] == one and len(one) == 5


def test_an_alternative_with_no_literal_to_gate_it_is_always_searched():
    parts = [r"\bshelled\b", r"\d+"]            # ("\d+" holds no literal: it has no gate)
    assert [m.group() for m in AnyOf(parts).finditer("In 2020, 14 died")] == ["2020", "14"]
