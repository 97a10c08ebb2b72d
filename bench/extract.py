"""Extraction benchmark: geomap.extractor.extract end to end over a synthetic news corpus, on one core.

    python bench/extract.py              # 1,000 synthetic articles, the news-dev corpus and the seeds, each repeated to 1,000
    python bench/extract.py --n 200      # corpus size (both parts)
    python bench/extract.py --profile    # also print the hottest functions (cProfile) of the synthetic run

The synthetic corpus is deterministic (seeded): English news-like articles built
from sentence templates for several conflicts (Russia-Ukraine, Israel-Hezbollah,
India-Pakistan, Sudan, Ethiopia, Armenia-Azerbaijan), with real towns of UA, IL,
LB, IN, PK, SD, ET, AM and AZ drawn from the gazetteer index, plus filler
sentences that report no event. Timings include everything ``extract`` does
(geoparsing, resolution, dates, attribution, events and incident linking) but
not opening the gazetteer, which is done (and warmed on one article) first.
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import os
import pstats
import random
import re
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# One core, honestly: spaCy's matrix products go to NumPy's BLAS, which would otherwise use every core.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
sys.path.insert(0, str(ROOT))

from geomap.text.documents import read_documents  # noqa: E402
from geomap.extract.claims import extract, forget_texts  # noqa: E402
from geomap.gazetteer.lookup import Gazetteer  # noqa: E402
from geomap.extract.incidents import incidents  # noqa: E402
from geomap.model import Document  # noqa: E402

TARGET = 50           # articles per second per core, end to end with the parse (claims issue)
GEOPARSE_TARGET = 200
SEED = 7
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "11", "14", "23"]

# {A}/{B}: towns of the conflict's first/second country; {day}: a weekday; {n}: a number.
CONFLICTS: dict[str, dict] = {
    "ukraine": {
        "countries": ("UA", "UA"),
        "dateline": "KYIV",
        "events": [
            "Ukraine's General Staff said Russian forces shelled {A} on {day}, killing {n} civilians.",
            "Russia's Defence Ministry said its troops had captured the village of {A}.",
            "A Russian drone struck an apartment building in {A} overnight, wounding {n} people, the regional governor said.",
            "Ukrainian forces repelled {n} Russian attacks near {A} and {B}, the General Staff said on {day}.",
            "Regional officials said a missile strike on {A} on {day} killed {n} people and damaged a school.",
            "The Russian military said air defences shot down Ukrainian drones over {A}.",
        ],
    },
    "lebanon": {
        "countries": ("LB", "IL"),
        "dateline": "BEIRUT",
        "events": [
            "The Israeli military said it struck Hezbollah targets near {A} overnight.",
            "Hezbollah said it fired rockets at Israeli army positions near {B} on {day}.",
            "Lebanon's state news agency said an Israeli drone strike on a car in {A} killed {n} people.",
            "The Israeli army said {n} rockets were launched from Lebanon towards {B}, causing no casualties.",
            "Israeli artillery shelled the outskirts of {A} on {day}, the Lebanese army said.",
        ],
    },
    "kashmir": {
        "countries": ("PK", "IN"),
        "dateline": "ISLAMABAD",
        "events": [
            "Pakistan's army accused Indian troops of unprovoked firing along the Line of Control near {A}.",
            "The Indian Army said Pakistani troops violated the ceasefire near {B} on {day}, wounding {n} soldiers.",
            "Pakistan's military said Indian shelling killed {n} civilians in {A} on {day}.",
            "Indian officials said militants attacked an army post in {B}, killing {n} soldiers.",
        ],
    },
    "sudan": {
        "countries": ("SD", "SD"),
        "dateline": "KHARTOUM",
        "events": [
            "Sudan's army said it carried out airstrikes on Rapid Support Forces positions in {A} on {day}.",
            "The Rapid Support Forces said they had seized {A} after heavy fighting with the army.",
            "Activists said RSF shelling of {A} killed {n} civilians on {day}.",
            "Fighting between the army and the RSF erupted near {A} and {B}, residents said.",
        ],
    },
    "ethiopia": {
        "countries": ("ET", "ET"),
        "dateline": "ADDIS ABABA",
        "events": [
            "Fano militia fighters clashed with federal troops in {A} on {day}, residents said.",
            "A drone strike on a market in {A} killed {n} people, a local official said.",
            "The Ethiopian National Defence Force said it had retaken {A} from Fano fighters.",
        ],
    },
    "caucasus": {
        "countries": ("AM", "AZ"),
        "dateline": "YEREVAN",
        "events": [
            "Armenia's Defence Ministry said Azerbaijani forces opened fire at Armenian positions near {A} on {day}.",
            "Azerbaijan's Defence Ministry accused Armenian forces of shelling its positions near {B}.",
            "The Armenian Defence Ministry said Azerbaijani drones struck {A}, killing {n} servicemen.",
            "Azerbaijan said Armenian troops fired on the village of {B} overnight, wounding {n} soldiers.",
        ],
    },
}

FILLER = [
    "The claims could not be independently verified.",
    "Officials did not respond to requests for comment.",
    "Talks on a ceasefire are expected to resume next week in Geneva.",
    "The conflict has displaced millions of people and destroyed much of the region's infrastructure.",
    "Prices of bread and fuel have risen sharply this year, the central bank said in a report.",
    "Aid agencies have repeatedly warned of a humanitarian crisis.",
    "The United Nations called on both sides to exercise restraint.",
    "Foreign ministers are due to meet in Brussels on Thursday to discuss sanctions.",
    "Analysts say neither side is likely to make major gains before winter.",
    "The president is expected to address parliament later this month.",
    "Schools in the area have been closed since the start of the year.",
    "The European Union announced a new package of humanitarian aid.",
]


def towns(gaz: Gazetteer, country: str, rng: random.Random, k: int = 60) -> list[tuple[str, str]]:
    """Real towns (name, place id) of a country from the index: plain capitalised names, population >= 1,000."""
    rows = gaz._con.execute(
        "SELECT name, pid FROM places WHERE country = ? AND kind = 'populated_place' AND population >= 1000 "
        "ORDER BY population DESC, pid", (country,)).fetchall()
    good = [(n, p) for n, p in rows if re.fullmatch(r"[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)?", n)]
    top = good[:400]
    rng.shuffle(top)
    return top[:k]


def synthetic_corpus(gaz: Gazetteer, n: int, seed: int = SEED) -> tuple[list[Document], list[set[str]]]:
    """``n`` articles and, per article, the place ids of the towns planted in event sentences."""
    rng = random.Random(seed)
    pools = {cc: towns(gaz, cc, rng) for conf in CONFLICTS.values() for cc in conf["countries"]}
    docs, planted = [], []
    start = date(2023, 1, 2)
    names = list(CONFLICTS)
    for i in range(n):
        conf = CONFLICTS[names[i % len(names)]]
        published = start + timedelta(days=rng.randrange(600))
        a_cc, b_cc = conf["countries"]
        sentences, ids = [], set()
        for _ in range(rng.randint(3, 6)):
            a, b = rng.choice(pools[a_cc]), rng.choice(pools[b_cc])
            while b == a and len(pools[b_cc]) > 1:
                b = rng.choice(pools[b_cc])
            tpl = rng.choice(conf["events"])
            sentences.append(tpl.format(A=a[0], B=b[0], n=rng.choice(NUMBERS),
                                        day=WEEKDAYS[(published.weekday() - rng.randint(1, 3)) % 7]))
            ids.update(p for tag, (_n, p) in (("{A}", a), ("{B}", b)) if tag in tpl)
        sentences += rng.sample(FILLER, rng.randint(2, 6))
        rng.shuffle(sentences)
        body = f"{conf['dateline']} (Reuters) - " + " ".join(sentences[:2]) + "\n" + \
            "\n".join(" ".join(sentences[j:j + 2]) for j in range(2, len(sentences), 2))
        doc = Document(id=f"synthetic-{i:05d}", text=body, path=f"synthetic/{i:05d}.txt", outlet="Synthetic Wire",
                       published=published, title=f"Synthetic report {i}")
        docs.append(doc)
        planted.append(ids)
    return docs, planted


def seed_corpus(n: int) -> list[Document] | None:
    seeds = Path(os.environ.get("GEOMAP_SEEDS", ROOT.parent / "shared" / "seeds"))
    if not seeds.is_dir():
        return None
    docs, _problems = read_documents([seeds])
    # Copies with distinct ids (and paths), as if 200 outlets had run the same five stories.
    return [dataclasses.replace(docs[i % len(docs)], id=f"{docs[i % len(docs)].id}-{i}",
                                path=f"{docs[i % len(docs)].path}#{i}") for i in range(n)]


def news_dev_corpus(n: int) -> list[Document] | None:
    """The Wikinews development articles (real length, 1.7 kB on average), repeated to ``n``
    (run without wire-copy folding and forgetting all cached work between copies, so each copy costs
    what a new article would)."""
    import json
    path = ROOT.parent / "shared" / "news-dev" / "articles.jsonl"
    if not path.is_file():
        return None
    arts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Document(id=f"{arts[i % len(arts)]['id']}-{i}", text=arts[i % len(arts)]["text"], path=f"news-dev#{i}",
                     published=date(2010, 1, 1)) for i in range(n)]


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(label: str, docs: list[Document], gaz: Gazetteer, profile: bool = False, fold: bool = True,
        period: int | None = None):
    """Extract ``docs`` and print the figures. With ``period``, the corpus is copies of its first ``period``
    articles, and each copy is extracted apart after the caches are cleared (:func:`forget_texts`)."""
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    prof = cProfile.Profile() if profile else None
    t = time.perf_counter()
    if prof:
        prof.enable()
    from geomap.extract.claims import PARSE_STATS
    before = dict(PARSE_STATS)
    if period:
        claims = []
        for start in range(0, len(docs), period):
            forget_texts(gaz)
            claims += extract(docs[start:start + period], gaz, fold_wire_copies=fold)
    else:
        claims = extract(docs, gaz, fold_wire_copies=fold)
    if prof:
        prof.disable()
    seen = PARSE_STATS["sentences"] - before.get("sentences", 0)
    parsed = PARSE_STATS["parsed"] - before.get("parsed", 0)
    tagged = PARSE_STATS["entities"] - before.get("entities", 0)
    secs = time.perf_counter() - t
    rate = len(docs) / secs
    points = sum(1 for c in claims for p in c.places if p.place is not None)
    print(f"{label}: {len(docs):,} articles, {size / 1e6:.2f} MB in {secs:.2f} s")
    print(f"  {rate:8.1f} articles/s   target >= {TARGET}   {'OK' if rate >= TARGET else 'MISS'}")
    print(f"  {size / 1e6 / secs:8.3f} MB/s")
    print(f"  {len(claims):,} claims, {points:,} mapped places, peak RSS so far {maxrss_mb():.0f} MB")
    print(f"  sentences parsed: {parsed:,} of {seen:,} ({parsed / max(seen, 1):.0%}); "
          f"entities recognised in {tagged:,} ({tagged / max(seen, 1):.0%})")
    t = time.perf_counter()
    incidents(claims)                     # idempotent: shows how much of the run is incident linking
    print(f"  of which incident linking (incidents.incidents, timed again alone): {time.perf_counter() - t:.2f} s")
    if prof:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(15)
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])
    return claims, secs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="articles per corpus (default 1000)")
    ap.add_argument("--profile", action="store_true", help="cProfile the synthetic run")
    ap.add_argument("--no-seeds", action="store_true", help="skip the repeated seed articles")
    args = ap.parse_args(argv)
    print(f"geomap extraction benchmark  (python {sys.version.split()[0]}, {os.cpu_count()} cores, one used)")
    t = time.perf_counter()
    gaz = Gazetteer.open()
    docs, planted = synthetic_corpus(gaz, args.n)
    extract(docs[:len(CONFLICTS)], gaz)             # warm-up: registries, regexes, sqlite pages
    print(f"gazetteer {gaz.path}; corpus built and warmed in {time.perf_counter() - t:.1f} s")
    claims, _ = run("synthetic", docs, gaz, args.profile)
    found: dict[str, set[str]] = {}
    for c in claims:
        found.setdefault(c.doc_id, set()).update(p.place.id for p in c.places if p.place is not None)
    hit = sum(len(ids & found.get(d.id, set())) for d, ids in zip(docs, planted))
    total = sum(len(ids) for ids in planted)
    print(f"  planted towns resolved to the right place in some claim: {hit:,}/{total:,} ({hit / max(total, 1):.0%})")
    real = news_dev_corpus(args.n)
    if real is None:
        print("news-dev corpus not found (shared/news-dev/articles.jsonl); skipped")
    else:
        # Folding would extract each repeated article once, and cached work would make copies cheap: every
        # copy is extracted, as if all were distinct.
        period = len({d.text for d in real})
        run(f"news-dev articles x{args.n // period + 1}, every copy extracted afresh (no wire-copy folding, "
            "caches cleared between copies)", real, gaz, fold=False, period=period)
        from geomap.extract.actors import pinned
        from geomap.extract.geoparse import geoparse
        from geomap.gazetteer.lookup import NameOracle
        found, secs = 0, 0.0
        for start in range(0, len(real), period):
            forget_texts(gaz)
            oracle = NameOracle(gaz)
            t = time.perf_counter()
            with pinned():      # (as `geomap geoparse` holds the claimant registry for each batch)
                found += sum(len(geoparse(d.text, gaz, oracle)) for d in real[start:start + period])
            secs += time.perf_counter() - t
        rate = len(real) / secs
        print(f"geoparse alone (recognition + resolution, no parse), news-dev articles: {rate:.0f} docs/s, "
              f"{found:,} toponyms   target >= {GEOPARSE_TARGET}   {'OK' if rate >= GEOPARSE_TARGET else 'MISS'}")
    if not args.no_seeds:
        seeds = seed_corpus(args.n)
        if seeds is None:
            print("seed articles not found (set GEOMAP_SEEDS); skipped")
        else:
            run(f"seed articles x{args.n // 5}, every copy extracted (no wire-copy folding)", seeds, gaz, fold=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
