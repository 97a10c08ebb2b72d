"""Extraction on several cores: batches of documents to worker processes, results in input order.

Each worker opens the gazetteer index read-only and loads spaCy's model once (its initializer);
the parent streams batches, so memory is bounded by the batches in flight, not by the corpus.
Written with the standard library's ``multiprocessing`` (the pool, ``imap`` keeping order).
"""
from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Iterable, Iterator

_STATE: dict = {}


def _init(index_path: str) -> None:
    from geomap.gazetteer.lookup import Gazetteer, NameOracle
    gaz = Gazetteer(Path(index_path))
    _STATE["gaz"], _STATE["oracle"] = gaz, NameOracle(gaz)


def _work(batch):
    from geomap.extract.claims import _extract_batch
    return _extract_batch(batch, _STATE["gaz"], _STATE["oracle"])


def map_batches(batches: Iterable, index_path: Path, jobs: int) -> Iterator:
    """Each batch's per-document claims, in order, computed by ``jobs`` worker processes."""
    # fork where the system has it: workers start at once and open their own index connection
    # (the parent's is never used in them); spawn elsewhere.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    with ctx.Pool(jobs, initializer=_init, initargs=(str(index_path),)) as pool:
        yield from pool.imap(_work, batches, chunksize=1)
