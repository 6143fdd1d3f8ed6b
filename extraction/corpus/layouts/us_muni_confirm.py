"""US municipal bond dealer confirmations (MSRB Rule G-15): one or two muni bonds a confirmation, one or two pages.

The issuer is a municipal bond house or the fixed income desk of a regional broker-dealer (four invented firms).
Each trade prints the side ("YOU BOUGHT FROM US" / "YOU SOLD TO US" when the dealer acts as principal, "YOU
BOUGHT" / "YOU SOLD" when it acts as agent), the par amount (the quantity), the description of the issue over
several lines, the price in percent of par to three places, the yield to maturity, to call or to worst (printed
consistently with the price by the usual approximation), principal, accrued interest with its 30/360 day count
(MSRB Rule G-33, from the dated date before the first coupon), a transaction fee / service charge (sometimes
printed as 0.00, sometimes with a handling charge beside it; agency trades carry a commission) and the total.

security_name: the first two lines of the description, joined by one space, exactly as printed: the issuer line
("CITY OF MARROW CREEK, OHIO" or, in the abbreviated back-office style, "MARROW CREEK OHIO") and the issue line
("GENERAL OBLIGATION REFUNDING BONDS, SERIES 2019A" / "GO REF BDS SER 2019A"). Neither line ever wraps (the font
shrinks to fit). Everything under them is not part of the name: coupon and maturity, dated date, first coupon
date, the call feature, "BANK QUALIFIED", "INSURED BY ...", the obligor, the rating, the state and tax status,
the CUSIP (and on some documents the ISIN derived from it, which then is in the truth).

Two designs: "boxes" (a box a trade: the description in the left column, dates, price, yield and money in the
right column) and "band" (a description block over a ruled row of figure columns). Dates 03/14/2025, 03/14/25 or
"March 14, 2025"; amounts with or without "$". Noise: the mark-up / mark-down disclosure of retail principal
trades (dollars, percent and the prevailing market price: not a charge, it is inside the price), trade time,
capacity, rep and account type, a legend of codes and, on two-page documents, a back page of MSRB/EMMA notices
full of rule numbers, dates and amounts. counterparty = the dealer's legal name printed in the letterhead.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from .. import dates, identifiers, money, noise
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

DEALERS = (
    noise.Broker(
        legal_name="Quarrystone Municipal Securities, LLC",
        brand="QUARRYSTONE",
        address=("220 West Monroe Street, Suite 1410", "Chicago, IL 60606"),
        phone="(312) 555-0148",
        web="www.quarrystonemuni.example.com",
        region="US",
    ),
    noise.Broker(
        legal_name="Tidewell, Dunning & Co., Inc.",
        brand="TIDEWELL DUNNING",
        address=("One Riverfront Plaza, 9th Floor", "Louisville, KY 40202"),
        phone="(502) 555-0119",
        web="www.tidewelldunning.example.com",
        region="US",
    ),
    noise.Broker(
        legal_name="Larchmere Capital Markets LLC",
        brand="LARCHMERE",
        address=("1801 California Street, Suite 2250", "Denver, CO 80202"),
        phone="(303) 555-0176",
        web="www.larchmere.example.com",
        region="US",
    ),
    noise.Broker(
        legal_name="Bexley Harrow Securities Corp.",
        brand="BEXLEY HARROW",
        address=("40 Court Street, 6th Floor", "Boston, MA 02108"),
        phone="(617) 555-0132",
        web="www.bexleyharrow.example.com",
        region="US",
    ),
)
LEFT, RIGHT = 40.0, 572.0
FOOT = 742.0
BOX_SPLIT = 318.0  # the boxes design's column divider, from LEFT
BOX_COLUMN = BOX_SPLIT - 12  # the width of its description column

_STATES = (
    ("OHIO", "OH"),
    ("TEXAS", "TX"),
    ("ILLINOIS", "IL"),
    ("NEW JERSEY", "NJ"),
    ("PENNSYLVANIA", "PA"),
    ("MICHIGAN", "MI"),
    ("WISCONSIN", "WI"),
    ("COLORADO", "CO"),
    ("KENTUCKY", "KY"),
    ("MASSACHUSETTS", "MA"),
    ("WASHINGTON", "WA"),
    ("GEORGIA", "GA"),
    ("MINNESOTA", "MN"),
    ("NORTH CAROLINA", "NC"),
)
_PLACES = (
    "MARROW CREEK",
    "ASHGROVE",
    "HOLLINS BAY",
    "YARROWFIELD",
    "WEXMOOR",
    "GLENROTH",
    "FENNIMORE",
    "ULVERTON",
    "COPPERLEAF",
    "PENHALLOW",
    "GREYWATER",
    "TAMSWORTH",
    "ESKERBY",
    "DUNMORE",
    "WYNCOTE",
    "ORRINDALE",
    "CEDAR HOLLOW",
    "LOCKHAVEN FALLS",
)
# (full issuer, abbreviated issuer, GO or REV, [(full purpose, abbreviated purpose)], obligor kind)
_ISSUERS = (
    (
        "CITY OF {P}, {STATE}",
        "{P} {ST}",
        "GO",
        [("VARIOUS PURPOSE", "VAR PURP"), ("PUBLIC IMPROVEMENT", "PUB IMPT"), ("", "")],
        None,
    ),
    (
        "{P} COUNTY, {STATE}",
        "{P} CNTY {ST}",
        "GO",
        [("LIMITED TAX", "LTD TAX"), ("CAPITAL IMPROVEMENT", "CAP IMPT"), ("", "")],
        None,
    ),
    (
        "{P} INDEPENDENT SCHOOL DISTRICT",
        "{P} {ST} INDPT SCH DIST",
        "GO",
        [("UNLIMITED TAX SCHOOL BUILDING", "UNLTD TAX SCH BLDG"), ("SCHOOL IMPROVEMENT", "SCH IMPT")],
        None,
    ),
    (
        "{P} CITY SCHOOL DISTRICT, {STATE}",
        "{P} {ST} CITY SCH DIST",
        "GO",
        [("SCHOOL FACILITIES CONSTRUCTION", "SCH FACS CONSTR"), ("CLASSROOM FACILITIES", "CLASSROOM FACS")],
        None,
    ),
    (
        "STATE OF {STATE}",
        "{STATE} ST",
        "GO",
        [("HIGHWAY CAPITAL IMPROVEMENT", "HWY CAP IMPT"), ("INFRASTRUCTURE", "INFRASTRUCTURE")],
        None,
    ),
    (
        "{P} WATER AND SEWER AUTHORITY",
        "{P} {ST} WTR & SWR AUTH",
        "REV",
        [("WATER AND SEWER SYSTEM", "WTR & SWR SYS"), ("WATERWORKS", "WTRWKS")],
        None,
    ),
    (
        "{STATE} HEALTH AND EDUCATIONAL FACILITIES AUTHORITY",
        "{ST} HEALTH & EDL FACS AUTH",
        "REV",
        [("HOSPITAL", "HOSP"), ("HEALTH CARE FACILITIES", "HLTH CARE FACS")],
        "{P} MEDICAL CENTER",
    ),
    (
        "{STATE} HIGHER EDUCATIONAL FACILITIES AUTHORITY",
        "{ST} HGR EDL FACS AUTH",
        "REV",
        [("EDUCATIONAL FACILITIES", "EDL FACS"), ("STUDENT HOUSING", "STUDENT HSG")],
        "{P} COLLEGE",
    ),
    (
        "{STATE} HOUSING FINANCE AGENCY",
        "{ST} HSG FIN AGY",
        "REV",
        [("SINGLE FAMILY MORTGAGE", "SINGLE FAMILY MTG"), ("MULTIFAMILY HOUSING", "MULTIFAMILY HSG")],
        None,
    ),
    (
        "{P} REGIONAL AIRPORT AUTHORITY",
        "{P} {ST} REGL ARPT AUTH",
        "REV",
        [("AIRPORT SYSTEM", "ARPT SYS"), ("PASSENGER FACILITY CHARGE", "PFC")],
        None,
    ),
    (
        "{P} PUBLIC POWER DISTRICT",
        "{P} {ST} PUB PWR DIST",
        "REV",
        [("ELECTRIC SYSTEM", "ELEC SYS"), ("GENERAL", "GEN")],
        None,
    ),
)
_INSURERS = (
    "HARBORLINE MUNICIPAL ASSURANCE CORP",
    "KEYSTONE BOND GUARANTY INC",
    "NATIONAL MUTUAL MUNICIPAL INSURANCE CO",
    "STATE SCHOOL BOND GUARANTEE PROGRAM",
)
_RATINGS = ("Aaa/AAA", "Aa1/AA+", "Aa2/AA", "Aa3/AA-", "A1/A+", "A2/A", "A3/A-", "Baa1/BBB+", "NR/AA", "Aa2/NR")
_COUPONS = ("2.000", "2.250", "2.500", "3.000", "3.125", "3.250", "3.500", "3.750", "4.000", "4.000", "4.000")
_COUPONS += ("4.125", "4.250", "5.000", "5.000", "5.000", "5.000", "5.250", "5.500")


@dataclass(frozen=True)
class Muni:
    issuer: str  # first description line, as printed
    issue: str  # second description line, as printed
    state: str
    obligor: str | None
    coupon: Decimal
    maturity: date
    dated: date
    first_coupon: date
    call: date | None
    call_price: Decimal
    bank_qualified: bool | None  # None: not printed
    insurer: str | None
    rating: str | None
    cusip: str
    amt: bool  # interest subject to the alternative minimum tax

    @property
    def name(self) -> str:
        return f"{self.issuer} {self.issue}"


@dataclass(frozen=True)
class Ticket:
    """One trade and the figures printed around it."""

    deal: Deal
    bond: Muni
    days: int
    accrual_start: date
    ytm: Decimal
    ytc: Decimal | None
    time: str
    agent: bool
    markup: Decimal | None  # mark-up (buy) or mark-down (sell) in dollars
    markup_pct: Decimal | None
    pmp: Decimal | None  # prevailing market price, percent of par


@dataclass(frozen=True)
class Style:
    dealer: noise.Broker
    design: str  # "boxes" or "band"
    abbreviated: bool
    date_style: str  # "us", "us2" or "us_long"
    clock12: bool
    dollar: bool
    show_isin: bool
    zero_fee: bool
    fee_label: str
    total_buy: str
    total_sell: str
    par_label: str
    both_yields: bool
    per_page: bool  # two trades on two pages
    back_page: bool


# --- the bond ------------------------------------------------------------------------------------------------


def _days_360(start: date, end: date) -> int:
    """30/360 as MSRB Rule G-33 counts it."""
    d1 = min(start.day, 30)
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return (end.year - start.year) * 360 + (end.month - start.month) * 30 + (d2 - d1)


def _coupon_dates(maturity: date, first_year: int, last_year: int) -> list[date]:
    months = sorted({maturity.month, (maturity.month + 5) % 12 + 1})
    return [date(year, month, maturity.day) for year in range(first_year, last_year + 1) for month in months]


def _bond(rng: random.Random, style: Style, trade_date: date) -> Muni:
    state, st = rng.choice(_STATES)
    place = rng.choice(_PLACES)
    full, short, kind, purposes, obligor = rng.choice(_ISSUERS)
    purpose, purpose_short = rng.choice(purposes)
    refunding = rng.random() < 0.35
    if rng.random() < 0.12:  # a new issue: dated a few weeks before the trade, no coupon paid yet
        dated = trade_date - timedelta(days=rng.randint(3, 40))
    else:
        dated = trade_date - timedelta(days=rng.randint(200, 11 * 365))
    maturity = date(
        max(trade_date.year + rng.randint(1, 28), dated.year + 2), rng.randint(1, 12), rng.choice((1, 1, 15))
    )
    first_coupon = next(
        day
        for day in _coupon_dates(maturity, dated.year, dated.year + 2)
        if day >= dated + timedelta(days=rng.choice((90, 150)))
    )
    series = f"{dated.year}{rng.choice(('', 'A', 'A', 'B', 'C'))}"
    word = "GENERAL OBLIGATION" if kind == "GO" else "REVENUE"
    if kind == "GO":
        issue_full = " ".join(part for part in (word, purpose, "REFUNDING" if refunding else "", "BONDS") if part)
        issue_short = " ".join(part for part in ("GO", purpose_short, "REF" if refunding else "", "BDS") if part)
    else:
        issue_full = " ".join(part for part in (purpose, word, "REFUNDING" if refunding else "", "BONDS") if part)
        issue_short = " ".join(part for part in (purpose_short, "REV", "REF" if refunding else "", "BDS") if part)
    issue_full += f", SERIES {series}"
    issue_short += f" SER {series}"
    if rng.random() < 0.25:
        tax = (" (FEDERALLY TAXABLE)", " TXBL") if rng.random() < 0.4 else (" (TAX-EXEMPT)", "")
        if style.design == "band" or _fits(issue_full + tax[0]):
            issue_full += tax[0]
            issue_short += tax[1]
    if not _fits(issue_full) and style.design == "boxes":  # the box's column is narrow: the house style shortens
        issue_full = issue_full.replace("GENERAL OBLIGATION", "GEN OBLIG").replace("REFUNDING", "REF")
    fill = {"P": place, "STATE": state, "ST": st}
    issuer = (short if style.abbreviated else full).format(**fill)
    issue = issue_short if style.abbreviated else issue_full
    call = None
    call_price = Decimal("100.000")
    if (maturity - dated).days > 11 * 365 and rng.random() < 0.7:
        call = date(dated.year + rng.choice((8, 10, 10, 10)), maturity.month, maturity.day)
        if call <= trade_date + timedelta(days=180) or call >= maturity:
            call = None
        elif rng.random() < 0.15:
            call_price = Decimal(rng.choice(("101.000", "102.000")))
    cusip = identifiers.cusip(rng, issue=rng.choice(string_pairs()))
    return Muni(
        issuer=issuer,
        issue=issue,
        state=state,
        obligor=obligor.format(**fill) if obligor else None,
        coupon=Decimal(rng.choice(_COUPONS)),
        maturity=maturity,
        dated=dated,
        first_coupon=first_coupon,
        call=call,
        call_price=call_price,
        bank_qualified=rng.choice((True, False, None)) if kind == "GO" else rng.choice((False, None, None)),
        insurer=rng.choice(_INSURERS) if rng.random() < 0.3 else None,
        rating=rng.choice(_RATINGS) if rng.random() < 0.6 else None,
        cusip=cusip,
        amt=kind == "REV" and rng.random() < 0.2,
    )


def _fits(line: str) -> bool:
    """Whether a description line fits the boxes design's left column in a legible size."""
    return stringWidth(line, "Helvetica-Bold", 6.5) <= BOX_COLUMN


