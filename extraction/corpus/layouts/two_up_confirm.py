"""Pairline: confirmation slips printed "two-up", two complete confirmations side by side on a landscape page.

Each half of the page (or each quarter, on the 2x2 "four-up" run) is a slip of its own: a small header with the
brand, the title and the confirmation number, the client and the account, the side and the security, key/value
rows in one or two columns, the charges and the net, and a strip of small print at the bottom. One to eight
trades per file, over as many pages as they need; an odd count leaves the last slot of the last page empty
(blank, boxed, or marked as left blank). The slips of a row share their printed lines, so a reader that takes a
line straight across the page mixes two trades. A dashed cut/fold line runs between the halves; slips have solid,
dotted or dashed borders. A page header and footer across the whole page (brand, "Page 2 of 3", a run id, a print
date) are noise.

One broker group with three issuing entities, one per file: US (month-first dates, $, CUSIP with ISIN or symbol,
SEC fee and TAF on sales), UK (day-first dates, GBP, SEDOL and ISIN, SDRT on purchases, the PTM levy over
GBP 10,000) or Australian (day-first dates, A$/AUD, ASX code, brokerage with GST as a tax or GST-inclusive).
Mostly equities; now and then a US or UK bond slip (nominal, price in percent of par, accrued interest, coupon, maturity
and yield). The slips of a file are for one client account, or for several.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.utils import simpleSplit

from .. import dates, identifiers, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BRAND = "PAIRLINE"
ENTITIES = {
    "US": noise.Broker(
        legal_name="Pairline Securities, LLC",
        brand=BRAND,
        address=("40 Wall Street Plaza, 19th Floor", "New York, NY 10005"),
        phone="(212) 555-0148",
        web="www.pairline.example.com",
        region="US",
    ),
    "GB": noise.Broker(
        legal_name="Pairline Stockbrokers Limited",
        brand=BRAND,
        address=("3 Mincing Yard", "London EC3M 7AT"),
        phone="+44 20 7946 0371",
        web="www.pairline.example.co.uk",
        region="GB",
    ),
    "AU": noise.Broker(
        legal_name="Pairline Securities Australia Pty Ltd",
        brand=BRAND,
        address=("Level 31, 88 Phillip Street", "Sydney NSW 2000"),
        phone="(02) 5550 0162",
        web="www.pairline.example.com.au",
        region="AU",
    ),
}
CURRENCY = {"US": "USD", "GB": "GBP", "AU": "AUD"}
MARGIN, GUTTER, PAD = 26.0, 22.0, 9.0

_AU_ROOTS = (
    "Wandoola",
    "Birrigal",
    "Coonabarra",
    "Tullimbar",
    "Merrindee",
    "Yallambee Crest",
    "Kurrawang Hill",
    "Boolarra Downs",
    "Marradong",
    "Quindalup Bay",
    "Errinundra",
    "Jerramungup",
)
_AU_SECTORS = ("Minerals", "Resources", "Lithium", "Energy", "Agribusiness", "Health", "Gold", "Property Trust")


@dataclass(frozen=True)
class Look:
    """One file's template: the region's conventions and the printer's choices."""

    region: str
    date_style: str
    sign: str  # printed before money values; "" for none
    currency_row: bool
    four_up: bool
    two_columns: bool
    border: str  # solid, dotted or dashed
    empty_slot: str  # blank, box or marked
    title: str
    labels: dict[str, str]
    side_words: tuple[str, str]
    page_in_header: bool


@dataclass(frozen=True)
class Slip:
    deal: Deal
    client: str
    rows: list[tuple[str, str]]  # details
    money_rows: list[tuple[str, str]]  # amounts, the net last
    small_print: list[str]


