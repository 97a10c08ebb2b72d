"""The incident extractor: documents in, located, attributed, dated claims out.

For each sentence that reports an event: who claims it (attribution), what
happened (events), when (dates, carried over from the narrative when the
sentence gives none), and where: the sentence's place mentions, each with a
role. Only event locations, targets and origins of fire become points;
datelines, metonyms ("Baku accused..."), diplomatic venues ("talks in
Brussels"), countries and the claimant's own seat stay "mentioned".
"""
from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta
from itertools import chain, islice
from typing import Iterable

from pyproj import Geod

from geomap.extract import actors

from geomap.extract import events
from geomap.extract.incidents import RIVAL
from geomap.extract.attribution import (BACKGROUND_LINE, BOTH_SIDES, CHANNEL, POSTED_ON, REPORTING_CUE, ACRONYM, Attribution, AttributionState,
                                        SPEECH_FRAME_VERBS, attribute, document_aliases, joined_claimants, named_actors,
                                        parsed_sources, source_line)
from geomap.text.dates import DateMention, find_dates
from geomap.text.numbers import parse_number
from geomap.gazetteer.lookup import Gazetteer, NameOracle
from geomap.gazetteer.names import skeleton
from geomap.extract.geoparse import geoparse
from geomap.extract.toponyms import FRAME_VERBS, UNIT_HEADS, UNIT_TITLES
from geomap.model import (AREA_KINDS, FEATURE_KINDS, SETTLEMENT_KINDS, LOCAL, MAPPED_ROLES, MEDIA, NO_COUNTRY, NON_PARTIES, Claim, Claimant, Document,
                          Place, PlaceMention, bbox_width, distance_km, in_bbox, same_admin1)
from geomap.text.sentences import Sentence, split_sentences
from geomap.text.patterns import AnyOf, gated

FAR_YARDSTICK_KM = 25.0       # beyond this, a distance with no bearing puts no point at its yardstick
SCENE_SENTENCES = 4            # sentences after a placeless lead read for its scene
BATCH = 64                     # documents analysed together (memory stays bounded by the batch)
BACKGROUND_DAYS = 365          # events dated over a year before publication are background, not incidents
LEAD_STORY_DAYS = 14           # the furthest before publication the story's event can be that a placeless lead tells
QUOTES = "\"“”"

# (a label line is no dateline: "Source: ...", "Quote: ...", "Details: ...")
# (town names in Latin letters with accents too: "Lomé, May 27 (SIA) —", "BOGOTÁ, Colombia —", "HAKKARİ -")
_DATELINE = re.compile(r"^(?!\s*(?:Sources?|Quotes?|Details|Background|Context|Update[ds]?|Note|Photo|Video|Read|Also|"
                       r"Watch|Related|Reporting|Editing|Writing|Translation|Reminder)\s*:)"
                       # (a town's name may hold its article: "Maaret al Numan, Syria:")
                       r"\s*(?:[A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ.'’ /-]{2,40}|[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:(?: (?:al|el|ad|an|as|ash|ar|at|az|ez|ed|de|del|da|la|le))?"
                       r" [A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+){0,2}"
                       # (and the bureaus it was filed from: "Raipur/New Delhi:")
                       r"(?:\s*/\s*[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?: [A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+){0,2})*)"
                       # (its area: "Ramallah, occupied West Bank –", "Khan Younis, southern Gaza –")
                       r"\s*(?:,\s*(?:(?:occupied|northern|southern|eastern|western|central|north|south|east|west)\s+)?"
                       r"[A-Z][A-Za-z0-9. ]+){0,2}"
                       r"(?:,\s*(?:19|20)\d\d)?"       # ("RAMALLAH, Friday, September 9, 2022 (WAFA) –")
                       r"\s*(?:\([^)]{1,40}\))?\s*(?:[-—–]+|:|\|(?:\s*[A-Z][A-Za-z0-9.&' -]{1,40}\|)?)"
                       r"(?:\s|(?<=[—–])(?=[A-Z\"“]))"   # (or "YANGON—The"; or "Moroto, Uganda | THE INDEPENDENT |")
                       # the date, then the city: "August 10, 2024 (EL FASHER) –"
                       r"|^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                       r"\s+\d{1,2},\s+\d{4}\s+\([A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ.'’ -]{2,40}(?:,\s*[A-Z][\w. ]+)?\)\s*[-—–]+\s"
                       # an upper-case city and a credit in brackets running into the lead:
                       # "TIRASPOL (UrduPoint News / Sputnik - 26th April, 2022) Two explosions"
                       r"|^\s*[A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ.'’ -]{2,40}(?:,\s*[A-Z][A-Za-z0-9. ]+)?,?\s*\([^)\n]{1,70}\)(?=\s+[A-Z])"
                       # a city, the day and the agency running into the lead, as Indian wires file:
                       # "New Delhi, Oct 28 (PTI) Dozens of"
                       r"|^\s*[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)?,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                       r"[a-z]*\.?\s+\d{1,2}\s*\([A-Za-z.' /-]{2,30}\)(?=\s+[A-Z\"“])"
                       # ... and with the country in brackets, as Spanish wires file: "Chilpancingo (Mexico), Sep 29 (EFE).-"
                       r"|^\s*[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)?\s*\([A-Z][\w .]{1,30}\),\s*(?:Jan|Feb|Mar|Apr|"
                       r"May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*\([A-Za-z.' /-]{2,30}\)\s*\.?\s*[-—–]*\s*"
                       # a city and a credit naming an agency or a year: "Kyiv, (APP - UrduPoint - 5th Feb, 2025) Ukraine"
                       r"|^\s*[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)?,?\s*\((?=[^)\n]*(?:\b(?:AP|AFP|Reuters|APP|PTI|IANS|ANI|UNI|"
                       r"Xinhua|TASS|Sputnik|Anadolu|AA|dpa|DPA|EFE|Kyodo|Yonhap|NNA|KUNA|WAM|SPA|IRNA|Bernama|Antara|"
                       r"UrduPoint|Ukrinform|Interfax|RIA)\b|\b(?:19|20)\d\d\b))[^)\n]{1,90}\)(?=\s+[A-Z\"“])"
                       # a line of the bureaus a story was filed from: "KIGALI, Rwanda / ISTANBUL / DOUALA, Cameroun"
                       r"|^[ \t]*[A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ.'’ -]{2,30}(?:,[ \t]*[A-Z][\w. ]+)?(?:[ \t]*/[ \t]*[A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ.'’ -]{2,30}"
                       r"(?:,[ \t]*[A-Z][\w. ]+)?)+[ \t]*$", re.M)
# "with blasts audible in Ziguinchor", "felt as far away as Kigali": where it was heard, not where it happened.
_HEARD_AFAR = re.compile(r"\b(?:audible\s+(?:in|from|across)|(?:heard|felt|seen)\s+as\s+far\s+(?:away\s+)?as)\s+"
                         r"(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?$", re.I)
# "broke out hours before South Korea's World Cup match against Turkey in Daegu": where an occasion it came
# before was held (unless that occasion is an attack: "hours before the attack in Kabul").
_OCCASION_AHEAD = re.compile(r"\b(?:hours|minutes|days|weeks|shortly|just|a\s+day|a\s+week)\s+(?:before|ahead\s+of)\s+"
                             r"(?:[\w'’-]+\s+){1,8}?(?:in|at)\s+(?:the\s+)?$", re.I)
# "a press briefing on the April 17 attack in Kandi": past an event noun, the place is the event's.
_EVENT_NOUN = r"\b(?:attacks?|assaults?|raids?|strikes?|bombings?|shelling|ambush(?:es)?|clash(?:es)?|explosions?|blasts?)\b"
_VENUE = gated(r"\b(?:talks|meeting|meetings|summit|negotiations|conference|visit|visited|met|held|hosted|"
                    # ("From its headquarters in Paris, the charity confirmed ...": where a body sits)
                    r"from\s+(?:its|their)\s+headquarters|"
                    # ("a government statement issued in Quito": where a statement came out)
                    r"(?:statement|communiqu[eé]|report|(?:news|press)\s+release)\s+(?:was\s+)?(?:issued|released|published|sent|faxed|"
                    r"e-?mailed|circulated|telephoned|phoned)|statements?\s+to\s+(?:news|the\s+press|reporters|journalists|media)|"
                    r"signed|agreement|accord|mediated|embassy|consultations|forum|trip|travel(?:led|ed)?|flew|"
                    r"meet|meets|gathered|gather|protest(?:ed|s|ers)?|rall(?:y|ied|ies)|(?-i:marched)|"
                    r"demonstrat(?:ed|ion|ions|ors)|vigils?|arriv(?:ed|ing|als?)|fled|fleeing|evacuated|"
                    r"arrest(?:ed|s)?|detained|extradited|trial|court|sentenced|appeared|"
                    r"returned|(?:told|briefed|addressed|informed|telling)\s+(?:the\s+)?(?:reporters|journalists)|"
                    # "has been moved from the town of Akhalgori to Tskhinvali": where a captive or the wounded went
                    r"(?:was|were|been|being)\s+(?:moved|transferred|transported|relocated|taken|brought)|"
                    r"(?:speaking|spoke|speaks|talking|talked|writing|wrote|contacted|interviewed)|"
                    # (a source "reached in Bamako" or by phone; not a convoy that "reached Thana road in Turbat")
                    r"when\s+reached|reached(?=\s+(?:in|at|by|via|over)\b)|"
                    r"news conference|press conference|(?:televised|radio|national|nationwide|live)\s+address|"
                    r"briefing|rally|parliament|committee|hearing|speech|interview|(?:by\s+)?(?:tele)?phone|"
                    r"(?:U\.?N\.?|United\s+Nations)\s+headquarters)\b(?:(?!\bthat\b|"
                    # (no comma between: "sources, contacted by AFP, seven villagers in X had their throats slit")
                    + _EVENT_NOUN + r")[^.;,]){0,60}\b(?:(?:in|to|at|from)\s+(?:the\s+)?"
                    r"|(?:to|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:hub|city|town|village|capital|camp)\s+of\s+"
                    r"|to\s+the\s+occupied\s+)$"
                    # "Speaking to local media in the capital Mogadishu": where a source spoke
                    r"|\b(?:speaking|spoke|told|telling|news\s+conference|press\s+conference|briefing|interview)\b(?:(?!\bthat\b|"
                    + _EVENT_NOUN + r")[^.;]){0,40}"
                    r"\bin\s+the\s+(?:(?:[\w-]+\s+)?capital,?|(?:[\w-]+\s+){0,2}(?:city|town)\s+of)\s+$"
                    # "rebels were spotted fleeing towards the hinterlands in the villages of X and Y": where they fled
                    r"|\b(?:fled|fleeing|escaped|escaping|retreated|retreating)\b(?:(?!\b(?:that|as|after|when|while)\b|"
                    + _EVENT_NOUN + r")[^.;,]){0,40}?\b(?:to|towards?|into|in)\s+"
                    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:villages?|towns?|areas?|hills|mountains|forests?)\s+of\s+)?"
                    r"(?:[A-Z][\w'’-]+\s+(?:and|or)\s+)?$"
                    # '"FLEC no longer exists," the minister said in Luanda': where the source spoke
                    r"|\b(?:said|says|insisted|stated|declared|added|warned)\s+(?:(?:on|late|early)\s+\w+\s+)?in\s+"
                    r"(?:the\s+)?$", re.I)
# ("a news conference in the garrison city of Rawalpindi")
# "stoned to death by a mob of protesters in Bulawayo": the crowd that did it, where it did it (not a rally's venue).
_BY_THE_CROWD = re.compile(r"""\bby\s+(?:an?\s+|the\s+)?(?:(?:angry|armed|violent)\s+)?(?:(?:mob|crowd|group)\s+of\s+)?
    (?:angry\s+)?(?:protesters|protestors|demonstrators|rioters)\s+(?:in|at)\s+(?:the\s+)?$""", re.I | re.X)
# Who comes to a place only to strike it.
_ATTACKERS = re.compile(r"\b(?:gunmen|militants|militiam[ae]n|fighters|attackers|assailants|insurgents|rebels|bandits|jihadists|"
                        r"terrorists|raiders|armed\s+men|suicide\s+bombers?)\b", re.I)
_THE_ATTACKERS = re.compile(r"\W*(?:The|These|Those)\s+(?:[\w-]+\s+)?" + _ATTACKERS.pattern)
# A day's events named by the day's possessive, in words that name no kind: "the official account of Saturday's
# events", "details of Friday's incident". What the story tells next happened that day.
_EVENTS_OF_THE_DAY = re.compile(r"['’]s\s+(?:deadly\s+|fatal\s+)?(?:events|incidents?|violence|unrest|bloodshed|"
                                r"confrontations?|disturbances|troubles?)\b", re.I)
# An area's body named by its possessive: "the Iraqi Kurdistan's counter-terrorism service", "Kharkiv's regional
# administration".
_BODY_OWNED_AFTER = re.compile(r"""['’]s?\s+(?:[\w-]+\s+){0,3}?(?:service|services|ministry|police|government|authorities|
    council|agency|directorate|administration|statement|spokes(?:man|woman|person)|office|prosecutors?)\b""", re.I | re.X)
# "the convoy of the Kech deputy commissioner": the area an official serves, not where it happened.
_OFFICIAL_AFTER = re.compile(r"""[ \t]+(?:(?:deputy|assistant|additional|district|regional|provincial|county|city|
    police)[ \t]+)*(?:commissioner|governor|mayor|superintendent|administrator|police[ \t]+chief)\b""", re.I | re.X)
# "Those criminals from GPAA made their way and attacked ...", "the attackers came from X": where attackers
# came from, not where they struck.
_ATTACKERS_FROM = re.compile(r"""\b(?:criminals|attackers|assailants|raiders|gunmen|bandits|youths?|herders|militiamen|
    fighters|militants|insurgents)\s+(?:(?:who\s+)?(?:came|had\s+come|crossed\s+over)\s+)?from\s+(?:the\s+)?$""", re.I | re.X)
# "Health workers at the Bidar Hospital in Dohuk province": where the wounded were brought, once the story placed
# the event.
_MEDICAL_SOURCE = re.compile(r"\b(?:hospitals?|clinics?|morgue|medics|doctors|health\s+workers|medical\s+(?:staff|sources?|officials?))\b",
                             re.I)
# A photograph's caption: "In this picture taken from Marjayoun, smoke rises ... on December 1".
_CAPTION = re.compile(r"\W*(?:In\s+this\s+(?:\w+\s+)?(?:picture|photo|photograph|image|handout)|(?:Photo|Picture|File\s+photo)\s*:)", re.I)
# "the incident", "the attack": the event the story told.
_THE_STORYS_EVENT = re.compile(r"\b(?:the|this)\s+(?:incident|attack|assault|raid|ambush|killings?|shooting|bombing|massacre)\b",
                               re.I)
# "the GPAA authorities", "the Tigray regional government": an area's rulers.
_AUTHORITIES_AFTER = re.compile(r"\s+(?:regional\s+|state\s+|local\s+)?(?:authorities|government|administration)\b", re.I)
# "walked in with his Edo and Imo counterparts": an office holder named by the area he governs.
_COUNTERPART_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+counterparts?\b")
# "the command headquarters in Asaba had been told that one woman died": where a source heard it.
_TOLD_THERE_AFTER = re.compile(r"\s+(?:had|has|have)\s+been\s+(?:told|informed|briefed|notified)\b|\s+(?:was|were)\s+"
                               r"(?:told|informed|briefed|notified)\s+(?:that|of)\b")
# "special forces and militia of the Amhara region": where a force comes from, not where it fought.
_FORCE_OF = re.compile(r"\b(?:forces?|militias?|militiamen|police|troops|units?|fighters|soldiers|volunteers|guards?|"
                       r"army|brigades?)\s+(?:of|from)\s+(?:the\s+)?$", re.I)
# Where the wounded are cared for: "hospital", "medical centre", "the health centre in Sebba", "a dispensary".
_CARE = r"(?:hospitals?|clinics?|(?:medical|health)\s+(?:cent(?:re|er)s?|facilit(?:y|ies)|posts?)|dispensar(?:y|ies)|morgue)"
_TREATED_IN = re.compile(r"""\b(?:taken|take|took|rushed|flown|evacuated|airlifted|admitted|treated|transferred|brought|condition|shift|shifted|moved|referred|
    recovering|died|reaching|reach|reached|ferried|ferrying|still|remain|remained|remains)\b[^.;]{0,60}\b""" + _CARE + r"""(?:\s+\([A-Z]{2,8}\))?
    (?:\s+(?:about|some|around|nearly|roughly|more\s+than)?\s*\d+\s*(?:km|kms|kilometres|kilometers|miles)\s+away)?
    (?:\s+(?:in|at)\s+(?:the\s+)?[\w\s-]{1,30}?\s+or)?      # ("hospitals in the mining towns or in Myitkyina")
    ,?\s+(?:in|at)\s+(?:the\s+)?
    (?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?
    (?:(?:regional|provincial|state|district)\s+(?:capital|town)\s+(?:of\s+)?)?$""",
                         re.I | re.X)     # (and its acronym: "... Bautista Hospital (CGTBH) in Jolo"; and how far:
#                                           "taken to a hospital about 45 kms away in the regional capital of Kaya")
# "five wounded men were transferred to the town of Niafunke for medical treatment": where the wounded went.
_TAKEN_TO = re.compile(r"""\b(?:wounded|injured|casualties|victims|bodies)\b[^.;]{0,40}\b(?:taken|rushed|flown|evacuated|
    airlifted|transferred|brought|moved|referred|ferried)\s+(?:(?:first|later|then|directly|immediately|back)\s+)?
    (?:by\s+(?:(?:a|an|military|army|police)\s+)?(?:helicopters?|air|road|ambulances?|boats?|planes?|aircraft)\s+)?to\s+(?:the\s+)?
    (?:(?:[\w-]+\s+)?(?:town|city|village)\s+of\s+|(?:[\w-]+\s+)?(?:hospitals?|clinics?)\s+(?:of|in|at)\s+(?:the\s+)?)?$""",
                       re.I | re.X)
# "three others were sent to Peshawar for treatment": where the wounded went for care.
_SENT_TO = re.compile(r"""\b(?:taken|rushed|sent|flown|evacuated|airlifted|transferred|brought|moved|referred|shifted)\s+
    to\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|city)\s+of\s+|(?:winter\s+|summer\s+|provincial\s+|state\s+|regional\s+)?capital\s+)?$""",
                      re.I | re.X)
# "We're shifting some of the injured persons to Jammu": the verb first, then whom it moves.
_MOVING_WOUNDED_TO = re.compile(r"""\b(?:shifting|shifted|taking|moving|transferring|evacuating|airlifting|rushing|flying|
    sending|referring)\s+(?:[\w-]+\s+){0,4}?(?:injured|wounded|casualties|victims|bodies)(?:\s+(?:persons|people|civilians|
    soldiers))?\s+to\s+(?:the\s+)?$""", re.I | re.X)
_FOR_TREATMENT_AFTER = re.compile(r"""\s+for\s+(?:(?:further|medical|better|emergency|specialised|specialized|urgent)\s+)*
    (?:treatment|care|surgery)\b""", re.I | re.X)
# "the bodies were sent to Bandarban General Hospital": a hospital named after its town, where they were taken.
_TAKEN_TOWARDS = re.compile(r"""\b(?:taken|rushed|sent|flown|evacuated|airlifted|transferred|brought|moved|referred|
    admitted|received|treated|treatment)\b[^.;]{0,70}\b(?:to|at|in)\s+(?:the\s+)?$""", re.I | re.X)
# "al-Thawra, the largest hospital in the city": a name the words after say is a building's, not a town's.
_FACILITY_APPOSITIVE = re.compile(r""",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:hospital|clinic|school|university|mosque|
    church|cathedral|market|stadium|prison|hotel|airport|refinery|factory)\b
    (?!\s+(?:town|city|village|hub|centre|center)\b)""", re.I | re.X)    # (not "a strategic market town")
_NAMED_HOSPITAL_AFTER = re.compile(r"""(?:['’]s)?(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:[Hh]ospital|[Cc]linic|Infirmary|[Mm]orgue|
    Medical\s+(?:Centre|Center|College|Complex))\b""", re.X)
# "a twelfth victim was in Bujumbura after being transferred to a hospital there"
_TAKEN_THERE_AFTER = re.compile(r"""[^.;:]{0,30}?\b(?:taken|rushed|flown|evacuated|airlifted|transferred|brought|moved|
    referred|admitted)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?""" + _CARE + r"""\s+there\b""", re.I | re.X)
# "forced the evacuation of thousands to safety in the provincial capital Pemba", "villagers fled to Kaga":
# where people fled, not where it happened.
_FLED_TO = re.compile(r"""\b(?:(?:to\s+safety|refuge|shelter|sanctuary)\s+(?:in|at)
    |(?:fled|fleeing|escaped|evacuated|displaced|relocated|be\s+transferred)\s+(?:[\w-]+\s+){0,4}?(?:to|towards?)
    |(?:residents|civilians|people|families|refugees|villagers|inhabitants)\s+(?:[\w-]+\s+){0,2}?
     (?:crossed|streamed|poured|flooded|flocked|fled)\s+(?:over\s+|back\s+)?into)\s+(?:the\s+|a\s+)?
    (?:[\w-]+,?\s+){0,3}?(?:(?:town|city|village|camp)\s+of\s+)?$""", re.I | re.X)
# ("Thousands of residents crossed into the Rwandan border town of Gisenyi during the fighting")
# "The insurgents crossed Lake Chad to attack the village of Ngouboua": the way they came, not where they struck.
_CROSSED = re.compile(r"\b(?:crossed|crossing|across|via)\s+(?:the\s+)?$", re.I)
_TO_STRIKE_AFTER = re.compile(r"[^.;]{0,60}?\b(?:to|and|before)\s+(?:then\s+)?(?:attack|attacked|raid|raided|strike|struck|"
                              r"storm|stormed|ambush|ambushed|hit)\b", re.I)
# "a hospital in Saint-Marc where the injured were taken": where the wounded went, not where it happened.
_HOSPITAL_IN = re.compile(r"\b" + _CARE + r"(?:\s+\([A-Z]{2,8}\))?\s+(?:in|at)\s+(?:the\s+)?"
                          r"(?:(?:nearby|neighbou?ring|regional|provincial)\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)
# "its teams in Cox's Bazar had treated 39 people", "hospitals in Bamako have received 20 wounded": where the
# wounded were cared for, who named before the place and the care after it.
_CARERS_IN = re.compile(r"\b(?:teams?|staff|doctors|medics|surgeons|nurses|" + _CARE + r")\s+(?:in|at)\s+(?:the\s+)?$",
                        re.I)
_TREATED_AFTER = re.compile(r"""\s+(?:(?:have|has|had)\s+)?(?:(?:so\s+far|already|also)\s+)?
    (?:treated|received|admitted|cared\s+for)\b""", re.I | re.X)
# Where people went from the scene (for care, for safety) or met, which a list carries to each town it names.
_TAKEN_FOR_CARE, _FLED, _VENUE_CUE = "where the wounded were taken", "where people fled", "venue"
_DESTINATIONS = frozenset({_TAKEN_FOR_CARE, _FLED, _VENUE_CUE})
# An appositive describing the place named just before: ", a railway town on the main road south from".
_DESCRIBES_BEFORE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|hub|port|capital|settlement)\b"
                               r"[^,;.()]{0,50}")
_LIST_JOIN = re.compile(r"(?:\s+(?:area|region|district|province))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                        r"(?:(?:then|later|on)\s+)?(?:(?:in|to)\s+)?(?:the\s+)?")
_WHERE_TAKEN = re.compile(r",?\s+(?:where|to\s+which)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:injured|wounded|victims|bodies|"
                          r"dead|casualties)\s+(?:were|had\s+been|have\s+been)\s+(?:taken|brought|rushed|evacuated|"
                          r"transferred|admitted)\b"
                          # ("At the Specialist Hospital in Damaturu, an official said 43 bodies had been brought in")
                          r"|,\s+[^.;]{0,60}?\b(?:injured|wounded|victims|bodies|dead|casualties|students|people)\s+"
                          r"(?:were|had\s+been|have\s+been)\s+(?:brought|taken|rushed|admitted)\s+(?:in|there)\b", re.I)
# A capital is a place (not its government) only right after a locative word: "in Kyiv", "on central Kyiv".
_LOCATIVE = re.compile(r"\b(?i:in|near|at|on|around|outside|over|into|inside|toward|towards|across|targeting|struck|"
                       r"hit|shell|shelled|shelling|bomb|bombed|bombing|attack|attacked|attacking|strike|striking|target|targeted|captured|seized|"
                       r"(?:bombing|bombings|attack|attacks|shelling|siege|capture|fall|bombardment|storming)\s+of|(?:[\w-]+\s+){0,2}(?:outskirts|centre|center|suburbs?|districts?|"
                       r"neighbou?rhoods?|part|parts|areas?|heart|streets?|quarter|edge)\s+of)\s+"
                       r"(?i:the\s+|an?\s+)?(?:(?i:northern|southern|eastern|western|central|downtown|capital,?|capital of|city of|"
                       r"north|south|east|west|(?:the\s+)?(?:country|nation|state|region)['’]s)\s+|[A-Z][a-z]+(?:['’]s)?\s+)*$")
# "the authorities in Bogota", "officials in Kyiv": the government the capital seats, not a place of the event.
# "telephoned his office in Belgrade": someone's seat, named in passing.
_OWN_SEAT_IN = re.compile(r"\b(?:telephoned|phoned|called|rang|contacted|returned\s+to|flew\s+back\s+to|went\s+back\s+to)\s+"
                          r"(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:office|offices|headquarters|ministry)\s+in\s+(?:the\s+)?$",
                          re.I)
_GOVERNMENT_IN = re.compile(r"\b(?:(?:authorities|government|officials|leaders|leadership|regime|administration|rulers|"
                            r"ministry|ministries)\s+in"     # ("Canada's foreign ministry in Ottawa condemned the attacks")
                            r"|(?:call(?:ed|s|ing)?|prevail(?:ed|s)?|pressure)\s+on)\s+$", re.I)   # (and "called on Ankara")
_BORDERING = re.compile(r"\b(?:bordering|borders|adjacent\s+to)\s+(?:the\s+)?$", re.I)
# "..., citing the Health Ministry in the capital Sanaa": where the cited source sits, not where it happened.
_CITED_SOURCE_IN = re.compile(r"""\b(?:citing|quoting)\s+(?:[\w'’-]+\s+){0,5}?
    (?:ministry|officials?|sources?|authorit(?:y|ies)|police|agency|spokes(?:man|woman|person)|office|command|
       headquarters|government|media|television|TV|radio|hospital|doctors|medics|health\s+department|diplomats|
       embassy|consulate|residents|witnesses)
    \s+(?:in|at|from)\s+(?:the\s+(?:capital|city|town|provincial\s+capital)\s+(?:of\s+)?)?$""", re.I | re.X)
# The towns a road is named by its ends: "a highway connecting the city of Butembo to provincial capital Goma".
_ROAD_ENDS = re.compile(r"\b(?:road|highway|route|motorway|railway)\s+(?:that\s+)?(?:connect(?:s|ing)|link(?:s|ing))\s+"
                        r"(?:[\w'’,-]+\s+){0,12}$", re.I)
# Where a highway leads: "on the highway to Chilpancingo" is somewhere along it, not in the town (a road's end is
# near: "a vehicle on the road to Amuda").
_ROAD_TO = re.compile(r"\b(?:on|along)\s+(?:the|a)\s+(?:main\s+)?(?:highway|motorway|expressway)\s+(?:to|towards|leading\s+to)\s+"
                      r"(?:the\s+)?(?:(?:city|town|village|capital)\s+(?:of\s+)?)?$", re.I)
# (but the highway to a site is at the site: "the vehicle on the highway to the Avivim barracks")
_SITE_HEAD_AFTER = re.compile(r"\s+(?:barracks|base|camp|post|outpost|checkpoint|airport|air\s+base|crossing|junction|"
                              r"bridge|border\s+crossing)\b", re.I)
# The ends of a stretch of road or river: "on the stretch of river between Timbuktu and Gao".
_STRETCH_BETWEEN = re.compile(r"""\b(?:stretch|section|segment|part|road|highway|route|axis)\s+
    (?:of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:river|road|highway|route|railway|railroad)\s+)?between\s+(?:the\s+)?
    (?:(?:towns?|cities|villages?)\s+of\s+)?(?:[A-Z][\w'’-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$""", re.X)
# A relative clause saying where a place lies: "Khorog, which lies just east of the border in the Pamir Mountains".
# "Tiger Hill in the Drass sub-sector": the sector a place named before lies in.
_PLACE_IN_THE = re.compile(r"[A-Z][\w'’-]+\s+in\s+the\s+$")
_SUBSECTOR_AFTER = re.compile(r"\s+(?:sub-?sector|sector)\b", re.I)
# The place a sentence before named, called by what it is: "as they entered the village".
_THE_PLACE_AGAIN = re.compile(r"\bthe\s+(?:village|town|hamlet|camp|base|compound)\b(?!\s+of\b)", re.I)
_WHERE_IT_LIES = re.compile(r"""[,(]\s*(?:which|that)\s+(?:lies|lay|is\s+located|is\s+situated|sits|is\s+nestled)\b
    [^.;,()]{0,60}?\b(?:in|on|among|amid|within)\s+(?:the\s+)?$
    # (what a place described connects or overlooks: "Elephant Pass, the causeway that connects the Jaffna peninsula")
    |,\s+(?:the|a|an)\s+[^,.;]{0,60}?\b(?:that|which)\s+(?:connects|connected|links|linked|joins|overlooks|overlooked|
     dominates|dominated|guards|guarded)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$
    # (the sector a place lies in, and that sector's area: "Tiger Hill in the Drass sub-sector of Kargil")
    |[A-Z][\w'’-]+\s+in\s+the\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:sub-?sector|sector)\s+of\s+$
    # (a bearing from a town, for a place told before: "as they entered the village, just north of the town of X")
    |\bthe\s+(?:village|hamlet|settlement|camp|base|area)\s*,\s+(?:just\s+|some\s+way\s+|a\s+few\s+miles\s+)?
     (?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+(?:town|city)\s+of\s+)?$""", re.I | re.X)
# Where travellers were going, not where they were hit: "two trucks headed for the community of X", "en route to X".
# Words of people or vehicles on a journey ("a bus travelling from X to Y", "trucks headed for Z").
_ON_THE_WAY = r"headed|heading|bound|en\s+route|on\s+(?:their|its|his|her)\s+way|travell?ing|driving"
_HEADED_FOR = re.compile(r"""\b(?:""" + _ON_THE_WAY + r"""|
    returning|going|set\s+off|set\s+out|setting\s+off|setting\s+out|departed|departing|left|leave|leaves|leaving)\s+
    (?:(?:back|(?:north|south)(?:-?(?:east|west))?|east|west)(?:wards?)?\s+)?(?:(?:along|down|up|on|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?
    (?:road|highway|route|axis|river|coast)\s+)?
    (?:in\s+an?\s+(?:[\w-]+\s+)?(?:convoy|bus|car|vehicle)\s+)?(?:from\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+)?
    (?:for|to|towards?)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:community|town|village|city|
    district|province|capital|base|camp)\s+(?:of\s+)?)?
    (?:(?:their|its|his|her)\s+(?:[\w-]+\s+)?(?:camp|base|home|office|post|station)\s+(?:at|in)\s+(?:the\s+)?)?   # ("travelling in a convoy from Islamabad to their camp at the Dasu project")
    (?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$""", re.I | re.X)
    # (and the towns listed after the first: "heading toward Minova and Bukavu"; a bearing before: "headed north toward")
# "a coach travelling between Oran and Tizi Ouzou": the ends of a journey the words only name.
_TRAVELLING_BETWEEN = re.compile(r"\b(?:" + _ON_THE_WAY + r"|running|plying|operating)\s+between\s+(?:the\s+)?"
                                 r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?(?:and\s+)?$", re.I)
# "In Manila, an army spokesman denied ...": the town a sentence opens with, before its source, is where it spoke.
_SPOKE_IN = "where the source spoke"
_OPENING_IN = re.compile(r"\W*(?:Meanwhile,\s+|Separately,\s+)?[Ii]n\s+")
# "In Moscow, Patriarch Kirill called the killings a provocation": one (a title and a name, or "the
# ministry") answering the story's event, after the capital the sentence opens with.
# A comma, or an aside between commas: "In Pale, the Bosnian Serbs' headquarters, Radovan Karadzic denied".
_COMMA_OR_ASIDE = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+[^,.;\"“”]{1,60},\s*)?")
_REACTION_AFTER = re.compile(r"""\s*,\s+(?:the\s+|an?\s+)?(?:acting\s+|interim\s+|deputy\s+|former\s+|pro-[\w-]+\s+)?
    (?:(?:[^\W\d_a-z][\w'’.-]*|and)\s+){1,10}?(?:[a-z][\w-]*\s+){0,2}?    # (a capital letter of any script: "İnönü")
    (?:,\s*(?:which|who)\s+[^,.;]{1,80},\s+)?       # (and a relative clause: "Hezbollah, which Israel blames, vowed")
    (?:called|condemned|denounced|deplored|urged|vowed|expressed|blamed|warned|demanded|promised|offered|pledged|
    mourned|sent|ordered|met|convened|chaired|put\s+off|postponed|suspended|recalled|summoned)\b""", re.X)     # ("In New Delhi, the Home Minister and X met ...")
# "..., a military officer said from Kismayo": where the source spoke from, not where fire came from.
_SPOKE_FROM = re.compile(r"\b(?:said|says|told\s+(?:[A-Z][\w.]*\s+){1,3}|speaking|spoke|reported|added|wrote)\s+"
                         r"(?:by\s+(?:tele)?phone\s+|on\s+(?:the\s+)?(?:tele)?phone\s+)?from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")
# Where a source said something, between the verb of saying and what was said: "told NAN on Friday in
# Kafanchan that the attackers ...", "said in Kandahar that". (No event noun between: "said the attack in X
# that killed five" names the event's place.)
_SAID_IN = re.compile(r"\b(?:said|says|told|telling|announced|stated|confirmed|explained|added|disclosed|revealed|"
                      r"insisted|claimed|noted)\b(?:(?!\bthat\b|" + _EVENT_NOUN + r")[^.;\n]){0,80}"
                      r"\bin\s+(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?$", re.I)
_SAID_THAT_AFTER = re.compile(r"(?:\s+(?:on\s+[A-Z]\w+|yesterday|today))?,?\s+that\b")
# A source's wide jurisdiction named by a place: "Bastar range inspector general", "the Malakand division commissioner".
_JURISDICTION_AFTER = re.compile(r"\s+(?:range|zone|division|region|province|provincial|state|district)\b", re.I)
# "attacks on Moscow's fleet": what a capital owns as a state is the state's, the capital is no place.
_STATE_OWNED_AFTER = re.compile(r"""['’]s\s+(?:[\w-]+\s+)?(?:fleet|navy|army|military|forces|troops|government|regime|
    leadership|aggression|invasion|war|ally|allies|proxies|ambassador|envoy|diplomats|demands?|claims?)\b""", re.X)
# "in the Gulmarg area of Baramulla district": the district is the container of the place before it.
_AREA_OF = re.compile(r"[A-Z][\w'’-]+\s+(?:area|sector|part|neighbou?rhood|outskirts)\s+of\s+(?:the\s+)?$")
_SECTOR_AFTER = re.compile(r"\s+(?:direction|sector|axis|front)\b", re.I)
_RURAL = r"(?:countryside|hinterland|rural\s+areas?)"
_COUNTRYSIDE = re.compile(rf"\b(?:{_RURAL}|outskirts|environs)\s+of\s+(?:the\s+)?"
                          r"(?:(?:northern|southern|eastern|western|north|south|east|west|central|rural)\s+)?$", re.I)
# "in rural areas of Tame, Fortul, Saravena and Arauquita": the hinterland of each town of a list.
_COUNTRYSIDE_LISTED = re.compile(rf"\b{_RURAL}\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                                 r"(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$", re.I)
# "the Afrin countryside", "the countryside of northern Aleppo": the rural area around a town.
_COUNTRYSIDE_OF = re.compile(rf"\b{_RURAL}\s+of\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?$", re.I)
_COUNTRYSIDE_AFTER = re.compile(rf"\s+{_RURAL}\b", re.I)
# "the Tivoli Gardens slum of western Kingston": a government has no west; the capital is a place.
_COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west|central|downtown)(?:ern)?\s+$|"
                             r"\b(?:north|south)-?(?:east|west)(?:ern)?\s+$", re.I)
# "near Erawan Shrine, Bangkok", "at the Tomb of the Unknown Soldier in the capital, Athens": a named
# site and then its city.
_SITE_THEN_CITY = re.compile(r"\b(?:in|near|at|on|outside|inside|by)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+(?:of\s+(?:the\s+)?)?){0,5}"
                             r"[A-Z][\w'’.&-]*,\s+$")
_DIRECTION = re.compile(r"\b(?:in|towards?) (?:the )?directions? of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}(?:[\w-]+,\s+(?:and\s+)?)*$", re.I)
_NEAR = re.compile(r"\b(?:near|around|outside|close to|overlooking|along|on the outskirts of|not far from|"
                   r"in the vicinity of|in the area of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}(?:[\w-]+,\s+(?:and\s+)?)*$", re.I)
_TARGET = re.compile(r"\b(?:on|at|against|targeting|targeted|struck|hit|shelled|bombed|toward|towards)\s+(?:the\s+)?"
                     r"(?:[\w-]+\s+){0,4}(?:[\w-]+,\s+(?:and\s+)?)*$", re.I)
_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_TOOK_OFF_FROM = re.compile(r"\b(?:took\s+off|taking\s+off|take\s+off|takes\s+off|flew\s+in|scrambled)\s+from\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# "eight cattle rustlers from Moroto district were gunned down ... in Napak district": where people came from.
_PEOPLE_FROM = re.compile(r"""\b(?:rustlers|raiders|fighters|militants|rebels|gunmen|bandits|attackers|assailants|insurgents|
    militiamen|militia|herders|herdsmen|tribesmen|warriors|youths|villagers|residents|pilgrims|traders|workers|migrants|
    hostages?|captives?|tourists?|engineers?)
    \s+from\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?(?:[\w-]+\s+){0,2}?$""", re.I | re.X)
_HOME = "where people came from"
# "At least 109 of the dead were residents of Fuaa and Kafraya": where the victims lived.
_THE_DEAD_WERE_OF = re.compile(r"""\b(?:dead|killed|victims|wounded|injured|casualties)\s+(?:were|was|are|is)\s+
    (?:mostly\s+|all\s+|largely\s+)?(?:residents|natives|inhabitants|people)\s+(?:of|from)\s+(?:the\s+)?
    (?:(?:[\w-]+\s+){0,2}?(?:town|city|village|villages|towns)\s+of\s+)?(?:[\w-]+\s+(?:and|or)\s+)?$""", re.I | re.X)
# "according to Kulo Gana, who lives in the garrison town of Monguno": where a source lives.
_LIVES_IN = re.compile(r"\bwho\s+(?:lives|lived|resides|resided)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:(?:town|city|village|camp)\s+of\s+)?$", re.I)
# "Sergeant X, 50, a father of three from Vushtrri, was killed": the home an appositive gives a person, not the scene.
_APPOSITIVE_HOME = re.compile(r"""(?:,|\()\s*(?:\d{1,3}\s*,\s*)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?
    (?:father|mother|son|daughter|husband|wife|native|man|woman|boy|girl|farmer|teacher|student|shepherd|trader|driver)
    (?:\s+of(?:\s+\w+){1,2}?)?\s+from\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$""", re.I | re.X)
# "shows the 55-year-old from Nice kneeling in front of masked gunmen": the home an age gives a person.
_AGED_FROM = re.compile(r"\b(?:an?|the)\s+(?:\w+-)?year-old\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$", re.I)
# "a member of a tactical team based in the northern city of Iquique": where those named are based, not where it
# happened.
_BASED_IN = re.compile(r"\b(?:based|stationed|garrisoned|headquartered)\s+(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$",
                       re.I)
# "a convoy that had left the town of Angol in the morning", "an army patrol from the Namssiguia detachment was
# ambushed near ...": where they set out from.
_SET_OUT_FROM = re.compile(r"\b(?:left|departed|departing|leaving|set\s+(?:off|out)\s+from"
                           r"|(?:patrols?|convoys?|columns?|reinforcements)\s+(?:(?:sent|dispatched|coming)\s+)?from)\s+(?:the\s+)?"
                           r"(?:(?:[\w-]+\s+)?(?:town|city|village|base|port|camp)\s+of\s+"
                           # ("had left his home in Ziguinchor on Saturday morning to collect wood")
                           r"|(?:his|her|their)\s+(?:homes?|houses?|villages?|farms?)\s+(?:in|at)\s+)?$", re.I)
# "a car that was stolen in San Sebastian in February": where a thing the attackers used came from, not where
# they used it.
_PROVENANCE = re.compile(r"""\b(?:stolen|bought|purchased|rented|hired|registered|manufactured)\s+
    (?:(?:last|earlier\s+this|in|on)\s+\w+\s+)?(?:in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$""", re.I | re.X)
# Where those who fired are, and fire went elsewhere: "a rocket fired by militants in the Gaza Strip hit ...",
# "Militants in Gaza on Tuesday fired nine rockets into Israel".
_SHOOTERS = r"(?:militants|fighters|rebels|insurgents|gunmen|terrorists|jihadists|guerrillas|forces|troops|gunners)"
_FIRED_BY_IN = re.compile(rf"""\b(?:fired|launched|lobbed)\s+(?:[\w-]+\s+){{0,3}}?by\s+(?:[\w'’-]+\s+){{0,2}}?{_SHOOTERS}
    \s+(?:based\s+)?in\s+(?:the\s+)?$""", re.I | re.X)
_SHOOTERS_IN = re.compile(rf"\b{_SHOOTERS}\s+(?:based\s+)?in\s+(?:the\s+)?$", re.I)
_FIRED_INTO_AFTER = re.compile(r"""(?:\s+on\s+\w+)?\s+(?:fired|launched|lobbed)\s+[^.;]{0,60}?
    \b(?:into|at|towards?|across)\s+(?:the\s+)?[A-Z]""", re.X)
# A train (or a road) named by the ends of its route: "the Howrah-Mokama passenger train", "the Jaffar Express" is not.
# (and a road named for its ends: "on the Srinagar-Jammu national highway")
_TRAIN_OR_ROAD_AFTER = re.compile(r"""\s+(?:(?:passenger|express|mail|local|intercity|goods|freight|night)\s+)*trains?\b
    |\s+(?:(?:national|main|strategic|key|busy|federal|state)\s+)*(?:highway|road|motorway|expressway|railway|railroad)\b""",
                          re.I | re.X)
_ROUTE_NAMED_AFTER = re.compile(r"-[A-Z][\w'’]+(?:" + _TRAIN_OR_ROAD_AFTER.pattern + ")", re.I | re.X)
_ROUTE_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’]+-$")
_SENT_FROM = re.compile(r"\b(?:deployed|redeployed|dispatched|sent|transferred|airlifted|mobili[sz]ed|brought\s+in|"
                        # ("additional ambulances came from the city of Arish")
                        r"(?:ambulances|reinforcements|rescuers|rescue\s+teams|firefighters)\s+(?:[\w-]+\s+){0,2}?(?:came|arrived|rushed))\b"
                        r"[^.;]{0,60}\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_ROUTE_END = "a route's end"
_TO_NEXT = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
# "a bus travelling from Vientiane to Phongsaly province": the ends of a journey, whatever was fired at it.
# (a name's own particles between its words: "from Dar es Salaam to Fujairah")
_NAME_RUN = r"[A-Z][\w'’-]+(?:\s+(?:(?:es|el|al|de|da|do|du|la|le|di|del|des|los|las)\s+)?[A-Z][\w'’-]+){0,2}"
_JOURNEY_FROM = re.compile(r"""\b(?:""" + _ON_THE_WAY + r"""|travell?ed|drove|plying|journeying|sailing|sailed|flying)
    \s+(?:(?:empty|loaded|laden)\s+)?from\s+(?:the\s+)?(?:""" + _NAME_RUN + r"""\s+to\s+(?:the\s+)?)?$""", re.X)
_FROM_TO = re.compile(r"\bfrom\s+(?:the\s+)?" + _NAME_RUN + r"\s+to\s+(?:the\s+)?$")
# "Nalbari, 70 kilometres from the state capital of Guwahati", "a village five km south of Jos": a
# place given as a distance from another; the other is a yardstick, not where it happened.
_YARDSTICK = re.compile(r"""\b(?P<number>\d[\d,.]*|a\s+few|several|one|two|three|four|five|six|seven|eight|nine|ten|
    twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|\d+\s*-\s*\d+)\s*-?\s*
    (?P<unit>km|kms|kilomet(?:re|er)s?|miles?|mi)\b(?:\s*(?:\([^)]{0,30}\)|\[[^\]]{0,30}\]))?\s+
    (?:(?P<bearing>(?:north|south|east|west)(?:[\s-]?(?:east|west))?)(?:ern|wards?)?\s+)?(?:away\s+)?(?:of|from)\s+
    (?:the\s+)?(?:[\w.'’-]+\s+){0,5}(?:(?:capital|city|town|hub|seat),\s+)?
    (?:(?-i:[A-Z])[\w.'’-]*,\s+)?$""", re.I | re.X)     # (and the area after it: "160 km from Brownsville, Texas")
    # ("100 kilometers north of the capital, Niamey": the appositive's name is the yardstick)
# A bearing with no distance: "northeast of Ramallah" (not "the east of Ukraine", a part of it).
_BEARING_OF = re.compile(r"(?<!the\s)\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+of\s+(?:the\s+)?"
                         r"(?:(?:provincial\s+|regional\s+)?(?:capital|city|town|village),?\s+)?$", re.I)
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
             "west": 270, "northwest": 315}
_GEOD = Geod(ellps="WGS84")


def _measured(text: str, m: PlaceMention, sentence: Sentence) -> tuple[Place, float] | None:
    """"16 miles north west of Belfast": the point the words give, measured from the yardstick along
    the geodesic, and how far off it may be (a compass point spans 45 degrees, the distance is rounded)."""
    y = _YARDSTICK.search(text, max(sentence.start, m.start - 80), m.start)
    return _measured_from(y, m.place) if y is not None and m.place is not None else None


def _measured_from(y: re.Match, p: Place) -> tuple[Place, float] | None:
    """The point a yardstick's distance and bearing give from ``p`` (None without a bearing)."""
    km = _yardstick_km(y) if y.group("bearing") else None
    if not km:
        return None
    compass = re.sub(r"[\s-]", "", y.group("bearing").lower())
    lon, lat, _back = _GEOD.fwd(p.lon, p.lat, _BEARINGS[compass], km * 1000)
    here = Place(id=f"{p.id}@{km:.1f}km{_BEARINGS[compass]:03d}", name=f"{km:.0f} km {compass} of {p.name}",
                 kind="feature", country=p.country, admin1=p.admin1, lat=round(lat, 5), lon=round(lon, 5),
                 source=f"{km:.1f} km at bearing {_BEARINGS[compass]} degrees from {p.name} ({p.source})")
    return here, max(5.0, 0.4 * km)


# "the 7th Brigade from Tarhouna, a town 65 km southeast of Tripoli": the distance says where a force came from.
_FROM_NAMED = re.compile(r"\bfrom\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:(?:about|some|around|roughly|nearly)\s+)?$")
CAPITAL_YARDSTICK_KM = 100.0    # beyond this a point measured from the capital is too rough to put on the map


def _near_the_capital(before: str) -> bool:
    """"a camp 60 kilometers north of Mogadishu", "a village about 60 kilometres north of the capital, Bamako": a
    capital that measures a place near it is a yardstick, not its government (nor is "400 km north of the
    capital, Bamako", whose measured point would be far off)."""
    y = _YARDSTICK.search(before)
    return y is not None and (_yardstick_km(y) or 1e9) <= CAPITAL_YARDSTICK_KM


def _yardstick_km(y: re.Match) -> float | None:
    """The distance a yardstick gives, in km (the middle of a range), or None."""
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?", y.group("number").replace(",", ""))
    if digits:
        km = (float(digits[1]) + float(digits[2] or digits[1])) / 2
    else:
        words = parse_number(y.group("number"))
        km = words[1] if words and words[0] == words[2] else None
    return km * (1.609344 if y.group("unit").lower().startswith("mi") else 1.0) if km else None


# A definite site that the story has named ("the outpost", "the base"): the story's place.
_SITE_NAMED_BEFORE = re.compile(r"""\bthe\s+(?:same\s+)?(?:outpost|post|base|station|checkpoint|village|town|camp|
    market|building|hospital|school|compound|mosque|church|barracks|garrison|convoy|patrol|area|city|locality|
    district|neighbou?rhood)\b(?!\s+(?:of|called|named)\s+(?-i:[A-Z]))""",      # ("the locality of Bessi" names one)
                                re.X | re.I)


_IN_BEFORE = re.compile(r"\b(?:in|at|inside|near|around)\s+$", re.I)     # ("... clashes in the district began")


def claim_id(doc_id: str, start: int, claimant: str, event: str) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{claimant}|{event}".encode()).hexdigest()[:16]


@dataclass(slots=True)
class _Narrative:
    """Where and when the narrative is: the last explicit date and the last event places a sentence gave."""
    current: DateMention | None = None
    places: list[PlaceMention] = field(default_factory=list)
    places_day: date | None = None
    kind: str | None = None        # the event type the narrative is at
    ahead: bool = False            # places taken from further on in the story, for its lead
    dated: bool = False            # whether a date in the text gave ``places_day`` (not publication)
    spoken: bool = False           # whether that date was only the day a source spoke ("said on Monday")


# A line naming the writers and where they wrote: "By Aminu Abubakar with Laurie Churchman in Abuja".
_BYLINE = re.compile(r"""\s*By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|with|&)|,)*\s+in\s+(?:the\s+)?""")


def _datelines(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _DATELINE.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())      # (not the blank lines before it)
        line_start = text.rfind("\n", 0, start) + 1
        if start - line_start <= 1 and m.end() - start < 90:
            spans.append((start, m.end()))
    return spans


def _dateline_country(text: str, mentions: list[PlaceMention], datelines: list[tuple[int, int]],
                      story_countries: set[str]) -> str | None:
    """The country of the city the story's first dateline names ("ISLAMABAD:", "KYIV (Reuters) -"); None
    for a state agency's home desk ("TEHRAN (Tasnim) -") over a story none of whose places is in its country,
    and for a regional bureau ("BANGKOK (AFP) -", "NAIROBI, Kenya —") over a story that names places elsewhere
    and no place or people of the bureau's country."""
    if not datelines:
        return None
    start, end = datelines[0]
    named = [m.place for m in mentions if start <= m.start < end and m.place is not None
             and m.place.kind not in ("continent", "sea", "region")]
    # ("QALA-E-NAW, Afghanistan, Aug. 27 (Xinhua)": the country the dateline names, whatever its city resolves to)
    country = next((p.country for p in named if p.kind == "country"), None) or next((p.country for p in named), None)
    reg = actors.registry()
    outlets = [reg.actor(found) for _s, _e, found, kind in reg.find(text[start:end]) if kind == "actor"]
    if country not in story_countries and any(a.type == "media" and a.side == country for a in outlets):
        return None
    if country not in story_countries | set(actors.adjective_countries(text)) and (
            any(a.type == "media" and a.side != country for a in outlets)
            or (story_countries and any(p.kind == "country" for p in named))):
        return None       # ("BANGKOK (AFP) -" over a story from Myanmar, "NAIROBI, Kenya —" over one from Ethiopia's
        #                   Amhara: a regional bureau, of a country the story names nowhere else; not "ISLAMABAD:"
        #                   over Pakistan's strikes in Afghanistan, a home desk that names no country)
    lead_end = text.find(".", end, end + 400)
    lead_end = lead_end if lead_end > 0 else end + 400
    people = set(actors.adjective_countries(text[end:lead_end]))
    lead = {m.place.country for m in mentions if end <= m.start < lead_end and m.place is not None
            and m.place.kind not in ("continent", "sea", "region")} | people
    if people and country not in lead:
        return None       # ("Tunis — Algerian state television raised the toll from the car bombing in Algiers": a
        #                   bureau abroad, whatever the story names there later; not "ISLAMABAD: Airstrikes hit
        #                   camps in Afghanistan's Paktika province", a home desk telling its state's strikes)
    return country


def _without_datelines(sentences: list[Sentence], datelines: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences with their datelines blanked (offsets kept): "JERUSALEM, May 10 (Reuters) -" is
    neither the subject of the lead nor its speaker, to the parse and to the patterns alike."""
    return [Sentence(s.start, s.end, _blank(s, datelines)) if any(s.start <= a < s.end for a, _b in datelines) else s
            for s in sentences]


def _in_quote(text: str, pos: int, sentence: Sentence) -> bool:
    before = text[sentence.start:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# The clause a group's claim of responsibility comes in after the outlet told the event: "..., as/and/after X claimed".
_CLAIMED_AS_TOLD = re.compile(r"""[,;]\s+(?:as|and|while|after|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}$
    |\b(?:attack|assault|bombing|blast|raid|ambush|killings?|massacre|shooting)\s+(?:that|which)\s+$""", re.X)
_RESPONSIBILITY = gated(r"""
    \b(?:claim(?:ed|s|ing)?|admit(?:ted|s|ting)?|accept(?:ed|s|ing)?|took|tak(?:es|en|ing)|assum(?:ed|es|ing)|
       bear(?:s)?|bore)\s+(?:the\s+|full\s+)*responsibility\b
    | \b(?:was|were|has\s+been|have\s+been|had\s+been)\s+claimed\s+by\b
    # "The Islamic State group claimed the attack on its Amaq news agency" (not "claimed the attack killed ten")
    | \bclaim(?:ed|s|ing)?\s+(?:the|this|that|both|these)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|
       killings?|assaults?|raids?|ambush(?:es)?|beheadings?|kidnappings?|abductions?)\b
       (?!\s+(?:killed|left|wounded|injured|was|were|had|has|that|which))
    | \b(?:we|they|it)\s+(?:are|were|was|is)\s+(?:\w+\s+)?responsible\s+for\b""", re.I | re.X)
# "said the claims were false": a denial of what the story reported, in its own sentence.
_CALLED_FALSE = gated(r"\b(?:the\s+|these\s+|such\s+)?(?:claims?|reports?|accusations?|allegations?)\s+"
                           r"(?:was|were|is|are)\s+(?:\w+\s+)?(?:false|untrue|baseless|groundless|fabricated|lies|a\s+lie)\b", re.I)
_DENIAL = re.compile(r"""\b(?:had|has|have)\s+nothing\s+to\s+do\s+with\b
    | \b(?:was|were|is|are)\s+not\s+(?:involved|responsible|behind)\b
    | \b(?:no|any)\s+(?:role|involvement|hand|part)\s+in\b
    | \b(?:denied|denies|denying|rejected|rejects)\s+(?:any\s+)?(?:involvement|responsibility|the\s+accusations?|the\s+claims?)\b
    """, re.I | re.X)
_OWN_FORCES = re.compile(r"\b(?:its|our|their)\s+(?:own\s+)?(?:forces|fighters|troops|units|army|soldiers|militants|"
                         r"drones|artillery|air defen[cs]es?|navy|air force|jets|warplanes|aircraft|planes|"
                         r"helicopters|ships|warships|missiles|rockets)\b", re.I)
# "The army said it struck militant targets": the pronoun opening the reported clause is the claimant.
_OWN_ACTION = re.compile(r"\W*(?:that\s+)?(?:it|they|we)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:struck|hit|shelled|attacked|"
                         r"bombed|destroyed|targeted|killed|fired|launched|carried out|conducted|captured|seized|"
                         r"raided|stormed)\b", re.I)
_REPELLED = re.compile(r"\b(?:repelled|repulsed|thwarted|fended\s+off|beat\s+back|beaten\s+back)\s+(?:an?\s+|the\s+|\w+\s+)?"
                       r"(?:\w+\s+)?(?:attacks?|assaults?|offensives?|advances?|attempts?)\b", re.I)
# "air defences destroyed 12 Ukrainian drones", "repelled a Russian attack": the attack was the other side's.
_FENDED_OFF = re.compile(r"\b(?:destroyed|intercepted|shot\s+down|downed|repelled|repulsed|thwarted)\s+(?:an?\s+|the\s+)?"
                         r"(?:\d+\s+|[a-z]+\s+)?(?P<who>[A-Z][\w-]+)\s+(?:drones?|UAVs?|missiles?|rockets?|attacks?|"
                         r"assaults?|offensive|advance)")
# "accuse Rwanda of arming M23, a charge Kigali rejects", "Pakistan denies backing the militants": what is denied is
# help given to a side, not the story's event.
_SUPPORT_DENIED = re.compile(r"""\b(?:accus\w*|denie[sd]|denying|rejects?|rejected)\s+(?:[^,.;]{1,40}?\s+of\s+)?
    (?:(?:arming|backing|supporting|funding|financing|sponsoring|harbou?ring|aiding|training|equipping|sheltering)
    (?:\s+and\s+[a-z]+ing)?)\b""", re.I | re.X)
_ACCUSING = re.compile(r"\baccus(?:ing|ed)\s+([^,.;]{2,50}?)\s+of\b", re.I)


def _blank(sent: Sentence, spans: list[tuple[int, int]]) -> str:
    """The sentence with the given document spans replaced by spaces (offsets kept)."""
    text = sent.text
    for s, e in spans:
        a, b = max(s, sent.start) - sent.start, min(e, sent.end) - sent.start
        if a < b:
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _speaks_for_group(c: Claimant) -> bool:
    """Whether a claimant is a non-state armed group or speaks for one ("Zabiullah Mujahid of the Taliban")."""
    return c.type == "armed_group" or (len(c.side) > 2 and c.side not in NON_PARTIES
                                        and c.side not in actors.registry().international)


def _side_mentions(text: str) -> list[tuple[int, int, str]]:
    """Conflict parties a text names (news agencies and NGOs report, they do not fight)."""
    reg = actors.registry()
    out = []
    found = list(reg.find(text))
    group_starts = {s for s, _e, matched, kind in found if kind == "actor" and reg.actor(matched).type == "armed_group"}
    for s, e, matched, kind in found:
        if kind == "actor" and reg.actor(matched).type == "media":
            continue                    # "Xinhua quoted a police officer": a state outlet reports, it does not fight
        if kind.startswith("side:") and (owned := _OWNS.match(text, e) or (
                matched.lower() in reg.adjectives and _QUALIFIED_GROUP.match(text, e))) and any(
                e < g <= owned.end() or (g > owned.end() and _NAME_BEFORE_GROUP.fullmatch(text, owned.end(), g))
                for g in group_starts):
            continue                    # "Sudan's (paramilitary) Rapid Support Forces (RSF)", "the Sudanese
            #                             paramilitary RSF": the group acts, not the country
        side = kind[5:] if kind.startswith("side:") else reg.actor(matched).side if kind == "actor" else None
        if side and side not in NON_PARTIES and not (kind.startswith("side:") and (
                (matched.lower() in reg.adjectives and _REBELS_AFTER.match(text, e)) or _LANGUAGE_AFTER.match(text, e)
                or _REBEL_BEFORE.search(text, max(0, s - 20), s))):
            out.append((s, e, side))    # ("Colombian rebels", "rebel Serb forces" are not that country's side)
    return out


# "the Albanian-language daily", "Russian-speaking residents": a language, not a party; "US-made howitzers": who
# made or gave the weapon, not who fired it.
_LANGUAGE_AFTER = re.compile(r"-(?:language|speaking|made|built|manufactured|supplied|provided|donated)\b", re.I)
_REBEL_BEFORE = re.compile(r"\b(?:rebel|separatist|insurgent|breakaway|renegade|dissident)\s+$", re.I)
_QUALIFIED_GROUP = re.compile(r"\s+(?:paramilitary|rebel|militant|insurgent|jihadist|separatist|armed)\s+")
_OWNS = re.compile(r"['’]s\s+(?:(?:paramilitary|rebel|militant|armed|insurgent)\s+)?")
_NAME_BEFORE_GROUP = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,5}\(?")      # (the group's full name before its acronym)
# Named terrain that is where a thing happened, not a frame: "in the Adrar des Ifoghas mountain range".
_TERRAIN_KINDS = frozenset({"mountain_range", "area"})
_HIGH_GROUND_KINDS = frozenset({"mountain", "mountain_range", "forest"})
_TERRAIN_LEAD = re.compile(r"\b(?:mountainous|mountains?|hills?|hilly|forests?|forested|woods)\b", re.I)
_REBELS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:rebels?|insurgents?|militants?|separatists?|jihadists?|guerrillas?|"
                           r"dissidents?|gunmen|militias?|militiamen|extremists?)\b", re.I)


_MEMBERS_OF = re.compile(r"\b(?:members?|fighters?|militants?|gunmen|troops|soldiers|forces|units?|elements?|"
                         r"supporters?|followers?|cells?|commanders?|leaders?|men|wing)\s+of\s+(?:the\s+)?$")
# A side named right before its weapon or act: "a Taliban attack", "Israeli airstrikes", "Hamas rockets".
_ARMED_NOUN_AFTER = re.compile(r"""(?:['’]s)?(?:\s+[\w-]+)?\s+(?:attacks?|bombings?|bombers?|raids?|assaults?|ambush(?:es)?|
    offensives?|gunm[ae]n|militants|fighters|insurgents|rebels|car\s+bombs?|rockets?|missiles?|shelling|
    air\s?strikes?|drones?)\b""", re.I | re.X)
_SUFFERED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:suffered|sustained|lost|incurred|mourned|buried)\b", re.I)
_ASCRIBED_TO = re.compile(r"\b(?:(?:ascribed|attributed|blamed)\s+(?:on|to)|carried\s+out\s+by|(?:attack|bombing|blast|"
                          r"explosion|assault|ambush|killing|raid|strike)s?,?\s+(?:which\s+was\s+|that\s+was\s+)?"
                          r"(?:later\s+)?claimed\s+by)\s+(?:the\s+)?$")
_TARGET_BEFORE = re.compile(r"\b(?:on|against|at|targeting|toward|towards)\s+(?:the\s+|an?\s+)?$")
_WHERE_NOT_WHO_BEFORE = re.compile(r"\b(?:in|inside|across|near|of|outside|throughout|around)\s+(?:the\s+)?"
                                   r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)\w*\s+)?$")
# "in Kabul, Afghanistan, a bomber ...": the country after a place is its container, not who acted.
_CONTAINER_OF_PLACE = re.compile(r"\b(?i:in|at|near|outside|from)\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,\s+$")
_WHERE_NOT_WHO_AFTER = re.compile(r"\s+(?:city|town|capital|province|region|village|district|state|coast|port)\b",
                                  re.I)


# Verbs of judging or reporting whose "by" names a speaker: "condemned by", "described as ... by".
_JUDGED_BY = re.compile(r"""\b(?:condemned|denounced|critici[sz]ed|deplored|decried|described|labell?ed|called|
    branded|welcomed|praised|reported|confirmed|claimed|announced|investigated|questioned|disputed|denied|
    rejected|mourned)\b(?:\s+as\s+[^,.;]{1,40})?\s+(?:(?:also|later|swiftly|widely|strongly)\s+)?by\s+
    (?:the\s+)?(?:[\w-]+\s+){0,3}$""", re.I | re.X)


_MUTUAL = re.compile(r"\b(?:exchang(?:ed|ing|es)|trad(?:ed|ing|es)\s+(?:heavy\s+)?(?:fire|shots|blows)|clash(?:ed|es|ing)?|"
                     r"fought|skirmish(?:ed|es)?)\b", re.I)
_BOTH_SIDES = re.compile(r"\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+(?:troops|forces|soldiers|border\s+guards|armies|militaries|"
                         r"fighters|police)\b|\b(?:troops|forces|soldiers)\s+of\s+(?:the\s+)?(?:two|both)\b")


_UNDER_FIRE = re.compile(r"""\b(?:came|come|comes|coming)\s+under\b|\b(?:was|were|been|being)\s+(?:subjected|shelled|
    attacked|hit|targeted|struck|bombed|fired\s+(?:on|upon|at))\b""", re.I | re.X)


def _hit_side(content: str) -> str | None:
    """The side whose people or positions the sentence's subject names as hit ("Azerbaijani positions
    near Lachin came under fire", "Thai soldiers were shelled"), if the verb says so."""
    m = _UNDER_FIRE.search(content)
    if m is None:
        return None
    before = [side for s, _e, side in _side_mentions(content) if s < m.start()]
    return before[0] if before else None


def _mutual(content: str) -> bool:
    """Whether two sides named together did it to each other ("X and Y troops clashed")."""
    first_event = min((s for s, _e, _k in events.event_spans(content)), default=len(content))
    return bool(_MUTUAL.search(content)) and bool(_BOTH_SIDES.search(content[:first_event]))


# The words between a side's phrase and a passive event verb: "[Thai] soldiers were (reportedly) killed".
_PASSIVE_TO_EVENT = re.compile(r"[^,;:]{0,40}?\b(?:was|were|been|being|are|is)\s+(?:\w+ly\s+)?$", re.I)


# "X has taken responsibility", "X, or the Y, claimed responsibility": the words of a claim of responsibility.
_CLAIMS_RESPONSIBILITY = re.compile(r"""\s+(?:(?:has|have|had)\s+)?(?:quickly\s+|later\s+|since\s+|also\s+)?
    (?:claimed|taken|took|accepted|admitted)\s+(?:full\s+)?responsibility\b""", re.X)


def _group_responsible(content: str, state: AttributionState) -> Claimant | None:
    """The armed group a source says has claimed responsibility (for a claim of the group's own): the first
    group the clause before the words names, by the registry or by an acronym the story defined."""
    m = _CLAIMS_RESPONSIBILITY.search(content)
    if m is None:
        return None
    clause = re.split(r"[;:]|\bwhile\b|\bbut\b", content[:m.start()])[-1]
    if groups := named_actors(clause, "armed_group"):
        return groups[0]
    for word in re.findall(r"\b[A-Z]{2,8}\b", clause):
        if (c := state.aliases.get(word.lower())) is not None and c.type == "armed_group":
            return Claimant(word, c.canonical, c.side, c.type)
    return None


def _accused_and_target(content: str, claimant: Claimant, opponent: str | None) -> tuple[str | None, str | None]:
    """Which side the sentence says acted, and which was hit (by word order and prepositions)."""
    agent = target = None
    first_event = min((s for s, _e, _k in events.event_spans(content)), default=len(content))
    for s, e, side in _side_mentions(content):
        before = content[max(0, s - 30):s].lower()
        member = _MEMBERS_OF.search(before)     # "members of the Taliban": the group, whoever they are
        if not member and (_WHERE_NOT_WHO_BEFORE.search(before) or _WHERE_NOT_WHO_AFTER.match(content, e)
                           or _CONTAINER_OF_PLACE.search(content, max(0, s - 40), s)):
            continue        # "in Uganda", "the capital of Uganda", "the French city of Nice": where, not who
        if _JUDGED_BY.search(content[max(0, s - 50):s]) and not _ASCRIBED_TO.search(before):
            continue        # "the attack was condemned by the Red Cross": who judged it, not who did it
        if _SUFFERED_AFTER.match(content, e):
            target = target or side   # "the Ugandan troops suffered no casualties": who was hit, if anyone
        elif (_ARMED_NOUN_AFTER.match(content, e) or _ASCRIBED_TO.search(before)) and not _TARGET_BEFORE.search(before):
            agent = agent or side     # "a Taliban attack", "Israeli airstrikes", "an attack ascribed to ETA"
        elif re.search(r"\b(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", before) and agent is None:
            agent = side
        elif member and s < first_event and agent is None:
            agent = side
        elif re.search(r"\b(?:on|against|at|targeting|toward|towards|of)\s+(?:the\s+)?$", before) \
                or (s > first_event and re.search(r"^\s*(?:army\s+|military\s+)?(?:positions|territory|units|servicem|"
                                                   r"villages|soldiers?|troops?|border|civilians)", content[e:e + 30], re.I)):
            target = target or side
        elif s < first_event and _PASSIVE_TO_EVENT.match(content, e, first_event):
            target = target or side     # "Three Palestinian youths were killed by Israeli forces": who was hit
        elif s < first_event and agent is None and side not in actors.registry().international:
            agent = side        # (the UN, the EU "meet to discuss the shelling": bodies that do not fight)
    if re.search(r"\b(?:the )?enemy\b", content, re.I) and agent is None and opponent:
        agent = opponent
    if agent is not None and agent == claimant.side and target is None and opponent:
        target = opponent if agent != opponent else None
    return agent, target


# "in retaliation of Armenia's attack on Kalbajar": the event an attack answers.
_ANSWERED = re.compile(r",?\s+in\s+(?:response|retaliation|reply|revenge)\s+(?:to|for|of)\s+")
# A clause of another event joined to the sentence's: "..., the ministry said, as Hezbollah fired rockets at
# northern Israel". Who acted there, and who was hit, are not the sentence's own event's.
_OTHER_EVENT_CLAUSE = re.compile(r""",\s+(?:as|while|even\s+as|whereas)\s+(?:the\s+|its\s+|their\s+)?(?=[A-Z]|[a-z]+\s+(?:forces|troops|fighters|militants|rebels)\b)
    # "fired rockets at a base in Kiryat Shmona in response to Israeli strikes on southern villages"
    |""" + _ANSWERED.pattern, re.X)


def _other_event_clause(sentence: str) -> int:
    """Where a clause of another event begins after the sentence's first event word, or the sentence's end."""
    first = min((s for s, _e, _k in events.event_spans(sentence)), default=len(sentence))
    m = _OTHER_EVENT_CLAUSE.search(sentence, first)
    return m.start() if m and any(s >= m.end() for s, _e, _k in events.event_spans(sentence)) else len(sentence)


def _roles_by_parse(sentence: str, parsed, attr: Attribution | None) -> tuple[str | None, str | None]:
    """The side named in the agent of an event verb, and the side named in its patient, by the parse
    (None, None without one): the speaker's own phrase is neither, nor is a clause of another event."""
    if parsed is None or not (getattr(parsed, "agents", ()) or getattr(parsed, "patients", ())):
        return None, None
    own = attr.span if attr else (0, 0)
    agent = target = None
    limit = _other_event_clause(sentence)
    for s, e, side in _side_mentions(sentence[:limit]):
        if own[0] <= s < own[1] or _WHERE_NOT_WHO_BEFORE.search(sentence[max(0, s - 30):s].lower()) \
                or _WHERE_NOT_WHO_AFTER.match(sentence, e) or _CONTAINER_OF_PLACE.search(sentence, max(0, s - 40), s):
            continue
        if agent is None and any(a <= s < b for a, b in parsed.agents):
            agent = side
        elif target is None and any(a <= s < b for a, b in parsed.patients):
            target = side
    return agent, target


_INSTITUTION_TYPES = frozenset({"army", "ministry", "government", "spokesperson"})
# Words a side uses of the other's acts, never of its own.
_AGGRESSION = re.compile(r"\b(?:violat\w*|aggression|aggressor|provocations?|provocative|incursions?|invad\w*|"
                         r"invasion|occupiers?|sovereign\w*)\b", re.I)


def _side_from_context(c: Claimant) -> bool:
    """A state claimant whose own words name no side ("the army", "ministry spokeswoman X"): the
    document, not the phrase, gave it its side."""
    base = actors.normalize_claimant(c.surface)
    return len(c.side) == 2 and base.side == "UNKNOWN" and base.type in _INSTITUTION_TYPES \
        and actors.side_of(c.surface) is None


def _with_side(c: Claimant, side: str) -> Claimant:
    """``c`` speaking for ``side``: its canonical name relabelled with that side's name."""
    labels = actors.registry().side_label
    old, new = labels.get(c.side, c.side), labels.get(side, side)
    canonical = new + c.canonical[len(old):] if c.canonical.startswith(old) else c.canonical
    return dataclasses.replace(c, side=side, canonical=canonical)


def _opponent(claimant_side: str, doc_sides: Counter[str]) -> str | None:
    """The other main party of the document (for "the enemy"): international bodies mediate."""
    mediators = actors.registry().international
    for side, _n in doc_sides.most_common():
        if side != claimant_side and side not in mediators and side not in NON_PARTIES:
            return side
    return None


# "in this southern border province", "in this northwestern city": the dateline's place, in wire style.
_THIS_PLACE = re.compile(r"\b(?:in|at|near|outside|on)\s+this\s+(?:[\w-]+\s+){0,3}?(?:city|town|province|capital|"
                         r"district|region|state|village|port|county)\b", re.I)
# "the Kurdish region, of which Erbil is the capital": geography, not where it happened.
_IS_CAPITAL_AFTER = re.compile(r"\s+(?:is|was|serves\s+as|remains)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?capital\b", re.I)
# "the New York-based group", "a Delhi-bound train", "a Saudi-led coalition": the place qualifies a thing.
_COMPOUND_AFTER = re.compile(r"-(?:based|bound|born|led|backed|made|registered|flagged|headquartered|funded|owned)\b", re.I)

_COUNTRIES_AFTER = re.compile(r"\s+(?:countries|states|nations|monarchies|emirates|republics|neighbou?rs|rivals|allies)\b")
# "clashes between Libya Dawn and Zintan forces", "an attack by Misrata brigades": a town naming a force.
_FORCES_AFTER = re.compile(r"\s+(?:forces|militias?|militiamen|brigades?|battalions?|fighters|tribesmen|factions?)\b")
# Where a speaker was, in an aside between the name and the verb: "Prime Minister X, in New Delhi, wrote on Twitter".
_ASIDE_IN_BEFORE = re.compile(r"[A-Z][\w'’.-]+\s*,\s+(?:speaking\s+)?in\s+(?:the\s+)?$")
_SPOKE_AFTER_ASIDE = re.compile(r"\s*,\s+(?:[a-z]+ly\s+)?(?:said|says|wrote|writes|told|tells|added|tweeted|posted|stated|declared|"
                                r"announced|insisted|warned|claimed|denied|accused|blamed|condemned|called|described|branded)\b")
_VESSEL_BEFORE = re.compile(r"\b(?:warship|ship|vessel|frigate|corvette|destroyer|cruiser|tanker|submarine|carrier|"
                            r"ferry|freighter|trawler|gunboat|patrol\s+boat)\s+(?:the\s+)?$", re.I)
# "read on Medellín radio stations", "the Goma daily": a town naming its outlets.
_MEDIA_AFTER = re.compile(r"\s+(?:radio|television|TV|newspapers?|dailies|daily|weekly|press|media)\b(?!\s+(?:station|tower)\s+(?:in|at)\b)")
# "the Casa de Nariño", "the Palacio de Miraflores": a building named after a place, in Spanish, Portuguese or French.
_BUILDING_BEFORE = re.compile(r"\b(?-i:Casa|Palacio|Pal[aá]cio|Palais|Quinta|Hotel|H[oô]tel|Estadio|Est[aá]dio|Plaza|Pra[cç]a|"
                              r"Universidad|Universidade|Colegio|Iglesia|Catedral|Cath[eé]drale)\s+(?:d[eo]s?|du|da|del|de\s+la|"
                              r"de\s+los|de\s+las)?\s*$")
_LOCATIVE_JUST_BEFORE = re.compile(r"\b(?:in|at|near|around|outside|inside|into|across)\s+$", re.I)

def _country_after(text: str, end: int) -> int:
    """The length of ", France" after a name ("a Paris, France police station"), else 0."""
    m = re.match(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?", text[end:end + 40])
    return m.end() if m else 0


# "an Athens Citibank office", "a Kabul hotel": the capital names where a site is.
_SITE_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w'’&-]*|police|army|military|city|central|main|luxury|tourist|train|bus|"
                         r"metro|subway|railway)\s+){0,2}(?:office|offices|branch|hotel|market|bazaar|mosque|church|"
                         r"cathedral|temple|school|university|hospital|station|embassy|bank|restaurant|cafe|café|club|"
                         r"mall|shopping\s+cent(?:re|er)|airport|base|headquarters|building|compound|checkpoint|"
                         r"neighbou?rhood|suburb|district|street|square|park)\b")
# "the prime minister condemned the attack in Bangkok": the capital where it was condemned.
_CONDEMNED_IN = re.compile(r"""\b(?:condemned|condemning|condemns|denounced|denouncing|denounces|deplored|deplores|
    mourned|decried|decries)\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+
    (?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|killings?|shootings?|violence|blasts?|strikes?|massacre|assault|raid)\s+
    (?:in|from)\s+$""", re.I | re.X)
# "Vienna police", "Kabul's police chief", "Baghdad hospital officials": services of the city itself.
_CITY_SERVICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:city\s+)?(?:police|mayor|governor|fire\s+(?:service|department)|"
                                 r"ambulance|hospitals?|morgue|city\s+council|municipality)\b"
                                 r"(?!\s+(?:station|post|headquarters|academy|building|compound))", re.I)
# "a Kabul car bombing", "the Beirut blast": a capital naming its event is where it happened.
_EVENT_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:car|suicide|truck|bus|roadside|market|hotel|mosque|church|school)\s+)?"
                               r"(?:bomb(?:ing|ings|s)?|blasts?|attacks?|explosions?|shootings?|massacres?|sieges?|raids?)\b",
                               re.I)


# "The attack comes as Iraqi forces fight Islamic State in Mosul", "... came weeks after a raid on X": what
# follows is the setting of the news, not the event reported.
_BACKDROP = re.compile(r"""\b(?:comes?|came|coming|occurs?|occurred|happens?|happened)\s+(?:as|amid|while|at\s+a\s+time\s+when|
    (?:just\s+|only\s+)?(?:weeks|months|several\s+days)\s+after)\b""", re.I | re.X)
# A campaign that has run for months, named beside the event: "the LNA's 3-month-old offensive on Tripoli".
_LONG_CAMPAIGN_ON = re.compile(r"""\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)-(?:week|month|year)-(?:old|long)\s+
    (?:[\w-]+\s+){0,2}?(?:offensive|campaign|siege|war|push|assault|insurgency|blockade)\s+(?:on|against|to\s+(?:take|capture|seize))\s+
    (?:the\s+)?$""", re.I | re.X)
# Who took part in the story's event, or the event itself, as its sources name them.
_PARTICIPANT = gated(r"""(?<!\bafter\s)(?<!\bsince\s)(?<!\bbefore\s)(?<!\bfollowing\s)   # (not "after the incident")
    \b(?:the|an?|this|that)\s+(?:alleged\s+|suspected\s+|lone\s+)?
    (?:assailants?|attackers?|gunm[ae]n|shooters?|bombers?|perpetrators?|hostage-takers?|kidnappers?|victims?|
    (?:terrorist\s+|terror\s+)?incident)\b""", re.I | re.X)
# "... laid the blame on Armenia's leaders", "held Kyiv responsible": a party blaming the other for the story's event.
_BLAME = gated(r"""\b(?:(?:laid|lays|lay|put|puts|placed|places|pinned|pins)\s+(?:the\s+)?(?:blame|responsibility)\s+
    (?:for\s+[^,.;]{1,40}?\s+)?(?:on|upon)|h[eo]lds?\s+(?:[\w'’-]+\s+){1,4}?responsible|blam(?:ed|es|ing)\s+(?:it\s+)?on)\b""",
                    re.I | re.X)
# The one blamed, before the words: "Washington bore responsibility", "the occupation bears full responsibility".
_BEARS_BLAME = gated(r"""(?P<who>\b[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(?:bore|bears|bear|carries|carried|carry)\s+
    (?:the\s+)?(?:full|direct|sole|entire|all)?\s*responsibility\b""", re.I | re.X)
_BLAMED_FOR = gated(r"""(?P<who>\b[\w'’.()-]+(?:\s+[\w'’.()-]+){0,7}?)\s+(?:was|were|has\s+been|have\s+been|is|are)\s+
    (?:widely\s+)?(?:blamed|held\s+responsible)\s+(?:by\s+[^,.;]{2,60}?\s+)?for\b""", re.I | re.X)
# A relative clause opening right before a description of the place: ", which straddles", ", a town that lies".
# A site the text calls only by what it is, just before a clause saying where it lies: "at the campus, which".
_UNNAMED_SITE_BEFORE = re.compile(r"\b(?:at|on|in|into|near|struck|hit|targeted)\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}"
                                  r"[a-z][\w-]*$")
_RELATIVE_BEFORE = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3})?(?:which|that|where)\s+(?:also\s+)?$"
                              # (with its own subject: "..., where the junta's regional headquarters is located")
                              r"|,\s+where\s+[^,;]{1,80}?\s+$")
# A relative clause still open where a description of a place begins: "... region where Barire is located".
_WHERE_CLAUSE = re.compile(r"\b(?:where|which|that)\b[^,;]*$")
# A sentence that describes a place or a campaign's history rather than telling of an event.
_SETTING = AnyOf([
    r"\b(?:is|are|was|lies|sits)\s+(?:located|situated)\b",
    r"\b(?:lies|sits)\s+(?:about\s+|some\s+)?\d",
    r"(?<!\bto\s)\b(?:lies|lie|sits)\s+(?:in|on|near|along|at|between)\s(?!(?:the\s+)?(?:floor|ground)\b)",
    r"\bsince\s+(?:19|20)\d\d\b(?!\s*,)",
    # the story's event framed: "The killing is the latest in a series of attacks by the militia in the region."
    r"""^\W*(?:The|This|That|It)\s+(?:[\w-]+\s+){0,2}(?:is|was|marks|marked)\s+the\s+latest\s+in\s+(?:a|an)\s+(?:[\w-]+\s+)?
     (?:series|string|spate|wave|surge|chain|litany)\s+of\b""",
    # geography: "the forest that stretches across three states"
    r"\b(?:stretch(?:es|ed|ing)?|extend(?:s|ing)?)\s+(?:across|along|over|into)\b",
    r"\bstraddl(?:es|ing)\b",
    # a war's outbreak and a campaign's whole toll: "The war erupted after ...", "the campaign has killed 39,000"
    r"\b(?:war|conflict|insurgency|uprising|crisis)\b[^.;]{0,40}\b(?:erupted|began|started|broke\s+out)\s+(?:after|when|in|on|with)\b",
    r"\b(?:war|campaign|invasion|conflict|insurgency)\s+(?:has|have)\s+(?:so\s+far\s+|since\s+)?(?:killed|left)\b",
    # ("a three-decade conflict in which some 40,000 people have been killed", "an insurgency that has claimed")
    r"\b(?:war|campaign|conflict|insurgency|uprising|rebellion)\s+(?:in\s+which|that\s+(?:has|have|had)\s+(?:killed|claimed|left))\b",
    # a conflict's whole toll and course: "More than 40,000 people have died in the conflict", "Since the
    # Ukrainian crisis escalated, Belgorod has been hit ..."
    r"""\b(?:have|has|had|to\s+have)\s+(?:died|been\s+killed|lost\s+their\s+lives)\s+(?:in|during|since)\s+the\s+
     (?:[\w-]+\s+){0,3}(?:conflict|war|insurgency)\b""",
    # (but "he said police had been killed in the fighting": the story's fighting, told after a verb of saying)
    r"""\b(?:have|has|to\s+have)\s+(?:died|been\s+killed|lost\s+their\s+lives)\s+(?:in|during|since)\s+the\s+
     (?:[\w-]+\s+){0,3}(?:violence|fighting)\b""",
    r"^\s*Since\s+then\b",
    r"""^\s*Since\s+the\s+(?:[\w'’-]+\s+){0,6}?(?:war|crisis|conflict|invasion|insurgency|uprising|offensive|aggression|
     escalation|hostilities)\b""",
    # a war's whole toll, tens of thousands and more: "It has killed some 130,000 people, including fighters"
    r"""\b(?:killed|left|claimed(?:\s+the\s+lives\s+of)?)\s+(?:(?:some|about|around|more\s+than|over|nearly|almost|
     at\s+least|an\s+estimated|roughly|close\s+to)\s+)?(?:\d{2,3},\d{3}|\d+(?:\.\d+)?\s+million|
     tens\s+of\s+thousands|hundreds\s+of\s+thousands)\b""",
    # and told from the dead: "Thousands of people have been killed and about two million forced from their homes"
    r"""\b(?:thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands|millions)\s+(?:of\s+(?:people|civilians)\s+)?
     (?:have|has)\s+(?:been\s+killed|died|lost\s+their\s+lives)\b""",
    # what the news of an event set off elsewhere: "News of the killings set off street protests in Chiang Rai"
    r"""\b(?:news|word|reports?)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:killings?|attacks?|bombings?|massacres?|deaths?|
     shootings?|ambush|raid)\s+(?:set\s+off|sparked|triggered|prompted|led\s+to|spread|drew|brought)\b""",
    # what a word means: 'The term "neutralized" is used by Turkey to signify adversaries captured or killed'
    r"\b(?:is|are)\s+(?:commonly\s+|often\s+)?used\s+(?:by\s+[^,.;]{1,40}?\s+)?to\s+(?:signify|mean|describe|denote|refer\s+to)\b",
    # what a group does as a rule: "the group, which wants to topple the government, carries out frequent attacks"
    r"\b(?:carries|carry)\s+out\s+(?:frequent|regular|repeated|routine|periodic)\s+(?:[\w-]+\s+)?(?:attacks|raids|bombings|strikes)\b",
    # a toll kept since a conflict began: "800 people have been killed since the vote"
    r"""\b(?:killed|died|dead|lives)\b[^.;]{0,30}\bsince\s+the\s+(?:start\s+of\s+the\s+|beginning\s+of\s+the\s+)?
    (?:vote|elections?|war|conflict|uprising|invasion|coup|revolution|insurgency|crisis|unrest|offensive|campaign)\b""",
], re.I | re.X)     # (each branch behind its own words: one alternation of them all cost 3% of extraction)
_HOME_OF = re.compile(r"""\b(?:residents?|natives?|inhabitants?|citizens?)\s+of\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$
    # where a source works: "a government prosecutor based in the nearby coastal town of Saint-Marc",
    |\b(?:prosecutors?|officials?|spokes(?:man|woman|person)|governors?|mayors?|officers?|journalists?|correspondents?|
     analysts?|activists?|doctors?|sources?|lawyers?|researchers?|
     # and where a group has its base: "JNIM, an al-Qaeda affiliate based in Mali"
     groups?|affiliates?|organi[sz]ations?|militias?|factions?|branch|movement|network|outfit|alliance|coalition)
    \s+(?:who\s+(?:is|are)\s+|which\s+(?:is|are)\s+)?based\s+in\s+(?:the\s+)?
     (?:[\w-]+\s+){0,3}?(?:(?:town|city|village|capital)\s+of\s+)?$
    # where a unit is from: "members of a special police unit from nearby Vinkovci"
    |\b(?:units?|battalions?|brigades?|regiments?|detachments?|contingents?|squads?|reinforcements)\s+(?:based\s+)?from\s+
     (?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?(?:(?:town|city|village)\s+of\s+)?$
    # and where they were sent from: "a search and rescue team sent from the state command headquarters in Jos"
    |\b(?:teams?|units?|troops|soldiers|police(?:men)?|officers|reinforcements|rescuers|convoys?)\s+
     (?:sent|dispatched|deployed|flown|rushed|drafted)\s+(?:in\s+)?from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:in\s+|at\s+)?$
    # A person with an age, as news names them: "40-year-old Vince Li of Edmonton", "John Smith, 45, from Leeds".
    |(?:\b\d{1,3}-year-old\s+(?:[A-Z][\w'’.-]*\s+){1,4}|,\s*\d{1,3},\s+)(?:of|from)\s+(?:the\s+)?
    (?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?$      # (and the area after it: "of Edmonton, Alberta")""", re.I | re.X)
# "a 25-year-old Laval man": a person named by the place they come from.
# A source confirming or describing what was told before ("The Israeli military confirmed this, saying ...",
# "Hezbollah described the operation as a 'direct hit'"): it speaks of the story's event.
_CONFIRMS_TOLD = re.compile(r"""\b(?:confirm(?:ed|s|ing)?|acknowledg(?:ed|es|ing)|describ(?:ed|es|ing)|verif(?:ied|ies|ying))\s+
    (?:this|it|the\s+(?:operation|incident|report|reports|claim|claims|account|toll|deaths?|casualties|losses))\b
    # ("This was confirmed by First Lt. Grace Remonde, ...": the same, in the passive)
    |^\W*(?:This|It|That|The\s+(?:incident|clash|attack|report|toll))\s+(?:was|has\s+been|had\s+been)\s+
     (?:confirmed|acknowledged|verified)\s+by\b""",
                            re.I | re.X)
# "Two residents of the village of Glushkovo were wounded": people counted as a toll, where they live.
_COUNTED_RESIDENTS = re.compile(r"""\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\s+
    (?:local\s+)?(?:residents|inhabitants)\s+of\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$""", re.I | re.X)
_PERSON_AFTER = re.compile(r"\s+(?:man|woman|resident|native|teenager|youth|boy|girl)\b")
_ONE_PERSON_BEFORE = re.compile(r"\b(?:an?|the|year[\s-]old)\s+$", re.I)
# "the deadliest since an assault in X": the yardstick is an earlier event.
_SINCE = re.compile(r"\bsince\s+(?:the|an?)\s+(?:(?:19|20)\d\d\s+)?[^,.;:\d]{0,40}$", re.I)
# "the 2001 Osaka school massacre", "the 2008 Mumbai attacks": a year before the name, an event after it.
_YEAR_NAMED_EVENT = re.compile(r"\bthe\s+(?:19|20)\d\d\s+$", re.I)
# "It was the second major attack against police this month, after 16 people were killed in a blast in Hilla": the
# one before, which the story counts its own from.
_NTH_AFTER = re.compile(r"\W*(?:It|This|That|The\s+[\w-]+)\s+(?:was|is|marks|marked)\s+the\s+(?:second|third|fourth|fifth|"
                        r"latest|[\w-]+est)\b[^.;]*\b(?:after|since|following)\b[^.;,]*$")

# "the war over X", "tensions over X", "hostilities linked to X": what is fought over, not where.
# ("took over X" is a capture, not a dispute.)
_DISPUTED_OBJECT = re.compile(r"\b(?:(?<!took\s)(?<!taken\s)(?<!taking\s)(?<!take\s)(?<!takes\s)over|linked to|related to|"
                              r"claim to|claims to)\s+(?!\d)(?:the\s+)?"
                              r"(?:(?!(?:in|at|near|on)\b)[\w-]+\s+){0,4}$", re.I)


# Another event the story's is linked to: "is being linked to the earlier attempted car bombings in London".
_LINKED_EVENT_IN = re.compile(r"""\b(?:linked|connected|tied|related)\s+to\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?
    (?:attacks?|bombings?|blasts?|explosions?|shootings?|plots?|killings?|incidents?|attempts?|raids?)\s+
    (?:in|at|on|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$""", re.I | re.X)


# That nobody has spoken: "are yet to make any statement", "could not be reached", "no comment from".
_NO_STATEMENT = gated(r"""\b(?:(?:is|are|was|were|has|have|had)\s+yet\s+to\s+(?:make|issue|give|comment|confirm|respond)
    |could\s+not\s+be\s+reached|declined\s+to\s+comment|(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond|comment|confirm|answer)
    |(?:was|were)\s+not\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment
    |no\s+(?:immediate\s+)?(?:official\s+)?(?:comment|statement|confirmation|word|response)\s+(?:from|by|on|about)
    |(?:has|have|had)\s+not\s+(?:yet\s+)?(?:issued|made|released|given)\s+(?:an?\s+|any\s+)?(?:official\s+)?
     (?:statement|comment|confirmation)
    |(?:has|have|had)\s+not\s+(?:yet\s+)?(?:claimed|commented|responded|confirmed)
    |neither\s+(?:confirm|den)\w*\s+nor\s+(?:confirm|den)\w*)""",
                           re.I | re.X)


# "the Red Sea port city of Hodeidah", "the Black Sea resort town of": a sea or area that says what a town is.
_DESCRIBES_TOWN_AFTER = re.compile(r"\s+(?:port|coastal|resort|border|garrison|oil|holy|market)\s+(?:city|town|village)\b",
                                   re.I)
# A sea or region that only says where a town lies: "the Red Sea city's fish market", "the Black Sea port".
_WATERS_AND_REGIONS = frozenset({"sea", "lake", "gulf", "bay", "river", "region"})
_SEASIDE_TOWN_AFTER = re.compile(r"\s+(?:city|town|port|coast|resort|island)(?:['’]s)?\b", re.I)
# A name that is the subject of a reporting verb speaks; it is not where anything happened.
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|reported|reports|maintained|maintains|added|adds|claimed|claims|stated|"
                           r"announced|wrote|quoted)\b")
# "a Moscow-brokered ceasefire", "Tehran-backed militias", "a London-based monitor": who stands behind something.
_BY_WHOM_AFTER = re.compile(r"-(?:brokered|backed|led|based|sponsored|funded|supported|aligned|allied|affiliated|"
                            r"trained|armed|supplied|installed|appointed|born|made)\b", re.I)


# "retaliation amid the ongoing Israel-Hamas conflict in the Gaza Strip": the war the event is set in, not its place.
_AMID_CONFLICT = re.compile(r"\b(?:(?:amid|amidst|during)\s+|(?:end|stop|halt|cease|over)\s+(?:its|their|his|the)\s+)"
                           r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:war|conflict|fighting|"
                           r"crisis|tensions?|hostilities|insurgency|offensive|campaign|aggression|siege|blockade)\s+"
                           r"(?:in|on|over|across|against)\s+(?:the\s+)?$", re.I)   # (and "to end its offensive in X")


# "The bombings along with recent jail break attempts in Basra and Baghdad have put ...": the places of what is
# named beside the subject, not of the subject.
# (not people killed with others, "killed along with 40 other militants four days ago in the Adrar des Ifoghas")
_ALONG_WITH = re.compile(r"\b(?:along|together)\s+with\s+(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|"
                         r"hundreds|several|his|her|their|other)\b)[^.;,:]{0,60}\b(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# "drones shot down over Belgorod": over a place, in its sky, is where it happened.
_IN_THE_AIR_OVER = re.compile(r"\b(?:drones?|UAVs?|jets?|planes?|aircraft|airliners?|helicopters?|missiles?|rockets?|"
                              r"shot\s+down|downed|intercepted|destroyed|flew|flying)\b[^.;]{0,50}\bover\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+){0,3}$", re.I)


_GLOSS_OPENS = re.compile(r"\w\s*\((?:(?:north|south|east|west|central)(?:[\s-]?(?:east|west))?(?:ern)?\s+(?:of\s+)?(?:the\s+)?"
                          r"|(?:the\s+)?(?:capital|seat|centre|center)\s+of\s+(?:the\s+)?)?$", re.I)


def _actor_spans(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of named actors and side names in a sentence ("the Karabakh army"), in document offsets."""
    return [(sentence.start + s, sentence.start + e) for s, e, _m, _k in actors.registry().find(sentence.text)]


def _role(text: str, m: PlaceMention, sentence: Sentence, attribution: Attribution | None,
          datelines: list[tuple[int, int]]) -> tuple[str, str, float, str]:
    """(role, precision, uncertainty_km, cue) of a place mention in an event sentence."""
    p = m.place
    if p is None:
        return "mentioned", "unknown", 0.0, "unresolved"
    if any(s <= m.start < e for s, e in datelines):
        return "mentioned", "exact", 0.0, "dateline"
    if _BYLINE.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start):
        return "mentioned", "exact", 0.0, "byline"       # "By Aminu Abubakar with Laurie Churchman in Abuja"
    before = text[max(sentence.start, m.start - 80):m.start]
    if p.kind in ("country", "continent"):
        return "mentioned", "country", 0.0, "country"
    if p.kind == "line":
        return "mentioned", "region", 0.0, "a line has no single point"
    if text[m.end:m.end + 1] == ")" and _GLOSS_OPENS.search(before):
        # "came from the Greater Pibor Administrative Area (GPAA)": the name before says it, in its own role; so
        # does a gloss of where it lies, "transferred to Ismailia Governorate (east Cairo)"
        return "mentioned", "exact", 0.0, "a bracketed alias"
    if p.kind == "region" and p.country == NO_COUNTRY:
        return "mentioned", "region", 0.0, "a region of several countries"   # "the Middle East", "the Sahel"
    if (venue := _VENUE.search(before)) and not (venue.group().lower().startswith("arriv")
                                                 and _ATTACKERS.search(text, sentence.start, m.start - len(before) + venue.start())) \
            and not _BY_THE_CROWD.search(before) \
            and not (venue.group().lower().startswith("embass") and events.event_spans(before[:venue.start()])
                     and not re.search(r"\bsince\b", before, re.I)
                     and not re.match(r"[^.;,]{0,20}\b(?:19|20)\d\d\b", text[m.end:sentence.end])):
        # (but an embassy attacked is where it was attacked: "fire tore through the Spanish Embassy in Guatemala City")
        # (where gunmen arrived is where they struck: "Fighters arrived at the camp in Djugu and killed dozens")
        return "mentioned", "exact", 0.0, _VENUE_CUE
    if _FACILITY_APPOSITIVE.match(text, m.end):
        return "mentioned", "exact", 0.0, "a building's name"     # "al-Thawra, the largest hospital in the city"
    if p.kind not in SETTLEMENT_KINDS and _DESCRIBES_TOWN_AFTER.match(text, m.end) \
            or p.kind in _WATERS_AND_REGIONS and _SEASIDE_TOWN_AFTER.match(text, m.end):
        # "the Red Sea port city of Hodeidah"; "the Red Sea city's fish market", "Yemen's main Red Sea port"
        return "mentioned", "region", 0.0, "what the town is"
    if _IS_CAPITAL_AFTER.match(text, m.end):
        return "mentioned", "exact", 0.0, "what the area's capital is"   # "the Kurdish region, of which Erbil is the capital"
    if _BY_WHOM_AFTER.match(text, m.end):
        return "mentioned", "exact", 0.0, "who stands behind"     # "a Moscow-brokered ceasefire", "Tehran-backed"
    if _SPEAKS_AFTER.match(text, m.end) and re.search(r"[,;:]\s*$", before) and not m.surface.isupper():
        return "mentioned", "exact", 0.0, "speaker"    # "..., Mizan maintained": a website named like a town speaks
    if p.kind in AREA_KINDS and _BODY_OWNED_AFTER.match(text, m.end):
        return "mentioned", "region", 0.0, "a body's owner"   # "identified by the Iraqi Kurdistan's counter-terrorism service"
    if _OFFICIAL_AFTER.match(text, m.end) and not (
            attribution is not None and attribution.span[0] <= m.start - sentence.start < attribution.span[1]):
        # (the speaker's own area is the claimant's seat: "Shabwah Governor Ali al-Ahmadi told journalists")
        return "mentioned", "region", 0.0, "an official's area"
    if p.kind in AREA_KINDS and _FORCE_OF.search(before):
        return "mentioned", "region", 0.0, "a force's home"      # "militia of the Amhara region took Humera"
    if _ATTACKERS_FROM.search(before):
        return "mentioned", "exact", 0.0, "where the attackers came from"   # "Those criminals from GPAA attacked"
    if _COUNTERPART_AFTER.match(text, m.end):
        return "mentioned", "exact", 0.0, "an office holder's area"   # "with his Edo and Imo counterparts"
    if _TOLD_THERE_AFTER.match(text, m.end):
        return "mentioned", "exact", 0.0, "where a source was told"   # "the headquarters in Asaba had been told"
    if p.kind in AREA_KINDS and _AUTHORITIES_AFTER.match(text, m.end):
        return "mentioned", "region", 0.0, "an authority's area"     # "He appealed to the GPAA authorities"
    if _TREATED_IN.search(before) or _TAKEN_TO.search(before) \
            or (_TAKEN_TOWARDS.search(before) and _NAMED_HOSPITAL_AFTER.match(text, m.end)) \
            or _TAKEN_THERE_AFTER.match(text, m.end) \
            or (_SENT_TO.search(before) and _FOR_TREATMENT_AFTER.match(text, m.end)) or _MOVING_WOUNDED_TO.search(before) \
            or (_HOSPITAL_IN.search(before) and _WHERE_TAKEN.match(text, m.end)) \
            or (_CARERS_IN.search(before) and _TREATED_AFTER.match(text, m.end)):
        return "mentioned", "exact", 0.0, _TAKEN_FOR_CARE   # "evacuated to a hospital in Timika"
    if _FLED_TO.search(before):
        return "mentioned", "exact", 0.0, _FLED
    if _CROSSED.search(before) and _TO_STRIKE_AFTER.match(text, m.end, sentence.end):
        return "mentioned", "exact", 0.0, "the way the attackers came"
    if _SINCE.search(before) or (_YEAR_NAMED_EVENT.search(before) and _EVENT_NOUN_AFTER.match(text, m.end)) \
            or _NTH_AFTER.fullmatch(text, sentence.start, m.start):
        return "mentioned", "exact", 0.0, "an earlier event"
    if _HEARD_AFAR.search(before):
        return "mentioned", "exact", 0.0, "where it was heard"
    if (ahead := _OCCASION_AHEAD.search(before)) and not re.search(_EVENT_NOUN, ahead.group(), re.I):
        return "mentioned", "exact", 0.0, "an occasion it came before"
    if _BACKDROP.search(text, sentence.start, m.start) or _LONG_CAMPAIGN_ON.search(before):
        return "mentioned", "exact", 0.0, "backdrop"    # ("casting doubt on the LNA's 3-month-old offensive on Tripoli")
    if _COMPOUND_AFTER.match(text, m.end):
        return "mentioned", "exact", 0.0, "a seat, origin or destination"
    if p.kind in SETTLEMENT_KINDS and _FORCES_AFTER.match(text, m.end) and not _LOCATIVE_JUST_BEFORE.search(before):
        return "mentioned", "exact", 0.0, "a force's home"       # (not "in Bakhmut troops were ...")
    if _COUNTRIES_AFTER.match(text, m.end):
        return "mentioned", "region", 0.0, "a group of countries"     # "tourists from Gulf countries"
    if _MEDIA_AFTER.match(text, m.end) and not _LOCATIVE_JUST_BEFORE.search(before):
        return "mentioned", "exact", 0.0, "the media it names"       # "a communique read on Medellín radio stations"
    if _ASIDE_IN_BEFORE.search(before) and _SPOKE_AFTER_ASIDE.match(text, m.end):
        return "claimant_seat", "exact", 0.0, _SPOKE_IN        # "Prime Minister X, in New Delhi, wrote on Twitter"
    if _VESSEL_BEFORE.search(before):
        return "mentioned", "exact", 0.0, "a vessel's name"           # "the sinking of the South Korean warship Cheonan"
    if _BUILDING_BEFORE.search(before):
        return "mentioned", "exact", 0.0, "a building's name"        # "a televised address from the Casa de Nariño"
    if _LINKED_EVENT_IN.search(before):
        return "mentioned", "exact", 0.0, "another event it is linked to"   # "linked to the car bombings in London"
    if _DISPUTED_OBJECT.search(before) and not _IN_THE_AIR_OVER.search(before):
        return "mentioned", "region", 0.0, "object of dispute"
    if _AMID_CONFLICT.search(before):
        return "mentioned", "region", 0.0, "the war around it"     # "amid the ongoing conflict in the Gaza Strip"
    if _ALONG_WITH.search(before):
        return "mentioned", "exact", 0.0, "something named beside"  # "The bombings along with jail breaks in Basra"
    if any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in _actor_spans(text, sentence)):
        return "mentioned", "exact", 0.0, "part of an actor's name"
    if _BORDERING.search(before):
        return "mentioned", "region", 0.0, "a neighbour"         # "the Dikhan district bordering South Waziristan"
    if _ROAD_ENDS.search(before):
        return "mentioned", "exact", 0.0, "an end of a road"      # "near a highway connecting Butembo to Goma"
    if _STRETCH_BETWEEN.search(before):
        return "mentioned", "exact", 0.0, _ROUTE_END   # "on the stretch of river between Timbuktu and Gao"
    if _ROAD_TO.search(before) and not _SITE_HEAD_AFTER.match(text, m.end):
        return "mentioned", "exact", 0.0, _ROUTE_END   # "on the highway to Chilpancingo, gunmen riddled a bus"
    if _WHERE_IT_LIES.search(before) or (_PLACE_IN_THE.search(before) and _SUBSECTOR_AFTER.match(text, m.end)):
        return "mentioned", "region", 0.0, "where the place named lies"   # "Khorog, which lies ... in the Pamir Mountains"
    if _HEADED_FOR.search(before) or _TRAVELLING_BETWEEN.search(before):
        return "mentioned", "exact", 0.0, "where they were headed"  # "trucks headed for the community of San Gregorio"
    if events.last_event_unhappened(text[sentence.start:m.start]) and not _EVENT_NOUN_AFTER.match(text, m.end):
        # (not "warned the rebels might strike ..., and that the Sungai Kolok bombing fitted that warning": its own)
        return "mentioned", "exact", 0.0, "what an event that did not happen was aimed at"
    if _CITED_SOURCE_IN.search(before):
        return "claimant_seat", *_precision(p, m, before), "the cited source's seat"
    # (a capital's name whatever the gazetteer's row for it: "authorities in Bogota")
    capital = p.kind == "capital" or actors.capital_of(m.surface) == p.country
    if capital and _CONDEMNED_IN.search(before):
        # "the prime minister condemned the attack in Bangkok": where it was condemned; the attack the story
        # told keeps its own place
        return "mentioned", "exact", 0.0, "where it was condemned"
    if capital:
        if _CITY_SERVICE_AFTER.match(text, m.end):
            return "claimant_seat", "exact", 2.0, "city service"      # "Vienna police": the city's, not the state's
        if re.search(r"\b(?:a|an|the)\s+$", before) and _SITE_AFTER.match(text, m.end + _country_after(text, m.end)):
            return "event_location", "exact", 2.0, "site in the city"  # "an Athens Citibank office"
        if _STATE_OWNED_AFTER.match(text, m.end) or _GOVERNMENT_IN.search(before) or not (
                _LOCATIVE.search(before) or _SITE_THEN_CITY.search(before) or _EVENT_NOUN_AFTER.match(text, m.end)
                or _COMPASS_BEFORE.search(before) or _near_the_capital(before)):
            return "mentioned", "exact", 0.0, "metonym"
    if attribution and attribution.span[0] <= m.start - sentence.start < attribution.span[1]:
        return "claimant_seat", _precision(p, m, before)[0], _precision(p, m, before)[1], "claimant"
    if attribution and _OPENING_IN.fullmatch(text, sentence.start, m.start) \
            and _COMMA_OR_ASIDE.fullmatch(text, m.end, sentence.start + attribution.span[0]) \
            and attribution.claimant.side != LOCAL:      # ("In Corinto, a baker said ...": a witness is at the scene)
        # "In Manila, an army spokesman said"; "In Pale, the Bosnian Serbs' headquarters, their leader denied"
        return "claimant_seat", *_precision(p, m, before), _SPOKE_IN
    if capital and _OPENING_IN.fullmatch(text, sentence.start, m.start) and _REACTION_AFTER.match(text, m.end):
        # "In Moscow, Patriarch Kirill called the killings a provocation": where the story's event was answered
        return "mentioned", "exact", 0.0, "where it was answered"
    if (_HOME_OF.search(before) and not _COUNTED_RESIDENTS.search(before)) or _OWN_SEAT_IN.search(before) \
            or (_PERSON_AFTER.match(text, m.end) and _ONE_PERSON_BEFORE.search(before)):
        return "mentioned", "exact", 0.0, "someone's home"       # "the bomber, a resident of Qena", "a Laval man"
    precision, radius = _precision(p, m, before)
    if (y := _YARDSTICK.search(before)) is not None:
        if not y.group("bearing") and (_yardstick_km(y) or 0) > FAR_YARDSTICK_KM:
            return "mentioned", "near", 0.0, "too far from where it happened"   # "60 km from Mubi", no bearing
        if _FROM_NAMED.search(before, 0, y.start()):
            return "mentioned", "near", 0.0, "measures where someone came from"
        return "event_location", "near", max(radius, 10.0), "yardstick"
    if _BEARING_OF.search(before):
        return "event_location", "near", max(radius, 25.0), "yardstick"     # "the town of Abu Falah, northeast of Ramallah"
    if _SECTOR_AFTER.match(text, m.end) or _COUNTRYSIDE.search(before) \
            or (_AREA_OF.search(before) and _WHERE_NOT_WHO_AFTER.match(text, m.end)):
        # "In the Kupiansk direction, ... near Synkivka", "Azaz in the countryside of Aleppo": a front
        # sector or a town's hinterland, where it happened only when nothing nearer is named.
        return "event_location", "near", max(radius, 25.0), "yardstick"
    direction, near = _DIRECTION.search(before), _NEAR.search(before)
    if direction and not (near and near.start() > direction.start()):
        return "target", "direction", max(radius, 15.0), "in the direction of"
    if _PROVENANCE.search(before):
        return "mentioned", "exact", 0.0, "where a thing used came from"
    if _SET_OUT_FROM.search(before):
        return "mentioned", "exact", 0.0, "where they set out from"
    if _BASED_IN.search(before) and not _FIRED_BY_IN.search(before) and not _SHOOTERS_IN.search(before):
        return "mentioned", "exact", 0.0, "where a unit is based"
    if _SAID_IN.search(before) and _SAID_THAT_AFTER.match(text, m.end):
        return "claimant_seat", precision, radius, _SPOKE_IN       # "told NAN on Friday in Kafanchan that ..."
    if _SPOKE_FROM.search(before):
        return "claimant_seat", precision, radius, "where the source spoke from"     # "..., an officer said from Kismayo"
    if _ROUTE_NAMED_AFTER.match(text, m.end) or (_ROUTE_NAMED_BEFORE.search(before)
                                                  and _TRAIN_OR_ROAD_AFTER.match(text, m.end)):
        return "mentioned", "exact", 0.0, "a train's or road's end"     # "on the Howrah-Mokama passenger train in Jamui"
    origin = _ORIGIN.search(before)
    route = (origin and _TO_NEXT.match(text, m.end)) or _FROM_TO.search(before)
    if route and _JOURNEY_FROM.search(before):
        return "mentioned", "exact", 0.0, _ROUTE_END
    # (what fire was opened with is read only where a "from" makes it matter: this runs for every mention)
    fired = bool(origin or route) and re.search(r"fire|shell|launch|strike|attack", text[sentence.start:m.start], re.I)
    if route and not fired and not re.search(r"rocket|missile|drone", text[sentence.start:m.start], re.I):
        # "a trailer carrying onions from Kisoro to Mpondwe": a route's ends are not where it happened
        return "mentioned", "exact", 0.0, _ROUTE_END
    if route and fired and _FROM_TO.search(before):
        return "target", precision, radius, "where fire went to"     # "fired rockets from Gaza to Sderot"
    if _FIRED_BY_IN.search(before) or (_SHOOTERS_IN.search(before) and _FIRED_INTO_AFTER.match(text, m.end)):
        return "origin_of_fire", precision, radius, "where those who fired are"
    if origin and _TOOK_OFF_FROM.search(before):
        return "mentioned", "exact", 0.0, "where aircraft flew from"    # "jets, which took off from Aviano air base"
    if origin and _SENT_FROM.search(before):
        return "mentioned", "exact", 0.0, "where forces were sent from"    # "deployed 600 personnel to Nduga from Makassar"
    if origin and not (near and near.start() > origin.start() and not before[:near.start()].rstrip().endswith("from")) \
            and fired:
        # (not "attacked from three sides near Menaka": the nearer word says where)
        return "origin_of_fire", precision, radius, "from"
    if (origin and (_APPOSITIVE_HOME.search(before) or _AGED_FROM.search(before))) or _THE_DEAD_WERE_OF.search(before):
        return "mentioned", "exact", 0.0, "a person's home"     # ("109 of the dead were residents of Fuaa")
    if origin and _PEOPLE_FROM.search(before):
        return "event_location", precision, radius, _HOME      # (where it happened, unless the sentence says)
    if _LIVES_IN.search(before):
        return "event_location", precision, radius, _HOME      # (the same, of one who lives there)
    if _NEAR.search(before):
        return "event_location", "near" if precision == "exact" else precision, max(radius, 10.0), "near"
    if _TARGET.search(before):
        return "target", precision, radius, "on"
    return "event_location", precision, radius, ""


def _precision(p, m: PlaceMention, before: str) -> tuple[str, float]:
    if p.kind in AREA_KINDS or m.cue == "admin" or re.search(r"\b(?:district|region|province)s?\s+of\s+(?:the\s+)?"
                                                          r"(?:[\w-]+,\s+(?:and\s+)?)*$", before, re.I):
        if p.bbox:
            w, s, e, n = p.bbox
            radius = distance_km(s, w, n, e) / 2
        else:
            radius = 30.0 if p.kind in ("admin1", "admin2", "admin3") else 70.0
        level = "region" if p.kind in ("region", "disputed_territory", "mountain_range", "sea", "corridor") \
            or radius > 120 else "district"
        return level, round(min(radius, 500.0), 1)
    if p.kind in FEATURE_KINDS:
        return "exact", 5.0
    return "exact", 2.0


# Between a place and the area named as holding it: "X, Y", "X in (the centre of) Y's ... province",
# "X district of the Indian state of Y". A list ("X and Y") is not containment.
_HOLDER = re.compile(r"^(?:\s*,\s*|\s+(?:(?:district|province|region|area|county|state|governorate|oblast)\s+)?(?:in|of|inside)\s+)(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,5}?(?:of\s+)?(?:the\s+)?$")


# The same with no other words between: "Long Cheng district of Xaysomboun", "X, Y", "X in Y".
_HOLDER_TIGHT = re.compile(r"^(?:\s*,\s*|\s+(?:(?:district|province|region|county|state|governorate)\s+)?(?:in|of)\s+)(?:the\s+)?$")


# "the town of Kizlyar, near the border with Chechnya": words that put a place beside an area, not in it.
_BESIDE = re.compile(r"\b(?:near|nearby|border(?:s|ing)?|frontier|close\s+to|outside|across|beyond|opposite|from|towards?|"
                     r"neighbou?ring|adjacent|adjoining)\b", re.I)


def _abroad(pm: PlaceMention, story: list[PlaceMention]) -> bool:
    """Whether a place lies in another country than every place of a story that is placed (all its places known)."""
    return bool(story) and pm.place is not None and all(
        sp.place is not None and sp.place.country != pm.place.country for sp in story)


def _area_holds(a: Place, p: Place) -> bool:
    """Whether area ``a`` holds place ``p``: inside its box; without a box, in the same country ("XX": a region
    across borders, such as Kashmir) and near its point."""
    if a.bbox:
        return in_bbox(p, a.bbox)
    reach = 400.0 if a.kind in ("region", "disputed_territory", "mountain_range") else 150.0
    return a.country in (p.country, NO_COUNTRY) and distance_km(a.lat, a.lon, p.lat, p.lon) <= reach


def _outside_named_area(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A town the words put in an area it does not lie in is a namesake the gazetteer lacks ("the border
    village of La Victoria, in Venezuela's Apure state" is not La Victoria, Aragua): unresolved, so that the
    area holds a place the gazetteer lacks. (An area known by its point alone says so when it is another
    country's: "Long Cheng district of Xaysomboun province" is not Longcheng, China.)"""
    namesakes = set()
    for i, m in enumerate(mentions):
        # (the first area of the next two: "the Yangtse area of the Tawang sector of Arunachal Pradesh")
        area = next((a for a in mentions[i + 1:i + 3] if a.place is not None and a.place.kind in ("admin1", "admin2")), None)
        if m.place is not None and m.place.kind in SETTLEMENT_KINDS and m.place.kind != "capital" and area is not None \
                and area.place.kind in ("admin1", "admin2") and area.start - m.end <= 60 \
                and (area.place.bbox or (area.place.country != m.place.country
                                         and _HOLDER_TIGHT.match(text[m.end:area.start]))) \
                and _HOLDER.match(text[m.end:area.start]) and not re.search(r"\b(?:and|or)\b", text[m.end:area.start]) \
                and not _BESIDE.search(text, m.end, area.start) \
                and not (text[m.end:area.start].strip() == "," and _LIST_GOES_ON.match(text, area.end)) \
                and not _area_holds(area.place, m.place):
            namesakes.add((m.surface, m.place.id))
    # (one name, one place in one story: "around La Victoria" later is that village too)
    return [dataclasses.replace(m, place=None) if m.place is not None and (m.surface, m.place.id) in namesakes else m
            for m in mentions]


def _contains(text: str, area: PlaceMention, point: PlaceMention) -> bool:
    """Whether the area holds the point, and (known by a point only) the words put the point in it."""
    if area.place.bbox:
        return _area_holds(area.place, point.place)
    between = text[point.end:area.start] if point.end <= area.start else ""
    return _area_holds(area.place, point.place) \
        and bool(_HOLDER.match(between)) and not re.search(r"\b(?:and|or)\b", between) and between.count(",") <= 1


_UNIT_WORDS = (r"(?:district|sub-?district|raion|rayon|hromada|municipality|county|tehsil|township|oblast|region|province|"
               r"governorate|local\s+government\s+area|LGA|commune|department|prefecture)")
_NEAR_BETWEEN = re.compile(rf"""(?:\s+(?i:{_UNIT_WORDS}))?(?:\s+(?:near|outside|close\s+to|not\s+far\s+from)
    |,?\s+(?:to\s+the\s+|(?:(?:about|some|around|roughly|nearly)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)
              (?:\([^)]{1,20}\)\s+)?(?:by\s+road\s+)?)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of
    |,\s+an?\s+(?:[\w-]+\s+)?suburb\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?
    (?:(?:[\w-]+\s+)?(?:region|province|district|state)\s+of\s+)?     # ("northwest of the breakaway region of X")
    (?:(?:state|provincial|regional|district|northern|southern|eastern|western)\s+capital,?\s+)?   # ("... of the state capital, Maiduguri")
    """, re.X)


# An indefinite appositive after a town, up to a place inside it: ", a frequent Russian target on the opposite
# bank of the ". It ends at a comma, a clause or a coordination, where another scene may begin.
_DESCRIBING_ASIDE = re.compile(r""",\s+an?\s+(?:(?!(?:and|or|but|while|where|which|who|as|after|before|when)\b)
    [\w'’()-]+\s+){1,18}?""", re.X)


def _without_references(text: str, placed: list[PlaceMention]) -> list[PlaceMention]:
    """"The village of Otradnoye near Belgorod", "Omagh, west of Belfast": Belfast only says where Omagh is;
    and "Las Anod police station, near the Puntland border": the area only says which border is near."""
    kept = [pm for pm in placed if not any(o is not pm and o.place is not None and o.end <= pm.start
                                           and _NEAR_BETWEEN.fullmatch(text, o.end, pm.start) for o in placed)]
    # ("Nikopol, a frequent target across the river from the nuclear plant": the aside only describes Nikopol)
    kept = [pm for pm in kept if not any(o.place is not None and o.place.kind in SETTLEMENT_KINDS
                                         and o.end < pm.start and _DESCRIBING_ASIDE.fullmatch(text, o.end, pm.start)
                                         for o in placed)]
    # ("near the border with Ukraine's Sumy region": the scene lies on this side, whatever else is named)
    kept = [pm for pm in kept if not (_is_area(pm) and _BORDER_WITH.search(text, max(0, pm.start - 40), pm.start))]
    points = [pm for pm in kept if not _border_reference(text, pm)]
    return points if any(pm.place is not None for pm in points) else kept


_NEAR_THE = re.compile(r"\b(?:near|close\s+to|along|towards?|by|from)\s+the\s+$", re.I)
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$", re.I)


def _is_area(pm: PlaceMention) -> bool:
    return pm.place is not None and pm.place.kind in AREA_KINDS


def _border_reference(text: str, pm: PlaceMention) -> bool:
    return _is_area(pm) and text.startswith(" border", pm.end) \
        and bool(_NEAR_THE.search(text, max(0, pm.start - 20), pm.start))


# A site the story named before, called back by its kind: "hit near the nuclear plant", "stormed the camp".
_SITE_BACK = re.compile(r"""\bthe\s+(?:(?:nuclear|power|refugee|displacement|displaced|military|air|army|naval)\s+)*
    (?P<head>(?:power\s+)?plant|camp|air\s?base|base|airport|airfield|dam|port|border\s+crossing)\b(?!\s+(?:of|in)\b)""",
                        re.I | re.X)
_SITE_HEAD_KINDS = {"plant": {"power_plant", "industrial_site"}, "camp": {"camp"}, "base": {"military_base", "airfield"},
                    "airport": {"airfield"}, "airfield": {"airfield"}, "dam": {"dam"}, "port": {"port"},
                    "crossing": {"border_crossing"}}


def _site_named_before(sent: Sentence, mentions: list[PlaceMention], attr: Attribution | None) -> PlaceMention | None:
    """The site a sentence calls back by its kind ("about 25 strikes hit near the nuclear plant"), when the story
    named one site of that kind before the sentence and none in it."""
    for m in _SITE_BACK.finditer(sent.text):
        if attr is not None and attr.span[0] <= m.start() < attr.span[1]:
            continue
        kinds = _SITE_HEAD_KINDS[m.group("head").lower().split()[-1].replace("airbase", "base")]
        if any(sent.start <= o.start < sent.end and o.place is not None and o.place.kind in kinds for o in mentions):
            return None
        named = {o.place.id: o for o in mentions if o.start < sent.start and o.place is not None and o.place.kind in kinds}
        if len(named) == 1:
            o = next(iter(named.values()))
            return PlaceMention(o.surface, o.start, o.end, o.place, "event_location", "exact", o.uncertainty_km,
                                "the site named before", [])
    return None


# The story's town called back: "fired an artillery barrage at houses in the densely populated city", "Insurgents
# attacked the coastal town on Wednesday afternoon".
_TOWN_BACK = re.compile(r"\b(?:in|at|on|into|of|near|around|attacked|stormed|raided|shelled|overran|seized|captured|"
                        r"entered)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:city|town)\b"
                        r"(?!\s+(?:of|council|hall|centre|center|authorities|officials|police|administration)\b)")


# The story's town called back, then told where it lies: "the city, about 1,200 miles south of Moscow in ...".
_TOWN_DESCRIBED = re.compile(r"\b(?:in|at|on|into|of|near|around)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:city|town)\s*,\s+"
                             r"(?:(?:about|some|around|roughly|nearly)\s+)?[\d,.]+\s*(?:km|kilomet(?:er|re)s|miles)\b")


def _named_before(mentions: list[PlaceMention], starts: list[int], sent: Sentence, text: str) -> list[PlaceMention]:
    """The places a sentence's paragraph names before it."""
    paragraph = text.rfind("\n", 0, sent.start) + 1
    return mentions[bisect.bisect_left(starts, paragraph):bisect.bisect_left(starts, sent.start)]


def _town_named_before(sent: Sentence, places: list[PlaceMention], attr: Attribution | None,
                       lead: list[PlaceMention] = ()) -> PlaceMention | None:
    """The story's one town, when a sentence naming no place of its own calls it "the city" or "the town"; "the
    city" after a small town is the city the story was first placed at ("ISIS fighters attacked Kirkuk ... also
    struck Dibis ... said its fighters had entered the city": Kirkuk)."""
    towns = {pm.place.id: pm for pm in places if pm.place is not None and pm.place.kind in SETTLEMENT_KINDS}
    if len(towns) != 1:
        return None
    for m in _TOWN_BACK.finditer(sent.text):
        if attr is None or not attr.span[0] <= m.start() < attr.span[1]:
            pm = next(iter(towns.values()))
            cities = {c.place.id: c for c in lead if c.place is not None and _city(c.place)}
            if m.group().endswith("city") and not _city(pm.place) and len(cities) == 1:
                pm = next(iter(cities.values()))
            return dataclasses.replace(pm, role="event_location", cue="the town named before", candidates=[])
    return None


_IN_DISTRICT_BETWEEN = re.compile(r"\s+(?:village|town|community|settlement|area)\s*,?\s*(?:in\s+(?:the\s+)?)?|\s*,\s*", re.I)
_DISTRICT_WORD_NEXT = re.compile(r"\s+(?:district|local\s+government(?:\s+area)?|LGA|county|sub-?county|tehsil|upazila|woreda|"
                                 r"municipality|commune)\b", re.I)
_QUARTER_IN_BETWEEN = re.compile(r"(?:\s+[A-Z][\w'’-]+)?\s+(?:area|neighbou?rhood|quarter)\s+(?:of|in)\s+(?:the\s+)?"
                                 r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?(?:(?:city|town)\s+of\s+)?")
NAMESAKE_KM = 120.0       # a village is this far from the district the words put it in only as a namesake
_TOWN_IN_BETWEEN = re.compile(r"\s+(?:town|village|city|district|area|camp)?\s*,?\s*in\s+(?:the\s+)?", re.I)
_UNIT_OF_BETWEEN = re.compile(rf"\s+(?:{_UNIT_WORDS}|division|sub-?county|ward|location|constituency|upazila)\s+of\s+"
                              r"(?:the\s+)?", re.I)


def _most_specific(text: str, placed: list[PlaceMention]) -> list[PlaceMention]:
    """One point per place where it happened: an area that holds another of the claim's places is context.

    "the Doda district of the Indian state of Jammu and Kashmir": Doda is the point; the state is not a
    second one (its name stays in the record as the point's admin1)."""
    # A district is the point when the province holding it is named beside it ("Ghazni province's
    # Andar district").
    points = [m for m in placed if m.place is not None and _level(m.place.kind) < 3]
    if not points:
        # "a stand-off in Calderdale, West Yorkshire": of two areas, the one the words put the other in is context.
        return [m for m in placed if not (m.place is not None and m.place.bbox and any(
            p is not m and p.place is not None and p.place.bbox and p.place.id != m.place.id
            and p.end <= m.start and _HOLDER.match(text[p.end:m.start]) and in_bbox(p.place, m.place.bbox)
            and _box_area(p.place.bbox) < _box_area(m.place.bbox) for p in placed))
            and not (m.place is not None and m.place.kind in _WIDE_AREA_KINDS and any(
                p is not m and p.place is not None and p.place.kind not in _WIDE_AREA_KINDS and p.end <= m.start
                and _contains(text, m, p) for p in placed))]      # ("the Galwan Valley in Ladakh": the valley)
    kept = [m for m in placed if m.place is None or m.place.kind not in AREA_KINDS
            or not any(p is not m and _level(p.place.kind) < _level(m.place.kind) and _contains(text, m, p)
                       for p in points)]
    # "Nasarawa village, Faskari LGA": a town of the name far from the district the words put it in is a namesake,
    # and the village one the gazetteer lacks; the district says where it is.
    kept = [m for m in kept if not (m.place is not None and m.place.kind in SETTLEMENT_KINDS and any(
        p is not m and p.place is not None and p.start >= m.end
        and ((_IN_DISTRICT_BETWEEN.fullmatch(text, m.end, p.start)
              and (p.place.kind in ("admin2", "admin3") or _DISTRICT_WORD_NEXT.match(text, p.end)))
             or _QUARTER_IN_BETWEEN.fullmatch(text, m.end, p.start))      # ("Bab Sinjar area in western Mosul")
        # (inside the box of a region the words put it in, it is no namesake: "the Dansha area of western Tigray")
        and not (p.place.kind == "admin1" and p.place.bbox and in_bbox(m.place, p.place.bbox))
        and distance_km(p.place.lat, p.place.lon, m.place.lat, m.place.lon) > NAMESAKE_KM for p in placed))]
    # "Baghdad's Sadr City", "Sadr City, Baghdad": the city around a named quarter is no second point; nor is
    # the town the words put a place in ("the town of Qabatiya, in the northern West Bank city of Jenin").
    kept = [m for m in kept if not (m.place is not None and m.place.kind in SETTLEMENT_KINDS and any(
        p is not m and p.place.id != m.place.id and (p.place.population or 0) < (m.place.population or 0)
        and distance_km(p.place.lat, p.place.lon, m.place.lat, m.place.lon) <= 20
        and not _COORDINATED.fullmatch(text, *((p.end, m.start) if p.end <= m.start else (m.end, p.start)))
        and (_city(m.place) or (p.end <= m.start and _IN_TOWN_OF.fullmatch(text, p.end, m.start))) for p in points))]
    # "the Plaine Savo camp in Djugu", "Bagram airbase, outside Kabul": a site names where it happened; the town
    # it lies in says only where the site is.
    kept = [m for m in kept if not (m.place is not None and m.place.kind in SETTLEMENT_KINDS and any(
        p is not m and p.place.kind in _SITE_KINDS and p.end <= m.start and _SITE_IN.fullmatch(text, p.end, m.start)
        and distance_km(p.place.lat, p.place.lon, m.place.lat, m.place.lon) <= SITE_TOWN_KM for p in points))]
    # "Puerto Jordán, Arauca", "Dibis town in Kirkuk": the name after the comma or "in" is the area of that name
    # holding the place, whichever of its namesakes (the area's capital) the gazetteer chose for it.
    # (not a list's member: "Kupiansk, Kharkiv and Izium" are three places)
    kept = [m for m in kept if not (m.place is not None and m.place.kind in SETTLEMENT_KINDS
                                    and not _LIST_GOES_ON.match(text, m.end) and any(
        p is not m and p.place is not None and p.place.id != m.place.id and p.end <= m.start
        and (text[p.end:m.start].strip() == "," or _TOWN_IN_BETWEEN.fullmatch(text, p.end, m.start)) and any(
            c.place.kind in ("admin1", "admin2") and c.place.bbox and in_bbox(p.place, c.place.bbox)
            for c in m.candidates) for p in kept))]
    # "the town of Jindires, in the Afrin countryside of northern Aleppo": the countryside of a town, and the town
    # whose countryside it is, hold the place named before them.
    kept = [m for m in kept if not (m.place is not None and m.place.kind in SETTLEMENT_KINDS
                                    and (_COUNTRYSIDE_AFTER.match(text, m.end)
                                         or _COUNTRYSIDE_OF.search(text, max(0, m.start - 40), m.start))
                                    and any(p is not m and p.place is not None and p.end <= m.start for p in kept))]
    # "Witu division of Lamu": the name after a unit's "of" is the larger unit the place is part of, whatever
    # town of that name the gazetteer has (Lamu town lies 50 km from Witu).
    kept = [m for m in kept if not (m.place is not None and m.place.kind in SETTLEMENT_KINDS and any(
        p is not m and p.place is not None and p.place.id != m.place.id and p.end <= m.start
        and _UNIT_OF_BETWEEN.fullmatch(text, p.end, m.start) for p in kept))]
    # "Rangamati's Baghaichhari hills", "Idlib's Jisr al-Shughur": the owner of a place is its district or
    # province, whatever point the gazetteer gives the owner's name.
    kept = [m for m in kept if not (m.place is not None and m.place.kind != "country" and any(
        p is not m and p.place is not None and p.place.id != m.place.id and m.end <= p.start
        and _OWNER_OF.fullmatch(text, m.end, p.start) and p.place.country == m.place.country
        and distance_km(p.place.lat, p.place.lon, m.place.lat, m.place.lon) <= 150
        for p in placed))]      # (what it owns may itself be context: "in Abs, in Sanaa's province of Hajjah")
    # "Belaya Berezka, Trubchevsky District", "Zarichne in Lyman hromada": a unit named after the place it
    # holds is context, though the gazetteer knows only the town the unit is named after.
    kept = [m for m in kept if not (m.place is not None and (_UNIT_AFTER.match(text, m.end) or _UNIT_END.search(m.surface)) and any(
        p is not m and p.place is not None and p.place.id != m.place.id and p.end <= m.start
        and _UNIT_JOIN.fullmatch(text, p.end, m.start)
        and distance_km(p.place.lat, p.place.lon, m.place.lat, m.place.lon)
        <= (250 if same_admin1(p.place, m.place) else 80)
        for p in kept))]     # (farther in the seat's own first-level area: "Elwak in Mandera county", 160 km)
    # "Bijapur district under Bastar", "the Doda district of Udhampur": what holds a district is a wider unit,
    # though the gazetteer knows its name only as a town.
    kept = [m for m in kept if not (m.place is not None and any(
        p is not m and p.place is not None and p.place.id != m.place.id and p.end <= m.start
        and _DISTRICT_OF.fullmatch(text, p.end, m.start)
        and distance_km(p.place.lat, p.place.lon, m.place.lat, m.place.lon) <= 250 for p in kept))]
    # "a strike on a house in the Nuseirat refugee camp in central Gaza", "near the Line of Control in north
    # Kashmir's Baramulla": a wide area read as a region, around a town or site the claim names, is where the town
    # lies, whatever words join them.
    return [m for m in kept if not (m.place is not None and m.precision == "region" and m.place.kind in _WIDE_AREA_KINDS
                                    and m.role != "origin_of_fire" and any(
        p is not m and p.place is not None and p.place.id != m.place.id and p.place.kind in _TOWN_OR_SITE_KINDS
        and p.role in ("event_location", "target") and _area_holds(m.place, p.place) for p in kept))]


# Sites that lie in or by a town, and how far from the town's point one may lie.
_SITE_KINDS = frozenset({"camp", "military_base", "airfield", "port", "power_plant", "industrial_site", "border_crossing",
                         "dam", "bridge"})
_TOWN_OR_SITE_KINDS = SETTLEMENT_KINDS | _SITE_KINDS
SITE_TOWN_KM = 30.0
_SITE_IN = re.compile(r"""(?:\s+[a-z][\w'’-]*){0,3}?,?\s+(?:in|at|outside|of)\s+(?:the\s+)?
    (?:(?:[\w'’-]+\s+){0,2}?(?:town|city|village)\s+of\s+)?""", re.X)


_UNIT_AFTER = re.compile(rf"\s+(?:municipal\s+|administrative\s+|rural\s+)?{_UNIT_WORDS}\b", re.I)
_UNIT_END = re.compile(rf"\s{_UNIT_WORDS}$", re.I)
# (", in" after the place's own unit: "the Mucojo administrative post, in Macomia district")
_UNIT_JOIN = re.compile(rf"""(?:(?:\s+(?:administrative\s+post|area|{_UNIT_WORDS}))?,\s*(?:in\s+(?:the\s+)?)?
    |\s+(?:(?:settlements?|villages?|communit(?:y|ies)|towns?)\s+)?(?:in|of)\s+(?:the\s+)?
    |,\s+an?\s+(?:[\w-]+\s+){{0,2}}(?:town|village|city|settlement|community)\s+(?:located\s+|situated\s+|lying\s+)?
       in\s+(?:the\s+)?                                      # ("Pishin, a small town located in Sarbaz County")
    )(?:(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?['’]s\s+)?    # ("Pazigyi village in Sagaing Region's Kanbalu township")
    """, re.I | re.X)
# A list going on after a name ("Kupiansk, Kharkiv and Izium"), which is then no area holding the name before it
# ("the districts of Dashkesan, Kalbajar and Lachin": a list, not a town and the area holding it).
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:and\s+|or\s+)?[A-Z]|\s+(?:and|or)\s+[A-Z]")
# Between a district and what holds it: "Bijapur district under Bastar", "the Doda district of Udhampur".
_DISTRICT_OF = re.compile(r"\s+(?:district|sub-?district|tehsil|taluka?|upazila|block|county|municipality)\s+"
                          r"(?:of|under)\s+(?:the\s+)?", re.I)


_OWNER_OF = re.compile(r"['’]s?\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
                       r"(?:ern)?\s+)?(?:(?:province|region|district|governorate|state|county)\s+of\s+)?")

# "attacks on Kenscoff and Carrefour": two places, though one lies by the other.
_COORDINATED = re.compile(r"\s*,?\s*(?:and|or)\s+")

# Between a place and the town the words put it in: ", in the northern West Bank city of", " near the town of".
_IN_TOWN_OF = re.compile(r",?\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:city|town)\s+of\s+")


def _box_area(bbox: tuple[float, float, float, float]) -> float:
    return (bbox[2] - bbox[0]) * (bbox[3] - bbox[1])


def _sentence_country(text: str, mentions: list[PlaceMention], before: str | None) -> str | None:
    """The country a sentence says it is in ("Across the border in Pakistan, officials said ..."): a
    country named after "in" when every place the sentence names lies in it; officials there are its.
    The next sentences stay there while the places they name do."""
    placed = [m for m in mentions if m.place is not None]
    named = {m.place.country for m in placed if m.place.kind == "country"
             and re.search(r"\bin\s+(?:the\s+)?$", text[max(0, m.start - 8):m.start])}
    if len(named) == 1 and all(m.place.country in named for m in placed):
        return next(iter(named))
    return before if all(m.place.country == before for m in placed) else None


def _outlet(doc: Document) -> Claimant:
    """The outlet as the claimant of what it tells in its own voice."""
    return Claimant(doc.outlet or "the outlet", doc.outlet or "Media narration", MEDIA, "media")


def _capital_opening(text: str, start: int, mentions: list[PlaceMention]) -> str | None:
    """The country of the capital a sentence opens in ("In Jakarta, ..."), else None."""
    placed = [m for m in mentions if m.place is not None]
    if placed and _OPENING_IN.fullmatch(text, start, placed[0].start) and text.startswith(",", placed[0].end) \
            and actors.capital_of(placed[0].surface) == placed[0].place.country:
        return placed[0].place.country
    return None


def _same_kind(kind: str | None, other: str | None) -> bool:
    """Whether two sentences may tell one event: the same kind, or one names it only by a word any
    event takes ("attack", "killed", none). Drones downed over a region and shelling of a village in it
    are two events."""
    return kind == other or bool({kind, other} & _ANY_EVENT)


_ANY_EVENT = {None, "casualties", "armed_clash"}


# A clause about a source that tells where he was or what he did: "..., who followed the assault from Amman, the
# Jordanian capital," (not one that gives his post: "who heads the provincial police").
_WHO_ASIDE = re.compile(r",\s+who\s+(?!heads|led|leads|commands|runs|is\b|was\b)[^,;.]*(?:,\s+the\s+[^,;.]*)?", re.I)


def _scene_country(mentions: list[PlaceMention]) -> str | None:
    """The one country every town and area the sentence names lies in, or None."""
    countries = {m.place.country for m in mentions if m.place is not None
                 and m.place.kind not in ("country", "continent") and m.place.country not in ("", NO_COUNTRY)}
    return next(iter(countries)) if len(countries) == 1 else None


# Bodies found or recovered, or a wounded man dying later: a day of finding them or of the death, not of the
# killing ("one of them succumbed to his wounds on Sept. 18", after an attack on Sept. 17).
_BODIES_FOUND = re.compile(r"""\b(?:recovered|found|discovered|retrieved|exhumed|collected)\s+(?:the\s+|their\s+|
    \w+\s+)?(?:[\w-]+\s+)?(?:bodies|body|remains|corpses?)\b
    |\b(?:bodies|body|remains|corpses?)\b[^.;]{0,60}?\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+
     (?:found|recovered|discovered|retrieved|exhumed)\b
    |\b(?:succumbed\s+to|died\s+(?:of|from))\s+(?:his|her|their|the)\s+(?:wounds|injuries)\b""", re.I | re.X)
# A clause describing a thing that is no event: "The truce, which came into effect early on November 27" (not "the
# Mumbai attacks, which began on Wednesday in Mumbai": the event's own day).
_RELATIVE_OPEN = re.compile(r"""\b(?!(?:attacks?|assaults?|raids?|strikes?|airstrikes?|bombings?|shelling|ambush(?:es)?|
    clash(?:es)?|explosions?|blasts?|fighting|sieges?|offensives?|massacres?|killings?|shootings?|incidents?)\b)[\w-]+
    \s*,\s+(?:which|who)\s+(?!(?:also\s+)?(?:killed|wounded|injured|attacked|struck|hit|died|(?:was|were)\s+
    (?:killed|shot|wounded|injured)))[^,;]*$""", re.I | re.X)    # (but "X, ..., who died when a bomb exploded on Friday")
_WHERE_ELSE_ON = re.compile(r"\b(?:town|city|village|area|district|region|province|camp|place|country)\s*,\s+where\s+"
                            r"[^,;:]*?\b(?:attacks?|bombings?|blasts?|explosions?|clash(?:es)?|fighting|raids?|strikes?|"
                            r"ambush(?:es)?)\b[^,;:]*$", re.I)
# ("The fighting, which was preceded by a suicide attack Saturday night": what the clause tells came before; a day
# in it is that event's, which moves no day of the story's)
_PRECEDED_BY = re.compile(r"\b(?:was|were|had\s+been)\s+preceded\s+by\b[^,;:]*$", re.I)
_SEAT_HELD_IN = re.compile(r"\s*,\s*(?:which|that)\s+(?:is|lies)\s+(?:located\s+|situated\s+)?in\s+(?:the\s+)?"
                           r"(?:(?:north|south|east|west)\w*\s+)?", re.I)
# "... Algeria's presidential elections, which took place on Thursday": the day of a happening of another kind than
# the story's (a vote, a meeting, a ceremony), not the day of its event.
_HELD_ON = re.compile(r"""\b(?:elections?|polls|vote|voting|referendum|meetings?|summit|talks|negotiations|ceremony|
    funerals?|burials?|visit|conference|festival|celebrations?|match|rally|inauguration|wedding|exams?|census)\s*,?\s+
    (?:which|that)\s+(?:took\s+place|was\s+held|were\s+held|happened|occurred)\s+(?:on\s+)?$""", re.I | re.X)
_ENDED_SINCE = re.compile(r"""\b(?:ending|ended|capping|concluding|culminating|bringing\s+to\s+an\s+end)\s+(?:an?|the|its|their)\s+
    [^,;.]{0,60}?\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|erupted|broke\s+out)\s+(?:(?:early|late)\s+)?(?:on\s+)?$""",
                          re.I | re.X)
# The day of a burial or of mourning, not of the killing: "Niger on Friday buried soldiers killed in this week's assault".
# ("Burkina Faso on Sunday entered its second day of national mourning after ...")
_BURIED_AFTER = re.compile(r"\s*(?:morning|afternoon|evening)?\s*,?\s*(?:buried|mourned|laid\s+to\s+rest|held\s+(?:a\s+|the\s+)?"
                           r"(?:state\s+)?funerals?\s+for|(?:entered|began|started|observed|marked|declared|was\s+in|were\s+in)"
                           r"\s+(?:[\w'’-]+\s+){0,5}?mourning)\b", re.I)
# "Families buried their dead on Sunday after gunmen attacked the village late on Friday night", "began three days of
# official mourning on Friday", "the town was counting its losses on Sunday": a day of the aftermath.
_BURIED_BEFORE = re.compile(r"""\b(?:buried|burying|mourned|mourning|funerals?|laid\s+to\s+rest|counting\s+(?:its|their|the)\s+(?:losses|dead|cost)
    |reeling|assessing\s+the\s+damage|clearing\s+(?:the\s+)?(?:rubble|debris)|cleaning\s+up)\s+(?:[\w'’-]+\s+){0,4}?$""", re.I | re.X)
# A sentence that moves the story on in time: "Some three and a half hours later, ...", "Later that day, ...".
_NEXT_IN_TIME = re.compile(r"""\W*(?:(?:some|about|around|barely|just|only)\s+)?(?:[\w-]+\s+(?:and\s+a\s+half\s+)?
    (?:minutes?|hours?)\s+later|later(?:\s+that\s+(?:day|morning|night|evening))?|
    shortly\s+(?:after(?:wards)?|afterwards)|soon\s+after(?:wards)?|moments?\s+later|then)\b""", re.I | re.X)
_ANSWERS_DAY = re.compile(r"""\b(?:(?:linked|tied|connected)\s+(?:[\w'’-]+\s+){0,3}?to|in\s+(?:revenge|retaliation|
    response|reprisal)\s+(?:for|to)|to\s+avenge)\s+(?:the\s+|last\s+)?$""", re.I | re.X)
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:.]*$", re.I)
_RELATIVE_PAST = re.compile(r"\b[a-z][\w-]*\s*,?\s+(?:which|that)\s+(?:was|were|had\s+been)\s+[^,;]*$", re.I)
# "The army said the pair were involved in the shooting attack in Avnei Heftz on May 2": the past of the people
# the story's event hit, told after it.
_SUSPECTED_OF = re.compile(r"\b(?:involved\s+in|behind|responsible\s+for|suspected\s+of|wanted\s+for|accused\s+of|"
                           r"perpetrators\s+of)\b[^.;]*$", re.I)
_ANSWERED_BEFORE = re.compile(r"""\b(?:in|as|was|were|is|are)\s+(?:a\s+|an\s+)?(?:response|retaliation|reply|revenge|reprisal)
    \s+(?:to|for|of)\b[^;:.]*$|\bto\s+avenge\b[^;:.]*$""", re.I | re.X)
# A pluperfect before the day tells what came before the story: "Pokrovsk had been subject to Russian shelling
# on Friday" after Saturday's strike leaves the story on Saturday.
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:also|already|earlier|previously)\s+)?(?:been|\w+ed)\b", re.I)
# A time of day with no day: the day of the report ("Israeli drones at dawn targeted ...").
_AT_DAWN = re.compile(r"""\b(?:at|before|after)\s+(?:dawn|daybreak|first\s+light)\b
    (?!\s*(?:on|of|,)?\s*(?:\w+day|yesterday|today|January|February|March|April|May|June|July|August|September|
          October|November|December)\b)""", re.I | re.X)
# "In another report from ...", "Separately, ...", "Elsewhere, ...": a sentence opening another part of the story.
_NEW_SECTION = re.compile(r"""\W*(?:in\s+(?:an)?other\s+(?:report|incident|attack|development)|separately\b|elsewhere\b|
    in\s+a\s+separate\s+(?:report|incident|attack|development))""", re.I | re.X)
# "Further south, the OLA claimed on Monday ...": the story moving on along the front to another place.
_FURTHER_ALONG = re.compile(r"\W*(?:further|farther)\s+(?:north|south|east|west)(?:wards?)?\b", re.I)
# Words that tell another event than the one the story is at.
# "the overnight Maoist attack" the morning after "the attack on Wednesday night": one night, told from either side.
_OVERNIGHT = re.compile(r"\W*(?:the\s+)?overnight\b", re.I)
_EVENT_NOUN_NEXT = re.compile(r"(?:\s+[\w-]+){0,2}?\s+" + _EVENT_NOUN, re.I)
_SEPARATE = re.compile(r"\b(?:separate(?:ly)?|another|other|elsewhere|meanwhile|earlier|second|similar|also)\b", re.I)


# "The attack took place ...", "The incident happened ...": a sentence that opens by telling of the event told before.
_TOOK_PLACE = re.compile(r"""\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:incident|attack|assault|raid|ambush|clash(?:es)?|
    shooting|bombing|blast|explosion|massacre|fighting|killings?|tragedy)(?:\s*,[^,.;:]{1,60},)?\s+(?:took\s+place|happened|occurred)\b""", re.X)
# (", thought to be perpetrated by Boko Haram,": an aside between the event and its verb)
# "during the incident on Monday night", "the attack late Sunday": a day given to the event told before.
_THE_EVENT_ON = re.compile(r"""\b(?:the|this|that)\s+(?:incident|attack|assault|raid|ambush|clash(?:es)?|shooting|
    bombing|blast|explosion|massacre|fighting|gunfight|gun\s?battle|shootout|firefight|encounter|killings?|skirmish|confrontation|battle)
    (?:\s*,?\s*(?:which|that))?\s+(?:(?:took\s+place|happened|occurred|broke\s+out|erupted)\s+)?  # "the incident, which took place"
    (?:(?:at|around|about)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s+)?(?:local\s+time\s+)?)?    # "around 11:30 local time"
    (?:(?:on|late|early|last)\s+)*$""", re.I | re.X)


def _day_for_undated_lead(narrative: _Narrative, when: DateMention | None, kind: str | None,
                          placed: list[PlaceMention], ref: date | None, told_of_it: bool = False) -> bool:
    """Whether a sentence's own day, told of the story's event at its places, dates a lead that had none
    or had only the day its source spoke: a day of the week before, the same kind of event (or "the
    incident"), no place of its own but the story's."""
    if not narrative.places or when is None or when.precision > 2 or not all(
            p.place is None or any(n.place is not None and (n.place.id == p.place.id or _close_in_area(n.place, p.place))
                                   for n in narrative.places) for p in placed):
        return False
    if narrative.spoken and narrative.places_day is not None:
        return 0 < (narrative.places_day - when.begin).days <= 3 and (told_of_it or _same_kind(kind, narrative.kind))
    return not narrative.dated and ref is not None and 0 < (ref - when.begin).days <= 7 \
        and (told_of_it or kind == narrative.kind)


def _close_in_area(lead, place) -> bool:
    """Whether a place the story names is the lead's, told more closely: in the lead's area, or by its town in the
    same first-level area ("in southern Kirkuk" ... "in Kirkuk's southern district of Daquq")."""
    held = lead.kind in AREA_KINDS and lead.bbox and lead.country == place.country and in_bbox(place, lead.bbox)
    return bool(held) or (same_admin1(lead, place)
                          and distance_km(lead.lat, lead.lon, place.lat, place.lon) <= LEAD_TOLD_CLOSER_KM)


LEAD_TOLD_CLOSER_KM = 60.0


# Areas wider than a district: a narrower area named in one of them is the point.
_WIDE_AREA_KINDS = frozenset({"admin1", "region", "disputed_territory"})


def _level(kind: str) -> int:
    """How coarse a kind of place is: 0 a point, 1-2 a district, 3 any wider area."""
    return {"admin3": 1, "admin2": 2}.get(kind, 3 if kind in AREA_KINDS else 0)


def _city(place) -> bool:
    return place.kind == "capital" or (place.kind in SETTLEMENT_KINDS and place.population >= 100_000)


def _in_sentence(items: list, starts: list[int], sent: Sentence) -> list:
    """The items (sorted by start, ``starts`` alongside) that begin inside the sentence."""
    return items[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]


# A date right before the event it names, with or without its place: "the December 11 Algiers bombings",
# "Sunday's attack", "the 12 March blast".
_DATE_BEFORE_EVENT = r"""(?:['’]s)?\s+(?:[A-Z][\w'’.-]+\s+){0,3}(?:(?:car|suicide|truck|bus|roadside|twin|
    double|triple|serial|terrorist|terror|militant|rocket|mortar|grenade|gun|knife|bomb)\s+)?
    (?:bomb(?:ing|ings|s)?|blasts?|attacks?|explosions?|shootings?|massacres?|raids?|strikes?|airstrikes?|
    stabbings?|ambush(?:es)?|assaults?|shelling"""
_DATE_NAMES_EVENT = re.compile(_DATE_BEFORE_EVENT + r")\b", re.X)
# (and "the Monday clash", "the Friday fighting": the story's event by its day)
_DATE_NAMES_EVENT_OR_CLASH = re.compile(_DATE_BEFORE_EVENT + r"|clash(?:es)?|fighting)\b", re.X)
# (and "the May 26 attack", "Friday's bloodshed": the day a story gives its event by name, for a lead dated by less)
_DAY_NAMES_EVENT = re.compile(_DATE_BEFORE_EVENT + r"|clash(?:es)?|fighting|killings?|bloodshed|violence|incident)\b",
                              re.X)
_AHEAD = re.compile(r"\b(?:will|would|shall|expects?|expected|plans?|planned|to\s+be|scheduled|due\s+to)\b", re.I)
_EARLIER_EVENT = re.compile(r"\b(?:after|since|following)\b", re.I)
# The same, opening the clause that holds a date: "since Palestinian group Hamas attacked Israel on October 7".
# ("shortly after noon Sunday", "after midnight": a time of the day, not an earlier event)
_EARLIER_CLAUSE = re.compile(r"""\b(?:after(?!\s+(?:noon|midday|midnight|dawn|dusk|sunset|sunrise|nightfall|daybreak|
    \d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m|o['’]clock|hours?\b|h\b)))|since|following)\b
    (?:[^,;:.]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.)*$""", re.I | re.X)      # (the full stops of "10 p.m." end no clause)
# The dead or hurt of the main clause, whose cause a clause after "after" or "following" then tells.
_TOLL_THEN = re.compile(r"\b(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|slain)\b"
                        r"|\b(?:died|dead)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:]|\.(?:\s|$)")
# "Taliban attacks have continued even as Afghanistan held elections on Saturday": a clause of something else
# happening meanwhile.
_ASIDE_OPENS = re.compile(r"\b(?:even\s+as|as|while|whereas)\s+(?=[^,;:]*$)", re.I)


# "in the same district", "of the same province": the area the story named before.
_SAME_AREA = re.compile(r"\b(?:in|of|within|across)\s+the\s+same\s+(?P<unit>district|province|county|region|state|governorate|"
                        r"department|municipality|oblast|area)\b", re.I)


def _same_area(text: str, sent: Sentence, claims: list[Claim]) -> PlaceMention | None:
    """The place of an earlier claim the words named as a unit of the kind "the same ..." repeats ("Poonch
    district" before "in the same district"), as that claim placed it."""
    same = _SAME_AREA.search(sent.text)
    if same is None:
        return None
    unit = re.compile(rf"\s+{same.group('unit')}\b", re.I)
    for c in reversed(claims):
        for pm in c.places:
            if pm.place is not None and pm.start < sent.start and unit.match(text, pm.end):
                return dataclasses.replace(pm, cue="the same " + same.group("unit").lower(), candidates=[])
    return None


def _aside_day(text: str, sent: Sentence, when: DateMention) -> bool:
    """Whether a sentence's day is that of a clause of no event set beside its own ("..., even as the country
    held elections on Saturday"): the story's narrative does not move to it."""
    opens = _ASIDE_OPENS.search(text, sent.start, when.start)
    return opens is not None and not events.event_spans(text[opens.end():when.start])


_OTHER_EVENT = re.compile(r"\b(?:after|before|since|following|until|prior to|ahead of)\b", re.I)
# A figure of people hit: what makes an outlet's sentence a report of its own, not framing.
_FIGURES = gated(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|"
                      r"seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|dozens?|scores|"
                      r"hundreds)\s+(?:[\w-]+\s+){0,3}?(?:people|civilians|soldiers|troops|policemen|police officers|"
                      r"officers|guards|militants|fighters|children|students|workers|passengers|men|women|others|"
                      r"members|personnel|residents|villagers|farmers|shepherds|worshippers|pilgrims|fishermen|miners)\b", re.I)
def _quoted_or_heading(sentence: str) -> bool:
    """Whether a sentence is someone's words ('"We heard a huge blast after prayers."') or a subheading
    ("Drone attack"), not the outlet telling what happened."""
    stripped = sentence.strip()
    return stripped[:1] in "\"“‘'" or stripped[-1:] in "\"”’" or (len(stripped.split()) < 5 and stripped[-1:] not in ".!?")


# The outlet's own sentence about the story's event names one of these even with no figure ("The fighting
# lasted six hours before the RSF were pushed back"); what happens as a rule does not ("Skirmishes have
# erupted periodically since then").
_NARRATED_KINDS = {"shelling", "airstrike", "drone_strike", "positions_captured", "armed_clash", "bombing", "shooting",
                   "abduction"}
_HABITUAL = gated(r"\b(?:periodically|regularly|frequently|often|routinely|occasionally|(?:had|have|has)\s+once(?!\s+again)|"
                       r"since\s+then|for\s+(?:years|months|decades)|every\s+(?:day|week|night)|"
                       # (a "daily activity statement" is how often the source speaks, not how often it happens)
                       r"(?:near-)?daily(?!\s+(?:[\w-]+\s+)?(?:statements?|reports?|briefings?|bulletins?|updates?|"
                       r"summar(?:y|ies)|press|news)"
                       r"|\s+(?-i:[A-Z])|\s+that\b)|"       # (nor is a newspaper: "told the daily Koha Ditore that")
                       r"in\s+recent\s+(?:weeks|months|years)|throughout\s+the\s+(?:[\w-]+\s+){0,3}(?:war|conflict|insurgency)|frequent\s+targets?|(?:does|do)\s+not\s+target|never\s+targets?|"
                       r"(?:in|over|during)\s+the\s+(?:last|past)\s+(?:[\w-]+\s+)?"
                       r"(?:weeks|months|years?)|"
                       r"(?:decades|years)-long|long-running|(?:a|the)\s+(?:common\s+|regular\s+)?feature\s+of|"
                       r"(?:become|becoming|are|is|remain)\s+(?:increasingly\s+|all\s+too\s+)?(?:common|commonplace|routine))\b",
                       re.I)
# What was done again and again is a habit unless the sentence gives its day: "Russian troops repeatedly
# shelled the city on 21 September" is that day's shelling.
_REPEATED = re.compile(r"\b(?:repeatedly|again\s+and\s+again)\b", re.I)


# A superlative before "in recent years" compares one event with the rest: "one of the worst outbreaks of violence
# in the region in recent years", "the deadliest attack in the past decade".
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:worst|deadliest|bloodiest|biggest|largest|heaviest|fiercest|most\s+[\w-]+)\b"
                                 r"[^.;,]{0,80}$", re.I)


def _habitual(text: str, one_day: bool) -> bool:
    """Whether the words tell what happens as a rule rather than one event."""
    return any(not _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 80), m.start()) for m in _HABITUAL.finditer(text)) \
        or (not one_day and _REPEATED.search(text) is not None)


# Damage a source reports in the story's war is the story's kind of attack, wherever it names.
_DAMAGED_THINGS = (r"(?:private\s+|residential\s+|apartment\s+|high-rise\s+)?(?:houses?|homes?|buildings?|apartments?|"
                   r"high-rises?|cars?|vehicles?|windows|roofs?|infrastructure|facilit(?:y|ies)|schools?|shops?|"
                   r"garages?|power\s+lines?|warehouses?|enterprises?|outbuildings?)")
_DAMAGE = gated(rf"""\b{_DAMAGED_THINGS}\b[^.;]{{0,60}}?\b(?:were|was|had\s+been|have\s+been|has\s+been|got)\s+
    (?:(?:also|partially|badly|severely|heavily)\s+)?(?:damaged|destroyed|smashed|shattered)\b
    |\b(?:damaged|destroyed|damaging|destroying)\s+(?:[\w-]+\s+){{0,3}}?{_DAMAGED_THINGS}\b
    |\breported\s+(?:property\s+)?damage\b""", re.I | re.X)

# A relative clause describing who speaks: "Jaish al-Adl, a group which frequently targets the police, claimed".
_CLAIMANT_RELATIVE = re.compile(r"\s*,?\s*(?:which|who|that)\b[^,;.]*,")


def _beside_claimant(body: str, span: tuple[int, int]) -> str:
    """The sentence without the claimant's phrase and a relative clause that describes it: what is
    said of the claimant as a rule is no habit of the event."""
    rest = body[span[1]:]
    relative = _CLAIMANT_RELATIVE.match(rest)
    return body[:span[0]] + (rest[relative.end():] if relative else rest)


def _silent(body: str, span: tuple[int, int]) -> bool:
    """Whether the sentence says its claimant gave no word: "There was no comment from Moscow, which has
    repeatedly denied targeting civilians" (what the source says as a rule is no account of the event)."""
    silence = _NO_STATEMENT.search(body[:span[0]])
    return silence is not None and span[0] - silence.end() <= len(" the ")


# Police work is no armed incident of the outlet's own telling: "The suspects were arrested in raids in Paris".
_ARRESTS = re.compile(r"\b(?:arrest(?:ed|s)?|detained|in\s+custody)\b", re.I)
# "Elsewhere in Afghanistan, ...", "In a separate incident, ...": a round-up turning to another event.
_ANOTHER_INCIDENT = re.compile(r"\W*(?:Elsewhere|Separately|In\s+(?:another|a\s+separate)\s+(?:incident|attack|development))\b",
                               re.I)
# A sentence that opens on a province, as wire copy does for each new incident of a round-up.
_PROVINCE_OPENER = re.compile(r"""^\W*(?:(?:Elsewhere|Meanwhile|Separately|Also),?\s+)?[Ii]n\s+(?:the\s+)?
    (?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|
    south-?eastern|south-?western|restive|neighbouring|neighboring)\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?
    (?:\s+(?:province|region|state|district|governorate|county|oblast))?\s*,""", re.X)


def _earlier_year(text: str, ref: date | None) -> bool:
    """Whether a sentence names a year before publication ("the fighting in autumn 2020"): background."""
    return ref is not None and any(1900 < int(y) < ref.year for y in re.findall(r"\b(?:19|20)\d\d\b", text))


# A second event told at the place of the first: "a raid in the same town", "an attack there".
_SAME_PLACE = re.compile(r"\b(?:in|at|on|near)\s+the\s+same\s+(?:town|village|city|area|place|camp|base|district|spot|location)\b"
                         r"|\bthere\b", re.I)
_DAYS_AFTER = gated(r"\b(?P<n>a|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                    r"(?P<unit>days?|weeks?)\s+after\b", re.I)
# "disclosed the casualties Friday, one day after the deadly incident": the event, told a day later.
_DAY_AFTER_EVENT = re.compile(r"""\s*,?\s*(?:just\s+)?(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+after\s+(?:the|this|that)\s+
    (?:[\w-]+\s+){0,2}?(?:incident|attack|strike|bombing|explosion|blast|raid|clash(?:es)?|shelling|killings?|massacre|
    ambush|assault)\b""", re.I | re.X)
# "... in response to Israeli strikes on the village of X a day earlier": the same, told the other way round.
_DAYS_EARLIER = re.compile(r"""\b(?:in\s+(?:response|retaliation|revenge)\s+(?:to|for)|after|following)\b
    (?P<what>[^.;]{5,160}?)\s(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+(?:earlier|before|previously)\b""",
                           re.I | re.X)
# Fighting told in the present: "Presently, fierce battles are underway", "clashes are still raging".
_GOING_ON = gated(r"""^\s*(?:Presently|At\s+present|Currently|Right\s+now|As\s+of\s+now),
    |\b(?:battles?|fighting|clashes|shelling|hostilities)\s+(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?
     (?:underway|under\s+way|ongoing|continuing|raging)\b""", re.I | re.X)
# "The attack came days before ...", "came hours after ...": what the story's event is set against.
_CAME_AROUND = re.compile(r"\b(?:came|comes|happened|occurred)\s+(?:just\s+|only\s+|barely\s+)?(?:(?:a|one|two|three|four|"
                          r"five|six|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?)\s+(?:before|after)\b", re.I)
# "a day earlier", "two days before": a day counted back from the story's.
_CAME_BEFORE = re.compile(r"\b(?:came|comes|happened|occurred|took\s+place)\s+(?:just\s+|only\s+)?$", re.I)
_DAYS_BEFORE = gated(r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+(?:earlier|before)\b(?!\s+(?:the|that|this|it)\b)",
                          re.I)


def _days_in(m: re.Match) -> int:
    """The days a "two days after", "a week earlier" spans."""
    n = 1 if m.group("n").lower() == "the" else parse_number(m.group("n"))[1]      # ("the day after")
    return n * (7 if m.group("unit").lower().startswith("week") else 1)


_STATEMENT_DATE = re.compile(r"\b(?:said|says|announced|reported|stated|added|confirmed|claimed|denied|tweeted|posted|"
                             r"told\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?)"
                             # ("said in a statement on Friday: ...")
                             r"(?:\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|post|video|message|interview|briefing|report)"
                             r"(?:\s+(?:issued|released|published|posted|read(?:\s+out)?|broadcast|aired))?(?:\s+on)?)?"
                             # ("said on Twitter on Saturday", "said in a statement read on state television late on Wednesday")
                             r"(?:\s+(?:on|via)\s+(?:Twitter|X|Facebook|Telegram|WhatsApp|social\s+media|(?:state\s+)?(?:television|TV|radio)"
                             r"|(?:its|his|her|their)\s+(?:website|Telegram\s+channel|Facebook\s+page))(?:\s+(?:late|early))?(?:\s+on)?)?\s+$"
                             # ("In a phone interview Friday, October 20, the spokesman told ...")
                             r"|(?:^|[.;]\s+|\n)\W*in\s+(?:an?|two|three|several|separate|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:statement|interview|briefing|press\s+conference|video|message|post)s?"
                             # ("In a statement issued on Thursday, ...")
                             r"(?:\s+(?:issued|released|published|posted|sent|read\s+out|read|broadcast))?"
                             # ("In a statement to the House of Commons yesterday afternoon, a minister said")
                             r"(?:\s+to\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3})?"
                             r"(?:\s+(?:in|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?(?:\s+on)?\s+$"   # ("... issued in Yaoundé on Monday")
                             # ("Speaking at the daily news conference in Mexico City on Thursday, the minister said")
                             r"|\b(?:news|press)\s+(?:conference|briefing)\s+(?:in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?"
                             r"(?:on\s+)?$", re.I)
# "The army and the rebels gave sharply different accounts on Monday of the clashes": the day of the telling.
_ACCOUNT_GIVEN_ON = re.compile(r"\b(?:gave|give|gives|offered|provided|released|issued|published)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:accounts?|details|figures|versions?|tolls?)\s+(?:on\s+)?$", re.I)
# "Addressing a retreat of members of parliament on Saturday, the President said": the frame of a speech.
_SPEECH_FRAME = re.compile(r"(?:^|[.;]\s+|\n)\W*" + SPEECH_FRAME_VERBS + r"\b[^,;.\n]{0,80}?"
                           r"(?:\s+on)?\s+$")
# "told the Pristina-based Albanian-language daily Koha Ditore on Monday that ...": whom a source told, and when.
_TOLD_WHOM = re.compile(r"\btold\s+(?:(?!that\b)[\w.'’-]+\s+){1,7}(?:on\s+)?$", re.I)
_THAT_AFTER = re.compile(r"\s*,?\s+that\b")
# ... and with the agency's acronym and the place it was told in: "told the News Agency of Nigeria (NAN) on
# Friday in Kafanchan that ...".
_TOLD_WHOM_LONG = re.compile(r"\btold\s+(?:(?!that\b|on\b|" + _EVENT_NOUN + r")[\w.,'’()-]+\s+){1,9}(?:on\s+)?$", re.I)
_PLACE_THEN_THAT_AFTER = re.compile(r"(?:\s+(?:in|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s*,?\s+that\b")
_SPOKE = r"(?:said|says|announced|reported|stated|added|confirmed|told|denied|tweeted|claimed|alleged|insisted|admitted|revealed|disclosed|accused|blamed|condemned|denounced|wrote|posted|noted|warned|declared|explained|acknowledged|promised|vowed|pledged|urged)"
_SPOKE_ON = re.compile(rf"\b{_SPOKE}\s+(?:on\s+)?$"                                           # "said on Sunday"
                       r"|\b(?:claimed|claims|took|accepted)\s+responsibility\s+(?:on\s+)?$", re.I)
_SPOKE_AFTER = re.compile(rf"\s*(?:morning|afternoon|evening|night)?\s*,?\s*{_SPOKE}\b", re.I)  # "on Sunday said"
# "The army on Tuesday said (that) ...": the first date of the sentence is the statement's ("..., on Tuesday, said
# the army" closes an inverted one and dates what was said).
# "Police on Sunday were questioning two men over a bomb which wounded 12 tourists on Saturday": the day of the
# inquiry, not of the event.
_INQUIRY_AFTER = re.compile(r"\s+(?:(?:were|was)\s+(?:questioning|interrogating|searching\s+for|hunting\s+for)"
                            r"|arrested|detained|questioned|charged)\b", re.I)
_SPOKE_BEFORE_CONTENT = re.compile(rf"\s*(?:morning|afternoon|evening|night)?\s+{_SPOKE}\b", re.I)


# "In a Thursday statement, ISIS said ...": the day names the statement it stands before.
_DAY_OF_STATEMENT = re.compile(r"(?:^|\W)(?:in|on)\s+(?:a|an|its|their|his|her)\s+$", re.I)
_STATEMENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:statement|post|video|message|interview|briefing|press\s+conference|"
                              r"news\s+conference|communiqu[eé])\b", re.I)


def _statement_day(text: str, when: DateMention) -> bool:
    """Whether a date is the day someone spoke ("said on Sunday", "on Sunday said", "in a Sunday
    statement"), not an event's."""
    start = max(0, when.start - 40)
    return bool(_STATEMENT_DATE.search(text, max(0, when.start - 70), when.start) or _SPOKE_ON.search(text, start, when.start)
                or _SPEECH_FRAME.search(text, max(0, when.start - 100), when.start)
                or _ACCOUNT_GIVEN_ON.search(text, max(0, when.start - 70), when.start)
                or _SPOKE_AFTER.match(text, when.end)
                or (_TOLD_WHOM_LONG.search(text, max(0, when.start - 90), when.start)
                    and _PLACE_THEN_THAT_AFTER.match(text, when.end))
                or (_DAY_OF_STATEMENT.search(text, max(0, when.start - 12), when.start)
                    and _STATEMENT_AFTER.match(text, when.end)))


def _spoken_day(text: str, sent: Sentence, attr: Attribution | None, when: DateMention | None) -> bool:
    """Whether a sentence's date is the day its source spoke: "said on Sunday", or a date in the frame
    around what was said ("Taliban authorities accused Pakistani forces on Tuesday of killing ...")."""
    if when is None:
        return False
    if _statement_day(text, when):
        return True
    if attr is None:
        return False
    at, end = when.start - sent.start, when.end - sent.start
    # "..., said a spokesman in a post on X early Tuesday.": the date that closes a trailing attribution.
    closing = 0 < attr.span[0] <= attr.span[1] <= at and at - attr.span[1] <= 50 \
        and not re.search(r"\bthat\b", sent.text[attr.span[1]:at]) and re.match(r"\s*(?:[.,;:]|$)", sent.text[end:])
    return attr.span[0] <= at < attr.content_start or closing \
        or (attr.content_end is not None and at >= attr.content_end)


_SINCE_DAY = re.compile(r"since\s+(?:(?:last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
                        r"|yesterday)$", re.I)
_ANAPHORIC = re.compile(r"\b(same|previous|day before|next|following|later)\b", re.I)
_THE_NEXT_DAY = re.compile(r"(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning)|(?:a|one)\s+day\s+later", re.I)


_REPORTS_ON = re.compile(r"\breports?\s+(?:(?:on|from)\s+)?$", re.I)


_AFTERMATH_NEXT = re.compile(r"\s*,?\s+(?:after|following|in\s+the\s+wake\s+of)\b")


def _sentence_date(sent: Sentence, dates: list[DateMention], text: str, narrative: _Narrative,
                   datelines: list[tuple[int, int]] = (), ref: date | None = None) -> tuple[DateMention | None, bool]:
    """The date a sentence gives (and whether it gave one), else the narrative's.

    Dates in a dateline ("KYIV, Oct 11 (Reuters) -") are the filing date, not the event's. A word such as
    "overnight" or "yesterday" in what a source said on a day before the reference day ``ref`` counts from
    that day ("drones launched overnight, the air force said on Saturday", in Sunday's paper: Saturday)."""
    # "an intense exchange of fire since Thursday": fighting that began on a day of the last week began that day.
    dates = [dataclasses.replace(d, text=d.text[6:], end_date=d.begin, precision=1)
             if _SINCE_DAY.match(d.text) and ref is not None and 0 < (ref - d.begin).days <= 7 else d for d in dates]
    own = [d for d in dates if sent.start <= d.start < sent.end and not d.text.lower().startswith("since")
           and not any(s <= d.start < e for s, e in datelines)
           and not re.search(r"\b(?:since|until|before)\s+$", text[max(0, d.start - 7):d.start], re.I)
           # ("by January 16 around 10,000 people were forced to flee": a time limit, not the event's day;
           # but "killed by Tuesday's strike")
           and not (re.search(r"\bby\s+$", text[max(0, d.start - 4):d.start], re.I)
                    and not re.match(r"['’]s\b", text[d.end:d.end + 3]))
           and not _REPORTS_ON.search(text, max(0, d.start - 16), d.start)      # ("By reports on Saturday, ...")
           and not _HELD_ON.search(text, max(sent.start, d.start - 60), d.start)
           and not _BURIED_AFTER.match(text, d.end)
           # ("stormed the base at 4:30 a.m., ending an assault on the town that began on Monday": the day the
           # campaign the event ends began)
           and not _ENDED_SINCE.search(text, max(sent.start, d.start - 90), d.start)
           and not _BURIED_BEFORE.search(text, max(sent.start, d.start - 40), d.start)
           # ("..., location of the city's airport which was destroyed in clashes in 2014": a past year of a
           # thing the sentence names, not of what it tells)
           and not (d.precision >= 4 and _RELATIVE_PAST.search(text, max(sent.start, d.start - 120), d.start))
           # ("seized the command, the heaviest setback for the generals since they took power in 2021": the
           # month or year a span is counted from, not the day of the event told before it)
           and not (d.precision >= 4 and (since := _SINCE_CLAUSE.search(text, max(sent.start, d.start - 80), d.start))
                    and events.event_spans(text[sent.start:since.start()]))
           # ("fired missiles at Idlib, and linked those strikes to the January 3 suicide bombings in Kerman":
           # the day of the event answered, not of the answer; but "restarted the broadcasts in response to the
           # Aug. 4 mine blasts" tells only the blasts)
           and not ((answers := _ANSWERS_DAY.search(text, max(sent.start, d.start - 60), d.start))
                    and events.event_spans(text[sent.start:answers.start()]))
           # ("... was due to visit the town, where a grenade attack injured seven soldiers last week": the day of
           # another event, told of the place)
           and not _WHERE_ELSE_ON.search(text, max(sent.start, d.start - 120), d.start)]
    # "this morning (Monday 23 March)": the date in brackets glosses the word, and is the surer of the two; the
    # sentence's other words of the day ("and at 18h00 this afternoon") count from it too.
    glossed = [(d, o) for d in own if d.deictic for o in own if o.start > d.end and text[d.end:o.start].strip() == "("
               and not o.deictic]
    if glossed:
        shift = glossed[0][1].begin - glossed[0][0].begin
        own = [dataclasses.replace(d, begin=d.begin + shift, end_date=d.end_date + shift) if d.deictic else d
               for d in own if all(d is not g for g, _o in glossed)]
    told = own
    if (len(own) > 1 and (_STATEMENT_DATE.search(text, max(0, own[0].start - 30), own[0].start)
                          or _SPOKE_BEFORE_CONTENT.match(text, own[0].end) or _INQUIRY_AFTER.match(text, own[0].end)
                          or (_TOLD_WHOM.search(text, max(sent.start, own[0].start - 80), own[0].start)
                              and _THAT_AFTER.match(text, own[0].end)))
            and not re.match(r"['’]s\b", text[own[0].end:own[0].end + 3])) \
            or (len(own) == 2 and re.match(r"['’]s\b", text[own[1].end:own[1].end + 3])
                and _DAY_NAMES_EVENT.match(text, own[1].end) and not events.event_spans(text[sent.start:own[1].start])):
        # "the army said on Monday that ... last week": Monday dates the statement; "The police on Monday stood by
        # their account of Friday's bloodshed": Friday's is the event, Monday's frame tells none.
        own = own[1:]
    if len(own) > 1:
        # "Residents swept up glass on Wednesday after rockets slammed into the town on Tuesday": the day of the
        # aftermath, before what it came after, which has a day of its own.
        # (not "by the Sunday after the April 12 assault": a day counted from the other)
        own = [d for d in own if not (_AFTERMATH_NEXT.match(text, d.end) and any(o.start > d.end for o in own)
                                      and not re.search(r"\bthe\s+$", text[max(0, d.start - 4):d.start], re.I))] or own
    if own:
        chosen = own[0] if len(own) == 1 else _nearest_event(sent, own, text)
        anaphoric = _ANAPHORIC.search(chosen.text)
        # "The ministry on Tuesday said ... at dawn the previous day": the day before the one it spoke.
        spoke = next((d for d in told if d is not chosen and d.precision == 1 and not _ANAPHORIC.search(d.text)
                      and _statement_day(text, d)), None) if anaphoric else None
        if anaphoric and (spoke or narrative.current) is not None:
            # "the same day", "the previous day": relative to the narrative, not to publication.
            back = {"same": 0, "next": -1, "following": -1, "later": -1}.get(anaphoric.group(1).lower(), 1)
            n = spoke or narrative.current
            day = n.begin - timedelta(days=back)
            return DateMention(chosen.start, chosen.end, chosen.text, day, n.end_date if back == 0 else day,
                               n.precision, True), True
        quoted = chosen.deictic and _in_quote(text, chosen.start, sent)
        # ("At a meeting on Monday, the minister said: 'Our units today liberated ...'": the day before the
        # quote is the day of speaking)
        speaking = next((d for d in told if d is not chosen and d.precision == 1 and not d.deictic
                         and d.start < chosen.start and not _in_quote(text, d.start, sent)), None) if quoted else None
        if quoted and (speaking or narrative.current) is not None:
            # Reported speech: "this morning" in a quote is the statement's day, not the article's.
            day = speaking or narrative.current
            chosen = DateMention(chosen.start, chosen.end, chosen.text, day.begin, day.end_date, day.precision, True)
        elif chosen.deictic and chosen.precision == 1 and ref is not None:
            spoke = next((d for d in told if d is not chosen and d.precision == 1 and not d.deictic
                          and 0 < (ref - d.begin).days <= 7 and _statement_day(text, d)), None)
            if spoke is not None:
                shift = spoke.begin - ref
                chosen = dataclasses.replace(chosen, begin=chosen.begin + shift, end_date=chosen.end_date + shift)
        return chosen, True
    return narrative.current, False


def _nearest_event(sent: Sentence, own: list[DateMention], text: str) -> DateMention:
    """Of a sentence's dates, the day told nearest its event word: "appeared in court yesterday,
    charged over a shooting in Christchurch on Friday" dates the shooting Friday; not the day a source spoke
    ("came to blows at Naku La last week, the army confirmed on Monday")."""
    spans = events.event_spans(sent.text)
    if not spans:
        return own[0]
    # ("reported Monday's attack": a day's possessive names the event)
    own = [d for d in own if not _statement_day(text, d) or re.match(r"['’]s\b", text[d.end:d.end + 3])] or own
    # The first word of the sentence's event type is its news; later ones tell more ("charged with
    # murder over a shooting": the shooting).
    kind = events.event_type(sent.text)
    a, b, _kind = next((sp for sp in spans if sp[2] == kind), spans[0])
    # "a year ago yesterday" is one expression, whose head is the first.
    own = [d for i, d in enumerate(own) if not i or d.start > own[i - 1].end + 1]

    def gap(d: DateMention) -> tuple[int, bool]:
        s, e = d.start - sent.start, d.end - sent.start
        return max(a - e, s - b, 0), e <= a           # at a tie, the day after the event word ("in X on Friday")

    days = [d for d in own if d.precision <= 1] or own      # a day outranks "earlier this year"
    # "shot dead yesterday ... not connected to Thursday's bombings": a day's event named in passing; but
    # "a statement late Sunday claiming responsibility for Wednesday's attack" is about that attack.
    named = [d for d in days if re.match(r"['’]s?\b", sent.text[d.end - sent.start:d.end - sent.start + 2])]
    if named and _RESPONSIBILITY.search(sent.text):
        return named[0]
    # ("reopened yesterday, as police sifted through the debris of Saturday night's bombings": the day that
    # names an event word of the sentence is its event's, when no other day stands by an event word; "shot dead
    # two rangers on Sunday, a day after Saturday's bomb attacks" is Sunday's)
    heads = [(d, s0) for d in named for s0, _e0, _k0 in spans
             if re.fullmatch(r"['’]s?(?:\s+[\w-]+){0,3}?\s+", sent.text[d.end - sent.start:s0])]
    # (a toll or victims "of"/"from" the named day's event count that event: "on Tuesday, as the death toll from
    # Monday's suicide bombing rose")
    tied = {s0 for d, _h in heads for s0, e0, _k0 in spans
            if _TIED_TO_NAMED_DAY.fullmatch(sent.text, e0, d.start - sent.start)}
    if heads and all(max(s - (d.end - sent.start), (d.start - sent.start) - e) > 40 for d in days if d not in named
                     for s, e, _k in spans if s != heads[0][1] and s not in tied):
        return heads[0][0]
    days = [d for d in days if d not in named] or days
    # "buried their dead on Saturday as police made arrests over a suicide bombing that tore through a mosque
    # during Friday prayers": the day in the event's own relative clause is the event's.
    own_clause = [d for d in days if d.start - sent.start > b
                  and _OWN_CLAUSE.fullmatch(sent.text, b, d.start - sent.start)]
    if own_clause:
        return own_clause[0]
    return min(days, key=gap)


_OWN_CLAUSE = re.compile(r"\s+(?:that|which)\s[^,;.]*")
_TIED_TO_NAMED_DAY = re.compile(r"\s+(?:from|of|in)\s+")


#: Sentences seen and sentences parsed since start-up (the benchmark reports the share parsed).
PARSE_STATS: Counter[str] = Counter()
_NOT_PLACE_ENTS = frozenset({"NORP", "PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_STREET_NOUNS = frozenset({"road", "street", "avenue", "lane", "boulevard", "highway", "gate", "gardens"})
# A proper word beside a minor place inside one place entity, other than a generic geographic word: the
# entity is another place whose name holds the mention.
_FRAGMENT = re.compile(r"""\b(?!(?:District|Province|Region|City|Town|Village|County|State|Valley|Mountains?|
    River|Lake|Island|Islands|Coast|Bay|Gulf|Sea|Strait|Governorate|Oblast|Raion|Rayon|Hromada|Division|Tehsil|
    Municipality|Township|Upazila|Sub-?[Dd]istrict|Commune|Prefecture|Department|Parish|Canton|Zone|Area|LGA|
    North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|New|Old)\b)[A-Z][\w'’-]+""",
                       re.X)
_POSSESSOR = re.compile(r"[\w-]+['’]s\s+$")
# "Witu Lamu County" (a comma dropped): the unit after the place is another place, holding it.
# (and Nigeria's "Dikwa Local Government (Area)", "Dikwa LGA")
_UNIT_WORD_NEXT = re.compile(r"\s+(?:%s|Local\s+Government|LGA)\b"
                             % "|".join(sorted(w.capitalize() for w in UNIT_HEADS)))
_UNIT_NAMED_AFTER = re.compile(r",?\s+[A-Z][\w'’-]+\s+(?:%s)" % "|".join(sorted(w.capitalize() for w in UNIT_HEADS)))
_MAJOR_KINDS = frozenset({"country", "admin1", "capital", "continent", "disputed_territory"})


@dataclass(slots=True)
class _Prepared:
    """A document geoparsed and split, with the sentences the syntactic analysis should see."""
    doc: Document
    mentions: list[PlaceMention]
    sentences: list[Sentence]
    to_parse: list[int]
    to_tag: list[int]
    windows: dict[int, tuple[int, int]]   # the part of each sentence to tag: its doubtful places with their context
    kinds: list[str | None]       # each sentence's event type, found once
    source: Document = None       # the text-free record claims point to; wire copies add their outlets to it


# "in the Somali capital", "Ukraine's capital": a capital named by its country alone (not "the Somali capital,
# Mogadishu", whose name is a mention of its own).
_DESCRIBED_CAPITAL = re.compile(r"""\bthe\s+(?P<adjective>[A-Z][a-z]+)\s+capital\b(?!\s*,?\s+(?:[A-Z]|city\b))
    |\b(?P<country>[A-Z][a-z]+)['’]s\s+capital\b(?!\s*,?\s+(?:[A-Z]|city\b))""", re.X)


def _described_capitals(text: str, mentions: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """Mentions of capitals named by their country's adjective or name ("in the Iraqi capital")."""
    found = []
    for m in _DESCRIBED_CAPITAL.finditer(text):
        word = m.group("adjective") or m.group("country")
        iso = (actors.registry().adjectives if m.group("adjective") else actors.registry().side_names).get(word.lower())
        name = actors.capital_name(iso) if iso and len(iso) == 2 else None
        if name is None or any(o.start < m.end() and m.start() < o.end and o.surface != word for o in mentions):
            continue
        place = next((c.place for c in gaz.lookup(name, limit=5, explain=False)
                      if c.place.country == iso and c.place.kind == "capital"), None)
        if place is not None:
            start = m.start("adjective") if m.group("adjective") else m.start("country")
            found.append(PlaceMention(text[start:m.end()], start, m.end(), place, cue="described capital"))
    return found


# "Togoga, which lies some 25 km west of the regional capital Mekelle", "Amatongas, a village 40 km east of Chimoio":
# a name the gazetteer lacks, placed by the distance and bearing the words give from one it has.
_DESCRIBED_BY_DISTANCE = re.compile(r"""(?<![\w'’-])(?P<name>(?!(?:The|It|This|That|He|She|They)\b)[A-Z][\w'’-]+
    (?:\s+[A-Z][\w'’-]+){0,2}),\s+
    (?:(?:which|that)\s+(?:lies|is|sits|stands|is\s+located|is\s+situated)
      |(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:village|town|hamlet|settlement|locality|community|market\s+town)
       (?:\s+(?:located|situated|lying|that\s+lies|which\s+lies))?)
    \s+(?:(?:about|some|around|roughly|nearly|approximately|just|only)\s+)?$""", re.X)
_BY_DISTANCE = "placed by the story's distance"
_QUARTER_CUE = "a quarter of the city named before"
_DISTANCE_WORDS = re.compile(r"\b(?:km|kms|kilomet(?:re|er)s?|miles?)\b", re.I)


def _described_by_distance(text: str, mentions: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """Every mention of a name the gazetteer lacks that the story places by a distance and bearing from a place
    it has, at the measured point (each mention, so the sentences telling of the place find it)."""
    found: list[PlaceMention] = []
    if not _DISTANCE_WORDS.search(text):
        return found
    taken = [(m.start, m.end) for m in mentions]
    for k in mentions:
        if k.place is None or (y := _YARDSTICK.search(text, max(0, k.start - 80), k.start)) is None:
            continue
        d = _DESCRIBED_BY_DISTANCE.search(text, max(0, y.start() - 80), y.start())
        if d is None or any(s < d.end("name") and d.start("name") < e for s, e in taken) \
                or gaz.lookup(d.group("name"), limit=1, explain=False, fuzzy=False) \
                or (measured := _measured_from(y, k.place)) is None:
            continue
        place, radius = measured
        place = dataclasses.replace(place, id=f"{place.id}:{d.group('name')}", name=d.group("name"))
        for n in re.finditer(rf"(?<![\w'’-]){re.escape(d.group('name'))}(?![\w'’-])", text):
            if not any(s < n.end() and n.start() < e for s, e in taken):
                found.append(PlaceMention(n.group(), n.start(), n.end(), place, precision="near", uncertainty_km=radius,
                                          cue=_BY_DISTANCE))
                taken.append(n.span())
    return found


# "Mariupol city council said ... a market in the Vostochny microdistrict": a quarter of the city the story names,
# not the gazetteer's namesake far away.
# Names every old town gives its quarters: the gazetteer holds one or two of each, far from most stories' towns.
_GENERIC_QUARTERS = frozenset({"old city", "old town", "city centre", "city center", "downtown", "medina"})
_OF_A_TOWN = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z]")      # ("the Old City of Jerusalem")
_QUARTER_AFTER = re.compile(r"\s+(?:micro-?districts?|neighbou?rhoods?|quarters?|suburbs?)\b", re.I)
FAR_NAMESAKE_KM = 100.0
_QUARTER_OF = "#"       # a quarter's id is its city's, then this, then its name: "geonames:702658#Myrnyi"


def _city_id(place_id: str) -> str:
    """The id of the city a quarter put in it belongs to (any other place's own id)."""
    return place_id.split(_QUARTER_OF, 1)[0]


# "Khartoum's Mayo district"; "Mayo, a densely populated district on the southern edge of Khartoum": a quarter the
# story places in a city by its own words, wherever it stands.
_CITYS_QUARTER = re.compile(r"\s+(?:micro-?districts?|neighbou?rhoods?|quarters?|suburbs?|districts?|areas?|townships?)\b",
                            re.I)
_QUARTER_OF_CITY = re.compile(r"""\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?
    (?:micro-?district|neighbou?rhood|quarter|suburb|district|area|township)\s+
    (?:(?:on|in|at)\s+the\s+(?:[\w-]+\s+){0,2}?(?:edge|outskirts|part|side|fringes?|north|south|east|west)\s+of|of|in|outside)
    \s+(?:the\s+)?(?:capital\s*,?\s+)?$""", re.I | re.X)


# A name the gazetteer lacks that the story places in a town it names: "Wharf Jérémie, a seaside neighbourhood of
# Cité Soleil"; "the National Penitentiary in downtown Port-au-Prince".
_NAME_RUN = r"(?P<name>(?-i:(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*))"
_UNKNOWN_QUARTER_BEFORE = re.compile(_NAME_RUN + _QUARTER_OF_CITY.pattern, re.I | re.X)
_UNKNOWN_SITE_BEFORE = re.compile(r"""\bthe\s+(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}?(?:Penitentiary|Prison|Jail|Hospital|
    Stadium|Market|Mosque|Church|Cathedral|University|College|School|Hotel|Barracks|Academy|Palace|Station|Compound))
    \s+in\s+(?:downtown\s+|central\s+|the\s+centre\s+of\s+)?$""", re.X)


def _unknown_places_in_named_towns(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Every later mention of a quarter or site the gazetteer lacks, which the story placed in a town it names
    ("... the National Penitentiary in downtown Port-au-Prince ... freed our brothers from the National
    Penitentiary"), as a place in that town."""
    out: list[PlaceMention] = []
    known = [(m.start, m.end) for m in mentions if m.place is not None]
    done: set[str] = set()
    for town in mentions:
        if town.place is None or town.place.kind not in SETTLEMENT_KINDS:
            continue
        before = text[max(0, town.start - 160):town.start]
        found = _UNKNOWN_SITE_BEFORE.search(before) or _UNKNOWN_QUARTER_BEFORE.search(before)
        if found is None or (name := found.group("name")) in done or name.split()[0].lower() in _NOT_PLACE_WORDS \
                or actors.side_of(name) is not None:
            continue
        at = town.start - len(before) + found.start("name")
        if any(s < at + len(name) and at < e for s, e in known):
            continue                    # (a name the gazetteer has)
        done.add(name)
        place = _quarter_place(name, town.place)
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            if m.start() > at and not any(s < m.end() and m.start() < e for s, e in known):
                out.append(PlaceMention(name, m.start(), m.end(), place, "mentioned", "near", QUARTER_KM, _QUARTER_CUE, []))
    return out


def _quarters_of_named_cities(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions, a quarter of a city the story names put at that city: one named as a quarter after the city
    ("the Vostochny microdistrict") whose namesake in the gazetteer lies far away; or one the story calls a quarter
    of the city ("Khartoum's Mayo district", "Mayo, a district of Khartoum"), found in the gazetteer far away or not
    at all. Every mention of that name goes with it."""
    quarters: dict[str, Place] = {}
    city = None
    for i, m in enumerate(mentions):
        near = None
        if m.place is not None and city is not None and _QUARTER_AFTER.match(text, m.end):
            near = city
        elif i and _city_place(mentions[i - 1]) and re.fullmatch(r"['’]s\s+", text[mentions[i - 1].end:m.start]) \
                and _CITYS_QUARTER.match(text, m.end):
            near = mentions[i - 1]
        elif i + 1 < len(mentions) and _city_place(mentions[i + 1]) \
                and _QUARTER_OF_CITY.fullmatch(text, m.end, mentions[i + 1].start):
            near = mentions[i + 1]
        elif m.place is not None and m.surface.lower() in _GENERIC_QUARTERS \
                and text[max(0, m.start - 4):m.start].lower() == "the ":
            # "the Old City" in a story of Nablus, or "the Old City of Nablus", is Nablus's, not Jerusalem's
            owner = mentions[i + 1] if i + 1 < len(mentions) and _city_place(mentions[i + 1]) \
                and re.fullmatch(r"\s+of\s+", text[m.end:mentions[i + 1].start]) \
                else None if _OF_A_TOWN.match(text, m.end) else city
            if owner is not None and distance_km(m.place.lat, m.place.lon, owner.place.lat, owner.place.lon) > QUARTER_KM:
                quarters[m.surface] = _quarter_place(m.surface, owner.place)
            continue
        if near is not None and (m.place is None or distance_km(m.place.lat, m.place.lon, near.place.lat,
                                                                near.place.lon) > FAR_NAMESAKE_KM):
            quarters[m.surface] = _quarter_place(m.surface, near.place)
        elif _city_place(m):
            city = m
    return [dataclasses.replace(m, place=q, precision="near", uncertainty_km=QUARTER_KM, cue=_QUARTER_CUE)
            if (q := quarters.get(m.surface)) is not None
            and (m.place is None or distance_km(m.place.lat, m.place.lon, q.lat, q.lon)
                 > (QUARTER_KM if m.surface.lower() in _GENERIC_QUARTERS else FAR_NAMESAKE_KM)) else m
            for m in mentions]


def _quarter_place(name: str, c: Place) -> Place:
    return Place(id=f"{c.id}{_QUARTER_OF}{name}", name=f"{name}, {c.name}", kind="populated_place", country=c.country,
                 admin1=c.admin1, lat=c.lat, lon=c.lon, source=f"a quarter of {c.name} ({c.source})")


def _city_place(m: PlaceMention) -> bool:
    return m.place is not None and _city(m.place)


def _prepare(doc: Document, gaz: Gazetteer, oracle: NameOracle | None, source: Document | None = None) -> _Prepared:
    """Only a sentence that reports an event can make a claim: it is parsed when it holds a reporting
    word (to find who says it) and its entities are recognised when it names a candidate place (to veto
    names that are not places). Other sentences cost nothing; their sources are read by pattern."""
    mentions = geoparse(doc.text, gaz, oracle)
    mentions += _described_capitals(doc.text, mentions, gaz)
    if described := _described_by_distance(doc.text, mentions, gaz):
        mentions = sorted(mentions + described, key=lambda m: m.start)
    mentions = _quarters_of_named_cities(doc.text, mentions)
    if unknown := _unknown_places_in_named_towns(doc.text, mentions):
        mentions = sorted(mentions + unknown, key=lambda m: m.start)
    sentences = _without_datelines(split_sentences(doc.text), _datelines(doc.text))
    kinds = [events.event_type(s.text) for s in sentences]
    eventful = [i for i, s in enumerate(sentences) if kinds[i] or _RESPONSIBILITY.search(s.text)
                or _PARTICIPANT.search(s.text)       # (a source speaking of the attacker speaks of the event)
                or _CONFIRMS_TOLD.search(s.text)]    # (so does one confirming it: "This was confirmed by X")
    to_parse = [i for i in eventful if REPORTING_CUE.search(sentences[i].text)]
    # The sentence after a quotation may name its speaker ('"...," That was how the spokesman put it.').
    to_parse = sorted(set(to_parse) | {i for i in range(1, len(sentences))
                                       if sentences[i - 1].text.rstrip().endswith(('"', "”"))
                                       and REPORTING_CUE.search(sentences[i].text)})
    # Entities only where a minor place could be something else: a major place's name is itself.
    minor = sorted(m.start for m in mentions if _needs_entities(doc.text, m))
    to_tag = [i for i in eventful if _in_sentence(minor, minor, sentences[i])]
    windows = {i: _window(sentences[i], _in_sentence(minor, minor, sentences[i]), doc.text) for i in to_tag}
    PARSE_STATS["sentences"] += len(sentences)
    PARSE_STATS["parsed"] += len(to_parse)
    PARSE_STATS["entities"] += len(to_tag)
    return _Prepared(doc, mentions, sentences, to_parse, to_tag, windows, kinds,
                     source or dataclasses.replace(doc, text="", outlets=[doc.outlet or doc.path]))


def _analyse(batch: list[_Prepared]) -> list[tuple[dict[int, object], dict[int, list]]]:
    """Parses and entities of the selected sentences of a batch of documents, in one pass each
    (spaCy's per-call overhead dominates on single sentences)."""
    from geomap.extract.parse import entities, parse
    # Only what attribution reads is kept of each parse (who speaks, where), not spaCy's Doc.
    texts = [p.sentences[i].text for p in batch for i in p.to_parse]
    parsed = iter([parsed_sources(d, t) for d, t in zip(parse(texts), texts)])
    tagged = iter(entities(p.sentences[i].text[slice(*p.windows[i])] for p in batch for i in p.to_tag))
    return [({i: next(parsed) for i in p.to_parse},
             {i: [(s + p.windows[i][0], e + p.windows[i][0], label) for s, e, label in next(tagged)] for i in p.to_tag})
            for p in batch]


ENTITY_CONTEXT = 40       # characters of context either side of a doubtful place the recogniser sees


def _window(sentence: Sentence, starts: list[int], text: str) -> tuple[int, int]:
    """(start, end) within the sentence of what the entity recogniser needs to judge the doubtful places
    starting at ``starts``: a few words either side, cut at spaces. Its cost grows with the text it reads,
    and a name's type shows in its neighbourhood ("Luis Conde de la Cruz", "the Tour de France")."""
    lo = max(sentence.start, min(starts) - ENTITY_CONTEXT)
    hi = min(sentence.end, max(starts) + ENTITY_CONTEXT + 40)      # (the place itself, then its context)
    if lo > sentence.start:
        space = text.find(" ", lo, min(starts))
        lo = space + 1 if space >= 0 else lo
    if hi < sentence.end:
        space = text.rfind(" ", max(starts), hi)
        hi = space if space > 0 else hi
    return lo - sentence.start, hi - sentence.start


def _major(m: PlaceMention) -> bool:
    """A country, first-level area, capital or city of 100,000, or a town curated for conflict news
    (curated rows carry no population; "Hodeidah" is no stray in an Israeli story)."""
    return m.place is not None and (m.place.kind in _MAJOR_KINDS or (m.place.population or 0) >= 100_000
                                    or (m.place.id.startswith("curated:") and m.place.kind in SETTLEMENT_KINDS))


_NEIGHBOUR_CAP = re.compile(r"[\s-]+(?:(?:de|del|la|le|el|al|of|the|da|do|dos|das|di|du|des)[\s-]+)?[A-Z]")


def _embedded(text: str, m: PlaceMention) -> bool:
    """Whether a mention is part of a longer capitalised name ("Tour de France", "Khan el-Khalili",
    "Armed Forces of Colombia"); the entity recogniser then says whether the name is an organisation's."""
    before = text[max(0, m.start - 30):m.start]
    return bool(_NEIGHBOUR_CAP.match(text, m.end)) or bool(_CAP_BEFORE.search(before))


_COMPASS_CAP = re.compile(r"(?:North|South|East|West|Central|Upper|Lower)(?:ern|-?(?:east|west)(?:ern)?)?\s+$")


def _in_longer_name(text: str, m: PlaceMention) -> bool:
    """Whether a mention is a word of another name, as :func:`_embedded`, but not a part of its place
    ("Eastern Kenya") nor one of a hyphened pair ("the Kenya-Somalia border", "the Lamu-Garsen road")."""
    before = text[max(0, m.start - 30):m.start]
    if _COMPASS_CAP.search(before):
        before = ""
    # (a name never runs over a line break, and "Witu Lamu County" is a town before its county)
    return (bool(re.match(r"[ \t]+(?:(?:de|del|la|le|el|al|of|the|da|do|dos|das|di|du|des)\s+)?[A-Z]", text[m.end:m.end + 12]))
            and not _UNIT_NAMED_AFTER.match(text, m.end)) \
        or bool(_CAP_BEFORE.search(before) and not before.endswith("-"))


_CAP_BEFORE = re.compile(r"[A-Z][\w'’.-]*(?<!['’]s)[ \t-]+(?:(?:of|de|del|la|le|el|al|da|do|dos|das|di|du|des)[ \t-]+(?:the\s+)?)?$")


def _needs_entities(text: str, m: PlaceMention) -> bool:
    """A minor place could be a person's or a thing's name; any place inside a longer name could be part of it."""
    return not _major(m) or _embedded(text, m)


# A building or site named after its town is in that town: "the Jolo Cathedral", "Kandahar Airfield".
_SITE_NOUNS = frozenset("""cathedral church mosque temple shrine synagogue hotel school academy college university
hospital airport airfield base barracks market bazaar station square park stadium bridge prison jail camp port
harbour harbor palace embassy consulate headquarters compound checkpoint refinery""".split())


# An unknown capitalised word run into a name mid-sentence ("the Baklai Para area"): the name may be its part.
_WORD_RUN_ON = re.compile(r"(?<=[a-z,] )(?!(?:North|South|East|West|Central|Upper|Lower|Greater|Northern|Southern|"
                          r"Eastern|Western|Downtown|Old|New|Rural|Mount|Lake|Port|Fort|Saint|St|San|Santa)\b)"
                          r"[A-Z][a-z]+[ \t]$")


STRAY_KM = 1500.0
STRAY_TOWN_POPULATION = 20_000
FOREIGN_STRAY_KM = 400.0     # how far a minor place of a country the story names nothing else of may lie from it


def _near_the_story(mentions: list[PlaceMention], sentences: list[Sentence] = (), text: str = "") -> list[PlaceMention]:
    """A minor place far from every major place the story names is a misreading ("the Marriott" in a
    Jakarta story is no village in Utah): it is dropped, unless its own sentence names its country
    ("near the town of Tessit in northeastern Mali" under a LIBREVILLE dateline). Countries are not
    anchors (their points are centroids); a story that names no other major place keeps its minor ones.
    So is a major place's name run on from an unknown word ("the Baklai Para area" is no Brazilian state)."""
    def big(m: PlaceMention) -> bool:
        # (no city is sure of a place the words call a village: "Jima village" is no Jimma, Ethiopia)
        return _major(m) and not (m.place.kind not in _MAJOR_KINDS and _called_village(text, m))

    def sure(m: PlaceMention) -> bool:
        # A city major only by its size is sure when the text gives its own name, not an alternate name
        # ("Sui" of the Sui gas company is Suizhou in China by an alternate name).
        return big(m) and (m.place.kind in _MAJOR_KINDS or m.place.id.startswith("curated:")
                              or skeleton(m.surface) in (skeleton(m.place.name), skeleton(m.place.name + " City"))) \
            and not (m.place.kind != "country" and _WORD_RUN_ON.search(text, max(0, m.start - 30), m.start)
                     and not any(o.end <= m.start and o.end > m.start - 3 for o in mentions))
        #                       ("Gaza City" is Gaza by its own name)

    def anchors_by(test) -> list[Place]:
        return [m.place for m in mentions if test(m) and m.place.kind not in ("country", "continent")]

    # A city the words call a village, of a country no other place of the story lies in, is a village the
    # gazetteer lacks ("Jima village" in a Kenyan story is no Jimma, Ethiopia).
    mentions = [m for m in mentions if m.place is None or big(m) or not _major(m) or any(
        o.place is not None and o.place.id != m.place.id and o.place.country == m.place.country for o in mentions)]
    # A capital or area named only by one of its alternate names, of a country nothing else in a story of other
    # places names, is a word that happens to be that alternate ("tambon Tanyong Limo" is no Lima, Peru): it is
    # dropped rather than left to make the story's own places strays.
    mentions = [m for m in mentions if not _alias_abroad(m, mentions, text)]
    anchors = anchors_by(sure)
    if not anchors:
        sure, anchors = big, anchors_by(big)     # (a story named only by alternates keeps them as anchors)
    if not anchors:
        return mentions
    starts = [s.start for s in sentences]

    def country_named_with(m: PlaceMention) -> bool:
        if not sentences:
            return False
        sent = sentences[max(0, bisect.bisect_right(starts, m.start) - 1)]
        return m.place.country in actors.adjective_countries(sent.text) or any(
            o.place is not None and o.place.kind == "country" and o.place.country == m.place.country
            and sent.start <= o.start < sent.end for o in mentions)

    @lru_cache(maxsize=1)     # (read only when a sizeable town lies far from every anchor)
    def story_countries() -> set[str]:
        return {o.place.country for o in mentions if o.place is not None and o.place.kind == "country"} | {
            cc for s in sentences for cc in actors.adjective_countries(s.text)}

    def town(m: PlaceMention) -> bool:
        # A town of some size by its own name, of a country the story names, is no misreading wherever the
        # story's other places are: far from them all is a conflict told from a capital ("Officials in
        # Washington said"); not a surname that is a town abroad ("shot Caldwell ... in Omagh").
        return m.place.population >= STRAY_TOWN_POPULATION and skeleton(m.surface) == skeleton(m.place.name) \
            and m.place.country in story_countries()

    named_countries = Counter(o.place.country for o in mentions if o.place is not None)

    def near(m: PlaceMention) -> bool:
        # (a minor place of a country nothing else in the story lies in must lie near the story: "Arroyito, in the
        # Horqueta district" of a Paraguayan story is none of Argentina's, 860 km from Asuncion)
        # (only in a story rooted in another country: "drones at a base near Erbil airport amid the Israel-Hamas
        # conflict in the Gaza Strip" is rooted nowhere else)
        nearest = min(distance_km(a.lat, a.lon, m.place.lat, m.place.lon) for a in anchors)
        rooted = any(n >= 3 for cc, n in named_countries.items() if cc != m.place.country)
        return nearest <= STRAY_KM and (nearest <= FOREIGN_STRAY_KM or not rooted or named_countries[m.place.country] > 1
                                        or m.place.country in story_countries())

    def unit_named(m: PlaceMention) -> bool:
        # ("an ambush in Chandel district ... ministers met in New Delhi": a name the words call a district, of the
        # anchors' country, is that district wherever it lies in it)
        return m.cue == "admin" and any(a.country == m.place.country for a in anchors)

    return [m for m in mentions if m.place is None or sure(m) or near(m) or town(m) or country_named_with(m)
            or unit_named(m)]


def _alias_abroad(m: PlaceMention, mentions: list[PlaceMention], text: str) -> bool:
    """Whether a major place is named by an alternate name only, far from every other place of a story that
    names nothing else of its country, neither a place nor a people ("Nabatieh" beside "Israel" stays)."""
    if m.place is None or not _major(m) or m.place.kind in ("country", "continent") \
            or skeleton(m.surface) in (skeleton(m.place.name), skeleton(m.place.name + " City")):
        return False
    others = [o.place for o in mentions if o.place is not None and o is not m]
    far = [p for p in others if p.kind not in ("country", "continent")
           and distance_km(p.lat, p.lon, m.place.lat, m.place.lon) > STRAY_KM]
    return bool(far) and all(p.country != m.place.country for p in others) \
        and m.place.country not in actors.adjective_countries(text)


_VILLAGE_AFTER = re.compile(r"\s+village\b", re.I)
_VILLAGE_BEFORE = re.compile(r"\bvillages?\s+of\s+(?:the\s+)?$", re.I)
# "nearby villages in Macomia district, including Litamanda, Chai, Nova Zambezia and Nova Vida"
_VILLAGES_LISTED = re.compile(r"""\bvillages\b[^.;]{0,60}?,?\s+(?:including|such\s+as|namely)\s+
    (?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*,\s*|\s+and\s+))*$""", re.X)


def _called_village(text: str, m: PlaceMention) -> bool:
    """Whether the words call the place a village ("Jima village", "the village of Jima"): then no city of
    its name is sure of it by its size."""
    return bool(_VILLAGE_AFTER.match(text, m.end) or _VILLAGE_BEFORE.search(text, max(0, m.start - 20), m.start)
                or _VILLAGES_LISTED.search(text, max(0, m.start - 160), m.start))


# "a Kikuyu", "an Afghan)": a name with an indefinite article and nothing after it is a person or member.
_A_MEMBER = re.compile(r"\b(?:a|an)\s+$")
_ENDS_PHRASE = re.compile(r"\s*(?:[),.;:]|$)")
_AGENCY_AFTER = re.compile(r"\s+(?:[Nn]ews\s+)?[Aa]gency\b")
_OUTLET_BEFORE = re.compile(r"\b(?:newspaper|daily|weekly|magazine|radio|television|channel|broadcaster|news agency|"
                            r"website)\s+(?:the\s+)?$")


# "a Kabul Shi'a cultural centre": a major place and one more word that the recogniser calls an
# organisation, running on into common words, is a modifier; the place is where.
_LOWER_NEXT = re.compile(r"\s+[a-z]")


# What is done only to a place ("shelled Avdiivka", "recaptured Bakhmut"): its object is one, whatever the
# recogniser says.
_PLACE_VERB_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(FRAME_VERBS))})\s+(?:the\s+)?$", re.I)
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|near|at|outside|into|towards?|(?:town|village|city|district|province|"
                                r"region|outskirts|port|(?:north|south)(?:-?(?:east|west))?|east|west)\s+of"
                                # ("the provincial capital Sharan", "the district headquarters Wana")
                                r"|(?:capital|headquarters|town|village|city))\s+(?:the\s+)?$",
                                re.I)     # ("just east of Manbij")


# A lowercase word right after a name: the name qualifies it ("Karabakh forces").
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|and|or|of|to|for|with|by|from|near|last|this|early|late|during|after|"
                         r"before|as|where|which|when|while|since|until|the|a|an|is|was|were|has|had|have)\b)[a-z]")
_PLACE_WORD_AFTER = re.compile(r"\s+(?:town|village|city|district|province|region|county|township|"
                               r"locality|settlement)\b(?!\s+(?:of|council|chief|head|official|administrator)s?\b)")


def _veto(text: str, mentions: list[PlaceMention], sentences: list[Sentence],
          found: dict[int, list]) -> list[PlaceMention]:
    """Drop place mentions the entity recogniser says are something else.

    A nationality or group adjective (NORP: "Thai", "Kikuyu") names a side, never a place; a mention
    inside a longer name of a person, organisation, event or work ("Luis Conde de la Cruz", "Tour de
    France", "the Movement for the Emancipation of the Niger Delta") is part of that name; a mention
    that is itself a product, work or event stays a place only when the gazetteer calls it a country,
    first-level area or capital or a city of 100,000 or more. A mention that is exactly a PERSON or an
    ORG is kept: the small model tags many rare place names (villages, districts) so."""
    reg = actors.registry()
    # "Thai", "Somali": sides; a name that is also a place's, after a preposition, stays ("a village in Karabakh")
    mentions = [m for m in mentions if m.surface.lower() not in reg.adjectives
                or (m.surface.lower() in reg.side_names and _PLACE_WORD_BEFORE.search(text, max(0, m.start - 25), m.start)
                    and not _NOUN_AFTER.match(text, m.end))]
    mentions = [m for m in mentions if not _A_MEMBER.search(text, 0, m.start) or not _ENDS_PHRASE.match(text, m.end)
                or _country_after(text, m.end)]       # ("a Paris, France police station" is no member of a people)
    # A minor place's name that the text gives to an outlet ("the Basque newspaper Gara") is the
    # outlet's name wherever the story uses it.
    # (a first-level area too, "the state news agency Saba" of a Yemen story, not the Dutch island)
    outlets = {m.surface for m in mentions if not _embedded(text, m)
               and (not _major(m) or m.place is not None and m.place.kind not in ("country", "capital", "continent"))
               and _OUTLET_BEFORE.search(text, max(0, m.start - 40), m.start)}
    # ("the Huthi-run Saba news agency", "Fars news agency": an agency's name, not the island or the province)
    outlets |= {m.surface for m in mentions if m.place is not None and m.place.kind != "country"
                and _AGENCY_AFTER.match(text, m.end)}
    mentions = [m for m in mentions if m.surface not in outlets]
    mentions = _not_naming_a_body(text, mentions)
    # "a Toyota vehicle", "a white Nissan pickup": a carmaker's town abroad names the make, not where.
    home = {o.place.country for o in mentions if o.place is not None and not _A_VEHICLE.match(text, o.end)}
    # (a minor place's name so used is the make wherever it lies: "their Nissan four-wheel drive" in a story that
    # names France elsewhere)
    mentions = [m for m in mentions if not (m.place is not None and (home and m.place.country not in home or not _major(m))
                                            and _A_VEHICLE.match(text, m.end) and _MAKE_BEFORE.search(text, max(0, m.start - 12), m.start))]
    mentions = _near_the_story(mentions, sentences, text)
    ents: list[tuple[int, int, str]] = []
    for i, sent_ents in found.items():
        base = sentences[i].start
        ents.extend((base + s, base + e, label) for s, e, label in sent_ents
                    if label in _NOT_PLACE_ENTS or label in _PLACE_ENTS)
    if not ents:
        return mentions
    ents.sort()
    ent_starts = [s for s, _e, _l in ents]
    kept = []
    for m in mentions:
        # Entities never overlap one another, so the one overlapping a mention starts before its end.
        k = bisect_left(ent_starts, m.end) - 1
        hit = ents[k] if k >= 0 and ents[k][1] > m.start else None
        if hit is not None and m.place is not None and not (hit[0] >= m.start and hit[1] < m.end):
            # (an entity that is only part of the mention, "Mitiga" of "Mitiga airport", does not decide it)
            s, e, label = hit
            if s < m.start and (_OWNER_ONLY.fullmatch(text, s, m.start) or text[s:m.start].strip().lower() in UNIT_TITLES
                                or (e == m.end and text[s:m.start].strip().lower() == "the")):
                s = m.start           # "Azerbaijan’s Tovuz district" tagged ORG: the owner is no part of the name;
                #                       nor is a unit's title ("Barangay Tunggol" tagged PERSON), nor an article
                #                       ("the Nur Shams" of "the Nur Shams refugee camp")
            if _only_places(text, s, e, mentions) or (s == m.start and _UNIT_WORD_NEXT.match(text, m.end)) \
                    or (s < m.start and e == m.end and text[m.start - 2:m.start] == ", "):
                # "Strilecha and Hlyboke" tagged as one ORG is a list of places; "Bryansk Oblast Alexander
                # Bogomaz" tagged as one ORG runs an area's name into its governor's; "Barangay Cabacnitan,
                # Bilar" ends with the town that holds the place before the comma, as an address does
                kept.append(m)
                continue
            inside = e - s > m.end - m.start and not (
                label == "ORG" and text[s:e].split()[-1].lower() in _SITE_NOUNS) and not (
                # ("the town of Macomia in Cabo Delgado" tagged "Macomia in" WORK_OF_ART: a preposition is no name)
                s == m.start and re.fullmatch(r"\s+(?:in|of|on|at|near|and|the)", text[m.end:e])) and not (
                s == m.start and text[m.end:e].strip().isdigit() and _LOWER_NEXT.match(text, e)) and not (
                label == "ORG" and s == m.start and _major(m) and len(text[m.end:e].split()) == 1
                and _LOWER_NEXT.match(text, e))
            if label in _PLACE_ENTS:
                if not _major(m) and text[s:e].split()[-1].lower() not in _SITE_NOUNS | _STREET_NOUNS \
                        and _FRAGMENT.search(_POSSESSOR.sub("", text[s:m.start]) + " " + text[m.end:e]) \
                        and not _UNIT_NAMED_AFTER.fullmatch(text, m.end, e):
                    continue      # "Valley" of "Swat Valley", "Muara" of "Muara Angke": part of another place's name
                    #              (not "Ladakh's Galwan valley": the owner is no part of the name)
            elif inside or (label not in ("PERSON", "ORG") and (label == "NORP" or not _major(m))
                            and not _PLACE_WORD_BEFORE.search(text, max(0, m.start - 25), m.start)
                            and not _PLACE_VERB_BEFORE.search(text, max(0, m.start - 25), m.start)
                            and not _PLACE_WORD_AFTER.match(text, m.end)):
                continue          # (the small model calls some rare towns NORP or PRODUCT: "in Damboa" and
                #                   "invaded Damboa town" stay)
        kept.append(m)
    return kept


def _not_naming_a_body(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a place's name right before an acronym the text defines for a body: after "Yesagyo People's
    Defense Force (PDF)", "Myaing PDF" is the Myaing branch of that force, not a scene at Myaing."""
    bodies = {a.group("acr") for a in ACRONYM.finditer(text)
              if a.group("acr").isupper() and len(a.group("name").split()) >= 2} - {m.surface for m in mentions}
    if not bodies:
        return mentions
    before_body = re.compile(r"[ \t]+(?:%s)\b" % "|".join(sorted(map(re.escape, bodies), key=len, reverse=True)))
    return [m for m in mentions if not before_body.match(text, m.end)]


_A_VEHICLE = re.compile(r"\s+(?:[A-Z][\w-]+\s+)?(?:vehicles?|cars?|pick-?ups?|trucks?|SUVs?|jeeps?|sedans?|vans?|"
                        r"four-wheel[- ]drives?|4x4s?|off-roaders?|"
                        r"minibus(?:es)?|Land\s+Cruisers?|Hilux|Corolla)\b(?![\s-]*bomb)")     # (not "a Kabul car bomb")
_MAKE_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|two|three|white|black|silver|grey|gray|red|blue)\s+$", re.I)


_OWNER_ONLY = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+")


def _only_places(text: str, start: int, end: int, mentions: list[PlaceMention]) -> bool:
    """Whether an entity's text is nothing but resolved place mentions joined by commas, "and"/"or" or
    "in" or "near", with their unit words ("Strilecha and Hlyboke", "Pavlohrad in Dnipropetrovsk Oblast",
    "Bilozerka near Kherson"; not
    "Witu Lamu County", one name run into the next)."""
    inner = sorted((m for m in mentions if start <= m.start and m.end <= end and m.place is not None),
                   key=lambda m: m.start)
    if len(inner) < 2:
        return False
    edges = [start, *(x for m in inner for x in (m.start, m.end)), end]
    gaps = [text[a:b] for a, b in zip(edges[::2], edges[1::2])]
    # (the recogniser may take in the comma after the last: "Tame, Fortul," tagged a work of art)
    return _UNIT_WORDS_ONLY.fullmatch(gaps[0]) is not None and _UNIT_WORDS_ONLY.fullmatch(gaps[-1].rstrip(",")) \
        is not None and all(_PLACES_JOINED.fullmatch(g) for g in gaps[1:-1])


# What may stand around and between the places of a list or a nesting: unit words, and "and", "or", "in", commas.
_UNITS_AROUND = r"(?:\s|\bthe\b|\b(?:%s)\b)*" % "|".join(sorted(UNIT_HEADS | {"hromada", "raion", "krai", "city", "town",
                                                                          "village"}))
_UNIT_WORDS_ONLY = re.compile(_UNITS_AROUND, re.I)
_PLACES_JOINED = re.compile(rf"{_UNITS_AROUND}(?:,|\b(?:and|or|in|near)\b){_UNITS_AROUND}(?:\b(?:and|or)\b{_UNITS_AROUND})?", re.I)


# "Vitaliy Kim said this in a post on Telegram": the source of what was told just before; with the post
# named, also of the bulletin the outlet relays after it.
_SAID_THIS = re.compile(rf"""\W*(?:\w+\s+)?(?:said|says|reported|reports|wrote|writes|announced|stated|posted|informed|
    declared)\s+(?:this|so)(?=\s*(?:[.,;]|$|(?:in|on|at|to|via|during|through|while|when|after|from)\b))
    (?P<post>[^.;]*?\b{CHANNEL}\b)?""", re.X)


_NEW_NARRATION = re.compile(r"\W*(?:On\s+(?:(?-i:[A-Z])[a-z]+\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z])[a-z]+)\b|Earlier|Meanwhile|"
                            r"Separately|Previously|Recall|As\s+[\w-]+\s+(?:reported|wrote))")


# The next step of a timeline: "At 7.15 a.m., ...", "Then ...", "Later, ...".
_TIMELINE = re.compile(r"\W*(?:At\s+(?:about\s+|around\s+|approximately\s+)?\d{1,2}[.:]?\d{0,2}|Then|Later|After\s+that|"
                       r"Subsequently|Shortly\s+after(?:wards)?)\b")
# "The head of Batken region told 24.kg news agency.": a sentence that only names who told it.
_TOLD_ONLY = re.compile(r"\W*(?:\w+\s+)?told\s+[^,;:\"“”]{1,40}?\.?\s*$")


def _told_before(text: str, sentences: list[Sentence], attributions: list[Attribution | None]) -> None:
    """A source named after what it told ("... Tajik soldiers occupied the school. This is reported by
    the Border Service."; "... The governor said this on Telegram.") speaks for the unattributed
    sentences right before it (three at most); one that says where it posted it speaks for the
    unattributed sentences after it too, until another source speaks (a bulletin the outlet relays)."""
    for i, a in enumerate(attributions):
        if a is not None and a.cue == "according to" and a.span[0] <= 2:
            # "According to the Border Service, at 6 a.m. the Tajik side started firing ... At 7.15 a.m., ...":
            # the source's timeline goes on in the paragraph.
            for j in range(i + 1, len(attributions)):
                if attributions[j] is not None or "\n" in text[sentences[j - 1].end:sentences[j].start] \
                        or not _TIMELINE.match(sentences[j].text):
                    break
                attributions[j] = Attribution(a.claimant, "according to (paragraph)", "assert")
            continue
        said_this = a is not None and a.cue != "reported by" and a.span[0] <= 2 and (
            _SAID_THIS.match(sentences[i].text, a.span[1]) or _TOLD_ONLY.match(sentences[i].text, a.span[1]))
        if a is None or not (a.cue == "reported by" or said_this):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            if attributions[j] is not None:
                break
            attributions[j] = Attribution(a.claimant, f"{a.cue} (after)", "assert")
        if (said_this and said_this.groupdict().get("post")) or (a.cue == "reported by" and POSTED_ON.search(sentences[i].text)):
            for j in range(i + 1, len(attributions)):
                if (attributions[j] is not None and attributions[j].claimant.side != a.claimant.side) \
                        or _NEW_NARRATION.match(sentences[j].text):
                    break     # (another side's source, or the outlet turning to another day: "On June 13, ...";
                    #            "the statement said" of the same source goes on)
                if attributions[j] is None:
                    attributions[j] = Attribution(a.claimant, f"{a.cue} (bulletin)", "assert")


def _opens_quote(text: str) -> bool:
    """Whether a sentence leaves a quotation open (an odd number of straight quotes, or more “ than ”)."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _closes_quote(text: str) -> bool:
    """Whether a sentence closes a quotation opened before it (an odd number of straight quotes, or more ”
    than “, or ends with ” as the last paragraph of a quotation does when each paragraph reopens it, or
    reopens it and closes it: '“My people told me ...,” the lawmaker said.')."""
    opening = text.lstrip()[:1]
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“") or text.rstrip().endswith("”") \
        or (opening == "“" and "”" in text) or (opening == '"' and text.count('"') == 2)


def _source_lines(sentences: list[Sentence], attributions: list[Attribution | None]) -> None:
    """A source on a line of its own ("Source: Serhii Lysak, Head of the Oblast Military Administration")
    speaks for the lead before it and for what follows ("Quote: ...", "Details: ...") until another
    source line, the outlet's "Background:" or another side's source."""
    lines = [i for i, a in enumerate(attributions) if a is not None and a.cue == "source line"]
    for n, i in enumerate(lines):
        a = attributions[i]
        credited = dataclasses.replace(a, cue="source line (credited)", span=(0, 0), content_start=0)
        if n == 0:
            for j in range(i - 1, max(-1, i - 4), -1):
                if attributions[j] is not None:
                    break
                attributions[j] = credited
        end = lines[n + 1] if n + 1 < len(lines) else len(sentences)
        for j in range(i + 1, end):
            if BACKGROUND_LINE.match(sentences[j].text) or (
                    attributions[j] is not None and attributions[j].claimant.side != a.claimant.side):
                break
            attributions[j] = attributions[j] or credited


def _quote_runs(sentences: list[Sentence], attributions: list[Attribution | None], text: str) -> None:
    """A quotation that runs over several sentences belongs to its speaker throughout: to whoever the
    sentence opening it names ('Jane Doe said: "We were woken up. Two shells landed."'), else to whoever
    the sentence closing it names ('"... We will go on," the group said.'), else to whoever the next
    sentence names as speaking without telling of an event ('That was how the spokesman put it.'), else,
    for a paragraph that is all quotation, to the source of the paragraph before ('The police spokesman
    confirmed the attack.' then '"At about 11.30 p.m., bandits attacked the village."')."""
    i = 0
    while i < len(sentences):
        if not _opens_quote(sentences[i].text):
            if attributions[i] is None and _WHOLE_QUOTE.fullmatch(sentences[i].text) \
                    and (speaker := _paragraph_before(sentences, attributions, i, i, text)) is not None:
                attributions[i] = dataclasses.replace(speaker, span=(0, 0), content_start=0, content_end=None, second=None)
            i += 1
            continue
        j = i + 1
        while j < len(sentences) and not _closes_quote(sentences[j].text):
            j += 1
        if j >= len(sentences) or j - i > 6:
            i += 1                 # no closing quote near: a stray mark, not a quotation
            continue
        speaker = attributions[i] or _colon_lead(sentences, attributions, i) or attributions[j]
        after = j + 1
        if speaker is None and after < len(sentences) and attributions[after] is not None \
                and not any(q in sentences[after].text for q in QUOTES) and events.event_type(sentences[after].text) is None:
            # '"... All attacks were repelled." That was how the spokesman described the night.'
            speaker = attributions[after]
        speaker = speaker or _paragraph_before(sentences, attributions, i, j, text)
        if speaker is not None and speaker.claimant.side != "UNKNOWN":
            # Another sentence's speaker: the whole sentence is the quotation (no span of its own to skip).
            quoted = dataclasses.replace(speaker, span=(0, 0), content_start=0, content_end=None, second=None)
            for k in range(i, j + 1):
                attributions[k] = attributions[k] or quoted
        i = j + 1


_NAME_AFTER_QUOTE = re.compile(r"[”\"][^“”\"]*\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+[^“”\"]*$")
_WHOLE_QUOTE = re.compile(r"\s*[“\"][^“”\"]+[”\"]\s*\.?\s*")


def _paragraph_before(sentences: list[Sentence], attributions: list[Attribution | None], i: int, j: int,
                      text: str) -> Attribution | None:
    """The source of the paragraph before a paragraph that is all quotation (sentences ``i`` to ``j``): a party
    or official who spoke there goes on speaking in it."""
    before = attributions[i - 1] if i > 0 else None
    if before is None or before.claimant.side in (MEDIA, "UNKNOWN") or "\n" not in text[sentences[i - 1].end:sentences[i].start] \
            or _NAME_AFTER_QUOTE.search(sentences[j].text):
        return None           # (not '"... were also injured," said Ali Muse': a speaker of its own, if of no side)
    return before if j + 1 >= len(sentences) or "\n" in text[sentences[j].end:sentences[j + 1].start] else None


def _side_named(phrase: str, last: Claimant) -> str | None:
    """The side a phrase names: by name or adjective, or for "the army", "the government" the state that
    spoke last."""
    side = actors.side_of(phrase)
    if side is None and len(last.side) == 2 \
            and actors.normalize_claimant(phrase).type in ("army", "government", "ministry", "police"):
        side = last.side
    return side


def _same_voice(a: Attribution | None, b: Attribution | None) -> bool:
    """Whether two sentences are told by the same voice: both the outlet's, or sources of one side."""
    return (a is None and b is None) or (a is not None and b is not None and a.claimant.side == b.claimant.side
                                         and a.claimant.side != "UNKNOWN")


def _colon_lead(sentences: list[Sentence], attributions: list[Attribution | None], i: int) -> Attribution | None:
    """The source of a sentence that only introduces what follows: "The Defence Ministry reports:" or
    "X wrote on her Facebook page:" before the quotation."""
    if i == 0 or attributions[i - 1] is None or not sentences[i - 1].text.rstrip().endswith(":"):
        return None
    a = attributions[i - 1]
    return a if a.content_end is None and _WHERE_SAID.fullmatch(sentences[i - 1].text, a.content_start) else None


# Where a source said what follows its colon: "wrote on her Facebook page:", "said in a statement:".
_WHERE_SAID = re.compile(r"""\s*(?:(?:on|in|via|through)\s+(?:(?:his|her|its|their|the|an?|official|own)\s+)*
    (?:[\w.-]+\s+){0,3}?(?:page|account|channel|website|site|statement|post|message|video|briefing|address|
    Telegram|Facebook|Twitter|X|Instagram|YouTube)\s*)?:?\s*""", re.X)


# Words only a party uses of a war it fights: "the enemy", "our defenders".
_PARTISAN = re.compile(r"\b(?:the\s+enemy|enemy\s+(?:forces|troops|artillery|fire|drones?|shelling|attacks?)|"
                       r"our\s+(?:troops|forces|defenders|units|soldiers|servicemen|positions))\b", re.I)


_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")
# "In addition, in the Kupyansk direction, Russian troops...": a bulletin going on after its source spoke.
_GOES_ON = re.compile(r"\W*(?:In\s+addition|Additionally|Furthermore|Moreover|Besides|In\s+the\s+same\s+period)\s*,", re.I)


def _partisan_voice(sentence: str, state: AttributionState, reporting: bool = True) -> Attribution | None:
    """An unattributed sentence in a party's words ("The enemy launched 41 air strikes") goes on
    with the statement of the party that spoke last: an outlet does not call one side the enemy.
    "In addition, ..." goes on only with a source ``reporting`` events in the sentence before."""
    last = state.last
    if last is None or last.side == "UNKNOWN" or any(q in sentence for q in QUOTES):
        return None
    # "It said the attack took place near Daglica. The bombs reportedly went off near two army vehicles.": what
    # is only reported, right after a source told of the event, is that source's report (whoever the source).
    reported = reporting and _REPORTEDLY.search(sentence) and events.event_type(sentence) is not None
    partisan = last.side not in NON_PARTIES and (_PARTISAN.search(sentence) or (reporting and _GOES_ON.match(sentence)))
    return Attribution(last, "statement carried over", "assert") if reported or partisan else None


_REPORTEDLY = gated(r"\breportedly\b", re.I)


_WHERE_COUNTRY = re.compile(r"\b(?:in|inside|into|within|across|throughout|near|of)\s+(?:the\s+)?(?:[a-z-]+\s+)?$")
# "jihadist groups based in neighbouring Burkina Faso": a country named as the neighbour is not the story's.
_NEIGHBOURING = re.compile(r"\bneighbou?ring\s+$", re.I)


def _home(text: str, mentions: list[PlaceMention], datelines: list[tuple[int, int]]) -> str | None:
    """The country the story reports from: the most common country of its places, leaving out words
    inside longer names ("the Coast Guard") and counting the lead's places twice (a story names its
    scene first; lists of countries that condemned it come later)."""
    homes: Counter[str] = Counter()
    newline = text.find("\n", 200)
    lead_end = newline if newline > 0 else 400
    for m in mentions:
        if m.place is None or m.place.country in ("", NO_COUNTRY) or m.place.kind == "continent" \
                or _in_longer_name(text, m):
            continue
        if m.place.kind == "country" and not (_WHERE_COUNTRY.search(text, max(0, m.start - 30), m.start)
                                             or text[max(0, m.start - 2):m.start] == ", "):
            continue      # "shelling by Pakistan", "Pakistan resorted to ...": who acted, not where the story is
        if m.place.kind == "country" and _NEIGHBOURING.search(text, max(0, m.start - 15), m.start):
            continue
        # (A dateline says where the reporter is, once: "LIBREVILLE (Reuters) - ... in northern Mali".)
        homes[m.place.country] += 2 if m.start < lead_end and not any(s <= m.start < e for s, e in datelines) else 1
    if not homes:
        # A story whose places the gazetteer lacks still says whose it is: "Pakistani security forces".
        homes = actors.adjective_countries(text[:lead_end])
    return homes.most_common(1)[0][0] if homes else None


# "in the Swat Valley", "near the village of Brodec", "liberated the settlement of X": a place the sentence
# names that the gazetteer lacks.
_UNKNOWN_PLACE = re.compile(r"""
    \b(?:in|near|at|outside|around|into|from|on|zone\s+of|part\s+of|outskirts\s+of
       |liberated|captured|seized|took|retook|entered|stormed|shelled|attacked|struck|hit|targeted|raided|overran
       |fled|abandoned|evacuated)\s+
    (?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+)?
    (?: (?:(?:small|remote|coastal|border|frontline|front-line|nearby|neighbouring|neighboring|rural|mountain|mountainous|
          northern|southern|eastern|western|central)\s+)?
        (?:villages?|towns?|city|district|region|province|valley|settlements?|hamlets?|locality|township|
           communit(?:y|ies)|neighbou?rhoods?|suburbs?|favelas?|communes?)\s+of\s+(?P<after>[A-Z])
      | (?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+|\s+(?:a[dlnrst]|e[dlrst]|ash)-[\w'-]+)?)\s+
        (?:Valley|Mountains?|District|Province|Region|Village|Hills|River|Islands?|Isle|Forest|area|village|town|district|
           region|camp|township|forest)\b
      # "a battle on their border at Tsorona, a frontline village": a name the words after say is a village's
      | (?P<described>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),\s+(?:an?\s+(?:[\w-]+\s+){0,2}(?:village|town|hamlet|settlement|locality|community)
         # ("seized Satunjira, the base in the foothills of the Gorongosa mountains")
         |the\s+(?:[\w-]+\s+){0,2}(?:base|camp|stronghold|outpost|garrison|headquarters)\s+(?:in|on|at|near|of)) )
    # "Resident of the Kaspi Municipality village of Kvemo Tchala": a village is a place whatever comes before
    | \b(?:village|hamlet|settlement)\s+of\s+(?P<village>[A-Z])
    """, re.X)


# "Armenia's Defence Ministry called the report disinformation": a denial by the sentence's subject.
_CALLED_REPORT = re.compile(r"""(?P<who>(?-i:[A-Z])[^,;:"“”]{1,80}?(?:,\s+(?:an?|the)\s+[^,;:"“”]{1,80}?,)?)\s+(?:called|calls?|
    described|describes|branded|brands|
    dismissed|dismisses)\s+
    (?:the|these|those|such|this|that)\s+(?:[\w-]+\s+){0,2}(?:claims?|reports?|accusations?|allegations?|statements?|
    information)\s*[–—:-]?\s*(?:as\s+)?(?:(?:the|a|an)\s+)?(?:\w+\s+)?(?:false|untrue|baseless|groundless|fabricated|lies?|
    disinformation|fake|propaganda|provocation|nonsense)\b""", re.X | re.I)


def _called_false(sentence: str) -> Attribution | None:
    m = _CALLED_REPORT.match(sentence)
    if m is None:
        return None
    claimant = actors.normalize_claimant(m.group("who").rstrip(","))
    if claimant.side == "UNKNOWN":
        return None
    return Attribution(claimant, "called false", "deny", None, m.span("who"), m.end("who"))


def _scene_named_later(text: str, sentences: list[Sentence], attributions: list, mentions: list[PlaceMention],
                       mention_starts: list[int], datelines: list[tuple[int, int]], lead: int = 0) -> PlaceMention | None:
    """The first town or site a story's opening sentences after its ``lead`` (the sentence index after any
    headline) name where something happens (not a home, a venue or a setting), for a lead that names none."""
    # (the lead's first lines: a credit or byline line may stand before it)
    terrain = any(_TERRAIN_LEAD.search(s.text) for s in sentences[lead:lead + 3])
    for sent, attr in islice(zip(sentences[lead + 1:], attributions[lead + 1:]), SCENE_SENTENCES):
        if _SEPARATE.search(sent.text):
            continue
        named = _in_sentence(mentions, mention_starts, sent)
        if _SETTING.search(sent.text):
            # "Gunmen ambushed a patrol in a mountainous border region ... Jebel Chaambi, the country's highest
            # mountain, is located near the border": the mountain the next lines describe is the lead's.
            hill = next((m for m in named if terrain and m.place is not None and m.place.kind in _HIGH_GROUND_KINDS),
                        None)
            if hill is not None:
                return PlaceMention(hill.surface, hill.start, hill.end, hill.place, "event_location", "near", 10.0,
                                    "scene named later", hill.candidates)
            continue
        for m in named:
            if m.place is None or m.place.kind in AREA_KINDS or _holds_unknown_place(text, m, sent, named) \
                    or _measured_from_scene(m, mentions, text):
                continue          # (nor "Kadawa village in the Gusau local government area": Kadawa's, unplaced;
                #                   nor "Damaturu, the state capital, some 60 kilometers north of the school")
            role, precision, radius, cue = _role(text, m, sent, attr, datelines)
            if role not in ("event_location", "target"):
                continue
            place = m.place
            if cue == "yardstick" and (measured := _measured(text, m, sent)) is not None:
                # ("The bombing in the town of Les Issers, 60 kilometers east of the capital, Algiers": the town
                # unknown to the gazetteer is where the words measure, not the capital they measure from)
                place, radius = measured
            return PlaceMention(m.surface, m.start, m.end, place, "event_location", precision, radius,
                                "scene named later", m.candidates)
    return None


# "a West Bank refugee camp": an area naming where an unnamed site of its lies; and "the Qalandiya camp" later on,
# that site by its name.
_SITE_NOUNS_NAMED = r"(?:camp|village|town|hospital|school|mosque|church|market|checkpoint|base|outpost|prison|university)"
_AREA_OF_A_SITE = re.compile(rf"\s+(?:[\w-]+\s+)?(?P<noun>{_SITE_NOUNS_NAMED})\b", re.I)
_A_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _site_named_later(text: str, sentences: list[Sentence], mentions: list[PlaceMention], mention_starts: list[int],
                      story: _Narrative, lead: int) -> PlaceMention | None:
    """The site a lead placed only at "a <area> <site>" ("a West Bank refugee camp") names a sentence or few on
    as "the <name> <site>" ("the Qalandiya camp"), inside that area: where the lead and its story are."""
    areas = [pm for pm in story.places if pm.place is not None]
    if not areas or lead >= len(sentences) or any(pm.place.kind not in AREA_KINDS for pm in areas):
        return None
    for area in areas:
        site = _AREA_OF_A_SITE.match(text, area.end)
        if site is None or not _A_BEFORE.search(text, max(0, area.start - 30), area.start):
            continue
        noun = site.group("noun").lower()
        for sent in sentences[lead + 1:lead + 1 + SCENE_SENTENCES]:
            for m in _in_sentence(mentions, mention_starts, sent):
                named = m.surface.lower().endswith(" " + noun) or re.match(rf"\s+{noun}\b", text[m.end:m.end + 20], re.I)
                if m.place is not None and named and _THE_BEFORE.search(text, max(0, m.start - 5), m.start) \
                        and _holds(area.place, [m]):
                    return PlaceMention(m.surface, m.start, m.end, m.place, "event_location", "exact", 2.0,
                                        "site named later", m.candidates)
    return None


# "in the township", "near the village": a unit the story named before, by its unit word alone.
_DEFINITE_UNIT = re.compile(r"\b(?:in|near|at|inside|outside|on)\s+the\s+(?P<unit>township|district|province|village|town|"
                            r"airport|airbase|port|camp|refinery|dam|"
                            r"county|governorate|oblast|hromada|municipality)\b(?!\s+of\b)(?!['’])", re.I)


def _unit_named_before(text: str, mentions: list[PlaceMention], sent: Sentence) -> PlaceMention | None:
    """The last place before the sentence named with the unit word the sentence refers to it by
    ("Maungdaw Township ... in the township", "the village of Endirei ... in the village")."""
    ref = _DEFINITE_UNIT.search(sent.text)
    if ref is None:
        return None
    unit = ref.group("unit").lower()
    for m in reversed([m for m in mentions if m.end <= sent.start and m.place is not None]):
        if re.match(rf"\s+{unit}\b", text[m.end:m.end + 20], re.I) or re.search(rf"\s{unit}$", m.surface, re.I) \
                or re.search(rf"\b{unit}\s+of\s+(?:the\s+)?$", text[max(0, m.start - 25):m.start], re.I):
            return m
    return None


# "... Herat province, gunmen attacked a city police station": the city the province is named after.
_A_CITY_AFTER = re.compile(r"\b(?:a|the)\s+city(?:['’]s)?\s+(?!of\b)", re.I)


def _city_of_province(pm: PlaceMention, text: str, sent: Sentence) -> PlaceMention:
    """The province's namesake city when the sentence goes on to say that what happened was in "the city"
    ("In Herat province, gunmen attacked a city police station"); else the mention as it is."""
    if pm.place is None or pm.place.kind != "admin1" or pm.cue == "carried over" \
            or not _A_CITY_AFTER.search(text, pm.end, sent.end):
        return pm
    city = next((c.place for c in pm.candidates if c.place.kind in ("capital", "populated_place")
                 and c.place.country == pm.place.country and c.place.population >= 100_000
                 and pm.place.bbox and in_bbox(c.place, pm.place.bbox)), None)
    if city is None:
        return pm
    return dataclasses.replace(pm, place=city, precision="exact", uncertainty_km=10.0, cue="the province's city")


# "the northern Shan State city", "the Kachin State town": an area's name that describes a town told before.
_AREA_AS_ADJECTIVE = re.compile(r"\s+(?:city|town|village|port|capital)\b", re.I)
_THE_BEFORE_AREA = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.I)


def _town_the_area_describes(pm: PlaceMention, mentions: list[PlaceMention], text: str) -> PlaceMention:
    """The town the sentence named before that an area's name, used as an adjective, describes ("its command in
    Lashio ... the headquarters in the northern Shan State city": Lashio); else the mention as it is."""
    if pm.place is None or pm.place.kind not in ("admin1", "admin2", "region") or not pm.place.bbox \
            or not _AREA_AS_ADJECTIVE.match(text, pm.end) or not _THE_BEFORE_AREA.search(text, max(0, pm.start - 30), pm.start):
        return pm
    town = next((m for m in reversed(mentions) if m.start < pm.start and m.place is not None
                 and m.place.kind in SETTLEMENT_KINDS and in_bbox(m.place, pm.place.bbox)), None)
    if town is None:
        return pm
    return dataclasses.replace(pm, surface=town.surface, start=town.start, end=town.end, place=town.place,
                               precision="exact", uncertainty_km=10.0, cue="the town the area describes",
                               candidates=town.candidates)


def _past_year(day: date | None, ref: date | None) -> bool:
    """Whether a day lies a year or more before the report: a past event told as background ("The heaviest
    attack left 12 dead at Nassoumbou in December 2016"), whose places the next sentence does not take."""
    return day is not None and ref is not None and (ref - day).days >= BACKGROUND_DAYS


def _carried(places: list[PlaceMention]) -> list[PlaceMention]:
    """Copies of a narrative's places for a sentence that names none of its own."""
    return [dataclasses.replace(pm, cue="carried over", candidates=[]) for pm in places]


def _measures(town, places: list[PlaceMention]) -> bool:
    """Whether the places were measured from the town ("a camp 60 km north of Kitgum", by :func:`_measured`)."""
    return town is not None and any(pm.place is not None and pm.place.id.startswith(f"{town.id}@") for pm in places)


def _place_ids(mentions) -> set[str]:
    """The gazetteer ids of the places some mentions resolved to."""
    return {m.place.id for m in mentions if m.place is not None}


# A state's offices that a town or province in their name places: "the Kaduna State police spokesman", "Borno's governor".
_OFFICES_OF_A_PLACE = frozenset({"police", "local_authority", "army", "official", "ministry", "security_service"})


def _seat_country(claimant: Claimant, sent: Sentence, mentions: list, attr: Attribution) -> Claimant | None:
    """The claimant with the state of the town or province its name holds, when its words name no state:
    "the Kaduna State police spokesman" is Nigeria's, whoever spoke before; None when nothing changes."""
    if claimant.type not in _OFFICES_OF_A_PLACE or (by_words := actors.normalize_claimant(claimant.surface)).side != "UNKNOWN":
        return None
    countries = {m.place.country for m in mentions if m.place is not None and m.place.country
                 and m.place.kind not in ("country", "continent", "sea", "region")
                 and attr.span[0] <= m.start - sent.start < attr.span[1]}
    if len(countries) != 1 or (country := countries.pop()) == claimant.side:
        return None
    label = actors.registry().side_label.get(country, country)
    return Claimant(claimant.surface, f"{label} {by_words.canonical}", country, claimant.type)


# "At UN headquarters in New York, a spokesperson said": the body whose seat opens the sentence.
_AT_BODYS_SEAT = re.compile(r"\s*(?:At|From)\s+(?:the\s+)?(?P<body>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})(?:['’]s)?\s+"
                            r"headquarters\b[^,]{0,30},\s+")


def _body_at_its_seat(claimant: Claimant, sent: Sentence, attr: Attribution) -> str | None:
    """The side of the body at whose headquarters an unnamed speaker spoke ("At UN headquarters in New York, a
    spokesperson said"), when the speaker's own words name no side; None otherwise."""
    m = _AT_BODYS_SEAT.match(sent.text)
    if m is None or attr.span[0] < m.end() or actors.normalize_claimant(claimant.surface).side != "UNKNOWN":
        return None
    side = actors.side_of(m.group("body"))
    return side if side is not None and side != claimant.side else None


def _state_of_the_story(seat: PlaceMention, places: list[PlaceMention]) -> bool:
    """Whether a source's seat is named for an area holding the story's places, not for its town: "Katsina
    police" in a story of Kankara, Katsina State (but "a Baghdad hospital" in a story of Baghdad is the city's)."""
    return seat.cue != "city service" and not any(pm.place is not None and pm.place.id == seat.place.id for pm in places) \
        and any(_holds(c.place, places) for c in seat.candidates)


def _holds(area, places: list[PlaceMention]) -> bool:
    """Whether an area (by its box, and of the same country) holds one of the places. A box reaches over a
    border: Cambodia's Oddar Meanchey province does not hold a temple that the gazetteer files in Thailand."""
    if area is None or area.kind not in AREA_KINDS or not area.bbox:
        return False
    return any(pm.place is not None and pm.place.country == area.country and in_bbox(pm.place, area.bbox)
               for pm in places)


_INCIDENT_PLACED = gated(r"""\b(?:the|this|that|these|those|both)\s+(?:incidents?|episodes?|events|tragedy|
                                  killings?|murders?|deaths)(?:\s*,?\s*(?:which|that))?\s+
                                  (?:occurred|happened|took\s+place|unfolded)\b
    # "The base hit by the drone on Sunday was in Tiraspol": the site the story's attack hit, placed
    |\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:base|site|building|facility|installation|depot|post|checkpoint|camp|
     compound|house|market|mosque|church|school|hospital|vehicle|convoy|bus)\s+(?:that\s+was\s+)?
     (?:hit|struck|targeted|attacked|bombed|shelled)\b[^.;]{0,40}?\b(?:was|is)\s+(?:located\s+)?(?:in|near|at|outside)\b
    """, re.I | re.X)


# A tally since a month: "Lebanese authorities have reported 3,000 violations since last November".
_SINCE_MONTH = re.compile(r"\bsince\s+(?:last\s+|early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
                          r"(?!\w)(?!,?\s+\d{4})")
# ... unless it measures the event told: "the deadliest attack since March".
_SUPERLATIVE = re.compile(r"\b(?:\w+iest|worst|biggest|largest|first|most\s+\w+)\b(?:\s+[\w-]+){0,4}\s+$", re.I)


# "at least 46 militants have been killed in the provinces of ... in the past one week": a period's running total.
_PERIOD_TALLY = re.compile(r"""\b(?:have|has)\s+been\s+(?:killed|wounded|injured|neutrali[sz]ed|captured|arrested)\b
    [^.;]*?\b(?:in|during|over|within)\s+the\s+(?:past|last|previous)\s+(?:(?:one|two|three|four|six|several|few|\d+)\s+)?
    (?:weeks?|months?|years?)\b""", re.I | re.X)


def _tally_since(sentence: str) -> re.Match | None:
    """A count since a month, or over the past weeks, which is a campaign's running total, not an incident."""
    m = _SINCE_MONTH.search(sentence)
    if m is None:
        return _PERIOD_TALLY.search(sentence)
    if _SUPERLATIVE.search(sentence, 0, m.start()):
        return None
    clause = re.search(r",\s*(?:which|who|where)\b|\b(?:that|which|who)\s+(?:have|has|had)\b", sentence[:m.start()])
    if clause and not re.search(r"\b(?:killed|killing|wounded|injured|left\s+[\w,.\s]{1,20}dead)\b",
                                sentence[clause.end():m.start()]):
        return None       # (nor what a relative clause says of a place or a party: "Lachin, which has been held since
        #                   November", "forces that have controlled the terminals since September";
    return m              #  but "its offensive on Gaza, which has killed 38,200 people since Oct. 7" is a tally)


_IN_COUNTRY = re.compile(r"(?<!based\s)\b(?:in|across|inside|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|central)"
                         r"(?:ern|-?(?:east|west)(?:ern)?)?\s+)?$", re.I)


def _across_countries(text: str, mentions: list[PlaceMention], places: list[PlaceMention]) -> bool:
    """Whether the sentence places what it tells in countries, not in the story's town: "strikes in
    northern Iraq and Syria", "operations in Somalia" in a Kenyan story."""
    named = {m.place.country for m in mentions if m.place is not None and m.place.kind == "country"
             and _IN_COUNTRY.search(text, max(0, m.start - 25), m.start) and not re.match(r"['’]s\b", text[m.end:m.end + 2])}
    home = {pm.place.country for pm in places if pm.place is not None}
    return len(named) > 1 or bool(named - home)


def _names_story_place(mentions: list[PlaceMention], places: list[PlaceMention]) -> bool:
    ids = {pm.place.id for pm in places if pm.place is not None}
    return any(m.place is not None and m.place.id in ids for m in mentions)


# A name, then the area the words put it in (or near), that holds a place the gazetteer lacks: "near Tia in
# Mouhoun province", "the Ta Mon Thom temple in Oddar Meanchey", "Miano area of Sindh", "attacked Ingoane village,
# in Macomia district", "Shchetinovka, a locality in Russia's Belgorod region", "bombed Kyauk Ni Maw, on Ramree island".
_UNKNOWN_IN_AREA = re.compile(r"""
    \b(?:in|at|near|of|outside|on|attacked|raided|stormed|struck|hit|shelled|bombed|targeted|captured|seized|entered)\s+
    (?:the\s+)?(?:(?:village|hamlet|community|locality|settlement|town|area|(?:administrative\s+)?post)\s+of\s+)?
    (?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})
    (?:\s+(?:forests?|jungles?|hills?|mountains?|valley))?     # ("in Salinder forest area of J-K's Bandipora district")
    (?:\s+(?:village|hamlet|community|locality|temple|camp|area|base|town|sector|post|checkpoint))?
    (?:\s*,\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|hamlet|locality|settlement|community)(?:\s+located)?)?
    (?:\s*,?\s+(?P<rel>in|of|near|on)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?(?:[A-Z][\w'’-]+['’]s\s+)?
     |\s*,\s*)$     # ("the village of Oleksandrivka, Bohoduhiv district")
    """, re.X)
# "Puncak Jaya's Ilu subdistrict", "Idlib's Kfar Nabl village": an area's own unit or village after its name.
_UNKNOWN_OWNED = re.compile(r"""['’]s?\s+(?:(?:north|south|east|west|central)\w*\s+)?
    (?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+
    (?:sub-?districts?|villages?|towns?|districts?|townships?|counties|county|communes?|upazila|tehsil|areas?)\b""", re.X)
# The unit words of wide areas: a district, county or province the gazetteer knows only by its seat town is
# no stand-in for a village in it, while a sub-district, township or commune is near enough to be.
_WIDE_UNIT = r"(?:district|county|region|province|state|oblast|governorate|department|prefecture|local\s+government\s+area|LGA)"
_WIDE_UNIT_NAMED = re.compile(rf"\s+(?i:{_WIDE_UNIT})\b")
_WIDE_UNIT_END = re.compile(rf"\s(?i:{_WIDE_UNIT})$")


WIDE_AREA_DEGREES = 0.5     # an area wider than this is no stand-in for a place inside it


def _holds_unknown_place(text: str, pm: PlaceMention, sent: Sentence, mentions: list[PlaceMention]) -> bool:
    """Whether an area's point stands for a place inside it that the gazetteer lacks: the claim then
    keeps the area as an attribute of an unplaced event, not as a point on a centroid."""
    if pm.place is None or pm.place.kind in ("country", "continent"):
        return False
    # An area, or a town the words name as a wide one ("Macomia district": the gazetteer may know only its seat).
    area = pm.place.kind in AREA_KINDS or bool(_WIDE_UNIT_NAMED.match(text, pm.end) or _WIDE_UNIT_END.search(pm.surface))
    box = pm.place.bbox
    if box is not None and bbox_width(box) < WIDE_AREA_DEGREES:
        return False          # ("the Bogside area of Derry": a city's own district stands for the city)
    if not area or pm.place.kind == "admin2" or pm.place.kind in SETTLEMENT_KINDS:
        return False          # (a district, known by its extent or its seat, stands for a village in it:
        #                       ACLED's geo-precision 2; see :func:`_seat_for_unknown`)
    return _unknown_inside(text, pm, sent, mentions)


SEAT_STAND_IN_KM = 25.0    # how far from its seat a village the gazetteer lacks may lie in the district named


def _seat_for_unknown(text: str, pm: PlaceMention, sent: Sentence, mentions: list[PlaceMention]) -> PlaceMention:
    """A district's seat standing for a village in the district that the gazetteer lacks ("Gidan Tsohuwa, a
    remote village in Zurmi local government area"): the point is the seat's, its precision the district's."""
    if pm.place is None or pm.place.kind not in SETTLEMENT_KINDS or pm.precision != "exact" \
            or not (_WIDE_UNIT_NAMED.match(text, pm.end) or _WIDE_UNIT_END.search(pm.surface)) \
            or not _unknown_inside(text, pm, sent, mentions):
        return pm
    return dataclasses.replace(pm, precision="district", uncertainty_km=max(pm.uncertainty_km, SEAT_STAND_IN_KM),
                               cue="the seat of the district named")


def _unknown_inside(text: str, pm: PlaceMention, sent: Sentence, mentions: list[PlaceMention]) -> bool:
    """Whether the words put a place the gazetteer lacks inside the area ``pm`` ("X village in Y district")."""
    for m in (_UNKNOWN_IN_AREA.search(text, max(sent.start, pm.start - 120), pm.start),
              _UNKNOWN_OWNED.match(text, pm.end, min(sent.end, pm.end + 80))):
        if m is None or (m.groupdict().get("rel") == "near" and pm.place.kind not in AREA_KINDS):
            continue          # ("the village of X, near Y": the town Y is near enough to stand for it)
        name = m.group("name")
        if name.split()[0].lower() in _NOT_PLACE_WORDS or actors.side_of(name) is not None:
            continue          # ("on Monday in Idlib province", "struck Hezbollah in the Bekaa Valley")
        # (nor a word of a known name: "across the Line of Control in the Neelum Valley")
        if not any(o.place is not None and o.start < m.end("name") and m.start("name") < o.end for o in mentions):
            return True
    return False


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:al|el|de|del|la|le|da|do|di|du|des|of)\s+)?[A-Z][\w'’-]*)*")


_NOT_PLACE_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december easter christmas ramadan eid""".split())
# "the Timba attack": an event named by its place; "air strikes on nearby Maaret Hermeh": a place by the word
# before it.
_NAMED_EVENT = re.compile(r"\bthe\s+(?P<name>[A-Z][\w'’-]+)\s+(?:attack|bombing|blast|explosion|massacre|ambush|raid|"
                          r"shooting|shelling|strike|assault|killings?)\b"
                          r"|\b(?:in|on|at|near|to)\s+(?:the\s+)?(?:nearby|neighbouring|neighboring|adjacent)\s+"
                          r"(?P<near>[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)?)")


# A source that would not say where: "said one of its fighters was killed, but did not say when or where".
_UNSAID_PLACE = gated(r"""\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|without|declined\s+to|refused\s+to)\s+
    (?:say(?:ing)?|specify(?:ing)?|give|giving|disclose|disclosing|reveal(?:ing)?|mention(?:ing)?|provide|providing|
    identify(?:ing)?)\s+(?:[\w,]+\s+){0,3}?where\b
    |\b(?:location|place)\s+(?:was|were|is|has)\s+not\s+(?:been\s+)?(?:given|disclosed|specified|revealed)\b
    |\b(?:an\s+)?(?:undisclosed|unspecified|unnamed)\s+(?:location|place|area|site)\b""", re.I | re.X)


# Many places at once, none named: "in the east and south of the country", "into towns and villages",
# "in other parts of the country", "across the country".
_MANY_PLACES = gated(r"""\b(?:in|across|into|on)\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+
    (?:and|or)\s+(?:the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:parts?\s+)?of\s+the\s+country\b
    |\b(?:towns|villages|cities|settlements)\s+and\s+(?:towns|villages|cities|settlements)\b
    |\b(?:in|across|into|to)\s+(?:other|several|many|various|numerous|different)\s+(?:parts|areas|regions|provinces|
     districts|towns|villages|cities)\b
    |\b(?<!sources\s)(?<!network\s)(?<!contacts\s)(?<!informants\s)(?<!activists\s)(?<!offices\s)
     (?:across|throughout)\s+the\s+country\b|\bnationwide\b""", re.I | re.X)
# (not where a source has its eyes: "a war monitor with sources across the country")


def _unknown_place(sent: Sentence, mentions: list[PlaceMention]) -> bool:
    """Whether the sentence says where with a name the gazetteer lacks, says it will not say where, or puts
    what it tells in many places it does not name: it is elsewhere than the story, and takes none of the
    story's places."""
    if _UNSAID_PLACE.search(sent.text) or _MANY_PLACES.search(sent.text):
        return True
    for m in _NAMED_EVENT.finditer(sent.text):
        group = "name" if m.group("name") else "near"
        name = m.group(group)
        if actors.side_of(name) is None and name.lower() not in _NOT_PLACE_WORDS and not any(
                sent.start + m.start(group) <= pm.start < sent.start + m.end(group) for pm in mentions
                if pm.place is not None or pm.candidates):
            return True     # (not "the Israeli attack", "the Hamas attack": a side's)
    for m in _UNKNOWN_PLACE.finditer(sent.text):
        # ("the village of" + the name that follows; "Jurf al-Nasr area": the name before the unit word)
        after = m.group("after") or m.group("village")
        start = m.start("after") if m.group("after") else m.start("village")
        if after:
            # (the name is the run of capitalised words there: "Timba" of "the town of Timba, in Cauca")
            end = start + _CAPITALISED_RUN.match(sent.text, start).end() - start
        else:
            start, end = m.span("name") if m.group("name") else m.span("described")
        if not any(sent.start + start <= pm.start < sent.start + end for pm in mentions
                   if pm.place is not None or pm.candidates):        # (a name the gazetteer has, resolved or not)
            return True
    return False


# A translation's note on its original: "This article was originally published on the Russian page of ...
# on October 13, 2018": "today" in the text is that day.
_ORIGINALLY = re.compile(r"\b(?:originally|first)\s+(?:published|posted|appeared)\b[^.\n]{0,120}?\bon\s+$", re.I)


def _first_published(text: str, published: date | None) -> date | None:
    """The day the text was first published, when it says so in the week before ``published``, or the day its
    dateline was filed on, a day or two before the paper's ("INHAMBANE, Mozambique, July 23 —" in the July 24
    paper: its "today" is July 23)."""
    if published is None:
        return published
    if re.search(r"\b(?:originally|first)\s+(?:published|posted|appeared)\b", text, re.I):
        for d in find_dates(text, published):
            if d.precision == 1 and 0 < (published - d.begin).days <= 7 \
                    and _ORIGINALLY.search(text, max(0, d.start - 160), d.start):
                return d.begin
    for start, end in _datelines(text)[:1]:
        filed = [d for d in find_dates(text[start:end], published) if d.precision == 1 and not d.deictic]
        if len(filed) == 1 and 0 < (published - filed[0].begin).days <= 2:
            return filed[0].begin
    return published


def _claims_of(prepared: _Prepared, parses: dict[int, object], ents: dict[int, list]) -> list[Claim]:
    doc, mentions, sentences = prepared.doc, prepared.mentions, prepared.sentences
    text = doc.text
    # Claims keep their source's metadata, not its text: memory stays bounded by claims, not by the corpus.
    source = prepared.source
    ref = _first_published(text, doc.published)
    dates = sorted(find_dates(text, ref), key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    datelines = _datelines(text)
    doc_sides: Counter[str] = Counter(side for _s, _e, side in _side_mentions(text))
    mentions = _outside_named_area(text, _veto(text, mentions, sentences, ents))
    story_countries = {m.place.country for m in mentions if m.place is not None and not any(
        a <= m.start < b for a, b in datelines)}
    dateline_place = next((PlaceMention(m.surface, m.start, m.end, m.place, "event_location", "exact", 2.0, "")
                           for m in mentions if datelines and datelines[0][0] <= m.start < datelines[0][1]
                           and m.place is not None and m.place.kind not in ("country", "continent")), None)
    state = AttributionState(home=_home(text, mentions, datelines), aliases=document_aliases(text), story=text,
                             dateline=_dateline_country(text, mentions, datelines, story_countries),
                             countries=frozenset(story_countries | set(actors.adjective_countries(text))))
    # Each sentence takes its own mentions and dates by bisection: linear in the document, however long.
    mentions.sort(key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    attributions = []
    venue_here: str | None = None
    for i, s in enumerate(sentences):
        in_sentence = _in_sentence(mentions, mention_starts, s)
        state.here = _sentence_country(text, in_sentence, None if venue_here else state.here)
        # "In Jakarta, the armed forces spokesman put the toll at five": officials in the capital the sentence
        # opens in are its state's, for that sentence only.
        venue_here = _capital_opening(text, s.start, in_sentence)
        state.here = venue_here or state.here
        # (not where a source was, told in a clause about him: "The governor, who followed the assault by telephone
        # from Amman, the Jordanian capital, said")
        asides = [m.span() for m in _WHO_ASIDE.finditer(text, s.start, s.end)]
        state.scene = _scene_country([m for m in in_sentence if not any(a <= m.start < b for a, b in datelines)
                                      and not any(a <= m.start < b for a, b in asides)])
        # (an editor's note in brackets, "[A hromada is an administrative unit]", interrupts no statement)
        k = next((j for j in range(i - 1, -1, -1) if not _BRACKETED.fullmatch(sentences[j].text.strip())), -1)
        reporting = k >= 0 and attributions[k] is not None and prepared.kinds[k] is not None
        attributions.append(source_line(s.text, state) or attribute(s.text, state, parses.get(i))
                            or _called_false(s.text) or _partisan_voice(s.text, state, reporting))
        state.note_actors(s.text)
    _quote_runs(sentences, attributions, text)
    _told_before(text, sentences, attributions)
    _source_lines(sentences, attributions)
    sentence_kinds = prepared.kinds
    headline_end = _headline_end(text)

    def _day_told_next(index: int, same_voice: bool = False) -> DateMention | None:
        """Before the story has a day: the day the next sentence or two give an event, to the day
        (not an earlier one, "after an attack on Monday", nor one after publication). With ``same_voice``,
        only the same source's sentences count, and not the day it spoke."""
        for j in range(index + 1, min(index + 3, len(sentences))):
            nxt = sentences[j]
            if not (sentence_kinds[j] or (same_voice and _PARTICIPANT.search(nxt.text))) \
                    or ((same_voice or (attributions[j] is not None
                                        and not _same_kind(sentence_kinds[j], sentence_kinds[index])))
                        and not _same_voice(attributions[index], attributions[j])):
                # (another source's next words of another kind of event tell its own account's day: "Basurin said
                # the soldiers had surrendered. ... Stelmakh said the separatists had shelled Debaltseve on Tuesday")
                # (a sentence of the same source about the victims tells their day too: "Most of the victims
                # were cadets who had gathered on the parade ground late on Saturday, the spokesman said")
                continue
            if same_voice and (there := _place_ids(_in_sentence(mentions, mention_starts, nxt))) \
                    and not there & _place_ids(_in_sentence(mentions, mention_starts, sentences[index])) \
                    and not _THE_PLACE_AGAIN.search(nxt.text):
                # (but "... as they entered the village, just north of Vukovar": the lead's village again)
                # ("Abiy had on Tuesday accused loyalists of a killing spree in Mai Kadra. Abiy launched the
                # campaign on Nov. 4, saying forces had attacked a base in Mekelle": another event's day)
                continue
            day, own = _sentence_date(nxt, _in_sentence(dates, date_starts, nxt), text, _Narrative(), datelines)
            if own and day is not None and day.precision == 1 and (ref is None or day.begin <= ref) \
                    and not _EARLIER_EVENT.search(text, max(nxt.start, day.start - 40), day.start) \
                    and not _AHEAD.search(text, nxt.start, day.start):
                if not same_voice:
                    return DateMention(day.start, day.end, day.text, day.begin, day.end_date, day.precision, True)
                spoke = attributions[j] is not None and day.end <= nxt.start + attributions[j].span[0] \
                    and re.fullmatch(r"[\s,]*", text[day.end:nxt.start + attributions[j].span[0]]) is not None
                if not _statement_day(text, day) and not spoke:     # (nor "On Monday, the spokesman had told ...")
                    return day
        return None

    @lru_cache(maxsize=1)
    def holders() -> frozenset[str]:
        """The areas the story says hold a place the gazetteer lacks (worked out when first asked)."""
        return frozenset(m.place.id for sent in sentences for ms in (_in_sentence(mentions, mention_starts, sent),)
                         for m in ms if _holds_unknown_place(text, m, sent, ms))

    def run(narrative: _Narrative, body_from: int = 0) -> tuple[list[Claim], _Narrative | None, bool]:
        """The claims, the narrative as the story was first placed, and whether a source spoke
        before that with no place of its own. Text before ``body_from`` (a headline) is not read."""
        story: _Narrative | None = None
        waiting = lost = unplaced_story = False
        claims: list[Claim] = []
        said: set[tuple] = set()
        place_days: dict[str, DateMention] = {}     # the day the story first gave each town of its own
        lead_start = len(text) - len(text[body_from:].lstrip())     # (past the blank line after a headline)
        newline = text.find("\n", lead_start)
        for _standfirst in range(2):
            # ("The ambush took place in an area fought over by cartels." over "(CNN) Thirteen police were killed
            # in Michoacan"): a standfirst that names no place is not the lead that places the story.
            if newline < 0 or any(lead_start <= m.start < newline and m.place is not None for m in mentions):
                break
            lead_start = len(text) - len(text[newline:].lstrip())
            newline = text.find("\n", lead_start)
        lead_end = newline if newline > 0 else len(text)
        # ("Israeli drones at dawn targeted ..." then "strikes killed two on Saturday": the lead is today's)
        lead_today = _AT_DAWN.search(text, lead_start, lead_end) is not None
        first = _first_at(sentences, body_from)
        lead_day: DateMention | None = None     # the day the lead paragraph goes on to give its attackers
        events_day: DateMention | None = None   # a day the story turned to by its events ("Saturday's events")
        for index, (sent, attr) in enumerate(zip(sentences, attributions)):
            if index < first:
                continue
            if narrative.ahead and any(pm.start < sent.end if pm.cue != "dateline scene" else sent.start >= lead_end
                                       for pm in narrative.places):
                narrative.ahead = False   # the story has reached the places its lead took ahead of time
                #                           (its dateline's town, above the lead, once past the lead)
            when, own_date = _sentence_date(sent, _in_sentence(dates, date_starts, sent), text, narrative, datelines, ref)
            if not own_date and attr is not None and index > 0 and sentence_kinds[index] \
                    and not sentence_kinds[index - 1] and _same_voice(attr, attributions[index - 1]) \
                    and re.match(r"(?:it|he|she|they|the\s+\w+)\s+(?:also\s+)?(?:said|added)\b", sent.text, re.I):
                # "The ministry on Tuesday tweeted that armed criminals were 'dismantled' at dawn the previous
                # day. It said that 14 were killed at Kayange": the day its first words gave, which named no event.
                before, own_before = _sentence_date(sentences[index - 1], _in_sentence(dates, date_starts, sentences[index - 1]),
                                                    text, narrative, datelines, ref)
                if own_before and before is not None and before.precision == 1 \
                        and (ref is None or before.begin <= ref):
                    when, own_date = before, True
            if own_date and when is not None and ref is not None and (when.begin - ref).days > 1:
                # A day after the report is a deadline or a plan ("the truce that expires next Sunday"), not
                # when anything told happened: the story's day.
                when, own_date = narrative.current, False
            if own_date and when is not None and when.precision == 1 and attr is not None \
                    and (_SPOKE_BEFORE_CONTENT.match(text, when.end) or _statement_day(text, when)) \
                    and (later := _day_told_next(index, same_voice=True)) is not None and later.begin < when.begin:
                # "The RSF on Tuesday accused army warplanes of bombing a market in X. 'The warplanes continued
                # their raids on Monday ...'": Tuesday is the day it spoke, the next lines give the event's.
                when = later
            if own_date and when is not None and when.precision == 1 and (told := _DAY_AFTER_EVENT.match(text, when.end)):
                # "Authorities disclosed the casualties Friday, one day after the deadly incident occurred": the
                # event that many days before the day it was told.
                day = when.begin - timedelta(days=parse_number(told.group("n"))[1])
                when = DateMention(when.start, told.end(), told.group(), day, day, 1, True)
            if own_date and when is not None and when.precision == 1 \
                    and (after := _DAYS_AFTER.search(sent.text, when.end - sent.start)) is not None \
                    and events.event_type(sent.text[after.end():]) is not None \
                    and events.event_type(sent.text[:after.start()]) is None:
                # "Voters went to the polls today, less than a day after the president was wounded by gunfire":
                # the sentence's day is that of something else, its event that many days before.
                day = when.begin - timedelta(days=_days_in(after))
                when = DateMention(sent.start + after.start(), sent.start + after.end(), after.group(), day, day, 1, True)
            if when is None and sentence_kinds[index] and attr is not None \
                    and not (lead_today and sent.start < lead_end):
                # "The ministry identified the bomber of the church in Tanta. The bombing was on Sunday."
                when = _day_told_next(index)
            now = _GOING_ON.search(sent.text) if not own_date and ref is not None else None
            if now:
                # "Presently, fierce battles are underway in the direction of Tovuz": the day it is told.
                when, own_date = DateMention(sent.start + now.start(), sent.start + now.end(), now.group(), ref, ref, 1,
                                             True), True
            before_story = _DAYS_BEFORE.search(sent.text) if not own_date and narrative.current is not None else None
            if before_story and _CAME_BEFORE.search(sent.text, 0, before_story.start()):
                before_story = None     # ("The attack came just a day before the minister's visit": before that)
            if before_story and not _DAYS_EARLIER.search(sent.text):
                # "The ministry added that a day earlier its forces repelled units at Sevlich": the day before
                # the story's.
                day = narrative.current.begin - timedelta(days=_days_in(before_story))
                when, own_date = DateMention(sent.start + before_story.start(), sent.start + before_story.end(),
                                             before_story.group(), day, day, narrative.current.precision, True), True
            # (a story that gives no day of its own is on the day it was published)
            base = narrative.current.begin if narrative.current is not None else ref
            earlier = _DAYS_AFTER.search(sent.text) if not own_date and base is not None else None
            lead_after = False
            unrelated = len(sent.text)      # where what the story's event is told against begins, if anything
            if earlier and events.event_type(sent.text[earlier.end():]) is None:
                # ("the clashes came a day after the government announced a proposal": no event; "The attack came
                # a day after the death in Moscow of a singer": nor is that death's place the attack's)
                unrelated, earlier = earlier.start(), None
            elif (came := _CAME_AROUND.search(sent.text)) is not None and events.event_type(sent.text[came.end():]) is None:
                # ("The attack came days before the leaders were due to meet Macron in the French town of Pau")
                unrelated = came.start()
            if earlier:
                # "The blast came a day after gunmen shot dead four workers in Mastung": the event after
                # "after" is that many days before the story's, and it is what the sentence places.
                day = base - timedelta(days=_days_in(earlier))
                when = DateMention(sent.start + earlier.start(), sent.start + earlier.end(), earlier.group(), day, day,
                                   narrative.current.precision if narrative.current is not None else 1, True)
                if sent.start < lead_end and not re.search(r"\w", sent.text[:earlier.start()]):
                    # "Three days after a car bomb exploded inside the brigade's headquarters, investigators are
                    # examining ...": a lead opening so tells the story's event, on its day.
                    narrative.current, lead_after = when, True
            # A day that is not the story's moves no narrative: an earlier one in the pluperfect or of the event
            # answered ("fired a missile in response to the death of three members when Israel bombarded southern
            # Lebanon on Monday"), or one a relative clause gives something else ("The truce, which came into effect
            # early on November 27, stipulates ...").
            earlier_told = own_date and when is not None and (
                (narrative.current is not None and when.begin < narrative.current.begin
                 and not _statement_day(text, narrative.current)     # (not before a day someone only spoke)
                 and (_PLUPERFECT.search(sent.text, 0, when.start - sent.start) is not None
                      or _ANSWERED_BEFORE.search(text, max(sent.start, when.start - 150), when.start) is not None
                      or _SUSPECTED_OF.search(text, max(sent.start, when.start - 120), when.start) is not None))
                or _RELATIVE_OPEN.search(text, sent.start, when.start) is not None
                # ("The fighting, which was preceded by a suicide attack Saturday night": the earlier event's day)
                or _PRECEDED_BY.search(text, max(sent.start, when.start - 90), when.start) is not None
                # ("His statement came amid ... over Monday's Israeli airstrike in Damascus": the backdrop's day)
                or _BACKDROP.search(text, sent.start, when.start) is not None)
            # ("The official account of Saturday's events": the day the story turns to)
            turned = own_date and when is not None and when.precision == 1 \
                and _EVENTS_OF_THE_DAY.match(text, when.end) is not None
            # (not the later day bodies were found: "police recovered the bodies on Friday morning" after a
            # gunfight on Thursday night dates the finding, not what the story tells next)
            later_day = own_date and when is not None and narrative.current is not None \
                and when.begin > narrative.current.begin
            found_later = later_day and _BODIES_FOUND.search(sent.text) is not None
            # (nor a later day a source spoke: "officials said on Saturday that a bodyguard had also died" of
            # Friday's bomb)
            spoke_later = later_day and _statement_day(text, when)
            if own_date and when is not None and when.precision <= 3 and sentence_kinds[index] and not found_later \
                    and not earlier_told and not _aside_day(text, sent, when) and not spoke_later:
                # (a date of something else, "the vote was on Friday", dates no event; nor does an earlier
                # event's, "a curfew following a deadly attack on Monday")
                # ("injured after a stabbing on Friday in Auckland" is the story's event: it has its place)
                cue = _EARLIER_CLAUSE.search(text, max(sent.start, when.start - 90), when.start)
                clause_end = _CLAUSE_END.search(text, when.end, sent.end)
                if cue is None or any(
                        m.place is not None and m.place.kind not in ("country", "continent")
                        and m.start < (clause_end.start() if clause_end else sent.end)
                        for m in _in_sentence(mentions, mention_starts, sent)) \
                        or (not cue.group().lower().startswith("since")
                            and _TOLL_THEN.search(text, sent.start, cue.start())):
                    # ("Sixteen soldiers were killed following an ambush on Saturday": the toll's own event)
                    # ("fire since Hamas attacked Israel on October 7, sparking war in the Gaza Strip": the
                    # place after the clause is not the earlier event's)
                    narrative.current = when
            elif own_date and when is not None and when.precision <= 3 and narrative.places and not earlier_told \
                    and not found_later and not spoke_later and (ref is None or when.begin <= ref) \
                    and not _OTHER_EVENT.search(sent.text) \
                    and (_names_story_place(_in_sentence(mentions, mention_starts, sent), narrative.places)
                         or _THE_ATTACKERS.match(sent.text)
                         or turned):
                # ("The insurgents came in through the Biu-Damboa road around 7pm yesterday": the story's
                # attackers, on their day)
                if lead_day is None and _THE_ATTACKERS.match(sent.text) and (
                        sent.start < lead_end or not any(c.date_text and not c.date_text.startswith("(") for c in claims)):
                    # (and the next paragraph's, when the lead gave no day at all: "Bentalha was still burying its
                    # dead. ... The attackers reached the quarter at 11.30 on Monday night")
                    lead_day = when
                    if not narrative.dated:
                        narrative.places_day, narrative.dated = when.begin, True     # (the story's day from now on)
                if turned:
                    events_day = when     # (the day the story turns to, over any a town was given before)
                # "Gunmen arrived in Monguno on Saturday. They overran the army post...": a day the
                # story's place is given dates what happens there next.
                narrative.current = when
            # The reported content: the sentence without the claimant and its cue ("..., X said." or "X said ...").
            body = sent.text        # (its dateline, "KYIV, Ukraine (AP) -", already blanked: it names no party)
            content = body[:attr.span[0]] + " " + body[attr.content_start:attr.content_end] if attr else body
            if earlier:
                kind = events.event_type(sent.text[earlier.end():])
            elif sentence_kinds[index] is None or attr is None:
                kind = sentence_kinds[index]    # (a part names no event its sentence does not)
            else:
                # (the sentence's own event, not the one it answers: "in response to Israeli strikes")
                kind = events.event_type(content[:_other_event_clause(content)]) or events.event_type(content)
            # "Witnesses to the explosion say ...": the event is named in the source's own phrase; such a
            # statement is about the story's event, so it may only take the story's places.
            about_story = kind is None and attr is not None
            kind = kind or sentence_kinds[index]
            responsibility = attr is not None and _RESPONSIBILITY.search(sent.text) is not None
            if kind is None and responsibility:
                kind, about_story = narrative.kind, True    # "X claimed responsibility": for the story's event
            denial = attr is not None and (attr.stance == "deny" or _CALLED_FALSE.search(content) is not None) \
                and not _SUPPORT_DENIED.search(sent.text)
            if kind is None and denial and narrative.kind is not None:
                kind, about_story = narrative.kind, True    # "Kyrgyzstan denied the claim": the story's event, denied
            if kind is None and attr is not None and attr.claimant.side == LOCAL and narrative.kind is not None:
                kind, about_story = narrative.kind, True    # an eyewitness telling what they saw: the story's event
            if kind is None and attr is not None and narrative.kind is not None and _PARTICIPANT.search(content):
                # "Police said the assailant used a press badge": a source speaking of the story's attacker
                # or victims speaks of the story's event.
                kind, about_story = narrative.kind, True
            if kind is None and attr is not None and narrative.kind is not None and _DAMAGE.search(content):
                # "Four private houses were damaged in Kozacha Lopan, the governor said": where it names
                kind, about_story = narrative.kind, False
            if kind is None and attr is not None and narrative.kind is not None and narrative.places and claims \
                    and attr.claimant.side not in (MEDIA, LOCAL, "UNKNOWN", claims[-1].claimant.side) \
                    and (blamed := _ACCUSING.search(content)) is not None \
                    and _side_named(blamed.group(1), claims[-1].claimant) == claims[-1].claimant.side:
                # "M23 posted tweets accusing the army of initiating the violence", after the army spoke: the
                # other side's account of the story's event.
                kind, about_story = narrative.kind, True
            if kind is None and attr is not None and narrative.kind is not None and (
                    _BLAME.search(content) or (attr.cue.lower().startswith("blam") and actors.side_of(content[:80]))):
                kind, about_story = narrative.kind, True    # "Aliyev ... laid the blame on Armenia": the story's event
                #                                             (so is "the commander blamed a faction of the OPM")
            if kind is None and attr is not None and narrative.kind is not None and _CONFIRMS_TOLD.search(sent.text):
                kind, about_story = narrative.kind, True    # "The army confirmed this": the story's event
            if _INCIDENT_PLACED.search(sent.text):
                # "The incident occurred on the Lamu-Garsen road": where the event told before happened, whoever
                # confirms it ("..., with the military confirming it had targeted a rocket squad").
                kind = kind or narrative.kind or next((k for k in reversed(sentence_kinds[:index]) if k), None)
                about_story = False
            sent_mentions = [m for m in _in_sentence(mentions, mention_starts, sent) if m.start < sent.start + unrelated]
            answered = _ANSWERED.search(sent.text)
            other = sent.start + (answered.start() if answered else len(sent.text))
            if answered and any(m.start < other and m.place is not None for m in sent_mentions) \
                    and not any(d.start >= other for d in _in_sentence(dates, date_starts, sent)) \
                    and not _DAYS_EARLIER.search(sent.text):
                # "shelled Sotk in retaliation of Armenia's attack on Kalbajar region": the event answered is
                # elsewhere, not where this one happened (an answered event with its own day is its own claim).
                sent_mentions = [m for m in sent_mentions if m.start < other]
            if kind is None and story is None and not narrative.places and first < index <= first + 2 \
                    and sentence_kinds[index - 1] and _same_voice(attr, attributions[index - 1]) \
                    and any(m.place is not None and m.place.kind not in AREA_KINDS for m in sent_mentions):
                # "Gunmen stormed a school today. The men entered a school in Siem Reap": the lead's event,
                # told without a place, is where the next sentence goes (so when the same source tells
                # both: "..., a resident said. The attackers came into X, resident Y said").
                kind, about_story = sentence_kinds[index - 1], False
            setting = _SETTING.search(sent.text) or _tally_since(sent.text)
            comma = sent.text.find(",", setting.end()) if setting else -1
            if setting and ";" in sent.text[:setting.start()]:
                # "A man opened fire at X, in Westmount; the college is located near downtown Montreal": the
                # clause after the semicolon is the setting, the one before it the event.
                cut = sent.start + sent.text.rindex(";", 0, setting.start())
                sent_mentions, setting = [m for m in sent_mentions if m.start < cut], None
            elif setting and (rel := _RELATIVE_BEFORE.search(sent.text[:setting.start()])) is not None \
                    and any(e <= rel.start() or (comma >= 0 and s > comma) for s, e, _k in events.event_spans(sent.text)):
                # "54 soldiers were killed in W National Park, which straddles the border with Niger": the clause
                # describes the scene of the event told before it (or after it: "In Beryslav, which sits on the
                # Dnipro, a drone killed one person"); the places inside the clause are no scene. (But "rockets at
                # the campus, which lies in a government-held part of Aleppo": a site the text does not name lies
                # where the clause says.)
                if any(sent.start + rel.start() - 2 <= m.end <= sent.start + rel.start() for m in sent_mentions) \
                        or not _UNNAMED_SITE_BEFORE.search(sent.text, 0, rel.start()):
                    start, end = sent.start + rel.start(), sent.start + (comma if comma >= 0 else len(sent.text))
                    sent_mentions = [m for m in sent_mentions if not start <= m.start < end]
                setting = None
            if setting and attr is not None and attr.span[0] <= setting.start() \
                    and (rel := _WHERE_CLAUSE.search(sent.text, attr.span[0], setting.start())) is not None \
                    and rel.start() <= attr.span[1] + 1 and (comma := sent.text.find(",", setting.end())) >= 0:
                # "Ali Nur, the deputy governor of Lower Shabelle region where Barire is located, confirmed the
                # fighting": the clause says where the source's region is, not what the sentence tells.
                start, end = sent.start + rel.start(), sent.start + comma
                sent_mentions, setting = [m for m in sent_mentions if not start <= m.start < end], None
            if kind is None and attr is None and narrative.places and _NEXT_IN_TIME.match(sent.text):
                # "Some three and a half hours later, officers came upon a car on Grange Lane, near Tent City in
                # Portmore. The police report that the men opened fire": the story moves on to where it goes next.
                moved = [PlaceMention(m.surface, m.start, m.end, m.place, role, precision, radius, cue, m.candidates)
                         for m in sent_mentions if m.place is not None and m.place.kind in SETTLEMENT_KINDS
                         for role, precision, radius, cue in (_role(text, m, sent, attr, datelines),)
                         if role in MAPPED_ROLES and cue != "yardstick"]
                if moved:
                    narrative.places = moved[:1]
            one_day = own_date and when is not None and when.precision == 1
            if kind is None or setting or (attr is not None and (_habitual(_beside_claimant(body, attr.span), one_day)
                                                                 or _silent(body, attr.span))) \
                    or (attr is None and not own_date and _earlier_year(sent.text, ref)) \
                    or (attr is None and (_NO_STATEMENT.search(sent.text) or _habitual(sent.text, one_day)
                                                             or (kind == "armed_clash" and _ARRESTS.search(sent.text)))):
                continue          # (nor does geography or a campaign's history: "X lies 50 km south of Y"; nor
                #                   a silence: "The security agencies are yet to comment on the attack")
            placed: list[PlaceMention] = []
            seats: list[PlaceMention] = []
            ends: list[PlaceMention] = []    # the towns a route in the sentence runs between
            bases: set[str] = set()         # the places yardsticks measure from
            before: PlaceMention | None = None
            for m in sent_mentions:
                role, precision, radius, cue = _role(text, m, sent, attr, datelines)
                if before is not None and before.cue in _DESTINATIONS and _LIST_JOIN.fullmatch(text, before.end, m.start):
                    # "taken to hospitals in Santander de Quilichao and Cali": each town the list names
                    role, precision, radius, cue = before.role, "exact", 0.0, before.cue
                elif before is not None and before.cue == "yardstick" and cue == "" and role in MAPPED_ROLES \
                        and _COUNTRYSIDE_LISTED.search(text, max(sent.start, m.start - 160), m.start):
                    # "fought in rural areas of Tame, Fortul, Saravena and Arauquita": the hinterland of each
                    role, precision, radius, cue = before.role, before.precision, max(radius, before.uncertainty_km), \
                        before.cue
                elif before is not None and before.cue in _DESTINATIONS \
                        and _DESCRIBES_BEFORE.fullmatch(text, before.end, m.start):
                    # "taken to the hospital in Volnovakha, a railway town on the main road south from Donetsk":
                    # a place that describes where they went (or met) is no more the scene than that is
                    role, precision, radius, cue = "mentioned", "exact", 0.0, before.cue
                if m.cue in (_BY_DISTANCE, _QUARTER_CUE) and role in MAPPED_ROLES:
                    precision, radius, cue = "near", max(radius, m.uncertainty_km), m.cue
                pm = PlaceMention(m.surface, m.start, m.end, m.place, role, precision, radius, cue, m.candidates)
                before = pm
                measured = _measured(text, m, sent) if cue == "yardstick" else None
                if measured:
                    bases.add(m.place.id)
                    pm.place, pm.uncertainty_km = measured
                if role in MAPPED_ROLES:
                    placed.append(pm)
                elif role == "claimant_seat" and m.place is not None and (
                        m.place.kind != "capital" or cue in ("city service", _SPOKE_IN)):
                    seats.append(pm)
                elif cue == _ROUTE_END and m.place is not None and (m.place.kind not in AREA_KINDS
                                                                   or m.place.kind in ("admin2", "admin3")):
                    ends.append(pm)
            if ends and all(pm.place is not None and pm.place.kind in _WIDE_AREA_KINDS for pm in placed) \
                    and (placed or any(pm.cue == _ROUTE_END and _STRETCH_BETWEEN.search(text, sent.start, pm.start)
                                       for pm in ends)):
                # (and a stretch between two towns with nothing else named: "ambushed on the road between Gao and
                # Ansongo" is on that road)
                # "bodies pulled from the hillside along the highway from Wapenamanda to Wabag in Enga province":
                # where the words put it is on the road between the towns, nearer them than the province's middle.
                placed = [dataclasses.replace(pm, role="event_location", precision="near",
                                              uncertainty_km=max(pm.uncertainty_km, 25.0), cue="on the route")
                          for pm in ends]
            if any(pm.cue == _HOME for pm in placed) and any(pm.cue != _HOME and pm.role in ("event_location", "target")
                                                            for pm in placed):
                placed = [pm for pm in placed if pm.cue != _HOME]      # ("rustlers from X were killed in Y": Y)
            if any(pm.cue == _HOME for pm in placed):
                # ("The Irish government said a hostage from Belfast had escaped", in a story placed in Algeria: a
                # home abroad is whose people they are, not where the story's event went on)
                placed = [pm for pm in placed if pm.cue != _HOME or not _abroad(pm, narrative.places)]
            if seats:
                # "The mayor of Oicha, which is in North Kivu province, told Reuters ...": the area holding the
                # claimant's seat says where the seat is, not where the event was.
                placed = [pm for pm in placed if not any(_SEAT_HELD_IN.fullmatch(text, st.end, pm.start) for st in seats
                                                         if st.end <= pm.start)]
            if any(pm.cue != "yardstick" and pm.precision != "region" and pm.place is not None
                   and pm.place.id not in bases and pm.role != "origin_of_fire" for pm in placed):
                # The place measured from it stands (a province does not outrank "the countryside of X"); but
                # not the town a yardstick measures from ("in Kyauktaw Township's Tin Ma village, 16 km north
                # of downtown Kyauktaw": the measured point is the nearer).
                placed = [pm for pm in placed if pm.cue != "yardstick"]
            elif bases:
                placed = [pm for pm in placed if pm.cue == "yardstick" or pm.place is None or pm.place.id not in bases]
            story_part: list[PlaceMention] = []
            same_place = False
            if earlier and not about_story:
                # "attacks continue on Al-Fasher, which come two weeks after an assault on the Zamzam camp": the
                # places before "after" are the story's event's, kept apart from the earlier event's
                cut = sent.start + earlier.start()
                story_part = _most_specific(text, _without_references(text, [pm for pm in placed if pm.start < cut]))
                # ("The blast in Afgoye came a day after a raid in the same town": both events there)
                same_place = bool(_SAME_PLACE.search(sent.text, earlier.end()))
                placed = [pm for pm in placed if pm.start >= cut] or placed
            placed = [] if about_story else _most_specific(text, _without_references(text, placed))
            placed = [pm for k, pm in enumerate(placed) if pm.place is None
                      or all(o.place is None or o.place.id != pm.place.id for o in placed[:k])]   # one point a place
            if not about_story and (site := _site_named_before(sent, mentions, attr)) is not None \
                    and all(pm.place is None or pm.place.id != site.place.id for pm in placed):
                placed.append(site)
            described = _TOWN_DESCRIBED.search(sent.text)
            if described and placed and all(pm.start >= sent.start + described.end() for pm in placed) \
                    and all(pm.place is None or pm.place.kind not in SETTLEMENT_KINDS for pm in placed):
                # "the fighting began on the outskirts of the city, about 1,200 miles south of Moscow in the republic
                # of Kabardino-Balkaria, near Chechnya": where the story's town lies, not another place
                placed = []
            if not placed and not about_story and (town := _town_named_before(
                    sent, narrative.places or _named_before(mentions, mention_starts, sent, text), attr,
                    story.places if story is not None else [])) is not None:
                # (before the story has a place, the town the paragraph names before: "Kidal is in mourning.
                # Gunmen swept through the north of the town on Tuesday")
                placed = [town]
            if not about_story and (area := _same_area(text, sent, claims)) is not None:
                # "killed by sniper fire in Balakote sector of the same district": the district told before holds
                # the place, so a namesake elsewhere is none of the story's; with no place of its own in the
                # district, the sentence is at the district.
                placed = [pm for pm in placed if pm.place is not None and area.place is not None
                          and pm.place.country == area.place.country and same_admin1(pm.place, area.place)] or [area]
            kept = [_seat_for_unknown(text, pm, sent, sent_mentions) for pm in placed
                    if not _holds_unknown_place(text, pm, sent, sent_mentions)]
            held_unknown, placed = len(kept) < len(placed), kept
            if not placed and dateline_place is not None and (this := _THIS_PLACE.search(sent.text)) \
                    and not ((after := _DAYS_AFTER.search(sent.text)) and this.start() < after.start()):
                # (not "Ferries tied up at this port city ... a day after an artillery barrage set the island on
                # fire": the earlier event the sentence tells is elsewhere)
                # "PATTANI, Feb 1 - A volunteer was gunned down in this southern border province": the
                # dateline's place.
                placed = [dataclasses.replace(dateline_place, role="event_location", cue="the dateline's place",
                                              candidates=[])]
            if narrative.places:      # ("In Kyiv, the mayor said ..." opens a story there, and only opens one)
                known = {pm.place.id for pm in narrative.places + (story.places if story else []) if pm.place}
                if not placed and not about_story:
                    # "In Marawi, the bishop said gunmen had stormed the cathedral", in a story of Marawi: the
                    # story's town, where its source is, is where what he tells happened.
                    placed = [dataclasses.replace(pm, role="event_location", cue="the story's town, opening")
                              for pm in seats if pm.cue == _SPOKE_IN and pm.place.id in known][:1]
                seats = [pm for pm in seats if pm.cue != _SPOKE_IN]
            if seats and narrative.places and all(_holds(pm.place, narrative.places) or _measures(pm.place, narrative.places)
                                                  or _JURISDICTION_AFTER.match(text, pm.end)
                                                  or _state_of_the_story(pm, narrative.places) for pm in seats):
                seats = []              # "X, of the Wardak provincial council": the story's town is in that area
                #                         (and "Katsina police" are the state's, whose Kankara the story told);
                #                         so is it in "the Bastar range inspector general"'s, wherever its town lies;
                #                         and "the UN office in Kitgum" is in the town the story's camp, "60 km
                #                         north of Kitgum", is measured from
            # (nor in a story whose own place is one the gazetteer lacks: "Kurmin Masara village in Zangon Kataf
            # of Kaduna State ... The Kaduna State Commissioner for Internal Security confirmed the attack")
            unplaced_story = unplaced_story or (held_unknown and story is None)
            if not placed and seats and not about_story and not held_unknown and not _unknown_place(sent, sent_mentions) \
                    and not unplaced_story and _unit_named_before(text, mentions, sent) is None \
                    and not (narrative.places and not own_date and _THE_STORYS_EVENT.search(content)) \
                    and not (narrative.places and attr is not None and _MEDICAL_SOURCE.search(attr.claimant.surface)) \
                    and not all(_abroad(sp, narrative.places) for sp in seats):
                # (nor a seat abroad, in a story placed in another country: "A spokeswoman in Montreal said the
                # company was working with the Algerian authorities")
                # (not "Abraham Keleng, the GPAA information minister, confirmed the incident": the story's event,
                # where the story placed it)
                # "Officials in Kherson said shelling killed two": the claimant's seat is where it happened
                # (not over "in the district" named before: "..., said the spokesman for Balkh's governor").
                for pm in seats:
                    pm.role = "event_location"
                placed = seats
            # "... had captured the outpost on Wednesday": a site named before, whatever day this source gives.
            if own_date and when is not None and narrative.places_day is not None and _OVERNIGHT.match(when.text) \
                    and text[max(0, when.start - 4):when.start].lower() == "the " \
                    and _EVENT_NOUN_NEXT.match(text, when.end) and (when.begin - narrative.places_day).days == 1:
                night = dataclasses.replace(when, begin=narrative.places_day, end_date=narrative.places_day)
                if narrative.current is not None and narrative.current.start == when.start:
                    narrative.current = night
                when = night
            if own_date and when is not None and not narrative.places and narrative.current is not None \
                    and narrative.current.precision == 1 and 0 < (when.begin - narrative.current.begin).days <= 3 \
                    and _statement_day(text, when) and placed:
                # "... Friday night's deadly attack on border guards in the province. An official had said on Saturday
                # that the 14 guards lost their lives in clashes in the Saravan region": the first town the story
                # places its event at is on the day the lead gave it, not the day a source spoke.
                when = dataclasses.replace(when, begin=narrative.current.begin, end_date=narrative.current.end_date,
                                           text=f"(the story's day; said {when.text})")
            same_day = not own_date or (when is not None and when.begin == narrative.places_day) \
                or (narrative.ahead and narrative.places_day is None) \
                or ((site := _SITE_NAMED_BEFORE.search(content)) is not None
                    and (attr is not None or _IN_BEFORE.search(content, max(0, site.start() - 12), site.start())))
            if narrative.ahead and (sent.start >= lead_end or narrative.places_day is not None
                                    and (when.begin != narrative.places_day if when is not None else narrative.dated)):
                same_day = False        # only the lead paragraph takes the story's place, for the story's day
            if not same_day and narrative.ahead and index == first and attr is not None and own_date \
                    and when is not None and narrative.places_day is not None and not placed \
                    and 0 < (when.begin - narrative.places_day).days <= 3 and _statement_day(text, when):
                # "The defense ministry reported on Saturday that ten soldiers were killed in an ambush": the
                # day it spoke, after the event the story goes on to place.
                when = dataclasses.replace(when, begin=narrative.places_day, end_date=narrative.places_day,
                                           text=f"(the story's day; said {when.text})")
                own_date, same_day = False, True
            told_of_it = own_date and when is not None and (
                _THE_EVENT_ON.search(text, max(sent.start, when.start - 70), when.start) is not None
                # ("the gang escaped after the Monday clash": the story's event, by its day)
                or (text[max(0, when.start - 4):when.start].lower() == "the " and _DATE_NAMES_EVENT_OR_CLASH.match(text, when.end)
                    is not None)
                # ("The attack took place near the residence of the deputy prime minister in Kolofata on Wednesday")
                or ((took := _TOOK_PLACE.match(sent.text)) is not None and when.start - sent.start >= took.end()
                    and not re.search(r"[,;:]", text[sent.start + took.end():when.start])))
            if not same_day and own_date and _day_for_undated_lead(narrative, when, kind, placed, ref, told_of_it) \
                    and (sent.start < lead_end or narrative.spoken or told_of_it) and not narrative.ahead \
                    and (told_of_it or not _OTHER_EVENT.search(sent.text)) and (told_of_it or not _SEPARATE.search(sent.text)) \
                    and not responsibility and not _spoken_day(text, sent, attr, when):
                # "An imam has died after an arson attack on a mosque. The mosque was attacked on Monday
                # evening": the day the story gives its undated lead, for what was told and what follows;
                # so for a lead dated by the day its source spoke ("The governor on Monday said gunmen
                # killed 10 people ... A witness said the attackers arrived on Sunday").
                for c in claims:
                    if (not c.date_text or narrative.spoken) and c.event_date == narrative.places_day \
                            and _place_ids(c.places) <= {p.place.id for p in narrative.places}:
                        c.event_date = c.event_date_end = when.begin
                        c.date_precision, c.date_text = when.precision, f"(told next) {when.text}"
                narrative.places_day, narrative.dated, narrative.spoken, same_day = when.begin, True, False, True
            closer = [pm for pm in placed if pm.place is not None and pm.place.kind not in _WIDE_AREA_KINDS
                      and pm.place.kind not in ("country", "continent")]
            if told_of_it and closer:
                _tell_lead_closer(claims, closer, when, lead_end)
            elif closer and index == first + 1 and not own_date and sent.start < lead_end + 400 \
                    and _same_kind(kind, narrative.kind) and narrative.places \
                    and all(pm.place is not None and pm.place.kind in _WIDE_AREA_KINDS for pm in narrative.places) \
                    and not _SEPARATE.search(sent.text) and not _OTHER_EVENT.search(sent.text) \
                    and not _ACROSS.search(sentences[first].text):
                # "Two Palestinians were killed in Israeli airstrikes on the southern Gaza Strip, medics said. Hamas
                # said jets struck three tunnels near the town of Rafah": the next sentence's town is the lead's.
                _tell_lead_closer(claims, closer, None, lead_end)
            # (a site named before keeps the story's place, not its day: "the army said in a statement on Tuesday
            # that the attackers had infiltrated the city")
            if own_date and when is not None and narrative.places and narrative.places_day is not None \
                    and (not same_day or when.begin != narrative.places_day) and not _FURTHER_ALONG.match(sent.text) \
                    and ((about_story and _statement_day(text, when))
                         # "..., a police spokesman said on March 23", after a lead of March 22
                         or (_statement_day(text, when) and sent.start >= lead_end and not narrative.ahead
                             and 0 < (when.begin - narrative.places_day).days <= 2)
                         # "X claimed responsibility for the attack on Thursday", a day after it: the day it spoke
                         or (responsibility and (about_story or _same_kind(kind, narrative.kind))
                             and 0 < (when.begin - narrative.places_day).days <= 3)
                         or (attr is not None and _same_kind(kind, narrative.kind) and _spoken_day(text, sent, attr, when)
                             and 0 < (when.begin - narrative.places_day).days <= 2 and not _OTHER_EVENT.search(content)
                             and _place_ids(placed) <= {p.place.id for p in narrative.places})):
                # "Neil Basu on Sunday said the attacker acted alone", "Pakistani forces killed a woman, said
                # a spokesman in a post early Tuesday": the day a source spoke of the story's event, which
                # happened on the story's day.
                spoken = when
                when = dataclasses.replace(when, begin=narrative.places_day, end_date=narrative.places_day,
                                           text=f"(the story's day; said {when.text})")
                own_date, same_day = False, True
                if narrative.current is spoken:
                    narrative.current = when      # (what follows is on the story's day too, not the day it was told)
            areas_only = bool(placed) and all(pm.place.kind in ("admin1", "admin2", "region") for pm in placed)
            if areas_only and narrative.places and same_day and (not narrative.ahead or sent.start < lead_end) \
                    and (not _SEPARATE.search(sent.text) or narrative.places[0].cue == "site named later") \
                    and all(_holds(pm.place, narrative.places) for pm in placed) \
                    and _same_kind(kind, narrative.kind):
                # "Police in Kandahar province said ..." after the story placed the blast in Spin Boldak: the
                # province holds the story's town and says no more than it; so does a lead's province when
                # the story goes on to name the town.
                placed = _carried(narrative.places)
            elif areas_only and story is None and sent.start < lead_end:
                # (an area holding a town the gazetteer lacks, "the town of Timba, in the department of
                # Cauca", is where the story stays)
                lost = lost or _unknown_place(sent, sent_mentions)
                waiting = waiting or not lost
            # The outlet's own next sentence about the event the narrative is at ("Gunmen then stormed the
            # hotel") is there too; as a restatement it is one claim (below), a new kind or day another.
            narrating = attr is None and not about_story and not _earlier_year(sent.text, ref) \
                and not _quoted_or_heading(sent.text) and (_FIGURES.search(sent.text) is not None or kind in _NARRATED_KINDS)
            unsaid = [m for m in sent_mentions if not (attr and attr.span[0] <= m.start - sent.start < attr.span[1])]
            if not placed and (attr is not None or narrating or (narrative.ahead and index == first)) \
                    and narrative.places and same_day and not _past_year(narrative.places_day, ref) \
                    and not held_unknown and not _unknown_place(sent, sent_mentions) \
                    and not _across_countries(text, unsaid, narrative.places):
                # A source speaking of the event the narrative is at ("Police said 15 died"): its places.
                placed = _carried(narrative.places)
            elif not placed and attr is not None and own_date and story is not None and story.places \
                    and when is not None and when.begin == story.places_day and story.places_day is not None \
                    and not _unknown_place(sent, sent_mentions) and not _across_countries(text, unsaid, story.places):
                # "X claimed responsibility for Tuesday's attack" after the story moved on: the story's day,
                # so the story's places.
                placed = _carried(story.places)
            elif not placed and (attr is not None or narrating) and not _unknown_place(sent, sent_mentions) \
                    and (named := _unit_named_before(text, mentions, sent)) is not None:
                # "a police outpost near the border in the township was occupied by the AA on August 31": the
                # township named before, whatever day the sentence gives.
                placed = [dataclasses.replace(named, role="event_location", cue="the unit named before", candidates=[])]
            elif not placed and (attr is not None or narrating) and own_date and when is not None \
                    and narrative.places and narrative.places_day is not None \
                    and (when.begin - narrative.places_day).days == 1 and _THE_NEXT_DAY.fullmatch(when.text) \
                    and not held_unknown and not _unknown_place(sent, sent_mentions) and not _SEPARATE.search(sent.text) \
                    and not _across_countries(text, unsaid, narrative.places):
                # "Dinka youths attacked Fertit neighbourhoods of Wau on Friday. The following day an armed group
                # struck back": the day after, told as the story's next, is at the story's places.
                placed = _carried(narrative.places)
            elif not placed and attr is not None and own_date and when is not None and narrative.places \
                    and narrative.places_day is not None and 0 < (narrative.places_day - when.begin).days <= 2 \
                    and not held_unknown and not _unknown_place(sent, sent_mentions) \
                    and not _OTHER_EVENT.search(text, sent.start, when.start) and not _SEPARATE.search(sent.text) \
                    and not _across_countries(text, unsaid, narrative.places):
                # "Russian forces on Friday killed the last gunmen holding out in Nalchik ... Chekalin said 80 people
                # had been killed on Thursday": a source telling a day or two before of the story's event, where
                # it was told, naming no place of its own (whatever the words after its day set it before: "A car
                # bomb exploded on Friday evening while elders were meeting ahead of the vote").
                placed = _carried(narrative.places)
            if not placed and not about_story and own_date and when is not None and narrative.places \
                    and narrative.places_day is not None and when.begin != narrative.places_day \
                    and (held_unknown or any(m.place is None for m in sent_mentions) or _unknown_place(sent, sent_mentions)) \
                    and _unit_named_before(text, mentions, sent) is None:     # (not "... village in the township")
                # "Last Friday, the insurgents killed two people in Machava village. They were shot dead as ...":
                # the story has moved to another day's event at a place the gazetteer lacks; what follows is
                # told of there, not of the place before.
                narrative.places, narrative.places_day, narrative.kind = [], when.begin, kind
            if placed and placed[0].cue == "carried over" and holders():
                # An area the story says holds the event's place the gazetteer lacks ("Chowkibal's Pangzam area
                # in the Kupwara district") is no point that a sentence naming no place of its own takes.
                placed = [pm for pm in placed if pm.place is None or pm.place.id not in holders()
                          or any(m.place is not None and m.place.id == pm.place.id for m in sent_mentions)]
            if not placed:
                # (not once the story is placed at a town the gazetteer lacks: "in the town of Timba" is no
                # place named later)
                lost = lost or (not narrative.places and (held_unknown or _unknown_place(sent, sent_mentions)))
                waiting = waiting or ((attr is not None or narrating) and not narrative.places and not lost)
                continue
            own_dates = [d for d in _in_sentence(dates, date_starts, sent)
                         if not any(s <= d.start < e for s, e in datelines)]     # (a dateline's day is the filing's)
            placed = [_town_the_area_describes(pm, sent_mentions, text) for pm in placed]
            # (an earlier event the sentence tells after "a day after" is a side event where it names the places;
            # "lost contact with its command in Lashio, a day after the rebels said they had taken it" is at Lashio)
            side_event = earlier_told or (earlier is not None and not lead_after
                                          and any(pm.start >= sent.start + earlier.end() for pm in placed))
            if earlier:
                placed = [pm for pm in placed if pm.start >= sent.start + earlier.end()] or placed
            if own_date and len(own_dates) > 1 and placed[0].cue != "carried over":
                # "Monday's blast came two weeks after gunmen attacked X on January 12": a date that no
                # "after", "before" or "since" parts from the place, the most precise and nearest of them.
                anchor = placed[0].start
                same_event = [d for d in own_dates if not _OTHER_EVENT.search(text, min(d.end, anchor), max(d.start, anchor))]
                if same_event and same_event[0] is not own_dates[0]:
                    nearest = sorted(same_event, key=lambda d: (d.precision, abs(d.start - anchor)))
                    when, _ = _sentence_date(sent, nearest, text, narrative, datelines)
                    side_event = when is not None and when.begin != own_dates[0].begin
                else:
                    # "Police confirmed today that they hold suspects in the December 11 Algiers bombings":
                    # the date that names the event with its place, not the statement's.
                    named = [d for d in own_dates[1:] if _DATE_NAMES_EVENT.match(text, d.end)]
                    if named and not _DATE_NAMES_EVENT.match(text, own_dates[0].end) \
                            and _STATEMENT_DATE.search(text, max(sent.start, own_dates[0].start - 30), own_dates[0].start):
                        when, _ = _sentence_date(sent, named[:1], text, narrative, datelines)
                        if when is not None and when.precision <= 3:
                            narrative.current = when
            placed = [_city_of_province(pm, text, sent) for pm in placed]
            if not own_date and when is not None and narrative.current is not events_day \
                    and (day := _town_day(sent, placed, place_days)) is not None:
                when = narrative.current = day      # (and what follows of it)
            opens_section = _NEW_SECTION.match(sent.text) is not None
            if own_date and when is not None and when.precision >= 4 and story is not None and narrative.dated \
                    and narrative.places_day is not None and when.end_date < narrative.places_day \
                    and not {pm.place.country for pm in placed if pm.place} & {pm.place.country for pm in narrative.places
                                                                               if pm.place}:
                # "The camp housed Congolese who fled fighting around Uvira in June": a month gone by in another
                # country, told as background once the story has its day, is not where the story goes on.
                side_event = True
            if any(pm.cue != "carried over" for pm in placed) \
                    and any((p.precision != "region" or opens_section) and p.role != "origin_of_fire" for p in placed) \
                    and not side_event:     # an earlier event named in passing is not where the story is
                # (nor is where fire came from: "jets launched from Maiduguri struck the attackers"; a province
                # that opens another part of the story is where it goes on: "In another report from Herat
                # province, gunmen attacked a police station ... Farhad said two policemen were killed")
                narrative.places = [pm for pm in placed if (pm.precision != "region" or opens_section)
                                    and pm.role != "origin_of_fire"]
                narrative.ahead = False
                narrative.kind = kind
                narrative.places_day = when.begin if when else ref      # undated: the day of publication, as its claim
                narrative.dated = when is not None
                narrative.spoken = own_date and _spoken_day(text, sent, attr, when)
                story = story or dataclasses.replace(narrative)
            elif placed and narrative.kind is None:
                # ("PESHAWAR: Militants stormed a school ... The TTP claimed responsibility within hours": a lead
                # placed at its dateline still tells the story's event, whose responsibility is then claimed)
                narrative.kind = kind
            claimant = attr.claimant if attr else _outlet(doc)
            if attr is not None and (seat := _seat_country(claimant, sent, sent_mentions, attr)) is not None:
                claimant = seat
            if attr is not None and (host := _body_at_its_seat(claimant, sent, attr)) is not None:
                claimant = _with_side(claimant, host)
            if claimant.type == "media" and len(claimant.side) == 2 and claimant.side not in doc_sides \
                    and claimant.side not in story_countries:
                # "..., Xinhua reported" of a war in Sudan: a state's outlet reporting a war its state is no party to.
                claimant = dataclasses.replace(claimant, side=MEDIA)
            if attr is None and claimant.side == MEDIA and all(p.precision == "region" for p in placed) \
                    and not any(p.place is not None and p.place.kind in _TERRAIN_KINDS for p in placed) \
                    and not ((story is not None or claims)
                             and ((_FIGURES.search(content) and (_PROVINCE_OPENER.match(sent.text) or (
                                      narrative.places and not any(_holds(p.place, narrative.places) for p in placed))))
                                  or (own_date and when is not None and when.precision == 1))
                             and any(p.place and p.place.kind in ("admin1", "admin2") for p in placed)):
                # The outlet's framing of a whole region is background, not an incident report (a lead
                # names the region, the story the town); once the story is placed, a toll told under a province that
                # opens the sentence, or an event on a day it names, is a report of its own ("In the
                # western Ghor province, a roadside bomb killed two people", "On September 14, shots
                # were fired in Batken"), and so is a toll in a province that holds none of the story's places
                # ("The clash came days after airstrikes in Paktika province killed 46 people").
                continue
            if all(p.precision == "region" for p in placed) and placed[0].cue != "carried over" and (
                    attr is None or (_ANOTHER_INCIDENT.match(sent.text) and narrative.places
                                     and not any(_holds(p.place, narrative.places) for p in placed))):
                # ...and what is said of it next ("Police said the Taliban planted the bomb") is there too; so
                # is a source's account of an event in another province ("Elsewhere, a truck bomb struck a
                # checkpoint in Helmand province, the police chief said. He said three were wounded").  
                narrative.places, narrative.kind, narrative.ahead = placed, kind, False
                narrative.places_day, narrative.dated = (when.begin if when else ref), when is not None
                narrative.spoken = own_date and _spoken_day(text, sent, attr, when)
            opponent = _opponent(claimant.side, doc_sides)
            agent, target = _accused_and_target(content[:_other_event_clause(content)], claimant, opponent)
            parsed_agent, parsed_target = _roles_by_parse(sent.text, parses.get(index), attr)
            if parsed_agent is not None:
                target = parsed_target or (target if target != parsed_agent else None)
                agent = parsed_agent
            elif parsed_target is not None and parsed_target == agent:
                agent, target = None, parsed_target     # "Thai soldiers were wounded": the hit side did not act
            if agent is not None and _mutual(content):
                agent = None          # "Thai and Cambodian troops exchanged fire": both acted, neither is accused
            if agent is not None and _hit_side(content) == agent:
                agent, target = None, agent     # "Azerbaijani positions came under fire": the side hit
            if agent is None and (_OWN_FORCES.search(content) or (attr is not None and claimant.side not in (MEDIA, LOCAL)
                                                                  and _OWN_ACTION.match(body, attr.content_start))):
                agent = claimant.side               # "Hamas said its fighters fired rockets"
            accused = attr.accused if attr and attr.accused else agent
            if (fended := _FENDED_OFF.search(content)) and (attacker := actors.side_of(fended.group("who"))):
                accused, target = attacker, (claimant.side if claimant.side not in NON_PARTIES else target)
            elif _REPELLED.search(content) and accused == claimant.side:
                accused = opponent          # "our forces repelled an attack": the attack was the other side's
            if (accused is None or accused == claimant.side) and (m := _ACCUSING.search(content)):
                # "..., officials said, accusing Pakistan of"; "M23 ... accusing the army of", the army that spoke
                accused = actors.side_of(m.group(1)) or (_side_named(m.group(1), claims[-1].claimant) if claims
                                                         and claims[-1].claimant.side != claimant.side else None) or accused
            if (accused is None or accused == claimant.side) and (b := _BLAME.search(content)):
                accused = actors.side_of(content[b.start():b.end() + 60]) or accused   # "laid the blame on Armenia"
            if (accused is None or accused == claimant.side) and (b := _BEARS_BLAME.search(content)
                                                                  or _BLAMED_FOR.search(sent.text)):
                # "Washington bore responsibility", "The FDLR were blamed by the army for an attack"
                accused = actors.side_of(b.group("who")) or accused
            if accused == claimant.side and attr and attr.stance == "accuse":
                accused = None
            if attr is not None and accused is not None and accused == claimant.side == agent \
                    and target is not None and target == opponent and attr.stance != "deny" and len(opponent) == 2 \
                    and opponent in dict(doc_sides.most_common(2)) and _side_from_context(attr.claimant) \
                    and _AGGRESSION.search(content):
                # "'The Thai military violated the Kingdom of Cambodia by attacking Cambodian forces,'
                # defence ministry spokeswoman X said": an unnamed institution that the context gave a side
                # accuses its own side of striking the other; it is the other side's.
                claimant = _with_side(claimant, opponent)
                opponent = _opponent(claimant.side, doc_sides)
            stance = attr.stance if attr else "assert"
            if attr is not None and (_DENIAL.search(re.sub(r"[\"“”]", "", content)) or _CALLED_FALSE.search(content)):
                stance = "deny"                     # "Pakistan had nothing to do with the attacks"
                if accused == claimant.side:
                    accused = None
            if responsibility and _speaks_for_group(claimant) and stance != "deny":
                accused = claimant.side             # a group claiming responsibility says it did it
            if when is not None and _past_year(when.end_date, ref):
                continue
            cas = events.casualties(sent.text[:attr.content_end] if attr else sent.text)
            casualty_side = actors.side_of(cas.who) if cas.who else None
            event_date = when.begin if when else ref
            precision = when.precision if when else (2 if ref else 5)
            if doc.published_inferred and precision < 2:
                precision = 2
            restated = (claimant.canonical, kind, event_date, tuple(sorted(p.place.id for p in placed if p.place)))
            if attr is None and placed[0].cue == "carried over" and restated in said:
                continue                  # the outlet restating what it already told: the same claim
            said.add(restated)
            claims.append(Claim(
                id=claim_id(doc.id, sent.start, claimant.canonical, kind), doc_id=doc.id, claimant=claimant,
                cue=attr.cue if attr else "narration", stance=stance, event_type=kind,
                weapons=events.weapons(sent.text), accused_side=accused, target_side=target,
                killed_low=cas.killed_low, killed_best=cas.killed_best, killed_high=cas.killed_high,
                wounded=cas.wounded, casualty_side=casualty_side, event_date=event_date,
                event_date_end=when.end_date if when else event_date, date_precision=precision,
                date_text=(when.text if when and own_date else (f"(carried over) {when.text}" if when else "")),
                places=placed, sentence=text[sent.start:sent.end], start=sent.start, end=sent.end,
                confidence=_confidence(attr, placed, when, own_date), document=source))
            if own_date and when is not None and not _spoken_day(text, sent, attr, when) \
                    and not _CAPTION.match(sent.text):
                for pm in placed:
                    if pm.place is not None and pm.cue != "carried over" and pm.place.kind not in _WIDE_AREA_KINDS:
                        place_days.setdefault(pm.place.id, when)
            if story_part and narrative.current is not None and (same_place or {pm.place.id for pm in story_part if pm.place}
                                                                 - {pm.place.id for pm in placed if pm.place}):
                now = narrative.current
                if all(pm.precision in ("near", "region") for pm in narrative.places):
                    # ("a bomb exploded in a town near Mogadishu ... The blast in Afgoye came a day after ...": the
                    # story's event has its town now)
                    narrative.places = [pm for pm in story_part if pm.place is not None]
                claims.append(dataclasses.replace(
                    claims[-1], places=story_part, event_type=events.event_type(sent.text[:earlier.start()]) or kind,
                    event_date=now.begin, event_date_end=now.end_date, date_precision=now.precision,
                    date_text=f"(carried over) {now.text}",
                    id=claim_id(doc.id, sent.start + earlier.start(), claimant.canonical, kind)))
            if own_date and not earlier and (after := _DAYS_AFTER.search(sent.text)
                                             or _DAYS_EARLIER.search(sent.text)) is not None:
                claims.extend(_event_after(claims.pop(), after, sent, claimant, opponent, when.start if when else None))
            elif not own_date and not earlier and narrative.current is not None and narrative.current.precision == 1 \
                    and (after := _DAYS_AFTER.search(sent.text)) is not None \
                    and _CAME_BEFORE.search(sent.text, 0, after.start()) \
                    and not any(pm.start < sent.start + after.start() for pm in claims[-1].places):
                # "The attack came 11 days after 12 bus passengers were killed near Volnovakha": the event the
                # story's is set against, that many days before it, where the words after "after" put it.
                day = narrative.current.begin - timedelta(days=_days_in(after))
                claims[-1] = dataclasses.replace(
                    claims[-1], event_date=day, event_date_end=day, date_precision=1, date_text=after.group(),
                    event_type=events.event_type(sent.text[after.end():]) or claims[-1].event_type)
            for other in joined_claimants(sent.text, attr) if attr else ():
                # "al-Shabaab as well as Hizbul Islam claimed responsibility": one claim per source.
                own = other.side if responsibility and _speaks_for_group(other) else accused
                claims.append(dataclasses.replace(claims[-1], claimant=other, accused_side=own,
                                                  id=claim_id(doc.id, sent.start, other.canonical, kind)))
            if responsibility and not _speaks_for_group(claimant) and stance != "deny" \
                    and (group := _group_responsible(content, state)) is not None:
                # "Jaish-e-Mohammad has taken responsibility for the attack, the police chief said": the group's
                # claim too, as the police relay it.
                claims.append(dataclasses.replace(claims[-1], claimant=group, accused_side=group.side, stance="assert",
                                                  id=claim_id(doc.id, sent.start, group.canonical, kind)))
            if attr is not None and ((responsibility and _speaks_for_group(claimant)) or attr.stance == "accuse") \
                    and stance != "deny" and _CLAIMED_AS_TOLD.search(body, 0, attr.span[0]) \
                    and events.event_type(body[:attr.span[0]]):
                # "Niger buried soldiers killed in the assault on the camp at Inates, as the Islamic State group
                # claimed responsibility", "... in an attack that authorities blamed on the FARC": the outlet tells
                # the event, the source claims or blames who did it.
                outlet = _outlet(doc)
                claims.append(dataclasses.replace(claims[-1], claimant=outlet, cue="narration", stance="assert",
                                                  id=claim_id(doc.id, sent.start, outlet.canonical, kind)))
            if attr is not None and attr.second is not None:
                claims.append(_rival_account(claims[-1], attr.second, body, opponent, doc_sides))
                claims[-2:] = _own_places(claims[-2], claims[-1], sent.start + attr.second.span[0])
            elif attr is not None and BOTH_SIDES.search(claimant.surface) \
                    and len(parties := _both_parties(_parties_named(sent.text, sent_mentions, sent.start),
                                                     doc_sides)) == 2:
                # "Clashes between government forces and Houthi rebels, military sources from both sides told
                # Xinhua": one account from each side, each blaming the other; "Both sides blamed the other"
                # names no party: the story's two.
                told = claims.pop()
                for own, other in (parties, parties[::-1]):
                    who = _with_side(claimant, own)
                    claims.append(dataclasses.replace(told, claimant=who, accused_side=other, stance="accuse",
                                                      id=claim_id(doc.id, sent.start, who.canonical, kind)))
        if lead_day is not None and ref is not None and lead_day.begin <= ref:
            # "ISWAP fighters attacked Damboa. ... They came in around 7pm yesterday": a lead with no day of
            # its own is on the day its paragraph goes on to give.
            claims = [dataclasses.replace(c, event_date=lead_day.begin, event_date_end=lead_day.end_date,
                                          date_precision=lead_day.precision, date_text=f"(carried back) {lead_day.text}")
                      if c.start < lead_end and not c.date_text and c.event_date == ref else c for c in claims]
        claims = _lead_week_told_later(claims, lead_end, [d for d in dates if d.precision == 1
                                                          and not d.deictic and _DAY_NAMES_EVENT.match(text, d.end)])
        lead = [p.place for c in claims if first < len(sentences) and c.start < min(lead_end, sentences[first].end)
                for p in c.places if p.place is not None]
        if waiting and story is not None and lead and all(p.kind in ("admin1", "admin2", "region") for p in lead) \
                and _place_ids(story.places) <= {p.id for p in lead}:
            waiting = False       # (a lead placed in a region the story names nothing closer in stands as read)
        return claims, story, waiting

    def read(body_from: int) -> list[Claim]:
        claims, story, waiting = run(_Narrative(), body_from)
        # ("PESHAWAR: ... The massacre came after Malala, the Swat schoolgirl shot two years ago, ...": an event of
        # years before is no story the lead is about, and leaves the lead to its dateline)
        long_before = story is not None and story.places_day is not None and ref is not None \
            and (ref - story.places_day).days > LEAD_STORY_DAYS
        lead_at = _first_at(sentences, body_from)
        if waiting and story is None \
                and (scene := _scene_named_later(text, sentences, attributions, mentions, mention_starts, datelines,
                                                 lead_at)):
            # "Gwatney died after having been shot this morning. ... He walked into the party headquarters in
            # Little Rock": a lead whose story never places an event is at the first town its lead paragraph
            # names as a scene.
            story = _Narrative(places=[scene], places_day=None, kind=None)
        if waiting and (story is None or long_before) and lead_at < len(sentences) \
                and not any(_unknown_place(sent, _in_sentence(mentions, mention_starts, sent))
                            for sent in sentences[lead_at:lead_at + 1 + SCENE_SENTENCES]) \
                and (scene := _dateline_lead(mentions, datelines, state.home, " ".join(
                    sent.text for sent in sentences[lead_at:lead_at + 1 + SCENE_SENTENCES]), text)) is not None \
                and not (long_before and scene.place.kind == "capital"):      # (a capital's desk files from afar)
            # "BARCELONA, June 20 - A car bomb exploded in the car park of a packed supermarket": a story that names
            # no scene at all happened where it was filed from.
            story = _Narrative(places=[scene], places_day=None, kind=None)
        if story is not None and (site := _site_named_later(text, sentences, mentions, mention_starts, story,
                                                            _first_at(sentences, body_from))) is not None:
            # "Israeli troops shot dead three Palestinians during a raid in a West Bank refugee camp ... Border police
            # said they entered the Qalandiya camp": the camp is where the story's lead and its sources are.
            story, waiting = dataclasses.replace(story, places=[site]), True
        if waiting and story is not None and (scene := _dateline_scene(mentions, datelines, claims, text)) is not None:
            # "Maaret al Numan, Syria: Syrian government air strikes killed 15 civilians ...": a town that files
            # the story and that the story goes on to place events at is where the placeless lead happened.
            story = dataclasses.replace(story, places=[scene])
        if waiting and story is not None and not (story.places_day is not None and ref is not None
                                                  and (ref - story.places_day).days > LEAD_STORY_DAYS):
            # (not an event of months before: "In February 51 soldiers were killed in an attack on Deou")
            # A lead that names no place ("Police said a bomb killed 12 today") is about the place the
            # story goes on to name: read again with the story's place from the start.
            claims, _story, _waiting = run(_Narrative(places=story.places, places_day=story.places_day,
                                                      kind=story.kind, ahead=True, dated=story.dated), body_from)
        return claims

    # A headline ("Seven dead in Lanao del Norte clashes — army") is read only when the body makes no
    # claim: the lead tells it again with its source, place and day, and a headline's place is no lead's.
    claims = read(headline_end) if headline_end is not None else []
    return [_as_of(c, doc.published) for c in _to_named_quarters(claims or read(0))]


# A lead over many places: "strikes across the Gaza Strip", "attacks throughout the province".
_ACROSS = re.compile(r"\b(?:across|throughout|all\s+over|around\s+the\s+(?:country|province|region|state))\b", re.I)


def _tell_lead_closer(claims: list[Claim], closer: list[PlaceMention], when: DateMention | None, lead_end: int) -> None:
    """Move the lead's claims placed only at wide areas holding ``closer`` to those places and ``when``'s day
    (with no ``when``, their own): "At least eight people have been killed in a suicide attack in Cameroon's Far
    North Region, officials said Thursday. The attack took place ... in the town of Kolofata on Wednesday"."""
    for c in claims:
        if c.start < lead_end and c.places and c.event_date is not None \
                and (when is None or 0 <= (c.event_date - when.begin).days <= 3) and all(
                p.place is not None and p.place.kind in _WIDE_AREA_KINDS and _holds(p.place, closer) for p in c.places):
            if when is not None:
                c.event_date = c.event_date_end = when.begin
                c.date_precision, c.date_text = when.precision, f"(told next) {when.text}"
            c.places = [dataclasses.replace(pm, role="event_location", cue="told next", candidates=[]) for pm in closer]


def _lead_week_told_later(claims: list[Claim], lead_end: int, named: list[DateMention] = ()) -> list[Claim]:
    """The lead's claims dated only by their week, days or month ("clashed at Naku La last week") take the day the
    story gives the same place later within them ("... a face-off in the Naku La area on January 20"), or first
    the one day within them that the story gives its event by name (``named``: "the May 26 attack")."""
    out = []
    for c in claims:
        day = None
        if c.start < lead_end and c.date_precision in (2, 3, 4) and c.event_date is not None and c.event_date_end:
            ids = _place_ids(c.places)
            days = {d.begin for d in named if d.start >= c.end and c.event_date <= d.begin <= c.event_date_end}
            day = next(iter(days)) if len(days) == 1 else next(
                (d.event_date for d in claims if d.start >= c.end and d.date_precision == 1
                 and d.event_date is not None and c.event_date <= d.event_date <= c.event_date_end
                 and ids & _place_ids(d.places)), None)
        out.append(c if day is None else dataclasses.replace(
            c, event_date=day, event_date_end=day, date_precision=1, date_text=f"(told later) {c.date_text}"))
    return out


def _town_day(sent: Sentence, placed: list[PlaceMention], place_days: dict[str, DateMention]) -> DateMention | None:
    """The day the story gave before to the towns an undated sentence names (all of them, one day), when the
    sentence tells of no other event: "Ghor's Taywara district fell on Sunday ... Kohistan was attacked on
    Saturday ... The Taliban launched four assaults on Taywara police headquarters" is Sunday's."""
    if not placed or any(pm.cue == "carried over" or pm.place is None or pm.place.id not in place_days for pm in placed) \
            or _SEPARATE.search(sent.text) or _DAYS_AFTER.search(sent.text) or _DAYS_BEFORE.search(sent.text) \
            or _DAYS_EARLIER.search(sent.text):
        return None
    days = {place_days[pm.place.id] for pm in placed}
    return next(iter(days)) if len(days) == 1 else None


def _dateline_scene(mentions: list[PlaceMention], datelines: list[tuple[int, int]],
                    claims: list[Claim], text: str) -> PlaceMention | None:
    """The dateline's town (not a capital: a bureau's seat) when the story's claims place events there, and the
    story does not measure it from its scene (in ``text``)."""
    # (a quarter of the city places events in it)
    placed = {_city_id(pm.place.id) for c in claims for pm in c.places if pm.place is not None and pm.role in MAPPED_ROLES}
    for m in mentions:
        if any(s <= m.start < e for s, e in datelines) and m.place is not None \
                and not _measured_from_scene(m, mentions, text) \
                and m.place.kind in SETTLEMENT_KINDS and m.place.kind != "capital" and m.place.id in placed:
            return PlaceMention(m.surface, m.start, m.end, m.place, "event_location", "exact", 2.0, "dateline scene",
                                m.candidates)
    return None


# A part of the country the story puts its scene in: "on his ranch in the north of the country".
_PART_OF_COUNTRY = re.compile(r"""\bin\s+(?:the\s+)?(?:(?:far|remote)\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|
    northern|southern|eastern|western|central)(?:ern)?\s+(?:part\s+|region\s+)?of\s+the\s+country\b
    |\bin\s+the\s+country['’]s\s+(?:(?:far|remote)\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|interior|hinterland)\b""",
                              re.I | re.X)


# "Damaturu, the state capital, some 60 kilometers (40 miles) north of the school": a town the story measures
# from its scene is not the scene.
_AWAY_FROM_SCENE = re.compile(r"""[^.;]{0,40}?\b(?:(?:some|about|around|roughly|nearly)\s+)?\d[\d,.]*\s*
    (?:km|kilomet(?:er|re)s|miles)\s*(?:\([^)]{0,20}\)\s*)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+
    (?:of|from)\s+(?:the\s+)?(?:school|college|village|town|scene|attack|site|camp|base|market|area)\b""", re.I | re.X)


def _measured_from_scene(m: PlaceMention, mentions: list[PlaceMention], text: str) -> bool:
    """Whether the story, at this mention or another of the same town, measures the town from its scene."""
    return any(o.place is not None and o.place.id == m.place.id and _AWAY_FROM_SCENE.match(text, o.end)
               for o in mentions)


def _dateline_lead(mentions: list[PlaceMention], datelines: list[tuple[int, int]], home: str | None,
                   lead: str, text: str) -> PlaceMention | None:
    """The first dateline's town, for a story that names no scene: a town other than a capital, or the capital of
    the story's own country, unless the ``lead`` sentences put the scene in a part of the country ("in the north
    of the country") or give its people another country's ("NAIROBI - Somali militants attacked a base": a
    bureau's seat), or the story measures the town from its scene (in ``text``)."""
    for m in mentions:
        if datelines and datelines[0][0] <= m.start < datelines[0][1] and m.place is not None \
                and m.place.kind in SETTLEMENT_KINDS \
                and not _measured_from_scene(m, mentions, text) \
                and (m.place.kind != "capital"
                     or (m.place.country == home and not _PART_OF_COUNTRY.search(lead)
                         and set(actors.adjective_countries(lead)) <= {home})):
            return PlaceMention(m.surface, m.start, m.end, m.place, "event_location", "exact", 10.0, "dateline scene",
                                m.candidates)
    return None


def _as_of(c: Claim, published: date | None) -> Claim:
    """The claim with the sides of its day: a group that had become a state's government is that state."""
    day = c.event_date or published
    sides = [actors.side_on(x, day) for x in (c.claimant.side, c.accused_side, c.target_side, c.casualty_side)]
    if sides == [c.claimant.side, c.accused_side, c.target_side, c.casualty_side]:
        return c
    return dataclasses.replace(c, claimant=dataclasses.replace(c.claimant, side=sides[0]), accused_side=sides[1],
                               target_side=sides[2], casualty_side=sides[3])


def _first_at(sentences: list[Sentence], offset: int) -> int:
    """The index of the first sentence starting at or after ``offset`` (the lead under a headline)."""
    return next((i for i, s in enumerate(sentences) if s.start >= offset), len(sentences))


def _headline_end(text: str) -> int | None:
    """Where a headline ends: a first line of under 200 characters, with no full stop at its end, before a
    line break; None when the text opens with prose."""
    start = len(text) - len(text.lstrip())
    newline = text.find("\n", start)
    if newline < 0 or newline - start > 200:
        return None
    line = text[start:newline].rstrip()
    if not line or line.endswith((".", "!", "?", '"', "”")):
        return None
    # (hard-wrapped copy runs its first sentence over the break: "GOMA, July 8 (Reuters) -\nRebels said ...")
    first = split_sentences(text[:newline + 400])
    return newline if first and first[0].end <= newline else None


QUARTER_KM = 8.0
_QUARTER_WORDS = r"(?:neighbou?rhoods?|distri[ck]ts?|quarters?|suburbs?|areas?|sectors?)"


def _quarter_of(sentence: str, quarter: str, city: str) -> bool:
    """Whether the words make a place a part of a city: "Baghdad's Karrada", "the Karrada district of
    Baghdad", "Karrada neighbourhood in Baghdad"."""
    q, c, w = re.escape(quarter), re.escape(city), _QUARTER_WORDS
    forms = (rf"{c}['’]s\s+(?:\w+\s+){{0,2}}?{q}",                                  # Baghdad's (central) Karrada
             rf"{q}\s+{w}\b",                                                      # Karrada neighbourhood
             rf"{w}\s+of\s+{q}\b.{{0,30}}{c}",                                      # the district of Karrada in Baghdad
             rf"{q},?\s+(?:a\s+|an?\s+\w+\s+)?{w}\s+(?:of|in)\s+(?:the\s+)?(?:\w+\s+)?{c}")  # Karrada, a district of Baghdad
    return re.search("|".join(forms), sentence) is not None


def _to_named_quarters(claims: list[Claim]) -> list[Claim]:
    """"IS claimed a bombing in Baghdad's centre on Friday ... The explosion targeted a police station in
    Baghdad's Karrada neighbourhood": claims of a day placed only at a city are at the one quarter of it
    the story names for that day."""
    quarters: dict[date, list[tuple[PlaceMention, str]]] = {}
    for c in claims:
        for pm in c.places:
            if pm.place is not None and pm.role in MAPPED_ROLES and pm.place.kind in SETTLEMENT_KINDS \
                    and not _city(pm.place) and c.event_date is not None:
                quarters.setdefault(c.event_date, []).append((pm, c.sentence))
    out = []
    for c in claims:
        mapped = [pm for pm in c.places if pm.place is not None and pm.role in MAPPED_ROLES]
        inside = []
        if len(mapped) == 1 and _city(mapped[0].place) and c.event_date in quarters:
            # (a quarter the words put in the city, near its centre: not a town nearby)
            city, surface = mapped[0].place, mapped[0].surface
            inside = list({pm.place.id: pm for pm, sentence in quarters[c.event_date]
                           if pm.place.population < city.population and _quarter_of(sentence, pm.surface, surface)
                           and distance_km(pm.place.lat, pm.place.lon, city.lat, city.lon) <= QUARTER_KM}.values())
        if len(inside) == 1:
            c = dataclasses.replace(c, places=[pm for pm in c.places if pm is not mapped[0]]
                                    + _carried([inside[0]]))
        out.append(c)
    return out


def _event_after(claim: Claim, after: re.Match, sent: Sentence, claimant: Claimant,
                 opponent: str | None, day_at: int | None = None) -> list[Claim]:
    """"Jets struck Hodeidah on Saturday, a day after a drone attack on Tel Aviv killed one", "...
    in response to strikes on Hebbariyeh a day earlier": two events, the second that many days before
    the first and at the places named after "after" (or "in response to"). A day named after "after"
    (``day_at``, the offset of the sentence's day) is the earlier event's: "The Dellys attack came two days
    after a bomber struck Batna on Thursday" puts Batna on Thursday and Dellys two days later."""
    split = after.start("what") if "what" in after.re.groupindex else after.end()
    cut = sent.start + split
    before = [pm for pm in claim.places if pm.start < cut]
    later = [pm for pm in claim.places if pm.start >= cut]
    if not before or not later or claim.event_date is None:
        return [claim]
    gap = timedelta(days=_days_in(after))
    day = claim.event_date - gap
    if day_at is not None and day_at >= cut:
        day = claim.event_date
        claim = dataclasses.replace(claim, event_date=day + gap, event_date_end=day + gap)
    tail = sent.text[split:]
    agent, target = _accused_and_target(tail, claimant, opponent)
    head_agent, head_target = _accused_and_target(sent.text[:after.start()], claimant, opponent)
    kind = events.event_type(tail) or claim.event_type
    return [dataclasses.replace(claim, places=before, accused_side=head_agent or claim.accused_side,
                                target_side=head_target or claim.target_side),
            dataclasses.replace(claim, places=later, event_date=day, event_date_end=day, event_type=kind,
                                accused_side=agent, target_side=target, date_text=after.group(),
                                id=claim_id(claim.doc_id, cut, claimant.canonical, kind))]


def _both_parties(named: list[str], doc_sides: Counter[str]) -> list[str]:
    """The two parties "both sides" means: those the sentence names, else the story's two (the two sides it
    names most, each more than once, any third far less), when they hold what the sentence names."""
    if len(named) == 2:
        return named
    top = doc_sides.most_common(3)
    if len(top) < 2 or top[1][1] < 2 or (len(top) == 3 and top[2][1] * 2 > top[1][1]):
        return []
    two = [top[0][0], top[1][0]]
    return two if set(named) <= set(two) else []


def _parties_named(sentence: str, places: list[PlaceMention] = (), offset: int = 0) -> list[str]:
    """The conflict parties a sentence names, in order, each once (not by the name of a place it
    names: "the disputed Nagorno-Karabakh region" is where, not who)."""
    return list(dict.fromkeys(side for s, e, side in _side_mentions(sentence)
                              if not any(p.place is not None and p.start - offset <= s and e <= p.end - offset
                                         for p in places)))


def _rival_account(first: Claim, second: Attribution, body: str, opponent: str | None,
                   doc_sides: Counter[str]) -> Claim:
    """The claim of a second source the sentence sets against the first ("Police blamed the ULFA,
    but a senior ULFA member denied it"): the same event, place and day, told in its own words."""
    content = body[second.content_start:]
    claimant = second.claimant
    agent, target = _accused_and_target(content, claimant, _opponent(claimant.side, doc_sides))
    accused = second.accused or agent
    stance = second.stance
    if _DENIAL.search(re.sub(r"[\"“”]", "", content)):
        stance = "deny"
    if _RESPONSIBILITY.search(content) and _speaks_for_group(claimant):
        accused = claimant.side
    elif stance == "deny" or (accused == claimant.side and stance == "accuse"):
        accused = None if accused == claimant.side else accused
    cas = events.casualties(content)
    return dataclasses.replace(
        first, id=claim_id(first.doc_id, first.start + second.span[0], claimant.canonical, first.event_type),
        claimant=claimant, cue=f"{second.cue} {RIVAL}", stance=stance, accused_side=accused, target_side=target,
        killed_low=cas.killed_low, killed_best=cas.killed_best, killed_high=cas.killed_high, wounded=cas.wounded,
        casualty_side=actors.side_of(cas.who) if cas.who else None, confidence=first.confidence)


def _own_places(first: Claim, rival: Claim, cut: int) -> list[Claim]:
    """Two accounts in one sentence that each name where ("Kyiv accused Moscow of shelling Kherson, while Russia
    said Ukrainian forces had fired on Nova Kakhovka"): each takes the places of its own clause. A rival naming
    no place of its own speaks of the first's ("..., while the army said it had targeted a command centre")."""
    mine = [p for p in first.places if p.start < cut]
    theirs = [p for p in first.places if p.start >= cut]
    if not any(p.role in MAPPED_ROLES for p in mine) or not any(p.role in MAPPED_ROLES for p in theirs):
        return [first, rival]
    return [dataclasses.replace(first, places=mine), dataclasses.replace(rival, places=theirs)]


def _confidence(attr: Attribution | None, places: list[PlaceMention], when, own_date: bool) -> float:
    score = 0.4
    score += 0.25 if attr is not None else 0.0
    score += 0.15 if when is not None and own_date else 0.05 if when is not None else 0.0
    score += 0.2 * max((1.0 if p.precision == "exact" else 0.6) for p in places)
    return round(min(score, 1.0), 2)


class WireFolder:
    """Near-identical texts (one agency story run by several outlets) become one source.

    Texts are compared by MinHash over five-word shingles (datasketch's LSH index, so each new
    text is checked against all earlier ones in near-constant time); a copy at or above
    ``threshold`` estimated Jaccard similarity is not extracted again, its outlet joins the first
    copy's ``outlets``."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 64):
        from datasketch import MinHashLSH
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.sources: dict[str, Document] = {}

    def _minhash(self, text: str):
        from datasketch import MinHash
        words = re.findall(r"\w+", text.lower())
        shingles = {" ".join(words[i:i + 5]) for i in range(max(len(words) - 4, 1))}
        m = MinHash(num_perm=self.num_perm)
        m.update_batch([s.encode("utf-8") for s in shingles])
        return m

    def copy_of(self, text: str, source: Document) -> Document | None:
        """The earlier source this text copies (``source``'s outlets then added there), or None
        (``source`` is then remembered as an original)."""
        m = self._minhash(text)
        keys = self.lsh.query(m)           # in set order, which changes with the hash seed: take the earliest
        if keys:
            first = self.sources[min(keys, key=int)]
            first.outlets.extend(o for o in source.outlets if o not in first.outlets)
            return first
        key = str(len(self.sources))
        self.lsh.insert(key, m)
        self.sources[key] = source
        return None


def _batches(documents: Iterable[Document], folder: WireFolder | None, progress=None):
    """(document, source) lists of BATCH originals, wire copies folded into their first copy on the way."""
    it = iter(documents)
    while True:
        batch = []
        for doc in islice(it, BATCH):
            source = dataclasses.replace(doc, text="", outlets=[doc.outlet or doc.path])
            if folder is not None and folder.copy_of(doc.text, source) is not None:
                if progress:
                    progress(1)
                continue
            batch.append((doc, source))
        if not batch:
            return
        yield batch


def _extract_batch(batch: list[tuple[Document, Document]], gaz: Gazetteer, oracle: NameOracle) -> list[list[Claim]]:
    with actors.pinned():
        prepared = [_prepare(doc, gaz, oracle, source) for doc, source in batch]
        return [_claims_of(p, parses, ents) for p, (parses, ents) in zip(prepared, _analyse(prepared))]


def forget_texts(gazetteer: Gazetteer | None = None) -> None:
    """Forget what was worked out per sentence, phrase and name (the caches of repeated work), so the
    next document costs what a first one would: for benchmarks that run a corpus more than once."""
    from geomap.gazetteer.names import normalize
    from geomap.text.patterns import present
    for cached in (events._event_spans, events._casualties, actors._find,
                   actors._normalize_cached, present, normalize, skeleton):
        cached.cache_clear()
    if gazetteer is not None:
        gazetteer.clear_caches()


def extract(documents: Iterable[Document], gazetteer: Gazetteer | None = None, progress=None,
            fold_wire_copies: bool = True, jobs: int = 1, mapper=None) -> list[Claim]:
    """Claims of all documents, in input order, with their incidents linked. Opens the default
    gazetteer when none is given. Wire copies are folded into the first copy (see WireFolder).

    With ``jobs`` > 1, batches go to that many worker processes (each opens the index read-only and
    loads the parse model once); the result is the same, claim for claim and in the same order.
    ``mapper(batches, index_path)`` (each batch's per-document claims, in order) sends batches
    elsewhere instead, e.g. to a Dask cluster (geomap.extract.distributed)."""
    gaz = gazetteer or Gazetteer.open()
    folder = WireFolder() if fold_wire_copies else None
    claims: list[Claim] = []
    batches = _batches(documents, folder, progress)
    head = list(islice(batches, 2))
    parallel = mapper is not None or (jobs > 1 and len(head) > 1)   # one batch is not worth starting workers for
    batches = chain(head, batches)
    if parallel:
        from geomap.extract.parallel import map_batches
        results = mapper(batches, gaz.path) if mapper else map_batches(batches, gaz.path, jobs)
    else:
        oracle = NameOracle(gaz)
        results = (_extract_batch(batch, gaz, oracle) for batch in batches)
    for per_doc in results:
        for doc_claims in per_doc:
            claims.extend(doc_claims)
            if progress:
                progress(1)
    if folder is not None and parallel:
        # Claims came back from the workers with copies of their sources: point them at the
        # parent's, which hold every outlet the folding found.
        sources = {s.id: s for s in folder.sources.values()}
        for c in claims:
            c.document = sources.get(c.doc_id, c.document)
    from geomap.extract.incidents import incidents
    incidents(claims)
    return claims
