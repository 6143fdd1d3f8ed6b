"""Label-driven field finding: a label, then its value to the right on the same line or directly under it.

Shared by every input kind: PDFs, plain text and email bodies all arrive here as positioned lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from extraction import normalize, rowalign
from extraction.labels import (
    HEADER_ONLY,
    LEARNED_RANK,
    SUMMED_FIELDS,
    LabelMatch,
    code_not_name,
    label_at,
    learned_label,
    names_no_field,
    names_nothing,
    normalize_label,
    second_date_settles,
)
from extraction.layout import Line, Word, cell_text, column_gap
from extraction.types import DATE_FIELDS, DECIMAL_FIELDS, IDENTIFIER_FIELDS
from extraction.values import EXCHANGE_CODE, DocContext, Found, covering, join_words, parse_value, split_glued

Draft = dict[str, Found]

_VALUE_START = re.compile(r"^[\d$£€¥(\-−+]")
_LEGAL_FORMS = frozenset(
    "llc l.l.c. ltd ltd. limited plc inc inc. incorporated corp corp. corporation ag sa s.a. gmbh llp lp "
    "nv n.v. bv b.v. se spa s.p.a. kg ab asa oyj sas securities bank co co. partners a/s aps oy pte pty srl "
    "dac clg ulc sa/nv nv/sa sprl bvba sarl s.a.r.l. kgaa sca s.l. sl c.v. cv bhd bhd. berhad tbk ltda ltda. "
    "l.p. llc. plc. k.k. kk sparebank sparbank sparekasse sparkasse".split()
)
# A value under a label only the classifier recognised is a guess until the arithmetic vouches for it.
LEARNED_CONFIDENCE = 0.8
SURE_LABEL = 0.95  # a label the classifier (or its head word) names this surely reads like a listed one
BELOW_RANK = 50
INLINE_RANK = 30
_MAX_ALTERNATIVES = 4
_TEXT_FIELDS = frozenset({"security_name", "account", "trade_ref", "ticker", "side", "currency"})


def find_labelled(lines: Sequence[Line], ctx: DocContext, *, skip: frozenset[int] = frozenset()) -> Draft:
    """Every field whose label the lines print, the most specific label winning; charges summed."""
    seen: dict[str, list[Found]] = {}
    for index in range(len(lines)):
        if index in skip:
            continue
        for field, found, fallback in _line_values(lines, index):
            if fallback is not None and (
                parse_value(field, found.words, ctx) is None or code_not_name(field, fallback, found.words)
            ):
                field = fallback  # "Valuta  EUR": the currency, where "Valuta  09-10-2024" is the value date
            if field == "security_name" and _states_side(found.words):
                field = "side"  # "Description: WE HAVE SOLD TO YOU" describes the deal, not the security
            if field == "security_name" and reads_as_prose(found.words):
                continue  # "If there are sufficient funds in your account": a sentence, not a name
            if field in DECIMAL_FIELDS and _starts_with_date(found.words, ctx) and _amount_after_date(found, ctx):
                found = replace(found, words=found.words[1:])  # "Netto valuta 09/06/2023  EUR 5.279,57"
            if field in DECIMAL_FIELDS and (_starts_with_date(found.words, ctx) or _phone(found.words)):
                continue  # "Execution 12.08.2025 09:16:57", "Dealing +44 20 7946 0123": no amounts
            if found.rank >= LEARNED_RANK and field in _MONEY and _BARE_INTEGER.match(found.words[0].text):
                continue  # under a label only the classifier knows, money is written as money, not "7"
            value = parse_value(field, found.words, ctx)
            if value is not None:
                if found.rank >= LEARNED_RANK:  # read under a label the lists do not know
                    cap = LEARNED_CONFIDENCE if found.confidence < SURE_LABEL else 0.9
                    value = replace(value, confidence=min(value.confidence, cap))
                seen.setdefault(field, []).append(replace(value, rank=found.rank, total=found.total))
    return {field: _pick(field, candidates) for field, candidates in seen.items()}


def find_details(lines: Sequence[Line], ctx: DocContext) -> Draft:
    """What the lines under a statement row say of it: labelled facts, and a name on a line of its own."""
    draft = find_labelled(lines, ctx)
    if "price" not in draft:
        draft.update(_price_after_at(lines, ctx))  # "@ $11.664 traded 02/06/23, settled 07/06/23"
    if "security_name" not in draft:
        for line in lines:
            if not label_at(line.words, 0) and (name := _name_words(line.words)):
                draft["security_name"] = Found(cell_text(name), tuple(name), confidence=0.6)
                break
    return draft


_FUNCTION_WORDS = frozenset(
    "the if there are is be in your you at an to by for with this that which was "
    "und die wird werden sie nicht ist wir ihre vous nous est sont votre usted sus para siete vostro "
    "en el los las del por con que se".split()
)


def _starts_with_date(words: Sequence[Word], ctx: DocContext) -> bool:
    first = words[0].text.strip("()")  # "NAV per unit (14.04.2025)  GBP 480.22"
    dates = normalize.find_dates(first, day_first=ctx.day_first)
    return bool(dates) and dates[0][1] == 0 and dates[0][2] >= len(first.rstrip(",;"))


_MONEY = DECIMAL_FIELDS - {"quantity"}
_BARE_INTEGER = re.compile(r"^\d{1,6}$")
_PHONE = re.compile(r"^(\+\d{1,3}(?:[ .-]\(?\d{1,5}\)?){2,}|\(\d{3}\) ?\d{3}-\d{4})\b")


def _amount_after_date(found: Found, ctx: DocContext) -> bool:
    """A date that qualifies an amount's label ("Net value 09/06/2023"), the amount after it: a currency
    and money, or money, in what follows."""
    rest = found.words[1:]
    if not rest:
        return False
    head = rest[1:] if normalize.normalize_currency(rest[0].text) else rest
    if not head or normalize.find_dates(head[0].text, day_first=ctx.day_first):
        return False
    return normalize.parse_decimal(head[0].text, decimal_mark=ctx.decimal_mark) is not None


def _phone(words: Sequence[Word]) -> bool:
    return bool(_PHONE.match(cell_text(words)))


def reads_as_prose(words: Sequence[Word]) -> bool:
    return sum(w.text.strip(',.;:()"').lower() in _FUNCTION_WORDS for w in words) >= 2


def leading_label_fields(line: Line) -> list[str]:
    """The fields named by labels that begin the line's cells (not those read inside running text)."""
    starts = _cell_starts(line)
    return [label.field for label in _labels(line.words, starts) if label.start in starts]


