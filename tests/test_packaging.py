"""The package as a user installs it: a built wheel carries its data, and stages import one way."""
from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(ROOT)], check=True)
    (path,) = out.glob("geomap-*.whl")
    return path


@pytest.mark.slow
def test_wheel_holds_curated_gazetteer_registry_and_templates(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    curated = {Path(n).name for n in names if n.startswith("geomap/gazetteer/data/curated/")}
    assert curated == {p.name for p in (ROOT / "geomap/gazetteer/data/curated").glob("*.tsv")}
    for needed in ("geomap/gazetteer/data/demonyms.tsv", "geomap/extract/data/actors.tsv",
                   "geomap/render/templates/claim_layer.js.j2"):
        assert needed in names


@pytest.mark.slow
def test_installed_wheel_builds_an_index_with_the_curated_places(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True)
    script = f"""
import geomap, sys
from pathlib import Path
from geomap.gazetteer import index
from geomap.gazetteer.lookup import Gazetteer
assert "site-packages" in geomap.__file__, geomap.__file__
path = index.build(Path({str(tmp_path / "idx.sqlite")!r}), index.BuildConfig(include_cities=False))
gaz = Gazetteer.open(path)
ids = [c.place.id for c in gaz.lookup("Saribaba")]
print(ids)
assert any(i.startswith("curated:") for i in ids), ids
"""
    # Run outside the checkout so the editable install cannot shadow the wheel.
    r = subprocess.run([str(py), "-I", "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "curated:" in r.stdout


def _imported(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(m for m in sys.modules if m.startswith('geomap')))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(r.stdout.split())


@pytest.mark.slow
def test_render_and_io_import_nothing_of_extract_or_gazetteer():
    for module in ("geomap.render.map", "geomap.io.export"):
        loaded = _imported(module)
        assert not {m for m in loaded if m.startswith(("geomap.extract", "geomap.gazetteer"))}, (module, loaded)


@pytest.mark.slow
def test_dependencies_point_one_way():
    # A stage never imports a stage after it: model <- gazetteer/text <- extract <- io/render <- cli.
    later = {"gazetteer": ("geomap.extract", "geomap.io", "geomap.render", "geomap.cli"),
             "text": ("geomap.extract", "geomap.io", "geomap.render", "geomap.cli", "geomap.gazetteer"),
             "extract": ("geomap.io", "geomap.render", "geomap.cli"),
             "io": ("geomap.extract", "geomap.gazetteer", "geomap.render", "geomap.cli"),
             "render": ("geomap.extract", "geomap.gazetteer", "geomap.cli")}
    for stage, banned in later.items():
        for path in (ROOT / "geomap" / stage).glob("*.py"):
            for line in path.read_text(encoding="utf-8").splitlines():
                stripped = line.strip()
                if stripped.startswith(("from geomap", "import geomap")):
                    assert not stripped.split()[1].startswith(banned), f"{path.name}: {stripped}"


def test_environment_is_read_only_in_config():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "geomap").rglob("*.py")
                 if "os.environ" in p.read_text(encoding="utf-8") and p.name != "config.py"]
    assert offenders == []
