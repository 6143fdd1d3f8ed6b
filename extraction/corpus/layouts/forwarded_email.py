"""Vellacourt (held out): a relationship manager forwards a broker's trade confirmation to a client or to operations.

The outer message is the manager's short note ("FYI - see the confirmation below"), a signature with telephone
numbers and an address, and a legal footer full of dates and registration numbers; some notes carry an HTML
alternative. The broker's original message travels as an attached message/rfc822, on some documents inside a
second forward (a desk assistant passes it to the manager, who passes it on). The innermost message holds one
trade in one of three ways: an HTML table of label and value cells, plain "Label ..... value" lines with dotted
leaders, or a body that only says "please find attached" with a one-page PDF confirmation.

The broker is Brussels (Maison Dervaux: EUR, 14.03.2025, 1.234,56, labels in English, French or Dutch, brokerage,
stock exchange tax TOB, market and settlement fees), Amsterdam (Van Oordt Lemaire: EUR, 14-03-2025, 1.234,56,
provisie and exchange fee, no tax) or Boston (Pelham Street: USD, 03/14/2025, 1,234.56, commission, SEC fee and
FINRA TAF on sales, CUSIP and symbol). The manager's own client reference, cash figures in the notes, times and
the broker's disclaimers are noise.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage

from .. import dates, mail, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet


@dataclass(frozen=True)
class House:
    """The broker who wrote the original confirmation, and its conventions."""

    key: str  # "be", "nl" or "us"
    broker: noise.Broker
    domain: str
    currency: str
    markets: tuple[str, ...]
    number: str  # money style
    languages: tuple[str, ...]
    venues: tuple[str, ...]
    utc_offset: int


HOUSES = (
    House(
        "be",
        noise.Broker(
            legal_name="Maison Dervaux & Cie SA/NV",
            brand="DERVAUX",
            address=("Rue Montoyer 31", "1000 Bruxelles", "Belgique"),
            phone="+32 2 555 01 37",
            web="www.dervaux.example.be",
            region="FR",
        ),
        "dervaux.example.be",
        "EUR",
        ("BE", "BE", "FR", "NL"),
        "eu",
        ("en", "fr", "nl"),
        ("Euronext Brussels", "Euronext Paris", "Euronext Amsterdam"),
        1,
    ),
    House(
        "nl",
        noise.Broker(
            legal_name="Van Oordt Lemaire Effecten N.V.",
            brand="VAN OORDT LEMAIRE",
            address=("Herengracht 512", "1017 CB Amsterdam", "Nederland"),
            phone="+31 20 555 0193",
            web="www.vanoordtlemaire.example.nl",
            region="DE",
        ),
        "vanoordtlemaire.example.nl",
        "EUR",
        ("NL", "NL", "DE", "BE"),
        "eu",
        ("en", "nl"),
        ("Euronext Amsterdam", "Xetra", "Euronext Brussels"),
        1,
    ),
    House(
        "us",
        noise.Broker(
            legal_name="Pelham Street Securities LLC",
            brand="PELHAM STREET",
            address=("One Pelham Street, Suite 900", "Boston, MA 02110"),
            phone="(617) 555-0162",
            web="www.pelhamstreet.example.com",
            region="US",
        ),
        "pelhamstreet.example.com",
        "USD",
        ("US",),
        "us",
        ("us",),
        ("NYSE", "NASDAQ", "NYSE Arca", "IEX"),
        -5,
    ),
)

LABELS = {
    "en": {
        "side": ("Transaction", "Order type", "Direction"),
        "security": ("Instrument", "Security", "Security name"),
        "venue": ("Market", "Place of execution"),
        "trade_date": ("Trade date", "Execution date"),
        "time": ("Execution time",),
        "settle": ("Value date", "Settlement date"),
        "quantity": ("Quantity", "Number of shares"),
        "price": ("Price", "Execution price"),
        "currency": ("Currency",),
        "gross": ("Gross amount", "Consideration"),
        "commission": ("Brokerage", "Commission"),
        "tax": ("Stock exchange tax (TOB)", "Tax on stock exchange transactions"),
        "fee": ("Market fees", "Settlement fee", "Exchange fee"),
        "net": ("Net amount", "Amount to settle"),
        "account": ("Securities account", "Account"),
        "ref": ("Our reference", "Reference"),
        "buy": ("Buy", "Purchase"),
        "sell": ("Sell", "Sale"),
    },
    "fr": {
        "side": ("Type d'opération", "Opération"),
        "security": ("Valeur", "Instrument"),
        "venue": ("Marché", "Lieu d'exécution"),
        "trade_date": ("Date d'exécution", "Date d'opération"),
        "time": ("Heure d'exécution",),
        "settle": ("Date valeur", "Date de règlement"),
        "quantity": ("Quantité",),
        "price": ("Cours", "Cours d'exécution"),
        "currency": ("Devise",),
        "gross": ("Montant brut", "Contre-valeur"),
        "commission": ("Courtage",),
        "tax": ("Taxe sur opérations de bourse (TOB)", "TOB"),
        "fee": ("Frais de marché", "Frais de règlement"),
        "net": ("Montant net", "Montant à régler"),
        "account": ("Compte-titres", "Compte"),
        "ref": ("Notre référence", "Référence"),
        "buy": ("Achat",),
        "sell": ("Vente",),
    },
    "nl": {
        "side": ("Soort transactie", "Transactie"),
        "security": ("Fonds", "Effect", "Instrument"),
        "venue": ("Beurs", "Plaats van uitvoering"),
        "trade_date": ("Transactiedatum", "Uitvoeringsdatum"),
        "time": ("Tijdstip",),
        "settle": ("Valutadatum", "Afwikkelingsdatum"),
        "quantity": ("Aantal",),
        "price": ("Koers", "Uitvoeringskoers"),
        "currency": ("Valuta",),
        "gross": ("Bruto bedrag", "Transactiebedrag"),
        "commission": ("Provisie", "Makelaarsloon"),
        "tax": ("Beurstaks (TOB)", "Taks op beursverrichtingen"),
        "fee": ("Beurskosten", "Afwikkelingskosten"),
        "net": ("Netto bedrag", "Te verrekenen"),
        "account": ("Effectenrekening", "Rekening"),
        "ref": ("Onze referentie", "Referentie"),
        "buy": ("Aankoop",),
        "sell": ("Verkoop",),
    },
    "us": {
        "side": ("Action", "Transaction"),
        "security": ("Security Description", "Description"),
        "venue": ("Market", "Executed on"),
        "trade_date": ("Trade Date",),
        "time": ("Time of Execution",),
        "settle": ("Settlement Date", "Settle Date"),
        "quantity": ("Quantity", "Shares"),
        "price": ("Price", "Execution Price"),
        "currency": ("Currency",),
        "gross": ("Principal Amount", "Principal"),
        "commission": ("Commission",),
        "sec": ("SEC Fee", "SEC Transaction Fee"),
        "taf": ("FINRA TAF", "Trading Activity Fee"),
        "fee": ("Handling Fee", "Processing Fee"),
        "net": ("Net Amount",),
        "account": ("Account Number", "Account No."),
        "ref": ("Reference No.", "Confirmation No."),
        "buy": ("Bought", "You Bought", "Buy"),
        "sell": ("Sold", "You Sold", "Sell"),
    },
}
VENUES = {"BE": "Euronext Brussels", "FR": "Euronext Paris", "NL": "Euronext Amsterdam", "DE": "Xetra"}
ORDER_LABELS = {"en": "Order ID", "fr": "N° d'ordre", "nl": "Ordernummer", "us": "Order ID"}
TITLES = ("Mr", "Ms", "Mrs", "Dr")
RM_FIRM = "Vellacourt Private Office Ltd"
RM_DOMAIN = "vellacourt.example.com"


@dataclass(frozen=True)
class Printed:
    """How the innermost message prints the trade: its language, dates and the currency's place."""

    language: str
    date_style: str  # "dot", "dash" or "us"
    currency: str  # "code" (a row of its own), "prefix" or "suffix"
    sign: str  # what goes before or after amounts


