"""Sections that only the rows together can tell: a side label printed down the rows it names
(often rotated, so read in pieces), and a numbered objective row heading its numbered actions."""
from __future__ import annotations

from .cleantext import squash
from .model import RowRecord


def parent_rows_as_sections(records: list[RowRecord]) -> list[RowRecord]:
    """A numbered objective row (`1 | Improve housing`) with nothing but its text, followed by its
    own numbered actions (`1.1`, `1.2` with leads and dates), heads a section rather than being an
    action of its own."""
    keep: list[RowRecord] = []
    for i, rec in enumerate(records):
        ref = squash(rec.values.get("ref", ""))
        bare = not any(squash(v) for f, v in rec.values.items() if f not in ("ref", "action"))
        children = []
        for other in records[i + 1:]:
            child_ref = squash(other.values.get("ref", ""))
            if not (child_ref.startswith(ref + ".") or child_ref.startswith(ref + " ")):
                break
            children.append(other)
        detailed = any(
            squash(c.values.get(f, "")) for c in children for f in ("responsible", "timeframe", "status", "outcome")
        )
        if ref and bare and detailed:
            title = squash(rec.values.get("action", ""))
            for child in children:
                if child.section == rec.section:
                    child.section = title
            continue
        keep.append(rec)
    return keep


def _piece_of(label: str, heading: str) -> bool:
    """Is a side label the heading's own name, or a piece of it broken off by a text export?"""
    if not heading or len(heading.split()) > 2:
        return False
    return label.lower().replace(" ", "") in heading.lower().replace(" ", "")


def apply_side_labels(records: list[RowRecord]) -> None:
    """A side label names the section of the rows it spans, even when a text export broke it up.

    A rotated label read row by row comes out in pieces, the bottom piece in the lower row
    (`ess` above `Proc` for `Process`). A piece of the section a heading already names takes
    that name; other pieces, the upper one starting mid-word, are joined back from the bottom.
    """
    labels = [r.side_label for r in records]
    i = 0
    while i < len(records):
        # pieces in adjacent rows, every piece but the lowest starting mid-word (`ship` / `tner` / `Par`)
        j = i
        while (
            j + 1 < len(records) and labels[j][:1].islower() and labels[j + 1]
            and records[j + 1].row == records[j].row + 1 and " " not in labels[j] + labels[j + 1]
        ):
            j += 1
        if j > i:
            whole = "".join(reversed(labels[i:j + 1]))
            labels[i:j + 1] = [whole] * (j + 1 - i)
        i = j + 1
    runs: list[list[int]] = []
    for i, rec in enumerate(records):
        if runs and records[runs[-1][0]].section == rec.section:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        heading = records[run[0]].section
        own = [labels[i] for i in run if labels[i] and not _piece_of(labels[i], heading)]
        if len(set(own)) == 1:
            # one label down the side of the whole run: rotated and merged, it names every row
            for i in run:
                records[i].section = own[0]
            continue
        current = own[0] if own else ""
        for i in run:
            if labels[i] and labels[i] in own:
                current = labels[i]
            if current:
                records[i].section = current
