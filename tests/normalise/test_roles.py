"""Table-driven tests for normalise.roles: responsible cells to roles, acronyms found and spelt out.

The cell table lives in roles_cases.yaml (shared with benchmarks/roles_bench.py).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_ingest.normalise.roles import expand_roles, find_acronyms, role_pipeline, split_roles

CASES = yaml.safe_load((Path(__file__).parent / "roles_cases.yaml").read_text(encoding="utf-8"))[
    "cases"
]


@pytest.mark.parametrize(
    "cell, expected",
    [pytest.param(c["cell"], c["roles"], id=f"{c['family']}-{i:03d}") for i, c in enumerate(CASES)],
)
def test_split_roles(cell: str, expected: list[str]) -> None:
    assert split_roles(cell) == expected


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("((Head of Finance", ["Head of Finance"]),
        ("TBC / N/A", []),
        ("<p>Head of Finance</p><p>Head of Legal</p>", ["Head of Finance", "Head of Legal"]),
        ("Head of Finance &amp; Legal", ["Head of Finance & Legal"]),
        ('"Stream Board"', ["Stream Board"]),
        ("Head of Finance (from April 2011)", ["Head of Finance"]),
        ("Legal, Finance etc", ["Legal", "Finance"]),
        ("Head of\tFinance\r\nHead of Legal", ["Head of Finance", "Head of Legal"]),
        ("   ", []),
    ],
)
def test_untidy_cells(cell: str, expected: list[str]) -> None:
    assert split_roles(cell) == expected


# words and separators responsible cells are made of, for cells no one wrote by hand
PIECES = [
    "Head", "of", "Finance", "and", "Legal", "Manager", "/", ",", "(", ")", "CPU", "Board", "&",
    "to", "lead", "J.", "Smith", "Director", "Team", ";", "-", "the", "TBC", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_roles_are_made_of_the_cells_own_words(pieces: list[str]) -> None:
    cell = " ".join(pieces)
    roles = split_roles(cell)
    words = set(re.findall(r"\w+", cell))
    assert all(role and set(re.findall(r"\w+", role)) <= words for role in roles)
    assert len({role.casefold() for role in roles}) == len(roles)


def test_case_table_is_large_and_varied() -> None:
    families = {c["family"] for c in CASES}
    assert len(CASES) >= 150
    assert {"seed", "council", "nhs", "housing", "police", "combined"} <= families


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Corporate Procurement Unit (CPU) will monitor.",
            {"CPU": "Corporate Procurement Unit"},
        ),
        (
            "Report to CPU (Corporate Procurement Unit) quarterly",
            {"CPU": "Corporate Procurement Unit"},
        ),
        ("as set out in the strategy (see page 4)", {}),
        (
            "Chief Executive's Management Board (CEMB)",
            {"CEMB": "Chief Executive's Management Board"},
        ),
        (
            "the Office of the Police and Crime Commissioner (OPCC)",
            {"OPCC": "Office of the Police and Crime Commissioner"},
        ),
        ("Department for Education (DfE) guidance", {"DfE": "Department for Education"}),
        ("Key Performance Indicators (KPIs) are reported", {"KPIs": "Key Performance Indicators"}),
        ("West Midlands Combined Authority (WMCA)", {"WMCA": "West Midlands Combined Authority"}),
        (
            "Information and Communications Technology (ICT)",
            {"ICT": "Information and Communications Technology"},
        ),
        ("progress is reported to the board (SB)", {}),
        ("Monitor delivery via the Stream Board (SB). Report to SB.", {"SB": "Stream Board"}),
        ("Corporate Procurement\nUnit (CPU)", {"CPU": "Corporate Procurement Unit"}),
        ("Anti-Social Behaviour (ASB) team", {"ASB": "Anti-Social Behaviour"}),
        ("Q3 (2011/12) and (N/A)", {}),
        ("", {}),
    ],
)
def test_find_acronyms(text: str, expected: dict[str, str]) -> None:
    assert find_acronyms(text) == expected


def test_first_definition_wins() -> None:
    text = "Stream Board (SB) ... Strategy Board (SB)"
    assert find_acronyms(text) == {"SB": "Stream Board"}


@pytest.mark.parametrize(
    "roles, acronyms, expected",
    [
        (
            ["CPU", "Corporate Finance", "Legal"],
            {"CPU": "Corporate Procurement Unit"},
            ["Corporate Procurement Unit", "Corporate Finance", "Legal"],
        ),
        (["SB Chair"], {"SB": "Stream Board"}, ["Stream Board Chair"]),
        (["SB", "CEMB"], {"SB": "Stream Board"}, ["Stream Board", "CEMB"]),
        (["Head of ICT"], {"IC": "Investment Committee"}, ["Head of ICT"]),
        (["CCGs"], {"CCG": "Clinical Commissioning Group"}, ["Clinical Commissioning Groups"]),
        (
            ["OPCC Chief Executive"],
            {
                "OPCC": "Office of the Police and Crime Commissioner",
                "PCC": "Police and Crime Commissioner",
            },
            ["Office of the Police and Crime Commissioner Chief Executive"],
        ),
        (["Head of Procurement"], {}, ["Head of Procurement"]),
        ([], {"CPU": "Corporate Procurement Unit"}, []),
    ],
)
def test_expand_roles(roles: list[str], acronyms: dict[str, str], expected: list[str]) -> None:
    assert expand_roles(roles, acronyms) == expected


def test_seed_document_end_to_end() -> None:
    """A plan that defines CPU in its text and uses it in a responsible cell."""
    text = "The Corporate Procurement Unit (CPU) will monitor performance. CPU, Finance and Legal"
    roles = split_roles("CPU, Corporate Finance and Legal")
    assert expand_roles(roles, find_acronyms(text)) == [
        "Corporate Procurement Unit",
        "Corporate Finance",
        "Legal",
    ]


def test_pipeline_is_built_once_and_has_rule_components() -> None:
    nlp = role_pipeline()
    assert role_pipeline() is nlp
    assert {"role_entities", "role_shapes"} <= set(nlp.pipe_names)


def test_split_roles_returns_a_fresh_list() -> None:
    first = split_roles("Head of Finance and Head of Legal")
    first.append("mutated")
    assert split_roles("Head of Finance and Head of Legal") == ["Head of Finance", "Head of Legal"]


def test_import_does_not_load_spacy() -> None:
    code = "import sys, normalise.roles; assert 'spacy' not in sys.modules"
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