def make_deal(rng: random.Random, house: House) -> tuple[Deal, str]:
    """The deal and the venue it was executed on."""
    market = rng.choice(house.markets)
    security = securities.equity(rng, market)
    q, p, gross = trades.draw(rng, house.currency, trades.shares, trades.price, maximum=Decimal(4_000_000))
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market=house.key.upper()))
    charges: list[Charge] = []
    if house.key == "us":
        plan = rng.choice(("flat", "per_share", "rate"))
        if plan == "flat":
            commission = Decimal(rng.choice(("9.95", "19.95", "24.95")))
        elif plan == "per_share":
            commission = trades.rate_of(q, "0.01", "USD", minimum="14.95", maximum="250")
        else:
            commission = trades.rate_of(gross, "0.002", "USD", minimum="25")
        charges.append(Charge(COMMISSION, "commission", min(commission, money.to_money(gross / 40, "USD"))))
        if side == "SELL":
            charges.append(Charge(FEE, "sec", trades.sec_fee(gross, trade_date)))
            charges.append(Charge(FEE, "taf", trades.taf(q)))
        if rng.random() < 0.25:
            charges.append(Charge(FEE, "fee", Decimal(rng.choice(("2.50", "4.95", "5.00")))))
        name = security.upper_name
    else:
        rate = rng.choice(("0.0025", "0.0035", "0.005"))
        charges.append(Charge(COMMISSION, "commission", trades.rate_of(gross, rate, "EUR", minimum="15")))
        if house.key == "be":
            charges.append(Charge(TAX, "tax", trades.rate_of(gross, "0.0035", "EUR", maximum="1600")))
        if rng.random() < 0.5:
            charges.append(Charge(FEE, "fee", Decimal(rng.choice(("0.50", "1.25", "2.00", "3.50", "7.50")))))
        name = f"{security.name} {security.share_class}".strip() if rng.random() < 0.5 else security.upper_name
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=house.currency,
        security_name=name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=_account(rng, house.key),
        counterparty=house.broker.legal_name,
        trade_ref=_reference(rng, house.key, trade_date),
        isin=security.isin if house.key != "us" or rng.random() < 0.35 else None,
        cusip=security.cusip if house.key == "us" else None,
        ticker=security.ticker if house.key == "us" and rng.random() < 0.7 else None,
    )
    return deal, VENUES.get(market) or rng.choice(house.venues)


