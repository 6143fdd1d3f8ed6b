"""Ashcombe Hale (held out): a UK wealth manager's quarterly portfolio statement over two or three pages.

Page one opens with the client, the portfolio details and a valuation of the holdings at the quarter's end
(grouped by asset class, with prices, values, weights and estimated income) and a cash summary: numbers that are
not trades. The transactions of the quarter follow in one table that runs on across pages, its two-line column
headings ("Trade" over "Date", "Settlement" over "Date", "Consideration" over "£") repeated at the top of every
page, "Page 1 of 3" in the page header or footer. Trades (bought/sold, purchase/sale or buy/sell rows) are mixed
with cash rows that are not trades: dividends and fund distributions, interest on cash, deposits, withdrawals and
the management or custody fee. Security names wrap over two lines in the narrow description column; SEDOL and
ISIN sit in their own columns or on a line under the name. Dates 14 Mar 2025 or 14/03/2025; amounts in pounds
with "£" in every cell or the unit in the heading, prices to four places. The charges are printed as commission
and stamp duty columns (and a PTM levy column on the wide landscape pages) or as one "Charges" column, which holds
commission, stamp duty and levy together: the truth counts it as fees because the statement does not split it.
The money column is an unsigned net amount, a signed cash column with brackets for outflows, or separate payments
and receipts columns, with a running cash balance on some statements; a contract reference column on some.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from .. import dates, identifiers, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Ashcombe Hale Investment Management Limited",
    brand="ASHCOMBE HALE",
    address=("Wessex House, 14 Queen's Parade", "Cheltenham GL50 1QN"),
    phone="01632 960 418",
    web="www.ashcombehale.example.co.uk",
    region="GB",
)
MARGIN = 34.0
FONT_SIZE = 6.8
LINE = 8.6  # the leading inside a table row
SIDE_WORDS = (("Bought", "Sold"), ("Purchase", "Sale"), ("Buy", "Sell"))
SHARE_CLASSES = {"ORD 10P": "Ord 10p", "ORD 25P": "Ord 25p", "ORD GBP0.01": "Ord GBP0.01", "ORD 5P": "Ord 5p"}


@dataclass(frozen=True)
class Column:
    key: str
    top: str  # the upper line of the heading
    bottom: str  # the lower line
    width: float
    right: bool = True


@dataclass(frozen=True)
class Options:
    """What one statement looks like."""

    wide: bool  # landscape A4 with more columns
    date_style: str
    pound_cells: bool  # "£" in every money cell, else the unit in the heading
    single_charges: bool
    ids: str  # "sedol", "isin", "both" (columns) or "under" (a line under the name)
    side_words: tuple[str, str]
    money_style: str  # "net", "signed" or "debit_credit"
    balance: bool
    reference: bool
    levy: bool  # a PTM levy column (wide pages with split charges)
    page_in_header: bool
    account: str
    manager: str
    mandate: str


@dataclass
class Row:
    day: date
    settle: date
    type_word: str
    description: str
    amount: Decimal  # signed: cash in is positive
    deal: Deal | None = None
    sedol: str = ""
    isin: str = ""
    quantity: str = ""
    price: str = ""
    ref: str = ""
    charges: dict[str, Decimal] = field(default_factory=dict)  # column key -> amount


@dataclass(frozen=True)
class Holding:
    name: str
    sedol: str
    isin: str
    fund: bool


def _options(rng: random.Random) -> Options:
    wide = rng.random() < 0.45
    single = rng.random() < 0.35
    if wide:
        ids = rng.choice(("sedol", "isin", "both", "under"))
    else:  # a portrait page has room for one narrow identifier column at most
        ids = rng.choice(("sedol", "under")) if single else "under"
    money_style = rng.choice(("net", "signed", "debit_credit") if wide else ("net", "signed"))
    return Options(
        wide=wide,
        date_style=rng.choice(("short", "short", "uk")),
        pound_cells=rng.random() < 0.4,
        single_charges=single,
        ids=ids,
        side_words=rng.choice(SIDE_WORDS),
        money_style=money_style,
        # the widest pages leave out the balance or the reference, so the description keeps its room
        balance=wide and rng.random() < 0.5 and not (ids == "both" and money_style == "debit_credit"),
        reference=wide and rng.random() < 0.5 and ids != "both",
        levy=wide and not single and rng.random() < 0.6,
        page_in_header=rng.random() < 0.5,
        account=rng.choice((f"AH{noise.digits(rng, 6)}", f"{noise.digits(rng, 6)}-{noise.digits(rng, 2)}")),
        manager=noise.person(rng, institutions=False),
        mandate=rng.choice(("Balanced", "Cautious", "Growth", "Income", "Adventurous")),
    )


def _holding(rng: random.Random) -> Holding:
    if rng.random() < 0.7:
        security = securities.equity(rng, "GB")
        name = f"{security.name} {SHARE_CLASSES[security.share_class]}"
        return Holding(name, security.sedol or identifiers.sedol(rng), security.isin, fund=False)
    fund = securities.fund(rng, rng.choice(("GB", "IE")))
    sedol = identifiers.sedol(rng)
    isin = identifiers.isin("GB", "00" + sedol) if fund.market == "GB" else fund.isin
    return Holding(fund.name, sedol, isin, fund=True)


# --- the quarter's activity ---------------------------------------------------------------------------------


def _quarter(rng: random.Random) -> tuple[date, date]:
    day = dates.trade_day(rng)
    first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    last = (first + timedelta(days=95)).replace(day=1) - timedelta(days=1)
    return first, last


def _weekday_in(rng: random.Random, first: date, last: date) -> date:
    while True:
        day = first + timedelta(days=rng.randrange((last - first).days + 1))
        if day.weekday() < 5:
            return day


def _trade_row(rng: random.Random, opts: Options, holding: Holding, day: date) -> Row:
    cap = Decimal(1_200_000) if opts.wide else Decimal(300_000)
    if holding.fund:
        q, p, gross = trades.draw(
            rng, "GBP", trades.fund_units, lambda r: trades.price(r, decimals=4, whole_digits=1), maximum=cap
        )
    else:
        q, p, gross = trades.draw(
            rng,
            "GBP",
            lambda r: Decimal(r.randint(1, 400) * r.choice((10, 25, 50))),
            lambda r: trades.price(r, decimals=4, whole_digits=r.choice((1, 1, 2))),
            minimum=Decimal(1_000),
            maximum=cap,
        )
    side = trades.side(rng)
    settle = dates.add_business_days(day, 3 if holding.fund else dates.settlement_lag(rng, day, market="GB"))
    commission = Decimal("0.00") if holding.fund else trades.rate_of(gross, "0.0075", "GBP", minimum="25.00")
    stamp = trades.rate_of(gross, "0.005", "GBP") if side == "BUY" and not holding.fund else Decimal("0.00")
    levy = Decimal("1.50") if not holding.fund and gross > 10_000 else Decimal("0.00")
    columns: dict[str, Decimal]
    if opts.single_charges:
        total = commission + stamp + (levy if opts.wide else Decimal(0))
        charges = [Charge(FEE, "Charges", total)]
        columns = {"charges": total}
    else:
        charges = [Charge(COMMISSION, "Commission", commission), Charge(TAX, "Stamp duty", stamp)]
        columns = {"commission": commission, "stamp": stamp}
        if opts.levy:
            charges.append(Charge(FEE, "PTM levy", levy))
            columns["levy"] = levy
    ref = f"C{noise.digits(rng, 7)}" if opts.reference else ""
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency="GBP",
        security_name=holding.name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=opts.account,
        counterparty=BROKER.legal_name,
        trade_ref=ref or None,
        sedol=holding.sedol if opts.ids in ("sedol", "both", "under") else None,
        isin=holding.isin if opts.ids in ("isin", "both", "under") else None,
    )
    return Row(
        day=day,
        settle=settle,
        type_word=opts.side_words[0] if deal.is_buy else opts.side_words[1],
        description=holding.name,
        amount=-deal.net_amount if deal.is_buy else deal.net_amount,
        deal=deal,
        sedol=deal.sedol or "",
        isin=deal.isin or "",
        quantity=money.fmt(q),
        price=money.fmt(p),
        ref=ref,
        charges=columns,
    )


def _cash_row(rng: random.Random, opts: Options, kind: str, holdings: list[Holding], first: date, last: date) -> Row:
    day = _weekday_in(rng, first, last)
    if kind == "dividend":
        holding = rng.choice(holdings)
        shares = Decimal(rng.randint(4, 400) * 25)
        rate = Decimal(rng.randint(50, 4_200)).scaleb(-2)  # pence a share
        amount = money.to_money(shares * rate / 100, "GBP")
        word = "Distribution" if holding.fund and rng.random() < 0.5 else "Dividend"
        unit = "unit" if holding.fund else "share"
        text = f"{holding.name} {rate}p per {unit} on {money.fmt(shares)}"
        return Row(day, day, word, text, amount)
    if kind == "interest":
        rate = Decimal(rng.randint(50, 425)).scaleb(-2)
        text = f"Interest on cash {dates.fmt(first, 'uk')} to {dates.fmt(last, 'uk')} at {rate}% gross"
        return Row(day, day, "Interest", text, Decimal(rng.randint(150, 90_000)).scaleb(-2))
    if kind == "deposit":
        text = rng.choice(("Cash subscription BACS ref ", "Transfer in from ISA ref ", "Cheque received no. "))
        return Row(day, day, "Deposit", text + noise.digits(rng, 6), Decimal(rng.randint(10, 4_000) * 25))
    if kind == "withdrawal":
        text = rng.choice(("Payment to nominated account ****", "Regular withdrawal to ****", "CHAPS payment ****"))
        return Row(day, day, "Withdrawal", text + noise.digits(rng, 4), -Decimal(rng.randint(10, 2_000) * 25))
    quarter = f"Q{(first.month - 1) // 3 + 1} {first.year}"
    text = rng.choice(
        (f"Management fee {quarter} (0.75% p.a.) incl. VAT", f"Custody fee {quarter}", f"Platform charge {quarter}")
    )
    return Row(day, day, "Fee", text, -Decimal(rng.randint(2_500, 350_000)).scaleb(-2))


def _activity(
    rng: random.Random, opts: Options, holdings: list[Holding], first: date, last: date
) -> tuple[list[Row], list[Row]]:
    """(trades, cash rows); more dividends are added later if the table is short of its pages."""
    trade_rows = []
    for _ in range(rng.randint(2, 6)):
        holding = rng.choice(holdings) if rng.random() < 0.7 else _holding(rng)
        trade_rows.append(_trade_row(rng, opts, holding, _weekday_in(rng, first, last)))
    kinds = ["dividend"] * rng.randint(6, 14) + ["interest"] + ["fee"] * rng.randint(1, 2)
    kinds += ["deposit"] * rng.randint(0, 2) + ["withdrawal"] * rng.randint(0, 3)
    return trade_rows, [_cash_row(rng, opts, kind, holdings, first, last) for kind in kinds]


# --- the table ----------------------------------------------------------------------------------------------


def _columns(opts: Options, available: float) -> list[Column]:
    unit = "" if opts.pound_cells else "£"
    cols = [
        Column("day", "Trade", "Date", 44, right=False),
        Column("settle", "Settlement", "Date", 44, right=False),
        Column("type", "", "Type", 46, right=False),
        Column("description", "", "Description", 0, right=False),
    ]
    if opts.ids in ("sedol", "both"):
        cols.append(Column("sedol", "", "SEDOL", 38, right=False))
    if opts.ids in ("isin", "both"):
        cols.append(Column("isin", "", "ISIN", 62, right=False))
    if opts.reference:
        cols.append(Column("ref", "Contract", "Ref", 44, right=False))
    cols += [
        Column("quantity", "Quantity/", "Nominal", 50),
        Column("price", "Price", unit, 40),
        Column("gross", "Consideration", unit, 54),
    ]
    if opts.single_charges:
        cols.append(Column("charges", "Charges", unit, 40))
    else:
        cols += [Column("commission", "Commission", unit, 42), Column("stamp", "Stamp", f"Duty {unit}".strip(), 36)]
        if opts.levy:
            cols.append(Column("levy", "PTM", f"Levy {unit}".strip(), 28))
    if opts.money_style == "debit_credit":
        cols += [Column("debit", "Payments", unit, 52), Column("credit", "Receipts", unit, 52)]
    elif opts.money_style == "signed":
        cols.append(Column("net", "Cash", unit or "£", 56))
    else:
        cols.append(Column("net", "Net", f"Amount {unit}".strip(), 54))
    if opts.balance:
        cols.append(Column("balance", "Cash", f"Balance {unit}".strip(), 56))
    rest = available - sum(c.width for c in cols)
    return [replace(c, width=rest) if c.key == "description" else c for c in cols]


def _money(value: Decimal, opts: Options, *, signed: bool = False) -> str:
    text = money.fmt(abs(value), decimals=2)
    if opts.pound_cells:
        text = f"£{text}"
    if signed and value < 0:
        return f"({text})"
    return text


def _description_lines(row: Row, opts: Options, width: float) -> list[str]:
    lines = simpleSplit(row.description, "Helvetica", FONT_SIZE, width - 4)
    if row.deal is not None and opts.ids == "under":
        ids = [f"SEDOL {row.sedol}"] if row.sedol else []
        ids += [f"ISIN {row.isin}"] if row.isin else []
        joined = "  ".join(ids)
        fits = stringWidth(joined, "Helvetica", FONT_SIZE) <= width - 4
        lines += [joined] if fits else ids
    return lines


def _cells(row: Row, opts: Options, balance: Decimal) -> dict[str, str]:
    cells = {
        "day": dates.fmt(row.day, opts.date_style),
        "settle": dates.fmt(row.settle, opts.date_style),
        "type": row.type_word,
        "sedol": row.sedol,
        "isin": row.isin,
        "ref": row.ref,
        "quantity": row.quantity,
        "price": f"£{row.price}" if row.price and opts.pound_cells else row.price,
        "balance": _money(balance, opts, signed=True),
    }
    if row.deal is not None:
        cells["gross"] = _money(row.deal.gross_amount, opts)
        cells.update({key: _money(value, opts) for key, value in row.charges.items()})
    if opts.money_style == "debit_credit":
        cells["debit" if row.amount < 0 else "credit"] = _money(row.amount, opts)
    else:
        cells["net"] = _money(row.amount, opts, signed=opts.money_style == "signed")
    return cells


def _row_height(row: Row, opts: Options, width: float) -> float:
    return LINE * len(_description_lines(row, opts, width)) + 3


def _table_header(sheet: Sheet, cols: list[Column], y: float, title: str) -> float:
    sheet.text(MARGIN, y, title, font="Helvetica-Bold", size=9.5)
    y += 8
    sheet.rule(MARGIN, y, sheet.width - MARGIN, weight=0.8)
    x = MARGIN
    for col in cols:
        draw = sheet.right if col.right else sheet.text
        at = x + col.width - 3 if col.right else x
        if col.top:
            draw(at, y + 9, col.top, font="Helvetica-Bold", size=6.5)
        if col.bottom:
            draw(at, y + 17, col.bottom, font="Helvetica-Bold", size=6.5)
        x += col.width
    sheet.rule(MARGIN, y + 21, sheet.width - MARGIN, weight=0.5)
    return y + 31


def _table_row(sheet: Sheet, cols: list[Column], y: float, row: Row, opts: Options, balance: Decimal) -> float:
    cells = _cells(row, opts, balance)
    x = MARGIN
    height = LINE
    for col in cols:
        if col.key == "description":
            lines = _description_lines(row, opts, col.width)
            for i, line in enumerate(lines):
                sheet.text(x, y + LINE * i, line, size=FONT_SIZE)
            height = LINE * len(lines)
        elif cells.get(col.key):
            if col.right:
                sheet.right(x + col.width - 3, y, cells[col.key], size=FONT_SIZE)
            else:
                sheet.text(x, y, cells[col.key], size=FONT_SIZE)
        x += col.width
    return y + height + 3


# --- the pages ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Holdings:
    """Page one's valuation: one line per holding, grouped by asset class."""

    lines: list[tuple[str, Holding, Decimal, Decimal, Decimal, Decimal]]  # group, holding, units, price, value, income


