"""Plain values the extraction engine hands out. Nothing here knows about Django."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

# The trade fields of ../contracts/extraction-output.md, in contract order.
TRADE_FIELDS: tuple[str, ...] = (
    "side",
    "quantity",
    "price",
    "currency",
    "security_name",
    "isin",
    "cusip",
    "sedol",
    "ticker",
    "trade_date",
    "settlement_date",
    "gross_amount",
    "commission",
    "fees",
    "taxes",
    "accrued_interest",
    "net_amount",
    "account",
    "counterparty",
    "trade_ref",
)

DECIMAL_FIELDS = frozenset(
    {"quantity", "price", "gross_amount", "commission", "fees", "taxes", "accrued_interest", "net_amount"}
)
DATE_FIELDS = frozenset({"trade_date", "settlement_date"})
# The identifiers whose check digits prove them.
IDENTIFIER_FIELDS = ("isin", "cusip", "sedol")

DOC_TYPES = ("confirmation", "statement", "email", "unknown")

# What a trade must state before it may pass without a person: a confirmation that lacks one of these was
# either misread or is not complete enough to settle against, whatever the confidence of the rest.
STP_REQUIRED = frozenset(
    {
        "side",
        "quantity",
        "price",
        "currency",
        "trade_date",
        "settlement_date",
        "net_amount",
        "counterparty",
        "trade_ref",
        "security_name",  # an identifier alone does not show a person which security was dealt
    }
)


@dataclass(frozen=True)
class Provenance:
    """Where a value was read: 1-based page and [x0, top, x1, bottom] in PDF points."""

    page: int
    bbox: tuple[float, float, float, float]


@dataclass(frozen=True)
class Trade:
    side: str | None = None  # "BUY" or "SELL"
    quantity: Decimal | None = None
    price: Decimal | None = None
    currency: str | None = None
    security_name: str | None = None
    isin: str | None = None
    cusip: str | None = None
    sedol: str | None = None
    ticker: str | None = None
    trade_date: date | None = None
    settlement_date: date | None = None
    gross_amount: Decimal | None = None
    commission: Decimal | None = None
    fees: Decimal | None = None
    taxes: Decimal | None = None
    accrued_interest: Decimal | None = None
    net_amount: Decimal | None = None
    account: str | None = None
    counterparty: str | None = None
    trade_ref: str | None = None
    # field name -> 0..1; field name -> where it was read
    confidence: dict[str, float] = field(default_factory=dict)
    provenance: dict[str, Provenance] = field(default_factory=dict)

    def values(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in TRADE_FIELDS}

    def filled(self) -> int:
        """How many fields were read."""
        return sum(getattr(self, name) is not None for name in TRADE_FIELDS)


def keep_once(kept: list[Trade], told: Sequence[Trade], same: Callable[[Trade, Trade], bool]) -> None:
    """Add one group's trades (an email part's, a block's) to kept. A trade an earlier group already told is
    the same trade told twice: kept once, in its fuller reading. Trades of one group are never merged: two
    alike fills on one page are two trades."""
    earlier = len(kept)
    for trade in told:
        match = next((i for i in range(earlier) if same(kept[i], trade)), None)
        if match is None:
            kept.append(trade)
        elif trade.filled() > kept[match].filled():
            kept[match] = trade


@dataclass(frozen=True)
class ExtractionResult:
    """The outcome for one input file. status is "ok" or "error"; error is one line for a person."""

    file: str
    status: str
    error: str | None = None
    doc_type: str = "unknown"
    trades: tuple[Trade, ...] = ()
    # Plain text of the document as read, for display beside the fields (not part of the contract output).
    text: str = ""
    pages: int = 0
    # Things a person should know that did not stop the extraction (skipped pages, attachments too deep).
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == "ok"
