"""The batch on a real Dask LocalCluster (2 worker processes) writes the same actions.csv, byte for
byte, as the local pool."""
from __future__ import annotations

import csv

import pytest

from plan_ingest import ingest

from conftest import SAMPLES

pytest.importorskip("distributed")


def _documents(out):
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        return [{k: v for k, v in row.items() if k != "seconds"} for row in csv.DictReader(fh)]


@pytest.mark.dask
def test_local_cluster_matches_the_local_run(tmp_path):
    samples = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    local = ingest.run(samples, out=tmp_path / "local", workers=2, cache=False)
    on_dask = ingest.run(samples, out=tmp_path / "dask", workers=2, dask="local", cache=False)
    assert on_dask.tally == local.tally and local.tally.actions > 0
    assert (tmp_path / "dask" / "actions.csv").read_bytes() == (tmp_path / "local" / "actions.csv").read_bytes()
    assert _documents(tmp_path / "dask") == _documents(tmp_path / "local")