def build(rng: random.Random) -> Document:
    opts = _options(rng)
    first, last = _quarter(rng)
    issued = last + timedelta(days=rng.randint(5, 12))
    client = noise.client(rng, "GB")
    holdings = [_holding(rng) for _ in range(rng.randint(9, 18))]
    valuation = _valuation_lines(rng, holdings)
    trade_rows, cash_rows = _activity(rng, opts, holdings, first, last)
    size = landscape(A4) if opts.wide else A4
    cols = _columns(opts, size[0] - 2 * MARGIN)
    scratch = Sheet(title="", author="", pagesize=size)
    start_y = _first_page(scratch, opts, client, valuation, [], Decimal(0), last, issued)
    rows = _sorted(trade_rows + cash_rows)
    chunks, end_y = _paginate(rows, opts, cols, start_y, size[1])
    while len(chunks) < 2:  # a quarter's activity runs on to a second page
        cash_rows.append(_cash_row(rng, opts, "dividend", holdings, first, last))
        rows = _sorted(trade_rows + cash_rows)
        chunks, end_y = _paginate(rows, opts, cols, start_y, size[1])
    opening = _opening_cash(rng, rows)
    notes = _notes(rng, opts, last)
    # some statements keep the important information for a last page of its own
    notes_page = rng.random() < 0.3 or end_y + 20 + _notes_height(notes, size[0]) > size[1] - 52
    total = len(chunks) + int(notes_page)
    sheet = Sheet(title="Quarterly portfolio statement", author=BROKER.legal_name, pagesize=size)
    balance = opening
    for number, chunk in enumerate(chunks, start=1):
        _page_header(sheet, opts, number, total, first, last)
        if number == 1:
            y = _first_page(sheet, opts, client, valuation, rows, opening, last, issued)
            y = _table_header(sheet, cols, y, "Transactions in the period")
            y = _balance_line(sheet, opts, y, f"Opening cash balance {dates.fmt(first, opts.date_style)}", opening)
        else:
            y = _table_header(sheet, cols, _top(opts), "Transactions in the period (continued)")
        for row in chunk:
            balance += row.amount
            y = _table_row(sheet, cols, y, row, opts, balance)
        if number == len(chunks):
            sheet.rule(MARGIN, y - 1, sheet.width - MARGIN, weight=0.5)
            y = _balance_line(sheet, opts, y + 8, f"Closing cash balance {dates.fmt(last, opts.date_style)}", balance)
            if not notes_page:
                _draw_notes(sheet, notes, y + 12)
        else:
            sheet.right(sheet.width - MARGIN - 3, y + 4, "continued overleaf", font="Helvetica-Oblique", size=6.5)
        _page_footer(sheet, opts, number, total)
        if number < total:
            sheet.next_page()
    if notes_page:
        _page_header(sheet, opts, total, total, first, last)
        _draw_notes(sheet, notes, _top(opts))
        _page_footer(sheet, opts, total, total)
    truth = [row.deal.truth() for row in rows if row.deal is not None]
    return Document(sheet.finish(), "statement", truth)


