"""Security identifiers with correct check digits: CUSIP, SEDOL, and ISINs (derived from them where the market does)."""

from __future__ import annotations

import random
import string

from extraction.validators import is_cusip, is_isin, is_sedol

_SEDOL_CHARS = "0123456789BCDFGHJKLMNPQRSTVWXYZ"
_SEDOL_WEIGHTS = (1, 3, 1, 7, 3, 9)


def _value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def cusip_check(body: str) -> str:
    total = 0
    for position, ch in enumerate(body):
        n = _value(ch) * (2 if position % 2 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def isin_check(body: str) -> str:
    """Luhn over the digits of the first eleven characters, letters counted as 10..35."""
    digits = "".join(str(_value(ch)) for ch in body)
    total = 0
    for position, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if position % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def sedol_check(body: str) -> str:
    total = sum(_value(ch) * weight for ch, weight in zip(body, _SEDOL_WEIGHTS, strict=True))
    return str((10 - total % 10) % 10)


def cusip(rng: random.Random, *, issue: str = "10") -> str:
    """Six-character issuer (mostly digits), two-character issue, check digit."""
    issuer = "".join(
        rng.choice(string.digits if i < 3 or rng.random() < 0.7 else string.ascii_uppercase) for i in range(6)
    )
    value = issuer + issue + cusip_check(issuer + issue)
    assert is_cusip(value), value
    return value


def sedol(rng: random.Random) -> str:
    """Modern SEDOLs start with B; older ones with a digit."""
    first = "B" if rng.random() < 0.6 else rng.choice("0123456789")
    body = first + "".join(rng.choice(_SEDOL_CHARS) for _ in range(5))
    value = body + sedol_check(body)
    assert is_sedol(value), value
    return value


def isin(country: str, national: str) -> str:
    """ISIN from a country code and a national number, zero-padded to nine characters."""
    body = country + national.rjust(9, "0")
    value = body + isin_check(body)
    assert is_isin(value), value
    return value


def national_number(rng: random.Random, country: str) -> str:
    """A national number in the shape the country's ISINs have."""
    digits = string.digits
    if country == "DE":  # DE000 + six-character WKN
        return "000" + "".join(rng.choice(digits + "ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(6))
    if country == "JP":  # JP3 + four-digit code + 0000
        return "3" + "".join(rng.choice(digits) for _ in range(4)) + "0000"
    if country in ("IE", "LU"):
        return "".join(rng.choice(digits + string.ascii_uppercase) for _ in range(9))
    return "".join(rng.choice(digits) for _ in range(rng.choice((6, 7, 8, 9))))
