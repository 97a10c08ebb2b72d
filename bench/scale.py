"""Scale benchmark: extraction on 1 and 2 local processes (--jobs) and on a 2-worker Dask LocalCluster.

    python bench/scale.py                  # 100,000 generated articles
    python bench/scale.py --n 20000        # corpus size
    python bench/scale.py --runs jobs1,dask-bag --keep /tmp/corpus.jsonl

The corpus is generated into a temporary JSONL file, one article at a time (never all in memory):
each article takes 1-3 paragraphs of three development articles (1.5-3 kB, real length) (../shared/news-dev/articles.jsonl),
one of their towns replaced everywhere by another town of the same country from the gazetteer index,
a publication date between 2005 and 2025 and an outlet of its own. Each run is a child process
reading that file as a stream, so its peak memory is its own:

* ``jobs1``, ``jobs2``: ``extract(..., jobs=N)`` (what ``geomap extract --jobs N`` runs);
* ``dask``: a ``LocalCluster(n_workers=2, threads_per_worker=1, processes=True)``, batches read and
  folded in the caller and sent to the workers (what ``geomap extract --dask ADDRESS`` runs);
* ``dask-bag``: the same cluster, ``extract_bag(read_jsonl(corpus))`` (documents read on the workers).

Timings start once the gazetteer is open (and, for Dask, once the cluster is up) and include starting
worker processes and loading spaCy in each. Peak memory is ru_maxrss: the caller's, and each
worker's (pool processes are waited for; Dask workers report theirs through ``client.run``).
Every run prints a digest of its claims (records of all claims, incidents and outlets included), so
the runs can be checked to give the same result. Goals (issue #13): speed-up >= 1.7x on 2 cores, peak
memory per worker < 800 MB whatever the corpus size.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "news-dev" / "articles.jsonl"
SPEEDUP_GOAL = 1.7
WORKER_MB_GOAL = 800
SEED = 13

CHILD = r"""
import hashlib, json, os, resource, sys, threading, time
from itertools import islice
import psutil
from pathlib import Path
from geomap.extract.claims import extract
from geomap.gazetteer.lookup import Gazetteer
from geomap.io.export import records
from geomap.text.documents import iter_documents

def mb(who):
    return round(resource.getrusage(who).ru_maxrss / 1024)

def cpu_self():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

class Monitor(threading.Thread):
    # CPU seconds each child process spent from the start of the run (sampled every 0.2 s)
    def __init__(self):
        super().__init__(daemon=True)
        self.first, self.last, self.done = {}, {}, threading.Event()
    def sample(self):
        for p in psutil.Process().children(recursive=True):
            try:
                t = p.cpu_times()
            except psutil.Error:
                continue
            self.first.setdefault(p.pid, t.user + t.system)
            self.last[p.pid] = t.user + t.system
    def run(self):
        while not self.done.wait(0.2):
            self.sample()
    def stop(self):
        self.sample()
        self.done.set()
        return sorted((round(self.last[p] - self.first[p], 1) for p in self.last), reverse=True)

def peak_kb():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