def _opening_cash(rng: random.Random, rows: list[Row]) -> Decimal:
    """Enough cash at the start that the account never goes overdrawn in the quarter."""
    running = lowest = Decimal(0)
    for row in rows:
        running += row.amount
        lowest = min(lowest, running)
    return -lowest + Decimal(rng.randint(500_00, 60_000_00)).scaleb(-2)


def _top(opts: Options) -> float:
    return 96.0 if opts.wide else 104.0


def _sorted(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: (row.day, row.deal is None, row.type_word, row.description))


def _paginate(
    rows: list[Row], opts: Options, cols: list[Column], start_y: float, height: float
) -> tuple[list[list[Row]], float]:
    """The rows each page holds, and the y below the last one."""
    width = next(c.width for c in cols if c.key == "description")
    bottom = height - 62 - 14  # room left for the closing balance
    chunks: list[list[Row]] = [[]]
    y = start_y + 31 + 11  # heading and opening balance
    for row in rows:
        needed = _row_height(row, opts, width)
        if y + needed > bottom:
            chunks.append([])
            y = _top(opts) + 31
        chunks[-1].append(row)
        y += needed
    return chunks, y + 19


def _balance_line(sheet: Sheet, opts: Options, y: float, label: str, amount: Decimal) -> float:
    sheet.text(MARGIN + 132, y, label, font="Helvetica-Bold", size=FONT_SIZE)
    sheet.right(sheet.width - MARGIN - 3, y, _money(amount, opts, signed=True), font="Helvetica-Bold", size=FONT_SIZE)
    return y + 11