def _states_side(words: Sequence[Word]) -> bool:
    return len(words) <= 6 and normalize.parse_side(cell_text(words)) is not None


def add_reading(draft: Draft, field: str, found: Found) -> None:
    """A column's reading of field: charges of one kind in several columns add up; otherwise the first wins."""
    if field in SUMMED_FIELDS and field in draft:
        total = abs(draft[field].value) + abs(found.value)  # type: ignore[arg-type]
        draft[field] = replace(found, value=total, words=draft[field].words + found.words)
    else:
        draft.setdefault(field, found)


def _pick(field: str, candidates: list[Found]) -> Found:
    if field in SUMMED_FIELDS and len(candidates) > 1:
        # "Total charges" under the charges it adds up counts them again: the lines themselves are summed.
        parts = [c for c in candidates if not c.total] or candidates[:1]
        if len(parts) == 1:
            return parts[0]
        total = sum((abs(c.value) for c in parts if isinstance(c.value, Decimal)), Decimal(0))
        words = tuple(w for c in parts for w in c.words)
        return Found(total, words, confidence=0.85)
    ordered = sorted(candidates, key=lambda c: c.rank)  # stable: the first of equal ranks leads
    best, others = ordered[0], ordered[1:]
    extra = tuple(o for c in [best, *others] for o in [c, *c.alternatives] if o is not best)
    return replace(best, alternatives=extra[:_MAX_ALTERNATIVES]) if extra else best


def _line_values(lines: Sequence[Line], index: int) -> list[tuple[str, Found, str | None]]:
    """(field, the words holding its value, the field to read instead when those are no value of it) for each
    label on line index; rank carried in Found."""
    line = lines[index]
    words = line.words
    starts = _cell_starts(line)
    grid = _grid_below(lines, index)
    if grid is not None:
        return grid
    labels = _labels(words, starts)
    results = []
    for number, label in enumerate(labels):
        stop = labels[number + 1].start if number + 1 < len(labels) else len(words)
        value_words = list(words[label.end : stop])
        if label.field in _TEXT_FIELDS:
            value_words = _first_cell(value_words)
            if value_words and _all_label(value_words):
                value_words = []  # "Gattungsbezeichnung ISIN": a row of labels, the values under them
        elif label.field in DECIMAL_FIELDS:
            value_words = _without_rate(value_words)
        rank = label.rank
        if not value_words:
            value_words = _below(lines, index, words[label.start : label.end])
            if label.field == "security_name":
                value_words = _name_up_to_code(value_words)  # up to "ISIN:" on the line under
                if value_words and len(labels) == 1 and label.end == len(words):
                    value_words += _issue_lines(lines, index + 1)
            rank += BELOW_RANK  # the same label with its value beside it, elsewhere, is the surer reading
        coded = value_words and label.field == "security_name" and _code_and_name(words[label.start : label.end])
        if coded and len(value_words) == 1 and _TICKER.match(value_words[0].text.strip(":")):
            # "Counter: G2C": the code alone, the name under its own label.
            results.append(("ticker", Found(None, tuple(value_words), confidence=label.certainty, rank=rank), None))
            continue
        if coded and (name := _name_after_code(value_words)):
            results.append(("ticker", Found(None, tuple(value_words[:1]), confidence=label.certainty, rank=rank), None))
            value_words = name
        if value_words:
            total = words[label.start].text.lower() == "total"
            found = Found(None, tuple(value_words), confidence=label.certainty, rank=rank, total=total)
            results.append((label.field, found, label.fallback))
    return results


def _issue_lines(lines: Sequence[Line], index: int) -> list[Word]:
    """Under a lone "DESCRIPTION" label the name may run on: the issuer on one line, then the issue ("ELECTRIC
    SYSTEM REVENUE REFUNDING BONDS, SERIES 2025C"), while each next line says what kind of security it is and
    no label, coupon or maturity opens it."""
    more: list[Word] = []
    left = lines[index].words[0].x0
    for number in range(index + 1, min(index + 1 + _ISSUE_LINES, len(lines))):
        line, above = lines[number], lines[number - 1]
        cell = line.cells[0]  # a two-column page prints other boxes beside the name: the name's column only
        text = cell_text(cell)
        if abs(cell[0].x0 - left) > 2 or not _close_under(above, line) or label_at(cell, 0) is not None:
            break
        if not SECURITY_WORDS.intersection(w.text.strip(",.()").lower() for w in cell):
            break
        if BOND_TERMS.search(text) or _CODE_MENTION.search(text) or reads_as_prose(cell):
            break
        more.extend(cell)
    return more


_ISSUE_LINES = 2
_CODE_MENTION = re.compile(r"\b(?:CUSIP|ISIN)\b", re.IGNORECASE)


def _name_up_to_code(words: list[Word]) -> list[Word]:
    """A name cell up to a label with its colon or a code's label ("ISIN"): a name may hold words that name
    fields elsewhere ("... ETF (DR) REG. SHS", "... EO -,10")."""
    for position in range(1, len(words)):
        match = label_at(words, position)
        if match is not None and (match.explicit or match.field in CODE_FIELDS):
            return words[:position]
    return words


CODE_FIELDS = frozenset({*IDENTIFIER_FIELDS, "ticker"})  # the fields that name a security by a code


# Asian contract notes name a stock by its "counter": the exchange code, then the name ("D05 DBS GROUP").
_CODE_AND_NAME = frozenset({"counter", "counter name", "stock code/name", "code/name"})


def _code_and_name(label_words: Sequence[Word]) -> bool:
    return normalize_label(cell_text(label_words)) in _CODE_AND_NAME


def _name_after_code(words: Sequence[Word]) -> list[Word]:
    """The name after a leading exchange code, or nothing when the first word is no code."""
    first = words[0].text
    is_code = len(first) <= 6 and first.replace(".", "").isalnum() and first.upper() == first
    return list(words[1:]) if is_code and len(words) >= 2 else []


def box_lines(lines: Sequence[Line]) -> frozenset[int]:
    """The lines read as rows of boxes (labels over values): geometry ties each value to its label."""
    return frozenset(i for index in range(len(lines)) if _grid_below(lines, index) for i in (index, index + 1))