def _account(rng: random.Random, key: str) -> str:
    if key == "be":
        return rng.choice(
            (f"{noise.digits(rng, 3)}-{noise.digits(rng, 7)}-{noise.digits(rng, 2)}", f"DX{noise.digits(rng, 8)}")
        )
    if key == "nl":
        return rng.choice((noise.digits(rng, 9), f"VOL-{noise.digits(rng, 6)}"))
    return f"{noise.digits(rng, 4)}-{noise.digits(rng, 4)}"


def _reference(rng: random.Random, key: str, day: date) -> str:
    if key == "be":
        return f"{day:%Y%m%d}/{noise.digits(rng, 6)}"
    if key == "nl":
        return f"T{noise.digits(rng, 10)}"
    return rng.choice((f"PS{noise.digits(rng, 8)}", f"{noise.letters(rng, 2)}{noise.digits(rng, 6)}"))


def _printed(rng: random.Random, house: House) -> Printed:
    language = rng.choice(house.languages)
    if house.key == "us":
        currency = rng.choice(("prefix", "prefix", "code"))
        return Printed(language, "us", currency, "$" if currency == "prefix" else "")
    date_style = "dash" if house.key == "nl" and rng.random() < 0.6 else "dot"
    currency = rng.choice(("code", "prefix", "suffix"))
    sign = {"code": "", "prefix": rng.choice(("EUR ", "€ ")), "suffix": " EUR"}[currency]
    return Printed(language, date_style, currency, sign)


# --- the broker's confirmation ------------------------------------------------------------------------------


