"""Clearing blotter: the evening trade register a US correspondent clearing firm prints for an introducing firm.

A 132-column, upper-case, space-padded text print ("TRADE CONFIRMATION REGISTER" or "DAILY TRADE BLOTTER") of
one correspondent's day: an introducing broker's or an RIA's client accounts, one to three pages. Every page opens
with the clearing firm, the report title, the page number, the run date and time (evening of the trade date or
early next morning), the report id and the correspondent; the column headings (two lines over a rule) repeat on
every page that holds rows. A page that runs on ends with a "CONTINUED" line; pages are split by a form feed, by
the ASA carriage-control "1" in column one, by both, or only by the repeated header.

Rows: one line per entry (the description cut to its column) or two (the description wraps onto the second line,
which also carries what has no column: CUSIP, symbol, tag number, "AS OF" date, a remark, execution time and
market). Activity codes B/S/SS/BC (buy, sell, short sale, buy to cover) or the words BUY/SELL/SHORT/COVER; a
status column marks cancels (CXL or CANCEL), rebills (COR or REBILL) and late bookings (ASO or AS OF). Columns
vary per print: account number and rep code on each line, or a heading per account (name, type, rep) closed by
purchase and sale subtotals; trade date per line or only in the page header; symbol and CUSIP in columns or under
the description; SEC fee, TAF and a misc (transaction/handling) fee in columns of their own or summed under
"OTHER FEES"; DR/CR after the net amount; a tag number column; zero charges as 0.00 or blank. Prices carry four to
six places, quantities are whole shares or fund units to three places, dates are MM/DD/YY.

Entries that are not trades: journals of cash between accounts, free receipts and deliveries of securities
(quantity and security, no price), advisory/custodial fees, wires and checks. The print closes with report totals
(counts and sums by purchases, sales, cancels, corrections and money entries), a legend of codes and an
end-of-report marker with a record count.

Truth (printed order): every trade line (new, as-of, rebill) is a trade; a cancel line is never one, and the line
it cancels is not one either when it is in the same print (the rebill, if any, replaces it). A cancel of an
earlier day's trade stands alone. side: B/BUY and BC/COVER are BUY, S/SELL and SS/SHORT are SELL. account: the
account number of the line or of its account heading. trade_ref: the tag number where printed, else null.
ticker/cusip: only where printed; no ISIN. security_name: as printed (cut to the column on one-line prints, the
whole wrapped name on two-line prints). Zero charges printed as 0.00 are 0.00 in the truth, blank ones null; fees
are SEC fee + TAF + misc fee. trade_date: the line's date, its AS OF date, or the header's trade date (not the run
date). counterparty: the clearing firm that prints and issues the register and carries and settles every account
on it; the introducing firm named in the header is the recipient, not the issuer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout

WIDTH = 132


@dataclass(frozen=True)
class Firm:
    broker: noise.Broker
    report: str
    account_style: str  # "office" 4QK-10293, "digits" 427104938 style, "dash" 427-104938


FIRMS = (
    Firm(
        noise.Broker(
            legal_name="KILBRIDE CLEARING CORPORATION",
            brand="KILBRIDE",
            address=("40 WALL STREET 22ND FLOOR", "NEW YORK NY 10005"),
            phone="(212) 555-0163",
            web="",
            region="US",
        ),
        "TCR110",
        "office",
    ),
    Firm(
        noise.Broker(
            legal_name="TOLLAND STREET CLEARING LLC",
            brand="TOLLAND STREET",
            address=("2200 ROSS AVENUE SUITE 3100", "DALLAS TX 75201"),
            phone="(214) 555-0138",
            web="",
            region="US",
        ),
        "BLT200R",
        "digits",
    ),
    Firm(
        noise.Broker(
            legal_name="BRACKENRIDGE FIRST CLEARING INC",
            brand="BRACKENRIDGE",
            address=("ONE NORTH WACKER DRIVE", "CHICAGO IL 60606"),
            phone="(312) 555-0182",
            web="",
            region="US",
        ),
        "CNR310",
        "dash",
    ),
)
CORRESPONDENTS = (
    ("HALSTEAD CAPITAL ADVISORS LLC", "RIA"),
    ("PINE HOLLOW WEALTH MANAGEMENT LLC", "RIA"),
    ("MARLOWE & FINCH INVESTMENT COUNSEL", "RIA"),
    ("GREENSPIRE SECURITIES INC", "IBD"),
    ("CEDAR RIDGE FINANCIAL GROUP INC", "IBD"),
    ("OAKHURST BROKERAGE SERVICES LLC", "IBD"),
)
CODES = {
    "codes": {"BUY": "B", "SELL": "S", "SHORT": "SS", "COVER": "BC", "jnl": "JNL", "rf": "RF", "df": "DF",
              "fee": "FEE", "wire": "WIR", "chk": "CHK"},
    "words": {"BUY": "BUY", "SELL": "SELL", "SHORT": "SHORT", "COVER": "COVER", "jnl": "JNL", "rf": "RECV",
              "df": "DELV", "fee": "FEE", "wire": "WIRE", "chk": "CHECK"},
}  # fmt: skip
STATUS = {
    "codes": {"new": "", "cxl": "CXL", "cor": "COR", "aso": "ASO"},
    "words": {"new": "", "cxl": "CANCEL", "cor": "REBILL", "aso": "AS OF"},
}
REMARKS = ("UNSOLICITED", "SOLICITED", "AVG PRICE", "DISCRETIONARY", "PRICE IMPROVED", "ODD LOT")
MARKETS = ("NYSE", "NASD", "ARCA", "BATS", "IEX", "OTC")


@dataclass(frozen=True)
class Col:
    key: str
    top: str
    bottom: str
    width: int
    right: bool


@dataclass
class Look:
    title: str
    words: str  # "codes" or "words"
    grouped: bool  # a heading and subtotals per account, else account and rep on every line
    two_line: bool
    rep_col: bool
    trade_col: bool
    dates_left: bool
    sym: str  # "col", "line2" or ""
    cusip: str  # "col", "line2" or ""
    tag: str  # "col", "line2" or ""
    fees: str  # "split" (SEC FEE, TAF [, MISC]) or "combined"
    misc: bool  # a misc (transaction/handling) fee is charged and printed
    dc: bool  # DR/CR after the net amount
    cxl_minus: bool  # cancel lines print their amounts with a trailing minus (when there is no DR/CR)
    zero: str  # "0.00" or "" for a zero charge
    places: int  # price decimals
    page_lines: int
    page_break: str  # "ff", "asa", "ff_asa" or "plain"
    of_total: bool  # "PAGE 1 OF 3"
    entry_order: bool  # flat prints: entry order rather than by account
    columns: list[Col] = field(default_factory=list)

    def has(self, key: str) -> bool:
        return any(col.key == key for col in self.columns)

    def col(self, key: str) -> Col:
        return next(col for col in self.columns if col.key == key)

    def offset(self, key: str) -> int:
        position = 1
        for col in self.columns:
            if col.key == key:
                return position
            position += col.width + 1
        raise KeyError(key)

    @property
    def as_of_allowed(self) -> bool:
        return self.trade_col or self.two_line


@dataclass(frozen=True)
class Account:
    number: str
    name: str
    kind: str  # CASH, MARGIN, IRA, ROTH IRA, ADVISORY
    rep: str
    plan: str  # commission plan: "zero", "rate", "flat", "per_share"


@dataclass
class Row:
    seq: int  # entry sequence: rows are listed by account and entry, or by entry
    account: Account
    kind: str  # BUY, SELL, SHORT, COVER, jnl, rf, df, fee, wire, chk
    status: str  # new, cxl, cor, aso
    tag: str  # the tag number printed on the line (a cancel shows the tag of the trade it cancels)
    deal: Deal | None = None
    security: securities.Security | None = None
    cells: dict[str, str] = field(default_factory=dict)  # first-line cells other than the amounts of a deal
    more: list[str] = field(default_factory=list)  # second-line items
    amount: Decimal | None = None  # money entries: signed, into the account positive
    counts: bool = True  # a trade of the truth
    parts: dict[str, Decimal] = field(default_factory=dict)  # comm, sec, taf, misc as printed


@dataclass
class Register:
    firm: Firm
    look: Look
    day: date  # the trade date of the run
    run: str  # run date and time
    corr: tuple[str, str, str]  # number, name, kind (RIA or IBD)
    office: str
    accounts: list[Account] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    next_seq: int = 1
    tag_base: int = 0
    tag_style: str = "date"

    def seq(self) -> int:
        self.next_seq += 1
        return self.next_seq


def build(rng: random.Random) -> Document:
    firm = rng.choice(FIRMS)
    look = _look(rng)
    day = dates.trade_day(rng)
    if rng.random() < 0.7:
        run = f"{dates.fmt(day, 'us2')} {rng.randint(17, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    else:
        after = dates.add_business_days(day, 1)
        run = f"{dates.fmt(after, 'us2')} {rng.randint(0, 5):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    name, kind = rng.choice(CORRESPONDENTS)
    reg = Register(
        firm,
        look,
        day,
        run,
        (noise.digits(rng, 4), name, kind),
        office=noise.digits(rng, 1) + noise.letters(rng, 2),
        tag_base=rng.randint(10, 900),
        tag_style=rng.choice(("date", "letter")),
    )
    for _ in range(rng.randint(1, 3)):
        _new_account(rng, reg)
    for _ in range(rng.randint(2, 6)):
        _add_trade(rng, reg, rng.choice(reg.accounts))
    for _ in range(rng.randint(1, 3)):
        _add_money(rng, reg, rng.choice(reg.accounts))
    for plan in rng.sample(("same_cxl", "same_rebill", "old_cxl", "old_rebill", "aso", ""), k=rng.randint(1, 3)):
        _scenario(rng, reg, plan)
    target = rng.choice((1, 1, 2, 2, 2, 3))
    while len(_pages(reg)) < target:
        roll = rng.random()
        if roll < 0.12 and len(reg.accounts) < 12:
            _add_trade(rng, reg, _new_account(rng, reg))
        elif roll < 0.2:
            _add_money(rng, reg, rng.choice(reg.accounts))
        else:
            _add_trade(rng, reg, rng.choice(reg.accounts))
    pages = _pages(reg)
    text = ""
    for number, page in enumerate(pages, start=1):
        if number > 1:
            text += "\f" if look.page_break in ("ff", "ff_asa") else "\n\n"
        text += "\n".join(line.rstrip() for line in page) + "\n"
    assert all(len(line.lstrip("\f")) <= WIDTH for line in text.split("\n")), "a line wider than the print"
    truth = [row.deal.truth(**_printed(reg, row)) for row in _ordered(reg) if row.deal is not None and row.counts]
    return Document(text.encode("ascii"), "confirmation", truth)


# ---------------------------------------------------------------------------------------------------- the look


def _look(rng: random.Random) -> Look:
    two_line = rng.random() < 0.5
    placements = ("col", "line2") if two_line else ("col",)
    sym = rng.choice((*placements, "col", ""))
    cusip = rng.choice((*placements, "col", "")) if sym else rng.choice(placements)
    look = Look(
        title=rng.choice(("TRADE CONFIRMATION REGISTER", "DAILY TRADE BLOTTER", "DAILY TRADE BLOTTER")),
        words=rng.choice(("codes", "codes", "words")),
        grouped=rng.random() < 0.5,
        two_line=two_line,
        rep_col=rng.random() < 0.7,
        trade_col=rng.random() < 0.6,
        dates_left=rng.random() < 0.5,
        sym=sym,
        cusip=cusip,
        tag=rng.choice((*placements, "col", "")),
        fees=rng.choice(("split", "combined")),
        misc=rng.random() < 0.5,
        dc=rng.random() < 0.4,
        cxl_minus=rng.random() < 0.5,
        zero=rng.choice(("0.00", "0.00", "")),
        places=rng.choice((4, 4, 5, 6)),
        page_lines=rng.choice((56, 60, 66)),
        page_break=rng.choice(("ff", "asa", "ff_asa", "plain")),
        of_total=rng.random() < 0.4,
        entry_order=rng.random() < 0.4,
    )
    # narrow the print until the description has room: drop optional columns in this order
    while _desc_width(look) < 20:
        if look.dc:
            look.dc = False
        elif look.tag == "col":
            look.tag = "line2" if two_line else ""
        elif look.fees == "split":
            look.fees = "combined"
        elif not look.grouped and look.rep_col:
            look.rep_col = False
        elif look.cusip == "col" and (two_line or look.sym == "col"):
            look.cusip = "line2" if two_line else ""
        elif look.sym == "col" and (two_line or look.cusip == "col"):
            look.sym = "line2" if two_line else ""
        elif look.trade_col:
            look.trade_col = False
        else:
            break
    assert _desc_width(look) >= 16, look
    look.columns = _columns(look, min(_desc_width(look), 32))
    return look


def _columns(look: Look, desc: int) -> list[Col]:
    code_w = 3 if look.words == "codes" else 5
    st_w = 3 if look.words == "codes" else 6
    cols = []
    if not look.grouped:
        cols.append(Col("acct", "ACCOUNT", "NUMBER", 10, False))
        if look.rep_col:
            cols.append(Col("rep", "", "RR", 3, False))
    cols += [Col("st", "", "ST" if look.words == "codes" else "STATUS", st_w, False)]
    cols += [Col("code", "", "TC" if look.words == "codes" else "ACTN", code_w, False)]
    dated = [Col("trade", "TRADE", "DATE", 8, False)] if look.trade_col else []
    dated.append(Col("settle", "SETTLE", "DATE", 8, False))
    if look.dates_left:
        cols += dated
    cols.append(Col("qty", "", "QUANTITY", 11, True))
    if look.sym == "col":
        cols.append(Col("sym", "", "SYMBOL", 6, False))
    if look.cusip == "col":
        cols.append(Col("cusip", "", "CUSIP", 9, False))
    cols.append(Col("desc", "SECURITY", "DESCRIPTION", desc, False))
    cols += [Col("price", "", "PRICE", 11, True), Col("principal", "", "PRINCIPAL", 13, True)]
    cols.append(Col("comm", "", "COMM", 8, True))
    if look.fees == "split":
        cols += [Col("sec", "SEC", "FEE", 7, True), Col("taf", "", "TAF", 5, True)]
        if look.misc:
            cols.append(Col("misc", "MISC", "FEE", 6, True))
    else:
        cols.append(Col("fees", "OTHER", "FEES", 8, True))
    cols.append(Col("net", "NET", "AMOUNT", 13, True))
    if look.dc:
        cols.append(Col("dc", "", "DC", 2, False))
    if not look.dates_left:
        cols += dated
    if look.tag == "col":
        cols.append(Col("tag", "TAG", "NUMBER", 8, False))
    return cols


def _desc_width(look: Look) -> int:
    others = [col for col in _columns(look, 0) if col.key != "desc"]
    return WIDTH - 1 - sum(col.width for col in others) - len(others)


# ---------------------------------------------------------------------------------------------------- entries


def _new_account(rng: random.Random, reg: Register) -> Account:
    while True:
        style = reg.firm.account_style
        if style == "office":
            number = f"{reg.office}-{noise.digits(rng, 5)}"
        elif style == "digits":
            number = reg.corr[0][1:] + noise.digits(rng, 5)
        else:
            number = f"{reg.corr[0][1:]}-{noise.digits(rng, 6)}"
        if all(account.number != number for account in reg.accounts):
            break
    advisory = reg.corr[2] == "RIA"
    kinds = ("ADVISORY", "ADVISORY", "IRA", "MARGIN") if advisory else ("CASH", "MARGIN", "MARGIN", "IRA", "ROTH IRA")
    kind = rng.choice(kinds)
    plan = "zero" if kind == "ADVISORY" else rng.choice(("rate", "flat", "per_share"))
    rep = reg.accounts[0].rep if reg.accounts and rng.random() < 0.5 else noise.letters(rng, 1) + noise.digits(rng, 2)
    account = Account(number, noise.person(rng).upper(), kind, rep, plan)
    reg.accounts.append(account)
    return account


def _tag(rng: random.Random, reg: Register, day: date, seq: int | None = None) -> str:
    if reg.tag_style == "date":
        number = seq + reg.tag_base if seq is not None else rng.randint(1, 4000)
        return f"{day:%m%d}{number:04d}"
    number = seq + reg.tag_base * 10 if seq is not None else rng.randint(1, 999_999)
    letter = "ABCDEFGHJKLMNPRSTUVWXYZ"[(day.toordinal() + 7) % 23]
    return f"{letter}{number:06d}"


def _make_deal(
    rng: random.Random, reg: Register, account: Account, kind: str, day: date, tag: str
) -> tuple[Deal, dict[str, Decimal], securities.Security]:
    look = reg.look
    fund = kind in ("BUY", "SELL") and rng.random() < 0.12
    security = securities.fund(rng, "US") if fund else securities.equity(rng, "US")
    units = (lambda r: Decimal(r.randint(1_000, 40_000_000)).scaleb(-3)) if fund else trades.shares

    def price(r: random.Random) -> Decimal:
        if fund:
            return trades.price(r, decimals=2, whole_digits=r.choice((1, 2)))
        return trades.price(r, decimals=r.randint(2, look.places), whole_digits=r.choice((1, 2, 2, 3)))

    q, p, _ = trades.draw(rng, "USD", units, price, maximum=Decimal(4_000_000))
    settle = dates.add_business_days(day, dates.settlement_lag(rng, day))
    deal, parts = _deal(rng, reg, account, kind, security, q, money.places(p, look.places), day, settle, tag)
    return deal, parts, security


def _deal(
    rng: random.Random,
    reg: Register,
    account: Account,
    kind: str,
    security: securities.Security,
    q: Decimal,
    p: Decimal,
    day: date,
    settle: date,
    tag: str,
) -> tuple[Deal, dict[str, Decimal]]:
    """The deal and its printed charges: commission by the account's plan, SEC fee and TAF on equity sales."""
    look = reg.look
    fund = security.kind == "fund"
    gross = money.gross_of(q, p, "USD")
    buy = kind in ("BUY", "COVER")
    if fund or account.plan == "zero":
        comm = Decimal("0.00")
    elif account.plan == "flat":
        comm = Decimal(rng.choice(("7.95", "14.95", "19.95")))
    elif account.plan == "per_share":
        comm = trades.rate_of(q, "0.02", "USD", minimum="9.95", maximum="250")
    else:
        comm = trades.rate_of(gross, "0.0015", "USD", minimum="14.95", maximum="195")
    comm = min(comm, money.to_money(gross / 20, "USD"))
    fees = trades.us_sale_fees(buy or fund, q, gross, day, ("SEC FEE", "TAF"))
    sec, taf = (fees[0].amount, fees[1].amount) if fees else (Decimal("0.00"), Decimal("0.00"))
    misc = Decimal("0.00")
    if look.misc and account.plan == "zero" and not fund:
        misc = Decimal(rng.choice(("9.95", "14.95", "14.95")))
    elif look.misc and rng.random() < 0.4:
        misc = Decimal("2.95")
    parts = {"comm": comm, "sec": sec, "taf": taf, "misc": misc}
    deal = Deal(
        side="BUY" if buy else "SELL",
        quantity=q,
        price=p,
        currency="USD",
        security_name=security.name.upper() if fund else security.upper_name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=_charges(look, parts),
        account=account.number,
        counterparty=reg.firm.broker.legal_name,
        trade_ref=tag or None,
        cusip=security.cusip,
        ticker=security.ticker,
    )
    return deal, parts


