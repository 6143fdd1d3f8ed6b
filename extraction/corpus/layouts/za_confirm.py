"""Kransberg: a South African broker's trade confirmation for one JSE trade on one page.

Three templates. "columns": two columns of key/value rows, the details on the left and the money on the right.
"grid": a boxed grid, each label on a grey band above its value, the charges in a boxed table of their own.
"invoice": the details as label: value lines, then a tax-invoice table giving each charge excluding VAT, its VAT
and the total, securities transfer tax on a line of its own with no VAT. South African habits, chosen per
document: amounts as "R 12 345,67" (space groups, decimal comma) or "R12,345.67", dates 2025/03/14 or 14 March
2025, Purchase/Sale or Bought/Sold, the three-letter JSE share code and a ZAE ISIN. Brokerage is the commission;
the STRATE fee, the investor protection levy and the JSE trading fee are fees; securities transfer tax (0.25%,
purchases only) and 15% VAT on brokerage and fees are the taxes (one VAT line, or the invoice's VAT column).
Settlement T+3. The FSP licence, company and VAT registration numbers, the CSDP and the client number are noise.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .. import dates, identifiers, money, noise, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Kransberg Securities (Pty) Ltd",
    brand="KRANSBERG",
    address=("2nd Floor, Acacia House, 18 Rivonia Road", "Illovo, Johannesburg, 2196"),
    phone="+27 11 555 0143",
    web="www.kransberg.example.co.za",
    region="ZA",
)
FSP, REG_NO, VAT_NO = "44719", "2001/018734/07", "4710253986"
LEFT, MIDDLE, RIGHT = 42.0, 297.0, 553.0
VAT_RATE = Decimal("0.15")

_ROOTS = tuple(
    "Outeniqua, Kwelera, Gamtoos, Cederkloof, Magaliesvlei, Sabie Ridge, Umvoti, Tsomo Valley, Kariega, "
    "Amatola Bay, Soutpansberg, Vaalkrans, Mbashe, Keurbooms".split(", ")
)
_SECTORS = ("Holdings", "Platinum", "Mining", "Foods", "Retail", "Properties", "Industrial", "Financial Services")
_FIRST = ("Thabo", "Lindiwe", "Pieter", "Anika", "Sipho", "Naledi", "Johan", "Ayesha", "Marius", "Zanele", "Kagiso")
_LAST = ("Nkosi", "van der Merwe", "Botha", "Dlamini", "Pillay", "Mokoena", "Naidoo", "du Plessis", "Khumalo", "Venter")
_PLACES = (
    ("Newlands", "Cape Town", "7700"),
    ("Parktown North", "Johannesburg", "2193"),
    ("Waterkloof", "Pretoria", "0181"),
    ("Umhlanga Rocks", "Durban", "4320"),
    ("Die Boord", "Stellenbosch", "7613"),
    ("Summerstrand", "Gqeberha", "6001"),
    ("Bryanston", "Sandton", "2191"),
)
_STREETS = ("Protea Road", "Jacaranda Avenue", "Kiepersol Street", "Milkwood Drive", "Fynbos Crescent", "Tambotie Lane")
LABELS = {
    "Brokerage": ("Brokerage", "Brokerage fee", "Commission (brokerage)"),
    "STRATE": ("STRATE fee", "Strate settlement fee", "Settlement fee (STRATE)"),
    "IPL": ("IP levy", "Investor protection levy", "Investor Protection Levy (IPL)"),
    "JSE": ("JSE trading fee", "JSE fee", "Exchange trading fee (JSE)"),
    "VAT": ("VAT @ 15%", "VAT on charges", "VAT (15%)"),
    "STT": ("Securities Transfer Tax", "STT @ 0.25%", "Securities transfer tax (STT)"),
}


@dataclass(frozen=True)
class Style:
    """How one confirmation prints."""

    template: str  # "columns", "grid" or "invoice"
    spaced: bool  # R 12 345,67 rather than R12,345.67
    long_dates: bool  # 14 March 2025 rather than 2025/03/14
    words: tuple[str, str]  # the side: ("Purchase", "Sale") or ("Bought", "Sold")
    labels: dict[str, str]


def _style(rng: random.Random) -> Style:
    return Style(
        template=rng.choice(("columns", "grid", "invoice")),
        spaced=rng.random() < 0.55,
        long_dates=rng.random() < 0.5,
        words=rng.choice((("Purchase", "Sale"), ("Bought", "Sold"))),
        labels={key: rng.choice(choices) for key, choices in LABELS.items()},
    )


def _rand(value: Decimal, style: Style) -> str:
    if style.spaced:
        return f"R {money.fmt(value, 'fr', decimals=2)}"
    return f"R{money.fmt(value, 'us', decimals=2)}"


def _count(value: Decimal, style: Style) -> str:
    return money.fmt(value, "fr" if style.spaced else "us")


def _day(value: date, style: Style) -> str:
    return dates.fmt(value, "long" if style.long_dates else "slash_iso")


def _clock(rng: random.Random) -> str:
    """A time in the JSE's continuous trading session, 09:00 to 16:50."""
    seconds = rng.randrange(9 * 3600, 16 * 3600 + 50 * 60)
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _security(rng: random.Random) -> tuple[str, str, str]:
    """(name as printed, JSE share code, ISIN)."""
    root, sector = rng.choice(_ROOTS), rng.choice(_SECTORS)
    letters = [word[0] for word in f"{root} {sector}".split()] + [ch.upper() for ch in root[1:] if ch.isalpha()]
    code = "".join(letters[:3]).upper()
    name = f"{root} {sector} {rng.choice(('Limited', 'Ltd'))}"
    if rng.random() < 0.6:
        name = name.upper()
    return name, code, identifiers.isin("ZA", f"E000{noise.digits(rng, 5)}")


