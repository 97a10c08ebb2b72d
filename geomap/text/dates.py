"""Date expressions in news text, resolved against a reference (publication) date.

"on Tuesday", "late Tuesday", "overnight", "on Aug. 3", "August 3",
"Sept. 27, 2020", "last week", "in August", "this morning", "yesterday".
Clock times ("at 00:05 a.m. (2005 GMT)") are removed first so "2005" is
never read as a year. Precision follows UCDP's ``date_prec``: 1 day,
2 a few days, 3 a week, 4 a month, 5 longer.

Hand-written rather than dateparser: news dates are relative to the article
(weekday names mean the most recent such day on or before publication), and
the expressions must come back with their character spans.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from geomap.text.numbers import UNITS, parse_number
from geomap.text.patterns import Gated, gated

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBER_WORDS = {**UNITS, "several": 3, "few": 3}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MONTH_WORD = _MONTH.replace("?P<month>", "?:")
_DAYS = r"\d{1,2}\b(?:\s*(?:to|-|–|and)\s*\d{1,2}\b)?"      # "10", "10 to 11", "10-11"
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\s*[ap]\.m\.?|[ap]m\b)"
                   r"(?:\s*\(\s*\d{3,4}\s*(?:GMT|UTC|[A-Z]{2,4})\s*\))?"
                   r"|\b\d{3,4}\s*(?:GMT|UTC|hours|hrs)\b|\(\s*\d{3,4}\s*(?:GMT|UTC)\s*\)", re.IGNORECASE)
# An hour after midnight and before dawn, just before a night's span or just after it: the night's second day.
_SMALL_HOURS = re.compile(r"\b(?:0?[1-5](?:[:.]\d\d)?\s*a\.?m\.?|0[0-5][:.]?\d\d\s*(?:hours|hrs|h)\b)"
                          r"[^.;:]{0,25}$", re.I)
_SMALL_HOURS_AFTER = re.compile(r"[,\s]+(?:and\s*,?\s*)?(?:at\s+)?(?:about\s+|around\s+)?"
                                r"(?:0?[1-5](?:[:.]\d\d)?\s*a\.?m\b|0[0-5][:.]?\d\d\s*(?:hours|hrs|h)\b)", re.I)
# "Sunday, Sept. 27, 2020": a weekday naming the same day belongs to the date.
_WD = r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?:the\s+)?)?"
_DAYNAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PATTERNS: list[tuple[str, re.Pattern | Gated]] = [
    # "on the night of Sunday to Monday", "overnight from Saturday to Sunday": the night, dated by the day it began
    ("nightspan", re.compile(rf"\b(?:(?:[Oo]n\s+|[Dd]uring\s+)?the\s+night\s+(?:of|from|between)|[Oo]vernight\s+(?:from|between)?)"
                             rf"\s*(?P<weekday>{_DAYNAME})\s+(?:to|into|and)\s+(?P<weekday2>{_DAYNAME})\b"
                             # "..., May 10 to 11", "... (10-11 May)": the dates that name the night, the surer
                             rf"(?P<glossed>(?:,\s*|\s+\(\s*)(?:{_MONTH_WORD}\s+{_DAYS}|{_DAYS}\s+{_MONTH_WORD})\b\)?)?")),
    # "from Monday to Tuesday", "between Saturday and Monday": the days from the first to the second
    ("dayspan", re.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+(?P<weekday>{_DAYNAME})\s+(?:to|until|till|through|and)\s+"
                           rf"(?P<weekday2>{_DAYNAME})\b")),
    ("mdy", re.compile(rf"\b{_WD}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b")),
    ("dmy", re.compile(rf"\b{_WD}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b")),
    ("md", re.compile(rf"\b{_WD}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("dm", re.compile(rf"\b{_WD}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?!,?\s*(?:19|20)\d\d)")),
    ("my", re.compile(rf"\b(?:[Ii]n\s+|[Ss]ince\s+)?(?:[Ee]arly\s+|[Ll]ate\s+|[Mm]id-?)?{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b")),
    # "since April last year", "in March this year": the month of the year named relative to the report
    ("mrel", re.compile(rf"\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id)\s+|[Mm]id-)?{_MONTH}\s+(?:of\s+)?"
                        r"(?P<rel>last|this)\s+year\b")),
    # fixed-date holidays: "on Christmas day", "New Year's Eve"
    # and Christmas by itself where it names the day: "on Christmas morning", "in the night of Christmas" (not
    # "a Christmas market", "the Christmas season")
    ("holiday", re.compile(r"""\b(?P<holiday>Christmas\s+(?:[Dd]ay|[Ee]ve)|New\s+Year['’]?s\s+(?:[Dd]ay|[Ee]ve)
                              |(?<=\b[Oo]n\s)Christmas(?=\s+(?:morning|afternoon|evening|night)\b|\s*[,.;])
                              |(?:(?<=\bnight\sof\s)|(?<=\bday\sof\s))Christmas\b
                               (?!\s+(?:celebrations?|festivities|season|holidays?|services?|[Mm]ass)\b))
                              (?:,?\s+(?P<hyear>(?:19|20)\d\d)\b)?     # ("Christmas Eve 2021": that year's)""", re.X)),
    ("weekday", re.compile(rf"\b(?P<mod>[Ll]ate |[Ee]arly |[Ll]ast |[Oo]n |[Ss]ince |[Tt]his |[Nn]ext )?(?P<weekday>{_DAYNAME})(?P<part> morning| afternoon| evening| night)?"
                            rf"(?P<lastweek>\s+(?:of\s+)?last\s+week)?\b"
                            # (not a weekday in a name: "Monday Market", "Friday Mosque", "Good Friday Agreement")
                            r"(?!\s+(?:Markets?|Bazaar|Mosque|School|Times|Telegraph|Club|Group|Movement|Agreement|Accord)\b)")),
    # ("overnight on Tuesday" is Tuesday's night, "overnight on Afghanistan's Paktika province" a night)
    ("deictic", re.compile(rf"\b(?P<word>today|yesterday|tonight|overnight(?!\s+curfews?)(?!\s+(?:into|to|on|of)\s+(?:the\s+)?"
                           rf"(?:{_DAYNAME}|{_MONTH}|\d))"
                           rf"(?!\s+{_DAYNAME})|"  # ("overnight Saturday" is Saturday's night)
                           r"this morning|this afternoon|this evening|earlier today|last night|last evening|the day before|the previous day|the previous night|the previous evening|the night before|the same day|on the same day|"
                           # (the day after the narrative's: resolved against it, see ``extract.claims``)
                           r"the next (?:day|morning|night)|the following (?:day|morning|night)|(?:a|one) day later)\b", re.I)),
    ("lastweek", re.compile(r"\b(?P<word>last week|this week|earlier this week|past week|last month|this month|last year|this year|the past (?P<n>\w+) days|(?:over|during|at|on) the weekend|(?:this|last|past) weekend)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I)),
    # (a number after the month that is no day of it is no part of the date: "In February 51 soldiers were killed")
    ("month", re.compile(rf"\b(?:[Mm]id-|(?P<mod>[Ll]ast\s+)|(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id)\s+){_MONTH}\b"
                         r"(?!\s+(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b|\d{4}\b))")),
    ("year", re.compile(r"\b(?:in|since|during)\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
]
# Each run only on text holding one of its literals (a month or weekday name, "ago"): most sentences hold none.
_PATTERNS = [(kind, gated(rx)) for kind, rx in _PATTERNS]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    begin: date
    end_date: date
    precision: int                 # UCDP date_prec
    relative: bool                 # depends on the reference date (weekday, "yesterday"...)
    deictic: bool = False          # "today", "this morning": anchored to the speaker's now


def _mask_times(text: str) -> str:
    return _TIME.sub(lambda m: " " * len(m.group()), text)


def _month(m: re.Match) -> int:
    if m.groupdict().get("mnum"):
        return int(m.group("mnum"))
    return MONTHS[m.group("month").lower().rstrip(".")]


def _safe_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


# How far after the reference date a month and day with no year may lie and still be of the reference's year:
# news names the coming weeks ("urged voters to stay away from the polls on June 6" in late May), rarely the same
# days a year before.
AHEAD_DAYS = 45


def _past_year(mo: int, d: int, ref: date) -> int:
    """The year of month/day: this year, unless that lies well after the reference date."""
    for year in range(ref.year, ref.year - 8, -1):      # Feb 29 lives in leap years only
        candidate = _safe_date(year, mo, d)
        if candidate and candidate <= ref + timedelta(days=AHEAD_DAYS):
            return year
    return ref.year


# A capitalised word right before "Today": the two are an outlet's name ("Davao Today", "USA Today").
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")


# A day that names a body, a place or an event: "the February 17 brigade", "the March 23 Movement", "the 17
# February Revolution", "the October 6 Bridge".
_NAMES_AFTER = re.compile(r"""[ \t]+(?:Martyrs['’]?[ \t]+)?(?:[Bb]rigades?|[Bb]attalions?|[Mm]ovement|[Rr]evolution|
    [Cc]oalition|[Yy]outh|[Bb]ridge|[Ss]quare|[Ss]treet|[Aa]venue|[Ss]tadium|[Uu]niversity|[Gg]roup|[Ff]ront|[Aa]lliance|
    [Pp]arty|[Ww]ar)\b""", re.X)


# A year a superlative or an ordinal ranks the event in: "one of the deadliest outbreaks of violence this year",
# "the third such attack this year" (a comparison, not when it happened).
_RANKED_BEFORE = re.compile(r"""\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|most|highest|first|second|
    third|fourth|fifth|sixth|latest)\b[^.;:]{0,90}$""", re.X | re.I)


def find_dates(text: str, ref: date | None) -> list[DateMention]:
    """Date expressions in ``text``; relative ones need ``ref`` and are skipped without it."""
    masked = _mask_times(text)
    taken = [False] * len(text)
    out: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(masked):
            if any(taken[m.start():m.end()]):
                continue
            if kind == "deictic" and m.group().startswith("Today") \
                    and _NAME_BEFORE.search(masked, max(0, m.start() - 30), m.start()):
                continue            # "told Davao Today", "USA Today": an outlet's name
            if any(c.isdigit() for c in m.group()) and _NAMES_AFTER.match(masked, m.end()):
                continue            # "the February 17 brigade": a name
            if kind == "lastweek" and m.group().lower().endswith(("this year", "last year")) \
                    and _RANKED_BEFORE.search(masked, max(0, m.start() - 120), m.start()):
                continue            # "the deadliest outbreak this year"
            found = _resolve(kind, m, ref)
            if found is None:
                continue
            begin, end, prec, relative, deictic = found
            if kind == "nightspan" and (_SMALL_HOURS.search(text, max(0, m.start() - 40), m.start())
                                        or _SMALL_HOURS_AFTER.match(text, m.end())):
                begin = end         # "at around 3 a.m. in the night of Tuesday to Wednesday": Wednesday
            out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], begin, end, prec, relative, deictic))
            for i in range(m.start(), m.end()):
                taken[i] = True
    out.sort(key=lambda d: d.start)
    return out


_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new years day": (1, 1), "new year's eve": (12, 31), "new years eve": (12, 31)}


def _resolve(kind: str, m: re.Match, ref: date | None):
    g = m.groupdict()
    if g.get("month") and g["month"][0].islower():
        return None                 # "troops may 9...", "march 3 km": news capitalises month names
    if kind in ("mdy", "dmy", "iso"):
        d = _safe_date(int(g["year"]), _month(m), int(g["day"]))
        return (d, d, 1, False, False) if d else None
    if kind in ("md", "dm", "holiday"):
        if ref is None:
            return None
        if kind == "holiday":
            mo, day = _HOLIDAYS[re.sub(r"\s+", " ", g["holiday"].lower().replace("’", "'"))]
            if g.get("hyear"):
                d = _safe_date(int(g["hyear"]), mo, day)
                return (d, d, 1, False, False) if d else None
        else:
            mo, day = _month(m), int(g["day"])
        d = _safe_date(_past_year(mo, day, ref), mo, day)
        return (d, d, 1, True, False) if d else None
    if kind == "my":
        y, mo = int(g["year"]), _month(m)
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), 4, False, False
    if kind == "year":
        y = int(g["year"])
        return date(y, 1, 1), date(y, 12, 31), 5, False, False
    if ref is None:
        return None
    if kind == "dayspan":
        first, last = (ref - timedelta(days=(ref.weekday() - WEEKDAYS[g[w].lower()]) % 7) for w in ("weekday", "weekday2"))
        if last < first:
            first -= timedelta(days=7)     # "from Saturday to Monday", told on Monday
        return first, last, 2, True, False
    if kind == "nightspan":
        # (the night's first day: "May 10 to 11" and "10-11 May" began on the 10th)
        glossed = re.sub(r"(\d{1,2})\s*(?:to|-|–|and)\s*\d{1,2}", r"\1", g.get("glossed") or "")
        named = next((found for k, rx in _PATTERNS if k in ("md", "dm")
                      for mm in rx.finditer(glossed) if (found := _resolve(k, mm, ref))), None)
        d = named[0] if named else ref - timedelta(days=(ref.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7)
        return d, d + timedelta(days=1), 1, True, False
    if kind == "weekday":
        wd = WEEKDAYS[g["weekday"].lower()]
        mod = (g.get("mod") or "").strip().lower()
        back = (ref.weekday() - wd) % 7
        if mod == "last" and back == 0:
            back = 7
        if mod == "next":
            back = -((wd - ref.weekday()) % 7 or 7)
        d = ref - timedelta(days=back)
        if g.get("lastweek"):
            # "Thursday of last week", "Monday last week": that day of the calendar week before the reference's
            d = ref - timedelta(days=ref.weekday() + 7 - wd)
        if mod == "since":          # "since Tuesday": from then up to the reference day
            return d, max(d, ref), 2, True, False
        return d, d, 1, True, False
    if kind == "deictic":
        w = g["word"].lower()
        if w in ("yesterday", "last night", "last evening", "the day before", "the previous day", "the previous night",
                 "the previous evening", "the night before"):
            d = ref - timedelta(days=1)
            return d, d, 1, True, w in ("yesterday", "last night", "last evening")
        if w == "overnight":
            # The night that ends on the day the report speaks of: news dates it by that day ("Russia
            # launched 40 drones overnight", in Friday's report, is Friday's attack).
            return ref, ref, 1, True, True
        if w in ("the same day", "on the same day") or w.startswith(("the next", "the following")) or w.endswith("later"):
            return ref, ref, 1, True, False
        return ref, ref, 1, True, True
    if kind == "lastweek":
        w = g["word"].lower()
        if "month" in w:
            first = ref.replace(day=1)
            if w.startswith("last"):
                first = (first - timedelta(days=1)).replace(day=1)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            return first, min(last, ref) if "this" in w else last, 4, True, True
        if "year" in w:
            y = ref.year - (1 if w.startswith("last") else 0)
            return date(y, 1, 1), min(date(y, 12, 31), ref) if "this" in w else date(y, 12, 31), 5, True, True
        if w.endswith("weekend"):
            # "killed over the weekend": the Saturday and Sunday last gone by ("last weekend" on one: the one before)
            saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
            if w.startswith("last") and ref.weekday() >= 5:
                saturday -= timedelta(days=7)
            return saturday, min(saturday + timedelta(days=1), ref), 2, True, True
        if g.get("n"):
            n = NUMBER_WORDS.get(g["n"].lower()) or (int(g["n"]) if g["n"].isdigit() else 7)
            return ref - timedelta(days=n), ref, 2 if n <= 6 else 3, True, True
        monday = ref - timedelta(days=ref.weekday())
        if w.startswith("last") or w.startswith("past"):
            monday -= timedelta(days=7)
        sunday = monday + timedelta(days=6)
        return monday, min(sunday, ref) if "this" in w else sunday, 3, True, True   # reports tell the past
    if kind == "ago":               # "two days ago", "a week ago"
        n = parse_number(g["n"])[1]
        if g["unit"].lower().startswith("week"):
            d = ref - timedelta(days=7 * n)
            return d - timedelta(days=d.weekday()), d - timedelta(days=d.weekday()) + timedelta(days=6), 3, True, True
        if g["unit"].lower().startswith("month"):       # "three months ago": that month
            y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
            return date(y, mo + 1, 1), date(y, mo + 1, calendar.monthrange(y, mo + 1)[1]), 4, True, True
        if g["unit"].lower().startswith("year"):        # "a year ago": that day of that year, roughly
            d = _safe_date(ref.year - n, ref.month, min(ref.day, 28)) or ref
            return d, d, 5, True, True
        d = ref - timedelta(days=n)
        return d, d, 1, True, True
    if kind == "mrel":
        y, mo = ref.year - (g["rel"] == "last"), _month(m)
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), 4, True, False
    if kind == "month":
        mo = _month(m)
        # ("last May", said in May, is a year back)
        y = ref.year if mo < ref.month or mo == ref.month and not g.get("mod") else ref.year - 1
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), 4, True, False
    return None


