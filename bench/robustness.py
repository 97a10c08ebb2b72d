"""Robustness benchmark: time and memory on huge single articles, a large corpus, and --online offline.

    python bench/robustness.py                 # 1, 3 and 10 MB articles; 20,000 articles; --online without network
    python bench/robustness.py --sizes 1 3     # only some article sizes (MB)
    python bench/robustness.py --corpus 5000   # corpus size

Each case runs in a child process so its peak memory (ru_maxrss) is its own. Articles are the Wikinews
development corpus (shared/news-dev) concatenated or repeated; the --online case runs `geomap extract`
on the seed articles with the geocoder pointed at a closed local port.
Goals (hardening issue): linear time, a 10 MB article in < 30 s; 20,000 articles under 600 MB peak;
--online without network < 15 s for the seeds.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "news-dev" / "articles.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"

CHILD = r"""
import json, resource, sys, time
from datetime import date
from geomap.model import Document
from geomap.extract.claims import extract
from geomap.gazetteer.lookup import Gazetteer
path, mode, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
gaz = Gazetteer.open()
extract([Document(id="warm", text=texts[0], published=date(2010, 1, 1))], gaz)
if mode == "one":
    body, i = [], 0
    while sum(map(len, body)) < n:
        body.append(texts[i % len(texts)]); i += 1
    docs = iter([Document(id="big", text="\n\n".join(body), published=date(2010, 1, 1))])
else:
    docs = (Document(id=f"d{i}", text=texts[i % len(texts)], published=date(2010, 1, 1)) for i in range(n))
t = time.perf_counter()
claims = extract(docs, gaz)
secs = time.perf_counter() - t
print(json.dumps({"seconds": round(secs, 2), "claims": len(claims),
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


def child(mode: str, n: int) -> dict:
    r = subprocess.run([sys.executable, "-c", CHILD, str(ARTICLES), mode, str(n)], capture_output=True, text=True,
                       cwd=ROOT)
    if r.returncode != 0:
        return {"error": r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f"exit {r.returncode}"}
    return json.loads(r.stdout.strip().splitlines()[-1])


def online_without_network() -> dict:
    env = dict(os.environ, GEOMAP_NOMINATIM_DOMAIN="127.0.0.1:9")     # a closed local port: nothing answers
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "geomap", "extract", str(SEEDS), "--online", "-o",
                            str(Path(tmp) / "c.geojson")], capture_output=True, text=True, env=env, cwd=ROOT)
        return {"seconds": round(time.perf_counter() - t, 1), "exit": r.returncode,
                "stderr_lines": len(r.stderr.splitlines())}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="*", default=[1, 3, 10], help="article sizes in MB")
    ap.add_argument("--corpus", type=int, default=20_000, help="articles in the corpus case")
    ap.add_argument("--skip-online", action="store_true")
    args = ap.parse_args(argv)
    if not ARTICLES.is_file():
        print(f"{ARTICLES} not found", file=sys.stderr)
        return 2
    print(f"geomap robustness benchmark  (python {sys.version.split()[0]}, one core per case)")
    for mb in args.sizes:
        r = child("one", int(mb * 1_000_000))
        print(f"one {mb:g} MB article: {r}")
    r = child("many", args.corpus)
    print(f"{args.corpus:,} articles (1.7 kB each): {r}   goal: peak < 600 MB")
    if not args.skip_online:
        print(f"--online without network, seed articles: {online_without_network()}   goal: < 15 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
