"""Wattlegrove: an Australian confirmation / tax invoice for one ASX trade on one page.

Two columns of key/value rows, each label on the left of its column and its value right-aligned at the column's
edge: dates, references and codes on the left, quantity, price and money on the right. Australian conventions:
day-first dates (14/03/2025, 14 Mar 2025, 14-Mar-2025), AUD amounts printed with "$", "A$" or "AUD", the
three-letter ASX code as the ticker (an AU ISIN built on it on some notes), T+2 settlement, brokerage with 10%
GST on it as a separate line (the tax) or, on some notes, one brokerage line that includes the GST with the GST
content only mentioned in a note (then the commission is that inclusive amount and no tax is printed).
A masked HIN, a BSB and account for the cash, an ABN and an AFSL number are noise.
"""

from __future__ import annotations

import random
from decimal import Decimal

from .. import dates, identifiers, money, noise, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Wattlegrove Securities Pty Ltd",
    brand="WATTLEGROVE",
    address=("Level 23, 161 Castlereagh Street", "Sydney NSW 2000"),
    phone="(02) 5550 0137",
    web="www.wattlegrove.example.com.au",
    region="AU",
)
ABN = "63 104 557 218"
AFSL = "248913"
LEFT, LEFT_END, RIGHT, RIGHT_END = 40.0, 280.0, 315.0, 555.0

_ROOTS = (
    "Tallowood",
    "Marrinup",
    "Boorabee",
    "Nandewar",
    "Cobbora",
    "Warrumbel",
    "Geebung",
    "Binnaway",
    "Kurrajong Vale",
    "Mundaring Hills",
    "Yallingup",
    "Tambourine Bay",
    "Coorabell",
    "Wirrinya",
    "Bellbird Creek",
    "Gundaroo",
    "Pindarra",
    "Oberon Ridge",
)
_SECTORS = (
    "Minerals",
    "Resources",
    "Lithium",
    "Energy",
    "Agriculture",
    "Health",
    "Logistics",
    "Property Group",
    "Gold",
    "Technologies",
    "Water",
    "Retail",
    "Infrastructure",
    "Copper",
)
_SUBURBS = (
    ("Paddington", "QLD", "4064"),
    ("Fitzroy", "VIC", "3065"),
    ("Subiaco", "WA", "6008"),
    ("Norwood", "SA", "5067"),
    ("Battery Point", "TAS", "7004"),
    ("Braddon", "ACT", "2612"),
    ("Mosman", "NSW", "2088"),
    ("Newtown", "NSW", "2042"),
)
_STREETS = ("Banksia Crescent", "Jacaranda Street", "Grevillea Avenue", "Bottlebrush Road", "Waratah Parade")


def _security(rng: random.Random) -> tuple[str, str, str]:
    """(name as printed, ASX code, ISIN)."""
    root, sector = rng.choice(_ROOTS), rng.choice(_SECTORS)
    letters = [word[0] for word in f"{root} {sector}".split()] + [ch.upper() for ch in root[1:] if ch.isalpha()]
    code = "".join(letters[:3]).upper()
    legal = rng.choice(("LIMITED", "LTD"))
    name = f"{root} {sector} {legal}".upper()
    suffix = rng.choice(("FPO", "ORDINARY FULLY PAID", "ORD", ""))
    printed = f"{name} {suffix}".strip()
    if rng.random() < 0.3:
        printed = f"{root} {sector} {legal.title()}" + (" - Ordinary Fully Paid" if suffix else "")
    return printed, code, identifiers.isin("AU", "000000" + code)


