"""Extraction on a Dask cluster, with the same claims as one process.

Two ways in, both giving exactly what :func:`geomap.extract.claims.extract` gives on one core
(same claims, ids, outlets, incidents, order):

* :func:`extract_bag` / :func:`extract_partitions`: a ``dask.bag`` of :class:`~geomap.model.Document`
  (``dask.bag.from_sequence``, or :func:`read_jsonl` over ``dask.bag.read_text``). A first
  ``map_partitions`` pass computes each document's MinHash signature (wire copies are found in
  the caller's process, in bag order, as one process would); a second extracts the originals,
  one partition at a time in batches. Incidents are linked in the caller's process on the
  gathered claims (claims are small; texts never come back).
* :func:`batch_mapper`: the ``mapper`` of ``extract``; the caller reads and folds the documents
  (as with ``--jobs``) and the batches run on the cluster, a bounded number in flight
  (``geomap extract --dask ADDRESS``).

Each worker process opens the gazetteer index read-only by its path and loads spaCy's model
once; the path must be readable on every worker (a shared file system, or the same path on
each machine). Dask is imported only when one of these functions runs.
"""
from __future__ import annotations

import dataclasses
import json
import threading
from collections import deque
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from geomap.extract.claims import BATCH, WireFolder, _extract_batch
from geomap.model import Claim, Document

if TYPE_CHECKING:
    import dask.bag
    import distributed

# Dask settings for workers that run extraction (start them under ``dask.config.set(WORKER_CONFIG)``,
# or export them as DASK_* variables before ``dask worker``): a worker's own bookkeeping runs on its
# event loop beside the extraction and takes the GIL from it, so sample less of it. The statistical
# profiler (every 10 ms) and the GIL monitor (every 1 ms) cost about 5 % of a CPU-bound worker.
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}

# One extraction at a time per worker process: spaCy's pipeline (select_pipes) and the name
# caches are not meant to be shared between threads, and the work holds the GIL anyway.
_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _opened(index_path: str):
    from geomap.gazetteer.lookup import Gazetteer, NameOracle
    gaz = Gazetteer(Path(index_path))          # read-only; never rebuilt on a worker
    return gaz, NameOracle(gaz)


def _extract_batches(batch: list[tuple[Document, Document]], index_path: str) -> list[list[Claim]]:
    """Per-document claims of one batch, on a worker (index and model opened once per process)."""
    with _LOCK:
        gaz, oracle = _opened(index_path)
        return _extract_batch(batch, gaz, oracle)


def _source(doc: Document) -> Document:
    return dataclasses.replace(doc, text="", outlets=[doc.outlet or doc.path])


def index_path(path: str | Path | None = None) -> Path:
    """The index workers should open: ``path`` or ``$GEOMAP_INDEX``/the cache's, built or refreshed
    here first if needed (workers only ever read it)."""
    from geomap.gazetteer.lookup import Gazetteer
    gaz = Gazetteer.open(Path(path) if path else None)
    try:
        return gaz.path
    finally:
        gaz.close()


def connect(address: str) -> "distributed.Client":
    """A client of the Dask scheduler at ``address`` (``tcp://host:8786``)."""
    from distributed import Client
    return Client(address)


def batch_mapper(client: "distributed.Client", in_flight: int | None = None) -> Callable:
    """A ``mapper`` for :func:`geomap.extract.claims.extract`: each batch runs on the client's
    workers, at most ``in_flight`` at a time (default: twice the cluster's threads), results in order."""
    def mapper(batches: Iterable, path: Path) -> Iterator[list[list[Claim]]]:
        limit = in_flight or 2 * max(sum(client.nthreads().values()), 1)
        pending: deque = deque()
        for batch in batches:
            pending.append(client.submit(_extract_batches, batch, str(path), pure=False))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    return mapper


class _Presigned(WireFolder):
    """The wire-copy folder fed with signatures computed on the workers instead of texts."""

    def _minhash(self, signature):
        from datasketch import MinHash
        scheme, hashvalues = signature
        return MinHash(num_perm=self.num_perm, hashvalues=hashvalues, scheme=scheme)


def _signature(folder: WireFolder, text: str) -> tuple[str, Any]:
    m = folder._minhash(text)
    return m.scheme, m.hashvalues


def _signatures(docs: Iterable[Document], fold: bool) -> list[list[tuple[Any, Document]]]:
    folder = WireFolder() if fold else None
    return [[(_signature(folder, d.text) if folder else None, _source(d)) for d in docs]]


