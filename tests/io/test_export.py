"""Exports: RFC 7946 GeoJSON, GeoJSONL, GeoPackage, CSV, GeoDataFrame; atomic and reproducible."""
from __future__ import annotations

import json

import geojson
import geopandas as gpd
import pytest

from geomap.io import export


def rfc7946_problems(fc: dict) -> list[str]:
    """What makes a FeatureCollection violate RFC 7946 (beyond python-geojson's checks)."""
    problems = []
    obj = geojson.loads(json.dumps(fc))
    if not obj.is_valid:
        problems.append(f"invalid: {obj.errors()}")
    if "crs" in fc:
        problems.append("RFC 7946 removed the crs member")
    for f in fc["features"]:
        if f.get("type") != "Feature" or "properties" not in f:
            problems.append("feature without type/properties")
        lon, lat = f["geometry"]["coordinates"][:2]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            problems.append(f"coordinates out of range or not lon/lat: {lon}, {lat}")
    if "bbox" in fc:
        w, s, e, n = fc["bbox"]
        for f in fc["features"]:
            lon, lat = f["geometry"]["coordinates"][:2]
            if not (w <= lon <= e and s <= lat <= n):
                problems.append("feature outside bbox")
    return problems


def test_geojson_is_rfc7946_with_the_contracted_properties(seed_claims):
    _docs, claims = seed_claims
    fc = json.loads(export.geojson_text(claims))
    assert fc["type"] == "FeatureCollection" and fc["features"]
    assert rfc7946_problems(fc) == []
    required = {"claim_id", "incident_id", "doc", "claimant", "claimant_canonical", "claimant_side", "cue", "stance",
                "event_type", "accused_side", "target_side", "killed_low", "killed_best", "killed_high", "wounded",
                "event_date", "event_date_end", "date_precision", "date_text", "place", "place_id", "place_role",
                "geo_precision", "uncertainty_km", "sentence", "start", "end", "outlet", "url", "published"}
    for f in fc["features"]:
        assert required <= set(f["properties"])
        p = f["properties"]
        assert p["place_role"] in ("event_location", "target", "origin_of_fire")
        lon, lat = f["geometry"]["coordinates"]
        assert 25 < lon < 60 and 30 < lat < 50              # the seeds are in the Caucasus: lon/lat order


def test_checker_catches_violations():
    bad = {"type": "FeatureCollection", "crs": {"type": "name"}, "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [40.0, 200.0]}}]}
    problems = rfc7946_problems(bad)
    assert any("crs" in p for p in problems) and any("out of range" in p for p in problems)


def test_same_input_gives_byte_identical_outputs(seed_claims, tmp_path):
    _docs, claims = seed_claims
    a = export.write_geojson(claims, tmp_path / "a.geojson").read_bytes()
    b = export.write_geojson(list(reversed(claims)), tmp_path / "b.geojson").read_bytes()
    assert a == b
    c1 = export.write_csv(claims, tmp_path / "a.csv").read_bytes()
    c2 = export.write_csv(claims, tmp_path / "b.csv").read_bytes()
    assert c1 == c2


def test_geodataframe_round_trips_geojson_and_geopackage(seed_claims, tmp_path):
    _docs, claims = seed_claims
    gdf = export.to_geodataframe(claims)
    assert gdf.crs.to_epsg() == 4326 and len(gdf) == len(export.records(claims))
    path = export.write_geojson(claims, tmp_path / "c.geojson")
    back = gpd.read_file(path)
    assert back.crs.to_epsg() == 4326
    assert list(back["claim_id"]) == list(gdf["claim_id"])
    assert back.geometry.geom_equals_exact(gdf.geometry, tolerance=1e-6).all()
    gpkg = export.write_gpkg(claims, tmp_path / "c.gpkg")
    g2 = gpd.read_file(gpkg, layer="claims")
    assert g2.crs.to_epsg() == 4326 and list(g2["claim_id"]) == list(gdf["claim_id"])
    assert list(g2["sentence"]) == list(gdf["sentence"])


def test_geojsonl_and_acled_csv(seed_claims, tmp_path):
    _docs, claims = seed_claims
    lines = export.write_geojsonl(claims, tmp_path / "c.geojsonl").read_text().splitlines()
    assert len(lines) == len(export.records(claims))
    assert all(json.loads(l)["type"] == "Feature" for l in lines)
    from geomap.io.acled import ACLED_COLUMNS, acled_frame
    frame = acled_frame(export.to_geodataframe(claims))
    # The header begins with ACLED's codebook columns, in ACLED's order, then geomap's own fields.
    codebook = ("event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
                "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
                "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes "
                "fatalities tags timestamp").split()
    assert list(frame.columns[:31]) == codebook == ACLED_COLUMNS
    assert {"claim_id", "claimant_side", "geomap_event_type", "n_outlets"} <= set(frame.columns)
    assert frame.columns.is_unique and frame["event_id_cnty"].is_unique
    assert set(frame["event_type"]) <= {"Battles", "Explosions/Remote violence", "Violence against civilians"}
    assert (frame["fatalities"] >= 0).all() and frame["tags"].str.startswith("claimant=").all()


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "out.geojson"
    target.write_text("old")

    class Boom(Exception):
        pass

    def fail(*a, **k):
        raise Boom
    monkeypatch.setattr(export.os, "replace", fail)
    with pytest.raises(Boom):
        export.atomic_write(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.geojson"]


def test_rows_from_edited_geojson_validate(tmp_path):
    with pytest.raises(ValueError, match="FeatureCollection"):
        export.rows_from_geojson({"type": "Feature"})
    with pytest.raises(ValueError, match="out of range"):
        export.rows_from_geojson({"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [500, 0]}, "properties": {}}]})



def test_csv_cells_from_text_cannot_start_a_formula(tmp_path):
    import csv
    from geomap.io.export import COLUMNS, neutralise_cell, write_csv
    row = {k: None for k in COLUMNS} | {"claim_id": "c1", "place_start": 0, "lat": 1.0, "lon": 2.0,
                                         "sentence": "=HYPERLINK(\"http://evil\")", "outlet": "+cmd|' /C calc'!A0",
                                         "claimant_canonical": "@SUM(1+1)", "url": "-2+3", "event_date": "2024-05-01"}
    write_csv([row], tmp_path / "c.csv")
    (got,) = list(csv.DictReader(open(tmp_path / "c.csv", encoding="utf-8")))
    assert got["sentence"].startswith("'=") and got["outlet"].startswith("'+") and got["url"] == "'-2+3"
    assert got["notes"].startswith("According to @SUM")      # not at the start of a cell: harmless
    assert got["latitude"] == "1.0" and neutralise_cell(-5) == -5 and neutralise_cell("Kyiv") == "Kyiv"
