"""Extraction on several cores gives the same claims, byte for byte in every export."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT.parent / "shared" / "news-dev" / "articles.jsonl"


@pytest.mark.slow
def test_jobs_2_equals_jobs_1_byte_for_byte(tmp_path):
    # 160 distinct articles (more than one batch), published dates given, as a JSONL corpus.
    lines = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()][:80]
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for copy in range(2):
            for a in lines:
                text = a["text"] if copy == 0 else f"{a['title']}. " + a["text"][::-1]   # distinct, not wire copies
                fh.write(json.dumps({"id": f"{a['id']}-{copy}", "text": text, "published": "2010-01-01"}) + "\n")
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"j{jobs}.geojson"
        r = subprocess.run([sys.executable, "-m", "geomap", "extract", str(corpus), "--jobs", str(jobs), "-o", str(out)],
                           capture_output=True, text=True, cwd=ROOT)
        assert r.returncode == 0, r.stderr[-1500:]
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and len(json.loads(outs[0])["features"]) > 50
