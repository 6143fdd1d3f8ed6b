"""The synthetic corpus: invented brokers' confirmations, statements, emails and exports with their true trades.

    python -m extraction.corpus OUT --seed N [--per-layout K]

writes OUT/docs/<layout>/<layout>_0001.<ext> and OUT/truth.jsonl (one JSON line per document: file, layout,
split, doc_type, trades in the contract's format). Held-out layouts use wording no training layout uses, so
scores on them measure how the engine copes with brokers it was not written for.
"""

from __future__ import annotations

from .generate import generate, one_page_confirmations
from .layouts import HELDOUT_LAYOUTS, LAYOUTS

__all__ = ["HELDOUT_LAYOUTS", "LAYOUTS", "generate", "one_page_confirmations"]
