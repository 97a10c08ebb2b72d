"""Reading news documents: .txt (with a NAME.json sidecar), .jsonl, saved .html, folders.

Every problem is reported as an :class:`InputProblem` naming the file (and
line) and the batch goes on; the caller decides the exit code. A folder may
hold a ``metadata.json`` of the form ``{"articles": {"FILE": {"published":
..., "outlet": ..., "url": ..., "title": ...}}}`` which applies to its files.
"""
from __future__ import annotations

import json
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from geomap.text.dates import infer_reference_date
from geomap.model import Document

MAX_BYTES = 20_000_000          # a news article is kilobytes; anything bigger is a mistake
SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
MIN_ARTICLE_CHARS = 200         # less text than this in a saved page is navigation, not an article


@dataclass(frozen=True, slots=True)
class InputProblem:
    path: str
    line: int | None
    message: str
    fatal: bool = True            # False: a warning, the document was still read

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {'error' if self.fatal else 'warning'}: {self.message}"


def parse_date(value: object, where: str) -> date:
    """An ISO date (YYYY-MM-DD, or a datetime starting with one); ValueError names the problem."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"{where}: published date must be a string YYYY-MM-DD, got {type(value).__name__}")
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$", value)
    if not m:
        raise ValueError(f"{where}: published date {value!r} is not YYYY-MM-DD")
    try:
        d = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError(f"{where}: published date {value!r} is not a real date") from None
    if not 1900 <= d.year <= date.today().year + 1:
        raise ValueError(f"{where}: published date {value!r} is out of range")
    return d


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n / 1e3:.1f} kB" if n >= 1000 else f"{n} bytes"


def _read_meta_file(path: Path, problems: list[InputProblem]) -> str | None:
    """A sidecar or metadata.json. An unreadable one is an error (its documents lose their dates and
    outlets); the documents themselves are still read."""
    found: list[InputProblem] = []
    raw = _read_bytes(path, found)
    problems.extend(InputProblem(p.path, p.line, f"{p.message}; its metadata is ignored") for p in found)
    return raw


def _regular(path: Path, problems: list[InputProblem], line: int | None = None) -> bool:
    """Only regular files are read: a device (``/dev/zero``), FIFO or socket would never end or never
    answer, whatever its name says; a link that loops or leads nowhere is named as such."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        problems.append(InputProblem(str(path), line, f"cannot read: {exc.strerror or exc}"
                                     + (" (a broken or looping link)" if path.is_symlink() else "")))
        return False
    if not stat.S_ISREG(mode):
        kind = ("a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else
                "a socket" if stat.S_ISSOCK(mode) else "a device")
        problems.append(InputProblem(str(path), line, f"is {kind}, not a regular file; not read"))
        return False
    return True


