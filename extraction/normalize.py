"""Turn printed numbers, dates, currencies and side words into plain values.

Everything here is pure and document-agnostic: callers pass a per-document hint (decimal mark, day-first)
when the document gives one, and the functions fall back to the most common reading otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation

# Characters that group thousands: space, no-break spaces, apostrophes (Swiss 1'234.56).
_GROUPING = " \u00a0\u202f\u2009'\u2019"
_CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₣": "CHF", "₹": "INR"}
# Codes we accept as a trade currency; a three-letter word outside this set is just a word.
CURRENCY_CODES = frozenset(
    "USD GBP EUR CHF JPY CAD AUD NZD HKD SGD SEK NOK DKK ZAR CNY INR PLN CZK HUF MXN BRL ILS KRW TWD "
    "MYR THB IDR AED SAR QAR KWD CLP RON BGN ISK VND".split()
)
_CURRENCY_WORDS = {
    "US$": "USD",
    "U.S.$": "USD",
    "C$": "CAD",
    "A$": "AUD",
    "HK$": "HKD",
    "S$": "SGD",
    "GBX": "GBP",
    "GBp": "GBP",
    "SFR": "CHF",
    "R": "ZAR",  # only before a figure: "R 12 345,67", "R430.00"
    "Rs.": "INR",
    "Rs": "INR",
    "₹": "INR",
    "RM": "MYR",  # only before a figure: "RM5,512.50"
    "Euro": "EUR",  # only before a figure: "Euro 564.030.835,00"
    "euro": "EUR",
    "Euros": "EUR",
    "euros": "EUR",
    "RMB": "CNY",  # renminbi, as Hong Kong notes print the yuan
    "Rupees": "INR",  # "all amounts in Rupees"
    "rupees": "INR",
}
# A currency printed as a symbol or code, anywhere in a text. The rand's "R" and the rupee's "Rs." count only
# right before a figure.
_AMOUNT_AHEAD = r"(?=\s?\d{1,3}(?:[ ,.\u00a0]\d{2,3})*[.,]\d{2}\b)"  # "R 12 345,67", not "IBAN ... R345 8508"
_CURRENCY_MARK = (
    rf"U\.?S\.?\$|HK\$|\b[CAS]\$|[$£€¥₹]|\b[A-Z]{{3}}\b|\bRs\.?{_AMOUNT_AHEAD}|\bRM?{_AMOUNT_AHEAD}"
    rf"|\b[Ee]uros?{_AMOUNT_AHEAD}|(?<=\()Rs\.?(?=\))|\b[Rr]upees\b"  # "Brokerage (Rs.)"
)

_NUMBER_RE = re.compile(
    r"""(?<![\w.,/])
    [-−(]?\s?(?:(?:[$£€¥₹]|Rs\.?|RM|R)\s?)?
    (?:\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+(?:[.,]\d+)?  # 1 234,56 and 1'234.56
      |\d[\d.,]*\d|\d|\.\d+)  # ".032": a fraction printed without its zero
    (?:\)|-(?!\d))?(?![\w/])  # "(55,476.67)" and "3094733,60-": both negative""",
    re.VERBOSE,
)


def parse_decimal(text: str, *, decimal_mark: str | None = None) -> Decimal | None:
    """Parse one printed number; None when text holds no number.

    Parentheses and a leading or trailing minus make it negative. When a number has a single separator
    followed by exactly three digits ("1,234" or "1.234") it is ambiguous; decimal_mark decides, else
    "," is read as grouping and "." as the decimal point (prices like 98.765 are common).
    """
    cleaned = _strip_currency(text.strip())
    negative = cleaned.startswith(("-", "−", "(")) or cleaned.endswith(("-", ")"))
    digits = cleaned.strip("-−()+ ")
    for ch in _GROUPING:
        digits = digits.replace(ch, "")
    if re.fullmatch(r"[.,]\d+", digits):
        digits = "0" + digits  # ".032": a fraction of a share printed without its leading zero
    if not digits or not re.fullmatch(r"\d[\d.,]*", digits) or not digits[-1].isdigit():
        return None
    number = _to_plain(digits, decimal_mark)
    if number is None:
        return None
    try:
        value = Decimal(number)
    except InvalidOperation:
        return None
    return -value if negative else value