def _extract_partition(docs: Iterable[Document], keep: list[list[bool]], path: str) -> list[list[list[Claim]]]:
    flags = iter(keep[0])
    out: list[list[Claim]] = []
    batch: list[tuple[Document, Document]] = []
    for doc in docs:
        if next(flags):
            batch.append((doc, _source(doc)))
        if len(batch) == BATCH:
            out.extend(_extract_batches(batch, path))
            batch = []
    if batch:
        out.extend(_extract_batches(batch, path))
    return [out]


def _default_client():
    try:
        from distributed import default_client
        return default_client()
    except (ImportError, ValueError):
        return None


def extract_partitions(bag: "dask.bag.Bag", index: str | Path | None = None, *, fold_wire_copies: bool = True,
                       progress: Callable[[int], object] | None = None) -> list[list[Claim]]:
    """Claims of a bag of Documents, one list per partition in the bag's order, incidents linked
    across all of them: the same claims, in the same order, as ``extract`` in one process.

    Runs on the active distributed client if there is one (else on Dask's default scheduler);
    ``progress(n)`` is called as partitions of ``n`` documents finish. The bag is computed twice
    (signatures, then extraction), so it should be cheap to recompute (files, not a long chain)."""
    import dask
    import dask.bag as db
    from geomap.extract.incidents import incidents
    path = str(index_path(index))
    summaries = bag.map_partitions(_signatures, fold_wire_copies).compute()
    if not summaries:
        return []
    folder = _Presigned() if fold_wire_copies else None
    keep: list[list[bool]] = []
    sources: list[Document] = []          # the caller's sources of the originals: they gather every outlet
    for part in summaries:
        flags = []
        for signature, source in part:
            original = folder is None or folder.copy_of(signature, source) is None
            flags.append(original)
            if original:
                sources.append(source)
        keep.append(flags)
    flags_bag = db.from_sequence(keep, npartitions=len(keep))
    tasks = bag.map_partitions(_extract_partition, flags_bag, path).to_delayed()
    done: list = [None] * len(tasks)
    client = _default_client()
    if client is not None:
        from distributed import as_completed
        futures = client.compute(tasks)
        position = {f.key: i for i, f in enumerate(futures)}
        for fut in as_completed(futures):
            i = position[fut.key]
            (done[i],) = fut.result()
            fut.release()
            if progress:
                progress(len(keep[i]))
    else:
        for i, result in enumerate(dask.compute(*tasks)):
            (done[i],) = result
            if progress:
                progress(len(keep[i]))
    originals = iter(sources)
    partitions: list[list[Claim]] = []
    for per_doc in done:
        claims: list[Claim] = []
        for doc_claims in per_doc:
            source = next(originals)
            for c in doc_claims:
                c.document = source
            claims.extend(doc_claims)
        partitions.append(claims)
    incidents([c for part in partitions for c in part])
    return partitions


def extract_bag(bag: "dask.bag.Bag", index: str | Path | None = None, *, fold_wire_copies: bool = True,
                progress: Callable[[int], object] | None = None) -> list[Claim]:
    """Claims of a bag of Documents, in the bag's order, incidents linked: what ``extract`` gives
    in one process (see :func:`extract_partitions`)."""
    return [c for part in extract_partitions(bag, index, fold_wire_copies=fold_wire_copies, progress=progress)
            for c in part]


def _line_document(line: str, path: str, published: date | None) -> list[Document]:
    from geomap.text.dates import infer_reference_date
    from geomap.text.documents import _meta_doc
    try:
        obj = json.loads(line)
    except ValueError:
        return []
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return []
    doc = _meta_doc(obj["text"], path, obj, path, [])
    if doc is None:
        return []
    if obj.get("id") is not None:
        doc.id = str(obj["id"])
    if published:
        doc.published = published
    if doc.published is None:
        guess, _how = infer_reference_date(doc.text)
        if guess:
            doc.published, doc.published_inferred = guess, True
    return [doc]


def read_jsonl(paths: str | list[str], blocksize: str | int = "4MiB", published: date | None = None) -> "dask.bag.Bag":
    """A bag of Documents from JSON-lines files (``{"text", "id"?, "published"?, ...}`` a line), read on
    the workers by blocks (``dask.bag.read_text``), as ``geomap extract FILE.jsonl`` reads them; lines
    that are not such objects are skipped (the CLI names them)."""
    import dask.bag as db
    lines = db.read_text(paths, blocksize=blocksize, include_path=True)
    return lines.map(lambda item: _line_document(item[0], item[1], published)).flatten()
