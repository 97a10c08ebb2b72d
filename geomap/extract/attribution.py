"""Who says so: the claimant, reporting cue and stance of a sentence.

"X said/stated/reported ...", "..., X said", "said X", "according to X",
"X accused Y of ...", "X denied ...". Pronouns and generic heads ("it said",
"the ministry said", "he added") carry over to the last named claimant.
Pure functions over one sentence; the carry-over state lives in
:class:`AttributionState`, one per document.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from geomap.extract import actors, events
from geomap.extract.parse import is_noun, is_verb
from geomap.extract.toponyms import UNIT_HEADS
from geomap.model import LOCAL, MEDIA, NGO, Claimant
from geomap.text.patterns import gated

SPEECH = (r"said|says|say|stated|states|reported|reports|claimed|claims|announced|announces|added|adds|"
          r"alleged|alleges|told|tells|telling|confirmed|confirms|insisted|insists|warned|warns|wrote|writes|tweeted|"
          r"declared|declares|noted|notes|stressed|stresses|reiterated|emphasized|emphasised|explained|"
          r"asserted|charged|quoted|acknowledged|acknowledges|indicated|posted|informed|informs|revealed|disclosed|reporting|"
          r"saying|claiming|stating|commented|comments|remarked|suggested|suggests|recalled|recounted|"
          r"described|describes|mentioned|mentions|mention|testified|underscored|underlined|affirmed|specified|clarified|"
          r"detailed|outlined|condemned|condemns|condemning|denounced|denounces|denouncing|retorted|retorts|replied|replies|pointed out|points out")
ACCUSE = r"accused|accuses|accusing|blamed|blames|blaming"
DENY = r"denied|denies|denying|rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes|disputed|disputes"
_NONFINITE = re.compile(r"\w+ing")
# A source giving a toll: "X, president of a local humanitarian group, put the death toll at 63".
_TOLL_CUE = (r"(?:put|puts|placed|places)\s+the\s+(?:(?:death|casualty)\s+tolls?|tolls?"
             r"|number\s+of\s+(?:the\s+|those\s+)?(?:dead|deaths|killed|casualties|victims|wounded|injured))\s+at"
             # ("The Observatory gave a higher toll of 123 dead")
             r"|(?:gave|gives)\s+(?:a|an|the|its)\s+(?:(?:higher|lower|new|different|revised|updated|separate|"
             r"preliminary|provisional)\s+)?(?:(?:death|casualty)\s+)?toll"
             # ("State television last night raised the toll from Monday's bombing to 42 dead")
             r"|(?:raised|raises|lowered|lowers|revised|revises|updated|updates)\s+(?:the|its)\s+(?:(?:death|casualty)\s+)?"
             r"toll")
_CUE = re.compile(rf"\b(?P<cue>{SPEECH}|{ACCUSE}|{DENY}|{_TOLL_CUE})\b")
_ACCORDING = re.compile(r"\baccording to (?P<who>(?:the |a |an )?[^,.;\"“”]{2,80}?)(?=[,.;\"“”]|$| that\b| on\b| in a\b)", re.I)
# '"...", reads the statement': what a document says, in the words news use for it.
_DOCUMENT_READS = r"reads?(?=\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:statement|communiqu[eé]|document|letter|message|post|note|release)\b)"
_INVERTED = re.compile(rf"[,\"”]\s*(?!told\b|tells\b|tell\b)(?P<cue>{SPEECH}|claim|report|confirm|{_DOCUMENT_READS})\s+(?P<who>(?!(?:it|he|she|they|we|that|this|there|on|in|at|to|late|early|last|yesterday|today|tonight)\b)(?:the |a |an )?[A-Za-z][^,.;\"“”]{{1,80}}?)(?=[,.;\"“”]|$| in a\b| on\b| (?:adding|saying|noting|stressing|explaining|who|that|as)\b)")
_DISCOURSE = re.compile(r",\s*(?:in turn|however|meanwhile|for (?:its|his|her|their) part|too|also|though|"
                        r"in a statement|in a separate statement|later|earlier|separately)\s*,", re.I)
_LEADING = re.compile(r"^(?:(?:but|and|however|meanwhile|also|still|yet|instead|separately|earlier|later|"
                      r"then|so)\s+)+", re.I)
_TIME_LEAD = re.compile(r"^(?:(?:on|late|early|by|in|last)\s+)?(?:the\s+)?(?:\w+\s+){0,3}?(?:monday|tuesday|wednesday|"
                        r"thursday|friday|saturday|sunday|morning|evening|night|week|day|today|yesterday|"
                        r"\d{1,2}|\d{4})\w*\s*,\s*"
                        r"|^(?:in|during|by)\s+the\s+(?:day|night|morning|afternoon|evening)\s+(?=\S)", re.I)
_APPOSITIVE = re.compile(r",\s*(?:an?|the)\s+([^,.;\"“”]{2,60})")
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "its", "his", "her", "their"})
GENERIC_HEADS = re.compile(r"^(?:the|this|that|a|its|his|her|their)\s+(?:[\w-]+\s+)?(?:ministry|statement|army|military|"
                           r"spokes(?:man|woman|person)|official|officials|command|government|office|agency|"
                           r"service|authorities|forces|minister|president|report|source|sources|communiqu[eé]|"
                           r"group|militants|rebels|insurgents|fighters|movement|militia|organi[sz]ation|charity|"
                           r"watchdog)$", re.I)
# Heads by which a text refers back to a body or NGO it named ("the Red Cross ... the Geneva-based organisation").
_BODY_BACK_HEADS = frozenset({"organisation", "organization", "charity", "watchdog"})
# Heads by which a text refers back to an armed group it named ("Al-Shabaab ... The group claimed").
_GROUP_HEADS = frozenset({"group", "militants", "rebels", "insurgents", "fighters", "movement", "militia"})
_BAD_SUBJECT = re.compile(r"^(?:that|which|who|as|what|this|there\b.*|here\b.*|it is|it was|\w+ly)$", re.I)


@dataclass(slots=True)
class Attribution:
    claimant: Claimant
    cue: str
    stance: str                    # assert / accuse / deny
    accused: str | None = None     # the side "X accused Y of" names
    span: tuple[int, int] = (0, 0)  # claimant phrase offsets in the sentence
    content_start: int = 0         # where the reported content begins (after "said"/"accused Y of")
    content_end: int | None = None  # where it ends, when a second source follows in a clause of its own
    second: Attribution | None = None   # that second source ("..., but X denied it")


# Private people: their side is LOCAL (witnesses, residents, survivors, relatives).
_PRIVATE = re.compile(r"\b(?:eye-?witness(?:es)?|witness(?:es)?|residents?|survivors?|locals|local(?=\W*$)|villagers?|relatives?|"
                      r"family|families|neighbou?rs?|passers?-by|bystanders?|onlookers?|shopkeepers?|students?|"
                      r"worshipp?ers?|parishioners?|tourists?|passengers?|a man|a woman|citizens?|civilians?|owners?|managers?|"
                      r"employees?|workers?|drivers?|teachers?|priests?|monks?|imams?|pastors?|guests?|volunteers?|"
                      r"farmers?|fishermen|fisherman|traders?|business(?:m[ae]n|wom[ae]n|people)|herders?|elders?|community\s+leaders?)\b", re.I)
# Outlets quoted as sources: MEDIA.
_MEDIA = re.compile(r"\b(?:newspapers?|television|TV|radio|news agency|news agencies|media|press|reports?|"
                    r"broadcasters?|channel|daily|weekly|journalists?|reporters?|correspondents?|news)\b", re.I)


# Head nouns that say what kind of source a phrase is, whatever country or place modifies them:
# "a Mogadishu resident" is a private person, "Spanish radio" an outlet ("state radio" is the state's).
_PRIVATE_HEADS = frozenset("""eyewitness eyewitnesses eye-witness eye-witnesses witness witnesses resident residents
survivor survivors local locals villager villagers relative relatives family families neighbour neighbours neighbor
neighbors passer-by passers-by bystander bystanders onlooker onlookers shopkeeper shopkeepers student students
worshipper worshippers worshiper worshipers parishioner parishioners tourist tourists passenger passengers man woman
men women citizen citizens civilian civilians owner owners people father mother brother sister son daughter
husband wife teacher teachers driver drivers volunteer volunteers farmer farmers fisherman fishermen trader traders
herder herders elder elders parent parents guardian guardians uncle aunt cousin grandfather grandmother
organiser organisers organizer organizers protester protesters demonstrator demonstrators
priest priests pastor pastors bishop bishops archbishop imam imams cleric clerics monk monks nun nuns rabbi vicar
carpenter carpenters mechanic mechanics tailor tailors labourer labourers laborer laborers vendor vendors refugee refugees tribal
tribesman tribesmen seller sellers hawker hawkers grocer grocers baker bakers butcher butchers merchant merchants
barber barbers waiter waiters pharmacist pharmacists
""".split())     # (the clergy of a place speak as its people: "the Catholic bishop of Marawi said")
# Medical staff speak as private people ("a local medic"), unless the words name their state ("Palestinian medics").
_MEDICAL_HEADS = frozenset({"medic", "medics", "paramedic", "paramedics", "doctor", "doctors", "nurse", "nurses"})
# Medical staff named with the hospital they work at speak for it, as its officials do ("a doctor at the Saudi
# Hospital in El Fasher"): a state's hospital is the state's.
_AT_HOSPITAL = re.compile(r"\b(?:at|from|of)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospital|clinic|infirmary|"
                          r"medical\s+cent(?:re|er)|morgue)\b", re.I)
# Medics opening a sentence, then where they work: "Medics in southwestern Yemen" (not "Doctors of the World").
_MEDICS_WHERE = re.compile(r"\s+(?:in|at)\s|$")
_MEDIA_HEADS = frozenset("""newspaper newspapers paper daily weekly television tv radio channel broadcaster
broadcasters news media journalist journalists reporter reporters correspondent correspondents editor editors
outlet outlets website""".split())
_NGO_HEADS = frozenset("""charity charities ngo ngos aid humanitarian monitor monitors watchdog observatory campaigner
campaigners""".split())
# "an activist in Saraqeb", "local activists" are people of the place; "rights activists" speak for a cause.
_ACTIVISTS = frozenset({"activist", "activists"})
_CAUSE = re.compile(r"\b(?:rights|campaign|peace|environmental|anti-war)\b", re.I)
# "a local rights group", "the Emergency Lawyers group": a group of these kinds reports, it does not fight.
_NGO_GROUP = re.compile(r"\b(?:rights|humanitarian|aid|relief|monitoring|medical|lawyers|doctors|advocacy|activists?|"
                        r"civil\s+society|campaign|voluntary|volunteer|non-?profit|non-?governmental|charitable)\b", re.I)
# Heads that only carry their modifier's kind: "witness reports", "media sources".
_CARRIER_HEADS = frozenset({"report", "reports", "source", "sources", "account", "accounts", "statement", "statements"})
# A bare name with an age: news gives the ages of the private people it quotes, not of officials it names.
_NAME_AND_AGE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|el-[\w'’-]+|bin|ibn|de|da|van|von)){1,4}),"
                           r"\s*(?P<age>\d{1,2})")
# One unnamed source placed only by where it works: "a source at Al-Nao Hospital", "a source in the hospital".
_SOURCE_AT_HOSPITAL = re.compile(r"(?:an?|one)\s+(?:medical\s+|hospital\s+)?source\s+(?:at|in|from)\s+(?:the\s+|a\s+)?"
                                 r"(?:[\w'’-]+\s+){0,3}?(?:hospital|clinic|morgue|medical\s+cent(?:re|er))\b", re.I)
# A carrier counted or described, not owned ("Multiple sources", "several reports", "medical sources at the
# hospital", "private sources"): sources the outlet does not name ("security sources" are their state's).
_VAGUE_SOURCES = frozenset({"multiple", "several", "various", "many", "numerous", "different", "unnamed", "anonymous",
                            "unidentified", "private", "medical", "hospital"})
# A post speaks for the body it is held in: "a spokesman for", "the vice chairman of".
_POSTS = frozenset("""chairman chairwoman chairperson president director head chief spokesman spokeswoman spokesperson
official officials member members coordinator secretary founder representative representatives executive""".split())
_POST_OF = re.compile(r"\b(?:of|for|at)\s+(.+)$")
# A community's own body, neither a state's nor a group's: "the district gurdwara management committee".
_CIVIC_BODY = re.compile(r"""^(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?(?:management|residents['’]?|traders['’]?|market|mosque|
    church|temple|gurdwara|parish|neighbou?rhood|community|welfare|parents['’]?|farmers['’]?)\s+
    (?:committee|association|union|society|trust)\b""", re.I | re.X)
_NON_GOVERNMENTAL = re.compile(r"\bnon-?governmental\b", re.I)    # "a Sudanese nongovernmental platform"
# A sentence opening with a private person's title and name: "Villager Shwe Mi and her son ...".
_NAMED_PERSON_OPENING = re.compile(r"\W*(?:(?P<head>[A-Z][a-z-]+)\s+"
                                   # (or the person described, then named: "The wounded reporter, Ali Samoudi")
                                   r"|(?:The|A|An)\s+(?:[a-z-]+\s+){0,2}?(?P<described>[a-z-]+),\s+)"
                                   r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\b")
# A sentence opening with an office holder by name and office, who does something other than speak: "Meanwhile, John
# Smith, the United States Director of National Intelligence, indirectly implicated LeT. In a speech ..., he said".
_OFFICE_HOLDER_OPENING = re.compile(r"""\W*(?:(?:Meanwhile|However|Separately|Earlier|Later|Also|Elsewhere)\s*,\s*)?
    (?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+(?:the|a|an)\s+[^,;:"“”()]{3,80}?),\s+
    (?!(?:said|says|told|tells|added|adds|stated|claimed|confirmed|reported|announced|denied|wrote|insisted)\b)[a-z]""", re.X)
#   (one who speaks in that sentence is remembered as its source)
# A source's account announced before its words: "X gave a very different account (in remarks carried by ...)."
_ACCOUNT_GIVEN = re.compile(r"""\W*(?P<who>[^;:"“”]{3,120}?)\s+(?:gave|offered|presented|put\s+forward|told|tells|has|had)\s+
    (?:a|an|its|his|her|their|the)\s+(?:own\s+|very\s+|starkly\s+|sharply\s+|completely\s+|entirely\s+|quite\s+)?
    (?:different|contrasting|conflicting|rival|differing|other|opposite|opposing|contrary|second|third|new|separate)?\s*
    (?:account|version|picture|story|narrative)\b""", re.X)
_PERSON_OFFICE = re.compile(r"\b(?:spokes(?:man|woman|person)|commander|leader|chief|official|minister|envoy)\b", re.I)
# Those hurt at the scene who tell what they saw: witnesses, whatever their trade.
_AT_THE_SCENE = _PRIVATE_HEADS | {"reporter", "journalist", "photographer", "cameraman"}
_HURT = re.compile(r"\b(?:wounded|injured|hurt|surviving)\b", re.I)
_NGO_BODIES = frozenset("""group groups organisation organization network coalition association collective team teams
platform""".split())
# A body's own name that says what it does: "the Elman Peace and Human Rights Organization".
_NGO_NAME = re.compile(r"\b(?:Human\s+Rights|Humanitarian|Relief|Civil\s+Society)(?:\s+[A-Z][\w'’]*){0,3}\s+"
                       r"(?:Organi[sz]ation|Group|Network|Coalition|Association|Centre|Center|Foundation)\b")
# "... network Vamos por la Paz, which defends human rights": what the body does says what it is.
_DEFENDS_RIGHTS = re.compile(r"\b(?:defends?|defending|monitors?|monitoring|documents?|documenting|campaigns?\s+for)\s+"
                             r"(?:human\s+)?rights\b", re.I)
_KIND_HEADS = _PRIVATE_HEADS | _MEDIA_HEADS | _NGO_HEADS | _ACTIVISTS | _CARRIER_HEADS
_FUNCTION_WORDS = frozenset("the a an its his her their our this that these those one some several".split())
# (a participle after the head starts its postmodifier too: "survivors interviewed in Bangladesh")
_HEAD_CUT = re.compile(r"""\s(?:of|from|in|at|for|with|near|on|to|who|which|that|named|called|by
    |interviewed|reached|contacted|questioned|speaking|living|sheltering|staying|arriving)\s|,|\(""", re.I | re.X)


_BODY_HEADS = frozenset("""force forces army front movement group committee unit brigade council party organisation
organization militia corps guard guards service command""".split())


_SHARE_OF = re.compile(r"^\s*(?:one|some|several|many|two|three|a\s+few|most)\s+of\s+(?:the\s+)?(?=[a-z])", re.I)


def _head_word(part: str) -> tuple[str, str]:
    """(head noun, its modifiers) of a noun phrase by word order: the last common noun before the
    first preposition or comma ("The owner of the restaurant" -> owner; "eyewitness Jane Doe" -> eyewitness), after
    a share of them ("one of the organisers of the sit-in" -> organisers)."""
    part = _SHARE_OF.sub("", part)
    cut = _HEAD_CUT.search(" " + part + " ")
    words = re.findall(r"[\w'’-]+", (" " + part + " ")[:cut.start()] if cut else part)
    for i in range(len(words) - 1, -1, -1):
        head = words[i].lower()
        if head in _FUNCTION_WORDS or head.isdigit() or head in ("there", "here", "nearby", "locally"):
            continue          # (and a place adverb after the head: "residents there")
        if words[i][:1].isupper() and i + 1 < len(words) and all(w[:1].isupper() for w in words[i + 1:]) \
                and words[-1].lower() in _BODY_HEADS:
            continue      # a word inside a body's name is no head: "the People Defense Force" (not "Eyewitness Jane Doe")
        if words[i][:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper() \
                and any(w[:1].islower() and w.lower() not in _FUNCTION_WORDS for w in words[:i]):
            continue      # "Police spokeswoman Charity Charamba": a given name after the title that is the head
        if words[i][:1].islower() or head in _KIND_HEADS \
                or (i == 0 and head in _MEDICAL_HEADS and _MEDICS_WHERE.match(part.strip(), len(head))):
            if head in _CARRIER_HEADS:
                if i > 0:
                    return words[i - 1].lower(), " ".join(words[:i - 1])
                rest = (" " + part + " ")[cut.end():] if cut else ""
                return (_head_word(rest)[0], "") if rest.strip() else (head, "")
            return head, " ".join(words[:i])
    return "", ""


_OWNED_BY = re.compile(r"\b(?:controlled|run|owned|operated|funded)\s+by\s+(?P<by>[^,;()]+)|"
                       r"(?P<pre>[\w'’]+(?:\s[A-Z][\w'’]+)?)-(?:run|controlled|owned|operated)\b")


# "the ministry's Telegram channel", "the NAC's official website": a body's own channel is the body.
_OWN_CHANNEL = re.compile(r"(?P<owner>.+?)['’]s?\s+(?:official\s+)?(?:[\w-]+\s+)?(?:website|channel)", re.I)


def _owner_side(surface: str) -> str | None:
    """The side that runs an outlet the phrase names ("a television channel controlled by Yemen's
    Houthi rebels", "Hamas-run Al-Aqsa TV"): the last side named, the owner itself, not its country."""
    m = _OWNED_BY.search(surface)
    if m is None:
        return None
    found = actors.registry().find(m.group("by") or m.group("pre"))
    sides = [actors.side_of(matched) for _s, _e, matched, _k in found]
    return next((sd for sd in reversed(sides) if sd and sd != MEDIA), None)


def named_actors(text: str, kind: str) -> list[Claimant]:
    """The registry's named actors of one type (``armed_group``, ``media``...) with a known side, in order."""
    found = (actors.normalize_claimant(matched) for _s, _e, matched, k in actors.registry().find(text) if k == "actor")
    return [c for c in found if c.type == kind and c.side != "UNKNOWN"]


def _partisan_outlet(part: str) -> Claimant | None:
    """A registry outlet in the phrase that speaks for a side (state or group media), not an independent one."""
    c = next((c for c in named_actors(part, "media") if c.side != MEDIA), None)
    return c and Claimant(part, c.canonical, c.side, c.type)


def _ngo(surface: str) -> Claimant:
    """A non-governmental source, by the registry's name for it where it has one ("The Syrian Observatory
    for Human Rights, a Britain-based war monitor" is the Syrian Observatory for Human Rights)."""
    known = actors.normalize_claimant(surface)
    return known if known.side == NGO else Claimant(surface, surface, NGO, "ngo")


_MODIFIER_LIST = re.compile(r"[\w-]+,\s+(?:[\w-]+,?\s+)*?(?:and|or)\s+[\w-]+\s+[\w-]+", re.I)


def _kind_by_head(surface: str) -> Claimant | None:
    """LOCAL, MEDIA or NGO when the phrase's head noun (or, for a bare name, its appositive's) says so."""
    if _SOURCE_AT_HOSPITAL.match(surface.strip()):
        return Claimant(surface, "Unnamed sources", MEDIA, "media")    # "a source at Al-Nao Hospital", unnamed
    named = _NAME_AND_AGE.fullmatch(surface.strip(" ,"))
    if named and actors.normalize_claimant(named.group("name")).side == "UNKNOWN":
        return Claimant(surface, "Witnesses and residents", LOCAL, "private")   # "Muthanna al-Barakat, 32, said"
    # ("Local, state, and federal security forces": a list of modifiers of one head, not a name and its appositive)
    if _MODIFIER_LIST.match(surface):
        parts = [surface.replace(",", "")]
    else:
        parts = [p for p in re.split(r",\s*|\s+\(", surface, maxsplit=1) if p.strip()]
    for part in parts:
        if _NGO_NAME.search(part):
            return _ngo(surface)          # "the Elman Peace and Human Rights Organization"
        head, modifiers = _head_word(part)
        if head in ("website", "channel") and (own := _OWN_CHANNEL.match(part.strip())) \
                and (owner := actors.normalize_claimant(own.group("owner"))).type not in ("unknown", "media") \
                and owner.side != "UNKNOWN":
            return Claimant(surface, owner.canonical, owner.side, owner.type)   # "the NAC's website": the NAC
        if head in _VAGUE_SOURCES and all(w.lower() in _FUNCTION_WORDS or w.lower() in _VAGUE_SOURCES
                                          for w in modifiers.split()):
            # (not "administrative and medical sources", "official government and hospital sources")
            return Claimant(surface, "Unnamed sources", MEDIA, "media")    # "Multiple sources reported": the outlet's
        # (medical staff too, but "Palestinian medics" are their state's and "Doctors of the World" is a name)
        # (where medics work is no nation of theirs: "Medics in southwestern Yemen")
        if head in _PRIVATE_HEADS or (head in _MEDICAL_HEADS and (re.search(rf"\b{head}\b", part)
                                                                   or _MEDICS_WHERE.match(part.strip(), len(head)))
                                      and actors.side_of(_MEDICS_WHERE.split(part, maxsplit=1)[0]) is None
                                      and not _AT_HOSPITAL.search(part)) \
                or (head in ("guard", "guards") and re.search(r"\b(?:security|private|night)\s+guards?\b", part, re.I)
                    and actors.side_of(part) is None) \
                or (head.rstrip("s") in _AT_THE_SCENE and _HURT.search(part)):
            # ("one of the wounded journalists": hurt at the scene, a witness whatever the trade)
            # ("a security guard at the building": a private watchman, not a state's border or prison guard)
            return Claimant(surface, "Witnesses and residents", LOCAL, "private")
        if head in _MEDIA_HEADS and (owner := _owner_side(surface)):
            return Claimant(surface, surface, owner, "media")      # "a channel run by the Houthis": their voice
        if head in _MEDIA_HEADS and (named := _partisan_outlet(part)):
            return named                                           # "Yemen's Al-Masirah television": the Houthis
        if head in _MEDIA_HEADS and not actors.STATE_OWNED.search(modifiers):
            named = actors.normalize_claimant(surface)
            if named.type == "media" and named.side not in ("UNKNOWN", MEDIA):
                return named          # "the judiciary's website, Mizan": the outlet the registry knows
            return Claimant(surface, surface, MEDIA, "media")
        if head in _ACTIVISTS:
            return _ngo(surface) if _CAUSE.search(modifiers) else Claimant(surface, "Witnesses and residents", LOCAL,
                                                                             "private")
        if head in _NGO_HEADS or (head in ("worker", "workers") and re.search(r"\b(?:aid|humanitarian|relief|charity)\b", modifiers, re.I)) \
                or (head in _NGO_BODIES and _NGO_GROUP.search(modifiers)) or _NON_GOVERNMENTAL.search(modifiers):
            return _ngo(surface)
        if head in _POSTS and (body := _POST_OF.search(part)) and _CIVIC_BODY.search(body.group(1)) \
                and actors.side_of(body.group(1)) is None:
            # "president of the district gurdwara management committee": a community's own body speaks as its people
            return Claimant(surface, "Witnesses and residents", LOCAL, "private")
        if head in _POSTS and (body := _POST_OF.search(part)):
            owner = _kind_by_head(body.group(1))   # "the vice chairman of a human rights organisation"
            return owner and Claimant(surface, surface, owner.side, owner.type)
        if head and not (part is parts[0] and len(parts) == 2 and re.match(r"(?:a|an|one\s+of)\s", parts[1])):
            return None       # a head noun of another kind ("officials", "spokesman") decides elsewhere
        #                       (but "the General Coordination for Refugees, a voluntary organization" is one)
    return None


def _main_then_appositive(surface: str) -> Claimant:
    """The registry's reading of the phrase's main part, else of its appositive ("Jane Doe, a
    spokesman for the army"), else of the whole phrase."""
    parts = re.split(r",\s*", surface, maxsplit=1)
    if len(parts) == 2 and _RELATIVE_OPENING.match(parts[1]):
        # "The coalition, in which the UAE is a partner": the clause says whom the body holds, not whose it is
        return actors.normalize_claimant(parts[0])
    if len(parts) == 2:
        for part in parts:
            c = actors.normalize_claimant(part)
            if c.side != "UNKNOWN":
                return Claimant(surface, c.canonical, c.side, c.type)
    return actors.normalize_claimant(surface)


def _of_state(surface: str, base: Claimant, side: str) -> Claimant:
    """An institution or office with no owner of its own (``base``), as the state ``side``'s: "Armenia Ministry of
    Defence"."""
    return Claimant(surface, f"{actors.registry().side_label.get(side, side)} {base.canonical}".strip(), side, base.type)


_RELATIVE_OPENING = re.compile(r"(?:(?:in|of|with|to|for|among)\s+)?(?:which|whose|whom)\b", re.I)


@dataclass
class AttributionState:
    """Per document: the last named claimant, for "it said" and quote carry-over.

    ``home`` is the country the document reports from (its places' most common country): the side
    of officials, police and authorities that the text does not tie to another country."""
    last: Claimant | None = None
    history: list[Claimant] = field(default_factory=list)
    home: str | None = None
    here: str | None = None          # the country the current sentence says it is in, if any
    scene: str | None = None         # the one country of the current sentence's towns and areas, if one
    dateline: str | None = None      # the country of the city the story was filed from, if it says
    aliases: dict[str, Claimant] = field(default_factory=dict)   # see document_aliases

    introduced: Claimant | None = None     # a villager or witness the last sentence opened with, by name
    groups: list[Claimant] = field(default_factory=list)          # armed groups named so far, in order
    forces: str | None = None                                       # the state whose forces were named last
    unnamed: list[Claimant] = field(default_factory=list)         # sources with no side ("a defence source")
    story: str = ""                                                 # the whole text, for groups named later
    countries: frozenset[str] = frozenset()                         # the countries the story names
    opener: Claimant | None = None    # a state's institution the last sentence opened with ("Pakistan's military")
    body: Claimant | None = None      # an international body or NGO the last sentence opened with ("OCHA gave ...")
    seat: str | None = None           # the state whose capital the last sentence opened with ("Cairo rejected ...")
    account_state: str | None = None  # the state the last sentence said gave an account ("Armenia gave a different ...")
    _story_groups: list[Claimant] | None = None
    _armed_states: frozenset[str] | None = None

    def remember(self, c: Claimant) -> None:
        if c.side not in ("UNKNOWN",) or c.type != "unknown":
            self.last = c
            self.history.append(c)
        else:
            self.unnamed.append(c)

    def armed_states(self) -> frozenset[str]:
        """The states whose forces the whole story names ("Israeli troops", "Pakistani soldiers"), read from the
        text the first time it is asked."""
        if self._armed_states is None:
            reg = actors.registry()
            self._armed_states = frozenset(side for m in _STATE_FORCES.finditer(self.story)
                                           if (side := reg.adjectives.get(m.group(1).lower())) and _is_state(side))
        return self._armed_states

    def group_named_last(self) -> Claimant | None:
        """The armed group the story named last, else the one it names throughout (see :meth:`only_story_group`)."""
        return self.groups[-1] if self.groups else self.only_story_group()

    def only_story_group(self) -> Claimant | None:
        """The one armed group the whole story names, if it names exactly one (for "rebels said" before the
        name); read from the text the first time it is asked, which few documents do."""
        if self._story_groups is None:
            # (a story of a de facto state and no armed group: "the separatists" are the Donetsk People's Republic's)
            named = named_actors(self.story, "armed_group") \
                or [actors.normalize_claimant(m) for _s, _e, m, k in actors.registry().find(self.story)
                    if k.startswith("side:") and not _is_state(k[5:])]
            times = Counter(c.side for c in named)
            ranked = sorted({c.side: c for c in reversed(named)}.values(), key=lambda c: -times[c.side])
            # (or the one it names at least three times, twice as often as any other: "OLA" five times and
            # its ally the TPLF twice, "the Tigray People's Liberation Front (TPLF)", in a story of the OLA)
            self._story_groups = ranked[:1] if len(ranked) > 1 and times[ranked[0].side] >= 3 \
                and times[ranked[0].side] >= 2 * times[ranked[1].side] else ranked
        return self._story_groups[0] if len(self._story_groups) == 1 else None

    def note_actors(self, sentence: str) -> None:
        """Remember the armed groups a sentence names, for a later "the group said", and the state whose
        forces it names ("Israeli forces raided Jenin"), for a later "the army said"."""
        # "Villager Shwe Mi and her son took cover under their bed. 'We hid ...,' she said": the one just named.
        account = giver = None
        if sentence.lstrip()[:1] not in "\"“‘'":       # (their words quoted next keep them: the speaker comes after)
            person = _NAMED_PERSON_OPENING.match(sentence)
            head = person and ((person.group("head") or "").lower() or person.group("described"))
            self.introduced = Claimant(person.group().strip(), "Witnesses and residents", LOCAL, "private") \
                if head and (head in _PRIVATE_HEADS or (person.group("described") and head in _AT_THE_SCENE)) else None
            # "The junta's spokesman, Maj. Gen. X, gave a very different account. He said ...": the one who gave it.
            account = _ACCOUNT_GIVEN.match(sentence)
            giver = actors.normalize_claimant(account.group("who")) if account is not None else None
            if giver is not None and giver.side != "UNKNOWN" and (giver.type in actors.PERSON_TYPES
                                                                  or _PERSON_OFFICE.search(account.group("who"))):
                # (also a group's officer: "The Taliban's spokesman, Zabihullah Mujahid, offered a very different version")
                self.introduced = Claimant(account.group("who"), giver.canonical, giver.side, giver.type)
            elif self.introduced is None and (holder := _OFFICE_HOLDER_OPENING.match(sentence)) is not None \
                    and (office := actors.normalize_claimant(holder.group("who"))).side != "UNKNOWN" \
                    and office.type not in ("unknown", "media"):
                self.introduced = Claimant(holder.group("who"), office.canonical, office.side, office.type)
        # "Pakistan's military gave a very different account. Its spokesman said ...": whose "its" is next.
        opening = _INSTITUTION_OPENING.match(sentence)
        self.opener = None
        if opening is not None:
            c = actors.normalize_claimant(opening.group(1))
            if c.side == "UNKNOWN":
                c = self.resolve_generic(opening.group(1)) or c    # "The coalition": the one the story named
            self.opener = c if _is_state(c.side) and c.type in _INSTITUTION_TYPES else None
        elif (opening := _GROUP_OPENING.match(sentence)) is not None:
            # "The rebels gave a very different account. Their military spokesman said ...": the group's man.
            c = self.resolve_generic(opening.group(1))
            self.opener = c if c is not None and c.side != "UNKNOWN" and not _is_state(c.side) else None
        elif giver is not None and _is_state(giver.side) and giver.type == "government":
            self.opener = giver     # "Pakistan gave a starkly different account. Its military said ...": Pakistan's
        # ("Armenia gave a very different account. Defense Ministry spokeswoman X said ...": Armenia's ministry)
        self.account_state = giver.side if giver is not None and _is_state(giver.side) \
            and giver.type == "government" else None
        # "Cairo rejected the findings on Tuesday. Foreign ministry spokesman X said ...": that state's ministry.
        seat = _SEAT_OPENING.match(sentence)
        kinds = [k for _s, e, _m, k in actors.registry().find(seat.group(1)) if e == len(seat.group(1))] if seat else []
        self.seat = kinds[0].split(":", 1)[1] if kinds and kinds[0].startswith("capital:") else None
        # "The United Nations humanitarian office, OCHA, gave a very different picture. It said ...": whose "it" is next.
        first = next((f for f in actors.registry().find(sentence[:80]) if f[3] == "actor"), None)
        body = actors.normalize_claimant(first[2]) if first is not None \
            and _SENTENCE_OPENS_AT.fullmatch(sentence, 0, first[0]) else None
        self.body = body if body is not None and body.type in ("international_body", "ngo", "armed_group") else None
        if self.body is None and (lead := re.match(r"\W*(?:The\s+)?([A-Z]{2,8})\b(?!['’]s)", sentence)) is not None \
                and (named := actors.in_story(lead.group(1), self.countries)) is not None and named.type == "armed_group":
            self.body = named     # "The FNL, the only armed movement ..., did not deny it. Its spokesman said" (Burundi's)
        if self.body is None and giver is not None and giver.side != "UNKNOWN" and giver.type not in actors.PERSON_TYPES:
            self.body = giver     # "Tajikistan's border guard directorate gave the opposite account. It said ..."
        named = named_actors(sentence, "armed_group")
        if named:
            # The group a sentence names first is its subject, whatever it names after ("Al Shabaab, which
            # has links to al Qaeda, was behind an attack ... The group said"): "the group" next is that one.
            self.groups = [g for g in self.groups if g.side != named[0].side] + named[1:] + named[:1]
        reg = actors.registry()
        for m in _STATE_FORCES.finditer(sentence):
            side = reg.adjectives.get(m.group(1).lower())
            if side and _is_state(side):
                self.forces = side

    def resolve_generic(self, surface: str) -> Claimant | None:
        """The claimant a pronoun or generic head ("the ministry", "its defense ministry") refers to.

        The latest claimant whose name holds the phrase's institution ("Ministry of Defence");
        failing that, the institution composed with the last named side; pronouns take the last."""
        low = surface.lower()
        if _NON_STATE.search(surface) or _GROUP_BY_NATION.fullmatch(surface):
            # "the rebel army" is the armed group named last (or the only one the story names), never a
            # state's army.
            g = self.group_named_last()
            return Claimant(surface, g.canonical, g.side, g.type) if g else \
                Claimant(surface, surface, "UNKNOWN", "armed_group")
        if re.fullmatch(r"(?:the|these|those)\s+(?:same\s+)?sources?", low) and self.last is not None:
            # "Two aid workers told Reuters ... The sources said": whoever was last named as a source; "Local
            # sources said ... The interior minister declared ... According to the same sources": those named so.
            named = next((c for c in reversed(self.history) if re.search(r"\bsources?\b", c.surface, re.I)), self.last)
            return Claimant(surface, named.canonical, named.side, named.type)
        if re.match(r"(?:its|their)\s", low) and self.body is not None and self.body.type == "armed_group":
            # "Haftar's self-styled Libyan National Army (LNA) denied it. Its media office said ...": the group's
            return Claimant(surface, self.body.canonical, self.body.side, self.body.type)
        base = actors.normalize_claimant(surface)
        institution = base.canonical.lower() if base.type not in ("unknown",) else ""
        for c in reversed(self.history):
            if institution and institution in c.canonical.lower():
                return Claimant(surface, c.canonical, c.side, c.type)
        # "The government", "the ministry" belong to a state: the last named one, else the document's;
        # "the army" to the state whose forces the story names ("Israeli forces raided Jenin ... the army said").
        state = self.last.side if self.last is not None and _is_state(self.last.side) else self.home
        if base.type == "army" and self.forces:
            state = self.forces
        if base.type == "army":
            # "The Israel Defense Forces said ... The military disputed": the army named last, whoever spoke between.
            army = next((c for c in reversed(self.history) if c.type == "army" and _is_state(c.side)), None)
            state = army.side if army is not None else state
        if low.startswith("its ") and self.opener is not None:
            state = self.opener.side     # "Pakistan's military gave a different account. Its spokesman said"
        if institution and state:
            return _of_state(surface, base, state)
        head = low.split()[-1]
        if head in _GROUP_HEADS and self.groups:
            g = self.groups[-1]
            return Claimant(surface, g.canonical, g.side, g.type)
        if head in _GROUP_HEADS and not self.history and (g := self.only_story_group()) is not None:
            # "Al Shabaab fighters attacked a base ..., the group said", before anyone else spoke: the story's group
            return Claimant(surface, g.canonical, g.side, g.type)
        if head in ("he", "she") and self.introduced is not None:
            return Claimant(surface, self.introduced.canonical, self.introduced.side, self.introduced.type)
        if head in _BODY_BACK_HEADS and (body := next((c for c in reversed(self.history)
                                                      if c.type in ("international_body", "ngo")), None)) is not None:
            return Claimant(surface, body.canonical, body.side, body.type)
        if head == "it" and self.body is not None:
            return Claimant(surface, self.body.canonical, self.body.side, self.body.type)
        for c in reversed(self.history):
            if head in ("he", "she") and not _ONE_PERSON.search(c.surface) and (
                    c.type in ("media", "government", "ministry", "army", "armed_group", "international_body")
                    or (c.type == "ngo" and _BODY_WORD.search(c.surface))):
                continue      # "X told Reuters ... He said": a person, not the agency or a body named since
                #               (but "OLA spokesman Odaa Tarbii retorted: ... he wrote": the group's man)
            if head in PRONOUNS or head in c.canonical.lower() or head in c.surface.lower():
                return Claimant(surface, c.canonical, c.side, c.type)
        for c in reversed(self.unnamed):
            if head in c.surface.lower().split():
                return Claimant(surface, c.canonical, c.side, c.type)   # "a defence source ... The source said"
        if head in ("he", "she") and self.last is not None and self.last.side == "UNKNOWN" \
                and self.last.type in ("armed_group", "army", "media", "government", "ministry"):
            return None       # ("she said" after "the paramilitary group" no registry knows: no one the text names)
        return Claimant(surface, self.last.canonical, self.last.side, self.last.type) if self.last else None


def _is_state(side: str) -> bool:
    """ISO 3166 codes are states; MEDIA, LOCAL, NGO, UN, armed groups' codes are not."""
    return len(side) == 2 and side.isalpha() and side.isupper() and side not in ("UN", "EU")


# A sentence opening with a state's institution: "Pakistan's military gave ...", "The Russian defence ministry ...".
# (after a scene-setting "In Khartoum," or "Meanwhile,": "In Khartoum, the Sudanese military admitted the setback")
_INSTITUTION_OPENING = re.compile(r"""\W*(?:(?:In|From|Meanwhile\s+in)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+|Meanwhile,\s+)?
    ((?:[A-Z][\w'’-]+['’]s|[Tt]he\s+[A-Z][\w-]+)\s+(?:[a-z]+\s+)?
     (?:military|army|armed\s+forces|government|ministry|police|navy|air\s+force|border\s+guards?)
     |[Tt]he\s+(?:[A-Z][\w-]+-led\s+)?coalition)\b""", re.X)     # ("The coalition denied any role. Its spokesman said")
_SEAT_OPENING = re.compile(r"""\W*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:has\s+|had\s+|also\s+|swiftly\s+|quickly\s+)?
    (?:rejected|denied|dismissed|disputed|condemned|denounced|responded|reacted|hit\s+back|insisted|protested|accused|blamed|
       welcomed|confirmed|defended|justified|acknowledged|admitted)\b""", re.X)
# (after an appositive's head: "The rebels' armed wing, the ARGK, gave ...")
_SENTENCE_OPENS_AT = re.compile(r"\W*(?:[Tt]he\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+)?(?:[Tt]he\s+)?"
                                # (or a leader's: "Haftar's self-styled Libyan National Army (LNA)")
                                r"(?:[A-Z][\w-]*['’]s\s+(?:self-styled\s+|so-called\s+)?)?"
                                # (or its acronym, after its full name: "The Strategic Framework for ... (CSP-DPA)")
                                r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,10}?\s+\()?")
_GROUP_OPENING = re.compile(r"\W*([Tt]he\s+(?:rebels|militants|insurgents|guerrillas|jihadists|separatists|militias?|"
                            r"fighters|group))\b")
_INSTITUTION_TYPES = frozenset({"army", "government", "ministry", "police", "navy", "air_force", "border_guard"})
# A state's forces named by its adjective: "Israeli forces", "Russian troops", "Indian soldiers".
_STATE_FORCES = re.compile(r"\b([A-Z][a-z]+)\s+(?:security\s+)?(?:forces|troops|soldiers|army|military|jets|warplanes|"
                           r"air\s?strikes?|strikes?|drones?|shelling|artillery|missiles?)\b")


# Words joining two sources in one subject: "al-Shabaab as well as Hizbul Islam claimed ...".
_JOINED = re.compile(r",?\s+(?:as\s+well\s+as|along\s+with|together\s+with|and)\s+", re.I)
_RELATIVE = re.compile(r",\s*(?:which|who|whose|that)\b[^,]*(?:,|$)", re.I)


_AUX_END = re.compile(r"(?:\s+(?:had|has|have|was|were|is|are|also|both|all|had\s+also|have\s+both))+\s*$", re.I)


def joined_claimants(sentence: str, attribution: Attribution) -> list[Claimant]:
    """The other sources a joined subject names, each a claimant of its own: only parts the
    registry gives a side other than the first's ("Bosnia and Herzegovina", "police and army
    officials" of one state stay one claimant)."""
    phrase = sentence[attribution.span[0]:max(attribution.span[1], attribution.content_start)]
    if attribution.cue.lower() != "according to" and (joint := _JOINED.search(sentence, attribution.span[1],
                                                                              attribution.content_start)) is not None \
            and sentence[attribution.span[1]:joint.start()].strip(" ,"):
        # "He held the government in N'Djamena responsible and said": two things one subject did, not two subjects
        phrase = sentence[attribution.span[0]:attribution.span[1]]
    phrase = _RELATIVE.sub(" ", phrase).strip()      # "X, which is linked to Y, claimed": Y says nothing
    #                                                  (and a blanked dateline before it is no part of it)
    parts = _JOINED.split(phrase)
    if len(parts) < 2 or len(phrase) > 120 or any(q in phrase for q in '"“”'):
        return []
    seen = {attribution.claimant.side}
    out = []
    for part in parts:      # (the whole phrase may have taken any part's side: "residents and an official")
        # ("local activists had reported": the last part without the cue and its auxiliaries; "according to
        # the KIA and local residents": the first part without the cue before it)
        if attribution.cue.lower() == "according to":
            part = re.sub(r"^\W*according\s+to\s+", "", part, flags=re.I)
        else:
            part = _AUX_END.sub("", re.sub(rf"\s*\b{re.escape(attribution.cue)}\b.*$", "", part, flags=re.S))
        c = _kind_by_head(part.strip(" ,")) or actors.normalize_claimant(part.strip(" ,"))
        if c.side not in seen and c.side != "UNKNOWN":
            seen.add(c.side)
            out.append(c)
    return out


_DOCUMENT_HEADS = re.compile(r"\b(?:statement|statements|communiqu[eé]|message|letter|video|report|press\s+release|"
                             r"posting|bulletin|document)$", re.I)
_ISSUED_BY = re.compile(r"""\s*,?\s*(?:(?:which\s+was|that\s+was|was)\s+)?
    (?:issued|released|published|posted|sent|put\s+out|signed|read\s+out|distributed|circulated|carried|broadcast|aired)\s+
    (?:by|on\s+behalf\s+of)\s+(?P<who>[^,.;:"“”()]{2,60}?)
    (?=\s*(?:[,.;:"“”()]|$|\s+(?:on|in|to|after|that|which|said|says|claimed|claims|reported|stated|announced)\b))""",
                        re.I | re.X)


_DOCUMENT_OPENING = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|message|letter|video|"
                               r"report|press\s+release|bulletin|document)(?=\s*,?\s*(?:which\s+was\s+|that\s+was\s+|was\s+)?"
                               r"(?:issued|released|published|posted|sent|signed|distributed|circulated|carried|broadcast|"
                               r"aired)\s)", re.I)


def _issued_by(sentence: str, phrase: str, end: int, state: AttributionState) -> tuple[Claimant, int] | None:
    """The issuer of a statement that speaks ("a statement, issued by the group, insists ..."): the
    claimant, with the end of its name; None when the phrase is no document or names no known issuer."""
    if not _DOCUMENT_HEADS.search(phrase.rstrip(" ,")):
        return None
    m = _ISSUED_BY.match(sentence, end)
    if m is None:
        return None
    c = _claimant(m.group("who"), state)
    if c is None or c.side == "UNKNOWN":
        return None
    return Claimant(m.group("who"), c.canonical, c.side, c.type), m.end("who")


# "the Pakistani Taliban (TTK)": an acronym the text defines.
ACRONYM = re.compile(r"""(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:of|the|for|and|in|[A-Z][\w'’.-]*)){0,8}
    (?:[ \t]+(?:army|military|police|navy|(?:armed[ \t]+)?forces|air[ \t]+force))?)[ \t]*   # ("the Mozambican army (FADM)")
    \((?:the\s+)?(?P<acr>[A-Z][A-Za-z]{1,7})\)""", re.X)
# "Jane Doe, the Kenyan foreign minister," / "Jane Doe, Kenya's foreign minister,": a person and what she is.
_PERSON_THEN_ROLE = re.compile(r"""(?P<person>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|al-\w+|bin|de|van|von)){1,3}),\s+
    (?P<role>(?:the\s+|a\s+|an\s+)?[^,.;:()"“”]{3,70}?)(?=[,.;:)])""", re.X)
# "Kenyan President Jane Doe", "Kenya's foreign minister Jane Doe", "President Jane Doe of Kenya": an office
# word, the name after it, and the (at most four) words before it.
_OFFICE_WORD = re.compile(r"""\b(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Mm]inister|[Ss]ecretary|[Aa]mbassador|
    [Ss]pokes(?:man|woman|person)|[Gg]overnor|[Mm]ayor|[Cc]ommander|[Cc]hief|[Gg]eneral|[Ee]nvoy|[Oo]fficial|
    [Cc]ommissioner|[Dd]irector)\s+(?=[A-Z])""", re.X)
_PERSON = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|al-\w+|bin|de)){1,3}")
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]+")


# "the Venezuelan Minister of Defense, General in Chief Vladimir Padrino López": an office of a body, a
# comma, a rank at most, and the name.
_OFFICE_OF_THEN_PERSON = re.compile(r"""\b(?:(?:[Pp]rime\s+)?[Mm]inister|[Ss]ecretary|[Cc]ommander|[Cc]hief|[Dd]irector|
    [Hh]ead|[Ss]pokes(?:man|woman|person)|[Gg]overnor)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s*){1,3},\s+
    (?:(?:General|Gen\.|Colonel|Col\.|Major|Maj\.|Lieutenant|Lt\.|Admiral|Adm\.|Brigadier|Captain|Capt\.)
       (?:\s+(?:in\s+Chief|General))?\s+)?(?=[A-Z])""", re.X)


def _role_then_person(text: str) -> list[tuple[str, str]]:
    """(person, office phrase) for each office word followed by a name."""
    out = []
    for m in _OFFICE_WORD.finditer(text):
        person = _PERSON.match(text, m.end())
        if person is not None:
            of = _OF_COUNTRY.match(text, person.end())
            out.append((person.group(), " ".join(_words_before(text, m.start()) + [m.group().strip()])
                        + (of.group() if of else "")))
    for m in _OFFICE_OF_THEN_PERSON.finditer(text):
        person = _PERSON.match(text, m.end())
        if person is not None:
            before = _words_before(text, m.start())
            while before and not (before[0][:1].isupper() or before[0].lower() in ("the", "its", "their")) \
                    or len(before) > 1 and not before[1][:1].isupper():
                before = before[1:]         # ("signed by the Venezuelan Minister": from "the" on)
            out.append((person.group(), " ".join(before + [m.group().split(",")[0]])))
    return out


def _words_before(text: str, start: int) -> list[str]:
    """The (at most four) words before an office word, back to the last punctuation."""
    return re.split(r"[.,;:()\"“”]", text[max(0, start - 50):start])[-1].split()[-4:]


# The last word of a body's name, which no "he" or "she" refers to: "the association", "Amnesty International".
_BODY_WORD = re.compile(r"""\b(?:association|charity|commission|committee|council|union|agency|organi[sz]ation|group|
    network|watch|international|foundation|society|cross|crescent|frontières|ngo|msf)\W*$""", re.I | re.X)
# A body's one man or woman, whom "he" or "she" can be: "OLA spokesman Odaa Tarbii", "the group's commander".
_ONE_PERSON = re.compile(r"\b(?:spokes(?:man|woman|person)|commander|leader|chief|official|minister|president|"
                         r"director|governor|colonel|general|captain|major|lieutenant)\b", re.I)
_OFFICES = actors.PERSON_TYPES | {"police", "army", "local_authority", "head_of_government"}

# The name of a fighting body by its last word or a word of its cause: "the Benghazi Defence Brigades".
_GROUP_NAME = re.compile(r"""\b(?:Brigades?|Army|Front|Forces?|Militias?|Movement|Battalions?|Alliance|Coalition|Mujahideen|
    Fighters|Resistance|Legion|Liberation|Rebels?|Insurgents?|Jihad)\b""", re.X)
# Words of a state's own forces and offices, which no unregistered armed group is named by: "Special Task Force
# (STF)", "Rapid Action Battalion (RAB)", "Counter Terrorism Department (CTD)".
_STATE_UNIT = re.compile(r"""\b(?:Police|Task|Special|Joint|Security|Border|Presidential|Republican|Rapid|Counter|Department|
    Command|Division|Regiment|Corps|Air|Naval|Navy|Marines?|Coast|National|Federal|Royal|Government|Peacekeeping|
    Multinational|International|African|United|Ministry|Civilian|Village|Vigilantes?)\b""", re.X)


def _defined_group(name: str, acronym: str) -> Claimant | None:
    """An armed group the registry does not know, which the text names and gives an acronym ("the Benghazi
    Defence Brigades (BDB)"): a side of its own, coded by that acronym, as coders code such groups."""
    words = re.sub(r"^(?:The|the)\s+", "", name).split()
    # The name is the words whose initials the letters are ("Fighters of the Kivu Liberation Front (KLF)": the
    # Kivu Liberation Front); failing that, all of it when the first letters agree.
    for i in range(len(words)):
        if "".join(w[0] for w in words[i:] if w[:1].isupper()).upper() == acronym:
            words = words[i:]
            break
    name = " ".join(words)
    if not _GROUP_NAME.search(name) or _STATE_UNIT.search(name) or actors.side_of(name) is not None:
        return None
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name)).upper()
    if not acronym.isupper() or initials[:1] != acronym[:1]:
        return None         # ("a thing (AK)": letters that are no name's initials)
    return Claimant(name, name, acronym.upper(), "armed_group")


_CALLED_REBEL = re.compile(r"\b(?:rebels?|insurgents?|militants?|jihadists?|separatists?|guerrillas?|armed)\s+"
                           r"(?:(?:group|movement|coalition|alliance|faction)\s+)?(?:the\s+)?$", re.I)


def document_aliases(text: str) -> dict[str, Claimant]:
    """Names the text itself ties to a side, for sources the registry does not know: acronyms it
    defines ("the Pakistani Taliban (TTK)") and people it introduces with their office ("Husain
    Haqqani, Pakistan's ambassador", "Mexican President Andrés López"), by full name and surname.
    Keys are lowercase; only offices or names whose words name a side count."""
    out: dict[str, Claimant] = {}
    for m in ACRONYM.finditer(text):
        c = actors.normalize_claimant(m.group("name"))
        if _CALLED_REBEL.search(text, max(0, m.start() - 30), m.start()) and c.type == "government" \
                and "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", m.group("name"))) == m.group("acr"):
            # "the rebel Liberians United for Reconciliation and Democracy (LURD)": a group the text calls
            # rebels is its own side, whatever people its name starts with.
            group = Claimant(m.group("name"), m.group("name"), m.group("acr").upper(), "armed_group")
            out.setdefault(m.group("acr").lower(), group)
            out.setdefault(group.canonical.lower(), group)
        elif c.side != "UNKNOWN":
            out.setdefault(m.group("acr").lower(), c)
        elif (group := _defined_group(m.group("name"), m.group("acr"))) is not None:
            out.setdefault(m.group("acr").lower(), group)
            out.setdefault(group.canonical.lower(), group)
    people = [(m.group("person"), m.group("role")) for m in _PERSON_THEN_ROLE.finditer(text)]
    people += _role_then_person(text)
    offices_only: list[tuple[str, Claimant]] = []
    for person, role in people:
        c = actors.normalize_claimant(role)
        cut = _HEAD_CUT.search(" " + role + " ")
        office = actors.normalize_claimant((" " + role)[:cut.start()] if cut else role)
        if office.type not in _OFFICES or actors.normalize_claimant(person).side != "UNKNOWN" \
                or _NON_STATE.search(role):
            continue          # "a finance manager for the Norwegian Council": no office of Norway
        if c.side == "UNKNOWN":
            # "Brig. Gen. Cirilito Sobejana, Joint Task Force Sulu commander ... Sobejana said": an officer of no
            # side the words name, whom the story's state is then found for, as it is for "the commander".
            offices_only.append((person, Claimant(person, office.canonical, "UNKNOWN", office.type)))
            continue
        _add_person(out, person, c)
    for person, c in offices_only:
        _add_person(out, person, c)
    return out


