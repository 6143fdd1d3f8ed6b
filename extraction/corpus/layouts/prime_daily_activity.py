"""Prime daily activity: a US or Canadian prime broker's daily activity statement for a hedge fund, 2 to 4 pages.

Page 1 is a cover: the fund, its investment manager, the statement date and a table of the fund's sub-accounts
(one to three) with opening and closing cash, net trade and cash activity, long and short market values and
equity: numbers that are not trades. Each sub-account then has three sections in a house order: a "Trade
activity" or "Purchases and sales" table (one row per execution: trade date, settle date, buy, sell, short sale
or buy to cover, quantity, symbol, CUSIP, a description that wraps onto a second line, price to four to six
places, principal, commission, SEC fee, other fees, net amount, executing broker code and a note code) closed by
purchase and sale subtotals; a cash activity table that is not trades (dividends received and charged on short
positions, credit and debit interest, short rebates, stock borrow fees, journals between sub-accounts, wires,
platform fees); and the positions at the close (long and short quantities, closing prices and market values).
Tables run on across pages under a "(continued)" title with their column headings repeated, a page that breaks
inside a table ends with "Continued on next page", and "Page n of m" is in the header or the footer. The last
page holds the legend of codes (activity codes, note codes, executing broker codes and names) and disclosures
full of rates, dates and numbers.

Two house styles: landscape, one line per execution with two-line column headings; portrait, stacked rows where
each column pair holds two values (trade date over settle date, activity over executing broker, symbol over
CUSIP, commission over SEC fee, other fees over the note code). Activity words are Bought/Sold/Sold Short/Bought
to Cover, Buy/Sell/Short Sale/Buy to Cover, BUY/SELL/SHORT/COVER or the codes B/S/SS/BC. Dates are month first
(03/14/2025 or 03/14/25); negatives (buys' net amounts, debit balances, short positions) in parentheses; sells'
quantities in parentheses on some statements; zero charges printed as 0.00 or as a dash (the truth keeps 0.00).
US sales carry the SEC fee and the FINRA TAF (in other fees, with a per-share clearing fee on some statements);
Canadian dollar trades of a Canadian prime broker carry no SEC fee and a small regulatory fee.

Truth: side BUY for buys and buys to cover, SELL for sales and short sales; the account is the sub-account
number of the section the row is in; the symbol is the ticker; no ISIN, no trade reference (none is printed).
The counterparty is the prime broker that issued the statement, not the executing broker of the row: the
executing brokers are printed only as codes (named in the legend) and give the trades up to the prime broker,
which clears and settles every one of them with the fund, and the contract defines the counterparty as the
broker that issued the document.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.utils import simpleSplit

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

FONT, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, LEAD, HEAD = 6.5, 8.6, 7.6
MAX_PAGES = 4  # the corpus tests hold PDF statements to two to four pages


@dataclass(frozen=True)
class Firm:
    legal_name: str
    brand: str
    desk: str
    address: tuple[str, str]
    phone: str
    email: str
    region: str  # "US" or "CA"
    code: str  # its own executing broker code
    accounts: str  # the shape of its account numbers


FIRMS = (
    Firm(
        "Harrowgate Prime Services LLC",
        "HARROWGATE",
        "Prime Services",
        ("1 Harrowgate Plaza, 22nd Floor", "New York, NY 10041"),
        "(212) 555-0163",
        "prime.clientservice@harrowgate.example.com",
        "US",
        "HGPS",
        "dashed",
    ),
    Firm(
        "Calloway Brandt Clearing Corp.",
        "CALLOWAY BRANDT",
        "Institutional Clearing & Prime Brokerage",
        ("10 Exchange Terrace, Suite 1400", "Jersey City, NJ 07311"),
        "(201) 555-0148",
        "pbops@callowaybrandt.example.com",
        "US",
        "CBCC",
        "lettered",
    ),
    Firm(
        "Beaumont Laurier Securities Inc.",
        "BEAUMONT LAURIER",
        "Prime Brokerage Services",
        ("181 Front Street West, Suite 3100", "Toronto, Ontario  M5J 2X4"),
        "(416) 555-0126",
        "primeservices@beaumontlaurier.example.ca",
        "CA",
        "BLSI",
        "currency",
    ),
    Firm(
        "Pembrook Fraser Capital Markets Ltd.",
        "PEMBROOK FRASER",
        "Prime Services Group",
        ("1250 boul. Rene-Levesque Ouest, bureau 2600", "Montreal, Quebec  H3B 4W9"),
        "(514) 555-0171",
        "pbclientservice@pembrookfraser.example.ca",
        "CA",
        "PFCM",
        "currency",
    ),
)
EXEC_BROKERS = (
    ("KSTX", "Kestova Securities LLC"),
    ("WXMR", "Wexmoor Execution Services LLC"),
    ("TRVN", "Trevane & Co."),
    ("ASHG", "Ashgrove Markets LP"),
    ("DNMR", "Dunmore Agency Brokerage Inc."),
    ("VNTL", "Vantrell Capital LLC"),
    ("GLNR", "Glenroth Electronic Trading LLC"),
    ("CRVN", "Corvina Valeurs Mobilieres Inc."),
    ("FLKR", "Falkenrath Block Trading LP"),
)
NOTE_CODES = (
    ("AO", "As-of trade: trade date earlier than the statement date"),
    ("AP", "Average price execution across several fills"),
    ("GU", "Given up by the executing broker to the prime broker"),
    ("PR", "Executing broker acted as principal"),
)
LABEL_SETS = {
    "past": {"buy": "Bought", "sell": "Sold", "short": "Sold Short", "cover": "Bought to Cover"},
    "plain": {"buy": "Buy", "sell": "Sell", "short": "Short Sale", "cover": "Buy to Cover"},
    "upper": {"buy": "BUY", "sell": "SELL", "short": "SHORT", "cover": "COVER"},
    "codes": {"buy": "B", "sell": "S", "short": "SS", "cover": "BC"},
}
LABEL_MEANINGS = {
    "buy": "Purchase of a security (long)",
    "sell": "Sale of a security held long",
    "short": "Short sale: sale of a borrowed security, locate on file under Regulation SHO",
    "cover": "Purchase to close all or part of a short position",
}
# cash activity types whose printed word the corpus tests count as statement activity
COUNTED_TYPES = ("Dividend", "Interest", "Fee")
_FUND_ROOTS = (
    "Ravensholt",
    "Copperleaf",
    "Glenavon",
    "Wyncote",
    "Tamarack",
    "Inverlay",
    "Stellan",
    "Orrindale",
    "Fenwick Hill",
    "Pellister",
    "Northmere",
    "Ashcairn",
)
_FUND_THEMES = (
    "Global Opportunities",
    "Long/Short Equity",
    "Event Driven",
    "Market Neutral",
    "Special Situations",
    "Absolute Return",
    "Catalyst",
)
_FUND_FORMS = ("Master Fund Ltd", "Fund LP", "Master Fund LP", "Offshore Fund Ltd", "Partners LP")
_PLACES = {
    "US": (
        ("Greenwich, CT 06830", "Steamboat Road"),
        ("Stamford, CT 06901", "Atlantic Street"),
        ("Boston, MA 02110", "Federal Street"),
        ("Chicago, IL 60606", "Wacker Drive"),
        ("Dallas, TX 75201", "Ross Avenue"),
        ("New York, NY 10022", "Madison Avenue"),
    ),
    "CA": (
        ("Toronto, Ontario  M5H 2Y4", "Adelaide Street West"),
        ("Calgary, Alberta  T2P 3N9", "5th Avenue SW"),
        ("Vancouver, British Columbia  V6C 3E8", "West Georgia Street"),
        ("Montreal, Quebec  H3A 3G4", "rue Sherbrooke Ouest"),
    ),
}
STRATEGIES = ("LONG/SHORT EQUITY", "EVENT DRIVEN", "STAT ARB", "MERGER ARB", "HEDGE OVERLAY", "CORE LONG")


@dataclass(frozen=True)
class Look:
    wide: bool  # landscape, one line per execution; else portrait with stacked rows
    label_set: str
    price_places: int
    zero_dash: bool  # zero charges printed as "-"
    negative_sells: bool  # sells' quantities in parentheses
    trade_title: str
    cash_title: str
    position_title: str
    order: tuple[str, ...]
    cover_break: bool  # the first sub-account starts on page 2
    page_in_header: bool
    date_style: str
    upper: bool  # section titles in capitals
    clearing_fee: Decimal  # per share on every US trade, in other fees; 0 for none

    @property
    def labels(self) -> dict[str, str]:
        return LABEL_SETS[self.label_set]

    def title(self, text: str) -> str:
        return text.upper() if self.upper else text


@dataclass
class TradeRow:
    deal: Deal
    kind: str  # buy, sell, short, cover
    desc: list[str]
    broker: str
    note: str
    sec: Decimal
    other: Decimal

    @property
    def signed_net(self) -> Decimal:
        return self.deal.net_amount if not self.deal.is_buy else -self.deal.net_amount


@dataclass
class CashRow:
    day: date
    type: str
    desc: str
    symbol: str
    quantity: Decimal | None
    rate: str
    amount: Decimal


@dataclass
class Position:
    security: securities.Security
    quantity: Decimal  # negative when short
    price: Decimal
    desc: str = ""

    @property
    def value(self) -> Decimal:
        return money.to_money(self.quantity * self.price, "USD")


@dataclass
class Account:
    number: str
    title: str
    currency: str
    market: str  # "US" or "CA": where its securities trade
    opening: Decimal
    trades: list[TradeRow] = field(default_factory=list)
    cash: list[CashRow] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)

    @property
    def net_trades(self) -> Decimal:
        return sum((row.signed_net for row in self.trades), Decimal(0))

    @property
    def net_cash(self) -> Decimal:
        return sum((row.amount for row in self.cash), Decimal(0))

    @property
    def closing(self) -> Decimal:
        return self.opening + self.net_trades + self.net_cash

    @property
    def long_value(self) -> Decimal:
        return sum((p.value for p in self.positions if p.quantity > 0), Decimal(0))

    @property
    def short_value(self) -> Decimal:
        return sum((p.value for p in self.positions if p.quantity < 0), Decimal(0))

    @property
    def equity(self) -> Decimal:
        return self.closing + self.long_value + self.short_value


@dataclass
class Statement:
    firm: Firm
    look: Look
    day: date
    fund: str
    manager: str
    address: tuple[str, ...]
    relationship: str
    accounts: list[Account]
    brokers: dict[str, str]
    fx: Decimal
    notes: list[str]


# ---- the statement's content ---------------------------------------------------------------------------------


def build(rng: random.Random) -> Document:
    firm = rng.choice(FIRMS)
    look = _look(rng)
    day = dates.trade_day(rng)
    st = _statement(rng, firm, look, day)
    size = landscape(LETTER) if look.wide else LETTER
    while True:
        pages = _paginate(st, size)
        if len(pages) <= MAX_PAGES:
            break
        _shrink(rng, st)
    assert 2 <= len(pages) <= MAX_PAGES, len(pages)
    assert _counted_lines(st) > sum(len(a.trades) for a in st.accounts)
    sheet = Sheet(title=f"Daily Activity Statement {dates.fmt(day, 'iso')}", author=firm.legal_name, pagesize=size)
    for number, placed in enumerate(pages, start=1):
        _page_header(sheet, st, number, len(pages))
        for y, draw in placed:
            draw(sheet, y)
        _footer(sheet, st, number, len(pages))
        if number < len(pages):
            sheet.next_page()
    truth = [row.deal.truth() for account in st.accounts for row in account.trades]
    return Document(sheet.finish(), "statement", truth)


def _look(rng: random.Random) -> Look:
    wide = rng.random() < 0.55
    return Look(
        wide=wide,
        label_set=rng.choice(tuple(LABEL_SETS)),
        price_places=rng.choice((4, 4, 5, 6, 6)),
        zero_dash=rng.random() < 0.35,
        negative_sells=rng.random() < 0.35,
        trade_title=rng.choice(("Trade activity", "Purchases and sales", "Trade activity - trade date basis")),
        cash_title=rng.choice(("Cash activity", "Other cash activity", "Income, expenses and cash movements")),
        position_title=rng.choice(("Positions", "Security positions at close", "Positions and market values")),
        order=rng.choice(
            (
                ("trades", "cash", "positions"),
                ("trades", "positions", "cash"),
                ("positions", "trades", "cash"),
                ("cash", "trades", "positions"),
            )
        ),
        cover_break=rng.random() < 0.5,
        page_in_header=rng.random() < 0.5,
        date_style=rng.choice(("us", "us", "us", "us2")),
        upper=rng.random() < 0.5,
        clearing_fee=rng.choice((Decimal(0), Decimal(0), Decimal("0.0001"), Decimal("0.00025"))),
    )


def _statement(rng: random.Random, firm: Firm, look: Look, day: date) -> Statement:
    root = rng.choice(_FUND_ROOTS)
    fund = f"{root} {rng.choice(_FUND_THEMES)} {rng.choice(_FUND_FORMS)}"
    manager = f"{root} {rng.choice(('Capital Management LP', 'Asset Management LLC', 'Investment Partners Inc.'))}"
    city, street = rng.choice(_PLACES[firm.region])
    address = (f"{rng.randint(2, 900)} {street}, Suite {rng.randint(2, 40) * 100}", city)
    relationship = f"PB-{noise.letters(rng, 2)}{noise.digits(rng, 5)}"
    codes = rng.sample(EXEC_BROKERS, k=rng.randint(3, 5))
    brokers = {firm.code: f"{firm.legal_name} (own execution desk)", **dict(codes)}
    accounts = _accounts(rng, firm)
    fx = noise.scaled(rng, 13100, 14450, 4)
    st = Statement(firm, look, day, fund, manager, address, relationship, accounts, brokers, fx, [])
    for account in accounts:
        _fill(rng, st, account)
    _balance_activity(rng, st)
    st.notes = _disclosures(rng, st)
    return st


def _accounts(rng: random.Random, firm: Firm) -> list[Account]:
    count = rng.choice((1, 1, 2, 2, 3))
    base_digits = noise.digits(rng, 5)
    prefix = noise.digits(rng, 3)
    letters = noise.letters(rng, 2)
    strategies = rng.sample(STRATEGIES, k=count)
    accounts = []
    if firm.region == "CA":
        currencies = rng.sample(("CAD", "USD"), k=2) if count > 1 else [rng.choice(("CAD", "USD"))]
        currencies += ["USD"] * (count - len(currencies))
    else:
        currencies = ["USD"] * count
    types = rng.sample(((2, "MARGIN"), (5, "SHORT"), (1, "CASH"), (2, "MARGIN")), k=count)
    for index in range(count):
        currency = currencies[index]
        code, kind = types[index]
        if firm.accounts == "dashed":
            number = f"{prefix}-{base_digits}-{code}{index + 1}"
            title = f"{strategies[index]} - {kind} (TYPE {code})"
        elif firm.accounts == "lettered":
            number = f"{letters[0]}{prefix[:2]}-{base_digits}{'ABCD'[index]}"
            title = f"{strategies[index]} {kind}"
        else:
            number = f"{prefix}-{base_digits}-{currency[0]}{index + 1}"
            title = f"{strategies[index]} - {currency} {kind}"
        opening = Decimal(rng.randint(-40_000_000_00, 60_000_000_00)).scaleb(-2)
        market = "CA" if currency == "CAD" else "US"
        accounts.append(Account(number, title, currency, market, opening))
    return accounts


def _fill(rng: random.Random, st: Statement, account: Account) -> None:
    """Positions, executions and cash rows of one sub-account."""
    look = st.look
    pool = [securities.equity(rng, "US") for _ in range(rng.randint(4, 8))]
    for index, security in enumerate(pool):
        short = index % 3 == 1 or rng.random() < 0.25
        quantity = Decimal(rng.randint(1, 600) * 100) * (-1 if short else 1)
        price = trades.price(rng, decimals=2, whole_digits=rng.choice((1, 2, 2, 3)))
        account.positions.append(Position(security, quantity, price))
    limit = 10 if look.label_set == "past" else 7
    plan = rng.choice(("cps", "cps", "bps"))
    cps = Decimal(rng.choice(("0.005", "0.01", "0.015", "0.02", "0.03")))
    bps = Decimal(rng.choice(("0.0002", "0.0005", "0.0008", "0.001")))
    previous: TradeRow | None = None
    for _ in range(rng.randint(2, limit)):
        previous = _trade(rng, st, account, pool, plan, cps, bps, previous)
        account.trades.append(previous)
    for position in account.positions:
        position.desc = _wrap(position.security.upper_name, 200 if look.wide else 160, 1)[0]
    _cash(rng, st, account)


def _trade(
    rng: random.Random,
    st: Statement,
    account: Account,
    pool: list[securities.Security],
    plan: str,
    cps: Decimal,
    bps: Decimal,
    previous: TradeRow | None,
) -> TradeRow:
    look = st.look
    again = previous is not None and rng.random() < 0.3
    if again:
        assert previous is not None
        kind = previous.kind
        security = next(p.security for p in account.positions if p.security.cusip == previous.deal.cusip)
    else:
        kind = rng.choices(("buy", "sell", "short", "cover"), weights=(35, 30, 20, 15))[0]
        security = rng.choice(pool)
    places = look.price_places

    reference = next(p.price for p in account.positions if p.security is security)

    def unit_price(r: random.Random) -> Decimal:
        """Near the last fill of the same order, else within 2% of the day's close."""
        if again and previous is not None:
            base, step = previous.deal.price, Decimal(r.randint(-40, 40)).scaleb(-4)
        else:
            base, step = reference, Decimal(r.randint(-200, 200)).scaleb(-4)
        value = money.places(base * (1 + step), r.randint(2, places))
        return value.quantize(Decimal(1).scaleb(-places))

    quantity, price, gross = trades.draw(rng, account.currency, trades.shares, unit_price, maximum=Decimal(6_000_000))
    trade_date = st.day
    note = rng.choice(("", "", "", "", "AP", "GU", "PR"))
    if rng.random() < 0.12:
        trade_date = dates.previous_business_day(st.day)
        note = "AO"
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market=account.market))
    side = "BUY" if kind in ("buy", "cover") else "SELL"
    if plan == "cps":
        commission = money.to_money(quantity * cps, account.currency)
    else:
        commission = trades.rate_of(gross, str(bps), account.currency, minimum="1.00")
    if rng.random() < 0.08:
        commission = Decimal("0.00")
    sec = Decimal("0.00")
    other = Decimal("0.00")
    if account.market == "US":
        if side == "SELL":
            sec = trades.sec_fee(gross, trade_date)
            other += trades.taf(quantity)
        if look.clearing_fee:
            other += money.to_money(max(quantity * look.clearing_fee, Decimal("0.01")), account.currency)
    else:
        other = trades.rate_of(gross, "0.000015", account.currency, minimum="0.01")
    name_lines = _wrap(security.upper_name, 104 if look.wide else 100, 2)
    deal = Deal(
        side=side,
        quantity=quantity,
        price=price,
        currency=account.currency,
        security_name=" ".join(name_lines),
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=(
            Charge(COMMISSION, "Commission", commission),
            Charge(FEE, "SEC Fee", sec),
            Charge(FEE, "Other Fees", other),
        ),
        account=account.number,
        counterparty=st.firm.legal_name,
        cusip=security.cusip,
        ticker=security.ticker,
    )
    broker = previous.broker if again and previous is not None else rng.choice(tuple(st.brokers))
    return TradeRow(deal, kind, name_lines, broker, note, sec, other)


