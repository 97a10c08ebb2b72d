"""CLI commands of the pipeline: ``extract``, ``run`` (the main job) and ``render``."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from geomap.cli.common import add_index_option, add_online_options, open_gazetteer
from geomap.errors import InputError


def default_inputs() -> list[Path]:
    """The bundled seed articles: ``$GEOMAP_SEEDS`` or ``../shared/seeds`` beside the checkout."""
    from geomap.config import settings
    seeds = settings().seeds_dir
    if seeds is not None:
        return [seeds]
    raise InputError("no input given and the seed articles were not found (set GEOMAP_SEEDS to their folder)")


def _published(value: str | None) -> date | None:
    from geomap.text.documents import parse_date
    if value is None:
        return None
    try:
        return parse_date(value, "--published")
    except ValueError as exc:
        raise InputError(str(exc)) from None


class _Batch:
    """The documents of a run, read as extraction asks for them; problems printed as they are met."""

    def __init__(self, args: argparse.Namespace):
        from geomap.text.documents import iter_documents
        self.problems: list = []
        self.count = 0
        self._printed = 0
        self._docs = iter_documents(args.inputs or default_inputs(), self.problems,
                                    published=_published(args.published), outlet=args.outlet)

    def _say(self) -> None:
        for p in self.problems[self._printed:]:
            print(f"geomap: {p}", file=sys.stderr)
        self._printed = len(self.problems)

    def __iter__(self):
        for doc in self._docs:
            self.count += 1
            self._say()
            yield doc
        self._say()

    @property
    def failed(self) -> list:
        return [p for p in self.problems if p.fatal]


def _counted(mapper, bar, batch: _Batch):
    """The mapper, with the claims found and the input errors met shown beside the bar's docs/s."""
    def run(batches, index_path):
        claims = 0
        for per_doc in mapper(batches, index_path):
            claims += sum(map(len, per_doc))
            bar.set_postfix(claims=claims, errors=len(batch.failed), refresh=False)
            yield per_doc
    return run