def _add_person(aliases: dict[str, Claimant], person: str, c: Claimant) -> None:
    words = person.split()
    # (the surname; of three names, the middle one too: "Vladimir Padrino López ... Padrino said", as
    # Spanish and Portuguese names carry two surnames)
    for key in (person, words[-1], *([words[-2]] if len(words) == 3 and words[-2][:1].isupper() else [])):
        aliases.setdefault(key.lower(), c)


# (and a rank: "Col Al Mahjami said" after "Col Mamoon Al Mahjami, spokesman for ...")
_HONORIFIC_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mme|M|Col|Colonel|Lt|Maj|Major|Gen|General|Capt|Captain|Brig|Sgt|"
                                r"Cdr|Commander)\.?\s+(?P<surname>(?:(?:Al|El|al|el|Abu|bin|Ben|van|de)[\s-])?[A-Z][\w'’-]+)")
_GROUPS_OWN = re.compile(r"(?:the\s+)?(?:rebel|militant|armed|insurgent|jihadist|separatist)?\s*(?:group|movement|militia|"
                         r"rebels|insurgents|militants)['’]s?\s+", re.I)
# "the rebel-run health ministry", "the health ministry in the rebel-held capital": an office of the group that
# holds the place, as "the group's health ministry" is.
_GROUP_RUN = re.compile(r"(?:the\s+)?(?:rebel|insurgent|militant|separatist|jihadist|group)-(?:run|controlled|held|led)\s+",
                        re.I)