def _look(rng: random.Random, region: str) -> Look:
    if region == "US":
        date_style = rng.choice(("us", "us", "us2"))
        sign = rng.choice(("$", "$", ""))
        currency_row = not sign or rng.random() < 0.3
        labels = {
            "trade_date": rng.choice(("Trade Date", "Trade Dt", "Date of Trade")),
            "settle": rng.choice(("Settlement Date", "Settle Date", "Settles")),
            "quantity": rng.choice(("Quantity", "Shares", "Qty")),
            "price": rng.choice(("Price", "Execution Price", "Price per Share")),
            "gross": rng.choice(("Principal", "Gross Amount", "Principal Amount")),
            "ref": rng.choice(("Confirmation No.", "Tag No.", "Ref #")),
            "net_buy": rng.choice(("Net Amount", "Total Due", "Amount Due")),
            "net_sell": rng.choice(("Net Amount", "Net Proceeds", "Proceeds Due You")),
            "account": rng.choice(("Account", "Acct No.", "Account Number")),
        }
        side_words = rng.choice((("YOU BOUGHT", "YOU SOLD"), ("BOUGHT", "SOLD"), ("BUY", "SELL")))
        title = rng.choice(("TRADE CONFIRMATION", "CONFIRMATION", "CONFIRMATION OF TRADE"))
    elif region == "GB":
        date_style = rng.choice(("uk", "uk", "short", "dmy_mon"))
        sign = rng.choice(("£", "£", "GBP ", ""))
        currency_row = not sign or rng.random() < 0.25
        labels = {
            "trade_date": rng.choice(("Trade date", "Bargain date", "Dealing date")),
            "settle": rng.choice(("Settlement date", "Settlement due", "Value date")),
            "quantity": rng.choice(("Quantity", "Number of shares", "Amount")),
            "price": rng.choice(("Price", "Dealing price", "Price per share")),
            "gross": rng.choice(("Consideration", "Gross consideration", "Value")),
            "ref": rng.choice(("Contract no.", "Bargain ref.", "Note no.")),
            "net_buy": rng.choice(("Total cost", "Total payable", "Amount due from you")),
            "net_sell": rng.choice(("Net proceeds", "Amount due to you", "Total proceeds")),
            "account": rng.choice(("Account", "Client ref.", "Account no.")),
        }
        side_words = rng.choice(
            (("WE HAVE BOUGHT FOR YOU", "WE HAVE SOLD FOR YOU"), ("PURCHASE", "SALE"), ("BOUGHT", "SOLD"))
        )
        title = rng.choice(("CONTRACT NOTE", "CONTRACT NOTE", "CONFIRMATION"))
    else:
        date_style = rng.choice(("uk", "short", "dmy_mon"))
        sign = rng.choice(("$", "A$", "AUD "))
        currency_row = sign == "$" or rng.random() < 0.2
        labels = {
            "trade_date": rng.choice(("Trade date", "As at date", "Transaction date")),
            "settle": rng.choice(("Settlement date", "Settlement due")),
            "quantity": rng.choice(("Quantity", "Units", "Number of units")),
            "price": rng.choice(("Average price", "Price", "Price per unit")),
            "gross": rng.choice(("Consideration", "Trade value", "Gross value")),
            "ref": rng.choice(("Confirmation no.", "Contract note no.", "Reference")),
            "net_buy": rng.choice(("Total cost", "Total payable", "Amount payable")),
            "net_sell": rng.choice(("Net proceeds", "Amount due to you", "Net amount")),
            "account": rng.choice(("Account", "Trading account", "Client no.")),
        }
        side_words = rng.choice((("BUY", "SELL"), ("BOUGHT", "SOLD"), ("PURCHASE", "SALE")))
        title = rng.choice(("CONFIRMATION / TAX INVOICE", "CONFIRMATION", "CONTRACT NOTE"))
    four_up = rng.random() < 0.35
    return Look(
        region=region,
        date_style=date_style,
        sign=sign,
        currency_row=currency_row,
        four_up=four_up,
        two_columns=four_up or rng.random() < 0.5,
        border=rng.choice(("solid", "dotted", "dashed")),
        empty_slot=rng.choice(("blank", "box", "marked")),
        title=title,
        labels=labels,
        side_words=side_words,
        page_in_header=rng.random() < 0.5,
    )


def _au_equity(rng: random.Random) -> tuple[str, str, str]:
    """(name as printed, ASX code, ISIN)."""
    root, sector = rng.choice(_AU_ROOTS), rng.choice(_AU_SECTORS)
    letters = [word[0] for word in f"{root} {sector}".split()] + [ch.upper() for ch in root[1:] if ch.isalpha()]
    code = "".join(letters[:3]).upper()
    legal = rng.choice(("LIMITED", "LTD"))
    name = f"{root} {sector} {legal}".upper() + rng.choice((" FPO", " ORD", ""))
    return name, code, identifiers.isin("AU", "000000" + code)


