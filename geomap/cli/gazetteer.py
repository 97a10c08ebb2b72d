"""CLI commands of the gazetteer stage: ``setup``, ``geoparse`` and ``gazetteer build | lookup | info``."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from geomap.cli.common import add_index_option, add_online_options, open_gazetteer
from geomap.errors import GazetteerError, InputError


# ---------------------------------------------------------------- gazetteer

def cmd_gazetteer_build(args: argparse.Namespace) -> int:
    from geomap.gazetteer import index
    config = index.BuildConfig(geonames_dumps=list(args.geonames or []), curated_dir=args.curated)
    for dump in config.geonames_dumps:
        if not Path(dump).is_file():
            raise InputError(f"{dump}: GeoNames dump not found")
    path = index.build(args.index, config, progress=lambda m: print(m, file=sys.stderr))
    print(f"built {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


def cmd_gazetteer_lookup(args: argparse.Namespace) -> int:
    near = None
    if args.near:
        try:
            lat, lon = (float(x) for x in args.near.split(","))
        except ValueError:
            raise InputError(f"--near {args.near!r}: expected LAT,LON") from None
        near = (lat, lon)
    gaz = open_gazetteer(args)
    try:
        cands = gaz.lookup(args.name, country=args.country, near=near, limit=args.limit, explain=True)
    except GazetteerError as exc:
        raise InputError(str(exc)) from None
    if args.json:
        print(json.dumps([c.as_dict() for c in cands], ensure_ascii=False, indent=1))
    elif not cands:
        print(f"{args.name}: unknown place", file=sys.stderr)
        return 1
    else:
        for c in cands:
            p = c.place
            print(f"{p.name}\t{p.kind}\t{p.country}\t{p.lat:.5f},{p.lon:.5f}\tpop {p.population}\t"
                  f"{c.method} {c.score:.0f}\tscore {c.context_score:.2f}\t{p.id}")
    return 0 if cands else 1


def cmd_gazetteer_info(args: argparse.Namespace) -> int:
    info = open_gazetteer(args).info()
    if args.json:
        print(json.dumps(info, indent=1))
        return 0
    print(f"index:   {info['path']} ({info['size_bytes'] / 1e6:.1f} MB), built {info['built']} "
          f"in {info['build_seconds']} s")
    print(f"places:  {info['places']:,}   names: {info['names']:,}")
    print(f"intact:  {'yes' if info['intact'] else 'NO: damaged since it was built; run geomap gazetteer build'}")
    print("kinds:   " + ", ".join(f"{k} {v:,}" for k, v in info["kinds"].items()))
    print("sources:")
    for k, v in info["sources"].items():
        print(f"  {k}: {v}")
    return 0


# ---------------------------------------------------------------- geoparse

GEOPARSE_BATCH = 16


def cmd_geoparse(args: argparse.Namespace) -> int:
    from itertools import chain, islice
    from geomap.gazetteer.lookup import NameOracle
    from geomap.extract.geoparse import Options, map_lines, process_lines
    gaz = open_gazetteer(args)
    options = Options(demonyms=args.demonyms, explain=args.explain, accurate=args.accurate)
    data = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    # Split on "\n" only: texts may hold U+2028, which str.splitlines() would split on.
    lines = [(n, line) for n, line in enumerate(data.split("\n"), 1) if line.strip()]
    if args.jobs < 1:
        raise InputError(f"--jobs {args.jobs}: expected 1 or more")
    it = iter(lines)
    batches = iter(lambda: list(islice(it, GEOPARSE_BATCH)), [])
    jobs = min(args.jobs, -(-len(lines) // GEOPARSE_BATCH))
    oracle = NameOracle(gaz)
    if args.online or jobs <= 1:
        results = (process_lines(b, gaz, oracle, options) for b in batches)
    else:
        # The first batch here: it loads the name lists, the actor registry, the fuzzy-match blocks (and
        # spaCy's model) once, before the workers fork and inherit them.
        first = process_lines(next(batches), gaz, oracle, options)
        results = chain([first], map_lines(batches, oracle, jobs, options))
    failed = 0
    for batch in results:
        for out, error in batch:
            if error:
                print(error, file=sys.stderr)
                failed += 1
            print(out)
    sys.stdout.flush()
    return 1 if failed else 0


# ---------------------------------------------------------------- setup

def cmd_setup(args: argparse.Namespace) -> int:
    from geomap import assets
    from geomap.gazetteer import index
    if not args.skip_npm:
        print(f"installing npm assets into {assets.assets_dir()} ...", file=sys.stderr)
        assets.install_npm_assets()
    path = index.ensure(args.index, progress=lambda m: print(m, file=sys.stderr))
    print(f"gazetteer index ready: {path}")
    return 0


def add_commands(sub) -> None:
    p = sub.add_parser("setup", help="install npm assets (maps, boundaries) and build the gazetteer index")
    p.add_argument("--skip-npm", action="store_true", help="only build the gazetteer index")
    add_index_option(p)
    p.set_defaults(func=cmd_setup)

    p = sub.add_parser("geoparse", help="toponym stage alone: JSON lines {id, text} on stdin -> toponyms on stdout")
    p.add_argument("--explain", action="store_true",
                   help="add each toponym's best candidates with their scores and the reasons behind them")
    p.add_argument("--demonyms", action="store_true",
                   help="also report country adjectives (\"Turkish\") as mentions of the country, as TR-News annotates")
    p.add_argument("--accurate", action="store_true",
                   help="add spaCy's place entities (GPE, LOC, FAC) to recognition: more names found, several times slower")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes (default: all cores); output identical to one job, in input order")
    add_index_option(p)
    add_online_options(p)
    p.set_defaults(func=cmd_geoparse)

    g = sub.add_parser("gazetteer", help="build, inspect and query the offline gazetteer")
    gsub = g.add_subparsers(dest="gcommand", required=True)
    p = gsub.add_parser("build", help="(re)build the index, optionally with GeoNames dumps")
    p.add_argument("--geonames", nargs="+", type=Path, metavar="FILE",
                   help="GeoNames dumps (AM.txt, allCountries.zip, ...) to add")
    p.add_argument("--curated", type=Path, default=None, help="curated TSV folder (default: gazetteer/)")
    add_index_option(p)
    p.set_defaults(func=cmd_gazetteer_build)
    p = gsub.add_parser("lookup", help="candidates for a place name")
    p.add_argument("name")
    p.add_argument("--country", help="prefer places in this ISO 3166 alpha-2 country")
    p.add_argument("--near", help="prefer places near LAT,LON")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true", help="print JSON")
    add_index_option(p)
    add_online_options(p)
    p.set_defaults(func=cmd_gazetteer_lookup)
    p = gsub.add_parser("info", help="sources, counts, index path and size")
    p.add_argument("--json", action="store_true")
    add_index_option(p)
    p.set_defaults(func=cmd_gazetteer_info)