def _day(day: date, printed: Printed) -> str:
    if printed.date_style == "dash":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return dates.fmt(day, printed.date_style)


def _rows(
    rng: random.Random, deal: Deal, venue: str, printed: Printed, house: House, executed: str
) -> list[tuple[str, str]]:
    """The trade as label/value pairs, in the broker's order and words."""
    labels = LABELS[printed.language]

    def label(key: str) -> str:
        return rng.choice(labels[key])

    def amount(value: Decimal, *, places: int | None = 2) -> str:
        text = money.fmt(value, house.number, decimals=places)
        if printed.currency == "prefix":
            return f"{printed.sign}{text}"
        if printed.currency == "suffix":
            return f"{text}{printed.sign}"
        return text

    side = rng.choice(labels["buy"] if deal.is_buy else labels["sell"])
    rows = [(label("side"), side.upper() if house.key == "us" and rng.random() < 0.5 else side)]
    rows.append((label("security"), deal.security_name))
    if deal.isin:
        rows.append(("ISIN", deal.isin))
    if deal.cusip:
        rows.append(("CUSIP", deal.cusip))
    if deal.ticker:
        rows.append(("Symbol", deal.ticker))
    rows += [
        (label("venue"), venue),
        (label("trade_date"), _day(deal.trade_date, printed)),
        (label("time"), executed + _zone(house, deal.trade_date)),
        (label("settle"), _day(deal.settlement_date, printed)),
        (label("quantity"), money.fmt(deal.quantity, house.number)),
        (label("price"), amount(deal.price, places=None)),
    ]
    if printed.currency == "code":
        rows.append((label("currency"), deal.currency))
    rows.append((label("gross"), amount(deal.gross_amount)))
    for charge in deal.charges:
        key = charge.label if charge.label in labels else "fee"
        rows.append((label(key), amount(charge.amount)))
    rows.append((label("net"), amount(deal.net_amount)))
    rows += [(label("account"), deal.account or ""), (label("ref"), deal.trade_ref or "")]
    if rng.random() < 0.4:
        rows.insert(len(rows) - 1, (ORDER_LABELS[printed.language], noise.order_number(rng)))
    return rows


def _zone(house: House, day: date) -> str:
    summer = 4 <= day.month <= 10
    if house.key == "us":
        return " ET"
    return " CEST" if summer else " CET"


def _greeting(language: str, name: str) -> str:
    return {"en": "Dear client,", "fr": "Chère cliente, cher client,", "nl": "Geachte cliënt,", "us": f"Dear {name},"}[
        language
    ]


def _intro(rng: random.Random, language: str, *, attached: bool) -> str:
    if attached:
        return {
            "en": "Please find attached the confirmation of your transaction.",
            "fr": "Veuillez trouver ci-joint l'avis d'exécution de votre opération.",
            "nl": "In de bijlage vindt u de bevestiging van uw transactie.",
            "us": "Please see the attached confirmation for your recent trade.",
        }[language]
    return rng.choice(
        {
            "en": ("We confirm the following transaction executed on your behalf:", "Your order has been executed:"),
            "fr": ("Nous vous confirmons l'exécution de l'opération suivante :",),
            "nl": ("Wij bevestigen de volgende transactie voor uw rekening:",),
            "us": ("This confirms the following trade in your account:", "Your order has been filled:"),
        }[language]
    )


def _broker_footer(rng: random.Random, house: House, printed: Printed) -> list[str]:
    broker = house.broker
    style = {"dot": "dot", "dash": "dot", "us": "us"}[printed.date_style]
    lines = [
        f"{broker.legal_name} | {', '.join(broker.address)} | {broker.phone} | {broker.web}",
    ]
    if house.key == "be":
        lines.append(
            f"RPM Bruxelles / RPR Brussel BE 0{noise.digits(rng, 3)}.{noise.digits(rng, 3)}.{noise.digits(rng, 3)}. "
            "Société de bourse agréée par la BNB et la FSMA. Protection des dépôts jusqu'à EUR 100.000; "
            "Fonds de protection des instruments financiers jusqu'à EUR 20.000."
        )
    elif house.key == "nl":
        lines.append(
            f"KvK {noise.digits(rng, 8)}. Vergunninghouder AFM, registratienummer {noise.digits(rng, 8)}. "
            "Beleggerscompensatiestelsel tot EUR 20.000 per belegger."
        )
    else:
        lines.append(
            f"{broker.legal_name}, Member FINRA/SIPC. We acted as your agent. Payment for order flow received: "
            f"$0.00{rng.randint(10, 30)} per share; details on request."
        )
    lines.append(
        f"This confirmation is subject to our general terms of {noise.old_date(rng, style)}. Please report any "
        f"discrepancy within {rng.choice((2, 3, 5))} business days."
    )
    return lines


