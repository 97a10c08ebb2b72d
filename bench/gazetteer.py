"""Gazetteer benchmark: index build, warm open, exact and fuzzy lookups per second, memory, size.

    python bench/gazetteer.py                 # build a fresh index into a temp file, then measure it
    python bench/gazetteer.py --index PATH    # measure an existing index (no build)
    python bench/gazetteer.py --quick         # smaller samples (a few seconds after the build)

Lookups run on one core in this process. Every timed round uses a fresh name
sample and clears the gazetteer's lookup cache and the normalisation caches
first, so the exact and fuzzy figures are uncached; a cached (repeat) figure is
printed separately and labelled as such. The build runs in a child process so
its memory peak is reported apart from the lookup process's.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geomap.gazetteer import index as idx  # noqa: E402
from geomap.gazetteer.lookup import MIN_FUZZY_LENGTH, Gazetteer  # noqa: E402
from geomap.gazetteer.names import normalize, skeleton  # noqa: E402

TARGETS = {"open": 0.5, "exact": 50_000, "fuzzy": 2_000, "size": 100}
SEED = 20240917
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def ok(flag: bool) -> str:
    return "OK  " if flag else "MISS"


def maxrss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024          # Linux: kilobytes


def clear_caches(gaz: Gazetteer) -> None:
    gaz.clear_caches()
    normalize.cache_clear()
    skeleton.cache_clear()


def build_in_child(path: Path) -> tuple[float, float]:
    """Build with geomap.index.build in a child process: (seconds, child peak RSS MB)."""
    code = ("import sys, time; from pathlib import Path; from geomap.gazetteer import index as idx\n"
            "t = time.perf_counter(); idx.build(Path(sys.argv[1]), idx.BuildConfig())\n"
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent)
    return float(out.stdout.strip().splitlines()[-1]), maxrss_mb(resource.RUSAGE_CHILDREN)


def sample_names(gaz: Gazetteer, n: int, rng: random.Random) -> list[str]:
    """Distinct primary names of random populated places (what a geoparser asks about most)."""
    names = sorted({r[0] for r in gaz._con.execute(
        "SELECT name FROM places WHERE kind IN ('populated_place', 'capital', 'village')")})
    rng.shuffle(names)
    return names[:n]


def misspell(name: str, rng: random.Random) -> str:
    """One edit (substitute, delete, insert or transpose) after the first letter."""
    pos = rng.randrange(1, len(name))
    op = rng.choice("sdit")
    if op == "s":
        return name[:pos] + rng.choice(LETTERS.replace(name[pos].lower(), "")) + name[pos + 1:]
    if op == "d":
        return name[:pos] + name[pos + 1:]
    if op == "i":
        return name[:pos] + rng.choice(LETTERS) + name[pos:]
    if pos + 1 < len(name) and name[pos] != name[pos + 1]:
        return name[:pos] + name[pos + 1] + name[pos] + name[pos + 2:]
    return name[:pos] + rng.choice(LETTERS.replace(name[pos].lower(), "")) + name[pos + 1:]


def fuzzy_queries(gaz: Gazetteer, names: list[str], n: int, rng: random.Random) -> list[tuple[str, str]]:
    """(misspelt, original) pairs whose misspelling has no exact, normalised or transliterated match."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name in names:
        if len(normalize(name)) < MIN_FUZZY_LENGTH + 1 or not name.isascii():
            continue
        bad = misspell(name, rng)
        if bad in seen or len(normalize(bad)) < MIN_FUZZY_LENGTH:
            continue
        if gaz._lookup_uncached(bad, False):          # exact / normalised / translit hit: fuzzy would not run
            continue
        seen.add(bad)
        out.append((bad, name))
        if len(out) >= n:
            break
    return out


