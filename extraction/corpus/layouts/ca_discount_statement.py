"""Maplewick Direct: a Canadian discount broker's monthly account statement over two to four Letter pages.

Page 1 holds the client's address, the account (cash, margin, TFSA, RRSP or FHSA) and an account summary with
cash, market value and the total in Canadian dollars at a stated USD/CAD rate. Holdings follow (symbol, quantity,
month-end price, book cost and market value: numbers that are not trades), then the month's activity, whose
table runs on across pages under its repeated headings with "(continued)" in the title. Trades are mixed with
rows that are not trades: dividends and the U.S. tax withheld on them, credit interest, contributions or
deposits, withdrawals, transfers in kind (a quantity and no money), fees, currency conversions between the CAD
and USD sides and journals. Commission is the only charge on most trades; U.S. sales also carry the SEC fee,
noted under the name and taken from the net amount. Names wrap onto a second line in the description column.

Three house styles:
- sections (portrait): holdings tables for the CAD and the USD side, then an activity table for each (date,
  settlement date, Bought/Sold, description, quantity, price, commission, net amount, running balance) between
  opening and closing balance rows.
- currency column (landscape): one holdings table and one activity table for both currencies with a currency
  column and a symbol column, Buy/Sell, no running balance (the summary carries the balances).
- codes (portrait): per currency, activity codes (BUY/SLD, BOT/SLD or BUY/SELL; DIV, NRT, INT, CONT or DEP, WDR,
  FXT, JNL, TFR, FEE) and one amount and one balance column; the settlement date, the commission and any SEC fee
  are printed on a line under the name.
Per statement: dates 2025-03-14, Mar 14, 2025, 14-Mar-2025 or 03/14/2025; negatives with a minus or in brackets;
the symbol or the CUSIP on a line under the name on some; prices to their own places or always to four; a flat
or a per-share commission plan. The statement prints no gross, so the truth keeps quantity x price (as the
contract defines it), and no trade reference. Noise: CIRO and CIPF text, the business number, interest rates,
T5008 and NR4 notes, contribution receipt periods, telephone numbers and "Page n of m" on every page.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate

from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.utils import simpleSplit

from .. import dates, identifiers, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Maplewick Direct Investing Inc.",
    brand="MAPLEWICK DIRECT",
    address=("88 Wellington Street West, 14th Floor", "Toronto, Ontario  M5J 2N7"),
    phone="1-866-555-0142",
    web="www.maplewickdirect.example.ca",
    region="CA",
)
BUSINESS_NUMBER = "84417 2093 RT0001"
LEFT, SIZE, LEAD, PAD = 36.0, 6.8, 8.4, 3.2
TOP, FIRST_TOP = 84.0, 206.0

_ROOTS = (
    "Northmere",
    "Elkbourne",
    "Maplecroft",
    "Glenavon",
    "Coldwater Ridge",
    "Tamarack Shield",
    "Saskanor",
    "Cedarvale",
    "Frontenac Hill",
    "Wolverbrook",
    "Ashcairn",
    "Sauveterre",
    "Pembrook Falls",
    "Halcyon Point",
    "Quillmount",
    "Bramblewood",
    "Kinnaird",
    "Loonstone",
)
_SECTORS = ("Energy", "Pipelines", "Gold", "Minerals", "Telecom", "Financial", "Utilities", "Rail", "Foods", "Forest")
_ETF_THEMES = (
    "Canadian Dividend Index ETF",
    "All-Equity ETF Portfolio",
    "U.S. Total Market Index ETF (CAD-Hedged)",
    "Canadian Aggregate Bond Index ETF",
    "High Interest Savings ETF",
    "Balanced ETF Portfolio",
)
_PLACES = (
    ("Oakville", "ON", "L6J 2X4"),
    ("Guelph", "ON", "N1H 3T9"),
    ("Ottawa", "ON", "K1S 2L7"),
    ("Laval", "QC", "H7T 2P5"),
    ("Calgary", "AB", "T2S 0J1"),
    ("Edmonton", "AB", "T6E 2A3"),
    ("Kelowna", "BC", "V1Y 6N2"),
    ("Moncton", "NB", "E1C 4M3"),
    ("Regina", "SK", "S4P 3Y2"),
)
_STREETS = ("Birchwood Crescent", "Lakeshore Road", "Maple Grove Drive", "Rue Saint-Denis", "Elm Avenue", "Bay Street")
ACCOUNT_TYPES = ("Cash account", "Margin account", "TFSA", "Self-directed RRSP", "FHSA")
CODES = {
    "div": "DIV",
    "nrt": "NRT",
    "int": "INT",
    "in": "CONT",
    "out": "WDR",
    "fee": "FEE",
    "fx": "FXT",
    "jnl": "JNL",
    "tfr": "TFR",
}


@dataclass(frozen=True)
class Look:
    template: str  # "sections", "currency" or "codes"
    words: tuple[str, str]
    date_style: str
    brackets: bool  # negatives in brackets rather than with a minus
    id_line: str  # "", "symbol" or "cusip": what is printed under the name of a trade
    four_places: bool  # prices always printed to four places
    plan: str  # "flat" or "per_share"
    flat: Decimal
    account_type: str

    @property
    def registered(self) -> bool:
        return self.account_type not in ("Cash account", "Margin account")


@dataclass(frozen=True)
class Holding:
    symbol: str
    name: str
    cusip: str
    quantity: Decimal
    price: Decimal
    book: Decimal


@dataclass
class Row:
    day: date
    currency: str
    kind: str  # "trade" or a cash kind of CODES
    activity: str  # the word of the sections and currency styles
    text: list[str]  # description paragraphs, wrapped when drawn
    amount: Decimal = Decimal(0)  # signed: cash in is positive
    settle: date | None = None
    quantity: str = ""
    price: str = ""
    commission: str = ""
    symbol: str = ""
    deal: Deal | None = None


@dataclass
class Statement:
    look: Look
    first: date
    last: date
    account: str
    fx: Decimal  # USD/CAD at the month end
    currencies: list[str]
    openings: dict[str, Decimal]
    holdings: dict[str, list[Holding]]
    rows: list[Row] = field(default_factory=list)
    paid: set[str] = field(default_factory=set)  # symbols whose dividend is booked this month
    symbols: set[str] = field(default_factory=set)  # every symbol printed: one security each

    def section(self, currency: str) -> list[Row]:
        """The currency's rows in date order (rows of a day in the order they were booked)."""
        return sorted((r for r in self.rows if r.currency == currency), key=lambda r: r.day)

    def closing(self, currency: str) -> Decimal:
        return self.openings[currency] + sum((r.amount for r in self.section(currency)), Decimal(0))


