"""Score extracted claims against a hand annotation (``gold.json`` beside the articles).

``python -m geomap.evaluate FOLDER [--no-metadata]`` prints claim precision and
recall, place precision and recall, date accuracy and the points that fall on
places the annotation says are not incident locations (datelines, venues,
metonyms). A gold claim is found when a predicted claim of the same document
has the same claimant side and event date and places within tolerance of every
gold place.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from geopy.distance import great_circle

from geomap.text.dates import infer_reference_date
from geomap.text.documents import read_documents
from geomap.extract.claims import extract
from geomap.gazetteer.lookup import Gazetteer
from geomap.model import Claim, iter_features

NOT_INCIDENT_KM = 10.0


@dataclass
class Score:
    gold_claims: int = 0
    found: int = 0
    predicted: int = 0
    predicted_matching: int = 0
    gold_places: int = 0
    places_found: int = 0
    points: int = 0
    points_correct: int = 0
    dates_checked: int = 0
    dates_correct: int = 0
    not_incident_hits: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        def pct(a: int, b: int) -> str:
            return f"{a}/{b} = {a / b:.2f}" if b else f"{a}/0"
        return [f"claim recall     {pct(self.found, self.gold_claims)}",
                f"claim precision  {pct(self.predicted_matching, self.predicted)}  (spurious claims: {len(self.spurious)})",
                f"place recall     {pct(self.places_found, self.gold_places)}",
                f"place precision  {pct(self.points_correct, self.points)}",
                f"date accuracy    {pct(self.dates_correct, self.dates_checked)}",
                f"points on not-incident places: {len(self.not_incident_hits)}"]


def _within(lat: float, lon: float, place: dict) -> bool:
    return great_circle((lat, lon), (place["lat"], place["lon"])).km <= place["tolerance_km"]


def _points(c: Claim) -> list[tuple[float, float]]:
    return [(p.place.lat, p.place.lon) for _c, p in iter_features([c])]


def score(claims: list[Claim], gold: dict, gaz: Gazetteer, doc_names: dict[str, str]) -> Score:
    """``doc_names`` maps document ids to the file names gold.json uses."""
    s = Score()
    places = gold["places"]
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        if _points(c):
            by_doc.setdefault(doc_names.get(c.doc_id, c.doc_id), []).append(c)
    s.predicted = sum(len(v) for v in by_doc.values())
    matched_pred: set[str] = set()
    for g in gold["claims"]:
        s.gold_claims += 1
        s.gold_places += len(g["places"])
        cands = [c for c in by_doc.get(g["doc"], []) if c.claimant.side == g["claimant_side"]]
        place_ok = [c for c in cands if all(any(_within(la, lo, places[n]) for la, lo in _points(c))
                                            for n in g["places"])]
        best = [c for c in place_ok if c.event_date and c.event_date.isoformat() == g["event_date"]
                and c.id not in matched_pred]
        if place_ok:
            s.dates_checked += 1
            s.dates_correct += bool([c for c in place_ok if c.event_date and c.event_date.isoformat() == g["event_date"]])
        if best:
            s.found += 1
            matched_pred.add(best[0].id)
        else:
            s.missed.append(f"{g['doc']} {g['claimant_side']} {g['event_date']} {g['places']}: {g['evidence']}")
        found_places = {n for n in g["places"] for c in cands for la, lo in _points(c) if _within(la, lo, places[n])}
        s.places_found += len(found_places)
    gold_by_doc: dict[str, list[dict]] = {}
    for g in gold["claims"]:
        gold_by_doc.setdefault(g["doc"], []).append(g)
    for doc, cs in by_doc.items():
        doc_gold_places = [places[n] for g in gold_by_doc.get(doc, []) for n in g["places"]]
        for c in cs:
            matching_gold = [g for g in gold_by_doc.get(doc, []) if g["claimant_side"] == c.claimant.side and any(
                _within(la, lo, places[n]) for n in g["places"] for la, lo in _points(c))]
            if matching_gold:
                s.predicted_matching += 1
            else:
                s.spurious.append(f"{doc} {c.claimant.side} {c.event_date} {[p.surface for p in c.places]}: "
                                  f"{c.sentence[:90]}")
            for la, lo in _points(c):
                s.points += 1
                s.points_correct += any(_within(la, lo, p) for p in doc_gold_places)
        for name in gold.get("not_incident_locations", {}).get(doc, []):
            cands = gaz.lookup(name, limit=1)
            if not cands:
                continue
            ref = cands[0].place
            for c in cs:
                for la, lo in _points(c):
                    if great_circle((la, lo), (ref.lat, ref.lon)).km <= NOT_INCIDENT_KM and ref.kind != "country":
                        s.not_incident_hits.append(f"{doc}: point at {name} ({c.sentence[:60]}...)")
    return s


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geomap.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, help="folder with the articles, metadata.json and gold.json")
    ap.add_argument("--no-metadata", action="store_true", help="ignore metadata.json: dates from the text alone")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and spurious claims")
    args = ap.parse_args(argv)
    if not (args.folder / "gold.json").is_file():
        print(f"{args.folder}: no gold.json", file=sys.stderr)
        return 2
    result, _claims = evaluate_folder(args.folder, use_metadata=not args.no_metadata)
    print("\n".join(result.lines()))
    if args.verbose:
        for title, items in (("missed", result.missed), ("spurious", result.spurious),
                             ("on not-incident places", result.not_incident_hits)):
            for item in items:
                print(f"  {title}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
