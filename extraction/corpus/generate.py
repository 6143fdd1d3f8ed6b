"""Writing a corpus: every layout's documents under docs/<layout>/ and one truth line per document."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

from .layouts import LAYOUTS
from .model import Document, Layout


def document_rng(seed: int, layout: str, index: int) -> random.Random:
    """Each document has its own stream, so adding a layout or a document leaves the others unchanged."""
    return random.Random(f"{seed}:{layout}:{index}")


def generate(out: Path, *, seed: int, per_layout: int = 25, layouts: Sequence[str] | None = None) -> list[dict]:
    """Write per_layout documents of each layout (all of them unless named) and truth.jsonl; return the rows."""
    names = list(layouts) if layouts is not None else list(LAYOUTS)
    unknown = [name for name in names if name not in LAYOUTS]
    if unknown:
        raise ValueError(f"unknown layouts: {', '.join(unknown)}")
    out = Path(out)
    rows = []
    for name in names:
        layout = LAYOUTS[name]
        folder = out / "docs" / name
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(per_layout):
            document = layout.build(document_rng(seed, name, index))
            relative = f"docs/{name}/{name}_{index + 1:04d}.{layout.kind}"
            (out / relative).write_bytes(document.content)
            rows.append(_truth_row(relative, layout, document))
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    (out / "truth.jsonl").write_text(lines, encoding="utf-8")
    return rows


def _truth_row(relative: str, layout: Layout, document: Document) -> dict:
    return {
        "file": relative,
        "layout": layout.name,
        "split": layout.split,
        "doc_type": document.doc_type,
        "trades": document.trades,
    }


def one_page_confirmations(n: int, seed: int) -> list[bytes]:
    """n one-page, one-trade PDF confirmations, taken in turn from the layouts that make them."""
    single = [layout for layout in LAYOUTS.values() if layout.single_page_pdf]
    documents = []
    for index in range(n):
        layout = single[index % len(single)]
        documents.append(layout.build(document_rng(seed, f"bench-{layout.name}", index)).content)
    return documents
