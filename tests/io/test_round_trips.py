"""One typed schema across formats: every export reads back as the same GeoDataFrame."""
from __future__ import annotations

import sqlite3

import pandas.testing as pdt
import pytest

from geomap.io import export
from geomap.render.map import map_html

WRITERS = {"claims.geojson": export.write_geojson, "claims.geojsonl": export.write_geojsonl,
           "claims.gpkg": export.write_gpkg, "claims.csv": export.write_csv, "claims.parquet": export.write_parquet}


@pytest.fixture(scope="module")
def frame(seed_claims):
    _docs, claims = seed_claims
    return export.to_geodataframe(claims)


def test_claims_have_short_reprs(seed_claims):
    _docs, claims = seed_claims
    assert all(len(repr(c)) < 120 and repr(c).startswith("<Claim ") for c in claims)


def test_the_frame_is_typed(frame):
    assert str(frame["event_date"].dtype) == "datetime64[ms]" and str(frame["published"].dtype) == "datetime64[ms]"
    assert frame["claimant_side"].dtype == "category" and str(frame["killed_best"].dtype) == "Int64"
    assert str(frame["disputed"].dtype) == "boolean" and frame.crs.to_epsg() == 4326


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_every_format_reads_back_as_the_same_frame(seed_claims, frame, tmp_path, name):
    _docs, claims = seed_claims
    WRITERS[name](claims, tmp_path / name)
    back = export.read_claims(tmp_path / name)
    pdt.assert_frame_equal(frame.drop(columns="geometry"), back.drop(columns="geometry"), check_dtype=True)
    assert frame.geometry.geom_equals_exact(back.geometry, 1e-9).all()


def test_a_filtered_frame_goes_to_every_writer_and_the_map(frame, tmp_path):
    side = frame["claimant_side"].astype(str).iloc[0]
    part = frame[frame["claimant_side"] == side]
    assert 0 < len(part) < len(frame)
    for name, write in WRITERS.items():
        write(part, tmp_path / name)
        assert len(export.read_claims(tmp_path / name)) == len(part)
    assert f'"claims":{part["claim_id"].nunique()},' in map_html(part)
    # a path to any export works too
    assert f'"claims":{part["claim_id"].nunique()},' in map_html(tmp_path / "claims.gpkg")
    export.write_geojson(tmp_path / "claims.parquet", tmp_path / "again.geojson")
    assert len(export.read_claims(tmp_path / "again.geojson")) == len(part)


def test_geopackage_dates_are_date_fields(seed_claims, tmp_path):
    _docs, claims = seed_claims
    path = export.write_gpkg(claims, tmp_path / "c.gpkg")
    ddl = sqlite3.connect(path).execute("SELECT sql FROM sqlite_master WHERE name = 'claims'").fetchone()[0]
    assert '"event_date" DATE' in ddl and '"published" DATE' in ddl


def test_geoparquet_opens_in_duckdb(seed_claims, frame, tmp_path):
    import duckdb                 # a test extra: the check that others can read our GeoParquet
    _docs, claims = seed_claims
    path = export.write_parquet(claims, tmp_path / "claims.parquet")
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{path}'").fetchone()[0] == len(frame)
    assert con.execute(f"SELECT count(DISTINCT claim_id || ':' || place_start) FROM '{path}'").fetchone()[0] == len(frame)