def build(rng: random.Random) -> Document:
    first, last = dates.month_of(dates.trade_day(rng))
    look = _look(rng, first)
    account = rng.choice(
        (
            f"{noise.digits(rng, 2)}{noise.letters(rng, 1)}-{noise.digits(rng, 5)}-{noise.digits(rng, 1)}",
            f"{noise.digits(rng, 3)}{noise.letters(rng, 3)}",
            f"{noise.letters(rng, 2)}{noise.digits(rng, 6)}{noise.letters(rng, 1)}",
        )
    )
    currencies = ["CAD", "USD"] if rng.random() < 0.75 else ["CAD"]
    used: set[str] = set()
    st = Statement(
        look,
        first,
        last,
        account,
        Decimal(rng.randint(12_900, 14_400)).scaleb(-4),
        currencies,
        {ccy: Decimal(rng.randint(300_00, 40_000_00)).scaleb(-2) for ccy in currencies},
        {
            ccy: [_holding(rng, ccy, used) for _ in range(rng.randint(3, 10) if ccy == "CAD" else rng.randint(2, 6))]
            for ccy in currencies
        },
        symbols=used,
    )
    _fill(rng, st)
    sheet = Sheet(
        title="Account statement",
        author=BROKER.legal_name,
        pagesize=landscape(LETTER) if look.template == "currency" else LETTER,
    )
    bottom, notes = sheet.height - 58, _notes(rng, st)
    target = rng.randint(2, 4)
    pages = _paginate(_blocks(st, notes, sheet.width), bottom)
    while len(pages) < target:
        _grow(rng, st)
        pages = _paginate(_blocks(st, notes, sheet.width), bottom)
    for ccy in currencies:  # a discount broker's client is not left overdrawn
        lowest = min(accumulate((r.amount for r in st.section(ccy)), initial=st.openings[ccy]))
        if lowest < 0:
            st.openings[ccy] += -lowest + Decimal(rng.randint(2, 300) * 10)
    pages = _paginate(_blocks(st, notes, sheet.width), bottom)  # the same breaks, with the new balances
    assert 2 <= len(pages) <= 4, len(pages)
    client = _client(rng)
    page_on_top = rng.random() < 0.5
    for number, placed in enumerate(pages, start=1):
        _header(sheet, st, number, len(pages), page_on_top)
        if number == 1:
            _first_page(sheet, rng, st, client)
        for y, draw in placed:
            draw(sheet, y)
        _footer(sheet, number, len(pages), page_on_top)
        if number < len(pages):
            sheet.next_page()
    deals = [row.deal for ccy in currencies for row in st.section(ccy) if row.deal is not None]
    if look.template == "currency":
        deals = [row.deal for row in sorted(st.rows, key=lambda r: r.day) if row.deal is not None]
    return Document(sheet.finish(), "statement", [deal.truth() for deal in deals])


