"""Broker CSV exports: headers mapped by synonym, one trade per row, cash rows left out."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from extraction import normalize
from extraction.assemble import is_trade
from extraction.confidence import to_trade
from extraction.fields import Draft, add_reading, is_company_name
from extraction.labels import CASH_ROW, FX_ROW, header_field, label_at
from extraction.layout import Word, lines_from_text
from extraction.reading import ReadError, Reading
from extraction.text import decode
from extraction.types import DATE_FIELDS, DECIMAL_FIELDS
from extraction.values import DocContext, Found, parse_cell, parse_value

MAX_ROWS = 100_000
_PREAMBLE_FIELDS = frozenset({"account", "currency", "counterparty"})
_HEADER_SEARCH_ROWS = 20  # exports often put a title, the account and a blank line above the header


def extract_csv(data: bytes) -> Reading:
    text = decode(data)
    rows = _rows(text)
    header_at, columns = _find_header(rows)
    # The conventions are read from the cells: a comma that separates fields says nothing of decimals.
    ctx = DocContext.from_text("\n".join("  ".join(row) for row in rows))
    shared = {**_header_currency(rows[header_at], columns), **_preamble(rows[:header_at], ctx)}
    drafts = [{**shared, **d} for d in (_draft(row, columns, ctx) for row in rows[header_at + 1 :]) if d]
    drafts = _sides_from_signs(drafts)
    trades = [to_trade(d) for d in drafts if is_trade(d)]
    return Reading(tuple(trades), "statement" if len(trades) > 1 else "confirmation", text)


def _rows(text: str) -> list[list[str]]:
    delimiter = _delimiter(text[:8192])
    rows = []
    for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)):
        if number >= MAX_ROWS:
            break
        rows.append([cell.strip() for cell in row])
    return rows


def _delimiter(sample: str) -> str:
    """The delimiter that cuts the most lines into the same number (two or more) of fields.

    Decimal commas ("37,45") fool a sniffer that counts characters; counting parsed fields does not.
    """
    lines = [line for line in sample.splitlines()[:30] if line.strip()]

    def steadiness(delimiter: str) -> tuple[int, int]:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        common = max(set(widths), key=widths.count) if widths else 1
        return (widths.count(common) if common >= 2 else 0, common)

    return max(",;\t|", key=steadiness)


def _find_header(rows: Sequence[Sequence[str]]) -> tuple[int, list[str | None]]:
    for index, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        columns = [header_field(cell) for cell in row]
        if "quantity" in columns and sum(1 for c in columns if c) >= 3:
            return index, columns
    raise ReadError("CSV has no header row naming a quantity column")


def _header_currency(header: Sequence[str], columns: Sequence[str | None]) -> Draft:
    """ "Price (CAD)", "Amount USD": the currency the money columns' headers name, when no column holds it."""
    if "currency" in columns:
        return {}
    currency = normalize.only_currency(cell for cell, field in zip(header, columns, strict=False) if field in _MONEY)
    return {"currency": Found(currency, (), confidence=0.9)} if currency else {}


_ACCOUNT_NOTE = re.compile(r"\s*\(.*\)\s*$|\s+-\s+.*$")  # "GC013703 (Elm Trust)", "591-76188-UH - Wexmoor Fund"
_MONEY = frozenset({"price", "gross_amount", "net_amount", "commission", "fees", "taxes"})
# "Tallpine Direct Investing Inc. - Account Activity": the firm's name heads its export.
_TITLE_PARTS = re.compile(r"\s+[-–—|:]\s+|:\s+")  # "Source: Sheringham ..." names the firm too