def _page_header(sheet: Sheet, opts: Options, number: int, total: int, first: date, last: date) -> None:
    right = sheet.width - MARGIN
    sheet.text(MARGIN, 40, BROKER.brand, font="Times-Bold", size=17)
    sheet.text(MARGIN, 52, "Investment Management", font="Times-Italic", size=8.5)
    sheet.right(right, 38, "Quarterly Portfolio Statement", font="Helvetica-Bold", size=11)
    sheet.right(right, 50, f"{dates.fmt(first, 'long')} to {dates.fmt(last, 'long')}", size=8)
    sheet.right(right, 61, f"Portfolio {opts.account}", size=8)
    if opts.page_in_header:
        sheet.right(right, 72, f"Page {number} of {total}", size=8)
    sheet.rule(MARGIN, 78, right, weight=1.2)


def _page_footer(sheet: Sheet, opts: Options, number: int, total: int) -> None:
    bottom = sheet.height
    right = sheet.width - MARGIN
    sheet.rule(MARGIN, bottom - 44, right, weight=0.4)
    contact = f"{BROKER.legal_name}, {', '.join(BROKER.address)}. Telephone {BROKER.phone}. {BROKER.web}"
    sheet.text(MARGIN, bottom - 34, contact, size=6)
    sheet.text(
        MARGIN,
        bottom - 26,
        "Authorised and regulated by the Financial Conduct Authority. Registered in England and Wales No. 04418362.",
        size=6,
    )
    label = f"{opts.account} / {number}" if opts.page_in_header else f"Page {number} of {total}"
    sheet.right(right, bottom - 30, label, size=7)


