"""Tables of trades: a header row naming the columns, then one trade per row."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extraction import normalize, roles
from extraction.fields import (
    CODE_FIELDS,
    Draft,
    add_reading,
    find_labelled,
    narrated,
    reads_as_prose,
    typed_value_follows,
)
from extraction.labels import (
    CASH_ROW,
    FX_ROW,
    SECOND_READING,
    code_not_name,
    field_for_header,
    header_field,
    label_at,
    normalize_label,
    positions_table,
    second_date_settles,
    surest_columns,
)
from extraction.layout import Line, Word, cell_text, monospaced
from extraction.types import IDENTIFIER_FIELDS
from extraction.values import EXCHANGE_CODE, DocContext, Found, parse_cell, parse_value, split_glued

# A table needs at least this many recognised columns, among them a quantity and an amount or price.
MIN_COLUMNS = 3
_AMOUNT_COLUMNS = frozenset({"price", "gross_amount", "net_amount"})
WRAPPED_NAME = 0.88  # the confidence of a name continued on the lines under its row
# Rows stop after this many lines in a row that are not trades (a totals line, a blank gap, notes).
MAX_MISSES = 3


@dataclass(frozen=True)
class Column:
    field: str | None  # None for a column we do not read, so its words do not spill into a neighbour
    left: float  # boundaries halfway to the neighbouring headers
    right: float
    start: float = 0.0  # where the header's own text begins
    fallback: str | None = None  # the field it names when a cell is no value of field ("Valuta": EUR)


@dataclass(frozen=True)
class Tables:
    rows: list[Draft]  # one draft per table row that holds a trade
    used: frozenset[int]  # the indexes of every header and row line read
    ledger: bool  # some table mixes its trades with rows that are none (dividends, deposits): a statement's


def find_tables(lines: Sequence[Line], ctx: DocContext) -> Tables:
    """The trades of the document's tables."""
    drafts: list[Draft] = []
    used: set[int] = set()
    ledger = False
    section: Draft = {}  # what the latest section heading says of the rows under it ("Account N79-31313A (USD)")
    index = 0
    while index < len(lines):
        section = _section(lines[index], ctx) or section
        if (transposed := _transposed(lines, index, ctx)) is not None:
            found, end = transposed
            drafts.extend(found)
            used.update(range(index, end))
            index = end
            continue
        columns, depth = header_columns(lines[index]), 1
        if (stacked := stacked_header(lines, index)) is not None:
            # Either line may pass for a header alone ("Trade Value Unit Net", "Date Date ... Price Amount");
            # the whole names say more.
            whole, alone = header_columns(stacked[0]), header_columns(lines[index + 1])
            if whole is not None and _named(whole) >= _named(columns) and _named(whole) >= _named(alone):
                columns, depth = whole, stacked[1]
        if columns is None:
            index += 1
            continue
        below = _second_header(lines, index + depth)
        start = index + depth + (1 if below is not None else 0)
        before = len(drafts)
        after, others = _read_rows(lines, start, columns, ctx, drafts, used, below)
        if len(drafts) == before:
            index += 1  # a line of labels with no trade row under it is no table: its labels are read as such
            continue
        if _holdings(lines, index, columns):
            del drafts[before:]  # the positions held, not trades: their lines are used up all the same
        else:
            # "Canadian dollar account activity (CAD)" over the header, or "Amount (CAD)" in it.
            currency = _header_currency(lines[max(0, index - 1) : index + depth], columns)
            drafts[before:] = [{**section, **currency, **draft} for draft in drafts[before:]]
            ledger = ledger or others
        used.update(range(index, start))
        index = after
    _charges_by_trade(lines, ctx, drafts, used)
    return Tables(drafts, frozenset(used), ledger)


_MIN_TRANSPOSED = 4  # lines of a table on its side: at least a quantity, a price or amount and two more


def _transposed(lines: Sequence[Line], index: int, ctx: DocContext) -> tuple[list[Draft], int] | None:
    """A table printed on its side, one column per trade and the field names down the left ("Alloc Ref  L1/1
    L1/2", "Qty  227,600  234,400", "Net Amt  ..."): the trades, and the line after the table."""
    width = len(lines[index].cells) - 1
    if width < 2 or not _leads(lines[index], width):
        return None
    rows, end = [index], index + 1
    while end < len(lines) and (_leads(lines[end], width) or _leads(lines[end], 0)):
        if len(lines[end].cells) > 1:
            rows.append(end)  # a name with no values beside it ("Sedol") is a line of the table left empty
        end += 1
    if len(rows) < _MIN_TRANSPOSED:
        return None
    end = rows[-1] + 1
    leads = [cell_text(lines[n].cells[0]) for n in rows]
    named = [
        # "Fund  PCP-09  PCP-11": a fund named by a code is the client's account, not the security.
        other if all(code_not_name(field, other, cell) for cell in lines[number].cells[1:]) else field
        for number, lead in zip(rows, leads, strict=True)
        for field, other in [(header_field(lead), SECOND_READING.get(normalize_label(lead)))]
    ]
    named = surest_columns(leads, second_date_settles(named))
    drafts: list[Draft] = [{} for _ in range(width)]
    for number, field in zip(rows, named, strict=True):
        for draft, value in zip(drafts, lines[number].cells[1:], strict=True):
            if field and (read := parse_cell(field, value, ctx)):
                add_reading(draft, *read)
    if not all("quantity" in draft and draft.keys() & _AMOUNT_COLUMNS for draft in drafts):
        return None
    return drafts, end