def string_pairs() -> tuple[str, ...]:
    """Muni issue numbers: letter pairs and digit-letter pairs."""
    return ("AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "BA", "BC", "CD", "DK", "EA", "FB", "2A", "3B", "4C", "5D")


def _accrual_start(bond: Muni, settle: date) -> date:
    if settle < bond.first_coupon:
        return bond.dated
    paid = [day for day in _coupon_dates(bond.maturity, bond.first_coupon.year, settle.year) if day <= settle]
    return max(day for day in paid if day >= bond.first_coupon)


def _years(start: date, end: date) -> Decimal:
    return max(Decimal((end - start).days) / Decimal("365.25"), Decimal("0.25"))


def _yield_of(coupon: Decimal, price: Decimal, years: Decimal, redemption: Decimal) -> Decimal:
    """The textbook approximation: coupon plus the pull to the redemption price a year, over the mean price."""
    value = (coupon + (redemption - price) / years) / ((redemption + price) / 2) * 100
    return money.places(value, 3)


def _price_of(coupon: Decimal, yield_: Decimal, years: Decimal, redemption: Decimal) -> Decimal:
    """The inverse of _yield_of."""
    y = yield_ / 100
    return (coupon + redemption / years - y * redemption / 2) / (y / 2 + 1 / years)


def _par(rng: random.Random) -> Decimal:
    roll = rng.random()
    if roll < 0.55:
        return Decimal(rng.randint(1, 40) * 5_000)
    if roll < 0.85:
        return Decimal(rng.randint(5, 100) * 25_000)
    return Decimal(rng.randint(3, 60) * 100_000)


def make_ticket(rng: random.Random, style: Style, trade_date: date, account: str) -> Ticket:
    bond = _bond(rng, style, trade_date)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market="US"))
    par = _par(rng)
    market = Decimal(rng.randint(1_900, 4_900)).scaleb(-3)  # the yield the market asks, percent
    to_maturity = _years(settle, bond.maturity)
    price = _price_of(bond.coupon, market, to_maturity, Decimal(100))
    if bond.call is not None:
        price = min(price, _price_of(bond.coupon, market, _years(settle, bond.call), bond.call_price))
    price = money.places(min(max(price, Decimal(72)), Decimal(124)), 3)
    ytm = _yield_of(bond.coupon, price, to_maturity, Decimal(100))
    ytc = None
    if bond.call is not None:
        ytc = _yield_of(bond.coupon, price, _years(settle, bond.call), bond.call_price)
    start = _accrual_start(bond, settle)
    days = _days_360(start, settle)
    accrued = money.to_money(par * bond.coupon / 100 * Decimal(days) / 360, "USD")
    gross = money.gross_of(par, price, "USD", percent=True)
    side = "BUY" if rng.random() < 0.6 else "SELL"
    agent = rng.random() < 0.2
    charges = []
    if agent:
        per_bond = Decimal(rng.choice(("1.00", "2.00", "2.50", "3.00", "5.00")))
        charges.append(Charge(COMMISSION, "COMMISSION", money.to_money(par / 1000 * per_bond, "USD")))
    if rng.random() < 0.55:
        amount = Decimal(rng.choice(("4.95", "5.00", "7.50", "9.95", "12.50", "15.00", "25.00")))
        charges.append(Charge(FEE, style.fee_label, amount))
    elif style.zero_fee:
        charges.append(Charge(FEE, style.fee_label, Decimal("0.00")))
    if rng.random() < 0.12:
        charges.append(Charge(FEE, "HANDLING CHARGE", Decimal(rng.choice(("2.00", "3.50", "5.00")))))
    markup = markup_pct = pmp = None
    if not agent and par <= 500_000 and rng.random() < 0.85:
        markup_pct = Decimal(rng.randint(150, 2_400)).scaleb(-3)
        if side == "BUY":
            pmp = money.places(price / (1 + markup_pct / 100), 3)
            markup = money.to_money((price - pmp) * par / 100, "USD")
        else:
            pmp = money.places(price / (1 - markup_pct / 100), 3)
            markup = money.to_money((pmp - price) * par / 100, "USD")
        markup_pct = money.places(abs(price - pmp) / pmp * 100, 3)
    ref = rng.choice((f"M{trade_date:%y%m%d}{noise.digits(rng, 4)}", f"{noise.digits(rng, 3)}-{noise.digits(rng, 6)}"))
    deal = Deal(
        side=side,
        quantity=par,
        price=price,
        currency="USD",
        security_name=bond.name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        accrued_interest=accrued,
        account=account,
        counterparty=style.dealer.legal_name,
        trade_ref=ref,
        cusip=bond.cusip,
        isin=identifiers.isin("US", bond.cusip) if style.show_isin else None,
        percent=True,
    )
    return Ticket(deal, bond, days, start, ytm, ytc, dates.clock(rng), agent, markup, markup_pct, pmp)