# --- page one: client, valuation, cash summary --------------------------------------------------------------


def _valuation_lines(rng: random.Random, holdings: list[Holding]) -> Holdings:
    lines = []
    for holding in holdings:
        units = Decimal(rng.randint(2, 600) * 25)
        price = trades.price(rng, decimals=4, whole_digits=rng.choice((1, 1, 2)))
        value = money.to_money(units * price, "GBP")
        income = money.to_money(value * Decimal(rng.randint(0, 620)).scaleb(-4), "GBP")
        group = "Collective investments" if holding.fund else "UK equities"
        lines.append((group, holding, units, price, value, income))
    lines.sort(key=lambda line: (line[0], line[1].name))
    return Holdings(lines)


def _first_page(
    sheet: Sheet,
    opts: Options,
    client: noise.Client,
    valuation: Holdings,
    rows: list[Row],
    opening: Decimal,
    last: date,
    issued: date,
) -> float:
    """Draws page one above the transactions; returns the y where they start."""
    top = _top(opts)
    right = sheet.width - MARGIN
    sheet.lines(MARGIN, top, [client.name, *client.address], leading=10.5, size=8.5)
    details = [
        ("Portfolio number", opts.account),
        ("Investment manager", opts.manager),
        ("Mandate", f"Discretionary - {opts.mandate}"),
        ("Base currency", "Pounds sterling (GBP)"),
        ("Statement date", dates.fmt(issued, "long")),
    ]
    x = right - 230
    for i, (label, value) in enumerate(details):
        sheet.text(x, top + 11 * i, label, size=7.5)
        sheet.right(right, top + 11 * i, value, size=7.5)
    y = _valuation(sheet, opts, valuation, top + 70, last)
    if opts.wide:
        return y + 6
    return _cash_summary(sheet, opts, rows, opening, y + 2) + 12


