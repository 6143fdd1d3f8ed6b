"""Text PDFs: positioned words from pdfplumber, grouped into lines, then the shared field finding."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import extract_words

from extraction.assemble import build_trades
from extraction.doctype import classify
from extraction.reading import Reading, ReadError
from extraction.layout import Line, Word, lines_from_pdf_words
from extraction.types import Trade

logger = logging.getLogger("extraction")

# Bounds on the work one file may cost: a hostile or broken PDF must not hang a worker.
MAX_PAGES = 200
MAX_CHARS_PER_PAGE = 100_000  # about 15,000 words: far above any confirmation or statement page
# How far ahead of the header we look; the PDF spec allows the header anywhere in the first 1 KB.
_HEADER_WINDOW = 1024


@dataclass(frozen=True)
class PdfDocument:
    lines: list[Line]
    text: str
    pages: int  # pages in the file, including any beyond MAX_PAGES that were not read


def read_pdf(data: bytes, *, max_pages: int = MAX_PAGES) -> PdfDocument:
    """Lines and text of a PDF, or ReadError with a one-line reason."""
    check_header(data)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return _read_pages(pdf, max_pages)
    except PdfminerException as exc:
        raise ReadError(_pdfminer_message(exc)) from exc


def check_header(data: bytes) -> None:
    if not data:
        raise ReadError("empty file (0 bytes)")
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise ReadError("not a PDF (no PDF header)")


def _pdfminer_message(exc: PdfminerException) -> str:
    cause = exc.args[0] if exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect) or "password" in type(cause).__name__.lower():
        return "PDF is encrypted and cannot be opened"
    return "PDF is truncated or damaged"


def _read_pages(pdf: pdfplumber.PDF, max_pages: int) -> PdfDocument:
    total = len(pdf.pages)
    if total > max_pages:
        logger.warning("reading the first %d of %d pages", max_pages, total)
    lines: list[Line] = []
    for number, page in enumerate(pdf.pages[:max_pages], start=1):
        lines.extend(lines_from_pdf_words(_page_words(page, number)))
        page.close()  # frees the page's parsed layout; long statements otherwise hold every page in memory
    text = "\n".join(line.text for line in lines)
    return PdfDocument(lines=lines, text=text, pages=total)


def _page_words(page: pdfplumber.page.Page, number: int) -> list[Word]:
    chars = page.chars
    if len(chars) > MAX_CHARS_PER_PAGE:
        logger.warning("page %d has %d characters; reading the first %d", number, len(chars), MAX_CHARS_PER_PAGE)
        chars = chars[:MAX_CHARS_PER_PAGE]
    return [
        Word(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]), number)
        for w in extract_words(chars)
    ]


def pdf_trades(document: PdfDocument, *, counterparty_hint: str | None = None) -> list[Trade]:
    return build_trades(document.lines, document.text, counterparty_hint=counterparty_hint)


def extract_pdf(data: bytes) -> Reading:
    document = read_pdf(data)
    if not document.text.strip():
        raise ReadError("PDF has no text layer (scanned image?)")
    trades = pdf_trades(document)
    warnings = (f"read the first {MAX_PAGES} of {document.pages} pages",) if document.pages > MAX_PAGES else ()
    return Reading(tuple(trades), classify(document.text, trades), document.text, document.pages, warnings)
