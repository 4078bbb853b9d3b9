"""Ruled tables: drawn lines, box borders and cell shading to a grid of cells with their spans.

The chain is rules_to_edges -> edges_to_components -> component_to_grid -> grid_to_spans; a grid whose
rules separate only columns (or only rows) is left for the text-alignment finder to complete.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .pdf_page import Box, Rule


@dataclass(frozen=True)
class RuledSettings:
    # rules this close (points) across their length are one line; segments this close end to end join
    snap: float = 2.5
    join: float = 3.0
    # a rule meets another when it reaches within this distance of it
    meet: float = 2.5
    # a boundary exists between two cells when rules cover this share of their common side
    coverage: float = 0.6
    # rows or columns thinner than this (points) with no text are slivers between double rules
    sliver: float = 4.0
    min_edge: float = 4.0
    # a grid whose column rules mark fewer of its cell boundaries than this is ruled across rows only:
    # its columns are found from the text
    ruled_share: float = 0.35


RULED = RuledSettings()


@dataclass(slots=True)
class Edge:
    """A horizontal (pos = y, a..b = x range) or vertical (pos = x, a..b = y range) ruling."""

    horizontal: bool
    pos: float
    a: float
    b: float


@dataclass
class Grid:
    """A table's skeleton: boundaries between columns (xs) and rows (ys), and its cells as spans."""

    xs: list[float]
    ys: list[float]
    # (row, col, rowspan, colspan) of every cell, merged cells once
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    h_edges: list[Edge] = field(default_factory=list)
    v_edges: list[Edge] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1


# ---------------------------------------------------------------- rules -> edges


def rules_to_edges(rules: list[Rule], boxes: list[Box], settings: RuledSettings = RULED) -> list[Edge]:
    """Ruling lines and the sides of shaded boxes as edges, snapped and joined. Inside a grid drawn
    with rules, a box counts only where it shades whole cells: text shaded line by line, inset from
    the cell's sides, draws no cell boundaries."""
    lines = _snap_and_join_all([_rule_edge(r) for r in rules], settings)
    ruled = [g for g in (component_to_grid(c, settings) for c in edges_to_components(lines, settings)) if g]
    shading = [e for e in boxes_to_edges(boxes) if _fits_grids(e, ruled, settings)]
    return _snap_and_join_all(lines + shading, settings)


def _rule_edge(r: Rule) -> Edge:
    if r.horizontal:
        return Edge(True, (r.top + r.bottom) / 2, r.x0, r.x1)
    return Edge(False, (r.x0 + r.x1) / 2, r.top, r.bottom)


def _snap_and_join_all(edges: list[Edge], settings: RuledSettings) -> list[Edge]:
    joined = _snap_and_join([e for e in edges if e.horizontal], settings) + _snap_and_join(
        [e for e in edges if not e.horizontal], settings
    )
    return [e for e in joined if e.b - e.a >= settings.min_edge]


def _fits_grids(edge: Edge, grids: list[Grid], settings: RuledSettings) -> bool:
    """Outside every ruled grid any visible side counts; inside one, only a side whose ends meet the
    grid's own lines (a shaded cell or row, not shaded text)."""
    mid = (edge.a + edge.b) / 2
    tol = settings.snap + 1.0
    for g in grids:
        x, y = (mid, edge.pos) if edge.horizontal else (edge.pos, mid)
        if not (g.xs[0] + 1 < x < g.xs[-1] - 1 and g.ys[0] + 1 < y < g.ys[-1] - 1):
            continue
        ends = g.xs if edge.horizontal else g.ys
        lines = g.ys if edge.horizontal else g.xs
        # a side a few points off a rule would cut a sliver off the cell: it is padding, not a boundary
        if any(settings.snap < abs(edge.pos - v) <= settings.sliver + 2 for v in lines):
            return False
        return any(abs(edge.a - v) <= tol for v in ends) and any(abs(edge.b - v) <= tol for v in ends)
    return True