_IN_GROUP_HELD = re.compile(r"""\s+(?:in|of)\s+(?:the\s+)?(?:rebel|insurgent|militant|separatist|jihadist)-(?:held|controlled|run)
    \s+(?:capital|city|town|territory|areas?|region|north|south|east|west)\b""", re.I | re.X)


def _spelt_alike(surname: str, full_name: str) -> bool:
    """Whether a one-word name is another romanisation of a capitalised word of ``full_name``: the
    same first letter, five letters or more, and at least 85 % alike by edit distance."""
    if " " in surname or len(surname) < 5:
        return False
    return any(w[0] == surname[0] and len(w) >= 5 and fuzz.ratio(w, surname) >= 85
               for w in re.findall(r"[A-Z][\w'’-]+", full_name))


def _stance(cue: str) -> str:
    if re.fullmatch(ACCUSE, cue):
        return "accuse"
    if re.fullmatch(DENY, cue):
        return "deny"
    return "assert"


# ("Jane Doe, a resident,", "Shushan Stepanyan, spokeswoman for the Defence Ministry,": an article or a role opens it)
_NAME_AND_APPOSITIVE = re.compile(r"""(?:^|[.;:"“”(]\s*
    # (or after an opening phrase of place: "On the Thai side of the Moei River, Colonel X, commander of ..., said")
    |^\W*(?:On|In|At|From|Across|Along|Near|Inside|Outside|Over)\s[^,;:"“”()]{1,60},\s*)
    ([A-Z][^,;:"“”()]{1,50},\s*
     (?:(?:an?|the|another|one)\s|(?:spokes(?:man|woman|person)|head|chief|commander|governor|mayor|minister|director|
        deputy|leader|president|secretary|chairman|chairwoman|adviser|advisor|aide|representative)\b)
     [^,;:"“”()]{0,90}),\s*$""", re.X)