def _cash(rng: random.Random, st: Statement, account: Account) -> None:
    day = st.day
    rows = account.cash
    rate = noise.scaled(rng, 380, 610, 2)
    basis = abs(account.opening)
    interest = money.to_money(basis * rate / 100 / 360, "USD")
    if account.opening < 0:
        rows.append(
            CashRow(
                day,
                "Interest",
                f"DEBIT INTEREST ON {money.fmt(basis)} @ {rate}% 1 DAY",
                "",
                None,
                f"{rate}%",
                -max(interest, Decimal("0.01")),
            )
        )
    else:
        credit = noise.scaled(rng, 150, 420, 2)
        amount = money.to_money(basis * credit / 100 / 360, "USD")
        rows.append(
            CashRow(
                day,
                "Interest",
                f"CREDIT INTEREST ON {money.fmt(basis)} @ {credit}% 1 DAY",
                "",
                None,
                f"{credit}%",
                max(amount, Decimal("0.01")),
            )
        )
    for position in account.positions:
        if position.quantity < 0 and rng.random() < 0.6:
            rows.append(_borrow_fee(rng, day, position))
        elif position.quantity > 0 and rng.random() < 0.2:
            rows.append(_dividend(rng, day, position))
        elif position.quantity < 0 and rng.random() < 0.3:
            rows.append(_rebate(rng, day, position))
    roll = rng.random()
    if roll < 0.35:
        ref = f"FED REF {dates.fmt(day, 'compact')}{noise.letters(rng, 4)}{noise.digits(rng, 6)}"
        amount = Decimal(rng.randint(5, 400) * 25_000)
        text = rng.choice(("WIRE IN FROM FUND ADMINISTRATOR", "WIRE OUT TO CUSTODIAN", "WIRE OUT - REDEMPTION"))
        rows.append(CashRow(day, "Wire", f"{text} {ref}", "", None, "", amount if " IN " in text else -amount))
    elif roll < 0.65:
        amount = Decimal(rng.randint(1, 300) * 10_000)
        others = [a.number for a in st.accounts if a is not account]
        target = others[0] if others else f"{account.number[:-1]}9"
        text = rng.choice((f"JOURNAL TO {target} CASH TRANSFER", f"JOURNAL FROM {target} MARGIN REALIGNMENT"))
        rows.append(CashRow(day, "Journal", text, "", None, "", -amount if " TO " in text else amount))
    if rng.random() < 0.2:
        month = dates.MONTHS[day.month - 1][:3].upper()
        rows.append(
            CashRow(
                day,
                "Fee",
                f"PRIME BROKERAGE PLATFORM FEE {month} {day.year}",
                "",
                None,
                "",
                -noise.scaled(rng, 50_000, 900_000, 2),
            )
        )