def _price(rng: random.Random) -> Decimal:
    """R 0.50 to R 9 999.99, in cents as the JSE quotes."""
    return trades.price(rng, decimals=2, whole_digits=rng.choice((1, 2, 2, 3, 3, 4)))


def make_deal(rng: random.Random, style: Style) -> Deal:
    name, code, isin = _security(rng)
    q, p, gross = trades.draw(rng, "ZAR", trades.shares, _price, minimum=Decimal(2000), maximum=Decimal(15_000_000))
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    rate = rng.choice(("0.0025", "0.004", "0.005", "0.0065"))
    brokerage = trades.rate_of(gross, rate, "ZAR", minimum=rng.choice(("70.00", "100.00", "150.00")))
    vatable = [
        Charge(COMMISSION, "Brokerage", brokerage),
        Charge(FEE, "STRATE", trades.rate_of(gross, "0.0000579", "ZAR", minimum="12.05", maximum="120.46")),
        Charge(FEE, "IPL", trades.rate_of(gross, "0.000002", "ZAR", minimum="0.01")),
        Charge(FEE, "JSE", trades.rate_of(gross, "0.0000525", "ZAR", minimum="0.01")),
    ]
    if style.template == "invoice":  # VAT worked out line by line
        vat = [Charge(TAX, f"VAT {c.label}", money.to_money(c.amount * VAT_RATE, "ZAR")) for c in vatable]
    else:
        total = sum((c.amount for c in vatable), Decimal(0))
        vat = [Charge(TAX, "VAT", money.to_money(total * VAT_RATE, "ZAR"))]
    stt = [Charge(TAX, "STT", trades.rate_of(gross, "0.0025", "ZAR"))] if side == "BUY" else []
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="ZAR",
        security_name=name,
        trade_date=trade_date,
        settlement_date=dates.add_business_days(trade_date, 3),
        gross_amount=gross,
        charges=(*vatable, *vat, *stt),
        account=rng.choice(
            (noise.digits(rng, 8), f"KS{noise.digits(rng, 6)}", f"{noise.digits(rng, 3)}-{noise.digits(rng, 5)}")
        ),
        counterparty=BROKER.legal_name,
        trade_ref=rng.choice((f"CN{noise.digits(rng, 9)}", f"{trade_date:%y%m%d}{noise.digits(rng, 5)}")),
        isin=isin if rng.random() < 0.75 else None,
        ticker=code,
    )