# "..., in Boni locality, Western Wollega zone, Ararsa Merdasa, Oromia police commissioner, told local media": a
# name and an office with no article, closing a report after a comma.
_NAME_AND_OFFICE_AFTER_COMMA = re.compile(r"""(?:^|,\s*)((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+,\s*
    (?:[A-Z][\w'’-]+\s+){0,3}(?:(?:deputy|assistant|regional|provincial|district|county|state|police|army|military)\s+){0,2}
    (?:commissioner|governor|mayor|spokes(?:man|woman|person)|commander|chief|minister|administrator|director|official|
     superintendent|inspector|prefect|sheriff|chairman|chairwoman|councillor|councilor))\s*,\s*$""", re.X)
# "..., the region's governor, Vyacheslav Gladkov, said" (or with no comma before the name): what the speaker is,
# then the name, after the report
# or opening the sentence ("A local official, Ali Ahmed, told AFP").
# (a name's lower-case particles too: "the Catholic bishop, Edwin de la Peña, said")
_NAME_PARTICLES = r"(?:(?:de|da|del|della|di|du|la|le|van|von|der|den|bin|ibn|dos|das|y)\s|(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-)*"
_ROLE_AND_NAME = re.compile(r"(?:^\W*|,\s*)((?i:the|a|an|its|his|her|their)\s[^,;:\"“”()]{1,90}?(?:,\s*|\s)"
                            r"[A-Z][\w'’.-]*\s?(?:" + _NAME_PARTICLES + r"[A-Z][\w'’.-]*\s?){0,3}),\s*$")


# "an official of the UN refugee agency, who asked not to be named, told Reuters": the aside between the
# speaker and the verb.
_ANONYMOUS_ASIDE = re.compile(r""",\s+(?:who\s+(?:asked|requested|spoke|declined|did\s+not\s+want|(?:was|is|were|are)\s+not\s+
    authori[sz]ed)\b[^,;"“”]*|speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity
    # ("One survivor, now being treated in a hospital in Erbil, said": where the speaker is now)
    |(?:now|still|currently)\s+(?:being\s+)?(?:treated|recovering|hospitali[sz]ed|sheltering|living|staying|hiding)
     \b[^,;"“”]*),\s*$""", re.I | re.X)


def _subject_before(sentence: str, pos: int) -> tuple[str, int] | None:
    """The noun phrase right before a cue verb, and its start offset."""
    left = sentence[:pos]
    left = _DISCOURSE.sub(lambda m: " " * len(m.group()), left)
    left = _ANONYMOUS_ASIDE.sub(lambda m: " " * len(m.group()), left)
    cut = max(left.rfind(ch) for ch in ('"', "“", "”", ";", ":", "(", ")", "—"))
    comma = left.rfind(",")
    if comma > cut:
        cut = comma
    start = cut + 1
    phrase = left[start:].strip().lstrip("-–—: ")
    named = _NAME_AND_APPOSITIVE.search(left)
    if not phrase and named:
        # "Jane Doe, a resident, said": the name and what she is.
        start, phrase = named.start(1), named.group(1)
    elif not phrase and (role := _ROLE_AND_NAME.search(left)):
        start, phrase = role.start(1), role.group(1)
    elif not phrase and (after_list := _NAME_AND_OFFICE_AFTER_COMMA.search(left)):
        start, phrase = after_list.start(1), after_list.group(1)
    phrase = re.sub(r"(?:\s+(?:also|later|earlier|then|again|had|has|have|previously|on \w+|in a statement))+$", "", phrase,
                    flags=re.I)       # ("The agency had earlier put the number of dead at 100")
    if (conjoined := re.match(r"(.+?)\s+[a-z]+ed\b.*\s(?:and|but)$", phrase)) is not None:
        phrase = conjoined.group(1)     # "Police identified the attacker as ... and confirmed": the police
    lead = _LEADING.match(phrase) or _TIME_LEAD.match(phrase)
    while lead and lead.group():
        phrase = phrase[lead.end():]
        lead = _LEADING.match(phrase) or _TIME_LEAD.match(phrase)
    phrase = re.sub(r"\b(?:that|which)\b.*$", "", phrase).strip()
    if not phrase or len(phrase.split()) > (18 if named and phrase == named.group(1) else 12) or _BAD_SUBJECT.match(phrase):
        return None           # (a name and its appositive may run longer than a phrase alone)
    if not (phrase[0].isupper() or phrase.lower().split()[0] in PRONOUNS | {"the", "a", "an", "its"}
            or _kind_by_head(phrase) is not None or actors.normalize_claimant(phrase).type != "unknown"):
        return None           # ("residents and a local official said", "police said": bare plurals speak too)
    return phrase, sentence.find(phrase, start - 1 if start else 0)


# Words by which an institution is known, in families: "the army" is the "Armed Forces" named before.
_INSTITUTION_FAMILIES = (("ministry",), ("army", "military", "armed forces", "troops"), ("police",),
                         ("border guard", "border service", "border troops"), ("navy", "naval"), ("air force",),
                         ("government",), ("emergency", "civil defence", "civil defense"))
_FAMILY_TYPES = ("ministry", "army", "police", "border_guard", "navy", "air_force", "government", "emergency")


# Claimants that are one office whose holder a story may name next.
_OFFICE_TYPES = frozenset({"local_authority", "minister", "official", "head_of_state", "government"})
_NON_STATE = re.compile(r"\b(?:rebels?|insurgents?|insurgency|militants?|militias?|opposition|resistance|separatists?|"
                        r"guerrillas?|jihadists?|anti-(?:government|junta|regime|coup)|"      # "the anti-junta force",
                        r"armed\s+(?:groups?|factions?|movements?|outfits?|organi[sz]ations?))\b", re.I)  # "an armed group"


def _same_institution(c: Claimant, state: AttributionState) -> Claimant | None:
    """The last state claimant of the same institution as an unnamed one's ("Army spokesman", "the
    ministry's spokeswoman"), so it speaks for the state that institution was named with."""
    words = c.canonical.lower()
    # The institution the last sentence opened with comes first ("In Khartoum, the Sudanese military admitted the
    # setback. Army spokesman X said"), whichever state's spoke before it.
    candidates = ([state.opener] if state.opener is not None else []) + state.history[::-1]
    for family, kind in zip(_INSTITUTION_FAMILIES, _FAMILY_TYPES):
        if any(w in words for w in family):
            for earlier in candidates:
                # (by its name, or by what the registry says it is: "the Israel Defense Forces" is an army)
                if (_is_state(earlier.side) or earlier.type in ("ministry", "government")) and earlier.side != "UNKNOWN" \
                        and (any(w in earlier.canonical.lower() for w in family) or earlier.type == kind):
                    return earlier       # (a de facto authority's ministry too: "the Houthi-run health ministry")
            return None
    return None


_LOCAL_TYPES = frozenset({"local_authority", "police"})
_SEAT_TYPES = frozenset({"government", "ministry", "official", "army", "head_of_state", "head_of_government", "minister",
                         "spokesperson", "diplomat"})
_UNNAMED_NATIONAL = frozenset({"official", "army", "security_service", "police"})


def _in_context(c: Claimant, surface: str, state: AttributionState) -> Claimant:
    """A side for a claimant the registry leaves UNKNOWN, from what the phrase is and the document."""
    if c.side != "UNKNOWN":
        return c
    if _NON_STATE.search(surface):
        return Claimant(surface, c.canonical, c.side, "armed_group")   # "the rebel army" is no state's army
    earlier = _same_institution(c, state)
    if earlier is not None:
        # "ministry spokeswoman X" after "Cambodia's Defence Ministry said": that ministry's state.
        return _of_state(surface, c, earlier.side)
    home = state.here or state.home
    if state.seat and c.type in _SEAT_TYPES:
        home = state.seat     # "Cairo rejected the findings. Foreign ministry spokesman X said ...": Egypt's
    if c.type == "army" and state.forces and home not in state.armed_states():
        # "Israeli troops killed two Palestinians in the West Bank ... the army said": the army of the state
        # whose forces the story names, when it names none of the home country's.
        home = state.forces
    if not state.here and state.scene and (c.type in _LOCAL_TYPES or "health" in c.canonical.lower()):
        # "Russian forces struck Kharkiv, the regional governor said": a governor, mayor, the police or
        # health officials speak for the country of the places they report, whichever country the story
        # is mostly about.
        home = state.scene
    elif not state.here and state.dateline and c.type in _UNNAMED_NATIONAL \
            and not any(earlier.side == home != state.dateline for earlier in state.history):
        # "ISLAMABAD: Pakistani airstrikes hit camps in Afghanistan's Paktika province, security officials
        # said": unnamed officials are those of the country the reporter files from, unless the story's own
        # state has spoken (a Beirut dateline over Syria's health ministry: "the army's General Command" is Syria's).
        home = state.dateline
    if c.type not in ("unknown", "armed_group") and home:
        # "police", "officials", "the governor": the state the sentence or the article reports from.
        return _of_state(surface, c, home)
    if _PRIVATE.search(surface):
        return Claimant(surface, "Witnesses and residents", LOCAL, "private")
    if _MEDIA.search(surface):
        return Claimant(surface, c.canonical, MEDIA, "media")
    return c


# A clause is no claimant: "Fake news is circulating on social media claiming ..." names nobody who speaks.
_CLAUSE = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?\w+ing\b")


# Sources of both sides in one phrase: "military sources from both sides", "governments of both the countries".
BOTH_SIDES = re.compile(r"\b(?:(?:both|the\s+two|either)\s+(?:the\s+)?(?:warring\s+)?(?:sides|parties|camps|countries|"
                        r"nations|governments|armies|militaries|neighbou?rs|neighbou?ring\s+(?:countries|states))|each\s+(?:side|country|party))\b", re.I)


