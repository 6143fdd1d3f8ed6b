"""Text PDFs: positioned words from pdfplumber, grouped into lines, then the shared field finding."""

from __future__ import annotations

import io
import logging
import os
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import extract_words

from extraction.assemble import build_trades
from extraction.doctype import classify
from extraction.layout import LEADER, Line, Word, lines_from_pdf_words, lines_from_text, side_by_side
from extraction.pdfcount import CharCounter
from extraction.reading import ReadError, Reading
from extraction.types import Trade

logger = logging.getLogger("extraction")

# Bounds on the work one file may cost: a hostile or broken PDF must not hang a worker.
MAX_PAGES = int(os.environ.get("EXTRACTION_MAX_PAGES", "200"))
# About 15,000 words: far above any real confirmation or statement page.
MAX_CHARS_PER_PAGE = int(os.environ.get("EXTRACTION_MAX_CHARS_PER_PAGE", "100000"))
# How far ahead of the header we look; the PDF spec allows the header anywhere in the first 1 KB.
_HEADER_WINDOW = 1024


@dataclass(frozen=True)
class PdfDocument:
    lines: list[Line]
    text: str
    pages: int  # pages in the file, including any beyond MAX_PAGES that were not read
    warnings: tuple[str, ...] = ()


def read_pdf(data: bytes, *, max_pages: int | None = None) -> PdfDocument:
    """Lines and text of a PDF, or ReadError with a one-line reason."""
    check_header(data)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf, CharCounter(data) as counter:
            return _read_pages(pdf, counter, max_pages or MAX_PAGES)
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


def _read_pages(pdf: pdfplumber.PDF, counter: CharCounter, max_pages: int) -> PdfDocument:
    total = len(pdf.pages)
    warnings = [f"read the first {max_pages} of {total} pages"] if total > max_pages else []
    lines: list[Line] = []
    for number, page in enumerate(pdf.pages[:max_pages], start=1):
        count = counter.count(number - 1)
        if count > MAX_CHARS_PER_PAGE:
            warnings.append(f"page {number} has {count} characters; read the first {MAX_CHARS_PER_PAGE} as text")
            lines.extend(lines_from_text(counter.text(number - 1, MAX_CHARS_PER_PAGE)))
        else:
            lines.extend(side_by_side(lines_from_pdf_words(_words(page.chars, number))))
        page.close()  # frees the page's parsed layout; long statements otherwise hold every page in memory
    for warning in warnings:
        logger.warning("%s", warning)
    text = "\n".join(line.text for line in lines)
    return PdfDocument(lines=lines, text=text, pages=total, warnings=tuple(warnings))


def _words(chars: list[dict[str, object]], number: int) -> list[Word]:
    words = []
    for w in extract_words(chars, return_chars=True):
        if LEADER.fullmatch(str(w["text"])):
            continue  # "Quantity ........ 2,234": the dots only lead the eye from the label to its value
        parts = _parts(w["chars"])
        if len(parts) == 1:
            words.append(
                Word(str(w["text"]), float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]), number)
            )
        else:
            words.extend(_word_of(part, number) for part in parts)
    return words


# A gap this much wider than the word's narrowest, in em, is a space the writer did not print: pdfplumber joins
# characters up to 3 points apart, so small right-aligned headings run together ("ConsiderationCommission").
_UNPRINTED_SPACE = 0.25


def _parts(chars: list[dict]) -> list[list[dict]]:
    """A word's characters, cut where one is printed over the one before it (text that ran out of its box
    into the next one: "...FROM YOU" over "SEHK" is two words, not "YOUSEHK") and where a gap as wide as a
    space stands between two of them. Gaps are measured against the word's narrowest, so letter-spaced text
    stays one word."""
    gaps = [char["x0"] - before["x1"] for before, char in zip(chars, chars[1:], strict=False)]
    narrowest = max(min(gaps, default=0.0), 0.0)  # kerned or overprinted pairs overlap
    parts = [[chars[0]]]
    for before, char, gap in zip(chars, chars[1:], gaps, strict=False):
        overprinted = char["x0"] < before["x1"] - (before["x1"] - before["x0"]) / 2
        if overprinted or gap - narrowest > _UNPRINTED_SPACE * before["size"]:
            parts.append([])
        parts[-1].append(char)
    return parts


def _word_of(chars: list[dict], number: int) -> Word:
    return Word(
        "".join(str(c["text"]) for c in chars),
        float(min(c["x0"] for c in chars)),
        float(min(c["top"] for c in chars)),
        float(max(c["x1"] for c in chars)),
        float(max(c["bottom"] for c in chars)),
        number,
    )


def pdf_trades(document: PdfDocument, *, counterparty_hint: str | None = None) -> list[Trade]:
    return build_trades(document.lines, document.text, counterparty_hint=counterparty_hint)


def extract_pdf(data: bytes) -> Reading:
    document = read_pdf(data)
    if not document.text.strip():
        raise ReadError("PDF has no text layer (scanned image?)")
    trades = pdf_trades(document)
    doc_type = classify(document.text, trades)
    return Reading(tuple(trades), doc_type, document.text, document.pages, document.warnings)
