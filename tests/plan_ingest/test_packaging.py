"""The package as pip installs it: one namespace, every module and data file in the wheel, and
declared dependencies that are exactly the ones imported."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from conftest import ROOT

STAGES = {"ingest": "ingest", "extractors": "extractors", "normalise": "normalise", "output": "output",
          "plan_ingest": "plan_ingest"}
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    [wheel] = out.glob("plan_ingest-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_holds_every_module_and_data_file(wheel_names):
    wanted = set()
    for folder in STAGES:
        for path in (ROOT / folder).rglob("*"):
            if "__pycache__" in path.parts or not path.is_file():
                continue
            if path.suffix in {".py", ".yaml", ".typed"}:
                inside = path.relative_to(ROOT / folder).as_posix()
                wanted.add(f"plan_ingest/{inside}" if folder == "plan_ingest" else f"plan_ingest/{folder}/{inside}")
    missing = sorted(wanted - wheel_names)
    assert not missing, f"not in the wheel: {missing}"
    assert "plan_ingest/py.typed" in wheel_names
    assert any(n.startswith("plan_ingest/normalise/lexicon/") for n in wheel_names)
    samples = {p.name for p in (ROOT / "samples").iterdir() if p.is_file()}
    assert {n.rsplit("/", 1)[1] for n in wheel_names if n.startswith("plan_ingest/samples/")} == samples


def test_nothing_with_a_generic_name_reaches_site_packages(wheel_names):
    tops = {n.split("/", 1)[0] for n in wheel_names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"plan_ingest"}


def _imports(folders: list[str]) -> dict[str, set[str]]:
    """Third-party top-level modules imported by the .py files under `folders`: module -> files."""
    found: dict[str, set[str]] = {}
    local = {p.stem for p in (ROOT / "tests").rglob("*.py")} | {p.stem for p in (ROOT / "samplegen").glob("*.py")}
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in STAGES and top not in local:
                        found.setdefault(top, set()).add(path.relative_to(ROOT).as_posix())
    return found


def _distributions(modules, installed: bool = True) -> set[str]:
    """The distributions that provide `modules`; with installed=False a module not installed here
    (a benchmark's baseline) stands for the distribution of its own name."""
    known = packages_distributions()
    names = set()
    for module in modules:
        assert module in known or not installed, f"{module} is imported but not installed"
        names.update(_canon(d) for d in known.get(module, [module]))
    return names


def _canon(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(requirements: list[str]) -> set[str]:
    return {_canon(re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0]) for r in requirements}


def test_declared_dependencies_are_exactly_those_imported():
    project = PYPROJECT["project"]
    extras = project["optional-dependencies"]
    imported = _imports(["plan_ingest", "ingest", "extractors", "normalise", "output"])
    optional = {"distributed", "dask", "fsspec"}  # the dask extra, imported only with --dask or a URL
    assert _distributions(m for m in imported if m not in optional) == _declared(project["dependencies"])
    assert _distributions(m for m in imported if m in optional) <= _declared(extras["dask"])


def test_test_and_sample_imports_are_declared():
    extras = PYPROJECT["project"]["optional-dependencies"]
    runtime = _declared(PYPROJECT["project"]["dependencies"])
    used = _distributions(_imports(["tests"])) - runtime
    assert used <= _declared(extras["test"]), used - _declared(extras["test"])
    assert _distributions(_imports(["samplegen"])) - runtime <= _declared(extras["samples"])
    benchmarks = _distributions(_imports(["benchmarks"]), installed=False) - runtime
    assert benchmarks <= _declared(extras["bench"]) | _declared(extras["test"])
