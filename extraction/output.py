"""The contract's JSON shape for a result, and a table for people."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extraction.types import TRADE_FIELDS, ExtractionResult, Trade


def result_to_json(result: ExtractionResult) -> dict[str, object]:
    """One output line of contracts/extraction-output.md, as a dict ready for json.dumps."""
    data: dict[str, object] = {
        "file": result.file,
        "status": result.status,
        "error": result.error,
        "doc_type": result.doc_type,
        "trades": [trade_to_json(trade) for trade in result.trades],
    }
    if result.warnings:
        data["warnings"] = list(result.warnings)  # an added key; the contract allows additions
    return data


def trade_to_json(trade: Trade) -> dict[str, object]:
    data: dict[str, object] = {name: _plain(getattr(trade, name)) for name in TRADE_FIELDS}
    data["confidence"] = {name: round(value, 2) for name, value in trade.confidence.items()}
    data["provenance"] = {
        name: {"page": where.page, "bbox": [round(v, 1) for v in where.bbox]}
        for name, where in trade.provenance.items()
    }
    return data


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return decimal_string(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def decimal_string(value: Decimal) -> str:
    """'258525.00' style: no exponent, no thousands separator, no sign (the side carries direction)."""
    return format(abs(value), "f")


# --- for people ---------------------------------------------------------------------------------------

_TABLE_FIELDS = ("side", "quantity", "security_name", "isin", "price", "currency", "trade_date", "net_amount")


def render_table(results: list[ExtractionResult]) -> str:
    """A plain-text table: one block per file, one row per trade."""
    blocks = [_render_result(result) for result in results]
    return "\n\n".join(blocks) + "\n"


def _render_result(result: ExtractionResult) -> str:
    title = f"{result.file}  [{result.status}]  {result.doc_type}"
    if not result.ok:
        return f"{title}\n  error: {result.error}"
    notes = [f"  warning: {w}" for w in result.warnings]
    if not result.trades:
        return "\n".join([title, "  no trades", *notes])
    rows = [list(_TABLE_FIELDS)] + [[_cell(t, name) for name in _TABLE_FIELDS] for t in result.trades]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_TABLE_FIELDS))]
    lines = [
        ("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))).rstrip() for row in rows
    ]
    return "\n".join([title, *lines, *notes])


def _cell(trade: Trade, name: str) -> str:
    value = _plain(getattr(trade, name))
    return "-" if value is None else str(value)
