"""The index verifies itself, rebuilds when damaged, builds once under a lock and cleans up after itself."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.errors import GazetteerError
from geomap.gazetteer import index
from geomap.gazetteer.lookup import Gazetteer

SMALL = index.BuildConfig(include_cities=False)       # countries, areas and curated rows: a build of seconds


@pytest.fixture(scope="module")
def small_index(tmp_path_factory) -> Path:
    return index.build(tmp_path_factory.mktemp("idx") / "g.sqlite", SMALL)


def test_a_damaged_copy_is_detected_and_rebuilt(small_index, tmp_path):
    copy = tmp_path / "g.sqlite"
    shutil.copy(small_index, copy)
    shutil.copy(small_index.with_name("g.sqlite.seal"), tmp_path / "g.sqlite.seal")
    assert index.intact(copy)
    data = bytearray(copy.read_bytes())
    for i in range(4096, len(data), len(data) // 300):      # 300 flipped bytes spread over the file
        data[i] ^= 0xFF
    copy.write_bytes(bytes(data))
    assert not index.intact(copy)
    said: list[str] = []
    path = index.ensure(copy, SMALL, progress=said.append)
    assert "damaged" in said[0] and index.intact(path)
    assert Gazetteer(path).lookup("Armenia", limit=1)[0].place.country == "AM"


def test_damage_the_seal_misses_is_one_clear_error(small_index, tmp_path):
    copy = tmp_path / "g.sqlite"
    copy.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)
    with pytest.raises(GazetteerError, match="damaged"):
        Gazetteer(copy).lookup("Armenia")


def test_leftover_temp_files_are_cleaned_and_an_unwritable_place_is_named(small_index, tmp_path):
    stale = tmp_path / ".g.sqlite.99999.tmp"
    stale.write_bytes(b"half a build")
    index.build(tmp_path / "g.sqlite", SMALL)
    assert not stale.exists() and not list(tmp_path.glob(".*.tmp"))
    with pytest.raises(GazetteerError, match="cannot build the gazetteer index there"):
        index.build(Path("/proc/geomap-test/g.sqlite"), SMALL)


@pytest.mark.slow
def test_processes_starting_cold_build_once(tmp_path):
    code = ("import sys; from pathlib import Path; from geomap.gazetteer import index; "
            "index.ensure(Path(sys.argv[1]), index.BuildConfig(include_cities=False), progress=print)")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "g.sqlite")], stdout=subprocess.PIPE,
                              text=True) for _ in range(3)]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum("indexing names" in o for o in outs) == 1          # one build; the others waited and used it
    assert index.intact(tmp_path / "g.sqlite") and not list(tmp_path.glob(".*.tmp"))


def test_a_source_the_place_id_implies_is_stored_once_and_read_back_whole(gaz):
    import sqlite3
    [town] = [c.place for c in gaz.lookup("Kharkiv") if c.place.id.startswith("geonames:")][:1]
    assert town.source == f"GeoNames {town.id.split(':')[1]} (CC BY 4.0)"
    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    try:
        [(stored,)] = con.execute("SELECT source FROM places WHERE pid = ?", (town.id,)).fetchall()
        [(curated,)] = con.execute("SELECT source FROM places WHERE pid LIKE 'curated:%' LIMIT 1").fetchall()
    finally:
        con.close()
    assert stored == "" and curated        # (a curated row keeps the page it came from)


def test_a_nameless_municipal_twin_folds_into_its_town():
    from geomap.gazetteer.sources import _municipal_twins
    town = {"name": "Puerto", "countrycode": "CO", "admin1code": "29", "latitude": 3.88, "longitude": -77.03,
            "population": 240_000, "alternatenames": ["Port", "BUN"]}
    municipality = dict(town, latitude=3.58, longitude=-77.0, population=430_000, alternatenames=[""])
    namesake = dict(town, latitude=6.2, longitude=-75.5, population=900_000, alternatenames=[""])  # 290 km away
    smaller = dict(municipality, population=1_000)
    assert _municipal_twins({"1": town, "2": municipality, "3": namesake}) == {"2": "1"}
    assert _municipal_twins({"1": town, "2": smaller}) == {}       # the town is the larger: no twin


def test_the_port_city_not_its_municipality_is_buenaventura(gaz):
    best = gaz.lookup("Buenaventura", country="CO")[0].place
    assert abs(best.lat - 3.88) < 0.05 and best.population > 400_000


@pytest.mark.parametrize("name, country", [("Asunción", "PY"), ("Yaoundé", "CM"), ("Lomé", "TG"), ("Bogotá", "CO"),
                                           ("Ulaanbaatar", "MN")])
def test_a_capital_the_country_table_spells_otherwise_is_the_capital(gaz, name, country):
    assert gaz.lookup(name, country=country)[0].place.kind == "capital"
