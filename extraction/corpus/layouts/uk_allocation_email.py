"""Cardew Harland: allocation and booking emails from an institutional broker's middle office in London or Dublin.

The message is HTML as Outlook writes it (some messages carry a plain-text alternative part too): a greeting, a
line about the orders, the allocation table, a request to affirm, a signature block and a long regulatory notice.
Two kinds of booking: a block order allocated across two to five of the client's funds (same stock, price and
dates, a quantity, consideration, charges and net per fund, sub-references /1, /2 ...), or the day's bookings of
one to four different lines for one or more funds. The table has one row per allocation (headings across the
top, often a total row of quantities and cash underneath) or one column per allocation (field names down the
left). Column names and side words vary by desk ("Way" or "Side", B/S, Buy/Sell). Charges: a commission in basis
points of the consideration, UK SDRT at 0.5% on purchases of UK shares and the PTM levy of 1.50 on UK trades over
10,000, Irish stamp duty at 1% and the French FTT at 0.3% on purchases, the SEC fee and TAF on US sales; a charge
that does not apply shows 0.00 or a dash (then the truth has none). Day-first dates (14/03/2025, 14-Mar-2025 or
14 Mar 2025). About a fifth of the messages are cover notes with no trade at all (settlement instructions, a
bank holiday calendar, an affirmation reminder, a commission statement): truth trades = [].
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .. import dates, mail, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout


@dataclass(frozen=True)
class Office:
    city: str
    legal_name: str
    address: tuple[str, ...]
    region: str  # noise region for telephone numbers
    domain: str
    regulator: str


OFFICES = (
    Office(
        "London",
        "Cardew Harland Securities LLP",
        ("Tallis House, 4 Minster Court Lane", "London EC3R 7BB", "United Kingdom"),
        "GB",
        "cardewharland.example.co.uk",
        "authorised and regulated by the Financial Conduct Authority (FRN {frn}). Registered in England and Wales "
        "as a limited liability partnership, no. OC{reg}",
    ),
    Office(
        "Dublin",
        "Cardew Harland Securities Ireland DAC",
        ("2 Hanover Quay East", "Dublin 2, D02 XW71", "Ireland"),
        "IE",
        "cardewharland.example.ie",
        "regulated by the Central Bank of Ireland (reference C{frn}). Registered in Ireland, company no. {reg}",
    ),
)
MANAGERS = (
    ("Lindqvist Asset Management", "LAM", "lindqvist-am.example.com"),
    ("Pellister Capital Partners", "PCP", "pellistercap.example.co.uk"),
    ("Ravensholt Investment Managers", "RIM", "ravensholt-im.example.com"),
    ("Wexmoor Pensions Trustee Ltd", "WPT", "wexmoorpensions.example.org"),
)
FUND_KINDS = ("UK Equity Income", "Global Opportunities", "Smaller Companies", "European Growth", "Balanced Mandate")

# column key -> the names desks give it
NAMES = {
    "ref": ("Alloc Ref", "Booking Ref", "Ticket"),
    "account": ("Fund", "A/C Code", "Account"),
    "side": ("Way", "Side", "Dir."),
    "security": ("Security", "Stock Desc", "Line"),
    "isin": ("ISIN",),
    "sedol": ("SEDOL", "Sedol"),
    "td": ("Trade Date", "TD", "T/D"),
    "sd": ("Settle Date", "SD", "S/D"),
    "qty": ("Qty", "Shares", "Alloc Qty"),
    "price": ("Avg Px", "Price", "Exec Px"),
    "ccy": ("Ccy", "Sett Ccy"),
    "gross": ("Consid.", "Principal Value", "Gross Amt"),
    "bps": ("Bps", "Comm Rate (bps)"),
    "comm": ("Comm", "Commission", "Exec Comm"),
    "tax": ("Stamp/SDRT", "Tax", "SDRT/FTT"),
    "fee": ("PTM", "Panel Levy", "Levy/Fees"),
    "net": ("Net Sett Amt", "Net Value", "Net Settlement Amt"),
}
RIGHT = {"qty", "price", "gross", "bps", "comm", "tax", "fee", "net"}
SIDES = (("Buy", "Sell"), ("B", "S"), ("BUY", "SELL"))


@dataclass(frozen=True)
class Look:
    names: dict[str, str]
    sides: tuple[str, str]
    date_style: str
    dash: bool  # a charge that does not apply is a dash, not 0.00
    transposed: bool  # one column per allocation
    total_row: bool
    sedol: bool
    isin: bool
    bps: bool
    text_part: bool
    upper_names: bool


@dataclass(frozen=True)
class Alloc:
    deal: Deal
    bps: Decimal
    tax: Decimal | None  # as printed; None for a dash
    fee: Decimal | None


def _look(rng: random.Random) -> Look:
    names = {key: rng.choice(options) for key, options in NAMES.items()}
    sedol = rng.random() < 0.6
    return Look(
        names=names,
        sides=rng.choice(SIDES),
        date_style=rng.choice(("uk", "dmy_mon", "short")),
        dash=rng.random() < 0.4,
        transposed=rng.random() < 0.35,
        total_row=rng.random() < 0.6,
        sedol=sedol,
        isin=not sedol or rng.random() < 0.5,
        bps=rng.random() < 0.5,
        text_part=rng.random() < 0.5,
        upper_names=rng.random() < 0.6,
    )


def _market(rng: random.Random, office: Office) -> str:
    if office.city == "London":
        return rng.choice(("GB", "GB", "GB", "GB", "FR", "NL", "US"))
    return rng.choice(("IE", "IE", "IE", "GB", "GB", "FR"))


CURRENCY = {"GB": "GBP", "IE": "EUR", "FR": "EUR", "NL": "EUR", "US": "USD"}


def _charges(
    look: Look, market: str, side: str, quantity: Decimal, gross: Decimal, day: date, bps: Decimal
) -> tuple[list[Charge], Decimal | None, Decimal | None]:
    ccy = CURRENCY[market]
    commission = money.to_money(gross * bps / 10_000, ccy)
    tax = Decimal("0.00")
    if side == "BUY" and market in ("GB", "IE", "FR"):
        tax = trades.rate_of(gross, {"GB": "0.005", "IE": "0.01", "FR": "0.003"}[market], ccy)
    fee = Decimal("0.00")
    if market == "GB" and gross > 10_000:
        fee = Decimal("1.50")
    elif market == "US" and side == "SELL":
        fee = trades.sec_fee(gross, day) + trades.taf(quantity)
    charges = [Charge(COMMISSION, "Commission", commission)]
    printed_tax = None if look.dash and tax == 0 else tax
    printed_fee = None if look.dash and fee == 0 else fee
    if printed_tax is not None:
        charges.append(Charge(TAX, "Tax", printed_tax))
    if printed_fee is not None:
        charges.append(Charge(FEE, "Levy", printed_fee))
    return charges, printed_tax, printed_fee


def _name(look: Look, security: securities.Security) -> str:
    return security.upper_name if look.upper_names else f"{security.name} {security.share_class}".strip()


def _price(rng: random.Random, market: str) -> Decimal:
    whole = rng.choice((0, 1, 1, 2, 2)) if market != "US" else rng.choice((1, 2, 2, 3))
    return trades.price(rng, decimals=rng.choice((4, 4, 5, 6)), whole_digits=whole)


def _deal(
    rng: random.Random,
    look: Look,
    *,
    security: securities.Security,
    market: str,
    side: str,
    quantity: Decimal,
    price: Decimal,
    day: date,
    settle: date,
    account: str,
    ref: str,
    counterparty: str,
    bps: Decimal,
) -> Alloc:
    ccy = CURRENCY[market]
    gross = money.gross_of(quantity, price, ccy)
    charges, tax, fee = _charges(look, market, side, quantity, gross, day, bps)
    deal = Deal(
        side=side,
        quantity=quantity,
        price=price,
        currency=ccy,
        security_name=_name(look, security),
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=account,
        counterparty=counterparty,
        trade_ref=ref,
        isin=security.isin if look.isin else None,
        sedol=security.sedol if look.sedol else None,
    )
    return Alloc(deal, bps, tax, fee)


def _funds(rng: random.Random, manager: tuple[str, str, str], count: int) -> list[str]:
    """The client's fund codes, in the one pattern its books use."""
    pattern = rng.choice(("{prefix}{code:03d}", "{prefix}-{code:02d}", "{prefix}{code:02d}EQ"))
    return [pattern.format(prefix=manager[1], code=code) for code in rng.sample(range(1, 60), k=count)]


