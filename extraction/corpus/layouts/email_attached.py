"""Marlowe & Finch: emails that carry the confirmation elsewhere than in their body.

- a short cover note (telephone number, a disclaimer full of dates and numbers) with a PDF contract note attached;
- a forwarded message: the attachment is another .eml (message/rfc822) whose own attachment or body holds it;
- cover notes with no trade at all (market commentary, a change of terms): truth trades = [].
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from email.message import EmailMessage

from .. import dates, mail, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Marlowe & Finch Securities Ltd",
    brand="MARLOWE & FINCH",
    address=("Finch House, 21 Cornhill Yard", "London EC3V 3ND"),
    phone="+44 20 7946 0412",
    web="marlowefinch.example.co.uk",
    region="GB",
)
DOMAIN = "marlowefinch.example.co.uk"
SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}


def make_deal(rng: random.Random) -> Deal:
    currency = rng.choice(("GBP", "GBP", "USD", "EUR"))
    market = {"GBP": "GB", "USD": "US", "EUR": "NL"}[currency]
    security = securities.equity(rng, market)
    q, p, gross = trades.draw(rng, currency, trades.shares, trades.price)
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market=market))
    charges = []
    if rng.random() < 0.85:
        charges.append(Charge(COMMISSION, "Commission", trades.rate_of(gross, "0.002", currency, minimum="15")))
    if side == "BUY" and market == "GB":
        charges.append(Charge(TAX, "SDRT", trades.rate_of(gross, "0.005", currency)))
    if market == "GB" and gross > 10_000:
        charges.append(Charge(FEE, "PTM levy", Decimal("1.50")))
    if rng.random() < 0.3:
        charges.append(
            Charge(
                FEE,
                "Foreign settlement charge" if market != "GB" else "Settlement charge",
                Decimal(rng.choice(("5.00", "12.00", "20.00"))),
            )
        )
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=security.upper_name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=f"MF/{noise.digits(rng, 5)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"C{noise.digits(rng, 8)}",
        isin=security.isin,
        sedol=security.sedol,
        cusip=security.cusip if rng.random() < 0.5 else None,
    )


def contract_note(rng: random.Random, deal: Deal) -> bytes:
    sign = SYMBOLS[deal.currency]
    sheet = Sheet(title=f"Contract note {deal.trade_ref}", author=BROKER.legal_name)
    sheet.text(50, 50, BROKER.brand, font="Helvetica-Bold", size=16)
    sheet.lines(50, 64, [*BROKER.address, f"Tel {BROKER.phone}"], leading=10, size=8)
    sheet.right(545, 50, "CONTRACT NOTE", font="Helvetica-Bold", size=12)
    sheet.right(545, 64, f"Contract ref {deal.trade_ref}", size=9)
    sheet.right(545, 76, f"Account {deal.account}", size=9)
    client = noise.client(rng, "GB")
    sheet.lines(50, 120, [client.name, *client.address], leading=11, size=9)
    rows = [
        ("Deal type", "BUY" if deal.is_buy else "SELL"),
        ("Stock", deal.security_name),
        ("ISIN", deal.isin or ""),
        *([("SEDOL", deal.sedol)] if deal.sedol else []),
        *([("CUSIP", deal.cusip)] if deal.cusip else []),
        ("Trade date", f"{dates.fmt(deal.trade_date, 'short')} at {dates.clock(rng)[:5]}"),
        ("Settlement date", dates.fmt(deal.settlement_date, "short")),
        ("Quantity", money.fmt(deal.quantity)),
        ("Price", f"{sign}{money.fmt(deal.price)}"),
        ("Gross consideration", f"{sign}{money.fmt(deal.gross_amount)}"),
        *((c.label, f"{sign}{money.fmt(c.amount)}") for c in deal.charges),
        ("Net consideration", f"{sign}{money.fmt(deal.net_amount)}"),
    ]
    y = 190.0
    for label, value in rows:
        bold = label.startswith("Net")
        sheet.text(50, y, label, size=9, font="Helvetica-Bold" if bold else None)
        sheet.text(200, y, value, size=9, font="Helvetica-Bold" if bold else None)
        y += 14
    y += 12
    for sentence in noise.disclaimer(rng, BROKER, date_style="uk"):
        y = sheet.paragraph(50, y, 495, sentence, size=7)
    sheet.right(545, 812, "Page 1 of 1", size=7)
    return sheet.finish()


def _cover_text(rng: random.Random, day: str) -> str:
    return (
        "Dear Client,\n\n"
        "Please find attached your contract note for today's dealing.\n"
        f"Should you have any questions please call the dealing desk on {BROKER.phone} (option 2).\n\n"
        "Kind regards\nClient Services\n\n"
        f"Instructions received after 16:30 on {day} will be processed on the next business day. "
        f"This email and any attachments are confidential. {BROKER.legal_name}, registered in England and Wales "
        f"No. {noise.digits(rng, 8)}, is authorised and regulated by the Financial Conduct Authority, "
        f"FRN {noise.digits(rng, 6)}. Calls may be recorded and kept for 5 years.\n"
    )


def _with_pdf(rng: random.Random, deal: Deal, client: noise.Client) -> EmailMessage:
    msg = mail.message(
        rng,
        sender=f"Marlowe & Finch <contractnotes@{DOMAIN}>",
        to=f"{client.name} <ops@client.example>",
        subject=f"Contract note {deal.trade_ref}",
        when=mail.sent_at(rng, deal.trade_date),
        domain=DOMAIN,
    )
    msg.set_content(_cover_text(rng, dates.fmt(deal.trade_date, "uk")))
    msg.add_attachment(
        contract_note(rng, deal), maintype="application", subtype="pdf", filename=f"ContractNote_{deal.trade_ref}.pdf"
    )
    return msg


def _with_text(rng: random.Random, deal: Deal, client: noise.Client) -> EmailMessage:
    """An older system's notice: the contract note in the body of the message."""
    msg = mail.message(
        rng,
        sender=f"notifications@{DOMAIN}",
        to=f"{client.name} <ops@client.example>",
        subject=f"Dealing notification {deal.trade_ref}",
        when=mail.sent_at(rng, deal.trade_date),
        domain=DOMAIN,
    )
    sign = SYMBOLS[deal.currency]
    lines = [
        f"{BROKER.legal_name} - dealing notification",
        "",
        f"We {'bought' if deal.is_buy else 'sold'} {money.fmt(deal.quantity)} {deal.security_name} "
        f"at {sign}{money.fmt(deal.price)} for account {deal.account}.",
        f"ISIN {deal.isin}",
        f"Trade date {dates.fmt(deal.trade_date, 'uk')}, settlement date {dates.fmt(deal.settlement_date, 'uk')}.",
        f"Gross consideration {sign}{money.fmt(deal.gross_amount)}",
        *(f"{c.label} {sign}{money.fmt(c.amount)}" for c in deal.charges),
        f"Net consideration {sign}{money.fmt(deal.net_amount)}",
        f"Contract ref {deal.trade_ref}",
        "",
        f"Telephone {BROKER.phone}. Notifications are sent between 07:00 and 22:00.",
    ]
    msg.set_content("\n".join(lines) + "\n")
    return msg


