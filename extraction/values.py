"""Read one field's value out of the words printed next to (or under) its label or in its column."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from extraction import normalize, validators
from extraction.layout import Word, cell_text, column_gap, monospaced
from extraction.types import DATE_FIELDS, DECIMAL_FIELDS, IDENTIFIER_FIELDS


@dataclass(frozen=True)
class DocContext:
    """What a whole document says about how it writes numbers and dates."""

    decimal_mark: str | None = None
    day_first: bool | None = None
    dollar: str = "USD"  # what a bare "$" means here

    @classmethod
    def from_text(cls, text: str) -> DocContext:
        return cls(normalize.guess_decimal_mark(text), normalize.detect_day_first(text), normalize.dollar_of(text))


@dataclass(frozen=True)
class Found:
    """A field value and the words it was read from."""

    value: object
    words: tuple[Word, ...]
    confidence: float = 0.9
    rank: int = 0  # label specificity: lower wins when a document prints several labels for one field
    currency: str | None = None  # a currency printed with an amount ("USD 258,525.00")
    # Other readings of the same field (another label's value, another number beside the label), for the
    # arithmetic to choose from when this reading does not add up.
    alternatives: tuple[Found, ...] = ()
    total: bool = False  # read under a label that sums others ("Total charges"), not one more charge


_MAX_READINGS = 6
_ID_CHECKS: dict[str, Callable[[str], bool]] = {
    "isin": validators.is_isin,
    "cusip": validators.is_cusip,
    "sedol": validators.is_sedol,
}
_NOT_NAME = re.compile(r"^(isin|cusip|sedol|ticker|symbol)\b:?$", re.IGNORECASE)
# An exchange and the security's code on it: "ASX: MPT", "(SGX: H0B)", "NYSE:IBM".
EXCHANGE_CODE = re.compile(
    r"\(?(?P<exchange>ASX|SGX|NYSE|NASDAQ|LSE|TSX|TSXV|HKEX|SEHK|NZX|JSE|SIX|XETRA|Euronext|BSE|NSE|TSE)"
    r"\s*:\s*(?P<code>[A-Z0-9][A-Z0-9.]{0,7})\)?"
)


def parse_value(field: str, words: Sequence[Word], ctx: DocContext) -> Found | None:
    """The value of field among words (left to right), or None when they do not hold one."""
    if not words:
        return None
    if field in DECIMAL_FIELDS:
        return _number(words, ctx, rate=field == "price")
    if field in DATE_FIELDS:
        return _date(words, ctx)
    reader = _READERS.get(field, _text)
    return reader(words, ctx)


def parse_cell(field: str, words: Sequence[Word], ctx: DocContext) -> tuple[str, Found] | None:
    """A column's value and the field it fills: the column's own, but a column of identifiers ("Asset ID")
    holds an ISIN on one row and a CUSIP or SEDOL on the next, each filling the field its check digits pass."""
    found = parse_value(field, words, ctx)
    if found is not None or field not in _ID_CHECKS:
        return (field, found) if found is not None else None
    for scheme in _ID_CHECKS:
        if scheme != field and (other := parse_value(scheme, words, ctx)) is not None:
            return scheme, other
    return None


def join_words(words: Sequence[Word]) -> tuple[str, list[tuple[int, int]]]:
    """Words joined into one string, with each word's character span in it.

    Words of one cell are joined by one space, cells by two, so "1 234,56" reads as one number but a
    quantity and a price in neighbouring columns never merge.
    """
    parts: list[str] = []
    spans, position = [], 0
    for index, word in enumerate(words):
        if index:
            previous = words[index - 1]
            parts.append(" " if word.x0 - previous.x1 <= column_gap(previous) else "  ")
            position += len(parts[-1])
        spans.append((position, position + len(word.text)))
        parts.append(word.text)
        position += len(word.text)
    return "".join(parts), spans


def covering(words: Sequence[Word], spans: list[tuple[int, int]], start: int, end: int) -> tuple[Word, ...]:
    return tuple(w for w, (s, e) in zip(words, spans, strict=True) if s < end and e > start)


def _number(words: Sequence[Word], ctx: DocContext, *, rate: bool = True) -> Found | None:
    """The numbers among words, first first; unless rate, a figure in percent ("CPN 7.625%") is none: only a
    price (of a bond, in percent of par) is printed so."""
    text, spans = join_words(words)
    in_dates = [(start, end) for _day, start, end in normalize.find_dates(text, day_first=ctx.day_first)]
    numbers = [
        (value, start, end)
        for value, start, end in normalize.find_numbers(text, decimal_mark=ctx.decimal_mark)
        if not any(s <= start < e for s, e in in_dates)
        and not _looks_like_code(text[start:end])
        and not _COUNT_OF_DAYS.match(text, end)
        and (rate or not _PERCENT.match(text, end))
    ]
    if not numbers:
        return None
    currency = normalize.find_currency(text)
    if currency == "USD" and not re.search(r"US\$|U\.S\.\$|USD", text):
        currency = ctx.dollar  # a bare "$" in a document that names another dollar
    readings = [
        Found(value, covering(words, spans, start, end), currency=currency)
        for value, start, end in numbers[:_MAX_READINGS]
    ]
    return replace(readings[0], alternatives=tuple(readings[1:]))


# "Accrued interest (133 days)": a count of days beside an amount is not the amount.
_COUNT_OF_DAYS = re.compile(r"\s*(days?|d)\b", re.IGNORECASE)
_PERCENT = re.compile(r"\s?%")


def _looks_like_code(printed: str) -> bool:
    """A run of nine or more digits with no grouping or decimals is a reference, not an amount."""
    return printed.isdigit() and len(printed) >= 9


def _date(words: Sequence[Word], ctx: DocContext) -> Found | None:
    text, spans = join_words(words)
    dates = normalize.find_dates(text, day_first=ctx.day_first)
    if not dates:
        return None
    value, start, end = dates[0]
    # A numeric date read without knowing the document's order is a guess between two days.
    sure = ctx.day_first is not None or not re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", text[start:end])
    return Found(value, covering(words, spans, start, end), confidence=0.95 if sure else 0.8)


def _side(words: Sequence[Word], ctx: DocContext) -> Found | None:
    side = normalize.parse_side(cell_text(words), allow_letters=True)
    return Found(side, tuple(words)) if side else None


def _currency(words: Sequence[Word], ctx: DocContext) -> Found | None:
    for word in words:
        code = normalize.normalize_currency(word.text.strip("()[]"))  # "Pesos mexicanos (MXN)"
        if code:
            return Found(code, (word,))
    return None


def _identifier(scheme: str) -> Callable[[Sequence[Word], DocContext], Found | None]:
    check = _ID_CHECKS[scheme]

    def read(words: Sequence[Word], ctx: DocContext) -> Found | None:
        # Some documents space identifiers out ("US 0378331005"); try the first few words joined.
        for count in range(1, min(4, len(words)) + 1):
            candidate = re.sub(r"[^A-Z0-9*@#]", "", "".join(w.text for w in words[:count]).upper())
            if check(candidate):
                return Found(candidate, tuple(words[:count]), confidence=0.99)
        return None

    return read


def _first_token(words: Sequence[Word], ctx: DocContext) -> Found | None:
    """References, accounts and tickers: one printed token, preferring one with a digit in it."""
    tokens = [w for w in words if w.text.strip(":#")]
    start = next((i for i, w in enumerate(tokens) if any(c.isdigit() for c in w.text)), 0 if tokens else None)
    if start is None:
        return None
    # A code printed in groups ("336 2679204 30") is one value: the digit-bearing words that follow it.
    picked = [tokens[start]]
    for word in tokens[start + 1 :]:
        if not word.text.isdigit() or word.x0 - picked[-1].x1 > column_gap(picked[-1]):
            break
        picked.append(word)
    # One code among other words ("DLN-1436. See overleaf") may be the wrong part: worth a look.
    sure = len(picked) == len(tokens) and not picked[-1].text.endswith(".")
    text = " ".join(w.text for w in picked).strip(":#,;.")
    if _MONEY.match(text):
        return None  # "Payment to nominated account (£43,425.00)": a sum of money is no code
    return Found(text, tuple(picked), confidence=0.9 if sure else 0.7)


_MONEY = re.compile(r"^\(?[-+]?(?:[£$€¥]\s?)?(?:\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2})\)?$|^\(?[£$€¥]")


def _text(words: Sequence[Word], ctx: DocContext) -> Found | None:
    text = cell_text(words).strip(" :-,;")
    return Found(text, tuple(words)) if text else None


def _security_name(words: Sequence[Word], ctx: DocContext) -> Found | None:
    """The name as printed, without identifiers printed beside it."""
    kept = [w for w in words if not _is_identifier_word(w.text)]
    if len(kept) > 2 and kept[-2].text.endswith(",") and normalize.normalize_currency(kept[-1].text):
        kept = kept[:-1]  # "Republic of France 3.75% 25 May 2056, EUR": the currency it is dealt in
    text = re.sub(r"\(\s*\)", "", cell_text(kept)).strip(" :-,;/")
    if not any(ch.isalpha() for ch in text):
        return None  # "09:44:30" under the name: a fill's time, no name
    return Found(text, tuple(kept)) if text else None


def _is_identifier_word(text: str) -> bool:
    bare = text.strip("()[],;:")
    return bool(_NOT_NAME.match(bare)) or any(check(bare.upper()) for check in _ID_CHECKS.values())


_READERS: dict[str, Callable[[Sequence[Word], DocContext], Found | None]] = {
    "side": _side,
    "currency": _currency,
    "isin": _identifier("isin"),
    "cusip": _identifier("cusip"),
    "sedol": _identifier("sedol"),
    "ticker": _first_token,
    "trade_ref": _first_token,
    "account": _first_token,
    "security_name": _security_name,
}


def split_glued(word: Word, starts: Sequence[tuple[str | None, float]], ctx: DocContext) -> tuple[Word, Word] | None:
    """A fixed-width report whose name ran into the next column ("...INC COM983U0Z107" under "CUSIP"): the word
    cut where that column's header begins, when what follows the cut passes the identifier's check digit."""
    if not monospaced(word):
        return None
    for field, start in starts:
        cut = int(start - word.x0)
        if field in IDENTIFIER_FIELDS and 0 < cut < len(word.text):
            head = Word(word.text[:cut], word.x0, word.top, word.x0 + cut, word.bottom, word.page)
            tail = Word(word.text[cut:], word.x0 + cut, word.top, word.x1, word.bottom, word.page)
            if parse_value(field, [tail], ctx) is not None:
                return head, tail
    return None