# --- the document --------------------------------------------------------------------------------------------


def _style(rng: random.Random) -> Style:
    return Style(
        dealer=rng.choice(DEALERS),
        design=rng.choice(("boxes", "band")),
        abbreviated=rng.random() < 0.45,
        date_style=rng.choice(("us", "us", "us2", "us_long")),
        clock12=rng.random() < 0.5,
        dollar=rng.random() < 0.5,
        show_isin=rng.random() < 0.3,
        zero_fee=rng.random() < 0.4,
        fee_label=rng.choice(("TRANSACTION FEE", "SERVICE CHARGE", "PROCESSING FEE", "TRANS FEE")),
        total_buy=rng.choice(("TOTAL AMOUNT DUE", "NET AMOUNT", "TOTAL", "AMOUNT DUE FROM YOU")),
        total_sell=rng.choice(("NET PROCEEDS", "NET AMOUNT", "TOTAL", "AMOUNT DUE TO YOU")),
        par_label=rng.choice(("PAR AMOUNT", "PAR VALUE", "QUANTITY (PAR)", "FACE AMOUNT")),
        both_yields=rng.random() < 0.35,
        per_page=rng.random() < 0.4,
        back_page=rng.random() < 0.55,
    )


def build(rng: random.Random) -> Document:
    style = _style(rng)
    trade_date = dates.trade_day(rng)
    account = rng.choice(
        (
            f"{noise.digits(rng, 3)}-{noise.digits(rng, 5)}",
            f"{noise.digits(rng, 1)}{noise.letters(rng, 2)}-{noise.digits(rng, 6)}",
            f"{noise.letters(rng, 1)}{noise.digits(rng, 7)}",
        )
    )
    client = noise.client(rng, "US")
    count = 1 if rng.random() < 0.6 else 2
    tickets = [make_ticket(rng, style, trade_date, account) for _ in range(count)]
    info = {
        "rep": f"{noise.digits(rng, 1)}{noise.letters(rng, 1)}{noise.digits(rng, 1)}",
        "rep_name": _rep_name(rng),
        "kind": rng.choice(("INDIVIDUAL", "JOINT TENANTS WROS", "REVOCABLE TRUST", "CORPORATE", "IRA ROLLOVER")),
        "office": noise.digits(rng, 3),
        "dtc": f"0{noise.digits(rng, 3)}",
        "run": f"{noise.letters(rng, 2)}{noise.digits(rng, 5)}",
    }
    groups = [[ticket] for ticket in tickets] if count == 2 and style.per_page else [tickets]
    pages = len(groups) + (1 if style.back_page and len(groups) == 1 else 0)
    sheet = Sheet(title="Municipal securities confirmation", author=style.dealer.legal_name, pagesize=LETTER)
    draw = _boxes if style.design == "boxes" else _band
    for number, group in enumerate(groups, start=1):
        y = _head(sheet, rng, style, group[0].deal, client, info)
        for ticket in group:
            y = draw(sheet, rng, style, ticket, y) + 10
        _legend(sheet, rng, style, group, info, y, short=pages > len(groups))
        _footer(sheet, style, number, pages, info, trade_date)
        if number < pages:
            sheet.next_page()
    if pages > len(groups):
        _back_page(sheet, rng, style, tickets, info)
        _footer(sheet, style, pages, pages, info, trade_date)
    return Document(sheet.finish(), "confirmation", [ticket.deal.truth() for ticket in tickets])


