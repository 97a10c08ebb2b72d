"""Place-name normalisation: the keys the gazetteer index is searched by.

Two keys per name:

* :func:`normalize` folds what never distinguishes two places in English news:
  case, diacritics, apostrophes, hyphens, spacing, a leading "the" and the abbreviated
  "St", "Ste", "Mt", "Ft".
* :func:`skeleton` is a looser, transliteration-tolerant key. Romanisations of
  Azerbaijani, Turkish, Armenian, Russian, Ukrainian and Arabic names differ in
  a few regular ways (ə/e/a, x/kh/gh, q/k/g, c/j, ş/sh, ç/ch, y/i, doubled
  letters, the Arabic article), so Kəlbəcər, Kalbajar, Kelbajar and Kalbacar
  share one skeleton. Written by hand because no library encodes these
  cross-script romanisation equivalences; unidecode does the per-letter part.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

# Letters unidecode romanises unhelpfully for place names (ə -> "@").
_PRE = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ʻ": "", "ʼ": "", "’": "", "‘": "", "`": "", "´": ""})
_APOS = re.compile(r"['\u02bb\u02bc\u2019\u2018]")
_SEP = re.compile(r"[\s\-\u2010-\u2015_/.,]+")
_NONWORD = re.compile(r"[^a-z0-9 ]+")
_LEADING_THE = re.compile(r"^the ")
_SPACES = re.compile(r" +")
# The abbreviated words of names, written out: "St Catherine" is "Saint Catherine", "Mt Kenya" "Mount Kenya".
_ABBREVIATED = re.compile(r"(?:^| )(?:st|ste|mt|ft)(?= \w)")
_WRITTEN_OUT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

# Applied in order to a normalised name; digraphs before single letters.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "x"), ("gh", "x"), ("ch", "1"),
    ("sh", "s"), ("ph", "f"), ("ts", "c"), ("c", "j"), ("1", "c"), ("q", "k"), ("g", "k"),
    ("w", "v"), ("y", "i"), ("e", "a"), ("ou", "u"),
)
# The Arabic article, which romanisations write assimilated or not ("Alma al-Shaab", "Alma ash Shaab"), opening
# the name or any word of it.
_ARTICLE = re.compile(r"(?:^| )(?:al|el|ad|ar|as|at|az|an|ash|ed|es|et) ")
_DOUBLE = re.compile(r"(.)\1+")
# A word's closing "h" after a vowel, which romanisations of Arabic write or drop ("Khuza'a", "Khuzaah").
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
# Arabic and Hebrew "village" (kafr) as news spells it: "Kafr Nabl", "Kfar Nabl", "Kafar", "Kefr".
_KAFR = re.compile(r"\bk[aei]?f[ae]?r\b")


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Case-, diacritic- and punctuation-folded key ("The Hague" -> "hague")."""
    if name.isascii():
        text = name.replace("'", "").replace("`", "").lower()     # most names: no Unicode work to do
    else:
        text = unicodedata.normalize("NFKC", name).translate(_PRE)
        text = _APOS.sub("", text)
        text = unidecode(text).lower()
    text = _SEP.sub(" ", text)
    text = _NONWORD.sub("", text).strip()
    text = _SPACES.sub(" ", text)
    if "t" in text:
        text = _ABBREVIATED.sub(lambda m: m.group()[:-len(m.group().lstrip())] + _WRITTEN_OUT[m.group().strip()], text)
    return _LEADING_THE.sub("", text)


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Transliteration-tolerant key: one value for the romanisations of a name."""
    text = _KAFR.sub("kfr", _FINAL_H.sub("", _ARTICLE.sub(" ", normalize(name)).lstrip()))
    for old, new in _SKELETON_RULES:
        text = text.replace(old, new)
    text = text.replace(" ", "")
    return _DOUBLE.sub(r"\1", text)


def is_code(name: str) -> bool:
    """True for codes and abbreviations (IATA "MRS", "CNN"-like all-caps tokens).

    GeoNames lists these as alternate names; matched case-insensitively they
    turn ordinary words into places, so the index keeps them exact-case only.
    """
    if len(name) >= 6 and name[:6].isalpha():
        return False          # six letters already: no code (most names; this runs for every name sought)
    letters = [c for c in name if c.isalpha()]
    if (any(c.isdigit() for c in name) and len(letters) <= 4) or (name.endswith(".") and len(letters) <= 5):
        return True           # "A1", "M4", "Ky.", "U.S." (but not "6th of October City")
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


def is_latin(name: str) -> bool:
    """True when every letter is Latin script (with or without diacritics)."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True
