"""Westerly & Dunn: a fixed-width confirmation as a legacy back-office system prints it to a text file.

Upper case, columns padded with spaces, a header block with run date and program id (dates and numbers that
are not the trade's), 14-MAR-2025 dates, the price printed to six places.
"""

from __future__ import annotations

import random
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout

BROKER = noise.Broker(
    legal_name="WESTERLY & DUNN SECURITIES INC",
    brand="WESTERLY & DUNN",
    address=("ONE HARBOR POINT", "STAMFORD CT 06902"),
    phone="(203) 555-0199",
    web="",
    region="US",
)
WIDTH = 100


def make_deal(rng: random.Random) -> Deal:
    security = securities.equity(rng, "US")
    q, p, gross = trades.draw(rng, "USD", trades.shares, trades.price)
    p = money.places(p, 6)
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date))
    charges = [Charge(COMMISSION, "COMMISSION", trades.rate_of(gross, "0.0015", "USD", minimum="12", maximum="250"))]
    charges += trades.us_sale_fees(side == "BUY", q, gross, trade_date, ("SEC FEE", "TAF"))
    if rng.random() < 0.3:
        charges.append(Charge(FEE, "POSTAGE/HANDLING", Decimal("3.50")))
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="USD",
        security_name=security.upper_name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=f"{noise.digits(rng, 2)}-{noise.digits(rng, 5)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"{noise.digits(rng, 4)}-{noise.digits(rng, 6)}",
        cusip=security.cusip,
        ticker=security.ticker,
    )


def build(rng: random.Random) -> Document:
    deal = make_deal(rng)
    client = noise.client(rng, "US")
    style = rng.choice(("dmy_mon_upper", "dmy_mon_upper", "us2"))
    run = dates.add_business_days(deal.trade_date, 0)
    lines = [
        f"1{BROKER.legal_name:<70}{'CONFIRMATION':<20}PAGE    1",
        f" {'  '.join(BROKER.address)}   TEL {BROKER.phone:<30}RUN {dates.fmt(run, 'iso')} {dates.clock(rng)}  CNF400R",
        " " + "-" * (WIDTH - 1),
        f" {'ACCOUNT':<10}{'ACCOUNT NAME':<34}{'REP':<6}{'TRADE DATE':<13}{'SETTLE DATE':<13}{'CAP':<5}MKT",
        f" {deal.account:<10}{client.name.upper()[:32]:<34}{noise.letters(rng, 1) + noise.digits(rng, 2):<6}"
        f"{dates.fmt(deal.trade_date, style):<13}{dates.fmt(deal.settlement_date, style):<13}"
        f"{rng.choice(('AGT', 'PRN')):<5}{rng.choice(('NYSE', 'NASD', 'ARCA'))}",
        "",
        f" {'TRANSACTION':<14}{'QUANTITY':>12}   {'SECURITY DESCRIPTION':<40}{'CUSIP':<12}SYMBOL",
        f" {'BOUGHT' if deal.is_buy else 'SOLD':<14}{money.fmt(deal.quantity):>12}   {deal.security_name:<40}"
        f"{deal.cusip:<12}{deal.ticker}",
        "",
        f"{'':10}{'CURRENCY':<22}{deal.currency:>18}",
        f"{'':10}{'PRICE':<22}{money.fmt(deal.price):>18}",
        f"{'':10}{'PRINCIPAL':<22}{money.fmt(deal.gross_amount):>18}",
        *(f"{'':10}{c.label:<22}{money.fmt(c.amount):>18}" for c in deal.charges),
        f"{'':10}{'':<22}{'-' * 18}",
        f"{'':10}{'NET AMOUNT':<22}{money.fmt(deal.net_amount):>18}",
        "",
        f" CONFIRM NO {deal.trade_ref:<16}ORDER NO {noise.digits(rng, 8):<12}EXEC TIME {dates.clock(rng)}",
        "",
        f" {client.name.upper()}",
        *(f" {line.upper()}" for line in client.address),
        "",
        " " + "-" * (WIDTH - 1),
    ]
    for sentence in noise.disclaimer(rng, BROKER, date_style="us"):
        lines += _wrap(sentence.upper(), WIDTH - 2)
    lines.append(f" END OF REPORT CNF400R  RECORDS 000001  {dates.fmt(run, 'compact')}")
    text = "\n".join(line.rstrip() for line in lines) + "\n"
    return Document(text.encode("ascii", "replace"), "confirmation", [deal.truth()])


def _wrap(sentence: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in sentence.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(" " + current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, " " + current] if current else lines


LAYOUT = Layout(
    name="txt_fixed",
    kind="txt",
    heldout=False,
    build=build,
    description="fixed-width text confirmation from a legacy system: upper case, run header, six-place price",
)