def rate(gaz: Gazetteer, names: list[str], fuzzy: bool, clear: bool = True) -> tuple[float, int]:
    if clear:
        clear_caches(gaz)
    found = 0
    t = time.perf_counter()
    for name in names:
        found += bool(gaz.lookup(name, fuzzy=fuzzy))
    return len(names) / (time.perf_counter() - t), found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", type=Path, help="use this existing index instead of building one")
    ap.add_argument("--quick", action="store_true", help="smaller samples")
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = ap.parse_args(argv)
    rng = random.Random(SEED)
    n_exact, n_fuzzy, rounds, opens = (5_000, 300, 2, 5) if args.quick else (20_000, 2_000, 3, 9)
    res: dict[str, object] = {}
    tmpdir = None
    print(f"geomap gazetteer benchmark  (python {sys.version.split()[0]}, {os.cpu_count()} cores, one used)")
    if args.index:
        path = args.index
        if idx.read_meta(path) is None:
            print(f"error: {path} is not a usable gazetteer index", file=sys.stderr)
            return 2
        print(f"index: {path} (existing, not rebuilt)")
    else:
        tmpdir = tempfile.TemporaryDirectory(prefix="geomap-bench-")
        path = Path(tmpdir.name) / "gazetteer.sqlite"
        secs, child_rss = build_in_child(path)
        res.update(build_s=round(secs, 1), build_peak_mb=round(child_rss))
        print(f"index build (geomap.index.build, child process): {secs:8.1f} s   peak RSS {child_rss:.0f} MB")
    size_mb = path.stat().st_size / 1e6
    res["size_mb"] = round(size_mb, 1)

    # Warm open: the file is in the page cache; median of several opens (plus one query to touch it).
    times = []
    for _ in range(opens):
        t = time.perf_counter()
        g = Gazetteer(path)
        g._con.execute("SELECT 1 FROM names LIMIT 1").fetchone()
        times.append(time.perf_counter() - t)
        g.close()
    warm = statistics.median(times)
    # Gazetteer.open() also checks the sources' fingerprint (hashes curated files) before opening.
    times = []
    for _ in range(max(3, opens // 3)):
        t = time.perf_counter()
        meta = idx.read_meta(path)
        cfg = idx.BuildConfig.from_json(meta["config"])
        current = json.loads(meta["fingerprint"]) == cfg.fingerprint()
        Gazetteer(path).close()
        times.append(time.perf_counter() - t)
    checked = statistics.median(times)
    res.update(open_s=round(warm, 4), open_checked_s=round(checked, 4))

    gaz = Gazetteer(path)
    info = gaz.info()
    names = sample_names(gaz, rounds * n_exact + 4 * n_fuzzy, rng)
    exact_rates, found = [], 0
    for r in range(rounds):
        chunk = names[r * n_exact:(r + 1) * n_exact]
        per_s, hit = rate(gaz, chunk, fuzzy=False)
        exact_rates.append(per_s)
        found += hit
    exact = statistics.median(exact_rates)
    rate(gaz, names[:n_exact], fuzzy=False, clear=True)                # fill the cache, then repeat
    cached, _ = rate(gaz, names[:n_exact], fuzzy=False, clear=False)
    res.update(exact_per_s=round(exact), exact_cached_per_s=round(cached),
               exact_found=f"{found}/{rounds * n_exact}")

    pool = names[rounds * n_exact:]
    queries = fuzzy_queries(gaz, pool, n_fuzzy * 2, rng)
    warm_q, timed_q = queries[:20], queries[20:20 + n_fuzzy]
    clear_caches(gaz)
    t = time.perf_counter()
    gaz.lookup(warm_q[0][0], fuzzy=True)          # first fuzzy call builds the blocking table
    first_fuzzy = time.perf_counter() - t
    for bad, _ in warm_q[1:]:
        gaz.lookup(bad, fuzzy=True)
    clear_caches(gaz)
    recovered = 0
    t = time.perf_counter()
    for bad, orig in timed_q:
        cands = gaz.lookup(bad, fuzzy=True)
        recovered += any(normalize(c.place.name) == normalize(orig) or c.matched_name == orig for c in cands)
    fuzzy = len(timed_q) / (time.perf_counter() - t)
    res.update(fuzzy_per_s=round(fuzzy), fuzzy_first_call_s=round(first_fuzzy, 2),
               fuzzy_recovered=f"{recovered}/{len(timed_q)}")
    peak = maxrss_mb()
    res["lookup_peak_mb"] = round(peak)

    print(f"index: {info['places']:,} places, {info['names']:,} names")
    print(f"index size:                       {size_mb:8.1f} MB     target < {TARGETS['size']} MB   "
          f"{ok(size_mb < TARGETS['size'])}")
    print(f"warm open  Gazetteer(path):       {warm * 1000:8.1f} ms     target < {TARGETS['open'] * 1000:.0f} ms   "
          f"{ok(warm < TARGETS['open'])}  (median of {opens})")
    print(f"  with fingerprint check (open()): {checked * 1000:7.1f} ms     (index {'current' if current else 'STALE'})")
    print(f"exact lookups, uncached:          {exact:8,.0f} /s     target >= {TARGETS['exact']:,}   "
          f"{ok(exact >= TARGETS['exact'])}  (median of {rounds} rounds x {n_exact:,} distinct names; "
          f"{found}/{rounds * n_exact} found)")
    print(f"exact lookups, cached (repeat):   {cached:8,.0f} /s     (same {n_exact:,} names again, lru_cache hit)")
    print(f"fuzzy lookups, uncached:          {fuzzy:8,.0f} /s     target >= {TARGETS['fuzzy']:,}   "
          f"{ok(fuzzy >= TARGETS['fuzzy'])}  ({len(timed_q):,} one-edit misspellings with no exact/translit match;"
          f" original recovered for {recovered}/{len(timed_q)})")
    print(f"  first fuzzy call (builds blocks): {first_fuzzy:6.2f} s")
    print(f"peak memory (this process):       {peak:8.0f} MB" + (f"     (build child: {res['build_peak_mb']} MB)"
                                                                  if "build_peak_mb" in res else ""))
    if args.json:
        print(json.dumps(res))
    gaz.close()
    if tmpdir:
        tmpdir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
