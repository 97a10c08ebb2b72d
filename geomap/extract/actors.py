"""Who is who: countries' names and adjectives, institutions and named actors.

Reads the registry in ``geomap/data`` (``demonyms.tsv``, ``institutions.tsv``,
``actors.tsv``, ``leaders.tsv``) plus any user registry (``$GEOMAP_ACTORS``, same columns as
``actors.tsv``), and answers: which side does this phrase name, which actor
is this claimant. Multi-pattern matching through pyahocorasick.
"""
from __future__ import annotations

import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import ahocorasick
from wordfreq import zipf_frequency

from geomap.config import settings
from geomap.gazetteer.index import demonyms_path
from geomap.gazetteer.names import normalize
from geomap.gazetteer.sources import tsv_rows
from geomap.model import LOCAL, MEDIA, Claimant

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Actor:
    canonical: str
    side: str
    type: str


def _tsv(path: Path) -> list[dict[str, str]]:
    return [row for _where, row in tsv_rows(path)] if path.is_file() else []


_US = re.compile(r"\bUS\b")


@dataclass(eq=False)      # hashable by identity, for caches keyed on the registry
class Registry:
    """Lookup tables built from the data files."""
    side_names: dict[str, str]            # "azerbaijan" -> "AZ" (names and adjectives, lowercase)
    side_label: dict[str, str]            # "AZ" -> "Azerbaijan"
    international: frozenset[str]         # sides that are international bodies (UN, EU, OSCE...)
    adjectives: dict[str, str]            # adjectives only: "azerbaijani" -> "AZ"
    institutions: dict[str, tuple[str, str]]   # "defense ministry" -> ("ministry", "Ministry of Defence")
    actors: dict[str, Actor]              # "kremlin" -> Actor(...)
    automaton: ahocorasick.Automaton      # every side name, adjective and actor pattern
    # Acronyms that name one actor or another by the story's country ("AA@MM" Arakan Army, "AA@TR"
    # Anadolu Agency): exact case, resolved only with the story (:func:`in_story`).
    conditional: dict[str, list[tuple[str, Actor]]] = field(default_factory=dict)
    # Acronyms whose letters' case tells two actors apart ("JeM" Jaish-e-Mohammed, "JEM" the Justice and
    # Equality Movement): the alias as written -> its actor.
    cased: dict[str, Actor] = field(default_factory=dict)

    def actor(self, matched: str) -> Actor:
        """The actor a matched alias names, by its exact case first."""
        return self.cased.get(matched) or self.actors[matched.lower()]

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, matched, kind) for whole-word matches; kind "side:XX" or "actor"."""
        return list(_find(self, text))


@lru_cache(maxsize=8192)      # a document's sentences and phrases are asked about again and again
def _find(reg: Registry, text: str) -> tuple[tuple[int, int, str, str], ...]:
    low = _lower_in_place(text)
    out = []
    if len(reg.automaton) == 0:
        return ()
    for end, (pattern, kind) in reg.automaton.iter(low):
        start = end - len(pattern) + 1
        if (start > 0 and (low[start - 1].isalnum())) or (end + 1 < len(low) and low[end + 1].isalnum()):
            continue
        out.append((start, end + 1, text[start:end + 1], kind))
    us = reg.side_names.get("u.s.")
    if us:
        # "US" in capitals is the country; lowercased it would be the pronoun, so no pattern holds it.
        out.extend((m.start(), m.end(), m.group(), f"side:{us}") for m in _US.finditer(text))
    # "National Defence Army" is not the "Defence Army" of the registry: an alias of common words
    # right after another capitalised word is the end of someone else's name.
    out = [m for m in out if not (m[3] == "actor" and _inside_other_name(text, m[0], m[2], reg))]
    # "the al-Qaeda-linked JNIM group": a name that only qualifies another is not the actor meant.
    # ... nor is a group only said to be linked to it ("the al-Qaeda-linked group" is another group).
    out = [m for m in out if not (m[3] == "actor" and _QUALIFIER_AFTER.match(low, m[1])
                                  and (_LINKED_AFTER.match(low, m[1]) or _BACKER_AFTER.match(low, m[1])
                                       or any(o[0] > m[1] and o[3] == "actor" for o in out)))]
    # Longest match wins where matches overlap.
    out.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str, str]] = []
    for m in out:
        if kept and m[0] < kept[-1][1]:
            continue
        kept.append(m)
    return tuple(kept)


def _lower_in_place(text: str) -> str:
    """The text in lower case, each character where it was: "İ" (Turkish capital dotted I) lowers to two
    characters, which would shift every offset after it."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _inside_other_name(text: str, start: int, matched: str, reg: "Registry") -> bool:
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, start - 30):start])
    if not before:
        return False
    word = re.sub(r"['’]s?$", "", before.group(1)).lower()     # ("Sudan's Rapid Support Forces": the owner's name)
    if word in reg.side_names or word in ("the", "a", "an") or reg.actor(matched).side == "NGO":
        return False          # (nor a civic body's town: "the Wad Madani Resistance Committee")
    return all(zipf_frequency(w, "en") >= 4.0 for w in matched.lower().split())