def _look(rng: random.Random, first: date) -> Look:
    template = rng.choice(("sections", "currency", "codes"))
    words = {
        "sections": ("Bought", "Sold"),
        "currency": ("Buy", "Sell"),
        "codes": rng.choice((("BUY", "SLD"), ("BOT", "SLD"), ("BUY", "SELL"))),
    }[template]
    return Look(
        template=template,
        words=words,
        date_style=rng.choice(("iso", "iso", "mon", "dmy_mon", "us")),
        brackets=rng.random() < 0.5,
        id_line=rng.choice(("", "symbol", "cusip")) if template != "currency" else "",
        four_places=rng.random() < 0.35,
        plan=rng.choice(("flat", "flat", "per_share")),
        flat=Decimal(rng.choice(("9.99", "6.95", "4.95", "9.95"))),
        account_type=rng.choice(ACCOUNT_TYPES if first >= date(2023, 4, 1) else ACCOUNT_TYPES[:-1]),  # FHSAs opened
    )


def _day(day: date, style: str) -> str:
    if style == "mon":
        return f"{dates.MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return dates.fmt(day, style)


def _signed(look: Look, amount: Decimal) -> str:
    text = money.fmt(amount, decimals=2)
    if amount >= 0:
        return text
    return f"({text})" if look.brackets else f"-{text}"


def _security(rng: random.Random, currency: str, used: set[str]) -> tuple[str, str, str]:
    """(name as the broker's security master spells it, symbol, CUSIP), of a symbol not yet printed."""
    while True:
        name, symbol, cusip = _draw_security(rng, currency)
        if symbol not in used:
            used.add(symbol)
            return name, symbol, cusip


def _draw_security(rng: random.Random, currency: str) -> tuple[str, str, str]:
    if currency == "USD":
        security = securities.equity(rng, "US")
        assert security.cusip and security.ticker
        return security.upper_name, security.ticker, security.cusip
    root = rng.choice(_ROOTS)
    roll = rng.random()
    if roll < 0.25:
        name = f"{root} {rng.choice(_ETF_THEMES)}".upper()
        symbol = "".join(w[0] for w in root.split()).upper() + noise.letters(rng, rng.choice((1, 2)))
    elif roll < 0.4:
        name = f"{root} Real Estate Investment Trust Units".upper()
        symbol = (root[:2] + "R").upper() + ".UN"
    else:
        sector = rng.choice(_SECTORS)
        name = f"{root} {sector} {rng.choice(('Inc', 'Corp', 'Ltd'))}".upper()
        name += rng.choice(("", "", " COM", " CL A SUB VTG", " COMMON SHARES"))
        symbol = (root.replace(" ", "")[:2] + sector[0]).upper()
    return name, symbol, identifiers.cusip(rng)


def _price(rng: random.Random) -> Decimal:
    return trades.price(rng, decimals=rng.choice((2, 2, 3, 4)), whole_digits=rng.choice((1, 1, 2, 2, 2, 3)))


def _shares(rng: random.Random) -> Decimal:
    roll = rng.random()
    if roll < 0.35:
        return Decimal(rng.randint(1, 99))
    if roll < 0.75:
        return Decimal(rng.randint(1, 30) * 10)
    return Decimal(rng.randint(1, 40) * 100)


def _holding(rng: random.Random, currency: str, used: set[str]) -> Holding:
    name, symbol, cusip = _security(rng, currency, used)
    quantity, price, value = trades.draw(rng, currency, _shares, _price, minimum=Decimal(400), maximum=Decimal(90_000))
    book = money.to_money(value * Decimal(rng.randint(70, 135)) / 100, currency)
    return Holding(symbol, name, cusip, quantity, price, book)


def _fill(rng: random.Random, st: Statement) -> None:
    """2 to 6 trades, some in U.S. dollars, among more cash rows than trades."""
    count = rng.randint(2, 6)
    in_usd = rng.randint(1, count - 1) if "USD" in st.currencies else 0
    for index in range(count):
        _trade(rng, st, "USD" if index < in_usd else "CAD")
    kinds = ["div", "int", *rng.sample(("div", "in", "out", "fee", "div", "tfr", "jnl"), k=rng.randint(1, 4))]
    kinds += ["div"] * max(0, count + 1 - sum(k in ("div", "int", "in", "out", "fee") for k in kinds))
    for kind in kinds:
        _cash(rng, st, "USD" if kind == "div" and in_usd and rng.random() < 0.4 else "CAD", kind)
    if in_usd and rng.random() < 0.5:
        _cash(rng, st, "USD", "int")
    if "USD" in st.currencies:
        _cash(rng, st, "CAD", rng.choice(("fx", "fx", "jnl")))


