"""Every input gets a row: special files, broken and looping links, links out of the folder and
names that are not UTF-8 are reported in words, never opened and never lost."""
from __future__ import annotations

import os
import shutil

import pytest

from plan_ingest import ingest
from plan_ingest.ingest.discover import Selection, discover

from conftest import SAMPLES

PLAN = SAMPLES / "haringey_procurement_action_plan.docx"


@pytest.fixture
def odd_folder(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(PLAN, folder / "good.docx")
    os.mkfifo(folder / "pipe.txt")
    (folder / "dangling.pdf").symlink_to(tmp_path / "gone.pdf")
    (folder / "loop_a.pdf").symlink_to(folder / "loop_b.pdf")
    (folder / "loop_b.pdf").symlink_to(folder / "loop_a.pdf")
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("Ref\tAction\n1\tRead me\n", encoding="utf-8")
    (folder / "outside.txt").symlink_to(secret)
    (folder / "inside.docx").symlink_to(folder / "good.docx")
    shutil.copy(PLAN, folder / ".hidden.docx")
    shutil.copy(PLAN, os.fsencode(folder) + b"/caf\xe9.docx")
    return folder


EXPECTED = {
    "pipe.txt": "named pipe",
    "dangling.pdf": "broken symbolic link",
    "loop_a.pdf": "loop",
    "loop_b.pdf": "loop",
    "outside.txt": "outside the input folder",
}


def test_every_input_has_a_row_with_a_reason(odd_folder, tmp_path):
    result = ingest.run([odd_folder], out=tmp_path / "out", workers=0)
    rows = {d.source_file: d for d in result.documents}
    for name, reason in EXPECTED.items():
        assert rows[name].status == "failed" and reason in rows[name].error, (name, rows[name].error)
    for name in ("good.docx", ".hidden.docx", "caf\ufffd.docx"):
        assert rows[name].status == "ok" and rows[name].actions == 38
    assert "inside.docx" not in rows, "a link to a file already read is read once"
    assert not any("Read me" in a.action for a in result.actions), "a link out of the folder is not followed"
    assert result.exit_code == 1


def test_selection_filters_folders_not_named_files(odd_folder):
    found = discover([odd_folder, PLAN], Selection(include=("good.*",)))
    assert [f.source_file for f in found.files] == ["good.docx", PLAN.name]