def _grid_below(lines: Sequence[Line], index: int) -> list[tuple[str, Found, str | None]] | None:
    """A row of boxes: a line of label cells over a line of value cells, each value under its own label.

    Read by column, so that a label's neighbour cell (another label) is never taken for its value. The line
    under must hold no label and fit the columns one to one; half the cells above must read as labels.
    """
    line = lines[index]
    if len(line.cells) < 2 or index + 1 >= len(lines) or any(ch.isdigit() for ch in line.text):
        return None
    below = lines[index + 1]
    if not _close_under(line, below) or not len(line.cells) / 2 <= len(below.cells) <= len(line.cells):
        return None
    if any(_reads_as_label(cell) for cell in below.cells):
        return None  # labels under labels: key/value pairs in columns, not boxes
    by_cell = {
        number: label
        for number, cell in enumerate(line.cells)
        if (label := label_at(cell, 0) or learned_label(cell, 0, len(cell))) is not None
    }
    if 2 * len(by_cell) < len(line.cells):
        return None
    if len(line.cells) == 2 and len(by_cell) < 2 and not names_nothing(cell_text(line.cells[1 - min(by_cell)])):
        return None  # "Security code  CIO": a label and its value, not two boxes
    starts = [cell[0].x0 for cell in line.cells]
    named = [(by_cell[n].field if n in by_cell else None, start) for n, start in enumerate(starts)]
    columns: dict[int, tuple[Word, ...]] = {}
    for cell in [part for whole in below.cells for part in _unglued(whole, named)]:
        column = max(range(len(starts)), key=lambda i: _overlap(cell, starts, i))
        if _overlap(cell, starts, column) <= 0 or column in columns:
            return None
        columns[column] = cell
    # "TRADE  SETTLEMENT" over "DATE  DATE" over the dates: the second date box is the settlement's.
    fields = dict(zip(by_cell, second_date_settles([label.field for label in by_cell.values()]), strict=True))
    return [
        (fields[column], Found(None, columns[column], confidence=label.certainty, rank=label.rank), label.fallback)
        for column, label in by_cell.items()
        if column in columns
    ]


def _unglued(cell: tuple[Word, ...], named: list[tuple[str | None, float]]) -> list[tuple[Word, ...]]:
    """A cell, or its two parts where a name ran into the next box's identifier ("...COM983U0Z107")."""
    for number, word in enumerate(cell):
        if (parts := split_glued(word, named, DocContext())) is not None:
            return [(*cell[:number], parts[0]), (parts[1], *cell[number + 1 :])]
    return [cell]


def _reads_as_label(cell: Sequence[Word]) -> bool:
    """A label of a field, or anything printed as a label ("Marketplace:"); a value may be a word such as
    "Phone" that would name no field as a label."""
    return bool(label_at(cell, 0) or _named_by_head(cell) or cell[-1].text.endswith(":"))


def _named_by_head(cell: Sequence[Word]) -> bool:
    """A cell whose head word is a label ('Order Ref.'); the classifier's guesses do not count here."""
    learned = learned_label(cell, 0, len(cell))
    return learned is not None and learned.certainty >= 1.0


def _overlap(cell: Sequence[Word], starts: Sequence[float], column: int) -> float:
    """How much of a value cell lies in a column: from its label's left edge to the next label's."""
    left = starts[column] - 2
    right = starts[column + 1] - 2 if column + 1 < len(starts) else float("inf")
    return min(cell[-1].x1, right) - max(cell[0].x0, left)


def _close_under(line: Line, below: Line) -> bool:
    """Is below the very next printed line, on the same page, not a paragraph further down?"""
    height = max(w.bottom - w.top for w in line.words)
    return below.words[0].page == line.words[0].page and below.words[0].top - line.words[0].top <= 2.5 * height


_VALUE_THEN_SEMICOLON = re.compile(r"\d[%)]?;$")  # "4,527.60;": a value ends an item; "request;" a clause


def _cell_starts(line: Line) -> set[int]:
    """Where each cell begins, and each item of a list run on with semicolons ("Commission 11.95; net amount")."""
    starts, position = set(), 0
    for cell in line.cells:
        starts.add(position)
        position += len(cell)
    starts.update(n + 1 for n, word in enumerate(line.words[:-1]) if _VALUE_THEN_SEMICOLON.search(word.text))
    return starts


def _labels(words: Sequence[Word], starts: set[int]) -> list[LabelMatch]:
    """Labels that begin a cell or end in ':'; a bare label must be followed by a value or a gap."""
    labels: list[LabelMatch] = []
    aside = _in_brackets(words)
    # In a sentence ("Please remit payment ... to our trust account at Bank X, A/C No. 4527-5292-0031"), a label
    # inside it reads no surer than one only the classifier knows: a table's column or a label of its own wins.
    inline = LEARNED_RANK if reads_as_prose(words) else INLINE_RANK
    position = 0
    while position < len(words):
        match = label_at(words, position)
        if match and aside[position]:
            match = None  # "(Tax Invoice under Section 31 of the CGST Act, 2017)": an aside, not a label
        if match and _accepted(match, words, starts, position) and not names_no_field(words, position, match.end):
            if position not in starts:
                # Inside running text ("... on request; reference ZHR-5917."), or qualified ("CDP A/C:", a kind
                # of account): the weaker reading.
                match = replace(match, rank=match.rank + inline)
            if labels and _joined(labels[-1], match, words):
                # "BROKERAGE & GST A$3.00": one amount for both, named by the first.
                match = replace(labels.pop(), end=match.end, explicit=match.explicit)
            labels.append(match)
            position = match.end
        elif (
            position in starts
            and not _awaits_value(labels, position, words)
            and (learned := _learned(words, starts, position))
        ):
            labels.append(learned)
            position = learned.end
        elif position in starts and (coded := _code_row(words, starts, position)):
            labels.append(coded)
            position = coded.end
        else:
            position += 1
    return labels


def _in_brackets(words: Sequence[Word]) -> list[bool]:
    """For each word, whether it stands inside brackets opened before it or by it."""
    inside, depth = [], 0
    for word in words:
        depth += word.text.count("(")
        inside.append(depth > 0)
        depth = max(0, depth - word.text.count(")"))
    return inside


_TICKER = re.compile(r"^[A-Z][A-Z0-9.]{0,5}$")


def _code_row(words: Sequence[Word], starts: set[int], position: int) -> LabelMatch | None:
    """ "Code  ORE" on a row of its own: a word that names a column only as a header ("Code") is a row's
    label when a ticker, and nothing else, is its value."""
    ticker = position + 1
    if ticker < len(words) and words[ticker].text == ":" and ticker + 1 < len(words):
        ticker += 1  # "Code  : H90"
        if ticker - 1 in starts:
            starts = starts | {ticker}
    if ticker not in starts or not (ticker + 1 == len(words) or ticker + 1 in starts):
        return None  # the code must be a cell of its own
    if not _TICKER.match(words[ticker].text):
        return None
    if HEADER_ONLY.get(normalize_label(words[position].text)) != "ticker":
        return None
    return LabelMatch("ticker", LEARNED_RANK, position, position + 1, explicit=False, certainty=0.9)


