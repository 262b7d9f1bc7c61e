"""OCR of scanned pages and table images with rapidocr-onnxruntime (its models ship in the wheel: works offline).

The engine takes about 0.4 s to load and ~760 MB of memory, so it is created lazily, once per process.
Table structure comes from the image itself: ruling lines are found with morphology (OpenCV) and handed to the
same lattice code as PDF vector rulings; each recognised text box lands in the cell holding its centre.
Text outside ruled tables is grouped into lines by position (wide gaps become TABs).
"""

from __future__ import annotations

import io
import os
import threading
from typing import Any

import cv2
import numpy as np
from PIL import Image, UnidentifiedImageError
from rapidocr_onnxruntime import RapidOCR
from rapidocr_onnxruntime.utils import infer_engine

from crawler.errors import CorruptDocumentError, DocumentTooLargeError
from crawler.extract.lattice import HEdge, TableGeometry, VEdge, find_tables
from crawler.extract.layout import Glyph, page_blocks
from crawler.extract.limits import Limits
from crawler.extract.text import Block

# PDF points → pixels for OCR (A4: 1190×1684); 1.5 is no faster here and misses lone digits.
RENDER_SCALE = float(os.environ.get("NIANBAO_OCR_SCALE", "2.0"))
_engine: Any = None
_engine_lock = threading.Lock()


