"""Tarangini: an Indian stockbroker's contract note cum tax invoice for NSE or BSE cash-market trades, one page.

The SEBI format: "I/We have this day done by your order and on your account the following transactions", then a
table of one to four trades (order no., order time, trade no., trade time, security, B/S or Buy/Sell, quantity,
gross rate per unit, brokerage per unit, net rate per unit, the closing rate that only derivatives carry, and
the net total before levies = quantity x net rate), sometimes two fills of one order. Below it the note's charges:
"Taxable value of supply (Brokerage)" (already inside the net rate), exchange transaction charges and SEBI
turnover fees (fees), securities transaction tax, stamp duty on buys and 18% GST on brokerage and fees, as CGST +
SGST for clients in Maharashtra and IGST elsewhere (taxes), ending in "Net amount receivable/(payable) by client".
Indian habits: Rs. or INR, amounts grouped in lakhs and crores (12,34,567.89) on some notes and in thousands on
others, buys printed negative on some, dates 14-03-2025, 14/03/2025 or 14-Mar-2025, INE ISINs, NSE symbols, T+1.
The masked PAN, GSTINs, CIN, BO ID, the SEBI registration and the member codes are noise.

Three variants. "row" (landscape): each trade's row carries its brokerage, levies and net amount. "annexure"
(portrait): the trade table, then a trade-wise charges table with one row per trade no. "totals" (landscape):
the trade table and only the note's totals. Where a trade's charges are printed on a row of its own, its truth
carries them and that row's net amount. On a "totals" note holding several trades the levies belong to no one
trade, so each trade's truth carries only its brokerage (quantity x brokerage per unit, the gap between its net
total and its gross), no fees or taxes, and its net total as the net amount; a note holding one trade gives it the
totals. The trade reference is the exchange trade no. (unique per row); the account is the client code.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit

from .. import dates, identifiers, money, noise, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Tarangini Stock Broking Private Limited",
    brand="TARANGINI",
    address=("4th Floor, Saptaparni House, Plot C-41, G Block", "Bandra Kurla Complex, Mumbai 400051"),
    phone="+91 22 6155 0142",
    web="www.tarangini.example.in",
    region="IN",
)
SEBI_REG, NSE_CODE, BSE_CODE, CDSL_DP = "INZ000184637", "13529", "6231", "IN-DP-517-2020"
CIN, GSTIN, BROKER_PAN = "U67120MH2006PTC162538", "27AAGCT4821M1Z3", "AAGCT4821M"
MARGIN = 30.0
OPEN, CLOSE = 9 * 3600 + 15 * 60, 15 * 3600 + 30 * 60 - 1  # the session, seconds after midnight

_ROOTS = tuple(
    "Kesarvan Suvarnadeep Haritsagar Meghvarsha Nirmalgiri Amravali Shubhodaya Rajmandir Kavyanjali Trivenipur "
    "Chandrabhaga Sahastradhara Ambikapur Devgiri Palashvan".split()
)
_SECTORS = tuple(
    "Agrotech, Polymers, Pharma, Infraprojects, Textiles, Cables, Finserv, Chemicals, Auto Components, Power, "
    "Foods, Steel, Realty, Ceramics, Software".split(", ")
)
_FIRST = ("Aarav", "Ananya", "Rohan", "Kavita", "Vikram", "Meera", "Sanjay", "Priyanka", "Arjun", "Lakshmi", "Nikhil")
_LAST = ("Deshpande", "Iyer", "Kulkarni", "Menon", "Chatterjee", "Reddy", "Bhatt", "Nair", "Agarwal", "Saxena", "Ghosh")
_CITIES = (
    ("Carter Road, Bandra West", "Mumbai 400050", "Maharashtra", "27"),
    ("Prabhat Road, Erandwane", "Pune 411004", "Maharashtra", "27"),
    ("100 Feet Road, Indiranagar", "Bengaluru 560038", "Karnataka", "29"),
    ("Venkatnarayana Road, T. Nagar", "Chennai 600017", "Tamil Nadu", "33"),
    ("Gariahat Road, Ballygunge", "Kolkata 700019", "West Bengal", "19"),
    ("C. G. Road, Navrangpura", "Ahmedabad 380009", "Gujarat", "24"),
    ("Greater Kailash II", "New Delhi 110048", "Delhi", "07"),
    ("Road No. 12, Banjara Hills", "Hyderabad 500034", "Telangana", "36"),
)
_BUILDINGS = ("Gulmohar Heights", "Shanti Kunj", "Ashoka Residency", "Neelkanth Apartments", "Sai Darshan")


@dataclass(frozen=True)
class Style:
    """How one note prints: its variant, number grouping, dates, side words and signs."""

    variant: str  # "row", "annexure" or "totals"
    lakh: bool  # 12,34,567.89 rather than 1,234,567.89
    date_style: str
    buy_sell: tuple[str, str]
    unit: str  # "Rs." or "INR"
    negative: str  # how a payable amount prints: "minus", "paren" or "drcr"
    signed_rows: bool  # buys' row totals printed negative
    exchange: str  # "NSE" or "BSE"
    described: int  # which of three ways the security cell reads


@dataclass(frozen=True)
class Fill:
    """One trade row: the deal and what the row prints besides it."""

    deal: Deal
    symbol: str
    order_no: str
    placed: int  # order time, seconds after midnight
    traded: int  # trade time
    per_unit: Decimal  # brokerage per unit
    net_rate: Decimal
    net_total: Decimal  # quantity x net rate, before levies
    closing: Decimal | None

    def charge(self, label: str) -> Decimal:
        return sum((c.amount for c in self.deal.charges if c.label == label), Decimal(0))


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # relative; scaled to the page
    align: str = "r"


def _style(rng: random.Random) -> Style:
    return Style(
        variant=rng.choices(("row", "annexure", "totals"), weights=(4, 4, 3))[0],
        lakh=rng.random() < 0.6,
        date_style=rng.choice(("dash", "uk", "dmy_mon")),
        buy_sell=rng.choice((("B", "S"), ("Buy", "Sell"), ("BUY", "SELL"))),
        unit=rng.choice(("Rs.", "Rs.", "INR")),
        negative=rng.choice(("minus", "paren", "drcr")),
        signed_rows=rng.random() < 0.5,
        exchange=rng.choice(("NSE", "NSE", "BSE")),
        described=rng.randrange(3),
    )


def _day(value: date, style: Style) -> str:
    if style.date_style == "dash":
        return dates.fmt(value, "uk").replace("/", "-")
    return dates.fmt(value, style.date_style)


def _num(value: Decimal, style: Style, decimals: int = 2) -> str:
    """An unsigned amount, grouped in lakhs and crores or in thousands."""
    text = money.fmt(abs(value), "plain" if style.lakh else "us", decimals=decimals)
    if not style.lakh:
        return text
    whole, _, fraction = text.partition(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    whole = ",".join(part for part in (head, *groups, tail) if part)
    return f"{whole}.{fraction}" if fraction else whole


def _signed(value: Decimal, style: Style) -> str:
    """An amount whose sign matters: receivable positive, payable as the note's style has it."""
    text = _num(value, style)
    if style.negative == "drcr":
        return f"{text} {'Dr' if value < 0 else 'Cr'}"
    if value >= 0:
        return text
    return f"-{text}" if style.negative == "minus" else f"({text})"