def _strip_currency(text: str) -> str:
    text = re.sub(r"(?<![A-Za-z])(?:Rs\.?|RM|R)\s?(?=[\d(-])", "", text)  # rand, ringgit, rupee before a figure
    for word in sorted(_CURRENCY_WORDS, key=len, reverse=True):
        if len(word) > 1 and not word.startswith("Rs"):
            text = text.replace(word, "")
    text = re.sub(r"\b[A-Z]{3}\b", "", text)
    return text.translate({ord(s): None for s in _CURRENCY_SYMBOLS}).strip()


def _to_plain(digits: str, decimal_mark: str | None) -> str | None:
    """Rewrite '1.234,56' style digits as '1234.56'; None when the separators make no sense."""
    last_dot, last_comma = digits.rfind("."), digits.rfind(",")
    if last_dot < 0 and last_comma < 0:
        return digits
    if last_dot >= 0 and last_comma >= 0:
        mark = "." if last_dot > last_comma else ","
    else:
        mark = _single_separator_mark(digits, "." if last_dot >= 0 else ",", decimal_mark)
    group = "," if mark == "." else "."
    whole, found, frac = digits.rpartition(mark)
    if not found:
        whole, frac = digits, ""
    if mark in whole or (group in frac):
        return None
    whole = whole.replace(group, "")
    return f"{whole}.{frac}" if frac else whole


def _single_separator_mark(digits: str, sep: str, decimal_mark: str | None) -> str:
    """Only one kind of separator: is it the decimal mark or grouping?"""
    other = "," if sep == "." else "."
    if digits.count(sep) > 1:
        return other  # 1,234,567 or 1.234.567: repeated means grouping
    tail = digits.rsplit(sep, 1)[1]
    if len(tail) != 3:
        return sep
    if decimal_mark is not None:
        return sep if decimal_mark == sep else other
    return "."  # "1,234" is grouping; "98.765" is a decimal


def find_numbers(text: str, *, decimal_mark: str | None = None) -> list[tuple[Decimal, int, int]]:
    """Every number in text with its character span."""
    found = []
    for match in _NUMBER_RE.finditer(text):
        value = parse_decimal(match.group(), decimal_mark=decimal_mark)
        if value is not None:
            found.append((value, match.start(), match.end()))
    return found


_DOTTED_DATE = re.compile(r"(?<![\d.,])\d{1,2}\.\d{1,2}\.\d{2,4}(?![\d.,])")


def guess_decimal_mark(text: str) -> str | None:
    """',' when the document writes 1.234,56 style amounts, '.' for 1,234.56, None when it cannot tell."""
    text = _DOTTED_DATE.sub(" ", text)  # "19.08.2024" holds "9.08", which is no amount
    comma = len(re.findall(r"\d,\d{2}(?!\d)", text)) + 3 * len(re.findall(r"\d\.\d{3},\d", text))
    dot = len(re.findall(r"\d\.\d{2}(?!\d)", text)) + 3 * len(re.findall(r"\d,\d{3}\.\d", text))
    if comma == dot:
        return None
    return "," if comma > dot else "."