def _rep_name(rng: random.Random) -> str:
    name = noise.person(rng, institutions=False).split()
    return " ".join(name[-2:]).upper()


def _day(day: date, style: Style) -> str:
    return dates.fmt(day, style.date_style)


def _time(ticket: Ticket, style: Style) -> str:
    hours, minutes, seconds = (int(part) for part in ticket.time.split(":"))
    if not style.clock12:
        return f"{ticket.time} ET"
    half = "AM" if hours < 12 else "PM"
    return f"{(hours - 1) % 12 + 1}:{minutes:02d}:{seconds:02d} {half} ET"


def _cash(value: Decimal, style: Style) -> str:
    return f"{'$' if style.dollar else ''}{money.fmt(value, decimals=2)}"


def _side(ticket: Ticket) -> str:
    if ticket.agent:
        return "YOU BOUGHT" if ticket.deal.is_buy else "YOU SOLD"
    return "YOU BOUGHT FROM US" if ticket.deal.is_buy else "YOU SOLD TO US"


def _capacity(ticket: Ticket) -> str:
    return "AGENT" if ticket.agent else "PRINCIPAL"


def _yield_rows(ticket: Ticket, style: Style) -> list[tuple[str, str]]:
    """(label, value) of the yields printed: to worst alone, or to maturity and to call."""
    if ticket.ytc is None:
        return [("YIELD TO MATURITY", f"{ticket.ytm:.3f}%")]
    if style.both_yields:
        return [("YIELD TO MATURITY", f"{ticket.ytm:.3f}%"), ("YIELD TO CALL", f"{ticket.ytc:.3f}%")]
    to = "CALL" if ticket.ytc < ticket.ytm else "MATURITY"
    return [(f"YIELD TO WORST ({to})", f"{min(ticket.ytc, ticket.ytm):.3f}%")]