def _row_total(fill: Fill, value: Decimal, style: Style) -> str:
    if style.signed_rows and fill.deal.is_buy:
        return f"-{_num(value, style)}"
    return _num(value, style)


def _scrip(rng: random.Random, taken: list[Fill]) -> tuple[str, str, str]:
    """(name, NSE symbol, ISIN) of an issuer no other row of the note names."""
    root = rng.choice([r for r in _ROOTS if not any(f.symbol.startswith(r[:8].upper()) for f in taken)])
    sector = rng.choice(_SECTORS)
    name = f"{root} {sector} {rng.choice(('Limited', 'Ltd', 'India Limited'))}".upper()
    symbol = (root + sector.replace(" ", ""))[: rng.choice((8, 9, 10))].upper()
    issuer = f"{rng.randrange(1000):03d}{rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}"
    return name, symbol, identifiers.isin("IN", f"E{issuer}01{rng.randrange(100):02d}")


def _price(rng: random.Random) -> Decimal:
    """Rs. 2 to Rs. 24,999.95 in ticks of five paise."""
    whole = rng.choice((1, 2, 2, 3, 3, 3, 4))
    return Decimal(rng.randrange(20 * 10 ** (whole - 1), 20 * 10**whole) * 5).scaleb(-2)


def _quantity(rng: random.Random) -> Decimal:
    """Odd lots of a few shares, a few hundred, or round fifties."""
    return Decimal(rng.choice((rng.randint(1, 99), rng.randint(100, 2500), rng.randint(1, 200) * 50)))


