"""Vauclair & Associés: a Paris/Brussels transaction notice in English with French number typography:
1 234,56 with a space or a no-break space between thousands (the narrow no-break space has no glyph in the
standard PDF fonts, so it appears in the semicolon CSV export instead), 14 March 2025, EUR, the French financial
transaction tax or the Belgian tax on stock exchange transactions."""

from __future__ import annotations

import random
from datetime import date

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Vauclair & Associés Bourse SA",
    brand="VAUCLAIR & ASSOCIÉS",
    address=("18 rue de la Banque", "75002 Paris", "France"),
    phone="+33 1 42 60 17 35",
    web="www.vauclair-bourse.example.fr",
    region="FR",
)
BRUSSELS = ("Avenue Louise 231", "1050 Bruxelles", "Belgium")


def make_deal(rng: random.Random, *, belgian: bool) -> Deal:
    security = securities.equity(rng, "BE" if belgian else rng.choice(("FR", "FR", "NL")))
    q, p, gross = trades.draw(rng, "EUR", trades.shares, trades.price)
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market="FR"))
    charges = []
    if rng.random() < 0.9:
        charges.append(Charge(COMMISSION, "Commission", trades.rate_of(gross, "0.0035", "EUR", minimum="7.50")))
    if belgian:
        charges.append(
            Charge(
                TAX,
                "Tax on stock exchange transactions (TOB 0,35 %)",
                trades.rate_of(gross, "0.0035", "EUR", maximum="1600"),
            )
        )
    elif side == "BUY" and security.market == "FR":
        rate = "0.004" if trade_date >= date(2025, 4, 1) else "0.003"
        printed_rate = "0,4" if rate == "0.004" else "0,3"
        charges.append(Charge(TAX, f"Financial transaction tax ({printed_rate} %)", trades.rate_of(gross, rate, "EUR")))
    if rng.random() < 0.4:
        charges.append(Charge(FEE, "Market charges", trades.rate_of(gross, "0.00005", "EUR", minimum="0.50")))
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="EUR",
        security_name=security.name.upper(),
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=f"{noise.digits(rng, 5)} {noise.digits(rng, 11)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"VA{noise.digits(rng, 9)}",
        isin=security.isin,
    )


def build(rng: random.Random) -> Document:
    belgian = rng.random() < 0.35
    deal = make_deal(rng, belgian=belgian)
    style = rng.choice(("fr", "fr_nbsp"))
    client = noise.client(rng, "FR")
    sheet = Sheet(title="Transaction notice", author=BROKER.legal_name)
    sheet.text(60, 50, BROKER.brand, font="Times-Bold", size=17)
    office = BRUSSELS if belgian else BROKER.address
    sheet.text(60, 64, f"{BROKER.legal_name} - {', '.join(office)} - Tel. {BROKER.phone}", size=7.5)
    sheet.lines(340, 110, [client.name, *client.address], leading=11, size=9)
    place = "Bruxelles" if belgian else "Paris"
    sheet.text(60, 110, f"{place}, {dates.fmt(deal.trade_date, 'long')}", size=9)
    sheet.text(60, 122, f"Account no. {deal.account}", size=9)
    sheet.text(60, 134, f"Notice no. {deal.trade_ref}", size=9)
    sheet.text(60, 180, "TRANSACTION NOTICE", font="Helvetica-Bold", size=13)
    sheet.text(
        60,
        196,
        f"Order no. {noise.digits(rng, 10)} received {dates.fmt(deal.trade_date, 'long')} at "
        f"{dates.clock(rng)[:5]}, executed on {noise.venue(rng, 'FR')}.",
        size=8.5,
    )
    top = 214
    rows = [
        ("Operation", "Purchase" if deal.is_buy else "Sale"),
        ("Security", deal.security_name),
        ("ISIN code", deal.isin or ""),
        ("Trade date", dates.fmt(deal.trade_date, "long")),
        ("Settlement date", dates.fmt(deal.settlement_date, "long")),
        ("Quantity", money.fmt(deal.quantity, style)),
        ("Price", f"{money.fmt(deal.price, style)} EUR"),
        ("Gross amount", f"{money.fmt(deal.gross_amount, style)} EUR"),
        *((c.label, f"{money.fmt(c.amount, style)} EUR") for c in deal.charges),
    ]
    y = top + 16
    for label, value in rows:
        sheet.text(70, y, label, size=9)
        sheet.right(525, y, value, size=9)
        y += 14
    sheet.rule(60, y - 8, 535)
    label = "Net amount debited" if deal.is_buy else "Net amount credited"
    sheet.text(70, y + 4, label, font="Helvetica-Bold", size=10)
    sheet.right(525, y + 4, f"{money.fmt(deal.net_amount, style)} EUR", font="Helvetica-Bold", size=10)
    sheet.box(60, top, 475, y + 14 - top)
    y += 34
    for sentence in noise.disclaimer(rng, BROKER, date_style="long"):
        y = sheet.paragraph(60, y, 475, sentence, size=7)
    sheet.centre(297, 810, "1/1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth()])


LAYOUT = Layout(
    name="fr_spaced",
    kind="pdf",
    heldout=False,
    build=build,
    description="French/Belgian notice: 1 234,56 with (no-break) spaces, 14 March 2025, EUR, FTT or TOB as taxes",
    single_page_pdf=True,
)
