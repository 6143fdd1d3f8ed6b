"""Jade Ridge: a Hong Kong contract note drawn as boxes, each value under its label.

Two-digit years (14/03/25); the side said as "We have sold to you" (the client buys) or "We have bought from
you" (the client sells), or "Client buys"/"Client sells"; stamp duty, SFC and AFRC levies, trading and CCASS
fees; "Gross value" and "Amount payable by you"/"Amount due to you".
"""

from __future__ import annotations

import random
from decimal import ROUND_CEILING, Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Jade Ridge Securities Limited",
    brand="JADE RIDGE SECURITIES",
    address=("Suite 2105, 21/F, Harbourfront Centre", "118 Connaught Road Central, Hong Kong"),
    phone="+852 3958 2210",
    web="www.jaderidge.example.hk",
    region="HK",
)
LEFT, RIGHT = 40.0, 555.0


def make_deal(rng: random.Random) -> Deal:
    security = securities.equity(rng, "HK")
    lot = rng.choice((100, 200, 500, 1000, 2000))
    q, p, gross = trades.draw(
        rng,
        "HKD",
        lambda r: Decimal(lot * r.randint(1, 400)),
        lambda r: trades.price(r, decimals=3),
        minimum=Decimal(3000),
    )
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, 2)
    stamp = (gross * Decimal("0.001")).quantize(Decimal(1), rounding=ROUND_CEILING).quantize(Decimal("0.01"))
    charges = (
        Charge(COMMISSION, "Brokerage", trades.rate_of(gross, "0.0025", "HKD", minimum="100")),
        Charge(TAX, "Stamp Duty", stamp),
        Charge(FEE, "SFC Transaction Levy", trades.rate_of(gross, "0.000027", "HKD", minimum="0.01")),
        Charge(FEE, "AFRC Levy", trades.rate_of(gross, "0.0000015", "HKD", minimum="0.01")),
        Charge(FEE, "HKEX Trading Fee", trades.rate_of(gross, "0.0000565", "HKD", minimum="0.01")),
        Charge(FEE, "CCASS Settlement Fee", trades.rate_of(gross, "0.00002", "HKD", minimum="2", maximum="100")),
    )
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="HKD",
        security_name=security.name.upper(),
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=charges,
        account=f"{noise.digits(rng, 2)}-{noise.digits(rng, 6)}-{noise.digits(rng, 1)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"JR{noise.digits(rng, 8)}",
        isin=security.isin if rng.random() < 0.6 else None,
        ticker=security.ticker,
    )


def build(rng: random.Random) -> Document:
    deal = make_deal(rng)
    client = noise.client(rng, "HK")
    dealer_words = rng.random() < 0.6
    if dealer_words:
        side_text = "WE HAVE SOLD TO YOU" if deal.is_buy else "WE HAVE BOUGHT FROM YOU"
    else:
        side_text = "CLIENT BUYS" if deal.is_buy else "CLIENT SELLS"
    sheet = Sheet(title="Contract note", author=BROKER.legal_name)
    sheet.text(LEFT, 46, BROKER.brand, font="Helvetica-Bold", size=15)
    sheet.text(LEFT, 58, f"{BROKER.legal_name} (SFC CE No. {noise.letters(rng, 3)}{noise.digits(rng, 3)})", size=7.5)
    sheet.text(LEFT, 68, f"{', '.join(BROKER.address)}  Tel {BROKER.phone}  Fax {noise.phone(rng, 'HK')}", size=7.5)
    sheet.centre(297, 96, "CONTRACT NOTE / DAILY TRADE CONFIRMATION", font="Helvetica-Bold", size=11)
    sheet.lines(LEFT, 120, [client.name.upper(), *(line.upper() for line in client.address)], leading=10, size=8.5)
    y = 170.0
    y = _box_row(
        sheet,
        y,
        [
            ("C/N No.", deal.trade_ref or ""),
            ("A/C No.", deal.account or ""),
            ("Transaction Date", dates.fmt(deal.trade_date, "uk2")),
            ("Settlement Due", dates.fmt(deal.settlement_date, "uk2")),
        ],
    )
    y = _box_row(
        sheet,
        y,
        [
            ("Description", side_text),
            ("Market", "SEHK"),
            ("Order Ref.", noise.order_number(rng)),
            ("Channel", rng.choice(("Phone", "Internet", "Mobile App"))),
        ],
    )
    y = _box_row(sheet, y, [("Stock Code", deal.ticker or ""), ("Stock Name", deal.security_name)], widths=(1, 3))
    if deal.isin:
        y = _box_row(
            sheet,
            y,
            [("ISIN", deal.isin), ("Board Lot", str(rng.choice((100, 500, 1000)))), ("Currency", "HKD")],
            widths=(2, 1, 1),
        )
    y = _box_row(
        sheet,
        y,
        [
            ("Quantity (Shares)", money.fmt(deal.quantity)),
            ("Unit Price (HKD)", money.fmt(deal.price)),
            ("Gross Value (HKD)", money.fmt(deal.gross_amount)),
        ],
    )
    charge_cells = [(c.label, money.fmt(c.amount)) for c in deal.charges]
    y = _box_row(sheet, y, charge_cells[:3])
    y = _box_row(sheet, y, charge_cells[3:])
    payable = "Amount Payable by You (HKD)" if deal.is_buy else "Amount Due to You (HKD)"
    y = _box_row(
        sheet,
        y,
        [(payable, money.fmt(deal.net_amount)), ("Payment Due", dates.fmt(deal.settlement_date, "uk2"))],
        widths=(2, 1),
    )
    y += 12
    for sentence in noise.disclaimer(rng, BROKER, date_style="uk2"):
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, sentence, size=7)
    sheet.text(LEFT, 812, "E.& O.E.", size=7)
    sheet.right(RIGHT, 812, "Page 1 of 1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth()])


def _box_row(sheet: Sheet, y: float, cells: list[tuple[str, str]], widths: tuple[int, ...] | None = None) -> float:
    """One row of boxes: the label small at the top of each, the value below it."""
    weights = widths or tuple(1 for _ in cells)
    unit = (RIGHT - LEFT) / sum(weights)
    x = LEFT
    for (label, value), weight in zip(cells, weights, strict=True):
        sheet.box(x, y, unit * weight, 30)
        sheet.text(x + 4, y + 9, label, size=6.5)
        sheet.text(x + 4, y + 23, value, font="Helvetica-Bold", size=9)
        x += unit * weight
    return y + 30


LAYOUT = Layout(
    name="hk_box",
    kind="pdf",
    heldout=False,
    build=build,
    description="held out: HK boxes (value under label), 14/03/25, 'we have sold to you' = client buys, levies",
    single_page_pdf=True,
)
