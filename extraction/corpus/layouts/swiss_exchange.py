"""Limmatquai Privatbank: a Swiss stock exchange transaction advice. Numbers 1'234.56, dates 14.03.2025, CHF
(or EUR/USD for foreign shares), Swiss federal stamp duty as the tax, the valor number beside the ISIN."""

from __future__ import annotations

import random

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Limmatquai Privatbank AG",
    brand="Limmatquai Privatbank",
    address=("Limmatquai 118", "8001 Zürich", "Switzerland"),
    phone="+41 44 215 70 70",
    web="www.limmatquai-privatbank.example.ch",
    region="CH",
)


def make_deal(rng: random.Random) -> tuple[Deal, str]:
    domestic = rng.random() < 0.7
    currency = "CHF" if domestic else rng.choice(("EUR", "USD"))
    market = "CH" if domestic else ("DE" if currency == "EUR" else "US")
    security = securities.equity(rng, market)
    q, p, gross = trades.draw(rng, currency, trades.shares, trades.price)
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market="CH"))
    charges = [Charge(COMMISSION, "Courtage", trades.rate_of(gross, "0.0045", currency, minimum="40", maximum="1500"))]
    stamp_rate = "0.00075" if domestic else "0.0015"
    charges.append(Charge(TAX, "Swiss federal stamp duty", trades.rate_of(gross, stamp_rate, currency)))
    if rng.random() < 0.7:
        charges.append(Charge(FEE, "Exchange fees", trades.rate_of(gross, "0.0001", currency, minimum="1.10")))
    valor = noise.digits(rng, rng.choice((7, 8)))
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=f"{security.name} {security.share_class}".strip(),
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=f"{noise.digits(rng, 4)}-{noise.digits(rng, 6)}.{noise.digits(rng, 3)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"{noise.digits(rng, 3)}/{noise.digits(rng, 8)}",
        isin=security.isin,
    )
    return deal, valor


def build(rng: random.Random) -> Document:
    deal, valor = make_deal(rng)
    client = noise.client(rng, "CH")
    ccy = deal.currency
    sheet = Sheet(title="Stock exchange transaction", author=BROKER.legal_name)
    sheet.text(50, 52, BROKER.brand, font="Times-Roman", size=20)
    sheet.text(50, 66, " · ".join(BROKER.address), size=7.5)
    sheet.lines(330, 130, [client.name, *client.address], leading=11, size=9)
    sheet.text(50, 130, f"Zürich, {dates.fmt(deal.trade_date, 'dot')}", size=9)
    sheet.text(50, 142, f"Safekeeping account {deal.account}", size=9)
    sheet.text(50, 154, f"Portfolio manager: {noise.letters(rng, 2)} {noise.phone(rng, 'CH')}", size=8)
    heading = "Stock exchange transaction - Purchase" if deal.is_buy else "Stock exchange transaction - Sale"
    sheet.text(50, 200, heading, font="Helvetica-Bold", size=12)
    sheet.text(50, 216, "We have executed your order as follows:", size=9)
    rows = [
        ("Order number", noise.digits(rng, 9)),
        ("Transaction number", deal.trade_ref or ""),
        ("Security", deal.security_name),
        ("Valor / ISIN", f"{valor} / {deal.isin}"),
        ("Trading venue", noise.venue(rng, "CH") if ccy == "CHF" else noise.venue(rng, "DE" if ccy == "EUR" else "US")),
        ("Trade date", f"{dates.fmt(deal.trade_date, 'dot')}, {dates.clock(rng)}"),
        ("Value date", dates.fmt(deal.settlement_date, "dot")),
        ("Quantity", money.fmt(deal.quantity, "ch")),
        ("Price", f"{ccy} {money.fmt(deal.price, 'ch')}"),
    ]
    y = 240
    for label, value in rows:
        sheet.text(50, y, label, size=9)
        sheet.text(180, y, value, size=9)
        y += 13
    y += 10
    sheet.rule(50, y - 10, 545)
    lines = [("Transaction amount", deal.gross_amount), *((c.label, c.amount) for c in deal.charges)]
    for label, amount in lines:
        sheet.text(50, y, label, size=9)
        sheet.text(400, y, ccy, size=9)
        sheet.right(545, y, money.fmt(amount, "ch"), size=9)
        y += 13
    sheet.rule(380, y - 9, 545)
    total = "Debit amount" if deal.is_buy else "Credit amount"
    settle = dates.fmt(deal.settlement_date, "dot")
    sheet.text(50, y + 2, f"{total} value {settle}", font="Helvetica-Bold", size=9)
    sheet.text(400, y + 2, ccy, font="Helvetica-Bold", size=9)
    sheet.right(545, y + 2, money.fmt(deal.net_amount, "ch"), font="Helvetica-Bold", size=9)
    y += 28
    iban = (
        f"CH{noise.digits(rng, 2)} {noise.digits(rng, 4)} {noise.digits(rng, 4)} {noise.digits(rng, 4)} "
        f"{noise.digits(rng, 4)} {noise.digits(rng, 1)}"
    )
    sheet.text(50, y, f"Booked to account {iban} ({ccy})", size=8)
    y += 20
    for sentence in noise.disclaimer(rng, BROKER, date_style="dot"):
        y = sheet.paragraph(50, y, 495, sentence, size=7)
    sheet.text(50, 800, "This advice is produced electronically and bears no signature.", size=7)
    sheet.right(545, 800, "1/1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth()])


LAYOUT = Layout(
    name="swiss_exchange",
    kind="pdf",
    heldout=False,
    build=build,
    description="Swiss stock exchange transaction: 1'234.56, CHF/EUR/USD, federal stamp duty, valor beside ISIN",
    single_page_pdf=True,
)
