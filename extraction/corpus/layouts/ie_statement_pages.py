"""Ardcarne Stockbrokers: a Dublin stockbroker's monthly client statement over two to four A4 pages.

Page 1 carries the client's address, an account summary and a portfolio valuation (holdings, prices and values
that are not trades). The transactions table follows and runs across pages. Its column headings are printed on
two lines ("Trade" over "Date", "Unit" over "Price", "Net" over "Amount") and repeated on every page; a "Balance
carried forward" row closes a page and a "Balance brought forward" row opens the next. Trades (Purchase/Sale or
Bought/Sold) are mixed with cash rows that are not trades: dividends and the 25% dividend withholding tax, deposit
interest, lodgements, withdrawals, custody fees, currency exchanges. Cash is in EUR; UK shares are dealt in GBP
and booked to a sterling section with its own balances. The description column is narrow, so security names wrap
over two or three lines.

Three house styles:
- itemised (landscape): a deal reference, a type column, the ISIN on a line under the name, and consideration,
  commission and stamp duty (1% on purchases of Irish shares, 0.5% on UK shares) in columns of their own.
- ISIN column (landscape): the ISIN in a column of its own, no deal reference, no consideration, and one
  "Charges" column (commission, stamp duty and any levy together: the truth holds it as fees).
- portrait: a narrow "Details" column holding the side word, the name and the ISIN, a deal reference and one
  "Charges" column.
Money is one signed "Net Amount" column (a minus, or Dr/Cr after the amount) or a "Debit" and a "Credit" column.
Dates are 14/03/2025 or 14 Mar 2025. Where the gross is not printed the truth keeps quantity x price. Noise: page
headers, "Page n of m" footers with the registered office, a regulatory disclaimer, and on some statements a last
page of important information full of dates, rates and telephone numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from itertools import accumulate

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Ardcarne Stockbrokers DAC",
    brand="ARDCARNE",
    address=("31 Pembroke Street Upper", "Dublin 2, D02 YX38", "Ireland"),
    phone="+353 1 614 7720",
    web="www.ardcarne.example.ie",
    region="IE",
)
HEADS = {
    "trade": ("Trade", "Date"),
    "value": ("Value", "Date"),
    "ref": ("Deal", "Ref"),
    "type": ("Trans.", "Type"),
    "desc": ("Security", "Description"),
    "details": ("", "Details"),
    "isin": ("", "ISIN"),
    "qty": ("", "Quantity"),
    "price": ("Unit", "Price"),
    "consid": ("Gross", "Consideration"),
    "comm": ("", "Commission"),
    "stamp": ("Stamp", "Duty"),
    "charges": ("", "Charges"),
}
RIGHT = {"qty", "price", "consid", "comm", "stamp", "charges", "net", "debit", "credit", "bal"}
# (landscape, columns before the money columns with their widths)
VARIANTS = {
    "itemised": (
        True,
        (("trade", 50), ("value", 50), ("ref", 50), ("type", 42), ("desc", 104), ("qty", 50), ("price", 48)),
        (("consid", 62), ("comm", 50), ("stamp", 42)),
    ),
    "isin_column": (
        True,
        (("trade", 50), ("value", 50), ("type", 44), ("desc", 108), ("isin", 64), ("qty", 54), ("price", 52)),
        (("charges", 52),),
    ),
    "portrait": (
        False,
        (("trade", 44), ("value", 44), ("ref", 44), ("details", 96), ("qty", 46), ("price", 44)),
        (("charges", 42),),
    ),
}
SIZE, LEAD, PAD = 6.8, 8.2, 4.0
LABELS = {"brought": "Balance brought forward", "carried": "Balance carried forward", "closing": "Closing balance"}
TITLE_H, HEADS_H, BALANCE_H, END_MIN = 16.0, 24.0, 12.0, 44.0
HOLD_TOP, HOLD_LEAD, PAGE_TOP = 190.0, 10.0, 88.0
FEES = (
    "Quarterly custody fee {quarter} incl. VAT @ 23%",
    "Annual administration fee incl. VAT @ 23%",
    "Nominee service charge, 0.10% p.a. of portfolio value",
    "Paper statement charge",
)


@dataclass(frozen=True)
class Look:
    variant: str
    words: tuple[str, str]  # buy word, sell word
    date_style: str
    debit_credit: bool  # two money columns instead of one signed one
    suffix: bool  # signed amounts as "1,234.56 Dr" rather than "-1,234.56"

    @property
    def landscape(self) -> bool:
        return VARIANTS[self.variant][0]

    def columns(self, currency: str) -> list[tuple[str, str, str, float]]:
        """(key, top heading, bottom heading, width) from left to right."""
        _, lead, charges = VARIANTS[self.variant]
        cols = [(key, *HEADS[key], width) for key, width in (*lead, *charges)]
        wide = 58.0 if self.landscape else 50.0
        if self.debit_credit:
            cols += [("debit", "Debit", f"({currency})", wide), ("credit", "Credit", f"({currency})", wide)]
        else:
            cols += [("net", "Net", "Amount", wide + 6)]
        return [*cols, ("bal", "Balance", f"({currency})", wide + 8)]

    def width(self, key: str) -> float:
        return next(w for k, _, _, w in self.columns("EUR") if k == key)


@dataclass(frozen=True)
class Row:
    day: date
    cells: dict[str, list[str]]  # column key -> lines
    amount: Decimal  # signed: cash into the account is positive
    deal: Deal | None = None

    @property
    def height(self) -> float:
        return LEAD * max(len(lines) for lines in self.cells.values()) + PAD


@dataclass
class Section:
    currency: str
    title: str
    opening: Decimal
    groups: list[tuple[Row, ...]] = field(default_factory=list)  # rows booked together (a dividend and its tax)

    @property
    def rows(self) -> list[Row]:
        ordered = sorted(enumerate(self.groups), key=lambda item: (item[1][0].day, item[0]))
        return [row for _, group in ordered for row in group]

    @property
    def closing(self) -> Decimal:
        return self.opening + sum((row.amount for row in self.rows), Decimal(0))


@dataclass(frozen=True)
class Op:
    """One thing drawn on a page at height y."""

    kind: str  # title, heads, brought, row, carried, closing, end
    y: float
    section: Section
    row: Row | None = None
    balance: Decimal = Decimal(0)
    continued: bool = False


@dataclass(frozen=True)
class Statement:
    """One month of one account: how it is printed, its cash sections and the holdings valued on page 1."""

    look: Look
    first: date
    last: date
    account: str
    sections: list[Section] = field(default_factory=list)
    holdings: list[tuple[securities.Security, Decimal, Decimal]] = field(default_factory=list)


def build(rng: random.Random) -> Document:
    first, last = dates.month_of(dates.trade_day(rng))
    look = Look(
        variant=rng.choice(tuple(VARIANTS)),
        words=rng.choice((("Purchase", "Sale"), ("Bought", "Sold"))),
        date_style=rng.choice(("uk", "short")),
        debit_credit=rng.random() < 0.5,
        suffix=rng.random() < 0.4,
    )
    account = rng.choice(
        (f"{noise.letters(rng, 1)}{noise.digits(rng, 6)}", f"{noise.digits(rng, 4)}-{noise.digits(rng, 5)}")
    )
    st = Statement(look, first, last, account)
    _fill(rng, st)
    for _ in range(rng.randint(3, 8)):
        security = securities.equity(rng, rng.choice(("IE", "IE", "IE", "GB", "FR", "NL")))
        st.holdings.append((security, Decimal(rng.randint(1, 160) * 50), trades.price(rng, decimals=3, whole_digits=2)))
    sheet = Sheet(title="Client Statement", author=BROKER.legal_name, pagesize=landscape(A4) if look.landscape else A4)
    start, bottom = HOLD_TOP + 44 + HOLD_LEAD * len(st.holdings), sheet.height - 56
    pages = _paginate(rng, st, start, bottom)
    info = len(pages) < 4 and rng.random() < 0.35
    total = len(pages) + int(info)
    client = noise.client(rng, "IE")
    for number, ops in enumerate(pages, start=1):
        _page_header(sheet, st, number)
        if number == 1:
            assert _first_page(sheet, rng, st, client) == start
        for op in ops:
            _draw(sheet, rng, st, op)
        _footer(sheet, number, total)
        if number < total:
            sheet.next_page()
    if info:
        _page_header(sheet, st, total)
        sheet.text(30, 80, "IMPORTANT INFORMATION", font="Helvetica-Bold", size=10)
        _notes(sheet, rng, st, 30, 98, sheet.width - 60, 8)
        _footer(sheet, total, total)
    truth = [row.deal.truth() for section in st.sections for row in section.rows if row.deal is not None]
    return Document(sheet.finish(), "statement", truth)


def _paginate(rng: random.Random, st: Statement, start: float, bottom: float) -> list[list[Op]]:
    """Cash rows added until the table fills 2 to 4 pages (3 when portrait), then the balances settled."""
    pages = _plan(st.sections, start, bottom)
    target = rng.randint(2, 4 if st.look.landscape else 3)
    while len(pages) < target:
        _cash_group(rng, st, st.sections[0], rng.choice(("div", "div", "div", "lodge", "wd")))
        pages = _plan(st.sections, start, bottom)
    for section in st.sections:  # a client's cash account is not left overdrawn
        lowest = min(accumulate((row.amount for row in section.rows), initial=section.opening))
        section.opening += max(-lowest, Decimal(0)) + (Decimal(rng.randint(5, 400) * 10) if lowest < 0 else 0)
    return _plan(st.sections, start, bottom)  # the same breaks, with the balances from the new openings


def _fill(rng: random.Random, st: Statement) -> None:
    """2 to 6 trades, some in sterling, among dividends, interest and payments in and out."""
    count = rng.randint(2, 6)
    in_gbp = rng.randint(1, min(2, count - 1)) if rng.random() < 0.4 else 0
    euro = Section("EUR", "Euro Cash Account (EUR)", Decimal(rng.randint(2_000_00, 180_000_00)).scaleb(-2))
    st.sections.append(euro)
    euro.groups += [(_trade(rng, st, "EUR"),) for _ in range(count - in_gbp)]
    kinds = ["div", "int", *rng.sample(("div", "lodge", "wd", "fee", "div", "lodge"), k=rng.randint(1, 4))]
    kinds += ["div"] * (count - sum(kind in ("div", "wd", "fee") for kind in kinds))  # more cash rows than trades
    for kind in kinds:
        _cash_group(rng, st, euro, kind)
    if in_gbp:
        pound = Section("GBP", "Sterling Cash Account (GBP)", Decimal(rng.randint(500_00, 60_000_00)).scaleb(-2))
        pound.groups += [(_trade(rng, st, "GBP"),) for _ in range(in_gbp)]
        # sterling for the purchases is bought with euro, in round thousands, on the day of the first of them
        pounds = (max(-pound.closing, Decimal(rng.randint(1, 40) * 1000)) / 1000).to_integral_value(ROUND_CEILING)
        bought = [row.day for row in pound.rows if row.amount < 0]
        day = bought[0] if bought else dates.weekday_in(rng, st.first, st.last)
        fx = Decimal(rng.randint(8_200, 8_800)).scaleb(-4)
        text = f"Currency exchange, bought GBP {money.fmt(pounds * 1000, decimals=2)} @ EUR/GBP {fx}"
        euro.groups.append((_cash_row(st.look, day, "FX", text, -money.to_money(pounds * 1000 / fx, "EUR")),))
        text = f"Currency exchange from Euro account @ {fx}"
        pound.groups.append((_cash_row(st.look, day, "FX", text, pounds * 1000),))
        for kind in rng.sample(("div", "div", "int"), k=rng.randint(0, 2)):
            _cash_group(rng, st, pound, kind)
        st.sections.append(pound)


def _name(rng: random.Random, security: securities.Security) -> str:
    """The name with the share class as the broker's security master spells it: Ord EUR0.01, Ordinary Shares 10p."""
    par = security.share_class.split()[-1] if security.market == "GB" else ""
    suffix = rng.choice(("Ord", "Ordinary Shares", "Ord Shs", "")) + (
        " EUR0.01" if security.market == "IE" and rng.random() < 0.3 else ""
    )
    return " ".join(part for part in (security.name, suffix.strip(), par.lower() if par.endswith("P") else par) if part)


