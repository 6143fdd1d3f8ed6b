"""Random trade values: quantities, prices, nominal amounts, accrued interest, the usual charges."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import ROUND_UP, Decimal

from . import money
from .model import FEE, Charge


def side(rng: random.Random) -> str:
    return "BUY" if rng.random() < 0.55 else "SELL"


def shares(rng: random.Random) -> Decimal:
    """From a single share to a few million, mostly round lots."""
    roll = rng.random()
    if roll < 0.15:
        return Decimal(rng.randint(1, 99))
    if roll < 0.45:
        return Decimal(rng.randint(100, 9999))
    if roll < 0.85:
        return Decimal(rng.randint(1, 999) * 100)
    return Decimal(rng.randint(1, 600) * 5000)


def fund_units(rng: random.Random) -> Decimal:
    """Fractional fund units: 3 or 4 decimals."""
    decimals = rng.choice((3, 4))
    return Decimal(rng.randint(10**decimals, 250_000 * 10**decimals)).scaleb(-decimals)


def price(rng: random.Random, *, decimals: int | None = None, whole_digits: int | None = None) -> Decimal:
    """A price with 2 to 6 decimals; penny stocks carry more places."""
    digits = whole_digits if whole_digits is not None else rng.choice((0, 1, 1, 2, 2, 2, 3, 3, 4))
    if decimals is None:
        choices = {0: (4, 5, 6), 1: (2, 3, 4, 4, 5, 6), 2: (2, 2, 3, 4, 4, 5)}.get(digits, (2, 2, 2, 3, 4))
        decimals = rng.choice(choices)
    low = 10 ** (digits - 1 + decimals) if digits else 10 ** max(decimals - 2, 0)
    high = 10 ** (digits + decimals)
    return Decimal(rng.randrange(low, high)).scaleb(-decimals)


def nominal(rng: random.Random) -> Decimal:
    """A bond's face amount, 1,000 to 25 million."""
    roll = rng.random()
    if roll < 0.2:
        return Decimal(rng.randint(1, 99) * 1000)
    return Decimal(rng.randint(1, 2500) * 10_000)


def percent_price(rng: random.Random) -> Decimal:
    return Decimal(rng.randint(82_000, 112_500)).scaleb(-3)


def draw(
    rng: random.Random,
    currency: str,
    quantity: Callable[[random.Random], Decimal],
    unit_price: Callable[[random.Random], Decimal],
    *,
    percent: bool = False,
    minimum: Decimal = Decimal(300),
    maximum: Decimal = Decimal(30_000_000),
) -> tuple[Decimal, Decimal, Decimal]:
    """(quantity, price, gross), redrawn until the gross is worth a confirmation (charges stay below it) and is
    no larger than a real order. Bounds are in units of USD; yen amounts are scaled."""
    scale = Decimal(150) if currency == "JPY" else Decimal(1)
    while True:
        q, p = quantity(rng), unit_price(rng)
        gross = money.gross_of(q, p, currency, percent=percent)
        if minimum * scale <= gross <= maximum * scale:
            return q, p, gross


def accrued_days(maturity: date, settlement: date) -> int:
    """30/360 days from the last semi-annual coupon date (in the maturity's month and six months off)."""
    months = {maturity.month, (maturity.month + 5) % 12 + 1}
    day = min(maturity.day, 28)
    last = max(
        date(year, month, day)
        for year in (settlement.year - 1, settlement.year)
        for month in months
        if date(year, month, day) <= settlement
    )
    return (settlement.year - last.year) * 360 + (settlement.month - last.month) * 30 + (settlement.day - last.day)


def accrued_interest(nominal: Decimal, coupon: Decimal, days: int, currency: str) -> Decimal:
    return money.to_money(nominal * coupon / 100 * Decimal(days) / 360, currency)


def rate_of(gross: Decimal, rate: str, currency: str, *, minimum: str = "0", maximum: str | None = None) -> Decimal:
    """gross x rate, with a floor and a cap, in the currency's minor unit."""
    value = max(gross * Decimal(rate), Decimal(minimum))
    if maximum is not None:
        value = min(value, Decimal(maximum))
    return money.to_money(value, currency)


def _cents_up(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_UP)


def sec_fee(gross: Decimal, trade_date: date) -> Decimal:
    """Section 31 fee on sales, rounded up to the cent."""
    per_million = Decimal("27.80") if trade_date >= date(2024, 5, 22) else Decimal("8.00")
    return _cents_up(gross * per_million / 1_000_000)


def taf(quantity: Decimal) -> Decimal:
    """FINRA trading activity fee on sales: per share, capped."""
    return min(_cents_up(quantity * Decimal("0.000166")), Decimal("8.30"))


def us_sale_fees(
    is_buy: bool, quantity: Decimal, gross: Decimal, trade_date: date, labels: tuple[str, str]
) -> list[Charge]:
    """SEC fee and TAF lines, printed on sales only."""
    if is_buy:
        return []
    return [Charge(FEE, labels[0], sec_fee(gross, trade_date)), Charge(FEE, labels[1], taf(quantity))]