def _awaits_value(labels: Sequence[LabelMatch], position: int, words: Sequence[Word]) -> bool:
    """The cell right after "Trade Date:" is its value ("November 21, 2023"), and so is the cell after
    "Ticker" that reads as a ticker ("FJELO"), whatever the classifier says."""
    if not labels or labels[-1].end != position:
        return False
    return labels[-1].explicit or typed_value_follows(labels[-1].field, words, position)


def _learned(words: Sequence[Word], starts: set[int], position: int) -> LabelMatch | None:
    """A cell that reads as a label the lists do not know, followed by something to read as its value."""
    stop = min((s for s in starts if s > position), default=len(words))
    match = learned_label(words, position, stop)
    if match is None or match.end >= len(words) or _registration(match, words):
        return None
    if match.field in _CODE_CHECKS and not _CODE_CHECKS[match.field](words[match.end].text):
        return None  # a guessed label needs its value to vouch for it: "T. Nagar  Segment" holds no code
    if match.explicit or match.end in starts or typed_value_follows(match.field, words, match.end):
        return match
    return None


_CONNECTORS = frozenset({"&", "and", "+", "/", "inc", "inc.", "incl", "incl.", "including", "includes", "plus", "with"})
# "VAT No. GB 433 8716 440", "Tax ID": a registration number, not a charge. normalize_label already reads
# "No.", "number", "nr", "n°" and "#" as "no".
_NUMBER_WORDS = frozenset({"no", "reg", "registration", "id"})


def _joined(previous: LabelMatch, match: LabelMatch, words: Sequence[Word]) -> bool:
    """Two charge labels tied by a connector, the first without a value of its own."""
    between = [w.text.lower() for w in words[previous.end : match.start]]
    charges = previous.field in DECIMAL_FIELDS and match.field in DECIMAL_FIELDS
    return charges and len(between) == 1 and between[0] in _CONNECTORS


_RATE = re.compile(r"^(@|at|\(?[\d.,]+\s?%\)?|\(?%)$", re.IGNORECASE)


def _rate_ends_cell(words: Sequence[Word], start: int, starts: set[int]) -> bool:
    stop = min((s for s in starts if s > start), default=len(words))
    rest = words[start:stop]
    return bool(rest) and stop < len(words) and all(_RATE.match(w.text) for w in rest)


def _without_rate(words: list[Word]) -> list[Word]:
    """A charge's value without the rate printed before it ('@ 0.5%  £148.89' -> '£148.89', '(0,15 %, min 12
    EUR)  12,00' -> '12,00')."""
    if len(words) > 2 and words[0].text.startswith("(") and not words[0].text.endswith(")"):
        # an aside of words before the amount, not an amount in brackets ("(0.10)", "(21,350.84) Dr")
        words = [w for w, inside in zip(words, _in_brackets(words), strict=True) if not inside] or words
    while len(words) > 1 and _RATE.match(words[0].text):
        words = words[1:]
    return words


def _all_label(words: Sequence[Word]) -> bool:
    match = label_at(words, 0)
    return match is not None and match.end == len(words)


def _registration(match: LabelMatch, words: Sequence[Word]) -> bool:
    """'VAT No. GB 433 8716 440', 'VAT registration GB 389': a charge's word naming a number, not an amount."""
    named = [w.text for w in words[match.start : match.end + 1]]
    # "No. of shares" counts: "no" before "of" is the number of something, not a registration number.
    return match.field in DECIMAL_FIELDS and any(
        normalize_label(text) in _NUMBER_WORDS and normalize_label(after) != "of"
        for text, after in zip(named, [*named[1:], ""], strict=True)
    )


def _accepted(match: LabelMatch, words: Sequence[Word], starts: set[int], position: int) -> bool:
    if _accepted_as(match, words, starts, position):
        return True
    # "Valeur ..... Fennimore Chemicals SA": no value date follows, the security does.
    return match.fallback is not None and _accepted_as(replace(match, field=match.fallback), words, starts, position)


def _accepted_as(match: LabelMatch, words: Sequence[Word], starts: set[int], position: int) -> bool:
    if _registration(match, words):
        return False
    if match.explicit:
        return True
    if reads_as_prose(words[match.end : match.end + 6]):
        return False  # "Securities transfer tax is levied at 0.25% on purchases in terms of ...": a sentence
    if position not in starts and reads_as_prose(words[max(0, position - 6) : position]):
        return False  # "... in terms of the Securities Transfer Tax Act 25 of 2007": a name in a sentence
    if position not in starts:
        # Text joined with single spaces has no cells: "QUANTITY 512 EFFECTIVE PRICE $20.43". Inside a
        # cell a label counts only when a value of its own kind follows at once.
        return typed_value_follows(match.field, words, match.end)
    # "Total Charges 7.50" must not read as the label "Total": a bare label ends its cell or meets a value.
    if match.end >= len(words) or match.end in starts or _VALUE_START.match(words[match.end].text):
        return True
    if match.field in DECIMAL_FIELDS and _rate_ends_cell(words, match.end, starts):
        return True  # "SDRT @ 0.5%  £148.89": the rate qualifies the label, the amount is the next cell
    if match.field == "security_name":
        # "SECURITY DESCRIPTION SYMBOL: AAPL" with "APPLE INC" under it: another label follows at once.
        after = label_at(words, match.end)
        return not words[match.start].text[0].islower() and (after is not None or _name_follows(words, match.end))
    return typed_value_follows(match.field, words, match.end)


def _name_follows(words: Sequence[Word], start: int) -> bool:
    """'Instrument Virtus Infracap US Preferred Stock ETF Trade time ...': two or more words of a name
    after the label, before any other label ('Security Details' is a heading, not a name)."""
    name = _name_words(words[start:])
    return len(name) >= 2 and name[0].text.lower() not in _CONNECTORS and name[0].text != name[0].text.lower()


# References and accounts are codes with figures in them; a ticker is one upper-case code.
_CODE_CHECKS = {
    "trade_ref": lambda text: any(ch.isdigit() for ch in text),
    "account": lambda text: any(ch.isdigit() for ch in text),
    "ticker": lambda text: text.isupper() and len(text) <= 12,
}


_TIME_ZONES = frozenset("MEZ MESZ CET CEST GMT UTC BST ET EST EDT CT PT JST HKT SGT AEST AEDT".split())