def main():
    corpus, mode, limit = str(Path(sys.argv[1]).resolve()), sys.argv[2], int(sys.argv[3]) or None
    gaz = Gazetteer.open()
    problems = []
    docs = islice(iter_documents([corpus], problems), limit)
    workers = []
    load = os.getloadavg()[0]
    mon = Monitor()
    if mode.startswith("jobs"):
        t, c = time.perf_counter(), cpu_self()
        mon.start()
        claims = extract(docs, gaz, jobs=int(mode[4:]))
        secs, caller_cpu, children = time.perf_counter() - t, cpu_self() - c, mon.stop()
        workers = [mb(resource.RUSAGE_CHILDREN) if mode != "jobs1" else mb(resource.RUSAGE_SELF)]
    else:
        import dask
        from distributed import Client, LocalCluster
        from geomap.extract.distributed import WORKER_CONFIG, batch_mapper, extract_bag, read_jsonl
        with dask.config.set(WORKER_CONFIG), LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            mon.sample()
            t, c = time.perf_counter(), cpu_self()
            mon.start()
            if mode == "dask":
                claims = extract(docs, gaz, mapper=batch_mapper(client))
            else:
                # a few partitions per worker: work spreads evenly, memory stays bounded by the block
                blocksize = max(64 * 1024, min(8 * 2 ** 20, os.path.getsize(corpus) // 16))
                claims = extract_bag(read_jsonl(corpus, blocksize=blocksize), gaz.path)
            secs, caller_cpu, children = time.perf_counter() - t, cpu_self() - c, mon.stop()
            workers = sorted(v // 1024 for v in client.run(peak_kb).values())
    n = sum(1 for _ in islice(iter_documents([corpus], [], infer_dates=False), limit))
    digest = hashlib.sha1(json.dumps(records(claims), sort_keys=True, default=str).encode()).hexdigest()[:12]
    sources = {id(c.document): c.document for c in claims if c.document is not None}
    folded = sum(len(set(s.outlets)) - 1 for s in sources.values())
    print(json.dumps({"docs": n, "seconds": round(secs, 1), "claims": len(claims), "digest": digest,
                      "folded": folded, "caller_mb": mb(resource.RUSAGE_SELF), "workers_mb": workers,
                      "caller_cpu": round(caller_cpu, 1), "workers_cpu": children[:2] if children else [round(caller_cpu, 1)],
                      "all_cpu": round(caller_cpu + sum(children), 1),
                      "load": [round(load, 1), round(os.getloadavg()[0], 1)]}))

if __name__ == "__main__":
    main()
"""


def _towns(limit: int = 300) -> dict[str, list[str]]:
    """Plain-named towns (population >= 1,000) per country, from the gazetteer index."""
    from geomap.gazetteer.lookup import Gazetteer
    gaz = Gazetteer.open()
    rows = gaz._con.execute("SELECT name, country FROM places WHERE kind = 'populated_place' AND population >= 1000 "
                            "ORDER BY population DESC, pid").fetchall()
    out: dict[str, list[str]] = {}
    for name, cc in rows:
        if re.fullmatch(r"[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)?", name) and len(out.setdefault(cc, [])) < limit:
            out[cc].append(name)
    return out


def _article_towns(arts: list[dict]) -> list[list[tuple[str, str]]]:
    """Per article, the towns it names (surface, country) that could be swapped for another."""
    from geomap.extract.geoparse import geoparse
    from geomap.gazetteer.lookup import Gazetteer, NameOracle
    gaz = Gazetteer.open()
    oracle = NameOracle(gaz)
    found = []
    for a in arts:
        seen = {}
        for m in geoparse(a["text"], gaz, oracle):
            if m.place is not None and m.place.kind == "populated_place" and re.fullmatch(r"[A-Z][a-z]+", m.surface):
                seen[m.surface] = m.place.country
        found.append(sorted(seen.items()))
    return found


def generate(n: int, path: Path, seed: int = SEED) -> float:
    """Write ``n`` recombined articles to ``path`` (JSONL), streaming; returns the size in MB."""
    arts = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    paragraphs = [[p for p in a["text"].split("\n\n") if p.strip()] for a in arts]
    towns, named = _towns(), _article_towns(arts)
    rng = random.Random(seed)
    start = date(2005, 1, 1)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            picks = rng.sample(range(len(arts)), 3)
            pool = [(j, k) for j in picks for k in range(len(paragraphs[j]))]
            chosen = sorted(rng.sample(pool, min(len(pool), rng.randint(1, 3))), key=pool.index)
            text = "\n\n".join(paragraphs[j][k] for j, k in chosen)
            swappable = [(s, cc) for j in picks for s, cc in named[j] if s in text and towns.get(cc)]
            if swappable:
                old, cc = rng.choice(swappable)
                text = re.sub(rf"\b{re.escape(old)}\b", rng.choice(towns[cc]), text)
            published = start + timedelta(days=rng.randrange(7300))
            fh.write(json.dumps({"id": f"scale-{i:06d}", "text": text, "published": published.isoformat(),
                                 "outlet": f"Outlet {i % 997}", "title": arts[picks[0]]["title"]}) + "\n")
    return path.stat().st_size / 1e6


def child(corpus: Path, mode: str, limit: int = 0) -> dict:
    r = subprocess.run([sys.executable, "-c", CHILD, str(corpus), mode, str(limit)], capture_output=True, text=True,
                       cwd=ROOT)
    if r.returncode != 0:
        return {"error": (r.stderr.strip().splitlines() or [f"exit {r.returncode}"])[-1]}
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="articles to generate (default 100,000)")
    ap.add_argument("--runs", default="jobs1,jobs2,dask,dask-bag",
                    help="which runs, comma-separated: jobs1, jobs2, dask, dask-bag (default: all)")
    ap.add_argument("--base-n", type=int, default=0,
                    help="run jobs1 on the first N articles only (default: all); speed-ups are then ratios of "
                         "articles/s. Beware: a prefix folds fewer wire copies than the whole corpus (recombined "
                         "articles repeat more the more there are), so its rate is lower; compare on one corpus")
    ap.add_argument("--keep", type=Path, default=None, help="write the corpus here and keep it (default: a temp file)")
    args = ap.parse_args(argv)
    print(f"geomap scale benchmark  (python {sys.version.split()[0]}, {os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory(prefix="geomap-scale-") as tmp:
        corpus = args.keep or Path(tmp) / "corpus.jsonl"
        t = time.perf_counter()
        size = generate(args.n, corpus)
        print(f"corpus: {args.n:,} articles, {size:.1f} MB, generated in {time.perf_counter() - t:.0f} s ({corpus})")
        results = {}
        for mode in args.runs.split(","):
            r = results[mode] = child(corpus, mode, args.base_n if mode == "jobs1" else 0)
            if "error" in r:
                print(f"{mode:9} failed: {r['error']}")
                continue
            rate = r["docs"] / r["seconds"]
            if mode == "jobs1":
                print(f"{'':9} jobs1 ran on {r['docs']:,} articles; its one process is the worker and holds every claim")
            workers = ", ".join(f"{m} MB" for m in r["workers_mb"])
            ok = "OK" if max(r["workers_mb"]) < WORKER_MB_GOAL else "MISS"
            print(f"{mode:9} {rate:7.1f} articles/s  ({r['seconds']:.0f} s)  {r['claims']:,} claims  digest {r['digest']}  "
                  f"peak per worker {workers} (< {WORKER_MB_GOAL}: {ok}), caller {r['caller_mb']} MB")
            print(f"{'':9} CPU s: caller {r['caller_cpu']}, workers {', '.join(map(str, r['workers_cpu']))}, "
                  f"all {r['all_cpu']}  (load average {r['load'][0]} -> {r['load'][1]} on {os.cpu_count()} cores); "
                  f"wire copies folded into an earlier article: {r['folded']:,}")
        base = results.get("jobs1", {})
        if "seconds" in base:
            print(f"wire copies folded into an earlier article (counted on articles with claims): {base['folded']:,}")
            for mode, r in results.items():
                if mode != "jobs1" and "seconds" in r:
                    # Ratios of articles/s (and of CPU seconds per article): jobs1 may have run on fewer.
                    per = base["docs"] / r["docs"]
                    speedup = (r["docs"] / r["seconds"]) / (base["docs"] / base["seconds"])
                    # With the cores to itself, a run lasts at least as long as its busiest process and
                    # as its total CPU shared over the cores: an estimate free of other machines' load.
                    free = base["all_cpu"] / per / max(max(r["workers_cpu"]), r["caller_cpu"],
                                                       r["all_cpu"] / os.cpu_count())
                    same = ("same claims" if r["digest"] == base["digest"] else "CLAIMS DIFFER") if per == 1 \
                        else f"claims not compared (jobs1 ran on {base['docs']:,} articles)"
                    print(f"speed-up {mode:9} over jobs1: {speedup:.2f}x measured, {free:.2f}x from CPU times with "
                          f"free cores  (goal >= {SPEEDUP_GOAL}: {'OK' if max(speedup, free) >= SPEEDUP_GOAL else 'MISS'})  {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
