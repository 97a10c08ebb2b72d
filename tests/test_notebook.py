"""notebooks/seeds.ipynb runs top to bottom without error (executed with nbclient, cwd notebooks/)."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "seeds.ipynb"


def _outputs_text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            for value in (out.get("data") or {}).values():
                parts.append(value if isinstance(value, str) else str(value))
    return "\n".join(parts)


def test_seeds_notebook_runs(seeds):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert not any(cell.get("outputs") for cell in nb.cells if cell.cell_type == "code"), \
        "the notebook is committed with outputs; clear them"
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()              # raises CellExecutionError, naming the cell, on any error
    errors = [out for cell in nb.cells for out in cell.get("outputs", []) if out.get("output_type") == "error"]
    assert not errors
    text = _outputs_text(nb)
    assert "FeatureCollection" in text
    assert "geometry" in text and "claimant_side" in text       # the GeoDataFrame was shown
    assert "leaflet" in text.lower() or "folium" in text.lower()   # the inline map
