"""Exports: GeoDataFrame, RFC 7946 GeoJSON (and GeoJSON Lines), GeoPackage, ACLED-style CSV.

One row (Feature) per claim and mapped place. Rows are sorted by stable keys
and written atomically (temporary file, then rename), so the same input gives
byte-identical files and an interrupted run never leaves half a file.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator

import geopandas as gpd
import pyogrio
from pyogrio.errors import DataLayerError, DataSourceError
import pandas as pd
from shapely.geometry import Point

from geomap.errors import OutputError
from geomap.model import Claim, iter_features

# The flat properties of a Feature, in order (the CLI contract of `geomap extract`).
COLUMNS = ["claim_id", "incident_id", "disputed", "doc", "claimant", "claimant_canonical", "claimant_side", "claimant_type",
           "cue", "stance", "event_type", "weapons", "accused_side", "target_side", "killed_low", "killed_best",
           "killed_high", "wounded", "casualty_side", "event_date", "event_date_end", "date_precision", "date_text",
           "place", "place_id", "place_name", "place_kind", "place_country", "place_role", "geo_precision",
           "uncertainty_km", "sentence", "start", "end", "place_start", "place_end", "confidence", "outlet", "url",
           "published", "source_path"]


def _iso(d) -> str | None:
    return d.isoformat() if d else None


def records(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Flat property dicts (plus lon/lat), one per claim and mapped place, in a stable order."""
    rows = []
    for c, p in iter_features(claims):
        doc = c.document
        rows.append({
            "claim_id": c.id, "incident_id": c.incident_id, "disputed": c.disputed, "doc": c.doc_id, "claimant": c.claimant.surface,
            "claimant_canonical": c.claimant.canonical, "claimant_side": c.claimant.side,
            "claimant_type": c.claimant.type, "cue": c.cue, "stance": c.stance, "event_type": c.event_type,
            "weapons": ", ".join(c.weapons), "accused_side": c.accused_side, "target_side": c.target_side,
            "killed_low": c.killed_low, "killed_best": c.killed_best, "killed_high": c.killed_high,
            "wounded": c.wounded, "casualty_side": c.casualty_side, "event_date": _iso(c.event_date),
            "event_date_end": _iso(c.event_date_end), "date_precision": c.date_precision, "date_text": c.date_text,
            "place": p.surface, "place_id": p.place.id, "place_name": p.place.name, "place_kind": p.place.kind,
            "place_country": p.place.country, "place_role": p.role, "geo_precision": p.precision,
            "uncertainty_km": p.uncertainty_km, "sentence": c.sentence, "start": c.start, "end": c.end,
            "place_start": p.start, "place_end": p.end, "confidence": c.confidence,
            "outlet": doc.outlet if doc else None, "url": doc.url if doc else None,
            "published": _iso(doc.published) if doc else None, "source_path": doc.path if doc else None,
            "lon": round(p.place.lon, 6), "lat": round(p.place.lat, 6),
        })
    rows.sort(key=lambda r: (r["event_date"] or "", r["doc"], r["start"], r["claim_id"], r["place_start"]))
    return rows


