"""Karrabee: a wealth platform's monthly investor statement over two to four A4 pages, from Sydney or Singapore.

Page 1 holds the investor's address, the account and adviser details and an account overview (opening and
closing values, deposits, withdrawals, income, fees and the change in market value: sums that are not trades).
The cash hub's transaction history follows and runs across pages; it mixes trades with cash rows that are not
trades (dividends, fund distributions, interest, administration and adviser fees, deposits, withdrawals), from an
opening to a closing cash balance with a running balance column. A valuation of the holdings (codes, units,
prices and values: not trades), a fees and costs summary and important information close the statement.

Two house styles for the history:
- itemised: date and settlement date, a transaction word, the details (name and exchange code, a contract note
  number on some statements), units, unit price, brokerage, GST (or brokerage including GST), the Singapore
  clearing and access fees, the amount and the balance in columns of their own;
- ledger: one description column (the trade on two or three lines: units, name and code; the price with the trade
  and settlement dates; the brokerage and GST) with debit, credit and balance columns, dated on settlement.
Australian statements (AUD, 10% GST on brokerage, ASX codes) also buy and redeem managed funds by APIR code
(no brokerage); Singapore ones (SGD, GST at 8% to 2023 and 9% from 2024, on the brokerage and on the clearing
and trading access fees) deal on SGX. Day-first dates (14/03/2025, 14/03/25 or 14-Mar-2025), negatives with a
minus or in parentheses, the history's column headings repeated on every page or not, "Page n of m" footers
with the operator's licence numbers. The gross is not printed; the truth keeps quantity x price.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate

from reportlab.lib.utils import simpleSplit

from .. import dates, identifiers, money, noise, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet


@dataclass(frozen=True)
class Office:
    country: str
    currency: str
    legal_name: str
    product: str
    address: tuple[str, ...]
    phone: str
    web: str
    exchange: str
    licence: str
    roots: tuple[str, ...]
    sectors: tuple[str, ...]
    forms: tuple[str, ...]
    suburbs: tuple[tuple[str, str], ...]  # (locality line, postcode line)


OFFICES = (
    Office(
        country="AU",
        currency="AUD",
        legal_name="Karrabee Investment Services Limited",
        product="Karrabee Wrap Investment Account",
        address=("Level 31, 88 Phillip Street", "Sydney NSW 2000"),
        phone="1300 555 214",
        web="www.karrabee.example.com.au",
        exchange="ASX",
        licence="ABN 27 143 590 816  AFSL 385214",
        roots=(
            "Yarraman",
            "Merimbula",
            "Coonawarra",
            "Bindaree",
            "Tumbarumba",
            "Wollemi",
            "Kanimbla",
            "Mallacoota",
            "Bungendore",
            "Tilba",
            "Quirindi",
            "Eromanga",
            "Wyangala",
            "Illawong",
        ),
        sectors=("Resources", "Mining", "Health", "Energy", "Property Trust", "Agribusiness", "Technology", "Gold"),
        forms=("Limited", "Ltd", "Group Limited"),
        suburbs=(
            ("12 Kookaburra Lane", "PADDINGTON QLD 4064"),
            ("4/27 Ironbark Street", "CARLTON VIC 3053"),
            ("88 Stringybark Road", "COTTESLOE WA 6011"),
            ("3 Wombat Close", "UNLEY SA 5061"),
            ("150 Lyrebird Parade", "MANLY NSW 2095"),
        ),
    ),
    Office(
        country="SG",
        currency="SGD",
        legal_name="Karrabee Wealth (Singapore) Pte. Ltd.",
        product="Karrabee Wrap Singapore",
        address=("8 Marina View, #27-03", "Singapore 018960"),
        phone="+65 6555 0184",
        web="www.karrabee.example.com.sg",
        exchange="SGX",
        licence="Co. Reg. No. 201634418W  CMS Licence No. CMS101287",
        roots=(
            "Sembawang Ridge",
            "Kallang Basin",
            "Pasir Laut",
            "Tanjong Merah",
            "Bukit Senja",
            "Lorong Halus",
            "Seletar Bay",
            "Changi Point",
            "Tampines Vale",
        ),
        sectors=("Marine", "Logistics", "Hospitality", "Engineering", "Healthcare", "Industrial REIT", "Foods"),
        forms=("Ltd", "Limited", "Holdings Ltd"),
        suburbs=(
            ("21 Jalan Kembang, #08-11", "SINGAPORE 459876"),
            ("7 Holland Grove Road", "SINGAPORE 278803"),
            ("Blk 112 Bishan Street 12, #14-305", "SINGAPORE 570112"),
        ),
    ),
)
_THEMES = ("Australian Shares", "Global Equity", "Diversified Fixed Interest", "Balanced", "Property Securities")
_FUND_ROOTS = ("Blackbutt", "Wirrabara", "Pandani", "Kurrawang", "Illabo", "Tarrawonga")
TRADE_WORDS = {"AU": (("Market buy", "Market sell"), ("ASX buy", "ASX sell"), ("Buy trade", "Sell trade"))}
TRADE_WORDS["SG"] = (("Market buy", "Market sell"), ("SGX buy", "SGX sell"), ("Buy trade", "Sell trade"))
FUND_WORDS = ("Application", "Redemption")
SIZE, LEAD = 6.6, 8.0
LEFT, RIGHT_EDGE = 30.0, 565.0
TOP_NEXT, BOTTOM = 82.0, 782.0
# itemised columns: key -> (two heading lines, width, right-aligned)
ITEMISED = {
    "date": (("", "Date"), 42, False),
    "settle": (("Settle-", "ment"), 42, False),
    "type": (("", "Transaction"), 48, False),
    "details": (("Investment /", "details"), 112, False),
    "units": (("", "Units"), 50, True),
    "price": (("Unit", "price"), 42, True),
    "brok": (("", "Brokerage"), 40, True),
    "fees": (("Clearing &", "access fees"), 40, True),
    "gst": (("", "GST"), 30, True),
    "amount": (("", "Amount"), 58, True),
    "balance": (("Cash", "balance"), 60, True),
}
LEDGER = {
    "date": (("", "Date"), 52, False),
    "details": (("", "Particulars"), 273, False),
    "debit": (("", "Debit"), 68, True),
    "credit": (("", "Credit"), 68, True),
    "balance": (("", "Balance"), 74, True),
}


@dataclass(frozen=True)
class Look:
    style: str  # "itemised" or "ledger"
    date_style: str
    words: tuple[str, str]
    parentheses: bool
    repeat_heads: bool
    gst_inclusive: bool
    refs: bool  # contract note numbers printed with the trades
    funds: bool  # managed funds dealt too


@dataclass(frozen=True)
class Row:
    day: date
    kind: str  # "trade" or a cash kind
    word: str  # the transaction word
    details: list[str]
    amount: Decimal  # signed: cash into the hub is positive
    deal: Deal | None = None
    code: str = ""  # the exchange code or APIR code of a trade's security
    units: str = ""
    price: str = ""
    settle: str = ""
    brokerage: str = ""
    fees: str = ""
    gst: str = ""


@dataclass
class Statement:
    office: Office
    look: Look
    first: date
    last: date
    account: str
    opening: Decimal = Decimal(0)
    rows: list[Row] = field(default_factory=list)
    universe: list[tuple[str, str]] = field(default_factory=list)  # (name, code) of the listed shares held
    holdings: list[tuple[str, str, Decimal, Decimal]] = field(default_factory=list)  # code, name, units, price

    @property
    def gst_rate(self) -> Decimal:
        if self.office.country == "AU":
            return Decimal("0.10")
        return Decimal("0.09") if self.first >= date(2024, 1, 1) else Decimal("0.08")


def build(rng: random.Random) -> Document:
    office = rng.choice(OFFICES)
    first, last = dates.month_of(dates.trade_day(rng))
    look = Look(
        style=rng.choice(("itemised", "ledger")),
        date_style=rng.choice(("uk", "uk", "uk2", "dmy_mon")),
        words=rng.choice(TRADE_WORDS[office.country]),
        parentheses=rng.random() < 0.4,
        repeat_heads=rng.random() < 0.6,
        gst_inclusive=office.country == "AU" and rng.random() < 0.3,
        refs=rng.random() < 0.5,
        funds=office.country == "AU" and rng.random() < 0.5,
    )
    account = rng.choice((noise.digits(rng, 8), f"{noise.letters(rng, 2)}{noise.digits(rng, 7)}"))
    st = Statement(office, look, first, last, account)
    _fill(rng, st)
    client = (noise.person(rng), *rng.choice(office.suburbs))
    sheet = Sheet(title="Investor statement", author=office.legal_name)
    pages = _plan(rng, st, client)
    assert 2 <= len(pages) <= 4, len(pages)
    for number, ops in enumerate(pages, start=1):
        if number > 1:
            _running_header(sheet, st)
        for y, draw in ops:
            draw(sheet, y)
        _footer(sheet, st, number, len(pages))
        if number < len(pages):
            sheet.next_page()
    truth = [row.deal.truth() for row in st.rows if row.deal is not None]
    return Document(sheet.finish(), "statement", truth)


# --- what happened in the month -------------------------------------------------------------------------------


def _listed(rng: random.Random, office: Office) -> tuple[str, str, str]:
    """(name, exchange code, ISIN) of an invented listed company."""
    root, sector = rng.choice(office.roots), rng.choice(office.sectors)
    name = f"{root} {sector} {rng.choice(office.forms)}"
    if office.country == "AU":
        letters = [w[0] for w in f"{root} {sector}".split()] + [ch.upper() for ch in root[1:] if ch.isalpha()]
        code = "".join(letters[:3]).upper()
        return name, code, identifiers.isin("AU", "000000" + code)
    code = rng.choice("ABCDEGHJKMNSTUVWZ") + rng.choice("0123456789") + rng.choice("ABCDEFGHJKLMNPQRTUW0123456789")
    return name, code, identifiers.isin("SG", "1" + rng.choice("ABCDEFGHJKLMNT") + noise.digits(rng, 7))


def _fund(rng: random.Random) -> tuple[str, str]:
    """(name, APIR code) of an invented managed fund."""
    root = rng.choice(_FUND_ROOTS)
    name = f"{root} {rng.choice(_THEMES)} Fund" + rng.choice(("", " - Wholesale", " - Class A"))
    return name, f"{root[:3].upper()}{noise.digits(rng, 4)}AU"


def _fill(rng: random.Random, st: Statement) -> None:
    busy = rng.random() < 0.35  # an account with regular contributions and a rebalance this month
    count = rng.randint(5, 10) if busy else rng.randint(2, 6)
    names, codes = set(), set()
    target = count + rng.randint(3, 16)
    for _ in range(300):  # distinct issuers and codes
        if len(st.universe) == target:
            break
        name, code, _ = _listed(rng, st.office)
        if name.rsplit(" ", 1)[0] not in names and code not in codes:
            st.universe.append((name, code))
            names.add(name.rsplit(" ", 1)[0])
            codes.add(code)
    for _ in range(count):
        if st.look.funds and rng.random() < 0.35:
            st.rows.append(_fund_trade(rng, st))
        else:
            st.rows.append(_listed_trade(rng, st))
    cash_kinds = ("div", "dist", "dep", "wd", "fee", "div", "dep", "dist", "div", "wd")
    extra = rng.choices(cash_kinds, k=rng.randint(10, 20)) if busy else rng.sample(cash_kinds, k=rng.randint(2, 8))
    kinds = ["div", "int", "fee", *extra]
    while sum(kind != "dist" for kind in kinds) <= count:  # more plain cash rows than trades
        kinds.append(rng.choice(("div", "div", "dep", "fee")))
    for kind in kinds:
        st.rows.append(_cash(rng, st, kind))
    st.rows.sort(key=lambda row: (row.day, row.kind != "trade"))
    lowest = min(accumulate((row.amount for row in st.rows), initial=Decimal(0)))
    st.opening = Decimal(rng.randint(5_000_00, 150_000_00)).scaleb(-2) - min(lowest, Decimal(0))
    bought: dict[str, tuple[str, Decimal, Decimal]] = {}
    for row in st.rows:
        if row.deal is not None and row.deal.is_buy:
            _, held, _ = bought.get(row.code, ("", Decimal(0), Decimal(0)))
            bought[row.code] = (row.deal.security_name, held + row.deal.quantity, row.deal.price)
    for name, code in st.universe:
        _, held, price = bought.pop(code, ("", Decimal(0), _share_price(rng)))
        st.holdings.append((code, name, held + Decimal(rng.randint(0, 400) * 25), price))
    st.holdings += [(code, name, held, price) for code, (name, held, price) in bought.items()]  # managed funds
    st.holdings = [holding for holding in st.holdings if holding[2] > 0]
    st.holdings.sort(key=lambda h: h[0])


def _share_price(rng: random.Random) -> Decimal:
    return trades.price(rng, decimals=rng.choice((2, 3, 3)), whole_digits=rng.choice((0, 1, 1, 1, 2)))


def _fmt_day(st: Statement, day: date) -> str:
    return dates.fmt(day, st.look.date_style)


def _listed_trade(rng: random.Random, st: Statement) -> Row:
    office, look, ccy = st.office, st.look, st.office.currency
    name, code = rng.choice(st.universe)
    day = dates.weekday_in(rng, st.first, st.last - timedelta(days=6))
    settle = dates.add_business_days(day, dates.settlement_lag(rng, day, market=office.country))
    if office.country == "SG":

        def lots(r: random.Random) -> Decimal:
            return Decimal(r.randint(1, 300) * 100)

        quantity = lots
    else:
        quantity = trades.shares
    q, p, gross = trades.draw(rng, ccy, quantity, _share_price, minimum=Decimal(800), maximum=Decimal(900_000))
    side = trades.side(rng)
    if office.country == "AU":
        brokerage = max(Decimal("18.14"), trades.rate_of(gross, "0.0011", ccy))
    else:
        brokerage = trades.rate_of(gross, rng.choice(("0.0008", "0.0018", "0.0028")), ccy, minimum="10.00")
    fees = None
    if office.country == "SG":
        fees = trades.rate_of(gross, "0.000325", ccy) + trades.rate_of(gross, "0.000075", ccy)
    gst = money.to_money((brokerage + (fees or 0)) * st.gst_rate, ccy)
    if look.gst_inclusive:
        charges = [Charge(COMMISSION, "Brokerage incl. GST", brokerage + gst)]
    else:
        charges = [Charge(COMMISSION, "Brokerage", brokerage)]
        charges += [Charge(FEE, "Clearing & access fees", fees)] if fees is not None else []
        charges.append(Charge(TAX, "GST", gst))
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=ccy,
        security_name=name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=st.account,
        counterparty=office.legal_name,
        trade_ref=f"{noise.digits(rng, 8)}" if look.refs else None,
        ticker=code,
    )
    word = look.words[0] if deal.is_buy else look.words[1]
    amount = -deal.net_amount if deal.is_buy else deal.net_amount
    if look.style == "itemised":
        details = [name, f"{office.exchange}: {code}" + (f"  CN {deal.trade_ref}" if deal.trade_ref else "")]
        return Row(
            day,
            "trade",
            word,
            details,
            amount,
            deal,
            code,
            units=money.fmt(q),
            price=money.fmt(p),
            settle=_fmt_day(st, settle),
            brokerage=money.fmt(deal.commission, decimals=2),
            fees=money.fmt(fees, decimals=2) if fees is not None and not look.gst_inclusive else "",
            gst="" if look.gst_inclusive else money.fmt(gst, decimals=2),
        )
    price_line = f"@ ${money.fmt(p)}  traded {_fmt_day(st, day)}, settled {_fmt_day(st, settle)}"
    if look.gst_inclusive:
        cost = f"Brokerage ${money.fmt(brokerage + gst)} (incl. GST ${money.fmt(gst)})"
    else:
        cost = f"Brokerage ${money.fmt(brokerage)}"
        cost += f"  Clearing & access fees ${money.fmt(fees)}" if fees is not None else ""
        cost += f"  GST ${money.fmt(gst)}"
    if deal.trade_ref:
        cost += f"  Contract note {deal.trade_ref}"
    first = f"{word} {money.fmt(q)} {name} ({office.exchange}: {code})"
    return Row(settle, "trade", word, [first, price_line, cost], amount, deal, code)


def _fund_trade(rng: random.Random, st: Statement) -> Row:
    look, ccy = st.look, st.office.currency
    name, apir = _fund(rng)
    day = dates.weekday_in(rng, st.first, st.last - timedelta(days=6))
    settle = dates.add_business_days(day, rng.choice((1, 2, 3)))

    def unit_price(r: random.Random) -> Decimal:
        return Decimal(r.randint(8000, 42000)).scaleb(-4)

    def units(r: random.Random) -> Decimal:
        return Decimal(r.randint(1000_0000, 90000_0000)).scaleb(-4)

    q, p, gross = trades.draw(rng, ccy, units, unit_price, minimum=Decimal(1000), maximum=Decimal(400_000))
    deal = Deal(
        side=trades.side(rng),
        quantity=q,
        price=p,
        currency=ccy,
        security_name=name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        account=st.account,
        counterparty=st.office.legal_name,
        trade_ref=f"{noise.digits(rng, 8)}" if look.refs else None,
    )
    word = FUND_WORDS[0] if deal.is_buy else FUND_WORDS[1]
    amount = -deal.net_amount if deal.is_buy else deal.net_amount
    if look.style == "itemised":
        details = [name, f"APIR {apir}" + (f"  Ref {deal.trade_ref}" if deal.trade_ref else "")]
        return Row(
            day,
            "trade",
            word,
            details,
            amount,
            deal,
            apir,
            units=money.fmt(q),
            price=money.fmt(p),
            settle=_fmt_day(st, settle),
        )
    lines = [
        f"{word} {money.fmt(q)} units {name} (APIR {apir})",
        f"@ ${money.fmt(p)} per unit  priced {_fmt_day(st, day)}, settled {_fmt_day(st, settle)}"
        + (f"  Ref {deal.trade_ref}" if deal.trade_ref else ""),
    ]
    return Row(settle, "trade", word, lines, amount, deal, apir)


def _cash(rng: random.Random, st: Statement, kind: str) -> Row:
    office, ccy, style = st.office, st.office.currency, st.look.date_style
    day = dates.weekday_in(rng, st.first, st.last)
    au = office.country == "AU"
    if kind == "div":
        name, code = rng.choice(st.universe)
        held = rng.randint(2, 300) * 25
        rate = Decimal(rng.randint(5, 950)).scaleb(-3)
        amount = max(money.to_money(held * rate, ccy), Decimal("0.01"))
        extra = f"{rng.choice((0, 50, 100, 100))}% franked" if au else rng.choice(("1-tier tax exempt", "tax exempt"))
        what = [f"{name} ({code})", f"{held:,} shares @ ${rate} {extra}"]
        return _cash_row(st, day, kind, "Dividend", what, amount)
    if kind == "dist":
        if au:
            name, apir = _fund(rng)
            what = [name, f"APIR {apir}  period ending {dates.fmt(st.first - timedelta(days=1), style)}"]
        else:
            name, code = rng.choice(st.universe)
            what = [f"{name} ({code})", "distribution, taxable income component"]
        return _cash_row(st, day, kind, "Distribution", what, Decimal(rng.randint(2_000, 450_000)).scaleb(-2))
    if kind == "int":
        rate = Decimal(rng.randint(50, 460)).scaleb(-2)
        span = f"{dates.fmt(st.first, style)} to {dates.fmt(st.last, style)}"
        what = ["Cash hub interest", f"{span} @ {rate}% p.a."]
        return _cash_row(st, st.last, kind, "Interest", what, Decimal(rng.randint(100, 60_000)).scaleb(-2))
    if kind == "fee":
        month = dates.MONTHS[st.first.month - 1]
        what = rng.choice(
            (
                [f"Administration Fee - {month}", f"{noise.scaled(rng, 10, 45, 2)}% p.a. of account balance"],
                ["Ongoing Adviser Fee", f"incl. GST, as agreed {noise.old_date(rng, 'uk')}"],
                [f"Expense recovery Fee - {month}", "operational risk financial requirement"],
            )
        )
        return _cash_row(
            st, st.last if rng.random() < 0.5 else day, kind, "Fee", what, -noise.scaled(rng, 800, 90_000, 2)
        )
    if kind == "dep":
        how = rng.choice(("BPAY", "Direct credit", "EFT")) if au else rng.choice(("FAST transfer", "PayNow", "GIRO"))
        what = [f"{how} ref {noise.digits(rng, 9)}", rng.choice(("Personal contribution", "Deposit from investor"))]
        return _cash_row(st, day, kind, "Deposit", what, Decimal(rng.randint(20, 4000) * 25))
    if au:
        target = f"BSB {noise.digits(rng, 3)}-{noise.digits(rng, 3)} acct ****{noise.digits(rng, 4)}"
    else:
        target = f"{rng.choice(('DBS', 'OCBC', 'UOB'))} a/c ****{noise.digits(rng, 4)}"
    what = [f"EFT to {target}", rng.choice(("Regular withdrawal plan", "Withdrawal requested by investor"))]
    return _cash_row(st, day, kind, "Withdrawal", what, -Decimal(rng.randint(10, 1200) * 25))


def _cash_row(st: Statement, day: date, kind: str, word: str, what: list[str], amount: Decimal) -> Row:
    if st.look.style == "itemised":
        return Row(day, kind, word, what, amount, settle="")
    return Row(day, kind, word, [f"{word} - {what[0]}", *what[1:]], amount)


# --- laying the statement out ----------------------------------------------------------------------------------

Draw = Callable[[Sheet, float], None]


class Flow:
    """Blocks placed down the pages; a block that does not fit starts a new page (after the resume blocks)."""

    def __init__(self, top: float) -> None:
        self.pages: list[list[tuple[float, Draw]]] = [[]]
        self.y = top

    def add(
        self, height: float, draw: Draw, *, keep: float = 0, resume: list[tuple[float, Draw]] | None = None
    ) -> None:
        if self.y + height + keep > BOTTOM:
            self.new_page()
            for h, d in resume or []:
                self.pages[-1].append((self.y, d))
                self.y += h
        self.pages[-1].append((self.y, draw))
        self.y += height

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP_NEXT


def _plan(rng: random.Random, st: Statement, client: tuple[str, ...]) -> list[list[tuple[float, Draw]]]:
    flow = Flow(0)
    flow.add(*_first_page(rng, st, client))
    flow.add(*_overview(rng, st))
    _history(flow, st)
    if len(flow.pages) == 1:
        flow.new_page()
    else:
        flow.y += 16
    _holdings(flow, rng, st)
    flow.y += 14
    _costs(flow, rng, st)
    flow.y += 10
    _information(flow, rng, st)
    return flow.pages


def _amount(st: Statement, value: Decimal) -> str:
    text = money.fmt(value, decimals=2)
    if value < 0:
        return f"({text})" if st.look.parentheses else f"-{text}"
    return text


def _columns(st: Statement) -> list[tuple[str, tuple[str, str], float, bool]]:
    if st.look.style == "ledger":
        spec = dict(LEDGER)
    else:
        spec = dict(ITEMISED)
        if st.office.country == "SG":  # room for the fees column
            for key, width in (("type", 44), ("details", 84), ("amount", 54), ("balance", 56)):
                spec[key] = (spec[key][0], width, spec[key][2])
        else:
            spec.pop("fees")
        if st.look.gst_inclusive:
            spare = spec.pop("gst")[1]
            spec["brok"] = (("Brokerage", "incl. GST"), spec["brok"][1], True)
            spec["details"] = (spec["details"][0], spec["details"][1] + spare, False)
    columns = [(key, heads, float(width), right) for key, (heads, width, right) in spec.items()]
    return columns


def _xs(columns: list[tuple[str, tuple[str, str], float, bool]]) -> list[float]:
    xs = [LEFT]
    for *_, width, _ in columns:
        xs.append(xs[-1] + width)
    return xs


def _history(flow: Flow, st: Statement) -> None:
    columns = _columns(st)
    xs = _xs(columns)
    ccy = st.office.currency
    title = f"Cash hub transaction history ({ccy})"

    def draw_title(text: str) -> Draw:
        return lambda sheet, y: sheet.text(LEFT, y, text, font="Helvetica-Bold", size=9.5)

    def draw_heads(sheet: Sheet, y: float) -> None:
        sheet.box(LEFT, y - 8, xs[-1] - LEFT, 19, fill=0.88)
        for (_, (top, bottom), width, right), x in zip(columns, xs, strict=False):
            for offset, text in ((0.0, top), (8.0, bottom)):
                if right:
                    sheet.right(x + width - 3, y + offset, text, font="Helvetica-Bold", size=SIZE)
                else:
                    sheet.text(x + 2, y + offset, text, font="Helvetica-Bold", size=SIZE)

    resume = [(16.0, draw_title(f"{title} - continued")), (22.0, draw_heads)] if st.look.repeat_heads else []
    flow.add(16, draw_title(title), keep=60)
    flow.add(22, draw_heads)
    balance = st.opening
    flow.add(LEAD + 3, _balance_line(st, columns, xs, f"Balance at start of period {_fmt_day(st, st.first)}", balance))
    for row in st.rows:
        balance += row.amount
        cells = _cells(st, row, columns, balance)
        height = LEAD * max(len(lines) for lines in cells.values()) + 3
        flow.add(height, _row_drawer(columns, xs, cells, height), resume=resume)
    flow.add(LEAD + 6, _balance_line(st, columns, xs, f"Balance at end of period {_fmt_day(st, st.last)}", balance))


def _cells(
    st: Statement, row: Row, columns: list[tuple[str, tuple[str, str], float, bool]], balance: Decimal
) -> dict[str, list[str]]:
    width = next(w for key, _, w, _ in columns if key == "details") - 4
    details = [part for line in row.details for part in simpleSplit(line, "Helvetica", SIZE, width)]
    if st.look.style == "ledger":
        cells = {"date": [_fmt_day(st, row.day)], "details": details}
        cells["debit" if row.amount < 0 else "credit"] = [money.fmt(abs(row.amount), decimals=2)]
        cells["balance"] = [_amount(st, balance)]
        return cells
    return {
        "date": [_fmt_day(st, row.deal.trade_date if row.deal else row.day)],
        "settle": [row.settle],
        "type": simpleSplit(row.word, "Helvetica", SIZE, next(w for k, _, w, _ in columns if k == "type") - 4),
        "details": details,
        "units": [row.units],
        "price": [row.price],
        "brok": [row.brokerage],
        "fees": [row.fees],
        "gst": [row.gst],
        "amount": [_amount(st, row.amount)],
        "balance": [_amount(st, balance)],
    }


def _row_drawer(
    columns: list[tuple[str, tuple[str, str], float, bool]], xs: list[float], cells: dict[str, list[str]], height: float
) -> Draw:
    def draw(sheet: Sheet, y: float) -> None:
        for (key, _, width, right), x in zip(columns, xs, strict=False):
            for i, line in enumerate(cells.get(key, [])):
                if right:
                    sheet.right(x + width - 3, y + LEAD * i, line, size=SIZE)
                else:
                    sheet.text(x + 2, y + LEAD * i, line, size=SIZE)
        sheet.rule(LEFT, y + height - LEAD + 1, xs[-1], weight=0.15)

    return draw


def _balance_line(
    st: Statement, columns: list[tuple[str, tuple[str, str], float, bool]], xs: list[float], label: str, value: Decimal
) -> Draw:
    x = next(x for (key, *_), x in zip(columns, xs, strict=False) if key == "details")

    def draw(sheet: Sheet, y: float) -> None:
        sheet.text(x + 2, y, label, font="Helvetica-Bold", size=SIZE)
        sheet.right(xs[-1] - 3, y, _amount(st, value), font="Helvetica-Bold", size=SIZE)

    return draw


def _first_page(rng: random.Random, st: Statement, client: tuple[str, ...]) -> tuple[float, Draw]:
    office = st.office
    adviser = noise.person(rng, institutions=False)
    practice = f"{rng.choice(('Coastline', 'Harbourside', 'Meridian', 'Orchard Road'))} Financial Planning"
    span = f"{dates.fmt(st.first, 'long')} to {dates.fmt(st.last, 'long')}"
    title = rng.choice(("Investor statement", "Monthly investment statement", "Your monthly statement"))
    details = [
        ("Account number", st.account),
        ("Account name", client[0]),
        ("Product", office.product),
        ("Period covered", f"{_fmt_day(st, st.first)} - {_fmt_day(st, st.last)}"),
        ("Your adviser", adviser),
        ("Advice practice", practice),
        ("Adviser phone", _adviser_phone(rng, office)),
    ]

    def draw(sheet: Sheet, y: float) -> None:
        sheet.text(LEFT, 46, "KARRABEE", font="Helvetica-Bold", size=20)
        sheet.text(LEFT, 58, office.product, size=8)
        sheet.right(RIGHT_EDGE, 42, title, font="Helvetica-Bold", size=13)
        sheet.right(RIGHT_EDGE, 55, span, size=8.5)
        sheet.right(RIGHT_EDGE, 66, f"Enquiries {office.phone}  |  {office.web}", size=7.5)
        sheet.rule(LEFT, 74, RIGHT_EDGE, weight=1.4)
        sheet.lines(LEFT + 10, 112, [client[0].upper(), *client[1:]], leading=11, size=9)
        sheet.box(318, 92, RIGHT_EDGE - 318, 12 * len(details) + 8)
        for i, (label, value) in enumerate(details):
            sheet.text(324, 105 + 12 * i, label, size=7.5)
            sheet.right(RIGHT_EDGE - 6, 105 + 12 * i, value, font="Helvetica-Bold", size=7.5)

    return 92 + 12 * len(details) + 30, draw


def _adviser_phone(rng: random.Random, office: Office) -> str:
    if office.country == "AU":
        return f"(0{rng.choice('2378')}) 5550 {noise.digits(rng, 4)}"
    return noise.phone(rng, "SG")


def _overview(rng: random.Random, st: Statement) -> tuple[float, Draw]:
    def total(*kinds: str) -> Decimal:
        return sum((row.amount for row in st.rows if row.kind in kinds), Decimal(0))

    cash_close = st.opening + sum((row.amount for row in st.rows), Decimal(0))
    invested = sum(
        (money.to_money(units * price, st.office.currency) for _, _, units, price in st.holdings), Decimal(0)
    )
    closing = invested + cash_close
    change = money.to_money(closing * Decimal(rng.randint(-450, 520)) / 10_000, st.office.currency)
    flows = total("dep") + total("wd") + total("div", "dist", "int") + total("fee")
    opening = closing - flows - change
    lines = [
        (f"Opening value at {_fmt_day(st, st.first)}", opening),
        ("Deposits and contributions", total("dep")),
        ("Withdrawals", total("wd")),
        ("Income received", total("div", "dist", "int")),
        ("Fees deducted", total("fee")),
        ("Change in market value", change),
        (f"Closing value at {_fmt_day(st, st.last)}", closing),
    ]

    side = [
        f"Balance at {_fmt_day(st, st.last)}: {st.office.currency} {_amount(st, cash_close)}",
        f"Minimum cash holding: {rng.choice((1, 2, 3))}% of account value",
        f"Interest rate: {noise.scaled(rng, 50, 460, 2)}% p.a. from {_fmt_day(st, st.first)}",
    ]

    def draw(sheet: Sheet, y: float) -> None:
        sheet.text(LEFT, y, f"Account overview ({st.office.currency})", font="Helvetica-Bold", size=9.5)
        for i, (label, value) in enumerate(lines):
            row_y = y + 16 + 11 * i
            bold = i in (0, len(lines) - 1)
            sheet.text(LEFT + 6, row_y, label, font="Helvetica-Bold" if bold else None, size=7.5)
            sheet.right(300, row_y, _amount(st, value), font="Helvetica-Bold" if bold else None, size=7.5)
        sheet.text(330, y + 16, "Your cash hub", font="Helvetica-Bold", size=7.5)
        for i, line in enumerate(side):
            sheet.text(330, y + 27 + 11 * i, line, size=7.5)

    return 16 + 11 * len(lines) + 20, draw


def _holdings(flow: Flow, rng: random.Random, st: Statement) -> None:
    ccy = st.office.currency
    values = [money.to_money(units * price, ccy) for _, _, units, price in st.holdings]
    total = sum(values, Decimal(0))
    heads = (("Code", LEFT, False), ("Investment", LEFT + 58, False), ("Units", 380, True))
    heads += (("Price", 440, True), (f"Value ({ccy})", 510, True), ("% of total", RIGHT_EDGE, True))

    def draw_heads(sheet: Sheet, y: float) -> None:
        sheet.text(LEFT, y, f"Your investments at {_fmt_day(st, st.last)}", font="Helvetica-Bold", size=9.5)
        for text, x, right in heads:
            (sheet.right if right else sheet.text)(x, y + 16, text, font="Helvetica-Bold", size=7)
        sheet.rule(LEFT, y + 19, RIGHT_EDGE, weight=0.4)

    flow.add(28, draw_heads, keep=40)
    for (code, name, units, price), value in zip(st.holdings, values, strict=True):
        share = money.places(value * 100 / total, 2)
        cells = (code, name, money.fmt(units), money.fmt(price), money.fmt(value, decimals=2), money.fmt(share))

        def draw(sheet: Sheet, y: float, cells: tuple[str, ...] = cells) -> None:
            for (_, x, right), text in zip(heads, cells, strict=True):
                (sheet.right if right else sheet.text)(x, y, text, size=7)

        flow.add(10, draw)

    def draw_total(sheet: Sheet, y: float) -> None:
        sheet.rule(380, y - 7, RIGHT_EDGE, weight=0.4)
        sheet.text(LEFT + 58, y, "Total investments (excluding cash hub)", font="Helvetica-Bold", size=7)
        sheet.right(510, y, money.fmt(total, decimals=2), font="Helvetica-Bold", size=7)
        sheet.right(RIGHT_EDGE, y, "100.00", font="Helvetica-Bold", size=7)

    flow.add(12, draw_total)


def _costs(flow: Flow, rng: random.Random, st: Statement) -> None:
    ccy = st.office.currency
    direct = -sum((row.amount for row in st.rows if row.kind == "fee"), Decimal(0))
    indirect = noise.scaled(rng, 500, 40_000, 2)
    lines = [
        ("Fees deducted directly from your account", direct),
        ("Indirect costs of your investment (estimated)", indirect),
        ("Total fees you paid this period", direct + indirect),
    ]
    note = (
        "This approximate amount has been deducted from your investment and covers amounts that reduced the "
        f"return on your investment; it does not include brokerage, which is shown with each trade. Figures in {ccy}."
    )

    def draw(sheet: Sheet, y: float) -> None:
        sheet.text(LEFT, y, "Fees and costs summary", font="Helvetica-Bold", size=9.5)
        for i, (label, value) in enumerate(lines):
            sheet.text(LEFT + 6, y + 15 + 10 * i, label, size=7.2)
            sheet.right(360, y + 15 + 10 * i, money.fmt(value, decimals=2), size=7.2)
        sheet.paragraph(LEFT + 6, y + 15 + 10 * len(lines) + 4, 500, note, size=6.6)

    flow.add(15 + 10 * len(lines) + 30, draw)


def _information(flow: Flow, rng: random.Random, st: Statement) -> None:
    office = st.office
    issued = dates.fmt(dates.add_business_days(st.last, rng.randint(3, 8)), "long")
    notes = [
        f"{office.legal_name} ({office.licence}) is the operator of {office.product} and issued this statement on "
        f"{issued}.",
        f"Trades are shown on their settlement date with the trade date beside them; brokerage on {office.exchange} "
        f"trades is charged at the rates in the fee schedule dated {noise.old_date(rng, 'uk')}.",
        f"Please check this statement carefully and contact us on {office.phone} within {rng.choice((30, 60, 90))} "
        "days if anything looks incorrect.",
        f"Market values are based on closing prices on {_fmt_day(st, st.last)} and may be delayed by up to "
        f"{rng.choice((15, 20))} minutes; managed fund prices are the latest redemption prices available.",
    ]
    if office.country == "AU":
        notes += [
            "If you have a complaint we cannot resolve, you may contact the Australian Financial Complaints "
            f"Authority on 1800 931 678, GPO Box 3, Melbourne VIC 3001 (member no. {noise.digits(rng, 5)}).",
            f"GST of {noise.scaled(rng, 100, 9_000, 2)} was included in the fees charged this period; you may be "
            f"able to claim a reduced input tax credit of 75%. Our Product Disclosure Statement (issue "
            f"{rng.randint(4, 19)}, dated {noise.old_date(rng, 'uk')}) is available free of charge.",
        ]
    else:
        notes += [
            f"{office.legal_name} holds a Capital Markets Services Licence for dealing in capital markets products "
            f"and providing custodial services. GST Reg. No. M{noise.digits(rng, 1)}-{noise.digits(rng, 7)}-"
            f"{noise.digits(rng, 1)}.",
            "Investments held on the platform are not insured deposits under the Deposit Insurance and Policy "
            f"Owners' Protection Schemes Act 2011. Complaints may be referred to FIDReC on +65 6327 8878 after "
            f"{rng.choice((30, 60))} days.",
        ]

    def title(sheet: Sheet, y: float) -> None:
        sheet.text(LEFT, y, "Things you should know", font="Helvetica-Bold", size=9.5)

    flow.add(14, title, keep=30)
    for note in notes:
        height = 8.4 * len(simpleSplit(note, "Helvetica", 6.8, RIGHT_EDGE - LEFT)) + 3

        def draw(sheet: Sheet, y: float, note: str = note) -> None:
            sheet.paragraph(LEFT, y, RIGHT_EDGE - LEFT, note, size=6.8, leading=8.4)

        flow.add(height, draw)


def _running_header(sheet: Sheet, st: Statement) -> None:
    sheet.text(LEFT, 42, "KARRABEE", font="Helvetica-Bold", size=12)
    sheet.right(RIGHT_EDGE, 38, f"{st.office.product}  |  Account {st.account}", size=7.5)
    span = f"{dates.fmt(st.first, 'long')} to {dates.fmt(st.last, 'long')}"
    sheet.right(RIGHT_EDGE, 48, span, size=7.5)
    sheet.rule(LEFT, 56, RIGHT_EDGE, weight=0.8)


def _footer(sheet: Sheet, st: Statement, number: int, total: int) -> None:
    base = sheet.height - 40
    sheet.rule(LEFT, base - 9, RIGHT_EDGE, weight=0.4)
    sheet.text(LEFT, base, f"{st.office.legal_name}  {st.office.licence}", size=6.2)
    sheet.text(LEFT, base + 8, f"{', '.join(st.office.address)}  |  {st.office.web}", size=6.2)
    sheet.right(RIGHT_EDGE, base, f"Page {number} of {total}", font="Helvetica-Bold", size=7)


LAYOUT = Layout(
    name="au_wealth_statement",
    kind="pdf",
    heldout=False,
    build=build,
    description="AU/SG wealth platform monthly statement, 2-4 pages: cash hub history mixing trades and cash rows",
)