def _valuation(sheet: Sheet, opts: Options, valuation: Holdings, y: float, last: date) -> float:
    right = sheet.width - MARGIN
    sheet.text(MARGIN, y, f"Portfolio valuation as at {dates.fmt(last, 'long')}", font="Helvetica-Bold", size=9.5)
    y += 14
    unit = "" if opts.pound_cells else " £"
    xs = (MARGIN + 48, MARGIN + 58, right - 210, right - 130, right - 78, right)
    heads = ("Holding", "Investment", f"Price{unit}", f"Market value{unit}", "Weight", f"Est. income{unit}")
    for i, (text, x) in enumerate(zip(heads, xs, strict=True)):
        (sheet.text if i == 1 else sheet.right)(x, y, text, font="Helvetica-Bold", size=6.8)
    sheet.rule(MARGIN, y + 3, right, weight=0.4)
    y += 12
    total = sum((line[4] for line in valuation.lines), Decimal(0)) or Decimal(1)
    group_now = ""
    for group, holding, units, price, value, income in valuation.lines:
        if group != group_now:
            sheet.text(MARGIN, y + 1, group, font="Helvetica-Oblique", size=7)
            y += 11
            group_now = group
        name = simpleSplit(holding.name, "Helvetica", 6.8, xs[2] - 50 - xs[1])[0]
        weight = f"{money.places(value / total * 100, 1)}%"
        cells = (money.fmt(units), name, money.fmt(price), _money(value, opts), weight, money.fmt(income))
        for i, (text, x) in enumerate(zip(cells, xs, strict=True)):
            (sheet.text if i == 1 else sheet.right)(x, y, text, size=6.8)
        y += 9.5
    sheet.rule(right - 180, y - 6, right - 60, weight=0.4)
    sheet.text(xs[1], y + 2, "Total value of investments", font="Helvetica-Bold", size=7)
    sheet.right(xs[3], y + 2, _money(total, opts), font="Helvetica-Bold", size=7)
    sheet.right(xs[4], y + 2, "100.0%", font="Helvetica-Bold", size=7)
    return y + 18