def _borrow_fee(rng: random.Random, day: date, position: Position) -> CashRow:
    rate = noise.scaled(rng, 25, 1250, 3)
    value = abs(position.value)
    amount = max(money.to_money(value * rate / 100 / 360, "USD"), Decimal("0.01"))
    text = f"STOCK BORROW FEE {rate}% ON MV {money.fmt(value)}"
    return CashRow(day, "Fee", text, position.security.ticker or "", position.quantity, f"{rate}%", -amount)


def _rebate(rng: random.Random, day: date, position: Position) -> CashRow:
    rate = noise.scaled(rng, 150, 480, 2)
    value = abs(position.value)
    amount = max(money.to_money(value * rate / 100 / 360, "USD"), Decimal("0.01"))
    text = f"SHORT REBATE {rate}% ON SHORT PROCEEDS {money.fmt(value)}"
    return CashRow(day, "Interest", text, position.security.ticker or "", position.quantity, f"{rate}%", amount)


def _dividend(rng: random.Random, day: date, position: Position) -> CashRow:
    rate = noise.scaled(rng, 2, 150, 2)
    record = dates.fmt(day - timedelta(days=rng.randint(7, 21)), "us2")
    amount = money.to_money(abs(position.quantity) * rate, "USD")
    if position.quantity < 0:
        text = f"DIVIDEND CHARGED ON SHORT POSITION REC {record}"
        return CashRow(day, "Dividend", text, position.security.ticker or "", position.quantity, str(rate), -amount)
    text = f"CASH DIVIDEND RECEIVED REC {record} PAY {dates.fmt(day, 'us2')}"
    return CashRow(day, "Dividend", text, position.security.ticker or "", position.quantity, str(rate), amount)


