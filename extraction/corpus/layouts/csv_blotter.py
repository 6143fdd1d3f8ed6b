"""Ironmoor: a US broker's trade blotter export, several trades a file, terse headers.

Conventions (documented for the reader): B/S is BOT (client bought) or SLD (client sold); Net Amt is signed
from the account's side, negative when cash leaves it (a buy), positive on a sale; Principal, Comm and Fees are
unsigned. Some exports quote amounts with thousands separators. The file names no broker, so the truth's
counterparty is null.
"""

from __future__ import annotations

import csv
import io
import random
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout

HEADER = (
    "Trade Dt",
    "Settle Dt",
    "B/S",
    "Symbol",
    "CUSIP",
    "Description",
    "Qty",
    "Px",
    "Ccy",
    "Principal",
    "Comm",
    "Fees",
    "Net Amt",
    "Acct",
    "Ref #",
    "Exec Time",
    "Dest",
)


def make_deal(rng: random.Random, account: str) -> Deal:
    is_fund = rng.random() < 0.12
    security = securities.fund(rng, "US") if is_fund else securities.equity(rng, "US")
    q, p, gross = trades.draw(rng, "USD", trades.fund_units if is_fund else trades.shares, trades.price)
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date))
    commission = min(trades.rate_of(q, "0.0035", "USD", minimum="0.35"), trades.rate_of(gross, "0.01", "USD"))
    if rng.random() < 0.2:
        commission = Decimal("0.00")
    sale_fees = trades.us_sale_fees(side == "BUY", q, gross, trade_date, ("SEC", "TAF"))
    fees = sum((c.amount for c in sale_fees), Decimal("0.00"))
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="USD",
        security_name=security.upper_name if not is_fund else security.name.upper(),
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=(Charge(COMMISSION, "Comm", commission), Charge(FEE, "Fees", fees)),
        account=account,
        trade_ref=f"IM{noise.digits(rng, 9)}",
        cusip=security.cusip,
        ticker=security.ticker,
    )


def build(rng: random.Random) -> Document:
    account = f"{noise.letters(rng, 3)}{noise.digits(rng, 5)}"
    deals = sorted((make_deal(rng, account) for _ in range(rng.randint(3, 20))), key=lambda d: d.trade_date)
    grouped = rng.random() < 0.3
    date_style = rng.choice(("us", "us", "compact"))
    number = (lambda v: money.fmt(v)) if grouped else (lambda v: money.fmt(v, "plain"))
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(HEADER)
    for deal in deals:
        net = -deal.net_amount if deal.is_buy else deal.net_amount
        writer.writerow(
            (
                dates.fmt(deal.trade_date, date_style),
                dates.fmt(deal.settlement_date, date_style),
                "BOT" if deal.is_buy else "SLD",
                deal.ticker,
                deal.cusip,
                deal.security_name,
                number(deal.quantity),
                money.fmt(deal.price, "plain"),
                deal.currency,
                number(deal.gross_amount),
                number(deal.charges[0].amount),
                number(deal.charges[1].amount),
                (money.fmt(net, sign=True) if grouped else money.fmt(net, "plain", sign=True)),
                deal.account,
                deal.trade_ref,
                dates.clock(rng),
                rng.choice(("NYSE", "NSDQ", "ARCA", "EDGX", "IEXG")),
            )
        )
    return Document(out.getvalue().encode("utf-8"), "confirmation", [deal.truth() for deal in deals])


LAYOUT = Layout(
    name="csv_blotter",
    kind="csv",
    heldout=False,
    build=build,
    description="US blotter CSV: Trade Dt, B/S (BOT/SLD), Qty, Px, Comm, Net Amt signed (negative = buy)",
)