_FACILITY_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:Hospital|Clinic|Medical\s+Cent(?:re|er)|School|University|"
                             r"College|Institute|Street|Road|Avenue|Square|Mosque|Church|Cathedral|Market|Bridge|"
                             r"Quarter|Gardens?|Hotel|Club|Stadium)\b", re.I)
_BASED_AFTER = re.compile(r"-based\b")
_BACKED_AFTER = re.compile(r"-(?:backed|supported|sponsored|funded|armed|trained)\b")
_SOCIETY_OF = re.compile(r"\b(?:association|society|foundation|institute|federation|league|chamber)\s+of\s+(?:the\s+)?$")
# What a named actor does for another in a compound: "UN-backed", "UN-recognised".
_BACKING = r"backed|recogni[sz]ed|brokered|sponsored|funded|supported|mandated|sanctioned"
_QUALIFIER_AFTER = re.compile(rf"-(?:linked|affiliated|allied|aligned|inspired|led|run|{_BACKING})\b")
# "the UN-recognised government", "a UN-backed administration": the one named backs another, whoever it is.
_BACKER_AFTER = re.compile(rf"-(?:{_BACKING})\s+"
                           r"(?:[\w-]+\s+)?(?:government|administration|authorit(?:y|ies)|council|forces|troops|army|"
                           r"militias?|ministry|cabinet|parliament|president|prime\s+minister)\b")   # (read in lower case)
_LINKED_AFTER = re.compile(r"-(?:linked|affiliated|allied|aligned|inspired)\s+(?:[\w-]+\s+)?(?:group|groups|militants|"
                           r"fighters|insurgents|rebels|militias?|jihadists|faction|cells?|network)\b")


def capital_of(name: str) -> str | None:
    """The country whose capital ``name`` is ("Bogota" -> "CO", by GeoNames' country table), else None."""
    return _capital_keys().get(normalize(name))


def capital_name(iso: str) -> str | None:
    """The name of a country's capital ("SO" -> "Mogadishu"), by GeoNames' country table."""
    return _capital_names().get(iso)


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    return {iso: name for name, iso in _capitals().items()}


@lru_cache(maxsize=1)
def _capital_keys() -> dict[str, str]:
    return {normalize(name): iso for name, iso in _seats().items()}


# Other names news gives a government's seat than GeoNames' capital: older spellings ("Kiev"), a capital
# renamed back ("Astana"), and seats of government that are not the capital in law (Bujumbura until 2019, La
# Paz, Yangon until 2005). Source: GeoNames alternate names and Wikipedia's "List of national capitals".
_SEATS = {"Kiev": "UA", "Sana'a": "YE", "Naypyidaw": "MM", "Rangoon": "MM", "Ndjamena": "TD", "Astana": "KZ",
          "Bujumbura": "BI", "La Paz": "BO", "Chişinău": "MD", "Ashkhabad": "TM"}


def _capitals() -> dict[str, str]:
    """Each capital's country; of two sharing a name, the more populous ("Kingston" is Jamaica's)."""
    from geomap.gazetteer.sources import countries
    ranked = sorted(countries().values(), key=lambda c: int(c.get("population") or 0))
    return {c["capital"]: c["iso"] for c in ranked if c.get("capital")}


def _seats() -> dict[str, str]:
    """Each name of a seat of government that stands for it in news ("Kiev said"), with its country."""
    return _capitals() | _SEATS


_PINNED: list[Registry] = []


