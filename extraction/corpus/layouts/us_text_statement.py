"""Pruett Vandermeer: a US brokerage's monthly activity statement, printed by a legacy system to a text file.

132 columns, upper case, padded with spaces. Every page opens with a report header: the firm, the report title,
the page number, the run date and time, the program id, the account and the statement period. Page 1 adds the
client's address, the registered representative and an account summary (balances and values that are not
trades). The activity section's column headings span two lines ("TRADE" over "DATE", "NET" over "AMOUNT"); a
row's description wraps onto continuation lines, which also carry the CUSIP, the SEC fee and TAF of a sale or an
order reference, depending on the template. Trades (BOUGHT, SOLD, SOLD SHORT, or BOT, SLD, SS) are mixed with cash
rows that are not trades: dividends, interest, journals, outgoing wires, fees. Dates are MM/DD/YY; debits carry a
trailing minus or parentheses. A full page ends with "CONTINUED" and the next starts after a form feed or under a
"PAGE n" banner, with the header and the column headings repeated. The statement closes with an activity summary
(totals, balances and record counts, not trades) and a disclaimer.

Three templates:
- cusip column: CUSIP and "OTHER FEES" (SEC fee plus TAF) in columns of their own.
- continuation: principal (the gross) and commission columns; CUSIP, fees and order number on continuation lines.
- ledger: abbreviated activity codes, a symbol column and a running balance carried from page to page; CUSIP and
  fees on continuation lines.
Where the principal is not printed the truth still holds quantity x price as the gross.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, Charge, Deal, Document, Layout

BROKER = noise.Broker(
    legal_name="PRUETT VANDERMEER & CO INC",
    brand="PRUETT VANDERMEER",
    address=("700 FARNAM STREET SUITE 1200", "OMAHA NE 68102"),
    phone="(402) 555-0147",
    web="",
    region="US",
)
WIDTH, PAGE_LINES, PROGRAM = 132, 62, "STM410R"
# (key, top heading, bottom heading, width, right-aligned) per template
TEMPLATES = {
    "cusip_column": (
        ("trade", "TRADE", "DATE", 8, False),
        ("settle", "SETTLE", "DATE", 8, False),
        ("act", "", "ACTIVITY", 10, False),
        ("qty", "", "QUANTITY", 12, True),
        ("desc", "SECURITY", "DESCRIPTION", 28, False),
        ("cusip", "", "CUSIP", 9, False),
        ("price", "", "PRICE", 12, True),
        ("comm", "", "COMMISSION", 10, True),
        ("fees", "OTHER", "FEES", 8, True),
        ("amount", "NET", "AMOUNT", 16, True),
    ),
    "continuation": (
        ("trade", "TRADE", "DATE", 8, False),
        ("settle", "SETTLE", "DATE", 8, False),
        ("act", "TRANS", "TYPE", 10, False),
        ("qty", "", "QUANTITY", 13, True),
        ("desc", "", "DESCRIPTION", 29, False),
        ("price", "UNIT", "PRICE", 12, True),
        ("principal", "", "PRINCIPAL", 16, True),
        ("comm", "", "COMMISSION", 10, True),
        ("amount", "NET", "AMOUNT", 16, True),
    ),
    "ledger": (
        ("act", "ACT", "CODE", 8, False),
        ("trade", "TRADE", "DATE", 8, False),
        ("settle", "STL", "DATE", 8, False),
        ("symbol", "", "SYMBOL", 6, False),
        ("qty", "", "QUANTITY", 12, True),
        ("desc", "", "DESCRIPTION", 27, False),
        ("price", "", "PRICE", 11, True),
        ("comm", "", "COMM", 9, True),
        ("amount", "", "AMOUNT", 16, True),
        ("balance", "CASH", "BALANCE", 16, True),
    ),
}
WORDS = {
    "full": {"BUY": "BOUGHT", "SELL": "SOLD", "SHORT": "SOLD SHORT", "div": "DIVIDEND", "int": "INTEREST"},
    "short": {"BUY": "BOT", "SELL": "SLD", "SHORT": "SS", "div": "DIV", "int": "INT"},
}
CASH_WORDS = {"jnl": "JOURNAL", "wire": "WIRE OUT", "fee": "FEE"}
FEE_TEXTS = ("WIRE TRANSFER FEE", "ANNUAL ACCOUNT FEE", "PAPER STATEMENT FEE", "REORG PROCESSING FEE")
REMARKS = ("UNSOLICITED", "WE ACTED AS AGENT", "AVERAGE PRICE TRANSACTION", "PRICE IMPROVED", "MKT NYSE", "MKT NASD")


@dataclass(frozen=True)
class Look:
    template: str
    words: dict[str, str]
    parentheses: bool  # debits as (1,234.56) rather than 1,234.56-
    form_feed: bool  # pages split by a form feed rather than a banner

    @property
    def columns(self) -> tuple[tuple[str, str, str, int, bool], ...]:
        return TEMPLATES[self.template]

    def width(self, key: str) -> int:
        return next(width for name, _, _, width, _ in self.columns if name == key)

    def has(self, key: str) -> bool:
        return any(name == key for name, *_ in self.columns)


@dataclass(frozen=True)
class Row:
    day: date
    kind: str  # BUY, SELL, SHORT, div, int, jnl, wire, fee
    cells: dict[str, str]  # the first line, by column
    more: tuple[str, ...]  # continuation lines, under the description
    amount: Decimal  # signed: cash into the account is positive
    deal: Deal | None = None


@dataclass
class Statement:
    """One month of one account, with the text around the activity drawn once (it sets the page breaks)."""

    look: Look
    first: date
    last: date
    account: str
    opening: Decimal
    run: str  # run date and time
    client: noise.Client
    rep: tuple[str, str]  # representative, telephone
    market_value: Decimal
    notes: list[str]  # the closing disclaimer, a sentence each
    rows: list[Row] = field(default_factory=list)

    def ordered(self) -> list[Row]:
        return sorted(self.rows, key=lambda row: row.day)


def build(rng: random.Random) -> Document:
    first, last = dates.month_of(dates.trade_day(rng))
    template = rng.choice(tuple(TEMPLATES))
    look = Look(
        template=template,
        words=WORDS["short"] if template == "ledger" or rng.random() < 0.3 else WORDS["full"],
        parentheses=rng.random() < 0.5,
        form_feed=rng.random() < 0.5,
    )
    st = Statement(
        look,
        first,
        last,
        account=f"{noise.digits(rng, 3)}-{noise.digits(rng, 5)}-{noise.digits(rng, 1)}",
        opening=Decimal(rng.randint(1_000_00, 250_000_00)).scaleb(-2),
        run=f"{dates.fmt(dates.add_business_days(last, rng.randint(1, 3)), 'us2')}  RUN TIME {dates.clock(rng)}",
        client=noise.client(rng, "US"),
        rep=(
            f"{noise.letters(rng, 1)}{noise.digits(rng, 2)}  {noise.person(rng, institutions=False).upper()}",
            f"(402) 555-01{noise.digits(rng, 2)}",
        ),
        market_value=Decimal(rng.randint(10_000_00, 2_500_000_00)).scaleb(-2),
        notes=_notes(rng, last),
    )
    for _ in range(rng.randint(3, 10)):
        st.rows.append(_trade(rng, st, rng.choice(("BUY", "BUY", "SELL", "SELL", "SHORT"))))
    for kind in ("div", "int", *rng.sample(("div", "jnl", "wire", "fee", "div", "jnl"), k=rng.randint(2, 5))):
        st.rows.append(_cash(rng, st, kind))
    target = rng.randint(2, 4)
    while len(_pages(st)) < target:
        kind = rng.choice(("BUY", "SELL", "BUY", "SELL", "div", "div", "div", "jnl", "wire", "fee"))
        st.rows.append(_trade(rng, st, kind) if kind.isupper() else _cash(rng, st, kind))
    lowest = min(accumulate((row.amount for row in st.ordered()), initial=st.opening))
    if lowest < 0:  # the client had the cash for the month's purchases
        st.opening += -lowest + Decimal(rng.randint(1, 5_000) * 10)
    pages = _pages(st)
    text = ""
    for number, page in enumerate(pages, start=1):
        if number > 1 and look.form_feed:
            text += "\f"
        elif number > 1:
            text += f"\n {f' PAGE {number} ':=^{WIDTH - 1}}\n\n"
        text += "\n".join(line.rstrip() for line in page) + "\n"
    truth = [row.deal.truth() for row in st.ordered() if row.deal is not None]
    return Document(text.encode("ascii", "replace"), "statement", truth)


def _trade(rng: random.Random, st: Statement, kind: str) -> Row:
    fund = kind == "BUY" and rng.random() < 0.15
    security = securities.fund(rng, "US") if fund else securities.equity(rng, "US")
    q, p, gross = trades.draw(
        rng,
        "USD",
        trades.fund_units if fund else trades.shares,
        lambda r: trades.price(r, decimals=r.choice((2, 3, 4)), whole_digits=r.choice((1, 2, 2, 3))),
        maximum=Decimal(600_000),
    )
    p = money.places(p, 4)  # the price column carries four places
    day = dates.weekday_in(rng, st.first, st.last)
    settle = dates.add_business_days(day, dates.settlement_lag(rng, day))
    commission = (
        Decimal(0)
        if fund
        else rng.choice((Decimal("4.95"), trades.rate_of(gross, "0.0015", "USD", minimum="14.95", maximum="195.00")))
    )
    side = "BUY" if kind == "BUY" else "SELL"
    charges = (
        Charge(COMMISSION, "COMMISSION", commission),
        *trades.us_sale_fees(side == "BUY", q, gross, day, ("SEC FEE", "TAF")),
    )
    name = security.name.upper() if fund else security.upper_name
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency="USD",
        security_name=name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=charges,
        account=st.account,
        counterparty=BROKER.legal_name,
        trade_ref=f"{noise.letters(rng, 1)}{noise.digits(rng, 7)}" if st.look.template == "continuation" else None,
        cusip=security.cusip,
        ticker=security.ticker if st.look.template == "ledger" else None,
    )
    fees = deal.fees
    cells = {
        "trade": dates.fmt(day, "us2"),
        "settle": dates.fmt(settle, "us2"),
        "act": st.look.words[kind],
        "symbol": security.ticker or "",
        "qty": money.fmt(q),
        "cusip": security.cusip or "",
        "price": money.fmt(p),
        "principal": money.fmt(gross, decimals=2),
        "comm": money.fmt(commission, decimals=2),
        "fees": money.fmt(fees, decimals=2) if fees is not None else "",
    }
    extras = []
    if not st.look.has("cusip"):
        extras.append(f"CUSIP {security.cusip}")
    if fees is not None and not st.look.has("fees"):
        extras.append(f"SEC FEE {money.fmt(charges[1].amount)} TAF {money.fmt(charges[2].amount)}")
    if deal.trade_ref:
        extras.append(f"ORDER NO {deal.trade_ref}")
    if rng.random() < 0.3:
        extras.append(rng.choice(REMARKS))
    amount = -deal.net_amount if deal.is_buy else deal.net_amount
    return _row(st, day, kind, cells, name, extras, amount, deal)


def _row(
    st: Statement,
    day: date,
    kind: str,
    cells: dict[str, str],
    text: str,
    extras: list[str],
    amount: Decimal,
    deal: Deal | None = None,
) -> Row:
    """The description wrapped to its column; what does not fit, and the extras, go on continuation lines."""
    lines = _wrap(text, st.look.width("desc"))
    return Row(day, kind, {**cells, "desc": lines[0]}, (*lines[1:], *extras), amount, deal)


def _cash(rng: random.Random, st: Statement, kind: str) -> Row:
    day = dates.weekday_in(rng, st.first, st.last)
    cells = {"trade": dates.fmt(day, "us2"), "act": st.look.words.get(kind) or CASH_WORDS[kind]}
    if kind == "div":
        security = securities.equity(rng, "US")
        held, rate = rng.randint(1, 160) * 25, Decimal(rng.randint(2, 250)).scaleb(-2)
        record = dates.fmt(day - timedelta(days=rng.randint(7, 21)), "us2")
        cells |= {"cusip": security.cusip or "", "symbol": security.ticker or ""}
        extras = [f"CASH DIV ON {held:,} SHS", f"REC {record} PAY {dates.fmt(day, 'us2')}"]
        if not st.look.has("cusip"):
            extras.insert(0, f"CUSIP {security.cusip}")
        return _row(st, day, kind, cells, security.upper_name, extras, money.to_money(held * rate, "USD"))
    if kind == "int":
        day = st.last
        cells["trade"] = dates.fmt(day, "us2")
        rate = Decimal(rng.randint(5, 425)).scaleb(-2)
        span = f"{st.first:%m/%d}-{st.last:%m/%d}"
        extras = [f"{span} @ {rate}% AVG BAL {rng.randint(1, 240):,},{noise.digits(rng, 3)}"]
        return _row(st, day, kind, cells, "CREDIT INTEREST", extras, Decimal(rng.randint(1, 40_000)).scaleb(-2))
    if kind == "jnl":
        amount = Decimal(rng.randint(10, 5_000) * 10) * rng.choice((1, -1))
        other = f"{noise.digits(rng, 3)}-{noise.digits(rng, 5)}-{noise.digits(rng, 1)}"
        text = f"JOURNAL {'FROM' if amount > 0 else 'TO'} ACCT {other}"
        return _row(st, day, kind, cells, text, [rng.choice(("TRANSFER OF CASH", "PER CLIENT REQUEST"))], amount)
    if kind == "wire":
        text = f"WIRE OUT FED REF {dates.fmt(day, 'compact')}{noise.letters(rng, 4)}{noise.digits(rng, 5)}"
        bank = rng.choice(("FIRST PLAINS BANK", "MISSOURI VALLEY TRUST", "PRAIRIE STATE BANK"))
        extras = [f"BNF {bank} ACCT ****{noise.digits(rng, 4)}"]
        return _row(st, day, kind, cells, text, extras, -Decimal(rng.randint(50, 9_000) * 10))
    amount = -Decimal(rng.choice(("15.00", "25.00", "35.00", "50.00", "75.00", "2.00")))
    return _row(st, day, kind, cells, rng.choice(FEE_TEXTS), [], amount)


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current]


def _signed(look: Look, amount: Decimal) -> str:
    text = money.fmt(abs(amount), decimals=2)
    if amount < 0:
        return f"({text})" if look.parentheses else f"{text}-"
    return f"{text} "


def _line(look: Look, cells: dict[str, str]) -> str:
    """One line of the activity table: every cell padded to its column, a space between columns."""
    parts = []
    for key, _, _, width, right in look.columns:
        value = cells.get(key, "")
        assert len(value) <= width, (key, value)
        parts.append(value.rjust(width) if right else value.ljust(width))
    return "  " + " ".join(parts)


def _header(st: Statement, number: int) -> list[str]:
    period = f"STATEMENT PERIOD {dates.fmt(st.first, 'us2')} THRU {dates.fmt(st.last, 'us2')}"
    run = f" RUN DATE {st.run}  PROGRAM {PROGRAM}"
    kind = "MARGIN" if any(row.kind == "SHORT" for row in st.rows) else "CASH"
    return [
        f"1{BROKER.legal_name:<45}{'MONTHLY STATEMENT OF ACCOUNT ACTIVITY':<76}PAGE {number:>4}",
        f"{run}{period:>{WIDTH - len(run)}}",
        f" ACCOUNT {st.account}  TYPE {kind:<8}{BROKER.address[1]:>{WIDTH - 38}}",
        " " + "-" * (WIDTH - 1),
    ]


def _heads(st: Statement, continued: bool) -> list[str]:
    look = st.look
    top = {key: top for key, top, _, _, _ in look.columns}
    bottom = {key: low for key, _, low, _, _ in look.columns}
    rules = {key: "-" * width for key, _, _, width, _ in look.columns}
    title = " ACCOUNT ACTIVITY" + (" (CONTINUED)" if continued else "")
    return [title, "", _line(look, top), _line(look, bottom), _line(look, rules)]


def _balance_line(st: Statement, label: str, balance: Decimal) -> str:
    key = "balance" if st.look.has("balance") else "amount"
    return _line(st.look, {"desc": label, key: _signed(st.look, balance)})


def _pages(st: Statement) -> list[list[str]]:
    """The activity cut into pages; a row and its continuation lines stay together."""
    pages = [_header(st, 1) + _first_page(st) + _heads(st, False)]
    pages[0].append(_balance_line(st, "OPENING BALANCE", st.opening))

    def place(block: list[str], *, activity: bool, balance: Decimal = Decimal(0)) -> None:
        if len(pages[-1]) + len(block) > PAGE_LINES - 2:
            pages[-1] += ["", f"{'*** CONTINUED ON NEXT PAGE ***':>{WIDTH - 20}}"]
            pages.append(_header(st, len(pages) + 1) + (_heads(st, True) if activity else []))
            if activity and st.look.has("balance"):
                pages[-1].append(_balance_line(st, "BALANCE FORWARD", balance))
        pages[-1].extend(block)

    balance = st.opening
    for row in st.ordered():
        cells = {**row.cells, "amount": _signed(st.look, row.amount)}
        if st.look.has("balance"):
            cells["balance"] = _signed(st.look, balance + row.amount)
        block = [_line(st.look, cells)] + [" " * _desc_offset(st.look) + more for more in row.more]
        place(block, activity=True, balance=balance)
        balance += row.amount
    pages[-1].append(_balance_line(st, "CLOSING BALANCE", balance))
    for block in _ending(st):
        place(block, activity=False)
    return pages


def _desc_offset(look: Look) -> int:
    offset = 2
    for key, _, _, width, _ in look.columns:
        if key == "desc":
            return offset + 2
        offset += width + 1
    raise AssertionError("no description column")


def _first_page(st: Statement) -> list[str]:
    """Address, representative and the account summary: balances and values, none of them a trade."""
    left = [st.client.name.upper(), *(line.upper() for line in st.client.address)]
    right = ["YOUR REGISTERED REPRESENTATIVE", f"REP {st.rep[0]}", f"TEL {st.rep[1]}"]
    lines = [""]
    for i in range(max(len(left), len(right))):
        lines.append(f" {left[i] if i < len(left) else '':<60}{right[i] if i < len(right) else ''}")
    closing = st.opening + sum((row.amount for row in st.rows), Decimal(0))
    dividends = sum((row.amount for row in st.rows if row.kind == "div"), Decimal(0))
    summary = [
        ("OPENING CASH BALANCE", st.opening, None),
        ("CLOSING CASH BALANCE", closing, None),
        ("MARKET VALUE OF SECURITIES", st.market_value, None),
        ("TOTAL ACCOUNT VALUE", st.market_value + closing, None),
        ("DIVIDENDS", dividends, dividends * (st.last.month + 1) // 2),
    ]
    lines += ["", f" {'ACCOUNT SUMMARY':<40}{'THIS PERIOD':>20}{'YEAR TO DATE':>20}"]
    for label, value, ytd in summary:
        lines.append(f" {label:<40}{_signed(st.look, value):>20}{_signed(st.look, ytd) if ytd else '':>20}")
    return [*lines, ""]


def _ending(st: Statement) -> list[list[str]]:
    """The activity summary and the disclaimer, in blocks that a page break does not split."""
    kinds = (
        ("SECURITIES BOUGHT", ("BUY",)),
        ("SECURITIES SOLD", ("SELL", "SHORT")),
        ("DIVIDENDS", ("div",)),
        ("INTEREST", ("int",)),
        ("JOURNALS", ("jnl",)),
        ("WIRES", ("wire",)),
        ("FEES", ("fee",)),
    )
    lines = ["", " " + "-" * (WIDTH - 1), " ACTIVITY SUMMARY", ""]
    for label, members in kinds:
        total = sum((row.amount for row in st.rows if row.kind in members), Decimal(0))
        count = sum(row.kind in members for row in st.rows)
        lines.append(f" {label:<30}  NO. {count:>3} {_signed(st.look, total):>20}")
    net = sum((row.amount for row in st.rows), Decimal(0))
    lines += [f" {'NET CHANGE IN CASH':<42}{_signed(st.look, net):>20}", ""]
    trade_count = sum(row.deal is not None for row in st.rows)
    lines.append(f" RECORDS {len(st.rows):06d}  TRADES {trade_count:06d}  {PROGRAM} COMPLETE {st.run[:8]}")
    blocks = [[*lines, ""]]
    blocks += [[" " + line for line in _wrap(sentence, WIDTH - 2)] for sentence in st.notes]
    return [*blocks, ["", f"{'*** END OF STATEMENT ***':^{WIDTH}}"]]


def _notes(rng: random.Random, last: date) -> list[str]:
    return [
        f"{BROKER.legal_name} MEMBER FINRA/SIPC. {', '.join(BROKER.address)}. TEL {BROKER.phone}.",
        f"PLEASE REPORT ANY DISCREPANCY WITHIN {rng.choice((10, 15))} DAYS OF {dates.fmt(last, 'us2')} BY CALLING "
        f"{BROKER.phone} OR WRITING TO COMPLIANCE AT THE ADDRESS ABOVE.",
        *(
            line.upper()
            for line in noise.disclaimer(rng, BROKER, date_style="us")
            if "confirmation" not in line.lower()
        ),
    ]


LAYOUT = Layout(
    name="us_text_statement",
    kind="txt",
    heldout=False,
    build=build,
    description="US monthly activity statement from a legacy system: 132-column text, two-line headings, pages",
)
