"""Rheinauen Privatbank: an English-language deal list from a German private bank, several deals per page.

Each deal is a block of its own: a heading ("Deal 2 of 3" and the side in words), then label-and-value lines
in one column. No table header is repeated: only the labels repeat, block after block. Continental habits:
14.03.2025, 1.234,56, EUR, an ISIN and a WKN, a per-deal value date; commission, third-party fees and, for
foreign shares, a transaction tax; the account and the letter's date are printed once at the top.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Rheinauen Privatbank AG",
    brand="RHEINAUEN PRIVATBANK",
    address=("Am Rheinufer 12", "40213 Düsseldorf"),
    phone="+49 211 5550 4410",
    web="www.rheinauen.example.de",
    region="DE",
)
LEFT, VALUE, RIGHT = 60.0, 200.0, 540.0
_MARKETS = ("DE", "FR", "NL", "IE")


def make_deal(rng: random.Random, trade_date: date, account: str) -> Deal:
    security = securities.equity(rng, rng.choice(_MARKETS))
    q, p, gross = trades.draw(rng, "EUR", trades.shares, trades.price)
    side = trades.side(rng)
    charges = [Charge(COMMISSION, "Commission", trades.rate_of(gross, "0.0025", "EUR", minimum="9.90"))]
    if rng.random() < 0.5:
        charges.append(Charge(FEE, rng.choice(("Third-party fees", "Exchange fees")), Decimal("2.50")))
    if side == "BUY" and security.market in ("FR", "IE") and rng.random() < 0.8:
        rate = "0.003" if security.market == "FR" else "0.01"
        charges.append(Charge(TAX, "Transaction tax", trades.rate_of(gross, rate, "EUR")))
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="EUR",
        security_name=security.name,
        trade_date=trade_date,
        settlement_date=dates.add_business_days(trade_date, 2),
        gross_amount=gross,
        charges=tuple(charges),
        account=account,
        counterparty=BROKER.legal_name,
        trade_ref=f"RP-{noise.digits(rng, 8)}",
        isin=security.isin,
    )


def build(rng: random.Random) -> Document:
    trade_date = dates.trade_day(rng)
    account = f"{noise.digits(rng, 4)} {noise.digits(rng, 6)} 00"
    deals = [make_deal(rng, trade_date, account) for _ in range(rng.randint(2, 4))]
    client = noise.client(rng, "DE")
    sheet = Sheet(title="Deal list", author=BROKER.legal_name)
    sheet.text(LEFT, 50, BROKER.brand, font="Helvetica-Bold", size=14)
    sheet.text(LEFT, 62, f"{BROKER.legal_name} · {' · '.join(BROKER.address)} · {BROKER.phone}", size=7)
    y = sheet.lines(LEFT, 96, [client.name, *client.address], leading=11, size=9)
    sheet.text(350, 96, f"Düsseldorf, {dates.fmt(trade_date, 'dot')}", size=9)
    sheet.text(350, 108, f"Securities account {account}", size=9)
    y = max(y, 130) + 10
    sheet.text(LEFT, y, "Confirmation of executed deals", font="Helvetica-Bold", size=11)
    day = dates.fmt(trade_date, "dot")
    sheet.text(LEFT, y + 14, f"We have executed the following {len(deals)} orders for you on {day}.")
    y += 36
    for number, deal in enumerate(deals, start=1):
        y = _block(sheet, rng, deal, number, len(deals), y)
    for sentence in noise.disclaimer(rng, BROKER, date_style="dot")[:3]:
        y = sheet.paragraph(LEFT, y + 4, RIGHT - LEFT, sentence, size=6.5)
    sheet.right(RIGHT, 812, "Page 1 of 1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth() for deal in deals])


def _block(sheet: Sheet, rng: random.Random, deal: Deal, number: int, count: int, y: float) -> float:
    side_words = "Purchase" if deal.is_buy else "Sale"
    sheet.text(LEFT, y, f"Deal {number} of {count}: {side_words}", font="Helvetica-Bold", size=9.5)
    rows = [
        ("Security", deal.security_name),
        ("ISIN", deal.isin or ""),
        ("Deal reference", deal.trade_ref or ""),
        ("Quantity", money.fmt(deal.quantity, "eu")),
        ("Price", f"EUR {money.fmt(deal.price, 'eu')}"),
        ("Value date", dates.fmt(deal.settlement_date, "dot")),
        ("Market value", f"EUR {money.fmt(deal.gross_amount, 'eu')}"),
        *((charge.label, f"EUR {money.fmt(charge.amount, 'eu')}") for charge in deal.charges),
        ("Amount debited" if deal.is_buy else "Amount credited", f"EUR {money.fmt(deal.net_amount, 'eu')}"),
    ]
    if rng.random() < 0.5:
        rows.insert(3, ("Venue", noise.venue(rng, "DE")))
    y += 13
    for label, value in rows:
        sheet.text(LEFT + 10, y, label, size=8.5)
        sheet.text(VALUE, y, value, size=8.5)
        y += 11.5
    return y + 10


LAYOUT = Layout(
    name="de_multi_deal",
    kind="pdf",
    heldout=False,
    build=build,
    description="German private bank's English deal list: several deals per page as blocks, repeated labels only",
)
