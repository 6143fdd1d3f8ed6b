"""HTML mail bodies to plain text that keeps table cells apart, so labels still sit beside their values."""

from __future__ import annotations

from html.parser import HTMLParser

_SKIPPED = frozenset({"script", "style", "head", "title"})
_BREAKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"})
_CELLS = frozenset({"td", "th"})
_INSIDE_CELLS = frozenset({"br", "p", "div", "li", "ul", "ol"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._cells = 0  # how deep inside table cells: a break there keeps the row on one line
        self._cell_start = 0  # where the open cell's text begins in parts
        self._row: list[int] = []  # where each cell of the open row ends in parts; -1 for a cell with text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _CELLS:
            self._cells += 1
            self.parts.append("   ")  # two or more spaces: a cell break for the text reader
            self._cell_start = len(self.parts)
        elif tag in _BREAKS:
            self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skipping:
            self._skipping -= 1
        elif tag in _CELLS and self._cells:
            self._cells -= 1
            empty = not "".join(self.parts[self._cell_start :]).strip()
            self._row.append(len(self.parts) if empty else -1)
        elif tag in _BREAKS:
            self._break(tag)

    def _break(self, tag: str) -> None:
        if tag in ("tr", "table"):
            self._cells = 0  # a row ends every cell in it, closed or not
            self._end_row()
        # "YRAR<br>US923Y221038" in one cell is one cell's two words, not two rows of the table.
        inline = self._cells and tag in _INSIDE_CELLS
        self.parts.append(" " if inline else "\n")

    def _end_row(self) -> None:
        """An empty cell of a table row keeps its place ("-"), so that the cells after it stay under their
        headers; a row of one or two cells is layout, not data."""
        if len(self._row) >= 3 and any(end < 0 for end in self._row):
            for end in sorted((end for end in self._row if end >= 0), reverse=True):
                self.parts.insert(end, "-")
        self._row = []

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(" ".join(data.split()) if data.strip() else "")


def html_to_text(html: str) -> str:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (line.rstrip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line.strip())