def _settlement_no(day: date) -> str:
    """The exchange's running settlement number: the year and the day's place among its business days."""
    return f"{day.year}{(day - date(day.year, 1, 1)).days * 5 // 7 + 1:03d}"


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _charges(gross: Decimal, brokerage: Decimal, side: str, day: date, exchange: str, intra: bool) -> list[Charge]:
    """Brokerage, the exchange's and SEBI's fees, STT, stamp duty on buys, 18% GST on brokerage and fees."""
    rate = "0.0000375" if exchange == "BSE" else ("0.0000297" if day >= date(2024, 10, 1) else "0.0000322")
    exchange_fee = trades.rate_of(gross, rate, "INR", minimum="0.01")
    sebi = trades.rate_of(gross, "0.000001", "INR", minimum="0.01")
    stt = money.to_money(money.places(gross * Decimal("0.001"), 0), "INR")
    stamp = trades.rate_of(gross, "0.00015", "INR") if side == "BUY" else Decimal("0.00")
    base = brokerage + exchange_fee + sebi
    charges = [
        Charge(COMMISSION, "Brokerage", brokerage),
        Charge(FEE, "Exchange", exchange_fee),
        Charge(FEE, "SEBI", sebi),
        Charge(TAX, "STT", stt),
        Charge(TAX, "Stamp", stamp),
    ]
    if intra:
        half = trades.rate_of(base, "0.09", "INR")
        return [*charges, Charge(TAX, "CGST", half), Charge(TAX, "SGST", half)]
    return [*charges, Charge(TAX, "IGST", trades.rate_of(base, "0.18", "INR"))]


def _fills(rng: random.Random, style: Style, day: date, account: str, intra: bool) -> list[Fill]:
    rate = Decimal(rng.choice(("0", "0.0015", "0.0025", "0.003", "0.004", "0.005")))  # brokerage, of the price
    show_isin = rng.random() < 0.7
    fills: list[Fill] = []
    for _ in range(rng.choices((1, 2, 3, 4), weights=(3, 3, 2, 2))[0]):
        last = fills[-1] if fills and rng.random() < 0.3 else None
        if last is not None:  # another fill of the same order, a moment later
            name, symbol, isin, side = last.deal.security_name, last.symbol, last.deal.isin, last.deal.side
            order_no, placed, traded = last.order_no, last.placed, min(last.traded + rng.randrange(60), CLOSE)
            price = max(last.deal.price + Decimal(rng.randint(-6, 6) * 5).scaleb(-2), Decimal("0.05"))
            quantity, price, _ = trades.draw(rng, "INR", _quantity, lambda _, p=price: p, minimum=Decimal(1500))
        else:
            (name, symbol, isin), side = _scrip(rng, fills), trades.side(rng)
            quantity, price, _ = trades.draw(rng, "INR", _quantity, _price, minimum=Decimal(1500))
            order_no = "1" + noise.digits(rng, 15) if style.exchange == "NSE" else "17" + noise.digits(rng, 14)
            placed = rng.randrange(OPEN, CLOSE - 300)
            traded = placed + rng.randrange(240)
        gross = money.gross_of(quantity, price, "INR")
        per_unit = money.places(price * rate, 4)
        while True:  # a brokerage per unit whose row totals agree to the paisa
            brokerage = money.to_money(quantity * per_unit, "INR")
            net_rate = price + per_unit if side == "BUY" else price - per_unit
            net_total = money.to_money(quantity * net_rate, "INR")
            if net_total == (gross + brokerage if side == "BUY" else gross - brokerage):
                break
            per_unit += Decimal("0.0001")
        deal = Deal(
            side=side,
            quantity=quantity,
            price=price,
            currency="INR",
            security_name=name,
            trade_date=day,
            settlement_date=dates.add_business_days(day, 1),
            gross_amount=gross,
            charges=tuple(_charges(gross, brokerage, side, day, style.exchange, intra)),
            account=account,
            counterparty=BROKER.legal_name,
            trade_ref=noise.digits(rng, rng.choice((8, 9))),
            isin=isin if show_isin else None,
            ticker=symbol,
        )
        closing = price + Decimal(rng.randint(-40, 40) * 5).scaleb(-2) if rng.random() < 0.3 else None
        fills.append(Fill(deal, symbol, order_no, placed, traded, per_unit, net_rate, net_total, closing))
    return fills