def _account(rng: random.Random, region: str) -> str:
    if region == "US":
        return f"{noise.digits(rng, 3)}-{noise.digits(rng, 5)}-{noise.digits(rng, 1)}"
    if region == "GB":
        return f"PL{noise.digits(rng, 6)}"
    return rng.choice((noise.digits(rng, 7), f"PA{noise.digits(rng, 6)}"))


def _reference(rng: random.Random, region: str, day: date) -> str:
    if region == "US":
        return f"{noise.letters(rng, 1)}{day.strftime('%m%d')}{noise.digits(rng, 6)}"
    if region == "GB":
        return f"B{noise.digits(rng, 7)}"
    return f"C{noise.digits(rng, 8)}"


def _bond_deal(rng: random.Random, region: str, trade_date: date, account: str, ref: str) -> tuple[Deal, dict]:
    currency = CURRENCY[region]
    security = securities.bond(rng, region, trade_date)
    q, p, gross = trades.draw(rng, currency, trades.nominal, trades.percent_price, percent=True, minimum=Decimal(900))
    side = trades.side(rng)
    settle = dates.add_business_days(trade_date, rng.choice((1, 1, 2)) if region == "US" else rng.choice((1, 2, 2)))
    assert security.coupon is not None and security.maturity is not None
    days = trades.accrued_days(security.maturity, settle)
    accrued = trades.accrued_interest(q, security.coupon, days, currency)
    charges = []
    if rng.random() < 0.5:
        charges.append(Charge(COMMISSION, "commission", trades.rate_of(gross, "0.001", currency, minimum="25")))
    if rng.random() < 0.3:
        charges.append(Charge(FEE, "settlement", Decimal(rng.choice(("10.00", "15.00", "25.00")))))
    name = security.name if rng.random() < 0.5 else security.name.upper()
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        accrued_interest=accrued,
        account=account,
        counterparty=ENTITIES[region].legal_name,
        trade_ref=ref,
        isin=security.isin,
        cusip=security.cusip,
        percent=True,
    )
    extra = {
        "coupon": f"{security.coupon:.3f}%",
        "maturity": security.maturity,
        "yield": f"{Decimal(rng.randint(1500, 7900)).scaleb(-3)}%",
        "days": days,
    }
    return deal, extra


def _equity_deal(
    rng: random.Random, region: str, trade_date: date, account: str, ref: str, plan: dict[str, object]
) -> Deal:
    currency = CURRENCY[region]
    side = trades.side(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market=region))
    isin = cusip = sedol = ticker = None
    charges: list[Charge] = []
    if region == "US":
        security = securities.equity(rng, "US")
        name = security.upper_name
        q, p, gross = trades.draw(rng, currency, trades.shares, trades.price, maximum=Decimal(5_000_000))
        cusip = security.cusip
        isin = security.isin if rng.random() < 0.35 else None
        ticker = security.ticker if rng.random() < 0.7 else None
        if plan["commission"] == "flat":
            commission = Decimal(str(plan["flat"]))
        elif plan["commission"] == "per_share":
            commission = trades.rate_of(q, "0.01", currency, minimum="5.00", maximum="99.00")
        else:
            commission = trades.rate_of(gross, "0.01", currency, minimum="25.00", maximum="1500")
        commission = min(commission, money.to_money(gross / 40, currency))
        charges.append(Charge(COMMISSION, "commission", commission))
        sale = trades.us_sale_fees(side == "BUY", q, gross, trade_date, ("sec", "taf"))
        if plan["fees"] == "split":
            charges += sale
        elif sale:
            charges.append(Charge(FEE, "reg", sum((c.amount for c in sale), Decimal(0))))
        elif plan["zero_fee"]:
            charges.append(Charge(FEE, "reg", Decimal("0.00")))
    elif region == "GB":
        security = securities.equity(rng, "GB")
        name = security.upper_name if rng.random() < 0.6 else f"{security.name} {security.share_class.title()}"
        q, p, gross = trades.draw(rng, currency, trades.shares, trades.price, maximum=Decimal(3_000_000))
        sedol = security.sedol
        isin = security.isin if rng.random() < 0.7 else None
        rate = str(plan["rate"])
        charges.append(Charge(COMMISSION, "commission", trades.rate_of(gross, rate, currency, minimum="10.00")))
        if side == "BUY":
            charges.append(Charge(TAX, "sdrt", trades.rate_of(gross, "0.005", currency)))
        if gross > 10_000:
            charges.append(Charge(FEE, "ptm", Decimal("1.50")))
    else:
        name, ticker, au_isin = _au_equity(rng)
        isin = au_isin if rng.random() < 0.4 else None

        def unit_price(r: random.Random) -> Decimal:
            return trades.price(r, decimals=r.choice((2, 3, 3, 4)), whole_digits=r.choice((0, 1, 1, 1, 2, 2, 3)))

        q, p, gross = trades.draw(rng, currency, trades.shares, unit_price, minimum=Decimal(500))
        brokerage = trades.rate_of(gross, str(plan["rate"]), currency, minimum="19.95")
        gst = money.to_money(brokerage * Decimal("0.10"), currency)
        if plan["gst_inclusive"]:
            charges.append(Charge(COMMISSION, "brokerage_incl", brokerage + gst))
        else:
            charges += [Charge(COMMISSION, "brokerage", brokerage), Charge(TAX, "gst", gst)]
        if rng.random() < 0.2:
            charges.append(Charge(FEE, "settlement", Decimal(rng.choice(("1.10", "2.20", "3.30")))))
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=account,
        counterparty=ENTITIES[region].legal_name,
        trade_ref=ref,
        isin=isin,
        cusip=cusip,
        sedol=sedol,
        ticker=ticker,
    )