def _price(rng: random.Random) -> Decimal:
    return trades.price(rng, decimals=rng.choice((2, 3, 4)), whole_digits=rng.choice((1, 1, 2, 2, 3)))


def _trade(rng: random.Random, st: Statement, currency: str) -> Row:
    look = st.look
    market = "GB" if currency == "GBP" else rng.choice(("IE", "IE", "IE", "FR", "NL", "DE"))
    security = securities.equity(rng, market)
    q, p, gross = trades.draw(rng, currency, trades.shares, _price, maximum=Decimal(250_000))
    side = trades.side(rng)
    day = dates.weekday_in(rng, st.first, st.last)
    settle = dates.add_business_days(day, dates.settlement_lag(rng, day, market="IE"))
    rate = rng.choice(("0.01", "0.0075", "0.0065"))
    commission = trades.rate_of(gross, rate, currency, minimum="25.00" if currency == "EUR" else "20.00")
    stamp = None
    if side == "BUY" and market in ("IE", "GB"):
        stamp = trades.rate_of(gross, "0.01" if market == "IE" else "0.005", currency)
    if look.variant == "itemised":
        charges = [Charge(COMMISSION, "Commission", commission)]
        charges += [Charge(TAX, "Stamp Duty", stamp)] if stamp is not None else []
    else:
        levy = Decimal("1.50") if currency == "GBP" and gross > 10_000 else Decimal(0)  # the PTM levy
        charges = [Charge(FEE, "Charges", commission + (stamp or Decimal(0)) + levy)]
    name = _name(rng, security)
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=st.account,
        counterparty=BROKER.legal_name,
        trade_ref=f"{rng.choice(('D', 'AC', 'T'))}{noise.digits(rng, 7)}" if look.variant != "isin_column" else None,
        isin=security.isin,
    )
    word = look.words[0] if deal.is_buy else look.words[1]
    cells = {
        "trade": [dates.fmt(day, look.date_style)],
        "value": [dates.fmt(settle, look.date_style)],
        "ref": [deal.trade_ref or ""],
        "qty": [money.fmt(q)],
        "price": [money.fmt(p)],
        "consid": [money.fmt(gross, decimals=2)],
        "comm": [money.fmt(commission)],
        "stamp": [money.fmt(stamp) if stamp is not None else ""],
        "charges": [money.fmt(deal.charges_total)],
    }
    _describe(look, cells, word, name, security.isin)
    return Row(day, cells, -deal.net_amount if deal.is_buy else deal.net_amount, deal)