def build(rng: random.Random) -> Document:
    style = _style(rng)
    deal = make_deal(rng, style)
    sheet = Sheet(title=f"Trade confirmation {deal.trade_ref}", author=BROKER.legal_name)
    y = _letterhead(sheet, rng, style, deal)
    y = _client(sheet, rng, style, deal, y)
    draw = {"columns": _columns, "grid": _grid, "invoice": _invoice}[style.template]
    y = draw(sheet, rng, style, deal, y)
    _notes(sheet, rng, style, deal, y + 10)
    return Document(sheet.finish(), "confirmation", [deal.truth()])


def _letterhead(sheet: Sheet, rng: random.Random, style: Style, deal: Deal) -> float:
    sheet.text(LEFT, 48, BROKER.brand, font="Helvetica-Bold", size=20)
    sheet.text(LEFT, 60, f"{BROKER.legal_name}  |  Reg. No. {REG_NO}", size=7.5)
    sheet.text(LEFT, 70, f"{', '.join(BROKER.address)}  |  Tel {BROKER.phone}", size=7.5)
    sheet.text(LEFT, 80, f"Authorised financial services provider, FSP No. {FSP}  |  A member of the JSE", size=7.5)
    titles = {
        "columns": ("TRADE CONFIRMATION", "CONTRACT NOTE"),
        "grid": ("CONTRACT NOTE", "CONFIRMATION OF TRADE"),
        "invoice": ("TAX INVOICE / TRADE CONFIRMATION", "TAX INVOICE AND CONTRACT NOTE"),
    }
    sheet.right(RIGHT, 48, rng.choice(titles[style.template]), font="Helvetica-Bold", size=12)
    sheet.right(RIGHT, 60, f"VAT Reg. No. {VAT_NO}", size=7.5)
    issued = dates.add_business_days(deal.trade_date, rng.choice((0, 0, 1)))
    sheet.right(RIGHT, 70, f"Date issued: {_day(issued, style)}", size=7.5)
    sheet.rule(LEFT, 90, RIGHT, weight=1.2)
    return 108.0


