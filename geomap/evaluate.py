"""Score extracted claims against a hand annotation.

``python -m geomap.evaluate FOLDER`` scores a folder with ``gold.json`` (the seeds);
``python -m geomap.evaluate --news-dev [--split dev|test|all]`` scores the Wikinews development corpus
(texts in ``shared/news-dev/articles.jsonl``, one gold file per article in ``eval/news-dev/gold/``).

A gold claim is **found** (strict recall) when a predicted claim of the same document has the same
claimant side, the same event date (when the gold gives one) and points within tolerance of every gold
place. A predicted claim is **right** (precision) when some gold claim of its document has its side and
a place within tolerance of one of its points. A point is **off** when it lies within tolerance of no
incident place of its document. **Side accuracy** is, over predicted claims that match a gold claim by
place and date alone, the share that also has a side of such a gold claim. A gold **dispute** is found
when both its claims are found and the predicted claims lie in one incident marked disputed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geomap.config import PACKAGE_DIR
from geomap.extract.claims import extract
from geomap.gazetteer.lookup import Gazetteer
from geomap.model import Claim, Document, distance_km, iter_features
from geomap.text.dates import infer_reference_date
from geomap.text.documents import read_documents

NOT_INCIDENT_KM = 10.0
NEWS_DEV_GOLD = PACKAGE_DIR.parent / "eval" / "news-dev" / "gold"


def split_of(doc_id: str) -> str:
    """``test`` for a fixed third of the articles (by a hash of the id), else ``dev``.

    The rule was first ``hash % 3 == 0``, which drew 43 of the 88 annotated articles; it was narrowed
    once to ``hash % 9 in (3, 6)``, a subset of those (29 = one third), so no article developed on
    entered the test third."""
    return "test" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 9 in (3, 6) else "dev"


@dataclass
class Score:
    gold_claims: int = 0
    found: int = 0
    predicted: int = 0
    predicted_matching: int = 0
    points: int = 0
    points_off: int = 0
    located: int = 0              # predicted claims matching a gold claim by place and date alone
    side_right: int = 0
    dates_checked: int = 0
    dates_correct: int = 0
    disputes: int = 0
    disputes_found: int = 0
    unplaced: int = 0             # gold claims naming a place the annotator found no coordinates for: not scored
    not_incident_hits: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def figures(self) -> dict[str, float | None]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None
        return {"recall": ratio(self.found, self.gold_claims), "precision": ratio(self.predicted_matching, self.predicted),
                "points_off": ratio(self.points_off, self.points), "side_accuracy": ratio(self.side_right, self.located),
                "date_accuracy": ratio(self.dates_correct, self.dates_checked),
                "disputes": f"{self.disputes_found}/{self.disputes}"}

    def lines(self) -> list[str]:
        def pct(a: int, b: int) -> str:
            return f"{a}/{b} = {a / b:.2f}" if b else f"{a}/0"
        return [f"claim recall     {pct(self.found, self.gold_claims)}",
                f"claim precision  {pct(self.predicted_matching, self.predicted)}  (spurious claims: {len(self.spurious)})",
                f"points off       {pct(self.points_off, self.points)}  (on no incident place)",
                f"side accuracy    {pct(self.side_right, self.located)}",
                f"date accuracy    {pct(self.dates_correct, self.dates_checked)}",
                f"disputes found   {self.disputes_found}/{self.disputes}",
                f"points on not-incident places: {len(self.not_incident_hits)}"] + (
            [f"gold claims left out (a place with no coordinates): {self.unplaced}"] if self.unplaced else [])


def _has_point(place: dict) -> bool:
    """Whether the annotator found coordinates for a gold place."""
    return place.get("lat") is not None and place.get("lon") is not None


def _within(lat: float, lon: float, place: dict) -> bool:
    return _has_point(place) and distance_km(lat, lon, place["lat"], place["lon"]) <= place["tolerance_km"]


def _points(c: Claim) -> list[tuple[float, float]]:
    return [(p.place.lat, p.place.lon) for _c, p in iter_features([c])]


def _date_ok(c: Claim, g: dict) -> bool:
    return g.get("event_date") is None or (c.event_date is not None and c.event_date.isoformat() == g["event_date"])


def _covers(c: Claim, g: dict, places: dict) -> bool:
    return all(any(_within(la, lo, places[n]) for la, lo in _points(c)) for n in g["places"])


def score_document(doc: str, claims: list[Claim], gold: dict, gaz: Gazetteer | None = None) -> Score:
    """One document's score; ``gold`` holds its ``places``, ``claims``, ``not_incident_locations``, ``disputes``."""
    s = Score()
    places = gold["places"]
    preds = [c for c in claims if _points(c)]
    s.predicted = len(preds)
    gclaims = gold["claims"]
    used: set[str] = set()
    matched_pred: dict[int, Claim] = {}
    for i, g in enumerate(gclaims):
        if not all(_has_point(places[n]) for n in g["places"]):
            s.unplaced += 1
            continue
        s.gold_claims += 1
        located = [c for c in preds if _covers(c, g, places)]
        if located and g.get("event_date"):
            s.dates_checked += 1
            s.dates_correct += any(_date_ok(c, g) for c in located)
        best = [c for c in located if c.claimant.side == g["claimant_side"] and _date_ok(c, g) and c.id not in used]
        if best:
            s.found += 1
            used.add(best[0].id)
            matched_pred[i] = best[0]
        else:
            s.missed.append(f"{doc} {g['claimant_side']} {g.get('event_date')} {g['places']}: {g.get('claimant')}")
    incident_places = [places[n] for g in gclaims for n in g["places"]]
    unlocated = {n.casefold() for g in gclaims for n in g["places"] if not _has_point(places[n])}
    for c in preds:
        if any(g["claimant_side"] == c.claimant.side and any(_within(la, lo, places[n]) for n in g["places"]
                                                             for la, lo in _points(c)) for g in gclaims):
            s.predicted_matching += 1
        else:
            s.spurious.append(f"{doc} {c.claimant.side} {c.event_date} {[p.surface for p in c.places]}: {c.sentence[:90]}")
        by_place = [g for g in gclaims if _date_ok(c, g) and any(_within(la, lo, places[n]) for n in g["places"]
                                                                 for la, lo in _points(c))]
        if by_place:
            s.located += 1
            s.side_right += any(g["claimant_side"] == c.claimant.side for g in by_place)
        for _c, pm in iter_features([c]):
            if pm.surface.casefold() in unlocated:
                continue        # a place the annotator could not locate: neither right nor wrong
            s.points += 1
            s.points_off += not any(_within(pm.place.lat, pm.place.lon, p) for p in incident_places)
    if gaz is not None:
        for name in gold.get("not_incident_locations", []):
            cands = gaz.lookup(name, limit=1)
            if not cands or cands[0].place.kind == "country":
                continue
            ref = cands[0].place
            for c in preds:
                for la, lo in _points(c):
                    if distance_km(la, lo, ref.lat, ref.lon) <= NOT_INCIDENT_KM \
                            and not any(_within(la, lo, p) for p in incident_places):
                        s.not_incident_hits.append(f"{doc}: point at {name} ({c.sentence[:60]}...)")
    for i, j in gold.get("disputes", []):
        s.disputes += 1
        a, b = matched_pred.get(i), matched_pred.get(j)
        s.disputes_found += bool(a and b and a.incident_id == b.incident_id and a.disputed)
    return s


