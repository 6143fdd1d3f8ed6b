"""Ormiston Kerr (held out): a London fixed-income dealer's trade confirmations, in English.

The dealer trades sterling, euro and dollar bonds with institutional and wealth-management clients from London
and, since 2021, from its Dublin subsidiary. A confirmation may cover one bond or a client's whole ticket of
bonds dealt on one day: one bond to a page, a summary page in front of the detail pages, or a run of bands on a
ledger page that continues over the page. The quantity is the nominal, the price a percentage of par; the
accrued interest is worked out in the day count of each bond. Coupon, maturity, yield, spread, benchmark,
settlement instructions and the regulators' small print surround the figures.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet


@dataclass(frozen=True)
class Entity:
    legal_name: str
    short: str
    address: tuple[str, ...]
    phone: str
    regulator: str


LONDON = Entity(
    "Ormiston Kerr Securities Limited",
    "Ormiston Kerr",
    ("Bevis Marks House, 24 Bevis Marks", "London EC3A 7JB", "United Kingdom"),
    "+44 20 7946 0382",
    "Authorised and regulated by the Financial Conduct Authority (FRN {frn}). Registered in England and Wales "
    "No. {company}. Registered office as above.",
)
DUBLIN = Entity(
    "Ormiston Kerr Europe DAC",
    "Ormiston Kerr Europe",
    ("2 Grand Canal Square, Grand Canal Dock", "Dublin 2, D02 A342", "Ireland"),
    "+353 1 556 2090",
    "Ormiston Kerr Europe DAC is regulated by the Central Bank of Ireland (C{frn}). Registered in Ireland No. "
    "{company}. A subsidiary of Ormiston Kerr Securities Limited.",
)

_BENCHMARKS = {"GBP": "UKT", "EUR": "DBR", "USD": "UST"}
_AGENCIES = (
    "Nordvik Municipal Finance Agency",
    "Republic of Estrelle",
    "Kestova Export Credit Bank",
    "Central Housing Finance Corporation",
    "Province of Alderney Vale",
    "Wexmoor Development Bank",
)


@dataclass
class Bond:
    deal: Deal
    name: str
    coupon: Decimal
    maturity: date
    frequency: int  # coupons a year
    basis: str
    days: int
    last_coupon: date
    next_coupon: date
    yield_pct: Decimal
    spread: int
    client_ref: str
    time: str
    capacity: str
    zone: str = "UK time"


# --- day counts ----------------------------------------------------------------------------------------------


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    return date(year, month % 12 + 1, min(day.day, 28))


def _coupon_dates(maturity: date, settle: date, frequency: int) -> tuple[date, date]:
    step = 12 // frequency
    nxt = maturity
    while True:
        prev = _add_months(nxt, -step)
        if prev <= settle:
            return prev, nxt
        nxt = prev


def _days_30(start: date, end: date, european: bool) -> int:
    d1, d2 = min(start.day, 30), end.day
    if european:
        d2 = min(d2, 30)
    elif d1 == 30:
        d2 = min(d2, 30)
    return (end.year - start.year) * 360 + (end.month - start.month) * 30 + (d2 - d1)


def _accrued(
    nominal: Decimal, coupon: Decimal, basis: str, frequency: int, last: date, nxt: date, settle: date, currency: str
) -> tuple[int, Decimal]:
    if basis.startswith("30"):
        days = _days_30(last, settle, european=basis == "30E/360")
        fraction = Decimal(days) / 360
    elif basis == "ACT/365F":
        days = (settle - last).days
        fraction = Decimal(days) / 365
    else:  # ACT/ACT ICMA
        days = (settle - last).days
        fraction = Decimal(days) / Decimal((nxt - last).days) / frequency
    return days, money.to_money(nominal * coupon / 100 * fraction, currency)


def _yield(
    clean: Decimal,
    accrued_per_100: Decimal,
    coupon: Decimal,
    frequency: int,
    settle: date,
    nxt: date,
    last: date,
    maturity: date,
) -> Decimal:
    """Yield to maturity (ICMA compounding) by bisection, to 4 places."""
    dirty = float(clean + accrued_per_100)
    w = (nxt - settle).days / max((nxt - last).days, 1)
    periods = 1
    day = nxt
    while day < maturity:
        day = _add_months(day, 12 // frequency)
        periods += 1
    c = float(coupon) / frequency

    def price(y: float) -> float:
        v = 1 / (1 + y / frequency)
        return sum(c * v ** (w + k) for k in range(periods)) + 100 * v ** (w + periods - 1)

    low, high = -0.05, 0.60
    for _ in range(80):
        mid = (low + high) / 2
        if price(mid) > dirty:
            low = mid
        else:
            high = mid
    return money.places(Decimal(str(mid * 100)), 4)


# --- the deals -------------------------------------------------------------------------------------------------


def _bond_name(rng: random.Random, security: securities.Security, currency: str) -> str:
    base = security.name
    for suffix in (" Sr Unsecured Notes", " Senior Notes", " Medium Term Notes", " Notes", " Bonds"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
            break
    if rng.random() < 0.2:
        base = rng.choice(_AGENCIES)
    assert security.coupon is not None and security.maturity is not None
    coupon = money.fmt(security.coupon, "us", decimals=3).rstrip("0").rstrip(".")
    m = security.maturity
    shape = rng.randrange(4)
    if shape == 0:
        return f"{base} {coupon}% {m.day:02d}/{m.month:02d}/{m.year}"
    if shape == 1:
        return f"{base.upper()} {coupon} {dates.fmt(m, 'dmy_mon_upper')}"
    if shape == 2:
        return f"{base} {coupon}% Notes due {m.year}"
    tag = {"GBP": "GBP", "EUR": "EUR", "USD": "USD"}[currency]
    return f"{base} {tag} {coupon}% {m.year} {rng.choice(('Sr Unsec', 'EMTN', 'RegS', 'Snr Pref'))}"


def _clean_price(rng: random.Random) -> Decimal:
    places = rng.choice((2, 3, 3, 4))
    return Decimal(rng.randint(86 * 10**places, 109 * 10**places)).scaleb(-places)


def _make_bond(rng: random.Random, entity: Entity, trade_date: date, account: str, ref: str) -> Bond:
    currency = (
        rng.choice(("GBP", "GBP", "EUR", "EUR", "USD"))
        if entity is LONDON
        else rng.choice(("EUR", "EUR", "GBP", "USD"))
    )
    market = {"GBP": "GB", "EUR": rng.choice(("FR", "DE", "NL", "IE")), "USD": rng.choice(("US", "GB"))}[currency]
    security = securities.bond(rng, market, trade_date)
    if currency == "USD":
        frequency, basis = 2, "30/360"
    elif currency == "GBP":
        frequency, basis = rng.choice(((2, "ACT/ACT ICMA"), (1, "ACT/ACT ICMA"), (2, "ACT/ACT ICMA")))
    else:
        frequency, basis = 1, rng.choice(("ACT/ACT ICMA", "ACT/ACT ICMA", "30E/360"))
    name = _bond_name(rng, security, currency)
    coupon, maturity = security.coupon, security.maturity
    assert coupon is not None and maturity is not None
    side = trades.side(rng)
    q, p, gross = trades.draw(
        rng,
        currency,
        lambda r: Decimal(r.choice((r.randint(1, 200) * 1000, r.randint(1, 500) * 10_000, r.randint(1, 40) * 250_000))),
        _clean_price,
        percent=True,
        minimum=Decimal(5000),
        maximum=Decimal(40_000_000),
    )
    lag = 1 if currency == "GBP" and rng.random() < 0.6 else 2
    if currency == "USD" and trade_date >= date(2024, 5, 28):
        lag = 1
    settle = dates.add_business_days(trade_date, lag)
    last, nxt = _coupon_dates(maturity, settle, frequency)
    days, accrued = _accrued(q, coupon, basis, frequency, last, nxt, settle, currency)
    charges: list[Charge] = []
    capacity = "Principal"
    if rng.random() < 0.25:
        capacity = "Agent"
        charges.append(
            Charge(
                COMMISSION,
                "Commission",
                trades.rate_of(gross, rng.choice(("0.001", "0.0015", "0.0025")), currency, minimum="50.00"),
            )
        )
    if rng.random() < 0.3:
        charges.append(
            Charge(
                FEE,
                rng.choice(("Settlement fee", "Clearing charge", "Euroclear fee")),
                Decimal(rng.choice(("15.00", "25.00", "30.00", "45.00"))),
            )
        )
    identifiers: dict[str, str | None] = {"isin": security.isin}
    if security.cusip and rng.random() < 0.6:
        identifiers["cusip"] = security.cusip
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
        counterparty=entity.legal_name,
        trade_ref=ref,
        percent=True,
        **identifiers,
    )
    accrued_per_100 = (
        coupon * Decimal(days) / (360 if basis.startswith("30") else (Decimal((nxt - last).days) * frequency))
    )
    ytm = _yield(p, accrued_per_100, coupon, frequency, settle, nxt, last, maturity)
    return Bond(
        deal,
        name,
        coupon,
        maturity,
        frequency,
        basis,
        days,
        last,
        nxt,
        ytm,
        rng.randint(-20, 420),
        rng.choice(
            (
                f"PO-{noise.digits(rng, 6)}",
                f"{noise.letters(rng, 3)}{noise.digits(rng, 5)}",
                f"ALLOC {noise.digits(rng, 4)}",
            )
        ),
        dates.clock(rng),
        capacity,
        "UK time" if entity is LONDON else "Irish time",
    )


# --- printing ---------------------------------------------------------------------------------------------------


@dataclass
class Style:
    date: str
    side_words: str  # how the side is worded
    ccy_after: bool
    price_places: int | None

    def day(self, value: date) -> str:
        return dates.fmt(value, self.date)

    def amount(self, value: Decimal, currency: str) -> str:
        text = money.fmt(value, "us")
        return f"{text} {currency}" if self.ccy_after else f"{currency} {text}"

    def price(self, value: Decimal) -> str:
        return money.fmt(
            value,
            "us",
            decimals=self.price_places
            if self.price_places and -value.as_tuple().exponent <= self.price_places
            else None,
        )

    def side(self, deal: Deal) -> str:
        if self.side_words == "dealer":
            return "WE SELL TO YOU" if deal.is_buy else "WE BUY FROM YOU"
        if self.side_words == "client":
            return "YOU BOUGHT" if deal.is_buy else "YOU SOLD"
        return "Purchase" if deal.is_buy else "Sale"


def _net_label(deal: Deal) -> str:
    return "Net amount payable by you" if deal.is_buy else "Net amount payable to you"


def _freq_word(bond: Bond) -> str:
    return {1: "annual", 2: "semi-annual", 4: "quarterly"}[bond.frequency]


def _coupon_text(bond: Bond) -> str:
    return f"{money.fmt(bond.coupon, 'us', decimals=3)}% {_freq_word(bond)}"


def _letterhead(sheet: Sheet, entity: Entity, style: Style, rng: random.Random, title: str, printed: date) -> float:
    sheet.text(40, 46, "ORMISTON KERR", font="Times-Bold", size=18)
    sheet.text(40, 58, "Fixed Income | Rates & Credit", font="Times-Italic", size=8.5)
    sheet.lines(40, 72, [entity.legal_name, *entity.address, f"Tel {entity.phone}"], leading=9, size=7)
    sheet.right(555, 46, title, font="Helvetica-Bold", size=12)
    sheet.right(555, 60, f"Date of issue: {style.day(printed)}", size=8)
    sheet.right(555, 71, f"Bond desk: {entity.phone[:-2]}{noise.digits(rng, 2)}", size=8)
    sheet.rule(40, 124, 555, weight=1)
    return 138


def _client_block(
    sheet: Sheet, y: float, client: tuple[str, tuple[str, ...]], account: str, rng: random.Random, lei: str
) -> float:
    sheet.text(40, y, "To:", size=8)
    end = sheet.lines(60, y, [client[0], *client[1]], leading=10, size=9)
    rows = [
        ("Client account", account),
        ("Client LEI", lei),
        ("Sales contact", rng.choice(("J. Achterberg", "R. Sandoval", "E. Pemberton", "T. Hartley"))),
    ]
    for i, (label, value) in enumerate(rows):
        sheet.text(340, y + 10 * i, label, size=8)
        sheet.text(430, y + 10 * i, value, font="Helvetica-Bold" if i == 0 else "Helvetica", size=8)
    return max(end, y + 30) + 8


def _lei(rng: random.Random) -> str:
    body = noise.digits(rng, 4) + "00" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12))
    number = int("".join(str(int(ch, 36)) for ch in body + "00"))
    return f"{body}{98 - number % 97:02d}"


def _detail_rows(bond: Bond, style: Style) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    deal = bond.deal
    left = [("Security", deal.security_name), ("ISIN", deal.isin or "")]
    if deal.cusip:
        left.append(("CUSIP", deal.cusip))
    left += [
        ("Coupon", _coupon_text(bond)),
        ("Maturity", style.day(bond.maturity)),
        ("Trade date", f"{style.day(deal.trade_date)}  {bond.time} {bond.zone}"),
        ("Settlement date", style.day(deal.settlement_date)),
        ("Nominal", style.amount(deal.quantity, deal.currency)),
        ("Price", f"{style.price(deal.price)}%"),
        ("Yield", f"{money.fmt(bond.yield_pct, 'us')}%"),
        (
            "Spread",
            f"+{bond.spread} bp vs {_BENCHMARKS[deal.currency]} {_bench(bond)}"
            if bond.spread >= 0
            else f"{bond.spread} bp vs {_BENCHMARKS[deal.currency]} {_bench(bond)}",
        ),
        ("Capacity", bond.capacity),
    ]
    right = [("Principal", style.amount(deal.gross_amount, deal.currency))]
    right.append(
        (
            f"Accrued interest ({bond.days} days {bond.basis})",
            style.amount(deal.accrued_interest or Decimal(0), deal.currency),
        )
    )
    right += [(c.label, style.amount(c.amount, deal.currency)) for c in deal.charges]
    return left, right


def _bench(bond: Bond) -> str:
    return f"{bond.maturity.year % 100:02d}"


def _settlement_block(sheet: Sheet, y: float, deal: Deal, rng: random.Random) -> float:
    place = (
        rng.choice(("Euroclear", "Clearstream", "CREST"))
        if deal.currency == "GBP"
        else rng.choice(("Euroclear", "Clearstream"))
    )
    if deal.currency == "USD" and deal.cusip:
        place = rng.choice(("DTC", "Euroclear"))
    lines = [
        f"Settlement: delivery {'versus' if rng.random() < 0.7 else 'against'} payment via {place}, "
        f"our account {noise.digits(rng, 5)}, your account {noise.digits(rng, 5)}.",
        f"Cash correspondent for {deal.currency}: account {noise.digits(rng, 8)}, "
        f"BIC {noise.letters(rng, 4)}{'GB' if deal.currency == 'GBP' else 'IE' if deal.currency == 'EUR' else 'US'}2L.",
    ]
    for line in lines:
        y = sheet.paragraph(40, y, 515, line, size=7.5)
    return y


def _small_print(sheet: Sheet, entity: Entity, rng: random.Random, style: Style, trade_date: date, y: float) -> None:
    y = max(y + 10, 690)
    sheet.rule(40, y - 8, 555, weight=0.3)
    terms = date(rng.randint(2016, trade_date.year - 1), rng.randint(1, 12), 1)
    sentences = [
        entity.regulator.format(frn=noise.digits(rng, 6), company=noise.digits(rng, 8 if entity is LONDON else 6)),
        f"This confirmation is subject to our Terms of Business of {style.day(terms)} and to the rules of the market "
        f"on which the transaction was executed. Please advise any discrepancy within {rng.choice((1, 2, 3))} business "
        f"day(s) to {entity.phone}.",
        "Yield is calculated to maturity on the settlement date using ICMA conventions and is shown for "
        "information only. Where we act as principal we may make a profit or loss on the transaction.",
        f"Costs and charges disclosed under Article 50 of Commission Delegated Regulation (EU) 2017/565 are "
        f"available on request. MiFID II transaction reported under our LEI {_lei(rng)}.",
    ]
    rng.shuffle(sentences)
    for sentence in sentences[: rng.randint(2, 4)]:
        y = sheet.paragraph(40, y, 515, sentence, size=6.5, leading=8)


def _page_footer(sheet: Sheet, entity: Entity, page: int, pages: int, run: str) -> None:
    sheet.text(40, 815, f"{entity.legal_name}  -  {run}", size=6.5)
    sheet.right(555, 815, f"Page {page} of {pages}", size=6.5)


def _detail_page(sheet: Sheet, bond: Bond, style: Style, rng: random.Random, entity: Entity, client, y: float) -> float:
    deal = bond.deal
    sheet.text(40, y, f"Reference: {deal.trade_ref}", font="Helvetica-Bold", size=9)
    sheet.right(555, y, f"Your reference: {bond.client_ref}", size=8)
    y += 18
    sheet.paragraph(
        40, y, 515, "We confirm the following transaction:" if style.side_words != "dealer" else "We confirm that today"
    )
    y += 16
    sheet.text(40, y, style.side(deal), font="Helvetica-Bold", size=12)
    y += 20
    left, right = _detail_rows(bond, style)
    ly = y
    for label, value in left:
        sheet.text(40, ly, label, size=8.5)
        sheet.text(125, ly, value, size=8.5 if len(value) < 44 else 7.5)
        ly += 13
    ry = y
    for label, value in right:
        sheet.text(345, ry, label, size=8)
        sheet.right(555, ry + 10, value, size=8.5)
        ry += 24
    sheet.rule(345, ry - 4, 555)
    sheet.text(345, ry + 6, _net_label(deal), font="Helvetica-Bold", size=8.5)
    sheet.right(555, ry + 18, style.amount(deal.net_amount, deal.currency), font="Helvetica-Bold", size=10)
    y = max(ly, ry + 30) + 10
    sheet.text(
        40,
        y,
        f"Interest period {style.day(bond.last_coupon)} to {style.day(bond.next_coupon)}; "
        f"next coupon {style.day(bond.next_coupon)}.",
        size=7.5,
    )
    y += 14
    return _settlement_block(sheet, y, deal, rng)


def _summary(sheet: Sheet, bonds: list[Bond], style: Style, y: float) -> float:
    sheet.text(40, y, "Summary of today's transactions (details on the following pages)", font="Helvetica-Bold", size=9)
    y += 16
    cols = [
        (40, "Ref", False),
        (115, "B/S", False),
        (140, "Security", False),
        (420, "Nominal", True),
        (555, "Net amount", True),
    ]
    for x, label, right in cols:
        (sheet.right if right else sheet.text)(x, y, label, font="Helvetica-Bold", size=7.5)
    y += 4
    sheet.rule(40, y, 555)
    y += 11
    for bond in bonds:
        deal = bond.deal
        values = [
            deal.trade_ref or "",
            "B" if deal.is_buy else "S",
            deal.security_name[:52],
            f"{deal.currency} {money.fmt(deal.quantity)}",
            style.amount(deal.net_amount, deal.currency),
        ]
        for (x, _, right), value in zip(cols, values, strict=True):
            (sheet.right if right else sheet.text)(x, y, value, size=7.5)
        y += 12
    sheet.rule(40, y - 6, 555)
    return y + 10


_BAND_HEIGHT = 92


def _band(sheet: Sheet, bond: Bond, style: Style, y: float, index: int) -> float:
    deal = bond.deal
    sheet.box(40, y, 515, 14, fill=0.88)
    sheet.text(44, y + 10, f"{index}  {style.side(deal)}  {deal.security_name}", font="Helvetica-Bold", size=8)
    sheet.right(551, y + 10, f"Ref {deal.trade_ref}", size=7.5)
    y += 26
    row1 = [
        ("ISIN", deal.isin or ""),
        ("Coupon", _coupon_text(bond)),
        ("Maturity", style.day(bond.maturity)),
        ("Trade", style.day(deal.trade_date)),
        ("Value", style.day(deal.settlement_date)),
        ("Basis", bond.basis),
    ]
    row2 = [
        ("Nominal", f"{money.fmt(deal.quantity)}"),
        ("Price %", style.price(deal.price)),
        ("Yield %", money.fmt(bond.yield_pct, "us")),
        ("Principal", money.fmt(deal.gross_amount)),
        (f"Accrued ({bond.days}d)", money.fmt(deal.accrued_interest or Decimal(0))),
        ("Ccy", deal.currency),
    ]
    for row in (row1, row2):
        x = 44
        for label, value in row:
            sheet.text(x, y, label, size=6.5)
            sheet.text(x, y + 10, value, size=8)
            x += 86
        y += 24
    extras = [f"{c.label} {money.fmt(c.amount)}" for c in deal.charges]
    if deal.cusip:
        extras.insert(0, f"CUSIP {deal.cusip}")
    sheet.text(44, y, "   ".join(extras) if extras else "No commission or charges", size=7)
    sheet.right(
        551,
        y,
        f"{'Net due from you' if deal.is_buy else 'Net due to you'}  {style.amount(deal.net_amount, deal.currency)}",
        font="Helvetica-Bold",
        size=8.5,
    )
    return y + 16


def build(rng: random.Random) -> Document:
    entity = DUBLIN if rng.random() < 0.35 else LONDON
    style = Style(
        date=rng.choice(("long", "short", "dmy_mon", "uk", "uk")),
        side_words=rng.choice(("dealer", "client", "plain")),
        ccy_after=rng.random() < 0.3,
        price_places=rng.choice((None, 4, 5)),
    )
    trade_date = dates.trade_day(rng)
    account = rng.choice(
        (
            f"OK{noise.digits(rng, 6)}",
            f"{noise.letters(rng, 3)}-{noise.digits(rng, 4)}-{noise.letters(rng, 1)}",
            f"{noise.digits(rng, 5)}/{noise.digits(rng, 2)}",
        )
    )
    design = rng.choice(("pages", "pages", "summary", "ledger"))
    count = {"pages": rng.choice((1, 1, 1, 2, 3)), "summary": rng.randint(2, 4), "ledger": rng.randint(2, 9)}[design]
    start = rng.randint(100_000, 900_000)
    bonds = []
    for i in range(count):
        ref = f"{'OKS' if entity is LONDON else 'OKE'}{trade_date.year % 100:02d}{start + i * 7:07d}"
        bonds.append(_make_bond(rng, entity, trade_date, account, ref))
    client_name = noise.person(rng)
    client = (client_name, noise.client(rng, "GB" if entity is LONDON else "IE").address)
    lei = _lei(rng)
    printed = trade_date if rng.random() < 0.7 else dates.add_business_days(trade_date, 1)
    run = f"CNF{noise.digits(rng, 4)} {dates.fmt(printed, 'compact')} {dates.clock(rng)}"
    sheet = Sheet(title=f"Confirmation {bonds[0].deal.trade_ref}", author=entity.legal_name)
    if design == "pages":
        for index, bond in enumerate(bonds):
            if index:
                sheet.next_page()
            y = _letterhead(sheet, entity, style, rng, "CONFIRMATION", printed)
            y = _client_block(sheet, y, client, account, rng, lei)
            y = _detail_page(sheet, bond, style, rng, entity, client, y + 6)
            _small_print(sheet, entity, rng, style, trade_date, y)
            _page_footer(sheet, entity, index + 1, count, run)
    elif design == "summary":
        pages = count + 1
        y = _letterhead(sheet, entity, style, rng, "TRADE CONFIRMATIONS", printed)
        y = _client_block(sheet, y, client, account, rng, lei)
        y = _summary(sheet, bonds, style, y + 8)
        _small_print(sheet, entity, rng, style, trade_date, y)
        _page_footer(sheet, entity, 1, pages, run)
        for index, bond in enumerate(bonds):
            sheet.next_page()
            sheet.text(40, 46, f"{entity.short} - confirmation {index + 1} of {count}", font="Helvetica-Bold", size=10)
            sheet.right(555, 46, f"Account {account}", size=8)
            sheet.rule(40, 54, 555)
            y = _detail_page(sheet, bond, style, rng, entity, client, 74)
            _page_footer(sheet, entity, index + 2, pages, run)
    else:
        per_page_first, per_page = 5, 6
        pages = 1 if count <= per_page_first else 1 + -(-(count - per_page_first) // per_page)
        y = _letterhead(sheet, entity, style, rng, "CONFIRMATION OF DEALINGS", printed)
        y = _client_block(sheet, y, client, account, rng, lei)
        sheet.text(40, y + 4, f"Dealings for settlement as shown, traded on {style.day(trade_date)}.", size=8.5)
        y += 20
        page = 1
        on_page = 0
        for index, bond in enumerate(bonds, start=1):
            limit = per_page_first if page == 1 else per_page
            if on_page == limit:
                sheet.right(555, y + 4, "continued overleaf", font="Helvetica-Oblique", size=7.5)
                _page_footer(sheet, entity, page, pages, run)
                sheet.next_page()
                page += 1
                on_page = 0
                sheet.text(
                    40,
                    46,
                    f"{entity.short.upper()} - CONFIRMATION OF DEALINGS (continued)",
                    font="Helvetica-Bold",
                    size=10,
                )
                sheet.right(555, 46, f"{client_name} / {account}", size=8)
                y = 70
            y = _band(sheet, bond, style, y, index) + 6
            on_page += 1
        _small_print(sheet, entity, rng, style, trade_date, y)
        _page_footer(sheet, entity, page, pages, run)
    return Document(sheet.finish(), "confirmation", [bond.deal.truth() for bond in bonds])


LAYOUT = Layout(
    name="eurobond_dealer",
    kind="pdf",
    heldout=True,
    build=build,
    description="held out: London/Dublin bond dealer confirmations, GBP/EUR/USD bonds, one or many bonds, pages",
)
