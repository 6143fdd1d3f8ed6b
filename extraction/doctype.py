"""Which kind of document a text is: a confirmation, a statement, or unknown."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extraction.types import Trade

# Only the heading decides: a confirmation may mention "your statement" further down.
_HEADING_LINES = 15
_STATEMENT = re.compile(r"\b(statement|activity report|transaction history|account activity)\b", re.IGNORECASE)
_CONFIRMATION = re.compile(r"\b(confirm|confirmation|contract note|trade advice|execution report)\b", re.I)


def classify(text: str, trades: Sequence[Trade]) -> str:
    heading = "\n".join(text.splitlines()[:_HEADING_LINES])
    if _STATEMENT.search(heading):
        return "statement"
    if trades or _CONFIRMATION.search(heading):
        return "confirmation"
    return "unknown"
