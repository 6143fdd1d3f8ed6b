"""Banco Arlanza: a continental custody export, semicolon-delimited, decimal commas.

Headers a training layout never uses: Transaction date, Value date, Direction (Acquisition/Disposal),
Nominal/Units, Execution price, Countervalue, Brokerage, Other charges, Transaction tax, Settlement amount.
Some files carry a byte-order mark; some group thousands with points, some (a French-locale spreadsheet's
export) with narrow no-break spaces.
"""

from __future__ import annotations

import io
import random
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout

BROKER_NAME = "Banco Arlanza Valores, S.A."
HEADER = (
    "Transaction date",
    "Value date",
    "Direction",
    "Instrument",
    "ISIN",
    "Nominal/Units",
    "Execution price",
    "Currency",
    "Countervalue",
    "Brokerage",
    "Other charges",
    "Transaction tax",
    "Settlement amount",
    "Custody account",
    "Our reference",
    "Executing broker",
    "Market",
)
FTT = {"ES": "0.002", "IT": "0.001", "FR": "0.003"}


def make_deal(rng: random.Random, account: str) -> Deal:
    market = rng.choice(("ES", "ES", "IT", "FR", "DE"))
    security = securities.equity(rng, market)
    q, p, gross = trades.draw(rng, "EUR", trades.shares, trades.price)
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market=market))
    tax = trades.rate_of(gross, FTT[market], "EUR") if side == "BUY" and market in FTT else Decimal("0.00")
    charges = (
        Charge(COMMISSION, "Brokerage", trades.rate_of(gross, "0.002", "EUR", minimum="8", maximum="300")),
        Charge(FEE, "Other charges", trades.rate_of(gross, "0.00011", "EUR", minimum="0.45")),
        Charge(TAX, "Transaction tax", tax),
    )
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="EUR",
        security_name=security.name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=charges,
        account=account,
        counterparty=BROKER_NAME,
        trade_ref=f"{trade_date.year}{noise.digits(rng, 8)}",
        isin=security.isin,
    )


def build(rng: random.Random) -> Document:
    account = f"0{noise.digits(rng, 3)}-{noise.digits(rng, 4)}-{noise.digits(rng, 2)}-{noise.digits(rng, 10)}"
    deals = sorted((make_deal(rng, account) for _ in range(rng.randint(2, 15))), key=lambda d: d.trade_date)
    style = rng.choice(("plain_comma", "plain_comma", "eu", "fr_nnbsp"))
    date_style = rng.choice(("dot", "uk"))
    lines = [";".join(HEADER)]
    for deal in deals:
        cells = (
            dates.fmt(deal.trade_date, date_style),
            dates.fmt(deal.settlement_date, date_style),
            "Acquisition" if deal.is_buy else "Disposal",
            deal.security_name,
            deal.isin or "",
            money.fmt(deal.quantity, style),
            money.fmt(deal.price, "plain_comma"),
            deal.currency,
            money.fmt(deal.gross_amount, style),
            *(money.fmt(c.amount, style) for c in deal.charges),
            money.fmt(deal.net_amount, style),
            deal.account or "",
            deal.trade_ref or "",
            BROKER_NAME,
            rng.choice(("XMAD", "XMIL", "XPAR", "XETR")),
        )
        lines.append(";".join(_quoted(cell) for cell in cells))
    text = "\r\n".join(lines) + "\r\n"
    out = io.BytesIO()
    if rng.random() < 0.5:
        out.write(b"\xef\xbb\xbf")
    out.write(text.encode("utf-8"))
    return Document(out.getvalue(), "confirmation", [deal.truth() for deal in deals])


def _quoted(cell: str) -> str:
    return f'"{cell}"' if any(ch in cell for ch in ';"') else cell


LAYOUT = Layout(
    name="csv_semicolon",
    kind="csv",
    heldout=False,
    build=build,
    description="held out: semicolon CSV with decimal commas, Acquisition/Disposal, Countervalue, Settlement amount",
)