def _describe(look: Look, cells: dict[str, list[str]], word: str, text: str, isin: str | None = None) -> None:
    """The type word and the wrapped description, in the cells the variant prints them in."""
    if look.variant == "portrait":
        lines = simpleSplit(text, "Helvetica", SIZE, look.width("details") - 4)
        cells["details"] = [word, *lines, *([isin] if isin else [])]
        return
    cells["type"] = [word]
    cells["desc"] = simpleSplit(text, "Helvetica", SIZE, look.width("desc") - 4)
    if isin and look.variant == "itemised":
        cells["desc"].append(f"ISIN {isin}")
    cells["isin"] = [isin or ""]


def _cash_row(look: Look, day: date, word: str, text: str, amount: Decimal) -> Row:
    cells = {"trade": [dates.fmt(day, look.date_style)], "value": [dates.fmt(day, look.date_style)]}
    _describe(look, cells, word, text)
    return Row(day, cells, amount)


def _cash_group(rng: random.Random, st: Statement, section: Section, kind: str) -> None:
    """One cash event: a row, or a dividend with its withholding tax."""
    ccy, day, style = section.currency, dates.weekday_in(rng, st.first, st.last), st.look.date_style

    def row(word: str, text: str, amount: Decimal, when: date = day) -> Row:
        return _cash_row(st.look, when, word, text, amount)

    if kind == "div":
        security = securities.equity(rng, "GB" if ccy == "GBP" else rng.choice(("IE", "IE", "FR", "NL")))
        held = rng.randint(2, 400) * 25
        rate = Decimal(rng.randint(50, 9000)).scaleb(-4)
        amount = money.to_money(held * rate, ccy)
        record = dates.fmt(day - timedelta(days=rng.randint(10, 30)), style)
        text = f"{security.name} {held:,} shares @ {ccy} {rate} per share, record date {record}"
        group = [row("Dividend", text, amount)]
        if security.market == "IE":
            tax = money.to_money(amount * Decimal("0.25"), ccy)
            group.append(row("Tax", f"Dividend withholding tax 25% on {ccy} {money.fmt(amount)}", -tax))
        section.groups.append(tuple(group))
    elif kind == "int":
        rate = Decimal(rng.randint(5, 150)).scaleb(-2)
        span = f"{dates.fmt(st.first, style)} to {dates.fmt(st.last, style)}"
        interest = max(money.to_money(section.opening * rate / 1200, ccy), Decimal("0.01"))
        section.groups.append(
            (row("Interest", f"Interest on credit balance {span} @ {rate}% p.a.", interest, st.last),)
        )
    elif kind == "lodge":
        text = f"Lodgement by EFT, your ref {noise.letters(rng, 2)}{noise.digits(rng, 6)}"
        section.groups.append((row("Lodgement", text, Decimal(rng.randint(20, 5_000) * 10)),))
    elif kind == "wd":
        text = f"Payment to your nominated account IE** {noise.letters(rng, 4)} **** **** {noise.digits(rng, 4)}"
        section.groups.append((row("Withdrawal", text, -Decimal(rng.randint(20, 3_000) * 10)),))
    elif kind == "fee":
        quarter = f"Q{(st.first.month - 1) // 3 + 1} {st.first.year}"
        text = rng.choice(FEES).format(quarter=quarter)
        section.groups.append((row("Fee", text, -Decimal(rng.randint(500, 45_000)).scaleb(-2)),))