def _leads(line: Line, width: int) -> bool:
    """A line of a table on its side: a name, then width values none of which is a name."""
    lead = cell_text(line.cells[0])
    if not roles.looks_like_label(lead) or len(line.cells) - 1 != width:
        return False
    return not any(label_at(cell, 0) is not None and label_at(cell, 0).end == len(cell) for cell in line.cells[1:])


_CHARGED = frozenset({"commission", "fees", "taxes", "net_amount"})


def _charges_by_trade(lines: Sequence[Line], ctx: DocContext, drafts: list[Draft], used: set[int]) -> None:
    """A table of each trade's charges ("Trade No. | Brokerage | Exchange Txn Charges | ... | Net Amount")
    under the trades' own: its rows go to the trades whose references they name."""
    trades = {str(draft["trade_ref"].value): draft for draft in drafts if "trade_ref" in draft}
    index = 0
    while trades and index < len(lines):
        line = lines[index]
        plain = len(line.cells) >= 3 and not any(ch.isdigit() for ch in _BRACKETED.sub("", line.text))
        found = _charge_header(lines, index) if plain and index not in used else None
        if found is None:
            index += 1
            continue
        columns, row = found
        while row < len(lines) and (charges := _charges_row(lines[row], columns, ctx)) is not None:
            reference, amounts = charges
            if reference not in trades:
                break
            trades[reference].update(amounts)  # the trade's own charges and its net after them
            used.add(row)
            row += 1
        index = row


def _charge_header(lines: Sequence[Line], index: int) -> tuple[list[Column], int] | None:
    """The columns of a charges table's header at index (printed on one line or more), and its first row."""
    stacked = stacked_header(lines, index)
    for line, depth in ([stacked] if stacked else []) + [(lines[index], 1)]:
        line = header_cells(line)
        texts = [cell_text(cell) for cell in line.cells]
        fields = surest_columns(texts, [header_field(text) for text in texts])
        if "trade_ref" in fields and "quantity" not in fields and len(_CHARGED & set(fields)) >= 2:
            # "Total Charges" sums the charges beside it: not one more of them.
            fields = [
                None if t.lower().startswith("total") and fields.count(f) > 1 else f
                for t, f in zip(texts, fields, strict=True)
            ]
            return _columns(line, fields), index + depth
    return None


def _charges_row(line: Line, columns: Sequence[Column], ctx: DocContext) -> tuple[str, Draft] | None:
    by_column: dict[int, list[Word]] = {}
    for cell in line.cells:
        by_column.setdefault(_column_of(cell, columns), []).extend(cell)
    draft: Draft = {}
    for number, words in sorted(by_column.items()):
        field = columns[number].field
        found = parse_value(field, words, ctx) if field else None
        if found is not None and field is not None:
            add_reading(draft, field, found)
    reference = draft.pop("trade_ref", None)
    return (str(reference.value), draft) if reference is not None and draft else None


def _section(line: Line, ctx: DocContext) -> Draft:
    """A statement's heading for one of its accounts ("Account N79-31313A | STAT ARB MARGIN | (USD)"): the
    account, and the currency in brackets, of the tables under it."""
    match = label_at(line.words, 0)
    if match is None or match.field != "account" or len(line.cells) < 2:
        return {}
    found = find_labelled([line], ctx).get("account")
    if found is None:
        return {}
    section: Draft = {"account": replace(found, confidence=min(found.confidence, 0.85))}
    for cell in line.cells[1:]:
        if len(cell) == 1 and _ASIDE.match(cell[0].text) and (code := normalize.normalize_currency(cell[0].text[1:-1])):
            section["currency"] = Found(code, cell, confidence=0.85)
    return section


def _holdings(lines: Sequence[Line], index: int, columns: Sequence[Column]) -> bool:
    return positions_table(lines, index, {column.field for column in columns})


