"""Ashcombe Street: a US retail confirmation, one trade, labels on the left and values beside them.

US conventions: 03/14/2025, 1,234.56, $; "You bought"/"You sold"; CUSIP and ISIN; SEC fee and TAF on sales
as two fee lines.
"""

from __future__ import annotations

import random
from decimal import Decimal

from reportlab.lib.pagesizes import LETTER

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Ashcombe Street Securities LLC",
    brand="ASHCOMBE STREET",
    address=("40 Ashcombe Street, 12th Floor", "New York, NY 10005"),
    phone="(212) 555-0147",
    web="www.ashcombestreet.example",
    region="US",
)


def make_deal(rng: random.Random) -> Deal:
    is_fund = rng.random() < 0.15
    security = securities.fund(rng, "US") if is_fund else securities.equity(rng, "US")
    quantity = trades.fund_units if is_fund else trades.shares
    q, p, gross = trades.draw(rng, "USD", quantity, trades.price)
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date))
    charges = []
    roll = rng.random()
    if roll < 0.55:
        commission = rng.choice((Decimal("4.95"), Decimal("6.95"), trades.rate_of(q, "0.005", "USD", minimum="1.00")))
        charges.append(Charge(COMMISSION, "Commission", min(commission, gross / 50).quantize(Decimal("0.01"))))
    elif roll < 0.85:
        charges.append(Charge(COMMISSION, "Commission", Decimal("0.00")))
    charges += trades.us_sale_fees(side == "BUY", q, gross, trade_date, ("SEC Fee", "FINRA TAF"))
    if rng.random() < 0.2:
        charges.append(Charge(FEE, "Transaction Fee", Decimal(rng.choice(("1.00", "2.50", "4.95")))))
    name = security.name.upper() if is_fund else security.upper_name
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="USD",
        security_name=name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=f"{noise.digits(rng, 1)}{noise.letters(rng, 2)}-{noise.digits(rng, 5)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"AS{dates.fmt(trade_date, 'compact')}{noise.digits(rng, 5)}",
        isin=security.isin,
        cusip=security.cusip,
        ticker=security.ticker if rng.random() < 0.8 else None,
    )


def build(rng: random.Random) -> Document:
    deal = make_deal(rng)
    client = noise.client(rng, "US")
    sheet = Sheet(title="Trade Confirmation", author=BROKER.legal_name, pagesize=LETTER)
    _letterhead(sheet, deal, rng)
    y = sheet.lines(50, 150, [client.name, *client.address], leading=12, size=10)
    sheet.text(360, 150, "Account Number", size=8)
    sheet.text(450, 150, deal.account or "", font="Helvetica-Bold", size=9)
    sheet.text(360, 162, "Account Type", size=8)
    sheet.text(450, 162, rng.choice(("Cash", "Margin", "IRA Rollover", "Joint WROS")), size=9)
    sheet.text(360, 174, "Registered Rep", size=8)
    sheet.text(450, 174, f"{noise.letters(rng, 3)} / {noise.digits(rng, 4)}", size=9)
    y = max(y, 190) + 14
    sheet.text(
        50, y, "We are pleased to confirm the following transaction, executed as agent for your account.", size=9
    )
    y += 22
    verb = "YOU BOUGHT" if deal.is_buy else "YOU SOLD"
    sheet.text(50, y, verb, font="Helvetica-Bold", size=12)
    sheet.text(150, y, deal.security_name, font="Helvetica-Bold", size=11)
    y += 22
    y = _details(sheet, deal, rng, y)
    y = _amounts(sheet, deal, y + 8)
    for sentence in noise.disclaimer(rng, BROKER, date_style="us"):
        y = sheet.paragraph(50, y + 4, 510, sentence, size=7)
    sheet.rule(50, 740, 562)
    sheet.text(50, 752, f"{BROKER.legal_name}  |  {BROKER.web}  |  {BROKER.phone}", size=7)
    sheet.right(562, 752, "Page 1 of 1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth()])


def _letterhead(sheet: Sheet, deal: Deal, rng: random.Random) -> None:
    sheet.text(50, 50, BROKER.brand, font="Helvetica-Bold", size=16)
    sheet.lines(50, 66, [BROKER.legal_name, *BROKER.address, f"Tel {BROKER.phone}"], leading=10, size=8)
    sheet.right(562, 50, "TRADE CONFIRMATION", font="Helvetica-Bold", size=13)
    rows = [
        ("Confirm No.", deal.trade_ref or ""),
        ("Order No.", noise.order_number(rng)),
        ("Processed", dates.fmt(dates.add_business_days(deal.trade_date, 1), "us")),
    ]
    for i, (label, value) in enumerate(rows):
        sheet.text(400, 70 + 11 * i, label, size=8)
        sheet.right(562, 70 + 11 * i, value, size=8)
    sheet.rule(50, 130, 562, weight=1)


def _details(sheet: Sheet, deal: Deal, rng: random.Random, y: float) -> float:
    rows = [
        ("Trade Date", dates.fmt(deal.trade_date, "us")),
        ("Settlement Date", dates.fmt(deal.settlement_date, "us")),
    ]
    if deal.ticker:
        rows.append(("Symbol", deal.ticker))
    rows += [("CUSIP", deal.cusip or ""), ("ISIN", deal.isin or "")]
    rows += [
        ("Execution Time", f"{dates.clock(rng)} ET"),
        ("Market", noise.venue(rng, "US")),
        ("Quantity", money.fmt(deal.quantity)),
        ("Price", f"${money.fmt(deal.price)}"),
    ]
    for label, value in rows:
        sheet.text(50, y, label, size=9)
        sheet.text(170, y, value, size=9)
        y += 13
    return y


def _amounts(sheet: Sheet, deal: Deal, y: float) -> float:
    sheet.rule(50, y - 9, 330)
    rows = [("Principal Amount", deal.gross_amount)]
    rows += [(charge.label, charge.amount) for charge in deal.charges]
    for label, amount in rows:
        sheet.text(50, y, label, size=9)
        sheet.right(330, y, f"${money.fmt(amount)}", size=9)
        y += 13
    sheet.rule(200, y - 9, 330)
    label = "Net Amount Due" if deal.is_buy else "Net Proceeds"
    sheet.text(50, y + 2, label, font="Helvetica-Bold", size=10)
    sheet.right(330, y + 2, f"${money.fmt(deal.net_amount)}", font="Helvetica-Bold", size=10)
    return y + 24


LAYOUT = Layout(
    name="us_keyvalue",
    kind="pdf",
    heldout=False,
    build=build,
    description="US key/value confirmation: You bought/sold, CUSIP+ISIN, SEC fee and TAF as two fee lines",
    single_page_pdf=True,
)