def _plan(sections: list[Section], start: float, bottom: float) -> list[list[Op]]:
    """Where every row goes: a page breaks before a row that would not leave room to carry the balance forward."""
    pages: list[list[Op]] = [[]]
    y = start

    def open_table(section: Section, balance: Decimal, *, continued: bool) -> float:
        top = y
        for kind, height in (("title", TITLE_H), ("heads", HEADS_H), ("brought", BALANCE_H)):
            pages[-1].append(Op(kind, top, section, balance=balance, continued=continued))
            top += height
        return top

    for index, section in enumerate(sections):
        rows, balance = section.rows, section.opening
        if y + TITLE_H + HEADS_H + BALANCE_H + rows[0].height + BALANCE_H > bottom:
            pages.append([])
            y = PAGE_TOP
        y = open_table(section, balance, continued=False)
        for position, row in enumerate(rows):
            last = index == len(sections) - 1 and position == len(rows) - 1
            if y + row.height + BALANCE_H + (END_MIN if last else 0) > bottom:
                pages[-1].append(Op("carried", y, section, balance=balance))
                pages.append([])
                y = PAGE_TOP
                y = open_table(section, balance, continued=True)
            balance += row.amount
            pages[-1].append(Op("row", y, section, row, balance))
            y += row.height
        pages[-1].append(Op("closing", y, section, balance=balance))
        y += BALANCE_H + 14
    pages[-1].append(Op("end", y, sections[-1]))
    return pages


