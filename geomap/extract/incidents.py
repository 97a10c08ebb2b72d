"""Incidents: claims about the same ground and days, linked across documents (never merged).

Two claims belong to one incident when one of their places lies within
``max_km`` of the other's and their dates are within ``max_days``. An
incident is *disputed* when two of its sources tell it differently (:func:`disputed`):
sides accusing each other, different perpetrators named, the two warring parties each telling it
without agreeing on who acted, ground taken against an attack repulsed, death tolls far apart, or a
denial. Decided here once; every export and the map read the claims' flag.
"""
from __future__ import annotations

import hashlib
import re

from geomap.extract import events
from geomap.model import MAPPED_ROLES, NON_PARTIES, Claim, Incident, distance_km

RIVAL = "(rival account)"       # the cue's mark on a claim the sentence sets against another's
_CIVILIAN_HIT = re.compile(r"""\b(?:civilians?|women\s+and\s+children|civilian\s+(?:homes|houses|areas|targets)|residential|
    clinics?|hospitals?|medical\s+staff|paramedics|ambulances?|schools?|refugees?|displaced|worshipp?ers|journalists?)\b""",
                           re.I | re.X)
_MILITARY_HIT = re.compile(r"""\b(?:hideouts?|militants?|terrorists?|commanders?|operatives?|fighters|military\s+targets?|
    military\s+(?:posts?|positions?|facilities|infrastructure)|launch(?:ers|\s+sites?)|weapons?\s+depots?|training\s+camps?)\b""",
                           re.I | re.X)


def _points(c: Claim) -> list[tuple[float, float, float]]:
    return [(p.place.lat, p.place.lon, p.uncertainty_km) for p in c.places
            if p.place is not None and p.role in MAPPED_ROLES]


def _near(a: Claim, b: Claim, max_km: float, max_days: int) -> bool:
    if a.event_date and b.event_date and abs((a.event_date - b.event_date).days) > max_days:
        return False
    for la, lo, ra in _points(a):
        for lb, lob, rb in _points(b):
            if distance_km(la, lo, lb, lob) <= max_km + max(ra, rb):
                return True
    return False


def disputed(members: list[Claim]) -> bool:
    """Whether an incident's sources tell it differently (linear in the claims).

    Competing accounts: a denial; two different perpetrators named (each side blaming the other
    included); the party that acted and another party each telling it, not naming the same perpetrator;
    ground taken by one account and an attack beaten off by another's; or death tolls far apart (the
    larger at least 1.5 times and 3 more than the smaller).
    One source restating itself is no dispute."""
    if len({c.claimant.canonical for c in members}) < 2:
        return False
    if any(c.stance == "deny" for c in members):
        return True
    if any(c.cue.endswith(RIVAL) and any(o.sentence == c.sentence and o.claimant.side != c.claimant.side
                                         for o in members) for c in members):
        return True       # "X said ..., while Y said ...": accounts the sentence itself sets against each other
    # One party says civilians were hit, another that it hit fighters or their bases.
    parties = [c for c in members if c.claimant.side not in NON_PARTIES and c.claimant.side != "UNKNOWN"]
    civilian = {c.claimant.side for c in parties if _CIVILIAN_HIT.search(c.sentence) and not _MILITARY_HIT.search(c.sentence)}
    military = {c.claimant.side for c in parties if _MILITARY_HIT.search(c.sentence) and not _CIVILIAN_HIT.search(c.sentence)}
    if any(a != b for a in civilian for b in military):
        return True
    if len({c.accused_side for c in members if c.accused_side}) > 1:
        return True
    # The two warring parties each giving an account of it, not agreeing on who acted: the side named as the
    # one that acted or was hit, and its opponent ("Israel said it struck militants" and "the Gaza health
    # ministry said two were killed"; not two parties that both say Pakistan struck militants).
    acting = {c.accused_side for c in members} | {c.target_side for c in members}
    named: dict[str, set] = {}        # each party's perpetrators named (None: none named)
    for c in parties:
        named.setdefault(c.claimant.side, set()).add(c.accused_side)
    for a in named.keys() & acting:
        if any(b != a and not (len(named[a] | named[b]) == 1 and None not in named[a]) for b in named):
            return True
    # One side says it took the ground, another that the attack was beaten off.
    took = {c.claimant.side for c in members if c.event_type == "positions_captured"}
    held = {c.claimant.side for c in members if c.event_type != "positions_captured" and events.repelled(c.sentence)}
    if any(a != b for a in took for b in held):
        return True
    tolls = sorted((c.killed_best, c.claimant.canonical) for c in members if c.killed_best is not None)
    if len(tolls) > 1 and tolls[0][1] != tolls[-1][1]:
        low, high = tolls[0][0], tolls[-1][0]
        return high - low >= 3 and high >= 1.5 * max(low, 1)
    return False