def registry(actors_file: Path | None = None) -> Registry:
    """The claimant registry, with the user's actors file (default: ``$GEOMAP_ACTORS``) first.

    Cached per file, so a changed setting gives a fresh registry rather than a stale answer; inside
    :func:`pinned` the settings are not read again (extraction asks thousands of times a second).
    """
    if actors_file is None and _PINNED:
        return _PINNED[-1]
    return _registry(actors_file if actors_file is not None else settings().actors_file)


@contextmanager
def pinned() -> Iterator[Registry]:
    """The current registry, held for the duration of the block (one batch of documents)."""
    _PINNED.append(registry())
    try:
        yield _PINNED[-1]
    finally:
        _PINNED.pop()


# A short acronym with two capitals or more ("JeM", "JEM", "LeT"): its case is part of the name.
_CASED_ACRONYM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,6}")


@lru_cache(maxsize=4)
def _registry(user: Path | None) -> Registry:
    side_names: dict[str, str] = {}
    side_label: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    international = set()
    for row in _tsv(demonyms_path()):
        side = row["side"].strip()
        if row.get("kind", "").strip() == "international":
            international.add(side)
        names = [n.strip() for n in row.get("names", "").split("|") if n.strip()]
        if names:
            side_label.setdefault(side, names[0])
        for n in names:
            side_names.setdefault(n.lower(), side)
        for a in row.get("adjectives", "").split("|"):
            if a.strip():
                adjectives.setdefault(a.strip().lower(), side)
                side_names.setdefault(a.strip().lower(), side)
    institutions = {r["pattern"].strip().lower(): (r["type"].strip(), r["canonical"].strip())
                    for r in _tsv(DATA / "institutions.tsv") if r.get("pattern")}
    actors: dict[str, Actor] = {}
    conditional: dict[str, list[tuple[str, Actor]]] = {}
    cased: dict[str, Actor] = {}
    for path in ([user] if user else []) + [DATA / "actors.tsv", DATA / "leaders.tsv"]:
        for r in _tsv(path):
            if not r.get("pattern"):
                continue
            actor = Actor(r["canonical"].strip() or r["pattern"].strip(), r["side"].strip(), r["type"].strip())
            for p in [r["pattern"], *r.get("aliases", "").split("|")]:
                alias, _at, country = p.strip().partition("@")
                if country:
                    conditional.setdefault(alias, []).append((country.upper(), actor))
                elif alias:
                    actors.setdefault(alias.lower(), actor)
                    if _CASED_ACRONYM.fullmatch(alias):
                        cased.setdefault(alias, actor)
                    # (claimant phrases are read without their possessives: "New People's Army" as "new people army")
                    actors.setdefault(_POSSESSIVE.sub("", alias.lower()), actor)
    auto = ahocorasick.Automaton()
    for name, side in side_names.items():
        auto.add_word(name, (name, f"side:{side}"))
    # Capitals stand for their governments in news ("Baku accused...", "Moscow said").
    for cap, iso in _seats().items():
        if cap.lower() not in side_names:
            auto.add_word(cap.lower(), (cap.lower(), f"capital:{iso}"))
    for pattern in actors:
        auto.add_word(pattern, (pattern, "actor"))
    auto.make_automaton()
    return Registry(side_names, side_label, frozenset(international), adjectives, institutions, actors, auto,
                    conditional, cased)


@lru_cache(maxsize=1)
def _successions() -> dict[str, tuple[str, date]]:
    return {r["group"].strip(): (r["state"].strip(), date.fromisoformat(r["from"].strip()))
            for r in _tsv(DATA / "successions.tsv") if r.get("group")}


# France's overseas departments and collectivities, which ISO 3166-1 codes apart: their gendarmes, prefects and
# high commissioners are organs of the French state (ISO 3166-1 alpha-2 codes; the French constitution's
# articles 73, 74 and 76-77).
FRENCH_OVERSEAS = frozenset("NC PF WF PM BL MF RE GP MQ GF YT".split())


def side_on(side: str | None, day: date | None) -> str | None:
    """The side on a day: an armed group that has since become a state's government (the Taliban from
    15 August 2021) is that state; a French overseas territory's state organs are France's."""
    if side in FRENCH_OVERSEAS:
        return "FR"
    if side is None or day is None:
        return side
    state = _successions().get(side)
    return state[0] if state is not None and day >= state[1] else side


@lru_cache(maxsize=4)
def _conditional_pattern(reg: Registry) -> re.Pattern:
    """The story-dependent acronyms of the registry as one pattern, longest first (as whole words)."""
    aliases = sorted(reg.conditional, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(map(re.escape, aliases)))