def _amount(look: Look, amount: Decimal) -> str:
    text = money.fmt(amount, decimals=2)
    if look.suffix:
        return f"{text} {'Dr' if amount < 0 else 'Cr'}"
    return f"-{text}" if amount < 0 else text


def _draw(sheet: Sheet, rng: random.Random, st: Statement, op: Op) -> None:
    look = st.look
    columns = look.columns(op.section.currency)
    xs = [30.0 if look.landscape else 28.0]
    for *_, width in columns:
        xs.append(xs[-1] + width)
    label_x = next(x for x, (key, *_) in zip(xs, columns, strict=False) if key in ("desc", "details"))
    bal_x = xs[-1] - 3
    if op.kind == "title":
        title = op.section.title + (" - continued" if op.continued else "")
        sheet.text(xs[0], op.y, f"Transactions: {title}", font="Helvetica-Bold", size=9)
    elif op.kind == "heads":
        sheet.box(xs[0], op.y - 9, xs[-1] - xs[0], 21, fill=0.9)
        for (key, top, low, width), x in zip(columns, xs, strict=False):
            for offset, text in ((0.0, top), (9.0, low)):
                if key in RIGHT:
                    sheet.right(x + width - 3, op.y + offset, text, font="Helvetica-Bold", size=SIZE)
                else:
                    sheet.text(x + 2, op.y + offset, text, font="Helvetica-Bold", size=SIZE)
    elif op.kind in ("brought", "carried", "closing"):
        if op.kind != "brought":
            sheet.rule(label_x, op.y - 7, xs[-1], weight=0.4)
        if op.kind != "carried" and not op.continued:
            day = st.first if op.kind == "brought" else st.last
            sheet.text(xs[0] + 2, op.y, dates.fmt(day, look.date_style), size=SIZE)
        sheet.text(label_x + 2, op.y, LABELS[op.kind], font="Helvetica-Bold", size=SIZE)
        sheet.right(bal_x, op.y, _amount(look, op.balance), font="Helvetica-Bold", size=SIZE)
    elif op.kind == "row":
        _row(sheet, look, op, columns, xs)
    else:
        _notes(sheet, rng, st, xs[0], op.y + 4, xs[-1] - xs[0], 6.5)


