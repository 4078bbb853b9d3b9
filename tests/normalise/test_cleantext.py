"""Cell text cleaning, one row per case: markup, bullets, wraps and hyphenation."""
from __future__ import annotations

import pytest

from plan_ingest.normalise.cleantext import clean_cell

CASES = [
    ("plain text", "plain text"),
    ("  spaced   out\ttext ", "spaced out text"),
    ("wrapped line\ncontinues here", "wrapped line continues here"),
    ("<p>One</p> <p>Two</p>", "One\nTwo"),
    ("<p>Intro:</p><ul><li>first</li><li>second</li></ul>", "Intro:\n• first\n• second"),
    ("<ul style=\"list-style-type: none\"> • a. • b.", "• a.\n• b."),
    ("<li>• already bulleted</li>", "• already bulleted"),
    ("Fish &amp; chips &lt;3", "Fish & chips <3"),
    ("<ul\nstyle=\"x\">Item text", "Item text"),
    ("Lead:\n• one\n• two wraps\nonto here", "Lead:\n• one\n• two wraps onto here"),
    ("- dash item\n- second", "• dash item\n• second"),
    ("\uf0b7 wingdings bullet", "• wingdings bullet"),
    ("docu-\nmentation", "documentation"),
    ("procure-\nment plan", "procurement plan"),
    ("long-\nterm plan", "long-term plan"),
    ("co-\nordinated", "co-ordinated"),
    ("e-\ntendering", "e-tendering"),
    ("Dates 2010 -\n2011", "Dates 2010 - 2011"),
    ("", ""),
    ("<p></p>", ""),
    ("A<br>B", "A\nB"),
    ("Council’s £5m – fund", "Council’s £5m – fund"),
]


@pytest.mark.parametrize("raw, expected", CASES)
def test_clean_cell(raw, expected):
    assert clean_cell(raw) == expected


def test_single_line_form_joins_items():
    assert clean_cell("<p>A</p><p>B</p>", keep_lines=False) == "A B"


NUMBERED = [
    ("Steps:\n1. assess needs\n2. offer a place\n3. review", "Steps:\n1. assess needs\n2. offer a place\n3. review"),
    ("a) first item\nwraps here\nb) second", "a) first item wraps here\nb) second"),
    ("Para one.\u2029Para two\nwrapped.", "Para one.\nPara two wrapped."),
    ("Reduce by\n2 per cent", "Reduce by 2 per cent"),
]


@pytest.mark.parametrize("raw, expected", NUMBERED)
def test_numbered_items_and_author_breaks_stay_lines(raw, expected):
    assert clean_cell(raw) == expected
