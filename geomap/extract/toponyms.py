"""Toponym recognition: find the place names a text mentions, driven by the gazetteer.

Pure functions over text plus a gazetteer for "is this a name?". Candidate
spans are runs of capitalised words (with "of", "al-", "de"... inside);
within a run the longest span the gazetteer knows wins ("Verin Shorzha", not
"Shorzha"), and a match grows over a following geographic head noun the
gazetteer also knows ("Lachin corridor", "Karabakh ridge"). Filters drop what
news capitalises but is not a place: sentence-initial common words, people
("President Jordan", "Paris Hilton"), organisations ("Washington Post"),
months and weekdays. Rules rather than a statistical NER because they run at
hundreds of articles per second on one core and explain every decision.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from wordfreq import zipf_frequency

from geomap.gazetteer.names import is_code

TOKEN = re.compile(r"(?:St|Ste|Mt|Ft)\.(?=\s[A-Z])|[A-Z]\.(?:[A-Z]\.)+|\w+(?:['’]\w+)*(?:-\w+(?:['’]\w+)*)*", re.UNICODE)
POSSESSIVE_AFTER = re.compile(r"['’]s\b")

# Lowercase words allowed inside a multiword name ("Bosnia and Herzegovina", "Rio de Janeiro").
CONNECTORS = frozenset({"of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le",
                        "les", "el", "al", "ad", "an", "as", "ash", "ar", "at", "az", "ez", "ed", "er", "et", "ech", "adh",
                        "ath", "bin", "ibn", "upon",
                        "on", "and", "the", "y", "i", "en", "es", "sur", "am", "im", "van", "der", "den", "aan"})
# The connectors that are part of a name (an article or particle), not words between two names.
NAME_PARTICLES = CONNECTORS - {"of", "and", "on", "the", "upon", "at", "i", "en", "es", "sur", "am", "im", "aan"}
# Lowercase words of a site's name ("nuclear power plant", "air base"), tried when the gazetteer knows the whole.
SITE_WORDS = frozenset({"nuclear", "power", "plant", "station", "air", "base", "military", "naval", "hydroelectric",
                        "thermal", "oil", "refinery", "port", "international", "airport", "dam", "bridge"})
# Geographic head nouns that extend a name when the gazetteer knows the longer name.
GEO_HEADS = frozenset({"corridor", "region", "district", "province", "valley", "river", "ridge", "range",
                       "mountains", "mountain", "height", "heights", "peak", "hill", "hills", "pass",
                       "strait", "sea", "bridge", "dam", "reservoir", "lake", "gorge", "plain", "plains",
                       "desert", "forest", "island", "islands", "peninsula", "bay", "gulf", "canal",
                       "strip", "bank", "highway", "road", "crossing", "camp", "oblast", "governorate",
                       "state", "county", "city", "enclave", "border", "coast", "delta", "basin",
                       "airport", "airfield", "airbase", "township", "tehsil", "upazila", "municipality", "commune",
                       "cercle", "lga"})
# Head nouns a name grows over when the gazetteer knows the longer name: a port too ("Hodeidah port"), which
# is no head of a name said alone ("Port" is no place).
_GROWN_HEADS = GEO_HEADS | {"port", "seaport", "harbour", "harbor"}
# Sites a town's possessive names: "Kabul's airport", "Beirut's port".
_OWNED_SITES = frozenset({"airport", "airfield", "port", "seaport", "harbour", "harbor"})
# Heads of natural features: "X Mountain" is no town X (an area "X District" is X's, a "X Bridge" at X).
NATURAL_HEADS = frozenset({"valley", "river", "ridge", "range", "mountains", "mountain", "heights", "peak", "hill",
                           "hills", "pass", "strait", "sea", "lake", "gorge", "plain", "plains", "desert", "forest",
                           "island", "islands", "peninsula", "bay", "gulf", "delta", "basin", "coast", "glacier"})
# Features that lie apart from the towns named like them, also when the head is written in lowercase.
_FEATURE_HEADS_APART = frozenset({"river", "lake", "mountain", "mountains"})     # (not "Baghaichhari hills")
# Two-word heads of protected areas, which lie apart from the towns and districts they are named after.
PROTECTED_AREA_HEADS = frozenset({("national", "park"), ("national", "forest"), ("national", "reserve"),
                                  ("game", "reserve"), ("nature", "reserve"), ("forest", "reserve"),
                                  ("wildlife", "reserve"), ("wildlife", "sanctuary")})
MONTHS_DAYS = frozenset("""january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday""".split())
TITLES = frozenset("""mr mrs ms miss dr prof president minister premier chancellor king queen prince
princess sheikh sen senator rep representative gov governor gen general col colonel lt capt captain
maj major sgt cmdr adm admiral judge justice pope bishop rev father saint st secretary ambassador
spokesman spokeswoman spokesperson chief commander mayor lord lady sir dame ibn bin bint abu umm sultan emir""".split()) - {"st"}
# Abbreviated titles before a name: "Col. Benjamin Hao" is no Col (Zolla, Italy), "Brig. Gen." no Brig (Switzerland).
TITLE_ABBREVIATIONS = (TITLES | frozenset("brig cpl pvt cmdr cdr comdr insp supt hon amb lieut cpt pfc".split())) - {"st"}
_NAME_NEXT = re.compile(r"\.\s+[A-Z]")
# Words that, right after a place name, make it part of an organisation or a person.
ORG_HEADS = frozenset("""post times tribune herald journal gazette telegraph chronicle examiner observer
guardian globe star daily news press airlines airways air tech institute university college school
inc corp corporation company co ltd group bank fc united city's rovers wanderers athletic club
giants lakers warriors capitals nationals senators rangers council party front movement agency
television tv radio network records hotel hospital stadium mall center centre foundation today
army liberation brigade brigades battalion battalions regiment militia cartel office""".split())
STOP_SPANS = frozenset({"god", "allah", "internet", "parliament", "congress", "senate", "government",
                        "cabinet", "ministry", "army", "police", "president", "state", "republic", "union",
                        "kingdom", "court", "council", "street", "road", "north", "south", "east", "west",
                        "northern", "southern", "eastern", "western", "central", "new", "old", "great",
                        "greater", "upper", "lower", "saint", "san", "santa", "mount", "lake", "river",
                        "city", "county", "district", "region", "province", "island", "earth", "world",
                        # feasts and holy months: "during Ramadan" is no Turabah, "at Easter" no Eastern District
                        "ramadan", "ramazan", "muharram", "ashura", "eid", "diwali", "easter", "nowruz", "hajj",
                        "lent", "passover", "hanukkah", "christmas", "pentecost"})
COMMON_WORD_ZIPF = 4.3
VERY_COMMON_ZIPF = 5.0
FUNCTION_WORD_ZIPF = 6.0          # "the", "in", "and": never part of a name's capitalised words
# Function words the given-name list also holds ("In" is a Korean given name): never a first name here.
FUNCTION_WORDS = frozenset("in on at as by to of for from with and but or if so the a an this that it he she we "
                           "they his her its their after before during while when where".split())
DIRECTIONS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"})
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|explained|wrote|argued|testified|tweeted|insisted)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|recalled|asked|wrote|according to)\s+$")
# Words that say the name after them is a person's: "his mother Nancy", "a man with the surname Yang".
_PERSON_BEFORE = re.compile(r"""\b(?:mother|father|wife|husband|son|daughter|brother|sister|uncle|aunt|cousin|
    grandson|granddaughter|grandmother|grandfather|girlfriend|boyfriend|fianc[ée]e?|widow|nephew|niece|
    surname|nicknamed|named|alias)\s+$""", re.X | re.I)
# Connectors inside Spanish, Portuguese and Italian place names ("Santa Cruz de la Sierra", "Rio das Ostras").
ROMANCE_CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "das", "di", "della"})
# What befalls a person, not a place: "Thulani has been killed", "Juma was arrested".
_HARMED_AFTER = re.compile(r"""\s+(?:has|have|had|was|is)\s+(?:been\s+|just\s+been\s+)?(?:killed|shot|murdered|assassinated|
    wounded|injured|arrested|abducted|kidnapped|detained|beheaded|stabbed)\b""", re.X)
# The particle of a family name: "Robson dos Santos", "Osama bin Laden".
_SURNAME_PARTICLES = frozenset({"dos", "das", "da", "do", "bin", "ibn", "van", "von", "der", "den"})
# A street, square or road named after a place is not that place: "Haifa Street", "Ries Street".
_STREET_AFTER = re.compile(r"\s+(?-i:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Strasse|Straße|Drive)\b"
                           # "Thana road in Turbat": a street of the town named after it, whatever its case
                           r"|\s+(?:road|street|avenue|lane)\s+(?:in|of)\s+(?-i:[A-Z])", re.I)


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    """Named actors of the registry (news agencies, armed groups, bodies): never places."""
    from geomap.extract import actors
    return frozenset(p for p, a in actors.registry().actors.items() if a.type not in ("head_of_state",))


# Vehicle makers whose names are also towns (Toyota, Japan; Mercedes, Argentina; Nissan, France...): before a
# vehicle word or a model's name, or after "a", they name a vehicle ("a Toyota Land Cruiser", "Toyota pickups").
VEHICLE_MAKES = frozenset("""toyota nissan mercedes mercedes-benz isuzu hyundai kia mitsubishi suzuki honda ford chevrolet
lada volvo renault peugeot hino kamaz ural mazda subaru dodge jeep lincoln fiat opel volkswagen daewoo""".split())
_VEHICLE_AFTER = re.compile(r"[\s-]+(?:[A-Z][\w-]*|pick-?ups?|trucks?|lorr(?:y|ies)|cars?|vehicles?|SUVs?|vans?|jeeps?|"
                            r"sedans?|saloons?|minibus(?:es)?|bus(?:es)?|technicals?|4x4s?|four-wheel|minivans?|"
                            r"station\s+wagons?)\b")
# ("a white Mercedes", "an old Toyota"; not "an area of Mercedes": no preposition between)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n)\s+(?:(?!(?:of|in|near|from|at|to|around)\s)[a-z-]+\s+){0,2}$")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str
    cue: str | None = None           # "admin" / "feature" / "settlement" / "country" from the words around


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    cap: bool                 # capitalised, or an elided article before a capital ("d'Ivoire", "l'Aquila")


# The Arabic article joined to the next word of a name: "Deir al-Balah", "Deir ez-Zor", "El Fasher".
_ARTICLE_JOINED = re.compile(r"(?:al|el|ad|ar|as|at|az|an|ash|ed|es|ez|et|en|er|ul|ud|adh|ath)-[A-Z]")


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in TOKEN.finditer(text):
        word, end = m.group(), m.end()
        if len(word) > 2 and word.endswith(("'s", "’s")):      # "Russia’s" -> "Russia"
            word, end = word[:-2], end - 2
        cap = word[:1].isupper() or (len(word) > 2 and word[1] in "'’" and word[2].isupper()) \
            or ("-" in word and bool(_ARTICLE_JOINED.match(word)))
        out.append(_Tok(m.start(), end, word, cap))
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names (gender-guesser's dictionary of ~40,000 names from many countries)."""
    import gender_guesser
    from pathlib import Path
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names = set()
    with open(path, encoding="iso-8859-1") as fh:
        for line in fh:
            if line[:1] in "MF?1" and not line.startswith("#"):
                name = line[3:29].strip()
                if name and "+" not in name and " " not in name:
                    names.add(name)
    return frozenset(names)