def _header_currency(header: Sequence[Line], columns: Sequence[Column]) -> Draft:
    """ "Net Amount (EUR)", "Balance (GBP)": the currency a header names for every row, when no column holds it."""
    if any(column.field == "currency" for column in columns):
        return {}
    currency = normalize.only_currency(line.text for line in header)
    return {"currency": Found(currency, (), confidence=0.9)} if currency else {}


_MAX_HEADER_LINES = 4


def stacked_header(lines: Sequence[Line], index: int) -> tuple[Line, int] | None:
    """A header printed on two lines or more ("Trade" over "Date", "Gross Rate /" over "Trade Price Per" over
    "Unit (INR)") as one line of whole names, and how many lines it takes: the cells that stand one over the
    other joined. None unless the first two lines are labels only, each printed right under the one before."""
    if index + 1 >= len(lines):
        return None
    upper = header_cells(lines[index])
    if not _label_cells(upper) or len(upper.cells) < 2:
        return None  # a title over the header
    joined: list[list[Word]] = [list(cell) for cell in upper.cells]
    depth, previous = 1, upper
    while depth < _MAX_HEADER_LINES and index + depth < len(lines):
        lower = header_cells(lines[index + depth])
        fits = _header_words(lower) and (depth > 1 or len(lower.cells) >= 2)
        if not fits or not _right_under(previous, lower):
            break  # a single name under the header tells what a row's second line holds: not a header line
        for cell in (part for whole in lower.cells for part in _split_under(whole, joined)):
            over = [n for n, top in enumerate(joined) if _overlaps(top, cell)]
            if len(over) == 1 and joined[over[0]][-1].text.endswith("-"):
                joined[over[0]][-1:] = [_hyphen_joined(joined[over[0]][-1], cell[0]), *cell[1:]]  # "Settle-" "ment"
            elif len(over) == 1:
                joined[over[0]].extend(cell)
            else:
                joined.append(list(cell))  # a name on one line only, or one that spans two above
        depth, previous = depth + 1, lower
    if depth == 1:
        return None
    cells = tuple(sorted((tuple(cell) for cell in joined), key=lambda cell: min(w.x0 for w in cell)))
    return Line(words=tuple(word for cell in cells for word in cell), cells=cells), depth


def _split_under(cell: Sequence[Word], tops: Sequence[Sequence[Word]]) -> list[tuple[Word, ...]]:
    """A lower cell that runs in under a name above it from the left ("Brokerage access fees" under "Clearing &"
    over "access fees"): two names, cut where the name above begins."""
    for top in tops:
        start = top[0].x0
        cut = next((n for n in range(1, len(cell)) if cell[n - 1].x1 < start < cell[n].x1), None)
        if cut is not None and _overlaps(top, cell[cut:]):
            return [tuple(cell[:cut]), tuple(cell[cut:])]
    return [tuple(cell)]


def _hyphen_joined(upper: Word, lower: Word) -> Word:
    return Word(
        upper.text[:-1] + lower.text,
        min(upper.x0, lower.x0),
        upper.top,
        max(upper.x1, lower.x1),
        lower.bottom,
        upper.page,
    )


def _header_words(line: Line) -> bool:
    """The third or fourth line of a header: short runs of words, no figures ("Unit (INR)", "for Derivatives)")."""
    return not any(ch.isdigit() for ch in line.text) and all(len(cell) <= 4 for cell in line.cells)


def _named(columns: Sequence[Column] | None) -> int:
    return len({column.field for column in columns or () if column.field})


def _label_cells(line: Line) -> bool:
    """A line of names only; an aside in brackets ("IGST (18%)") or a rule's number ("Section 31") may hold
    figures."""
    texts = [
        _NUMBERED.sub(r"\1", _BRACKETED.sub(" ", cell_text(cell))).strip().rstrip("-") or cell_text(cell)
        for cell in line.cells
    ]
    if any(ch.isdigit() for text in texts for ch in text):
        return False
    return all(roles.looks_like_label(text) or _ASIDE.match(text) for text in texts)


_BRACKETED = re.compile(r"\(.*?\)")
_NUMBERED = re.compile(r"\b([A-Za-z]{4,}) \d{1,3}\b")  # "SECTION 31", "Rule 606": a name, not a figure


_ASIDE = re.compile(r"^\((?:[A-Z]{3}|%)\)$")  # "(EUR)" or "(%)" under or beside a header


def _right_under(upper: Line, lower: Line) -> bool:
    height = max(w.bottom - w.top for w in upper.words)
    gap = lower.words[0].top - upper.words[0].top
    return lower.words[0].page == upper.words[0].page and 0 < gap <= 1.6 * height


def _overlaps(one: Sequence[Word], other: Sequence[Word]) -> bool:
    return min(one[-1].x1, other[-1].x1) - max(one[0].x0, other[0].x0) > 0