def typed_value_follows(field: str, words: Sequence[Word], start: int) -> bool:
    """Do the words at start begin with a value of field's kind (a number, a date, a side, a code)?"""
    if start >= len(words):
        return False
    if field in _CODE_CHECKS:
        return _CODE_CHECKS[field](words[start].text)
    if field not in rowalign.TYPED:
        return False
    if field in DECIMAL_FIELDS:
        # "BROKERAGE & GST A$3.00": a word or two of qualification may stand between a charge and its amount.
        for skip in range(0, 3):
            if start + skip < len(words) and _amount_at(field, words, start + skip):
                return all(_qualifier(w.text) for w in words[start : start + skip])
        return False
    if field in DATE_FIELDS and [w.text.lower() for w in words[start : start + 2]] == ["as", "of"]:
        start += 2  # "Trade Date AS OF 11/02/2023": a trade booked after its day
    if field in DATE_FIELDS and start < len(words) and words[start].text.upper() in _TIME_ZONES:
        start += 1  # "Schlusstag/-zeit MEZ 02.04.2015 / 09:04"
    texts = [w.text for w in words[start : start + 3]]
    return any(rowalign.fits(field, " ".join(texts[:n]), DocContext()) for n in range(1, len(texts) + 1))


def _amount_at(field: str, words: Sequence[Word], start: int) -> bool:
    texts = [w.text for w in words[start : start + 2]]
    return any(rowalign.fits(field, " ".join(texts[:n]), DocContext()) for n in range(1, len(texts) + 1))


def _qualifier(text: str) -> bool:
    """'&', 'GST', 'incl.', '(net)': short words that qualify a charge, never an amount or a label."""
    return len(text) <= 5 and not any(ch.isdigit() for ch in text)


def _first_cell(words: list[Word]) -> list[Word]:
    """The words up to the first wide gap: a text value ends where the next column begins."""
    for index in range(1, len(words)):
        if words[index].x0 - words[index - 1].x1 > column_gap(words[index - 1]):
            return words[:index]
    return words


def _below(lines: Sequence[Line], index: int, label_words: Sequence[Word]) -> list[Word]:
    """The cell on the next line that sits under the label, for labels printed above their values."""
    if index + 1 >= len(lines):
        return []
    line, below = lines[index], lines[index + 1]
    if not _close_under(line, below):
        return []
    left, right = label_words[0].x0, label_words[-1].x1
    for cell in below.cells:
        if cell[0].x0 <= right + 2 and cell[-1].x1 >= left - 2 and not label_at(cell, 0):
            return list(cell)
    return []


def find_counterparty(lines: Sequence[Line], *, skip: frozenset[int] = frozenset()) -> Found | None:
    """The issuer: a short cell ending in a legal form, from the letterhead, else the sign-off."""
    candidates = [
        (index, part)
        for index, line in enumerate(lines)
        if index not in skip and not leading_label_fields(line)  # "Security: Acme ASA" is no issuer
        for cell in line.cells
        if not _ADDRESSEE.match(cell[0].text) and not cell[0].text.endswith(":")  # "Security: Acme ASA"
        for part in _segments(cell)
        if is_company_name(cell_text(part))
    ]
    if not candidates:
        return None
    # The letterhead often prints the brand without its legal form ("LIMMATQUAI PRIVATBANK"); the name that
    # begins like it ("Limmatquai Privatbank AG is supervised by ...") is the issuer's, wherever it stands.
    brand = _brand(lines)
    branded = [c for c in candidates if brand and cell_text(c[1]).lower().startswith(brand)]
    top = [c for c in candidates if c[0] < 10]
    _index, part = branded[0] if branded else top[0] if top else candidates[-1]
    return Found(cell_text(part).strip(" ,"), tuple(part), confidence=0.7)


def _brand(lines: Sequence[Line]) -> str | None:
    """The first cell of the first line, when it reads as a name: a letterhead's brand."""
    if not lines or not lines[0].cells:
        return None
    first = cell_text(lines[0].cells[0])
    words = first.split()
    if any(ch.isdigit() for ch in first) or not 1 <= len(words) <= 5 or len(first) < 4:
        return None
    return " ".join(words).lower()


_SEPARATOR = re.compile(r"^[·•|–-]$")
# "Dear Acme Capital LP,", "To: ...", "Attn ...": the addressee, never the issuer.
_ADDRESSEE = re.compile(r"^(dear|to:?|attn:?|attention:?|for)$", re.IGNORECASE)


# Words that introduce a firm's registration numbers after its name.
_REGISTRATIONS = frozenset(
    "abn acn afsl arbn cvr cvr-nr. org. org.nr. orgnr vat reg. hrb crd frn rcs siren kvk uen lei sfc".split()
)


def _segments(cell: Sequence[Word]) -> list[tuple[Word, ...]]:
    """A letterhead's parts: "Acme Bank AG · Main Street 1 · Frankfurt", "Sales | Acme Brokerage, Inc.", and
    the name before the first comma of a footer ("Acme Bank AG, registered with ...")."""
    parts: list[list[Word]] = [[]]
    for word in cell:
        if _SEPARATOR.match(word.text):
            parts.append([])
        else:
            parts[-1].append(word)
    segments = [tuple(part) for part in parts if part]
    for part in list(segments):
        # "Acme Bank AG, registered with ...", and "Rambla Capital, Agencia de Valores, S.A., Passeig de Gràcia
        # 77": a name up to a comma, its legal form after commas of its own.
        commas = [i for i, w in enumerate(part) if w.text.endswith(",") and i + 1 < len(part)]
        segments.extend(part[: comma + 1] for comma in commas)
        # "Acme Securities Pty Ltd ABN 63 104 557 218", "Acme AB (Org. nr 556486-6127)": the name before its
        # registration numbers.
        registered = next((i for i, w in enumerate(part) if w.text.strip("(").lower() in _REGISTRATIONS), None)
        if registered is not None and registered > 1:
            segments.append(part[:registered])
        # "Acme Stockbrokers Limited is authorised and regulated by ...": the subject of the sentence.
        verb = next((i for i, w in enumerate(part) if w.text in ("is", "are", "acts")), None)
        if verb is not None and verb > 1:
            segments.append(part[:verb])
    return segments


def is_company_name(text: str) -> bool:
    """A few words ending in a legal form ('Northbridge Securities LLC'), with no digits (not an address)."""
    words = text.replace(",", " ").split()
    if len(words) > 2 and words[-1].lower() == "(publ)":
        words = words[:-1]  # "Skärgårdsbanken AB (publ)": a Swedish public company
    if not 2 <= len(words) <= 7 or any(ch.isdigit() for ch in text):
        return False
    return words[-1].lower() in _LEGAL_FORMS or words[-1] == "AS"  # Norwegian "AS", never the word "as"