CHARGE_LABELS = {
    "US": {
        "commission": ("Commission", "Comm."),
        "sec": ("SEC Fee", "Sec. 31 Fee"),
        "taf": ("FINRA TAF", "TAF"),
        "reg": ("Reg. Fees", "Transaction Fee", "Fees"),
        "settlement": ("Settlement Fee", "Clearing Fee"),
    },
    "GB": {
        "commission": ("Commission", "Dealing charge"),
        "sdrt": ("SDRT", "Stamp duty reserve tax", "Stamp/SDRT"),
        "ptm": ("PTM levy", "Panel levy (PTM)"),
        "settlement": ("Settlement fee", "CREST fee"),
    },
    "AU": {
        "commission": ("Brokerage",),
        "brokerage": ("Brokerage", "Brokerage fee"),
        "gst": ("GST", "GST on brokerage", "GST @ 10%"),
        "brokerage_incl": ("Brokerage (incl. GST)", "Brokerage inc GST"),
        "settlement": ("Settlement fee", "CHESS fee"),
    },
}


def _slip(rng: random.Random, look: Look, deal: Deal, client: str, extra: dict | None, names: dict) -> Slip:
    labels, style, sign = look.labels, look.date_style, look.sign

    def cash(value: Decimal) -> str:
        return f"{sign}{money.fmt(value, decimals=2)}"

    bond = extra is not None
    rows = [
        (labels["trade_date"], dates.fmt(deal.trade_date, style)),
        (labels["settle"], dates.fmt(deal.settlement_date, style)),
        ("Nominal" if bond else labels["quantity"], money.fmt(deal.quantity)),
        ("Price (% of par)" if bond else labels["price"], money.fmt(deal.price)),
    ]
    if extra is not None:
        rows += [
            ("Coupon", extra["coupon"]),
            ("Maturity", dates.fmt(extra["maturity"], style)),
            ("Yield", extra["yield"]),
        ]
    if deal.cusip:
        rows.append(("CUSIP", deal.cusip))
    if deal.sedol:
        rows.append(("SEDOL", deal.sedol))
    if deal.ticker:
        rows.append(("ASX code" if look.region == "AU" else "Symbol", deal.ticker))
    if deal.isin:
        rows.append(("ISIN", deal.isin))
    if look.currency_row:
        rows.append(("Currency", deal.currency))
    noise_rows = {
        "US": [("Capacity", rng.choice(("Agent", "Principal", "Riskless Prin."))), ("Time", dates.clock(rng))],
        "GB": [("Venue", noise.venue(rng, "GB")), ("Time", dates.clock(rng))],
        "AU": [("Market", rng.choice(("ASX", "Cboe AU", "ASX / CXA"))), ("Condition", rng.choice(("XT", "CX", "-")))],
    }[look.region]
    rows += rng.sample(noise_rows, k=rng.randint(0, 2))

    money_rows = [(labels["gross"], cash(deal.gross_amount))]
    for charge in deal.charges:
        money_rows.append((names[charge.label], cash(charge.amount)))
    if deal.accrued_interest is not None:
        label = rng.choice((f"Accrued interest ({extra['days']} days)" if extra else "Accrued interest", "Accrued"))
        money_rows.append((label, cash(deal.accrued_interest)))
    money_rows.append((labels["net_buy" if deal.is_buy else "net_sell"], cash(deal.net_amount)))
    return Slip(deal, client, rows, money_rows, _small_print(rng, look))