def _total_label(ticket: Ticket, style: Style) -> str:
    return style.total_buy if ticket.deal.is_buy else style.total_sell


def _details(ticket: Ticket, style: Style) -> list[str]:
    """The description lines under the name: never part of it."""
    bond, deal = ticket.bond, ticket.deal
    lines = [f"COUPON {bond.coupon:.3f}%   MATURITY {_day(bond.maturity, style)}"]
    lines.append(f"DATED DATE {_day(bond.dated, style)}   FIRST COUPON {_day(bond.first_coupon, style)}")
    if bond.call is not None:
        lines.append(f"CALLABLE {_day(bond.call, style)} @ {bond.call_price}")
    else:
        lines.append("NON-CALLABLE" if style.abbreviated else "NOT CALLABLE PRIOR TO MATURITY")
    if bond.obligor:
        lines.append(f"OBLIGOR: {bond.obligor}")
    flags = []
    if bond.bank_qualified is not None:
        flags.append("BANK QUALIFIED" if bond.bank_qualified else "NON-BANK QUALIFIED")
    if bond.amt:
        flags.append("AMT")
    if bond.rating:
        flags.append(f"RATING {bond.rating}")
    if flags:
        lines.append("   ".join(flags))
    if bond.insurer:
        lines.append(f"INSURED BY {bond.insurer}")
    lines.append(f"STATE: {bond.state}")
    ids = f"CUSIP {deal.cusip}"
    if deal.isin:
        ids += f"   ISIN {deal.isin}"
    lines.append(ids)
    return lines


def _markup_text(ticket: Ticket, style: Style) -> str | None:
    if ticket.markup is None:
        return None
    word = "MARK-UP" if ticket.deal.is_buy else "MARK-DOWN"
    return (
        f"{word}: ${money.fmt(ticket.markup, decimals=2)} ({ticket.markup_pct}% OF THE PREVAILING MARKET PRICE OF "
        f"{ticket.pmp}), COMPUTED UNDER MSRB RULE G-15 AND INCLUDED IN THE PRICE SHOWN."
    )


