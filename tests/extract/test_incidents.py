"""Incidents: claims about the same ground and days are linked, never merged; disputed is decided here."""
from __future__ import annotations

from datetime import date

from geomap.extract.incidents import incidents
from geomap.model import Claim, Claimant, Place, PlaceMention


def claim(cid: str, side: str, accused: str | None, lat: float, lon: float, day: int) -> Claim:
    place = Place(id=f"p{lat}", name="X", kind="populated_place", country="", admin1="", lat=lat, lon=lon,
                  population=0, source="test")
    mention = PlaceMention(surface="X", start=0, end=1, place=place, role="event_location")
    return Claim(id=cid, doc_id="d", claimant=Claimant(side, side, side, "ministry"), cue="said", stance="accuse",
                 event_type="shelling", weapons=[], accused_side=accused, target_side=None, killed_low=None,
                 killed_best=None, killed_high=None, wounded=None, casualty_side=None,
                 event_date=date(2024, 5, day), event_date_end=None, date_precision=1, date_text="", places=[mention],
                 sentence="", start=0, end=0, confidence=1.0)


def test_rival_accounts_of_the_same_ground_are_one_disputed_incident():
    a, b = claim("a", "AM", "AZ", 40.0, 45.0, 3), claim("b", "AZ", "AM", 40.05, 45.05, 3)
    far = claim("c", "AM", "AZ", 41.5, 45.0, 3)
    later = claim("d", "AZ", "AM", 40.0, 45.0, 9)
    found = incidents([a, b, far, later])
    assert a.incident_id == b.incident_id and len({a.incident_id, far.incident_id, later.incident_id}) == 3
    assert a.disputed and b.disputed and not far.disputed and not later.disputed
    assert sum(i.disputed for i in found) == 1 and len(found) == 3


def test_agreeing_reports_and_one_source_restating_itself_are_not_a_dispute():
    a, b = claim("a", "AM", "AZ", 40.0, 45.0, 3), claim("b", "MEDIA", "AZ", 40.0, 45.0, 3)
    c = claim("c", "AM", None, 40.0, 45.0, 3)
    incidents([a, b, c])
    assert a.incident_id == b.incident_id == c.incident_id and not a.disputed


def test_death_tolls_far_apart_or_a_denial_are_a_dispute():
    a, b = claim("a", "MEDIA", None, 34.0, 70.0, 3), claim("b", "AF", None, 34.0, 70.0, 3)
    a.killed_best, b.killed_best = 100, 12
    incidents([a, b])
    assert a.disputed
    c, d = claim("c", "PK", None, 34.0, 71.0, 3), claim("d", "TTP", None, 34.0, 71.0, 3)
    c.killed_best, d.killed_best = 12, 13
    incidents([c, d])
    assert not c.disputed
    d.stance = "deny"
    incidents([c, d])
    assert c.disputed and d.disputed


def test_ground_taken_against_an_attack_repulsed_is_a_dispute():
    took, held = claim("a", "ALSHABAAB", None, 3.8, 45.5, 9), claim("b", "SO", None, 3.8, 45.5, 9)
    took.event_type, took.sentence = "positions_captured", "The group said its fighters seized the base."
    held.event_type, held.sentence = "armed_clash", "The militants attacked the base but they were repulsed."
    incidents([took, held])
    assert took.disputed and held.disputed
    again = claim("c", "ALSHABAAB", None, 3.8, 45.5, 9)       # the same side saying both is no dispute
    again.sentence = "The group said it repelled a counter-attack."
    took.disputed = False
    incidents([took, again])
    assert not took.disputed


def test_linking_by_cells_and_days_equals_linking_every_pair():
    """The buckets are a speed-up only: the incidents are those of single-link over all pairs."""
    import random
    from geomap.extract.incidents import _near
    rng = random.Random(5)
    claims = [claim(f"c{i}", "AM", None, 40 + rng.random() * 3, 45 + rng.random() * 3, rng.randint(1, 28))
              for i in range(300)]
    for c in claims[::17]:
        c.event_date = None                     # undated claims may join any day
    incidents(claims)
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if _near(claims[i], claims[j], 25.0, 1):
                parent[find(j)] = find(i)
    by_pairs = {frozenset(c.id for k, c in enumerate(claims) if find(k) == root) for root in map(find, range(len(claims)))}
    by_buckets: dict[str, set[str]] = {}
    for c in claims:
        by_buckets.setdefault(c.incident_id, set()).add(c.id)
    assert {frozenset(v) for v in by_buckets.values()} == by_pairs and len(by_pairs) > 5


def test_civilians_hit_by_one_partys_account_and_fighters_by_anothers_are_a_dispute():
    af = claim("a", "AF", "PK", 33.3, 69.9, 3)
    af.sentence = "A spokesman said Pakistani aircraft struck civilian homes, killing women and children."
    pk = claim("b", "PK", "PK", 33.3, 69.9, 3)
    pk.sentence = "The strikes targeted hideouts of militants, two Pakistani security officials said."
    incidents([af, pk])
    assert af.disputed and pk.disputed
    same = claim("c", "PK", "PK", 33.3, 69.9, 3)
    same.sentence = "The strikes targeted hideouts of militants, officials said."
    other = claim("d", "AF", "PK", 33.3, 69.9, 3)
    other.sentence = "The strikes hit hideouts of militants, the ministry said."
    incidents([same, other])
    assert not same.disputed


def test_a_rival_account_the_sentence_sets_against_another_is_a_dispute():
    ps = claim("a", "PS", "IL", 31.5, 34.5, 3)
    il = claim("b", "IL", "IL", 31.5, 34.5, 3)
    ps.sentence = il.sentence = "The strike killed a doctor, the ministry said, while the army said it killed a commander."
    il.cue = "said (rival account)"
    incidents([ps, il])
    assert ps.disputed and il.disputed


def test_the_two_warring_parties_each_telling_the_event_are_a_dispute():
    """Israel saying it struck and the Gaza health ministry counting the dead are the two sides' accounts."""
    strike, toll = claim("a", "IL", "IL", 31.4, 34.35, 3), claim("b", "PS", None, 31.4, 34.35, 3)
    incidents([strike, toll])
    assert strike.incident_id == toll.incident_id and strike.disputed and toll.disputed


def test_allies_telling_their_enemys_attack_are_no_dispute():
    """The US and Iraq both blaming the Islamic State for one bombing agree: neither party acted in it."""
    us, iq = claim("a", "US", "ISIS", 33.3, 44.4, 3), claim("b", "IQ", "ISIS", 33.3, 44.4, 3)
    incidents([us, iq])
    assert us.incident_id == iq.incident_id and not us.disputed