def _html_body(greeting: str, intro: str, rows: list[tuple[str, str]], house: House, footer: list[str]) -> str:
    cells = "\n".join(
        f'<tr><td style="padding:3px 14px 3px 0;color:#444">{html.escape(label)}</td>'
        f'<td style="padding:3px 0;text-align:{"right" if _numeric(value) else "left"}">{html.escape(value)}</td></tr>'
        for label, value in rows
    )
    legal = "".join(f'<p style="font-size:10px;color:#777">{html.escape(line)}</p>' for line in footer)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
<div style="font-size:18px;font-weight:bold;letter-spacing:2px">{html.escape(house.broker.brand)}</div>
<p>{html.escape(greeting)}</p>
<p>{html.escape(intro)}</p>
<table cellspacing="0" cellpadding="0" style="border-top:1px solid #999;border-bottom:1px solid #999">
{cells}
</table>
<br>
{legal}
</body></html>
"""


def _numeric(value: str) -> bool:
    stripped = value.replace("EUR", "").replace("€", "").replace("$", "").strip()
    return bool(stripped) and all(ch.isdigit() or ch in ".,'" for ch in stripped)


def _text_body(greeting: str, intro: str, rows: list[tuple[str, str]], footer: list[str], pad: int) -> str:
    width = max(len(label) for label, _ in rows) + pad
    lines = [greeting, "", intro, ""]
    lines += [f"{label} {'.' * (width - len(label))} {value}" for label, value in rows]
    lines += ["", "-- ", *footer]
    return "\n".join(lines) + "\n"


def _pdf(
    rng: random.Random, rows: list[tuple[str, str]], house: House, printed: Printed, client: str, footer: list[str]
) -> bytes:
    broker = house.broker
    title = {"en": "TRADE CONFIRMATION", "fr": "AVIS D'EXÉCUTION", "nl": "TRANSACTIEBEVESTIGING", "us": "CONFIRMATION"}
    sheet = Sheet(title=title[printed.language], author=broker.legal_name)
    sheet.text(50, 56, broker.brand, font="Helvetica-Bold", size=17)
    sheet.lines(50, 70, [*broker.address, broker.phone], leading=10, size=7.5)
    sheet.right(545, 56, title[printed.language], font="Helvetica-Bold", size=12)
    sheet.lines(330, 130, [client, *noise.client(rng, "US" if house.key == "us" else "FR").address], leading=11, size=9)
    y = 200.0
    sheet.rule(50, y - 12, 545, weight=0.8)
    for label, value in rows:
        sheet.text(50, y, label, size=9)
        if _numeric(value):
            sheet.right(400, y, value, size=9)
        else:
            sheet.text(230, y, value, size=9)
        y += 15
    sheet.rule(50, y - 8, 545, weight=0.8)
    y += 12
    for line in footer:
        y = sheet.paragraph(50, y, 495, line, size=7) + 3
    sheet.right(545, 800, "1/1", size=7)
    return sheet.finish()


def confirmation(rng: random.Random, house: House, client: str, desk: str) -> tuple[EmailMessage, Deal, datetime]:
    """The broker's original message, its deal and when it was sent."""
    deal, venue = make_deal(rng, house)
    printed = _printed(rng, house)
    when = mail.sent_at(rng, deal.trade_date, utc_offset_hours=house.utc_offset)
    opening = when.replace(hour=9, minute=0, second=rng.randrange(60))
    executed = max(when - timedelta(minutes=rng.randint(3, 150)), min(opening, when)).strftime("%H:%M:%S")
    rows = _rows(rng, deal, venue, printed, house, executed)
    subjects = {
        "en": f"Trade confirmation {deal.trade_ref}",
        "fr": f"Avis d'exécution {deal.trade_ref}",
        "nl": f"Transactiebevestiging {deal.trade_ref}",
        "us": f"Trade Confirmation - Account {deal.account}",
    }
    msg = mail.message(
        rng,
        sender=f"{house.broker.brand.title()} <confirmations@{house.domain}>",
        to=desk,
        subject=subjects[printed.language],
        when=when,
        domain=house.domain,
    )
    form = rng.choice(("html", "html_alt", "text", "pdf"))
    greeting = _greeting(printed.language, client)
    intro = _intro(rng, printed.language, attached=form == "pdf")
    footer = _broker_footer(rng, house, printed)
    if form == "pdf":
        msg.set_content("\n".join([greeting, "", intro, "", "-- ", *footer]) + "\n")
        msg.add_attachment(
            _pdf(rng, rows, house, printed, client, footer),
            maintype="application",
            subtype="pdf",
            filename=f"confirmation_{(deal.trade_ref or '').replace('/', '_')}.pdf",
        )
    elif form == "text":
        msg.set_content(_text_body(greeting, intro, rows, footer, rng.choice((4, 6, 8))))
    elif form == "html_alt":
        msg.set_content(_text_body(greeting, intro, rows, footer, 4))
        msg.add_alternative(_html_body(greeting, intro, rows, house, footer), subtype="html")
    else:
        msg.set_content(_html_body(greeting, intro, rows, house, footer), subtype="html")
    return msg, deal, when


