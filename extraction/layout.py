"""Positioned words grouped into lines and cells: the one shape every reader hands to field finding.

PDF words carry real coordinates in points. Plain text gets pseudo-coordinates (character column, line
number) so that "the value right of the label" and "the value under the label" mean the same thing for a
fixed-width text as for a PDF.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extraction.types import Provenance


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    page: int = 0  # 1-based PDF page; 0 for text, which has no page to point at

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]
    # The words split where the gap between two words is wide enough to separate columns.
    cells: tuple[tuple[Word, ...], ...]

    @property
    def text(self) -> str:
        return "  ".join(cell_text(cell) for cell in self.cells)


def cell_text(words: Sequence[Word]) -> str:
    return " ".join(word.text for word in words)


def monospaced(word: Word) -> bool:
    """A word of a text file: one unit of width per character, at a whole column."""
    return word.page == 0 and word.x0 == int(word.x0) and word.x1 - word.x0 == len(word.text)


def provenance(words: Sequence[Word]) -> Provenance | None:
    """The page and bounding box of words read from a PDF; None for text without pages."""
    if not words or words[0].page < 1:
        return None
    bbox = (
        round(min(w.x0 for w in words), 1),
        round(min(w.top for w in words), 1),
        round(max(w.x1 for w in words), 1),
        round(max(w.bottom for w in words), 1),
    )
    return Provenance(page=words[0].page, bbox=bbox)


def column_gap(word: Word) -> float:
    """The widest space after word that still joins the next word into the same cell.

    In text one space joins and two split. In a PDF a space is about a quarter of the font size wide,
    while a gap between columns is wider than most of a character.
    """
    return 1.0 if word.page == 0 else max(3.0, (word.bottom - word.top) * 0.6)


def split_cells(words: Sequence[Word]) -> tuple[tuple[Word, ...], ...]:
    cells: list[list[Word]] = []
    for word in words:
        if cells and word.x0 - cells[-1][-1].x1 <= column_gap(cells[-1][-1]):
            cells[-1].append(word)
        else:
            cells.append([word])
    return tuple(tuple(cell) for cell in cells)


def lines_from_pdf_words(words: Iterable[Word]) -> list[Line]:
    """Group one page's words into lines by their top, left to right, split into cells at wide gaps."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.top), w.x0)):
        # Words of one line differ in top by a point or two (mixed fonts), never by half a line height.
        if lines and abs(word.top - lines[-1][0].top) <= max(2.0, (word.bottom - word.top) * 0.4):
            lines[-1].append(word)
        else:
            lines.append([word])
    return [make_line(sorted(group, key=lambda w: w.x0)) for group in lines]


def side_by_side(lines: list[Line]) -> list[Line]:
    """One page's lines, with documents printed side by side read one after the other.

    Confirmation slips printed two-up share their printed lines: read straight across, each line mixes two
    trades. Where the same label opens a cell left and right of one gutter on several lines ("Quantity ...
    Quantity ..."), the runs of lines that no word crosses at that gutter are read left half first, then right.
    """
    gutter = _gutter(lines)
    if gutter is None:
        return lines
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for line in lines:
        if any(w.x0 < gutter < w.x1 for w in line.words):
            out.extend(left + right)  # a line across the page (a heading, a fold mark) ends the run
            left, right = [], []
            out.append(line)
            continue
        west = [w for w in line.words if w.x1 <= gutter]
        east = [w for w in line.words if w.x0 >= gutter]
        left.extend([make_line(west)] if west else [])
        right.extend([make_line(east)] if east else [])
    return out + left + right


_TWIN_LINES = 3  # lines that must repeat a label on both sides of one gutter


def _gutter(lines: Sequence[Line]) -> float | None:
    """Where two documents printed side by side part, if they do: the x between a label's first cell and its
    twin further right, agreed by several lines."""
    if not lines:
        return None
    west = min(w.x0 for line in lines for w in line.words)
    east = max(w.x1 for line in lines for w in line.words)
    found: list[float] = []
    for line in lines:
        texts = [cell_text(cell) for cell in line.cells]
        # The line's first cell, a label, opens the right half again, after a value of its own on the left.
        for number in range(2, len(line.cells)):
            if texts[number] == texts[0] and len(texts[0]) >= 3 and not any(ch.isdigit() for ch in texts[0]):
                x = (line.cells[number - 1][-1].x1 + line.cells[number][0].x0) / 2
                if west + 0.3 * (east - west) <= x <= west + 0.7 * (east - west):
                    found.append(x)
                break
    if len(found) < _TWIN_LINES:
        return None
    found.sort()
    middle = found[len(found) // 2]
    agreeing = [x for x in found if abs(x - middle) <= 12]
    return sum(agreeing) / len(agreeing) if len(agreeing) >= _TWIN_LINES else None


def make_line(words: Sequence[Word]) -> Line:
    return Line(words=tuple(words), cells=split_cells(words))


LEADER = re.compile(r"[.…·_]{3,}(?=[\s:]|$)")


def lines_from_text(text: str) -> list[Line]:
    """Lines of plain text; two or more spaces or a tab separate cells, as in fixed-width reports."""
    lines = []
    for number, raw in enumerate(text.expandtabs(8).splitlines()):
        words = _text_words(_RULED.sub(_blank, raw), number)
        if words:
            lines.append(make_line(words))
    return lines


# A table drawn with characters ("Réf. | Sens | Qté"): its rules are gaps between cells; so are the dots that
# lead a label to its value ("Quantité ........ : 2 234").
_RULED = re.compile(r"(?<=\s)\|(?=\s)|^\s*\|\s|\s\|\s*$|" + LEADER.pattern)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _text_words(raw: str, number: int) -> list[Word]:
    words = []
    column = 0
    for token in raw.split(" "):
        if token:
            words.append(Word(token, float(column), float(number), float(column + len(token)), number + 0.8))
        column += len(token) + 1
    return words