# --- dates -------------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "janv", "januar", "janvier", "januari", "enero", "ene", "gennaio", "gen"),
            ("feb", "february", "febr", "fev", "februar", "février", "févr", "februari", "febrero", "febbraio"),
            ("mar", "march", "mrz", "märz", "mars", "maart", "mrt", "marts", "marzo"),
            ("apr", "april", "avr", "avril", "abril", "abr", "aprile"),
            ("may", "mai", "mei", "maj", "mayo", "maggio", "mag"),
            ("jun", "june", "juni", "juin", "junio", "giugno", "giu"),
            ("jul", "july", "juli", "juil", "juillet", "julio", "luglio", "lug"),
            ("aug", "august", "aout", "août", "augustus", "augusti", "agosto", "ago"),
            ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "set"),
            ("oct", "october", "okt", "oktober", "octobre", "octubre", "ottobre", "ott"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "dez", "dezember", "décembre", "déc", "diciembre", "dicembre", "dic", "des"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_WORD = r"([A-Za-zäåøéèûáíóú]{3,10})\.?"
_NUMERIC_DATE_RE = re.compile(r"\b(\d{1,4})([/.\-])(\d{1,2})\2(\d{2,4})\b")
# "14 March 2025", "14-Mar-25", "4. März 2025", "3 de abril de 2023"
_DAY_MONTH_YEAR_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+de)?[\s\-/]+{_MONTH_WORD}(?:\s+de)?[\s\-/,]+(\d{{2,4}})\b"
)
_COMPACT_DATE_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d.,])")
_MONTH_DAY_YEAR_RE = re.compile(rf"\b{_MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")


def parse_date(text: str, *, day_first: bool | None = None) -> date | None:
    """The first date printed in text, or None."""
    found = find_dates(text, day_first=day_first)
    return found[0][0] if found else None


def find_dates(text: str, *, day_first: bool | None = None) -> list[tuple[date, int, int]]:
    """Every date in text with its character span, in order of appearance."""
    found: list[tuple[date, int, int]] = []
    for match in _NUMERIC_DATE_RE.finditer(text):
        value = _numeric_date(match, day_first)
        if value:
            found.append((value, match.start(), match.end()))
    for match in _DAY_MONTH_YEAR_RE.finditer(text):
        value = _make_date(match.group(3), _MONTHS.get(match.group(2).lower()), match.group(1))
        if value:
            found.append((value, match.start(), match.end()))
    for match in _MONTH_DAY_YEAR_RE.finditer(text):
        value = _make_date(match.group(3), _MONTHS.get(match.group(1).lower()), match.group(2))
        if value:
            found.append((value, match.start(), match.end()))
    for match in _COMPACT_DATE_RE.finditer(text):  # 20250314, as exports and fixed-width files print it
        value = _make_date(match.group(1), int(match.group(2)), match.group(3))
        if value:
            found.append((value, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def _numeric_date(match: re.Match[str], day_first: bool | None) -> date | None:
    first, sep, second, third = match.groups()
    if len(first) == 4:
        return _make_date(first, int(second), third)  # ISO 2025-03-14
    if len(first) == 3 or len(third) == 3:
        return None
    if day_first is None:
        # Nothing known about the document: a part above 12 decides, else dots mean Europe.
        day_first = int(first) > 12 or (int(second) <= 12 and sep == ".")
    day, month = (first, second) if day_first else (second, first)
    return _make_date(third, int(month), day)


def _make_date(year: str, month: int | None, day: str) -> date | None:
    if month is None:
        return None
    full_year = int(year)
    if len(year) == 2:
        full_year += 2000 if full_year < 70 else 1900
    try:
        return date(full_year, month, int(day))
    except ValueError:
        return None


def detect_day_first(text: str) -> bool | None:
    """Decide for a whole document whether 03/04/2025 is 3 April (True) or March 4 (False).

    Any numeric date whose first part is above 12 settles it as day-first, whose second part is above 12
    as month-first. When no date tells, the document's other habits do: dotted dates (14.03.2025) are
    day-first wherever they are printed, and US dollar documents write the month first while documents
    in other currencies write the day first. None when nothing tells.
    """
    dotted = False
    for match in _NUMERIC_DATE_RE.finditer(text):
        first, separator, second, _third = match.groups()
        if len(first) == 4:
            continue
        if int(first) > 12 >= int(second):
            return True
        if int(second) > 12 >= int(first):
            return False
        # 14.03.2025 is day-first wherever printed; "1.8.16" is more likely a version number than a date.
        dotted = dotted or (separator == "." and len(first) == 2 and len(second) == 2)
    if dotted:
        return True
    spelled = _spelled_order(text)
    if spelled is not None:
        return spelled
    currency = find_currency(text)
    if currency is None:
        return None
    return currency not in _MONTH_FIRST_CURRENCIES


def _spelled_order(text: str) -> bool | None:
    """ "Done on 3 April 2023 ... 03/04/2023": a date printed in words (or year first, "Signed 2023.10.11") and
    in figures tells how the figures run. None unless one order, and only one, matches a date the text prints
    beyond doubt."""
    spelled = {
        value
        for pattern in (_DAY_MONTH_YEAR_RE, _MONTH_DAY_YEAR_RE)
        for match in pattern.finditer(text)
        if (value := _spelled_date(match, pattern)) is not None
    } | {
        value
        for match in _NUMERIC_DATE_RE.finditer(text)
        if len(match.group(1)) == 4 and (value := _make_date(match.group(1), int(match.group(3)), match.group(4)))
    }
    if not spelled:
        return None
    for match in _NUMERIC_DATE_RE.finditer(text):
        if len(match.group(1)) == 4:
            continue
        day_first, month_first = _numeric_date(match, True), _numeric_date(match, False)
        if day_first != month_first and (day_first in spelled) != (month_first in spelled):
            return day_first in spelled
    return None


def _spelled_date(match: re.Match[str], pattern: re.Pattern[str]) -> date | None:
    if pattern is _DAY_MONTH_YEAR_RE:
        return _make_date(match.group(3), _MONTHS.get(match.group(2).lower()), match.group(1))
    return _make_date(match.group(3), _MONTHS.get(match.group(1).lower()), match.group(2))


# --- currencies -------------------------------------------------------------------------------------

# Where 03/04/2025 means March 4: the United States (and its dollar documents elsewhere).
_MONTH_FIRST_CURRENCIES = frozenset({"USD"})


def normalize_currency(token: str) -> str | None:
    """ISO 4217 code for a symbol or code as printed ('£' -> 'GBP'); None when it is not a currency."""
    token = token.strip().strip(":")
    if token in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[token]
    if token in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[token]
    if token.upper() in CURRENCY_CODES and (token.isupper() or len(token) == 3):
        return token.upper()
    for symbol, code in _CURRENCY_SYMBOLS.items():
        if token.startswith(symbol) or token.endswith(symbol):
            return code
    return None


_DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "SGD", "HKD", "MXN"})  # currencies written "$"