def _second_header(lines: Sequence[Line], index: int) -> list[Column] | None:
    """A header's second line ("Execution no." under "Contract date"): what each row's second line holds."""
    if index >= len(lines):
        return None
    line = lines[index]
    cells = [cell_text(cell) for cell in line.cells]
    if any(ch.isdigit() for ch in line.text) or not all(roles.looks_like_label(c) for c in cells):
        return None
    return _columns(line, [header_field(c) for c in cells])


def read_cells(line: Line, columns: Sequence[Column], ctx: DocContext) -> Draft:
    """The value in each named column of a line, the first reading of a field winning."""
    by_column: dict[int, list[Word]] = {}
    if _cell_for_cell(line, columns):
        by_column = {number: list(cell) for number, cell in enumerate(line.cells[: len(columns)])}
    else:
        for cell in line.cells:
            for whole in _unglued(cell, columns, ctx):
                for part in _at_column_starts(whole, columns):
                    by_column.setdefault(_column_of(part, columns), []).extend(part)
    draft: Draft = {}
    for number, words in by_column.items():
        column = columns[number]
        read = parse_cell(column.field, words, ctx) if column.field else None
        if read is None and column.fallback:
            read = parse_cell(column.fallback, words, ctx)  # "Valuta  EUR" in Norway, "Valuta 29.10." in Germany
        if (
            read is None
            and column.field is None
            and len(words) <= 2
            and (side := normalize.parse_side(cell_text(words)))
        ):
            read = "side", Found(side, tuple(words))  # "Handel": Kjøp, Solgt under a header no list knows
        if read:
            add_reading(draft, *read)  # "SEC Fee", "TAF" and "Service Charge" are the fees together
    return draft


def _cell_for_cell(line: Line, columns: Sequence[Column]) -> bool:
    """An HTML table turned to text keeps its cells apart but not under their headers: a row with a cell for
    every header, that its positions would not give one to each, is read cell for cell. A fixed-width report,
    whose cells stand under their headers, reads the same either way."""
    if len(line.cells) < len(columns) or not all(monospaced(cell[0]) for cell in line.cells):
        return False
    return any(_column_of(cell, columns) != number for number, cell in enumerate(line.cells[: len(columns)]))


def _at_column_starts(cell: Sequence[Word], columns: Sequence[Column]) -> list[Sequence[Word]]:
    """A fixed-width report separates some columns by one space ("07/02/24 07/03/24 BOT"): a text file's cell
    is cut before each word that begins at or after the start of the next column's header."""
    if len(cell) < 2 or not all(monospaced(word) for word in cell):
        return [cell]
    starts = sorted(column.start for column in columns)
    parts, begin = [], 0
    for number in range(1, len(cell)):
        if any(cell[number - 1].x0 < start <= cell[number].x0 for start in starts):
            parts.append(cell[begin:number])
            begin = number
    return [*parts, cell[begin:]]


def _unglued(cell: Sequence[Word], columns: Sequence[Column], ctx: DocContext) -> list[Sequence[Word]]:
    """A cell, or its two parts where a name ran into the next column's identifier."""
    starts = [(column.field, column.start) for column in columns]
    for number, word in enumerate(cell):
        if (parts := split_glued(word, starts, ctx)) is not None:
            return [(*cell[:number], parts[0]), (parts[1], *cell[number + 1 :])]
    return [cell]