def _grow(rng: random.Random, st: Statement) -> None:
    """One more event of a busier month: a holding that pays a dividend, a trade, a contribution or a transfer."""
    count = {kind: sum(r.kind == kind for r in st.rows) for kind in ("trade", "in", "out", "tfr")}
    cash = sum(r.kind in ("div", "int", "in", "out", "fee") for r in st.rows)
    ccy = rng.choice(st.currencies)
    roll = rng.random()
    if roll < 0.3 and cash - count["trade"] >= 2:
        _trade(rng, st, ccy)
    elif roll < 0.45 and count["in"] < 4:
        _cash(rng, st, "CAD", "in")
    elif roll < 0.5 and count["out"] < 2:
        _cash(rng, st, "CAD", "out")
    elif roll < 0.55 and count["tfr"] < 2:
        _cash(rng, st, ccy, "tfr")
    else:
        st.holdings[ccy].append(_holding(rng, ccy, st.symbols))
        _cash(rng, st, ccy, "div")


def _trade(rng: random.Random, st: Statement, currency: str) -> None:
    look = st.look
    side = trades.side(rng)
    held = st.holdings[currency]
    if side == "SELL" and len(held) > 1 and rng.random() < 0.7:  # a holding sold in whole, near its month-end price
        h = held.pop(rng.randrange(len(held)))
        name, symbol, cusip, q = h.name, h.symbol, h.cusip, h.quantity
        places = max(2, -h.price.as_tuple().exponent)  # type: ignore[operator]
        p = money.places(h.price * Decimal(rng.randint(92, 108)) / 100, places)
        gross = money.gross_of(q, p, currency)
    else:
        name, symbol, cusip = _security(rng, currency, st.symbols)
        most = Decimal(60_000 if look.registered else 250_000)
        q, p, gross = trades.draw(rng, currency, _shares, _price, minimum=Decimal(250), maximum=most)
    if look.four_places:
        p = money.places(p, 4)
    day = dates.weekday_in(rng, st.first, st.last)
    settle = dates.add_business_days(day, dates.settlement_lag(rng, day, market="CA"))
    commission = look.flat
    if look.plan == "per_share":
        commission = min(max(q * Decimal("0.01"), Decimal("4.95")), Decimal("9.95")).quantize(Decimal("0.01"))
    charges = [Charge(COMMISSION, "Commission", commission)]
    if currency == "USD" and side == "SELL":
        charges.append(Charge(FEE, "SEC fee", trades.sec_fee(gross, day)))
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
        cusip=cusip if look.id_line == "cusip" else None,
        ticker=symbol if look.id_line == "symbol" or look.template == "currency" else None,
    )
    if side == "BUY":  # bought this month, valued at the month-end price
        more = _shares(rng) * rng.choice((0, 0, 1))
        end = money.places(p * Decimal(rng.randint(88, 112)) / 100, 2)
        held.append(Holding(symbol, name, cusip, q + more, end, deal.net_amount + money.to_money(more * p, currency)))
    text = [name]
    extra = {"symbol": f"Symbol: {symbol}", "cusip": f"CUSIP {cusip}", "": ""}[look.id_line]
    sec = deal.fees
    if look.template == "codes":
        parts = [f"Settles {_day(settle, look.date_style)}", f"Comm {money.fmt(commission)}"]
        parts += [f"SEC fee {money.fmt(sec)}"] if sec is not None else []
        text += [" ".join(part for part in (extra, *parts) if part)]
    else:
        text += [extra] if extra else []
        text += [f"Incl. SEC fee {currency} {money.fmt(sec)}"] if sec is not None else []
    st.rows.append(
        Row(
            day,
            currency,
            "trade",
            look.words[0] if deal.is_buy else look.words[1],
            text,
            -deal.net_amount if deal.is_buy else deal.net_amount,
            settle,
            money.fmt(q),
            money.fmt(p),
            money.fmt(commission),
            symbol,
            deal,
        )
    )