def _counted_lines(st: Statement) -> int:
    """Lines the corpus tests count as statement activity (Bought, Sold, Dividend, Interest, Fee ...)."""
    cash = sum(1 for a in st.accounts for row in a.cash if row.type in COUNTED_TYPES)
    executions = sum(len(a.trades) for a in st.accounts) if st.look.label_set == "past" else 0
    return cash + executions


def _balance_activity(rng: random.Random, st: Statement) -> None:
    """Short positions' borrow fees, rebates and dividend charges until the cash rows outnumber the trades."""
    count = sum(len(a.trades) for a in st.accounts)
    turn = 0
    while _counted_lines(st) <= count:
        account = st.accounts[turn % len(st.accounts)]
        turn += 1
        shorts = [p for p in account.positions if p.quantity < 0]
        position = rng.choice(shorts) if shorts and rng.random() < 0.5 else None
        if position is None:
            security = securities.equity(rng, "US")
            price = trades.price(rng, decimals=2, whole_digits=rng.choice((1, 2, 2, 3)))
            position = Position(security, Decimal(-rng.randint(1, 400) * 100), price)
            position.desc = _wrap(security.upper_name, 200 if st.look.wide else 160, 1)[0]
            account.positions.append(position)
            account.cash.append(_borrow_fee(rng, st.day, position))
        else:
            account.cash.append(rng.choice((_rebate, _dividend))(rng, st.day, position))


def _shrink(rng: random.Random, st: Statement) -> None:
    """One row less, from the fullest sub-account: a position nothing refers to, else an execution."""
    account = max(st.accounts, key=lambda a: len(a.trades) + len(a.positions) + len(a.cash))
    used = {row.symbol for row in account.cash} | {row.deal.ticker for row in account.trades}
    spare = [p for p in account.positions if p.security.ticker not in used]
    if len(account.positions) > 3 and spare:
        account.positions.remove(spare[-1])
    elif len(account.trades) > 1:
        account.trades.pop()
    elif len(st.accounts) > 1:
        st.accounts.remove(account)
        _balance_activity(rng, st)
    else:
        removable = [row for row in account.cash if row.type not in COUNTED_TYPES]
        assert removable, "a one-account statement that does not fit"
        account.cash.remove(removable[-1])