def boxes_to_edges(boxes: list[Box]) -> list[Edge]:
    """The sides of shaded boxes that show on the page: a side lying inside another box of the same
    colour is invisible (Word draws each shaded cell twice, the second time inset by the padding)."""
    dark = [b for b in boxes if not b.light]
    index = _BoxIndex(dark)
    edges = []
    for b in dark:
        mid_x, mid_y = (b.x0 + b.x1) / 2, (b.top + b.bottom) / 2
        sides = (
            (Edge(True, b.top, b.x0, b.x1), [(b.x0 + 1, b.top - 1), (mid_x, b.top - 1), (b.x1 - 1, b.top - 1)]),
            (Edge(True, b.bottom, b.x0, b.x1), [(b.x0 + 1, b.bottom + 1), (mid_x, b.bottom + 1), (b.x1 - 1, b.bottom + 1)]),
            (Edge(False, b.x0, b.top, b.bottom), [(b.x0 - 1, b.top + 1), (b.x0 - 1, mid_y), (b.x0 - 1, b.bottom - 1)]),
            (Edge(False, b.x1, b.top, b.bottom), [(b.x1 + 1, b.top + 1), (b.x1 + 1, mid_y), (b.x1 + 1, b.bottom - 1)]),
        )
        for edge, probes in sides:
            if not all(index.covered(x, y, b) for x, y in probes):
                edges.append(edge)
    return edges