def _cash_summary(sheet: Sheet, opts: Options, rows: list[Row], opening: Decimal, y: float) -> float:
    def total(words: tuple[str, ...]) -> Decimal:
        return sum((r.amount for r in rows if r.type_word in words), Decimal(0))

    buys, sells = opts.side_words
    lines = [
        ("Opening cash balance", opening),
        ("Income received (dividends, distributions, interest)", total(("Dividend", "Distribution", "Interest"))),
        ("Purchases of investments", total((buys,))),
        ("Proceeds of sales", total((sells,))),
        ("Deposits and withdrawals", total(("Deposit", "Withdrawal"))),
        ("Fees and charges", total(("Fee",))),
        ("Closing cash balance", opening + sum((r.amount for r in rows), Decimal(0))),
    ]
    sheet.text(MARGIN, y, "Cash account summary", font="Helvetica-Bold", size=9.5)
    y += 12
    for label, amount in lines:
        font = "Helvetica-Bold" if label.startswith(("Opening", "Closing")) else "Helvetica"
        sheet.text(MARGIN + 58, y, label, font=font, size=7)
        sheet.right(MARGIN + 360, y, _money(amount, opts, signed=True), font=font, size=7)
        y += 9
    return y


# --- the closing notes --------------------------------------------------------------------------------------


