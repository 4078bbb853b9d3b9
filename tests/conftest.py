"""Shared fixtures: the bundled samples run once per test session, and paths to the shared folder."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"  # inputs only: what `plan-ingest run` reads with no INPUT
EXPECTED = ROOT / "expected"  # the samples' actions, written by hand
SAMPLEGEN = ROOT / "samplegen"  # the scripts that build the generated samples
FIXTURES = ROOT / "tests" / "fixtures"  # inputs for tests only (a .doc needs LibreOffice to read)
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """`plan-ingest run` on the bundled samples, as the Python API gives it."""
    from plan_ingest import ingest

    out = tmp_path_factory.mktemp("out")
    result = ingest.run(None, out=out)
    return result, out
