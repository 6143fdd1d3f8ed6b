"""What a layout makes: deals (the true trades, as printed) and documents (the file and its truth)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from extraction.types import TRADE_FIELDS
from extraction.validators import is_cusip, is_isin, is_sedol

from . import money

COMMISSION, FEE, TAX = "commission", "fee", "tax"


@dataclass(frozen=True)
class Charge:
    """One printed charge line. kind says which contract field it adds to."""

    kind: str
    label: str
    amount: Decimal


@dataclass(frozen=True)
class Deal:
    """One trade exactly as the document prints it. None means the document does not print it."""

    side: str
    quantity: Decimal
    price: Decimal
    currency: str
    security_name: str
    trade_date: date
    settlement_date: date
    gross_amount: Decimal
    charges: tuple[Charge, ...] = ()
    accrued_interest: Decimal | None = None
    account: str | None = None
    counterparty: str | None = None
    trade_ref: str | None = None
    isin: str | None = None
    cusip: str | None = None
    sedol: str | None = None
    ticker: str | None = None
    percent: bool = False  # price in percent of par

    def __post_init__(self) -> None:
        assert self.side in ("BUY", "SELL"), self.side
        assert self.settlement_date >= self.trade_date
        assert self.gross_amount == money.gross_of(self.quantity, self.price, self.currency, percent=self.percent)
        assert self.net_amount > 0, "charges exceed the proceeds"
        assert self.isin is None or is_isin(self.isin), self.isin
        assert self.cusip is None or is_cusip(self.cusip), self.cusip
        assert self.sedol is None or is_sedol(self.sedol), self.sedol

    def total(self, kind: str) -> Decimal | None:
        """The sum of the printed charges of a kind; None when none is printed."""
        amounts = [c.amount for c in self.charges if c.kind == kind]
        return sum(amounts, Decimal(0)) if amounts else None

    @property
    def commission(self) -> Decimal | None:
        return self.total(COMMISSION)

    @property
    def fees(self) -> Decimal | None:
        return self.total(FEE)

    @property
    def taxes(self) -> Decimal | None:
        return self.total(TAX)

    @property
    def charges_total(self) -> Decimal:
        return sum((c.amount for c in self.charges), Decimal(0))

    @property
    def net_amount(self) -> Decimal:
        accrued = self.accrued_interest or Decimal(0)
        if self.side == "BUY":
            return self.gross_amount + self.charges_total + accrued
        return self.gross_amount - self.charges_total + accrued

    @property
    def is_buy(self) -> bool:
        return self.side == "BUY"

    def truth(self, **printed: object) -> dict[str, object]:
        """The contract's trade object. Keyword arguments override a field (None: not printed)."""
        values: dict[str, object] = {
            "side": self.side,
            "quantity": money.text(self.quantity),
            "price": money.text(self.price),
            "currency": self.currency,
            "security_name": self.security_name,
            "isin": self.isin,
            "cusip": self.cusip,
            "sedol": self.sedol,
            "ticker": self.ticker,
            "trade_date": self.trade_date.isoformat(),
            "settlement_date": self.settlement_date.isoformat(),
            "gross_amount": money.text(self.gross_amount),
            "commission": money.text(self.commission),
            "fees": money.text(self.fees),
            "taxes": money.text(self.taxes),
            "accrued_interest": money.text(self.accrued_interest),
            "net_amount": money.text(self.net_amount),
            "account": self.account,
            "counterparty": self.counterparty,
            "trade_ref": self.trade_ref,
        }
        unknown = set(printed) - set(values)
        assert not unknown, unknown
        values.update(printed)
        return {name: values[name] for name in TRADE_FIELDS}


@dataclass(frozen=True)
class Document:
    """One generated file: its bytes, its document type and its true trades (truth() dicts)."""

    content: bytes
    doc_type: str
    trades: list[dict[str, object]] = field(default_factory=list)


@dataclass(frozen=True)
class Layout:
    """A broker layout family. build(rng) makes one document; every call with an equal rng makes equal bytes.

    single_page_pdf marks the PDF layouts whose documents are one page holding one trade (the speed benchmark
    draws from them).
    """

    name: str
    kind: str  # "pdf", "eml", "csv" or "txt"
    heldout: bool
    build: Callable[[random.Random], Document]
    description: str = ""
    single_page_pdf: bool = False

    @property
    def split(self) -> str:
        return "heldout" if self.heldout else "train"