def _small_print(rng: random.Random, look: Look) -> list[str]:
    broker = ENTITIES[look.region]
    terms = noise.old_date(rng, look.date_style)
    common = [
        f"Subject to our Terms of Business dated {terms}.",
        f"Report any error within {rng.choice((2, 3, 5))} business days of receipt.",
        f"Form 2UP-{rng.randint(10, 99)} Rev. {rng.randint(1, 12):02d}/{rng.randint(2016, 2023)}.",
        "Retain this slip for your tax records.",
    ]
    regional = {
        "US": [
            f"{broker.legal_name}, Member FINRA/SIPC. Furnished under SEC Rule 10b-10; time of execution and "
            f"remuneration available on request. Questions: {broker.phone}.",
        ],
        "GB": [
            f"{broker.legal_name} is authorised and regulated by the Financial Conduct Authority, FRN "
            f"{noise.digits(rng, 6)}. Registered in England No. {noise.digits(rng, 8)}.",
        ],
        "AU": [
            f"{broker.legal_name} ABN {noise.digits(rng, 2)} {noise.digits(rng, 3)} {noise.digits(rng, 3)} "
            f"{noise.digits(rng, 3)}, AFSL {noise.digits(rng, 6)}, Market Participant of ASX Limited. Subject to the "
            "ASIC Market Integrity Rules.",
        ],
    }
    return regional[look.region] + rng.sample(common, k=rng.randint(1, 3))


def build(rng: random.Random) -> Document:
    region = rng.choice(("US", "US", "GB", "AU"))
    look = _look(rng, region)
    broker = ENTITIES[region]
    count = rng.randint(1, 8)
    day = dates.trade_day(rng)
    plan: dict[str, object] = {
        "commission": rng.choice(("flat", "per_share", "percent")),
        "flat": rng.choice(("4.95", "7.95", "14.95")),
        "fees": rng.choice(("split", "summed")),
        "zero_fee": rng.random() < 0.4,
        "rate": rng.choice(("0.001", "0.0075", "0.005")) if region != "AU" else rng.choice(("0.001", "0.0055")),
        "gst_inclusive": rng.random() < 0.3,
    }
    names = {key: rng.choice(options) for key, options in CHARGE_LABELS[region].items()}

    accounts_mode = rng.choice(("one", "one", "several", "each"))
    pool = [(noise.person(rng).upper() if region != "GB" else noise.person(rng), _account(rng, region))]
    if accounts_mode == "several":
        pool += [(noise.person(rng), _account(rng, region)) for _ in range(rng.randint(1, 2))]
    slips: list[Slip] = []
    refs: set[str] = set()
    for _ in range(count):
        if accounts_mode == "each":
            client, account = noise.person(rng), _account(rng, region)
        else:
            client, account = rng.choice(pool)
        trade_date = day if rng.random() < 0.85 else dates.previous_business_day(day)
        ref = _reference(rng, region, trade_date)
        while ref in refs:
            ref = _reference(rng, region, trade_date)
        refs.add(ref)
        if region != "AU" and rng.random() < 0.12:
            deal, extra = _bond_deal(rng, region, trade_date, account, ref)
            bond_names = {"commission": names["commission"], "settlement": rng.choice(("Settlement fee", "Ticket fee"))}
            slips.append(_slip(rng, look, deal, client, extra, bond_names))
        else:
            deal = _equity_deal(rng, region, trade_date, account, ref, plan)
            slips.append(_slip(rng, look, deal, client, None, names))

    pagesize = landscape(LETTER) if region == "US" else landscape(A4)
    sheet = Sheet(title=f"{BRAND} confirmations {dates.fmt(day, 'iso')}", author=broker.legal_name, pagesize=pagesize)
    per_page = 4 if look.four_up else 2
    pages = math.ceil(count / per_page)
    printed = dates.add_business_days(day, 1)
    run_id = f"{rng.choice(('RUN', 'CNF', 'JOB'))}-{dates.fmt(printed, 'compact')}-{noise.digits(rng, 5)}"
    clock = dates.clock(rng)
    for page in range(pages):
        if page:
            sheet.next_page()
        _page_frame(sheet, look, broker, page + 1, pages, run_id, printed, clock, rng)
        for slot in range(per_page):
            index = page * per_page + slot
            box = _slot_box(sheet, look, slot)
            if index < count:
                _draw_slip(sheet, look, broker, slips[index], box)
            else:
                _empty_slot(sheet, look, box)
    return Document(sheet.finish(), "confirmation", [slip.deal.truth() for slip in slips])