def _fit(sheet: Sheet, value: str, width: float, size: float, font: str = "Helvetica-Bold") -> float:
    while size > 5.5 and sheet.measure(value, font=font, size=size) > width:
        size -= 0.25
    return size


def _head(sheet: Sheet, rng: random.Random, style: Style, deal: Deal, client: noise.Client, info: dict) -> float:
    dealer = style.dealer
    sheet.text(LEFT, 48, dealer.brand, font="Times-Bold", size=19)
    sheet.text(LEFT, 60, f"{dealer.legal_name}  -  Municipal Bond Department", size=7.5)
    sheet.lines(LEFT, 70, [*dealer.address, f"{dealer.phone}  |  {dealer.web}"], leading=9, size=7)
    sheet.right(RIGHT, 48, "CONFIRMATION", font="Helvetica-Bold", size=13)
    sheet.right(RIGHT, 60, "MUNICIPAL SECURITIES TRANSACTION", size=7.5)
    sheet.right(RIGHT, 70, "Member FINRA / SIPC  -  Registered with the MSRB", size=7)
    sheet.rule(LEFT, 102, RIGHT, weight=1.2)
    sheet.lines(LEFT + 6, 120, [client.name.upper(), *(line.upper() for line in client.address)], leading=11, size=9)
    rows = [
        ("ACCOUNT NUMBER", deal.account or ""),
        ("ACCOUNT TYPE", info["kind"]),
        ("REPRESENTATIVE", f"{info['rep']}  {info['rep_name']}"),
        ("OFFICE", info["office"]),
    ]
    for i, (label, value) in enumerate(rows):
        sheet.text(340, 120 + 11 * i, label, size=7)
        sheet.right(RIGHT, 120 + 11 * i, value, font="Helvetica-Bold" if i == 0 else "Helvetica", size=8)
    return 176.0


def _boxes(sheet: Sheet, rng: random.Random, style: Style, ticket: Ticket, top: float) -> float:
    deal = ticket.deal
    width = RIGHT - LEFT
    sheet.box(LEFT, top, width, 18, fill=0.86)
    sheet.text(LEFT + 6, top + 13, _side(ticket), font="Helvetica-Bold", size=10.5)
    sheet.right(RIGHT - 6, top + 13, f"CONFIRMATION NO. {deal.trade_ref}", font="Helvetica-Bold", size=8)
    split = LEFT + BOX_SPLIT
    column = BOX_COLUMN
    y = top + 32
    sheet.text(LEFT + 6, y, style.par_label, size=7)
    sheet.text(LEFT + 80, y, money.fmt(deal.quantity), font="Helvetica-Bold", size=9.5)
    y += 14
    sheet.text(LEFT + 6, y, "SECURITY DESCRIPTION", size=6)
    for line in (ticket.bond.issuer, ticket.bond.issue):
        y += 11
        sheet.text(LEFT + 6, y, line, font="Helvetica-Bold", size=_fit(sheet, line, column, 8.5))
    y += 11
    for line in _details(ticket, style):
        sheet.text(LEFT + 6, y, line, size=_fit(sheet, line, column, 7.2, "Helvetica"))
        y += 9.5
    left_end = y
    rows: list[tuple[str, str, bool]] = [
        ("TRADE DATE", _day(deal.trade_date, style), False),
        ("TRADE TIME", _time(ticket, style), False),
        ("SETTLEMENT DATE", _day(deal.settlement_date, style), False),
        ("CAPACITY", _capacity(ticket), False),
        ("PRICE", f"{deal.price}", False),
        *((label, value, False) for label, value in _yield_rows(ticket, style)),
        ("PRINCIPAL", _cash(deal.gross_amount, style), False),
        (f"ACCRUED INTEREST ({ticket.days} DAYS)", _cash(deal.accrued_interest or Decimal(0), style), False),
        *((charge.label, _cash(charge.amount, style), False) for charge in deal.charges),
        (_total_label(ticket, style), _cash(deal.net_amount, style), True),
    ]
    x0, x1 = split + 6, RIGHT - 6
    y = top + 32
    for label, value, bold in rows:
        if bold:
            sheet.rule(x0 + 110, y - 9, x1, weight=0.7)
            y += 2
        font = "Helvetica-Bold" if bold else "Helvetica"
        sheet.text(x0, y, label, font=font, size=7.5)
        sheet.right(x1, y, value, font=font, size=8.5)
        y += 12
    bottom = max(left_end, y) + 2
    note = _markup_text(ticket, style)
    if note:
        sheet.rule(LEFT, bottom, RIGHT, weight=0.3)
        bottom = sheet.paragraph(LEFT + 6, bottom + 9, width - 12, note, size=6.6, leading=8) + 1
    sheet.canvas.setLineWidth(0.5)
    sheet.canvas.line(split, sheet.height - top - 18, split, sheet.height - (max(left_end, y) + 2))
    sheet.box(LEFT, top, width, bottom - top)
    return bottom