def _extract(args: argparse.Namespace, batch: _Batch):
    from tqdm import tqdm
    from geomap.extract.claims import extract
    if args.dask and args.online:
        raise InputError("--online works in this process only; it cannot be combined with --dask")
    gaz = open_gazetteer(args)
    client = mapper = None
    if args.dask:
        from geomap.extract.distributed import batch_mapper, connect
        client = connect(args.dask)
        mapper = batch_mapper(client)
        print(f"geomap: extracting on the Dask cluster at {args.dask} (dashboard: {client.dashboard_link})",
              file=sys.stderr)
    try:
        with tqdm(desc="extracting", unit="doc", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:
            # The online fallback lives in this process: with it, one job (it is rate-limited anyway).
            return extract(batch, gaz, progress=bar.update, jobs=1 if args.online else args.jobs,
                           mapper=mapper and _counted(mapper, bar, batch))
    finally:
        if client is not None:
            client.close()


def _refuse_overwriting_inputs(args: argparse.Namespace, *outputs: Path) -> None:
    inputs = {Path(p).resolve() for p in (args.inputs or [])}
    for out in outputs:
        if Path(out).resolve() in inputs:
            raise InputError(f"{out}: is also an input; refusing to overwrite it")


def _nothing_read(batch: _Batch) -> None:
    if not batch.count:
        raise InputError(f"no document could be read ({len(batch.failed)} failed); nothing written, "
                         "earlier outputs are unchanged")


def cmd_extract(args: argparse.Namespace) -> int:
    from geomap.io.export import geojson_text, write_geojson
    if args.output and str(args.output) != "-":
        _refuse_overwriting_inputs(args, args.output)
    batch = _Batch(args)
    claims = _extract(args, batch)
    if args.output and str(args.output) != "-":
        _nothing_read(batch)
        write_geojson(claims, args.output)
        print(f"{len(claims)} claims from {batch.count} documents -> {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(geojson_text(claims))
    return 1 if batch.failed else 0


def cmd_run(args: argparse.Namespace) -> int:
    from geomap.io import export
    from geomap.render.map import write_map
    out = Path(args.out)
    names = ("map.html", "claims.geojson", "claims.geojsonl", "claims.csv", "claims.gpkg", "claims.parquet")
    _refuse_overwriting_inputs(args, *(out / n for n in names))
    batch = _Batch(args)
    claims = _extract(args, batch)
    _nothing_read(batch)
    rows = export.records(claims)
    written = export.write_set(out, {
        "map.html": lambda p: write_map(rows, p, self_contained=not args.cdn, title=args.title, tiles=args.tiles),
        "claims.geojson": lambda p: export.write_geojson(rows, p),
        "claims.geojsonl": lambda p: export.write_geojsonl(rows, p),
        "claims.csv": lambda p: export.write_csv(rows, p),
        "claims.gpkg": lambda p: export.write_gpkg(rows, p),
        "claims.parquet": lambda p: export.write_parquet(rows, p),
    })
    paths = dict(zip(("map", "geojson", "geojsonl", "csv", "gpkg", "parquet"), written.values()))
    sides = sorted({c.claimant.side for c in claims})
    sources = {r["doc"] for r in rows}
    print(f"{batch.count} documents read, {len(sources)} with claims, {len(claims)} claims ({len(rows)} map points), sides: {', '.join(sides) or '-'}")
    for name, path in paths.items():
        print(f"  {name:8} {path}")
    return 1 if batch.failed else 0


def cmd_render(args: argparse.Namespace) -> int:
    from geomap.io.export import read_claims, records_from_frame
    from geomap.render.map import write_map
    try:
        rows = records_from_frame(read_claims(args.claims))
    except FileNotFoundError:
        raise InputError(f"{args.claims}: no such file") from None
    except UnicodeDecodeError:
        raise InputError(f"{args.claims}: not UTF-8 text") from None
    except (ValueError, KeyError, RuntimeError) as exc:      # malformed JSON, missing fields, GDAL's errors
        raise InputError(f"{args.claims}: not a geomap export ({exc})") from None
    path = write_map(rows, args.output, self_contained=not args.cdn, title=args.title, tiles=args.tiles)
    print(f"{len(rows)} claim points -> {path}")
    return 0


def _inputs(p: argparse.ArgumentParser, required: bool) -> None:
    import os
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes for large inputs (default: all cores; output is the same as with 1)")
    p.add_argument("--dask", default=None, metavar="ADDRESS",
                   help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); workers "
                        "need geomap installed and the index at the same path (--index); output is the same")
    p.add_argument("inputs", nargs="+" if required else "*", type=Path, metavar="INPUT",
                   help=".txt (with optional NAME.json sidecar), .jsonl, .html files or folders"
                        + ("" if required else " (default: the bundled seed articles)"))
    p.add_argument("--published", help="publication date YYYY-MM-DD for all inputs (overrides metadata)")
    p.add_argument("--outlet", help="outlet name for all inputs")
    add_index_option(p)
    add_online_options(p)


def _map_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cdn", action="store_true",
                   help="a small page that loads Leaflet and its plugins from CDNs (default: everything inlined, "
                        "the page opens with no network)")
    p.add_argument("--tiles", default=None, metavar="osm|URL",
                   help="add a tile layer the page will request: 'osm' or a URL template with {z}/{x}/{y} "
                        "(default: none; Natural Earth borders drawn from the page)")
    p.add_argument("--self-contained", action="store_true", help=argparse.SUPPRESS)   # the default now


def add_commands(sub) -> None:
    p = sub.add_parser("run", help="extract claims and write the map and all exports (the main job)")
    _inputs(p, required=False)
    p.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output/)")
    _map_options(p)
    p.add_argument("--title", default="geomap: claims by claimant and date", help="map title")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("extract", help="extract claims as an RFC 7946 GeoJSON FeatureCollection")
    _inputs(p, required=True)
    p.add_argument("-o", "--output", type=Path, default=None, help="output file (default: stdout)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("render", help="re-render a (possibly hand-edited) claims GeoJSON as a map")
    p.add_argument("claims", type=Path, help="an export written by geomap (.geojson, .geojsonl, .gpkg, .csv, .parquet)")
    p.add_argument("-o", "--output", type=Path, default=Path("map.html"), help="output HTML (default: map.html)")
    _map_options(p)
    p.add_argument("--title", default="geomap: claims by claimant and date", help="map title")
    p.set_defaults(func=cmd_render)
