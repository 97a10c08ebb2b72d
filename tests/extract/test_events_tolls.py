"""Death tolls in the forms news gives them: "the death toll rose to", "N bodies", "have died"."""
from __future__ import annotations

import pytest

from geomap.extract.events import casualties, event_type


@pytest.mark.parametrize("sentence, killed", [
    ("The death toll rose to 40 on Monday.", 40),
    ("Estimated death tolls, given anonymously by officials, exceeded 100.", 101),
    ("A council member said he saw 35 bodies in one hospital.", 35),
    ("At least 30 people have died in the blasts.", 30),
    ("Three soldiers had been killed in the ambush.", 3),
])
def test_tolls(sentence, killed):
    assert casualties(sentence).killed_best == killed


def test_bodies_without_a_number_are_no_toll():
    assert casualties("Police found the bodies of the victims.").killed_best is None


def test_an_event_that_happened_beside_a_threat_is_still_one():
    assert event_type("Rebels attacked the town on Monday and vowed to attack again.") == "armed_clash"


@pytest.mark.parametrize("sentence", [
    "Seventeen rockets struck near the base.",
    "Two mortar bombs landed in the neighbourhood.",
    "Shells hit a school on Tuesday.",
])
def test_projectiles_that_land_are_shelling(sentence):
    assert event_type(sentence) == "shelling"


@pytest.mark.parametrize("sentence, kind", [
    ("Two officers had been publicly decapitated in the town.", "shooting"),
    ("A mob hacked to death three villagers.", "shooting"),
    ("Rioters set ablaze a police post.", "armed_clash"),
])
def test_more_ways_of_killing_and_burning(sentence, kind):
    assert event_type(sentence) == kind