def _row(sheet: Sheet, look: Look, op: Op, columns: list[tuple[str, str, str, float]], xs: list[float]) -> None:
    assert op.row is not None
    row = op.row
    cells = dict(row.cells)
    cells["bal"] = [_amount(look, op.balance)]
    if look.debit_credit:
        cells["debit" if row.amount < 0 else "credit"] = [money.fmt(abs(row.amount), decimals=2)]
    else:
        cells["net"] = [_amount(look, row.amount)]
    for (key, _, _, width), x in zip(columns, xs, strict=False):
        for i, line in enumerate(cells.get(key, [])):
            if key in RIGHT:
                assert sheet.measure(line, size=SIZE) < width - 4, (key, line)
                sheet.right(x + width - 3, op.y + LEAD * i, line, size=SIZE)
            else:
                sheet.text(x + 2, op.y + LEAD * i, line, size=SIZE)
    sheet.rule(xs[0], op.y + row.height - LEAD + 1, xs[-1], weight=0.2)


def _notes(sheet: Sheet, rng: random.Random, st: Statement, x: float, y: float, width: float, size: float) -> None:
    """Notes and terms full of dates, rates and telephone numbers, as many as the page holds."""
    last = dates.fmt(st.last, st.look.date_style)
    notes = [
        f"Please examine this statement on receipt. Queries should be raised with your adviser on {BROKER.phone} "
        f"within {rng.choice((14, 21, 30))} days of {dates.fmt(st.last, 'long')}.",
        f"Trades are shown on the trade date; those settling after {last} are included in the balance above.",
        f"Valuations are at closing prices on {last} and are for information only; sterling values are converted at "
        f"the rate shown on page 1. Prices may be up to {rng.choice((15, 20))} minutes old.",
        f"Deposit interest is paid gross of DIRT where you have given us a valid declaration; otherwise DIRT at 33% is "
        f"deducted. The rate applying from {noise.old_date(rng, 'uk')} is shown on each interest line.",
        f"Dividend withholding tax of 25% is deducted from Irish dividends unless a valid exemption form is held. "
        f"Forms received after {rng.choice((10, 15))} business days before the record date apply to the next payment.",
        *(line for line in noise.disclaimer(rng, BROKER, date_style="uk") if "confirmation" not in line.lower()),
    ]
    for note in notes:
        if y + len(simpleSplit(note, "Helvetica", size, width)) * (size + 2) > sheet.height - 56:
            break
        y = sheet.paragraph(x, y, width, note, size=size, leading=size + 2) + size / 3


def _page_header(sheet: Sheet, st: Statement, number: int) -> None:
    right = sheet.width - 30
    span = f"{dates.fmt(st.first, 'long')} to {dates.fmt(st.last, 'long')}"
    if number == 1:
        sheet.text(30, 42, BROKER.brand, font="Times-Bold", size=20)
        sheet.text(30, 54, "STOCKBROKERS  ·  " + ", ".join(BROKER.address[:2]), size=7)
        sheet.right(right, 36, "CLIENT STATEMENT", font="Helvetica-Bold", size=12)
        sheet.right(right, 48, span, size=8)
        sheet.right(right, 58, f"Account {st.account}", size=8)
        sheet.rule(30, 66, right, weight=1)
        return
    sheet.text(30, 40, BROKER.brand, font="Times-Bold", size=13)
    sheet.right(right, 36, f"Client Statement  {span}", size=7.5)
    sheet.right(right, 46, f"Account {st.account}", size=7.5)
    sheet.rule(30, 54, right, weight=0.8)


def _footer(sheet: Sheet, number: int, total: int) -> None:
    right, base = sheet.width - 30, sheet.height - 40
    sheet.rule(30, base - 8, right, weight=0.4)
    sheet.text(30, base, f"{BROKER.legal_name} is regulated by the Central Bank of Ireland.", size=6)
    office = f"Registered office: {', '.join(BROKER.address)}. Tel {BROKER.phone}. {BROKER.web}"
    sheet.text(30, base + 8, office, size=6)
    sheet.right(right, base, f"Page {number} of {total}", font="Helvetica-Bold", size=7)


