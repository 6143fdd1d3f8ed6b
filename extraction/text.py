"""Plain text: lines with pseudo-positions, then the shared field finding."""

from __future__ import annotations

from extraction.assemble import build_trades
from extraction.doctype import classify
from extraction.layout import lines_from_text
from extraction.reading import Reading
from extraction.types import Trade

_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")  # latin-1 decodes any byte string, so it comes last


def decode(data: bytes) -> str:
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")


def text_trades(text: str, *, counterparty_hint: str | None = None) -> list[Trade]:
    return build_trades(lines_from_text(text), text, counterparty_hint=counterparty_hint)


def extract_text(data: bytes) -> Reading:
    text = decode(data)
    trades = text_trades(text)
    return Reading(tuple(trades), classify(text, trades), text)