def _slot_box(sheet: Sheet, look: Look, slot: int) -> tuple[float, float, float, float]:
    """(x, y, width, height) of a slot; slots run left then right, row by row."""
    top, bottom = 52.0, sheet.height - 34.0
    width = sheet.width / 2 - MARGIN - GUTTER / 2
    column, row = slot % 2, slot // 2
    x = MARGIN if column == 0 else sheet.width / 2 + GUTTER / 2
    if not look.four_up:
        return x, top, width, bottom - top
    height = (bottom - top - GUTTER) / 2
    return x, top + row * (height + GUTTER), width, height


def _dash(sheet: Sheet, border: str) -> None:
    if border == "dotted":
        sheet.canvas.setDash(1, 2)
    elif border == "dashed":
        sheet.canvas.setDash(4, 2)
    else:
        sheet.canvas.setDash()


def _page_frame(
    sheet: Sheet,
    look: Look,
    broker: noise.Broker,
    page: int,
    pages: int,
    run_id: str,
    printed: date,
    clock: str,
    rng: random.Random,
) -> None:
    width, height = sheet.width, sheet.height
    sheet.text(MARGIN, 24, BRAND, font="Helvetica-Bold", size=12)
    sheet.text(MARGIN + sheet.measure(BRAND, font="Helvetica-Bold", size=12) + 8, 24, broker.legal_name, size=7.5)
    sheet.text(MARGIN, 34, f"{', '.join(broker.address)}  |  {broker.phone}  |  {broker.web}", size=6.5)
    sheet.centre(width / 2, 24, "DAILY CONFIRMATIONS" if rng.random() < 0.5 else "CONFIRMATION SLIPS", size=8)
    page_text = f"Page {page} of {pages}"
    if look.page_in_header:
        sheet.right(width - MARGIN, 24, page_text, font="Helvetica-Bold", size=8)
    sheet.right(width - MARGIN, 34, f"Printed {dates.fmt(printed, look.date_style)} {clock}", size=6.5)
    sheet.rule(MARGIN, 41, width - MARGIN, weight=0.8)
    # the cut / fold marks between the halves
    _dash(sheet, "dashed")
    sheet.canvas.setLineWidth(0.4)
    sheet.canvas.line(width / 2, height - 46, width / 2, 40)
    if look.four_up:
        middle = 52.0 + (height - 34.0 - 52.0) / 2
        sheet.canvas.line(MARGIN, height - middle, width - MARGIN, height - middle)
    sheet.canvas.setDash()
    for y in (46.0, height - 30.0):
        sheet.rule(width / 2 - 5, y, width / 2 + 5, weight=0.8)
    sheet.centre(width / 2, height - 22, rng.choice(("- - cut here - -", "fold", "- - - fold - - -")), size=5.5)
    footer = f"Run {run_id}  |  {'2x2' if look.four_up else '2-up'} slips  |  Batch {noise.digits(rng, 4)}"
    sheet.text(MARGIN, height - 14, footer, size=6.5)
    if not look.page_in_header:
        sheet.right(width - MARGIN, height - 14, page_text, size=7.5)
    else:
        closing = "End of confirmations" if page == pages else "Continued on next page"
        sheet.right(width - MARGIN, height - 14, closing, size=6.5)


def _empty_slot(sheet: Sheet, look: Look, box: tuple[float, float, float, float]) -> None:
    x, y, width, height = box
    if look.empty_slot == "blank":
        return
    _dash(sheet, look.border)
    sheet.box(x, y, width, height)
    sheet.canvas.setDash()
    if look.empty_slot == "marked":
        sheet.centre(x + width / 2, y + height / 2, "THIS SPACE INTENTIONALLY LEFT BLANK", size=8)