# --- the forwards -------------------------------------------------------------------------------------------


def _signature(rng: random.Random, name: str, title: str) -> list[str]:
    return [
        name,
        title,
        RM_FIRM,
        "18 Fitzalan Square, London W1K 2PL",
        f"T {noise.phone(rng, 'GB')}  |  M +44 7700 900{noise.digits(rng, 3)}",
    ]


def _legal(rng: random.Random) -> str:
    return (
        f"{RM_FIRM} is authorised and regulated by the Financial Conduct Authority (FRN {noise.digits(rng, 6)}) and "
        f"registered in England and Wales No. {noise.digits(rng, 8)}. This e-mail and any attachment are "
        "confidential and may be privileged; if you are not the intended recipient please delete it and tell the "
        f"sender. We never change our bank details by e-mail. Calls may be recorded and kept for "
        f"{rng.choice((5, 7))} years. Registered office as above; privacy notice dated {noise.old_date(rng, 'uk')}."
    )


def _forward(
    rng: random.Random,
    inner: EmailMessage,
    *,
    sender: str,
    to: str,
    when: datetime,
    lines: list[str],
    html_alternative: bool,
) -> EmailMessage:
    prefix = rng.choice(("FW: ", "Fwd: ", "FW: "))
    subject = prefix + str(inner["Subject"])
    msg = mail.message(rng, sender=sender, to=to, subject=subject, when=when, domain=RM_DOMAIN)
    text = "\n".join(lines) + "\n"
    msg.set_content(text)
    if html_alternative:
        paragraphs = "".join(f'<p style="margin:0">{html.escape(line) or "&nbsp;"}</p>' for line in lines)
        msg.add_alternative(
            f'<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{paragraphs}</body></html>\n',
            subtype="html",
        )
    original = str(inner["Subject"]).replace("/", "-").replace(":", "")[:60]
    msg.add_attachment(inner, filename=f"{original}.eml")
    return msg


def _later(rng: random.Random, when: datetime, *, days: int) -> datetime:
    """A time after when, in London: the same day or some business days on."""
    if days:
        day = dates.add_business_days(when.date(), days)
        return mail.sent_at(rng, day).replace(hour=rng.randint(8, 18))
    return (when + timedelta(minutes=rng.randint(4, 180))).astimezone(UTC)