def _read_rows(
    lines: Sequence[Line],
    index: int,
    columns: list[Column],
    ctx: DocContext,
    drafts: list[Draft],
    used: set[int],
    below: list[Column] | None = None,
) -> tuple[int, bool]:
    """Read the rows from index on into drafts; where they end, and whether rows that are no trades were met."""
    misses, cash_row, tail, others = (
        0,
        -1,
        -1,
        False,
    )  # tail: the last line of the latest trade row (its own, or under it)
    section: Draft = {}  # "ACCOUNT 7UJ-00437  DR DANIEL NOVAK": the account of the rows under it
    while index < len(lines) and misses < MAX_MISSES and header_columns(lines[index]) is None:
        if _labels_only(lines[index]):
            break  # the labels of the next box or table: this table's rows are over
        if _charge_line(lines[index]):
            break  # "Kurtasje (0,069 %, min. 9 EUR)  9,00": the charges under the trade, labels with their values
        if (
            (heading := _section(lines[index], ctx))
            and index + 1 < len(lines)
            and read_row(lines[index + 1], columns, ctx)
        ):
            section, misses = heading, 0
            used.add(index)
            index += 1
            continue
        draft = read_row(lines[index], columns, ctx)
        if draft and any(_CANCEL.match(cell_text(cell)) for cell in lines[index].cells[:3]):
            _cancel(drafts, draft)  # "CXL S 16,100 WNY ...": takes back the trade it repeats; no trade itself
            used.add(index)
            misses, tail = 0, index
            index += 1
            continue
        if draft:
            draft = {**section, **draft}
            used.add(index)
            if below is not None and index + 1 < len(lines) and not read_row(lines[index + 1], columns, ctx):
                index += 1  # the row's second line, under the header's second line
                used.add(index)
                draft = {**read_cells(lines[index], below, ctx), **_name_run_on(lines[index], columns, draft)}
            drafts.append(draft)
            misses, tail = 0, index
        elif drafts and index - 1 == tail and _translation(lines[index]):
            used.add(index)  # "銀帆酒店": the row's name again in Chinese; codes may follow under it
            tail = index
        elif drafts and index - 1 == tail and (codes := _codes_and_facts_under(lines[index], columns, ctx)):
            # "ISIN DE00060KC5W5" printed under the row's name; "CUSIP 082E7M105 Settles 2023-12-05 Comm 9.95"
            for field, found in codes.items():
                drafts[-1].setdefault(field, found)
            used.add(index)
            tail = index
        elif drafts and index - 1 == tail and (facts := _facts_under(lines[index], columns, ctx)):
            for field, found in facts.items():  # "SEC FEE 0.60 TAF 3.59", "ORDER NO V1340414"
                drafts[-1].setdefault(field, found)
            used.add(index)
            tail = index
        elif (
            drafts
            and index - 1 == tail
            and (wrapped := _continuation(lines[index], columns))
            and (codes := listed_codes(wrapped[1], ctx) or _labelled_codes(wrapped[1], ctx))
        ):
            for field, found in codes.items():  # "13:58:31 | 13:59:58 | NIRMALGIR EQ INE408U01932"
                drafts[-1].setdefault(field, found)
            used.add(index)
            tail = index
        elif drafts and index - 1 == tail and (more := _name_and_facts(lines[index], columns, ctx)):
            name, facts = more  # "HOLDINGS INC COM  TAG U004326  EXEC 10:51:01": the name's end, then facts
            previous = drafts[-1].get("security_name")
            if previous is not None:
                drafts[-1]["security_name"] = replace(
                    previous, value=f"{previous.value} {cell_text(name)}", words=previous.words + name
                )
            for field, found in facts.items():
                drafts[-1].setdefault(field, found)
            used.add(index)
            tail = index
        elif drafts and index - 1 == tail and (wrapped := _continuation(lines[index], columns)):
            field, words = wrapped  # "... HOLDING AG REG" / "SHS": a name too long for its cell
            previous = drafts[-1].get(field)
            # Where a wrapped name ends is a guess ("... CL A" / "UNSOLICITED"): worth a look.
            drafts[-1][field] = (
                replace(
                    previous,
                    value=f"{previous.value} {cell_text(words)}",
                    words=previous.words + words,
                    confidence=min(previous.confidence, WRAPPED_NAME),
                )
                if previous is not None
                else Found(cell_text(words), words, confidence=0.8)
            )
            used.add(index)
            tail = index
        elif len(lines[index].cells) >= 3 and any(ch.isdigit() for ch in lines[index].text):
            misses = 0  # a row of the table that is no trade (a dividend, a deposit): the table goes on
            cash_row = index
            if _dated(lines[index], columns, ctx):
                used.add(index)  # "Payment to nominated account": the row's words are no label of the document
                others = True
        elif cash_row == index - 1 and _only_column(lines[index], columns) in _WRAPPING:
            cash_row = index  # "shares @ EUR 0.7584 per share": the description of that row, run on
            if index - 1 in used:
                used.add(index)
        else:
            misses += 1
        index += 1
    return index, others


def header_columns(line: Line) -> list[Column] | None:
    """The columns of line when it is a table header, else None."""
    line = header_cells(line)
    texts = [cell_text(cell) for cell in line.cells]
    fields = surest_columns(texts, second_date_settles([header_field(text) for text in texts]))
    named = {f for f in fields if f}
    if len(named) < MIN_COLUMNS or "quantity" not in named or not named & _AMOUNT_COLUMNS:
        return None
    return _columns(line, fields)


def header_cells(line: Line) -> Line:
    """A header line whose cells are one name each. A fixed-width report leaves one space between a right-aligned
    heading and the next ("QUANTITY DESCRIPTION", "PRICE COMMISSION"): a cell that is no name as a whole but
    reads as listed names one after another is that many cells."""
    if len(line.cells) < 3:
        return line  # "Quantity Security Price Consideration" joined by single spaces: no columns to cut
    cells: list[tuple[Word, ...]] = []
    for cell in line.cells:
        whole = len(cell) < 2 or field_for_header(cell_text(cell)) or _stacked(cell)
        cells.extend([cell] if whole else _names_in(cell))
    return line if len(cells) == len(line.cells) else Line(words=line.words, cells=tuple(cells))