def _cash(rng: random.Random, st: Statement, currency: str, kind: str) -> None:
    """One cash event: a row, a dividend with the tax withheld on it, or a conversion booked on both sides."""
    look, day = st.look, dates.weekday_in(rng, st.first, st.last)

    def add(ccy: str, kind: str, word: str, text: str, amount: Decimal, **extra: object) -> None:
        st.rows.append(Row(day, ccy, kind, word, [text], amount, **extra))  # type: ignore[arg-type]

    unpaid = [h for h in st.holdings[currency] if h.symbol not in st.paid]
    if kind == "div" and not unpaid:  # every holding has paid: a pre-authorized contribution instead
        kind = "in"
    if kind == "div":
        h = rng.choice(unpaid)
        st.paid.add(h.symbol)
        rate = Decimal(rng.randint(30, 1_500)).scaleb(-3 if rng.random() < 0.5 else -4)  # a month or a quarter
        amount = money.to_money(h.quantity * rate, currency)
        record = _day(day - timedelta(days=rng.randint(8, 24)), look.date_style)
        text = f"Cash Dividend {h.name} {money.fmt(h.quantity)} shs @ {rate}, record {record}"
        add(currency, "div", "Dividend", text, max(amount, Decimal("0.01")), symbol=h.symbol)
        if currency == "USD" and look.account_type != "Self-directed RRSP":
            tax = money.to_money(max(amount, Decimal("0.01")) * Decimal("0.15"), "USD")
            add(currency, "nrt", "Tax withheld", f"U.S. Non-Resident Tax 15% {h.name}", -tax, symbol=h.symbol)
    elif kind == "int":
        rate = Decimal(rng.randint(25, 325)).scaleb(-2)
        span = f"{_day(st.first, look.date_style)} to {_day(st.last, look.date_style)}"
        amount = max(money.to_money(st.openings[currency] * rate / 1200, currency), Decimal("0.01"))
        st.rows.append(Row(st.last, currency, "int", "Interest", [f"Credit Interest {span} @ {rate}%"], amount))
    elif kind == "in":
        word = "Contribution" if look.registered else "Deposit"
        text = f"EFT Deposit from bank ****{noise.digits(rng, 4)}, ref {noise.letters(rng, 2)}{noise.digits(rng, 6)}"
        if look.registered:
            text = f"{look.account_type} Contribution, {text}"
        add(currency, "in", word, text, Decimal(rng.randint(10, 700) * 10))
    elif kind == "out":
        add(
            currency,
            "out",
            "Withdrawal",
            f"EFT Withdrawal to bank ****{noise.digits(rng, 4)}",
            -Decimal(rng.randint(10, 400) * 10),
        )
    elif kind == "fee":
        text = rng.choice(
            (
                f"Quarterly Fee {look.account_type} administration incl. HST 13%",
                "Annual Fee registered plan incl. HST 13%" if look.registered else "Inactive account Fee incl. HST 13%",
                "Paper statement Fee",
            )
        )
        add(currency, "fee", "Fee", text, -Decimal(rng.choice(("2.00", "28.25", "56.50", "113.00"))))
    elif kind == "tfr":
        name, symbol, _ = _security(rng, currency, st.symbols)
        quantity = money.fmt(_shares(rng))
        text = f"Transfer in from another institution {name}"
        add(currency, "tfr", "Transfer in", text, Decimal(0), quantity=quantity, symbol=symbol)
    elif kind in ("fx", "jnl") and "USD" in st.currencies:
        usd = Decimal(rng.randint(5, 300) * 100)
        rate = Decimal(rng.randint(13_000, 14_200)).scaleb(-4)
        cad = money.to_money(usd * rate, "CAD")
        if kind == "fx":
            text = f"Currency conversion CAD to USD @ {rate}"
            add("CAD", "fx", "FX conversion", text, -cad)
            add("USD", "fx", "FX conversion", f"Currency conversion from CAD @ {rate}", usd)
        else:
            add("CAD", "jnl", "Journal", f"Journal to U.S. dollar account @ {rate}", -cad)
            add("USD", "jnl", "Journal", f"Journal from Canadian dollar account @ {rate}", usd)


# ---- layout of the pages ------------------------------------------------------------------------------------

Draw = Callable[[Sheet, float], None]


@dataclass(frozen=True)
class Block:
    height: float
    draw: Draw


@dataclass(frozen=True)
class Table:
    """A titled table whose headings repeat on every page it runs onto."""

    title: str
    heads: Block
    rows: list[Block]


def _paginate(blocks: list[Block | Table], bottom: float) -> list[list[tuple[float, Draw]]]:
    pages: list[list[tuple[float, Draw]]] = [[]]
    y = FIRST_TOP

    def place(block: Block) -> None:
        nonlocal y
        pages[-1].append((y, block.draw))
        y += block.height

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = TOP

    def title(text: str) -> Block:
        return Block(15, lambda sheet, at: sheet.text(LEFT, at, text, font="Helvetica-Bold", size=9))

    for block in blocks:
        if isinstance(block, Block):
            if y + block.height > bottom:
                new_page()
            place(block)
            continue
        if y + 15 + block.heads.height + block.rows[0].height > bottom:
            new_page()
        place(title(block.title))
        place(block.heads)
        for row in block.rows:
            if y + row.height > bottom:
                new_page()
                place(title(f"{block.title} (continued)"))
                place(block.heads)
            place(row)
        y += 12
    return pages