def build(rng: random.Random) -> Document:
    style = _style(rng)
    day = dates.trade_day(rng)
    city = rng.choice(_CITIES)
    intra = city[3] == "27"
    account = rng.choice((f"{noise.letters(rng, 2)}{noise.digits(rng, 4)}", f"T{noise.digits(rng, 6)}"))
    fills = _fills(rng, style, day, account, intra)
    size = A4 if style.variant == "annexure" else landscape(A4)
    sheet = Sheet(title="Contract Note cum Tax Invoice", author=BROKER.legal_name, pagesize=size)
    y = _header(sheet, rng, style, day, account, city)
    y = _trade_table(sheet, style, fills, y)
    if style.variant == "annexure":
        y = _annexure(sheet, style, fills, y + 14)
    x0, below = _summary(sheet, style, fills, y + 12, intra=intra)
    if style.variant == "annexure":  # portrait: the notes run under the block, full width
        _notes(sheet, rng, style, day, below + 15, sheet.width - 2 * MARGIN)
    else:  # landscape: beside it
        _notes(sheet, rng, style, day, y + 12, x0 - 18 - MARGIN)
    if style.variant == "totals" and len(fills) > 1:
        truths = [f.deal.truth(fees=None, taxes=None, net_amount=money.text(f.net_total)) for f in fills]
    else:
        truths = [f.deal.truth() for f in fills]
    return Document(sheet.finish(), "confirmation", truths)


def _header(sheet: Sheet, rng: random.Random, style: Style, day: date, account: str, city: tuple) -> float:
    right = sheet.width - MARGIN
    sheet.text(MARGIN, 40, BROKER.brand, font="Helvetica-Bold", size=17)
    letterhead = [
        BROKER.legal_name.upper(),
        ", ".join(BROKER.address),
        f"Tel {BROKER.phone}  |  {BROKER.web}  |  CIN {CIN}",
        f"SEBI Regn. No. {SEBI_REG}  |  NSE Member Code {NSE_CODE}  |  BSE Clearing No. {BSE_CODE}",
        f"CDSL DP {CDSL_DP}  |  Compliance officer Tel 022 {noise.digits(rng, 4)} {noise.digits(rng, 4)}",
    ]
    sheet.lines(MARGIN, 52, letterhead, leading=9, size=7)
    sheet.right(right, 40, "CONTRACT NOTE CUM TAX INVOICE", font="Helvetica-Bold", size=11)
    sheet.right(right, 51, "(Tax Invoice under Section 31 of the CGST Act, 2017)", size=7)
    sheet.right(right, 61, f"GSTIN {GSTIN}", size=7)
    sheet.right(right, 70, f"PAN {BROKER_PAN}  |  SAC 997152 (stock broking)", size=7)
    sheet.rule(MARGIN, 96, right, weight=1)
    fy = day.year if day.month > 3 else day.year - 1
    settle = dates.add_business_days(day, 1)
    segment = "NSE - Capital Market" if style.exchange == "NSE" else "BSE - Equity Cash"
    details = [
        ("Contract Note No.", f"CNT-{fy % 100}-{(fy + 1) % 100}/{noise.digits(rng, 8)}"),
        ("Trade Date", _day(day, style)),
        ("Segment", segment),
        ("Settlement No.", _settlement_no(day)),
        ("Settlement Date", _day(settle, style)),
    ]
    street, town, state, code = city
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}".upper()
    pan = rng.choice(
        (f"XXXXX{noise.digits(rng, 4)}{noise.letters(rng, 1)}", f"{noise.letters(rng, 3)}P{noise.letters(rng, 1)}****X")
    )
    client = [
        ("Name of the Client", name),
        ("Address", f"Flat {rng.randint(1, 24)}{rng.randint(1, 9):02d}, {rng.choice(_BUILDINGS)}"),
        ("", street),
        ("", f"{town}, {state}"),
        ("Client Code / UCC", account),
        ("PAN of Client", pan),
        ("Place of Supply", f"{state} ({code})"),
    ]
    mid = sheet.width * 0.55
    y = 110.0
    for i, (label, value) in enumerate(client):
        sheet.text(MARGIN, y + 10 * i, label, size=7.5)
        sheet.text(MARGIN + 92, y + 10 * i, value, font="Helvetica-Bold" if i == 0 else "Helvetica", size=7.5)
    for i, (label, value) in enumerate(details):
        sheet.text(mid, y + 10 * i, label, size=7.5)
        sheet.right(right, y + 10 * i, value, font="Helvetica-Bold" if i < 2 else "Helvetica", size=7.5)
    y += 10 * len(client) + 6
    amounts = "Rupees" if style.unit == "Rs." else "INR"
    sheet.text(MARGIN, y, "Dear Sir / Madam,", size=7.5)
    done = "I / We have this day done by your order and on your account the following transactions"
    sheet.text(MARGIN, y + 10, f"{done} (all amounts in {amounts}):", size=7.5)
    return y + 18


