"""Corran Bay: a Singapore contract note. The side is only BOT or SLD, the trade date is the "Deal date" and
settlement the "Value date"; SGD (or USD/HKD for foreign shares); clearing and SGX fees, GST on the charges;
"Nett amount"."""

from __future__ import annotations

import random
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Corran Bay Securities (Singapore) Pte. Ltd.",
    brand="CORRAN BAY",
    address=("8 Marina Vista, #31-02", "Singapore 018960"),
    phone="+65 6555 0190",
    web="corranbay.example.sg",
    region="SG",
)


def make_deal(rng: random.Random) -> Deal:
    currency = rng.choice(("SGD", "SGD", "SGD", "USD", "HKD"))
    market = {"SGD": "SG", "USD": "US", "HKD": "HK"}[currency]
    security = securities.equity(rng, market)
    lot = Decimal(100)
    q, p, gross = trades.draw(rng, currency, lambda r: lot * r.randint(1, 3000), lambda r: trades.price(r, decimals=3))
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market=market))
    brokerage = trades.rate_of(gross, "0.0028", currency, minimum="25")
    charges = [Charge(COMMISSION, "Commission", brokerage)]
    fees = Decimal(0)
    if currency == "SGD":
        clearing = trades.rate_of(gross, "0.000325", currency, maximum="600")
        access = trades.rate_of(gross, "0.000075", currency)
        charges += [Charge(FEE, "Clearing fee", clearing), Charge(FEE, "SGX trading fee", access)]
        fees = clearing + access
    if rng.random() < 0.8:
        charges.append(Charge(TAX, "GST 9%", money.to_money((brokerage + fees) * Decimal("0.09"), currency)))
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=security.name.upper(),
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=f"{noise.letters(rng, 1)}{noise.digits(rng, 7)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"{noise.digits(rng, 2)}/{noise.digits(rng, 6)}",
        isin=security.isin,
        ticker=security.ticker,
    )


def build(rng: random.Random) -> Document:
    deal = make_deal(rng)
    client = noise.client(rng, "SG")
    style = rng.choice(("uk", "short"))
    sheet = Sheet(title="Contract note", author=BROKER.legal_name)
    sheet.text(50, 48, BROKER.brand, font="Helvetica-Bold", size=18)
    sheet.text(50, 60, BROKER.legal_name, size=8)
    sheet.text(50, 70, f"{', '.join(BROKER.address)}  |  T {BROKER.phone}  |  {BROKER.web}", size=7.5)
    sheet.right(545, 48, "CONTRACT NOTE", font="Helvetica-Bold", size=12)
    sheet.right(545, 62, f"Contract No. {deal.trade_ref}", size=8.5)
    sheet.right(545, 74, f"Trading Rep {noise.letters(rng, 2)}{noise.digits(rng, 3)}", size=8.5)
    sheet.lines(50, 110, [client.name, *client.address], leading=11, size=9)
    sheet.text(330, 110, f"Trading A/C {deal.account}", size=9)
    sheet.text(330, 122, f"CDP A/C 1681-{noise.digits(rng, 4)}-{noise.digits(rng, 4)}", size=9)
    rows = [
        ("Deal date", f"{dates.fmt(deal.trade_date, style)}  {dates.clock(rng)}"),
        ("Value date", dates.fmt(deal.settlement_date, style)),
        ("B/S", "BOT" if deal.is_buy else "SLD"),
        ("Counter", f"{deal.ticker}  {deal.security_name}"),
        ("ISIN", deal.isin or ""),
        (
            "Exchange",
            noise.venue(rng, "SG") if deal.currency == "SGD" else ("NYSE" if deal.currency == "USD" else "SEHK"),
        ),
        ("Quantity", money.fmt(deal.quantity)),
        ("Done price", f"{deal.currency} {money.fmt(deal.price)}"),
    ]
    y = 175.0
    for label, value in rows:
        sheet.text(50, y, label, size=9)
        sheet.text(150, y, value, size=9)
        y += 13
    y += 10
    amounts = [("Gross amount", deal.gross_amount), *((c.label, c.amount) for c in deal.charges)]
    for label, amount in amounts:
        sheet.text(300, y, label, size=9)
        sheet.right(545, y, f"{deal.currency} {money.fmt(amount)}", size=9)
        y += 13
    sheet.rule(400, y - 9, 545)
    label = "Nett amount payable" if deal.is_buy else "Nett amount receivable"
    sheet.text(300, y + 2, label, font="Helvetica-Bold", size=9)
    sheet.right(545, y + 2, f"{deal.currency} {money.fmt(deal.net_amount)}", font="Helvetica-Bold", size=9)
    y += 30
    for sentence in noise.disclaimer(rng, BROKER, date_style="uk"):
        y = sheet.paragraph(50, y, 495, sentence, size=7)
    sheet.right(545, 812, "Page 1 of 1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth()])


LAYOUT = Layout(
    name="sg_deal_value",
    kind="pdf",
    heldout=False,
    build=build,
    description="Singapore contract note: BOT/SLD only, Deal date and Value date, GST on charges, 'Nett amount'",
    single_page_pdf=True,
)