def _block(rng: random.Random, look: Look, office: Office, manager: tuple[str, str, str]) -> list[Alloc]:
    """One order filled at an average price and split across funds."""
    market = _market(rng, office)
    security = securities.equity(rng, market)
    day = dates.trade_day(rng)
    settle = dates.add_business_days(day, dates.settlement_lag(rng, day, market=market))
    side = trades.side(rng)
    price = _price(rng, market)
    bps = Decimal(rng.choice((3, 5, 6, 8, 10, 12, 15)))
    base = f"{office.city[0]}{day:%y%m%d}{noise.digits(rng, 4)}"
    lot = rng.choice((1, 10, 100))
    funds = _funds(rng, manager, rng.randint(2, 5))
    allocs = []
    for index, fund in enumerate(funds, start=1):
        while True:
            quantity = Decimal(rng.randint(5, 4000) * lot)
            if money.gross_of(quantity, price, CURRENCY[market]) > 500:
                break
        ref = f"{base}/{index}"
        allocs.append(
            _deal(
                rng,
                look,
                security=security,
                market=market,
                side=side,
                quantity=quantity,
                price=price,
                day=day,
                settle=settle,
                account=fund,
                ref=ref,
                counterparty=office.legal_name,
                bps=bps,
            )
        )
    return allocs


