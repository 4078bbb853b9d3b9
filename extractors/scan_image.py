"""A scanned page's image as arrays: where the ink is, how far the page is turned, its ruling
lines and its shaded cells. Pure numpy functions, in pixels; ocr.py chains them.
"""
from __future__ import annotations

import math

import numpy as np


def ink_threshold(grey: np.ndarray) -> int:
    """Otsu's threshold: the grey level that best splits ink from paper."""
    hist = np.bincount(grey.ravel(), minlength=256).astype(np.float64)
    weight = np.cumsum(hist)
    mass = np.cumsum(hist * np.arange(256))
    total, total_mass = weight[-1], mass[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (total_mass * weight - mass * total) ** 2 / (weight * (total - weight))
    between[~np.isfinite(between)] = 0
    return int(np.argmax(between))


def level(ink: np.ndarray, max_skew: float) -> tuple[float, float]:
    """(angle, sharpness): the angle (degrees, anticlockwise) that makes the rows of ink sharpest
    (text lines and rules then lie level), searched coarse then fine over a sample of the ink, and
    how sharp they are then (the sum of squared row counts: higher when ink lies in lines)."""
    ys, xs = np.nonzero(ink)
    if len(ys) < 500:
        return 0.0, 0.0
    rng = np.random.default_rng(0)  # a fixed sample: the same page gives the same angle
    if len(ys) > 120_000:
        pick = rng.choice(len(ys), 120_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    ys = ys.astype(np.float64)
    xs = xs.astype(np.float64) - ink.shape[1] / 2

    def sharpness(angle: float) -> float:
        t = math.radians(angle)
        rows = np.round(ys * math.cos(t) + xs * math.sin(t)).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float(np.dot(counts, counts))

    def sharpest(angles) -> tuple[float, float]:
        # of angles the eye can't tell apart (within 0.1% as sharp), the one nearest level
        scores = {float(round(a, 2)): sharpness(a) for a in angles}
        top = max(scores.values())
        angle = min((a for a, v in scores.items() if v >= top * 0.999), key=abs)
        return angle + 0.0, scores[angle]

    best, _ = sharpest(np.arange(-max_skew, max_skew + 1e-9, 0.5))
    return sharpest(np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05))


def skew_angle(ink: np.ndarray, max_skew: float) -> float:
    """The angle (degrees, anticlockwise) that lays the page's lines level."""
    return level(ink, max_skew)[0]


def despeckle(ink: np.ndarray, window: int, max_ink: int) -> np.ndarray:
    """The ink without specks: a pixel whose `window`-square neighbourhood holds at most `max_ink`
    inked pixels is dust or sensor noise (a full stop or the dot of an i holds several times that)."""
    pad = window // 2
    padded = np.pad(ink.astype(np.int32), pad + 1)
    total = padded.cumsum(0).cumsum(1)
    h, w = ink.shape
    a, b = window, window
    count = (total[a:a + h, b:b + w] - total[0:h, b:b + w] - total[a:a + h, 0:w] + total[0:h, 0:w])
    return ink & (count > max_ink)


def _runs(mask: np.ndarray, min_length: int) -> list[tuple[int, int, int]]:
    """(row, first column, last column + 1) of each horizontal run of True at least min_length long."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    edges = np.diff(padded, axis=1)
    starts = np.argwhere(edges == 1)
    ends = np.argwhere(edges == -1)
    # starts and ends come in row order, pairwise
    lengths = ends[:, 1] - starts[:, 1]
    keep = lengths >= min_length
    return [(int(r), int(a), int(b)) for (r, a), b in zip(starts[keep], ends[keep, 1], strict=True)]


def _runs_to_lines(runs: list[tuple[int, int, int]], max_thickness: int) -> list[tuple[int, int, int, int]]:
    """Runs on neighbouring rows that overlap, joined into lines: (x0, row0, x1, row1 + 1). A group
    thicker than max_thickness is a block of ink (a filled box, a bar chart), not a line."""
    open_lines: list[list[int]] = []  # [x0, row0, x1, last row]
    done: list[list[int]] = []
    for row, a, b in runs:
        home = None
        for line in open_lines:
            if line[3] >= row - 1 and a < line[2] and line[0] < b:
                home = line
                break
        if home is None:
            open_lines.append([a, row, b, row])
        else:
            home[0], home[2], home[3] = min(home[0], a), max(home[2], b), row
        still = []
        for line in open_lines:
            (still if line[3] >= row - 1 else done).append(line)
        open_lines = still
    done.extend(open_lines)
    return [(x0, r0, x1, r1 + 1) for x0, r0, x1, r1 in done if r1 + 1 - r0 <= max_thickness]


def scanned_rules(ink: np.ndarray, min_length: int, max_thickness: int, short_length: int) -> tuple[list, list]:
    """Ruling lines in a scan as pixel boxes (x0, top, x1, bottom): those at least `min_length`
    long either way, and vertical strokes from `short_length` long (a rule between two cells of a
    one-line header, or a tall letter: bars_to_rules decides). Gaps of a pixel or two (noise, a
    worn line) are bridged first."""
    across = ink.copy()
    across[:, 1:] |= ink[:, :-1]
    across[:, :-1] |= ink[:, 1:]
    down = ink.copy()
    down[1:, :] |= ink[:-1, :]
    down[:-1, :] |= ink[1:, :]
    horizontal = _runs_to_lines(_runs(across, min_length), max_thickness)
    vertical = [(r0, x0, r1, x1) for x0, r0, x1, r1 in _runs_to_lines(_runs(down.T, short_length), max_thickness)]
    long_rules = horizontal + [v for v in vertical if v[3] - v[1] >= min_length]
    return long_rules, [v for v in vertical if v[3] - v[1] < min_length]


# ---------------------------------------------------------------- shaded cells


def paper_level(grey: np.ndarray) -> int:
    """The grey of the paper: the commonest level among the light half."""
    hist = np.bincount(grey.ravel(), minlength=256)
    return int(np.argmax(hist[128:]) + 128)


class Shading:
    """A filled rectangle on a scan (a shaded header, a dark band with white text), in pixels,
    with its fill's grey and the pixels of the text printed on it."""

    __slots__ = ("box", "fill", "text")

    def __init__(self, box: tuple[int, int, int, int], fill: int, text: np.ndarray) -> None:
        self.box, self.fill, self.text = box, fill, text


def background(grey: np.ndarray, cell: int, reach: int) -> np.ndarray:
    """The page without its text, on a grid of `cell`-pixel squares: each square's grey is the
    median over the squares within `reach` of it of their own medians. Text covers less than
    half of any such neighbourhood, so what is left is paper, or the fill of a shaded cell."""
    h, w = grey.shape[0] // cell, grey.shape[1] // cell
    medians = np.median(grey[: h * cell, : w * cell].reshape(h, cell, w, cell).transpose(0, 2, 1, 3)
                        .reshape(h, w, cell * cell), axis=2)
    padded = np.pad(medians, reach, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, (2 * reach + 1, 2 * reach + 1))
    return np.median(windows.reshape(h, w, -1), axis=2)


def shaded_regions(grey: np.ndarray, cell: int, reach: int, min_side: int, contrast: int = 25,
                   text_contrast: int = 60, same: int = 25) -> list[Shading]:
    """Rectangles filled a grey at least `contrast` darker than the paper, found in the page's
    background (its text taken away): neighbouring squares of one grey joined, cut into rectangles
    at least `min_side` pixels each way, their sides found to the pixel and required to run
    straight. Squares `same` grey levels apart or less are one fill (a scan's grey drifts across
    a page). Each comes with its text (text_on_fill)."""
    if grey.shape[0] < 4 * cell or grey.shape[1] < 4 * cell:
        return []
    paper = paper_level(grey)
    filled = grey < paper - contrast
    level = background(grey, cell, reach)
    solid = level < paper - contrast
    h, w = solid.shape
    seen = np.zeros_like(solid)
    regions = []
    least = max(2, min_side // cell)
    for i, j in zip(*np.nonzero(solid), strict=True):
        if seen[i, j]:
            continue
        seen[i, j] = True
        stack, members = [(i, j)], []
        while stack:
            a, b = stack.pop()
            members.append((a, b))
            for c, d in ((a - 1, b), (a + 1, b), (a, b - 1), (a, b + 1)):
                if 0 <= c < h and 0 <= d < w and solid[c, d] and not seen[c, d] \
                        and abs(level[c, d] - level[a, b]) <= same:
                    seen[c, d] = True
                    stack.append((c, d))
        for top, left, bottom, right in _rectangles(set(members), least):
            box = _grow(filled, (left * cell, top * cell, right * cell, bottom * cell), (reach + 2) * cell)
            if box[2] - box[0] < min_side or box[3] - box[1] < min_side or not _straight_sides(filled, box):
                continue  # a scrap, or a run of heavy letters (a bold title), not a shaded cell
            x0, y0, x1, y1 = box
            inside = grey[y0:y1, x0:x1]
            shade = int(np.median(inside[filled[y0:y1, x0:x1]]))
            regions.append(Shading(box, shade, text_on_fill(inside, text_contrast)))
    return regions


def text_on_fill(inside: np.ndarray, contrast: int) -> np.ndarray:
    """The text printed on a fill: the smaller side of the grey level that best splits the box
    in two (dark text on a pale fill, white text on a dark one), when the two sides differ by
    `contrast` or more; else nothing (an empty shaded cell, whose grain must not become specks)."""
    split = ink_threshold(inside)
    low, high = inside <= split, inside > split
    if not low.any() or not high.any() or inside[high].mean() - inside[low].mean() < contrast:
        return np.zeros_like(low)
    return low if low.sum() < high.sum() else high


def _rectangles(cells: set[tuple[int, int]], least: int) -> list[tuple[int, int, int, int]]:
    """Grid squares of one fill cut into rectangles (top, left, bottom, right) at least `least`
    squares each way, largest first: a dark header row and the dark first column under it make
    an L of two shaded cells."""
    out = []
    while len(cells) >= least * least:
        run: dict[tuple[int, int], int] = {}  # squares in a row from each square rightwards
        for r, c in sorted(cells, key=lambda rc: (rc[0], -rc[1])):
            run[r, c] = run.get((r, c + 1), 0) + 1
        best, best_area = (0, 0, 0, 0), 0
        for top, left in cells:
            width, bottom = run[top, left], top
            while width:
                bottom += 1
                if width >= least and bottom - top >= least and width * (bottom - top) > best_area:
                    best, best_area = (top, left, bottom, left + width), width * (bottom - top)
                width = min(width, run.get((bottom, left), 0))
        if not best_area:
            break
        top, left, bottom, right = best
        out.append(best)
        cells -= {(r, c) for r in range(top, bottom) for c in range(left, right)}
    return out


def _straight_sides(fill: np.ndarray, box: tuple[int, int, int, int], depth: int = 8) -> bool:
    """Whether the fill runs unbroken along each side of `box`: among the `depth` outermost rows
    (or columns) on each side, two are filled from end to end. A shaded cell has a margin of fill
    round its text (its outermost rows may be blurred, or a border a pixel apart); heavy letters,
    however dense, leave gaps between them in every row."""
    x0, y0, x1, y1 = box
    if x1 - x0 <= 2 * depth or y1 - y0 <= 2 * depth:
        return False
    region = fill[y0:y1, x0:x1]
    rows = region.mean(axis=1)
    cols = region.mean(axis=0)
    return all(np.count_nonzero(side >= 0.9) >= 2 for side in (rows[:depth], rows[-depth:], cols[:depth], cols[-depth:]))


def _window_sum(mask: np.ndarray, size: int) -> np.ndarray:
    """For each pixel, how many pixels of `mask` lie in the `size`-square whose top-left it is."""
    total = np.pad(mask.astype(np.int32), ((1, size), (1, size))).cumsum(0).cumsum(1)
    h, w = mask.shape
    return total[size:size + h, size:size + w] - total[0:h, size:size + w] - total[size:size + h, 0:w] + total[0:h, 0:w]


def _open(mask: np.ndarray, size: int) -> np.ndarray:
    """Morphological opening by a `size`-square: the union of every such square lying wholly in
    `mask` (thin things go, broad ones keep their shape)."""
    corners = _window_sum(mask, size) == size * size  # squares, by their top-left corner
    # a pixel is kept when a whole square covers it: a corner within `size` above and left of it
    covered = _window_sum(np.pad(corners, ((size - 1, 0), (size - 1, 0)))[: mask.shape[0], : mask.shape[1]], size)
    return covered > 0


def _grow(filled: np.ndarray, box: tuple[int, int, int, int], reach: int) -> tuple[int, int, int, int]:
    """A box found on the coarse grid fitted to the fill, each side moved (at most `reach` pixels)
    in while its outermost line is mostly paper, then out while the next line is mostly fill: the
    grid's squares on the edge were part paper, or part text, so the true side lies either way."""
    x0, y0, x1, y1 = box
    height, width = filled.shape

    def full(strip: np.ndarray) -> bool:
        # half filled or more: a row through white text on a dark band is still mostly band
        return strip.size > 0 and strip.mean() >= 0.5

    for _ in range(reach):
        if y1 - y0 > 2 and not full(filled[y0, x0:x1]):
            y0 += 1
        if y1 - y0 > 2 and not full(filled[y1 - 1, x0:x1]):
            y1 -= 1
        if x1 - x0 > 2 and not full(filled[y0:y1, x0]):
            x0 += 1
        if x1 - x0 > 2 and not full(filled[y0:y1, x1 - 1]):
            x1 -= 1
    for _ in range(reach):
        if y0 > 0 and full(filled[y0 - 1, x0:x1]):
            y0 -= 1
        else:
            break
    for _ in range(reach):
        if y1 < height and full(filled[y1, x0:x1]):
            y1 += 1
        else:
            break
    for _ in range(reach):
        if x0 > 0 and full(filled[y0:y1, x0 - 1]):
            x0 -= 1
        else:
            break
    for _ in range(reach):
        if x1 < width and full(filled[y0:y1, x1]):
            x1 += 1
        else:
            break
    return x0, y0, x1, y1


def lines_in_fill(region: Shading, grey: np.ndarray, min_length: int, max_thickness: int,
                  contrast: int = 15) -> list[tuple[int, int, int, int]]:
    """Thin lines across a shaded rectangle, lighter or darker than its fill, as pixel boxes: the
    white rules, or the black ones on a dark fill, that part its cells (a header band of five
    column titles; a dark `Strategy` cell above a dark `Timeline` one)."""
    x0, y0, x1, y1 = region.box
    inside = grey[y0:y1, x0:x1]
    found = []
    for other in (inside > region.fill + contrast, inside < region.fill - contrast):
        for a, b in _spans(other.mean(axis=1) >= 0.9):  # a row through the whole band
            if b - a <= max_thickness and x1 - x0 >= min_length:
                found.append((x0, y0 + a, x1, y0 + b))
        for a, b in _spans(other.mean(axis=0) >= 0.9):
            if b - a <= max_thickness and y1 - y0 >= min_length:
                found.append((x0 + a, y0, x0 + b, y1))
    return found


def _spans(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True."""
    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    edges = np.diff(padded)
    return list(zip(np.nonzero(edges == 1)[0].tolist(), np.nonzero(edges == -1)[0].tolist(), strict=True))