def _table(sheet: Sheet, y: float, columns: list[Column], rows: list[list[str]], *, size: float = 6.4) -> float:
    """A ruled grid: wrapped titles on a grey band, cells wrapped to their width; returns the y below it."""
    scale = (sheet.width - 2 * MARGIN) / sum(c.width for c in columns)
    widths = [c.width * scale for c in columns]
    small = size - 0.6
    titles = [simpleSplit(c.title, "Helvetica-Bold", small, w - 4) for c, w in zip(columns, widths, strict=True)]
    height = max(len(t) for t in titles) * (small + 1.2) + 5
    x = MARGIN
    for title, width in zip(titles, widths, strict=True):
        sheet.box(x, y, width, height, fill=0.88)
        for i, line in enumerate(title):
            sheet.centre(x + width / 2, y + 2 + (small + 1.2) * (i + 1), line, font="Helvetica-Bold", size=small)
        x += width
    y += height
    for row in rows:
        cells = [
            [line for part in value.split("\n") for line in simpleSplit(part, "Helvetica", size, w - 5) or [""]]
            for value, w in zip(row, widths, strict=True)
        ]
        height = max(len(c) for c in cells) * (size + 2) + 4
        x = MARGIN
        for column, lines, width in zip(columns, cells, widths, strict=True):
            sheet.box(x, y, width, height)
            for i, line in enumerate(lines):
                base = y + 2 + (size + 2) * (i + 1) - 1
                if column.align == "l":
                    sheet.text(x + 2.5, base, line, size=size)
                elif column.align == "c":
                    sheet.centre(x + width / 2, base, line, size=size)
                else:
                    sheet.right(x + width - 2.5, base, line, size=size)
            x += width
        y += height
    return y


def _description(fill: Fill, variant: int) -> str:
    deal = fill.deal
    isin = f"  {deal.isin}" if deal.isin else ""
    if variant == 0:
        return f"{deal.security_name}\n{fill.symbol} EQ{isin}"
    if variant == 1:
        return f"{deal.security_name}\nSymbol {fill.symbol}" + (f" / ISIN {deal.isin}" if deal.isin else "")
    return f"{fill.symbol} - {deal.security_name}" + (f"\n{deal.isin}" if deal.isin else "")