def _stacked(cell: Sequence[Word]) -> bool:
    """A name printed over two lines or more ("TRANSACTION" over "FEES"): one name whatever its words read as."""
    return len({word.top for word in cell}) > 1


def _names_in(cell: tuple[Word, ...]) -> list[tuple[Word, ...]]:
    parts, position = [], 0
    while position < len(cell):
        match = label_at(cell, position)
        if match is None:
            return [cell]
        parts.append(cell[position : match.end])
        position = match.end
    # "Payment Due Date" reads as "Payment due" and "Date", but "Due date" runs across that cut: one name.
    cuts = {sum(map(len, parts[:n])) for n in range(1, len(parts))}
    for start in range(len(cell)):
        match = label_at(cell, start)
        if match is not None and any(start < cut < match.end for cut in cuts):
            return [cell]
    return parts


def _columns(line: Line, fields: Sequence[str | None]) -> list[Column]:
    """One column per cell of a header line, its bounds halfway to the neighbouring cells."""
    cells = line.cells
    columns = []
    for number, (cell, field) in enumerate(zip(cells, fields, strict=True)):
        left = (cells[number - 1][-1].x1 + cell[0].x0) / 2 if number else float("-inf")
        right = (cell[-1].x1 + cells[number + 1][0].x0) / 2 if number + 1 < len(cells) else float("inf")
        columns.append(Column(field, left, right, cell[0].x0, SECOND_READING.get(normalize_label(cell_text(cell)))))
    return columns


def read_row(line: Line, columns: Sequence[Column], ctx: DocContext) -> Draft | None:
    """The trade on one table row; None when the row has no quantity and amount (totals, notes)."""
    draft = read_cells(line, columns, ctx)
    if "quantity" not in draft or not draft.keys() & _AMOUNT_COLUMNS:
        return None
    named = {column.field for column in columns} & _NAMING
    if len(named) >= 2 and not draft.keys() & _NAMING:
        return None  # "- 09:44:30  2,000  16.600  33,200.00": one fill of the order above, not a trade of its own
    code = draft.get("ticker")
    if code is not None and "side" not in draft and (side := normalize.parse_side(str(code.value))):
        # A "Code" column of activity codes (BUY, SLD, DIV): the side, not the security's symbol.
        draft = {k: v for k, v in draft.items() if k != "ticker"}
        draft["side"] = replace(code, value=side)
    draft = narrated(draft, ctx)
    name = draft.get("security_name")
    if name is not None and len(name.words) >= 3 and name.words[1].text in _DASHES and _CODE.match(name.words[0].text):
        # "AMRAVALIS - AMRAVALI STEEL INDIA": the exchange's code for the security, then its name.
        rest = name.words[2:]
        draft = {**draft, "security_name": replace(name, value=cell_text(rest), words=rest)}
        draft.setdefault("ticker", Found(name.words[0].text, name.words[:1], confidence=name.confidence))
        name = draft["security_name"]
    if name is not None and len(name.words) <= 2 and (side := normalize.parse_side(str(name.value))):
        # "Bought" atop a details column, the name on the lines under it.
        draft = {k: v for k, v in draft.items() if k != "security_name"}
        draft.setdefault("side", replace(name, value=side))
    if "side" not in draft and CASH_ROW.search(line.text) or FX_ROW.search(line.text):
        return None  # a dividend or interest line of a statement, with a share count beside it; an exchange
    return draft


_WRAPPING = frozenset({"security_name"})
# The columns that say which deal a row is: a row of a table that has them and fills none is no deal.
_NAMING = frozenset({"security_name", "ticker", "isin", "cusip", "sedol", "trade_ref", "side"})


def _continuation(line: Line, columns: Sequence[Column]) -> tuple[str, tuple[Word, ...]] | None:
    """The rest of a wrapped name: a line whose only words sit in the name's column, with no amount or label
    in them ("SHS", "5p", "S&P 500 UCITS ETF"; not "Exchange rate 1.0842")."""
    label = label_at(line.words, 0)
    if any(_AMOUNT.match(word.text) for word in line.words) or len(line.words) > _MAX_WRAP_WORDS:
        return None  # a name runs on for a few words, not for a sentence
    if label is not None and typed_value_follows(label.field, line.words, label.end):
        return None  # "Exchange rate 1.0842": a label with its value; "Shares 5p" ends a name
    if reads_as_prose(line.words) or _TRADE_NOTE.match(line.text.strip()):
        return None  # "WE ACTED AS AGENT", "UNSOLICITED", "MKT NYSE": a note on the trade, not its name
    if _translation(line):
        return None  # "銀帆酒店": the name again in Chinese, not more of it
    field = _only_column(line, columns)
    if field in _WRAPPING:
        return field, line.words
    # A row printed on two lines: "13:22:04 | 13:25:42 | LIMITED" holds the times under the order and trade
    # numbers and the end of the name under the name; nothing under the counts and amounts.
    placed = [(columns[_column_of(cell, columns)].field, cell) for cell in line.cells]
    named = [(field, cell) for field, cell in placed if field in _WRAPPING]
    others = [cell for field, cell in placed if field not in _WRAPPING]
    if len(named) == 1 and others and all(len(cell) == 1 and _SECOND_LINE.match(cell[0].text) for cell in others):
        return named[0]
    return None


