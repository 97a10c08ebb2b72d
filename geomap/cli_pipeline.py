"""CLI commands of the pipeline: extract, run, render (filled in with the extractor and renderer)."""
from __future__ import annotations


def add_commands(sub) -> None:
    return None