def _plain(name: str) -> str:
    """The name without its title."""
    words = name.split()
    return " ".join(words[1:] if words[0] in TITLES else words)


def _address(name: str) -> str:
    first, *_, last = _plain(name).lower().split()
    return f"{first}.{last}@{RM_DOMAIN}"


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _manager_note(rng: random.Random, deal: Deal, client: str, manager: str, *, to_ops: bool) -> list[str]:
    opener = rng.choice(
        ("FYI - see the confirmation below.", "FYI, confirmation attached.", "See below, for your records.")
    )
    cash = money.places(deal.net_amount * Decimal(rng.choice(("1.2", "1.5", "2.5", "3"))), -3)
    review = dates.add_business_days(deal.trade_date, rng.randint(3, 15))
    extra = rng.choice(
        (
            f"Settles on the {deal.settlement_date.day}{_ordinal(deal.settlement_date.day)}; there is about "
            f"{deal.currency} {money.fmt(cash, decimals=0)} free cash on the account, so no transfer is needed.",
            f"Please book against our client reference VPO-{noise.digits(rng, 5)} and file under mandate "
            f"{noise.letters(rng, 2)}{noise.digits(rng, 3)}.",
            "The broker filled it in one go, slightly better than the limit we gave.",
            f"I'll cover this at our review on {dates.fmt(review, 'long')}.",
        )
    )
    hello = "Hi team," if to_ops else f"Dear {_plain(client).split()[0]},"
    title = rng.choice(("Director, Private Clients", "Relationship Manager", "Senior Client Adviser"))
    return [
        hello,
        "",
        opener,
        extra,
        "",
        "Kind regards,",
        "",
        *_signature(rng, _plain(manager), title),
        "",
        _legal(rng),
    ]


def _desk_note(rng: random.Random, house: House, client: str, manager: str, assistant: str) -> list[str]:
    return [
        f"Hi {_plain(manager).split()[0]},",
        "",
        f"Confirm from {house.broker.brand.title()} for {_plain(client)} below - could you send it on to the client?",
        f"Booked in the system as ticket {noise.digits(rng, 6)}.",
        "",
        "Thanks",
        _plain(assistant),
        f"Dealing Desk | {RM_FIRM} | {noise.phone(rng, 'GB')}",
    ]


def build(rng: random.Random) -> Document:
    house = rng.choice(HOUSES)
    client = noise.person(rng, institutions=False)
    manager = noise.person(rng, institutions=False)
    assistant = noise.person(rng, institutions=False)
    manager_to = f"{_plain(manager)} <{_address(manager)}>"
    nested = rng.random() < 0.35
    desk = f"Dealing Desk <dealing@{RM_DOMAIN}>"
    inner, deal, when = confirmation(rng, house, client, desk if nested else manager_to)
    if nested:
        when = _later(rng, when, days=rng.choice((0, 0, 1)))
        inner = _forward(
            rng,
            inner,
            sender=f"{_plain(assistant)} <dealing@{RM_DOMAIN}>",
            to=manager_to,
            when=when,
            lines=_desk_note(rng, house, client, manager, assistant),
            html_alternative=False,
        )
    to_ops = rng.random() < 0.4
    if to_ops:
        recipient = f"Operations <operations@{RM_DOMAIN}>"
    else:
        recipient = f"{_plain(client)} <{noise.letters(rng, 6).lower()}@mail.example.net>"
    outer = _forward(
        rng,
        inner,
        sender=manager_to,
        to=recipient,
        when=_later(rng, when, days=rng.choice((0, 0, 1, 2))),
        lines=_manager_note(rng, deal, client, manager, to_ops=to_ops),
        html_alternative=rng.random() < 0.5,
    )
    return Document(mail.finish(outer, rng), "email", [deal.truth()])


LAYOUT = Layout(
    name="forwarded_email",
    kind="eml",
    heldout=False,
    build=build,
    description="held out: forwarded confirmation (message/rfc822, some nested), HTML/dotted text/PDF, EU or US styles",
)