def _claimant(surface: str, state: AttributionState) -> Claimant | None:
    if _CLAUSE.search(surface) or re.search(r"\s(?:and|or|but)$", surface.rstrip(" ,")):
        return None       # (nor words cut before a clause goes on: "said the stronghold was under attack and that")
    if BOTH_SIDES.search(surface) and actors.normalize_claimant(surface).side == "UNKNOWN":
        # (the claims split it into one account per party the sentence names)
        return _in_context(Claimant(surface, "Officials", "UNKNOWN", "official"), surface, state)
    c = _claimant_of(surface, state)
    if c is not None and (c.side == "UNKNOWN" or actors.normalize_claimant(surface).side == "UNKNOWN") \
            and (named := actors.in_story(surface, state.countries)) is not None:
        # "AA reported" in a story from Turkey: Anadolu (and "the Joint Operations Command" in a story from Iraq is
        # Iraq's, whichever command the story named before)
        c = named
    elif c is not None and c.side not in state.countries \
            and (named := actors.namesake_in_story(surface, state.countries)) is not None:
        c = named                 # "ISPR" in a story from Bangladesh: its army's media wing
    elif c is not None and c.side not in state.countries and actors.foreign_acronym(surface, state.countries):
        c = Claimant(c.surface, c.surface, "UNKNOWN", "armed_group")   # "the UPDF Democratic" in Bangladesh
    elif c is not None and c.side == "UNKNOWN" and c.type == "unknown" and (unnamed := _named_next(surface, state)):
        c = Claimant(surface.strip(), unnamed.canonical, unnamed.side, unnamed.type)
    return _in_context(c, surface.strip().rstrip(","), state) if c is not None else None


# A spokesman the words give no body: "Spokesman Mohamed Ramadane", "the spokesman".
_BARE_SPOKESMAN = re.compile(r"(?:[Tt]he\s+)?(?:(?:[Pp]arty|[Gg]roup|[Mm]ovement|[Mm]ilitary)\s+)?[Ss]pokes(?:man|woman|person)"
                             r"(?:\s+[A-Z][\w'’.-]*){0,4}")
_BARE_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}")
_UNNAMED_OFFICE = re.compile(r"(?:the|a|an)\s+[a-z]", re.I)


def _named_next(surface: str, state: AttributionState) -> Claimant | None:
    """The state's office-holder the story spoke through last, unnamed, when a full name the story never
    described speaks next: "..., the governor of Donetsk region said. 'Eleven dead,' Vadym Filashkin wrote"
    (wire copy gives the office first and the name after)."""
    last = state.last
    name = surface.strip()
    if last is None or not _BARE_NAME.fullmatch(name) or len(last.side) != 2 \
            or any(zipf_frequency(w, "en") >= 4.0 for w in name.lower().split()) \
            or last.type in ("unknown", "armed_group", "media", "private", "ngo") \
            or not _UNNAMED_OFFICE.match(last.surface) or _BARE_NAME.search(last.surface[1:]):
        return None
    return last


def _last_word_before_cut(phrase: str) -> str:
    """The phrase's last word before its first preposition or comma, lowercased ("Rebels in eastern Congo")."""
    cut = _HEAD_CUT.search(" " + phrase + " ")
    words = re.findall(r"[\w'’-]+", (" " + phrase + " ")[:cut.start()] if cut else phrase)
    return words[-1].lower() if words else ""


_NON_STATE_HEADS = frozenset({"rebels", "rebel", "militants", "insurgents", "guerrillas", "jihadists", "separatists",
                              "militias", "militia", "militiamen"})
# "the Palestinian group", "the Kurdish militia": an armed group by its nation, so the one named before.
# (not where a body is based: "the Geneva-based organisation" is the one that spoke before, the ICRC)
_GROUP_BY_NATION = re.compile(r"the\s+(?:(?![\w'’-]*-based\b)[\w'’-]+\s+){1,3}(?:group|movement|militia|faction|organi[sz]ation|militants|"
                              r"rebels|insurgents|fighters)", re.I)


# "... carried out by al-Shabaab, a senior official confirmed": the group ends the report, the official speaks.
_OFFICIAL_APPOSITIVE = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:officials?|spokes(?:man|woman|person)|sources?|"
                                  r"officers?|commanders?|commissioner|minister|governor|police)\b", re.I)


# An outlet named again by its kind alone.
_THE_OUTLET = re.compile(r"the\s+(?:tv|television|broadcaster|channel|station|(?:news\s+)?agency|newspaper|paper|daily|"
                         r"outlet|website|radio)")


# "the coalition", "Coalition spokesman Col. X", "a coalition statement": the coalition the story named.
_COALITION_VOICE = re.compile(r"(?:the\s+|a\s+)?(coalition|alliance)(?:['’]s)?(?:\s+(?:spokes(?:man|woman|person)|statement|"
                              r"command|officials?|sources?)\b|$)"
                              r"|(?:[^,]+,\s+)?(?:a\s+|the\s+)?(?:spokes(?:man|woman|person)|officials?)\s+(?:for|of)\s+"
                              r"the\s+(coalition|alliance)$")   # ("Colonel X, spokesman for the coalition")


# "a more radical splinter group of the IRA": a group of its own, not the one it broke from.
_SPLINTER_OF = re.compile(r"\b(?:splinter|breakaway|dissident|renegade)\s+(?:group|faction|wing|cell|organi[sz]ation)s?\s+"
                          r"(?:of|from)\b|\boffshoots?\s+of\b", re.I)


# What the story called a man before he speaks: "the JEM leader, Khalil Ibrahim", "Haftar spokesman Colonel Ahmed
# al-Mismari", "the leader of the Justice and Equality Movement, Khalil Ibrahim" (up to three given names or titles
# between the office and the name the speaker goes by).
_ROLE = r"(?:leader|chief|commander|spokes(?:man|woman|person)|head|founder|emir|secretary-general|chairman|president)"
_ROLE_BEFORE = re.compile(rf"""(?P<role>(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:[a-z][\w-]*\s+){{0,2}}?{_ROLE}
    |{_ROLE}\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|and|of|for)\s+){{0,5}}[A-Z][\w'’-]*)
    \s*,?\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}$""", re.X)
# ... or after his name: "Khalil Ibrahim, the JEM leader, ..."
_ROLE_AFTER = re.compile(rf",\s+(?:the\s+)?(?P<role>(?:[\w'’-]+\s+){{1,5}}?{_ROLE}\b(?:\s+of\s+(?:the\s+)?[^,.;()]{{3,50}}?)?)\s*[,.;)]")


@lru_cache(maxsize=4096)      # (names recur within a story and across a batch; the re module's own cache is small)
def _whole_word(text: str, flags: int = 0) -> re.Pattern:
    """The text as a whole word."""
    return re.compile(rf"\b{re.escape(text)}\b", flags)


@lru_cache(maxsize=2048)
def _role_told_before(name: str, story: str) -> Claimant | None:
    """The side of a man the story's narration gave an office of a named body before he speaks ("the JEM
    leader, Khalil Ibrahim ... Khalil Ibrahim said"), a rebel of no known side for a country's "rebel leader";
    None when it gave none the registry knows."""
    for m in _whole_word(name).finditer(story):
        for found in (_ROLE_BEFORE.search(story, max(0, m.start() - 90), m.start()), _ROLE_AFTER.match(story, m.end())):
            if found is not None:
                role = actors.normalize_claimant(found.group("role"))
                if _NON_STATE.search(found.group("role")) and _is_state(role.side):
                    return Claimant(found.group("role"), found.group("role"), "UNKNOWN", "armed_group")
                    #                 ("the Sudanese rebel leader": a rebel, and no office of Sudan's)
                if role.side != "UNKNOWN" and role.type != "unknown":
                    return role
    return None


_SPEAKS_FOR_THE_GROUP = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+for\s+the\s+"
                                   r"(?:rebels|insurgents|militants|jihadists|guerrillas|separatists|fighters|group|"
                                   r"movement|militia)\b", re.I)


def _claimant_of(surface: str, state: AttributionState) -> Claimant | None:
    surface = surface.strip().rstrip(",")
    first, _comma, rest = surface.partition(", ")
    if _SPLINTER_OF.search(first):
        return Claimant(surface, surface, "UNKNOWN", "unknown")    # (not "Jamaat-ul-Ahrar, a breakaway faction of ...")
    if rest and _OFFICIAL_APPOSITIVE.match(rest) and actors.normalize_claimant(first).type == "armed_group" \
            and not _NON_STATE.search(rest) and not re.search(r"\s(?:for|of)\s", rest):
        # (not "Sebby Sambom, a Papuan rebel spokesperson", "..., a spokesman for the liberation army": a man
        # the registry knows, and the group he speaks for)
        surface = rest
    if rest and _RELATIVE_OPENING.match(rest):
        surface = first      # "The coalition, in which the UAE is a partner": who speaks is the coalition
    low = surface.lower()
    if state.account_state is not None and (own := actors.normalize_claimant(surface)).side == "UNKNOWN" \
            and (own.type in _INSTITUTION_TYPES or own.type == "spokesperson" and own.canonical.lower() != "spokesperson"):
        # "Armenia gave a very different account. Defense Ministry spokeswoman X said ...": Armenia's ministry
        return _of_state(surface, own, state.account_state)
    if state.body is not None and _BARE_SPOKESMAN.fullmatch(surface):
        # "The CSP-DPA, an alliance of Tuareg armed groups, said ... Spokesman Mohamed Ramadane said": the body's man.
        return Claimant(surface, state.body.canonical, state.body.side, state.body.type)
    if (led := _COALITION_VOICE.match(low)) is not None \
            and (named := re.search(rf"\b[A-Z][\w'’.-]*-led\s+{led.group(1) or led.group(2)}\b", state.story)) is not None:
        # "the coalition" of a story that named "the Saudi-led coalition": that one
        c = actors.normalize_claimant(named.group())
        if c.side != "UNKNOWN":
            return Claimant(surface, c.canonical, c.side, c.type)
    if _THE_OUTLET.fullmatch(low):
        # "the TV said" after "regional state broadcaster Tigray TV has reported": that outlet; but "the
        # agency" after an aid agency spoke last ("Save the Children said ... The agency said") is that one.
        for c in reversed(state.history):
            if c.type == "media" or (low == "the agency" and c.type in ("ngo", "international_body")):
                return Claimant(surface, c.canonical, c.side, c.type)
    by_head = _kind_by_head(surface)
    if by_head is not None:
        return by_head
    if all(k.startswith("side:") for *_x, k in actors.registry().find(surface)) and (
            (state.groups and _GROUP_BY_NATION.fullmatch(surface)) or _last_word_before_cut(surface) in _NON_STATE_HEADS
            or (_NON_STATE.search(surface) and _last_word_before_cut(surface) in _GROUP_HEADS)):
        # "The Lebanese group said" after Hezbollah was named, "Rebels in eastern Congo said" in a story of
        # M23: the group, not Lebanon or Congo.
        return state.resolve_generic(surface)
    for part in (surface, surface.partition(", ")[2]):
        if part and (owner := _GROUPS_OWN.match(part) or _GROUP_RUN.match(part)) \
                and (g := state.group_named_last()):
            # "the rebel group's Health Ministry spokesman", "Abu Musab, the group's military operations
            # spokesman": the armed group's office.
            base = actors.normalize_claimant(part[owner.end():])
            return Claimant(surface, f"{g.canonical} {base.canonical}".strip(), g.side, base.type)
        if part and _SPEAKS_FOR_THE_GROUP.match(part) and (g := state.group_named_last()):
            # "Qari Yousuf Ahmadi, a spokesman for the insurgents in the south": the armed group the story named
            return Claimant(surface, f"{g.canonical} spokesperson", g.side, "spokesperson")
        if part and (held := _IN_GROUP_HELD.search(part)) \
                and (g := state.group_named_last()) \
                and (base := actors.normalize_claimant(part[:held.start()])).side == "UNKNOWN" and base.type != "unknown":
            return Claimant(surface, f"{g.canonical} {base.canonical}".strip(), g.side, base.type)
    if re.fullmatch(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*", surface) and actors.surname_in(state.story, surface):
        # "Douglas said" after "Ghassan Douglas, the official who monitors ...": the man, not the Isle of Man.
        for c in reversed(state.history):
            if re.search(rf"\b[A-Z][a-z'’-]+\s+{re.escape(surface)}\b", c.surface):
                return c
        return Claimant(surface, surface, "UNKNOWN", "unknown")    # a person of the story, whoever he is
    if (polite := _HONORIFIC_SURNAME.fullmatch(surface)) is not None:
        # "Mr. Ayaba said" after "Cho Ayaba, a leading member of the Ambazonian Governing Council, said": the man
        # who spoke before by his full name (wire copy's second reference).
        for c in reversed(state.history):
            if c.side != "UNKNOWN" and re.search(rf"\b[A-Z][\w'’-]+\s+{re.escape(polite.group('surname'))}\b", c.surface):
                return c
    named = _main_then_appositive(surface)
    if named.side != "UNKNOWN":
        return named                      # "The Israeli military": named, not a carry-over
    alias = state.aliases.get(re.sub(r"^(?:the|a|an)\s+|\s*\([^()]*\)$", "", low))
    if alias is None and (lead := re.match(r"(?:the\s+)?([A-Z]{2,8})(?:['’]s)?\s", surface)) is not None:
        # "BDB fighters", "the UPC's spokesman": of a group the text defined by that acronym.
        if (group := state.aliases.get(lead.group(1).lower())) is not None and group.type == "armed_group":
            alias = group
    if alias is not None and alias.side == "UNKNOWN":
        # An officer of no named side who spoke before is that source again ("Al-Mismari said" after "Army
        # spokesman Brigadier Ahmed al-Mismari said").
        spoke = next((c for c in reversed(state.history) if c.surface.lower().endswith(low)
                      or _whole_word(low).search(c.surface.lower().partition(",")[0])), None)
        #              (or his name before his office: "Colonel Turki al-Maliki, spokesman for the coalition")
        if spoke is not None:
            return spoke
    if alias is not None:
        return Claimant(surface, alias.canonical, alias.side, alias.type)
    if re.match(r"(?:a|an)\s", low) and _NON_STATE.search(surface) and not named_actors(surface, "armed_group") \
            and (g := state.only_story_group()) is not None:
        # "An Ethiopian rebel group on Tuesday denied ...", in a story of one group: the lead's way of naming it.
        return Claimant(surface, g.canonical, g.side, g.type)
    if re.match(r"(?:a|an|another|one)\s", low) and named.type != "unknown":
        return named                      # "a local spokesman" is someone new, not the last source
    if low in PRONOUNS or GENERIC_HEADS.match(surface):
        resolved = state.resolve_generic(surface)
        if (resolved is None or resolved.side == "UNKNOWN") and GENERIC_HEADS.match(surface):
            return named                  # "the authorities" with nobody before them: the document decides
        return resolved
    if re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", surface):
        # A surname met before in full ("Sharif Hotak, of the council, said ... Hotak added"): that source.
        for c in reversed(state.history):
            if re.search(rf"\b{re.escape(surface)}\b", c.surface, re.I):    # ("Al-Mesmari" opening a sentence)
                return c
        for c in reversed(state.history):
            if _spelt_alike(surface, c.surface):
                return c      # the same man spelt two ways in one story ("Chaudhry ... Chaudhary said")
        if (role := _role_told_before(surface, state.story)) is not None:
            return Claimant(surface, role.canonical, role.side, role.type)
        last = state.last
        if " " in surface and last is not None and last.type in _OFFICE_TYPES and _is_state(last.side) \
                and not re.search(r"\s[A-Z]", last.surface) and last.surface in state.story \
                and state.story.find(surface) > state.story.find(last.surface):
            # "..., the head of the region said on Monday. Sergei Melikov said in a video address ...": a full
            # name first met right after an office named with no one's name is who holds it.
            return Claimant(surface, last.canonical, last.side, last.type)
    if re.match(r"^(?:its|his|her|their)\s", low):
        # "its defense ministry": the owner is the last named side (or the institution the sentence before
        # opened with: "Pakistan's military gave a different account. Its spokesman said ...").
        base = actors.normalize_claimant(surface)
        opened = state.opener or state.body     # (or the group or body the sentence before opened with)
        owner = opened if low.startswith(("its ", "their ")) and opened is not None else state.last
        if owner is not None and base.side == "UNKNOWN":
            return _of_state(surface, base, owner.side)
        return base
    c = actors.normalize_claimant(surface)
    if c.side == "UNKNOWN" and (acr := re.fullmatch(r"(?:the\s+)?([A-Z]{2,8})", surface)) is not None \
            and (defined := re.search(rf"\b([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){{1,8}}?)[ \t]*\((?:the\s+)?{acr.group(1)}\)",
                                      state.story)) is not None:
        # "the CTD announced" after "the Directorate General of Counter Terrorism (CTD) said": that source.
        name = " ".join(defined.group(1).split()[-3:])
        for earlier in reversed(state.history):
            if name in earlier.surface:
                return Claimant(surface, earlier.canonical, earlier.side, earlier.type)
    if c.side == "UNKNOWN" and re.fullmatch(r"the(?:\s+[a-z'’-]+){1,3}", low) and low.split()[-1] not in _FUNCTION_WORDS:
        # "the press centre said" after "the press centre of the Defence Ministry's Battlegroup North": that one.
        head = low.split()[-1]
        for earlier in reversed(state.history):
            if head in earlier.surface.lower().split():
                return Claimant(surface, earlier.canonical, earlier.side, earlier.type)
    if c.side == "UNKNOWN" and (short := re.fullmatch(r"(?i:the)\s+([A-Z][\w'’-]+)", surface)) is not None:
        # "the Guards said" in a story that named "Iran's Revolutionary Guards": the one actor so called
        head = short.group(1).lower().rstrip("s")
        named = [n for _s, _e, matched, kind in actors.registry().find(state.story) if kind == "actor"
                 and matched.lower().split()[-1].rstrip("s") == head
                 for n in [actors.normalize_claimant(matched)] if n.side != "UNKNOWN"]
        if named and len({n.side for n in named}) == 1:
            return Claimant(surface, named[0].canonical, named[0].side, named[0].type)
    if c.side == "UNKNOWN" and c.type == "unknown" and not re.search(r"[A-Z]", surface):
        return None
    return c


# Reporting words that also say what someone is held to be: "X suspected to be", "Y believed to have".
_RAISING = frozenset({"suspected", "believed", "thought", "alleged", "reported", "said", "understood", "feared"})

# Word forms of reporting verbs and nouns the parse looks for (the lemmatizer is not loaded).
_REPORTING = frozenset(f.lower() for f in (SPEECH + "|" + ACCUSE + "|" + DENY).split("|")) | {
    "blame", "accuse", "deny", "tell", "report", "claim", "announce", "confirm", "state", "say", "estimated",
    "estimate", "described", "describes", "identified", "believed", "believe", "believes", "suspected", "suspect",
    "suspects",
    "cite", "cites", "cited", "citing", "quoting", "adding", "insisting", "confirming", "denying", "insist"}
#: Sentences worth parsing for a source: any reporting word form, "according to", "statement".
REPORTING_CUE = gated(r"\b(?:" + "|".join(sorted(_REPORTING, key=len, reverse=True)) + r"|according to|statement)\b",
                           re.I)
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_DROP_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "prep"})
_KEEP_PREP_HEADS = frozenset({"of", "for", "from", "at", "in", "with"})
_ACTOR_PREPS = frozenset({"of", "from"})
# Verbs that hand their object the floor: "the BBC quoted the minister as saying ...".
_QUOTING = frozenset({"quoted", "quoting", "quotes", "cited", "citing", "cites", "cite", "quote"})
# How a participle or a conjoined verb hangs on the verb whose subject speaks.
_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "ccomp", "pcomp"})
_OWNER_PARTICIPLES = frozenset({"controlled", "run", "owned", "operated", "funded"})
# A relative clause that gives a speaker's post: "said Ali Muse, who heads the city's ambulance service".
_POST_VERBS = frozenset({"heads", "headed", "leads", "led", "chairs", "chaired", "commands", "commanded", "runs", "ran",
                         "directs", "directed", "manages", "coordinates", "oversees", "represents"})
