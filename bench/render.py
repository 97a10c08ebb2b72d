"""Render benchmark: geomap.render.map_html on synthetic claim rows, page size, headless Chromium load time.

    python bench/render.py                         # 1,000, 10,000 and 100,000 claims
    python bench/render.py --sizes 1000,10000      # chosen sizes
    python bench/render.py --timeout 180           # per-step time limit in seconds (render, load)
    python bench/render.py --keep bench/out        # keep the HTML files

Rows are shaped like ``geomap.export.records`` output (every key of
``geomap.export.COLUMNS`` plus lon/lat): random points in a box over eastern
Europe and the Caucasus, 20 claimants over 6 sides, 60 dates, incidents shared by
a few claims so some are disputed. For each size it times ``map_html(rows)`` (the
default, self-contained page; ``--cdn`` adds the small page), reports the HTML size,
then loads the page in Debian's headless Chromium through Playwright with every
http(s) request aborted, and measures the time from navigation until
``window.geomap`` exists with every claim placed by the filter, and until the first
marker or cluster is drawn (the "ready" figure held against the targets). It also
reports the size of the default page for the seed articles (``output/claims.geojson``).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geomap.io.export import COLUMNS  # noqa: E402
from geomap.render.map import map_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
TARGETS = {10_000: 1.5, 100_000: 5.0}     # seconds until the page is ready in Chromium (the map issue's bar)
SEED_PAGE_MB = 4.0
SIDES = {"UA": ["Ukraine General Staff", "Ukraine Ministry of Defence", "Kharkiv regional administration",
                "Ukrainian Air Force"],
         "RU": ["Russia Ministry of Defence", "Kremlin", "Wagner Group", "TASS"],
         "AM": ["Armenia Ministry of Defence", "Armenian Foreign Ministry", "Artsakh Defence Army"],
         "AZ": ["Azerbaijan Ministry of Defence", "Azerbaijani Foreign Ministry", "Azerbaijan Prosecutor General"],
         "UN": ["United Nations", "OHCHR", "UNHCR"],
         "MEDIA": ["Reuters", "AFP"]}
EVENTS = ["shelling", "armed_clash", "drone_strike", "airstrike", "positions_captured", "ceasefire_violation",
          "mining_sabotage", "casualties"]
PLACES = ["Bakhmut", "Avdiivka", "Kupiansk", "Lyman", "Vuhledar", "Jermuk", "Sotk", "Goris", "Lachin", "Shusha",
          "Kalbajar", "Tavush", "Kherson", "Nikopol", "Orikhiv", "Robotyne", "Marinka", "Siversk"]
BBOX = (22.0, 38.0, 50.0, 52.0)          # west, south, east, north


class Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise Timeout()


def synthetic_rows(n: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    claimants = [(side, name) for side, names in SIDES.items() for name in names]
    day0 = date(2023, 9, 1)
    dates = [(day0 + timedelta(days=i)).isoformat() for i in range(60)]
    incidents = [hashlib.sha1(f"inc{i}".encode()).hexdigest()[:12] for i in range(max(1, n // 3))]
    rows = []
    for i in range(n):
        side, name = rng.choice(claimants)
        others = [s for s in SIDES if s not in (side, "UN", "MEDIA")]
        ev = rng.choice(EVENTS)
        place = rng.choice(PLACES)
        killed = rng.choice([None, None, 0, 1, 2, 5, 12])
        sentence = (f"{name} said the enemy {ev.replace('_', ' ')} hit {place} on Tuesday, "
                    f"killing {killed or 'no'} people & wounding <several> others.")
        pstart = sentence.index(place)
        d = rng.choice(dates)
        row = {k: None for k in COLUMNS}
        row.update({
            "claim_id": hashlib.sha1(f"claim{i}".encode()).hexdigest()[:16], "incident_id": rng.choice(incidents),
            "doc": hashlib.sha1(f"doc{i // 4}".encode()).hexdigest()[:16], "claimant": name,
            "claimant_canonical": name, "claimant_side": side, "claimant_type": "ministry", "cue": "said",
            "stance": rng.choice(["assert", "accuse", "deny"]), "event_type": ev,
            "weapons": rng.choice(["", "artillery", "drones, artillery", "mortars"]),
            "accused_side": rng.choice(others) if others else None, "target_side": side,
            "killed_low": killed, "killed_best": killed, "killed_high": killed,
            "wounded": rng.choice([None, 1, 3, 8]), "casualty_side": side if killed else None,
            "event_date": d, "event_date_end": d, "date_precision": rng.choice([1, 1, 1, 2, 3]),
            "date_text": "on Tuesday", "place": place, "place_id": f"geonames:{rng.randrange(10**6, 10**7)}",
            "place_name": place, "place_kind": "populated_place", "place_country": side if len(side) == 2 else "UA",
            "place_role": rng.choice(["event_location", "target", "origin_of_fire"]),
            "geo_precision": rng.choice(["exact", "exact", "near", "district", "region"]),
            "uncertainty_km": rng.choice([2.0, 10.0, 30.0]), "sentence": sentence, "start": 1000 + i,
            "end": 1000 + i + len(sentence), "place_start": 1000 + i + pstart,
            "place_end": 1000 + i + pstart + len(place), "confidence": round(rng.uniform(0.4, 1.0), 2),
            "outlet": rng.choice(["Reuters", "AFP", "Anadolu Agency", "Kyiv Independent", "news.am"]),
            "url": f"https://example.org/news/{i // 4}", "published": d,
            "source_path": f"articles/{i // 4:06d}.txt",
            "lon": round(rng.uniform(BBOX[0], BBOX[2]), 6), "lat": round(rng.uniform(BBOX[1], BBOX[3]), 6),
        })
        rows.append(row)
    return rows


def timed_render(rows: list[dict], timeout: int, **kwargs) -> tuple[float | None, str | None]:
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout)
    try:
        t = time.perf_counter()
        page = map_html(rows, **kwargs)
        return time.perf_counter() - t, page
    except Timeout:
        return None, None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def chromium_load(browser, path: Path, n: int, timeout_s: float, block_network: bool) -> dict:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    if block_network:
        page.route("**/*", lambda r: r.abort() if r.request.url.startswith("http") else r.continue_())
    out: dict = {"errors": errors}
    try:
        t = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
        page.wait_for_function(f"window.geomap !== undefined && window.geomap.visibleIds().length === {n}",
                               timeout=timeout_s * 1000, polling=20)
        out["ready_s"] = time.perf_counter() - t
        page.wait_for_function("document.querySelector('.leaflet-marker-icon') !== null",
                               timeout=timeout_s * 1000, polling=20)
        out["markers_s"] = time.perf_counter() - t
        out["heap_mb"] = page.evaluate("performance.memory ? performance.memory.usedJSHeapSize / 1e6 : null")
    except Exception as exc:           # playwright TimeoutError and friends
        out["failed"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
    finally:
        page.close()
    return out


def seed_page_mb() -> float | None:
    """Size of the default page for the seed articles (the map issue: under 4 MB), from output/claims.geojson."""
    export = Path(__file__).resolve().parent.parent / "output" / "claims.geojson"
    if not export.is_file():
        return None
    return len(map_html(export).encode("utf-8")) / 1e6


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated claim counts")
    ap.add_argument("--timeout", type=int, default=240, help="seconds allowed per render and per page load")
    ap.add_argument("--keep", type=Path, help="write the HTML files here (default: a temporary folder)")
    ap.add_argument("--no-browser", action="store_true", help="skip the Chromium load")
    ap.add_argument("--cdn", action="store_true", help="also render the small page that loads assets from CDNs")
    args = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    tmp = None
    outdir = args.keep
    if outdir is None:
        tmp = tempfile.TemporaryDirectory(prefix="geomap-render-")
        outdir = Path(tmp.name)
    outdir.mkdir(parents=True, exist_ok=True)
    print(f"geomap render benchmark  (python {sys.version.split()[0]}, {os.cpu_count()} cores)")
    print("targets: ready in Chromium (network blocked) " +
          ", ".join(f"{n:,} claims < {t} s" for n, t in TARGETS.items()) + f"; default seed page < {SEED_PAGE_MB} MB")
    pw = browser = None
    if not args.no_browser and Path(CHROMIUM).exists():
        from playwright.sync_api import sync_playwright
        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu",
                                                                     "--disable-background-networking"])
    elif not args.no_browser:
        print(f"{CHROMIUM} not found: Chromium load times skipped")
    map_html(synthetic_rows(10))               # warm-up: templates, npm assets, basemap
    seed = seed_page_mb()
    print(f"\ndefault seed page: {seed:.2f} MB{'  OK' if seed < SEED_PAGE_MB else '  MISS'}" if seed is not None
          else "\ndefault seed page: output/claims.geojson missing (run `geomap run` first)")
    try:
        for n in sizes:
            rows = synthetic_rows(n)
            target = TARGETS.get(n)
            print(f"\n{n:,} claims")
            variants = [("self-contained", {})] + ([("cdn", {"self_contained": False})] if args.cdn else [])
            for label, kwargs in variants:
                secs, page = timed_render(rows, args.timeout, **kwargs)
                if page is None:
                    print(f"  map_html({label}): gave up after {args.timeout} s")
                    continue
                path = outdir / f"map-{n}-{label}.html"
                path.write_text(page, encoding="utf-8")
                mb = len(page.encode("utf-8")) / 1e6
                print(f"  map_html({label}): {secs:7.2f} s   HTML {mb:7.2f} MB")
                del page
                if browser is None or label != "self-contained":
                    continue
                res = chromium_load(browser, path, n, args.timeout, block_network=True)
                if "failed" in res:
                    print(f"    Chromium load: FAILED ({res['failed']})")
                else:
                    heap = f", JS heap {res['heap_mb']:.0f} MB" if res.get("heap_mb") else ""
                    mark = "" if target is None else ("  OK" if res["markers_s"] < target else "  MISS")
                    print(f"    Chromium (network blocked): filters ready {res['ready_s']:6.2f} s, "
                          f"first marker drawn {res['markers_s']:6.2f} s{mark}{heap}")
                if res["errors"]:
                    print(f"    page errors: {res['errors'][:3]}")
    finally:
        if browser:
            browser.close()
        if pw:
            pw.stop()
        if tmp:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