def _wrap(text: str, width: float, limit: int) -> list[str]:
    """text wrapped to width; words dropped from the end until it takes at most limit lines."""
    words = text.split()
    while True:
        lines = simpleSplit(" ".join(words), FONT, SIZE, width)
        if len(lines) <= limit:
            return lines
        words = words[:-1]


def _disclosures(rng: random.Random, st: Statement) -> list[str]:
    firm, day = st.firm, st.day
    effective = noise.scaled(rng, 430, 533, 2)
    spread = rng.choice((50, 75, 100, 125))
    sec_rate = "27.80" if day >= date(2024, 5, 22) else "8.00"
    agreements = noise.old_date(rng, "us")
    common = [
        f"This statement reports activity in the accounts of {st.fund} carried by {firm.legal_name} for the "
        f"business day {dates.fmt(day, 'us')}, on a trade date basis. Positions are priced at the close; "
        f"prices of illiquid securities may be estimates.",
        f"Trades executed by the brokers named in the legend were given up to {firm.legal_name} under give-up "
        f"agreements dated {agreements} and are cleared and settled by {firm.legal_name} as prime broker.",
        f"Debit balances bear interest at the benchmark rate ({effective}% on {dates.fmt(day, 'us')}) plus "
        f"{spread} basis points, computed daily on an actual/360 basis. Short rebates and stock borrow fees are "
        f"accrued daily and posted as shown.",
        f"Please report any discrepancy within {rng.choice((5, 10, 15))} business days to {firm.phone} or "
        f"{firm.email}; otherwise the activity shown will be deemed accepted.",
        f"Statement reference {st.relationship}-{dates.fmt(day, 'compact')}-{noise.digits(rng, 4)}. Copies are "
        f"sent to the investment manager and to the fund administrator.",
    ]
    if firm.region == "US":
        regional = [
            f"{firm.legal_name} is a member of FINRA, NYSE and SIPC. SIPC protects securities customers up to "
            f"$500,000, including $250,000 for claims for cash. Free credit balances are held under SEC Rule 15c3-3.",
            f"Section 31 fees are charged on sales at ${sec_rate} per million dollars of principal; the FINRA "
            f"trading activity fee of $0.000166 per share (maximum $8.30 per trade) is included in other fees.",
        ]
    else:
        regional = [
            f"{firm.legal_name} is a member of the Canadian Investor Protection Fund and is regulated by the "
            f"Canadian Investment Regulatory Organization (CIRO). CIPF coverage is limited; a brochure is "
            f"available on request.",
            f"U.S. dollar amounts are converted at USD/CAD {st.fx} for the consolidated equity on the cover only. "
            f"Section 31 fees (${sec_rate} per million) apply to sales of U.S. listed securities.",
        ]
    return regional + rng.sample(common, k=rng.randint(3, 5))


# ---- columns -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Col:
    key: str
    head: tuple[str, ...]
    x: float
    right: bool = False
    line: int = 0  # stacked rows: 0 top line, 1 bottom line


def _trade_columns(look: Look) -> tuple[Col, ...]:
    if look.wide:
        return (
            Col("trade", ("Trade", "Date"), 36),
            Col("settle", ("Settle", "Date"), 74),
            Col("act", ("Activity",), 112),
            Col("qty", ("Quantity",), 204, True),
            Col("sym", ("Symbol",), 210),
            Col("cusip", ("CUSIP",), 238),
            Col("desc", ("Description",), 280),
            Col("price", ("Price",), 432, True),
            Col("principal", ("Principal",), 490, True),
            Col("comm", ("Commission",), 534, True),
            Col("sec", ("SEC", "Fee"), 568, True),
            Col("other", ("Other", "Fees"), 604, True),
            Col("net", ("Net Amount",), 666, True),
            Col("brkr", ("Exec", "Brkr"), 676),
            Col("note", ("Note",), 708),
        )
    return (
        Col("trade", ("Trade Date",), 36),
        Col("settle", ("Settle Date",), 36, line=1),
        Col("act", ("Activity",), 80),
        Col("brkr", ("Exec Brkr",), 80, line=1),
        Col("qty", ("Quantity",), 172, True),
        Col("sym", ("Symbol",), 178),
        Col("cusip", ("CUSIP",), 178, line=1),
        Col("desc", ("Description",), 222),
        Col("price", ("Price",), 368, True),
        Col("principal", ("Principal",), 420, True),
        Col("comm", ("Commission",), 470, True),
        Col("sec", ("SEC Fee",), 470, True, line=1),
        Col("other", ("Other Fees",), 516, True),
        Col("note", ("Note",), 516, True, line=1),
        Col("net", ("Net Amount",), 576, True),
    )


def _cash_columns(look: Look) -> tuple[Col, ...]:
    if look.wide:
        return (
            Col("date", ("Date",), 36),
            Col("type", ("Type",), 80),
            Col("desc", ("Description",), 124),
            Col("sym", ("Symbol",), 440),
            Col("qty", ("Quantity",), 530, True),
            Col("rate", ("Rate",), 590, True),
            Col("amount", ("Amount",), 666, True),
        )
    return (
        Col("date", ("Date",), 36),
        Col("type", ("Type",), 80),
        Col("desc", ("Description",), 122),
        Col("sym", ("Symbol",), 352),
        Col("qty", ("Quantity",), 440, True),
        Col("rate", ("Rate",), 490, True),
        Col("amount", ("Amount",), 576, True),
    )


def _position_columns(look: Look) -> tuple[Col, ...]:
    if look.wide:
        return (
            Col("sym", ("Symbol",), 36),
            Col("cusip", ("CUSIP",), 76),
            Col("desc", ("Description",), 124),
            Col("ls", ("L/S",), 340),
            Col("qty", ("Quantity",), 430, True),
            Col("price", ("Closing", "Price"), 500, True),
            Col("value", ("Market", "Value"), 590, True),
            Col("ccy", ("Ccy",), 610),
        )
    return (
        Col("sym", ("Symbol",), 36),
        Col("cusip", ("CUSIP",), 76),
        Col("desc", ("Description",), 122),
        Col("ls", ("L/S",), 300),
        Col("qty", ("Quantity",), 380, True),
        Col("price", ("Closing Price",), 450, True),
        Col("value", ("Market Value",), 540, True),
        Col("ccy", ("Ccy",), 552),
    )