_POSTS_HELD = _POSTS | {"commissioner", "commander", "governor", "mayor", "officer", "administrator", "prefect"}


def _gives_a_post(clause) -> bool:
    """A "who heads ..." clause (or "who is the district commissioner"): the speaker's role, part of who speaks."""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in clause.children):
        return False
    return clause.lower_ in _POST_VERBS or clause.lower_ in ("is", "was") and any(
        c.dep_ == "attr" and c.lower_ in _POSTS_HELD for c in clause.children)    # (not "who is a Djibo resident")


class ParsedSources(list):
    """(phrase start, phrase end, cue start, cue end, cue) of each source a parse names, plus
    ``blocked``: offsets of cue words the parse says report nothing here ("the alleged gunman",
    "is reported to have survived"), which the word patterns must not read as a source either."""
    blocked: frozenset[int] = frozenset()
    nested: frozenset[int] = frozenset()         # cue offsets of sources told inside a noun phrase (a relative clause)
    agents: tuple[tuple[int, int], ...] = ()     # who acts in an event verb: its subject, a passive's "by" agent
    patients: tuple[tuple[int, int], ...] = ()   # who is hit: a passive's subject, an active verb's object


# "a source close to Hezbollah", "militias loyal to the government": whom the phrase speaks for.
_CLOSE_TO = frozenset({"close", "loyal", "linked", "affiliated", "allied", "aligned", "tied", "connected", "answering"})


def _doc_text(doc) -> str:
    """A parse's text, kept with it: spaCy's ``Doc.text`` rejoins every token at each call."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                        "today"})


# The rest of a hyphened word the tokenizer split off after a phrase's last token: "al|-|Jabouri".
_HYPHENED_ON = re.compile(r"(?:(?<=\w-)|(?<=\w)-)[A-Z][\w'’]*(?:-[\w'’]+)*")


def _phrase_span(head, keep_preps: frozenset[str] = _KEEP_PREP_HEADS, cut: int | None = None) -> tuple[int, int]:
    """Character span of a noun phrase: the head with its modifiers and appositive, without clauses
    (nor prepositional phrases other than ``keep_preps``); with ``cut``, only the words before that token."""
    tokens = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if cut is not None and child.i >= cut:
                continue
            if child.dep_ in _DROP_DEPS and not (child.dep_ == "prep" and (
                    child.lower_ in keep_preps or child.lower_ == "to" and tok.lower_ in _CLOSE_TO)) \
                    and not (child.dep_ == "acl" and child.lower_ in _OWNER_PARTICIPLES) \
                    and not (child.dep_ == "relcl" and _gives_a_post(child)):
                continue          # (the owner stays: "a channel controlled by the Houthis" speaks for them)
            tokens.append(child)
            stack.append(child)
    first = min(tokens, key=lambda t: t.i)
    while first is not head and first.lower_ in _DAY_WORDS and first.i > 0 \
            and head.doc[first.i - 1].lower_ in ("on", "last", "late", "early", "by"):
        # ("On Saturday Getachew told reporters": a day the parser ran into him; but "Monday Kassah, chairman of
        # Bokkos" is a man named Monday)
        first = head.doc[first.i + 1]
    tokens = [t for t in tokens if t.i >= first.i]
    start = first.idx
    last = max(tokens, key=lambda t: t.i)
    end = last.idx + len(last.text)
    span = head.doc[first.i:last.i + 1]
    if last.i + 1 < len(head.doc) and head.doc[last.i + 1].text == ")" \
            and sum(t.text == "(" for t in span) > sum(t.text == ")" for t in span):
        end = head.doc[last.i + 1].idx + 1    # "... Defense Force (SSPDF)": the parser leaves the bracket out
    text = _doc_text(head.doc)
    if (joined := _HYPHENED_ON.match(text, end)) is not None:
        end = joined.end()       # "Salim al-Jabouri": the tokenizer split the name at its hyphen
    close = text.find(")", start, end)
    if close >= 0 and "(" not in text[start:close] and (comma := text.find(", ", close, end)) >= 0:
        # "(SAF’s) 6th Infantry Division, the Joint Force of the SAF": a phrase begun inside a bracket the
        # parser ran into the speaker's; the speaker starts after the comma.
        start = comma + 2
    return start, end


def _is_passive(tok) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _agent(tok):
    """The noun phrase of a passive verb's "by" agent, or None."""
    for c in tok.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


_TIME_NOUNS = frozenset("""monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
today yesterday tonight""".split())


def _subjects(tok) -> list:
    """A verb's subjects, its own first. Of two subjects the parser hangs on one verb with a verb
    between them ("Israeli airstrikes killed ..., officials said", misread), the nearer is the
    verb's; with none between ("An eyewitness, Gabriel Gabiro, was quoted") the first is."""
    subj = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS
            and not (c.i > tok.i and c.lower_ in _TIME_NOUNS)]      # ("..., said Monday evening": a time, misread)
    if len(subj) > 1 and subj[1].i < tok.i and (
            any(t.tag_.startswith("VB") for t in tok.doc[subj[0].i + 1:subj[1].i])
            or (any(t.text == "," for t in tok.doc[subj[0].i + 1:subj[1].i])
                and not any(t.text == "," for t in tok.doc[subj[1].i + 1:tok.i]))):
        # (nor with a comma between them and none after the second: "... settlements of the region,
        # the Ombudsman Gegham Stepanyan informed")
        subj = [subj[1], subj[0], *subj[2:]]
    return subj


# Verbs the parser may read as taking an object where news puts the speaker after them: "..., informs the press
# service of the Defence Ministry", "..., reports the ministry" (not "..., told reporters").
_INVERTIBLE = frozenset({"informs", "informed", "report", "reports", "reported", "notes", "noted", "states", "stated",
                         "write", "writes", "wrote", "adds", "added"})


def _inverted_speaker(tok):
    """The speaker after a reporting verb that follows what was said and a comma, when the parse took the speaker
    for the verb's object and what was said for its subject."""
    if tok.lower_ not in _INVERTIBLE or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr") and c.i > tok.i]
    if not objs or not (any(c.dep_ in _SUBJECT_DEPS and c.i < tok.i for c in tok.children)
                        or (tok.dep_ == "conj" and tok.head.i < tok.i)):
        return None           # (what was said is the verb's subject, or a clause it is read as joined to)
    end = objs[0].right_edge.i + 1
    if end < len(tok.doc) and not tok.doc[end].is_punct:
        return None           # (the object runs on into more of the sentence: no speaker closing it)
    if objs[0].lower_ in _EVENT_OBJECTS:
        return None           # ("The head of Crimea, ..., reported an enemy attack": what was reported, not who)
    return objs[0]


# A speech frame opening the sentence, then who speaks: "Addressing a news conference in Rawalpindi, the Director
# General ..., Lt Gen X, said".
SPEECH_FRAME_VERBS = r"(?:Addressing|Speaking|Talking|Briefing|Testifying|Writing)"
_FRAMED_SPEAKER = re.compile(r"""\W*""" + SPEECH_FRAME_VERBS + r"""\b[^,]{1,80},\s+
    (?P<who>(?:the\s+|an?\s+)?[A-Z][^;:"“”]{1,120}?),?\s*$""", re.X)


def _said_subject(tok, speaker) -> bool:
    """Whether a "speaker" after the verb is the subject of what was said ("..., Lt Gen X, said 13 people, among them
    two girls, were killed"): a verb follows it after a comma."""
    end = speaker.right_edge.i + 1
    return speaker.i > tok.i and end + 1 < len(tok.doc) and tok.doc[end].text == "," \
        and tok.doc[end + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")


# Objects of a reporting verb that are what was reported, never who reports it.
_EVENT_OBJECTS = frozenset("""attack attacks fire fires strike strikes explosion explosions blast blasts shelling raid
raids clash clashes incident incidents casualty casualties death deaths loss losses damage shooting bombing""".split())


def _first_appositive(t):
    """The first of a run of appositives ending at ``t`` (", Oleh Kiper, the regional governor,": Oleh Kiper)."""
    while t.dep_ == "appos" and t.head.dep_ == "appos" and t.head.i < t.i \
            and t.head.left_edge.tag_ != "CD" and t.head.left_edge.lower_ not in _TALLY_OPENERS:
        t = t.head            # (but "killed 50 people, five of them children, the head of ..., Name, said": the
        #                       tally's breakdown is no speaker)
    return t


_TALLY_OPENERS = frozenset({"including", "most", "many", "some", "all", "among", "mostly", "mainly"})


def _stranded_speaker(tok):
    """The speaker the parser hung as an appositive (or a modifier) on what was said, leaving the reporting
    verb without a subject: "... killed two people, Oleh Kiper, the regional governor, said", "... in the region of
    Kherson, governor Oleksandr Prokudin, said"."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != "," or tok.dep_ != "ROOT" or _subjects(tok) \
            or not any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return None           # (what was said comes first, as the verb's clause)
    t = _first_appositive(tok.doc[tok.i - 2])
    while t.dep_ != "appos" and t.head.dep_ == "appos" and t.head.i < t.i:
        t = t.head            # ("the regional governor": its head noun is the appositive)
    if t.dep_ not in ("appos", "npadvmod", "dep") or not t.tag_.startswith("NN") \
            or t.right_edge.i not in (tok.i - 2, tok.i - 1) or t.left_edge.i < 1 or tok.doc[t.left_edge.i - 1].text != ",":
        # (", Name, the title, said": a phrase set off by commas, closing with the verb; else the root of the
        # segment after the last comma: "..., spokesperson for the Front (TPLF), told Reuters")
        return _segment_root(tok)
    return t


def _stranded_after_list(tok):
    """The speaker of a reporting verb the parser joined to the verb before it by a comma alone, as if in a
    list ("Maseko was killed by attackers in Luhleko, a village in Manzini, the spokesman, Sikelela Dlamini, told
    AFP"): the phrase set off before it, not the earlier verb's subject. A real list of verbs has its "and"."""
    if tok.dep_ != "conj" or tok.i < 2 or tok.doc[tok.i - 1].text != "," or _subjects(tok) \
            or any(c.dep_ == "cc" for c in tok.head.children):
        return None
    t = _first_appositive(tok.doc[tok.i - 2])
    if t.dep_ != "appos" or not t.tag_.startswith("NN") or t.right_edge.i != tok.i - 2 \
            or tok.doc[t.left_edge.i - 1].text != ",":
        return None
    return t


def _speaking_member(tok):
    """Of names the parser joined as a list with no "and" ("in Natividad, La Convención province, Cusco region,
    the National Police of Peru reported": places it ran into the subject), the last, next to the verb; of an
    area's name with an appositive ("..., Ayacucho region, the Joint Command of the Armed Forces reported"),
    the appositive: an area does not speak."""
    if tok.text in UNIT_HEADS:
        said = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and tok.doc[c.left_edge.i - 1].text == ","]
        if said:
            return said[-1]
    chain = [tok]
    while len(chain) < 6 and (nxt := [c for c in chain[-1].children if c.dep_ == "conj" and c.i > chain[-1].i]):
        chain.append(nxt[0])
    if len(chain) == 1 or any(c.dep_ in ("cc", "preconj") for link in chain for c in link.children) \
            or not all(tok.doc[c.left_edge.i - 1].text == "," for c in chain[1:]):
        return tok
    first = tok.doc[tok.left_edge.i:chain[1].left_edge.i - 1].text
    last = tok.doc[chain[-1].left_edge.i:chain[-1].right_edge.i + 1].text
    if _names_actor(first) and not _names_actor(last):
        return tok        # "the Al-Qaeda Organisation in the Islamic Maghreb, the former Salafist Group ...": a group
        #                   the registry knows, renamed after it, not a list
    return chain[-1]


def _names_actor(phrase: str) -> bool:
    return any(kind == "actor" for *_x, kind in actors.registry().find(phrase.lower()))


def _segment_root(tok):
    """The noun heading the words between the last comma (outside brackets) and the comma before ``tok``."""
    doc, depth, k = tok.doc, 0, tok.i - 2
    while k > 0:
        text = doc[k].text
        depth += text == ")"
        depth -= text == "("
        if text == "," and depth == 0:
            break
        k -= 1
    if k <= 0 or tok.i - 2 - k > 12:
        return None
    inside = range(k + 1, tok.i - 1)
    roots = [doc[i] for i in inside if doc[i].head.i not in inside and not doc[i].is_punct]
    if len(roots) != 1 or not roots[0].tag_.startswith("NN") or roots[0].dep_ not in ("appos", "npadvmod", "dep", "conj"):
        return None
    return roots[0]


def _speaker(tok):
    """The token that speaks through a reporting verb: its active subject, the "by" agent of a
    passive, or, for a participle or conjoined verb without a subject ("..., saying", "agreed,
    adding", "was quoted as saying"), the subject of the main or reporting verb it hangs on
    (not of a clause in between: "X suggested that Y might be behind it, saying ..." is X's)."""
    if _is_passive(tok):
        return _agent(tok)
    if tok.lower_ != "claimed" and not any(c.dep_ == "nsubj" for c in tok.children) \
            and (by := _agent(tok)) is not None:
        # "As earlier reported by Ukrinform, ...", "the attacker, identified by state sources as ...": the
        # agent speaks, not the main clause's subject ("an attack claimed by X" is X's deed, read elsewhere).
        return by
    start = tok
    via_as = False
    for _ in range(6):
        subj = _subjects(tok)
        if subj and (tok is start or tok.dep_ == "ROOT" or tok.lower_ in _REPORTING):
            if subj[0].dep_ == "nsubjpass":
                # "He was quoted as saying", "X was reported as saying": the one quoted speaks.
                return subj[0] if tok.lower_ in _QUOTING or via_as else _agent(tok)
            if subj[0].lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
                return tok.head             # "the group, which claimed responsibility": the group speaks
            return subj[0]
        if tok.head is tok or (tok.dep_ not in _CLIMB_DEPS and tok.dep_ != "pcomp" and tok.head.lower_ != "as"):
            return None
        if tok.dep_ == "xcomp":
            # "the abductors have yet to claim", "police declined to say": the controlling subject.
            controller = [c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS]
            if controller:
                return controller[0] if controller[0].dep_ == "nsubj" else _agent(tok.head)
        head = tok.head
        if head.lower_ == "as" and head.head is not head:
            head, via_as = head.head, True      # "cited the minister as saying"
        if head.lower_ in _QUOTING or via_as:
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:
                return objs[0]          # "AP reported the minister as saying": the minister
        if is_noun(head) and tok.dep_ == "acl":
            if head.lower_ not in _DOCUMENTS and head.dep_ == "dobj" and head.head.lower_ in _REPORTING:
                return head             # "AP reports the prosecutor telling reporters": the prosecutor
            if head.head is head:
                return None
            head = head.head            # "a statement saying ...": whoever issued the statement
        tok = head
    return None


# ", citing the border guard service," after an outlet's name: whom the outlet reports.
_CITING = re.compile(r"\s*,\s*(?:citing|quoting)\s+(?P<who>[^,;.]{3,80}?)\s*,")


_DOCUMENTS = frozenset("""memo statement report communique communiqué release letter note document bulletin
update briefing post message""".split())
_NOT_YET = re.compile(r"\b(?:yet\s+to|declined\s+to|refused\s+to|failed\s+to|not\s+yet|neither|nor)\s+$", re.I)


# Words opening a clause of what happened before or around the main one.
_TIME_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "once", "until", "whereas"})