def find_side_in_prose(lines: Sequence[Line]) -> Found | None:
    """A side stated in words ("We have bought for your account", "SALE CONFIRMATION")."""
    for line in lines:
        side = normalize.parse_side(line.text)
        if side:
            return Found(side, line.words, confidence=0.7)
    return None


# "You Bought ISHARES SILVER TR" or "We have bought for you as agent" with the name on the next line.
_SIDE_OPENING = re.compile(
    r"^(?:(?:you|we)(?: have)?|client) (?:bought|sold|purchased|buys|sells)\b(?P<rest>.*)$", re.IGNORECASE
)
_NOT_A_NAME = re.compile(r"^(for|on|as|from|to|the following|today|in|at|via)\b", re.IGNORECASE)


def find_name_after_side(lines: Sequence[Line]) -> Found | None:
    """The security named right after the sentence that states the side, when no label names it. A side
    standing alone in its cell ("PURCHASED  |  TKT NO.  55260-60") puts the name at the start of the next line."""
    for index, line in enumerate(lines):
        match = _SIDE_OPENING.match(" ".join(w.text for w in line.words))
        alone = _BARE_SIDE.match(cell_text(line.cells[0])) is not None
        if not match and not alone:
            continue
        rest = match.group("rest").strip(" :,") if match else ""
        if rest[:1].isdigit():
            return None  # "YOU SOLD 14 AT 173.11": a quantity and a price, the name printed elsewhere
        words: list[Word] = []
        if rest and not _NOT_A_NAME.match(rest):
            words = _name_words(_cell_from(line, len(line.words) - len(rest.split())))
        if not words and (alone or not rest or _NOT_A_NAME.match(rest)) and index + 1 < len(lines):
            words = _name_words(lines[index + 1].cells[0])
        if words:
            return Found(cell_text(words), tuple(words), confidence=0.6)
    return None


def _cell_from(line: Line, position: int) -> tuple[Word, ...]:
    """The words from a position of the line to the end of the cell that holds it."""
    word = line.words[position]
    cell = next(cell for cell in line.cells if word in cell)
    return cell[cell.index(word) :]


# A cell that states the side and nothing else: "YOU PURCHASED", "SOLD".
_BARE_SIDE = re.compile(r"^(?:(?:you|we)(?: have)? )?(?:bought|sold|purchased)$", re.IGNORECASE)


def find_name_over_code(lines: Sequence[Line]) -> Found | None:
    """The security printed on a line of its own right over (or under) the line that gives its CUSIP or ISIN
    ("FENNIMORE HOTELS INC COM" over "CUSIP 273653105  SYMBOL FHEN"), when nothing labels it."""
    for index, line in enumerate(lines):
        match = label_at(line.words, 0)
        if match is None or match.field not in IDENTIFIER_FIELDS:
            continue
        above = index - 1
        while above > 0 and index - above <= _TERM_LINES and _terms_or_note(cell_text(lines[above].cells[0])):
            above -= 1  # "CPN 4.125% DUE 12/28/2038", "YIELD TO MATURITY 4.202%": a bond's terms under its name
        for near in (above, index + 1):
            if not 0 <= near < len(lines) or label_at(lines[near].words, 0) is not None:
                continue
            first = lines[near].cells[0]
            words = _name_words(first)
            if len(words) == len(first) and _names_a_security(cell_text(words)):
                return Found(cell_text(words), tuple(words), confidence=0.6)
    return None


_TERM_LINES = 4
# A bond's terms on a line of their own: "CPN 4.125% DUE 12/28/2038", "2,5 PCT 15MAR2032", "YIELD TO MATURITY".
BOND_TERMS = re.compile(
    r"%|\b(?:PCT|CPN|COUPON|MAT|MATURITY|DUE|YIELD|MARK-?UP|MARK-?DOWN|RATING|CALLABLE|DATED)\b"
    r"|\d{2}[A-Z]{3}\d{2,4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}",
    re.IGNORECASE,
)
_SOLICITED = re.compile(r"\b(?:UN)?SOLICITED\b", re.IGNORECASE)
# What a security's name carries beside its issuer's legal form: the class of share or the kind of debt.
SECURITY_WORDS = frozenset(
    "com shs ord adr ads etf fund trust notes note nts bonds bond bds debentures certificates pfd units warrants "
    "cl class sr preferred common stock shares gilt treasury revenue rev obligation go refunding ref series ser".split()
)


def _terms_or_note(text: str) -> bool:
    return bool(BOND_TERMS.search(text) or _SOLICITED.search(text))


def _names_a_security(text: str) -> bool:
    words = [w.strip(".,").lower() for w in text.split()]
    return len(words) >= 2 and any(w in _LEGAL_FORMS or w in SECURITY_WORDS for w in words[1:])


def find_quantity_under_side(lines: Sequence[Line], ctx: DocContext) -> Found | None:
    """US confirmations print "You Bought NAME" and, at the start of the next line, the quantity."""
    for index, line in enumerate(lines[:-1]):
        if _SIDE_OPENING.match(" ".join(w.text for w in line.words)):
            first = lines[index + 1].words[0]
            if _COUNT.fullmatch(first.text) and (found := parse_value("quantity", (first,), ctx)) is not None:
                return replace(found, confidence=0.7)
            return None
    return None


_COUNT = re.compile(r"[\d.,']*\d")

# "SELL 3,192 HALVORSEN INSTRUMENTS CORP COM", "YOU BOUGHT 1,494 STELLAN WATER INC SHS": the heading of a trade's
# block states its side, the count and the security in one line.
_SIDE_HEADING = re.compile(
    r"^(?:(?:you|we)(?: have)?\s+|client\s+)?"
    r"(?P<side>(?:short\s+)?(?:bought|sold|purchased?|sale|buys?|sells?)(?:\s+short)?)\s+(?:(?:trade|order)\s+)?"
    r"(?P<quantity>\d[\d,.']*)\s+"
    r"(?:(?P<unit>shares|units|shs|par value|par|face value|face amount|nominal|principal amount)\.?(?:\s+of)?"
    r"(?:\s+|$))?(?P<rest>.*)$",
    re.IGNORECASE,
)
_AT_PRICE = re.compile(r"(?:^|\s)(?:at|@)\s", re.IGNORECASE)


