"""A header line over value lines, when nothing but order ties a value to its column.

Text taken from PDFs by other tools often joins a table's cells with single spaces:

    Deal date Time Settlement date Bought or Sold Sedol Reference
    05/12/19 13.15 11/12/19 Bought BF41Q72 C5L6DQ

No gap or position says which value is whose, but the order and the kind of each value do: a date goes
under "Deal date", a side word under "Bought or Sold". The header is cut into columns (known labels, the
classifier's reading of the words between them), and a small dynamic programme lays the value words under
the columns so that every typed column (number, date, side, currency, identifier) gets a value of its type
and text columns take what lies between.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from extraction import normalize, validators
from extraction.labels import (
    CASH_ROW,
    FX_ROW,
    HEADER_ONLY,
    label_at,
    names_nothing,
    normalize_label,
    positions_table,
    second_date_settles,
    unlisted_field,
)
from extraction.layout import Line, Word, cell_text
from extraction.types import DATE_FIELDS, DECIMAL_FIELDS
from extraction.values import DocContext, Found, parse_value, split_glued

_IDENTIFIERS = {"isin": validators.is_isin, "cusip": validators.is_cusip, "sedol": validators.is_sedol}
TYPED = DECIMAL_FIELDS | DATE_FIELDS | {"side", "currency", *_IDENTIFIERS}
MAX_ROWS = 200
_LOOKAHEAD = 4  # lines between a header and its first value row (a security's name, its codes)
_MAX_TOKENS = 40  # a header or row longer than this is prose, not a table line
_UNIT = re.compile(r"(?i)^(pcs?|pieces?|shares?|sh|units?|stk|st|nominal)\.?$")
_MATCH, _SKIP, _MISFIT, _EMPTY_TEXT = 3.0, -2.0, -1.5, -1.0
_CHARGES = frozenset({"commission", "fees", "taxes"})  # a typed column filled with its type; a typed column left empty
CONFIDENCE = 0.85


@dataclass(frozen=True)
class Column:
    field: str | None  # None: a column we do not read ("Time", "Venue"), which still takes its value
    words: tuple[Word, ...]


def header_columns(line: Line) -> list[Column] | None:
    """The columns of a line that is nothing but labels, two or more of them naming typed fields."""
    words = line.words
    if len(line.cells) == 1 and words[-1].text.endswith(":"):
        return None  # "Basis for Tax Calculation:": the title of what follows
    # A footnote mark ("Price +1", "Total⁴") may sit in a header; a figure of two digits or more may not.
    if not 2 <= len(words) <= _MAX_TOKENS or any(sum(ch.isdigit() for ch in w.text) > 1 for w in words):
        return None
    columns: list[Column] = []
    unknown: list[Word] = []
    position = 0
    while position < len(words):
        match = label_at(words, position)
        if match is None:
            unknown.append(words[position])
            position += 1
            continue
        _flush(unknown, columns)
        unknown = []
        columns.append(Column(match.field, tuple(words[match.start : match.end])))
        position = match.end
    _flush(unknown, columns)
    fields = second_date_settles([c.field for c in columns])
    columns = [Column(field, c.words) for field, c in zip(fields, columns, strict=True)]
    typed = [c for c in columns if c.field in TYPED]
    known_words = sum(len(c.words) for c in columns if c.field)
    if len({c.field for c in typed}) < 2 or known_words * 3 < len(words):  # "Dir.  SELL" is a label and a value
        return None
    return columns


def _flush(unknown: list[Word], columns: list[Column]) -> None:
    words = [normalize_label(w.text) for w in unknown]
    if len(unknown) > 1 and all(word in HEADER_ONLY or names_nothing(word) for word in words):
        # "Debit Credit Balance": three columns, each a header of its own.
        columns.extend(Column(HEADER_ONLY.get(word), (w,)) for word, w in zip(words, unknown, strict=True))
        return
    if unknown:
        text = cell_text(unknown)
        learned = unlisted_field(text)
        field = HEADER_ONLY.get(normalize_label(text)) or (learned[0] if learned else None)
        columns.append(Column(field, tuple(unknown)))


def align_row(columns: Sequence[Column], row: Line, ctx: DocContext) -> dict[str, Found] | None:
    """The row's values laid under the columns; None unless most typed columns found their type."""
    tokens = _unglued(row.words, columns, ctx)
    if len(tokens) > _MAX_TOKENS or label_at(tokens, 0) is not None:
        return None  # "Brokerage* $9.50 AUD" under a table is a labelled line, not one of its rows
    fields = tuple(c.field for c in columns)
    score, cuts = _best(fields, tuple(w.text for w in tokens), ctx)
    if score == float("-inf"):
        return None
    typed = sum(1 for f in fields if f in TYPED)
    filled = sum(
        1
        for field, (start, end) in zip(fields, cuts, strict=True)
        if field in TYPED and end > start and fits(field, " ".join(w.text for w in tokens[start:end]), ctx)
    )
    if filled < max(2, (typed + 1) // 2):
        return None  # too few columns found a value of their kind: this line is not the header's row
    draft: dict[str, Found] = {}
    for field, (start, end) in zip(fields, cuts, strict=True):
        if field is None and start < end and "side" not in fields:
            # An unnamed column ("Detail": "Fund buy") that states the side, in a table with no side column.
            side = normalize.parse_side(" ".join(w.text for w in tokens[start:end]))
            if side and end - start <= 3 and "side" not in draft:
                draft["side"] = Found(side, tokens[start:end], confidence=CONFIDENCE)
            continue
        if field is None or start == end or field in draft:
            continue
        if field in TYPED and not fits(field, " ".join(w.text for w in tokens[start:end]), ctx):
            continue  # a word of another kind that only filled the column's place
        found = parse_value(field, tokens[start:end], ctx)
        if found is not None:
            draft[field] = Found(found.value, found.words, confidence=CONFIDENCE, currency=found.currency)
    return draft


def _unglued(words: Sequence[Word], columns: Sequence[Column], ctx: DocContext) -> tuple[Word, ...]:
    """The row's words, a name run into the next column's identifier cut in two."""
    starts = [(column.field, column.words[0].x0) for column in columns]
    out: list[Word] = []
    for word in words:
        parts = split_glued(word, starts, ctx)
        out.extend(parts or (word,))
    return tuple(out)


def _best(fields: tuple[str | None, ...], texts: tuple[str, ...], ctx: DocContext):
    """Highest score and the (start, end) token span of each column, every token used exactly once."""

    @cache
    def solve(column: int, token: int) -> tuple[float, tuple[tuple[int, int], ...]]:
        if column == len(fields):
            return (0.0, ()) if token == len(texts) else (float("-inf"), ())
        options: list[tuple[float, tuple[tuple[int, int], ...]]] = []
        field = fields[column]
        for length, gain in _lengths(field, texts, token, ctx):
            rest, cuts = solve(column + 1, token + length)
            options.append((gain + rest, ((token, token + length), *cuts)))
        return max(options, key=lambda option: option[0], default=(float("-inf"), ()))

    return solve(0, 0)


def _lengths(field: str | None, texts: tuple[str, ...], start: int, ctx: DocContext) -> list[tuple[int, float]]:
    """(tokens the column takes, score) for each way column field could take tokens from start."""
    remaining = len(texts) - start
    if field not in TYPED:
        # A text column takes any words; an empty one ("ORIG." with nothing under it) costs a little.
        return [(n, 0.0) for n in range(1, remaining + 1)] + [(0, _EMPTY_TEXT)]
    sizes = [n for n in (1, 2, 3) if n <= remaining and fits(field, " ".join(texts[start : start + n]), ctx)]
    # An empty cell, or one word that is not of the column's kind ("MARGIN" under "Type"), costs points.
    other = [(1, _MISFIT)] if remaining and 1 not in sizes else []
    # Charges are the cells most often left blank.
    skip = _SKIP / 2 if field in _CHARGES else _SKIP
    return [*((n, _MATCH) for n in sizes), (0, skip), *other]


def fits(field: str, text: str, ctx: DocContext) -> bool:
    """Does text, and nothing more, read as a value of field's type?"""
    if field in DECIMAL_FIELDS:
        parts = text.split()
        if len(parts) == 2 and normalize.normalize_currency(parts[-1]):
            parts = parts[:-1]  # "9,998.50 GBP": the amount and its currency
        elif len(parts) == 2 and normalize.normalize_currency(parts[0]):
            parts = parts[1:]  # "GBP -136'647.03"
        elif len(parts) == 2 and field == "quantity" and _UNIT.match(parts[-1]):
            parts = parts[:-1]  # "21.00 pc.": the count and its unit
        return len(parts) == 1 and normalize.parse_decimal(parts[0], decimal_mark=ctx.decimal_mark) is not None
    if field in DATE_FIELDS:
        dates = normalize.find_dates(text, day_first=ctx.day_first)
        return len(dates) == 1 and dates[0][1] == 0 and dates[0][2] == len(text.rstrip(".,;"))  # "25/12/2023."
    if field == "side":
        return len(text.split()) <= 3 and normalize.parse_side(text, allow_letters=True) is not None
    if field == "currency":
        return normalize.normalize_currency(text) is not None
    check = _IDENTIFIERS[field]
    return check(text.upper())


_DETAIL_LINES = 6  # the most lines of details a statement prints under one row


def _free(lines: Sequence[Line], index: int, skip) -> bool:
    return index < len(lines) and index not in skip and header_columns(lines[index]) is None


def _with_details(row: dict[str, Found], found: dict[str, Found]) -> dict[str, Found]:
    """A row completed by the lines under it. The row's values stand, but a statement dates its rows when
    the cash moved: dates the details name as traded and settled are the trade's own."""
    if found.keys() >= {"trade_date", "settlement_date"}:
        row = {k: v for k, v in row.items() if k not in ("trade_date", "settlement_date")}
    return {**found, **row}


def _last_details(draft: dict[str, Found], below: Sequence[Line], details: Details, shape: int) -> dict[str, Found]:
    """The last row's details: as many lines as the rows above had; a lone row takes only a name from
    the line under it ("SPDR S&P BIOTECH ETF  PRINCIPAL $371.65"), since a total may follow a table."""
    found = details(below)
    if shape:
        return {**found, **draft}
    name = found.get("security_name")
    return {"security_name": name, **draft} if name is not None else draft


def _next_row(columns: Sequence[Column], lines: Sequence[Line], start: int, ctx: DocContext, skip) -> int | None:
    """The next row of the table a few lines on, with only details between; None when the table has ended."""
    for index in range(start + 1, min(start + 1 + _DETAIL_LINES, len(lines))):
        if index in skip or header_columns(lines[index]) is not None:
            return None
        if align_row(columns, lines[index], ctx):
            return index
    return None


def _first_row(columns: Sequence[Column], lines: Sequence[Line], start: int, ctx: DocContext, skip) -> int:
    """Where the values begin: the next line, or one a little further when a name or code sits between."""
    for index in range(start, min(start + _LOOKAHEAD, len(lines))):
        if index in skip or header_columns(lines[index]) is not None:
            break
        if align_row(columns, lines[index], ctx):
            return index
    return start


def _with_name_above(draft: dict[str, Found], between: Sequence[Line]) -> dict[str, Found]:
    """A name that starts on a line of its own above the row ("HSBC ETFs Plc" / "... MSCI World ETF GBP")."""
    name = draft.get("security_name")
    above = [line for line in between if not any(ch.isdigit() for ch in line.text) and len(line.words) <= 8]
    if name is None or not above:
        return draft
    words = tuple(w for line in above for w in line.words)
    return {**draft, "security_name": Found(f"{cell_text(words)} {name.value}", words + name.words, confidence=0.7)}


Details = Callable[[Sequence[Line]], dict[str, Found]]


def find_row_tables(
    lines: Sequence[Line], ctx: DocContext, *, skip: frozenset[int], details: Details | None = None
) -> tuple[list[list[dict[str, Found]]], frozenset[int]]:
    """For each header line, the drafts of the value rows under it; and the indexes of the lines used.

    Statements often print a row's details on the lines under it (the security's name, "Units 2.5",
    "Rate 180.61") before the next row: given details, a reader of such lines, they complete the row above.
    """
    tables: list[list[dict[str, Found]]] = []
    continued: dict[str, list[dict[str, Found]]] = {}  # each header's table, by the header's text
    used: set[int] = set()
    index = 0
    while index < len(lines):
        columns = None if index in skip else header_columns(lines[index])
        if columns is None:
            index += 1
            continue
        # Positions held, under a valuation heading: their lines are used up, and they are no trades.
        positions = positions_table(lines, index, {c.field for c in columns})
        drafts: list[dict[str, Found]] = []
        first = following = _first_row(columns, lines, index + 1, ctx, skip)
        shape = 0  # how many lines of details the rows have had
        cash = False  # whether the latest row was a cash row, whose details are no trade's
        while following < len(lines) and following not in skip and len(drafts) < MAX_ROWS:
            draft = align_row(columns, lines[following], ctx)
            text = lines[following].text
            if draft and ("side" not in draft and CASH_ROW.search(text) or FX_ROW.search(text)):
                used.add(following)  # a dividend or a deposit: a row of the table, no trade
                following, cash = following + 1, True
                continue
            if draft:
                drafts.append(draft)
                used.add(following)
                following, cash = following + 1, False
                continue
            after = _next_row(columns, lines, following, ctx, skip) if details and (drafts or cash) else None
            if after is None:
                break
            if not cash:
                drafts[-1] = _with_details(drafts[-1], details(lines[following:after]))
            used.update(range(following, after))
            shape, following = after - following, after
        if details and drafts and not cash and _free(lines, following, skip):
            drafts[-1] = _last_details(drafts[-1], lines[following : following + max(shape, 1)], details, shape)
        elif details and cash and shape and _free(lines, following, skip):
            # The last row was a dividend or a deposit: the lines of details under it are its, no label of the
            # document's ("5,050 shares @ $0.822 tax exempt").
            used.update(range(following, min(following + shape, len(lines))))
        if drafts:
            drafts[0] = _with_name_above(drafts[0], lines[index + 1 : first])
        if drafts:
            heading = " ".join(lines[index].text.lower().split())
            if not positions and heading in continued:
                continued[heading].extend(drafts)  # the same header on the next page: the table goes on
            elif not positions:
                tables.append(drafts)
                continued[heading] = drafts
            used.add(index)
        index = following if drafts else index + 1
    return tables, frozenset(used)
