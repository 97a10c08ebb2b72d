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

from geomap.errors import OutputError
from geomap.model import SCHEMA, Claim, iter_features

# The flat properties of a Feature, in order (the model's one schema; the CLI contract of `geomap extract`).
COLUMNS = [name for name, _kind in SCHEMA]
_KINDS = dict(SCHEMA)


def _iso(d) -> str | None:
    return d.isoformat() if d else None


def _outlets(doc) -> list[str]:
    """The outlets that ran a source: its own and those of the wire copies folded into it."""
    return list(dict.fromkeys(doc.outlets or [doc.outlet or doc.path]))


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
            "outlet": doc.outlet if doc else None,
            "outlets": "; ".join(_outlets(doc)) if doc else None, "n_outlets": len(_outlets(doc)) if doc else 0,
            "url": doc.url if doc else None,
            "published": _iso(doc.published) if doc else None, "source_path": doc.path if doc else None,
            "title": doc.title if doc else None,
            "lon": round(p.place.lon, 6), "lat": round(p.place.lat, 6),
        })
    rows.sort(key=lambda r: (r["event_date"] or "", r["doc"], r["start"], r["claim_id"], r["place_start"]))
    return rows


def records_from_frame(gdf: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Rows back from a GeoDataFrame of :func:`to_geodataframe` (possibly filtered or edited)."""
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    rows = []
    for props, geom in zip(pd.DataFrame(gdf.drop(columns=gdf.geometry.name)).to_dict("records"), gdf.geometry):
        if geom is None or geom.is_empty:
            continue
        rows.append({**{k: _plain(props.get(k), _KINDS.get(k)) for k in COLUMNS},
                     "lon": round(geom.x, 6), "lat": round(geom.y, 6)})
    return rows


def _plain(value, kind: str | None):
    """A frame cell as the JSON value records carry (dates as ISO text, missing as None)."""
    if value is None or (not isinstance(value, (list, tuple, str)) and pd.isna(value)):
        return None
    if kind == "date":
        return value.date().isoformat() if hasattr(value, "date") else str(value)[:10]
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        return bool(value)
    return value if isinstance(value, str) else str(value)


def typed(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """The one typed form of claims: schema columns in order, typed (datetime64 dates, nullable
    integers, booleans, categorical sides and kinds), Point geometry in EPSG:4326."""
    if isinstance(frame, gpd.GeoDataFrame):
        geometry = frame.geometry.to_crs("EPSG:4326") if frame.crs is not None else frame.geometry
    else:
        geometry = gpd.points_from_xy(frame["lon"], frame["lat"])
    out = pd.DataFrame(index=range(len(frame)))
    for name, kind in SCHEMA:
        col = frame[name].reset_index(drop=True) if name in frame else pd.Series([None] * len(frame))
        if kind == "date":
            out[name] = pd.to_datetime(col.where(col.notna(), None).astype("string").str.slice(0, 10),
                                       format="%Y-%m-%d", errors="coerce").astype("datetime64[ms]")
        elif kind == "int":
            out[name] = pd.to_numeric(col, errors="coerce").astype("Int64")
        elif kind == "float":
            out[name] = pd.to_numeric(col, errors="coerce").astype("float64")
        elif kind == "bool":
            out[name] = col.map(lambda v: None if v is None or (not isinstance(v, str) and pd.isna(v))
                                else str(v).lower() in ("true", "1", "yes")).astype("boolean")
        elif kind == "category":
            out[name] = col.astype("string").replace("", pd.NA).astype("category")
        else:
            out[name] = col.astype("string").replace("", pd.NA)       # empty text is missing, in every format
    return gpd.GeoDataFrame(out, geometry=gpd.GeoSeries(list(geometry), crs="EPSG:4326"), crs="EPSG:4326")


def as_records(data) -> list[dict[str, Any]]:
    """Rows from any form a user holds: claims, rows (dicts), a GeoDataFrame or the path of an export."""
    if isinstance(data, (str, Path)):
        return records_from_frame(read_claims(data))
    if isinstance(data, gpd.GeoDataFrame):
        return records_from_frame(data)
    items = list(data)
    if all(isinstance(x, dict) for x in items):
        return items
    if all(isinstance(x, Claim) for x in items):
        return records(items)
    raise TypeError("expected Claim objects, record dicts or a GeoDataFrame")


def to_geodataframe(data) -> gpd.GeoDataFrame:
    """A typed GeoDataFrame in EPSG:4326, one row per claim and place (from claims, rows or a frame)."""
    rows = as_records(data)
    return typed(pd.DataFrame(rows, columns=COLUMNS + ["lon", "lat"]))


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


def _for_gdal(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The typed frame as GDAL takes it through Arrow: dates as DATE (not DATETIME), vocabularies as text."""
    import pyarrow as pa
    out = gdf.copy()
    for name, kind in SCHEMA:
        if kind == "date":
            out[name] = out[name].astype(pd.ArrowDtype(pa.date32()))
        elif kind == "category":
            out[name] = out[name].astype("string")
    return out


def write_gpkg(data, path: Path) -> Path:
    """A GeoPackage layer ``claims`` (opens in QGIS; dates are DATE fields its temporal controller uses)."""
    gdf = to_geodataframe(data)
    # GeoPackage stamps its tables with the time of writing; the data's own latest date is used
    # instead, so the same claims always give the same file.
    dates = pd.concat([gdf["published"], gdf["event_date"]]).dropna()
    stamp = dates.max().date().isoformat() if len(dates) else "1970-01-01"
    with atomic_path(path, suffix=".gpkg") as tmp:
        tmp.unlink()                      # GDAL creates the file itself
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": f"{stamp}T00:00:00.000Z"})
        try:
            pyogrio.write_dataframe(_for_gdal(gdf), tmp, layer="claims", driver="GPKG", use_arrow=True)
        except (DataSourceError, DataLayerError) as exc:      # GDAL's words for a full disk, among others
            raise OutputError(f"{path}: GeoPackage not written ({exc})") from None
        finally:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": None})
    return Path(path)


def write_parquet(data, path: Path) -> Path:
    """GeoParquet (geopandas ``to_parquet``): the typed frame for large sets, read by DuckDB and QGIS."""
    gdf = to_geodataframe(data)
    with atomic_path(path, suffix=".parquet") as tmp:
        gdf.to_parquet(tmp, index=False)
    return Path(path)


def read_claims(path: str | Path) -> gpd.GeoDataFrame:
    """Any geomap export (GeoJSON, GeoJSONL, GeoPackage, CSV, GeoParquet) back as the typed GeoDataFrame."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return typed(gpd.read_parquet(path))
    if suffix == ".gpkg":
        return typed(gpd.read_file(path, layer="claims", engine="pyogrio"))
    if suffix == ".csv":
        from geomap.io.acled import read_acled_csv
        return typed(read_acled_csv(path))
    text = path.read_text(encoding="utf-8")
    if suffix == ".geojsonl":
        features = [json.loads(line) for line in text.splitlines() if line.strip()]
        data = {"type": "FeatureCollection", "features": features}
    else:
        data = json.loads(text)
    return typed(pd.DataFrame(rows_from_geojson(data), columns=COLUMNS + ["lon", "lat"]))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """A text cell a spreadsheet would run as a formula gets a leading ' (OWASP's CSV injection advice)."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def write_csv(data, path: Path) -> Path:
    """ACLED's columns, then every other field of the schema; cells from text cannot start a formula."""
    from geomap.io.acled import acled_frame
    frame = acled_frame(to_geodataframe(data))
    for col in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[col]):
            frame[col] = frame[col].map(neutralise_cell)
    return atomic_write(path, frame.to_csv(index=False, lineterminator="\n"))


def write_parts(partitions: Iterable[Iterable[Claim]], folder: Path, fmt: str = "parquet") -> list[Path]:
    """One file per partition, ``part.00000.parquet`` (or ``.geojsonl``) and so on, for claims
    gathered by partition (``geomap.extract.distributed.extract_partitions``); DuckDB and GeoPandas
    read the folder as one table (``read_parquet('folder/*.parquet')``)."""
    writers = {"parquet": write_parquet, "geojsonl": write_geojsonl}
    if fmt not in writers:
        raise ValueError(f"parts are written as {' or '.join(writers)}, not {fmt!r}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [writers[fmt](list(claims), folder / f"part.{i:05d}.{fmt}") for i, claims in enumerate(partitions)]