# "Sale: OUTENIQUA PROPERTIES LTD", "Kauf: SIEMENS AG": the side as a line's label, the security its value.
_SIDE_LABEL = re.compile(r"^(?P<side>[^\W\d]+(?: [^\W\d]+)?):\s+(?P<rest>\S.*)$")


def _side_as_label(line: Line) -> Draft:
    if len(line.cells) == 2 and (side := normalize.parse_side(cell_text(line.cells[0]))) and len(line.cells[0]) <= 2:
        # "Kjøp  |  Kvitfjell Shipping ASA": the side in a cell of its own, the security in the next.
        name = _name_words(line.cells[1])
        if name and len(name) == len(line.cells[1]) and not normalize.parse_side(cell_text(name)):
            return {
                "side": Found(side, line.cells[0], confidence=0.8),
                "security_name": Found(cell_text(name), tuple(name), confidence=0.8),
            }
    text, spans = join_words(line.words)
    match = _SIDE_LABEL.match(text)
    if not match or (side := normalize.parse_side(match.group("side"))) is None:
        return {}
    after = [w for w, (start, _end) in zip(line.words, spans, strict=True) if start >= match.start("rest")]
    name = _name_words(after)
    if not name or normalize.parse_side(cell_text(name)):
        return {}
    side_words = covering(line.words, spans, match.start("side"), match.end("side"))
    return {
        "side": Found(side, side_words, confidence=0.8),
        "security_name": Found(cell_text(name), tuple(name), confidence=0.8),
    }


def find_side_heading(lines: Sequence[Line], ctx: DocContext) -> Draft:
    """Side, quantity and security from a line that states all three and nothing else ("WE BOUGHT FROM YOU
    400,000 PAR VALUE OF" puts the security on the line under it)."""
    for index, line in enumerate(lines):
        if labelled := _side_as_label(line):
            return labelled
        text, spans = join_words(line.words)
        match = _SIDE_HEADING.match(text)
        if not match or _AT_PRICE.search(match.group("rest")) or _NOT_A_NAME.match(match.group("rest")):
            continue  # "YOU SOLD 14 AT 173.11" is a sentence: the prose patterns read it
        if not match.group("rest") and (not match.group("unit") or index + 1 >= len(lines)):
            continue
        side = normalize.parse_side(match.group("side"))
        side_words = covering(line.words, spans, match.start("side"), match.end("side"))
        quantity = parse_value(
            "quantity", covering(line.words, spans, match.start("quantity"), match.end("quantity")), ctx
        )
        after = [w for w, (start, _end) in zip(line.words, spans, strict=True) if start >= match.start("rest")]
        name = _name_words(after if match.group("rest") else lines[index + 1].words)
        if side is None or quantity is None or not name:
            continue
        return {
            "side": Found(side, side_words, confidence=0.8),
            "quantity": replace(quantity, confidence=0.8),
            "security_name": Found(cell_text(name), tuple(name), confidence=0.7),
        }
    return {}


def narrated(draft: Draft, ctx: DocContext) -> Draft:
    """A statement row whose description tells the trade ("SGX buy 14,100 Pasir Laut Engineering Limited (SGX:
    H0B)"): its side, count and security, where no column of its own gives them; and a listing printed after
    a name ("... Limited (SGX: H0B)") is the security's code."""
    name = draft.get("security_name")
    if name is None:
        return draft
    words = list(name.words)
    if "quantity" not in draft and len(words) > 3 and _MARKET.fullmatch(words[0].text):
        words = words[1:]  # "SGX buy ...", "ASX sell ...": the market the order went to
    text, spans = join_words(words)
    match = _SIDE_HEADING.match(text) if "quantity" not in draft else None
    if match is not None and match.group("rest") and (side := normalize.parse_side(match.group("side"))):
        quantity = parse_value("quantity", covering(words, spans, match.start("quantity"), match.end("quantity")), ctx)
        rest = [w for w, (start, _end) in zip(words, spans, strict=True) if start >= match.start("rest")]
        if quantity is not None and rest:
            side_words = covering(words, spans, match.start("side"), match.end("side"))
            draft = {
                **draft,
                "side": Found(side, side_words, confidence=0.8),
                "quantity": replace(quantity, confidence=0.8),
            }
            words = rest
    text = cell_text(words)
    listed = _LISTED_AT_END.search(text)
    if listed is not None:
        draft.setdefault("ticker", Found(listed.group("code"), tuple(words[-1:]), confidence=0.8))
        words = words[: len(text[: listed.start()].split())]
    if words != list(name.words) and words:
        draft = {**draft, "security_name": replace(name, value=cell_text(words), words=tuple(words))}
    return draft


_MARKET = re.compile(r"[A-Z]{2,6}|(?i:market|on-market)")
_LISTED_AT_END = re.compile(rf"\s*{EXCHANGE_CODE.pattern}$")


def _label_ends_name(words: Sequence[Word], position: int) -> bool:
    """A label ends a name when it reads as one: with a colon, at the end, or before a value of its kind
    ("... CL C Principal Amount 3,990.00"); "STK" inside "ALPHABET INC CAP STK CL C" does not."""
    match = label_at(words, position)
    if match is None:
        return False
    return match.explicit or match.end >= len(words) or typed_value_follows(match.field, words, match.end)


def _name_words(words: Sequence[Word]) -> list[Word]:
    """The leading words that read as a name: up to a label, an amount or the end of the line."""
    taken: list[Word] = []
    for position, word in enumerate(words):
        if _label_ends_name(words, position) or _VALUE_START.match(word.text) and len(word.text) > 3:
            break
        taken.append(word)
    letters = sum(ch.isalpha() for w in taken for ch in w.text)
    return taken if letters >= 3 and len(taken) <= 12 and not reads_as_prose(taken) else []


# "We have bought for you 1,500 shares of APPLE INC at USD 172.35": a trade told as a sentence.
_PRICE = r"(?P<price>(?:[A-Z]{3}\s?|[A-Z]?[$£€]\s?)?\d[\d,.']*)"
_PROSE_TRADES = (
    re.compile(
        r"(?P<quantity>\d[\d,.' ]*\d|\d)\s+(?:shares|units|sh\.?|bonds|nominal)\s+(?:of\s+)?"
        rf"(?P<security_name>[A-Z0-9][^@]*?)\s+(?:at|@)\s+{_PRICE}",
        re.IGNORECASE,
    ),
    # "Purchase 4'834 GOLD ETC at GBP 28.2679", "YOU PURCHASED 7.5146 AT $58.9290", "We have today sold on your
    # behalf 7,988 NORWICK MEDIA PLC at 0.5668": the side word leads.
    re.compile(
        r"\b(?:bought|sold|purchased?|sale|buy|sell)\s+(?:(?:on|for|to|from)\s+(?:your|you)(?:\s+(?:behalf|account))?\s+)?"
        r"(?P<quantity>\d[\d,.']*)\s+"
        rf"(?P<security_name>(?:[^@\d\s][^@]*?)?)\s*\b(?:at|@)\s+{_PRICE}",
        re.IGNORECASE,
    ),
)