def _forward(rng: random.Random, inner: EmailMessage, client: noise.Client, *, received: date) -> EmailMessage:
    """A colleague at the client forwards the broker's message as an attachment, a day or two later."""
    colleague = noise.person(rng, institutions=False)
    msg = mail.message(
        rng,
        sender=f"{colleague} <{noise.letters(rng, 6).lower()}@client.example>",
        to="confirmations@client.example",
        subject=f"FW: {inner['Subject']}",
        when=mail.sent_at(rng, dates.add_business_days(received, rng.randint(0, 2))),
        domain="client.example",
    )
    msg.set_content(
        f"Forwarding the broker's message below for booking - it came to my inbox on {dates.fmt(received, 'uk')}.\n"
        f"Ref our ticket {noise.digits(rng, 6)}; I'm out until the 3rd, call {noise.phone(rng, 'GB')} if urgent.\n\n"
        f"{colleague}\n{client.name}\n"
    )
    msg.add_attachment(inner)
    return msg


def _no_trade(rng: random.Random, client: noise.Client) -> EmailMessage:
    day = dates.trade_day(rng)
    topic = rng.choice(("commentary", "terms", "holiday"))
    msg = mail.message(
        rng,
        sender=f"Marlowe & Finch Research <research@{DOMAIN}>",
        to=f"{client.name} <ops@client.example>",
        subject={
            "commentary": f"Weekly market commentary - {dates.fmt(day, 'long')}",
            "terms": "Important: changes to our Terms of Business",
            "holiday": "Dealing desk hours over the bank holiday",
        }[topic],
        when=mail.sent_at(rng, day),
        domain=DOMAIN,
    )
    effective = dates.fmt(dates.add_business_days(day, rng.randint(20, 60)), "uk")
    text = {
        "commentary": (
            f"Dear Client,\n\nThe FTSE 100 closed the week at {rng.randint(7000, 8800):,}.{rng.randint(10, 99)}, up "
            f"{noise.scaled(rng, 1, 40, 1)}%. Gilts yielded {noise.scaled(rng, 300, 480, 2)}% at 10 years and "
            f"sterling traded at {noise.scaled(rng, 115, 135, 2)} against the dollar. Our model portfolio bought "
            f"2,500 shares of a mid-cap lender at 412.5p.\n\nThe full note is attached.\n"
        ),
        "terms": (
            f"Dear Client,\n\nOur Terms of Business dated 01/01/2021 will be replaced by a new version effective "
            f"{effective}. The minimum commission rises from £10.00 to £12.50 and the custody fee of 0.25% a year "
            f"is capped at £250 per quarter.\n"
        ),
        "holiday": (
            f"Dear Client,\n\nThe dealing desk will close at 12:30 on {dates.fmt(day, 'uk')} and reopen on "
            f"{effective} at 07:00. Orders above £50,000 need a call to {BROKER.phone}.\n"
        ),
    }[topic]
    msg.set_content(text + "\nKind regards\nMarlowe & Finch\n")
    if topic == "commentary":
        msg.add_attachment(
            _commentary_pdf(rng, day), maintype="application", subtype="pdf", filename="Weekly_Commentary.pdf"
        )
    return msg


