"""When two readings exist, the one that makes the arithmetic add up wins."""

from decimal import Decimal

from extraction.confidence import to_trade
from extraction.values import Found


def _found(value, *alternatives, confidence=0.9):
    return Found(
        Decimal(value), (), confidence=confidence, alternatives=tuple(Found(Decimal(a), ()) for a in alternatives)
    )


def test_the_reading_that_adds_up_wins_over_the_first_one() -> None:
    draft = {
        "side": Found("BUY", ()),
        "quantity": _found("49"),
        "price": _found("20.02"),
        "gross_amount": _found("980.98"),
        # "Commission 43073716378 09-Apr-2025 -1,00": the booking id came first on the line.
        "commission": _found("43073716378", "1.00"),
        "net_amount": _found("981.98"),
    }
    trade = to_trade(draft)
    assert trade.commission == Decimal("1.00")
    assert trade.confidence["net_amount"] >= 0.98


def test_a_first_reading_that_adds_up_is_kept() -> None:
    draft = {
        "side": Found("SELL", ()),
        "quantity": _found("100", "2025"),
        "price": _found("10.50"),
        "gross_amount": _found("1050.00"),
        "net_amount": _found("1040.00", "1050.00"),
        "commission": _found("10.00"),
    }
    trade = to_trade(draft)
    assert (trade.quantity, trade.net_amount) == (Decimal("100"), Decimal("1040.00"))


def test_an_amount_equal_to_quantity_times_price_is_the_gross() -> None:
    draft = {
        "side": Found("BUY", ()),
        "quantity": _found("21"),
        "price": _found("230.75"),
        "net_amount": _found("4845.75"),  # printed as "Amount"
        "fees": _found("0.99"),
    }
    trade = to_trade(draft)
    assert trade.gross_amount == Decimal("4845.75")
    assert trade.net_amount == Decimal("4846.74")
    assert trade.confidence["net_amount"] < 0.9  # computed, not read
