"""The same plan saved in other formats gives the same actions.

Each Word sample is converted by LibreOffice to .pdf, .odt and .html, and the .odt back to .docx (a
LibreOffice-written Word file); every copy must give exactly the actions of the original .docx.
"""
from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest

from plan_ingest.extractors import extract
from plan_ingest.extractors.convert import available, converted

from conftest import SAMPLES

pytestmark = pytest.mark.skipif(
    not available(), reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
)

PLANS = ["haringey_procurement_action_plan", "halton_delivery_plan"]
COPIES = ["pdf", "odt", "html", "odt.docx"]
COMPARED = [
    "section", "ref", "action", "responsible", "responsible_roles", "responsible_roles_expanded",
    "timeframe", "timeframe_kind", "start_date", "end_date", "recurrence", "outcome", "linkage", "status",
]


def _convert(source, target, dest):
    with converted(source, target) as out:
        shutil.copyfile(out, dest)
    return dest


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """{plan: {copy: path}}, converted in parallel: each conversion has its own LibreOffice profile."""
    folder = tmp_path_factory.mktemp("formats")
    with ThreadPoolExecutor(max_workers=4) as pool:
        first = {
            (plan, target): pool.submit(_convert, SAMPLES / f"{plan}.docx", target, folder / f"{plan}.{target}")
            for plan in PLANS for target in ("pdf", "odt", "html")
        }
        paths = {key: job.result() for key, job in first.items()}
        again = {plan: pool.submit(_convert, paths[(plan, "odt")], "docx", folder / f"{plan}.odt.docx") for plan in PLANS}
        for plan, job in again.items():
            paths[(plan, "odt.docx")] = job.result()
    return {plan: {copy: paths[(plan, copy)] for copy in COPIES} for plan in PLANS}


def actions(path) -> list[dict]:
    from plan_ingest.normalise import normalise

    return [{k: getattr(a, k) for k in COMPARED} for a in normalise(extract(path)).actions]


@pytest.mark.parametrize("copy", COPIES)
@pytest.mark.parametrize("plan", PLANS)
def test_same_actions_in_every_format(copies, plan, copy):
    want = actions(SAMPLES / f"{plan}.docx")
    got = actions(copies[plan][copy])
    assert len(got) == len(want), f"{plan}.{copy}: {len(got)} actions, the .docx has {len(want)}"
    for n, (g, w) in enumerate(zip(got, want), start=1):
        diffs = {k: (g[k], w[k]) for k in COMPARED if g[k] != w[k]}
        assert not diffs, f"{plan}.{copy} action {n}: {diffs}"