def dollar_of(text: str) -> str:
    """Which dollar a bare "$" means in a document: the one it names most (A$, AUD, C$ ...), else USD."""
    named = [
        code
        for match in re.finditer(r"U\.?S\.?\$|HK\$|\b[CAS]\$|\b[A-Z]{3}\b", text)
        if (code := normalize_currency(match.group())) in _DOLLARS
    ]
    return max(set(named), key=named.count) if named else "USD"


def currencies_named(text: str) -> set[str]:
    """Every currency a text names by code or symbol."""
    return {code for match in re.finditer(_CURRENCY_MARK, text) if (code := normalize_currency(match.group()))}


def only_currency(texts: Iterable[str]) -> str | None:
    """The one currency some texts name ("Price (CAD)", "Amount (CAD)"); None when they name none or several."""
    named = set().union(*map(currencies_named, texts))
    return named.pop() if len(named) == 1 else None


def find_currency(text: str) -> str | None:
    """The first currency code or symbol printed in text."""
    for match in re.finditer(_CURRENCY_MARK, text):
        code = normalize_currency(match.group())
        if code:
            return code
    return None


# --- side -------------------------------------------------------------------------------------------

# Phrases are matched on lower-cased text, longest first, so "we have sold to you" (the client buys) wins
# over "sold". Each says which way the client's position moved.
_SIDE_PHRASES: dict[str, str] = {
    "we have sold to you": "BUY",
    "we sold to you": "BUY",
    "sold to you": "BUY",
    "we have bought from you": "SELL",
    "we bought from you": "SELL",
    "bought from you": "SELL",
    "client buys": "BUY",
    "client sells": "SELL",
    "you bought": "BUY",
    "you sold": "SELL",
    "purchase": "BUY",
    "purchased": "BUY",
    "bought": "BUY",
    "buy": "BUY",
    "bot": "BUY",
    "achat": "BUY",
    "kauf": "BUY",
    "wertpapierkauf": "BUY",
    "wertpapier kauf": "BUY",
    "kauforder": "BUY",
    "zeichnung": "BUY",
    "sale": "SELL",
    "sold": "SELL",
    "sell": "SELL",
    "sld": "SELL",
    "vente": "SELL",
    "verkauf": "SELL",
    "wertpapierverkauf": "SELL",
    "wertpapier verkauf": "SELL",
    "verkaufsorder": "SELL",
    "börsenkauf": "BUY",
    "börsenverkauf": "SELL",
    # Spanish, Italian
    "compra": "BUY",
    "venta": "SELL",
    "acquisto": "BUY",
    "vendita": "SELL",
    # Dutch, Portuguese
    "aankoop": "BUY",
    "koop": "BUY",
    "gekocht": "BUY",
    "verkoop": "SELL",
    "verkocht": "SELL",
    "venda": "SELL",
    # Funds: units bought from or sold back to the fund
    "subscription": "BUY",
    "redemption": "SELL",
    # Swedish, Norwegian, Danish
    "köp": "BUY",
    "köpt": "BUY",
    "kjøp": "BUY",
    "kjøpt": "BUY",
    "køb": "BUY",
    "købt": "BUY",
    "sälj": "SELL",
    "sålt": "SELL",
    "salg": "SELL",
    "solgt": "SELL",
}
# One-letter codes mean a side only where a side is expected (a side column or a "B/S" label).
_SIDE_LETTERS = {"b": "BUY", "s": "SELL", "ss": "SELL"}  # "SS": a short sale
# A custodian's settlement codes, which say the side only as the whole of a side column's cell: receiving the
# securities against payment is a purchase. On a confirmation, "Settlement: DVP" says how, not which way.
_SETTLEMENT_SIDES = {
    **dict.fromkeys(
        (
            "rvp",
            "rap",
            "receive vs payment",
            "receipt vs payment",
            "receive versus payment",
            "receipt versus payment",
            "receive against payment",
            "receipt against payment",
        ),
        "BUY",
    ),
    **dict.fromkeys(
        (
            "dvp",
            "dap",
            "deliver vs payment",
            "delivery vs payment",
            "deliver versus payment",
            "delivery versus payment",
            "deliver against payment",
            "delivery against payment",
        ),
        "SELL",
    ),
}


def _phrase_re(phrase: str) -> re.Pattern[str]:
    # "/" counts as part of a word so that a "Buy/Sell" heading is not read as a side.
    return re.compile(rf"(?<![\w/]){re.escape(phrase)}(?![\w/])")


_SIDE_RES = tuple(
    (_phrase_re(phrase), side) for phrase, side in sorted(_SIDE_PHRASES.items(), key=lambda i: -len(i[0]))
)


def parse_side(text: str, *, allow_letters: bool = False) -> str | None:
    """BUY or SELL for a side word or phrase, from the client's point of view; None when unclear."""
    lowered = " ".join(text.lower().split())
    if allow_letters and lowered.strip(".") in _SIDE_LETTERS:
        return _SIDE_LETTERS[lowered.strip(".")]
    if allow_letters and lowered in _SETTLEMENT_SIDES:
        return _SETTLEMENT_SIDES[lowered]
    for pattern, side in _SIDE_RES:
        found = pattern.search(lowered)
        if found:
            # "Bought or Sold", "Purchase/Sale": a text that names both sides states neither.
            rest = lowered[: found.start()] + " " * (found.end() - found.start()) + lowered[found.end() :]
            return None if any(p.search(rest) for p, other in _SIDE_RES if other != side) else side
    return None