_MAX_WRAP_WORDS = 10
# The notes US confirmations print under a trade: how it was solicited, where and how it was done.
_TRADE_NOTE = re.compile(
    r"^(?:un)?solicited\b|^(?:mkt|market|exch|exchange)\b|^(?:average|avg\.?) price\b|^(?:as )?(?:agent|principal)\b"
    r"|^(?:dvp|rvp|cod)\b|^prospectus\b|^(?:cancel|correction|rebill)\b|^order (?:entered|taken)\b"
    r"|^we acted\b|^acted as\b",
    re.IGNORECASE,
)
_SECOND_LINE = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?|\d{6,})$")  # a time, a long number: not a trade's figures


_DASHES = frozenset({"-", "–", "—"})
_CODE = re.compile(r"^[A-Z][A-Z0-9&.]{1,14}$")
_AMOUNT = re.compile(r"^[(+-]?\d[\d,.']*[.,]\d+\)?$")


# A register's cancellation of a trade printed earlier, the same figures marked as cancelled.
_CANCEL = re.compile(r"^\s*(?:CXL|CANC|CANCEL|CANCELLED|CANCELED|CNCL)\b", re.IGNORECASE)


def _cancel(drafts: list[Draft], cancel: Draft) -> None:
    """Take back the latest trade the cancellation repeats (same side, count and price), if the list has it; a
    cancellation of an earlier day's trade takes back nothing here."""
    key = [cancel.get(field) and cancel[field].value for field in ("side", "quantity", "price")]
    for number in range(len(drafts) - 1, -1, -1):
        if [
            drafts[number].get(field) and drafts[number][field].value for field in ("side", "quantity", "price")
        ] == key:
            del drafts[number]
            return


def _name_and_facts(line: Line, columns: Sequence[Column], ctx: DocContext) -> tuple[tuple[Word, ...], Draft] | None:
    """A row's second line: the rest of its name under the name, then labelled facts beside it."""
    first, rest = line.cells[0], line.cells[1:]
    if (
        not rest
        or columns[_column_of(first, columns)].field not in _WRAPPING
        or any(ch.isdigit() for ch in cell_text(first))
    ):
        return None
    if label_at(first, 0) is not None or reads_as_prose(first) or _translation(line):
        return None
    facts = find_labelled([Line(words=tuple(w for cell in rest for w in cell), cells=tuple(rest))], ctx)
    return (first, facts) if facts and facts.keys() <= _FACTS_UNDER else None


# What a row's second line may say of it beside the end of its name.
_FACTS_UNDER = frozenset({"trade_ref", "cusip", "isin", "sedol", "ticker", "account"})


def _translation(line: Line) -> bool:
    """A line in another script only (Chinese, Japanese): a translation of what is printed above it."""
    return not any(ch.isascii() and ch.isalnum() for ch in line.text) and any(ch.isalpha() for ch in line.text)


def _name_run_on(line: Line, columns: Sequence[Column], draft: Draft) -> Draft:
    """A row's second line may carry the end of its name under the name ("INC COM NEW" under "MORVANNE WATER
    HOLDINGS"), whatever the header's second line names there."""
    name = draft.get("security_name")
    more = [
        cell
        for cell in line.cells
        if columns[_column_of(cell, columns)].field == "security_name"
        and not any(ch.isdigit() for ch in cell_text(cell))
    ]
    if name is None or len(more) != 1:
        return draft
    words = name.words + more[0]
    return {**draft, "security_name": replace(name, value=f"{name.value} {cell_text(more[0])}", words=words)}


def _codes_and_facts_under(line: Line, columns: Sequence[Column], ctx: DocContext) -> Draft:
    codes = _identifiers_under(line, columns, ctx)
    return {**_facts_under(line, columns, ctx), **codes} if codes else {}


