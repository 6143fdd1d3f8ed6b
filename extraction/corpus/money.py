"""Decimal arithmetic and the number formats brokers print amounts in."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# ISO 4217 minor units of the currencies the corpus trades in; every other one has two.
_MINOR_UNITS = {"JPY": 0}

# Thousands separator and decimal mark per number style.
STYLES: dict[str, tuple[str, str]] = {
    "us": (",", "."),  # 1,234.56
    "eu": (".", ","),  # 1.234,56
    "ch": ("'", "."),  # 1'234.56
    "fr": (" ", ","),  # 1 234,56
    "fr_nbsp": ("\u00a0", ","),  # no-break space, as French word processors print it
    "fr_nnbsp": ("\u202f", ","),  # narrow no-break space, the typographers' choice
    "plain": ("", "."),  # 1234.56
    "plain_comma": ("", ","),  # 1234,56
}


def minor_units(currency: str) -> int:
    return _MINOR_UNITS.get(currency, 2)


def places(value: Decimal, count: int) -> Decimal:
    """value rounded half-up to count decimal places."""
    return value.quantize(Decimal(1).scaleb(-count), rounding=ROUND_HALF_UP)


def to_money(value: Decimal, currency: str) -> Decimal:
    """value rounded half-up to the currency's minor unit."""
    return places(value, minor_units(currency))


def gross_of(quantity: Decimal, price: Decimal, currency: str, *, percent: bool = False) -> Decimal:
    """quantity x price (/100 for a price in percent of par), rounded to the minor unit."""
    raw = quantity * price / (Decimal(100) if percent else Decimal(1))
    return to_money(raw, currency)


def fmt(value: Decimal, style: str = "us", *, decimals: int | None = None, sign: bool = False) -> str:
    """The number as a broker of that style prints it: grouping, decimal mark, the places it carries.

    decimals forces a number of places; sign prints a leading minus for negatives (else the sign is dropped).
    """
    group, mark = STYLES[style]
    if decimals is not None:
        value = places(value, decimals)
    negative = value < 0
    text = format(abs(value), "f")
    whole, _, fraction = text.partition(".")
    grouped = _group(whole, group)
    body = f"{grouped}{mark}{fraction}" if fraction else grouped
    return f"-{body}" if negative and sign else body


def _group(digits: str, separator: str) -> str:
    if not separator:
        return digits
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return separator.join(reversed(parts))


def text(value: Decimal | None) -> str | None:
    """The contract's decimal string: '.' as the mark, no grouping, no sign, the places as printed."""
    return None if value is None else format(abs(value), "f")