def _sentence_initial(text: str, tok: _Tok) -> bool:
    before = text[max(0, tok.start - 4):tok.start].rstrip(" \t\"'“‘(«")
    return not before or before[-1] in ".!?\n:;—–-" or tok.start < 2


@lru_cache(maxsize=50_000)
def _common_word(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF


CUE_BEFORE = {"district": "admin", "districts": "admin", "region": "admin", "regions": "admin",
              "province": "admin", "provinces": "admin", "oblast": "admin", "governorate": "admin",
              "state": "admin", "county": "admin", "rayon": "admin", "marz": "admin",
              "department": "admin", "departments": "admin", "prefecture": "admin", "prefectures": "admin",
              "governorates": "admin", "counties": "admin",
              "city": "settlement", "cities": "settlement", "town": "settlement", "towns": "settlement",
              "village": "settlement", "villages": "settlement", "settlement": "settlement",
              "settlements": "settlement", "capital": "settlement",
              "outskirts": "settlement", "suburbs": "settlement", "suburb": "settlement",     # ("the outskirts of Ghazni")
              "mount": "feature", "mt": "feature", "height": "feature", "heights": "feature",
              "peak": "feature", "hill": "feature", "river": "feature", "lake": "feature", "pass": "feature",
              "country": "country", "republic": "country", "countryside": "admin"}
CUE_AFTER = {"countryside": "admin", "state": "admin", "district": "admin", "districts": "admin", "region": "admin", "province": "admin",
             "oblast": "admin", "governorate": "admin", "rayon": "admin", "marz": "admin", "county": "admin",
             "department": "admin", "prefecture": "admin",
             "height": "feature", "heights": "feature", "peak": "feature", "hill": "feature", "ridge": "feature",
             "river": "feature", "mountain": "feature", "mountains": "feature", "pass": "feature",
             "village": "settlement", "town": "settlement", "city": "settlement"}
_LIST_THEN_UNITS = re.compile(r"(?:\s*,\s*(?:and\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*\s*,?\s*(?:and\s+|or\s+)?"
                              r"(?:[A-Z][\w'’-]+\s+)?(?P<unit>oblasts|provinces|regions|governorates|districts|states|"
                              r"counties|rayons)\b")
# (not "X, the region's governor")
_APPOSITION_UNIT = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?P<unit>territory|region|province|state|"
                              r"district|governorate|capital|town|city|village)\b(?!['’]s)")
_CUE_BEFORE_RE = re.compile(r"\b(\w+)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,2}$")


_DATELINE = re.compile(r"""(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?   # ", Texas", ", Ky."
    \s*(?:\([A-Za-z ]+\)|[-—–:]\s)                       # "(Reuters)", " - "
    """, re.VERBOSE)