def make_deal(rng: random.Random, *, gst_inclusive: bool) -> Deal:
    name, code, isin = _security(rng)

    def unit_price(r: random.Random) -> Decimal:
        return trades.price(r, decimals=r.choice((2, 3, 3, 4)), whole_digits=r.choice((0, 1, 1, 1, 2, 2, 3)))

    q, p, gross = trades.draw(rng, "AUD", trades.shares, unit_price, minimum=Decimal(500), maximum=Decimal(2_500_000))
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market="AU"))
    roll = rng.random()
    if roll < 0.45:  # online flat fee, quoted GST-inclusive at 9.95 / 19.95 / 29.95
        brokerage = Decimal(rng.choice(("9.05", "18.14", "27.23")))
        if gross > 10_000:
            brokerage = max(brokerage, trades.rate_of(gross, "0.001", "AUD"))
    else:  # full-service: a percentage with a minimum
        rate = rng.choice(("0.0055", "0.0075", "0.01"))
        brokerage = trades.rate_of(gross, rate, "AUD", minimum=rng.choice(("45.00", "55.00", "80.00")))
    gst = money.to_money(brokerage * Decimal("0.10"), "AUD")
    if gst_inclusive:
        charges = [Charge(COMMISSION, "Brokerage incl. GST", brokerage + gst)]
    else:
        charges = [Charge(COMMISSION, "Brokerage", brokerage), Charge(TAX, "GST", gst)]
    if rng.random() < 0.2:
        charges.append(Charge(FEE, "Settlement fee", Decimal(rng.choice(("1.50", "2.20", "3.30")))))
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="AUD",
        security_name=name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=rng.choice(
            (noise.digits(rng, 7), f"WG{noise.digits(rng, 6)}", f"{noise.digits(rng, 4)}-{noise.digits(rng, 4)}")
        ),
        counterparty=BROKER.legal_name,
        trade_ref=rng.choice((f"C{noise.digits(rng, 8)}", f"{noise.digits(rng, 9)}")),
        isin=isin if rng.random() < 0.45 else None,
        ticker=code,
    )