def engine() -> Any:
    """The process-wide RapidOCR engine (loaded on first use)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            # onnxruntime's worker threads spin while waiting for work.  On a 2-core machine shared with the
            # crawler (or other tests) that burns the other core: measured here, turning spinning off halved
            # the CPU time of a page and its wall time under load.  RapidOCR builds its session options
            # internally, so its builder is wrapped while the engine is constructed, and only then.
            build = infer_engine.OrtInferSession._init_sess_opts

            def without_spinning(config: dict[str, Any]) -> Any:
                options = build(config)
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                if threads := int(os.environ.get("NIANBAO_OCR_THREADS") or 0):  # (a pool of N: cores / N each)
                    options.intra_op_num_threads = threads
                return options

            infer_engine.OrtInferSession._init_sess_opts = staticmethod(without_spinning)
            try:
                _engine = RapidOCR()
            finally:
                infer_engine.OrtInferSession._init_sess_opts = staticmethod(build)
        return _engine


def ocr_blocks(image: np.ndarray, scale: float = RENDER_SCALE) -> list[Block]:
    """Blocks of one page image (BGR or grey uint8 array)."""
    h_edges, v_edges, level = image_rulings(image, scale)
    if not level:
        straightened = deskew(image)
        if straightened is not image:
            image = straightened
            h_edges, v_edges, _level = image_rulings(image, scale)
    # No text-direction classifier: it turns boxes it takes for upside down by 180°, and a lone `6` in a table
    # cell comes out as `9` (measured on generated table images: every lone 6 was read as 9).  Pages are levelled
    # by deskew; text printed upside down is not what reports contain.
    result, _elapsed = engine()(image, use_cls=False)
    glyphs = []
    for box, text, _score in result or []:
        xs = [p[0] for p in box]
        ys = [p[1] for p in box]
        text = str(text).strip()
        if text:
            glyphs.append(Glyph(min(xs), min(ys), max(xs), max(ys), text, max(ys) - min(ys)))
    if glyphs:
        # A picture's scale is unknown (a table pasted as an image has type of any size): when its text is
        # taller than the ruling kernels assume, the strokes of its characters would pass for rulings (and too
        # many edges switch table detection off), so rulings are found again with kernels the text cannot match.
        stroke = float(np.median([g.size for g in glyphs]))
        if _STROKE_FACTOR * stroke > 12 * scale:
            h_edges, v_edges, _level = image_rulings(image, scale, stroke)
    tables = find_tables(h_edges, v_edges, tol=1.5 * scale, min_length=4 * scale)
    for table in tables:
        # A lone round mark in a cell is a `0` read in its surroundings as `。` or `o`: the cell is read again alone.
        doubtful = [g for g in glyphs if g.text in _ROUND_MARKS and table.cell_at(g.cx, g.cy) is not None]
        reread = _recognise_missed_cells(image, table, [g for g in glyphs if g not in doubtful], scale)
        again = {table.cell_at(g.cx, g.cy) for g in reread}
        glyphs = [g for g in glyphs if g not in doubtful or table.cell_at(g.cx, g.cy) not in again] + reread
    return page_blocks(glyphs, tables, float(image.shape[0]))


_ROUND_MARKS = frozenset("。oO〇○°")


def _recognise_missed_cells(image: np.ndarray, table: TableGeometry, glyphs: list[Glyph],
                            scale: float) -> list[Glyph]:
    """Text detection overlooks a lone narrow glyph ("1", "0") in a wide empty cell.  Cells that received no
    text but do hold ink are cropped and given to the recogniser alone."""

    filled = {table.cell_at(g.cx, g.cy) for g in glyphs}
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    # Past the rulings (ink still touching the crop's edges is dropped below), no further: in a scan's tight rows
    # a `0` sits within a few pixels of them.
    inset = max(2, int(1.5 * scale))
    found: list[Glyph] = []
    for index, (x0, top, x1, bottom) in enumerate(table.cells):
        if index in filled:
            continue
        crop = gray[int(top) + inset:int(bottom) - inset, int(x0) + inset:int(x1) - inset]
        if crop.size == 0:
            continue
        ink = _ink_off_the_borders(crop < 128)
        if ink.sum() < 4 * scale * scale:
            continue
        rows, cols = np.nonzero(ink)
        pad = int(4 * scale)
        y0, y1 = max(0, rows.min() - pad), min(crop.shape[0], rows.max() + pad + 1)
        c0, c1 = max(0, cols.min() - pad), min(crop.shape[1], cols.max() + pad + 1)
        tight = np.ascontiguousarray(crop[y0:y1, c0:c1])
        result, _elapsed = engine()(cv2.cvtColor(tight, cv2.COLOR_GRAY2BGR), use_det=False, use_cls=False)
        text = str(result[0][0]).strip() if result else ""
        if text:
            gx0, gtop = int(x0) + inset + c0, int(top) + inset + y0
            found.append(Glyph(gx0, gtop, gx0 + (c1 - c0), gtop + (y1 - y0), text, float(y1 - y0)))
    return found


def skew_degrees(image: np.ndarray) -> float:
    """The page's tilt, from its long straight lines (table borders): the median angle of the near-horizontal
    ones.  0 when the page has none — text alone is left to the detector, which copes with a small tilt."""

    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    if gray.shape[1] > 800:  # 800 px wide still resolves 0.1°, at a quarter of the cost
        factor = 800 / gray.shape[1]
        gray = cv2.resize(gray, (800, max(1, int(gray.shape[0] * factor))), interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    width = gray.shape[1]
    lines = cv2.HoughLinesP(ink, 1, np.pi / 1800, threshold=width // 4, minLineLength=width // 3, maxLineGap=5)
    if lines is None:
        return 0.0
    angles = [np.degrees(np.arctan2(y2 - y1, x2 - x1)) for x1, y1, x2, y2 in lines.reshape(-1, 4)]
    angles = [a for a in angles if abs(a) < 5]
    return float(np.median(angles)) if angles else 0.0


def deskew(image: np.ndarray) -> np.ndarray:
    """Rotate a tilted scan level: ruling detection needs lines within a pixel or two of straight."""

    angle = skew_degrees(image)
    if abs(angle) < 0.1:
        return image
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    white = (255, 255, 255) if image.ndim == 3 else 255
    return cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=white)


# Ruling kernels at least this many text-line heights long: longer than any stroke of a character, shorter than
# a table row of one line of text with its padding.
_STROKE_FACTOR = 1.5


def image_rulings(image: np.ndarray, scale: float = RENDER_SCALE, stroke: float = 0.0
                  ) -> tuple[list[HEdge], list[VEdge], bool]:
    """Horizontal and vertical lines drawn in the image (table borders), as pixel-coordinate segments, and
    whether the page is known to be level: a thin horizontal line across a third of the page cannot be tilted
    by more than ~0.2°, so measuring the tilt (deskew) can be skipped.

    Morphological opening with a long thin kernel keeps only straight runs longer than any stroke of a
    character; 15 pt horizontally and 12 pt vertically are shorter than a table cell yet longer than a glyph.
    """

    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    h_len = max(10, int(15 * scale), int(_STROKE_FACTOR * stroke))
    v_len = max(10, int(12 * scale), int(_STROKE_FACTOR * stroke))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (h_len, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, v_len)))
    h_edges: list[HEdge] = []
    v_edges: list[VEdge] = []
    level = False
    for mask, out, horizontal_line in ((horizontal, h_edges, True), (vertical, v_edges, False)):
        count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
        for x, y, w, h, _area in stats[1:count]:
            if horizontal_line:
                out.append((y + h / 2, float(x), float(x + w)))
                level = level or bool(w > image.shape[1] / 3 and h <= 2 + 2 * scale)
            else:
                out.append((x + w / 2, float(y), float(y + h)))
    return h_edges, v_edges, level


def _ink_off_the_borders(ink: np.ndarray) -> np.ndarray:
    """The ink of a cell crop without the blobs touching its edges (the ends of rulings, a tilted border)."""

    count, labels, stats, _centroids = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    height, width = ink.shape
    keep = np.zeros(count, dtype=bool)
    for label in range(1, count):
        x, y, w, h, _area = stats[label]
        keep[label] = x > 0 and y > 0 and x + w < width and y + h < height
    return keep[labels]


def decode_image(data: bytes, limits: Limits) -> np.ndarray:
    """A standalone image (PNG, JPEG, ...) as a BGR array, refusing decompression bombs before decoding."""

    try:
        with Image.open(io.BytesIO(data)) as probe:
            width, height = probe.size
            if width * height > limits.max_image_pixels:
                raise DocumentTooLargeError(
                    f"image is {width}x{height} pixels (limit {limits.max_image_pixels}, NIANBAO_MAX_IMAGE_PIXELS)")
            probe.load()
            rgb = probe.convert("RGB")
    except Image.DecompressionBombError as exc:  # Pillow's own guard, hit first for gigapixel headers
        raise DocumentTooLargeError(f"image too large to decode: {exc}".rstrip(".")) from None
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise CorruptDocumentError(f"image cannot be decoded: {exc}") from None
    return np.ascontiguousarray(np.asarray(rgb)[:, :, ::-1])
