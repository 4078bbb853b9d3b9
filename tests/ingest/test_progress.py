"""What a run tells its user: a bar only on a terminal, a line per file with --verbose, nothing but
errors with --quiet, and a one-line summary at the end."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest

from plan_ingest.ingest.progress import Progress
from plan_ingest.normalise import DocumentInfo

from batch_faults import small_plan, write_plan
from conftest import ROOT


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plans")
    for n in range(3):
        write_plan(folder / f"plan{n}.txt", small_plan(n))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing more")
    return folder


# (flags, lines on stderr that are not error lines, a line that must be there)
CLI_CASES = [
    ([], 1, "4 files: 3 ok, 0 without actions, 1 failed; 12 actions written to"),
    (["--verbose"], 5, "[4/4] "),
    (["--quiet"], 0, None),
]


@pytest.mark.parametrize("flags,lines,wanted", CLI_CASES, ids=["default", "verbose", "quiet"])
def test_cli_reports(tmp_path, plans, flags, lines, wanted):
    proc = subprocess.run(
        [sys.executable, "-m", "plan_ingest.ingest.cli", "run", str(plans), "-o", str(tmp_path), "--workers", "0", *flags],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("plan-ingest: broken.pdf: ")]
    others = [line for line in proc.stderr.splitlines() if line not in errors]
    assert len(errors) == 1 and len(others) == lines, proc.stderr
    assert "\r" not in proc.stderr and "|" not in proc.stderr  # no bar when stderr is not a terminal
    if wanted:
        assert any(wanted in line for line in others), proc.stderr


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream,drawn", [(Terminal(), True), (io.StringIO(), False)], ids=["terminal", "pipe"])
def test_bar_shows_files_actions_failures_on_a_terminal_only(stream, drawn):
    progress = Progress(3, bar=True, stream=stream)
    progress.update(DocumentInfo("a.pdf", "pdf", actions=5))
    progress.update(DocumentInfo("b.pdf", "pdf", status="failed", error="bad"))
    progress.update(DocumentInfo("c.pdf", "pdf", actions=2), cached=True)
    if progress.bar is not None:
        progress.bar.refresh()  # the bar redraws at most four times a second; this test is quicker
    text = stream.getvalue()
    progress.close()
    assert ("3/3" in text and "7 actions, 1 failed" in text) == drawn
    assert (progress.tally.files, progress.tally.actions, progress.tally.failed, progress.tally.cached) == (3, 7, 1, 1)


def test_quiet_and_verbose_together_is_bad_usage(tmp_path, plans):
    proc = subprocess.run([sys.executable, "-m", "plan_ingest.ingest.cli", "run", str(plans), "-o", str(tmp_path), "-q", "-v"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 2