def _issuer(tok):
    """Who speaks for a document word ("a memo by the Ministry of Interior", "a statement from the army"): the
    body after "by", "from" or "of"; any other word speaks for itself."""
    if tok.lower_ not in _DOCUMENTS:
        return tok
    issuer = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
              for g in c.children if g.dep_ == "pobj"]
    return issuer[0] if issuer else tok


def parsed_sources(parsed, text: str | None = None) -> ParsedSources:
    """The sources a parsed sentence names (see :class:`ParsedSources`); ``text`` is the parse's, when the
    caller has it (spaCy rebuilds ``Doc.text`` from the tokens at each call)."""
    text = parsed.text if text is None else text
    out = ParsedSources()
    blocked, nested, main = set(), set(), False
    named: list[tuple[int, int]] | None = None      # the registry's actors in the sentence, when first asked
    for tok in parsed:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(parsed) and parsed[tok.i + 1].lower_ == "to":
            objs = [c for c in parsed[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                obj = _issuer(objs[0])      # ("according to a memo by the Ministry of Interior": the ministry)
                s, e = _phrase_span(obj)
                out.append((s, e, tok.idx, parsed[tok.i + 1].idx + 2, "according to"))
            continue
        if low not in _REPORTING:
            continue
        if not is_verb(tok):
            blocked.add(tok.idx)          # "the alleged gunman", "a reported attack"
            continue
        if low in _RAISING and (any(c.dep_ == "xcomp" and c.lower_ in ("be", "have") for c in tok.children)
                                or (tok.i + 2 < len(parsed) and parsed[tok.i + 1].lower_ == "to"
                                    and parsed[tok.i + 2].lower_ in ("be", "have"))):
            blocked.add(tok.idx)          # "gunmen suspected to be members of the group": nobody speaks
            #                               ("men believed to be connected to ...": however it is parsed)
            continue
        if low in ("claimed", "claims", "claim") and any(c.dep_ == "dobj" and c.lower_ in ("lives", "life")
                                                         for c in tok.children):
            blocked.add(tok.idx)          # "the war claimed 30,000 lives" reports nothing
            continue
        if any(c.dep_ == "neg" for c in tok.children) or _NOT_YET.search(text, max(0, tok.idx - 30), tok.idx):
            blocked.add(tok.idx)          # "has not confirmed", "have yet to claim": nothing asserted
            continue
        if tok.dep_ in ("conj", "advcl") and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children) and tok.i > 0 \
                and parsed[tok.i - 1].tag_.startswith("NN") and tok.i > tok.head.i:
            continue      # "..., killing five civilians, a hospital official and residents told the BBC", "...,
            #              killing 15 civilians, a resistance group and local media reported": the words before
            #              the verb speak, not the first verb's subject (the patterns read them)
        speaker = _inverted_speaker(tok) or _stranded_after_list(tok) or _speaker(tok) or _stranded_speaker(tok)
        if speaker is not None and _said_subject(tok, speaker):
            if (framed := _FRAMED_SPEAKER.match(text, 0, tok.idx)) is not None:
                # "Addressing a news conference in Rawalpindi, the Director General of ISPR, Lt Gen X, said 13 people
                # ... were killed": who the opening frame sets off
                out.append((framed.start("who"), framed.end("who"), tok.idx, tok.idx + len(tok.text), tok.text))
                continue
            speaker = None
        if speaker is not None:
            speaker = _speaking_member(speaker)
        if speaker is None:
            if _is_passive(tok) or tok.dep_ in ("amod", "compound", "nmod"):
                blocked.add(tok.idx)      # "a fifth tourist is reported to have survived": nobody named
            continue
        speaker = _issuer(speaker)           # ("An initial report by the Health Ministry claimed ...")
        s, e = _phrase_span(speaker)
        if named is None:
            named = [(a, b) for a, b, _m, kind in actors.registry().find(text) if kind == "actor"]
        for a, b in named:
            if a < e and b > s and (a < s or b > e) and b <= tok.idx:
                # "Jaish-e-Mohammad claimed ...": the parser splits a hyphened name and hangs its last part as
                # the subject; the name the registry knows is the speaker.
                s, e = min(s, a), max(e, b)
        if s < tok.idx < e:
            # "The Houthis said they had ..., a claim the US military did not confirm": an appositive the parser
            # hangs on the subject from past its own verb is no part of who speaks.
            s, e = _phrase_span(speaker, cut=tok.i)
        title = [c for c in tok.children if c.dep_ == "nsubj" and c.i < speaker.i and c.left_edge.i == 0
                 and speaker.dep_ == "nsubj" and c.right_edge.i - c.left_edge.i < 6
                 and not any(t.tag_.startswith("VB") for t in c.subtree)
                 and [t.text for t in parsed[c.right_edge.i + 1:speaker.left_edge.i]] == [","]]
        if title:
            s = _phrase_span(title[0])[0]      # "Enga's police commander, Epenes Nili said": one speaker, titled
        elif (titled := _TITLE_AND_AREA_BEFORE.search(text, max(0, s - 120), s)) is not None:
            s = titled.start("title")          # "Additional Director General of Police (Jammu Zone) Mukesh Singh said"
        sources = [c for c in speaker.children if c.dep_ == "conj" and c.lower_ in _SOURCE_NOUNS]
        if sources and speaker.lower_ not in _SOURCE_NOUNS and speaker.left_edge.i > 0 \
                and parsed[speaker.left_edge.i - 1].text == ",":
            # "..., killing two fighters of the YBS, a militia affiliated with the PKK, two security sources and
            # a local official told Reuters": the appositive of the dead is no speaker, the sources after it are.
            s = sources[0].left_edge.idx
        listed = [c for c in speaker.subtree if c.dep_ in ("conj", "appos") and parsed[c.left_edge.i - 1].text == ","]
        before = parsed[speaker.left_edge.i - 1] if speaker.left_edge.i > 0 else None
        if listed and before is not None and (
                (before.tag_ == "IN" and before.lower_ not in _SUBORDINATORS)
                or (before.dep_ == "pobj" and before.tag_ == "PRP" and before.head.tag_ == "IN")):
            # "... killed 45 civilians last month after clashes with Fano militiamen, the Ethiopian Human Rights
            # Commission said": no subject follows a preposition; the parser joined the speaker to its object (so
            # too after "among them": "killed 26 people, among them Kenyans and a Briton, the president said").
            s = listed[-1].left_edge.idx
        out.append((s, e, tok.idx, tok.idx + len(tok.text), tok.text))
        if any(is_noun(a) for a in tok.ancestors) or (tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in tok.children)):
            # "a bomb that insurgents said they planted exploded ..., officials said"; "soon after the fighters
            # posted pictures from the airport, the army said it had retaken it": the sentence's own source first
            nested.add(tok.idx)
        elif tok.dep_ == "ROOT":
            main = True
    out.blocked = frozenset(blocked)
    # (only behind the sentence's own source: "photos the group claims show ..., and a doctor said" is the group's)
    out.nested = frozenset(nested) if main else frozenset()
    out.agents, out.patients = _event_roles(parsed, text)
    return out


# A title with its area in brackets, which the parser leaves off the name after it: "Additional Director General of
# Police (Jammu Zone) Mukesh Singh".
_TITLE_AND_AREA_BEFORE = re.compile(r"""(?:^|,\s+|\.\s+)(?P<title>(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and)\s+)?){1,8}
    \([A-Z][^()]{1,30}\)\s+)$""", re.X)


# Words that open a clause, whose subject may follow them ("..., whilst the UN High Commissioner, Zeid, described").
_SUBORDINATORS = frozenset("while whilst although though because if when whereas unless once where that".split())
_SOURCE_NOUNS = frozenset("""source sources official officials witness witnesses resident residents police spokesman
spokeswoman spokesperson officer officers medic medics doctor doctors activist activists monitor monitors authorities
commander commanders""".split())


def _event_roles(parsed, text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Spans of the agents and patients of the event verbs of a parse ("Cambodian troops shelled
    positions", "Thai soldiers were wounded", "the post was shelled by Tajik troops")."""
    spans = [(s, e) for s, e, _k in events.event_spans(text)]
    agents, patients = [], []
    for tok in parsed:
        if not is_verb(tok) or not any(s <= tok.idx < e for s, e in spans):
            continue
        passive = _is_passive(tok)
        for c in tok.children:
            if c.dep_ == "nsubj" and not passive:
                # "blasts at an Afghan agency killed": who acted is in the phrase, not in where it struck.
                agents.append(_phrase_span(c, _ACTOR_PREPS))
            elif c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and not passive):
                patients.append(_phrase_span(c))
        by = _agent(tok) if passive else None
        if by is not None:
            agents.append(_phrase_span(by, _ACTOR_PREPS))
        # "opened fire on Thai troops", "fired at a post": the object of "on"/"at" is hit.
        for head in [tok, *(c for c in tok.children if c.dep_ == "dobj")]:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "against", "upon"):
                    patients.extend(_phrase_span(o) for o in prep.children if o.dep_ == "pobj")
    return tuple(agents), tuple(patients)


# A name a relative clause gives the one it describes: "... who gave his name only as", "... who asked to be named only as".
_NAMED_IN_RELATIVE = re.compile(r"\s+(?:who|whom)\s+(?:[\w'’-]+\s+){0,6}?(?:as|named|called)\s+$", re.I)