def _columns(look: Look, width: float) -> list[tuple[str, str, float, bool]]:
    """(key, heading, width, right-aligned) from left to right."""
    if look.template == "sections":
        spec = [("date", "Date", 52), ("settle", "Settlement", 52), ("act", "Activity", 48), ("desc", "Description", 0)]
        spec += [("qty", "Quantity", 46), ("price", "Price", 46), ("comm", "Commission", 50)]
        spec += [("net", "Net amount", 58), ("bal", "Balance", 60)]
    elif look.template == "currency":
        spec = [("date", "Trade date", 58), ("settle", "Settle date", 58), ("act", "Activity", 64)]
        spec += [("sym", "Symbol", 44), ("desc", "Description", 0), ("ccy", "Currency", 38)]
        spec += [("qty", "Quantity", 56), ("price", "Price", 56), ("comm", "Commission", 50), ("net", "Net amount", 70)]
    else:
        spec = [("date", "Date", 54), ("act", "Code", 32), ("desc", "Description", 0), ("qty", "Quantity", 52)]
        spec += [("price", "Price", 52), ("net", "Amount", 64), ("bal", "Balance", 66)]
    rest = width - 2 * LEFT - sum(w for _, _, w in spec)
    right = {"qty", "price", "comm", "net", "bal"}
    return [(key, head, w or rest, key in right) for key, head, w in spec]


def _table_row(
    look: Look, columns: list[tuple[str, str, float, bool]], cells: dict[str, list[str]], *, bold: bool = False
) -> Block:
    lines = max(len(v) for v in cells.values())
    font = "Helvetica-Bold" if bold else "Helvetica"

    def draw(sheet: Sheet, y: float) -> None:
        x = LEFT
        for key, _, width, right in columns:
            for i, line in enumerate(cells.get(key, [])):
                if right:
                    sheet.right(x + width - 2, y + LEAD * i, line, font=font, size=SIZE)
                else:
                    sheet.text(x + 2, y + LEAD * i, line, font=font, size=SIZE)
            x += width
        sheet.rule(LEFT, y + LEAD * (lines - 1) + PAD - 0.5, x, weight=0.15)

    return Block(LEAD * lines + PAD, draw)


def _heads(columns: list[tuple[str, str, float, bool]]) -> Block:
    def draw(sheet: Sheet, y: float) -> None:
        total = sum(w for _, _, w, _ in columns)
        sheet.box(LEFT, y - 8, total, 12, fill=0.88)
        x = LEFT
        for _, head, width, right in columns:
            (sheet.right if right else sheet.text)(
                x + width - 2 if right else x + 2, y, head, font="Helvetica-Bold", size=SIZE
            )
            x += width

    return Block(13, draw)


def _wrap(text: list[str], width: float) -> list[str]:
    return [line for part in text for line in simpleSplit(part, "Helvetica", SIZE, width - 4)]


def _activity_cells(
    look: Look, columns: list[tuple[str, str, float, bool]], row: Row, balance: Decimal
) -> dict[str, list[str]]:
    desc_width = next(w for key, _, w, _ in columns if key == "desc")
    cells = {
        "date": [_day(row.day, look.date_style)],
        "settle": [_day(row.settle or row.day, look.date_style)],
        "act": [row.activity],
        "desc": _wrap(row.text, desc_width),
        "sym": [row.symbol],
        "ccy": [row.currency],
        "qty": [row.quantity],
        "price": [row.price],
        "comm": [row.commission],
        "net": [_signed(look, row.amount) if row.kind != "tfr" else ""],
        "bal": [_signed(look, balance)],
    }
    if look.template == "codes" and row.deal is None:
        cells["act"] = ["DEP" if row.activity == "Deposit" else CODES[row.kind]]
    return cells


