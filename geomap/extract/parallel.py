"""Work on several cores: batches to worker processes, results in input order.

Each worker opens the gazetteer index read-only once (its initializer); forked workers may start from
the parent's gazetteer and its warm caches, each on a connection of its own. The parent streams
batches, so memory is bounded by the batches in flight, not by the corpus. Written with the standard
library's ``multiprocessing`` (the pool, ``imap`` keeping order). Extraction (``geomap run/extract
--jobs``) and ``geomap geoparse --jobs`` both run here.
"""
from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

_STATE: dict = {}


def _init(index_path: str, work: Callable, args: tuple) -> None:
    from geomap.gazetteer.lookup import Gazetteer, NameOracle
    if "oracle" in _STATE:              # forked: the parent's gazetteer and its warm caches, a new connection
        _STATE["oracle"].gaz.reconnect()
        _STATE["gaz"] = _STATE["oracle"].gaz
    else:
        gaz = Gazetteer(Path(index_path))
        _STATE.update(gaz=gaz, oracle=NameOracle(gaz))
    _STATE.update(work=work, args=args)


def _work(batch):
    return _STATE["work"](batch, _STATE["gaz"], _STATE["oracle"], *_STATE["args"])


def _extract(batch, gaz, oracle):
    from geomap.extract.claims import _extract_batch
    return _extract_batch(batch, gaz, oracle)


def map_batches(batches: Iterable, index_path: Path, jobs: int, work: Callable = _extract,
                args: tuple = (), oracle: Any = None) -> Iterator:
    """``work(batch, gaz, oracle, *args)`` for each batch, in order, computed by ``jobs`` worker processes
    (default work: each batch's per-document claims). ``oracle``: a warm NameOracle forked workers start from."""
    # fork where the system has it: workers start at once and open their own index connection
    # (the parent's is never used in them); spawn elsewhere.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "fork" and oracle is not None:
        _STATE["oracle"] = oracle
    try:
        with ctx.Pool(jobs, initializer=_init, initargs=(str(index_path), work, args)) as pool:
            yield from pool.imap(_work, batches, chunksize=1)
    finally:
        _STATE.pop("oracle", None)