def _band(sheet: Sheet, rng: random.Random, style: Style, ticket: Ticket, top: float) -> float:
    deal = ticket.deal
    sheet.rule(LEFT, top, RIGHT, weight=1)
    y = top + 13
    sheet.text(LEFT, y, _side(ticket), font="Helvetica-Bold", size=10.5)
    sheet.right(RIGHT, y, f"CONF # {deal.trade_ref}", font="Helvetica-Bold", size=8.5)
    y += 12
    facts = (
        f"TRADE DATE {_day(deal.trade_date, style)}    TIME {_time(ticket, style)}    "
        f"SETTLEMENT DATE {_day(deal.settlement_date, style)}    CAPACITY: {_capacity(ticket)}"
    )
    sheet.text(LEFT, y, facts, size=7.5)
    y += 14
    sheet.text(LEFT, y, "DESCRIPTION", size=6)
    for line in (ticket.bond.issuer, ticket.bond.issue):
        y += 11
        sheet.text(LEFT, y, line, font="Helvetica-Bold", size=_fit(sheet, line, RIGHT - LEFT, 9))
    details = _details(ticket, style)
    merged = []
    while details:
        line = details.pop(0)
        while details and sheet.measure(f"{line}     {details[0]}", size=7.3) < RIGHT - LEFT:
            line = f"{line}     {details.pop(0)}"
        merged.append(line)
    y += 11
    y = sheet.lines(LEFT, y, merged, leading=9.5, size=7.3)
    yields = _yield_rows(ticket, style)
    columns: list[tuple[str, str]] = [
        (style.par_label.replace(" (PAR)", ""), money.fmt(deal.quantity)),
        ("PRICE", f"{deal.price}"),
        *(
            (label.replace("YIELD TO MATURITY", "YIELD TO MAT").replace("YIELD TO WORST", "YTW"), value)
            for label, value in yields
        ),
        ("PRINCIPAL", _cash(deal.gross_amount, style)),
        ("ACCRUED INT", _cash(deal.accrued_interest or Decimal(0), style)),
        ("INT DAYS", str(ticket.days)),
        *((charge.label, _cash(charge.amount, style)) for charge in deal.charges),
        (_total_label(ticket, style), _cash(deal.net_amount, style)),
    ]
    y += 2
    sheet.rule(LEFT, y, RIGHT, weight=0.8)
    width = (RIGHT - LEFT) / len(columns)
    for i, (label, value) in enumerate(columns):
        x = LEFT + (i + 1) * width - 3
        last = i == len(columns) - 1
        head = simpleSplit(label, "Helvetica-Bold", 5.8, width - 4)[:2]
        for j, part in enumerate(head):
            sheet.right(x, y + 16 - 7 * (len(head) - 1 - j), part, font="Helvetica-Bold", size=5.8)
        size = _fit(sheet, value, width - 4, 8.2, "Helvetica-Bold" if last else "Helvetica")
        sheet.right(x, y + 30, value, font="Helvetica-Bold" if last else "Helvetica", size=size)
    sheet.rule(LEFT, y + 20, RIGHT, weight=0.3)
    sheet.rule(LEFT, y + 35, RIGHT, weight=0.8)
    y += 46
    note = _markup_text(ticket, style)
    if note:
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, note, size=6.8, leading=8.5)
    return y


def _footer(sheet: Sheet, style: Style, number: int, total: int, info: dict, day: date) -> None:
    dealer = style.dealer
    sheet.rule(LEFT, 752, RIGHT, weight=0.5)
    sheet.text(LEFT, 762, f"{dealer.legal_name}  |  Member FINRA and SIPC  |  MSRB registered dealer", size=6.5)
    sheet.text(LEFT, 771, f"MUNI-CNF {dates.fmt(day, 'us2')}  RUN {info['run']}  DTC {info['dtc']}", size=6)
    sheet.right(RIGHT, 766, f"PAGE {number} OF {total}", font="Helvetica-Bold", size=7.5)


def _legend(
    sheet: Sheet, rng: random.Random, style: Style, group: list[Ticket], info: dict, y: float, *, short: bool
) -> None:
    """The codes and a few notices under the trades; a longer version when there is no back page."""
    first = group[0]
    sentences = [
        "CAPACITY: PRINCIPAL = WE SOLD TO YOU OR BOUGHT FROM YOU FOR OUR OWN ACCOUNT. AGENT = WE ACTED AS YOUR "
        "AGENT AND CHARGED THE COMMISSION SHOWN. ACCRUED INTEREST IS COMPUTED ON A 30/360 BASIS (MSRB RULE G-33).",
    ]
    if short:
        sentences.append("PLEASE SEE THE REVERSE SIDE FOR IMPORTANT INFORMATION ABOUT THIS TRANSACTION.")
    else:
        sentences += [
            f"Information about this security, including the official statement and continuing disclosure "
            f"documents, is available free of charge at emma.msrb.org (CUSIP {first.bond.cusip}).",
            f"Settlement through DTC, participant {info['dtc']}. Interest accrues from "
            f"{_day(first.accrual_start, style)}; the next coupon is payable on "
            f"{_day(_next_coupon(first), style)}.",
            "The yield shown is computed to the lower of the call date and maturity; if the bond is called "
            "earlier the realised yield may differ.",
            f"Report any discrepancy within {rng.choice((3, 5, 10))} business days to {style.dealer.phone}. "
            f"SIPC protects up to $500,000, including $250,000 for cash claims.",
            f"Form 1099-INT for interest received in {first.deal.trade_date.year} will be mailed by "
            f"February 15, {first.deal.trade_date.year + 1}.",
        ]
    y += 4
    for sentence in sentences:
        height = 8.2 * len(simpleSplit(sentence, "Helvetica", 6.3, RIGHT - LEFT))
        if y + height > FOOT:
            break
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, sentence, size=6.3, leading=8.2) + 2


