"""Stage 0, text: files in, :class:`~geomap.model.Document` records, sentences and dates out.

- :mod:`.documents` reads ``.txt`` (with a ``NAME.json`` sidecar), ``.jsonl``, saved ``.html``
  (trafilatura) and folders with ``metadata.json``; bad files are reported, the batch goes on;
- :mod:`.sentences` splits text into sentences with character offsets;
- :mod:`.dates` finds date expressions and resolves them against the publication date.

Pure functions over text; depends on :mod:`geomap.model` only.
"""
