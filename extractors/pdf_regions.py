"""Borderless tables, first stage: where they are. Lines are cut into segments at wide gaps and
column rules; a page set in columns is split at its gutters; runs of lines sharing whitespace
corridors become regions, and the corridors their columns.

The chain is line_to_segments -> lines_to_page_columns -> lines_to_regions -> region_to_columns.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from statistics import median

from .pdf_ruled import Edge
from .pdf_shapes import is_caption
from .pdf_words import TextLine, Word, box_around


@dataclass(frozen=True)
class StreamSettings:
    # a gap between words wider than this (in font sizes) may separate two columns
    column_gap: float = 0.5
    # a table region ends at a vertical gap wider than this many line heights
    region_gap: float = 2.6
    # lines at the top of a region that may cross corridors the body keeps open (spanning headers)
    max_header_lines: int = 7
    # a continuation line indented this much (font sizes) past its row's first line (hanging indent)
    hanging_indent: float = 0.6
    # line pitches this much larger than the usual pitch are gaps between rows
    row_gap_ratio: float = 1.35
    # a region needs this many lines split into columns, and two columns
    min_tabular_lines: int = 3
    # figures a gap this wide (font sizes: a word space) apart are two columns when the gap runs
    # down the rows, with figures either side of it in this share of them
    figure_gap: float = 0.2
    figure_rows: float = 0.6
    # a rule spanning this share of a region's width separates rows
    rule_span: float = 0.6
    # a single line of this many words across this share of a table's width is running prose
    prose_words: int = 10
    prose_width: float = 0.6
    # type this much larger or smaller than a table's (as a share) is not part of it
    size_change: float = 0.2
    # columns all holding this many words per line are columns of a page, not of a table
    narrative_words: float = 5.0
    # a gap this wide (font sizes) beside a piece of this many words, down this many lines, is the
    # gutter between columns of the page
    gutter_gap: float = 1.2
    prose_segment_words: int = 6
    gutter_lines: int = 4


STREAM = StreamSettings()


@dataclass
class Segment(TextLine):
    """Words of one line close enough together to be one cell's text."""


@dataclass
class Line:
    """A text line cut into segments at wide gaps and at column rules."""

    segments: list[Segment]
    top: float = 0.0
    bottom: float = 0.0
    size: float = 10.0

    def __post_init__(self) -> None:
        _, self.top, _, self.bottom = box_around(self.segments)
        self.size = max(w.size for s in self.segments for w in s.words)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @property
    def tabular(self) -> bool:
        # a caption (`Table 3.   Actions`) is spaced like a row but is never part of the table
        return len(self.segments) >= 2 and not _caption_or_note(self.segments[0].text)

    @property
    def bold(self) -> bool:
        return all(w.bold for s in self.segments for w in s.words)


# a note under a table (`Source: ONS`) is spaced like a row too
_NOTE = re.compile(r"^(?:sources?|notes?)\s*:", re.IGNORECASE)


def _caption_or_note(text: str) -> bool:
    return is_caption(text) or bool(_NOTE.match(text))


@dataclass
class Region:
    lines: list[Line]
    header_lines: int = 0
    corridors: list[tuple[float, float]] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)


# ---------------------------------------------------------------- lines -> segments


def line_to_segments(line: TextLine, v_rules: list[Edge], settings: StreamSettings = STREAM) -> Line:
    segments: list[list[Word]] = []
    cy = (line.top + line.bottom) / 2
    for word in line.words:
        if segments:
            prev = segments[-1][-1]
            gap = word.x0 - prev.x1
            wide = gap > settings.column_gap * max(min(prev.size, word.size), 1.0)
            ruled = any(prev.x1 - 1 <= r.pos <= word.x0 + 1 and r.a <= cy <= r.b for r in v_rules)
            if not (wide or ruled):
                segments[-1].append(word)
                continue
        segments.append([word])
    return Line([Segment(ws) for ws in segments])


# ---------------------------------------------------------------- corridors


def corridors(lines: list[Line], x0: float, x1: float, min_width: float, allowed: int = 0) -> list[tuple[float, float]]:
    """x intervals inside x0..x1 that at most `allowed` of the lines cover with text."""
    events: list[tuple[float, int]] = []
    for line in lines:
        for s in line.segments:
            events.append((s.x0, 1))
            events.append((s.x1, -1))
    events.sort()
    out = []
    depth = 0
    start = x0
    for x, step in events:
        before = depth
        depth += step
        if before <= allowed < depth:  # leaving a gap
            if x - start >= min_width and start > x0 and x < x1:
                out.append((start, x))
        elif before > allowed >= depth:  # entering a gap
            start = x
    return out


