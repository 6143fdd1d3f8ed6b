"""From positioned lines to Trades: tables first, then labels, then document-wide fallbacks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import partial
from itertools import pairwise

from extraction import fields, nlp, normalize
from extraction.confidence import DERIVED, to_trade
from extraction.fields import Draft
from extraction.labels import LEARNED_RANK
from extraction.layout import Line, cell_text
from extraction.rowalign import find_row_tables, header_columns
from extraction.tables import find_tables
from extraction.types import IDENTIFIER_FIELDS, Trade, keep_once
from extraction.values import DocContext, Found

# Fields a document states once for all the trades of its table.
_SHARED_WITH_ROWS = ("counterparty", "account", "currency", "trade_date", "settlement_date", "side")
# Fields the first block of a document states for all of its blocks (letterhead, account).
_SHARED_WITH_SECTIONS = ("counterparty", "account", "currency", "trade_date", "settlement_date")
# Fields whose labels, repeated block after block, mark a document holding one trade per block.
_BLOCK_FIELDS = (
    *("quantity", "price", "gross_amount", "net_amount", "isin", "cusip", "security_name", "trade_ref"),
    *("ticker", "trade_date", "settlement_date", "commission", "fees"),
)


def build_trades(lines: Sequence[Line], text: str, *, counterparty_hint: str | None = None) -> list[Trade]:
    """Every trade the lines state: one per table row, else one from labelled fields, else none.

    A document that repeats the same header for each of several trades (one trade per page or block)
    is also read block by block; the reading that finds more trades wins.
    """
    whole = _Whole(text, DocContext.from_text(text), counterparty_hint, nlp.find_identifiers(text))
    trades, document = _trades_in(lines, whole, {})
    sections = repeated_sections(lines)
    if len(sections) < 2:
        sections = numbered_blocks(lines)  # "TRANSACTION 1", "TRANSACTION 2": the document numbers its trades
    if len(sections) < 2:
        sections = repeated_label_blocks(lines)
    if len(sections) < 2:
        return trades
    inherited = {k: v for k, v in document.items() if k in _SHARED_WITH_SECTIONS}
    # A covering letter's summary table lists the trades the pages after it confirm one by one: each once.
    by_section: list[Trade] = []
    for section in sections:
        keep_once(by_section, _trades_in(section, whole, inherited)[0], same_deal)
    # The reading that finds more trades wins; of two that find as many, the one that reads more of them (a
    # page a trade, each page's table row and the labels under it one trade).
    return by_section if extent(by_section) > extent(trades) else trades


def same_deal(one: Trade, other: Trade) -> bool:
    """The same count of the same security for the same money (a name printed by one only does not differ)."""
    if one.quantity is None or one.quantity != other.quantity or one.net_amount is None:
        return False
    if one.net_amount != other.net_amount:
        return False
    names = {name.lower() for name in (one.security_name, other.security_name) if name}
    return len(names) <= 1 or any(a.startswith(b) or b.startswith(a) for a in names for b in names if a != b)


def extent(trades: Sequence[Trade]) -> tuple[int, int, int]:
    """How much a reading found: its deals (a summary row and the same deal's details told again count once),
    then the fewer such repeats, then its fields."""
    deals = len({(trade.side, trade.quantity) for trade in trades})
    return deals, deals - len(trades), sum(trade.filled() for trade in trades)


@dataclass(frozen=True)
class _Whole:
    """What the whole document says, worked out once however many blocks it is read in."""

    text: str
    ctx: DocContext
    counterparty_hint: str | None
    identifiers: dict[str, list[str]]  # by the spaCy rules over the whole text: once, not once per block


def _identifiers_in(lines: Sequence[Line], whole: _Whole) -> Draft:
    """The identifiers printed in these lines, of those found in the whole text: a block's own ISIN, never
    the one of the block before."""
    printed = "".join("".join(line.text.split()) for line in lines)
    found = {scheme: [v for v in values if v in printed] for scheme, values in whole.identifiers.items()}
    return fields.identifier_fallbacks(found)


def repeated_sections(lines: Sequence[Line]) -> list[Sequence[Line]]:
    """The blocks that begin at each repetition of a header line printed more than once."""
    headers = [index for index, line in enumerate(lines) if header_columns(line) is not None]
    texts = ["  ".join(cell_text(cell).lower() for cell in lines[index].cells) for index in headers]
    # The header printed most often marks the blocks; a smaller one repeated inside some of them (the
    # charges under a trade) does not.
    # A block may print its header a little differently ("PAR VALUE" and "ACCRUED INTEREST" over a bond's
    # band, "QUANTITY" over a share's): a header that shares most of its names with another is printed again.
    alike = [sum(_alike(text, other) for other in texts) for text in texts]
    if max(alike, default=0) < 2:
        return [lines]
    most = texts[max(range(len(texts)), key=lambda n: (alike[n], texts.count(texts[n])))]
    repeated = [index for index, text in zip(headers, texts, strict=True) if _alike(text, most)]
    if len(repeated) < 2:
        return [lines]
    starts = [
        0,
        *_cover(lines, repeated[0], repeated[1]),
        *(_block_start(lines, repeated[0], again, before) for before, again in pairwise(repeated)),
    ]
    return [lines[start:end] for start, end in zip(starts, [*starts[1:], len(lines)], strict=True) if end > start]


def _alike(one: str, other: str) -> bool:
    names, others = set(one.split("  ")), set(other.split("  "))
    return one == other or len(names & others) >= _ALIKE * len(names | others)


_ALIKE = 0.7


def repeated_label_blocks(lines: Sequence[Line]) -> list[Sequence[Line]]:
    """Blocks of a document that prints the same labels once per trade ("Quantity", "Price", "ISIN" ...,
    then again) with no table header: a block begins where each round of those labels begins."""
    rounds: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if header_columns(line) is not None:
            continue  # a table's header names its columns, not a round of one trade's labels
        for field in fields.leading_label_fields(line):
            if field in _BLOCK_FIELDS:
                rounds.setdefault(field, []).append(index)
    counts = Counter(len(found) for found in rounds.values() if len(found) >= 2)
    # The number of rounds is the one the most fields agree on; a stray label elsewhere ("Capacity
    # Principal", a summary's "Total sales") leaves the others to tell the rounds.
    repeats = max(((n, k) for k, n in counts.items() if _enough(n, k)), default=(0, 0))[1]
    chosen = {field: found for field, found in rounds.items() if len(found) == repeats}
    starts = _round_starts(chosen, repeats)
    if starts is None:
        return [lines]
    starts = [
        0,
        *_cover(lines, starts[0], starts[1]),
        *(_block_start(lines, starts[0], start, before) for before, start in pairwise(starts)),
    ]
    return [lines[start:end] for start, end in zip(starts, [*starts[1:], len(lines)], strict=True) if end > start]


# "TRANSACTION 2", "Trade 3 of 4", "Execution n° 2", "Handel 2 av 4": a heading that numbers the trades.
_NUMBERED_HEADING = re.compile(
    r"^(?P<word>[^\W\d_][\w' ]{0,24}?)\s+(?:n[°º]\s*|no\.?\s*|#\s*)?(?P<number>\d{1,2})"
    r"(?:\s*(?:of|av|von|de|di|sur|/)\s*\d{1,2})?\s*[:.\-–]?$",
    re.IGNORECASE,
)


_PAGE_WORDS = frozenset({"page", "seite", "sida", "side", "pagina", "página", "blatt", "folio", "p", "pg", "sheet"})


def numbered_blocks(lines: Sequence[Line]) -> list[Sequence[Line]]:
    """Blocks that open with headings numbering the trades one, two, three ("TRANSACTION 1", "TRANSACTION 2"):
    the same words, numbers that count up from one."""
    headings: dict[str, list[tuple[int, int]]] = {}
    for index, line in enumerate(lines):
        match = _NUMBERED_HEADING.match(line.text.strip())
        if match is not None and len(line.cells) == 1:
            headings.setdefault(match["word"].lower(), []).append((index, int(match["number"])))
    for word, found in headings.items():
        if word in _PAGE_WORDS:
            continue  # "Page 2 of 3" numbers the pages, not the trades
        numbers = [number for _index, number in found]
        if len(found) >= 2 and numbers == list(range(1, len(found) + 1)):
            starts = [0, *(index for index, _number in found[1:])]
            return [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    return [lines]


def _enough(fields_alike: int, repeats: int) -> bool:
    """Three fields or more printed alike twice, or two fields alike three times or more, make rounds."""
    return repeats >= 2 and (fields_alike >= 3 or repeats >= 3 and fields_alike >= 2)


# Fields that say which trade a block is about, and so may open its round of labels; amounts and charges
# close a round ("Third-party fees" under one deal, not the head of the next).
_OPENING_FIELDS = frozenset({"security_name", "isin", "cusip", "ticker", "trade_ref", "quantity", "trade_date"})


def _round_starts(chosen: dict[str, list[int]], repeats: int) -> list[int] | None:
    """Where each round of labels begins: at its first label, each round after the one before has ended.
    A field out of step with the others (an address read as "fees" above the first round) is left out."""
    chosen = dict(chosen)
    while _enough(len(chosen), repeats):
        starts = [min(found[j] for found in chosen.values()) for j in range(repeats)]
        late = next((j for j in range(repeats - 1) if any(f[j] >= starts[j + 1] for f in chosen.values())), None)
        if late is None:
            return starts
        opener = min(chosen, key=lambda field: chosen[field][late + 1])
        if opener in _OPENING_FIELDS:
            for field in [f for f, found in chosen.items() if found[late] >= starts[late + 1]]:
                del chosen[field]  # a label of this round printed again further down
        else:
            del chosen[opener]
    return None


_BLOCK_WINDOW = 12  # lines before the first header that may belong to its block


def _cover(lines: Sequence[Line], first: int, second: int) -> list[int]:
    """Where the first block begins when what comes before it is something else (a covering letter, its
    summary of the trades), which then is a block of its own: at the top of the first block's page when pages
    come before it, else, when a table comes before it, back over the lines that open like those that open the
    second block."""
    page = lines[first].words[0].page
    if page > lines[0].words[0].page:
        top = next(i for i in range(first, -1, -1) if i == 0 or lines[i - 1].words[0].page != page)
        return [top] if 0 < top and first - top <= _BLOCK_WINDOW else []
    start = _block_start(lines, second, first, -1, since=first + 1)
    summary = any(header_columns(line) is not None for line in lines[:start])
    return [start] if 0 < start < first and summary else []


def _block_start(lines: Sequence[Line], first: int, again: int, before: int, since: int = 0) -> int:
    """Where the block around a repeated header begins: back over the lines that open like the lines
    before the first header ("You have PURCHASED", "Investment Name: ..."), never two odd lines in a row (the
    security's name opens like no other line), and never back to the header before."""
    page = lines[again].words[0].page
    if lines[first].words[0].page < page:
        # A trade a page: its block begins at the top of its page, letterhead and heading included.
        top = next(i for i in range(again, -1, -1) if i == 0 or lines[i - 1].words[0].page != page)
        if again - top <= _BLOCK_WINDOW:
            return max(top, first + 1)
    openings = {_opening(line) for line in lines[max(since, first - _BLOCK_WINDOW) : first]}
    start, odd = again, False
    for index in range(again - 1, before, -1):
        if _opening(lines[index]) in openings:
            start, odd = index, False
        elif not odd:
            odd = True
        else:
            break
    # The line above may be this block's own name, printed where the first block prints its own: the same
    # number of lines before the header, the same cells, no figures in the first ("ACME CORP NOTES  TAG NO. 1").
    head, twin = start - 1, first - (again - start) - 1
    if head > before and twin >= 0 and _alike_heads(lines[head], lines[twin]):
        start = head
    return start


def _alike_heads(one: Line, other: Line) -> bool:
    return (
        len(one.cells) == len(other.cells) > 1
        and _opening(one) != _opening(other)
        and not any(ch.isdigit() for ch in cell_text(one.cells[0]) + cell_text(other.cells[0]))
        and [cell_text(c) for c in one.cells[1:2]] == [cell_text(c) for c in other.cells[1:2]]
    )


def _opening(line: Line) -> str:
    """How a line opens: its first word, any side words being one ("SELL 76 ..." opens like "BUY 9,337 ...")."""
    word = line.words[0].text.lower().strip(":")
    lead = " ".join(w.text for w in line.words[:3]) if word in _SIDE_SUBJECTS else word
    return "(side)" if normalize.parse_side(lead) else word


_SIDE_SUBJECTS = frozenset({"you", "we", "client"})  # "YOU BOUGHT 1,494 ..." opens like "SELL 3,192 ..."


def _trades_in(lines: Sequence[Line], whole: _Whole, inherited: Draft) -> tuple[list[Trade], Draft]:
    ctx = whole.ctx
    tables = find_tables(lines, ctx)
    rows, used = tables.rows, tables.used
    details = partial(fields.find_details, ctx=ctx)
    sequences, in_sequences = find_row_tables(lines, ctx, skip=used | fields.box_lines(lines), details=details)
    used |= in_sequences
    # A header with one value row under it states facts of the document's one trade, like labels do.
    told = [[fields.narrated(row, ctx) for row in table] for table in sequences]
    singles = [table[0] for table in told if len(table) == 1]
    rows += [row for table in told if len(table) > 1 for row in table if is_trade(row)]
    document = {**inherited, **_document_fields(lines, whole, used, singles)}
    if "counterparty" in inherited and (
        document["counterparty"].confidence < inherited["counterparty"].confidence or _issuer_named(document)
    ):
        # The firm the whole document names: a block far from the letterhead may only name the security's issuer.
        document["counterparty"] = inherited["counterparty"]
    if len(rows) == 1 and not tables.ledger:
        # One trade in a table: whatever else the document states (charges, net, references) is its; not so
        # the one trade among a statement's cash rows, whose summary ("Fees and charges") is the account's.
        return [to_trade({**document, **rows[0]})], document
    if rows:
        shared = {k: v for k, v in document.items() if k in _SHARED_WITH_ROWS}
        return [to_trade({**shared, **row}) for row in rows], document
    if is_trade(document):
        return [to_trade(document)], document
    return [], document


def _issuer_named(draft: Draft) -> bool:
    """Is the counterparty read the security's own name ("Kestova Brewing SE")?"""
    party, name = draft.get("counterparty"), draft.get("security_name")
    return party is not None and name is not None and str(name.value).lower().startswith(str(party.value).lower())


def is_trade(draft: Draft) -> bool:
    """A cover note mentions dates and amounts; a trade states at least a quantity and what it cost."""
    return "quantity" in draft and bool(draft.keys() & {"price", "gross_amount", "net_amount"})


def _document_fields(lines: Sequence[Line], whole: _Whole, used: frozenset[int], singles: Sequence[Draft]) -> Draft:
    text, ctx, counterparty_hint = whole.text, whole.ctx, whole.counterparty_hint
    draft: Draft = {}
    for single in singles:
        draft = {**single, **draft}  # the first header that names a field wins
    labelled = fields.find_labelled(lines, ctx, skip=used)
    # A label only the classifier knew ("processed on:") does not overrule a column's header.
    draft = {**draft, **{k: v for k, v in labelled.items() if k not in draft or v.rank < LEARNED_RANK}}
    rest = [line for index, line in enumerate(lines) if index not in used]
    fallbacks: Draft = {
        **_identifiers_in(lines, whole),
        **fields.find_counted_quantity(rest, ctx),
        **fields.find_prose_trade(rest, ctx),
    }
    counterparty = fields.find_counterparty(lines, skip=used)
    if counterparty is None and counterparty_hint:
        counterparty = Found(counterparty_hint, (), confidence=0.6)
    if counterparty is not None:
        fallbacks["counterparty"] = _vouched_issuer(counterparty, text)
    side = fields.find_side_in_prose(rest)
    if side is not None:
        fallbacks["side"] = side
    name = fields.find_name_after_side(rest) or fields.find_name_over_code(rest)
    if name is not None:
        fallbacks["security_name"] = name
    counted = fields.find_quantity_under_side(rest, ctx)
    if counted is not None:
        fallbacks["quantity"] = counted
    dated = fields.find_letter_date(rest, ctx)
    if dated is not None:
        fallbacks["trade_date"] = dated
    fallbacks.update(fields.find_side_heading(rest, ctx))
    currency = _amount_currency(draft) or normalize.find_currency(text)
    if currency:
        # A document that names one currency and no other leaves no doubt about the trade's.
        only_one = normalize.currencies_named(text) == {currency}
        fallbacks["currency"] = Found(
            currency, (), confidence=0.9 if only_one else 0.8 if _amount_currency(draft) else 0.6
        )
    elif normalize.detect_day_first(text) is False and not normalize.currencies_named(text):
        # No currency printed at all, and the dates run month first: an American document, in dollars. A guess
        # a person confirms.
        fallbacks["currency"] = Found("USD", (), confidence=0.6)
    # "Reference: SH4221621122" passes an ISIN check by chance: a code printed as another field's value is that.
    taken = {str(draft[name].value) for name in ("trade_ref", "account") if name in draft}
    fallbacks = {k: v for k, v in fallbacks.items() if k not in IDENTIFIER_FIELDS or str(v.value) not in taken}
    return _count_from_cost({**fallbacks, **draft})


def _count_from_cost(draft: Draft) -> Draft:
    """No quantity printed where one is expected, but a price and a gross: the count is their quotient,
    when it comes out whole or to the few places units are dealt in."""
    price, gross = draft.get("price"), draft.get("gross_amount")
    if "quantity" in draft or price is None or gross is None or not price.value:
        return draft
    count = abs(gross.value) / abs(price.value)  # type: ignore[operator]
    if count <= 0 or count != count.quantize(Decimal("0.0001")):
        return draft
    return {**draft, "quantity": Found(count.normalize(), (), confidence=DERIVED)}


def _vouched_issuer(found: Found, text: str) -> Found:
    """A letterhead name the document prints again (a footer, "issued by ...") is surely its issuer."""
    name = str(found.value)
    if len(name) >= 6 and text.lower().count(name.lower()) >= 2:
        # "FJORDKYST SPAREBANK" in the masthead, "Fjordkyst Sparebank" in the footer: the name as written.
        written = next(
            (m.group() for m in re.finditer(re.escape(name), text, re.IGNORECASE) if not m.group().isupper()), name
        )
        return replace(found, value=written, confidence=max(found.confidence, 0.92))
    return found


def _amount_currency(draft: Draft) -> str | None:
    for name in ("price", "gross_amount", "net_amount"):
        found = draft.get(name)
        if found is not None and found.currency:
            return found.currency
    return None