def _next_coupon(ticket: Ticket) -> date:
    bond = ticket.bond
    settle = ticket.deal.settlement_date
    if settle < bond.first_coupon:
        return bond.first_coupon
    later = _coupon_dates(bond.maturity, settle.year, settle.year + 1)
    return min(day for day in later if day > settle)


def _back_page(sheet: Sheet, rng: random.Random, style: Style, tickets: list[Ticket], info: dict) -> None:
    dealer = style.dealer
    sheet.text(
        LEFT, 50, "IMPORTANT INFORMATION ABOUT YOUR MUNICIPAL SECURITIES TRANSACTION", font="Helvetica-Bold", size=10
    )
    sheet.text(LEFT, 62, "Please retain this notice with your confirmation.", size=7.5)
    sheet.rule(LEFT, 68, RIGHT, weight=0.8)
    first = tickets[0]
    year = first.deal.trade_date.year
    notices = [
        f"MSRB RULE G-10. {dealer.legal_name} is registered with the U.S. Securities and Exchange Commission and "
        "the Municipal Securities Rulemaking Board. An investor brochure describing the protections available under "
        "MSRB rules and how to file a complaint is posted at www.msrb.org.",
        "EMMA. Official statements, continuing disclosure filings, trade prices and rating information for municipal "
        f"securities are available on the MSRB's Electronic Municipal Market Access system at emma.msrb.org. "
        f"Trades in CUSIP {first.bond.cusip} are reported to the MSRB within 15 minutes of execution (Rule G-14).",
        f"YIELD AND PRICE. The dollar price was computed from the yield shown, to the lower of the call date and "
        f"maturity (the yield to worst), under MSRB Rule G-15(a)(i)(A)(5). A call at {first.bond.call_price} may "
        "occur earlier than the date shown if the issue carries extraordinary or sinking fund provisions.",
        "MARK-UPS AND MARK-DOWNS. For retail principal trades offset on the same day, the mark-up or mark-down "
        "disclosed on the front was measured from the prevailing market price, expressed in dollars and as a "
        "percentage of that price, under MSRB Rule G-30 and Rule G-15(a)(i)(A)(8).",
        f"ACCRUED INTEREST is computed on a 30/360 day basis (Rule G-33) from the last interest payment date or "
        f"the dated date, {_day(first.bond.dated, style)} for this issue, to the settlement date.",
        "MINIMUM DENOMINATIONS. The minimum denomination of most issues is $5,000. A position below the minimum "
        "denomination may adversely affect liquidity and is disclosed under Rule G-15(f).",
        "BANK QUALIFIED issues are designated under Section 265(b)(3) of the Internal Revenue Code by issuers that "
        "expect to issue no more than $10,000,000 of tax-exempt obligations in the calendar year.",
        f"TAX REPORTING. Tax-exempt interest and accrued interest paid at purchase are reported on Form 1099-INT; "
        f"sales proceeds on Form 1099-B for {year}, mailed by February 15, {year + 1}. Consult your tax adviser "
        "about the alternative minimum tax and state taxation.",
        f"CUSTOMER PROTECTION. Securities are held at The Depository Trust Company under participant number "
        f"{info['dtc']}. SIPC protects securities in your account up to $500,000, including $250,000 for claims "
        f"for cash; excess coverage of up to ${rng.choice(('24.5', '49.5', '149.5'))} million per customer is "
        "provided through a private insurer.",
        f"COMPLAINTS. Write to the Chief Compliance Officer, {dealer.address[0]}, {dealer.address[1]}, or call "
        f"{dealer.phone} ext. {noise.digits(rng, 4)}. Terms of your account agreement dated "
        f"{noise.old_date(rng, 'us')} apply to this transaction.",
        "TIME OF EXECUTION and the identity of any other party to an agency trade will be furnished on written "
        "request. Please review this confirmation promptly.",
    ]
    y = 84.0
    for number, notice in enumerate(notices, start=1):
        lines = simpleSplit(notice, "Helvetica", 7, RIGHT - LEFT - 18)
        if y + 9 * len(lines) > FOOT:
            break
        sheet.text(LEFT, y, f"{number}.", font="Helvetica-Bold", size=7)
        y = sheet.paragraph(LEFT + 18, y, RIGHT - LEFT - 18, notice, size=7, leading=9) + 4
    y += 4
    if y + 60 < FOOT:
        sheet.text(LEFT, y, "EXPLANATION OF CODES", font="Helvetica-Bold", size=8)
        codes = [
            "BQ = BANK QUALIFIED   NBQ = NON-BANK QUALIFIED   AMT = SUBJECT TO ALTERNATIVE MINIMUM TAX",
            "YTM = YIELD TO MATURITY   YTC = YIELD TO CALL   YTW = YIELD TO WORST   PMP = PREVAILING MARKET PRICE",
            "NR = NOT RATED   WI = WHEN, AS AND IF ISSUED   TXBL = FEDERALLY TAXABLE",
        ]
        sheet.lines(LEFT, y + 12, codes, leading=9, size=6.8)


LAYOUT = Layout(
    name="us_muni_confirm",
    kind="pdf",
    heldout=False,
    build=build,
    description="US municipal bond dealer G-15 confirms: 1-2 bonds, multi-line issuer/issue name, par, % price "
    "with yield, accrued days, fees, mark-up note, MSRB/EMMA back page",
)