def in_story(surface: str, named: set[str]) -> Claimant | None:
    """The actor a story-dependent acronym in the phrase names, given the countries the story names
    ("AA reported" is Anadolu in a story from Turkey, the Arakan Army in one from Myanmar)."""
    reg = registry()
    if not reg.conditional:
        return None
    present = set(_conditional_pattern(reg).findall(surface))
    for alias, choices in reg.conditional.items():
        if alias in present:
            actor = next((a for country, a in choices if country in named), None)
            if actor is not None:
                return Claimant(surface, actor.canonical, actor.side, actor.type)
    return None


def namesake_in_story(surface: str, named: set[str]) -> Claimant | None:
    """The story's own body of an acronym a state abroad shares: "ISPR" is Pakistan's military media wing, but
    in a story naming Bangladesh and not Pakistan it is Bangladesh's (the phrase names it by the acronym alone)."""
    reg = registry()
    found = [(m, k) for _s, _e, m, k in reg.find(surface)]
    if not found or any(k != "actor" or not m.isupper() or m not in reg.conditional for m, k in found):
        return None
    return in_story(surface, named)


def foreign_acronym(surface: str, named: set[str]) -> bool:
    """Whether the phrase names a state's body only by an acronym of a state the story never names:
    "the UPDF Democratic" in a story from Bangladesh is no Ugandan army (acronyms are few letters, and
    armed groups far apart share them; a group's own code, al-Qaeda's AQ, is no state's)."""
    reg = registry()
    found = reg.find(surface)
    for _s, _e, matched, kind in found:
        actor = reg.actor(matched) if kind == "actor" and matched.isupper() else None
        if actor is not None and actor.type not in PERSON_TYPES and actor.type != "armed_group" and len(actor.side) == 2 \
                and actor.side not in reg.international and actor.side not in named \
                and not any(k == f"side:{actor.side}" or (k == "actor" and m != matched and reg.actor(m).side == actor.side)
                            for _a, _b, m, k in found):
            return True       # (unless the phrase names the state: "South Sudan's People's Defense Force (SSPDF)")
    return False


# "a Pakistani national", "two British citizens", "a Somali-born man": a person's nationality, not the country of
# what the text tells.
_NATIONALITY_AFTER = re.compile(r"[\s-]+(?:nationals?|citizens?|passport|born|descent|origin)\b")    # (not "Somali National Army")


def adjective_countries(text: str) -> Counter[str]:
    """Sides named in ``text`` by adjective or demonym ("Armenian" -> AM), counted; not a person's
    nationality ("a Pakistani national")."""
    reg = registry()
    counts: Counter[str] = Counter()
    for _s, e, matched, kind in reg.find(text):
        if kind.startswith("side:") and matched.lower() in reg.adjectives and matched[:1].isupper() \
                and not _NATIONALITY_AFTER.match(text, e):
            counts[kind[5:]] += 1
        elif kind == "actor" and (first := matched.split()[0]).lower() in reg.adjectives and first[:1].isupper():
            counts[reg.adjectives[first.lower()]] += 1     # "the Syrian Observatory for Human Rights": of Syria
    return counts


def side_of(phrase: str) -> str | None:
    """The side a phrase names: a country, adjective, de facto entity or named actor."""
    reg = registry()
    found = reg.find(phrase)
    for i, (_s, e, matched, kind) in enumerate(found):
        if kind.startswith(("side:", "capital:")):
            if matched[:1].islower():
                continue          # "power poles", "turkey", "china plates": words, not Poles, Turkey, China
            if _OWNER.match(phrase, e):
                # "Sudan's Rapid Support Forces", "Nigeria's Boko Haram": the country holds the group, which
                # is its own side.
                group = next((reg.actor(m) for _s2, _e2, m, k in found[i + 1:]
                              if k == "actor" and reg.actor(m).type == "armed_group"), None)
                if group is not None:
                    return group.side
            return kind.split(":", 1)[1]
        if kind == "actor":
            return reg.actor(matched).side
    return None


_OWNER = re.compile(r"['’]s?\s")


@lru_cache(maxsize=4)
def _institution_regex(reg: Registry) -> re.Pattern:
    """One alternation of every institution noun, longest first (leftmost-longest match)."""
    patterns = sorted(reg.institutions, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, patterns)) + r")(?!\w)")     # ("gen." ends in a stop)


