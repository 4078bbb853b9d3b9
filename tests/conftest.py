"""Shared fixtures: the bundled samples run once per test session, and paths to the shared folder."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """`plan-ingest run` on the bundled samples, as the Python API gives it."""
    import ingest

    out = tmp_path_factory.mktemp("out")
    result = ingest.run([SAMPLES], out=out)
    return result, out
