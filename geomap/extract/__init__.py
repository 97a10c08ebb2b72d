"""Stage 2, extraction: documents in, claims (who says what happened where and when) out.

Components, each adding one kind of annotation to one document:

- :mod:`.toponyms` finds candidate place spans; :mod:`.geoparse` resolves them with the gazetteer;
- :mod:`.actors` is the claimant registry (sides, institutions, named actors; user-extendable);
- :mod:`.attribution` finds who says each sentence (reporting verbs, quotes, carry-over);
- :mod:`.events` types the event and reads casualties and weapons;
- :mod:`.claims` puts them together into :class:`~geomap.model.Claim` records with place roles;
- :mod:`.incidents` links claims about the same ground and days into incidents (disputed or not).

Depends on :mod:`geomap.gazetteer`, :mod:`geomap.text` and :mod:`geomap.model`.
"""