def _signed(amount: Decimal) -> str:
    text = money.fmt(amount, decimals=2)
    return f"({text})" if amount < 0 else text


def _charge(look: Look, amount: Decimal) -> str:
    return "-" if look.zero_dash and amount == 0 else money.fmt(amount, decimals=2)


def _quantity(value: Decimal, negative: bool) -> str:
    text = money.fmt(abs(value))
    return f"({text})" if negative else text


def _trade_cells(st: Statement, row: TradeRow) -> dict[str, str]:
    look, deal = st.look, row.deal
    commission = deal.commission if deal.commission is not None else Decimal(0)
    return {
        "trade": dates.fmt(deal.trade_date, look.date_style),
        "settle": dates.fmt(deal.settlement_date, look.date_style),
        "act": look.labels[row.kind],
        "qty": _quantity(deal.quantity, look.negative_sells and not deal.is_buy),
        "sym": deal.ticker or "",
        "cusip": deal.cusip or "",
        "price": money.fmt(deal.price, decimals=look.price_places),
        "principal": money.fmt(deal.gross_amount, decimals=2),
        "comm": _charge(look, commission),
        "sec": _charge(look, row.sec),
        "other": _charge(look, row.other),
        "net": _signed(row.signed_net),
        "brkr": row.broker,
        "note": row.note,
    }


def _draw_cells(sheet: Sheet, y: float, cols: tuple[Col, ...], cells: dict[str, str], bold: bool = False) -> None:
    font = BOLD if bold else FONT
    for col in cols:
        value = cells.get(col.key, "")
        if not value:
            continue
        row_y = y + col.line * LEAD
        if col.right:
            sheet.right(col.x, row_y, value, font=font, size=SIZE)
        else:
            sheet.text(col.x, row_y, value, font=font, size=SIZE)


def _draw_heads(sheet: Sheet, y: float, cols: tuple[Col, ...], stacked: bool, right_edge: float) -> float:
    """Column headings in a band of two lines; returns the y of the first row."""
    for col in cols:
        for index, text in enumerate(col.head):
            line = col.line if stacked else 2 - len(col.head) + index
            row_y = y + line * HEAD
            if col.right:
                sheet.right(col.x, row_y, text, font=BOLD, size=SIZE)
            else:
                sheet.text(col.x, row_y, text, font=BOLD, size=SIZE)
    sheet.rule(36, y + HEAD + 3, right_edge)
    return y + 2 * HEAD + 6


# ---- pages ---------------------------------------------------------------------------------------------------

Draw = Callable[[Sheet, float], None]


@dataclass
class Item:
    height: float
    draw: Draw
    resume: tuple[float, Draw] | None = None  # what a new page repeats before this item (a table's headings)
    keep: float = 0.0  # height of what must follow on the same page
    page_break: bool = False


def _items(st: Statement, width: float) -> list[Item]:
    look = st.look
    right_edge = width - 36
    items = [Item(_cover_height(st), lambda sheet, y: _cover(sheet, st, y, right_edge))]
    if look.cover_break:
        items.append(Item(0, lambda sheet, y: None, page_break=True))
    for account in st.accounts:
        items.append(Item(22, _banner(st, account, right_edge, continued=False), keep=60))
        for section in look.order:
            items += _section(st, account, section, right_edge)
        closing = {
            "label": f"Closing cash balance {account.number}",
            "value": _signed(account.closing),
        }
        items.append(Item(18, _total_line(closing, right_edge - 60 if look.wide else right_edge)))
    items.append(Item(0, lambda sheet, y: None, page_break=True))
    items.append(Item(_legend_height(st, width), lambda sheet, y: _legend(sheet, st, y, width)))
    return items


def _section(st: Statement, account: Account, section: str, right_edge: float) -> list[Item]:
    look = st.look
    stacked = not look.wide and section == "trades"
    if section == "trades":
        cols, title = _trade_columns(look), look.trade_title
    elif section == "cash":
        cols, title = _cash_columns(look), look.cash_title
    else:
        cols, title = _position_columns(look), look.position_title
    head_height = 12 + 2 * HEAD + 6

    def heading(continued: bool) -> Draw:
        def draw(sheet: Sheet, y: float) -> None:
            suffix = " (continued)" if continued else ""
            label = look.title(title) + suffix
            if continued:
                label = f"{label}    Account {account.number}  {account.currency}"
            sheet.text(36, y + 6, label, font=BOLD, size=8)
            _draw_heads(sheet, y + 14, cols, stacked, right_edge)

        return draw

    resume = (head_height, heading(True))
    items: list[Item] = []
    if section == "trades":
        rows = account.trades
        first_height = (2 if stacked else len(rows[0].desc)) * LEAD + (3 if stacked else 1) if rows else LEAD
        items.append(Item(head_height, heading(False), keep=first_height))
        for row in rows:
            lines = 2 if stacked else len(row.desc)
            items.append(Item(lines * LEAD + (3 if stacked else 1), _trade_draw(st, row, cols), resume=resume))
        items += [Item(h, d, resume=resume) for h, d in _trade_totals(st, account, cols, stacked, right_edge)]
    elif section == "cash":
        items.append(Item(head_height, heading(False), keep=LEAD * 2))
        width = 300 if look.wide else 220
        for row in account.cash:
            lines = _wrap(row.desc, width, 2)
            if " ".join(lines) != row.desc:
                lines = simpleSplit(row.desc, FONT, SIZE, width)
            items.append(Item(len(lines) * LEAD + 1, _cash_draw(st, row, cols, lines), resume=resume))
        total = {"desc": f"Total {look.cash_title.lower()}", "amount": _signed(account.net_cash)}
        items.append(Item(LEAD + 8, _subtotal(cols, total, right_edge), resume=resume))
    else:
        items.append(Item(head_height, heading(False), keep=LEAD * 2))
        for position in account.positions:
            items.append(Item(LEAD + 1, _position_draw(st, account, position, cols), resume=resume))
        for label, value in (
            ("Total long market value", account.long_value),
            ("Total short market value", account.short_value),
        ):
            cells = {"desc": label, "value": _signed(value)}
            rule = label.startswith("Total long")
            items.append(Item(LEAD + 4, _subtotal(cols, cells, right_edge, rule=rule), resume=resume))
    items.append(Item(8, lambda sheet, y: None))
    return items


def _trade_draw(st: Statement, row: TradeRow, cols: tuple[Col, ...]) -> Draw:
    cells = _trade_cells(st, row)
    desc_x = next(col.x for col in cols if col.key == "desc")

    def draw(sheet: Sheet, y: float) -> None:
        _draw_cells(sheet, y, cols, cells)
        for index, line in enumerate(row.desc):
            sheet.text(desc_x, y + index * LEAD, line, size=SIZE)

    return draw


