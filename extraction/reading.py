"""What every reader hands back, and the one exception it raises for bad input."""

from __future__ import annotations

from dataclasses import dataclass

from extraction.types import Trade


class ReadError(Exception):
    """The file cannot be read as its kind; the message is the one-line error a person sees."""


@dataclass(frozen=True)
class Reading:
    trades: tuple[Trade, ...]
    doc_type: str
    text: str
    pages: int = 0
    warnings: tuple[str, ...] = ()
