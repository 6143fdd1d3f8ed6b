"""Rheinauer Effektenbank: a collective contract note, one table row per trade (2 to 5 trades).

Continental conventions in English words: 1.234,56, 14.03.2025, EUR, Purchase/Sale. Long security names wrap
onto a second line inside their cell; a totals block under the table is not a trade.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Rheinauer Effektenbank AG",
    brand="Rheinauer Effektenbank",
    address=("Neue Mainzer Strasse 52", "60311 Frankfurt am Main", "Germany"),
    phone="+49 69 2578 410",
    web="www.rheinauer-effektenbank.example",
    region="DE",
)
# (header, right-aligned, width)
COLUMNS = (
    ("Pos.", False, 20),
    ("Transaction", False, 46),
    ("Security", False, 150),
    ("ISIN", False, 66),
    ("Trade date", False, 46),
    ("Value date", False, 46),
    ("Quantity", True, 56),
    ("Price", True, 52),
    ("Ccy", False, 22),
    ("Market value", True, 68),
    ("Commission", True, 48),
    ("Exch. fees", True, 44),
    ("Final amount", True, 68),
    ("Reference", False, 70),
)
FONT_SIZE = 6.8


def make_deal(rng: random.Random, *, trade_date: date, account: str) -> Deal:
    security = securities.equity(rng, rng.choice(("DE", "DE", "FR", "NL", "BE")))
    q, p, gross = trades.draw(rng, "EUR", trades.shares, trades.price)
    side = trades.side(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market="DE"))
    commission = trades.rate_of(gross, "0.0025", "EUR", minimum="9.90", maximum="69.90")
    fee = trades.rate_of(gross, "0.000048", "EUR", minimum="0.60") + (Decimal("1.50") if rng.random() < 0.3 else 0)
    charges = (Charge(COMMISSION, "Commission", commission), Charge(FEE, "Exch. fees", fee))
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="EUR",
        security_name=security.upper_name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=charges,
        account=account,
        counterparty=BROKER.legal_name,
        trade_ref=f"RE-{dates.fmt(trade_date, 'compact')[2:]}-{noise.digits(rng, 6)}",
        isin=security.isin,
    )


def build(rng: random.Random) -> Document:
    trade_date = dates.trade_day(rng)
    account = f"{noise.digits(rng, 3)} {noise.digits(rng, 7)} {noise.digits(rng, 2)}"
    deals = [make_deal(rng, trade_date=trade_date, account=account) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.3:  # an order filled the day before, booked on the same note
        deals[-1] = make_deal(rng, trade_date=dates.previous_business_day(trade_date), account=account)
    client = noise.client(rng, "DE")
    sheet = Sheet(title="Collective contract note", author=BROKER.legal_name, pagesize=landscape(A4))
    sheet.text(30, 40, BROKER.brand, font="Times-Bold", size=18)
    sheet.text(30, 54, f"{BROKER.legal_name} · {' · '.join(BROKER.address)} · Tel. {BROKER.phone}", size=7)
    sheet.lines(30, 80, [client.name, *client.address], leading=11, size=9)
    info = [
        ("Securities account", account),
        ("Customer no.", noise.digits(rng, 8)),
        ("Note no.", f"{trade_date.year}-{noise.digits(rng, 5)}"),
        ("Date of note", dates.fmt(dates.add_business_days(trade_date, 1), "dot")),
    ]
    for i, (label, value) in enumerate(info):
        sheet.text(600, 80 + 11 * i, label, size=8)
        sheet.right(812, 80 + 11 * i, value, size=8)
    sheet.text(30, 150, "Collective contract note - securities transactions", font="Helvetica-Bold", size=11)
    sheet.text(
        30,
        164,
        "We have settled the following exchange transactions for your account on the basis of our "
        "Special Conditions for Securities Transactions.",
        size=8,
    )
    y = _table(sheet, deals, 186)
    y = _totals(sheet, deals, y + 14, rng)
    for sentence in noise.disclaimer(rng, BROKER, date_style="dot"):
        y = sheet.paragraph(30, y + 4, 780, sentence, size=6.5)
    sheet.right(812, 575, "Page 1 of 1", size=7)
    sheet.text(30, 575, "Machine-generated document, valid without signature.", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth() for deal in deals])


def _table(sheet: Sheet, deals: list[Deal], y: float) -> float:
    xs = [30.0]
    for _, _, width in COLUMNS:
        xs.append(xs[-1] + width)
    sheet.box(30, y - 9, xs[-1] - 30, 13, fill=0.88)
    for (header, right, width), x in zip(COLUMNS, xs, strict=False):
        _cell(sheet, x, width, y, header, right, bold=True)
    y += 16
    for position, deal in enumerate(deals, start=1):
        cells = [
            str(position),
            "Purchase" if deal.is_buy else "Sale",
            deal.security_name,
            deal.isin or "",
            dates.fmt(deal.trade_date, "dot"),
            dates.fmt(deal.settlement_date, "dot"),
            money.fmt(deal.quantity, "eu"),
            money.fmt(deal.price, "eu"),
            deal.currency,
            money.fmt(deal.gross_amount, "eu"),
            *(money.fmt(charge.amount, "eu") for charge in deal.charges),
            money.fmt(deal.net_amount, "eu"),
            deal.trade_ref or "",
        ]
        height = 1
        for (_, right, width), x, value in zip(COLUMNS, xs[:-1], cells, strict=True):
            lines = simpleSplit(value, "Helvetica", FONT_SIZE, width - 4) if not right else [value]
            for i, line in enumerate(lines):
                _cell(sheet, x, width, y + 9 * i, line, right)
            height = max(height, len(lines))
        y += 9 * height + 5
        sheet.rule(30, y - 7, xs[-1], weight=0.25)
    return y


def _cell(sheet: Sheet, x: float, width: float, y: float, value: str, right: bool, *, bold: bool = False) -> None:
    font = "Helvetica-Bold" if bold else "Helvetica"
    if right:
        sheet.right(x + width - 3, y, value, font=font, size=FONT_SIZE)
    else:
        sheet.text(x + 2, y, value, font=font, size=FONT_SIZE)


def _totals(sheet: Sheet, deals: list[Deal], y: float, rng: random.Random) -> float:
    debit = sum((d.net_amount for d in deals if d.is_buy), Decimal(0))
    credit = sum((d.net_amount for d in deals if not d.is_buy), Decimal(0))
    iban = (
        f"DE{noise.digits(rng, 2)} {noise.digits(rng, 4)} {noise.digits(rng, 4)} {noise.digits(rng, 4)} "
        f"{noise.digits(rng, 4)} {noise.digits(rng, 2)}"
    )
    rows = [
        ("Total purchases (debit)", f"EUR {money.fmt(debit, 'eu', decimals=2)}"),
        ("Total sales (credit)", f"EUR {money.fmt(credit, 'eu', decimals=2)}"),
        ("Booked to clearing account", iban),
    ]
    for label, value in rows:
        sheet.text(520, y, label, size=8)
        sheet.right(812, y, value, size=8)
        y += 11
    return y + 8


LAYOUT = Layout(
    name="eu_table",
    kind="pdf",
    heldout=False,
    build=build,
    description="continental collective contract note: a table of 2-5 trades, 1.234,56, 14.03.2025, EUR",
)
