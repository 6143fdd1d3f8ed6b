"""The one entry point: extract(path) -> ExtractionResult, for every caller and every kind of file."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from extraction import csv as csv_reader
from extraction import email as email_reader
from extraction import pdf, text
from extraction.reading import ReadError, Reading
from extraction.types import ExtractionResult

logger = logging.getLogger("extraction")

MAX_TEXT_CHARS = 200_000  # ExtractionResult.text is for display beside the fields, not an archive
MAX_FILE_BYTES = 100 * 1024 * 1024

_READERS: dict[str, Callable[[bytes], Reading]] = {
    "pdf": pdf.extract_pdf,
    "eml": email_reader.extract_email,
    "csv": csv_reader.extract_csv,
    "txt": text.extract_text,
}
_EXTENSIONS = {".pdf": "pdf", ".eml": "eml", ".csv": "csv", ".txt": "txt", ".text": "txt", ".fin": "txt", ".prt": "txt"}
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]?\S", re.MULTILINE)
_MAIL_HEADERS = re.compile(rb"^(from|to|subject|date|received|message-id|mime-version|return-path):", re.I | re.M)


def extract(path: str | Path, *, filename: str | None = None) -> ExtractionResult:
    """Read one file and return its trades; never raises for bad input.

    filename is the name the file arrived with, when path is a stored copy without one (the worker's
    case): its extension names the kind, and the content confirms it.
    """
    shown = str(path)
    try:
        data = _read_bytes(Path(path))
        kind = detect_kind(filename or str(path), data)
        reading = _READERS[kind](data)
    except ReadError as exc:
        return ExtractionResult(file=shown, status="error", error=str(exc))
    except Exception as exc:  # a reader bug must cost one file, not the run or the worker
        logger.exception("extraction failed for %s", shown)
        return ExtractionResult(file=shown, status="error", error=f"could not read file: {_one_line(exc)}")
    return ExtractionResult(
        file=shown,
        status="ok",
        doc_type=reading.doc_type,
        trades=reading.trades,
        text=reading.text[:MAX_TEXT_CHARS],
        pages=reading.pages,
        warnings=reading.warnings,
    )


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(f"file too large ({size} bytes; limit {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ReadError("file not found") from exc
    except IsADirectoryError as exc:
        raise ReadError("is a directory, not a file") from exc
    except PermissionError as exc:
        raise ReadError("permission denied") from exc
    if not data:
        raise ReadError("empty file (0 bytes)")
    return data


def detect_kind(name: str, data: bytes) -> str:
    """The reader for a file: by extension, corrected by what the content plainly is."""
    suffix = Path(name).suffix.lower()
    by_name = _EXTENSIONS.get(suffix)
    by_content = _sniff(data)
    if by_name == "pdf" or by_content == "pdf":
        return "pdf"  # a .pdf without a header gets the PDF reader's clear "not a PDF" message
    if by_name:
        return by_name
    if by_content:
        return by_content
    if suffix:
        raise ReadError(f"unsupported file type: {suffix}")
    return "csv" if looks_like_csv(data) else "txt"


def _sniff(data: bytes) -> str | None:
    head = data[:4096]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if looks_like_email(head):
        return "eml"
    return None


def looks_like_email(head: bytes) -> bool:
    """RFC 5322: the message starts with header lines, and some of them are the usual mail headers."""
    first_block = head.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    lines = [line for line in first_block.splitlines() if line and not line[:1].isspace()]
    if not lines or not all(_HEADER_LINE.match(line) for line in lines[:5]):
        return False
    return len(_MAIL_HEADERS.findall(first_block)) >= 2


def looks_like_csv(head: bytes) -> bool:
    """The first lines all hold the same number (two or more) of one delimiter."""
    lines = [line for line in head[:4096].splitlines()[:5] if line.strip()]
    if len(lines) < 2:
        return False
    for delimiter in (b",", b";", b"\t"):
        counts = {line.count(delimiter) for line in lines}
        if len(counts) == 1 and counts.pop() >= 2:
            return True
    return False


def _one_line(exc: BaseException) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message[:200]