def _charges(look: Look, parts: dict[str, Decimal]) -> tuple[Charge, ...]:
    """The charges as the print shows them: a zero printed as 0.00 is a charge of 0.00, a blank one none."""
    shown = lambda amount: amount != 0 or look.zero == "0.00"  # noqa: E731
    charges = [Charge(COMMISSION, "COMM", parts["comm"])] if shown(parts["comm"]) else []
    if look.fees == "split":
        labels = (("sec", "SEC FEE"), ("taf", "TAF"), *((("misc", "MISC FEE"),) if look.misc else ()))
        charges += [Charge(FEE, label, parts[key]) for key, label in labels if shown(parts[key])]
    else:
        total = parts["sec"] + parts["taf"] + parts["misc"]
        if shown(total):
            charges.append(Charge(FEE, "OTHER FEES", total))
    return tuple(charges)


def _trade_row(rng: random.Random, reg: Register, account: Account, kind: str, status: str, day: date) -> Row:
    seq = reg.seq()
    tag = _tag(rng, reg, reg.day, seq)
    deal, parts, security = _make_deal(rng, reg, account, kind, day, tag)
    row = Row(seq, account, kind, status, tag, deal, security, parts=parts)
    row.cells = {"sym": security.ticker or "", "cusip": security.cusip or ""}
    row.more = _details(rng)
    return row