def _client(sheet: Sheet, rng: random.Random, style: Style, deal: Deal, y: float) -> float:
    suburb, city, code = rng.choice(_PLACES)
    title = rng.choice(("Mr", "Ms", "Dr", "Mrs", ""))
    name = " ".join(part for part in (title, rng.choice(_FIRST)[0], rng.choice(_LAST)) if part)
    lines = [name, f"{rng.randint(2, 240)} {rng.choice(_STREETS)}", suburb, f"{city}, {code}"]
    if rng.random() < 0.3:
        lines[0] = (
            f"{rng.choice(_LAST).split()[-1].title()} Family Trust (IT{noise.digits(rng, 4)}/{rng.randint(1995, 2020)})"
        )
    sheet.lines(LEFT, y, lines, leading=11, size=9)
    info = [
        ("Client no.", deal.account or ""),
        ("Portfolio manager", f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"),
        ("Enquiries", f"+27 11 555 0{noise.digits(rng, 3)}"),
        ("Tax invoice no.", f"TI{noise.digits(rng, 7)}"),
    ]
    for i, (label, value) in enumerate(info):
        sheet.text(MIDDLE + 40, y + 11 * i, label, size=8)
        sheet.right(RIGHT, y + 11 * i, value, size=8)
    return y + 11 * len(lines) + 16


def _side_sentence(rng: random.Random, style: Style, deal: Deal) -> str:
    bought = deal.is_buy
    return rng.choice(
        (
            f"We confirm that we have {'bought' if bought else 'sold'} the following securities on your behalf.",
            f"{'Purchase' if bought else 'Sale'} executed on the JSE on your instruction.",
            "We confirm the following transaction, subject to the terms overleaf.",
        )
    )


def _details(rng: random.Random, style: Style, deal: Deal) -> list[tuple[str, str]]:
    rows = [
        (rng.choice(("Trade date", "Transaction date", "Deal date")), _day(deal.trade_date, style)),
        ("Time of trade", _clock(rng)),
        (rng.choice(("Settlement date", "Settlement", "Settles on")), _day(deal.settlement_date, style)),
        (rng.choice(("Account no.", "Client account", "Trading account")), deal.account or ""),
        (rng.choice(("Contract note no.", "Confirmation no.", "Reference")), deal.trade_ref or ""),
        (rng.choice(("Share code", "JSE code", "Instrument code")), deal.ticker or ""),
    ]
    if deal.isin:
        rows.append(("ISIN", deal.isin))
    rows += [
        ("Exchange", rng.choice(("JSE Main Board", "JSE Limited", "JSE AltX"))),
        ("Order ref.", f"ORD{noise.digits(rng, 7)}"),
        ("Capacity", rng.choice(("Agent", "Agent", "Principal"))),
    ]
    return rows


def _charge_rows(style: Style, deal: Deal) -> list[tuple[str, Decimal]]:
    order = ("Brokerage", "STRATE", "IPL", "JSE", "VAT", "STT")
    return [(style.labels[key], c.amount) for key in order for c in deal.charges if c.label == key]


def _total_label(rng: random.Random, deal: Deal) -> str:
    if deal.is_buy:
        return rng.choice(("Total amount payable", "Amount due by you", "Total cost"))
    return rng.choice(("Net proceeds", "Amount due to you", "Net amount payable to you"))


def _columns(sheet: Sheet, rng: random.Random, style: Style, deal: Deal, y: float) -> float:
    side = style.words[0] if deal.is_buy else style.words[1]
    sheet.box(LEFT, y, RIGHT - LEFT, 24, fill=0.9)
    sheet.text(LEFT + 8, y + 16, side.upper(), font="Helvetica-Bold", size=13)
    sheet.text(LEFT + 90, y + 16, _side_sentence(rng, style, deal), size=8.5)
    y += 42
    sheet.text(LEFT, y, rng.choice(("Security", "Instrument", "Share")), size=9)
    sheet.right(RIGHT, y, deal.security_name, font="Helvetica-Bold", size=9.5)
    sheet.rule(LEFT, y + 4, RIGHT, weight=0.25)
    y += 22
    left = _details(rng, style, deal)
    right = [
        (rng.choice(("Quantity", "Number of shares", "Shares")), _count(deal.quantity, style)),
        (rng.choice(("Price", "Price per share", "Trade price")), _rand(deal.price, style)),
        (rng.choice(("Consideration", "Trade value", "Gross value")), _rand(deal.gross_amount, style)),
        *((label, _rand(amount, style)) for label, amount in _charge_rows(style, deal)),
    ]
    end = MIDDLE - 14
    for i, (label, value) in enumerate(left):
        sheet.text(LEFT, y + 15 * i, label, size=8.5)
        sheet.right(end, y + 15 * i, value, size=8.5)
        sheet.rule(LEFT, y + 15 * i + 4, end, weight=0.2)
    for i, (label, value) in enumerate(right):
        sheet.text(MIDDLE + 14, y + 15 * i, label, size=8.5)
        sheet.right(RIGHT, y + 15 * i, value, size=8.5)
        sheet.rule(MIDDLE + 14, y + 15 * i + 4, RIGHT, weight=0.2)
    row = y + 15 * len(right) + 6
    sheet.rule(MIDDLE + 14, row - 11, RIGHT, weight=1)
    sheet.text(MIDDLE + 14, row, _total_label(rng, deal), font="Helvetica-Bold", size=9.5)
    sheet.right(RIGHT, row, _rand(deal.net_amount, style), font="Helvetica-Bold", size=9.5)
    return max(y + 15 * len(left), row + 15)


def _cells(sheet: Sheet, y: float, cells: list[tuple[str, str]], widths: tuple[int, ...] | None = None) -> float:
    """One grid row: each cell a grey label band over its value."""
    weights = widths or tuple(1 for _ in cells)
    unit = (RIGHT - LEFT) / sum(weights)
    x = LEFT
    for (label, value), weight in zip(cells, weights, strict=True):
        sheet.box(x, y, unit * weight, 12, fill=0.86)
        sheet.box(x, y + 12, unit * weight, 18)
        sheet.text(x + 4, y + 9, label, font="Helvetica-Bold", size=6.8)
        sheet.text(x + 4, y + 25, value, size=9)
        x += unit * weight
    return y + 30


def _grid(sheet: Sheet, rng: random.Random, style: Style, deal: Deal, y: float) -> float:
    side = style.words[0] if deal.is_buy else style.words[1]
    details = dict(_details(rng, style, deal))
    labels = list(details)
    y = _cells(sheet, y, [(label, details[label]) for label in labels[:4]])
    rest = [(label, details[label]) for label in labels[4:]]
    y = _cells(sheet, y, [("Transaction", side.upper()), *rest[:3]])
    y = _cells(sheet, y, [("Security", deal.security_name), *rest[3:5]], widths=(2, 1, 1)[: 1 + len(rest[3:5])])
    if len(rest) > 5:
        y = _cells(sheet, y, rest[5:] + [("Currency", "ZAR")])
    y = _cells(
        sheet,
        y,
        [
            ("Quantity", _count(deal.quantity, style)),
            ("Price", _rand(deal.price, style)),
            ("Consideration", _rand(deal.gross_amount, style)),
        ],
    )
    y += 14
    x0, x1 = MIDDLE, RIGHT
    sheet.box(x0, y, x1 - x0, 14, fill=0.86)
    sheet.text(x0 + 5, y + 10, "Charges", font="Helvetica-Bold", size=8)
    sheet.right(x1 - 5, y + 10, "Amount", font="Helvetica-Bold", size=8)
    row = y + 14
    for label, amount in _charge_rows(style, deal):
        sheet.box(x0, row, x1 - x0, 15)
        sheet.text(x0 + 5, row + 10.5, label, size=8.5)
        sheet.right(x1 - 5, row + 10.5, _rand(amount, style), size=8.5)
        row += 15
    sheet.box(x0, row, x1 - x0, 18, fill=0.93)
    sheet.text(x0 + 5, row + 12.5, _total_label(rng, deal), font="Helvetica-Bold", size=9)
    sheet.right(x1 - 5, row + 12.5, _rand(deal.net_amount, style), font="Helvetica-Bold", size=9)
    note = _side_sentence(rng, style, deal) + f" Settlement on T+3 through your CSDP, account {noise.digits(rng, 9)}."
    sheet.paragraph(LEFT, y + 10, x0 - LEFT - 16, note, size=8, leading=11)
    return row + 18


def _invoice(sheet: Sheet, rng: random.Random, style: Style, deal: Deal, y: float) -> float:
    side = style.words[0] if deal.is_buy else style.words[1]
    sheet.text(LEFT, y, f"{side}: {deal.security_name}", font="Helvetica-Bold", size=10.5)
    y += 18
    rows = _details(rng, style, deal)
    rows += [
        ("Quantity", _count(deal.quantity, style)),
        ("Price per share", _rand(deal.price, style)),
        ("Consideration", _rand(deal.gross_amount, style)),
    ]
    half = (len(rows) + 1) // 2
    for i, (label, value) in enumerate(rows):
        x = LEFT if i < half else MIDDLE + 14
        row_y = y + 13 * (i % half)
        sheet.text(x, row_y, f"{label}:", size=8.5)
        sheet.text(x + 100, row_y, value, font="Helvetica-Bold" if label == "Consideration" else "Helvetica", size=8.5)
    y += 13 * half + 12
    columns = (LEFT + 5, 330.0, 440.0, RIGHT - 5)
    heads = ("Charge", "Excl. VAT", "VAT @ 15%", "Incl. VAT")
    sheet.box(LEFT, y, RIGHT - LEFT, 15, fill=0.86)
    sheet.text(columns[0], y + 10.5, heads[0], font="Helvetica-Bold", size=8)
    for x, head in zip(columns[1:], heads[1:], strict=True):
        sheet.right(x, y + 10.5, head, font="Helvetica-Bold", size=8)
    y += 15
    vat = {c.label.removeprefix("VAT "): c.amount for c in deal.charges if c.label.startswith("VAT ")}
    lines = [
        (key, c.amount, vat.get(key))
        for key in ("Brokerage", "STRATE", "IPL", "JSE", "STT")
        for c in deal.charges
        if c.label == key
    ]
    totals = [Decimal(0), Decimal(0)]
    for key, amount, tax in lines:
        sheet.rule(LEFT, y + 15, RIGHT, weight=0.2)
        sheet.text(columns[0], y + 10.5, style.labels[key], size=8.5)
        sheet.right(columns[1], y + 10.5, _rand(amount, style), size=8.5)
        sheet.right(columns[2], y + 10.5, _rand(tax, style) if tax is not None else "n/a", size=8.5)
        sheet.right(columns[3], y + 10.5, _rand(amount + (tax or 0), style), size=8.5)
        totals[0] += amount
        totals[1] += tax or 0
        y += 15
    sheet.rule(LEFT, y + 1, RIGHT, weight=0.8)
    sheet.text(columns[0], y + 12, "Total charges", font="Helvetica-Bold", size=8.5)
    for x, value in zip(columns[1:], (*totals, sum(totals)), strict=True):
        sheet.right(x, y + 12, _rand(value, style), font="Helvetica-Bold", size=8.5)
    y += 32
    sheet.box(MIDDLE + 14, y - 13, RIGHT - MIDDLE - 14, 20, fill=0.93)
    sheet.text(MIDDLE + 20, y + 1, _total_label(rng, deal), font="Helvetica-Bold", size=9.5)
    sheet.right(RIGHT - 5, y + 1, _rand(deal.net_amount, style), font="Helvetica-Bold", size=9.5)
    if not deal.is_buy:
        sheet.text(LEFT, y + 1, "No securities transfer tax is levied on a sale.", size=7.5)
    return y + 14


def _notes(sheet: Sheet, rng: random.Random, style: Style, deal: Deal, y: float) -> None:
    old = date(rng.randint(2009, 2021), rng.randint(1, 12), rng.randint(1, 28))
    sentences = [
        f"{BROKER.legal_name} (Reg. No. {REG_NO}) is an authorised financial services provider, FSP No. {FSP}, and "
        "a member of the JSE Limited. This confirmation is issued subject to the JSE Equities Rules and Directives, "
        "the Financial Markets Act 19 of 2012 and the rules of Strate (Pty) Ltd.",
        "Securities transfer tax is levied at 0.25% on purchases in terms of the Securities Transfer Tax Act 25 of "
        f"2007. VAT is charged at 15% on brokerage and fees; VAT Reg. No. {VAT_NO}.",
        f"Settlement takes place on T+3 ({_day(deal.settlement_date, style)}). "
        + (
            f"Cleared funds must reach us by 12:00 on {_day(dates.add_business_days(deal.trade_date, 2), style)}."
            if deal.is_buy
            else "Proceeds are paid to your nominated bank account on settlement date."
        ),
        f"Please check this confirmation and notify us of any error within {rng.choice((24, 48))} hours. Queries: "
        f"+27 11 555 0{noise.digits(rng, 3)} or queries@kransberg.example.co.za.",
        f"Our conflict of interest management policy (version {rng.randint(2, 9)}.{rng.randint(0, 9)}, dated "
        f"{_day(old, style)}) is available at {BROKER.web}.",
        f"Complaints not resolved within {rng.choice((6, 8))} weeks may be referred to the Ombud for Financial "
        f"Services Providers, PO Box {rng.randint(1000, 9999)}, Pretoria, 0001.",
        f"Securities are held in custody by Kransberg Nominees (Pty) Ltd, Reg. No. {rng.randint(1995, 2015)}/"
        f"{noise.digits(rng, 6)}/07, through CSDP account {noise.digits(rng, 9)}; branch code {noise.digits(rng, 6)}.",
    ]
    chosen = sentences[:2] + rng.sample(sentences[2:], k=rng.randint(2, 4))
    for sentence in chosen:
        if y > 770:
            break
        y = sheet.paragraph(LEFT, y + 3, RIGHT - LEFT, sentence, size=7)
    sheet.rule(LEFT, 796, RIGHT, weight=0.5)
    directors = ", ".join(f"{rng.choice(_FIRST)[0]} {rng.choice(_LAST)}" for _ in range(3))
    sheet.text(LEFT, 806, f"Directors: {directors}  |  {BROKER.web}", size=6.5)
    sheet.text(
        LEFT, 815, "E&OE. This document serves as a tax invoice. Retain it for capital gains tax purposes.", size=6.5
    )
    sheet.right(RIGHT, 815, "Page 1 of 1", size=7)


LAYOUT = Layout(
    name="za_confirm",
    kind="pdf",
    heldout=False,
    build=build,
    description="South African JSE confirmation: share code, ZAE ISIN, STRATE/IP levy/JSE fee, STT on buys, VAT",
    single_page_pdf=True,
)
