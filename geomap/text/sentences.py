"""Sentence splitting with character offsets.

A small rule splitter rather than pysbd or a statistical model: news prose
needs only abbreviations ("Gen.", "Aug.", "U.S.") and quotes handled, and
this runs at tens of megabytes per second, which the throughput target needs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset("""mr mrs ms dr prof gen col lt capt maj sgt adm gov sen rep rev st mt ft jr sr
inc corp co ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s a.m p.m approx dept est
fig al brig cpl pvt cmdr cdr supt insp""".split())
# The second branch is scraped text whose paragraphs lost their break ("by vigilantes.Local media",
# "armed groups.A shootout"): two lower-case letters, a stop and a capitalised word with no space.
_END = re.compile(r"""
    [.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])
  | (?<=[a-z]{2})[.!?]+["'”’)\]]*(?=["“‘]?(?:[A-Z][a-z]|[AI]\s))
  | \n\s*\n | \u2029 | \n(?=[A-Z"“]) | \n(?=[-–—•*·]\s)""", re.VERBOSE)
# After "a.m."/"p.m." a capital starts a new sentence unless it goes on naming the time:
# "at 5 a.m. Tuesday", "at 5 p.m. GMT", "at 9 a.m. Moscow time".
_CLOCK_GOES_ON = re.compile(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b|[A-Z]{2,5}\b|"
                            r"\(|[A-Z][\w-]* time\b)")


# Words no sentence ends on: an ellipsis after one leaves out words inside the sentence.
_CANNOT_END = frozenset("""the a an of in into on at to from with by for and or but than as near towards toward
against""".split())


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


# A line break inside a paragraph (not after a blank line).
_SINGLE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_CLOSES_SENTENCE = frozenset('.!?:;"”’)]')
WRAPPED_SHARE = 0.6     # of a text's line breaks falling inside sentences, for the text to be hard-wrapped


def _unwrapped(text: str) -> str:
    """The text with the line breaks of hard-wrapped copy ("killed a National\nPolice Reservist") read as
    spaces, when most of its line breaks fall inside sentences; a headline's break over the body is kept in
    any other text. One character for one, so offsets hold."""
    breaks = [m.start() for m in _SINGLE_BREAK.finditer(text)]
    inside = [i for i in breaks if text[i - 1] not in _CLOSES_SENTENCE]
    if len(breaks) < 4 or len(inside) < WRAPPED_SHARE * len(breaks):
        return text
    chars = list(text)
    for i in inside:
        chars[i] = " "
    return "".join(chars)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their offsets (``text[s.start:s.end] == s.text``)."""
    out: list[Sentence] = []
    start = 0
    scan = _unwrapped(text)
    for m in _END.finditer(scan):
        end = m.end()
        before = text[start:m.start() + 1]
        # (the last word before the stop, if the stop ends one)
        token = before.rsplit(None, 1)[-1].lower().rstrip(".!?") if before and not before[-1].isspace() else ""
        if m.group().startswith(".") and (token in ABBREVIATIONS or _INITIALS.fullmatch(token)):
            if not (token in ("a.m", "p.m") and not _CLOCK_GOES_ON.match(text, m.end())):
                continue
        if m.group().startswith("..") and token in _CANNOT_END:
            continue          # a quote cut short: "a group of terrorists sneaked into... Palma and launched"
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