def _from_source(sentence: str, s: int, e: int, cs: int, ce: int, cue: str,
                 state: AttributionState) -> Attribution | None:
    """The attribution one parsed source makes (phrase ``s:e``, cue ``cs:ce``), or None when the
    phrase names nobody a claim can be credited to."""
    if (part := re.match(r"(?:morning|afternoon|evening|night)\s+(?=\S)", sentence[s:e], re.I)) \
            and re.search(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+$", sentence[:s]):
        s += part.end()       # ("On Friday afternoon party spokesman X said": the parse took the day's part in)
    phrase = sentence[s:e]
    if (named := _NAMED_IN_RELATIVE.search(sentence, 0, s)) is not None:
        # "A police officer in Poso who gave his name only as Wayan said": the parse made the name the subject;
        # the one who speaks is the officer the clause describes.
        start = max(sentence.rfind(",", 0, named.start()), sentence.rfind(";", 0, named.start())) + 1
        s, phrase = start + (len(sentence[start:named.start()]) - len(sentence[start:named.start()].lstrip())), \
            sentence[start:named.start()].strip()
        e = s + len(phrase)
    if (relative := re.search(r"\s*,\s*who\s", phrase)) is not None and relative.start() > 0 \
            and _WITNESS_AFTER.match(phrase, relative.start()):
        # "according to Kulo Gana, who lives in the garrison town of Monguno": the parse took the relative clause
        # into the phrase; it says what the source saw or where he lives, after the name.
        phrase = phrase[:relative.start()]
        e = s + len(phrase)
    if re.match(r"whose\s", phrase, re.I):
        # "The attack was led by the Viv Ansanm group, whose leader, a former police officer, had announced the
        # plan": who spoke in a relative clause of the one before says nothing of the sentence's own news.
        return None
    claimant = _claimant(phrase, state)
    issuer = _issued_by(sentence, phrase, e, state)
    if issuer is None and (doc := _DOCUMENT_OPENING.match(phrase)) is not None:
        # "A statement released by the SCNS on July 8 says": the parse took the issuer into the phrase
        issuer = _issued_by(sentence, doc.group(), s + doc.end(), state)
    if issuer is not None:
        claimant, e = issuer
    for a, b, _name, kind in actors.registry().find(sentence[s:s + 120]):
        if kind == "actor" and a < e - s < b:
            # "claimed by the Group | for the Support of Islam and Muslims": the parse cut a name the registry knows
            wider = _claimant(sentence[s:s + b], state)
            if wider is not None and wider.side != "UNKNOWN":
                claimant, e = wider, s + b
            break
    if (claimant is None or claimant.side == "UNKNOWN") and s < cs and 0 < cs - e <= 60:
        # "Jane Doe, another resident, said": the words up to the verb say who she is.
        wider = _claimant(sentence[s:cs].strip(" ,"), state)
        if wider is not None and wider.side != "UNKNOWN":
            claimant, e = wider, s + len(sentence[s:cs].rstrip(" ,"))
    if claimant is not None and _head_word(phrase)[0] in _NGO_BODIES \
            and re.match(r",\s*(?:which|that|who)\s+(?:\w+\s+)?" + _DEFENDS_RIGHTS.pattern, sentence[e:], re.I):
        claimant = Claimant(phrase, phrase, NGO, "ngo")     # "the network X, which defends human rights, said"
    if (claimant is None or (claimant.side == "UNKNOWN" and claimant.type == "unknown")
            or actors.normalize_claimant(phrase).type == "unknown") and _WITNESS_AFTER.match(sentence, e):
        # "X, who witnessed the bombing, said"; "said Fida Muhammad, who was wounded on the Pakistani side" (a victim,
        # not the official the story quoted before by office)
        claimant = Claimant(phrase, "Witnesses and residents", LOCAL, "private")
    if claimant is None or (claimant.side == "UNKNOWN" and claimant.type == "unknown"):
        return None
    stance = "assert" if cue == "according to" else _stance(cue.lower())
    accused = None
    content = max(e, ce)
    if stance == "accuse":
        obj = re.match(r"\s+(?P<obj>[^,.;]{2,60}?)\s+(?:of|for)\b", sentence[ce:])
        if obj:
            accused = actors.side_of(obj.group("obj"))
            content = ce + obj.end()
    return Attribution(claimant, cue, stance, accused, (s, e) if s < cs else (cs, e), content)


_CLAIMED = frozenset({"claimed", "claims", "claim"})
# Between an outlet's reporting verb and the one it reports: "reported that", "reports the prosecutor";
# not a clause of its own ("reported that shots were heard after the ministry declared ...").
_REPORTED_SPEAKER = re.compile(r"(?:\s*,?\s*(?:on\s+\w+\s+)?(?:that\s+)?)(?:(?!\b(?:after|before|when|while|since|as|because|"
                               r"until|although|though|if|were|was|is|are)\b)[^.;:\"“”])*?", re.I)


# A clause that sets a second source against the first: "Police blamed X, but a spokesman for X
# denied it", "A reported ten dead, although B said forty", "...; a statement by X insists ...".
_CONTRAST = re.compile(r"(?:[,;]\s*|\s+)(?:but|although|though|while|whilst|whereas|yet)\b|;")


# What a denial denies, named with its source: "denied the claim of the NPA that ...", "rejected reports by
# the rebels that ...", "dismissed the army's claims that ...".
_DENIED_CLAIM = re.compile(r"""\s*(?:(?:the|a|an)\s+)?(?:(?:earlier|previous|initial|first|false|media|unconfirmed|
    widespread)\s+)?(?:(?:claims?|reports?|allegations?|assertions?|statements?)\s+
    (?:of|by|from)\s+(?P<who>[^,.;:"“”]{2,70}?)|(?P<owner>[^,.;:"“”]{2,60}?)['’]s?\s+(?:claims?|reports?|allegations?|
    assertions?))\s+that\b""", re.X)


def _denied_claim(sentence: str, first: Attribution, state: AttributionState) -> Attribution | None:
    """The rival whose claim a denial names ("The army denied the claim of the NPA that eight soldiers were
    killed"): that source asserts what follows "that", as its own account."""
    if first.stance != "deny" or (m := _DENIED_CLAIM.match(sentence, first.content_start)) is None:
        return None
    group = "who" if m.group("who") else "owner"
    claimant = _claimant(m.group(group), state)
    if claimant is None or claimant.side in ("UNKNOWN", first.claimant.side):
        return None
    return Attribution(claimant, "claim", "assert", None, m.span(group), m.end())


_WHILE_OPENING = re.compile(r"\W*(?:While|Whereas|Although|Though)\s+", re.I)


def _contrasting(sentence: str, first: Attribution, sources, state: AttributionState) -> Attribution | None:
    """A second source the sentence sets against the first in a clause of its own, with the first's
    content ending where that clause begins; None when there is none."""
    if (opening := _WHILE_OPENING.match(sentence)) is not None:
        # "While the RSF claimed control of key sites in El Fasher, the Joint Force denied any RSF gains": the
        # source of the opening clause, whose words end at the comma before the sentence's own source.
        cut = sentence.rfind(",", 0, first.span[0])
        for s, e, cs, ce, cue in sources:
            if opening.end() <= s and ce <= cut:
                other = _from_source(sentence, s, e, cs, ce, cue, state)
                if other is not None and other.claimant.canonical != first.claimant.canonical:
                    other.content_end = cut
                    return other
    for s, e, cs, ce, cue in sources:
        begin = min(s, cs)
        if begin <= first.content_start:
            continue
        marks = list(_CONTRAST.finditer(sentence, first.content_start, begin))
        if not marks or len(sentence[marks[-1].end():begin].strip()) > 25:
            continue
        other = _from_source(sentence, s, e, cs, ce, cue, state)
        if other is None or other.claimant.canonical == first.claimant.canonical:
            continue
        first.content_end = marks[-1].start()
        return other
    return None


# Where a source posts what it says: "on Telegram", "in a statement", "on its official website".
CHANNEL = (r"(?:Telegram|Facebook|Twitter|Instagram|website|channel|page|account|post|statement|video|address|"
           r"briefing)")
_POSTED = rf"(?:on|in|via)\s+(?:(?:its|his|her|their|a|an|the)\s+)?(?:official\s+)?{CHANNEL}\b"
POSTED_ON = re.compile(rf"\b{_POSTED}")

# A source named after what it told, in a sentence of its own (common in translated wire copy).
# A deed claimed in the passive: "The attack has been claimed by the Real IRA", "The bombing was claimed by X".
_CLAIMED_BY_PASSIVE = re.compile(r"""\W*(?:(?:The|This|That|Its|Their|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|
    Saturday's|Sunday's)\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|assaults?|ambush(?:es)?|killings?|
    raids?|kidnappings?|abductions?|shootings?|massacres?)\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:later\s+)?claimed\s+by\s+
    (?:the\s+)?(?P<who>[^.;:"“”]{3,140}?)\s*[.;]?\s*$""", re.X)
_REPORTED_BY = re.compile(rf"""\W*(?:This|That|It|The\s+(?:information|news|incident))\s+(?:is|was|has\s+been|had\s+been)\s+
    (?:reported|stated|announced|said|confirmed|informed)\s+by\s+(?P<who>[^.;:«»"“”]{{3,120}}?)
    (?:\s+on\s+(?:[A-Z][a-z]+\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]+|[A-Z][a-z]+day)(?:\s+(?:morning|evening|night))?)?   # (when)
    (?:\s+{_POSTED}[^.;,]*)?(?:\s*,\s*[^.;,]{{2,40}}\s+reports?)?\s*[.;]?\s*$""", re.X)


# A house style that names the source on a line of its own after the lead and labels what it said:
# "Source: Serhii Lysak, Head of the Oblast Military Administration", then "Quote: ...", "Details: ...".
_SOURCE_LINE = re.compile(r"\s*Sources?\s*:\s*(?P<who>[^\n.;]{3,160}?)\s*\.?\s*$")
# The label of the outlet's own context after such a source: "Background: ...".
BACKGROUND_LINE = re.compile(r"\s*(?:Background|Context|Reminder|For reference)\s*:")


def source_line(sentence: str, state: AttributionState) -> Attribution | None:
    """The source a "Source: X" line names, as an attribution that tells nothing itself."""
    if (m := _SOURCE_LINE.match(sentence)) is None:
        return None
    who = m.group("who")
    if (posted := POSTED_ON.search(who)) is not None:
        who = who[:posted.start()].rstrip(" ,")       # "X, on Telegram": the source, not where it posted
    found = attribute(f"{who} said.", state)
    if found is None:
        return None
    offset = m.start("who")
    return Attribution(found.claimant, "source line", "assert", None,
                       (found.span[0] + offset, found.span[1] + offset), len(sentence))


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Offsets of the quotations a sentence holds (curly or straight quotes)."""
    return [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", sentence)]


# An event is no speaker: a parse that makes one the subject of "told" went astray.
# "..., killing at least five people, residents and the police have said": the parse joins the dead to the
# speakers; a count of people before a comma opens no source's name.
# ("132 people killed, all of them civilians, and about forty wounded, the government spokesman said": each part
# of the toll)
_COUNT_LEAD = re.compile(r"""(?:(?:and\s+)?(?:
        (?:all|most|many|some|none|several)\s+of\s+them\s+(?:[\w-]+\s+){0,2}?[\w-]+
        |(?:at\s+least|more\s+than|about|some|nearly|over|around|almost)?\s*(?:\d[\d,]*|one|two|three|four|five|six|seven|
         eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|scores|hundreds)\s+
         (?:[\w-]+\s+)?(?:people|persons|civilians|soldiers|villagers|children|women|men|others|wounded|injured|dead|hurt)
    )\s*,\s+)+(?=\w)""", re.I | re.X)
_EVENT_AS_SPEAKER = re.compile(r"(?:the|this|that)\s+(?:tragedy|incident|attack|assault|raid|ambush|violence|fighting|"
                               r"shooting|bombing|blast|explosion|killings?|massacre)", re.I)


def attribute(sentence: str, state: AttributionState,
              sources: list[tuple[int, int, int, int, str]] | None = None) -> Attribution | None:
    """The attribution of one sentence, or None when nobody is named as saying it.

    With ``sources`` from a spaCy parse of the sentence (:func:`parsed_sources`), the claimant is the
    whole noun phrase that is the subject of a reporting verb (or the object of "according to");
    without a parse, the phrase before or after the cue word."""
    parsed = sources
    if (passive := _CLAIMED_BY_PASSIVE.match(sentence)) is not None \
            and (group := _claimant(passive.group("who"), state)) is not None and group.side != "UNKNOWN" \
            and group.type == "armed_group":
        # "The attack has been claimed by dissidents from the Real IRA, ...": the group claims the deed.
        state.remember(group)
        return Attribution(group, "claimed", "assert", group.side, passive.span("who"), len(sentence))
    if (after := _REPORTED_BY.match(sentence)) is not None:
        # "This was reported by the Border Service": the source of what was just told, saying nothing new.
        claimant = _claimant(after.group("who"), state)
        if claimant is not None and claimant.side != "UNKNOWN":
            state.remember(claimant)
            return Attribution(claimant, "reported by", "assert", None, after.span("who"), len(sentence))
    if sources is not None:
        found = None
        # "The BBC cited the minister as saying": the one quoted speaks, not the one quoting.
        # ('"We suspect a grenade," a police officer told AFP': the quoted "we" is not who speaks here.)
        quoted = _quoted_spans(sentence)
        # (and a source told in a relative clause, "a bomb that insurgents said they planted", after the
        # sentence's own: "..., officials said")
        sources = sorted(sources, key=lambda x: (any(a <= x[0] < b for a, b in quoted), x[2] in getattr(parsed, "nested", ()),
                                                 x[4] == "according to", x[4].lower() in _QUOTING))
        misparsed = 0
        for s, e, cs, ce, cue in sources:
            if (lead := _COUNT_LEAD.match(sentence, s, e)) is not None:
                s = lead.end()
            phrase = sentence[s:e]
            if phrase.lower() in ("that", "which", "who", "this", "there", "what") \
                    or (cue.lower() in ("told", "tells", "said", "says") and _EVENT_AS_SPEAKER.fullmatch(phrase)):
                misparsed += 1        # "This was the worst fighting, claim residents": the parse went astray
                continue              # (so "The tragedy happened when ..., X, police commissioner, told local media")
            if found is not None and not (cue == "according to" and found.claimant.type == "government"):
                continue
            if found is not None:
                # "Azerbaijan said ..., according to its defense ministry": the named source is the claimant.
                state.remember(found.claimant)
            found = _from_source(sentence, s, e, cs, ce, cue, state) or found
        if found is not None and found.claimant.side != "UNKNOWN":
            # "AP reports the prosecutor telling reporters ...", "Reuters reported that police said ...": the
            # one an outlet reports speaks, not the outlet; and "Ingente said NPA spokesperson X on Thursday
            # claimed 13 soldiers were killed": one side reporting what the other claims passes it on.
            outlet = found.claimant.side == MEDIA
            for s, e, cs, ce, cue in sources:
                if cs > found.content_start and (cue != "according to" if outlet else cue.lower() in _CLAIMED) \
                        and _REPORTED_SPEAKER.fullmatch(sentence, found.content_start, min(s, cs)) \
                        and (inner := _from_source(sentence, s, e, cs, ce, cue, state)) is not None \
                        and inner.claimant.side not in (MEDIA, "UNKNOWN", found.claimant.side):
                    found = inner
                    break
        if found is not None and found.claimant.side == MEDIA \
                and (citing := _CITING.match(sentence, found.span[1])) is not None \
                and actors.normalize_claimant(citing.group("who")).side not in (MEDIA, "UNKNOWN") \
                and (cited := _claimant(citing.group("who"), state)) is not None:
            # "Kyrgyzstan's 24.kg news agency, citing Kyrgyz border guards, says ...": the one cited speaks,
            # when the words name its side ("citing two security sources" leaves the outlet's account).
            found = Attribution(cited, found.cue, found.stance, found.accused, citing.span("who"),
                                max(found.content_start, citing.end()), found.content_end)
        if found is not None:
            for s, e, _cs, _ce, _cue in sources:
                named = actors.normalize_claimant(sentence[s:e])
                if named.type == "media" and named.side != "UNKNOWN" and (s, e) != found.span:
                    state.history.append(named)   # (the outlet that reports it, for a later "the TV said")
            state.remember(found.claimant)
            found.second = _contrasting(sentence, found, sources, state) or _denied_claim(sentence, found, state)
            return found
        if len(sources) > misparsed:
            return None       # the parse saw who speaks and it is nobody a claim can be credited to
    found = _attribute_by_pattern(sentence, state, getattr(parsed, "blocked", frozenset()))
    if found is not None and parsed is not None and found.claimant.side == "UNKNOWN" and found.claimant.type == "unknown":
        return None           # the parse found no speaker; a capitalised phrase before "said" is not enough
    if found is not None and found.second is None:
        found.second = _denied_claim(sentence, found, state)
    return found


def _attribute_by_pattern(sentence: str, state: AttributionState,
                          blocked: frozenset[int] = frozenset()) -> Attribution | None:
    """The attribution by word patterns around the cue, for sentences without a parse (``blocked``:
    offsets of cue words a parse found reporting nothing)."""
    found: Attribution | None = None
    # Finite verbs ("X said") before participles ("Armenia accusing Azerbaijan ... is hypocrisy, Baku said").
    # ('"My people told me ...," the lawmaker said': who speaks inside the quotation is not the sentence's
    # speaker, as with a parse)
    quoted = _quoted_spans(sentence)
    cues = sorted((m for m in _CUE.finditer(sentence) if m.start("cue") not in blocked),
                  key=lambda m: (any(a <= m.start() < b for a, b in quoted), bool(_NONFINITE.fullmatch(m.group("cue"))),
                                 m.start()))
    for m in cues:
        cue = m.group("cue")
        if _BY_AGENT.match(sentence, m.end()) or (cue.endswith("ed") and _DETERMINER_BEFORE.search(sentence, 0, m.start())):
            continue          # "the areas claimed by Erbil", "in the disputed areas": a participle or an adjective
        subj = _subject_before(sentence, m.start())
        if subj is None or re.match(r"with\s", subj[0], re.I):
            continue          # ("..., with resistance groups accusing soldiers": an aside; the sentence is not theirs)
        phrase, start = subj
        claimant = _claimant(phrase, state)
        if (claimant is None or claimant.side == "UNKNOWN") and (doc := _DOCUMENT_OPENING.match(phrase)) is not None \
                and (issuer := _issued_by(sentence, doc.group(), start + doc.end(), state)) is not None:
            claimant = issuer[0]      # "A statement released by the SCNS on July 8 says ..."
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
        if m and (m.start("cue") not in blocked or not sentence[m.end("who"):].strip(" .\"”'’")):
            # (a cue the parse read as a modifier still speaks when its speaker ends the sentence:
            # "..., informed Governor of the region Alexander Bogomaz.")
            claimant = _claimant(m.group("who"), state)
            appositive = _APPOSITIVE.match(sentence, m.end("who"))
            if claimant is not None and claimant.side == "UNKNOWN" and appositive:
                # '"...", said Jane Doe, an eyewitness': the appositive says who she is.
                claimant = _appositive_claimant(appositive.group(1), m.group("who"), state)
            elif claimant is not None and claimant.side == "UNKNOWN" and _WITNESS_AFTER.match(sentence, m.end("who")):
                claimant = Claimant(m.group("who"), "Witnesses and residents", LOCAL, "private")
            elif (claimant is None or claimant.side == "UNKNOWN") \
                    and (doc := _DOCUMENT_OPENING.match(m.group("who"))) is not None \
                    and (issuer := _issued_by(sentence, doc.group(), m.start("who") + doc.end(), state)) is not None:
                claimant = issuer[0]      # '"...", reads the document issued by the armed group.'
            if claimant is not None:
                found = Attribution(claimant, m.group("cue"), "assert", None, m.span("who"), m.end("who"))
    if found is None or found.claimant.type == "government":
        # "Azerbaijan said ..., according to its defense ministry": the named source is the claimant.
        m = _ACCORDING.search(sentence)
        if m and found is not None:
            state.remember(found.claimant)
        if m:
            claimant = _claimant(m.group("who"), state)
            appositive = _APPOSITIVE.match(sentence, m.end("who"))
            if claimant is not None and claimant.side == "UNKNOWN" and appositive:
                # "According to Edet Okon, a spokesman of the state police": the appositive says who he is.
                claimant = _appositive_claimant(appositive.group(1), m.group("who"), state)
            elif (claimant is None or claimant.side == "UNKNOWN") and _WITNESS_AFTER.match(sentence, m.end("who")):
                # ("according to Kulo Gana, who lives in the garrison town of Monguno")
                claimant = Claimant(m.group("who"), "Witnesses and residents", LOCAL, "private")
            if claimant is not None:
                found = Attribution(claimant, "according to", "assert", None, m.span("who"), m.end("who"))
    if found is None and (m := _ISSUED.match(sentence)) is not None:
        # "The US military released a statement on the incident": the source of the quotes that follow,
        # though it says nothing yet; "... a statement that/saying ...": it says what follows.
        claimant = _claimant(m.group("who"), state)
        if claimant is not None and claimant.side != "UNKNOWN":
            state.remember(claimant)
            if (said := re.match(r"\s*,?\s+(?:that|saying|which\s+said)\b", sentence[m.end():])) is not None:
                found = Attribution(claimant, "statement", "assert", None, m.span("who"), m.end() + said.end())
    if found is not None:
        state.remember(found.claimant)
    return found


# A person the words make a witness: "Saideh Ghorbani, who witnessed the bombing", "..., who survived the attack".
_WITNESS_AFTER = re.compile(r"\s*,?\s*who\s+(?:had\s+|was\s+)?(?:witnessed|saw|survived|escaped|lost|heard|"
                            r"lives|lived|was\s+(?:wounded|injured|hurt)|(?:was|were)\s+(?:at|inside|near)\b"
                            # (one who trades or keeps house there: "Lounes, who sells pastries across the road")
                            r"|(?:sells|sold|runs|ran|owns|owned|keeps|kept|drives|drove|farms|farmed)\s+(?:a|an|the|his|her)?\s*\w+"
                            # ("Aden Ali, who was drinking tea at the hotel when the first blast went off")
                            r"|(?:was|were)\s+\w+ing\s+(?:[\w-]+\s+){0,3}?(?:at|in|inside|outside|near)\s+(?:the|a)\s+"
                            r"(?:hotel|market|mosque|school|restaurant|caf[eé]|church|camp|beach|bus|stadium|shop)\b)", re.I)


def _appositive_claimant(appositive: str, name: str, state: AttributionState) -> Claimant:
    """Who a named source is by the appositive after the name: a kind of person ("a camp resident"), else the
    registry's reading in the story's context ("a spokesman of the state police")."""
    by_head = _kind_by_head(appositive)
    return Claimant(f"{name}, {appositive}", by_head.canonical, by_head.side, by_head.type) if by_head is not None \
        else _in_context(actors.normalize_claimant(appositive), name, state)


_BY_AGENT = re.compile(r"\s+by\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|these|those|this|its|their|his|her)\s+$", re.I)

# A source that puts out a statement, in a sentence of its own.
_ISSUED = re.compile(r"""\W*(?P<who>[A-Z][^.;:"“”]{1,80}?)\s+(?:has\s+|have\s+|had\s+)?(?:issued|released|published|
    put\s+out|sent\s+out|posted)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press\s+release|bulletin)\b""",
                     re.X)
