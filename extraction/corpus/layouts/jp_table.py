"""Hoshizora: a Japanese trade report as a table, yen without decimals, 2025/03/14 dates.

Column names no training layout uses (Contract date, Delivery date, Code, Issue, Trade type "Cash buy"/"Cash
sell", Unit price, Contract amount, Consumption tax, Delivery amount). No ISIN is printed: the code is the
ticker.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from reportlab.lib.pagesizes import A4, landscape

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Hoshizora Securities Co., Ltd.",
    brand="HOSHIZORA SECURITIES",
    address=("1-7-3 Kabutocho, Nihonbashi", "Chuo-ku, Tokyo 103-0026"),
    phone="+81 3-5555-0140",
    web="www.hoshizora-sec.example.jp",
    region="JP",
)
# (header, x, right-aligned)
COLUMNS = (
    ("Contract date", 30, False),
    ("Delivery date", 92, False),
    ("Code", 154, False),
    ("Issue", 184, False),
    ("Trade type", 370, False),
    ("No. of shares", 460, True),
    ("Unit price", 515, True),
    ("Contract amount", 595, True),
    ("Brokerage", 650, True),
    ("Consumption tax", 715, True),
    ("Delivery amount", 790, True),
)


def make_deal(rng: random.Random, account: str, day: date) -> Deal:
    security = securities.equity(rng, "JP")
    q, p, gross = trades.draw(
        rng, "JPY", lambda r: Decimal(100 * r.randint(1, 300)), lambda r: Decimal(r.randint(80, 48_000))
    )
    side = trades.side(rng)
    trade_date = day if rng.random() < 0.7 else dates.add_business_days(day, 1)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market="JP"))
    commission = trades.rate_of(gross, "0.0055", "JPY", minimum="2750", maximum="110000")
    tax = (commission * Decimal("0.10")).quantize(Decimal(1), rounding=ROUND_FLOOR)
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="JPY",
        security_name=security.name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=(Charge(COMMISSION, "Brokerage", commission), Charge(TAX, "Consumption tax", tax)),
        account=account,
        counterparty=BROKER.legal_name,
        trade_ref=f"{noise.digits(rng, 3)}-{noise.digits(rng, 5)}",
        ticker=security.ticker,
    )


def build(rng: random.Random) -> Document:
    account = f"{noise.digits(rng, 3)}-{noise.digits(rng, 7)}"
    day = dates.trade_day(rng)
    deals = sorted((make_deal(rng, account, day) for _ in range(rng.randint(1, 4))), key=lambda d: d.trade_date)
    client = noise.client(rng, "JP")
    sheet = Sheet(title="Trade report", author=BROKER.legal_name, pagesize=landscape(A4))
    sheet.text(30, 40, BROKER.brand, font="Helvetica-Bold", size=16)
    sheet.text(30, 52, f"{BROKER.legal_name}  {', '.join(BROKER.address)}  TEL {BROKER.phone}", size=7.5)
    sheet.centre(421, 80, "Report of Completed Transactions", font="Helvetica-Bold", size=12)
    sheet.centre(421, 92, "Amounts in Japanese yen (JPY)", size=8)
    sheet.lines(30, 100, [client.name, *client.address], leading=11, size=9)
    sheet.text(560, 100, f"Account No. {account}", size=9)
    sheet.text(
        560, 112, f"Report date {dates.fmt(dates.add_business_days(deals[-1].trade_date, 1), 'slash_iso')}", size=9
    )
    sheet.text(
        560,
        124,
        f"Branch {rng.choice(('Nihonbashi', 'Marunouchi', 'Umeda', 'Sakae'))} ({noise.digits(rng, 3)})",
        size=9,
    )
    y = 160.0
    for header, x, right in COLUMNS:
        (sheet.right if right else sheet.text)(x, y, header, font="Helvetica-Bold", size=7)
    sheet.text(30, y + 9, "Execution no.", font="Helvetica-Bold", size=7)
    sheet.rule(30, y + 13, 790)
    y += 26
    for deal in deals:
        cells = (
            dates.fmt(deal.trade_date, "slash_iso"),
            dates.fmt(deal.settlement_date, "slash_iso"),
            deal.ticker or "",
            deal.security_name,
            "Cash buy" if deal.is_buy else "Cash sell",
            money.fmt(deal.quantity),
            money.fmt(deal.price),
            money.fmt(deal.gross_amount),
            *(money.fmt(c.amount) for c in deal.charges),
            money.fmt(deal.net_amount),
        )
        for (_, x, right), value in zip(COLUMNS, cells, strict=True):
            (sheet.right if right else sheet.text)(x, y, value, size=7.5)
        sheet.text(30, y + 10, deal.trade_ref or "", size=7)
        sheet.text(184, y + 10, f"TSE  {dates.clock(rng)}", size=7)
        sheet.rule(30, y + 14, 790, weight=0.25)
        y += 26
    buys = sum((d.net_amount for d in deals if d.is_buy), Decimal(0))
    sells = sum((d.net_amount for d in deals if not d.is_buy), Decimal(0))
    sheet.text(500, y + 6, "Total to be paid by you", size=8)
    sheet.right(790, y + 6, f"JPY {money.fmt(buys)}", size=8)
    sheet.text(500, y + 18, "Total to be received by you", size=8)
    sheet.right(790, y + 18, f"JPY {money.fmt(sells)}", size=8)
    y += 44
    for sentence in noise.disclaimer(rng, BROKER, date_style="slash_iso"):
        y = sheet.paragraph(30, y, 760, sentence, size=7)
    sheet.right(812, 575, "1 / 1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth() for deal in deals])


LAYOUT = Layout(
    name="jp_table",
    kind="pdf",
    heldout=False,
    build=build,
    description="held out: Japanese trade report table, JPY without decimals, 2025/03/14, consumption tax, no ISIN",
)