def _identifiers_under(line: Line, columns: Sequence[Column], ctx: DocContext) -> Draft:
    """Identifiers with their labels on the line under a row, in the name's column ("ISIN DE00060KC5W5",
    "SEDOL 047XCQ0 ISIN GB00047XCQ05"), or one bare code whose check digit holds ("DE000Z0D1KZ2")."""
    if _only_column(line, columns) not in _WRAPPING:
        return {}
    if (listed := EXCHANGE_CODE.match(line.text.strip())) is not None:
        # "ASX: MPT", "SGX: M9P CN 40404568": the code on its exchange, and any labelled facts after it.
        taken = len(listed.group().split())
        codes: Draft = {"ticker": Found(listed.group("code"), tuple(line.words[taken - 1 : taken]))}
        rest = line.words[taken:]
        if rest:
            facts = find_labelled([Line(words=tuple(rest), cells=(tuple(rest),))], ctx)
            if not facts:
                return {}
            codes.update(facts)
        return codes
    match = label_at(line.words, 0)
    if match is None:
        return listed_codes(line.words, ctx)
    if match.field not in IDENTIFIER_FIELDS:
        return {}
    codes: Draft = {}
    while match is not None and match.field in IDENTIFIER_FIELDS:
        labels = (label_at(line.words, k) for k in range(match.end + 1, len(line.words)))
        following = next((m for m in labels if m is not None and m.field in IDENTIFIER_FIELDS), None)
        end = following.start if following is not None else len(line.words)
        found = parse_value(match.field, line.words[match.end : end], ctx)
        if found is None:
            break
        codes.setdefault(match.field, found)
        match = following
    return codes


def listed_codes(words: Sequence[Word], ctx: DocContext) -> Draft:
    """A short run of codes with no labels: one bare identifier whose check digit holds ("DE000Z0D1KZ2"), or the
    exchange's symbol, its series and the ISIN ("NIRMALGIR EQ INE408U01932")."""
    if not 1 <= len(words) <= _MAX_CODES:
        return {}
    for position, word in enumerate(words):
        read = ((f, parse_value(f, [word], ctx)) for f in IDENTIFIER_FIELDS)
        found = next(((f, v) for f, v in read if v is not None), None)
        if found is None:
            continue
        codes: Draft = {found[0]: found[1]}
        others = [w for w in words if w is not word]
        if position == 0 and not others:
            return codes
        if position > 0 and all(_CODE.match(w.text) for w in others):
            codes["ticker"] = Found(words[0].text, (words[0],), confidence=0.8)
            return codes
        return {}
    return {}


_MAX_CODES = 3


def _labelled_codes(words: tuple[Word, ...], ctx: DocContext) -> Draft:
    """Codes with their labels and nothing else ("Symbol KAVYANJAL / ISIN INE105J01382")."""
    if label_at(words, 0) is None:
        return {}
    found = find_labelled([Line(words=words, cells=(words,))], ctx)
    return found if found and found.keys() <= CODE_FIELDS else {}


def _facts_under(line: Line, columns: Sequence[Column], ctx: DocContext) -> Draft:
    """Labelled facts on a line under a row, in the name's column ("ORDER NO V1340414", "SEC FEE 0.60")."""
    if _only_column(line, columns) not in _WRAPPING or label_at(line.words, 0) is None:
        return {}
    return find_labelled([line], ctx)


def _dated(line: Line, columns: Sequence[Column], ctx: DocContext) -> bool:
    """A row with a date in a date column: a row of this table, even when it holds no trade."""
    return bool(read_cells(line, columns, ctx).keys() & {"trade_date", "settlement_date"})


def _only_column(line: Line, columns: Sequence[Column]) -> str | None:
    places = {_column_of(cell, columns) for cell in line.cells}
    return columns[places.pop()].field if len(places) == 1 else None


def _charge_line(line: Line) -> bool:
    """A line that opens with the name of a charge or a total, its amounts after it: no row of trades."""
    match = label_at(line.cells[0], 0)
    return (
        match is not None
        and match.field in _CHARGED
        and (match.end == len(line.cells[0]) or line.cells[0][match.end].text.startswith("("))
        and len(line.cells) <= 3
        and all(any(ch.isdigit() for ch in cell_text(cell)) for cell in line.cells[1:])
    )


def _labels_only(line: Line) -> bool:
    """A line of two or more label cells and no figures ("Brokerage | Stamp Duty | Levy")."""
    cells = [cell_text(cell) for cell in line.cells]
    return (
        len(cells) >= 2 and not any(ch.isdigit() for ch in line.text) and sum(map(bool, map(header_field, cells))) >= 2
    )


def _column_of(cell: Sequence[Word], columns: Sequence[Column]) -> int:
    """The column a cell overlaps most; a long name that runs past its header still lands in one."""
    left, right = cell[0].x0, cell[-1].x1

    def overlap(column: Column) -> float:
        return min(right, column.right) - max(left, column.left)

    return max(range(len(columns)), key=lambda number: overlap(columns[number]))