# What follows a town's name in capitals that opens a dateline: "KYIV (Reuters) -", "DOHA, Oct 3", "JUBA —".
_CAPS_DATELINE_AFTER = re.compile(r"\s*(?:,\s*[A-Z]|\(|[-—–:]\s)")


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens a line as a dateline ("DETROIT —", "AUSTIN, Texas (AP)")."""
    if text[text.rfind("\n", 0, start) + 1:start].strip():
        return False
    name = text[start:end]
    return bool(_DATELINE.match(text, end)) or (name.isupper() and len(name) > 3)


_WORD_AFTER = re.compile(r"[\s’']*(?:s\s+)?(\w+)")
_UNIT_OF_BEFORE = re.compile(r"\b(\w+)\s+of\s+(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?,\s+(?:and\s+)?)*$")
_TITLE_BEFORE = re.compile(r"\b(mount|mt\.?|village|town|city)\s+$")
# "rural Idlib", "rural Damascus": the area around a town, named by the town's name (the area's when it has one).
_RURAL_BEFORE = re.compile(r"\brural\s+$")


def cue_for(text: str, start: int, end: int) -> str | None:
    """The kind of place the words around a mention point to ("the district of X" -> "admin")."""
    if _dateline(text, start, end):
        return "settlement"       # "WASHINGTON (Reuters) -": a dateline names a city
    after = _WORD_AFTER.match(text, end, end + 20)
    if after and after.group(1).lower() in CUE_AFTER:
        return CUE_AFTER[after.group(1).lower()]
    # "Sumy, Kharkiv and Zaporizhzhia oblasts", "Tillaberi, a huge territory in western Niger": the unit
    # word after a list, or in an apposition, says what each member is.
    listed = _LIST_THEN_UNITS.match(text, end) or _APPOSITION_UNIT.match(text, end)
    if listed:
        unit = listed.group("unit").lower().rstrip("s")
        return CUE_AFTER.get(unit) or CUE_BEFORE.get(unit, "admin")     # ("Muramvya, a provincial capital": a town)
    before = text[max(0, start - 60):start].lower()
    # "the district of X", "the southern Armenian towns of Goris, Kapan" (list members share the cue)
    m = _UNIT_OF_BEFORE.search(before)
    if m and m.group(1) in CUE_BEFORE:
        return CUE_BEFORE[m.group(1)]
    m = _TITLE_BEFORE.search(before)
    if m:
        return CUE_BEFORE[m.group(1).rstrip(".")]
    if _RURAL_BEFORE.search(before) or _HOLDS_A_TOWN_BEFORE.search(before):
        return "admin"
    return None


# "Mazangaro, a town in Junin": the name after holds a town, so it is an area.
_HOLDS_A_TOWN_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:town|village|hamlet|settlement|community)\s+in\s+$")


def _site_words_end(text: str, toks: list["_Tok"], start: int, first: int, known: Callable[[str], bool]) -> int | None:
    """The token index after two or three lowercase site words from ``toks[first]`` that make, with the name
    starting at ``start``, a name the gazetteer knows ("Al Asad air base", "Zaporizhzhia nuclear power
    plant"), or None."""
    for last in range(first + 1, min(first + 3, len(toks))):
        if any(t.cap or t.text.lower() not in SITE_WORDS for t in toks[first:last + 1]):
            return None
        if known(text[start:toks[last].end]):
            return last + 1
    return None


def find_spans(text: str, known: Callable[[str], bool], major: Callable[[str], bool],
               fuzzy: Callable[[str], bool] | None = None,
               translit: Callable[[str], bool] | None = None,
               framed: list[Span] | None = None) -> list[Span]:
    """Place-name spans in ``text``.

    ``known(name)`` says whether the gazetteer has the name; ``major(name)`` whether
    its best candidate is a country, first-level area, capital or large city (kept
    even when the word is common or sentence-initial); ``fuzzy(name)`` whether a
    long unknown token is a misspelling of a prominent place; ``translit(name)`` whether
    an unknown name is another romanisation of a gazetteer name ("Doomdooma", "Dum Duma"),
    taken only where the words around it say it is a place. Unknown names in such a frame are
    added to ``framed`` (when given), for the caller to try against the document's countries.
    """
    toks = _tokens(text)
    spans: list[Span] = []
    surnames = _surnames(text, toks, known, major)
    spelt: set[str] = set()       # other spellings taken in a frame (see _match_run)
    bare: list[tuple[int, int, int]] = []     # runs that gave no span: (where in ``spans``, i, j)
    i = 0
    n = len(toks)
    while i < n:
        if not toks[i].cap:
            i += 1
            continue
        # A run of capitalised tokens with connectors inside, on one line.
        j = i + 1
        while j < n and not _line_break(text, toks[j - 1], toks[j]):
            if toks[j].cap:
                j += 1
            elif toks[j].text.lower() in CONNECTORS and j + 1 < n and toks[j + 1].cap \
                    and not _line_break(text, toks[j], toks[j + 1]):
                j += 2
            elif toks[j].text.lower() in CONNECTORS and j + 2 < n and toks[j + 1].text.lower() in ("the", "la", "el") \
                    and toks[j + 2].cap and not _line_break(text, toks[j], toks[j + 2]):
                j += 3                # "Republic of the Congo", "Isla de la Juventud"
            else:
                break
        # (a surname stays a place where the words say so: "Mamman Tsafe ... visited Tsafe town")
        before = len(spans)
        spans.extend(s for s in _match_run(text, toks, i, j, known, major, fuzzy, translit, framed, spelt)
                     if s.text not in surnames or major(s.text) == "country" or _place_frame(text, s.start, s.end))
        if len(spans) == before:
            bare.append((before, i, j))
        i = j
    if spelt:
        # One name, one place in one story: a spelling taken where the words framed it as a place ("a market
        # in Kabkabiya") is that place where they do not ("the Kabkabiya market"), before or after.
        for at, i, j in reversed(bare):
            if any(name in text[toks[i].start:toks[j - 1].end] for name in spelt):
                spans[at:at] = [s for s in _match_run(text, toks, i, j, known, major, fuzzy, translit, None, spelt)
                                if s.text not in surnames]
    return spans


# Titles of local units written before the name, as the Philippines, Indonesia, Ethiopia and South Asia do:
# "Barangay Tunggol", "Sitio Kabasalan", "Kebele 03".
UNIT_TITLES = frozenset("barangay brgy brgy. sitio purok kampung kampong desa kebele woreda tehsil mauza mouza mohalla "
                        "mahalla".split())
_PLACE_TYPE_BEFORE = re.compile(r"\b(?:%s)\s+$" % "|".join(re.escape(w.capitalize()) for w in sorted(UNIT_TITLES)))


def _surnames(text: str, toks: list[_Tok], known, major) -> set[str]:
    """Last names of people the text introduces in full ("John Walsh" -> "Walsh"): later
    "Walsh said" is the person, not Walsh, Ireland."""
    names = given_names()
    out = set()
    for k, (a, b) in enumerate(zip(toks, toks[1:])):
        if not (a.cap and b.cap and _spaced(text, a, b)) or b.text.isupper() or _common_word(b.text):
            continue
        if k + 2 < len(toks) and _given_and_two_surnames(text, a, b, toks[k + 2], major):
            out.add(b.text)   # "Rafael González Valdez": a given name and two surnames, whatever a barrio is called
            continue
        if a.text.lower() in FUNCTION_WORDS or a.text.lower() in UNIT_TITLES:
            continue          # ("Blasts In Maiac Town": a title-case headline's preposition is no given name;
            #                    "Barangay Tunggol": a unit's title)
        # "John Walsh", or "Arch Walsh" mid-sentence where neither word is a place; or a pair the words go on
        # to call a person ("Abdullahi Hassan, a military commander in Beledweyne, told Xinhua")
        if (a.text in names or (not _sentence_initial(text, a) and a.text.lower() not in TITLES
                                and not major(a.text) and not major(b.text))
                or (a.text.isalpha() and not known(a.text) and _PERSON_NEXT.match(text, b.end)
                    and major(b.text) not in _AREA_MAJORS)) \
                and not known(f"{a.text} {b.text}"):      # "Team Alberta", "CTV Winnipeg" stay places
            out.add(b.text)   # (the gazetteer asked last: most pairs fail the cheaper tests)
        if len(a.text) <= 5 and a.text.isalpha() and _EAST_ASIAN_GIVEN.match(b.text) and major(a.text) not in _AREA_MAJORS:
            out.add(a.text)   # "Chen Shui-bian", "Lee Myung-bak": the family name comes first
    return out


def _given_and_two_surnames(text: str, given: _Tok, first: _Tok, second: _Tok, major) -> bool:
    """Whether three spaced capitalised words are a given name and two surnames ("Rafael González Valdez"), the
    first two no major place and neither surname a common word or a place's head ("Laurel County Sheriff")."""
    return given.text in given_names() and first.cap and second.cap and _spaced(text, given, first) \
        and _spaced(text, first, second) and not _common_word(first.text) and not _common_word(second.text) \
        and first.text.lower() not in GEO_HEADS and not major(f"{given.text} {first.text}")


# A Chinese or Korean given name romanised in two syllables: "Shui-bian", "Myung-bak", "Jae-in".
_EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}$")


