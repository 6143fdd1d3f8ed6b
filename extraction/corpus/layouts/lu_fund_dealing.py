"""Moselle / Liffey: a Luxembourg or Irish fund transfer agent's contract note for one subscription or redemption.

The registrar and transfer agent (Moselle Fund Services in Luxembourg, Liffey Investor Services in Dublin) issues
the note on behalf of a SICAV, an Irish plc or an ICAV: the fund's name with its sub-fund and share class, the ISIN
(a SEDOL too on some Irish sterling classes), dealing date, NAV date, settlement (value) date, units to three
decimals, the NAV per unit (two to four places), the gross amount, an initial charge on some subscriptions and an
exit fee on some redemptions (an anti-dilution levy on some Irish deals: all of them fees), and the net amount.
Some deals are instructed by amount ("Amount invested EUR 10,000.00", the charge taken out of it and the units
allotted rounded down to the third decimal) and some by units. The side is worded as Subscription/Redemption,
Purchase/Sale or "Units allotted"/"Units redeemed". Currencies EUR, USD, GBP and CHF.

Three templates: a boxed key/value note (deal details on the left, the calculation on the right), a letter with
one row of a dealing table, and a narrative confirmation with the calculation stacked under it. Per note: day
first dates (14.03.2025 or 14/03/2025 in Luxembourg, 14/03/2025, 14 Mar 2025 or 14-Mar-2025 in Dublin, a long date
on the letter), amounts 1,234.56 or (in Luxembourg) 1.234,56, the currency as a code before or after the amounts.
Noise: the registered holder and joint holder, the holder's address, the units held after the deal, the
distributor code, the holder's own order reference, payment instructions with an IBAN and BIC, the management
company with its RCS or Companies Registration Office number, CSSF or Central Bank reference and LEI, dealing
cut-off times, KID dates and data protection text.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal

from .. import dates, identifiers, money, noise
from ..model import FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

MOSELLE = noise.Broker(
    legal_name="Moselle Fund Services S.A.",
    brand="MOSELLE FUND SERVICES",
    address=("33, avenue de la Liberté", "L-1931 Luxembourg", "Grand Duchy of Luxembourg"),
    phone="+352 46 81 20 1",
    web="www.mosellefs.example.lu",
    region="LU",
)
LIFFEY = noise.Broker(
    legal_name="Liffey Investor Services (Ireland) Limited",
    brand="LIFFEY INVESTOR SERVICES",
    address=("Riverside House, 2 Hanover Quay", "Dublin 2, D02 R590", "Ireland"),
    phone="+353 1 553 0100",
    web="www.liffeyinvestor.example.ie",
    region="IE",
)
LEFT, RIGHT, FOOT = 42.0, 553.0, 790.0

_ROOTS = (
    "Quillon",
    "Velmora",
    "Ardwick",
    "Orrindale",
    "Kestova",
    "Penhallow",
    "Greywater",
    "Solvane",
    "Copperleaf",
    "Ravensholt",
    "Alderney Vale",
    "Morvanne",
    "Pellister",
    "Vantrell",
    "Belcaro",
    "Falkenrath",
    "Inverlay",
)
_SUBFUNDS = (
    "Global Equity Fund",
    "Euro Short Duration Bond Fund",
    "Emerging Markets Equity Fund",
    "Sustainable Income Fund",
    "Multi-Asset Balanced Fund",
    "European Small Cap Fund",
    "Global Aggregate Bond Fund",
    "US Equity Index Fund",
    "Absolute Return Credit Fund",
)
_CURRENCIES = {"LU": ("EUR", "EUR", "USD", "CHF", "GBP"), "IE": ("EUR", "USD", "GBP", "GBP", "CHF")}
_HOLDER_REGIONS = {"LU": ("DE", "FR", "CH", "DE", "GB"), "IE": ("IE", "IE", "GB", "GB", "DE")}


@dataclass(frozen=True)
class Fund:
    name: str  # as printed: umbrella, sub-fund and share class
    isin: str
    sedol: str | None
    currency: str
    manco: str
    manco_notes: tuple[str, ...]
    umbrella_note: str


@dataclass(frozen=True)
class Look:
    template: str  # "boxed", "letter" or "narrative"
    words: tuple[str, str]  # the transaction type, or the quantity label, for a buy and a sell
    allot: bool  # words are "Units allotted"/"Units redeemed"
    date_style: str
    number_style: str
    code_after: bool  # "10,000.00 EUR" rather than "EUR 10,000.00"
    nav_places: int


@dataclass(frozen=True)
class Dealing:
    deal: Deal
    by_amount: bool
    nav_date: date
    issued: date
    held_after: Decimal


def build(rng: random.Random) -> Document:
    agent = MOSELLE if rng.random() < 0.55 else LIFFEY
    look = _look(rng, agent)
    fund = _fund(rng, agent)
    dealing = _dealing(rng, agent, fund, look)
    holder = noise.client(rng, rng.choice(_HOLDER_REGIONS[agent.region]))
    person = not any(word in holder.name for word in ("Ltd", "Trust", "Fund", "LP", "Plan", "Club"))
    joint = noise.person(rng, institutions=False) if person and rng.random() < 0.25 else None
    sheet = Sheet(title=f"Contract note {dealing.deal.trade_ref}", author=agent.legal_name)
    y = _letterhead(sheet, rng, agent, look, dealing)
    y = _holder(sheet, rng, look, dealing, holder, joint, y)
    draw = {"boxed": _boxed, "letter": _letter, "narrative": _narrative}[look.template]
    y = draw(sheet, rng, look, fund, dealing, y)
    _legal(sheet, rng, agent, look, fund, dealing, y + 10)
    _footer(sheet, agent)
    return Document(sheet.finish(), "confirmation", [dealing.deal.truth()])


def _look(rng: random.Random, agent: noise.Broker) -> Look:
    words = rng.choice((("Subscription", "Redemption"), ("Purchase", "Sale"), ("Units allotted", "Units redeemed")))
    luxembourg = agent is MOSELLE
    return Look(
        template=rng.choice(("boxed", "letter", "narrative")),
        words=words,
        allot=words[0] == "Units allotted",
        date_style=rng.choice(("dot", "uk", "uk") if luxembourg else ("uk", "uk", "short", "dmy_mon")),
        number_style="eu" if luxembourg and rng.random() < 0.3 else "us",
        code_after=rng.random() < 0.3,
        nav_places=rng.choice((2, 2, 3, 4) if luxembourg else (2, 4, 4)),
    )


# ---- the fund and the deal -------------------------------------------------------------------------------------


def _lei(rng: random.Random) -> str:
    """A legal entity identifier: 18 characters and two ISO 7064 MOD 97-10 check digits."""
    body = noise.digits(rng, 4) + "00" + "".join(rng.choice(string.digits + string.ascii_uppercase) for _ in range(12))
    number = int("".join(str(int(ch, 36)) for ch in body + "00"))
    return f"{body}{98 - number % 97:02d}"


def _iban(rng: random.Random, country: str, bic: str) -> str:
    """An IBAN whose check digits hold, printed in groups of four."""
    if country == "LU":
        bban = noise.digits(rng, 3) + "".join(rng.choice(string.digits + string.ascii_uppercase) for _ in range(13))
    else:
        bban = bic[:4] + noise.digits(rng, 14)
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    value = f"{country}{98 - number % 97:02d}{bban}"
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def _fund(rng: random.Random, agent: noise.Broker) -> Fund:
    country = agent.region
    root = rng.choice(_ROOTS)
    currency = rng.choice(_CURRENCIES[country])
    hedged = " Hedged" if currency in ("CHF", "GBP") and rng.random() < 0.5 else ""
    share_class = f"{rng.choice(('A', 'B', 'I', 'R', 'I2', 'X', 'Z'))} {currency}{hedged} {rng.choice(('Acc', 'Dist'))}"
    if country == "IE" and currency == "GBP":
        share_class = share_class.replace("Dist", "Inc")
    subfund = rng.choice(_SUBFUNDS)
    if country == "LU":
        umbrella = f"{root} Funds SICAV" if rng.random() < 0.7 else f"{root} SICAV"
        manco = f"{root} Asset Management S.A."
        manco_notes = (
            f"{manco}, R.C.S. Luxembourg B{rng.randint(100, 280)}{noise.digits(rng, 3)}, authorised by the "
            f"Commission de Surveillance du Secteur Financier as a management company under Chapter 15 of the law "
            f"of 17 December 2010 (CSSF ref. S{noise.digits(rng, 8)}). LEI {_lei(rng)}.",
        )
        umbrella_note = (
            f"{umbrella} is an open-ended investment company with variable capital (SICAV) incorporated on "
            f"{noise.old_date(rng, 'long')}, R.C.S. Luxembourg B{rng.randint(50, 280)}{noise.digits(rng, 3)}."
        )
    else:
        umbrella = f"{root} Global Funds plc" if rng.random() < 0.6 else f"{root} ICAV"
        manco = f"{root} Fund Management (Ireland) Limited"
        manco_notes = (
            f"{manco} is regulated by the Central Bank of Ireland (reference C{noise.digits(rng, 6)}), registered in "
            f"Ireland no. {noise.digits(rng, 6)}, registered office {noise.digits(rng, 2)} Fitzwilliam Place, "
            f"Dublin 2. LEI {_lei(rng)}.",
        )
        kind = "an ICAV registered under no. C" if umbrella.endswith("ICAV") else "a public limited company no. "
        umbrella_note = (
            f"{umbrella} is an umbrella fund with segregated liability between sub-funds, {kind}"
            f"{noise.digits(rng, 6)}, authorised by the Central Bank of Ireland under the European Communities "
            f"(UCITS) Regulations 2011 (S.I. No. 352 of 2011)."
        )
    name = f"{umbrella} - {subfund} - Class {share_class}"
    sedol = None
    if country == "LU":
        isin = identifiers.isin("LU", rng.choice("0122") + noise.digits(rng, 8))
    else:  # Irish funds' ISINs are built on a SEDOL, which UK platforms quote for the sterling classes
        code = identifiers.sedol(rng)
        isin = identifiers.isin("IE", "00" + code)
        sedol = code if currency == "GBP" and rng.random() < 0.6 else None
    return Fund(name, isin, sedol, currency, manco, manco_notes, umbrella_note)


def _round_amount(rng: random.Random) -> Decimal:
    whole = rng.choice((1_000, 2_500, 5_000, 10_000, 15_000, 25_000, 50_000, 100_000, rng.randint(2, 900) * 250))
    return Decimal(whole).quantize(Decimal("0.01"))


def _nav(rng: random.Random, places: int) -> Decimal:
    whole = rng.choice((1, 2, 2, 2, 3))
    return Decimal(rng.randint(10 ** (whole + places - 1), 10 ** (whole + places) - 1)).scaleb(-places)


def _dealing(rng: random.Random, agent: noise.Broker, fund: Fund, look: Look) -> Dealing:
    """The deal, by amount (units allotted rounded down so that units x NAV gives the amount) or by units."""
    side = "BUY" if rng.random() < 0.6 else "SELL"
    ccy = fund.currency
    rates: list[tuple[str, Decimal]] = []
    if side == "BUY" and rng.random() < 0.55:
        rate = Decimal(rng.choice(("1.00", "2.00", "3.00", "5.00", "0.00")))
        rates.append((rng.choice(("Initial charge", "Entry charge", "Subscription fee")), rate))
    elif side == "SELL" and rng.random() < 0.35:
        rate = Decimal(rng.choice(("0.50", "1.00", "2.00")))
        rates.append((rng.choice(("Exit fee", "Redemption charge", "Exit charge")), rate))
    if agent is LIFFEY and rng.random() < 0.2:
        rates.append(("Anti-dilution levy", Decimal(rng.choice(("0.10", "0.25", "0.30")))))
    by_amount = rng.random() < 0.5
    units = nav = gross = Decimal(0)
    charges: list[Charge] = []
    for _ in range(600):
        nav = _nav(rng, look.nav_places)
        if by_amount:
            base = _round_amount(rng)  # what was invested (a buy) or asked for gross (a sale)
            charges = [Charge(FEE, f"{label} {rate}%", money.to_money(base * rate / 100, ccy)) for label, rate in rates]
            gross = base - sum((c.amount for c in charges), Decimal(0)) if side == "BUY" else base
            units = (gross / nav).quantize(Decimal("0.001"), rounding=ROUND_DOWN)
            if units > 0 and money.gross_of(units, nav, ccy) == gross:
                break
        else:
            units = Decimal(rng.randint(1_000, 12_000_000)).scaleb(-3)
            gross = money.gross_of(units, nav, ccy)
            if 500 <= gross <= 2_500_000:
                charges = [
                    Charge(FEE, f"{label} {rate}%", money.to_money(gross * rate / 100, ccy)) for label, rate in rates
                ]
                break
    else:
        raise AssertionError("no NAV found for the amount")
    dealing_day = dates.trade_day(rng)
    settle = dates.add_business_days(dealing_day, rng.choice((2, 3)) if side == "BUY" else rng.choice((3, 3, 4, 5)))
    if agent is MOSELLE:
        account = rng.choice(
            (f"{noise.digits(rng, 10)}", f"LU-{noise.digits(rng, 8)}", f"{noise.digits(rng, 3)}.{noise.digits(rng, 6)}")
        )
    else:
        account = rng.choice((f"{noise.digits(rng, 8)}", f"IE{noise.digits(rng, 7)}", f"A{noise.digits(rng, 9)}"))
    deal = Deal(
        side=side,
        quantity=units,
        price=nav,
        currency=ccy,
        security_name=fund.name,
        trade_date=dealing_day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=account,
        counterparty=agent.legal_name,
        trade_ref=rng.choice(
            (
                f"DL{dealing_day:%Y%m%d}{noise.digits(rng, 5)}",
                f"{noise.digits(rng, 4)}-{noise.digits(rng, 7)}",
                f"CN{noise.digits(rng, 9)}",
            )
        ),
        isin=fund.isin,
        sedol=fund.sedol,
    )
    held = units * rng.choice((0, 0, 1)) + Decimal(rng.randint(0, 5_000_000)).scaleb(-3)
    after = held + units if side == "BUY" else held
    return Dealing(deal, by_amount, dealing_day, dates.add_business_days(dealing_day, 1), after)


# ---- drawing -----------------------------------------------------------------------------------------------------


def _num(look: Look, value: Decimal, decimals: int | None = None) -> str:
    return money.fmt(value, look.number_style, decimals=decimals)


def _cash(look: Look, ccy: str, value: Decimal) -> str:
    text = _num(look, value, 2)
    return f"{text} {ccy}" if look.code_after else f"{ccy} {text}"


def _day(look: Look, day: date) -> str:
    return dates.fmt(day, look.date_style)


def _side_word(look: Look, deal: Deal) -> str:
    return look.words[0] if deal.is_buy else look.words[1]


def _letterhead(sheet: Sheet, rng: random.Random, agent: noise.Broker, look: Look, dealing: Dealing) -> float:
    sheet.text(LEFT, 50, agent.brand, font="Helvetica-Bold", size=15)
    sheet.text(LEFT, 62, f"{agent.legal_name}  |  {', '.join(agent.address)}", size=7)
    sheet.text(LEFT, 71, f"Registrar and Transfer Agent  |  Investor services {agent.phone}  |  {agent.web}", size=7)
    title = rng.choice(("CONTRACT NOTE", "DEALING CONFIRMATION", "CONFIRMATION OF TRANSACTION"))
    sheet.right(RIGHT, 50, title, font="Helvetica-Bold", size=12)
    sheet.right(RIGHT, 62, f"Date of issue: {_day(look, dealing.issued)}", size=8)
    sheet.rule(LEFT, 80, RIGHT, weight=1.1)
    return 100.0


def _holder(
    sheet: Sheet,
    rng: random.Random,
    look: Look,
    dealing: Dealing,
    holder: noise.Client,
    joint: str | None,
    y: float,
) -> float:
    lines = [holder.name, *([f"and {joint}"] if joint else []), *holder.address]
    bottom = sheet.lines(LEFT, y, lines, leading=11, size=9)
    label = rng.choice(("Account number", "Shareholder account", "Register account no.", "Investor account"))
    facts = [(label, dealing.deal.account or "")]
    facts.append(("Registered holder", holder.name if len(holder.name) < 34 else holder.name.split()[-1]))
    facts.append(("Distributor code", f"{noise.letters(rng, 3)}{noise.digits(rng, 4)}"))
    if rng.random() < 0.5:
        facts.append(("Your order reference", f"{noise.letters(rng, 2)}/{noise.digits(rng, 6)}"))
    x = RIGHT - 230
    for i, (name, value) in enumerate(facts):
        sheet.text(x, y + 11 * i, name, size=8)
        sheet.right(RIGHT, y + 11 * i, value, font="Helvetica-Bold" if i == 0 else "Helvetica", size=8)
    return max(bottom, y + 11 * len(facts)) + 14


def _calculation(look: Look, dealing: Dealing) -> list[tuple[str, str, bool]]:
    """(label, value, bold) lines from the instructed amount or units down to the net amount."""
    deal, ccy = dealing.deal, dealing.deal.currency
    units_label = ("Units allotted" if deal.is_buy else "Units redeemed") if look.allot else "Number of units"
    units = (units_label, _num(look, deal.quantity, 3), False)
    price = _num(look, deal.price)  # to the places the NAV is published in
    nav = (
        f"NAV per unit ({_day(look, dealing.nav_date)})",
        f"{price} {ccy}" if look.code_after else f"{ccy} {price}",
        False,
    )
    fees = [
        (c.label if deal.is_buy else f"Less {c.label.lower()}", _cash(look, ccy, c.amount), False) for c in deal.charges
    ]
    if deal.is_buy and dealing.by_amount:
        lines = [("Amount invested", _cash(look, ccy, deal.net_amount), True)]
        lines += [(f"Less {label[0].lower()}{label[1:]}", value, bold) for label, value, bold in fees]
        lines += [("Net amount for investment", _cash(look, ccy, deal.gross_amount), False), nav, units]
        return lines
    if deal.is_buy:
        lines = [units, nav, ("Gross amount", _cash(look, ccy, deal.gross_amount), False), *fees]
        return [*lines, ("Total amount payable", _cash(look, ccy, deal.net_amount), True)]
    head = [("Redemption amount (gross)", _cash(look, ccy, deal.gross_amount), False), nav, units]
    if not dealing.by_amount:
        head = [units, nav, ("Gross redemption proceeds", _cash(look, ccy, deal.gross_amount), False)]
    return [*head, *fees, ("Net proceeds payable to you", _cash(look, ccy, deal.net_amount), True)]


def _deal_facts(look: Look, fund: Fund, dealing: Dealing) -> list[tuple[str, str]]:
    deal = dealing.deal
    facts = [
        ("Transaction type", "Subscription" if deal.is_buy else "Redemption")
        if look.allot
        else ("Transaction type", _side_word(look, deal))
    ]
    facts += [("Deal reference", deal.trade_ref or ""), ("ISIN", fund.isin)]
    facts += [("SEDOL", fund.sedol)] if fund.sedol else []
    facts += [("Dealing date", _day(look, deal.trade_date)), ("NAV date", _day(look, dealing.nav_date))]
    facts += [("Settlement date" if deal.is_buy else "Value date", _day(look, deal.settlement_date))]
    facts += [("Share class currency", deal.currency)]
    return facts


def _boxed(sheet: Sheet, rng: random.Random, look: Look, fund: Fund, dealing: Dealing, y: float) -> float:
    sheet.box(LEFT, y, RIGHT - LEFT, 30, fill=0.92)
    sheet.text(LEFT + 6, y + 12, "Fund", size=7.5)
    sheet.text(LEFT + 6, y + 24, fund.name, font="Helvetica-Bold", size=9)
    y += 48
    middle = (LEFT + RIGHT) / 2
    facts, calc = _deal_facts(look, fund, dealing), _calculation(look, dealing)
    for i, (label, value) in enumerate(facts):
        sheet.text(LEFT, y + 15 * i, label, size=8.5)
        sheet.right(middle - 14, y + 15 * i, value, size=8.5)
        sheet.rule(LEFT, y + 15 * i + 4, middle - 14, weight=0.2)
    for i, (label, value, bold) in enumerate(calc):
        font = "Helvetica-Bold" if bold else "Helvetica"
        sheet.text(middle + 6, y + 15 * i, label, font=font, size=8.5)
        sheet.right(RIGHT, y + 15 * i, value, font=font, size=8.5)
        sheet.rule(middle + 6, y + 15 * i + 4, RIGHT, weight=0.6 if bold else 0.2)
    y += 15 * max(len(facts), len(calc)) + 8
    return _holding_line(sheet, look, dealing, y)


def _holding_line(sheet: Sheet, look: Look, dealing: Dealing, y: float) -> float:
    text = f"Units held after this transaction: {_num(look, dealing.held_after, 3)}"
    sheet.text(LEFT, y, text, size=8)
    return y + 14


def _letter(sheet: Sheet, rng: random.Random, look: Look, fund: Fund, dealing: Dealing, y: float) -> float:
    deal = dealing.deal
    sheet.text(LEFT, y, f"{dates.fmt(dealing.issued, 'long')}", size=9)
    y += 20
    sheet.text(LEFT, y, rng.choice(("Dear Shareholder,", "Dear Investor,", "Dear Sir or Madam,")), size=9)
    kind = ("subscription" if deal.is_buy else "redemption") if look.allot else _side_word(look, deal).lower()
    body = (
        f"We confirm that your {kind} instruction received before the dealing cut-off has been processed on the "
        f"dealing date shown below, at the net asset value calculated as at the NAV date, in the fund below."
    )
    y = sheet.paragraph(LEFT, y + 16, RIGHT - LEFT, body, size=9, leading=11.5) + 6
    sheet.text(LEFT, y, fund.name, font="Helvetica-Bold", size=9)
    ids = f"ISIN {fund.isin}" + (f"   SEDOL {fund.sedol}" if fund.sedol else "")
    sheet.text(LEFT, y + 12, ids, size=8)
    y += 30
    units_head = ("Units allotted" if deal.is_buy else "Units redeemed") if look.allot else "Units"
    heads = [("Deal ref.", 64, False), ("Dealing date", 48, False), ("NAV date", 46, False)]
    heads += [("Settlement", 48, False), ("Type", 50, False), (units_head, 56, True)]
    heads += [(f"NAV ({deal.currency})", 44, True), ("Gross amount", 58, True), ("Charges", 40, True)]
    net_head = "Amount payable" if deal.is_buy else "Net proceeds"
    fees = deal.fees
    cells = [deal.trade_ref or "", _day(look, deal.trade_date), _day(look, dealing.nav_date)]
    cells += [
        _day(look, deal.settlement_date),
        "Subscription" if look.allot and deal.is_buy else "Redemption" if look.allot else _side_word(look, deal),
    ]
    cells += [_num(look, deal.quantity, 3), _num(look, deal.price), _num(look, deal.gross_amount, 2)]
    cells += [_num(look, fees, 2) if fees is not None else "-"]
    width = sum(w for _, w, _ in heads)
    heads.append((net_head, RIGHT - LEFT - width, True))
    cells.append(_num(look, deal.net_amount, 2))
    sheet.box(LEFT, y - 9, RIGHT - LEFT, 13, fill=0.88)
    x = LEFT
    for (head, w, right), cell in zip(heads, cells, strict=True):
        if right:
            sheet.right(x + w - 2, y, head, font="Helvetica-Bold", size=6.6)
            sheet.right(x + w - 2, y + 15, cell, size=7)
        else:
            sheet.text(x + 2, y, head, font="Helvetica-Bold", size=6.6)
            sheet.text(x + 2, y + 15, cell, size=7)
        x += w
    sheet.rule(LEFT, y + 20, RIGHT, weight=0.4)
    y += 34
    if deal.is_buy and dealing.by_amount:
        line = f"Amount invested {_cash(look, deal.currency, deal.net_amount)}"
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, line, size=8) + 2
    for charge in deal.charges:
        base = deal.net_amount if deal.is_buy and dealing.by_amount else deal.gross_amount
        line = f"{charge.label} of {_cash(look, deal.currency, base)}: {_cash(look, deal.currency, charge.amount)}"
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, line, size=8) + 2
    return _holding_line(sheet, look, dealing, y + 4)


def _narrative(sheet: Sheet, rng: random.Random, look: Look, fund: Fund, dealing: Dealing, y: float) -> float:
    deal = dealing.deal
    verb = "allotted to" if deal.is_buy else "redeemed from"
    sentence = (
        f"We confirm that on {_day(look, deal.trade_date)} the following units were {verb} your account in "
        f"{fund.name} (ISIN {fund.isin}) at the net asset value per unit calculated as at "
        f"{_day(look, dealing.nav_date)}."
    )
    y = sheet.paragraph(LEFT, y, RIGHT - LEFT, sentence, size=9, leading=11.5) + 8
    rows = [
        (
            "Transaction",
            "Subscription" if look.allot and deal.is_buy else "Redemption" if look.allot else _side_word(look, deal),
            False,
        )
    ]
    rows += [("Deal reference", deal.trade_ref or "", False), ("Dealing date", _day(look, deal.trade_date), False)]
    rows += [("Fund", fund.name, False)]
    rows += [("SEDOL", fund.sedol, False)] if fund.sedol else []
    rows += _calculation(look, dealing)
    label = "Settlement date" if deal.is_buy else "Payment value date"
    rows += [(label, _day(look, deal.settlement_date), False)]
    for label, value, bold in rows:
        font = "Helvetica-Bold" if bold else "Helvetica"
        sheet.text(LEFT + 10, y, label, font=font, size=8.5)
        (sheet.text if label == "Fund" else sheet.right)(
            LEFT + 150 if label == "Fund" else RIGHT - 10, y, value, font=font, size=8.5
        )
        y += 14
    sheet.rule(LEFT, y - 8, RIGHT, weight=0.4)
    return _holding_line(sheet, look, dealing, y + 4)


def _legal(
    sheet: Sheet, rng: random.Random, agent: noise.Broker, look: Look, fund: Fund, dealing: Dealing, y: float
) -> None:
    deal = dealing.deal
    bic = rng.choice(("DPTRLULL", "KIRCLULX")) if agent is MOSELLE else rng.choice(("HNVQIE2D", "GRCNIE2D"))
    if deal.is_buy:
        payment = (
            f"Please remit {_cash(look, deal.currency, deal.net_amount)} for value {_day(look, deal.settlement_date)} "
            f"to the fund's subscription account IBAN {_iban(rng, agent.region, bic)}, BIC {bic}, quoting the deal "
            f"reference. Units are issued subject to receipt of cleared funds."
        )
    else:
        payment = (
            f"Proceeds will be paid for value {_day(look, deal.settlement_date)} to your bank account on record "
            f"ending {noise.digits(rng, 4)}; payment is made only to an account in the name of the registered holder."
        )
    cutoff = rng.choice(("12:00", "13:00", "14:00"))
    zone = "CET" if agent is MOSELLE else "Irish time"
    sentences = [
        payment,
        f"This contract note is issued by {agent.legal_name} as registrar and transfer agent on behalf of the Fund "
        f"and of {fund.manco} as its management company. Please check it and notify us within "
        f"{rng.choice((5, 10, 14))} business days of {_day(look, dealing.issued)} of any discrepancy.",
        *fund.manco_notes,
        fund.umbrella_note,
        f"Dealing requests received by {cutoff} {zone} on a dealing day are dealt at that day's NAV; later requests "
        f"are dealt on the next dealing day. The NAV may include a swing adjustment of up to {rng.choice((1, 2, 3))}%.",
        f"Investors should read the Key Information Document dated {noise.old_date(rng, 'long')} and the prospectus "
        f"before investing. Past performance is not a guide to future returns.",
        f"Personal data is processed in accordance with Regulation (EU) 2016/679; our privacy notice of "
        f"{noise.old_date(rng, 'long')} is at {agent.web}. FATCA/CRS self-certification on file: "
        f"{rng.choice(('yes', 'yes', 'pending'))}.",
    ]
    for sentence in sentences:
        if y > FOOT - 40:
            break
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, sentence, size=7, leading=8.8) + 3


def _footer(sheet: Sheet, agent: noise.Broker) -> None:
    sheet.rule(LEFT, FOOT, RIGHT, weight=0.4)
    if agent is MOSELLE:
        text = f"{agent.legal_name}, R.C.S. Luxembourg B187264, supervised by the CSSF"
    else:
        text = f"{agent.legal_name}, registered in Ireland no. 418207, regulated by the Central Bank of Ireland"
    sheet.text(LEFT, FOOT + 10, text, size=6.5)
    sheet.right(RIGHT, FOOT + 10, "Page 1 of 1", size=7)
    sheet.text(LEFT, FOOT + 19, "This document is computer generated and requires no signature.", size=6.5)


LAYOUT = Layout(
    name="lu_fund_dealing",
    kind="pdf",
    heldout=False,
    build=build,
    description="Luxembourg or Irish fund transfer agent's contract note: one subscription or redemption, units to 3dp",
    single_page_pdf=True,
)