def _trade_totals(
    st: Statement, account: Account, cols: tuple[Col, ...], stacked: bool, right_edge: float
) -> list[tuple[float, Draw]]:
    look = st.look
    out = []
    groups = (
        ("Total purchases", [r for r in account.trades if r.deal.is_buy]),
        ("Total sales", [r for r in account.trades if not r.deal.is_buy]),
    )
    for label, rows in groups:
        if not rows:
            continue

        def total(values: list[Decimal]) -> Decimal:
            return sum(values, Decimal(0))

        cells = {
            "act" if stacked else "desc": f"{label} ({len(rows)})",
            "principal": money.fmt(total([r.deal.gross_amount for r in rows]), decimals=2),
            "comm": money.fmt(total([r.deal.commission or Decimal(0) for r in rows]), decimals=2),
            "sec": money.fmt(total([r.sec for r in rows]), decimals=2),
            "other": money.fmt(total([r.other for r in rows]), decimals=2),
            "net": _signed(total([r.signed_net for r in rows])),
        }
        height = (2 * LEAD if stacked else LEAD) + 3
        out.append((height, _subtotal(cols, cells, right_edge, rule=not out)))
    cells = {"act" if stacked else "desc": f"Net {look.trade_title.lower()}", "net": _signed(account.net_trades)}
    out.append((LEAD + 4, _subtotal(cols, cells, right_edge)))
    return out


def _subtotal(cols: tuple[Col, ...], cells: dict[str, str], right_edge: float, *, rule: bool = True) -> Draw:
    def draw(sheet: Sheet, y: float) -> None:
        if rule:
            sheet.rule(36, y - 6, right_edge, weight=0.3)
        _draw_cells(sheet, y + 1, cols, cells, bold=True)

    return draw


def _cash_draw(st: Statement, row: CashRow, cols: tuple[Col, ...], lines: list[str]) -> Draw:
    cells = {
        "date": dates.fmt(row.day, st.look.date_style),
        "type": row.type,
        "sym": row.symbol,
        "qty": "" if row.quantity is None else _quantity(row.quantity, row.quantity < 0),
        "rate": row.rate,
        "amount": _signed(row.amount),
    }
    desc_x = next(col.x for col in cols if col.key == "desc")

    def draw(sheet: Sheet, y: float) -> None:
        _draw_cells(sheet, y, cols, cells)
        for index, line in enumerate(lines):
            sheet.text(desc_x, y + index * LEAD, line, size=SIZE)

    return draw


def _position_draw(st: Statement, account: Account, position: Position, cols: tuple[Col, ...]) -> Draw:
    cells = {
        "sym": position.security.ticker or "",
        "cusip": position.security.cusip or "",
        "desc": position.desc,
        "ls": "S" if position.quantity < 0 else "L",
        "qty": _quantity(position.quantity, position.quantity < 0),
        "price": money.fmt(position.price, decimals=4),
        "value": _signed(position.value),
        "ccy": account.currency,
    }

    def draw(sheet: Sheet, y: float) -> None:
        _draw_cells(sheet, y, cols, cells)

    return draw


def _banner(st: Statement, account: Account, right_edge: float, *, continued: bool) -> Draw:
    def draw(sheet: Sheet, y: float) -> None:
        sheet.box(36, y, right_edge - 36, 15, fill=0.88)
        label = f"Account {account.number}   {account.title}   ({account.currency})"
        sheet.text(40, y + 10, label + (" - continued" if continued else ""), font=BOLD, size=8)
        sheet.right(right_edge - 4, y + 10, f"Opening cash balance {_signed(account.opening)}", size=7.5)

    return draw


def _total_line(cells: dict[str, str], x: float) -> Draw:
    def draw(sheet: Sheet, y: float) -> None:
        sheet.right(x - 90, y + 4, cells["label"], font=BOLD, size=7.5)
        sheet.right(x, y + 4, cells["value"], font=BOLD, size=7.5)
        sheet.rule(x - 70, y + 7, x, weight=0.3)

    return draw


def _paginate(st: Statement, size: tuple[float, float]) -> list[list[tuple[float, Draw]]]:
    width, height = size
    top, bottom = 78.0, height - 56
    pages: list[list[tuple[float, Draw]]] = [[]]
    y = top
    for item in _items(st, width):
        if item.page_break:
            pages.append([])
            y = top
            continue
        if y + item.height + item.keep > bottom:
            if item.resume is not None:
                pages[-1].append((bottom + 8, _continued(width)))
            pages.append([])
            y = top
            if item.resume is not None:
                resume_height, resume = item.resume
                pages[-1].append((y, resume))
                y += resume_height
        pages[-1].append((y, item.draw))
        y += item.height
    return [page for page in pages if page]


def _continued(width: float) -> Draw:
    def draw(sheet: Sheet, y: float) -> None:
        sheet.right(width - 36, y, "Continued on next page", font="Helvetica-Oblique", size=7)

    return draw


# ---- the cover, headers, the legend ---------------------------------------------------------------------------


def _cover_height(st: Statement) -> float:
    return 150 + (12 if st.look.wide else 20) * len(st.accounts) + (12 if st.firm.region == "CA" else 0)