# --------------------------------------------------------------- reference date inference

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def infer_reference_date(text: str, today: date | None = None) -> tuple[date | None, str]:
    """Guess a publication date from the text alone, and say how.

    Explicit full dates bound it from below; a weekday and a month-day that agree
    ("Wednesday ... August 3") pin the year; otherwise the latest year named gives a
    year-level reference. Returns (date or None, method).
    """
    today = today or date.today()
    masked = _mask_times(text)
    full = [d.begin for d in find_dates(masked, None) if d.precision == 1]
    years = [int(y) for y in _YEAR.findall(masked) if int(y) <= today.year]
    latest_year = max(years + [d.year for d in full], default=None)
    # A weekday and a month-day named in the same sentence usually refer to one day: the years
    # in which they agree pin the year ("on Wednesday ... on August 3" -> 2022).
    pairs = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", masked):
        monthdays = [(_month(m), int(m.group("day"))) for kind in ("md", "dm")
                     for m in dict(_PATTERNS)[kind].finditer(sentence)]
        weekdays = {WEEKDAYS[m.group("weekday").lower()] for m in dict(_PATTERNS)["weekday"].finditer(sentence)}
        pairs.extend((mo, day, wd) for mo, day in monthdays for wd in weekdays)
    if pairs and latest_year:
        for year in range(latest_year, min(latest_year + 6, today.year) + 1):
            agreeing = [d for mo, day, wd in pairs if (d := _safe_date(year, mo, day)) and d.weekday() == wd]
            if agreeing and len(agreeing) * 2 >= len(pairs) and max(agreeing) <= today:
                latest = max(agreeing + [f for f in full if f.year == year])
                return latest, f"weekday and date agree ({max(agreeing).isoformat()})"
    if full:
        return max(full), "latest full date in the text"
    if latest_year:
        return None, f"only a year ({latest_year}) can be told"
    return None, "no date in the text"
