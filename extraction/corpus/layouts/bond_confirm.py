"""Calderbank: a bond confirmation. Quantity is the nominal, the price a percentage of par, accrued interest
is added to the principal. Coupon, maturity, yield and day count are printed too: dates and percentages that
are not trade values."""

from __future__ import annotations

import random
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Calderbank Fixed Income LLP",
    brand="CALDERBANK",
    address=("7 Lothbury Court", "London EC2R 7HG"),
    phone="+44 20 7946 0815",
    web="calderbank-fi.example.com",
    region="GB",
)
MARKETS = {"EUR": ("DE", "FR", "NL"), "USD": ("US",), "GBP": ("GB",)}


def make_deal(rng: random.Random) -> tuple[Deal, securities.Security, int]:
    currency = rng.choice(("EUR", "EUR", "USD", "GBP"))
    trade_date = dates.trade_day(rng)
    security = securities.bond(rng, rng.choice(MARKETS[currency]), trade_date)
    q, p, gross = trades.draw(
        rng,
        currency,
        trades.nominal,
        trades.percent_price,
        percent=True,
        minimum=Decimal(900),
        maximum=Decimal(40_000_000),
    )
    side = trades.side(rng)
    settle = dates.add_business_days(trade_date, rng.choice((1, 2, 2, 3)))
    assert security.coupon is not None and security.maturity is not None
    days = trades.accrued_days(security.maturity, settle)
    accrued = trades.accrued_interest(q, security.coupon, days, currency)
    charges = []
    if rng.random() < 0.4:
        charges.append(Charge(COMMISSION, "Commission", trades.rate_of(gross, "0.0005", currency, minimum="50")))
    if rng.random() < 0.25:
        charges.append(Charge(FEE, "Settlement fee", Decimal(rng.choice(("15.00", "25.00", "35.00")))))
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=security.name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        accrued_interest=accrued,
        account=f"CB-{noise.letters(rng, 3)}-{noise.digits(rng, 4)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"FI{trade_date.year % 100}{noise.digits(rng, 7)}",
        isin=security.isin,
        cusip=security.cusip,
        percent=True,
    )
    return deal, security, days


def build(rng: random.Random) -> Document:
    deal, security, days = make_deal(rng)
    style = rng.choice(("uk", "long", "iso"))
    client = noise.client(rng, "GB")
    sheet = Sheet(title="Bond transaction confirmation", author=BROKER.legal_name)
    sheet.text(50, 50, BROKER.brand, font="Helvetica-Bold", size=18)
    sheet.text(50, 63, "Fixed Income Sales & Trading", size=8)
    sheet.lines(380, 44, [BROKER.legal_name, *BROKER.address, f"Desk {BROKER.phone}"], leading=10, size=8)
    sheet.rule(50, 96, 545, weight=1)
    sheet.text(50, 118, "BOND TRANSACTION CONFIRMATION", font="Helvetica-Bold", size=12)
    y = sheet.lines(50, 140, [client.name, *client.address], leading=11, size=9)
    sheet.text(330, 140, f"Client account: {deal.account}", size=9)
    sheet.text(330, 152, f"Deal ref: {deal.trade_ref}", size=9)
    sheet.text(330, 164, f"Ticket: {noise.order_number(rng)}", size=9)
    y = max(y, 180) + 12
    verb = "purchased from us" if deal.is_buy else "sold to us"
    sheet.paragraph(
        50,
        y,
        495,
        f"We confirm that on {dates.fmt(deal.trade_date, 'long')} you {verb} the following bonds on the terms below.",
        size=9,
    )
    y += 26
    assert security.coupon is not None and security.maturity is not None
    security_rows = [
        ("Security", deal.security_name),
        ("ISIN", deal.isin or ""),
        *([("CUSIP", deal.cusip)] if deal.cusip else []),
        ("Coupon", f"{security.coupon:.3f}% fixed, semi-annual"),
        ("Maturity date", dates.fmt(security.maturity, style)),
        ("Day count", "30/360"),
        ("Yield to maturity", f"{Decimal(rng.randint(1500, 7900)).scaleb(-3)}%"),
    ]
    y = _block(sheet, "Bond", security_rows, y)
    trade_rows = [
        ("Transaction", "Purchase" if deal.is_buy else "Sale"),
        ("Trade date", f"{dates.fmt(deal.trade_date, style)}  {dates.clock(rng)} GMT"),
        ("Settlement date", dates.fmt(deal.settlement_date, style)),
        ("Nominal", f"{deal.currency} {money.fmt(deal.quantity)}"),
        ("Price", f"{money.fmt(deal.price)} %"),
    ]
    y = _block(sheet, "Trade", trade_rows, y + 8)
    accrued = deal.accrued_interest if deal.accrued_interest is not None else Decimal("0.00")
    amounts = [("Principal", deal.gross_amount), (f"Accrued interest ({days} days)", accrued)]
    amounts += [(charge.label, charge.amount) for charge in deal.charges]
    y += 8
    sheet.text(50, y, "Amounts", font="Helvetica-Bold", size=9)
    for label, amount in amounts:
        sheet.text(170, y, label, size=9)
        sheet.right(430, y, f"{deal.currency} {money.fmt(amount)}", size=9)
        y += 13
    sheet.rule(300, y - 9, 430)
    sheet.text(170, y + 2, "Net money", font="Helvetica-Bold", size=9)
    sheet.right(430, y + 2, f"{deal.currency} {money.fmt(deal.net_amount)}", font="Helvetica-Bold", size=9)
    y += 30
    sheet.text(50, y, f"Settlement via Euroclear, account {noise.digits(rng, 5)}, against payment.", size=8)
    y += 16
    for sentence in noise.disclaimer(rng, BROKER, date_style="uk"):
        y = sheet.paragraph(50, y, 495, sentence, size=7)
    sheet.right(545, 812, "Page 1 of 1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth()])


def _block(sheet: Sheet, title: str, rows: list[tuple[str, str]], y: float) -> float:
    sheet.text(50, y, title, font="Helvetica-Bold", size=9)
    for label, value in rows:
        sheet.text(170, y, label, size=9)
        sheet.text(300, y, value, size=9)
        y += 13
    return y


LAYOUT = Layout(
    name="bond_confirm",
    kind="pdf",
    heldout=False,
    build=build,
    description="bond confirmation: nominal, price in % of par, accrued interest; coupon/maturity/yield as noise",
    single_page_pdf=True,
)