def _trade_table(sheet: Sheet, style: Style, fills: list[Fill], y: float) -> float:
    unit = f"({style.unit})"
    side_title = "Buy(B) / Sell(S)" if style.buy_sell[0] == "B" else "Buy / Sell"
    wide = style.variant == "totals"
    if wide:
        head = [Column("Order No.", 64, "l"), Column("Order Time", 36, "c")]
        head += [Column("Trade No.", 46, "l"), Column("Trade Time", 36, "c")]
    else:
        head = [Column("Order No. / Order Time", 66, "l"), Column("Trade No. / Trade Time", 46, "l")]
    columns = [
        *head,
        Column("Security / Contract Description", 190 if wide else 130, "l"),
        Column(side_title, 26, "c"),
        Column("Quantity", 36),
        Column(f"Gross Rate / Trade Price Per Unit {unit}", 52),
        Column(f"Brokerage Per Unit {unit}", 42),
        Column(f"Net Rate Per Unit {unit}", 50),
    ]
    if style.variant != "row":
        columns.append(Column(f"Closing Rate Per Unit (only for Derivatives) {unit}", 52))
    columns.append(Column(f"Net Total (Before Levies) {unit}", 60))
    if style.variant == "row":
        titles = ("Brokerage", "Exch. Txn Charges", "SEBI Turnover Fees", "STT", "Stamp Duty", "GST")
        columns += [Column(f"{title} {unit}", 38) for title in titles]
        columns.append(Column(f"Net Amount {unit}", 60))
    elif wide:
        columns.append(Column("Remarks", 34, "c"))
    rows = []
    for fill in fills:
        deal = fill.deal
        when = [fill.order_no, _clock(fill.placed), deal.trade_ref or "", _clock(fill.traded)]
        row = when if wide else [f"{when[0]}\n{when[1]}", f"{when[2]}\n{when[3]}"]
        row += [
            _description(fill, style.described),
            style.buy_sell[0] if deal.is_buy else style.buy_sell[1],
            money.fmt(deal.quantity),
            _num(deal.price, style),
            _num(fill.per_unit, style, 4),
            _num(fill.net_rate, style, 4),
        ]
        if style.variant != "row":
            row.append(_num(fill.closing, style) if fill.closing is not None else "-")
        row.append(_row_total(fill, fill.net_total, style))
        if style.variant == "row":
            gst = fill.charge("CGST") + fill.charge("SGST") + fill.charge("IGST")
            labels = ("Brokerage", "Exchange", "SEBI", "STT", "Stamp")
            row += [_num(fill.charge(label), style) for label in labels] + [_num(gst, style)]
            row.append(_row_total(fill, deal.net_amount, style))
        elif wide:
            row.append("-")
        rows.append(row)
    return _table(sheet, y, columns, rows)


def _annexure(sheet: Sheet, style: Style, fills: list[Fill], y: float) -> float:
    sheet.text(MARGIN, y, "Trade-wise brokerage, levies and taxes", font="Helvetica-Bold", size=8)
    unit = f"({style.unit})"
    taxes = ("CGST", "SGST") if fills[0].charge("IGST") == 0 else ("IGST",)
    columns = [
        Column("Trade No.", 52, "l"),
        Column("Brokerage", 44),
        Column("Exchange Txn Charges", 46),
        Column("SEBI Turnover Fees", 44),
        Column("Securities Txn Tax", 42),
        Column("Stamp Duty", 40),
        *(Column(f"{tax} ({'9' if tax != 'IGST' else '18'}%)", 40) for tax in taxes),
        Column(f"Total Charges {unit}", 48),
        Column(f"Net Amount {unit}", 66),
    ]
    labels = ("Brokerage", "Exchange", "SEBI", "STT", "Stamp", *taxes)
    rows = [
        [f.deal.trade_ref or "", *(_num(f.charge(label), style) for label in labels), _num(f.deal.charges_total, style)]
        + [_row_total(f, f.deal.net_amount, style)]
        for f in fills
    ]
    return _table(sheet, y + 5, columns, rows)


def _summary(sheet: Sheet, style: Style, fills: list[Fill], y: float, *, intra: bool) -> tuple[float, float]:
    """The note's charges block at the right; returns its left edge and the y below it."""

    def total(label: str) -> str:
        return _num(sum((f.charge(label) for f in fills), Decimal(0)), style)

    obligation = sum((f.net_total if not f.deal.is_buy else -f.net_total for f in fills), Decimal(0))
    levies = sum((f.deal.charges_total - f.charge("Brokerage") for f in fills), Decimal(0))
    rows = [
        ("Pay in / Pay out obligation", _signed(obligation, style)),
        ("Taxable value of supply (Brokerage)", total("Brokerage")),
        ("Exchange transaction charges", total("Exchange")),
        ("Clearing charges", _num(Decimal(0), style)),
    ]
    for tax in ("CGST", "SGST") if intra else ("IGST",):
        rate = "18" if tax == "IGST" else "9"
        rows.append((f"{tax} (@{rate}% of Brok, SEBI, Trans & Clearing Charges)", total(tax)))
    rows += [("Securities transaction tax", total("STT")), ("SEBI turnover fees", total("SEBI"))]
    rows.append(("Stamp duty", total("Stamp")))
    x0 = sheet.width * (0.6 if sheet.width > sheet.height else 0.42)
    x1 = sheet.width - MARGIN
    market = "NSE-CM" if style.exchange == "NSE" else "BSE-CM"
    sheet.box(x0, y, x1 - x0, 13, fill=0.88)
    sheet.text(x0 + 4, y + 9, "Description", font="Helvetica-Bold", size=7)
    sheet.right(x1 - 4, y + 9, f"{market} / Net Total ({style.unit})", font="Helvetica-Bold", size=7)
    y += 24
    for label, value in rows:
        sheet.text(x0 + 4, y, label, size=7)
        sheet.right(x1 - 4, y, value, size=7)
        y += 10
    sheet.rule(x0, y - 7, x1, weight=0.8)
    sheet.text(x0 + 4, y + 3, "Net amount receivable / (payable) by client", font="Helvetica-Bold", size=7.5)
    sheet.right(x1 - 4, y + 3, _signed(obligation - levies, style), font="Helvetica-Bold", size=7.5)
    return x0, y + 3