def score(claims: list[Claim], gold: dict, gaz: Gazetteer | None, doc_names: dict[str, str]) -> Score:
    """Score a seeds-style ``gold.json`` (one places table, claims naming their document)."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[doc_names.get(c.doc_id, c.doc_id)].append(c)
    docs = {g["doc"] for g in gold["claims"]} | set(gold.get("not_incident_locations", {})) | set(by_doc)
    total = Score()
    for doc in sorted(docs):
        total.add(score_document(doc, by_doc.get(doc, []), {
            "places": gold["places"], "claims": [g for g in gold["claims"] if g["doc"] == doc],
            "not_incident_locations": gold.get("not_incident_locations", {}).get(doc, [])}, gaz))
    return total


def evaluate_folder(folder: Path, use_metadata: bool = True, gaz: Gazetteer | None = None) -> tuple[Score, list[Claim]]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    files = sorted(folder / name for name in {g["doc"] for g in gold["claims"]} | set(gold.get("not_incident_locations", {})))
    docs, _problems = read_documents(files)
    if not use_metadata:
        # Forget what metadata.json said: dates from the text alone.
        for doc in docs:
            guess, _how = infer_reference_date(doc.text)
            doc.published, doc.published_inferred = guess, guess is not None
            doc.outlet = doc.url = None
    gaz = gaz or Gazetteer.open()
    claims = extract(docs, gaz)
    names = {d.id: Path(d.path).name for d in docs}
    return score(claims, gold, gaz, names), claims


def load_news_dev(articles: Path, gold_dir: Path = NEWS_DEV_GOLD, split: str = "all") -> list[tuple[Document, dict]]:
    """(document, gold) pairs of the annotated articles in ``split`` (dev, test or all)."""
    texts = {}
    with open(articles, encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            texts[a["id"]] = a
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold["doc"]
        if split != "all" and split_of(doc_id) != split:
            continue
        a = texts[doc_id]
        out.append((Document(id=doc_id, text=a["text"], path=doc_id, url=a.get("url"), outlet="Wikinews",
                             title=a.get("title"), published=date.fromisoformat(gold["published"])), gold))
    return out


def evaluate_news_dev(articles: Path, split: str = "all", gaz: Gazetteer | None = None,
                      countries: dict[str, str] | None = None) -> tuple[Score, dict[str, Score], list[Claim]]:
    """The total score, scores per country (from ``index.tsv``) and the claims."""
    pairs = load_news_dev(articles, split=split)
    gaz = gaz or Gazetteer.open()
    claims = extract([d for d, _g in pairs], gaz)
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.doc_id].append(c)
    total, per_country = Score(), defaultdict(Score)
    for doc, gold in pairs:
        s = score_document(doc.id, by_doc.get(doc.id, []), gold, gaz)
        total.add(s)
        per_country[(countries or {}).get(doc.id, "?")].add(s)
    return total, dict(per_country), claims


def _countries(index_tsv: Path) -> dict[str, str]:
    from geomap.gazetteer.sources import tsv_rows
    if not index_tsv.is_file():
        return {}
    return {row["id"]: row["country"] for _where, row in tsv_rows(index_tsv, required=("id", "country"))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geomap.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, nargs="?", help="folder with the articles, metadata.json and gold.json")
    ap.add_argument("--news-dev", type=Path, nargs="?", const=PACKAGE_DIR.parent.parent / "shared" / "news-dev",
                    help="score the Wikinews corpus (folder with articles.jsonl; default: shared/news-dev)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev", help="news-dev third to score (default: dev)")
    ap.add_argument("--per-country", action="store_true", help="news-dev figures per country")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--no-metadata", action="store_true", help="ignore metadata.json: dates from the text alone")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and spurious claims")
    args = ap.parse_args(argv)
    per_country: dict[str, Score] = {}
    if args.news_dev:
        articles = args.news_dev / "articles.jsonl"
        if not articles.is_file():
            print(f"{articles}: not found", file=sys.stderr)
            return 2
        result, per_country, _claims = evaluate_news_dev(articles, args.split,
                                                         countries=_countries(args.news_dev / "index.tsv"))
    elif args.folder and (args.folder / "gold.json").is_file():
        result, _claims = evaluate_folder(args.folder, use_metadata=not args.no_metadata)
    else:
        print(f"{args.folder}: no gold.json (or use --news-dev)", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"total": result.figures(), "claims": result.gold_claims,
                          "per_country": {k: {**v.figures(), "claims": v.gold_claims}
                                          for k, v in sorted(per_country.items())}}, indent=1))
        return 0
    print("\n".join(result.lines()))
    if args.per_country:
        for country, s in sorted(per_country.items()):
            f = s.figures()
            print(f"  {country:32} claims {s.gold_claims:3}  recall {f['recall']}  precision {f['precision']}  "
                  f"off {f['points_off']}  side {f['side_accuracy']}")
    if args.verbose:
        for title, items in (("missed", result.missed), ("spurious", result.spurious),
                             ("on not-incident places", result.not_incident_hits)):
            for item in items:
                print(f"  {title}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