def build(rng: random.Random) -> Document:
    gst_inclusive = rng.random() < 0.25
    deal = make_deal(rng, gst_inclusive=gst_inclusive)
    style = rng.choice(("uk", "uk", "short", "dmy_mon"))
    sign = rng.choice(("$", "$", "A$", "AUD "))
    sheet = Sheet(title=f"Confirmation {deal.trade_ref}", author=BROKER.legal_name)
    _letterhead(sheet, deal, rng, style)
    y = _client(sheet, rng)
    y = _banner(sheet, deal, rng, y)
    y = _columns(sheet, deal, rng, y, style, sign)
    y = _notes(sheet, deal, rng, y + 8, style, sign, gst_inclusive=gst_inclusive)
    for sentence in _legal(rng, style):
        if y > 770:
            break
        y = sheet.paragraph(LEFT, y + 3, RIGHT_END - LEFT, sentence, size=6.8)
    sheet.rule(LEFT, 796, RIGHT_END, weight=0.5)
    sheet.text(LEFT, 806, f"{BROKER.legal_name}  ABN {ABN}  AFSL {AFSL}  |  {BROKER.web}", size=6.5)
    sheet.text(LEFT, 815, "E&OE. Please retain this tax invoice for capital gains tax purposes.", size=6.5)
    sheet.right(RIGHT_END, 815, "Page 1 of 1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth()])


def _letterhead(sheet: Sheet, deal: Deal, rng: random.Random, style: str) -> None:
    sheet.text(LEFT, 48, BROKER.brand, font="Helvetica-Bold", size=19)
    sheet.text(LEFT, 61, f"{BROKER.legal_name}  ABN {ABN}  AFSL {AFSL}", size=7.5)
    sheet.text(LEFT, 71, f"{', '.join(BROKER.address)}  |  Phone {BROKER.phone}", size=7.5)
    title = rng.choice(("CONFIRMATION", "CONFIRMATION / TAX INVOICE", "CONTRACT NOTE - TAX INVOICE"))
    sheet.right(RIGHT_END, 48, title, font="Helvetica-Bold", size=12)
    issued = dates.add_business_days(deal.trade_date, rng.choice((0, 1)))
    sheet.right(RIGHT_END, 61, f"Date of issue {dates.fmt(issued, style)}", size=8)
    sheet.rule(LEFT, 84, RIGHT_END, weight=1.2)


def _client(sheet: Sheet, rng: random.Random) -> float:
    suburb, state, post = rng.choice(_SUBURBS)
    street = f"{rng.randint(2, 180)} {rng.choice(_STREETS)}"
    if rng.random() < 0.35:
        street = f"Unit {rng.randint(1, 40)}, {street}"
    lines = [noise.person(rng).upper(), street.upper(), f"{suburb.upper()} {state} {post}"]
    y = sheet.lines(LEFT, 108, lines, leading=11, size=9)
    sheet.text(RIGHT, 108, "Adviser / desk", size=7.5)
    sheet.right(RIGHT_END, 108, rng.choice(("Online", "Dealing desk", f"Adviser {noise.letters(rng, 3)}")), size=7.5)
    sheet.text(RIGHT, 119, "Enquiries", size=7.5)
    sheet.right(RIGHT_END, 119, f"(02) 5550 0{noise.digits(rng, 3)}", size=7.5)
    return max(y, 150)


def _banner(sheet: Sheet, deal: Deal, rng: random.Random, y: float) -> float:
    sheet.box(LEFT, y, RIGHT_END - LEFT, 24, fill=0.9)
    word = "BUY" if deal.is_buy else "SELL"
    sentence = rng.choice(
        (
            f"We have {'bought' if deal.is_buy else 'sold'} the securities below on your behalf",
            f"{'Purchase' if deal.is_buy else 'Sale'} of securities on your instructions",
            f"Confirmation of your {word.lower()} order",
        )
    )
    sheet.text(LEFT + 8, y + 16, word, font="Helvetica-Bold", size=13)
    sheet.text(LEFT + 60, y + 16, sentence, size=9)
    y += 42
    label = rng.choice(("Security", "Security description", "Company"))
    sheet.text(LEFT, y, label, size=9)
    sheet.right(RIGHT_END, y, deal.security_name, font="Helvetica-Bold", size=9.5)
    sheet.rule(LEFT, y + 4, RIGHT_END, weight=0.25)
    return y + 22


def _columns(sheet: Sheet, deal: Deal, rng: random.Random, y: float, style: str, sign: str) -> float:
    def cash(value: Decimal) -> str:
        return f"{sign}{money.fmt(value, decimals=2)}"

    left: list[tuple[str, str]] = [
        (rng.choice(("Trade date", "Date of trade", "Transaction date")), dates.fmt(deal.trade_date, style)),
        (rng.choice(("Settlement date", "Settlement due", "Settles")), dates.fmt(deal.settlement_date, style)),
        (rng.choice(("Account no.", "Trading account", "Client account")), deal.account or ""),
        ("HIN", f"X{'*' * 7}{noise.digits(rng, 3)}"),
        (rng.choice(("Confirmation no.", "Contract note no.", "Reference no.")), deal.trade_ref or ""),
        (rng.choice(("ASX code", "Security code", "Code")), deal.ticker or ""),
    ]
    if deal.isin:
        left.append(("ISIN", deal.isin))
    left += [
        ("Market", rng.choice(("ASX", "ASX / Cboe AU", "Cboe Australia", "Best market (ASX, CXA)"))),
        ("Condition codes", rng.choice(("XT", "CX", "-", "XT CX"))),
        ("Order ID", noise.order_number(rng)),
    ]
    if rng.random() < 0.4:
        left.append(("Currency", "AUD"))
    tail = left[6:]
    rng.shuffle(tail)
    left[6:] = tail
    right = [
        (rng.choice(("Quantity", "Units", "Number of securities")), money.fmt(deal.quantity)),
        (rng.choice(("Average price", "Price", "Price per unit")), f"{sign}{money.fmt(deal.price)}"),
        (rng.choice(("Consideration", "Trade value", "Gross value")), cash(deal.gross_amount)),
    ]
    labels = {
        "Brokerage": rng.choice(("Brokerage", "Brokerage fee")),
        "GST": rng.choice(("GST", "GST on brokerage", "GST @ 10%")),
        "Brokerage incl. GST": rng.choice(("Brokerage (incl. GST)", "Brokerage inc GST")),
        "Settlement fee": rng.choice(("Settlement fee", "CHESS settlement fee")),
    }
    right += [(labels[c.label], cash(c.amount)) for c in deal.charges]
    if deal.is_buy:
        total = rng.choice(("Total cost", "Total payable", "Amount due from you"))
    else:
        total = rng.choice(("Net proceeds", "Net amount to you", "Amount due to you"))
    for i, (label, value) in enumerate(left):
        sheet.text(LEFT, y + 15 * i, label, size=8.5)
        sheet.right(LEFT_END, y + 15 * i, value, size=8.5)
        sheet.rule(LEFT, y + 15 * i + 4, LEFT_END, weight=0.2)
    for i, (label, value) in enumerate(right):
        sheet.text(RIGHT, y + 15 * i, label, size=8.5)
        sheet.right(RIGHT_END, y + 15 * i, value, size=8.5)
        sheet.rule(RIGHT, y + 15 * i + 4, RIGHT_END, weight=0.2)
    row = y + 15 * len(right) + 6
    sheet.rule(RIGHT, row - 11, RIGHT_END, weight=1)
    sheet.text(RIGHT, row, total, font="Helvetica-Bold", size=9.5)
    sheet.right(RIGHT_END, row, cash(deal.net_amount), font="Helvetica-Bold", size=9.5)
    return max(y + 15 * len(left), row + 15) + 6


def _notes(
    sheet: Sheet, deal: Deal, rng: random.Random, y: float, style: str, sign: str, *, gst_inclusive: bool
) -> float:
    notes = []
    if gst_inclusive:
        brokerage = deal.commission or Decimal(0)
        gst = money.to_money(brokerage / 11, "AUD")
        notes.append(f"* Brokerage includes GST of {sign}{money.fmt(gst, decimals=2)}.")
    if sign.strip() != "AUD":
        notes.append("All amounts are in Australian dollars (AUD).")
    settle = dates.fmt(deal.settlement_date, style)
    bsb = f"{noise.digits(rng, 3)}-{noise.digits(rng, 3)}"
    if deal.is_buy:
        notes.append(
            f"Cleared funds must be available by 10:00am AEST on {settle}. Payment will be debited from your "
            f"nominated account BSB {bsb} account ending {noise.digits(rng, 4)}."
        )
    else:
        notes.append(
            f"Proceeds will be credited on {settle} to BSB {bsb} account ending {noise.digits(rng, 4)}, provided "
            f"the securities are available for settlement in your holding."
        )
    notes.append(
        "Condition codes: XT = crossed trade, CX = executed on Cboe Australia, - = normal. Orders may be filled "
        f"in more than one parcel; the price shown is the volume-weighted average of {rng.randint(1, 6)} fill(s)."
    )
    for note in notes:
        y = sheet.paragraph(LEFT, y + 2, RIGHT_END - LEFT, note, size=7.5)
    return y + 6


def _legal(rng: random.Random, style: str) -> list[str]:
    sentences = [
        f"{BROKER.legal_name} (ABN {ABN}, AFSL {AFSL}) is a Market Participant of ASX Limited and Cboe Australia "
        f"Pty Ltd and a Participant of ASX Clear Pty Limited and ASX Settlement Pty Limited.",
        "This confirmation is issued subject to the directions, decisions and requirements of the market operator, "
        "the ASIC Market Integrity Rules, the operating rules of the clearing and settlement facilities, the "
        "Corporations Act 2001 (Cth) and the customs and usages of the market.",
        f"Our Financial Services Guide (version {rng.randint(3, 14)}.{rng.randint(0, 9)}, dated "
        f"{noise.old_date(rng, style)}) and Terms and Conditions are available at {BROKER.web}.",
        f"Please check this confirmation and tell us of any error within {rng.choice((2, 3, 5))} business days. "
        f"Complaints: Complaints Officer, GPO Box {rng.randint(1000, 5999)}, Sydney NSW 2001.",
        f"If not resolved, you may refer your complaint to the Australian Financial Complaints Authority, "
        f"member no. {noise.digits(rng, 5)}.",
        f"Sponsored holdings are registered on CHESS under Participant ID {noise.digits(rng, 5)}. Holdings statements "
        "are issued by the share registry.",
    ]
    return sentences[:2] + rng.sample(sentences[2:], k=rng.randint(2, 4))


LAYOUT = Layout(
    name="au_contract_note",
    kind="pdf",
    heldout=False,
    build=build,
    description="Australian confirmation in two key/value columns, ASX code, brokerage + GST, AUD",
    single_page_pdf=True,
)