def _blocks(st: Statement, notes: list[str], width: float) -> list[Block | Table]:
    look = st.look
    columns = _columns(look, width)
    blocks: list[Block | Table] = []
    names = {"CAD": "Canadian dollar", "USD": "U.S. dollar"}
    if look.template == "currency":
        blocks.append(_holdings(st, st.currencies, width, "Holdings"))
        rows = [
            _table_row(look, columns, _activity_cells(look, columns, r, Decimal(0)))
            for r in sorted(st.rows, key=lambda r: r.day)
        ]
        blocks.append(
            Table(f"Account activity {_day(st.first, 'long')} to {_day(st.last, 'long')}", _heads(columns), rows)
        )
    else:
        for ccy in st.currencies:
            blocks.append(_holdings(st, [ccy], width, f"{names[ccy]} holdings ({ccy})"))
        for ccy in st.currencies:
            balance = st.openings[ccy]
            opening = {
                "desc": ["Opening balance"],
                "date": [_day(st.first, look.date_style)],
                "bal": [_signed(look, balance)],
            }
            rows = [_table_row(look, columns, opening, bold=True)]
            for r in st.section(ccy):
                balance += r.amount
                rows.append(_table_row(look, columns, _activity_cells(look, columns, r, balance)))
            closing = {
                "desc": ["Closing balance"],
                "date": [_day(st.last, look.date_style)],
                "bal": [_signed(look, balance)],
            }
            rows.append(_table_row(look, columns, closing, bold=True))
            blocks.append(Table(f"{names[ccy]} account activity ({ccy})", _heads(columns), rows))
    blocks.append(_notes_block(notes, width))
    return blocks


def _holdings(st: Statement, currencies: list[str], width: float, title: str) -> Table:
    look = st.look
    spec = [("sym", "Symbol", 52, False), ("desc", "Security description", 0, False)]
    spec += [("ccy", "Currency", 40, False)] if len(currencies) > 1 or look.template == "currency" else []
    spec += [("qty", "Quantity", 56, True), ("price", f"Price {_day(st.last, look.date_style)}", 70, True)]
    spec += [("book", "Book cost", 70, True), ("mv", "Market value", 72, True)]
    rest = width - 2 * LEFT - sum(w for *_, w, _ in spec)
    columns = [(k, h, w or rest, r) for k, h, w, r in spec]
    rows = []
    for ccy in currencies:
        for h in st.holdings[ccy]:
            value = money.to_money(h.quantity * h.price, ccy)
            cells = {"sym": [h.symbol], "desc": _wrap([h.name], rest), "ccy": [ccy], "qty": [money.fmt(h.quantity)]}
            cells |= {
                "price": [money.fmt(h.price)],
                "book": [money.fmt(h.book, decimals=2)],
                "mv": [money.fmt(value, decimals=2)],
            }
            rows.append(_table_row(look, columns, cells))
    return Table(title, _heads(columns), rows)


def _notes_block(notes: list[str], width: float) -> Block:
    """The important information, kept together on one page."""
    inner = width - 2 * LEFT
    height = sum(len(simpleSplit(note, "Helvetica", 6.4, inner)) * 8.2 + 3 for note in notes)

    def draw(sheet: Sheet, y: float) -> None:
        for note in notes:
            y = sheet.paragraph(LEFT, y, inner, note, size=6.4, leading=8.2) + 3

    return Block(height, draw)


def _notes(rng: random.Random, st: Statement) -> list[str]:
    style = st.look.date_style
    year = st.last.year
    notes = [
        "IMPORTANT INFORMATION ABOUT YOUR ACCOUNT",
        f"Please review this statement carefully. If you find an error or omission, notify us in writing within "
        f"{rng.choice((30, 45, 60))} days of {_day(st.last, style)}; otherwise the statement will be considered "
        f"correct. Call {BROKER.phone} (Monday to Friday, 8:00 a.m. to 8:00 p.m. ET) or write to us at the address "
        f"above.",
        "Transactions are shown on the trade date. Trades in Canadian and U.S. listed securities settle "
        + (
            "one business day after the trade date (T+1) since May 27, 2024 (U.S.: May 28, 2024)."
            if st.last >= date(2024, 5, 27)
            else "two business days after the trade date (T+2); the move to T+1 is planned for May 2024."
        ),
        f"Book cost is the total amount paid for a security, including commissions, adjusted for reinvested "
        f"distributions, returns of capital and corporate actions. U.S. dollar values are converted at "
        f"USD/CAD {st.fx} as at {_day(st.last, style)}.",
        f"Interest on Canadian dollar credit balances is paid at {noise.scaled(rng, 25, 275, 2)}% on balances over "
        f"$1,000 and on U.S. dollar balances at {noise.scaled(rng, 25, 325, 2)}%; rates may change without notice.",
        f"Free credit balances are not segregated and may be used in the conduct of our business; they are payable "
        f"on demand. {BROKER.legal_name} is a member of the Canadian Investor Protection Fund and of the Canadian "
        f"Investment Regulatory Organization (CIRO). GST/HST registration no. {BUSINESS_NUMBER}.",
        f"Tax slips (T5, T5008, NR4) for {year} will be mailed by the end of February {year + 1}. Contribution "
        f"receipts for the first 60 days of {year + 1} are issued separately.",
    ]
    if st.look.registered:
        notes.append(
            f"Your {st.look.account_type} contribution room is not tracked by us; check your Notice of Assessment. "
            f"Over-contributions are taxed at 1% per month."
        )
    return notes[:1] + rng.sample(notes[1:], k=rng.randint(3, len(notes) - 1))