def _read_bytes(path: Path, problems: list[InputProblem]) -> str | None:
    """A file's text, at most MAX_BYTES read whatever the file claims to be; problems named."""
    if not _regular(path, problems):
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        problems.append(InputProblem(str(path), None, f"cannot read: {exc.strerror or exc}"))
        return None
    if len(data) > MAX_BYTES:
        problems.append(InputProblem(str(path), None, f"file is over the {_size(MAX_BYTES)} limit for one input"))
        return None
    if not data.strip():
        problems.append(InputProblem(str(path), None, "file is empty"))
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = "\x00"
        if "\x00" in text or not text.strip():
            problems.append(InputProblem(str(path), None, "starts with a UTF-16 mark but holds no UTF-16 text"))
            return None
        return text
    if b"\x00" in data[:8192]:
        problems.append(InputProblem(str(path), None, "binary file, expected UTF-8 text"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(InputProblem(str(path), line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} "
                                     f"at offset {exc.start}); re-save the file as UTF-8"))
        return None


def _meta_doc(text: str, path: str, meta: dict, where: str, problems: list[InputProblem],
              line: int | None = None) -> Document | None:
    """A Document from text and metadata; ``where`` names the file the metadata came from."""
    text = text.replace("\r\n", "\n")
    if not text.strip():
        problems.append(InputProblem(path, line, "document text is empty"))
        return None
    published = None
    if meta.get("published"):
        try:
            published = parse_date(meta["published"], where)
        except ValueError as exc:
            given_in = f" (given in {where})" if where != path and line is None else ""
            problems.append(InputProblem(path, line, str(exc).split(": ", 1)[-1] + given_in))
            return None
    return Document(id=Document.make_id(text), text=text, path=path, url=meta.get("url"),
                    outlet=meta.get("outlet"), title=meta.get("title"), published=published,
                    language=meta.get("language") or "en")


def _txt(path: Path, folder_meta: dict, problems: list[InputProblem]) -> list[Document]:
    text = _read_bytes(path, problems)
    if text is None:
        return []
    entry = folder_meta.get(path.name, {})
    meta = dict(entry) if isinstance(entry, dict) else {}
    where = str(path.parent / "metadata.json") if "published" in meta else str(path)
    sidecar = path.with_suffix(".json")
    if sidecar.is_file():
        raw = _read_meta_file(sidecar, problems)
        try:
            extra = json.loads(raw) if raw else {}
            if not isinstance(extra, dict):
                raise ValueError("expected a JSON object")
            meta.update(extra)
            where = str(sidecar) if "published" in extra else where
        except ValueError as exc:
            problems.append(InputProblem(str(sidecar), None, f"malformed sidecar ({exc}); "
                                         f"{path.name} is read without its metadata"))
    doc = _meta_doc(text, str(path), meta, where, problems)
    return [doc] if doc else []


def _jsonl(path: Path, problems: list[InputProblem]) -> Iterator[Document]:
    """One document per line, streamed: a corpus file may be large, one article may not."""
    docs = 0
    if not _regular(path, problems):
        return
    try:
        fh = open(path, "rb")
    except OSError as exc:
        problems.append(InputProblem(str(path), None, f"cannot read: {exc.strerror or exc}"))
        return
    with fh:
        # Lines end at b"\n" only: texts may hold U+2028, which str.splitlines() would split on.
        n = 0
        while raw := fh.readline(MAX_BYTES + 1):
            n += 1
            if len(raw) > MAX_BYTES:
                while raw and not raw.endswith(b"\n"):          # skip the rest of the line, bounded reads
                    raw = fh.readline(MAX_BYTES + 1)
                problems.append(InputProblem(str(path), n, f"line is over the {_size(MAX_BYTES)} limit for one document"))
                continue
            if not raw.strip():
                continue
            if b"\x00" in raw:
                problems.append(InputProblem(str(path), n, "binary data, expected a UTF-8 JSON line"))
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    raise ValueError('expected an object with a "text" string')
            except UnicodeDecodeError:
                problems.append(InputProblem(str(path), n, "not valid UTF-8; re-save the file as UTF-8"))
                continue
            except ValueError as exc:
                problems.append(InputProblem(str(path), n, f"malformed JSON line ({exc})"))
                continue
            doc = _meta_doc(obj["text"], str(path), obj, f"{path}:{n}", problems, n)
            if doc:
                if obj.get("id") is not None:
                    doc.id = str(obj["id"])
                docs += 1
                yield doc
    if not docs and not any(p.path == str(path) for p in problems):
        problems.append(InputProblem(str(path), None, "file is empty"))


def _html(path: Path, problems: list[InputProblem]) -> list[Document]:
    raw = _read_bytes(path, problems)
    if raw is None:
        return []
    try:
        import trafilatura
        extracted = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    except ImportError as exc:
        problems.append(InputProblem(str(path), None, f"cannot read HTML: trafilatura is not usable ({exc})"))
        return []
    except Exception as exc:        # a page trafilatura chokes on must not stop the batch
        problems.append(InputProblem(str(path), None, f"cannot extract the article from the HTML page ({exc})"))
        return []
    if not extracted:
        problems.append(InputProblem(str(path), None, "no article text found in the HTML page"))
        return []
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    meta = {"published": data.get("date"), "outlet": data.get("sitename"), "url": data.get("url"),
            "title": data.get("title")}
    if meta["published"]:
        try:
            parse_date(meta["published"], str(path))
        except ValueError:
            meta["published"] = None
    body = data.get("text") or ""
    if len(body) < MIN_ARTICLE_CHARS:
        problems.append(InputProblem(str(path), None, f"no article in the HTML page (only {len(body)} characters "
                                     "of text: a navigation or index page?)"))
        return []
    doc = _meta_doc(body, str(path), meta, str(path), problems)
    return [doc] if doc else []


def _folder_meta(folder: Path, problems: list[InputProblem]) -> dict:
    path = folder / "metadata.json"
    if not path.is_file():
        return {}
    raw = _read_meta_file(path, problems)
    try:
        data = json.loads(raw) if raw else {}
        articles = data.get("articles", {})
        if not isinstance(articles, dict):
            raise ValueError('"articles" must map file names to objects')
        return articles
    except (ValueError, AttributeError) as exc:
        problems.append(InputProblem(str(path), None, f"malformed metadata ({exc}); the folder's files are "
                                     "read without their dates and outlets"))
        return {}


def read_documents(inputs: Iterable[str | Path], published: date | None = None, outlet: str | None = None,
                   infer_dates: bool = True) -> tuple[list[Document], list[InputProblem]]:
    """Documents from files and folders, and the problems met (never raises for bad input)."""
    problems: list[InputProblem] = []
    docs = list(iter_documents(inputs, problems, published, outlet, infer_dates))
    return docs, problems


def iter_documents(inputs: Iterable[str | Path], problems: list[InputProblem], published: date | None = None,
                   outlet: str | None = None, infer_dates: bool = True) -> Iterator[Document]:
    """Documents one by one, as they are read (a large corpus never sits in memory whole); each
    problem met is appended to ``problems`` and the batch goes on."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = _folder(path, problems)
        elif not path.exists():
            problems.append(InputProblem(str(path), None, "no such file or folder"
                                         + (" (a broken or looping link)" if path.is_symlink() else "")))
            continue
        else:
            meta = _folder_meta(path.parent, problems) if path.suffix.lower() == ".txt" else {}
            found = _read_one(path, meta, problems)
        for doc in found:
            if published:
                doc.published = published
            if outlet:
                doc.outlet = outlet
            if doc.published is None and infer_dates:
                guess, how = infer_reference_date(doc.text)
                if guess:
                    doc.published, doc.published_inferred = guess, True
                problems.append(InputProblem(doc.path, None, f"no publication date given; "
                                             f"{'inferred ' + guess.isoformat() + ' from the text: ' if guess else ''}{how}",
                                             fatal=False))
            yield doc


def _folder(folder: Path, problems: list[InputProblem], depth: int = 0) -> Iterator[Document]:
    """The articles of a folder and its subfolders (sorted), each problem named; never raises."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        problems.append(InputProblem(str(folder), None, f"cannot read the folder: {exc.strerror or exc}"))
        return
    meta = _folder_meta(folder, problems)
    found = 0
    for p in entries:
        if p.name.startswith(".") or p.name == "metadata.json":
            continue
        if p.is_dir() and not p.is_symlink():
            if depth < MAX_DEPTH:
                for doc in _folder(p, problems, depth + 1):
                    found += 1
                    yield doc
            continue
        if p.suffix.lower() not in SUFFIXES:
            continue
        found += 1
        yield from _read_one(p, meta, problems)       # devices, FIFOs and bad links are named there
    if not found and depth == 0:
        problems.append(InputProblem(str(folder), None, "folder holds no .txt, .jsonl or .html files"))


MAX_DEPTH = 8


def _read_one(path: Path, meta: dict, problems: list[InputProblem]) -> Iterable[Document]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _jsonl(path, problems)
    if suffix in (".html", ".htm"):
        return _html(path, problems)
    if suffix == ".json":
        return []
    return _txt(path, meta, problems)
