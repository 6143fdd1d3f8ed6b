"""Plain text: lines with pseudo-positions, then the shared field finding."""

from __future__ import annotations

from extraction import swift
from extraction.assemble import build_trades
from extraction.doctype import classify
from extraction.layout import lines_from_text
from extraction.reading import Reading
from extraction.types import Trade

_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")  # latin-1 decodes any byte string, so it comes last


def decode(data: bytes) -> str:
    """The text of a file: UTF-16 when its byte-order mark or its zero bytes say so (what Excel's "Unicode text"
    export writes), else UTF-8, else Windows-1252, else Latin-1."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    head = data[:4096]
    if len(head) >= 8 and head[1::2].count(0) > 0.4 * len(head[1::2]) and head[0::2].count(0) == 0:
        return data.decode("utf-16-le", errors="replace")  # UTF-16 written without its mark
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")


def text_trades(text: str, *, counterparty_hint: str | None = None) -> list[Trade]:
    if swift.looks_like_swift(text):
        return swift.swift_trades(text)  # ISO 15022 messages: their tags say what each value is
    text = without_carriage_control(text)
    return build_trades(lines_from_text(text), text, counterparty_hint=counterparty_hint)


_ASA_CONTROL = frozenset(" 01-+")


def without_carriage_control(text: str) -> str:
    """A mainframe print file gives each line a first column of carriage control ('1' a new page, '0' a
    blank line before, ' ' the next line): a column of the printer's, not of the document."""
    lines = text.splitlines()
    printed = [line for line in lines if line.strip()]
    if len(printed) < 5 or not any(line[0] == "1" for line in printed):
        return text
    # A control '0' or '1' stands before the text; "14.11.2025" at a line's start is a date, not a control.
    if not all(line[0] in _ASA_CONTROL and not (line[0] in "01" and line[1:2].isdigit()) for line in printed):
        return text
    return "\n".join(line[1:] for line in lines)


def extract_text(data: bytes) -> Reading:
    text = decode(data)
    trades = text_trades(text)
    return Reading(tuple(trades), classify(text, trades), text)