def _bookings(rng: random.Random, look: Look, office: Office, manager: tuple[str, str, str]) -> list[Alloc]:
    """The day's executions for one or two funds, each a different line."""
    day = dates.trade_day(rng)
    funds = _funds(rng, manager, rng.choice((1, 1, 2)))
    allocs = []
    for _ in range(rng.randint(1, 4)):
        market = _market(rng, office)
        security = securities.equity(rng, market)
        settle = dates.add_business_days(day, dates.settlement_lag(rng, day, market=market))
        ccy = CURRENCY[market]
        q, p, _ = trades.draw(rng, ccy, trades.shares, lambda r, m=market: _price(r, m), maximum=Decimal(8_000_000))
        allocs.append(
            _deal(
                rng,
                look,
                security=security,
                market=market,
                side=trades.side(rng),
                quantity=q,
                price=p,
                day=day,
                settle=settle,
                account=rng.choice(funds),
                ref=f"{office.city[0]}{day:%y%m%d}{noise.digits(rng, 4)}",
                counterparty=office.legal_name,
                bps=Decimal(rng.choice((4, 5, 8, 10, 12))),
            )
        )
    return allocs


# --- the table ---------------------------------------------------------------------------------------------------


def _keys(look: Look) -> list[str]:
    keys = ["ref", "account", "side", "security"]
    keys += ["isin"] if look.isin else []
    keys += ["sedol"] if look.sedol else []
    keys += ["td", "sd", "qty", "price", "ccy", "gross"]
    keys += ["bps"] if look.bps else []
    keys += ["comm", "tax", "fee", "net"]
    return keys


def _charge_text(look: Look, value: Decimal | None) -> str:
    return "-" if value is None else money.fmt(value, decimals=2)


