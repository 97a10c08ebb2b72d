"""Reading inputs: .txt with sidecars, folders with metadata.json, .jsonl, saved .html, and bad input."""
from __future__ import annotations

import json
from datetime import date

import pytest

from geomap.text import documents
from geomap.text.documents import parse_date, read_documents

ARTICLE = ("Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Tuesday, wounding two "
           "soldiers. Baku denied the claim.")


def write(path, text, encoding="utf-8"):
    path.write_text(text, encoding=encoding)
    return path


def fatal(problems):
    return [p for p in problems if p.fatal]


def test_txt_with_sidecar(tmp_path):
    write(tmp_path / "jermuk.txt", ARTICLE)
    write(tmp_path / "jermuk.json", json.dumps({"published": "2022-09-14", "outlet": "Armenpress",
                                                "url": "https://example.org/a", "title": "Jermuk shelled"}))
    docs, problems = read_documents([tmp_path / "jermuk.txt"])
    assert problems == []
    [doc] = docs
    assert doc.text == ARTICLE
    assert (doc.published, doc.outlet, doc.url, doc.title) == (date(2022, 9, 14), "Armenpress",
                                                               "https://example.org/a", "Jermuk shelled")
    assert doc.path == str(tmp_path / "jermuk.txt") and not doc.published_inferred
    assert doc.id == documents.Document.make_id(ARTICLE)


