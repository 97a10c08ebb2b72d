"""An output set is replaced as a whole or not at all; inputs are never overwritten."""
from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.errors import OutputError
from geomap.io.export import STAGING_PREFIX, write_set

ROOT = Path(__file__).resolve().parents[2]


def test_a_failing_writer_leaves_the_previous_set_and_no_temp_files(tmp_path):
    write_set(tmp_path, {"a.txt": lambda p: p.write_text("old a"), "b.txt": lambda p: p.write_text("old b")})

    def full_disk(p: Path):
        p.write_text("partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError, match="No space left"):
        write_set(tmp_path, {"a.txt": lambda p: p.write_text("new a"), "b.txt": full_disk})
    assert (tmp_path / "a.txt").read_text() == "old a" and (tmp_path / "b.txt").read_text() == "old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_gdal_failing_mid_geopackage_is_one_clear_error(tmp_path, monkeypatch):
    import pyogrio
    from pyogrio.errors import DataSourceError
    from geomap.io.export import COLUMNS, write_gpkg
    row = {k: None for k in COLUMNS} | {"claim_id": "c1", "place_start": 0, "lat": 1.0, "lon": 2.0}
    write_set(tmp_path, {"claims.gpkg": lambda p: write_gpkg([row], p)})
    before = (tmp_path / "claims.gpkg").read_bytes()

    def no_space(*args, **kwargs):
        raise DataSourceError("sqlite3_exec(CREATE TABLE gpkg_contents) failed: database or disk is full")

    monkeypatch.setattr(pyogrio, "write_dataframe", no_space)
    with pytest.raises(OutputError, match="disk is full"):
        write_set(tmp_path, {"claims.gpkg": lambda p: write_gpkg([row], p)})
    assert (tmp_path / "claims.gpkg").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["claims.gpkg"]


def test_leftovers_of_a_killed_run_are_cleaned(tmp_path):
    (tmp_path / f"{STAGING_PREFIX}dead").mkdir()
    (tmp_path / f"{STAGING_PREFIX}dead" / "map.html").write_text("x")
    (tmp_path / ".claims.geojson.abc.tmp").write_text("x")
    write_set(tmp_path, {"a.txt": lambda p: p.write_text("a")})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def geomap(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, text=True, cwd=ROOT, **kw)


@pytest.mark.slow
def test_a_run_with_nothing_readable_keeps_the_earlier_outputs(tmp_path, seeds):
    out = tmp_path / "out"
    assert geomap("run", str(seeds), "--out", str(out)).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    empty = tmp_path / "empty"
    empty.mkdir()
    for bad in (str(tmp_path / "missing.txt"), str(empty)):
        r = geomap("run", bad, "--out", str(out))
        assert r.returncode == 1 and "nothing written" in r.stderr
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.slow
def test_an_output_that_is_an_input_is_refused(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Shelling hit Kharkiv on Monday, the governor said.", encoding="utf-8")
    r = geomap("extract", str(article), "-o", str(article))
    assert r.returncode == 1 and "refusing to overwrite" in r.stderr
    assert article.read_text(encoding="utf-8").startswith("Shelling")


@pytest.mark.slow
def test_a_kill_during_the_write_phase_leaves_a_whole_set(tmp_path, seeds):
    out = tmp_path / "out"
    assert geomap("run", str(seeds), "--out", str(out)).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    # Slow every file write down so the kill lands inside the write phase, then kill with SIGKILL.
    slow = ("import time, geomap.io.export as e; w = e.atomic_write\n"
            "def slow(path, data):\n    time.sleep(0.4)\n    return w(path, data)\n"
            "e.atomic_write = slow\nimport sys; from geomap.cli import main; sys.exit(main())")
    proc = subprocess.Popen([sys.executable, "-c", slow, "run", str(seeds), "--out", str(out), "--title", "second"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and not any(p.name.startswith(STAGING_PREFIX) for p in out.iterdir()):
        time.sleep(0.05)
    time.sleep(0.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    after = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert after == before                      # the old set, whole
    assert geomap("run", str(seeds), "--out", str(out)).returncode == 0
    assert not [p for p in out.iterdir() if p.name.startswith(".")]      # the next run cleans up


@pytest.mark.slow
def test_two_runs_give_the_same_bytes(tmp_path, seeds):
    for name in ("one", "two"):
        assert geomap("run", str(seeds), "--out", str(tmp_path / name), "--self-contained").returncode == 0
    one = {p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()}
    two = {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()}
    assert set(one) == {"map.html", "claims.geojson", "claims.geojsonl", "claims.csv", "claims.gpkg", "claims.parquet"}
    assert [n for n in one if one[n] != two[n]] == []
