"""Halyard & Stowe: a US broker-dealer's confirmation of one to three trades, each printed as a band of columns.

Every trade is a grey band of small two-line column headings with the values under them, right across a Letter
page: dates, market and capacity codes, quantity, price, principal, accrued interest on bonds, commission, the
fee columns and the total. Two band styles: one band holding everything, or two stacked bands (the codes and
identifiers above, the money below) when the columns would not fit on one line. The security block (the side
words, the name, CUSIP and symbol, a bond's coupon, maturity, yield and mark-up) sits above or below the band,
with the tag number and the order details beside it. The side is spelled out ("YOU PURCHASED / YOU SOLD",
"PURCHASED / SOLD") or given as a P/S code explained in the legend. Sales carry the Section 31 fee and the trading
activity fee in columns of their own or added up in one column; some confirmations leave a zero fee blank (then
the truth has no fee) and some add a flat service charge. Month-first dates (03/14/2025 or 03/14/25), amounts with
or without "$". Code legends (capacity, market, account type), the remuneration notices and a back page of
numbered terms in small print (most documents; the others squeeze a short version under the trades) are noise,
as are the tax ID, the rep code, the office and the run numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_UP, Decimal

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Halyard & Stowe Securities, Inc.",
    brand="HALYARD & STOWE",
    address=("75 Westminster Street, 14th Floor", "Providence, RI 02903"),
    phone="(401) 555-0163",
    web="www.halyardstowe.example.com",
    region="US",
)
LEFT, RIGHT = 36.0, 576.0
HEAD_SIZE, VALUE_SIZE = 5.6, 7.4
SIDE_WORDS = {
    "you": ("YOU PURCHASED", "YOU SOLD"),
    "plain": ("PURCHASED", "SOLD"),
    "code": ("P", "S"),
}
# capacity code schemes: (agent, principal, riskless principal) and the legend that explains them
CAPACITY = {
    "letters": (("A", "P", "R"), "CAP: A = AGENT  P = PRINCIPAL  R = RISKLESS PRINCIPAL  M = MIXED CAPACITY"),
    "digits": (("1", "2", "3"), "CAPACITY: 1 = AS AGENT  2 = AS PRINCIPAL  3 = RISKLESS PRINCIPAL  4 = AGENT FOR BOTH"),
}
MARKETS = (
    ("1", "NYSE"),
    ("2", "NASDAQ"),
    ("3", "OTHER EXCHANGE"),
    ("4", "OTC / THIRD MARKET"),
    ("5", "ATS"),
    ("6", "FOREIGN"),
)


@dataclass(frozen=True)
class Look:
    """How one confirmation is printed."""

    date_style: str
    words: str  # key of SIDE_WORDS
    capacity: str  # key of CAPACITY
    split_fees: bool  # Section 31 fee and TAF in two columns
    blank_zero: bool  # a zero fee is left blank
    service_charge: Decimal | None  # a flat charge on every trade
    dollar: bool
    desc_above: bool
    stacked: bool  # two bands a trade
    ref_label: str
    total_label: str
    sec_label: tuple[str, str]
    taf_label: tuple[str, str]
    back_page: bool
    commission_plan: str


@dataclass(frozen=True)
class Trade:
    deal: Deal
    security: securities.Security
    capacity: str  # "agent", "principal", "riskless"
    market: str  # code of MARKETS
    sec_fee: Decimal | None  # as printed, None when the column is left blank
    taf: Decimal | None
    service: Decimal | None
    rr: str  # the registered rep's code
    yield_text: str = ""
    markup: Decimal | None = None
    days: int = 0


def _look(rng: random.Random) -> Look:
    return Look(
        date_style=rng.choice(("us", "us", "us2")),
        words=rng.choice(tuple(SIDE_WORDS)),
        capacity=rng.choice(tuple(CAPACITY)),
        split_fees=rng.random() < 0.55,
        blank_zero=rng.random() < 0.4,
        service_charge=Decimal(rng.choice(("2.50", "4.95", "5.00"))) if rng.random() < 0.3 else None,
        dollar=rng.random() < 0.4,
        desc_above=rng.random() < 0.4,
        stacked=rng.random() < 0.35,
        ref_label=rng.choice(("TAG NO.", "TAG NUMBER", "TKT NO.", "CONF #")),
        total_label=rng.choice(("TOTAL AMOUNT", "AMOUNT|DUE/PAID", "NET|SETTLEMENT", "TOTAL|MONEY")),
        sec_label=rng.choice((("ACTIVITY", "ASSESSMENT"), ("SEC TRANS", "FEE"), ("SECTION 31", "FEE"))),
        taf_label=rng.choice((("TRADING", "ACTIVITY FEE"), ("FINRA", "TRADING FEE"))),
        back_page=rng.random() < 0.75,
        commission_plan=rng.choice(("zero", "ticket", "per_share", "scale")),
    )


def _commission(rng: random.Random, look: Look, quantity: Decimal, gross: Decimal) -> Decimal:
    if look.commission_plan == "zero":
        return Decimal("0.00")
    if look.commission_plan == "ticket":
        value = Decimal(rng.choice(("7.95", "14.95", "19.00", "24.50")))
    elif look.commission_plan == "per_share":
        value = trades.rate_of(quantity, "0.02", "USD", minimum="12.00", maximum="175.00")
    else:  # a full-service scale: a percentage with a minimum
        value = trades.rate_of(gross, rng.choice(("0.009", "0.015", "0.02")), "USD", minimum="35.00")
    return min(value, money.to_money(gross / 30, "USD"))


def _bond_taf(face: Decimal) -> Decimal:
    """The trading activity fee on a bond sale: a fraction of a cent per bond, capped."""
    per_bond = (face / 1000 * Decimal("0.00075")).quantize(Decimal("0.01"), rounding=ROUND_UP)
    return min(per_bond, Decimal("1.13"))


def _yield(security: securities.Security, price: Decimal, day: date) -> Decimal:
    """The usual approximation of the yield to maturity: coupon plus the pull to par, over the average price."""
    assert security.coupon is not None and security.maturity is not None
    years = max(Decimal((security.maturity - day).days) / Decimal("365.25"), Decimal(1))
    value = (security.coupon + (100 - price) / years) / ((100 + price) / 2) * 100
    return money.places(max(value, Decimal("0.01")), 3)


def _printed(look: Look, value: Decimal) -> Decimal | None:
    return None if look.blank_zero and value == 0 else value


def make_trade(rng: random.Random, look: Look, day: date, account: str, rr: str) -> Trade:
    is_bond = rng.random() < 0.18
    side = trades.side(rng)
    settle = dates.add_business_days(day, dates.settlement_lag(rng, day))
    if is_bond:
        security = securities.bond(rng, "US", day)

        def face(r: random.Random) -> Decimal:
            return Decimal(r.choice((5, 10, 15, 20, 25, 50, 75, 100, 250, 500)) * 1000)

        q, p, gross = trades.draw(rng, "USD", face, trades.percent_price, percent=True, maximum=Decimal(2_000_000))
        assert security.coupon is not None and security.maturity is not None
        days = trades.accrued_days(security.maturity, settle)
        accrued: Decimal | None = trades.accrued_interest(q, security.coupon, days, "USD")
        commission = Decimal("0.00")
        sec_fee = Decimal("0.00")  # no Section 31 fee on bonds
        taf = Decimal("0.00") if side == "BUY" else _bond_taf(q)
        capacity = "principal"
        market = "4"
        markup = money.to_money(gross * Decimal(rng.randint(10, 90)) / 10_000, "USD")
        yield_text = f"{_yield(security, p, day)}%"
        name = security.name.upper()
    else:
        security = securities.equity(rng, "US")
        q, p, gross = trades.draw(rng, "USD", trades.shares, trades.price, maximum=Decimal(3_000_000))
        accrued = None
        days = 0
        commission = _commission(rng, look, q, gross)
        sec_fee = Decimal("0.00") if side == "BUY" else trades.sec_fee(gross, day)
        taf = Decimal("0.00") if side == "BUY" else trades.taf(q)
        capacity = rng.choice(("agent", "agent", "agent", "principal", "riskless"))
        market = rng.choice(("1", "1", "2", "2", "3", "4", "5"))
        markup = None
        yield_text = ""
        name = security.upper_name
    charges = [Charge(COMMISSION, "COMMISSION", commission)]
    printed_sec, printed_taf = _printed(look, sec_fee), _printed(look, taf)
    if look.split_fees:
        charges += [Charge(FEE, "SEC", v) for v in (printed_sec,) if v is not None]
        charges += [Charge(FEE, "TAF", v) for v in (printed_taf,) if v is not None]
    else:
        together = _printed(look, sec_fee + taf)
        printed_sec, printed_taf = together, None
        charges += [Charge(FEE, "FEES", v) for v in (together,) if v is not None]
    if look.service_charge is not None:
        charges.append(Charge(FEE, "SERVICE", look.service_charge))
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency="USD",
        security_name=name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        accrued_interest=accrued,
        account=account,
        counterparty=BROKER.legal_name,
        trade_ref=rng.choice(
            (f"{noise.letters(rng, 1)}{noise.digits(rng, 6)}", f"{noise.digits(rng, 5)}-{noise.digits(rng, 2)}")
        ),
        cusip=security.cusip,
        ticker=security.ticker if not is_bond and rng.random() < 0.8 else None,
        percent=is_bond,
    )
    return Trade(
        deal, security, capacity, market, printed_sec, printed_taf, look.service_charge, rr, yield_text, markup, days
    )


def build(rng: random.Random) -> Document:
    look = _look(rng)
    day = dates.trade_day(rng)
    account = rng.choice(
        (
            f"{noise.letters(rng, 3)}-{noise.digits(rng, 6)}",
            f"{noise.digits(rng, 4)}-{noise.digits(rng, 4)}",
            f"{noise.digits(rng, 1)}{noise.letters(rng, 2)}-{noise.digits(rng, 5)}",
        )
    )
    rr = f"{noise.letters(rng, 1)}{noise.digits(rng, 2)}"
    count = rng.choice((1, 1, 1, 2, 2, 3))
    deals = [make_trade(rng, look, day, account, rr) for _ in range(count)]
    if not look.stacked and any(_band_width(_single_band(look, t)) > RIGHT - LEFT for t in deals):
        look = _with(look, stacked=True)
    pages = 2 if look.back_page else 1
    client = noise.client(rng, "US")
    sheet = Sheet(title="Confirmation", author=BROKER.legal_name, pagesize=LETTER)
    y = _header(sheet, rng, look, client, account, rr, day, pages)
    for trade in deals:
        y = _trade(sheet, rng, look, trade, y) + 10
    y = _legends(sheet, rng, look, y + 4)
    if not look.back_page:
        _short_terms(sheet, rng, day, y + 6)
    _footer(sheet, rng, 1, pages)
    if look.back_page:
        sheet.next_page()
        _back_page(sheet, rng, day)
        _footer(sheet, rng, 2, pages)
    return Document(sheet.finish(), "confirmation", [t.deal.truth() for t in deals])


def _with(look: Look, **changes: object) -> Look:
    values = {name: getattr(look, name) for name in look.__dataclass_fields__}
    values.update(changes)
    return Look(**values)  # type: ignore[arg-type]


def _money(look: Look, value: Decimal | None) -> str:
    if value is None:
        return ""
    text = money.fmt(value, decimals=2)
    return f"${text}" if look.dollar else text


def _price(trade: Trade) -> str:
    price = trade.deal.price
    exponent = price.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) else 4
    return money.fmt(price, decimals=max(places, 3 if trade.deal.percent else 4))


def _capacity_code(look: Look, trade: Trade) -> str:
    codes = CAPACITY[look.capacity][0]
    return codes[("agent", "principal", "riskless").index(trade.capacity)]


Column = tuple[tuple[str, str], str, bool]  # (two heading lines, value, right-aligned)


def _date_columns(look: Look, trade: Trade) -> list[Column]:
    deal = trade.deal
    return [
        (("TRADE", "DATE"), dates.fmt(deal.trade_date, look.date_style), False),
        (("SETTLEMENT", "DATE"), dates.fmt(deal.settlement_date, look.date_style), False),
    ]


def _code_columns(look: Look, trade: Trade) -> list[Column]:
    columns: list[Column] = [(("", "MKT"), trade.market, False), (("", "CAP"), _capacity_code(look, trade), False)]
    if look.words == "code":
        columns.append((("", "P/S"), SIDE_WORDS["code"][0 if trade.deal.is_buy else 1], False))
    return columns


def _money_columns(look: Look, trade: Trade) -> list[Column]:
    deal = trade.deal
    qty_head = ("PAR", "VALUE") if deal.percent else ("", "QUANTITY")
    columns: list[Column] = [
        (qty_head, money.fmt(deal.quantity), True),
        (("", "PRICE"), _price(trade), True),
        (("PRINCIPAL", "AMOUNT"), _money(look, deal.gross_amount), True),
    ]
    if deal.accrued_interest is not None:
        columns.append((("INTEREST", "ACCRUED"), _money(look, deal.accrued_interest), True))
    columns.append((("", "COMMISSION"), _money(look, deal.commission), True))
    if look.split_fees:
        columns.append((look.sec_label, _money(look, trade.sec_fee), True))
        columns.append((look.taf_label, _money(look, trade.taf), True))
    else:
        columns.append((("TRANSACTION", "FEES"), _money(look, trade.sec_fee), True))
    if trade.service is not None:
        columns.append((("SERVICE", "CHARGE"), _money(look, trade.service), True))
    top, _, bottom = look.total_label.rpartition("|")
    columns.append(((top, bottom), _money(look, deal.net_amount), True))
    return columns


def _single_band(look: Look, trade: Trade) -> list[Column]:
    return [*_date_columns(look, trade), *_code_columns(look, trade), *_money_columns(look, trade)]


def _id_band(look: Look, trade: Trade, account: str) -> list[Column]:
    columns = [*_date_columns(look, trade), (("ACCOUNT", "NUMBER"), account, False)]
    columns += [(("", "RR"), trade.rr, False), *_code_columns(look, trade)]
    columns.append((("", "CUSIP"), trade.deal.cusip or "", False))
    if trade.deal.ticker:
        columns.append((("", "SYMBOL"), trade.deal.ticker, False))
    return columns


def _widths(columns: list[Column]) -> list[float]:
    widths = []
    for (top, bottom), value, _ in columns:
        head = max(stringWidth(top, "Helvetica-Bold", HEAD_SIZE), stringWidth(bottom, "Helvetica-Bold", HEAD_SIZE))
        widths.append(max(head, stringWidth(value, "Helvetica", VALUE_SIZE)) + 9)
    return widths


def _band_width(columns: list[Column]) -> float:
    return sum(_widths(columns))


def _band(sheet: Sheet, columns: list[Column], y: float) -> float:
    """Headings in a grey strip, values under them; the spare width is shared out. Returns the y below."""
    widths = _widths(columns)
    spare = max(RIGHT - LEFT - sum(widths), 0) / len(widths)
    widths = [w + spare for w in widths]
    sheet.box(LEFT, y, RIGHT - LEFT, 17, fill=0.86)
    sheet.rule(LEFT, y + 31, RIGHT, weight=0.4)
    x = LEFT
    for ((top, bottom), value, right), width in zip(columns, widths, strict=True):
        if right:
            edge = x + width - 4
            sheet.right(edge, y + 7, top, font="Helvetica-Bold", size=HEAD_SIZE)
            sheet.right(edge, y + 14, bottom, font="Helvetica-Bold", size=HEAD_SIZE)
            sheet.right(edge, y + 27, value, size=VALUE_SIZE)
        else:
            sheet.text(x + 4, y + 7, top, font="Helvetica-Bold", size=HEAD_SIZE)
            sheet.text(x + 4, y + 14, bottom, font="Helvetica-Bold", size=HEAD_SIZE)
            sheet.text(x + 4, y + 27, value, size=VALUE_SIZE)
        x += width
    return y + 38


def _trade(sheet: Sheet, rng: random.Random, look: Look, trade: Trade, y: float) -> float:
    if look.desc_above:
        y = _description(sheet, rng, look, trade, y) + 4
    if look.stacked:
        y = _band(sheet, _id_band(look, trade, trade.deal.account or ""), y)
        y = _band(sheet, _money_columns(look, trade), y)
    else:
        y = _band(sheet, _single_band(look, trade), y)
    if not look.desc_above:
        y = _description(sheet, rng, look, trade, y + 4)
    sheet.rule(LEFT, y, RIGHT, weight=1)
    return y


def _description(sheet: Sheet, rng: random.Random, look: Look, trade: Trade, y: float) -> float:
    deal, security = trade.deal, trade.security
    top = y + 8
    left: list[tuple[str, str]] = []
    if look.words != "code":
        left.append((SIDE_WORDS[look.words][0 if deal.is_buy else 1], "Helvetica-Bold"))
    left.append((deal.security_name, "Helvetica-Bold"))
    if deal.percent:
        assert security.coupon is not None and security.maturity is not None
        left.append((f"CPN {money.fmt(security.coupon, decimals=3)}%  DUE {dates.fmt(security.maturity, 'us')}", ""))
        left.append((f"YIELD TO MATURITY {trade.yield_text}  INTEREST FOR {trade.days} DAYS (30/360)", ""))
        left.append((f"MARK-UP {_money(look, trade.markup)} INCLUDED IN PRICE  RATING NOT REQUESTED", ""))
    ids = f"CUSIP {deal.cusip}" + (f"   SYMBOL {deal.ticker}" if deal.ticker else "")
    if not look.stacked:
        left.append((ids, ""))
    if rng.random() < 0.5:
        remark = rng.choice(("UNSOLICITED ORDER", "SOLICITED", "DISCRETIONARY: NO", "PROSPECTUS UNDER SEPARATE COVER"))
        left.append((remark, ""))
    for i, (text, font) in enumerate(left):
        size = 8.4 if font and i < 2 else 7
        sheet.text(LEFT + 4, top + 10 * i, text, font=font or "Helvetica", size=size)
    right = [(look.ref_label, deal.trade_ref or "")]
    if not look.stacked:
        right += [("ACCOUNT", deal.account or ""), ("RR", trade.rr)]
    right += [
        ("ORDER TIME", f"{dates.clock(rng)} ET"),
        ("ACCT TYPE", rng.choice(("1", "2", "5"))),
    ]
    if rng.random() < 0.4:
        right.append(("ORIG. ORDER", noise.order_number(rng)))
    for i, (label, value) in enumerate(right):
        sheet.text(382, top + 10 * i, label, size=6.5)
        sheet.right(RIGHT - 4, top + 10 * i, value, font="Helvetica-Bold" if i == 0 else None, size=7.5)
    return top + 10 * max(len(left), len(right)) - 2


def _header(
    sheet: Sheet,
    rng: random.Random,
    look: Look,
    client: noise.Client,
    account: str,
    rr: str,
    day: date,
    pages: int,
) -> float:
    sheet.text(LEFT, 44, BROKER.brand, font="Times-Bold", size=17)
    sheet.text(LEFT, 56, f"{BROKER.legal_name}  MEMBER NYSE · FINRA · SIPC", size=7)
    sheet.text(LEFT, 65, f"{', '.join(BROKER.address)}   {BROKER.phone}", size=7)
    title = rng.choice(("CONFIRMATION", "CONFIRMATION NOTICE", "CONFIRMATION OF TRANSACTION"))
    sheet.right(RIGHT, 44, title, font="Helvetica-Bold", size=12)
    processed = dates.add_business_days(day, rng.choice((0, 0, 1)))
    info = [
        ("ACCOUNT NUMBER", account),
        ("PROCESS DATE", dates.fmt(processed, look.date_style)),
        ("OFFICE / RR", f"{noise.digits(rng, 3)} / {rr}"),
        ("TAX ID", f"XXX-XX-{noise.digits(rng, 4)}"),
        ("PAGE", f"1 OF {pages}"),
    ]
    box_y = 74.0
    sheet.box(370, box_y, RIGHT - 370, 12 * len(info) + 6)
    for i, (label, value) in enumerate(info):
        sheet.text(376, box_y + 12 + 12 * i, label, size=6.5)
        sheet.right(RIGHT - 6, box_y + 12 + 12 * i, value, font="Helvetica-Bold", size=7.5)
    lines = [client.name.upper(), *(line.upper() for line in client.address)]
    y = sheet.lines(LEFT + 20, 98, lines, leading=11, size=9)
    y = max(y, box_y + 12 * len(info) + 12) + 10
    notice = rng.choice(
        (
            "WE CONFIRM THE FOLLOWING TRANSACTIONS FOR YOUR ACCOUNT. SEE THE REVERSE SIDE FOR EXPLANATION OF CODES.",
            "THANK YOU FOR YOUR BUSINESS. PLEASE REVIEW THIS CONFIRMATION PROMPTLY AND RETAIN IT FOR TAX PURPOSES.",
            f"PAYMENT FOR PURCHASES IS DUE ON THE SETTLEMENT DATE. MAIL CHECKS TO P.O. BOX {rng.randint(1000, 9999)}, "
            "PROVIDENCE, RI 02901.",
        )
    )
    y = sheet.paragraph(LEFT, y, RIGHT - LEFT, notice, font="Helvetica-Bold", size=7) + 6
    sheet.rule(LEFT, y, RIGHT, weight=1.2)
    return y + 8


def _legends(sheet: Sheet, rng: random.Random, look: Look, y: float) -> float:
    markets = "  ".join(f"{code} = {name}" for code, name in MARKETS)
    lines = [CAPACITY[look.capacity][1], f"MKT: {markets}"]
    if look.words == "code":
        lines.append("P/S: P = PURCHASE  S = SALE  (SS = SHORT SALE, X = CANCELLATION)")
    lines.append("ACCT TYPE: 1 = CASH  2 = MARGIN  3 = SHORT  5 = DVP/RVP")
    lines.append(
        f"REMUNERATION: WE RECEIVED UP TO ${noise.scaled(rng, 5, 30, 4)} PER SHARE FOR DIRECTING ORDERS IN EQUITY "
        "SECURITIES; THE SOURCE AND AMOUNT OF ANY OTHER REMUNERATION WILL BE FURNISHED ON WRITTEN REQUEST."
    )
    for line in lines:
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, line, size=6)
    return y


def _terms(rng: random.Random, day: date) -> list[str]:
    revised = dates.fmt(date(day.year - rng.randint(1, 6), rng.randint(1, 12), rng.randint(1, 28)), "us")
    rate = noise.scaled(rng, 750, 1325, 2)
    return [
        "All transactions are subject to the constitution, rules, regulations, customs and usages of the exchange or "
        "market and its clearing house, if any, where the transaction is executed, and to federal and state law.",
        f"{BROKER.legal_name} is a member of FINRA, the New York Stock Exchange and SIPC. SIPC protects securities "
        "customers up to $500,000 (including $250,000 for claims for cash). An explanatory brochure is available on "
        "request or at www.sipc.org.",
        "Payment for securities purchased is due on or before the settlement date; securities sold must be "
        "delivered by then. If not, we may sell or buy in the securities at your risk and charge you any loss.",
        f"Interest on debit balances in margin accounts is charged at the base rate plus a spread; the rate in "
        f"effect on {dates.fmt(day, 'us')} was {rate}%. Statement of terms revised {revised}.",
        "When we act as principal we may have made a mark-up or mark-down; for fixed income, the yield shown is the "
        "lower of yield to call or yield to maturity. Call features may exist that could affect the yield.",
        f"The time of execution and the identity of the contra party are available on written request. Our order "
        f"routing report under SEC Rule 606 is published quarterly at {BROKER.web}.",
        "Please examine this confirmation and report any discrepancy at once by telephone to "
        f"{noise.phone(rng, 'US')} and in writing within {rng.choice((3, 5, 10))} days; otherwise it is final.",
        f"Free credit balances are not segregated and may be used in our business. Form {noise.letters(rng, 2)}-"
        f"{rng.randint(100, 999)} Rev. {rng.randint(1, 12):02d}/{rng.randint(2016, 2024)}.",
        "Sales of securities are subject to a fee paid to the SEC under Section 31 of the Exchange Act and to the "
        "FINRA trading activity fee; both are passed on to you as shown.",
        f"Arbitration: you agree to settle disputes by arbitration before FINRA (see your account agreement dated "
        f"{noise.old_date(rng, 'us')}). Claims must be filed within {rng.choice((3, 6))} years.",
    ]


def _short_terms(sheet: Sheet, rng: random.Random, day: date, y: float) -> None:
    terms = _terms(rng, day)
    for number, sentence in enumerate(terms, start=1):
        text = f"{number}. {sentence}"
        if y + 7.5 * len(simpleSplit(text, "Helvetica", 5.6, RIGHT - LEFT)) > 726:
            break
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, text, size=5.6, leading=7.5)


def _back_page(sheet: Sheet, rng: random.Random, day: date) -> None:
    sheet.text(LEFT, 50, "IMPORTANT INFORMATION ABOUT YOUR CONFIRMATION", font="Helvetica-Bold", size=9)
    sheet.text(LEFT, 61, "Please read the terms below; they form part of every confirmation we send.", size=7)
    width = (RIGHT - LEFT - 18) / 2
    columns = [LEFT, LEFT + width + 18]
    column, y = 0, 78.0
    terms = _terms(rng, day) + [line.upper() for line in noise.disclaimer(rng, BROKER, date_style="us")]
    for number, sentence in enumerate(terms, start=1):
        text = f"{number}. {sentence}"
        height = 7.8 * len(simpleSplit(text, "Helvetica", 6, width))
        if y + height > 720:
            if column == 1:
                break
            column, y = 1, 78.0
        y = sheet.paragraph(columns[column], y, width, text, size=6, leading=7.8) + 3


def _footer(sheet: Sheet, rng: random.Random, number: int, total: int) -> None:
    sheet.rule(LEFT, 738, RIGHT, weight=0.4)
    sheet.text(
        LEFT,
        748,
        f"HS-CNF {rng.randint(1, 12):02d}/{rng.randint(18, 24)}   RUN {noise.digits(rng, 5)}   "
        f"SEQ {noise.digits(rng, 6)}   {BROKER.web}",
        size=6,
    )
    sheet.right(RIGHT, 748, f"Page {number} of {total}", size=7)


LAYOUT = Layout(
    name="us_band_confirm",
    kind="pdf",
    heldout=False,
    build=build,
    description="US broker-dealer confirmation: 1-3 trades as bands of columns, code legends, back page of terms",
)
