"""Inputs and outputs at fsspec URLs (memory:// here; s3://, gcs://... alike): the same actions as
from local folders, the cache kept at the URL, every file published whole."""
from __future__ import annotations

import pytest

from plan_ingest import ingest

from batch_faults import pin_fingerprint, small_plan, write_plan

fsspec = pytest.importorskip("fsspec")


@pytest.fixture()
def memory_fs():
    fs = fsspec.filesystem("memory")
    yield fs
    for path in fs.ls("/", detail=False):
        fs.rm(path, recursive=True)


def test_urls_in_and_out_give_the_local_result(tmp_path, memory_fs, monkeypatch):
    pin_fingerprint(monkeypatch)
    local = tmp_path / "plans"
    for n in range(3):
        write_plan(local / "sub" / f"plan{n}.txt", small_plan(n))
        memory_fs.pipe(f"/plans/sub/plan{n}.txt", (local / "sub" / f"plan{n}.txt").read_bytes())
    memory_fs.pipe("/plans/notes.md", b"not a plan")
    # the memory filesystem lives in this process, so the files are read here (workers=0)
    remote = ingest.run(["memory://plans"], out="memory://out", workers=0)
    ingest.run([local], out=tmp_path / "out", workers=0)
    assert memory_fs.cat("/out/actions.csv") == (tmp_path / "out" / "actions.csv").read_bytes()
    assert [d.source_file for d in remote.documents] == ["sub/plan0.txt", "sub/plan1.txt", "sub/plan2.txt"]
    assert [str(p) for p in remote.skipped] == ["notes.md"]
    assert not [p for p in memory_fs.find("/out") if p.endswith(".part")]
    again = ingest.run(["memory://plans"], out="memory://out", workers=0)
    assert again.tally.cached == 3


def test_missing_url_is_reported_like_a_missing_folder():
    with pytest.raises(FileNotFoundError, match="memory://nowhere"):
        ingest.run(["memory://nowhere"], out="memory://out2", workers=0)
