"""Extraction on Dask gives the claims of one process: same claims, ids, outlets, incidents, order."""
from __future__ import annotations

import dataclasses
import json
import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import dask                                                     # noqa: E402
import dask.bag as db                                           # noqa: E402

from geomap.extract.claims import extract                      # noqa: E402
from geomap.extract.distributed import extract_bag, extract_partitions, read_jsonl   # noqa: E402
from geomap.io.export import geojson_text, read_claims, records, write_parts      # noqa: E402
from geomap.model import Document                               # noqa: E402
from geomap.text.documents import read_documents                # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT.parent / "shared" / "news-dev" / "articles.jsonl"


def _corpus(n: int) -> list[Document]:
    """``n`` articles recombined from the development corpus (paragraphs of two articles, dates
    spread over years), plus wire copies of earlier ones under other outlets, further on."""
    arts = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(13)
    docs = []
    for i in range(n):
        a, b = rng.sample(arts, 2)
        pa, pb = a["text"].split("\n\n"), b["text"].split("\n\n")
        text = "\n\n".join(pa[:max(1, len(pa) // 2)] + pb[len(pb) // 2:])
        docs.append(Document(id=f"r{i:04d}", text=text, path=f"corpus#{i}", outlet=f"Outlet {i % 7}",
                             published=date(2008, 1, 1) + timedelta(days=rng.randrange(4000))))
    for k, j in enumerate(range(3, n // 2, max(1, n // 12))):       # copies land in later partitions
        docs.append(dataclasses.replace(docs[j], id=f"copy{k}", path=f"copy#{k}", outlet=f"Wire {k}", outlets=[]))
    return docs


def test_bag_on_the_synchronous_scheduler_equals_one_process(seeds, gaz, tmp_path):
    docs, _problems = read_documents([seeds])
    docs = docs + [dataclasses.replace(docs[0], id="copy", path="copy.txt", outlet="Another Outlet")]
    local = extract(docs, gaz)
    with dask.config.set(scheduler="sync"):
        parts = extract_partitions(db.from_sequence(docs, npartitions=3), gaz.path)
    assert len(parts) == 3
    flat = [c for p in parts for c in p]
    assert geojson_text(flat) == geojson_text(local) and [c.id for c in flat] == [c.id for c in local]
    assert any("Another Outlet" in r["outlets"] for r in records(flat))           # the copy was folded
    written = write_parts(parts, tmp_path / "parts")
    assert [p.name for p in written] == ["part.00000.parquet", "part.00001.parquet", "part.00002.parquet"]
    back = sorted(claim_id for p in written for claim_id in read_claims(p)["claim_id"])
    assert back == sorted(r["claim_id"] for r in records(local))


def test_a_wire_copy_joins_the_earliest_original_whatever_order_the_index_answers_in():
    from geomap.extract.claims import WireFolder
    folder = WireFolder()
    text = "Rebels shelled the town overnight, killing four people and wounding eleven, officials said. " * 3
    first, second = (Document(id=i, text="", outlets=[i]) for i in ("a", "b"))
    assert folder.copy_of(text, first) is None
    folder.lsh.insert("1", folder._minhash(text + " Another sentence."))
    folder.sources["1"] = second
    for order in (["0", "1"], ["1", "0"]):          # the LSH index answers in set order (hash-seed dependent)
        folder.lsh.query = lambda m, order=order: list(order)
        assert folder.copy_of(text, Document(id="c", text="", outlets=["c"])) is first
    assert second.outlets == ["b"]


def test_read_jsonl_reads_documents_as_the_cli_does(tmp_path):
    import geomap
    assert geomap.extract_bag is extract_bag
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Shelling hit Kelbajar.", "published": "2022-09-13"}) + "\n"
                      + "not json\n\n" + json.dumps({"text": "Clashes near Lachin.\r\n", "outlet": "X"}) + "\n",
                      encoding="utf-8")
    with dask.config.set(scheduler="sync"):
        bag_docs = read_jsonl(str(corpus)).compute()
    cli_docs, _problems = read_documents([corpus])
    strip = lambda d: dataclasses.replace(d, path="")        # noqa: E731  (read_text names files by absolute path)
    assert [strip(d) for d in bag_docs] == [strip(d) for d in cli_docs] and len(bag_docs) == 2


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c, Client(c):
        yield c


@pytest.mark.slow
def test_local_cluster_equals_one_process(cluster, gaz):
    docs = _corpus(150)
    local = extract(docs, gaz)
    parts = extract_partitions(db.from_sequence(docs, npartitions=5), gaz.path)
    flat = [c for p in parts for c in p]
    assert len(flat) > 300
    assert [(c.id, c.incident_id, c.disputed) for c in flat] == [(c.id, c.incident_id, c.disputed) for c in local]
    assert geojson_text(flat) == geojson_text(local)
    # The test has teeth: copies were folded across partitions, incidents span partitions.
    assert sum(r["n_outlets"] > 1 for r in records(flat)) > 0
    where = {c.id: i for i, p in enumerate(parts) for c in p}
    incident_parts: dict[str, set[int]] = {}
    for c in flat:
        incident_parts.setdefault(c.incident_id, set()).add(where[c.id])
    assert any(len(s) > 1 for s in incident_parts.values())
    assert extract_bag(db.from_sequence(docs[:30], npartitions=2), gaz.path) == extract(docs[:30], gaz)


@pytest.mark.slow
def test_cli_dask_equals_jobs_1_byte_for_byte(cluster, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for d in _corpus(80):
            fh.write(json.dumps({"id": d.id, "text": d.text, "outlet": d.outlet,
                                 "published": d.published.isoformat()}) + "\n")
    outs = []
    for how in (["--jobs", "1"], ["--dask", cluster.scheduler_address]):
        out = tmp_path / f"{how[0][2:]}.geojson"
        r = subprocess.run([sys.executable, "-m", "geomap", "extract", str(corpus), *how, "-o", str(out)],
                           capture_output=True, text=True, cwd=ROOT)
        assert r.returncode == 0, r.stderr[-1500:]
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and len(json.loads(outs[0])["features"]) > 100