def normalize_claimant(surface: str) -> Claimant:
    """Canonical actor, side and type for a claimant phrase (cached: news repeats its claimants)."""
    return _normalize_cached(surface, registry())


@lru_cache(maxsize=20_000)
def _normalize_cached(surface: str, reg: Registry) -> Claimant:
    # Keyed on the registry too, so a changed $GEOMAP_ACTORS never serves a stale answer.
    return _normalize_claimant(surface, reg)


_NATIONAL_RED_CROSS = re.compile(r"\b([a-z]+)(?:\s+arab)?\s+red\s+(?:cross|crescent)\b(?!\s+and\s+red\s+crescent)")
# A country's breakaway part named after it: "the Moldovan separatist region of", "Georgia's breakaway republic of".
_BREAKAWAY_OF = re.compile(r"\b(?:separatist|breakaway|rebel|self-proclaimed|self-declared|unrecognised|unrecognized|"
                           r"pro-russian)\s+(?:region|republic|enclave|territory|state)\s+of\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"['’]s?\b")
_BRANCH_OF = re.compile(r"\b(?:branch|affiliate|offshoot|franchise|wing|arm|faction|ally)\s+of\s+(?:the\s+)?$")
PERSON_TYPES = frozenset({"head_of_state", "head_of_government", "minister", "spokesperson", "diplomat", "official",
                          "ombudsman"})
# Capitalised words that may stand before a known person's surname ("President Abbas", "Mr Abbas").
_TITLES = frozenset("""president prime minister mr mrs ms dr general gen secretary chancellor king queen prince
sheikh premier leader chief spokesman spokeswoman foreign defence defense interior vice deputy ambassador envoy
colonel col lieutenant lt major maj commander admiral marshal senator governor mayor""".split())


def _another_persons_name(text: str, alias: str, actor: Actor) -> bool:
    """Whether a known person's one-word alias ("Abbas") is here the surname of someone else (a given
    name that is no title stands right before it: "Athar Abbas") or an acronym ("MARCOS")."""
    if actor.type not in PERSON_TYPES or " " in alias:
        return False
    if re.search(rf"\b{re.escape(alias.upper())}\b", text) and len(alias) > 3:
        return True           # "the commander of MARCOS": an acronym, not the person
    after = re.search(rf"(?i:\b{re.escape(alias)})\s+([A-Z][a-z][\w'’-]*)", text)
    if after and after.group(1).lower() not in _NOT_SURNAMES:
        return True           # "police official Abbas Khan": the alias is another man's given name
    m = re.search(rf"(?i:\b([\w'’-]+)\s+){re.escape(alias)}\b", text, re.I)
    return bool(m) and m.group(1)[:1].isupper() and m.group(1).lower() not in _TITLES \
        and m.group(1).lower() not in ("the", "a", "an")          # "The Kremlin" is the Kremlin


# Capitalised words that may follow a one-word name without being a surname: days, months, "said" in titles.
_NOT_SURNAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                          "june july august september october november december said says told on in at of and".split())


_NOT_GIVEN = frozenset("the a an north south east west central greater downtown old new northern southern eastern "
                       "western".split())


def surname_in(story: str, name: str) -> bool:
    """Whether the story gives a capital's name as someone's surname ("Ghassan Douglas ... Douglas said")."""
    reg = registry()
    return any(kind.startswith("capital:") for *_x, kind in reg.find(name)) and _surname(story, name, reg)


def _surname(text: str, matched: str, reg: Registry) -> bool:
    """Whether a capital's name in the phrase is a surname: a capitalised word that is no title,
    article, compass word or country stands right before it on its line ("Ghassan Douglas"; not a
    headline's last word over a dateline, "... Oil Depot\n\nKyiv, (APP) ...")."""
    m = re.search(rf"\b([A-Z][\w'’-]*)[ \t]+(?i:{re.escape(matched)})\b", text)
    return m is not None and m.group(1).lower() not in _TITLES | _NOT_GIVEN and m.group(1).lower() not in reg.side_names


def _given_names(text: str) -> set[str]:
    """Words between a title and a surname ("Minister German Galushchenko"): given names even when
    they spell a nationality."""
    return {m.group(1).lower() for m in re.finditer(r"(?i:\b(?:%s)\.?)\s+([A-Z][a-z]+)\s+[A-Z][a-z]+" % "|".join(_TITLES), text)
            if m.group(1).lower() not in _TITLES}


_BESIDE_BEFORE = re.compile(r"\b(?:near|opposite|outside|beside|behind|next\s+to|close\s+to|facing|in\s+front\s+of|"
                            r"across(?:\s+the\s+(?:road|street))?\s+from)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$")
_FORMER = re.compile(r"\b(?:former|ex-|retired|onetime|one-time)\s*(?:[\w-]+\s+){0,2}$")
_OUTLET = re.compile(r"\b(?:newspapers?|daily|weekly|media|press|news\s+agency|news\s+agencies|television|tv|radio|"
                     r"broadcasters?|channels?|news\s+websites?|magazines?)\b")
# Words that make an outlet the state's own ("state television", "the official news agency").
STATE_OWNED = re.compile(r"\b(?<!pro-)(?<!anti-)(?:state|state-run|state-owned|state-controlled|official|government|"
                         r"government-run|public)\b", re.I)       # (not "pro-government media": no state's own)


_COMPANY = re.compile(r"\b(?:firms?|compan(?:y|ies)|contractors?|corporations?|operators?|insurers?|shipowners?|"
                      r"shipping\s+lines?|consultanc(?:y|ies))\b")
# "the Nicaraguan Centre for Human Rights", "Colombian rights group Indepaz", "a Pakistani aid agency": a
# country's rights group or charity is no state (a "human rights commission" may be one, so it is not here).
_RIGHTS_GROUP = re.compile(r"""\b(?:(?:human\s+)?rights\s+(?:groups?|organi[sz]ations?|cent(?:re|er)s?|watchdogs?|monitors?|
    networks?|leagues?|associations?|foundations?|coalitions?)|(?:cent(?:re|er)|institute|league|observatory)
    \s+for\s+(?:human\s+)?rights|aid\s+(?:groups?|agenc(?:y|ies)|organi[sz]ations?)|charit(?:y|ies)|non-?governmental|ngos?)\b""",
                          re.X)
# A profession's own body speaks for its members, not for their state: "the Sudan Doctors' Union", "the Iraqi
# Journalists Syndicate", "the Pakistan Medical Association"; so does civil society ("a civil society leader").
_PROFESSION_OR_CIVIL_SOCIETY = re.compile(r"""\b(?:doctors|physicians|medics|medical|nurses|health\s+workers|journalists|press|lawyers|
    bar|teachers|engineers|pharmacists)['’]?\s+(?:syndicate|union|association|network|federation|guild)s?\b
    |\bcivil[\s-]+society\b""", re.X)
# "State-media reported": the state's media, as "state media" is.
_STATE_HYPHEN = re.compile(r"\bstate-(?=(?:media|television|tv|radio|broadcaster|news)\b)")


def _normalize_claimant(surface: str, reg: Registry) -> Claimant:
    """Canonical actor, side and type for a claimant phrase.

    Named actors first ("the Kremlin", "IDF"); otherwise compositional: a side by
    name or adjective plus an institution noun ("Azerbaijan's Defense Ministry"
    -> "Azerbaijan Ministry of Defence", AZ, ministry). Unknown actors keep their
    surface form with side UNKNOWN, or the side their words name.
    """
    text = " ".join(surface.split())
    low = _STATE_HYPHEN.sub("state ", _POSSESSIVE.sub("", _US.sub("U.S.", text).lower()))
    if (society := _NATIONAL_RED_CROSS.search(low)) and society.group(1) in reg.side_names:
        # "the Philippine Red Cross", "the Kenya Red Cross", "the Syrian Arab Red Crescent": a national society,
        # an NGO, not the ICRC
        return Claimant(text, society.group().title(), "NGO", "ngo")
    matches = reg.find(low)
    side = None
    actor = None
    given = _given_names(text)
    located = False           # a nation named only for where a body sits ("the Belgrade-based media")
    parent = None             # a group named only as the one the speaker is a branch of
    for _s, e, matched, kind in matches:
        if matched in given and kind.startswith("side:"):
            continue          # "Energy Minister German Galushchenko": a given name, not Germany
        if kind.startswith(("side:", "capital:")) and _BACKED_AFTER.match(low, e):
            continue          # "the Iran-backed Lebanese armed group": a backer is not who speaks
        if kind.startswith(("side:", "capital:")) and (
                _FACILITY_AFTER.match(low, e) or _BASED_AFTER.match(low, e) or _SOCIETY_OF.search(low, 0, _s)):
            located = True
            continue          # "a source at El Fasher's Saudi Hospital", "the Syria-based Rojava Information
            #                   Centre", "the London-based group", "the Amhara Association of America": a nation
            #                   naming a building, where a body sits or whose people it gathers is no side
        written = re.search(re.escape(matched), text, re.I) if kind == "actor" else None
        if written is not None and _inside_other_name(text, written.start(), matched, reg):
            continue          # "National Defence Army" is not the registry's "Defence Army"
        if kind == "actor" and actor is None:
            named = reg.actor(written.group() if written else matched)    # (as written: "JeM" is not "JEM")
            if _another_persons_name(text, matched, named):
                continue
            if named.type == "armed_group" and _BRANCH_OF.search(low, 0, _s):
                parent = parent or named
                continue      # "JNIM, the Sahel branch of al-Qaida": the branch speaks, by its own name if given
            if named.type == "media" and re.search(rf"\b{re.escape(matched)}-[A-Za-z]", text, re.I) \
                    and not re.search(rf"\b{re.escape(matched)}\b(?!-)", text, re.I):
                continue      # "AFP-WestMinCom" (the Armed Forces of the Philippines' command) is no news agency
            actor = named
        elif kind.startswith("capital:") and _surname(text, matched, reg):
            continue          # "Ghassan Douglas" is a man, not the Isle of Man's government
        elif kind.startswith(("side:", "capital:")) and side is None:
            side = kind.split(":", 1)[1]
        elif kind.startswith("side:") and _BREAKAWAY_OF.search(low, 0, _s):
            side = kind.split(":", 1)[1]    # "police in the Moldovan separatist region of Transnistria": its own
    actor = actor or parent
    # ("pro-government media", "anti-government protesters": a stance towards the institution, not it)
    found = next((m for m in _institution_regex(reg).finditer(low) if not low.endswith(("pro-", "anti-"), 0, m.start())),
                 None)
    if found and _FORMER.search(low, 0, found.start()):
        found = None          # "a former police officer" speaks for no police
    elif found and _BESIDE_BEFORE.search(low, 0, found.start()):
        found = None          # "Lounes, who sells pastries across the road from the police station": beside it
    inst = reg.institutions[found.group(1)] if found else None
    office = next((reg.institutions[m.group(1)] for m in _institution_regex(reg).finditer(low)
                   if reg.institutions[m.group(1)][0] in ("ministry", "government", "police")), None) \
        if actor and actor.type == "armed_group" else None
    if office:
        # "the Huthi rebels' health ministry": the group's own office, by which "the ministry" is known later
        return Claimant(surface, f"{actor.canonical} {office[1]}", actor.side, office[0])
    if actor and (not inst or actor.type in ("armed_group", "international_body", "media", "peacekeepers")
                  or side is None or side == actor.side):
        return Claimant(surface, actor.canonical, actor.side, actor.type)
    if _PROFESSION_OR_CIVIL_SOCIETY.search(low) and not STATE_OWNED.search(low):
        return Claimant(surface, text, "NGO", "ngo")
    if (side or located) and (not inst or inst[0] == "media") and _OUTLET.search(low) and not STATE_OWNED.search(low):
        # "the Pakistani newspaper Dawn", "Canadian Press", "Ukrainian media": a country's press is no state.
        return Claimant(surface, text, MEDIA, "media")
    if (not inst or inst[0] == "unknown") and _RIGHTS_GROUP.search(low) and not STATE_OWNED.search(low):
        return Claimant(surface, text, "NGO", "ngo")
    if side and not inst and _COMPANY.search(low):
        # "British maritime security firm Ambrey": a company of that country is no state.
        return Claimant(surface, text, LOCAL, "private")
    if side:
        label = reg.side_label.get(side, side)
        if inst and inst[0] == "armed_group" and len(side) == 2:
            # "Syrian rebels", "rebel forces from Ethiopia's Tigray region": who fights in that country, against
            # its state, not the state; whose they are the story says ("the rebels" named before)
            return Claimant(surface, f"{label} {inst[1]}", "UNKNOWN", inst[0])
        if inst:
            return Claimant(surface, f"{label} {inst[1]}", side, inst[0])
        return Claimant(surface, label, side, "government")
    if inst:
        return Claimant(surface, inst[1], "UNKNOWN", inst[0])
    return Claimant(surface, text, "UNKNOWN", "unknown")