def _cell(look: Look, alloc: Alloc, key: str) -> str:
    deal = alloc.deal
    values = {
        "ref": deal.trade_ref or "",
        "account": deal.account or "",
        "side": look.sides[0] if deal.is_buy else look.sides[1],
        "security": deal.security_name,
        "isin": deal.isin or "",
        "sedol": deal.sedol or "",
        "td": dates.fmt(deal.trade_date, look.date_style),
        "sd": dates.fmt(deal.settlement_date, look.date_style),
        "qty": money.fmt(deal.quantity),
        "price": money.fmt(deal.price),
        "ccy": deal.currency,
        "gross": money.fmt(deal.gross_amount, decimals=2),
        "bps": money.fmt(alloc.bps),
        "comm": money.fmt(deal.commission or Decimal(0), decimals=2),
        "tax": _charge_text(look, alloc.tax),
        "fee": _charge_text(look, alloc.fee),
        "net": money.fmt(deal.net_amount, decimals=2),
    }
    return values[key]


def _totals(look: Look, allocs: list[Alloc]) -> dict[str, str] | None:
    """A total row, when the table has one and its lines share a currency."""
    if not look.total_row or len(allocs) < 2 or len({a.deal.currency for a in allocs}) > 1:
        return None
    same_line = len({a.deal.security_name for a in allocs}) == 1

    def add(values: list[Decimal | None]) -> str:
        return money.fmt(sum((v or Decimal(0) for v in values), Decimal(0)), decimals=2)

    totals = {
        "ref": "TOTAL",
        "ccy": allocs[0].deal.currency,
        "gross": add([a.deal.gross_amount for a in allocs]),
        "comm": add([a.deal.commission for a in allocs]),
        "tax": add([a.tax for a in allocs]),
        "fee": add([a.fee for a in allocs]),
    }
    if same_line:
        totals["qty"] = money.fmt(sum((a.deal.quantity for a in allocs), Decimal(0)))
    if len({a.deal.side for a in allocs}) == 1:  # a net total means something only when every line goes one way
        totals["net"] = add([a.deal.net_amount for a in allocs])
    return totals


TD = 'style="border:1px solid #9a9a9a;padding:2px 6px;font-family:Arial;font-size:9pt{extra}"'


def _td(text: str, *, right: bool = False, bold: bool = False, head: bool = False) -> str:
    extra = (";text-align:right" if right else "") + (";font-weight:bold" if bold else "")
    extra += ";background:#dce6f1" if head else ""
    tag = "th" if head else "td"
    return f"<{tag} {TD.format(extra=extra)}>{html.escape(text)}</{tag}>"


def _html_table(look: Look, allocs: list[Alloc]) -> str:
    keys = _keys(look)
    rows = []
    if look.transposed:
        heads = [_td("", head=True)] + [_td(f"Alloc {i}", head=True, right=True) for i in range(1, len(allocs) + 1)]
        rows.append("<tr>" + "".join(heads) + "</tr>")
        for key in keys:
            cells = [_td(look.names[key], bold=True)]
            cells += [_td(_cell(look, alloc, key), right=key in RIGHT) for alloc in allocs]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    else:
        rows.append("<tr>" + "".join(_td(look.names[key], head=True, right=key in RIGHT) for key in keys) + "</tr>")
        for alloc in allocs:
            rows.append("<tr>" + "".join(_td(_cell(look, alloc, key), right=key in RIGHT) for key in keys) + "</tr>")
        totals = _totals(look, allocs)
        if totals is not None:
            cells = [_td(totals.get(key, ""), right=key in RIGHT, bold=True) for key in keys]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "\n".join(rows)
    return f'<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n{body}\n</table>'