# Kinds of prominent place that no one is named after ("Pakistan-administered Kashmir said" is no person).
_AREA_MAJORS = frozenset({"country", "continent", "admin1", "region", "capital", "disputed_territory"})
# What follows a person's name: a title in apposition, or a verb of saying.
_PERSON_NEXT = re.compile(r""",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:commander|spokes(?:man|woman|person)|official|officer|
    minister|governor|mayor|resident|witness|leader|chief|head|director|member|lawmaker|senator|colonel|general|captain|
    analyst|journalist|reporter|activist|doctor|lawyer|farmer|teacher|survivor)\b
    |\s+(?:said|says|told|added|explained|stated)\b""", re.X)


def _spaced(text: str, a: _Tok, b: _Tok) -> bool:
    """Whether one plain space parts two tokens: a name grows over the next word only then ("Mitiga airport",
    not "(formerly Ghonchi) district")."""
    return text[a.end:b.start] == " "


def _line_break(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end:b.start]
    return "\n" in gap or any(c in gap for c in ",;:()\"“”[]|/") or ". " in gap


FUZZY_MIN_TOKEN = 10

# Words that make the next name a place: "in X", "the village of X"; or the previous one: "X district".
_SETTLEMENT_CALLED = re.compile(r"\b(?:village|town|hamlet|settlement|locality|community|city)\b[^.;]{0,70}"
                                r"\b(?:called|named)\s+$", re.I)
_FRAME_PREPOSITIONS = ("in", "at", "near", "outside", "into", "around", "inside", "towards", "toward", "across")
_FRAME_NOUNS = frozenset("town city village district province region settlement area towns cities villages "
                         "districts provinces regions settlements areas".split())
_FRAME_NOUNS_OF = _FRAME_NOUNS | {"control", "countryside", "outskirts", "suburb", "suburbs", "vicinity", "environs",
                                   "neighbourhood", "neighborhood", "quarter", "municipality", "commune"}
# What is done only to a place: "the RSF seized El-Nuhud", "took control of Nahud".
FRAME_VERBS = frozenset("captured seized recaptured retook liberated overran shelled".split())
_PLACE_FRAME_BEFORE = re.compile(r"\b(?:%s|(?:%s)\s+of)\s+$" % ("|".join(_FRAME_PREPOSITIONS), "|".join(sorted(_FRAME_NOUNS))),
                                 re.I)
# Earlier members of a list, so that "the districts of Dhubri, Mangaldoi" frames Mangaldoi as "of" does Dhubri.
_LIST_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)+(?:and\s+)?$|[A-Z][\w'’-]+\s+and\s+$")
_PLACE_FRAME_AFTER = re.compile(r"""\s+(?:district|province|region|village|town|city|governorate|oblast|county|township|
                                     tehsil|upazila|woreda|zone|municipality|commune|LGA|local\s+government\s+area)\b
                                 |,\s+(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+)?\d+\s*(?:km|kilomet(?:er|re)s|miles)\b""",
                                re.I | re.X)     # (", about 160 kilometers southeast of Timbuktu": a place measured)


_DATELINE_AFTER = re.compile(r",\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2}\s*(?:\([^)\n]{1,40}\)\s*)?(?::|[-—–]+)\s")


def _place_frame(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30):start]
    words = before.split()[-2:]       # (by hand: this runs for every unknown capitalised name)
    if words and before[-1:].isspace() and (words[-1].lower() in _FRAME_PREPOSITIONS or words[-1] in FRAME_VERBS
                                            or words[-1].lower() in UNIT_TITLES or (
            len(words) == 2 and words[-1].lower() == "of" and words[0].lower() in _FRAME_NOUNS_OF)):
        return True
    if _PLACE_FRAME_AFTER.match(text, end):
        return True
    if text[:start].rstrip(" \t")[-1:] in ("\n", "") and _DATELINE_AFTER.match(text, end):
        return True               # a line's opening town before its country: "Maaret al Numan, Syria: ..."
    if words and words[-1].lower() in ("called", "named") and _SETTLEMENT_CALLED.search(text, max(0, start - 90), start):
        return True               # "in a village 65 kilometres from Makhachkala, called Sergokal"
    # A later member of a list: only then is the costlier look past the earlier members worth it.
    return before.endswith((", ", " and ")) and (
        bool(_PLACE_FRAME_BEFORE.search(_LIST_BEFORE.sub("", text[max(0, start - 80):start])))
        or bool(_UNITS_AFTER_LIST.match(text, end)))      # ("the attack on Bariire and Awdhigle bases")


_UNITS_AFTER_LIST = re.compile(r"\s+(?:districts|provinces|regions|villages|towns|bases|camps|counties|townships)\b", re.I)


# Names of institutions whose last word is also a place's name: no place, in whole or in part.
_INSTITUTION_NAME = re.compile(r"(?:Lok|Rajya|Vidhan)\s+Sabha\b")