def _preamble(rows: Sequence[Sequence[str]], ctx: DocContext) -> Draft:
    """'Account,UX-100' style lines above the header state a field for every row; a title names the firm."""
    shared: Draft = {}
    for row in rows:
        cells = [cell for cell in row if cell]
        if len(cells) == 1 and ": " in cells[0] and not _TITLE_PARTS.search(cells[0].split(": ", 1)[1]):
            cells = [part.strip() for part in cells[0].split(": ", 1)]  # "Safekeeping account: GC013703 (...)"
        field = header_field(cells[0]) if len(cells) >= 2 else None
        if field == "account" and cells[1].strip():
            # "Compte:  48614 60113700177": above the header, the whole cell is the account.
            shared.setdefault(field, Found(_ACCOUNT_NOTE.sub("", cells[1]).strip(), (), confidence=0.9))
        elif field in _PREAMBLE_FIELDS:
            found = parse_value(field, _cell_words(cells[1]), ctx)
            if found is not None:
                shared.setdefault(field, found)
        elif len(cells) == 1:
            # "Report: Transaction Activity | Source: Sheringham Global Custody Services Limited"
            parts = _TITLE_PARTS.split(cells[0])
            names = [part for part in parts if is_company_name(part)]
            if names:
                shared.setdefault("counterparty", Found(names[0], (), confidence=0.8))
            for part in parts:  # "... – Depot 589 1382237 06 – ...": an account named in the title
                words = _cell_words(part)
                match = label_at(words, 0) if words else None
                account = " ".join(w.text for w in words[match.end :]) if match and match.field == "account" else ""
                if any(ch.isdigit() for ch in account):  # "Account 785 1697877 39", not "Account Activity"
                    shared.setdefault("account", Found(account, (), confidence=0.85))
    return shared


def _draft(row: Sequence[str], columns: Sequence[str | None], ctx: DocContext) -> Draft | None:
    """A trade's fields from one row; None for blank rows and cash movements."""
    if not any(row) or _is_cash_row(row, columns):
        return None
    draft: Draft = {}
    for cell, column in zip(row, columns, strict=False):
        if column and cell and (read := _read_cell(column, cell, ctx)):
            add_reading(draft, *read)
    return draft


def _read_cell(column: str, cell: str, ctx: DocContext) -> tuple[str, Found] | None:
    if column in DATE_FIELDS and _EXCEL_SERIAL.fullmatch(cell):
        # "45380" under "Date": a spreadsheet's day number (days since 30 December 1899), as some portals export.
        return column, Found(_EXCEL_EPOCH + timedelta(days=int(cell)), (_word(cell),), confidence=0.9)
    if column in DECIMAL_FIELDS and _PLAIN_FIGURE.fullmatch(cell):
        # "446337819" under "Net Cash (LC)": in a money column a long run of digits is yen, not a reference.
        return column, Found(Decimal(cell.replace("−", "-")), (_word(cell),))
    return parse_cell(column, _cell_words(cell) if column in _CODES else [_word(cell)], ctx)


_PLAIN_FIGURE = re.compile(r"[-−]?\d{9,}")
_EXCEL_SERIAL = re.compile(r"[34]\d{4}")  # 1982 to 2173
_EXCEL_EPOCH = date(1899, 12, 30)


_CODES = frozenset({"account", "trade_ref", "ticker"})


def _cell_words(cell: str) -> list[Word]:
    """A cell's words, for codes printed with a note ("854UF648 (Margin - CAD)")."""
    lines = lines_from_text(cell)
    return list(lines[0].words) if lines else [_word(cell)]


def _word(cell: str) -> Word:
    # A CSV cell has no position on a page; page 0 keeps it out of provenance.
    return Word(cell, 0.0, 0.0, float(len(cell)), 1.0)


def _is_cash_row(row: Sequence[str], columns: Sequence[str | None]) -> bool:
    side_cells = [cell for cell, field in zip(row, columns, strict=False) if field == "side" and cell]
    if any(normalize.parse_side(cell, allow_letters=True) for cell in side_cells):
        return False
    # A side word we do not know is no reason to drop a row; a dividend, a deposit or an exchange is.
    return any(CASH_ROW.search(cell) or FX_ROW.search(cell) for cell in row)


def _sides_from_signs(drafts: list[Draft]) -> list[Draft]:
    """Exports without a side column sign the quantity (negative = sold) or the cash (negative = paid)."""
    if all("side" in d for d in drafts):
        return drafts
    for field, negative_side in (("quantity", "SELL"), ("net_amount", "BUY")):
        signs = {_sign(d, field) for d in drafts} - {None}
        if -1 in signs:
            positive_side = "BUY" if negative_side == "SELL" else "SELL"
            return [_with_side(d, field, negative_side, positive_side) for d in drafts]
    return drafts


def _sign(draft: Draft, field: str) -> int | None:
    found = draft.get(field)
    if found is None or not isinstance(found.value, Decimal) or not found.value:
        return None
    return -1 if found.value < 0 else 1


def _with_side(draft: Draft, field: str, negative_side: str, positive_side: str) -> Draft:
    sign = _sign(draft, field)
    if "side" in draft or sign is None:
        return draft
    side = negative_side if sign < 0 else positive_side
    return {**draft, "side": Found(side, (), confidence=0.8)}