def _details(rng: random.Random) -> list[str]:
    """Second-line items that are no trade value: remark, execution time, market, capacity."""
    items = []
    if rng.random() < 0.3:
        items.append(rng.choice(REMARKS))
    if rng.random() < 0.6:
        items.append(f"EXEC {rng.randint(9, 15):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
    if rng.random() < 0.6:
        items.append(f"MKT {rng.choice(MARKETS)}")
    if rng.random() < 0.4:
        items.append(f"CAP {rng.choice('AP')}")
    return items


def _add_trade(rng: random.Random, reg: Register, account: Account) -> Row:
    kinds = ["BUY", "BUY", "SELL", "SELL"] + (["SHORT", "COVER"] if account.kind == "MARGIN" else [])
    row = _trade_row(rng, reg, account, rng.choice(kinds), "new", reg.day)
    reg.rows.append(row)
    return row


def _earlier(rng: random.Random, reg: Register) -> date:
    day = reg.day
    for _ in range(rng.randint(1, 4)):
        day = dates.previous_business_day(day)
    return day


def _scenario(rng: random.Random, reg: Register, plan: str) -> None:
    """Cancels, rebills and late bookings."""
    if plan in ("aso", "old_cxl", "old_rebill") and not reg.look.as_of_allowed:
        plan = "same_rebill" if plan == "old_rebill" else "same_cxl"
    if plan == "aso":  # a trade of an earlier day booked tonight: a trade
        kind = rng.choice(("BUY", "SELL"))
        reg.rows.append(_trade_row(rng, reg, rng.choice(reg.accounts), kind, "aso", _earlier(rng, reg)))
    elif plan in ("same_cxl", "same_rebill"):
        original = _add_trade(rng, reg, rng.choice(reg.accounts))
        original.counts = False
        _cancel(rng, reg, original)
        if plan == "same_rebill":
            _rebill(rng, reg, original)
    elif plan in ("old_cxl", "old_rebill"):  # the trade was on an earlier day's register
        day = _earlier(rng, reg)
        account = rng.choice(reg.accounts)
        kind = rng.choice(("BUY", "SELL"))
        original = _trade_row(rng, reg, account, kind, "new", day)
        original.tag = _tag(rng, reg, day)
        original.counts = False  # never printed here
        _cancel(rng, reg, original)
        if plan == "old_rebill":
            _rebill(rng, reg, original)


def _cancel(rng: random.Random, reg: Register, original: Row) -> None:
    seq = reg.seq()
    row = Row(seq, original.account, original.kind, "cxl", original.tag, original.deal, original.security, counts=False)
    row.cells = dict(original.cells)
    row.parts = dict(original.parts)
    row.more = [f"CXL OF TAG {original.tag}" if reg.look.tag == "col" else "CANCELLED"]
    reg.rows.append(row)


def _rebill(rng: random.Random, reg: Register, original: Row) -> None:
    """The corrected trade: a price, quantity, account or commission put right; same security and dates."""
    deal, security = original.deal, original.security
    assert deal is not None and security is not None
    what = rng.choice(("price", "quantity", "account", "commission"))
    account, q, p = original.account, deal.quantity, deal.price
    if (
        (what == "account" and len(reg.accounts) < 2)
        or (what == "quantity" and (q != q.to_integral_value() or q < 10))
        or (what == "commission" and original.parts["comm"] == 0)
    ):
        what = "price"
    if what == "account":
        account = rng.choice([a for a in reg.accounts if a is not original.account])
    elif what == "quantity":
        q += rng.choice((-1, 1)) * max(Decimal(1), (q / 10).to_integral_value())
    elif what == "price":
        tick = Decimal(rng.choice((1, 2, 5, 10, 25))).scaleb(-2)
        p = p + tick if rng.random() < 0.5 or p - tick < 1 else p - tick
    seq = reg.seq()
    tag = _tag(rng, reg, reg.day, seq)
    new, parts = _deal(rng, reg, account, original.kind, security, q, p, deal.trade_date, deal.settlement_date, tag)
    if what == "commission":
        parts = {**parts, "comm": money.to_money(parts["comm"] / 2, "USD")}
        new = replace(new, charges=_charges(reg.look, parts))
    row = Row(seq, account, original.kind, "cor", tag, new, security, parts=parts)
    row.cells = dict(original.cells)
    row.more = [f"REBILL OF TAG {original.tag}" if reg.look.tag else "CORRECTED"]
    reg.rows.append(row)


def _add_money(rng: random.Random, reg: Register, account: Account) -> None:
    """Entries that are not trades."""
    kinds = ["jnl", "jnl", "rf", "df", "wire", "chk", "fee"]
    kind = rng.choice(kinds)
    row = Row(reg.seq(), account, kind, "new", _tag(rng, reg, reg.day, reg.next_seq) if rng.random() < 0.5 else "")
    look = reg.look
    if kind in ("rf", "df"):
        security = securities.equity(rng, "US")
        row.cells = {
            "qty": money.fmt(trades.shares(rng)),
            "sym": security.ticker or "",
            "cusip": security.cusip or "",
            "name": security.upper_name,
        }
        contra = rng.choice(("DTC", "ACATS", "DTC"))
        row.more = [f"{'RECEIVE' if kind == 'rf' else 'DELIVER'} FREE {contra} {noise.digits(rng, 4)}"]
    elif kind == "jnl":
        others = [a.number for a in reg.accounts if a is not account]
        other = rng.choice(others) if others else f"{account.number[:-3]}{noise.digits(rng, 3)}"
        amount = Decimal(rng.randint(10, 9_000) * 10) * rng.choice((1, -1))
        row.amount = amount
        row.cells = {"name": f"JNL {'FROM' if amount > 0 else 'TO'} {other}"}
        row.more = [rng.choice(("TRANSFER OF CASH", "PER CLIENT LOA", "INTERNAL JOURNAL"))]
    elif kind == "fee":
        label = "ADVISORY FEE" if account.kind == "ADVISORY" else rng.choice(("IRA CUSTODIAL FEE", "ACAT OUT FEE"))
        row.amount = -Decimal(rng.randint(2_500, 480_000)).scaleb(-2)
        row.cells = {"name": label}
        row.more = [f"PERIOD {dates.fmt(reg.day.replace(day=1), 'us2')}"] if label == "ADVISORY FEE" else []
    elif kind == "wire":
        row.amount = -Decimal(rng.randint(100, 25_000) * 10)
        row.cells = {"name": "FED WIRE OUT"}
        row.more = [f"FED REF {dates.fmt(reg.day, 'compact')}{noise.letters(rng, 4)}{noise.digits(rng, 6)}"]
    else:
        row.amount = -Decimal(rng.randint(100, 9_000) * 10)
        row.cells = {"name": f"CHECK NO {noise.digits(rng, 6)}"}
        row.more = ["MAILED TO ADDRESS OF RECORD"]
    if not look.two_line:
        row.more = []
    reg.rows.append(row)


# ---------------------------------------------------------------------------------------------------- printing


def _ordered(reg: Register) -> list[Row]:
    if reg.look.grouped or not reg.look.entry_order:
        order = {account.number: i for i, account in enumerate(sorted(reg.accounts, key=lambda a: a.number))}
        return sorted(reg.rows, key=lambda row: (order[row.account.number], row.seq))
    return sorted(reg.rows, key=lambda row: row.seq)


def _printed(reg: Register, row: Row) -> dict[str, object]:
    """Truth overrides: what this print does not show, and the name as printed."""
    look = reg.look
    assert row.deal is not None
    out: dict[str, object] = {"security_name": _name_lines(look, row.deal.security_name)[1]}
    if not look.sym:
        out["ticker"] = None
    if not look.cusip:
        out["cusip"] = None
    if not look.tag:
        out["trade_ref"] = None
    return out


def _name_lines(look: Look, name: str) -> tuple[list[str], str]:
    """The description lines and the name as printed: cut to the column, or wrapped onto the second line."""
    width = look.col("desc").width
    if not look.two_line:
        cut = name[:width].rstrip()
        return [cut], cut
    lines, current = [], ""
    for word in name.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    return [lines[0], " ".join(lines[1:])], name


def _amount(look: Look, value: Decimal, *, blank_zero: bool = True) -> str:
    if value == 0 and blank_zero and look.zero == "":
        return ""
    return money.fmt(value, decimals=2)


def _line(look: Look, cells: dict[str, str]) -> str:
    parts = []
    for col in look.columns:
        value = cells.get(col.key, "")
        assert len(value) <= col.width, (col.key, value)
        parts.append(value.rjust(col.width) if col.right else value.ljust(col.width))
    line = " " + " ".join(parts)
    assert len(line.rstrip()) <= WIDTH, line
    return line


def _overlay(line: str, offset: int, text: str) -> str:
    line = line.ljust(offset + len(text))
    assert not line[offset : offset + len(text)].strip(), (line, text)
    return line[:offset] + text + line[offset + len(text) :]


def _row_lines(reg: Register, row: Row) -> list[str]:
    look = reg.look
    words = CODES[look.words]
    cells = {
        "acct": row.account.number,
        "rep": row.account.rep,
        "st": STATUS[look.words][row.status],
        "code": words[row.kind],
        "sym": row.cells.get("sym", "") if look.sym == "col" else "",
        "cusip": row.cells.get("cusip", "") if look.cusip == "col" else "",
        "tag": row.tag if look.tag == "col" else "",
    }
    more = []
    if row.deal is not None:
        deal = row.deal
        minus = "-" if row.status == "cxl" and look.cxl_minus and not look.dc else ""
        names, _ = _name_lines(look, deal.security_name)
        debit = deal.is_buy != (row.status == "cxl")
        cells |= {
            "trade": dates.fmt(deal.trade_date, "us2"),
            "settle": dates.fmt(deal.settlement_date, "us2"),
            "qty": money.fmt(deal.quantity),
            "desc": names[0],
            "price": money.fmt(deal.price),
            "principal": money.fmt(deal.gross_amount, decimals=2) + minus,
            "comm": _amount(look, row.parts["comm"]),
            "sec": _amount(look, row.parts["sec"]),
            "taf": _amount(look, row.parts["taf"]),
            "misc": _amount(look, row.parts["misc"]),
            "fees": _amount(look, row.parts["sec"] + row.parts["taf"] + row.parts["misc"]),
            "net": money.fmt(deal.net_amount, decimals=2) + minus,
            "dc": "DR" if debit else "CR",
        }
        more += names[1:]
        if not look.trade_col and deal.trade_date != reg.day:
            more.append(f"AS OF {dates.fmt(deal.trade_date, 'us2')}")
    else:
        names, _ = _name_lines(look, row.cells["name"])
        cells |= {"desc": names[0], "qty": row.cells.get("qty", ""), "trade": dates.fmt(reg.day, "us2")}
        more += names[1:]
        if row.amount is not None:
            cells["net"] = money.fmt(abs(row.amount), decimals=2)
            cells["dc"] = "CR" if row.amount > 0 else "DR"
            if not look.dc and row.amount < 0 and look.cxl_minus:
                cells["net"] += "-"
    if look.cusip == "line2" and row.cells.get("cusip"):
        more.append(f"CUSIP {row.cells['cusip']}")
    if look.sym == "line2" and row.cells.get("sym"):
        more.append(f"SYM {row.cells['sym']}")
    if look.tag == "line2" and row.tag:
        more.append(f"TAG {row.tag}")
    lines = [_line(look, cells)]
    if look.two_line:
        extras = list(row.more)
        second = "  ".join(item for item in [*more, *extras] if item)
        while len(second) + look.offset("desc") > WIDTH and extras:
            extras.pop()
            second = "  ".join(item for item in [*more, *extras] if item)
        assert len(second) + look.offset("desc") <= WIDTH, second
        lines.append(" " * look.offset("desc") + second)
    return lines


def _header(reg: Register, number: int, total: int) -> list[str]:
    look, firm = reg.look, reg.firm
    page = f"PAGE {number} OF {total}" if look.of_total else f"PAGE {number:>5}"
    first = "1" if look.page_break in ("asa", "ff_asa") else " "
    corr = f"CORRESPONDENT {reg.corr[0]}  {reg.corr[1]}"
    if reg.corr[2] == "RIA":
        corr = f"ADVISOR {reg.corr[0]}  {reg.corr[1]}"
    lines = [
        first + _spread(firm.broker.legal_name, look.title, page),
        " " + _spread(f"RUN {reg.run}", f"TRADE DATE {dates.fmt(reg.day, 'us2')}", f"REPORT {firm.report}"),
        " " + _spread(corr, "", f"OFFICE {reg.office}" if firm.account_style == "office" else "CURRENCY USD"),
    ]
    return [*lines, " " + "=" * (WIDTH - 1)]


def _spread(left: str, middle: str, right: str) -> str:
    width = WIDTH - 1
    centre = (width - len(middle)) // 2
    line = left.ljust(centre) if len(left) < centre else left + "  "
    line += middle
    assert len(line) + 2 + len(right) <= width, (left, middle, right)
    return line + right.rjust(width - len(line))


def _heads(reg: Register) -> list[str]:
    look = reg.look
    return [
        _line(look, {col.key: col.top for col in look.columns}),
        _line(look, {col.key: col.bottom for col in look.columns}),
        _line(look, {col.key: "-" * col.width for col in look.columns}),
    ]


def _account_heading(reg: Register, account: Account, continued: bool) -> list[str]:
    text = f" ACCOUNT {account.number}   {account.name:<36}TYPE {account.kind:<10}RR {account.rep}"
    return ["", text + ("   (CONTINUED)" if continued else "")]


def _sums(reg: Register, rows: list[Row]) -> list[tuple[str, int, dict[str, Decimal]]]:
    """Purchases and sales of the rows: counts and sums, a cancel taking its trade's amounts off."""
    out = []
    for label, buy in (("PURCHASES", True), ("SALES", False)):
        count, sums = 0, dict.fromkeys(("principal", "comm", "sec", "taf", "misc", "net"), Decimal(0))
        for row in rows:
            if row.deal is None or row.deal.is_buy != buy:
                continue
            sign = -1 if row.status == "cxl" else 1
            count += sign
            sums["principal"] += sign * row.deal.gross_amount
            sums["net"] += sign * row.deal.net_amount
            for key in ("comm", "sec", "taf", "misc"):
                sums[key] += sign * row.parts[key]
        if any(row.deal is not None and row.deal.is_buy == buy for row in rows):
            out.append((label, count, sums))
    return out


def _signed(value: Decimal) -> str:
    return money.fmt(abs(value), decimals=2) + ("-" if value < 0 else "")


def _subtotals(reg: Register, rows: list[Row]) -> list[str]:
    look = reg.look
    sums = _sums(reg, rows)
    if not sums:
        return []
    keys = [c.key for c in look.columns if c.key in ("principal", "comm", "sec", "taf", "misc", "fees", "net")]
    lines = [_line(look, {key: "-" * look.col(key).width for key in keys})]
    for label, count, values in sums:
        values = {**values, "fees": values["sec"] + values["taf"] + values["misc"]}
        cells = {key: _signed(values[key]) for key in keys}
        if look.dc:
            cells["dc"] = "DR" if (values["net"] >= 0) == (label == "PURCHASES") else "CR"
        lines.append(_overlay(_line(look, cells), 3, f"** ACCOUNT {label} {count}"))
    return lines


def _ending(reg: Register) -> list[list[str]]:
    rows = reg.rows
    look = reg.look
    blocks = []
    totals = [
        "",
        " " + "-" * (WIDTH - 1),
        f" REPORT TOTALS  {'ADVISOR' if reg.corr[2] == 'RIA' else 'CORRESPONDENT'} {reg.corr[0]}"
        f"   ACCOUNTS {len({row.account.number for row in rows}):>4}",
        "",
        f" {'':<30}{'ITEMS':>8}{'PRINCIPAL':>18}{'COMMISSION':>14}{'FEES':>12}{'NET AMOUNT':>18}",
    ]
    trades_ = [row for row in rows if row.deal is not None]
    for label, pick in (
        ("PURCHASES", lambda row: row.deal.is_buy and row.status != "cxl"),
        ("SALES", lambda row: not row.deal.is_buy and row.status != "cxl"),
        ("CANCELS", lambda row: row.status == "cxl"),
        ("CORRECTIONS (INCL ABOVE)", lambda row: row.status == "cor"),
    ):
        chosen = [row for row in trades_ if pick(row)]
        principal = sum((row.deal.gross_amount for row in chosen), Decimal(0))
        comm = sum((row.parts["comm"] for row in chosen), Decimal(0))
        fees = sum((row.parts["sec"] + row.parts["taf"] + row.parts["misc"] for row in chosen), Decimal(0))
        net = sum((row.deal.net_amount for row in chosen), Decimal(0))
        totals.append(
            f" {label:<30}{len(chosen):>8}{money.fmt(principal, decimals=2):>18}{money.fmt(comm, decimals=2):>14}"
            f"{money.fmt(fees, decimals=2):>12}{money.fmt(net, decimals=2):>18}"
        )
    money_rows = [row for row in rows if row.amount is not None]
    cash = sum((row.amount for row in money_rows), Decimal(0))
    totals.append(f" {'MONEY ENTRIES (NET)':<30}{len(money_rows):>8}{'':>62}{_signed(cash):>18}")
    free = [row for row in rows if row.kind in ("rf", "df")]
    totals.append(f" {'FREE RECEIPTS/DELIVERIES':<30}{len(free):>8}")
    blocks.append([*totals, ""])
    words = CODES[look.words]
    status = STATUS[look.words]
    legend = [
        " LEGEND",
        f"   TC   {words['BUY']}=BUY  {words['SELL']}=SELL  {words['SHORT']}=SHORT SALE  {words['COVER']}=BUY TO COVER",
        f"        {words['rf']}=RECEIVE FREE  {words['df']}=DELIVER FREE  JNL=JOURNAL  {words['wire']}=WIRE  "
        f"{words['chk']}=CHECK  FEE=ACCOUNT FEE",
        f"   ST   {status['cxl']}=CANCELLED TRADE  {status['cor']}=CORRECTED TRADE (REBILL)  {status['aso']}=AS OF"
        " TRADE ENTERED LATE",
        "   SEC FEE=SECTION 31 FEE  TAF=FINRA TRADING ACTIVITY FEE  MISC=TRANSACTION/HANDLING FEE"
        + ("  DR=DEBIT CR=CREDIT" if look.dc else ""),
        f"   QUESTIONS: {reg.firm.broker.legal_name} CORRESPONDENT SERVICES {reg.firm.broker.phone}. "
        f"MEMBER FINRA/NYSE/SIPC.",
    ]
    blocks.append(legend)
    count = len(rows)
    end = f"*** END OF REPORT {reg.firm.report} ***  RECORDS {count:06d}  RUN {reg.run}"
    blocks.append(["", f"{end:^{WIDTH}}".rstrip()])
    return blocks


def _pages(reg: Register, total: int = 0) -> list[list[str]]:
    """The register cut into pages; a row keeps its lines, an account heading its first row."""
    look = reg.look
    capacity = look.page_lines - 2
    pages: list[list[str]] = []
    state = {"account": None}

    def start(table: bool) -> None:
        pages.append(_header(reg, len(pages) + 1, total))
        if table:
            pages[-1] += _heads(reg)
            account = state["account"]
            if account is not None and look.grouped:
                pages[-1] += _account_heading(reg, account, continued=True)

    def place(block: list[str], table: bool) -> None:
        if len(pages[-1]) + len(block) > capacity:
            pages[-1] += ["", f"{'*** CONTINUED ***':>{WIDTH - 2}}"]
            start(table)
        pages[-1].extend(block)

    start(True)
    if look.grouped:
        for account in sorted(reg.accounts, key=lambda a: a.number):
            rows = [row for row in _ordered(reg) if row.account is account]
            if not rows:
                continue
            state["account"] = None
            heading = _account_heading(reg, account, continued=False)
            place(heading + _row_lines(reg, rows[0]), True)
            state["account"] = account
            for row in rows[1:]:
                place(_row_lines(reg, row), True)
            subtotal = _subtotals(reg, rows)
            if subtotal:
                place(subtotal, True)
            state["account"] = None
    else:
        for row in _ordered(reg):
            place(_row_lines(reg, row), True)
    for block in _ending(reg):
        place(block, False)
    if total == 0:
        return _pages(reg, len(pages))
    return pages


LAYOUT = Layout(
    name="us_clearing_blotter",
    kind="txt",
    heldout=False,
    build=build,
    description="US clearing firm's 132-column daily trade blotter / confirmation register for a correspondent: "
    "pages, account groups, cancels and rebills, money lines",
)