def in_institution_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` is part of an institution's name that ends in a place's ("Lok Sabha")."""
    return any(m.start() <= start < m.end() for m in _INSTITUTION_NAME.finditer(text, max(0, start - 12), start + 12))


# An acronym in brackets right after a name: "the Kanglei Yawol Kanna Lup (KYKL)".
_ACRONYM_AFTER = re.compile(r"[ \t]*\((?:the[ \t]+)?([A-Z][A-Za-z]{1,9})\)")


def _spelt_out(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """Whether a run of words is spelt out by the acronym in brackets after it: an organisation's name
    ("Movement for the Emancipation of the Niger Delta (MEND)"), whose places are no places told."""
    after = _ACRONYM_AFTER.match(text, toks[j - 1].end)
    if after is None:
        return False
    words = [t.text for t in toks[i:j] if t.text not in ("The", "A", "An")]
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return len(capitals) >= 3 and after.group(1).upper() in (capitals, "".join(w[0].upper() for w in words))


def _match_run(text: str, toks: list[_Tok], i: int, j: int, known, major, fuzzy=None,
               translit=None, framed=None, spelt: set[str] | None = None) -> Iterator[Span]:
    """Spans of the run of tokens ``i:j``. Other spellings taken in a frame are added to ``spelt``, and a
    name in it needs no frame."""
    k = i
    if j - i > 1 and toks[i].text in ("The", "A", "An"):
        k = i + 1                 # "The United States": the article is not part of the name
    if j - k > 2 and _spelt_out(text, toks, k, j) and not known(text[toks[k].start:toks[j - 1].end]):
        return                    # (but "the Central African Republic (CAR)" is the country)
    owned = -1                    # the token after an area's possessive: "Cambodia's Oddar Meanchey"
    while k < j:
        if not toks[k].cap or toks[k].text in ("The", "A", "An") or (
                toks[k].text.lower() in TITLE_ABBREVIATIONS and _NAME_NEXT.match(text, toks[k].end)):
            # A span never starts on a connector ("the United States" -> "United States"), nor on an
            # article ("The city residents" is no place called "The" grown over "city"), nor on a title
            # abbreviated before a name.
            k += 1
            continue
        if (inst := _INSTITUTION_NAME.match(text, toks[k].start)) is not None:
            while k < j and toks[k].start < inst.end():
                k += 1            # "the Lok Sabha": a house of parliament, not Sabha in Libya
            continue
        if k > i and _ARTICLE_JOINED.match(toks[k].text) and toks[k - 1].cap and _spaced(text, toks[k - 1], toks[k]):
            k += 1                # "Iqlim al-Tuffah": a joined article binds to the word before, not a name of its own
            continue
        hit = None
        for end in range(j, k, -1):
            if not toks[end - 1].cap:
                continue          # a span never ends on a connector
            s, e = toks[k].start, toks[end - 1].end
            name = text[s:e]
            if text[e:e + 1] == "." and text[max(0, s - 2):s] == ", " and is_code(name + ".") \
                    and known(name + "."):   # "Louisville, Ky.", "Winnipeg, Man." (not "the Hairy Man.")
                hit = (end, s, e + 1, name + ".")
                break
            if _acceptable(name) and known(name):
                hit = (end, s, e, name)
                break
            if name.isupper() and is_code(name) and _CAPS_DATELINE_AFTER.match(text, e) \
                    and not text[text.rfind("\n", 0, s) + 1:s].strip() and known(name.title()):
                hit = (end, s, e, name.title())     # "KYIV (Reuters) -", "DOHA, Oct 3 -": a dateline, not a code
                break
            last = toks[end - 1].text
            if end - 1 > k and "-" in last:
                cut = toks[end - 1].start + last.index("-")       # "New York-based" -> "New York"
                if _acceptable(text[s:cut]) and known(text[s:cut]):
                    hit = (end, s, cut, text[s:cut])
                    break
        if hit is None and "-" in toks[k].text and translit is not None and k == i \
                and _place_frame(text, toks[k].start, toks[k].end) and translit(toks[k].text):
            # "came into Gourma-Rharouss": another spelling of a hyphenated name is that place, not the
            # known name of its first part (Gourma, a province of Burkina Faso).
            hit = (k + 1, toks[k].start, toks[k].end, toks[k].text)
        if hit is None and "-" in toks[k].text and not (k > i and _ARTICLE_JOINED.match(toks[k].text)):
            # (not "Moqtada al-Sadr": a joined article after a capitalised word is a person's surname)
            parts = list(_hyphen_parts(toks[k], major))
            if parts:             # "Pakistan-administered", "India-Pakistan", "EU-Canada"
                yield from parts
                k += 1
                continue
        if hit is None and fuzzy is not None and len(toks[k].text) >= FUZZY_MIN_TOKEN:
            # A misspelt long name ("Nagorno-Karabkah"): only prominent places qualify.
            name = toks[k].text
            if fuzzy(name):
                hit = (k + 1, toks[k].start, toks[k].end, name)
        if hit is None and k == i and j < len(toks) and not toks[j].cap and toks[j].text.lower() in _GROWN_HEADS \
                and _spaced(text, toks[j - 1], toks[j]) and known(text[toks[i].start:toks[j].end]):
            hit = (j + 1, toks[i].start, toks[j].end, text[toks[i].start:toks[j].end])   # "Mitiga airport"
        elif hit is None and k == i and j < len(toks) and _spaced(text, toks[j - 1], toks[j]) \
                and (last := _site_words_end(text, toks, toks[i].start, j, known)) is not None:
            hit = (last, toks[i].start, toks[last - 1].end, text[toks[i].start:toks[last - 1].end])  # "Al Asad air base"
        # A country's or area's possessive opens a name of two words or more too, or of one before a unit
        # word ("Afghanistan's Paktiya province"); one word alone after it is mostly a person's ("Russia's
        # Lavrov"), and so is a name a given name opens ("Russia's Vladimir Putin").
        if k == owned and (toks[k].text in given_names() or (k + 1 >= j or not toks[k + 1].cap) and not (
                k + 1 < len(toks) and toks[k + 1].text.lower() in UNIT_HEADS)):
            owned = -1
        # (a later member of a list in the run starts its own name: "Bariire and Awdhigle bases")
        start = i if k == i or (k != owned and toks[k - 1].text not in ("and", "or")) else k
        whole = j if translit is None or k != start else \
            next((m for m in range(start, j) if not toks[m].cap and toks[m].text.lower() not in NAME_PARTICLES), j)
        # (up to a connector, "X and Y", but over a name's own article: "Maarat al Numan", "Rio de Janeiro")
        if translit is not None and k == start and (hit is None or hit[0] < whole) \
                and not (hit is not None and hit[0] == whole - 1 and toks[whole - 1].text.lower() in GEO_HEADS) \
                and (k == owned or _place_frame(text, toks[start].start, toks[whole - 1].end)
                     or (spelt and _spelling_told(text, toks, start, whole, spelt))):
            # (A known name before a head noun stays that name: "Lamu County" is Lamu, not a spelling
            # of some other county.)
            # Village names reach the news in many romanisations; in a frame that says "place"
            # ("at Doomdooma in Tinsukia district") another spelling of a gazetteer name is that place,
            # and the whole name rather than a known word inside it ("Ain Issa", not "Ain").
            if whole - 1 > start and toks[whole - 1].text.lower() in GEO_HEADS:
                whole -= 1        # the name without its unit word: "Kyaukphyu" of "Kyaukphyu Township"
            name = text[toks[start].start:toks[whole - 1].end]
            if translit(name):
                hit = (whole, toks[start].start, toks[whole - 1].end, name)
                if spelt is not None:
                    spelt.add(name)
            elif hit is None and framed is not None and k != owned:
                framed.append(Span(toks[start].start, toks[whole - 1].end, name, cue_for(text, toks[start].start,
                                                                                      toks[whole - 1].end)))
        if hit is not None and hit[0] + 1 < j and toks[hit[0]].text in ROMANCE_CONNECTORS \
                and hit[0] - k >= 2 and major(hit[3]) not in _PROMINENT:
            # "San Francisco de Yuruani", "San Miguel del Ene": the name goes on past its known first words; a
            # name the gazetteer lacks, not the place those words name (San Francisco, California). (Not one
            # word: "the Tour de France" holds France.)
            k = hit[0] + 1
            continue
        if hit is None:
            k += 1
            continue
        end, s, e, name = hit
        if end < j and text[e:e + 2] in ("'s", "’s") and major(name) in ("country", "admin1"):
            owned = end
        # Grow over a geographic head noun the gazetteer knows: "Lachin corridor", and over the lowercase
        # words of a site's name it knows: "the Zaporizhzhia nuclear power plant".
        if end < len(toks) and toks[end].text.lower() in _GROWN_HEADS and not toks[end].cap \
                and _spaced(text, toks[end - 1], toks[end]):    # (not "(formerly Ghonchi) district")
            longer = text[s:toks[end].end]
            if known(longer):
                e, name, end = toks[end].end, longer, end + 1
        elif end < len(toks) and toks[end].text.lower() in _OWNED_SITES and text[e:toks[end].start] in ("'s ", "’s ") \
                and known(longer := f"{name} {toks[end].text}"):
            e, name, end = toks[end].end, longer, end + 1      # "Kabul's airport" is Kabul airport
        elif (last := _site_words_end(text, toks, s, end, known)) is not None:
            e, name, end = toks[last - 1].end, text[s:toks[last - 1].end], last
        titled = k > 0 and toks[k - 1].cap and toks[k - 1].text.lower().rstrip(".") in TITLES
        site_head = end < j and (toks[end].text.lower() in SITE_HEADS or (
            toks[end].text.lower() in _CAMPUS_HEADS and _SITE_STRUCK_BEFORE.search(text, max(0, s - 40), s)))
        if site_head and _spaced(text, toks[end - 1], toks[end]) \
                and major(name) is not None and major(name) != "country" and not titled:
            # (not "the Ibn Sina Hospital", "the King Fahd Hospital": named after a person)
            yield Span(s, e, name, cue_for(text, s, e))      # "the Jolo Cathedral": a site in Jolo
        elif _keep(text, toks, i, j, k, end, name, major):
            yield Span(s, e, name, cue_for(text, s, e))
        elif any(t.text.lower() in ORG_HEADS or t.text.lower() in ORG_TAILS for t in toks[end:j]) \
                and major(name) in PROMINENT \
                and (" " in name or major(name) in CITIES_AND_UP or not _common_word(name)):
            yield Span(s, e, name, EMBEDDED)      # "London City airport", "Beijing Daily": inside a name
        k = end


def _spelling_told(text: str, toks: list[_Tok], start: int, whole: int, spelt: set[str]) -> bool:
    """Whether the run's name (without a unit word after it) is a spelling already taken in a frame."""
    if whole - 1 > start and toks[whole - 1].text.lower() in GEO_HEADS:
        whole -= 1
    return text[toks[start].start:toks[whole - 1].end] in spelt


# "Witu Lamu County" (a comma dropped): a name before "X County" is a place in it, not a given name.
UNIT_HEADS = frozenset({"county", "district", "province", "region", "oblast", "governorate", "state", "municipality",
                         "prefecture", "department"})
# Last words of organisations' names, besides ORG_HEADS: "London Homeless Coalition".
ORG_TAILS = frozenset("""coalition association society committee commission authority service board
federation league union trust fund institute museum church cathedral""".split())
# Sites that stand in the town whose name they carry: "the Jolo Cathedral", "Kandahar Airport".
SITE_HEADS = frozenset("""cathedral church mosque temple shrine synagogue hospital market bazaar stadium airport
prison jail penitentiary barracks""".split())
EMBEDDED = "embedded"
CITIES_AND_UP = frozenset({"country", "continent", "capital", "city"})        # the cue of a place named inside an organisation's name
PROMINENT = frozenset({"country", "continent", "admin1", "capital", "city", "region", "disputed_territory"})


# A compass word joined to a name is part of that name ("Bahema-Nord", "Kivu-Sud"), not the area it also names.
_COMPASS_PARTS = frozenset("nord sud est ouest north south east west norte sur oeste".split())


def _hyphen_parts(tok: _Tok, major) -> Iterator[Span]:
    """Prominent places inside a hyphenated word the gazetteer does not know as a whole."""
    start = tok.start
    for part in tok.text.split("-"):
        if part[:1].isupper() and len(part) > 1 and part.lower() not in _COMPASS_PARTS and major(part) in PROMINENT:
            yield Span(start, start + len(part), part)
        start += len(part) + 1


def _acceptable(name: str) -> bool:
    low = name.lower()
    if low in MONTHS_DAYS or low in STOP_SPANS:
        return False
    if len(name) > 2 and name[:3].isalpha():
        return True
    letters = sum(c.isalpha() for c in name)
    if letters < 2 or (letters == 2 and not name.isupper()):
        return False          # "We", "No", "Io"
    return True


# A lowercase unit word after a name: "Than To district", "Bang Pu village".
_LOCAL_UNIT_AFTER = re.compile(r"\s+(?:district|sub-?district|province|county|township|municipality|village|town)\b")
_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|San|Santa|Sainte)\s")
_DEDICATED_AFTER = re.compile(r"['’]s?\s+(?:(?:[A-Z][a-z]+|Catholic|Anglican|Orthodox|Parish|parish)\s+){0,2}"
                              r"(?:church|cathedral|parish|chapel|basilica|school|college|hospital|mission|seminary|"
                              r"monastery|convent|abbey)\b", re.I)
# An administrative unit word after a name: "the Bay region", "Lakes State".
_ADMIN_UNIT_AFTER = re.compile(r"\s+(?:region|province|state|district|county|governorate)\b", re.I)
_UNIT_AFTER = re.compile(r"\s+(?:group|grouping|brigade|battalion|division|regiment|corps)\s+of\s+(?:forces|troops)\b"
                         # ("the Azov nationalist regiment": an adjective or two between)
                         r"|\s+(?:(?!(?:where|when|while|and|or|of|in|the|a|an|to|with|by|from|as|at|on|that|which|was|"
                         r"were|is|are|has|had|have|said|says)\b)[a-z][\w-]*\s+){0,2}(?:grouping|brigade|battalion|regiment)\b")
NAME_WORD_ZIPF = 3.5        # "Metro", "Central", "Station": words a name is made of, not themselves places
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|of|to)\s+$")
# A university named after its town ("Aleppo University") where something struck it: the town's site.
_CAMPUS_HEADS = frozenset({"university", "college"})
_SITE_STRUCK_BEFORE = re.compile(r"\b(?:at|inside|outside|near|through|into|on|targeted|attacked|stormed|bombed|hit|struck|"
                                 r"raided|besieged|shelled)\s+(?:the\s+)?$", re.I)
_CONTAINER_AFTER = re.compile(r",\s+((?:[A-Z][\w'.-]+)(?:\s+[A-Z][\w'.-]+){0,2})\b")
# ", 27 km (17 miles) west of Goma": an appositive measuring the name from another place says it is a place.
_MEASURED_AFTER = re.compile(r""",\s+(?:some\s+|about\s+|around\s+|roughly\s+)?\d[\d,.]*\s*-?\s*(?:km|kilomet(?:re|er)s?|miles?)\b
                             (?:\s*\([^)]{0,30}\))?\s+(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+)?
                             (?:of|from)\s""", re.X)

_FOR_A_NAME_AFTER = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
# Places whose one-word names stay places even as part of a longer name ("Georgia Governor", "Jordan Valley").
_PROMINENT = ("country", "continent", "capital", "admin1", "city")
_COMPASS = re.compile(r"(?:North|South|East|West|Central|Upper|Lower|New|Old|Greater)(?:ern)?$")
_WEAPON_AFTER = re.compile(r"\s+(?:(?:multiple|multi-barrel)[\s-]+(?:launch[\s-]+)?)?(?:rocket[\s-]+)?(?:cocktails?|rifles?|missiles?|rockets?|"
                           r"drones?|launchers?|grenades?|tanks?|howitzers?|systems?|jets?|helicopters?|MLRS|shells?|munitions?)\b", re.I)
# Weapon systems named like places ("Grad" is also a Slovenian municipality): before a weapon word, a weapon.
WEAPON_NAMES = frozenset({"grad", "uragan", "smerch", "tornado", "tochka", "iskander", "kalibr", "kinzhal", "shahed",
                          "geran", "katyusha", "qassam", "burkan", "scud", "fajr", "zelzal", "bayraktar", "himars"})
_PEOPLE_AFTER = re.compile(r"\s+(?:communit(?:y|ies)|tribes?|tribesmen|tribals|clans?|ethnic\s+groups?|(?-i:people)(?!['’]|\s+(?:in|of|from)\b))\b",
                           re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_ARTICLELESS_CODES = frozenset({"DC"})
_AREA_AFTER = re.compile(r"[ \t]+(?:area|region|metro|suburbs?|metropolitan)\b", re.I)
_DISEASE_AFTER = re.compile(r"\s+(?:ha?emorrhagic\s+)?(?:virus|viruses|fever|ebolavirus|disease)\b", re.I)


def _inside_name(text: str, toks: list[_Tok], i: int, at: int, before: bool) -> bool:
    """Whether the token next to a span (``i``: the one before it, or the one after) is a capitalised
    word of the same name: joined by a space, not a month or day, not the sentence's first word."""
    word = toks[i].text.lower() if 0 <= i < len(toks) else ""
    if not word or not toks[i].cap or word in MONTHS_DAYS or zipf_frequency(word, "en") >= FUNCTION_WORD_ZIPF:
        return False              # "On Monday Orange ...", "Orange The ...": not one name
    a, b = (toks[i], toks[at]) if before else (toks[at - 1], toks[i])
    if text[a.end:b.start] != " ":
        return False
    return not (before and _sentence_initial(text, toks[i]))




def _keep(text: str, toks: list[_Tok], run_start: int, run_end: int, k: int, end: int, name: str,
          major) -> bool:
    first = toks[k]
    words = name.split()
    if is_code(name):
        # "the DC's convoy", "the DC said": in South Asian and East African news a deputy or district
        # commissioner; the District of Columbia takes no article ("the DC area" stays). (Other codes do:
        # "the ACT", "the B.C. government".)
        return not (name in _ARTICLELESS_CODES and _THE_BEFORE.search(text, max(0, first.start - 5), first.start)
                    and not _AREA_AFTER.match(text, toks[end - 1].end))
    if re.search(r"\b(?:town|city|village|settlement|region|district|province)\s+of\s+(?:the\s+)?$",
                 text[max(0, first.start - 30):first.start], re.I):
        return True               # "the town of Shire": the words say it is a place
    if _PLACE_TYPE_BEFORE.search(text, max(0, first.start - 12), first.start):
        return True               # "Barangay Tunggol", "Sitio Kabasalan": a local unit's title before its name
    if name.lower() in _organisations():
        return False              # "Xinhua", "Hezbollah": actors, not places
    if name.lower() in VEHICLE_MAKES and (
            ((after := _VEHICLE_AFTER.match(text, toks[end - 1].end)) and after.group().strip(" -").lower() not in GEO_HEADS)
            or _ARTICLE_BEFORE.search(text, max(0, first.start - 30), first.start)):
        return False              # "a Toyota Camry", "Toyota pickups", "a white Mercedes": a vehicle, not a town
    if _SAINT.match(name) and _DEDICATED_AFTER.match(text, toks[end - 1].end):
        return False              # "St. Mary's church", "Saint Joseph's Parish": a saint a building is named after
    # People: "President Jordan", "Mr Paris", "his mother Nancy", "Robson dos Santos".
    prev = toks[k - 1].text.lower().rstrip(".") if k > 0 else ""
    if prev in TITLES and k > 0 and toks[k - 1].cap:
        return False
    if len(words) == 1 and major(name) not in ("country", "continent") \
            and _PERSON_BEFORE.search(text, max(0, first.start - 25), first.start):
        return False
    if k > 1 and k > run_start and prev in _SURNAME_PARTICLES and toks[k - 2].cap and not major(toks[k - 2].text) \
            and text[toks[k - 2].end:first.start] == f" {toks[k - 1].text} ":
        return False
    if _STREET_AFTER.match(text, toks[end - 1].end):
        return False
    if len(words) == 1 and name.lower() in TITLES and major(name) not in PROMINENT:
        return False              # "Sultan Park", "Bishop said": a title, not Sultan (Washington) or Bishop (California)
    if len(words) == 1 and major(name) not in PROMINENT and _HARMED_AFTER.match(text, toks[end - 1].end):
        return False              # "Thulani has been killed": a person's name (a place is not shot, nor arrested)
    if len(words) == 1 and name.lower() in GEO_HEADS and not (k > 0 and toks[k - 1].text == "The") \
            and not (major(name) in ("admin1", "admin2") and _ADMIN_UNIT_AFTER.match(text, toks[end - 1].end)):
        return False              # "the Swat Valley": a head word alone names nothing ("The Valley" stays, and so
        #                           does Somalia's "Bay region": a unit word after says it names that unit)
    if _UNIT_AFTER.match(text, toks[end - 1].end) and major(name) != "country":
        return False              # "the Yug group of forces", "the Kherson grouping": a unit's name
    if end + 1 < run_end and (toks[end].text.lower(), toks[end + 1].text.lower()) in PROTECTED_AREA_HEADS:
        return False              # "Kibale National Park": a park the gazetteer lacks, not the district it is named after
    if end < run_end and toks[end].text.lower() in NATURAL_HEADS and major(name) not in PROMINENT:
        return False              # "Šar Mountain", "Kunar River": a feature the gazetteer lacks, not its namesake town
    if end < len(toks) and not toks[end].cap and toks[end].text.lower() in _FEATURE_HEADS_APART \
            and _spaced(text, toks[end - 1], toks[end]) and major(name) in (None, "populated_place", "admin2", "admin3"):
        return False              # "the San Miguel river" too (a "valley" is the district's: "the Swat valley"; a
        #                           feature stays itself: "the Adrar des Ifoghas mountain range")
    if len(words) == 1 and end + 1 < run_end and toks[end].cap and toks[end + 1].cap and name in given_names() \
            and major(name) not in _PROMINENT:
        return False              # "Ahmad Wali Karzai": a given name opening a name of three words is a person's
    if len(words) == 2 and end < run_end and _given_and_two_surnames(text, toks[k], toks[k + 1], toks[end], major):
        return False              # "Rafael González Valdez": a given name and two surnames, not the barrio Rafael González
    # Organisations and people: a place name followed by more capitalised words in the run.
    if end < run_end and toks[end].cap:
        nxt = toks[end].text.lower()
        if nxt in ORG_HEADS:
            return False
        if len(words) == 1 and (name in given_names() or not major(name)) and not POSSESSIVE_AFTER.match(text, toks[end - 1].end) \
                and not _common_word(toks[end].text) and not major(toks[end].text) and nxt not in GEO_HEADS \
                and not (end + 1 < run_end and toks[end + 1].text.lower() in UNIT_HEADS):
            return False          # "Vladimir Putin", "Jordan Henderson": given name + surname ("London's Heathrow" stays)
    if k > run_start and toks[k - 1].cap and len(words) == 1 and not major(name) \
            and not _common_word(toks[k - 1].text) and text[toks[k - 1].end:first.start] not in ("'s ", "’s ") \
            and not (end < run_end and toks[end].text.lower() in UNIT_HEADS):
        return False              # "Hilton Paris", surname position (not "Manipur's Churachandpur")
    if all(_common_word(w) for w in words) and not _sentence_initial(text, first) \
            and _LOCATIVE_BEFORE.search(text, max(0, first.start - 12), first.start):
        after = _CONTAINER_AFTER.match(text, toks[end - 1].end)
        named = after.group(1).split() if after else []
        # (the longest run of words that is an area: "Maryland. The man" is Maryland)
        if any(major(" ".join(named[:n]).rstrip(".")) in ("admin1", "country") for n in range(len(named), 0, -1)):
            return True           # "in Reading, Berkshire", "in Silver Spring, Maryland": the container says it is a place
    if len(words) == 1 and zipf_frequency(name.lower(), "en") >= NAME_WORD_ZIPF and k > run_start and toks[k - 1].cap \
            and _spaced(text, toks[k - 1], first) and major(toks[k - 1].text) in CITIES_AND_UP \
            and major(name) not in PROMINENT:
        return False              # "Moscow Metro", "Kabul Central": a word of the name a bigger place starts
    if len(words) == 1 and k == run_start and _MEASURED_AFTER.match(text, toks[end - 1].end) \
            and not _sentence_initial(text, first):
        return True               # "had captured Sake, 27 km west of Goma": measured from a place, so a place
    if len(words) == 1 and _common_word(name) and not major(name):
        return False              # "Police", "Reading", "Split"
    if len(words) == 1 and zipf_frequency(name.lower(), "en") >= NAME_WORD_ZIPF + 1.4 and major(name) == "admin1" \
            and k > run_start and toks[k - 1].cap and not _COMPASS.match(toks[k - 1].text) \
            and zipf_frequency(toks[k - 1].text.lower(), "en") >= NAME_WORD_ZIPF:
        return False              # "Department Store": the last word of a name, not Slovenia's Store
    if len(words) == 1 and _common_word(name) and major(name) not in _PROMINENT and not name.isupper() \
            and (_inside_name(text, toks, k - 1, k, before=True) or _inside_name(text, toks, end, end, before=False)):
        return False              # "Agent Orange", "Food and Drug Administration", "Federal Minister": a word of a name
    if len(words) == 1 and _common_word(name) and major(name) not in ("country", "continent", "capital", "city") \
            and _FOR_A_NAME_AFTER.match(text, toks[end - 1].end):
        return False              # "the Centre for Human Rights and Democracy": the first word of a body's name
    if _WEAPON_AFTER.match(text, toks[end - 1].end) and (major(name) not in (
            "country", "continent", "admin1", "capital", "region", "disputed_territory") or name.lower() in WEAPON_NAMES):
        return False              # "a Molotov cocktail", "Grad rockets", "Shahed drones": a weapon's name
    people = _PEOPLE_AFTER.match(text, toks[end - 1].end)
    if people and (major(name) not in PROMINENT or (people.group().strip().lower() == "people" and major(name) in (
            "city", "region", "admin1"))) and not (
            people.group().strip().lower() == "community"
            and (not _THE_BEFORE.search(text, max(0, first.start - 5), first.start) or len(words) > 1)):
        return False              # "Meitei and Kuki communities", "the Kuki community", "Naga people": a people, not
        #                           Kuki in Japan or Naga in the Philippines
        #                           (not "shelled Ochakiv community": a Ukrainian hromada in translation; nor a town
        #                           of two words, "the Finote Selam community")
    if _DISEASE_AFTER.match(text, toks[end - 1].end) and major(name) not in ("country", "continent"):
        return False              # "Marburg virus", "Lassa fever": a disease named after a place
    if len(words) == 1 and major(name) and not _sentence_initial(text, first) \
            and _LOCATIVE_BEFORE.search(text, max(0, first.start - 12), first.start) \
            and not (end < run_end and toks[end].cap):
        return True               # "a crowd in Nice on Thursday": a common word as a city of 100,000 after "in"
    if len(words) == 1 and zipf_frequency(name.lower(), "en") >= VERY_COMMON_ZIPF \
            and major(name) not in ("country", "capital", "city", "continent") \
            and not (major(name) == "admin1" and name.lower() not in DIRECTIONS):
        return False              # "Lakes", "Nice", "Bath": read as words ("Europe", "California" are places)
    if len(words) == 1 and not major(name) and (_SPEECH_AFTER.match(text, toks[end - 1].end)
                                                or _SPEECH_BEFORE.search(text, max(0, first.start - 20), first.start)):
        return False              # "Walsh said", "said Walsh": a person
    if all(_common_word(w) for w in words) and len(words) > 1 and not major(name) \
            and words[-1].lower() not in GEO_HEADS and not any(major(w) for w in words if w[:1].isupper()) \
            and not _LOCAL_UNIT_AFTER.match(text, toks[end - 1].end):
        return False              # "White House" as an alternate name of Casablanca ("Scott County" stays, and so
        #                           does "Than To district": a unit word after says the words are a place's name)
    if _dateline(text, first.start, toks[end - 1].end):
        return True               # "DETROIT — The mayor said": a dateline, not a capitalised word
    if _sentence_initial(text, first) and len(words) == 1 and _common_word(name) \
            and major(name) not in ("country", "continent", "capital", "city", "admin1"):
        return False              # "Split the difference": capitalised because it starts the sentence
    return True