def _text_table(look: Look, allocs: list[Alloc]) -> str:
    keys = _keys(look)
    if look.transposed:
        width = max(len(look.names[key]) for key in keys) + 2
        blocks = []
        for index, alloc in enumerate(allocs, start=1):
            lines = [f"Alloc {index}"]
            lines += [f"  {look.names[key]:<{width}}{_cell(look, alloc, key)}".rstrip() for key in keys]
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)
    table = [[look.names[key] for key in keys]]
    table += [[_cell(look, alloc, key) for key in keys] for alloc in allocs]
    totals = _totals(look, allocs)
    if totals is not None:
        table.append([totals.get(key, "") for key in keys])
    widths = [max(len(row[i]) for row in table) for i in range(len(keys))]
    lines = []
    for row in table:
        cells = [
            cell.rjust(w) if key in RIGHT else cell.ljust(w) for cell, w, key in zip(row, widths, keys, strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


# --- the message ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Letter:
    greeting: str
    intro: str
    ask: str
    signature: tuple[str, ...]
    legal: tuple[str, ...]


def _signature(rng: random.Random, office: Office) -> tuple[str, ...]:
    person = noise.person(rng, institutions=False)
    person = " ".join(part for part in person.split() if part not in ("Mr", "Ms", "Mrs", "Dr"))
    return (
        person,
        rng.choice(("Middle Office | Cash Equities", "Equity Middle Office", "Trade Support - Equities")),
        office.legal_name,
        ", ".join(office.address[:2]),
        f"Direct: {noise.phone(rng, office.region)} | Desk: {noise.phone(rng, office.region)}",
        f"{person.split()[0].lower()}.{person.split()[-1].lower()}@{office.domain}",
    )


def _legal(rng: random.Random, office: Office, day: date, *, bookings: bool) -> tuple[str, ...]:
    regulator = office.regulator.format(frn=noise.digits(rng, 6), reg=noise.digits(rng, 6))
    agreed = (
        f"Unless we hear from you by 17:00 on {dates.fmt(dates.add_business_days(day, 1), 'long')}, the details above "
        "will be treated as agreed. This is not a contract note; contract notes are sent separately."
    )
    return (
        f"{office.legal_name} is {regulator}. Registered office: {', '.join(office.address)}.",
        "This email and any attachments are confidential and intended solely for the addressee. If you have received "
        "it in error please notify the sender immediately and delete it; any use, copying or disclosure is prohibited. "
        "We do not accept liability for any loss caused by viruses.",
        f"Telephone calls and electronic communications may be recorded and retained for {rng.choice((5, 7))} years "
        "in accordance with the applicable rules.",
        f"Costs and charges information under MiFID II (Article 50 of Commission Delegated Regulation (EU) 2017/565) "
        f"is available on request. Our order execution policy was last reviewed on {noise.old_date(rng, 'long')}.",
        *((agreed,) if bookings else ()),
        f"LEI {noise.letters(rng, 4)}00{noise.digits(rng, 4)}{noise.letters(rng, 6)}{noise.digits(rng, 2)}. "
        "Please consider the environment before printing this email.",
    )


def _letter(rng: random.Random, office: Office, contact: str, day: date, count: int) -> Letter:
    first = contact.split()[0]
    greeting = rng.choice((f"Hi {first},", "Hi all,", "Good afternoon,", f"Dear {first},", "Hello team,"))
    intro = rng.choice(
        (
            "Please find below the allocations for today's executions.",
            f"Please see the booking details for the {count} allocation{'s' if count > 1 else ''} below.",
            "As requested, we have booked your orders as follows:",
            "Below are the allocations as booked on our side; contract notes will follow overnight.",
        )
    )
    ask = rng.choice(
        (
            "Could you please affirm in CTM at your earliest convenience, or let us know of any breaks.",
            f"Kindly confirm the above by return, ideally before 16:30 {office.city} time.",
            "Please check against your records and come back to us with any differences today so the trades settle on "
            "time.",
        )
    )
    return Letter(greeting, intro, ask, _signature(rng, office), _legal(rng, office, day, bookings=count > 0))


def _html_body(letter: Letter, middle: str) -> str:
    def para(text: str) -> str:
        return f'<p class="MsoNormal"><span style="font-family:Arial;font-size:10pt">{html.escape(text)}</span></p>'

    signature = "<br>\n".join(html.escape(line) for line in letter.signature)
    legal = "\n".join(
        f'<p class="MsoNormal"><span style="font-family:Arial;font-size:7pt;color:gray">{html.escape(s)}</span></p>'
        for s in letter.legal
    )
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal {{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}}</style></head>
<body lang="EN-GB"><div class="WordSection1">
{para(letter.greeting)}
<p class="MsoNormal">&nbsp;</p>
{para(letter.intro)}
<p class="MsoNormal">&nbsp;</p>
{middle}
<p class="MsoNormal">&nbsp;</p>
{para(letter.ask)}
<p class="MsoNormal">&nbsp;</p>
{para("Many thanks,")}
<p class="MsoNormal"><span style="font-family:Arial;font-size:9pt;color:#1f3864">{signature}</span></p>
<p class="MsoNormal">&nbsp;</p>
{legal}
</div></body></html>
"""


def _text_body(letter: Letter, middle: str) -> str:
    parts = [letter.greeting, letter.intro, middle, letter.ask, "Many thanks,\n" + "\n".join(letter.signature)]
    return "\n\n".join(parts) + "\n\n" + "\n\n".join(letter.legal) + "\n"


# --- notes with no trade -----------------------------------------------------------------------------------------


def _cover(rng: random.Random, office: Office, day: date) -> tuple[str, str, str]:
    """(subject, text of the note, an HTML table or '') for a message that confirms nothing."""
    topic = rng.choice(("ssi", "holiday", "ctm", "csa"))
    effective = dates.add_business_days(day, rng.randint(10, 40))
    if topic == "ssi":
        rows = [
            ("UK equities (CREST)", f"CREST ID {noise.digits(rng, 3)}{noise.letters(rng, 2)}", "CRSTGB22"),
            ("Irish equities (Euroclear Bank)", f"Account {noise.digits(rng, 5)}", "MGTCBEBE"),
            ("US equities (DTC)", f"DTC {noise.digits(rng, 4)}", f"{noise.letters(rng, 4)}US33"),
            ("Cash GBP", f"Sort code 40-{noise.digits(rng, 2)}-{noise.digits(rng, 2)} a/c {noise.digits(rng, 8)}", ""),
        ]
        text = (
            f"Please note our standing settlement instructions change with effect from trade date "
            f"{dates.fmt(effective, 'long')}. Trades booked before that date settle to the existing accounts. The "
            "new details are below; a signed copy on letterhead is available on request."
        )
        return "Updated SSIs - " + dates.fmt(effective, "short"), text, _plain_table(("Market", "Details", "BIC"), rows)
    if topic == "holiday":
        rows = [
            (dates.fmt(effective, "long"), "UK bank holiday", "No settlement in GBP; CREST closed"),
            (dates.fmt(dates.add_business_days(effective, 1), "long"), "Normal service", "Trades of the holiday roll"),
        ]
        text = (
            f"A reminder that markets in {office.city} are closed on {dates.fmt(effective, 'long')}. Trades executed "
            f"on the previous business day will settle T+{rng.choice((2, 3))} from the reopening."
        )
        return "Settlement calendar - bank holiday", text, _plain_table(("Date", "Event", "Impact"), rows)
    if topic == "ctm":
        text = (
            f"We still have {rng.randint(2, 14)} unaffirmed trades from {dates.fmt(day, 'long')} in CTM. The "
            f"affirmation rate for your firm last month was {noise.scaled(rng, 700, 990, 1)}%, against the "
            f"{rng.choice((90, 95))}% target. Could you ask the desk to look at the outstanding items in the portal."
        )
        return "Reminder: CTM affirmation", text, ""
    quarter = f"Q{(day.month - 1) // 3 + 1} {day.year}"
    text = (
        f"Your commission sharing balance at the end of {quarter} was "
        f"GBP {noise.scaled(rng, 500_000, 9_000_000, 2):,}, "
        f"after research payments of GBP {noise.scaled(rng, 100_000, 900_000, 2):,}. The statement for the period is "
        f"available in the client portal from {dates.fmt(effective, 'long')}."
    )
    return f"CSA statement {quarter}", text, ""


def _plain_table(heads: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["<tr>" + "".join(_td(head, head=True) for head in heads) + "</tr>"]
    lines += ["<tr>" + "".join(_td(cell) for cell in row) + "</tr>" for row in rows]
    body = "\n".join(lines)
    return f'<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n{body}\n</table>'


def _table_text(table: str) -> str:
    """The plain-text version of a small HTML table: cells separated by ' | '."""
    lines = []
    for row in re.findall(r"<tr>(.*?)</tr>", table):
        lines.append(" | ".join(html.unescape(cell) for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)))
    return "\n".join(lines)


def build(rng: random.Random) -> Document:
    office = rng.choice(OFFICES)
    manager = rng.choice(MANAGERS)
    contact = noise.person(rng, institutions=False)
    contact = " ".join(part for part in contact.split() if part not in ("Mr", "Ms", "Mrs", "Dr"))
    to = f"{contact} <{contact.split()[-1].lower()}@{manager[2]}>"
    sender = f"{office.legal_name.split(' Securities')[0]} Middle Office <mo.equities@{office.domain}>"
    look = _look(rng)
    if rng.random() < 0.2:
        day = dates.trade_day(rng)
        subject, text, table = _cover(rng, office, day)
        letter = _letter(rng, office, contact, day, 0)
        letter = Letter(letter.greeting, text, "Any questions, please let us know.", letter.signature, letter.legal)
        msg = mail.message(
            rng, sender=sender, to=to, subject=subject, when=mail.sent_at(rng, day), domain=office.domain
        )
        middle_html = table or '<p class="MsoNormal">&nbsp;</p>'
        if look.text_part:
            msg.set_content(_text_body(letter, _table_text(table) if table else ""))
            msg.add_alternative(_html_body(letter, middle_html), subtype="html")
        else:
            msg.set_content(_html_body(letter, middle_html), subtype="html")
        return Document(mail.finish(msg, rng), "email", [])
    allocs = _block(rng, look, office, manager) if rng.random() < 0.55 else _bookings(rng, look, office, manager)
    first = allocs[0].deal
    letter = _letter(rng, office, contact, first.trade_date, len(allocs))
    if len({a.deal.security_name for a in allocs}) == 1:
        word = "BUY" if first.is_buy else "SELL"
        subject = rng.choice(
            (
                f"Allocations: {word} {first.security_name} - {dates.fmt(first.trade_date, 'uk')}",
                f"{manager[1]} alloc - {word} {money.fmt(sum((a.deal.quantity for a in allocs), Decimal(0)))} "
                f"{first.security_name}",
            )
        )
    else:
        subject = f"{manager[0]} - bookings {dates.fmt(first.trade_date, 'uk')}"
    msg = mail.message(
        rng,
        sender=sender,
        to=to,
        subject=subject,
        when=mail.sent_at(rng, first.trade_date, utc_offset_hours=1 if 3 < first.trade_date.month < 11 else 0),
        domain=office.domain,
    )
    page = _html_body(letter, _html_table(look, allocs))
    if look.text_part:
        msg.set_content(_text_body(letter, _text_table(look, allocs)))
        msg.add_alternative(page, subtype="html")
    else:
        msg.set_content(page, subtype="html")
    return Document(mail.finish(msg, rng), "email", [a.deal.truth() for a in allocs])


LAYOUT = Layout(
    name="uk_allocation_email",
    kind="eml",
    heldout=False,
    build=build,
    description="UK/Irish middle-office allocation emails: HTML table (row or column per allocation), no-trade notes",
)
