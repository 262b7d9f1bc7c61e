"""Ruled tables from line segments: horizontal and vertical edges → intersections → cells → tables.

Shared by the PDF reader (edges from vector paths) and OCR (edges found in the page image), so both rebuild
the same cell grid, merged cells included.  The cell search follows pdfplumber's lattice method: a cell is the
smallest rectangle whose four corners are intersections joined by edges.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

HEdge = tuple[float, float, float]  # (y, x0, x1) in top-down page coordinates
VEdge = tuple[float, float, float]  # (x, top, bottom)
Rect = tuple[float, float, float, float]  # (x0, top, x1, bottom)
# A report's biggest table has ~60 horizontal and ~20 vertical rulings; far more is not a table to read.
MAX_EDGE_PAIRS = 100_000


@dataclass
class TableGeometry:
    cells: list[Rect]
    xs: list[float] = field(default_factory=list)  # column boundaries
    ys: list[float] = field(default_factory=list)  # row boundaries
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # per cell: row, col, rowspan, colspan

    @property
    def bbox(self) -> Rect:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    def cell_at(self, x: float, y: float) -> int | None:
        """Index of the cell containing the point, or None outside the table."""
        col = bisect_left(self.xs, x) - 1
        row = bisect_left(self.ys, y) - 1
        if not (0 <= col < self.n_cols and 0 <= row < self.n_rows):
            return None
        return self._grid.get((row, col))

    def __post_init__(self) -> None:
        self._grid: dict[tuple[int, int], int] = {}


def _cluster(values: list[float], tol: float) -> list[float]:
    """Sorted representatives of values that lie within `tol` of their neighbours."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def _snap(positions: list[float], reps: list[float]) -> list[float]:
    out = []
    for p in positions:
        i = bisect_left(reps, p)
        candidates = [reps[j] for j in (i - 1, i) if 0 <= j < len(reps)]
        out.append(min(candidates, key=lambda r: abs(r - p)))
    return out


def _join(edges: list[HEdge], tol: float) -> list[HEdge]:
    """Merge collinear segments that overlap or nearly touch (tables are often drawn cell by cell)."""
    by_pos: dict[float, list[tuple[float, float]]] = defaultdict(list)
    for pos, a, b in edges:
        by_pos[pos].append((min(a, b), max(a, b)))
    out: list[HEdge] = []
    for pos, spans in by_pos.items():
        spans.sort()
        start, end = spans[0]
        for a, b in spans[1:]:
            if a <= end + tol:
                end = max(end, b)
            else:
                out.append((pos, start, end))
                start, end = a, b
        out.append((pos, start, end))
    return out


def normalise_edges(h: list[HEdge], v: list[VEdge], tol: float) -> tuple[list[HEdge], list[VEdge]]:
    """Snap nearly equal positions together (double lines, thin filled rectangles), then join segments."""
    if h:
        ys = _snap([e[0] for e in h], _cluster([e[0] for e in h], tol))
        h = _join([(y, a, b) for y, (_, a, b) in zip(ys, h, strict=True)], tol)
    if v:
        xs = _snap([e[0] for e in v], _cluster([e[0] for e in v], tol))
        v = _join([(x, a, b) for x, (_, a, b) in zip(xs, v, strict=True)], tol)
    return h, v


def find_tables(h: list[HEdge], v: list[VEdge], tol: float = 3.0, min_length: float = 2.0) -> list[TableGeometry]:
    """Tables (groups of cells sharing corners) formed by the given edges."""
    h = [e for e in h if e[2] - e[1] >= min_length]
    v = [e for e in v if e[2] - e[1] >= min_length]
    h, v = normalise_edges(h, v, tol)
    if not h or not v or len(h) * len(v) > MAX_EDGE_PAIRS:
        return []  # no rulings, or a hatch pattern / hostile page whose grid would take minutes to resolve
    # intersection point → (indices of h edges, indices of v edges) through it
    points: dict[tuple[float, float], tuple[set[int], set[int]]] = {}
    v_sorted = sorted(range(len(v)), key=lambda i: v[i][0])
    v_xs = [v[i][0] for i in v_sorted]
    for hi, (y, x0, x1) in enumerate(h):
        lo = bisect_left(v_xs, x0 - tol)
        for k in range(lo, len(v_sorted)):
            vi = v_sorted[k]
            x, top, bottom = v[vi]
            if x > x1 + tol:
                break
            if top - tol <= y <= bottom + tol:
                hs, vs = points.setdefault((x, y), (set(), set()))
                hs.add(hi)
                vs.add(vi)
    cells = _cells(points)
    return [_geometry(group, tol) for group in _group_cells(cells)]


def _cells(points: dict[tuple[float, float], tuple[set[int], set[int]]]) -> list[Rect]:
    by_x: dict[float, list[float]] = defaultdict(list)
    by_y: dict[float, list[float]] = defaultdict(list)
    for x, y in points:
        by_x[x].append(y)
        by_y[y].append(x)
    for lst in (*by_x.values(), *by_y.values()):
        lst.sort()
    cells: list[Rect] = []
    for (x, y), (hs, vs) in points.items():
        column, row = by_x[x], by_y[y]
        # Walk outwards from the corner, down and right, while the edges through it go on; in a ruled grid
        # the nearest candidates close the cell at once.
        right_start = bisect_left(row, x) + 1
        for yy in column[bisect_left(column, y) + 1:]:
            below = points[(x, yy)]
            if not below[1] & vs:
                break  # the vertical edge through this corner ends here
            corner = None
            for xx in row[right_start:]:
                top_right = points[(xx, y)]
                if not top_right[0] & hs:
                    break  # the horizontal edge through this corner ends here
                c = points.get((xx, yy))
                if c and c[0] & below[0] and c[1] & top_right[1]:
                    corner = xx
                    break
            if corner is not None:
                cells.append((x, y, corner, yy))
                break
    return cells


def _group_cells(cells: list[Rect]) -> list[list[Rect]]:
    """Connected components of cells that share a corner."""
    parent = list(range(len(cells)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[float, float], int] = {}
    for i, (x0, y0, x1, y1) in enumerate(cells):
        for corner in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
            if corner in owner:
                parent[find(i)] = find(owner[corner])
            else:
                owner[corner] = i
    groups: dict[int, list[Rect]] = defaultdict(list)
    for i, cell in enumerate(cells):
        groups[find(i)].append(cell)
    return sorted(groups.values(), key=lambda g: (min(c[1] for c in g), min(c[0] for c in g)))


def _geometry(cells: list[Rect], tol: float) -> TableGeometry:
    xs = _cluster([c[0] for c in cells] + [c[2] for c in cells], tol)
    ys = _cluster([c[1] for c in cells] + [c[3] for c in cells], tol)
    table = TableGeometry(cells=sorted(cells, key=lambda c: (c[1], c[0])), xs=xs, ys=ys)
    for index, (x0, y0, x1, y1) in enumerate(table.cells):
        c0, c1 = (_nearest(xs, x0), _nearest(xs, x1))
        r0, r1 = (_nearest(ys, y0), _nearest(ys, y1))
        table.spans.append((r0, c0, max(1, r1 - r0), max(1, c1 - c0)))
        for r in range(r0, max(r0 + 1, r1)):
            for c in range(c0, max(c0 + 1, c1)):
                table._grid.setdefault((r, c), index)
    return table


def _nearest(values: list[float], x: float) -> int:
    i = bisect_left(values, x)
    candidates = [j for j in (i - 1, i) if 0 <= j < len(values)]
    return min(candidates, key=lambda j: abs(values[j] - x))