def _notes(rng: random.Random, opts: Options, last: date) -> list[tuple[str, list[str]]]:
    """(heading, sentences) sections printed after the table."""
    tax_year = last.year if last.month > 4 else last.year - 1
    information = [
        "Transactions are shown by trade date. Cash for trades settling after the period end is included in the "
        "closing balance.",
        f"Values are based on mid-market closing prices on {dates.fmt(last, 'long')}. Estimated income is based on "
        "the last twelve months' payments and is not guaranteed.",
        f"Your realised gains for the {tax_year}/{(tax_year + 1) % 100:02d} tax year will be set out in your annual "
        f"tax pack, issued by 31 May {tax_year + 1}.",
        "Eligible deposits are protected by the Financial Services Compensation Scheme up to £85,000 per person, "
        f"and investments up to £85,000 per person. Client money is held with {rng.choice(('three', 'four'))} "
        "approved banks.",
        f"The ongoing charges of the funds you hold averaged {Decimal(rng.randint(12, 95)).scaleb(-2)}% a year; an "
        "illustration of all costs and charges is sent to you each year.",
        *noise.disclaimer(rng, BROKER, date_style="uk")[:2],
    ]
    glossary = [
        "Consideration: the value of a purchase or sale before charges.",
        "Stamp duty: stamp duty reserve tax of 0.5% on purchases of UK shares; funds and sales carry none.",
        "PTM levy: £1.50 charged by the Panel on Takeovers and Mergers on UK share trades over £10,000.",
        "Commission: our dealing charge of 0.75% of the consideration, minimum £25.00.",
    ]
    if opts.single_charges:
        glossary[1:] = ["Charges: our commission, stamp duty reserve tax (0.5% on UK share purchases) and PTM levy."]
    elif not opts.levy:
        del glossary[2]
    sections = [("Important information", information), ("Glossary", glossary)]
    if rng.random() < 0.5:
        sections.append(
            (
                "Contacting us",
                [
                    f"Your investment manager, {opts.manager}, can be reached on {BROKER.phone} or by post at "
                    f"{', '.join(BROKER.address)}, Monday to Friday 08:30 to 17:30.",
                    f"Complaints may be referred to the Financial Ombudsman Service within six months of our final "
                    f"response; our reference {noise.letters(rng, 2)}/{noise.digits(rng, 5)}.",
                ],
            )
        )
    return sections


def _notes_height(sections: list[tuple[str, list[str]]], width: float) -> float:
    lines = sum(len(simpleSplit(s, "Helvetica", 6.5, width - 2 * MARGIN)) for _, body in sections for s in body)
    return 14 * len(sections) + 8.5 * lines + sum(len(body) for _, body in sections)


def _draw_notes(sheet: Sheet, sections: list[tuple[str, list[str]]], y: float) -> None:
    width = sheet.width - 2 * MARGIN
    for heading, body in sections:
        sheet.text(MARGIN, y, heading, font="Helvetica-Bold", size=8)
        y += 11
        for sentence in body:
            y = sheet.paragraph(MARGIN, y, width, sentence, size=6.5, leading=8.5) + 1
        y += 3


LAYOUT = Layout(
    name="uk_quarterly_statement",
    kind="pdf",
    heldout=False,
    build=build,
    description="held out: UK quarterly statement, 2-3 pages, two-line headings, trades among dividend/fee rows, GBP",
)