def _notes(sheet: Sheet, rng: random.Random, style: Style, day: date, y: float, width: float) -> None:
    """Legal sentences from y down, as many as fit, then the signature and the page number."""
    bottom = sheet.height - 34
    for sentence in _legal(rng, style, day):
        if y > bottom - 16:
            break
        y = sheet.paragraph(MARGIN, y + 2, width, sentence, size=6.3)
    sheet.rule(MARGIN, bottom, sheet.width - MARGIN, weight=0.5)
    signed = f"{day:%Y.%m.%d} {18 + rng.randrange(5)}:{rng.randrange(60):02d}"
    sheet.text(MARGIN, bottom + 9, f"Digitally signed by {BROKER.legal_name.upper()}  Date: {signed} +05:30", size=6.3)
    sheet.text(MARGIN, bottom + 17, f"Registered office: {', '.join(BROKER.address)}. Authorised signatory.", size=6.3)
    sheet.right(sheet.width - MARGIN, bottom + 17, "Page 1 of 1", size=7)


def _legal(rng: random.Random, style: Style, day: date) -> list[str]:
    old = date(rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28))
    phone = f"022 {noise.digits(rng, 4)} {noise.digits(rng, 4)}"
    sentences = [
        "This contract note is issued subject to the Rules, Byelaws and Regulations of the Exchange and the "
        "Securities Contracts (Regulation) Act, 1956, and all transactions are subject to arbitration under them; "
        "the courts at Mumbai alone have jurisdiction.",
        f"Funds and securities are settled on a T+1 basis; the pay-in for settlement {_settlement_no(day)} is due "
        f"by 10:30 hrs on {_day(dates.add_business_days(day, 1), style)}.",
        f"Brokerage does not exceed the limits set by SEBI and the Exchange (2.5% of the contract price). "
        f"Securities transaction tax is levied under Chapter VII of the Finance (No. 2) Act, 2004; stamp duty under "
        f"the Indian Stamp Act, 1899, as amended with effect from {_day(date(2020, 7, 1), style)}.",
        f"Please report any discrepancy within 24 hours of receipt of this note, else it shall be deemed correct. "
        f"Compliance officer: {rng.choice(_FIRST)} {rng.choice(_LAST)}, Tel {phone}, compliance@tarangini.example.in.",
        f"Investor grievances: grievance@tarangini.example.in or Tel {phone} (Mon-Fri, 10:00 to 18:00 IST). "
        f"You may also lodge a complaint on SEBI SCORES or with the Exchange's investor services cell.",
        f"Tariff as per the rate card agreed with you on {_day(old, style)}, reference "
        f"SEBI/HO/MIRSD/DOP/CIR/P/{old.year}/{rng.randint(10, 190)}. Whether GST is payable on reverse charge: No.",
        f"The Investor Protection Fund of the Exchange covers eligible claims of up to {style.unit} "
        f"{_num(Decimal(2500000), style, 0)} per investor against a defaulting member.",
        f"Demat BO ID 12081600{noise.digits(rng, 8)}; bank account ending {noise.digits(rng, 4)}. Electronic "
        f"contract notes are sent to the e-mail address registered on {_day(old, style)}.",
    ]
    return sentences[:2] + rng.sample(sentences[2:], k=rng.randint(3, 5))


LAYOUT = Layout(
    name="in_contract_note",
    kind="pdf",
    heldout=False,
    build=build,
    description="Indian contract note cum tax invoice: SEBI trade table, per-unit brokerage, STT/stamp/GST, lakhs",
)