class _BoxIndex:
    """Boxes bucketed on a coarse grid, to find those of a colour covering a point quickly."""

    CELL = 64.0

    def __init__(self, boxes: list[Box]) -> None:
        self.buckets: dict[tuple[int, int], list[Box]] = {}
        for b in boxes:
            for i in range(int(b.x0 // self.CELL), int(b.x1 // self.CELL) + 1):
                for j in range(int(b.top // self.CELL), int(b.bottom // self.CELL) + 1):
                    self.buckets.setdefault((i, j), []).append(b)

    def covered(self, x: float, y: float, box: Box) -> bool:
        for o in self.buckets.get((int(x // self.CELL), int(y // self.CELL)), ()):
            if o is not box and o.colour == box.colour and o.x0 <= x <= o.x1 and o.top <= y <= o.bottom:
                return True
        return False


def _snap_and_join(edges: list[Edge], settings: RuledSettings) -> list[Edge]:
    """Edges at nearly the same position become one line; overlapping or touching pieces join."""
    out: list[Edge] = []
    group: list[Edge] = []

    def flush() -> None:
        if not group:
            return
        pos = sum(e.pos for e in group) / len(group)
        pieces = sorted(group, key=lambda e: e.a)
        current = Edge(pieces[0].horizontal, pos, pieces[0].a, pieces[0].b)
        for e in pieces[1:]:
            if e.a <= current.b + settings.join:
                current.b = max(current.b, e.b)
            else:
                out.append(current)
                current = Edge(e.horizontal, pos, e.a, e.b)
        out.append(current)
        group.clear()

    for e in sorted(edges, key=lambda e: e.pos):
        if group and e.pos - group[-1].pos > settings.snap:
            flush()
        group.append(e)
    flush()
    return out


# ---------------------------------------------------------------- edges -> components


def _meets(h: Edge, v: Edge, tol: float) -> bool:
    return h.a - tol <= v.pos <= h.b + tol and v.a - tol <= h.pos <= v.b + tol


def edges_to_components(edges: list[Edge], settings: RuledSettings = RULED) -> list[list[Edge]]:
    """Groups of edges connected through their crossings; lone edges form groups of one."""
    hs = [e for e in edges if e.horizontal]
    vs = [e for e in edges if not e.horizontal]
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    vs_sorted = sorted(range(len(vs)), key=lambda k: vs[k].pos)
    positions = [vs[k].pos for k in vs_sorted]
    from bisect import bisect_left, bisect_right

    tol = settings.meet
    for i, h in enumerate(hs):
        lo = bisect_left(positions, h.a - tol)
        hi = bisect_right(positions, h.b + tol)
        for k in vs_sorted[lo:hi]:
            if _meets(h, vs[k], tol):
                a, b = find(i), find(len(hs) + k)
                if a != b:
                    parent[a] = b
    groups: dict[int, list[Edge]] = {}
    for i, e in enumerate(hs + vs):
        groups.setdefault(find(i), []).append(e)
    return list(groups.values())


# ---------------------------------------------------------------- component -> grid


def _cluster(values: list[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


def component_to_grid(component: list[Edge], settings: RuledSettings = RULED) -> Grid | None:
    """Row and column boundaries of one connected group of edges, with its frame completed where
    the table was drawn without one; None when the edges do not enclose at least two cells."""
    hs = [e for e in component if e.horizontal]
    vs = [e for e in component if not e.horizontal]
    if len(hs) < 1 or len(vs) < 1 or len(hs) + len(vs) < 4:
        return None
    xs = _cluster([v.pos for v in vs], settings.snap)
    ys = _cluster([h.pos for h in hs], settings.snap)
    left, right = min(h.a for h in hs), max(h.b for h in hs)
    top, bottom = min(v.a for v in vs), max(v.b for v in vs)
    # no outer frame: the rows' rules reach past the last column rule, the column rules past the last row
    if left < xs[0] - settings.sliver:
        xs.insert(0, left)
    if right > xs[-1] + settings.sliver:
        xs.append(right)
    if top < ys[0] - settings.sliver:
        ys.insert(0, top)
    if bottom > ys[-1] + settings.sliver:
        ys.append(bottom)
    if len(xs) < 2 or len(ys) < 2:
        return None
    grid = Grid(xs, ys, h_edges=hs, v_edges=vs)
    grid.spans = grid_to_spans(grid, settings)
    return grid


def _covered(edges: list[Edge], pos: float, a: float, b: float, settings: RuledSettings) -> bool:
    """Do edges at `pos` cover most of the interval a..b?"""
    need = (b - a) * settings.coverage
    got = 0.0
    for e in edges:
        if abs(e.pos - pos) <= settings.snap:
            got += max(0.0, min(e.b, b) - max(e.a, a))
    return got >= need


def grid_to_spans(grid: Grid, settings: RuledSettings = RULED) -> list[tuple[int, int, int, int]]:
    """Elementary cells merged wherever no rule separates them, as rectangles (row, col, rowspan, colspan)."""
    n_rows, n_cols = grid.n_rows, grid.n_cols
    xs, ys = grid.xs, grid.ys
    v_wall = [[_covered(grid.v_edges, xs[j], ys[i], ys[i + 1], settings) for j in range(n_cols + 1)]
              for i in range(n_rows)]
    h_wall = [[_covered(grid.h_edges, ys[i], xs[j], xs[j + 1], settings) for j in range(n_cols)]
              for i in range(n_rows + 1)]
    taken = [[False] * n_cols for _ in range(n_rows)]
    spans = []
    for i in range(n_rows):
        for j in range(n_cols):
            if taken[i][j]:
                continue
            w = 1
            while j + w < n_cols and not v_wall[i][j + w] and not taken[i][j + w]:
                w += 1
            h = 1
            while i + h < n_rows:
                below = i + h
                if any(h_wall[below][k] or taken[below][k] for k in range(j, j + w)):
                    break
                # the merged block must stay a rectangle: same walls inside and at its sides
                if any(v_wall[below][k] for k in range(j + 1, j + w)):
                    break
                if j + w < n_cols and not v_wall[below][j + w]:
                    break
                h += 1
            for r in range(i, i + h):
                for c in range(j, j + w):
                    taken[r][c] = True
            spans.append((i, j, h, w))
    return spans


def edges_to_grids(edges: list[Edge], settings: RuledSettings = RULED) -> list[Grid]:
    """Every ruled grid of at least two rows and two columns."""
    grids = []
    for component in edges_to_components(edges, settings):
        grid = component_to_grid(component, settings)
        if grid is not None and grid.n_rows >= 1 and grid.n_cols >= 1 and len(grid.spans) >= 2:
            grids.append(grid)
    return grids


def column_wall_share(grid: Grid, settings: RuledSettings = RULED) -> float:
    """Share of the boundaries between neighbouring cells of a row that a column rule marks."""
    inner = [(i, j) for i in range(grid.n_rows) for j in range(1, grid.n_cols)]
    if not inner:
        return 0.0
    walls = sum(1 for i, j in inner if _covered(grid.v_edges, grid.xs[j], grid.ys[i], grid.ys[i + 1], settings))
    return walls / len(inner)