def _rule_corridors(v_rules: list[Edge], top: float, bottom: float, x0: float, x1: float) -> list[tuple[float, float]]:
    """Column rules running down most of the band top..bottom."""
    out = []
    height = max(bottom - top, 1.0)
    for r in v_rules:
        if x0 < r.pos < x1 and min(r.b, bottom) - max(r.a, top) >= 0.6 * height:
            out.append((r.pos, r.pos))
    return out


def _merge_corridors(found: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for a, b in sorted(found):
        if out and a <= out[-1][1] + 0.5:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# ---------------------------------------------------------------- lines -> regions


def lines_to_regions(lines: list[Line], h_rules: list[Edge], settings: StreamSettings = STREAM) -> list[Region]:
    """Runs of lines that share column corridors: candidate borderless tables. A tabular line joins
    the run when one of its gaps lines up with a gap of the run's recent tabular lines."""
    regions: list[Region] = []
    run: list[Line] = []
    heads: list[Line] = []
    passed: list[Line] = []  # lines since the last run, not in any

    def close() -> None:
        nonlocal run
        region = _trim(run, settings)
        if region is not None:
            region.lines[:0] = heads
            regions.append(region)
        run = []

    for line in lines:
        if run:
            last = run[-1]
            if line.top - last.bottom > settings.region_gap * max(last.size, line.size) or _breaks_run(line, run, settings):
                close()
                passed = []
        if not run:
            if line.tabular:
                run = [line]
                heads = _group_headings(passed, line)
                passed = []
            else:
                passed.append(line)
            continue
        if line.tabular:
            recent = [g for other in [x for x in run if x.tabular][-3:] for g in _line_gaps(other)]
            if not _intersect(recent, _line_gaps(line)) or _repeats_header(line, run, settings):
                # the lines under the last tabular one may head the next table
                end = max(k for k, x in enumerate(run) if x.tabular) + 1
                passed = run[end:]
                run = run[:end]
                close()
                run = [line]
                heads = _group_headings(passed, line)
                passed = []
                continue
        run.append(line)
    close()
    return [part for region in regions for part in _split_stacked(region, settings)]


def _split_stacked(region: Region, settings: StreamSettings) -> list[Region]:
    """A table set straight under another, with no gap and a header of its own whose columns
    line up with nothing above (`Indicator | Baseline | Target` under `Ref | Action | Owner`),
    is a region of its own. A line starts one when most pieces below it fit none of the edges
    (left, right, centre) of the pieces above, and most pieces above fit none of those below."""
    lines = region.lines
    size = median(x.size for x in lines)
    for i in range(settings.min_tabular_lines + 1, len(lines) - settings.min_tabular_lines):
        line = lines[i]
        if not line.tabular or any(is_figure(s.text) for s in line.segments):
            continue
        above, below = lines[:i], lines[i:]
        # the line itself first: cheap, and it rules out nearly every line
        if _misfit([line], above, size) < 0.5:
            continue
        # ... and the lines above must end in a body of their own: rows that fit the lines before
        # them (a header of several staggered lines fits nothing and is no table)
        tail = settings.min_tabular_lines
        if _misfit(above[-tail:], above[:-tail], size) >= 0.5:
            continue
        if _misfit(below, above, size) >= 0.5 and _misfit(above, below, size) >= 0.5:
            return [Region(above, region.header_lines)] + _split_stacked(Region(below), settings)
    return [region]


def _misfit(lines: list[Line], others: list[Line], size: float) -> float:
    """The share of the tabular lines' pieces after the first that fit no edge of the others' pieces."""
    pieces = [s for x in lines if x.tabular for s in x.segments[1:]]
    theirs = [s for x in others if x.tabular for s in x.segments[1:]]
    if not pieces or not theirs:
        return 0.0
    edges = [sorted(s.x0 for s in theirs), sorted(s.x1 for s in theirs), sorted((s.x0 + s.x1) / 2 for s in theirs)]
    tol = 0.3 * size
    misfits = sum(1 for s in pieces if not any(
        _near(group, v, tol) for v, group in zip((s.x0, s.x1, (s.x0 + s.x1) / 2), edges)))
    return misfits / len(pieces)


def _near(values: list[float], x: float, tol: float) -> bool:
    k = bisect.bisect_left(values, x - tol)
    return k < len(values) and values[k] <= x + tol


def _repeats_header(line: Line, run: list[Line], settings: StreamSettings) -> bool:
    """The line prints the words of the run's first line again, after a body: a second table set
    under the first with the same header (`Proportion | 1.7 | 1.8` under `Proportion | 1.0 | 1.1`).
    Only the words count, not the figures (`Year 2025` repeats `Year 2021`)."""
    words = _header_words(line)
    if len("".join(words)) < 3 or words != _header_words(run[0]):
        return False
    return sum(1 for x in run if x.tabular) > settings.min_tabular_lines


def _header_words(line: Line) -> list[str]:
    out = []
    for seg in line.segments:
        words = [w for w in seg.text.casefold().split() if not is_figure(w)]
        if words:
            out.append(" ".join(words))
    return out


def _group_headings(passed: list[Line], first: Line) -> list[Line]:
    """The lines set tight above a table's first line and over its columns after the first: a
    heading over a group of columns (`Design effect` over `1.0 | 1.1 | 1.2`), which has one piece
    of text and so is no tabular line itself. A caption or a line reaching over the first column
    is not one."""
    out: list[Line] = []
    below = first
    for line in reversed(passed[-2:]):
        size = max(line.size, below.size)
        tight = below.top - line.bottom <= 0.5 * size
        over = line.x0 >= first.segments[1].x0 - size and line.x1 <= first.x1 + size
        if not (tight and over) or is_caption(line.segments[0].text) or _caption_or_note(line.segments[0].text):
            break
        out.insert(0, line)
        below = line
    return out


def _breaks_run(line: Line, run: list[Line], settings: StreamSettings) -> bool:
    """A caption, a line of running prose across the table's width, or a change of type size ends a run."""
    if _caption_or_note(line.segments[0].text):
        return True
    x0 = min(x.x0 for x in run)
    x1 = max(x.x1 for x in run)
    words = sum(len(s.words) for s in line.segments)
    if not line.tabular and words >= settings.prose_words and line.x1 - line.x0 >= settings.prose_width * (x1 - x0):
        return True
    if len(run) >= 3:
        usual = median(x.size for x in run)
        if abs(line.size - usual) > settings.size_change * usual:
            return True
    return False


def _line_gaps(line: Line) -> list[tuple[float, float]]:
    return [(a.x1, b.x0) for a, b in zip(line.segments, line.segments[1:])]


def _intersect(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = []
    for p0, p1 in a:
        for q0, q1 in b:
            lo, hi = max(p0, q0), min(p1, q1)
            if hi >= lo:
                out.append((lo, hi))
    return out


def _trim(run: list[Line], settings: StreamSettings) -> Region | None:
    """Drop trailing lines that are not split into columns; a region needs enough tabular lines."""
    # trailing lines with one piece of text: the last row's wrapped cell text when set tight under it
    # and inside one column; otherwise notes or prose after the table
    end = len(run)
    while end and not run[end - 1].tabular:
        end -= 1
    if end:
        gaps = _line_gaps(run[end - 1])
        keep = end
        for line in run[end:]:
            prev = run[keep - 1]
            tight = line.top - prev.bottom <= 0.5 * line.size
            inside = not any(line.x0 < a and line.x1 > b for a, b in gaps)
            if not (tight and inside):
                break
            keep += 1
        run = run[:keep]
    while run and not run[0].tabular:
        run = run[1:]
    if sum(1 for line in run if line.tabular) < settings.min_tabular_lines:
        return None
    if _narrative(run, settings) or _list(run, settings):
        return None
    return Region(list(run))


def _narrative(run: list[Line], settings: StreamSettings) -> bool:
    """Columns of running text side by side (a page set in columns), not a table: every column's
    lines are long. A table has at least one column of short entries: a ref, a lead, a date."""
    tabular = [line for line in run if line.tabular]
    if sum(1 for line in tabular if len(line.segments) > 3) > 0.15 * len(tabular):
        return False
    starts: list[list[Segment]] = []  # segments grouped by where they start
    for seg in sorted((s for line in tabular for s in line.segments), key=lambda s: s.x0):
        if starts and seg.x0 - starts[-1][-1].x0 <= 2 * seg.words[0].size:
            starts[-1].append(seg)
        else:
            starts.append([seg])
    columns = [group for group in starts if len(group) >= 0.3 * len(tabular)]
    if len(columns) < 2:
        return False
    for group in columns:
        counts = sorted(len(s.words) for s in group)
        if counts[len(counts) // 2] < settings.narrative_words:
            return False
    return True


_MARKER = re.compile(r"^([•▪‣◦●○■□➢➤►\-–—−*\uf0b7\uf0a7\uf076\uf0d8]|\(?[0-9]{1,3}(\.[0-9]{1,3}){0,3}[.)]?"
                     r"|\(?[a-z]{1,2}[.)]|\(?[ivx]{1,4}[.)])$", re.IGNORECASE)


def _list(run: list[Line], settings: StreamSettings) -> bool:
    """A bulleted or numbered list, not a table: every split line is a marker and a run of prose.
    (An action plan prints more than a number and the action: a lead, a date, an outcome.)"""
    tabular = [line for line in run if line.tabular]
    if any(len(line.segments) != 2 for line in tabular):
        return False
    if not all(_MARKER.match(line.segments[0].text) for line in tabular):
        return False
    words = sorted(len(line.segments[1].words) for line in tabular)
    return words[len(words) // 2] >= settings.narrative_words or all(
        line.segments[0].text in "•▪‣◦●○■□➢➤►-–—−*\uf0b7\uf0a7\uf076\uf0d8" for line in tabular)


# ---------------------------------------------------------------- region -> columns


def region_to_columns(region: Region, v_rules: list[Edge], settings: StreamSettings = STREAM) -> list[tuple[float, float]]:
    """Corridors separating the region's columns; top lines that cross corridors the body keeps open
    become header lines (a header spanning several columns)."""
    groups = _group_heading_lines(region.lines, settings)
    tabular = [line for line in region.lines if line.tabular and line not in groups]
    x0, x1 = region.x0, region.x1
    size = median(line.size for line in region.lines)
    min_width = settings.column_gap * size * 0.9
    ruled = _rule_corridors(v_rules, region.lines[0].top, region.lines[-1].bottom, x0, x1)
    best = _merge_corridors(corridors(tabular, x0, x1, min_width, _allowance(len(tabular))) + ruled)
    best_k = 0
    limit = min(settings.max_header_lines, len(tabular) // 3)
    for k in range(1, limit + 1):
        top_cut = tabular[k].top
        rest = [line for line in tabular if line.top >= top_cut]
        found = _merge_corridors(corridors(rest, x0, x1, min_width, _allowance(len(rest))) + ruled)
        if len(found) > len(best):
            best, best_k = found, k
    best = _merge_corridors(best + _overflow_corridors(tabular, best, x0, x1, min_width, size, settings))
    best = _without_heading_columns(region.lines, best, settings)
    if best_k:
        cut = tabular[best_k].top
        region.header_lines = sum(1 for line in region.lines if line.top < cut)
    figures = figure_corridors(region, best, size, settings)
    if figures:
        best = _merge_corridors(best + figures)
        for line in region.lines:
            _cut_at(line, figures)
    region.corridors = best
    return best


def _group_heading_lines(lines: list[Line], settings: StreamSettings) -> list[Line]:
    """Top lines of group headings (`Men     Women` over `no. | (95% CI) | no. | (95% CI)`): fewer
    pieces than the line under them, all clear of the first column. Centred over the gaps between
    their columns, they would narrow or split them; the columns come from the lines below."""
    out = []
    for line, below in itertools.pairwise(lines[:settings.max_header_lines + 1]):
        if len(below.segments) >= 2 and len(line.segments) < len(below.segments) and line.x0 > below.segments[0].x1:
            out.append(line)
        else:
            break
    return out


def _overflow_corridors(tabular: list[Line], found: list[tuple[float, float]], x0: float, x1: float,
                        min_width: float, size: float, settings: StreamSettings) -> list[tuple[float, float]]:
    """Corridors one more line crosses than allowed, where that line's text overflows from the
    column on the left into an empty cell on the right (`Review the parking strategy with partners`
    running under the `Lead` heading): the crossing piece starts where other lines' pieces start,
    on a line with other pieces, and most lines have text on both sides of the corridor."""
    allowed = _allowance(len(tabular))
    out = []
    for a, b in corridors(tabular, x0, x1, min_width, allowed + 1):
        if any(a < q1 and q0 < b for q0, q1 in found):
            continue
        crossing = [(line, seg) for line in tabular for seg in line.segments if seg.x0 < b and seg.x1 > a]
        both = sum(1 for line in tabular if any(s.x1 <= a for s in line.segments) and any(s.x0 >= b for s in line.segments))
        if not crossing or both < max(settings.min_tabular_lines, 0.6 * len(tabular)):
            continue
        starts = [s.x0 for line in tabular for s in line.segments]
        if all(len(line.segments) >= 2 and seg.x0 < a and sum(1 for x in starts if abs(x - seg.x0) <= 0.5 * size) >= 3
               for line, seg in crossing):
            out.append((a, b))
    return out


def _without_heading_columns(lines: list[Line], found: list[tuple[float, float]],
                             settings: StreamSettings) -> list[tuple[float, float]]:
    """Corridors with no column between them but group headings: `Men` set over the gap between
    `no.` and `(95% CI)` splits that gap in two, and the strip it leaves between is no column.
    Such a strip holds text only on a top line that has fewer pieces than the header line under
    it; the two corridors become one."""
    out = list(found)
    j = 1
    while j < len(out):
        lo, hi = out[j - 1][1], out[j][0]
        holders = [i for i, line in enumerate(lines) if any(s.x0 < hi and s.x1 > lo for s in line.segments)]
        last = max(holders, default=-1)
        if (holders and last < settings.max_header_lines and len(lines) - last - 1 >= settings.min_tabular_lines
                and len(lines[last + 1].segments) > len(lines[last].segments)):
            out[j - 1:j + 1] = [(out[j - 1][0], out[j][1])]
            continue
        j += 1
    return out


# a figure as tables print them: 12, 3.5%, (1,204), -0.2, $40 (a lone dash, for nothing, is one
# too, but `10 - 19` is a range, not three columns: it counts only among figures that are numbers)
_FIGURE = re.compile(r"^[(\[]?[-–—−+]?[$£€]?\d[\d,.]*%?[)\]]?$")
def is_figure(text: str) -> bool:
    return bool(_FIGURE.match(text))


_THOUSANDS = re.compile(r"^\d{3}(?:[.,]\d+)?%?\)?$")
_GROUPED = re.compile(r"^[(\[]?[-–—−+]?[$£€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?[)\]]?$")


@dataclass
class _Spans:
    """A line as its words alone, each its own piece, for corridors()."""

    segments: list[Word]


def figure_corridors(region: Region, found: list[tuple[float, float]], size: float,
                     settings: StreamSettings = STREAM) -> list[tuple[float, float]]:
    """Corridors inside the region's columns that only a word space wide split figures
    (figure_corridors_in), looked for in its body lines."""
    body = [line for line in region.lines[region.header_lines:] if line.tabular] or \
        [line for line in region.lines if line.tabular]
    bounds = [region.x0] + [(a + b) / 2 for a, b in found] + [region.x1]
    lines = [[w for seg in line.segments for w in seg.words] for line in body]
    extra = []
    for a, b in itertools.pairwise(bounds):
        extra += figure_corridors_in(lines, a, b, size, settings)
    return extra


def figure_corridors_in(lines: list[list[Word]], a: float, b: float, size: float,
                        settings: StreamSettings = STREAM) -> list[tuple[float, float]]:
    """Between a and b, corridors only a word space wide that split figures: columns of numbers set
    a single space apart (`344 75.2 12196 17.4%`) line up down the rows even where the gap between
    them is no wider than a space. A corridor counts when it runs clear down the lines, with
    figures either side of it in most of them (and is not a thousands separator, `12 196`)."""
    rows = [words for words in ([w for w in line if a < w.cx < b] for line in lines) if words]
    if len(rows) < settings.min_tabular_lines:
        return []
    # figures grouped with commas (`2,400 2,800`) show that a space is no thousands separator here
    grouped = any(_GROUPED.match(w.text) for r in rows for w in r)
    extra = []
    for g0, g1 in corridors([_Spans(r) for r in rows], a, b, settings.figure_gap * size, _allowance(len(rows))):
        pairs = []
        for r in rows:
            left = [w for w in r if w.x1 <= g0]
            right = [w for w in r if w.x0 >= g1]
            if left and right:
                pairs.append((max(left, key=lambda w: w.x1).text, min(right, key=lambda w: w.x0).text))
        if len(pairs) < settings.figure_rows * len(rows):
            continue
        figures = sum(1 for x, y in pairs if _FIGURE.match(x) and _FIGURE.match(y))
        thousands = 0 if grouped else sum(1 for x, y in pairs if x.isdigit() and len(x) <= 3 and _THOUSANDS.match(y))
        if figures >= 0.8 * len(pairs) and thousands < 0.5 * len(pairs):
            extra.append((g0, g1))
    return extra


def _cut_at(line: Line, cuts: list[tuple[float, float]]) -> None:
    """Split the line's segments where a corridor runs between two of their words."""
    out: list[Segment] = []
    for seg in line.segments:
        words: list[Word] = []
        for word in seg.words:
            if words and any(words[-1].x1 <= g0 and word.x0 >= g1 for g0, g1 in cuts):
                out.append(Segment(words))
                words = []
            words.append(word)
        out.append(Segment(words))
    line.segments = out


def _allowance(n_lines: int) -> int:
    # in a long table one line may overflow a column (a long label): it should not cost the column
    return n_lines // 25


# ---------------------------------------------------------------- columns of the page


@dataclass
class Gutter:
    """The white strip between two columns of a page, from `top` to `bottom`."""

    x: float
    top: float
    bottom: float


def find_gutters(lines: list[Line], settings: StreamSettings = STREAM) -> list[Gutter]:
    """Gaps that run down many lines with running prose on one side, set in another size or on
    other baselines than the text across the gap: the page is set in columns there. (A table's cells
    share one size and one baseline per row, whatever they hold.)"""
    found: list[tuple[float, float, Line]] = []
    for line in lines:
        for a, b in zip(line.segments, line.segments[1:]):
            prose = max(len(a.words), len(b.words)) >= settings.prose_segment_words
            if not prose or b.x0 - a.x1 < settings.gutter_gap * line.size:
                continue
            size_a = max(w.size for w in a.words)
            size_b = max(w.size for w in b.words)
            apart = abs(size_a - size_b) > 0.08 * max(size_a, size_b) or abs(a.bottom - b.bottom) > 0.2 * size_a
            if apart:
                found.append((a.x1, b.x0, line))
    found.sort(key=lambda g: (g[0] + g[1]) / 2)
    gutters = []
    cluster: list[tuple[float, float, Line]] = []

    def close() -> None:
        if len(cluster) >= settings.gutter_lines:
            lo = max(g[0] for g in cluster)
            hi = min(g[1] for g in cluster)
            x = (lo + hi) / 2 if hi > lo else sorted((g[0] + g[1]) / 2 for g in cluster)[len(cluster) // 2]
            gutters.append(Gutter(x, min(g[2].top for g in cluster), max(g[2].bottom for g in cluster)))

    for gap in found:
        if cluster and gap[0] > min(g[1] for g in cluster):
            close()
            cluster = []
        cluster.append(gap)
    close()
    return gutters


def lines_to_page_columns(lines: list[Line], settings: StreamSettings = STREAM) -> list[list[Line]]:
    """Lines grouped by the column of the page they sit in; a line beside a gutter is cut at it, so
    a table set beside running text is not read together with it."""
    gutters = find_gutters(lines, settings)
    if not gutters:
        return [lines]
    groups: dict[tuple, list[Line]] = {}
    for line in lines:
        gutter = next((g for g in gutters if g.top - line.size <= line.top <= g.bottom + line.size
                       and not any(s.x0 < g.x < s.x1 for s in line.segments)
                       and line.x0 < g.x < line.x1), None)
        if gutter is None:
            groups.setdefault(("page",), []).append(line)
            continue
        left = [s for s in line.segments if s.x1 <= gutter.x]
        right = [s for s in line.segments if s.x0 >= gutter.x]
        groups.setdefault((id(gutter), "left"), []).append(Line(left))
        groups.setdefault((id(gutter), "right"), []).append(Line(right))
    return list(groups.values())