def records_from_frame(gdf: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Rows back from a GeoDataFrame of :func:`to_geodataframe` (possibly filtered or edited)."""
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    frame = pd.DataFrame(gdf.drop(columns=gdf.geometry.name)).astype(object)
    frame = frame.where(pd.notna(frame), None)
    rows = []
    for props, geom in zip(frame.to_dict("records"), gdf.geometry):
        if geom is None or geom.is_empty:
            continue
        props = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in props.items()}
        rows.append({**{k: props.get(k) for k in COLUMNS}, "lon": round(geom.x, 6), "lat": round(geom.y, 6)})
    return rows


def as_records(data) -> list[dict[str, Any]]:
    """Rows from any of the three forms a user holds: claims, rows (dicts) or a GeoDataFrame."""
    if isinstance(data, gpd.GeoDataFrame):
        return records_from_frame(data)
    items = list(data)
    if all(isinstance(x, dict) for x in items):
        return items
    if all(isinstance(x, Claim) for x in items):
        return records(items)
    raise TypeError("expected Claim objects, record dicts or a GeoDataFrame")


def to_geodataframe(data) -> gpd.GeoDataFrame:
    """A GeoDataFrame in EPSG:4326, one row per claim and place (from claims or rows)."""
    rows = as_records(data)
    frame = pd.DataFrame(rows, columns=COLUMNS + ["lon", "lat"])
    geometry = [Point(r["lon"], r["lat"]) for r in rows]
    gdf = gpd.GeoDataFrame(frame.drop(columns=["lon", "lat"]), geometry=geometry, crs="EPSG:4326")
    for col in ("event_date", "event_date_end", "published"):
        gdf[col] = gdf[col].astype("string")
    return gdf


def feature_collection(claims_or_rows: Iterable[Claim] | list[dict]) -> dict:
    """An RFC 7946 FeatureCollection: WGS84 lon/lat, no ``crs`` member."""
    rows = as_records(claims_or_rows)
    features = []
    for r in rows:
        props = {k: r.get(k) for k in COLUMNS}
        features.append({"type": "Feature", "id": r["claim_id"] + ":" + str(r["place_start"]),
                         "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                         "properties": props})
    bbox = None
    if rows:
        lons = [r["lon"] for r in rows]
        lats = [r["lat"] for r in rows]
        bbox = [min(lons), min(lats), max(lons), max(lats)]
    fc = {"type": "FeatureCollection", "features": features}
    if bbox:
        fc["bbox"] = bbox
    return fc


def rows_from_geojson(data: dict) -> list[dict]:
    """Rows back from a FeatureCollection this module wrote (possibly hand-edited)."""
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or not isinstance(data.get("features"), list):
        raise ValueError("not a GeoJSON FeatureCollection")
    rows = []
    for i, f in enumerate(data["features"]):
        geom = (f or {}).get("geometry") or {}
        if geom.get("type") != "Point" or len(geom.get("coordinates") or []) < 2:
            raise ValueError(f"feature {i} has no Point geometry")
        lon, lat = geom["coordinates"][:2]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise ValueError(f"feature {i} has coordinates out of range ({lon}, {lat})")
        props = dict(f.get("properties") or {})
        props.setdefault("claim_id", str(f.get("id", i)))
        props.setdefault("place_start", i)
        rows.append({**{k: props.get(k) for k in COLUMNS}, "lon": lon, "lat": lat})
    return rows


# ---------------------------------------------------------------- atomic writers

@contextmanager
def atomic_path(path: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A temporary path in the target's folder; renamed over ``path`` only if the block succeeds.

    The one atomic writer: a reader never sees a half-written output, and a failure leaves the
    previous file as it was and no temporary file behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())     # mkstemp makes 0600; outputs are for sharing
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
        for leftover in tmp.parent.glob(tmp.name + "-*"):     # SQLite journals of a failed GeoPackage
            leftover.unlink(missing_ok=True)


STAGING_PREFIX = ".geomap-staging-"


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove what an earlier killed run left in ``folder``: staging folders and hidden temp files."""
    removed = []
    if not folder.is_dir():
        return removed
    for p in folder.iterdir():
        if p.name.startswith(STAGING_PREFIX) and p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
        elif p.name.startswith(".") and (p.suffix in (".tmp", ".gpkg") or "-journal" in p.name or
                                         p.name.endswith((".gpkg-wal", ".gpkg-shm"))) and p.is_file():
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed


def write_set(folder: Path, writers: dict[str, Callable[[Path], object]]) -> dict[str, Path]:
    """Write a set of outputs (file name -> function writing that file) as a whole or not at all.

    Every file is written into a staging folder beside the targets first; only when all succeeded
    are they moved over the old ones (a rename each, milliseconds). On any failure, a full disk or
    a signal included, the previous set stays as it was and the staging folder is removed."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    clean_leftovers(folder)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    try:
        for name, write in writers.items():
            write(staging / name)
        done = {}
        for name in writers:
            os.replace(staging / name, folder / name)
            done[name] = folder / name
        return done
    except OSError as exc:
        raise OutputError(f"{folder}: outputs not written ({exc.strerror or exc}); the previous ones are unchanged") \
            from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def atomic_write(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def geojson_text(claims_or_rows) -> str:
    return json.dumps(feature_collection(claims_or_rows), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def write_geojson(claims_or_rows, path: Path) -> Path:
    return atomic_write(path, geojson_text(claims_or_rows))


def write_geojsonl(claims_or_rows, path: Path) -> Path:
    """GeoJSON Text Sequence-style lines: one Feature per line, for streaming."""
    fc = feature_collection(claims_or_rows)
    return atomic_write(path, "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in fc["features"]))


def write_gpkg(data, path: Path) -> Path:
    """A GeoPackage layer ``claims`` (opens in QGIS)."""
    gdf = to_geodataframe(data)
    # GeoPackage stamps its tables with the time of writing; the data's own latest date is used
    # instead, so the same claims always give the same file.
    stamp = max((d for d in gdf["published"].dropna().tolist() + gdf["event_date"].dropna().tolist()), default="1970-01-01")
    with atomic_path(path, suffix=".gpkg") as tmp:
        tmp.unlink()                      # GDAL creates the file itself
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": f"{stamp}T00:00:00.000Z"})
        try:
            gdf.to_file(tmp, layer="claims", driver="GPKG", engine="pyogrio")
        except (DataSourceError, DataLayerError) as exc:      # GDAL's words for a full disk, among others
            raise OutputError(f"{path}: GeoPackage not written ({exc})") from None
        finally:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": None})
    return Path(path)


ACLED_COLUMNS = ["event_date", "event_type", "actor1", "actor2", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities"]
_GEO_PREC = {"exact": 1, "near": 2, "direction": 2, "district": 2, "region": 3, "country": 3}


def acled_frame(data) -> pd.DataFrame:
    """ACLED-style columns (actor1 = the side the claim says acted) plus all claim columns."""
    rows = as_records(data)
    out = []
    for r in rows:
        out.append({"event_date": r["event_date"], "event_type": r["event_type"],
                    "actor1": r["accused_side"] or "", "actor2": r["target_side"] or "",
                    "location": r["place_name"], "latitude": r["lat"], "longitude": r["lon"],
                    "geo_precision": _GEO_PREC.get(r["geo_precision"], 3),
                    "source": r["outlet"] or r["source_path"] or "",
                    "notes": f"According to {r['claimant_canonical']}: {r['sentence']}",
                    "fatalities": r["killed_best"] or 0,
                    **{k: r[k] for k in COLUMNS if k not in ACLED_COLUMNS}})
    return pd.DataFrame(out, columns=ACLED_COLUMNS + [c for c in COLUMNS if c not in ACLED_COLUMNS])


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """A text cell a spreadsheet would run as a formula gets a leading ' (OWASP's CSV injection advice)."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def write_csv(data, path: Path) -> Path:
    """ACLED-style CSV; cells from article text cannot start a spreadsheet formula."""
    frame = acled_frame(data)
    for col in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[col]):
            frame[col] = frame[col].map(neutralise_cell)
    return atomic_write(path, frame.to_csv(index=False, lineterminator="\n"))