def incidents(claims: list[Claim], max_km: float = 25.0, max_days: int = 1) -> list[Incident]:
    """Group claims into incidents (single-link clustering); sets each claim's ``incident_id``."""
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Only claims sharing a coarse grid cell (or a neighbouring one) and days within max_days can be
    # near each other: bucket the points by cell and day so linking stays close to linear instead of
    # comparing every pair (a city named over twenty years of an archive is one cell, not one day).
    widest = max((r for c in claims for _la, _lo, r in _points(c)), default=0.0)
    cell = (max(max_km, 1.0) + min(widest, 1000.0)) / 111.0 * 2    # degrees; generous for longitude shrinkage
    buckets: dict[tuple[int, int, int | None], list[int]] = {}
    days_in: dict[tuple[int, int], set[int | None]] = {}
    same: dict[tuple, int] = {}
    for i, c in enumerate(claims):
        day = c.event_date.toordinal() if c.event_date else None
        for la, lo, r in _points(c):
            # Claims at the very same point and day are linked at once; one of them stands for the rest.
            key = (round(la, 4), round(lo, 4), r, c.event_date)
            if key in same:
                parent[find(i)] = find(same[key])
                continue
            same[key] = i
            xy = (int(la // cell), int(lo // cell))
            buckets.setdefault((*xy, day), []).append(i)
            days_in.setdefault(xy, set()).add(day)
    for (bx, by, day), members in buckets.items():
        neighbours: set[int] = set()
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                xy = (bx + dx, by + dy)
                # An undated claim may be near a claim of any day; a dated one, near the days around it.
                days = days_in.get(xy, ()) if day is None else \
                    [d for d in (*range(day - max_days, day + max_days + 1), None) if d in days_in.get(xy, ())]
                for d in days:
                    neighbours.update(buckets.get((*xy, d), ()))
        for i in members:
            for j in neighbours:
                if i < j and find(i) != find(j) and _near(claims[i], claims[j], max_km, max_days):
                    parent[find(j)] = find(i)
    groups: dict[int, list[Claim]] = {}
    for i, c in enumerate(claims):
        groups.setdefault(find(i), []).append(c)
    out = []
    for members in groups.values():
        iid = hashlib.sha1("|".join(sorted(c.id for c in members)).encode()).hexdigest()[:12]
        pts = [pt for c in members for pt in _points(c)]
        dates = [c.event_date for c in members if c.event_date]
        sides = sorted({c.claimant.side for c in members})
        outlets = len({o for c in members for o in ((c.document.outlets or [c.document.outlet or c.document.path])
                                                    if c.document else [c.doc_id])})
        rival = disputed(members)
        for c in members:
            c.incident_id = iid
            c.disputed = rival
        out.append(Incident(iid, members, sum(p[0] for p in pts) / len(pts) if pts else 0.0,
                            sum(p[1] for p in pts) / len(pts) if pts else 0.0,
                            min(dates) if dates else None, max(dates) if dates else None,
                            outlets, rival, sides))
    return out
