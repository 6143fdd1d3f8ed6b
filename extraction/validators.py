"""Check digits of security identifiers and arithmetic cross-checks of a trade's amounts."""

from __future__ import annotations

import re
from decimal import Decimal

_ISIN_RE = re.compile(r"[A-Z]{2}[A-Z0-9]{9}\d")
_CUSIP_RE = re.compile(r"[0-9A-Z*@#]{8}\d")
# SEDOLs never use vowels.
_SEDOL_RE = re.compile(r"[0-9BCDFGHJKLMNPQRSTVWXYZ]{6}\d")
_SEDOL_WEIGHTS = (1, 3, 1, 7, 3, 9)
# Brokers round each amount to the cent; a computed total may differ from the printed one by that much.
_CENT = Decimal("0.01")


def _char_value(ch: str) -> int:
    """0-9 for digits, 10-35 for A-Z: the numbering every identifier scheme here uses."""
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def is_isin(value: str) -> bool:
    """ISO 6166: letters become two-digit numbers, then Luhn over the digit string."""
    if not _ISIN_RE.fullmatch(value):
        return False
    digits = "".join(str(_char_value(ch)) for ch in value)
    return _luhn_ok(digits)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, ch in enumerate(reversed(digits)):
        n = int(ch)
        if position % 2 == 1:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return total % 10 == 0


def is_cusip(value: str) -> bool:
    if not _CUSIP_RE.fullmatch(value):
        return False
    specials = {"*": 36, "@": 37, "#": 38}
    total = 0
    for position, ch in enumerate(value[:8]):
        n = specials[ch] if ch in specials else _char_value(ch)
        if position % 2 == 1:
            n *= 2
        total += n // 10 + n % 10
    return (10 - total % 10) % 10 == int(value[8])


def is_sedol(value: str) -> bool:
    if not _SEDOL_RE.fullmatch(value):
        return False
    total = sum(_char_value(ch) * weight for ch, weight in zip(value[:6], _SEDOL_WEIGHTS, strict=True))
    return (10 - total % 10) % 10 == int(value[6])


def _close(a: Decimal, b: Decimal, *, tolerance: Decimal) -> bool:
    return abs(abs(a) - abs(b)) <= tolerance


def gross_matches(
    quantity: Decimal | None,
    price: Decimal | None,
    gross: Decimal | None,
    *,
    percent: bool = False,
    rounding: bool = True,
) -> bool:
    """Does quantity x price (/100 for a percent-of-par price) give the printed gross, to the cent?"""
    if quantity is None or price is None or gross is None:
        return False
    factor = Decimal(100) if percent else Decimal(1)
    # A price printed to fewer places than it was executed at is off by up to half its last place on
    # every unit: 3 x 129.28 may well be a gross of 387.85.
    slack = abs(quantity) * _half_last_place(price) / factor if rounding else Decimal(0)
    return _close(abs(quantity) * abs(price) / factor, gross, tolerance=max(_CENT, slack))


def _half_last_place(value: Decimal) -> Decimal:
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) else Decimal(0)


def net_matches(
    side: str | None,
    gross: Decimal | None,
    net: Decimal | None,
    *,
    charges: Decimal = Decimal(0),
    accrued: Decimal | None = None,
) -> bool:
    """Does the printed net equal gross + charges (buy) or gross - charges (sell), plus accrued?

    With no side known, either direction counts.
    """
    if gross is None or net is None:
        return False
    base = abs(gross) + abs(accrued or Decimal(0))
    candidates = {"BUY": [base + charges], "SELL": [base - charges]}.get(side or "", [base + charges, base - charges])
    return any(_close(value, net, tolerance=_CENT) for value in candidates)