def _first_page(sheet: Sheet, rng: random.Random, st: Statement, client: noise.Client) -> float:
    """Address, adviser, account summary and valuation; returns where the transactions start."""
    right = sheet.width - 30
    sheet.lines(30, 88, [client.name, *client.address], leading=11, size=9)
    adviser = f"Your adviser: {noise.person(rng, institutions=False)}, direct line {noise.phone(rng, 'IE')}"
    sheet.text(30, 142, adviser, size=7)
    dated = f"Statement date {dates.fmt(st.last, st.look.date_style)}   Client no. {noise.digits(rng, 7)}"
    sheet.text(30, 152, dated, size=7)
    x = right - 230
    sheet.text(x, 84, "ACCOUNT SUMMARY", font="Helvetica-Bold", size=8)
    y = 95.0
    for section in st.sections:
        credits = sum((r.amount for r in section.rows if r.amount > 0), Decimal(0))
        debits = sum((r.amount for r in section.rows if r.amount < 0), Decimal(0))
        lines = [(f"Opening balance ({section.currency})", section.opening), ("Total credits", credits)]
        lines += [("Total debits", debits), (f"Closing balance ({section.currency})", section.closing)]
        for label, value in lines:
            sheet.text(x, y, label, size=7)
            sheet.right(right, y, _amount(st.look, value), size=7)
            y += 9
        y += 3
    return _valuation(sheet, rng, st)


def _valuation(sheet: Sheet, rng: random.Random, st: Statement) -> float:
    """The holdings at the month end, sterling ones converted at a stated rate."""
    right, fx = sheet.width - 30, Decimal(rng.randint(8_200, 8_800)).scaleb(-4)
    title = f"PORTFOLIO VALUATION AS AT {dates.fmt(st.last, 'long').upper()}"
    sheet.text(30, HOLD_TOP, title, font="Helvetica-Bold", size=8)
    # (heading, x, right-aligned); the ISIN has room on landscape pages only
    columns = [("Holding", 30, False), ("ISIN", 280, False), ("Quantity", right - 290, True)]
    columns += [("Price", right - 230, True), ("Ccy", right - 200, False), ("Market Value", right - 110, True)]
    columns += [("Value (EUR)", right - 40, True), ("%", right, True)]
    values = []
    for security, quantity, price in st.holdings:
        ccy = "GBP" if security.market == "GB" else "EUR"
        value = money.to_money(quantity * price, ccy)
        values.append((value, money.to_money(value / fx, "EUR") if ccy == "GBP" else value, ccy))
    total = sum((euros for _, euros, _ in values), Decimal(0))
    lines = [[heading for heading, _, _ in columns]]
    for (security, quantity, price), (value, euros, ccy) in zip(st.holdings, values, strict=True):
        name = simpleSplit(security.name, "Helvetica", 7, 240 if st.look.landscape else right - 370)[0]
        share = money.places(euros * 100 / total, 1)
        lines.append([name, security.isin, *(money.fmt(v) for v in (quantity, price)), ccy])
        lines[-1] += [money.fmt(value), money.fmt(euros), money.fmt(share)]
    if not st.look.landscape:
        columns, lines = columns[:1] + columns[2:], [line[:1] + line[2:] for line in lines]
    for number, line in enumerate(lines):
        y = HOLD_TOP + 14 + (12 if number else 0) + HOLD_LEAD * max(number - 1, 0)
        for (_, x, right_aligned), text in zip(columns, line, strict=True):
            font = "Helvetica" if number else "Helvetica-Bold"
            (sheet.right if right_aligned else sheet.text)(x, y, text, font=font, size=7)
    sheet.rule(30, HOLD_TOP + 17, right, weight=0.4)
    y = HOLD_TOP + 26 + HOLD_LEAD * len(st.holdings)
    sheet.text(30, y, f"Total portfolio value (sterling at EUR 1 = GBP {fx})", font="Helvetica-Bold", size=7)
    sheet.right(right - 40, y, money.fmt(total), font="Helvetica-Bold", size=7)
    return y + 18


LAYOUT = Layout(
    name="ie_statement_pages",
    kind="pdf",
    heldout=False,
    build=build,
    description="Dublin monthly client statement, 2-4 pages: two-line headings, carried/brought forward, wrapped names",
)