# ---- page furniture -------------------------------------------------------------------------------------------


def _client(rng: random.Random) -> noise.Client:
    city, province, post = rng.choice(_PLACES)
    street = f"{rng.randint(2, 980)} {rng.choice(_STREETS)}"
    if rng.random() < 0.3:
        street = f"{rng.randint(101, 2404)}-{street}"
    return noise.Client(
        noise.person(rng, institutions=False).upper(), (street.upper(), f"{city.upper()} {province}  {post}")
    )


def _header(sheet: Sheet, st: Statement, number: int, total: int, page_on_top: bool) -> None:
    right = sheet.width - LEFT
    span = f"{_day(st.first, 'long')} to {_day(st.last, 'long')}"
    sheet.text(LEFT, 40, BROKER.brand, font="Helvetica-Bold", size=15 if number == 1 else 11)
    sheet.text(LEFT, 51, f"{BROKER.legal_name}  |  {BROKER.address[0]}, {BROKER.address[1]}", size=6.5)
    sheet.right(right, 36, "INVESTMENT ACCOUNT STATEMENT", font="Helvetica-Bold", size=10)
    sheet.right(right, 47, span, size=7.5)
    sheet.right(right, 57, f"{st.look.account_type}  Account no. {st.account}", size=7.5)
    if page_on_top:
        sheet.right(right, 67, f"Page {number} of {total}", size=7.5)
    sheet.rule(LEFT, 71, right, weight=0.9)


def _footer(sheet: Sheet, number: int, total: int, page_on_top: bool) -> None:
    right, base = sheet.width - LEFT, sheet.height - 40
    sheet.rule(LEFT, base - 9, right, weight=0.4)
    sheet.text(
        LEFT, base, f"{BROKER.legal_name}, Member - Canadian Investor Protection Fund. Regulated by CIRO.", size=6
    )
    sheet.text(LEFT, base + 8, f"Client services {BROKER.phone}  |  Quebec 1-866-555-0168  |  {BROKER.web}", size=6)
    if not page_on_top:
        sheet.right(right, base, f"Page {number} of {total}", font="Helvetica-Bold", size=7)


def _first_page(sheet: Sheet, rng: random.Random, st: Statement, client: noise.Client) -> None:
    look = st.look
    sheet.lines(LEFT, 92, [client.name, *client.address], leading=11, size=9)
    sheet.text(LEFT, 140, f"Statement date {_day(st.last, look.date_style)}   Client ID {noise.digits(rng, 8)}", size=7)
    if look.registered:
        plan = f"Plan no. {noise.digits(rng, 3)}-{noise.digits(rng, 6)}   Trustee: Maplewick Trust Company"
        sheet.text(LEFT, 149, plan, size=7)
    right = sheet.width - LEFT
    x = right - 250
    sheet.text(x, 88, "ACCOUNT SUMMARY", font="Helvetica-Bold", size=8)
    y = 99.0
    total = Decimal(0)
    for ccy in st.currencies:
        value = sum((money.to_money(h.quantity * h.price, ccy) for h in st.holdings[ccy]), Decimal(0))
        cash = st.closing(ccy)
        lines = [(f"Opening cash balance ({ccy})", st.openings[ccy]), (f"Closing cash balance ({ccy})", cash)]
        lines += [(f"Market value of securities ({ccy})", value)]
        for label, amount in lines:
            sheet.text(x, y, label, size=7)
            sheet.right(right, y, _signed(look, amount), size=7)
            y += 9
        total += (value + cash) * (st.fx if ccy == "USD" else 1)
        y += 3
    label = "Total account value (CAD)" + (f" at USD/CAD {st.fx}" if "USD" in st.currencies else "")
    sheet.text(x, y, label, font="Helvetica-Bold", size=7)
    sheet.right(right, y, _signed(look, money.to_money(total, "CAD")), font="Helvetica-Bold", size=7)
    sheet.rule(LEFT, FIRST_TOP - 20, right, weight=0.4)


LAYOUT = Layout(
    name="ca_discount_statement",
    kind="pdf",
    heldout=False,
    build=build,
    description="Canadian discount broker monthly statement, 2-4 pages: CAD and USD sides, holdings, activity codes",
)
