"""Thamesgate: a UK contract note in two columns, trade details on the left, money on the right.

A reader that takes whole lines across the page interleaves "Bargain date 14/03/2025" with "Consideration
£8,631.25": the trap this layout sets. UK conventions: 14/03/2025, £, SEDOL and ISIN, stamp duty or SDRT on
purchases, the PTM levy on bargains over £10,000.
"""

from __future__ import annotations

import random
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Thamesgate Stockbrokers Limited",
    brand="THAMESGATE",
    address=("Thamesgate House, 9 Pudding Lane", "London EC3R 8AB"),
    phone="+44 20 7946 0123",
    web="thamesgate.example.co.uk",
    region="GB",
)
LEFT, MIDDLE, RIGHT_LABEL, RIGHT = 50.0, 150.0, 330.0, 545.0


def make_deal(rng: random.Random) -> Deal:
    security = securities.equity(rng, "GB")
    q, p, gross = trades.draw(rng, "GBP", trades.shares, trades.price)
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market="GB"))
    charges = []
    if rng.random() < 0.9:
        rate = rng.choice(("0.001", "0.0075", "0.005"))
        charges.append(
            Charge(COMMISSION, "Commission", trades.rate_of(gross, rate, "GBP", minimum="12.50", maximum="250"))
        )
    if side == "BUY" and rng.random() < 0.9:
        label = rng.choice(("Stamp duty reserve tax", "SDRT @ 0.5%", "SDRT"))
        charges.append(Charge(TAX, label, trades.rate_of(gross, "0.005", "GBP")))
    if gross > 10_000:
        charges.append(Charge(FEE, "PTM levy", Decimal("1.50")))
    if rng.random() < 0.25:
        charges.append(Charge(FEE, "Compliance charge", Decimal(rng.choice(("2.50", "4.00", "5.00")))))
    name = security.upper_name if rng.random() < 0.6 else f"{security.name} {security.share_class.title()}"
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="GBP",
        security_name=name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=f"TG{noise.digits(rng, 6)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"B{noise.digits(rng, 7)}",
        isin=security.isin,
        sedol=security.sedol,
    )


def build(rng: random.Random) -> Document:
    deal = make_deal(rng)
    client = noise.client(rng, "GB")
    sheet = Sheet(title=f"Contract note {deal.trade_ref}", author=BROKER.legal_name)
    sheet.text(LEFT, 50, BROKER.brand, font="Times-Bold", size=20)
    sheet.text(LEFT, 64, "Private Client Stockbroking", font="Times-Italic", size=9)
    sheet.lines(RIGHT_LABEL + 60, 44, [*BROKER.address, f"Dealing {BROKER.phone}", BROKER.web], leading=10, size=8)
    sheet.rule(LEFT, 96, RIGHT, weight=1)
    sheet.text(LEFT, 116, "CONTRACT NOTE", font="Helvetica-Bold", size=12)
    sheet.text(RIGHT_LABEL, 116, f"Tax point {dates.fmt(deal.trade_date, 'uk')}", size=8)
    y = sheet.lines(LEFT, 140, [client.name, *client.address], leading=11, size=9)
    y = max(y, 190)
    verb = "We have today BOUGHT on your behalf" if deal.is_buy else "We have today SOLD on your behalf"
    sheet.text(LEFT, y, verb, font="Helvetica-Bold", size=10)
    sheet.text(LEFT, y + 18, "Stock", size=9)
    sheet.text(MIDDLE, y + 18, deal.security_name, font="Helvetica-Bold", size=9)
    y += 40
    _columns(sheet, deal, rng, y)
    y = 520
    sheet.rule(LEFT, y, RIGHT)
    for sentence in noise.disclaimer(rng, BROKER, date_style="uk"):
        y = sheet.paragraph(LEFT, y + 6, RIGHT - LEFT, sentence, size=7)
    sheet.text(LEFT, 800, f"{BROKER.legal_name}. Registered office: {', '.join(BROKER.address)}.", size=6.5)
    sheet.right(RIGHT, 812, "Page 1 of 1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth()])


def _columns(sheet: Sheet, deal: Deal, rng: random.Random, y: float) -> None:
    left = [
        ("Bargain date", f"{dates.fmt(deal.trade_date, 'uk')}"),
        ("Time of deal", dates.clock(rng)[:5]),
        ("Settlement date", dates.fmt(deal.settlement_date, "uk")),
        ("Bargain ref", deal.trade_ref or ""),
        ("Your account", deal.account or ""),
        ("SEDOL", deal.sedol or ""),
        ("ISIN", deal.isin or ""),
        ("Quantity", money.fmt(deal.quantity)),
        ("Price", f"£{money.fmt(deal.price)}"),
        ("Venue", noise.venue(rng, "GB")),
        ("Capacity", rng.choice(("Agent", "Riskless principal"))),
    ]
    right = [("Consideration", deal.gross_amount), *((c.label, c.amount) for c in deal.charges)]
    total_label = "Total due from you" if deal.is_buy else "Total due to you"
    for i, (label, value) in enumerate(left):
        row = y + 15 * i
        sheet.text(LEFT, row, label, size=9)
        sheet.text(MIDDLE, row, value, size=9)
        if i < len(right):
            sheet.text(RIGHT_LABEL, row, right[i][0], size=9)
            sheet.right(RIGHT, row, f"£{money.fmt(right[i][1])}", size=9)
        elif i == len(right) + 1:
            sheet.rule(RIGHT_LABEL, row - 10, RIGHT)
            sheet.text(RIGHT_LABEL, row, total_label, font="Helvetica-Bold", size=9)
            sheet.right(RIGHT, row, f"£{money.fmt(deal.net_amount)}", font="Helvetica-Bold", size=9)


LAYOUT = Layout(
    name="uk_two_column",
    kind="pdf",
    heldout=False,
    build=build,
    description="UK contract note in two columns (details left, money right), SEDOL+ISIN, SDRT, PTM levy",
    single_page_pdf=True,
)