def _cover(sheet: Sheet, st: Statement, y: float, right_edge: float) -> None:
    firm, look = st.firm, st.look
    sheet.text(36, y + 8, "Prepared for", font=BOLD, size=7)
    sheet.lines(36, y + 20, [st.fund, f"c/o {st.manager}", *st.address], leading=10, size=8)
    info = (
        ("Statement date", dates.fmt(st.day, look.date_style)),
        ("Business day", f"{dates.weekday_name(st.day)}, {dates.fmt(st.day, 'us_long')}"),
        ("Relationship", st.relationship),
        ("Accounting basis", "Trade date"),
        ("Base currency", "CAD" if firm.region == "CA" else "USD"),
        ("Client service", firm.phone),
    )
    x = right_edge - 230
    for index, (label, value) in enumerate(info):
        sheet.text(x, y + 8 + 10 * index, label, size=7)
        sheet.text(x + 80, y + 8 + 10 * index, value, size=7)
    y += 78
    sheet.text(36, y, look.title("Summary of sub-accounts"), font=BOLD, size=9)
    y += 12
    if look.wide:
        heads = (
            ("Account", 36, False),
            ("Title", 100, False),
            ("Ccy", 250, False),
            ("Opening cash", 340, True),
            ("Net trades", 410, True),
            ("Other cash", 470, True),
            ("Closing cash", 540, True),
            ("Long MV", 610, True),
            ("Short MV", 680, True),
            ("Equity", right_edge, True),
        )
    else:  # the title goes on a line under the account number
        heads = (
            ("Account", 36, False),
            ("Ccy", 104, False),
            ("Opening cash", 180, True),
            ("Net trades", 242, True),
            ("Other cash", 300, True),
            ("Closing cash", 368, True),
            ("Long MV", 436, True),
            ("Short MV", 506, True),
            ("Equity", right_edge, True),
        )
    for label, hx, right in heads:
        (sheet.right if right else sheet.text)(hx, y, label, font=BOLD, size=SIZE)
    sheet.rule(36, y + 3, right_edge)
    y += 12
    for account in st.accounts:
        amounts = [
            _signed(value)
            for value in (
                account.opening,
                account.net_trades,
                account.net_cash,
                account.closing,
                account.long_value,
                account.short_value,
                account.equity,
            )
        ]
        if look.wide:
            values = [account.number, account.title, account.currency, *amounts]
        else:
            values = [account.number, account.currency, *amounts]
            sheet.text(44, y + 8, account.title, font="Helvetica-Oblique", size=6)
        for (_, hx, right), value in zip(heads, values, strict=True):
            (sheet.right if right else sheet.text)(hx, y, value, size=SIZE)
        y += 12 if look.wide else 20
    base = "CAD" if firm.region == "CA" else "USD"
    total = Decimal(0)
    for account in st.accounts:
        rate = st.fx if firm.region == "CA" and account.currency == "USD" else Decimal(1)
        total += money.to_money(account.equity * rate, base)
    sheet.rule(36, y - 8, right_edge, weight=0.3)
    sheet.text(36, y + 2, f"Total equity, all sub-accounts ({base})", font=BOLD, size=7)
    sheet.right(right_edge, y + 2, _signed(total), font=BOLD, size=7)
    if firm.region == "CA" and any(a.currency == "USD" for a in st.accounts):
        y += 12
        sheet.text(
            36, y + 2, f"USD balances converted at USD/CAD {st.fx} (closing rate, {dates.fmt(st.day, 'us')})", size=6.5
        )
    count = sum(len(a.trades) for a in st.accounts)
    sheet.text(
        36, y + 16, f"Executions reported: {count}. Sections follow in the order of the sub-accounts above.", size=6.5
    )


def _page_header(sheet: Sheet, st: Statement, number: int, total: int) -> None:
    firm, right = st.firm, sheet.width - 36
    sheet.text(36, 34, firm.brand, font=BOLD, size=14)
    sheet.text(36, 45, f"{firm.desk} | {firm.legal_name}", size=6.5)
    centre = sheet.width / 2 + (40 if st.look.wide else 50)
    sheet.centre(centre, 32, "DAILY ACTIVITY STATEMENT", font=BOLD, size=10)
    sheet.centre(centre, 43, f"Activity for {dates.fmt(st.day, st.look.date_style)}", size=7.5)
    sheet.right(right, 32, st.fund[:48], size=7)
    if st.look.page_in_header:
        sheet.right(right, 43, f"Page {number} of {total}", size=7.5)
    else:
        sheet.right(right, 43, f"Relationship {st.relationship}", size=7)
    sheet.rule(36, 52, right, weight=1)


def _footer(sheet: Sheet, st: Statement, number: int, total: int) -> None:
    firm, right = st.firm, sheet.width - 36
    y = sheet.height - 30
    sheet.rule(36, y - 9, right, weight=0.5)
    member = "Member FINRA/NYSE/SIPC" if firm.region == "US" else "Member CIPF. Regulated by CIRO"
    sheet.text(36, y, f"{firm.legal_name}, {', '.join(firm.address)}. {member}.", size=6)
    if not st.look.page_in_header:
        sheet.right(right, y, f"Page {number} of {total}", size=7)
    else:
        sheet.right(right, y, dates.fmt(st.day, "compact") + f"-{number:02d}", size=6)


def _legend_entries(st: Statement) -> list[tuple[str, str]]:
    look = st.look
    entries = [("", "Activity")]
    for kind, label in look.labels.items():
        entries.append((label, LABEL_MEANINGS[kind]))
    entries.append(("", "Cash activity types"))
    entries += [
        ("Dividend", "Dividend received on a long position or charged on a short position"),
        ("Interest", "Credit or debit interest, short rebate"),
        ("Fee", "Stock borrow fee, platform or service fee"),
        ("Journal", "Transfer between sub-accounts of the fund"),
        ("Wire", "Incoming or outgoing funds"),
    ]
    entries.append(("", "Note codes"))
    entries += list(NOTE_CODES)
    entries.append(("", "Executing brokers"))
    entries += list(st.brokers.items())
    return entries


def _legend_height(st: Statement, width: float) -> float:
    entries = _legend_entries(st)
    rows = (len(entries) + 1) // 2 if st.look.wide else len(entries)
    notes = sum(len(simpleSplit(f"{n}. {note}", FONT, 6.5, width - 72)) for n, note in enumerate(st.notes, 1))
    return 20 + 11 * rows + 28 + 8.5 * notes + 3 * len(st.notes)


def _legend(sheet: Sheet, st: Statement, y: float, width: float) -> None:
    look = st.look
    sheet.text(36, y + 6, look.title("Legend of codes"), font=BOLD, size=9)
    y += 20
    entries = _legend_entries(st)
    split = (len(entries) + 1) // 2 if look.wide else len(entries)
    column_y = y
    bottom = y
    for index, (code, meaning) in enumerate(entries):
        if index == split:
            column_y = y
        x = 36 if index < split else width / 2
        if code:
            sheet.text(x, column_y, code, font=BOLD, size=6.5)
            sheet.text(x + 60, column_y, meaning, size=6.5)
        else:
            sheet.text(x, column_y + 2, meaning, font=BOLD, size=7)
            column_y += 2
        column_y += 9
        bottom = max(bottom, column_y)
    y = bottom + 14
    sheet.text(36, y, look.title("Important disclosures"), font=BOLD, size=9)
    y += 14
    for number, note in enumerate(st.notes, start=1):
        y = sheet.paragraph(36, y, width - 72, f"{number}. {note}", size=6.5) + 3


LAYOUT = Layout(
    name="prime_daily_activity",
    kind="pdf",
    heldout=False,
    build=build,
    description="US/CA prime broker daily activity statement for a fund, 2-4 pages: cover with sub-accounts, "
    "per-account executions among cash rows and positions, subtotals, continued tables, legend",
)
