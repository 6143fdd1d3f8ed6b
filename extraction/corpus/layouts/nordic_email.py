"""Nordvåg: a Scandinavian broker's execution email, one trade in a plain-text body.

The Stockholm, Oslo or Copenhagen office writes (SEK, NOK or DKK) in English with a few local words: the trade
as "Label: value" lines or as a small aligned block of two label/value pairs a line, numbers with a space (or a
no-break space) or a point between thousands and a decimal comma (1 234,56 / 1.234,56), dates 14.03.2025 (some
Stockholm mails 2025-03-14). The currency is stated as a code beside the amounts or on a line of its own, never
as a bare "kr". Courtage/kurtasje/kurtage is the commission; some trades carry a settlement or VPS fee; no tax.
The client's quoted order (a limit, a larger size, cash figures) and a signature with telephone numbers,
organisation numbers and a confidentiality notice are noise; a partly filled order says so.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from .. import dates, identifiers, mail, money, noise, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout


@dataclass(frozen=True)
class Office:
    country: str
    currency: str
    legal_name: str
    address: tuple[str, ...]
    phone_prefix: str
    domain: str
    legal_form: str  # of the listed companies
    markets: tuple[str, ...]
    commission_word: str
    buy_word: str
    sell_word: str
    regards: str
    hello: str
    regulator: str
    local_labels: tuple[str, str, str]  # quantity, settlement date, amount in the office's language


OFFICES = (
    Office(
        "SE",
        "SEK",
        "Nordvåg Fondkommission AB",
        ("Birger Jarlsgatan 41", "111 45 Stockholm", "Sweden"),
        "+46 8 5050",
        "nordvag.example.se",
        "AB",
        ("Nasdaq Stockholm", "First North Growth Market", "Spotlight Stock Market"),
        "Courtage",
        "Köp",
        "Sälj",
        "Med vänlig hälsning",
        "Hej",
        "Finansinspektionen",
        ("Antal", "Likviddag", "Belopp"),
    ),
    Office(
        "NO",
        "NOK",
        "Nordvåg Fondsmegling AS",
        ("Haakon VIIs gate 9", "0161 Oslo", "Norway"),
        "+47 2150",
        "nordvag.example.no",
        "ASA",
        ("Oslo Børs", "Euronext Growth Oslo", "Euronext Expand"),
        "Kurtasje",
        "Kjøp",
        "Salg",
        "Med vennlig hilsen",
        "Hei",
        "Finanstilsynet",
        ("Antall", "Oppgjørsdato", "Beløp"),
    ),
    Office(
        "DK",
        "DKK",
        "Nordvåg Fondsmæglerselskab A/S",
        ("Amaliegade 22", "1256 København K", "Denmark"),
        "+45 3370",
        "nordvag.example.dk",
        "A/S",
        ("Nasdaq Copenhagen", "First North Denmark"),
        "Kurtage",
        "Køb",
        "Salg",
        "Med venlig hilsen",
        "Hej",
        "Finanstilsynet",
        ("Antal", "Valørdato", "Beløb"),
    ),
)
_ROOTS = (
    "Skarvholm",
    "Bergfjell",
    "Lindvika",
    "Hallstad",
    "Norrbacka",
    "Ekdal",
    "Tyrifjord",
    "Vesterhav",
    "Solbrekke",
    "Ravnsborg",
    "Kvarnby",
    "Almeberg",
    "Fjellstue",
    "Storholmen",
    "Havgard",
)
_SECTORS = ("Shipping", "Laks", "Energi", "Bygg", "Medical", "Fastigheter", "Industri", "Kraft", "Tech", "Offshore")


@dataclass(frozen=True)
class Trade:
    deal: Deal
    office: Office
    market: str
    ordered: Decimal  # the client's order size; larger than the quantity when partly filled


def make_deal(rng: random.Random, office: Office) -> Trade:
    root, sector = rng.choice(_ROOTS), rng.choice(_SECTORS)
    name = f"{root} {sector} {office.legal_form}"
    if office.country == "SE" and rng.random() < 0.5:
        name += rng.choice((" ser. B", " B", " ser. A"))
    isin = identifiers.isin(office.country, identifiers.national_number(rng, office.country))
    ticker = (root[:4] + sector[0]).upper() if rng.random() < 0.5 else root[:5].upper()

    def unit_price(r: random.Random) -> Decimal:
        return trades.price(r, decimals=r.choice((1, 2, 2, 2, 3)), whole_digits=r.choice((1, 2, 2, 3, 3, 4)))

    q, p, gross = trades.draw(rng, office.currency, trades.shares, unit_price, minimum=Decimal(2500))
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market=office.country))
    minimum = {"SEK": "39", "NOK": "49", "DKK": "29"}[office.currency]
    rate = rng.choice(("0.0008", "0.0015", "0.0025"))
    charges = [
        Charge(COMMISSION, office.commission_word, trades.rate_of(gross, rate, office.currency, minimum=minimum))
    ]
    if rng.random() < 0.3:
        label = {"NO": "VPS fee", "DK": "VP fee", "SE": "Settlement fee"}[office.country]
        charges.append(Charge(FEE, label, Decimal(rng.choice(("15.00", "25.00", "35.00", "9.50")))))
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=office.currency,
        security_name=name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=rng.choice(
            (
                f"{noise.digits(rng, 4)} {noise.digits(rng, 7)}",
                f"{noise.digits(rng, 3)}-{noise.digits(rng, 6)}",
                noise.digits(rng, 11),
            )
        ),
        counterparty=office.legal_name,
        trade_ref=rng.choice(
            (noise.digits(rng, 9), f"NV{noise.digits(rng, 7)}", f"{noise.digits(rng, 4)}-{noise.digits(rng, 5)}")
        ),
        isin=isin if rng.random() < 0.8 else None,
        ticker=ticker if rng.random() < 0.6 else None,
    )
    partial = rng.random() < 0.15 and q >= 200
    ordered = q + Decimal(rng.randint(1, 9) * 100) if partial else q
    return Trade(deal, office, rng.choice(office.markets), ordered)


def _number_style(rng: random.Random, office: Office) -> str:
    if office.country == "DK":
        return rng.choice(("eu", "eu", "fr"))
    return rng.choice(("fr", "fr", "fr_nbsp", "eu"))


def _rows(rng: random.Random, trade: Trade, number: str, date_style: str, placement: str) -> list[tuple[str, str]]:
    deal, office = trade.deal, trade.office

    def amount(value: Decimal, *, unit: bool = False) -> str:
        exponent = value.as_tuple().exponent
        places = max(2, -exponent) if unit and isinstance(exponent, int) else 2
        text = money.fmt(value, number, decimals=places)
        if placement == "prefix":
            return f"{deal.currency} {text}"
        if placement == "suffix":
            return f"{text} {deal.currency}"
        return text

    english = ("Buy", "Sell") if rng.random() < 0.5 else ("Bought", "Sold")
    side = english[0] if deal.is_buy else english[1]
    if rng.random() < 0.4:
        side = f"{office.buy_word if deal.is_buy else office.sell_word} ({side.lower()})"
    fee_labels = {
        "VPS fee": "VPS fee",
        "VP fee": "VP-afgift",
        "Settlement fee": rng.choice(("Settlement fee", "Avgift")),
    }
    rows = [
        (rng.choice(("Transaction", "Order type", "Side")), side),
        (rng.choice(("Security", "Instrument", "Share")), deal.security_name),
    ]
    if deal.isin:
        rows.append(("ISIN", deal.isin))
    if deal.ticker:
        rows.append((rng.choice(("Ticker", "Short name")), deal.ticker))
    rows += [
        ("Marketplace", trade.market),
        (rng.choice(("Trade date", "Trading day", "Handelsdag")), dates.fmt(deal.trade_date, date_style)),
        ("Time", dates.clock(rng)),
        (
            rng.choice(("Settlement date", "Value date", office.local_labels[1])),
            dates.fmt(deal.settlement_date, date_style),
        ),
        (rng.choice(("Quantity", "Number of shares", office.local_labels[0])), money.fmt(deal.quantity, number)),
        (rng.choice(("Price", "Average price", "Kurs")), amount(deal.price, unit=True)),
        (rng.choice(("Amount", "Trade value", office.local_labels[2])), amount(deal.gross_amount)),
    ]
    for charge in deal.charges:
        label = charge.label if charge.kind == COMMISSION else fee_labels[charge.label]
        rows.append((label, amount(charge.amount)))
    if deal.is_buy:
        total = rng.choice(("Total to pay", "Amount to be debited", "Settlement amount"))
    else:
        total = rng.choice(("Amount to be credited", "Total to receive", "Settlement amount"))
    rows.append((total, amount(deal.net_amount)))
    if placement == "line":
        rows.insert(3, ("Currency", deal.currency))
    local_account = {"NO": "VPS account", "DK": "VP account", "SE": "Depå"}[office.country]
    rows += [
        (rng.choice(("Custody account", "Depot", local_account)), deal.account or ""),
        (rng.choice(("Contract note no.", "Order no.", "Trade ID", "Our ref.")), deal.trade_ref or ""),
    ]
    return rows


def _colon_lines(rows: list[tuple[str, str]], rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        return [f"{label}: {value}" for label, value in rows]
    width = max(len(label) for label, _ in rows) + 2
    return [f"{label + ':':<{width}}{value}" for label, value in rows]


def _aligned_block(rows: list[tuple[str, str]]) -> list[str]:
    """Two label/value pairs a line, padded with spaces into four columns."""
    pairs = [rows[i : i + 2] for i in range(0, len(rows), 2)]
    widths = [max(len(pair[k][0]) for pair in pairs if len(pair) > k) + 2 for k in (0, 1)]
    value_width = max(len(pair[0][1]) for pair in pairs) + 4
    lines = []
    for pair in pairs:
        (label, value), rest = pair[0], pair[1:]
        line = f"{label:<{widths[0]}}{value:<{value_width}}"
        if rest:
            line += f"{rest[0][0]:<{widths[1]}}{rest[0][1]}"
        lines.append(line.rstrip())
    return lines


def body(rng: random.Random, trade: Trade, client_name: str, client_email: str) -> str:
    deal, office = trade.deal, trade.office
    number = _number_style(rng, office)
    date_style = "iso" if office.country == "SE" and rng.random() < 0.3 else "dot"
    placement = rng.choice(("prefix", "suffix", "line"))
    rows = _rows(rng, trade, number, date_style, placement)
    block = _aligned_block(rows) if rng.random() < 0.45 else _colon_lines(rows, rng)
    first = client_name.split()[-2] if len(client_name.split()) > 2 else client_name.split()[0]
    greeting = rng.choice((f"{office.hello} {first},", "Dear client,", f"{office.hello},"))
    intro = rng.choice(
        (
            "Your order has been executed. Please find the details below.",
            "We confirm the following trade, executed today on your behalf:",
            "Thank you for your order - it has now been filled on the exchange:",
        )
    )
    if trade.ordered != deal.quantity:
        remaining = money.fmt(trade.ordered - deal.quantity, number)
        intro = (
            f"Your order was partly executed today. The remaining {remaining} shares stay in the order book "
            f"until the end of the day unless you cancel them."
        )
    adviser = noise.person(rng, institutions=False)
    direct = f"{office.phone_prefix} {noise.digits(rng, 2)} {noise.digits(rng, 2)}"
    org = {
        "SE": f"Org. nr {rng.randint(556000, 559999)}-{noise.digits(rng, 4)}",
        "NO": f"Org.nr. 9{noise.digits(rng, 2)} {noise.digits(rng, 3)} {noise.digits(rng, 3)} MVA",
        "DK": f"CVR-nr. {noise.digits(rng, 8)}, FT-nr. {rng.randint(100, 9999)}",
    }[office.country]
    lines = [
        greeting,
        "",
        intro,
        "",
        *block,
        "",
        rng.choice(
            (
                "The contract note is also available in the online service under Documents.",
                f"The amount will be settled against your cash account on the settlement date. Questions? Call the "
                f"trading desk on {office.phone_prefix} {noise.digits(rng, 2)} 00, weekdays 08:00-17:30.",
                "Please let us know straight away if anything above does not match your instructions.",
            )
        ),
        "",
        f"{office.regards} / Best regards",
        adviser,
        rng.choice(("Equity Sales", "Trading desk", "Private Banking - Trading", "Customer Service")),
        f"Direct {direct}  |  Mobile {office.phone_prefix[:3]} {noise.digits(rng, 3)} {noise.digits(rng, 2)} "
        f"{noise.digits(rng, 3)}",
        office.legal_name,
        ", ".join(office.address),
        f"{org}  |  www.{office.domain}",
        "",
        f"{office.legal_name} is authorised and supervised by {office.regulator}. This e-mail may contain "
        "confidential information; if you received it by mistake, please tell the sender and delete it. "
        f"Prices and conditions according to our price list valid from {noise.old_date(rng, 'dot')}.",
    ]
    if rng.random() < 0.55:
        lines += _quoted(rng, trade, client_name, client_email, number)
    return "\n".join(lines) + "\n"


def _quoted(rng: random.Random, trade: Trade, client_name: str, client_email: str, number: str) -> list[str]:
    deal = trade.deal
    asked = dates.previous_business_day(deal.trade_date) if rng.random() < 0.4 else deal.trade_date
    verb = "buy" if deal.is_buy else "sell"
    factor = Decimal(rng.choice(("1.01", "1.02", "1.05") if deal.is_buy else ("0.99", "0.98", "0.95")))
    limit = money.places(deal.price * factor, 2)
    cash = money.places(deal.net_amount * Decimal(rng.choice(("1.1", "1.3", "2", "4"))), -3)
    name = deal.security_name.split()[0]
    quote = [
        f"Please {verb} {money.fmt(trade.ordered, number)} {name} at {money.fmt(limit, number, decimals=2)} or better.",
        f"I have about {deal.currency} {money.fmt(cash, number)} available on the account.",
        rng.choice(("Thanks!", "Tack!", "Takk!", "Tak!")),
    ]
    header = rng.choice(("original", "on_wrote"))
    sent = f"{dates.fmt(asked, 'dot')} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
    if header == "original":
        return [
            "",
            "-----Original Message-----",
            f"From: {client_name} <{client_email}>",
            f"Sent: {sent}",
            f"Subject: Order {name}",
            "",
            *quote,
        ]
    return ["", f"On {sent}, {client_name} <{client_email}> wrote:", *(f"> {line}" for line in quote)]


def build(rng: random.Random) -> Document:
    office = rng.choice(OFFICES)
    trade = make_deal(rng, office)
    deal = trade.deal
    client_name = noise.person(rng, institutions=False)
    client_email = f"{noise.letters(rng, 6).lower()}@post.example.net"
    word = "Buy" if deal.is_buy else "Sell"
    subject = rng.choice(
        (
            f"Execution confirmation - {word} {deal.security_name}",
            f"Trade confirmation {dates.fmt(deal.trade_date, 'dot')}",
            f"RE: Order {deal.security_name.split()[0]}",
        )
    )
    msg = mail.message(
        rng,
        sender=f"Nordvåg Trading <trading@{office.domain}>",
        to=f"{client_name} <{client_email}>",
        subject=subject,
        when=mail.sent_at(rng, deal.trade_date, utc_offset_hours=1),
        domain=office.domain,
    )
    msg.set_content(body(rng, trade, client_name, client_email))
    return Document(mail.finish(msg, rng), "email", [deal.truth()])


LAYOUT = Layout(
    name="nordic_email",
    kind="eml",
    heldout=False,
    build=build,
    description="Nordic execution email, SEK/NOK/DKK, 1 234,56 numbers, 14.03.2025, quoted order",
)