def _commentary_pdf(rng: random.Random, day: date) -> bytes:
    sheet = Sheet(title="Weekly market commentary", author=BROKER.legal_name)
    sheet.text(50, 50, BROKER.brand, font="Helvetica-Bold", size=16)
    sheet.text(50, 80, f"Weekly market commentary, {dates.fmt(day, 'long')}", font="Helvetica-Bold", size=12)
    y = 110.0
    for _ in range(6):
        security = securities.equity(rng, "GB")
        sheet.text(50, y, security.name, size=9)
        sheet.right(400, y, f"{trades.price(rng, decimals=2, whole_digits=2)}", size=9)
        sheet.right(480, y, f"{rng.choice('+-')}{noise.scaled(rng, 1, 90, 1)}%", size=9)
        y += 13
    sheet.paragraph(
        50,
        y + 10,
        495,
        "Prices are mid-market closing prices and are shown for information only. "
        "They are not an offer to buy or sell any security.",
        size=8,
    )
    return sheet.finish()


def build(rng: random.Random) -> Document:
    client = noise.client(rng, "GB")
    roll = rng.random()
    if roll < 0.2:
        return Document(mail.finish(_no_trade(rng, client), rng), "email", [])
    deal = make_deal(rng)
    if roll < 0.6:
        msg = _with_pdf(rng, deal, client)
    else:
        inner = _with_pdf(rng, deal, client) if roll < 0.85 else _with_text(rng, deal, client)
        msg = _forward(rng, inner, client, received=deal.trade_date)
    return Document(mail.finish(msg, rng), "email", [deal.truth()])


LAYOUT = Layout(
    name="email_attached",
    kind="eml",
    heldout=False,
    build=build,
    description="cover-note emails: PDF contract note attached, forwarded .eml (message/rfc822) inside, no-trade notes",
)