# A trade told in a sentence is the reader's when the sentence speaks to them ("we have bought for you",
# "your account"); "Our model portfolio bought 2,500 shares" in a market commentary is nobody's trade.
_ADDRESSED = re.compile(r"\b(you|your|client|account|order)\b", re.IGNORECASE)

# "0.114 Qty UBS ETF MSCI EMU SRI", "100 Pcs.": a count with its unit, the name often after it.
_COUNTED = re.compile(
    r"(?<![\w.,'/-])(?P<quantity>\d[\d,.']*)\s+(?:pcs?|pieces|qty|stk|units?|shares)\.?(?=\s|$)", re.IGNORECASE
)
# "ST 132,80212", "STK 100 SIEMENS AG": German notes print the unit before the count, at the line's start.
_UNIT_FIRST = re.compile(r"^(?:st|stk|stück)\.?\s+(?P<quantity>\d[\d,.']*)(?=\s|$)", re.IGNORECASE)


def find_counted_quantity(lines: Sequence[Line], ctx: DocContext) -> Draft:
    """A quantity printed with its unit after it (or, German style, before it), and the name that follows it
    on the line."""
    for line in lines:
        text, spans = join_words(line.words)
        match = _COUNTED.search(text) or _UNIT_FIRST.match(text)
        if not match or _labelled_number(line.words, spans, match.start("quantity")):
            continue
        where = (match.start("quantity"), match.end("quantity"))
        found = parse_value("quantity", covering(line.words, spans, *where), ctx)
        if found is None:
            continue
        draft: Draft = {"quantity": replace(found, confidence=0.7)}
        after = [w for w, (start, _end) in zip(line.words, spans, strict=True) if start >= match.end()]
        name = _name_words(after)
        if name:
            draft["security_name"] = Found(cell_text(name), tuple(name), confidence=0.6)
        return draft
    return {}


def _labelled_number(words: Sequence[Word], spans: list[tuple[int, int]], start: int) -> bool:
    """Is the number at start the value of a label printed before it ("Account Number 943137980 Shares")?"""
    index = next(i for i, (s, _e) in enumerate(spans) if s >= start)
    for begin in range(max(0, index - 3), index):
        match = label_at(words[begin:index], 0)
        if match is not None and match.end == index - begin:
            return True
    return False


def find_prose_trade(lines: Sequence[Line], ctx: DocContext) -> Draft:
    """Quantity, security and price from the first sentence that states a trade, as fallbacks to labels."""
    for pattern in _PROSE_TRADES:
        for line in lines:
            text, spans = join_words(line.words)
            match = pattern.search(text)
            if match and (match.start() == 0 or _ADDRESSED.search(text)):
                return _prose_fields(line, match, spans, ctx)
    return _price_after_at(lines, ctx)


def _price_after_at(lines: Sequence[Line], ctx: DocContext) -> Draft:
    """US confirmations print the quantity and, on the line under it, "at 25.2900" (or "@ $11.664"): the
    price."""
    for line in lines:
        words = line.words
        if len(words) >= 2 and words[0].text.lower() in ("at", "@"):
            found = parse_value("price", words[1:2], ctx)
            if found is not None:
                return {"price": replace(found, confidence=0.6)}
    return {}


def _prose_fields(line: Line, match: re.Match[str], spans: list[tuple[int, int]], ctx: DocContext) -> Draft:
    draft: Draft = {}
    for name in ("quantity", "security_name", "price"):
        if match.start(name) == match.end(name):
            continue
        words = covering(line.words, spans, match.start(name), match.end(name))
        if name == "security_name" and len(words) > 1 and _CODE_IN_BRACKETS.fullmatch(words[-1].text):
            # "NORWICK MEDIA HOLDINGS PLC ORD 25P (NMO)": the exchange's code after the name
            draft["ticker"] = Found(words[-1].text.strip("()"), words[-1:], confidence=0.75)
            words = words[:-1]
        found = parse_value(name, words, ctx)
        if found is not None:
            draft[name] = replace(found, confidence=0.75)
    return {**_prose_dates(line, spans, ctx), **draft}


_CODE_IN_BRACKETS = re.compile(r"\([A-Z][A-Z0-9.]{0,5}\)")


def _prose_dates(line: Line, spans: list[tuple[int, int]], ctx: DocContext) -> Draft:
    """In the trade's sentence, a date after 'settle' or 'value' is the settlement, the other the trade."""
    text = join_words(line.words)[0]
    draft: Draft = {}
    for value, start, end in normalize.find_dates(text, day_first=ctx.day_first):
        settles = re.search(r"(settle\w*|value)\W+(\w+\W+){0,2}$", text[:start], re.IGNORECASE)
        name = "settlement_date" if settles else "trade_date"
        draft.setdefault(name, Found(value, covering(line.words, spans, start, end), confidence=0.7))
    return draft


# "Basel, 03.07.2020", "London, 14 March 2025": the place and date a letter is written.
_LETTER_DATE = re.compile(r"^[A-Z][\w .'-]{1,30}, (?P<date>.+)$")


def find_letter_date(lines: Sequence[Line], ctx: DocContext) -> Found | None:
    """The date a confirmation is written, which is its trade's day when no trade date is printed."""
    for cell in (cell for line in lines for cell in line.cells):
        text, spans = join_words(cell)
        match = _LETTER_DATE.match(text)
        if not match:
            continue
        dates = normalize.find_dates(match.group("date"), day_first=ctx.day_first)
        if len(dates) == 1 and dates[0][1] == 0 and dates[0][2] == len(match.group("date")):
            words = covering(cell, spans, match.start("date"), match.end("date"))
            return Found(dates[0][0], words, confidence=0.5)
    return None


def identifier_fallbacks(found: dict[str, list[str]]) -> Draft:
    """The identifiers found in a text, by scheme in order of appearance, as fallbacks to labelled ones."""
    draft: Draft = {}
    for scheme, values in found.items():
        if values:
            # One identifier in the document is likely the traded one, but printed without its label it may
            # belong to a disclaimer or a quoted message: worth a look. Several leave a guess.
            draft[scheme.lower()] = Found(values[0], (), confidence=0.85 if len(values) == 1 else 0.6)
    return draft