def test_crlf_is_normalised(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Hezbollah fired rockets.\r\nIsrael struck back.\r\n")
    docs, _ = read_documents([tmp_path / "a.txt"], published=date(2023, 10, 9))
    assert "\r" not in docs[0].text


def test_folder_with_metadata_json(tmp_path):
    write(tmp_path / "a.txt", "The RSF shelled Omdurman, the Sudanese army said.")
    write(tmp_path / "b.txt", "Indian troops returned fire in Poonch, the army said.")
    write(tmp_path / "notes.md", "not an input")
    write(tmp_path / "metadata.json", json.dumps({"articles": {
        "a.txt": {"published": "2023-05-02", "outlet": "Sudan Tribune"},
        "b.txt": {"published": "2021-02-20", "outlet": "The Hindu"}}}))
    docs, problems = read_documents([tmp_path])
    assert problems == []
    assert [(d.path.rsplit("/", 1)[-1], d.published, d.outlet) for d in docs] == [
        ("a.txt", date(2023, 5, 2), "Sudan Tribune"), ("b.txt", date(2021, 2, 20), "The Hindu")]


def test_folder_metadata_applies_to_a_file_named_directly(tmp_path):
    write(tmp_path / "a.txt", "The RSF shelled Omdurman.")
    write(tmp_path / "metadata.json", json.dumps({"articles": {"a.txt": {"published": "2023-05-02"}}}))
    docs, problems = read_documents([tmp_path / "a.txt"])
    assert docs[0].published == date(2023, 5, 2) and problems == []


def test_sidecar_overrides_folder_metadata(tmp_path):
    write(tmp_path / "a.txt", "Tigrayan forces entered Mekelle.")
    write(tmp_path / "a.json", json.dumps({"published": "2021-06-29"}))
    write(tmp_path / "metadata.json", json.dumps({"articles": {"a.txt": {"published": "2021-06-01",
                                                                         "outlet": "Addis Standard"}}}))
    docs, _ = read_documents([tmp_path])
    assert (docs[0].published, docs[0].outlet) == (date(2021, 6, 29), "Addis Standard")


def test_jsonl_with_one_malformed_line(tmp_path):
    lines = [json.dumps({"text": "Russian drones hit Odesa port.", "published": "2023-07-20", "id": "odesa-1"}),
             '{"text": "Kupiansk shelled", "published": ',
             json.dumps({"text": "Israeli jets struck Nabatieh.", "published": "2023-11-02"}),
             "",
             json.dumps(["not", "an", "object"])]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    docs, problems = read_documents([path])
    assert [d.published for d in docs] == [date(2023, 7, 20), date(2023, 11, 2)]
    assert docs[0].id == "odesa-1"
    bad = fatal(problems)
    assert [(p.path, p.line) for p in bad] == [(str(path), 2), (str(path), 5)]
    assert all("malformed JSON line" in p.message for p in bad)
    assert str(bad[0]).startswith(f"{path}:2: error:")


def test_jsonl_bad_date_and_empty_text_name_their_lines(tmp_path):
    lines = [json.dumps({"text": "Sotk shelled.", "published": 12345}),
             json.dumps({"text": "Lachin road mined.", "published": "yesterday"}),
             json.dumps({"text": "   "}),
             json.dumps({"text": "Jermuk calm.", "published": "2022-09-15"})]
    path = write(tmp_path / "b.jsonl", "\n".join(lines))
    docs, problems = read_documents([path])
    assert [d.text for d in docs] == ["Jermuk calm."]
    assert [p.line for p in fatal(problems)] == [1, 2, 3]
    assert "int" in problems[0].message and "yesterday" in problems[1].message and "empty" in problems[2].message


def test_empty_file(tmp_path):
    path = write(tmp_path / "empty.txt", "  \n")
    docs, problems = read_documents([path])
    assert docs == [] and len(problems) == 1
    assert problems[0].path == str(path) and problems[0].fatal and "empty" in problems[0].message


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    docs, problems = read_documents([path])
    assert docs == []
    assert [(p.path, p.fatal) for p in problems] == [(str(path), True)]
    assert "binary" in problems[0].message


def test_non_utf8_file(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Fighting near Kelbajar.\nCaf\u00e9 destroyed in Shusha.\n".encode("latin-1"))
    docs, problems = read_documents([path])
    assert docs == []
    [p] = problems
    assert p.path == str(path) and p.fatal and p.line == 2
    assert "UTF-8" in p.message and "0xe9" in p.message


def test_missing_path(tmp_path):
    docs, problems = read_documents([tmp_path / "nope.txt"])
    assert docs == [] and len(problems) == 1
    assert problems[0].path == str(tmp_path / "nope.txt") and "no such file" in problems[0].message


def test_folder_without_inputs(tmp_path):
    write(tmp_path / "readme.md", "nothing here")
    docs, problems = read_documents([tmp_path])
    assert docs == [] and "no .txt" in problems[0].message


def test_bad_file_does_not_stop_the_batch(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    write(tmp_path / "good.txt", "Azerbaijani forces fired on Armenian positions near Sotk.")
    docs, problems = read_documents([tmp_path, tmp_path / "missing"], published=date(2022, 9, 13))
    assert [d.path for d in docs] == [str(tmp_path / "good.txt")]
    assert {p.path for p in fatal(problems)} == {str(tmp_path / "bad.txt"), str(tmp_path / "missing")}


def test_oversized_file(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 50)
    path = write(tmp_path / "huge.txt", ARTICLE)           # over 50 bytes
    write(tmp_path / "small.txt", "Kyiv shelled.")
    docs, problems = read_documents([tmp_path], published=date(2023, 1, 1))
    assert [d.text for d in docs] == ["Kyiv shelled."]
    [p] = problems
    assert p.path == str(path) and p.fatal and "limit" in p.message
    assert "50 bytes" in p.message                        # says the limit in units one can read


def test_malformed_sidecar_is_an_error_and_the_document_is_still_read(tmp_path):
    write(tmp_path / "a.txt", "Hezbollah fired anti-tank missiles at Metula on Tuesday.")
    sidecar = write(tmp_path / "a.json", '{"published": "2023-10-17",')
    docs, problems = read_documents([tmp_path / "a.txt"], infer_dates=False)
    assert len(docs) == 1 and docs[0].published is None
    [p] = problems
    assert p.path == str(sidecar) and p.fatal and "sidecar" in p.message and "a.txt" in p.message


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02", b"{\"published\": \"caf\xe9\"}", b"[1, 2]"])
def test_unreadable_sidecar_is_an_error_for_its_article(tmp_path, content):
    write(tmp_path / "a.txt", "The SAF bombed Nyala.")
    (tmp_path / "a.json").write_bytes(content)
    docs, problems = read_documents([tmp_path / "a.txt"], infer_dates=False)
    assert len(docs) == 1                                  # the article is read, without its metadata
    assert problems and fatal(problems)
    assert all(p.path == str(tmp_path / "a.json") for p in problems)


def test_unreadable_folder_metadata_is_an_error(tmp_path):
    write(tmp_path / "a.txt", "The SAF bombed Nyala.")
    (tmp_path / "metadata.json").write_bytes(b"")
    docs, problems = read_documents([tmp_path], infer_dates=False)
    assert len(docs) == 1 and fatal(problems)
    assert [p.path for p in problems] == [str(tmp_path / "metadata.json")]


@pytest.mark.parametrize("value,fragment", [("2022-13-45", "not a real date"), ("yesterday", "not YYYY-MM-DD"),
                                            (12345, "must be a string"), ("1066-10-14", "out of range")])
def test_nonsense_published_dates(tmp_path, value, fragment):
    write(tmp_path / "a.txt", "Russian troops shelled Kherson.")
    sidecar = write(tmp_path / "a.json", json.dumps({"published": value}))
    docs, problems = read_documents([tmp_path / "a.txt"])
    assert docs == []
    [p] = problems
    assert p.fatal and fragment in p.message
    assert p.path == str(tmp_path / "a.txt") and sidecar.name in p.message    # the document and where the date is


def test_parse_date():
    assert parse_date("2023-05-02T10:30:00+03:00", "x") == date(2023, 5, 2)
    assert parse_date(date(2020, 9, 27), "x") == date(2020, 9, 27)
    with pytest.raises(ValueError, match="where.txt"):
        parse_date("2023-02-30", "where.txt")


def test_published_override(tmp_path):
    write(tmp_path / "a.txt", "Tigrayan forces said they shelled Alamata on Tuesday.")
    write(tmp_path / "a.json", json.dumps({"published": "2021-07-01", "outlet": "Tigrai TV"}))
    write(tmp_path / "b.txt", "Ethiopian jets bombed Mekelle.")
    docs, problems = read_documents([tmp_path], published=date(2021, 11, 3), outlet="Reuters")
    assert [(d.published, d.outlet, d.published_inferred) for d in docs] == [(date(2021, 11, 3), "Reuters", False)] * 2
    assert problems == []


HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Clashes on the Armenia-Azerbaijan border | Caucasus Wire</title>
<meta property="article:published_time" content="2023-05-02">
<meta property="og:site_name" content="Caucasus Wire">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Clashes on the Armenia-Azerbaijan border</h1>
<p>Armenia's defence ministry said on Tuesday that Azerbaijani forces opened fire on Armenian positions near
the village of Sotk, wounding two soldiers, and that its units returned fire.</p>
<p>Azerbaijan's defence ministry denied the claim and said Armenian units had fired first at its positions in
the Kalbajar district, calling it a provocation.</p>
<p>The two countries fought a war over Nagorno-Karabakh in 2020 and have held intermittent talks on a peace
treaty since then.</p>
</article>
<footer>Copyright Caucasus Wire</footer></body></html>
"""


def test_saved_html_page(tmp_path):
    path = write(tmp_path / "sotk.html", HTML)
    docs, problems = read_documents([path])
    assert problems == []
    [doc] = docs
    assert doc.published == date(2023, 5, 2) and not doc.published_inferred
    assert "Sotk" in doc.text and "Kalbajar" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.title and "Armenia-Azerbaijan" in doc.title


def test_html_page_without_article_text(tmp_path):
    path = write(tmp_path / "blank.html", "<html><head><title>x</title></head><body></body></html>")
    docs, problems = read_documents([path])
    assert docs == [] and fatal(problems) and problems[0].path == str(path)


def test_no_date_given_and_one_inferred(tmp_path):
    path = write(tmp_path / "a.txt", "Azerbaijani forces shelled Jermuk on Tuesday, September 13, Armenia said. "
                                     "It was the worst fighting since the 2020 war.")
    docs, problems = read_documents([path])
    assert docs[0].published == date(2022, 9, 13) and docs[0].published_inferred
    [p] = problems
    assert not p.fatal and p.path == str(path)
    assert "no publication date given" in p.message and "inferred 2022-09-13" in p.message


def test_no_date_given_and_none_inferred(tmp_path):
    path = write(tmp_path / "a.txt", "Israel and Hezbollah exchanged fire across the Blue Line.")
    docs, problems = read_documents([path])
    assert docs[0].published is None and not docs[0].published_inferred
    [p] = problems
    assert not p.fatal and "no publication date given" in p.message and "inferred" not in p.message


def test_no_inference_when_disabled(tmp_path):
    path = write(tmp_path / "a.txt", "Russia shelled Kherson on Sept. 3, 2023.")
    docs, problems = read_documents([path], infer_dates=False)
    assert docs[0].published is None and problems == []


def test_problem_str():
    p = documents.InputProblem("a.jsonl", 3, "malformed JSON line")
    assert str(p) == "a.jsonl:3: error: malformed JSON line"
    assert str(documents.InputProblem("a.txt", None, "x", fatal=False)) == "a.txt: warning: x"


def test_jsonl_is_streamed_and_bad_lines_named(tmp_path):
    from geomap.text import documents
    path = tmp_path / "corpus.jsonl"
    good = '{"text": "Shelling hit Kharkiv\\u2028on Monday.", "published": "2023-10-11"}\n'
    path.write_bytes(good.encode() + b'{"text": "caf\xe9"}\n' + b'\x00\x01\n' + good.encode())
    docs, problems = documents.read_documents([path])
    assert len(docs) == 2 and "\u2028" in docs[0].text
    lines = {p.line: p.message for p in problems if p.fatal}
    assert "UTF-8" in lines[2] and "binary" in lines[3]


def test_devices_fifos_and_looping_links_are_named_and_skipped(tmp_path):
    import os
    write(tmp_path / "good.txt", "Shelling hit Kharkiv on Monday, the governor said.")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    docs, problems = read_documents([tmp_path, tmp_path / "pipe.txt"], published=date(2024, 1, 1))
    assert [d.path for d in docs] == [str(tmp_path / "good.txt")]
    said = {p.path: p.message for p in fatal(problems)}
    assert "device" in said[str(tmp_path / "zero.txt")] and "FIFO" in said[str(tmp_path / "pipe.txt")]
    assert "link" in said[str(tmp_path / "loop.txt")]


def test_subfolders_are_read_and_an_unreadable_folder_is_named(tmp_path, monkeypatch):
    from pathlib import Path
    (tmp_path / "2024" / "may").mkdir(parents=True)
    write(tmp_path / "2024" / "may" / "a.txt", "Shelling hit Kharkiv on Monday, the governor said.")
    locked = tmp_path / "locked"
    locked.mkdir()
    write(locked / "b.txt", "Shelling hit Kherson on Monday.")
    real = Path.iterdir

    def iterdir(self):        # what a folder without read permission does (root would read through chmod 0)
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    docs, problems = read_documents([tmp_path], published=date(2024, 1, 1))
    assert [Path(d.path).name for d in docs] == ["a.txt"]
    assert [p.path for p in fatal(problems)] == [str(locked)]
    assert "cannot read the folder" in fatal(problems)[0].message


def test_utf16_articles_are_read_and_dates_must_be_whole(tmp_path):
    (tmp_path / "u.txt").write_bytes("Shelling hit Kharkiv on Monday.".encode("utf-16"))
    docs, problems = read_documents([tmp_path / "u.txt"], published=date(2024, 1, 1))
    assert docs and docs[0].text.startswith("Shelling") and not fatal(problems)
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        documents.parse_date("2022-09-14junk", "--published")
    assert documents.parse_date("2022-09-14T10:00:00Z", "x") == date(2022, 9, 14)


def test_a_navigation_page_is_no_article(tmp_path):
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
                                       "</body></html>", encoding="utf-8")
    docs, problems = read_documents([tmp_path / "nav.html"])
    assert not docs and fatal(problems)
