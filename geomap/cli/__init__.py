"""The command line: one module per command group, no cycles.

``geomap run | extract | render`` (:mod:`geomap.cli.pipeline`) and ``geomap setup | geoparse |
gazetteer ...`` (:mod:`geomap.cli.gazetteer`). Each command imports only the stages it needs, so
``geomap render`` never loads the gazetteer or the extractor. Every :class:`~geomap.errors.GeomapError`
ends as one line on stderr naming the file (and line) and a non-zero exit.
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

from geomap import __version__
from geomap.cli import gazetteer as gazetteer_commands
from geomap.cli import pipeline
from geomap.errors import GeomapError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geomap", description="Geospatial incident mapper for conflict news: find the places news reports name, "
        "resolve them offline, attach who claims what happened there, and map competing accounts.",
        epilog="Start with `geomap run` (the bundled seed articles into output/); every command has --help.")
    parser.add_argument("--version", action="version", version=f"geomap {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error")
    sub = parser.add_subparsers(dest="command", required=True)

    gazetteer_commands.add_commands(sub)
    pipeline.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (GeomapError, OSError) as exc:
        if args.debug:
            raise
        print(f"geomap: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("geomap: interrupted", file=sys.stderr)
        return 130

