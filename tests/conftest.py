"""Shared fixtures: the gazetteer index (built once into the user cache) and the seed articles."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(os.environ.get("GEOMAP_SEEDS", ROOT.parent / "shared" / "seeds"))


@pytest.fixture(scope="session")
def gaz():
    from geomap.gazetteer.lookup import Gazetteer
    g = Gazetteer.open()
    yield g
    g.close()


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not (SEEDS / "gold.json").is_file():
        pytest.fail(f"seed articles not found at {SEEDS} (set GEOMAP_SEEDS)")
    return SEEDS


@pytest.fixture(scope="session")
def gold(seeds) -> dict:
    return json.loads((seeds / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_claims(seeds, gaz):
    from geomap.text.documents import read_documents
    from geomap.extract.claims import extract
    docs, problems = read_documents([seeds])
    assert not [p for p in problems if p.fatal]
    return docs, extract(docs, gaz)
