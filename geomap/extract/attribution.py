"""Who says so: the claimant, reporting cue and stance of a sentence.

"X said/stated/reported ...", "..., X said", "said X", "according to X",
"X accused Y of ...", "X denied ...". Pronouns and generic heads ("it said",
"the ministry said", "he added") carry over to the last named claimant.
Pure functions over one sentence; the carry-over state lives in
:class:`AttributionState`, one per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from geomap.extract import actors
from geomap.model import Claimant

SPEECH = (r"said|says|say|stated|states|reported|reports|claimed|claims|announced|announces|added|adds|"
          r"alleged|alleges|told|tells|confirmed|confirms|insisted|insists|warned|warns|wrote|writes|tweeted|"
          r"declared|declares|noted|notes|stressed|stresses|reiterated|emphasized|emphasised|explained|"
          r"asserted|charged|quoted|acknowledged|acknowledges|indicated|posted|informed|revealed|reporting|"
          r"saying|claiming|stating")
ACCUSE = r"accused|accuses|accusing|blamed|blames|blaming"
DENY = r"denied|denies|denying|rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes"
_NONFINITE = re.compile(r"\w+ing")
_CUE = re.compile(rf"\b(?P<cue>{SPEECH}|{ACCUSE}|{DENY})\b")
_ACCORDING = re.compile(r"\baccording to (?P<who>(?:the |a |an )?[^,.;\"“”]{2,80}?)(?=[,.;\"“”]|$| that\b| on\b| in a\b)", re.I)
_INVERTED = re.compile(rf"[,\"”]\s*(?P<cue>{SPEECH})\s+(?P<who>(?:the |a |an )?[A-Za-z][^,.;\"“”]{{1,80}}?)(?=[,.;\"“”]|$| in a\b| on\b)")
_DISCOURSE = re.compile(r",\s*(?:in turn|however|meanwhile|for (?:its|his|her|their) part|too|also|though|"
                        r"in a statement|in a separate statement|later|earlier|separately)\s*,", re.I)
_LEADING = re.compile(r"^(?:(?:but|and|however|meanwhile|also|still|yet|instead|separately|earlier|later|"
                      r"then|so)\s+)+", re.I)
_TIME_LEAD = re.compile(r"^(?:(?:on|late|early|by|in|last)\s+)?(?:the\s+)?(?:\w+\s+){0,3}?(?:monday|tuesday|wednesday|"
                        r"thursday|friday|saturday|sunday|morning|evening|night|week|day|today|yesterday|"
                        r"\d{1,2}|\d{4})\w*\s*,\s*", re.I)
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "its", "his", "her", "their"})
GENERIC_HEADS = re.compile(r"^(?:the|this|that|a|its|his|her|their)\s+(?:\w+\s+)?(?:ministry|statement|army|military|"
                           r"spokes(?:man|woman|person)|official|officials|command|government|office|agency|"
                           r"service|authorities|forces|minister|president|report|source|sources|communiqu[eé])$", re.I)
_BAD_SUBJECT = re.compile(r"^(?:that|which|who|as|what|this|there\b.*|here\b.*|it is|it was|\w+ly)$", re.I)


@dataclass(slots=True)
class Attribution:
    claimant: Claimant
    cue: str
    stance: str                    # assert / accuse / deny
    accused: str | None = None     # the side "X accused Y of" names
    span: tuple[int, int] = (0, 0)  # claimant phrase offsets in the sentence
    content_start: int = 0         # where the reported content begins (after "said"/"accused Y of")


@dataclass
class AttributionState:
    """Per document: the last named claimant, for "it said" and quote carry-over."""
    last: Claimant | None = None
    history: list[Claimant] = field(default_factory=list)

    def remember(self, c: Claimant) -> None:
        if c.side not in ("UNKNOWN",) or c.type != "unknown":
            self.last = c
            self.history.append(c)

    def resolve_generic(self, surface: str) -> Claimant | None:
        """The claimant a pronoun or generic head ("the ministry", "its defense ministry") refers to.

        The latest claimant whose name holds the phrase's institution ("Ministry of Defence");
        failing that, the institution composed with the last named side; pronouns take the last."""
        low = surface.lower()
        base = actors.normalize_claimant(surface)
        institution = base.canonical.lower() if base.type not in ("unknown",) else ""
        for c in reversed(self.history):
            if institution and institution in c.canonical.lower():
                return Claimant(surface, c.canonical, c.side, c.type)
        if institution and self.last is not None:
            label = actors.registry().side_label.get(self.last.side, self.last.side)
            return Claimant(surface, f"{label} {base.canonical}", self.last.side, base.type)
        head = low.split()[-1]
        for c in reversed(self.history):
            if head in PRONOUNS or head in c.canonical.lower() or head in c.surface.lower():
                return Claimant(surface, c.canonical, c.side, c.type)
        return Claimant(surface, self.last.canonical, self.last.side, self.last.type) if self.last else None


def _stance(cue: str) -> str:
    if re.fullmatch(ACCUSE, cue):
        return "accuse"
    if re.fullmatch(DENY, cue):
        return "deny"
    return "assert"


def _subject_before(sentence: str, pos: int) -> tuple[str, int] | None:
    """The noun phrase right before a cue verb, and its start offset."""
    left = sentence[:pos]
    left = _DISCOURSE.sub(lambda m: " " * len(m.group()), left)
    cut = max(left.rfind(ch) for ch in ('"', "“", "”", ";", ":", "(", ")", "—"))
    comma = left.rfind(",")
    if comma > cut:
        cut = comma
    start = cut + 1
    phrase = left[start:].strip().lstrip("-–—: ")
    phrase = re.sub(r"\s+(?:also|later|earlier|then|again|had|has|have|previously|on \w+|in a statement)$", "", phrase, flags=re.I)
    lead = _LEADING.match(phrase) or _TIME_LEAD.match(phrase)
    while lead and lead.group():
        phrase = phrase[lead.end():]
        lead = _LEADING.match(phrase) or _TIME_LEAD.match(phrase)
    phrase = re.sub(r"\b(?:that|which)\b.*$", "", phrase).strip()
    if not phrase or len(phrase.split()) > 12 or _BAD_SUBJECT.match(phrase):
        return None
    if not (phrase[0].isupper() or phrase.lower().split()[0] in PRONOUNS | {"the", "a", "an", "its"}):
        return None
    return phrase, sentence.find(phrase, start - 1 if start else 0)


def _claimant(surface: str, state: AttributionState) -> Claimant | None:
    surface = surface.strip().rstrip(",")
    low = surface.lower()
    named = actors.normalize_claimant(surface)
    if named.side != "UNKNOWN":
        return named                      # "The Israeli military": named, not a carry-over
    if low in PRONOUNS or GENERIC_HEADS.match(surface):
        resolved = state.resolve_generic(surface)
        if resolved is not None and GENERIC_HEADS.match(surface) and resolved.side == "UNKNOWN":
            return actors.normalize_claimant(surface)
        return resolved
    if re.match(r"^(?:its|his|her|their)\s", low):
        # "its defense ministry": the owner is the last named side.
        base = actors.normalize_claimant(surface)
        if state.last is not None and base.side == "UNKNOWN":
            label = actors.registry().side_label.get(state.last.side, state.last.side)
            return Claimant(surface, f"{label} {base.canonical}".strip(), state.last.side, base.type)
        return base
    c = actors.normalize_claimant(surface)
    if c.side == "UNKNOWN" and c.type == "unknown" and not re.search(r"[A-Z]", surface):
        return None
    return c


def attribute(sentence: str, state: AttributionState) -> Attribution | None:
    """The attribution of one sentence, or None when nobody is named as saying it."""
    found: Attribution | None = None
    # Finite verbs ("X said") before participles ("Armenia accusing Azerbaijan ... is hypocrisy, Baku said").
    cues = sorted(_CUE.finditer(sentence), key=lambda m: (bool(_NONFINITE.fullmatch(m.group("cue"))), m.start()))
    for m in cues:
        cue = m.group("cue")
        subj = _subject_before(sentence, m.start())
        if subj is None:
            continue
        phrase, start = subj
        claimant = _claimant(phrase, state)
        if claimant is None:
            continue
        stance = _stance(cue)
        accused = None
        content = m.end()
        if stance == "accuse":
            obj = re.match(r"\s+(?P<obj>[^,.;]{2,60}?)\s+(?:of|for)\b", sentence[m.end():])
            if obj:
                accused = actors.side_of(obj.group("obj"))
                content = m.end() + obj.end()
        found = Attribution(claimant, cue, stance, accused, (start, start + len(phrase)), content)
        break
    if found is None:
        m = _INVERTED.search(sentence)
        if m:
            claimant = _claimant(m.group("who"), state)
            if claimant is not None:
                found = Attribution(claimant, m.group("cue"), "assert", None, m.span("who"), m.end("who"))
    if found is None or found.claimant.type == "government":
        # "Azerbaijan said ..., according to its defense ministry": the named source is the claimant.
        m = _ACCORDING.search(sentence)
        if m and found is not None:
            state.remember(found.claimant)
        if m:
            claimant = _claimant(m.group("who"), state)
            if claimant is not None:
                found = Attribution(claimant, "according to", "assert", None, m.span("who"), m.end("who"))
    if found is not None:
        state.remember(found.claimant)
    return found