def _fit(sheet: Sheet, value: str, width: float, font: str, size: float) -> float:
    while sheet.measure(value, font=font, size=size) > width and size > 5.5:
        size -= 0.25
    assert sheet.measure(value, font=font, size=size) <= width, value
    return size


def _draw_slip(
    sheet: Sheet, look: Look, broker: noise.Broker, slip: Slip, box: tuple[float, float, float, float]
) -> None:
    x, y, width, height = box
    deal = slip.deal
    left, right = x + PAD, x + width - PAD
    _dash(sheet, look.border)
    sheet.box(x, y, width, height)
    sheet.canvas.setDash()

    sheet.text(left, y + 14, BRAND, font="Helvetica-Bold", size=10)
    sheet.right(right, y + 14, look.title, font="Helvetica-Bold", size=8.5)
    sheet.text(left, y + 24, broker.legal_name, size=6.5)
    ref_text = f"{look.labels['ref']} {deal.trade_ref}"
    sheet.right(right, y + 24, ref_text, size=7.5)
    sheet.rule(left, y + 29, right, weight=0.4)
    account_text = f"{look.labels['account']}: {deal.account}"
    account_width = sheet.measure(account_text, size=7.5)
    size = _fit(sheet, slip.client, right - left - account_width - 12, "Helvetica", 8)
    sheet.text(left, y + 40, slip.client, size=size)
    sheet.right(right, y + 40, account_text, size=7.5)

    sheet.box(left, y + 45, right - left, 13, fill=0.88)
    side_text = look.side_words[0 if deal.is_buy else 1]
    sheet.text(left + 4, y + 55, side_text, font="Helvetica-Bold", size=9)
    name_size = _fit(sheet, deal.security_name, right - left, "Helvetica-Bold", 8.5)
    sheet.text(left, y + 70, deal.security_name, font="Helvetica-Bold", size=name_size)

    pitch = 9.6 if look.four_up else 13.0
    size = 7.2 if look.four_up else 8.5
    top = y + 84
    if look.two_columns:
        middle = x + width / 2
        bottom = max(
            _column(sheet, slip.rows, left, middle - 8, top, pitch, size),
            _column(sheet, slip.money_rows, middle + 8, right, top, pitch, size, net=True),
        )
    else:
        bottom = _column(sheet, slip.rows, left, right, top, pitch, size)
        sheet.rule(left, bottom - pitch + 4, right, weight=0.25)
        bottom = _column(sheet, slip.money_rows, left, right, bottom + 3, pitch, size, net=True)

    lines: list[str] = []
    strip_size = 5.4 if look.four_up else 6.0
    for sentence in slip.small_print:
        lines += simpleSplit(sentence, "Helvetica", strip_size, right - left)
    room = 3 if look.four_up else 5
    lines = lines[:room]
    leading = strip_size + 1.6
    strip_top = y + height - PAD - leading * len(lines)
    assert bottom + 2 < strip_top, (bottom, strip_top)
    sheet.rule(left, strip_top - 3, right, weight=0.3)
    for i, line in enumerate(lines):
        sheet.text(left, strip_top + leading * (i + 1) - 1.6, line, size=strip_size)


def _column(
    sheet: Sheet,
    rows: list[tuple[str, str]],
    x0: float,
    x1: float,
    y: float,
    pitch: float,
    size: float,
    *,
    net: bool = False,
) -> float:
    """label at x0, value ending at x1, one row a line; the last row bold when net. Returns the y under it."""
    for i, (label, value) in enumerate(rows):
        bold = net and i == len(rows) - 1
        font = "Helvetica-Bold" if bold else "Helvetica"
        if bold:
            sheet.rule(x1 - sheet.measure(value, font=font, size=size) - 4, y - pitch + 3, x1, weight=0.5)
        room = x1 - x0 - sheet.measure(value, font=font, size=size) - 6
        label_size = _fit(sheet, label, room, font, size)
        sheet.text(x0, y, label, font=font, size=label_size)
        sheet.right(x1, y, value, font=font, size=size)
        y += pitch
    return y


LAYOUT = Layout(
    name="two_up_confirm",
    kind="pdf",
    heldout=False,
    build=build,
    description="Landscape pages of two (or 2x2) confirmation slips side by side sharing printed lines; US/UK/AU",
    single_page_pdf=False,
)
