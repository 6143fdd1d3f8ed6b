"""Lakemont Clearing: a monthly account statement over 2 to 4 pages.

The activity table mixes trades with cash rows (dividends, interest, deposits, withdrawals, account fees) that
are not trades, and carries a running balance; negatives in parentheses. Page 1 also lists positions (symbols,
quantities and prices that are not trades either). The statement prints no gross, fees or references, so the
truth has them null; the net is the activity amount.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from reportlab.lib.pagesizes import LETTER

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Lakemont Clearing Corp.",
    brand="LAKEMONT",
    address=("1 Lakemont Plaza, Suite 2200", "Chicago, IL 60606"),
    phone="(312) 555-0180",
    web="lakemont.example.com",
    region="US",
)
# (header, x, right-aligned)
COLUMNS = (
    ("Trade Date", 40, False),
    ("Settle", 92, False),
    ("Activity", 144, False),
    ("Description", 190, False),
    ("Symbol", 372, False),
    ("Quantity", 450, True),
    ("Price", 505, True),
    ("Comm.", 550, True),
    ("Amount", 640, True),
    ("Balance", 740, True),
)
FIRST_PAGE_ROWS, PAGE_ROWS = 30, 44
CASH_KINDS = ("Dividend", "Interest", "Deposit", "Withdrawal", "Fee", "Dividend", "Deposit")


@dataclass(frozen=True)
class Row:
    day: date
    cells: tuple[str, ...]  # settle, activity, description, symbol, quantity, price, commission
    amount: Decimal  # signed: cash in is positive
    deal: Deal | None = None


def build(rng: random.Random) -> Document:
    first = dates.trade_day(rng).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    style = rng.choice(("dmy_mon", "iso"))
    account = f"{noise.digits(rng, 4)}-{noise.digits(rng, 4)}"
    rows = _rows(rng, first, last, account, style)
    opening = Decimal(rng.randint(5_000_00, 900_000_00)).scaleb(-2)
    client = noise.client(rng, "US")
    sheet = Sheet(title="Account Statement", author=BROKER.legal_name, pagesize=(LETTER[1], LETTER[0]))
    chunks = [rows[:FIRST_PAGE_ROWS]] + [rows[i : i + PAGE_ROWS] for i in range(FIRST_PAGE_ROWS, len(rows), PAGE_ROWS)]
    balance = opening
    for number, chunk in enumerate(chunks, start=1):
        _page_header(sheet, number, len(chunks), first, last, account)
        y = _first_page(sheet, rng, client, rows, opening) if number == 1 else 96.0
        y = _activity_header(sheet, y, continued=number > 1)
        if number == 1:
            y = _balance_line(sheet, y, f"Opening balance {dates.fmt(first, style)}", opening)
        for row in chunk:
            balance += row.amount
            y = _activity_line(sheet, y, row, balance, style)
        if number == len(chunks):
            y = _balance_line(sheet, y + 2, f"Closing balance {dates.fmt(last, style)}", balance) + 10
            for sentence in noise.disclaimer(rng, BROKER, date_style="us"):
                y = sheet.paragraph(40, y, 700, sentence, size=6.5)
        _footer(sheet, number, len(chunks))
        if number < len(chunks):
            sheet.next_page()
    # The gross is not printed, but the contract defines it as quantity x price: it is part of the truth.
    truth = [row.deal.truth(fees=None, taxes=None) for row in rows if row.deal is not None]
    return Document(sheet.finish(), "statement", truth)


def _rows(rng: random.Random, first: date, last: date, account: str, style: str) -> list[Row]:
    """Enough activity for 2 to 4 pages, a quarter to three fifths of it trades, in date order."""
    pages = rng.randint(2, 4)
    count = FIRST_PAGE_ROWS + PAGE_ROWS * (pages - 2) + rng.randint(4, PAGE_ROWS - 12)
    trade_count = rng.randint(count // 4, count * 3 // 5)
    rows = [_trade_row(rng, first, last, account, style) for _ in range(trade_count)]
    rows += [_cash_row(rng, first, last, style) for _ in range(count - trade_count)]
    return sorted(rows, key=lambda row: (row.day, row.cells[1], row.cells[2]))


def _activity_header(sheet: Sheet, y: float, *, continued: bool) -> float:
    sheet.text(40, y, "ACCOUNT ACTIVITY" + (" (continued)" if continued else ""), font="Helvetica-Bold", size=9)
    y += 14
    for header, x, right in COLUMNS:
        (sheet.right if right else sheet.text)(x, y, header, font="Helvetica-Bold", size=7)
    sheet.rule(40, y + 3, 752)
    return y + 13


def _activity_line(sheet: Sheet, y: float, row: Row, balance: Decimal, style: str) -> float:
    sheet.text(40, y, dates.fmt(row.day, style), size=7)
    for (_, x, right), value in zip(COLUMNS[1:8], row.cells, strict=True):
        (sheet.right if right else sheet.text)(x, y, value, size=7)
    sheet.right(640, y, _signed(row.amount), size=7)
    sheet.right(740, y, _signed(balance), size=7)
    return y + 10


def _balance_line(sheet: Sheet, y: float, label: str, balance: Decimal) -> float:
    sheet.text(144, y, label, font="Helvetica-Bold", size=7)
    sheet.right(740, y, _signed(balance), font="Helvetica-Bold", size=7)
    return y + 10


def _trade_row(rng: random.Random, first: date, last: date, account: str, style: str) -> Row:
    security = securities.equity(rng, "US")
    q, p, gross = trades.draw(
        rng, "USD", trades.shares, lambda r: trades.price(r, decimals=rng.choice((2, 4))), maximum=Decimal(2_000_000)
    )
    side = trades.side(rng)
    day = _weekday_in(rng, first, last)
    settle = dates.add_business_days(day, dates.settlement_lag(rng, day))
    commission = Decimal(rng.choice(("0.00", "0.00", "4.95", "9.99", "14.95")))
    # the description column is narrow: the name is what fits in it
    name = security.upper_name[:36].rstrip()
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency="USD",
        security_name=name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=(Charge(COMMISSION, "Comm.", commission),),
        account=account,
        counterparty=BROKER.legal_name,
        ticker=security.ticker,
    )
    cells = (
        dates.fmt(settle, style),
        "Bought" if deal.is_buy else "Sold",
        deal.security_name,
        security.ticker or "",
        money.fmt(q),
        money.fmt(p),
        money.fmt(commission),
    )
    amount = deal.net_amount if not deal.is_buy else -deal.net_amount
    return Row(day, cells, amount, deal)


def _cash_row(rng: random.Random, first: date, last: date, style: str) -> Row:
    kind = rng.choice(CASH_KINDS)
    day = _weekday_in(rng, first, last)
    symbol = ""
    if kind == "Dividend":
        security = securities.equity(rng, "US")
        shares = rng.randint(1, 120) * 25
        rate = Decimal(rng.randint(5, 250)).scaleb(-2)
        record = dates.fmt(day - timedelta(days=rng.randint(7, 20)), "us2")
        description = f"CASH DIV {shares:,} SHS @ {rate} REC {record}"
        symbol, amount = security.ticker or "", money.to_money(rate * shares, "USD")
    elif kind == "Interest":
        description = f"CREDIT INTEREST {Decimal(rng.randint(1, 450)).scaleb(-2)}% APY BAL ${rng.randint(1, 99)}K"
        amount = Decimal(rng.randint(1, 9_000)).scaleb(-2)
    elif kind == "Deposit":
        description = rng.choice(("ACH DEPOSIT REF ", "WIRE RECEIVED FED# ", "CHECK DEPOSIT NO. ")) + noise.digits(
            rng, 8
        )
        amount = Decimal(rng.randint(10, 5_000)) * 10
    elif kind == "Withdrawal":
        description = rng.choice(("ACH WITHDRAWAL REF ", "WIRE OUT FED# ", "CHECK NO. ")) + noise.digits(rng, 6)
        amount = -Decimal(rng.randint(10, 2_500)) * 10
    else:
        description = rng.choice(
            (
                "ANNUAL ACCOUNT MAINTENANCE FEE",
                "PAPER STATEMENT FEE",
                "WIRE FEE OUTGOING",
                "ADR CUSTODY FEE 0.02 PER SH",
            )
        )
        amount = -Decimal(rng.choice(("2.00", "25.00", "35.00", "50.00", "4.17")))
    return Row(day, ("", kind, description, symbol, "", "", ""), amount)


def _weekday_in(rng: random.Random, first: date, last: date) -> date:
    while True:
        day = first + timedelta(days=rng.randrange((last - first).days + 1))
        if day.weekday() < 5:
            return day


def _signed(amount: Decimal) -> str:
    text = money.fmt(amount, decimals=2)
    return f"({text})" if amount < 0 else text


def _page_header(sheet: Sheet, number: int, total: int, first: date, last: date, account: str) -> None:
    sheet.text(40, 36, BROKER.brand, font="Helvetica-Bold", size=16)
    sheet.text(40, 48, BROKER.legal_name, size=7)
    sheet.centre(396, 36, "ACCOUNT STATEMENT", font="Helvetica-Bold", size=11)
    sheet.centre(396, 48, f"{dates.fmt(first, 'us_long')} - {dates.fmt(last, 'us_long')}", size=8)
    sheet.right(752, 36, f"Account Number {account}", size=8)
    sheet.text(40, 57, "All amounts in U.S. dollars (USD)", size=6)
    sheet.right(752, 48, f"Page {number} of {total}", size=8)
    sheet.rule(40, 60, 752, weight=1)


def _footer(sheet: Sheet, number: int, total: int) -> None:
    sheet.rule(40, 586, 752)
    sheet.text(40, 596, f"{BROKER.legal_name}, {', '.join(BROKER.address)}. Member FINRA/SIPC. {BROKER.phone}", size=6)
    sheet.right(752, 596, f"{number}/{total}", size=6)


def _first_page(sheet: Sheet, rng: random.Random, client: noise.Client, rows: list[Row], opening: Decimal) -> float:
    sheet.lines(40, 76, [client.name, *client.address], leading=10, size=8)
    summary = [("Opening balance", opening)]
    for label, kinds in (
        ("Deposits", ("Deposit",)),
        ("Withdrawals", ("Withdrawal",)),
        ("Dividends and interest", ("Dividend", "Interest")),
        ("Fees", ("Fee",)),
        ("Securities bought and sold", ("Bought", "Sold")),
    ):
        summary.append((label, sum((r.amount for r in rows if r.cells[1] in kinds), Decimal(0))))
    summary.append(("Closing balance", opening + sum((r.amount for r in rows), Decimal(0))))
    sheet.text(330, 72, "ACCOUNT SUMMARY", font="Helvetica-Bold", size=8)
    for i, (label, amount) in enumerate(summary):
        sheet.text(330, 84 + 9 * i, label, size=7)
        sheet.right(480, 84 + 9 * i, _signed(amount), size=7)
    sheet.text(520, 72, "POSITIONS", font="Helvetica-Bold", size=8)
    for i in range(5):
        security = securities.equity(rng, "US")
        quantity, unit = rng.randint(1, 90) * 50, trades.price(rng, decimals=2, whole_digits=2)
        sheet.text(520, 84 + 9 * i, security.ticker or "", size=7)
        sheet.right(620, 84 + 9 * i, f"{quantity:,}", size=7)
        sheet.right(665, 84 + 9 * i, money.fmt(unit), size=7)
        sheet.right(752, 84 + 9 * i, money.fmt(unit * quantity), size=7)
    return 84 + 9 * len(summary) + 12


LAYOUT = Layout(
    name="us_statement",
    kind="pdf",
    heldout=False,
    build=build,
    description="monthly statement, 2-4 pages: trades mixed with dividend/interest/deposit/withdrawal/fee rows",
)
