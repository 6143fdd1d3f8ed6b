"""Cheap per-page character counts with pypdfium2, taken before pdfplumber parses a page.

pdfplumber builds an object per character: a page of half a million characters costs it about ten
seconds, pdfium a tenth of one. Counting first lets the reader refuse the expensive path.
"""

from __future__ import annotations

import logging
from types import TracebackType

import pypdfium2 as pdfium

logger = logging.getLogger("extraction")


class CharCounter:
    """Counts (and, for oversized pages, reads) characters page by page; counts 0 if pdfium cannot open."""

    def __init__(self, data: bytes) -> None:
        try:
            self._document: pdfium.PdfDocument | None = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            logger.info("pdfium cannot open this PDF; page sizes are not checked")
            self._document = None

    def __enter__(self) -> CharCounter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._document is not None:
            self._document.close()

    def count(self, index: int) -> int:
        if self._document is None or index >= len(self._document):
            return 0
        page = self._document[index]
        textpage = page.get_textpage()
        try:
            return int(textpage.count_chars())
        finally:
            textpage.close()
            page.close()

    def text(self, index: int, limit: int) -> str:
        """The first limit characters of a page, in pdfium's reading order."""
        if self._document is None:
            return ""
        page = self._document[index]
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_range(0, limit))
        finally:
            textpage.close()
            page.close()
