"""Birchmount (held out): a Canadian fixed-income dealer's trade confirmations, one bond trade a page.

The dealer trades as principal from its Toronto desk (CAD, and USD for US-pay issues) or through its New York
affiliate (USD). Each page confirms one trade; a day's batch prints one page a trade, "PAGE 1 OF 3" at the foot.
The side is worded from the dealer's seat ("WE SOLD TO YOU" for a client purchase, "WE BOUGHT FROM YOU" for a
client sale) or from the client's ("YOU BOUGHT" / "YOU SOLD"). The quantity is the face (par) amount, the price
a percentage of par with three or four places, then principal, accrued interest with its day count, a small
service charge on some trades (a 0.00 line on some pages) and the net amount. CUSIP always, its CA or US ISIN
on some pages. Dates MM/DD/YY or "Mar 14, 2025" (a few Toronto pages ISO); the currency as a code cell, a code
or "C$"/"US$" before the amounts. Three page designs: boxed header cells over a description and an amounts
column, a ruled two-band ledger, and a narrative sentence over key/value rows.

Noise: coupon, maturity, dated and call dates, yield to maturity or call, day-count basis, the dealer's
disclosed remuneration or mark-up (money and percent), trade time, IA/branch codes, CIRO/CIPF or FINRA/SIPC text,
T5008/1099 notes, settlement instructions and a print-run line in the footer.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit

from .. import dates, identifiers, money, noise, trades
from ..model import FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

TORONTO = noise.Broker(
    legal_name="Birchmount Capital Markets Inc.",
    brand="BIRCHMOUNT",
    address=("145 King Street West, Suite 2600", "Toronto, Ontario  M5H 1J8"),
    phone="(416) 555-0143",
    web="www.birchmount.example.ca",
    region="CA",
)
NEW_YORK = noise.Broker(
    legal_name="Birchmount Capital Markets (USA) Corp.",
    brand="BIRCHMOUNT",
    address=("600 Lexington Avenue, 31st Floor", "New York, NY 10022"),
    phone="(212) 555-0177",
    web="www.birchmount.example.com",
    region="US",
)
LEFT, RIGHT = 42.0, 570.0
FOOT = 742.0  # legal text stops above the footer

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
    "Lac Sauveterre",
    "Pembrook Falls",
    "Halcyon Point",
    "Quillmount",
    "Bramblewood",
)
_SECTORS = ("Energy", "Pipelines", "Power", "Telecom", "Realty", "Financial", "Utilities", "Rail", "Foods", "Capital")
_FORMS = {"CA": ("INC", "LTD", "CORP", "LIMITED"), "US": ("INC", "CORP", "CO", "LLC", "HOLDINGS INC")}
_CORPORATE_KINDS = ("SR UNSEC NOTES", "SENIOR NOTES", "DEBENTURES", "SUB NOTES", "FIRST MTG BONDS SER {letter}")
_MUNICIPAL = {
    "CA": ("REGIONAL MUNICIPALITY OF {root} DEBS", "CITY OF {root} SF DEBS", "{root} HYDRO FINANCING AUTH BONDS"),
    "US": ("{root} CNTY WTR AUTH REV BDS", "CITY OF {root} GO BDS", "{root} SCH DIST GO BDS"),
}
_PLACES = (
    ("Oakville", "ON", "L6J 2X4"),
    ("Kingston", "ON", "K7L 3N6"),
    ("Westmount", "QC", "H3Z 1S4"),
    ("Calgary", "AB", "T2S 0J1"),
    ("Victoria", "BC", "V8S 3H5"),
    ("Halifax", "NS", "B3H 1W2"),
    ("Saskatoon", "SK", "S7N 0X3"),
)
_STREETS = ("Birchwood Crescent", "Lakeshore Road", "Maple Grove Drive", "Chemin Sainte-Foy", "Elm Avenue")


@dataclass(frozen=True)
class Bond:
    name: str  # as printed, without coupon and maturity
    cusip: str
    isin: str
    coupon: Decimal
    maturity: date
    dated: date
    call: date | None
    basis: str  # day-count basis


@dataclass(frozen=True)
class Confirm:
    """One page: the deal and the figures printed around it."""

    deal: Deal
    bond: Bond
    days: int
    yield_: Decimal
    remuneration: Decimal  # dealer's mark-up or mark-down, money in the trade currency
    time: str


@dataclass(frozen=True)
class Style:
    """What one batch looks like."""

    broker: noise.Broker
    design: str  # "grid", "ledger" or "narrative"
    date_style: str  # "us2", "mon" or "iso"
    dealer_words: bool  # WE SOLD TO YOU / WE BOUGHT FROM YOU
    sign: str  # "" (a currency cell), "C$"/"US$" or "CAD "/"USD " before amounts
    zero_charge: bool  # the service-charge line printed as 0.00 when none
    show_isin: bool
    stub: bool  # a remittance stub under purchases


def _bond(rng: random.Random, market: str, trade_date: date) -> Bond:
    root = rng.choice(_ROOTS)
    if rng.random() < 0.3:
        name = rng.choice(_MUNICIPAL[market]).format(root=root.upper())
    else:
        kind = rng.choice(_CORPORATE_KINDS).format(letter=rng.choice("ABCDFGK"))
        if rng.random() < 0.2:
            kind = f"MTN SER {rng.randint(3, 24)}"
        name = f"{root} {rng.choice(_SECTORS)} {rng.choice(_FORMS[market])} {kind}".upper()
    cusip = identifiers.cusip(rng, issue=rng.choice(("AA", "AB", "AC", "AD", "AF", "AG", "AJ")))
    coupon = Decimal(rng.randrange(8, 62) * 125).scaleb(-3)
    maturity = date(trade_date.year + rng.randint(1, 28), rng.randint(1, 12), rng.choice((1, 15)))
    term = maturity.year - trade_date.year + rng.randint(1, 8)
    dated = maturity.replace(year=maturity.year - term)
    call = None
    if rng.random() < 0.3 and maturity.year - trade_date.year > 3:
        call = maturity.replace(year=maturity.year - rng.randint(0, 2), month=(maturity.month + 8) % 12 + 1)
    basis = "ACT/365" if market == "CA" else "30/360"
    return Bond(name, cusip, identifiers.isin(market, cusip), coupon, maturity, dated, call, basis)


def _last_coupon(maturity: date, settle: date) -> date:
    months = {maturity.month, (maturity.month + 5) % 12 + 1}
    return max(
        date(year, month, maturity.day)
        for year in (settle.year - 1, settle.year)
        for month in months
        if date(year, month, maturity.day) <= settle
    )


def _face(rng: random.Random) -> Decimal:
    roll = rng.random()
    if roll < 0.5:
        return Decimal(rng.randint(5, 200) * 1000)
    if roll < 0.85:
        return Decimal(rng.randint(1, 100) * 10_000)
    return Decimal(rng.randint(1, 50) * 100_000)


def _pricing(bond: Bond, trade_date: date) -> Callable[[random.Random], Decimal]:
    """Prices near par for short bonds, further from it the longer the bond and the wider coupon and market."""
    years = Decimal(max((bond.maturity - trade_date).days, 30)) / Decimal("365.25")
    duration = min(years, Decimal(18)) * Decimal("0.8")

    def price(rng: random.Random) -> Decimal:
        market = Decimal(rng.randint(2_200, 6_400)).scaleb(-3)  # the market's yield for the issue, percent
        value = min(max(100 + (bond.coupon - market) * duration, Decimal(62)), Decimal(128))
        return money.places(value, rng.choice((3, 3, 3, 4)))

    return price


def _yield(bond: Bond, price: Decimal, trade_date: date) -> Decimal:
    """The usual approximation: coupon plus the pull to par a year, over the mean of price and par."""
    years = Decimal(max((bond.maturity - trade_date).days, 30)) / Decimal("365.25")
    value = (bond.coupon + (100 - price) / years) / ((100 + price) / 2) * 100
    return money.places(max(value, Decimal("0.05")), 3)


def make_confirm(
    rng: random.Random, style: Style, *, currency: str, trade_date: date, account: str, counterparty: str
) -> Confirm:
    market = "CA" if currency == "CAD" else rng.choice(("US", "US", "CA"))
    bond = _bond(rng, market, trade_date)
    q, p, gross = trades.draw(
        rng,
        currency,
        _face,
        _pricing(bond, trade_date),
        percent=True,
        minimum=Decimal(900),
        maximum=Decimal(12_000_000),
    )
    side = trades.side(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market="CA"))
    last = _last_coupon(bond.maturity, settle)
    if bond.basis == "ACT/365":
        days = (settle - last).days
        accrued = money.to_money(q * bond.coupon / 100 * Decimal(days) / 365, currency)
    else:
        days = trades.accrued_days(bond.maturity, settle)
        accrued = trades.accrued_interest(q, bond.coupon, days, currency)
    charges = []
    if rng.random() < 0.35:
        charges.append(Charge(FEE, "SERVICE CHARGE", Decimal(rng.choice(("25.00", "35.00", "40.00", "50.00")))))
    elif style.zero_charge:
        charges.append(Charge(FEE, "SERVICE CHARGE", Decimal("0.00")))
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=bond.name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        accrued_interest=accrued,
        account=account,
        counterparty=counterparty,
        trade_ref=rng.choice((f"{trade_date:%y}{noise.digits(rng, 7)}", f"FI-{noise.digits(rng, 8)}")),
        cusip=bond.cusip,
        isin=bond.isin if style.show_isin else None,
        percent=True,
    )
    rate = Decimal(rng.randint(60, 900)).scaleb(-3)  # percent of principal
    remuneration = money.to_money(gross * rate / 100, currency)
    return Confirm(deal, bond, days, _yield(bond, p, trade_date), remuneration, dates.clock(rng))


def _style(rng: random.Random) -> tuple[Style, str]:
    broker = TORONTO if rng.random() < 0.7 else NEW_YORK
    currency = "USD" if broker is NEW_YORK or rng.random() < 0.25 else "CAD"
    date_styles = ("us2", "mon", "mon", "iso") if broker is TORONTO else ("us2", "us2", "mon")
    signs = ("", "", f"{currency} ", "C$" if currency == "CAD" else "US$")
    style = Style(
        broker=broker,
        design=rng.choice(("grid", "ledger", "narrative")),
        date_style=rng.choice(date_styles),
        dealer_words=rng.random() < 0.6,
        sign=rng.choice(signs),
        zero_charge=rng.random() < 0.4,
        show_isin=rng.random() < 0.45,
        stub=rng.random() < 0.5,
    )
    return style, currency


def build(rng: random.Random) -> Document:
    style, currency = _style(rng)
    trade_date = dates.trade_day(rng)
    if style.broker is TORONTO:
        account = f"{noise.digits(rng, 1)}{noise.letters(rng, 2)}-{noise.digits(rng, 5)}-{noise.letters(rng, 1)}"
        client = _ca_client(rng)
    else:
        account = f"{noise.letters(rng, 3)}-{noise.digits(rng, 6)}"
        client = noise.client(rng, "US")
    count = rng.choice((1, 1, 1, 1, 2, 2, 3))
    confirms = [
        make_confirm(
            rng, style, currency=currency, trade_date=trade_date, account=account, counterparty=style.broker.legal_name
        )
        for _ in range(count)
    ]
    page = {"grid": _grid_page, "ledger": _ledger_page, "narrative": _narrative_page}[style.design]
    sheet = Sheet(title="Trade confirmation", author=style.broker.legal_name, pagesize=LETTER)
    run = f"RUN {noise.digits(rng, 4)}"
    extra = {
        "ia": f"{noise.digits(rng, 1)}{noise.letters(rng, 2)}",
        "branch": noise.digits(rng, 3),
        "kind": rng.choice(("CASH", "MARGIN", "RRSP", "TFSA", "CORPORATE", "MANAGED"))
        if style.broker is TORONTO
        else rng.choice(("INDIVIDUAL", "JOINT WROS", "IRA", "TRUST", "CORPORATE")),
    }
    for number, confirm in enumerate(confirms, start=1):
        y = page(sheet, rng, style, confirm, client, extra)
        limit = FOOT
        if style.stub and style.design == "grid" and confirm.deal.is_buy:
            limit = _stub(sheet, style, confirm.deal, client)
        _legal(sheet, rng, style, confirm, y, limit)
        _footer(sheet, style, number, len(confirms), run, trade_date)
        if number < len(confirms):
            sheet.next_page()
    return Document(sheet.finish(), "confirmation", [confirm.deal.truth() for confirm in confirms])


def _ca_client(rng: random.Random) -> noise.Client:
    city, province, post = rng.choice(_PLACES)
    street = f"{rng.randint(2, 980)} {rng.choice(_STREETS)}"
    if rng.random() < 0.3:
        street = f"{rng.randint(101, 2404)}-{street}"
    return noise.Client(noise.person(rng), (street, f"{city} {province}  {post}"))


# --- what every design prints -------------------------------------------------------------------------------


def _day(day: date, style: str) -> str:
    if style == "mon":
        return f"{dates.MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return dates.fmt(day, style)


def _cash(value: Decimal, style: Style) -> str:
    return f"{style.sign}{money.fmt(value, decimals=2)}"


def _side_text(deal: Deal, style: Style) -> str:
    if style.dealer_words:
        return "WE SOLD TO YOU" if deal.is_buy else "WE BOUGHT FROM YOU"
    return "YOU BOUGHT" if deal.is_buy else "YOU SOLD"


def _currency_name(currency: str) -> str:
    return "CANADIAN DOLLARS" if currency == "CAD" else "U.S. DOLLARS"


def _amount_rows(confirm: Confirm, style: Style, *, titles: bool = False) -> list[tuple[str, str]]:
    deal = confirm.deal
    accrued = deal.accrued_interest if deal.accrued_interest is not None else Decimal(0)
    words = {
        "price": "Price (% of par)" if titles else "PRICE",
        "principal": "Principal" if titles else "PRINCIPAL",
        "accrued": f"Accrued interest ({confirm.days} days)" if titles else f"ACCRUED INTEREST {confirm.days} DAYS",
        "charge": "Service charge" if titles else "SERVICE CHARGE",
    }
    rows = [
        (words["price"], money.fmt(deal.price)),
        (words["principal"], _cash(deal.gross_amount, style)),
        (words["accrued"], _cash(accrued, style)),
    ]
    rows += [(words["charge"], _cash(charge.amount, style)) for charge in deal.charges]
    return rows


def _net_label(deal: Deal, *, titles: bool = False) -> str:
    if deal.is_buy:
        return "Net amount due from you" if titles else "NET AMOUNT DUE"
    return "Net proceeds to you" if titles else "NET PROCEEDS"


def _security_lines(rng: random.Random, style: Style, confirm: Confirm) -> list[str]:
    bond = confirm.bond
    lines = [f"COUPON {bond.coupon:.3f}%   MATURITY {_day(bond.maturity, style.date_style)}"]
    lines.append(f"DATED {_day(bond.dated, style.date_style)}   INTEREST SEMI-ANNUAL   BASIS {bond.basis}")
    to_what = "CALL" if bond.call else "MATURITY"
    lines.append(f"YIELD TO {to_what} {confirm.yield_}%")
    if bond.call:
        lines.append(f"CALLABLE {_day(bond.call, style.date_style)} @ 100.000")
    lines.append(
        f"CAPACITY: PRINCIPAL   MARKET: {rng.choice(('OTC', 'OTC', 'ATS'))}   TIME {confirm.time[:5]} ET"
        + (f"   RATING {rng.choice(('AA (LOW)', 'A (HIGH)', 'A', 'BBB (HIGH)', 'BBB'))}" if rng.random() < 0.5 else "")
    )
    return lines


def _letterhead(sheet: Sheet, style: Style, title: str, *, centred: bool = False) -> None:
    broker = style.broker
    if centred:
        sheet.centre(306, 44, broker.brand, font="Times-Bold", size=20)
        sheet.centre(306, 57, "FIXED INCOME", font="Helvetica", size=7.5)
        sheet.centre(306, 67, f"{broker.legal_name}  |  {', '.join(broker.address)}  |  {broker.phone}", size=7)
        sheet.text(LEFT, 88, title, font="Helvetica-Bold", size=11)
        sheet.rule(LEFT, 94, RIGHT, weight=1.2)
        return
    sheet.text(LEFT, 46, broker.brand, font="Times-Bold", size=20)
    sheet.text(LEFT, 58, f"{broker.legal_name}  -  Fixed Income", size=7.5)
    sheet.lines(LEFT, 68, [*broker.address, f"Desk {broker.phone}  |  {broker.web}"], leading=9, size=7)
    sheet.right(RIGHT, 46, title, font="Helvetica-Bold", size=12)
    sheet.rule(LEFT, 100, RIGHT, weight=1.2)


def _footer(sheet: Sheet, style: Style, number: int, total: int, run: str, day: date) -> None:
    broker = style.broker
    member = "Member CIRO  |  Member CIPF" if broker is TORONTO else "Member FINRA  |  SIPC"
    sheet.rule(LEFT, 752, RIGHT, weight=0.5)
    sheet.text(LEFT, 762, f"{broker.legal_name}  |  {member}  |  {broker.web}", size=6.5)
    sheet.text(LEFT, 771, f"BCM-FI-CNF  {dates.fmt(day, 'us2')}  {run}  E.&O.E.", size=6)
    sheet.right(RIGHT, 766, f"PAGE {number} OF {total}", font="Helvetica-Bold", size=7.5)


def _legal(sheet: Sheet, rng: random.Random, style: Style, confirm: Confirm, y: float, limit: float) -> None:
    deal, broker = confirm.deal, style.broker
    year = deal.trade_date.year
    ccy = deal.currency
    if broker is TORONTO:
        sentences = [
            f"{broker.legal_name} is a member of the Canadian Investment Regulatory Organization and a member of the "
            "Canadian Investor Protection Fund. Customers' accounts are protected by CIPF within specified limits; "
            "a brochure describing the nature and limits of coverage is available on request.",
            f"We acted as principal. The price includes our remuneration of {ccy} "
            f"{money.fmt(confirm.remuneration, decimals=2)}, being the difference between the price to you and the "
            "price at which we acquired or disposed of the security.",
            f"The yield shown is calculated on a semi-annual basis to the {'call' if confirm.bond.call else 'maturity'}"
            " date and does not reflect the effect of a redemption before that date.",
            f"A T5008 slip for dispositions in {year} will be issued on or before the last day of February {year + 1}.",
            f"Please review this confirmation and report any discrepancy within {rng.choice((10, 15))} days; "
            f"otherwise it will be considered accurate. Terms of account dated {noise.old_date(rng, 'us2')} apply.",
            f"Complaints: Chief Compliance Officer, {broker.address[0]}, {broker.address[1]}, "
            f"{broker.phone} ext. {noise.digits(rng, 4)}.",
        ]
    else:
        word = "mark-up" if deal.is_buy else "mark-down"
        percent = money.places(confirm.remuneration / deal.gross_amount * 100, 3)
        sentences = [
            f"{broker.legal_name}, Member FINRA/SIPC. SIPC protects securities in your account up to $500,000, "
            "including $250,000 for claims for cash.",
            f"We acted as principal. Our {word} of ${money.fmt(confirm.remuneration, decimals=2)} ({percent}% of the "
            "prevailing market price) was computed under FINRA Rule 2232 and is included in the price shown.",
            f"Time of execution {confirm.time} ET. Information on this bond, including its trade history, is "
            "available free of charge through the TRACE system.",
            f"Yield to {'call' if confirm.bond.call else 'maturity'} is shown; the bond may be redeemed before "
            "maturity, in which case the yield realised may differ.",
            f"Form 1099-B reporting the proceeds of sales in {year} will be mailed by February 15, {year + 1}.",
            f"Notify us of any error within {rng.choice((3, 5, 10))} business days at {broker.phone}.",
        ]
    keep = sentences[:2] + rng.sample(sentences[2:], k=rng.randint(2, len(sentences) - 2))
    y += 6
    for sentence in keep:
        height = 8.4 * len(simpleSplit(sentence, "Helvetica", 6.4, RIGHT - LEFT))
        if y + height > limit:
            break
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, sentence, size=6.4, leading=8.4) + 2


def _stub(sheet: Sheet, style: Style, deal: Deal, client: noise.Client) -> float:
    """The tear-off remittance slip of a purchase; returns the y above it."""
    top = 664.0
    sheet.canvas.setDash(3, 2)
    sheet.rule(LEFT, top, RIGHT, weight=0.6)
    sheet.canvas.setDash()
    sheet.text(LEFT, top + 11, "DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", font="Helvetica-Bold", size=6.5)
    payee = f"Make cheques payable to {style.broker.legal_name}"
    sheet.right(RIGHT, top + 11, payee, size=6.5)
    cells = [
        ("ACCOUNT NUMBER", deal.account or ""),
        ("CONFIRMATION NO.", deal.trade_ref or ""),
        ("SETTLEMENT DATE", _day(deal.settlement_date, style.date_style)),
        ("AMOUNT DUE", f"{deal.currency} {money.fmt(deal.net_amount, decimals=2)}"),
    ]
    width = (RIGHT - LEFT) / len(cells)
    for i, (label, value) in enumerate(cells):
        sheet.box(LEFT + i * width, top + 18, width, 26)
        sheet.text(LEFT + i * width + 4, top + 26, label, size=6)
        sheet.text(LEFT + i * width + 4, top + 39, value, font="Helvetica-Bold", size=8.5)
    sheet.text(LEFT, top + 56, client.name.upper(), size=7)
    sheet.text(LEFT, top + 65, "AMOUNT ENCLOSED  $ ______________", size=7)
    return top - 6


def _settlement_note(rng: random.Random, style: Style, deal: Deal) -> str:
    depository = "CDS" if style.broker is TORONTO and deal.currency == "CAD" else "DTC"
    when = _day(deal.settlement_date, style.date_style)
    if deal.is_buy:
        return f"Settlement through {depository} on {when}. Payment is due in your account by that date."
    return f"Settlement through {depository} on {when}. Proceeds will be credited to account ending " + (
        f"{noise.digits(rng, 4)}."
    )


# --- the three designs --------------------------------------------------------------------------------------


def _grid_page(
    sheet: Sheet, rng: random.Random, style: Style, confirm: Confirm, client: noise.Client, extra: dict[str, str]
) -> float:
    deal = confirm.deal
    _letterhead(sheet, style, rng.choice(("TRADE CONFIRMATION", "CONFIRMATION", "CONFIRMATION OF TRADE")))
    cells = [
        ("TRADE DATE", _day(deal.trade_date, style.date_style)),
        ("SETTLEMENT DATE", _day(deal.settlement_date, style.date_style)),
        ("ACCOUNT NUMBER", deal.account or ""),
        ("IA CODE" if style.broker is TORONTO else "REP", extra["ia"]),
        ("CONFIRMATION NO.", deal.trade_ref or ""),
    ]
    if not style.sign:
        cells.insert(3, ("CURRENCY", deal.currency))
    width = (RIGHT - LEFT) / len(cells)
    for i, (label, value) in enumerate(cells):
        x = LEFT + i * width
        sheet.box(x, 110, width, 28)
        sheet.text(x + 4, 119, label, size=6)
        sheet.text(x + 4, 133, value, font="Helvetica-Bold", size=8.5)
    sheet.lines(LEFT + 10, 160, [client.name.upper(), *(line.upper() for line in client.address)], leading=11, size=9)
    info = [("BRANCH", extra["branch"]), ("ACCOUNT TYPE", extra["kind"]), ("TRADE TIME", f"{confirm.time} ET")]
    for i, (label, value) in enumerate(info):
        sheet.text(380, 160 + 11 * i, label, size=7)
        sheet.right(RIGHT, 160 + 11 * i, value, size=7)
    y = 214.0
    sheet.box(LEFT, y, RIGHT - LEFT, 24, fill=0.88)
    sheet.text(LEFT + 8, y + 16, _side_text(deal, style), font="Helvetica-Bold", size=12)
    sheet.right(RIGHT - 8, y + 16, f"PAR VALUE  {money.fmt(deal.quantity)}", font="Helvetica-Bold", size=10)
    y += 44
    sheet.text(LEFT, y, "DESCRIPTION", size=6.5)
    size = 9 if sheet.measure(deal.security_name, font="Helvetica-Bold", size=9) < 300 else 7.5
    sheet.text(LEFT, y + 12, deal.security_name, font="Helvetica-Bold", size=size)
    ids = [f"CUSIP {deal.cusip}"] + ([f"ISIN {deal.isin}"] if deal.isin else [])
    left_y = sheet.lines(LEFT, y + 26, ["   ".join(ids), *_security_lines(rng, style, confirm)], leading=11, size=7.5)
    x0, x1 = 392.0, RIGHT
    row_y = y + 12
    for label, value in _amount_rows(confirm, style):
        sheet.text(x0, row_y, label, size=8)
        sheet.right(x1, row_y, value, size=8.5)
        row_y += 14
    sheet.rule(x0, row_y - 9, x1, weight=0.8)
    sheet.text(x0, row_y + 3, _net_label(deal), font="Helvetica-Bold", size=8.5)
    sheet.right(x1, row_y + 3, _cash(deal.net_amount, style), font="Helvetica-Bold", size=9)
    y = max(left_y, row_y + 14) + 10
    if style.sign.strip() in ("C$", "US$"):
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, f"ALL AMOUNTS IN {_currency_name(deal.currency)}.", size=7.5)
    y = sheet.paragraph(LEFT, y + 2, RIGHT - LEFT, _settlement_note(rng, style, deal), size=7.5)
    sheet.rule(LEFT, y + 2, RIGHT, weight=0.4)
    return y + 8


def _ledger_page(
    sheet: Sheet, rng: random.Random, style: Style, confirm: Confirm, client: noise.Client, extra: dict[str, str]
) -> float:
    deal = confirm.deal
    _letterhead(sheet, style, "CONFIRMATION OF FIXED INCOME TRANSACTION", centred=True)
    sheet.lines(LEFT, 118, [client.name.upper(), *(line.upper() for line in client.address)], leading=11, size=9)
    info = [
        ("ACCOUNT", deal.account or ""),
        ("ACCOUNT TYPE", extra["kind"]),
        ("IA / BRANCH", f"{extra['ia']} / {extra['branch']}"),
        ("CONFIRM #", deal.trade_ref or ""),
    ]
    for i, (label, value) in enumerate(info):
        sheet.text(370, 118 + 11 * i, label, size=7.5)
        sheet.right(RIGHT, 118 + 11 * i, value, size=8)
    y = 186.0
    first = [
        ("TRADE DATE", _day(deal.trade_date, style.date_style), LEFT, False),
        ("SETTLE DATE", _day(deal.settlement_date, style.date_style), 112.0, False),
        ("TRANSACTION", _side_text(deal, style), 182.0, False),
        ("QUANTITY (PAR)", money.fmt(deal.quantity), 346.0, True),
        ("CUSIP", deal.cusip or "", 356.0, False),
        ("PRICE", money.fmt(deal.price), 470.0, True),
        ("PRINCIPAL", money.fmt(deal.gross_amount, decimals=2), RIGHT, True),
    ]
    y = _band(sheet, first, y)
    name = deal.security_name
    sheet.text(LEFT, y + 2, "DESCRIPTION:", size=7)
    sheet.text(LEFT + 56, y + 2, name, font="Helvetica-Bold", size=8.5)
    bond = confirm.bond
    detail = f"{bond.coupon:.3f}%  DUE {_day(bond.maturity, style.date_style)}"
    if deal.isin:
        detail += f"   ISIN {deal.isin}"
    sheet.text(LEFT + 56, y + 13, detail, size=7.5)
    y += 30
    accrued = deal.accrued_interest if deal.accrued_interest is not None else Decimal(0)
    second = [("ACCRUED INTEREST", money.fmt(accrued, decimals=2), 150.0, True)]
    if deal.charges:
        second.append(("SERVICE CHARGE", money.fmt(deal.charges[0].amount, decimals=2), 250.0, True))
    second += [
        ("INTEREST DAYS", str(confirm.days), 320.0, True),
        ("CURRENCY", deal.currency, 352.0, False),
        ("NET AMOUNT", _cash(deal.net_amount, style), RIGHT, True),
    ]
    y = _band(sheet, second, y, bold_last=True)
    sheet.text(LEFT, y + 4, "NET AMOUNT IS " + ("DUE FROM YOU" if deal.is_buy else "DUE TO YOU"), size=7)
    y += 20
    notes = _security_lines(rng, style, confirm)[1:]
    y = sheet.lines(LEFT, y, notes, leading=10, size=7.5)
    y = sheet.paragraph(LEFT, y + 4, RIGHT - LEFT, _settlement_note(rng, style, deal), size=7.5)
    sheet.rule(LEFT, y + 2, RIGHT, weight=0.4)
    return y + 8


def _band(sheet: Sheet, cells: list[tuple[str, str, float, bool]], y: float, *, bold_last: bool = False) -> float:
    """A ruled row of column headings over their values; right-aligned cells end at their x."""
    sheet.rule(LEFT, y, RIGHT, weight=0.8)
    for i, (label, value, x, right) in enumerate(cells):
        bold = bold_last and i == len(cells) - 1
        draw = sheet.right if right else sheet.text
        draw(x, y + 10, label, font="Helvetica-Bold", size=6.5)
        draw(x, y + 24, value, font="Helvetica-Bold" if bold else "Helvetica", size=8.5)
    sheet.rule(LEFT, y + 14, RIGHT, weight=0.3)
    sheet.rule(LEFT, y + 30, RIGHT, weight=0.8)
    return y + 40


def _narrative_page(
    sheet: Sheet, rng: random.Random, style: Style, confirm: Confirm, client: noise.Client, extra: dict[str, str]
) -> float:
    deal = confirm.deal
    _letterhead(sheet, style, "Trade Confirmation")
    sheet.lines(LEFT, 124, [client.name, *client.address], leading=11, size=9)
    info = [("Account", deal.account or ""), ("Confirmation", deal.trade_ref or ""), ("Representative", extra["ia"])]
    for i, (label, value) in enumerate(info):
        sheet.text(380, 124 + 12 * i, label, size=8)
        sheet.right(RIGHT, 124 + 12 * i, value, font="Helvetica-Bold", size=8.5)
    y = 182.0
    sentence = (
        f"We confirm the following transaction in your account on {_day(deal.trade_date, style.date_style)}, "
        f"subject to the terms on this page."
    )
    y = sheet.paragraph(LEFT, y, RIGHT - LEFT, sentence, size=9, leading=12)
    side = _side_text(deal, style)
    sheet.text(LEFT, y + 8, f"{side}  {money.fmt(deal.quantity)}  PAR VALUE OF", font="Helvetica-Bold", size=10)
    sheet.text(LEFT, y + 23, deal.security_name, font="Helvetica-Bold", size=10)
    y += 44
    bond = confirm.bond
    left = [
        ("Trade date", _day(deal.trade_date, style.date_style)),
        ("Settlement date", _day(deal.settlement_date, style.date_style)),
        ("CUSIP", deal.cusip or ""),
        *([("ISIN", deal.isin)] if deal.isin else []),
        ("Coupon", f"{bond.coupon:.3f}%"),
        ("Maturity", _day(bond.maturity, style.date_style)),
        ("Yield to " + ("call" if bond.call else "maturity"), f"{confirm.yield_}%"),
        *([("Call date", f"{_day(bond.call, style.date_style)} at 100")] if bond.call else []),
        ("Day count", bond.basis),
    ]
    if not style.sign:
        left.insert(2, ("Currency", deal.currency))
    right = [("Face amount", money.fmt(deal.quantity)), *_amount_rows(confirm, style, titles=True)]
    for i, (label, value) in enumerate(left):
        sheet.text(LEFT, y + 13 * i, label, size=8.5)
        sheet.right(270, y + 13 * i, value, size=8.5)
    for i, (label, value) in enumerate(right):
        sheet.text(310, y + 13 * i, label, size=8.5)
        sheet.right(RIGHT, y + 13 * i, value, size=8.5)
    net_y = y + 13 * len(right) + 4
    sheet.rule(310, net_y - 9, RIGHT, weight=0.8)
    sheet.text(310, net_y + 2, _net_label(deal, titles=True), font="Helvetica-Bold", size=9)
    sheet.right(RIGHT, net_y + 2, _cash(deal.net_amount, style), font="Helvetica-Bold", size=9)
    y = max(y + 13 * len(left), net_y + 14) + 8
    if style.sign.strip() in ("C$", "US$"):
        y = sheet.paragraph(
            LEFT, y, RIGHT - LEFT, f"Amounts are in {'Canadian' if deal.currency == 'CAD' else 'U.S.'} dollars.", size=8
        )
    y = sheet.paragraph(LEFT, y + 2, RIGHT - LEFT, _settlement_note(rng, style, deal), size=8)
    sheet.rule(LEFT, y + 2, RIGHT, weight=0.4)
    return y + 8


LAYOUT = Layout(
    name="ca_bond_dealer",
    kind="pdf",
    heldout=False,
    build=build,
    description="held out: Canadian/US bond dealer confirms, one trade a page, WE SOLD TO YOU, par, % price, accrued",
)
