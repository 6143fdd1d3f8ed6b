"""Sprucehill: a trade advice email, the confirmation written as key: value lines in a plain-text body.

Dates like "March 14, 2025"; sometimes the client's order request is quoted below (its numbers are not the
trade's); a signature with telephone numbers and a disclaimer follow.
"""

from __future__ import annotations

import random
from decimal import Decimal

from .. import dates, mail, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout

BROKER = noise.Broker(
    legal_name="Sprucehill Brokerage, Inc.",
    brand="Sprucehill",
    address=("220 Wacker Row, Floor 9", "Milwaukee, WI 53202"),
    phone="(414) 555-0162",
    web="sprucehill.example.com",
    region="US",
)
DOMAIN = "sprucehill.example.com"


def make_deal(rng: random.Random) -> Deal:
    security = securities.equity(rng, "US")
    q, p, gross = trades.draw(rng, "USD", trades.shares, trades.price)
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date))
    charges = []
    if rng.random() < 0.8:
        charges.append(
            Charge(COMMISSION, "Commission", trades.rate_of(gross, "0.001", "USD", minimum="9.99", maximum="95"))
        )
    if side == "SELL":
        fees = trades.us_sale_fees(False, q, gross, trade_date, ("SEC Fee", "TAF"))
        charges.append(Charge(FEE, "Regulatory Fees", sum((c.amount for c in fees), Decimal(0))))
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="USD",
        security_name=security.upper_name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=f"{noise.digits(rng, 3)}-{noise.digits(rng, 6)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"SH{noise.digits(rng, 10)}",
        isin=security.isin if rng.random() < 0.5 else None,
        cusip=security.cusip,
        ticker=security.ticker,
    )


def body(rng: random.Random, deal: Deal, client: noise.Client) -> str:
    salutation = client.name if " " not in client.name else client.name.split()[-1]
    rows = [
        ("Account", deal.account or ""),
        ("Action", "Bought" if deal.is_buy else "Sold"),
        ("Security", deal.security_name),
        ("Symbol", deal.ticker or ""),
        ("CUSIP", deal.cusip or ""),
        *([("ISIN", deal.isin)] if deal.isin else []),
        ("Trade Date", dates.fmt(deal.trade_date, "us_long")),
        ("Settlement Date", dates.fmt(deal.settlement_date, "us_long")),
        ("Quantity", money.fmt(deal.quantity)),
        ("Price", f"${money.fmt(deal.price)}"),
        ("Gross Amount", f"${money.fmt(deal.gross_amount)}"),
        *((c.label, f"${money.fmt(c.amount)}") for c in deal.charges),
        ("Net Amount", f"${money.fmt(deal.net_amount)}"),
        ("Reference", deal.trade_ref or ""),
    ]
    width = max(len(label) for label, _ in rows) + 2
    table = "\n".join(f"{label + ':':<{width}}{value}" for label, value in rows)
    advisor = noise.person(rng, institutions=False)
    lines = [
        f"Dear {salutation},",
        "",
        f"Please find below the details of the trade we executed for you on {dates.fmt(deal.trade_date, 'us_long')}.",
        "",
        "TRADE ADVICE",
        table,
        "",
        f"Questions about this trade? Call me directly at {noise.phone(rng, 'US')} or the desk at {BROKER.phone}.",
        "",
        "Kind regards,",
        advisor,
        f"Financial Advisor | {BROKER.legal_name}",
        *BROKER.address,
        "",
        "-- ",
        *noise.disclaimer(rng, BROKER, date_style="us"),
    ]
    if rng.random() < 0.35:
        verb = "buy" if deal.is_buy else "sell"
        asked = dates.fmt(deal.trade_date, "us_long")
        lines += [
            "",
            f"On {asked}, {client.name} wrote:",
            f"> Hi, please {verb} {money.fmt(deal.quantity)} {deal.ticker} at market for account ending "
            f"{(deal.account or '')[-4:]}.",
            f"> My limit for this month is ${rng.randint(5, 900)},000. Thanks!",
        ]
    return "\n".join(lines) + "\n"


def build(rng: random.Random) -> Document:
    deal = make_deal(rng)
    client = noise.client(rng, "US")
    msg = mail.message(
        rng,
        sender=f"Sprucehill Trade Advice <tradeadvice@{DOMAIN}>",
        to=f"{client.name} <client{noise.digits(rng, 4)}@mail.example.net>",
        subject=f"Trade Advice - Account ***{(deal.account or '')[-4:]} - {deal.ticker}",
        when=mail.sent_at(rng, deal.trade_date, utc_offset_hours=-5),
        domain=DOMAIN,
    )
    msg.set_content(body(rng, deal, client))
    return Document(mail.finish(msg, rng), "email", [deal.truth()])


LAYOUT = Layout(
    name="email_text",
    kind="eml",
    heldout=False,
    build=build,
    description="trade advice email: key: value lines in a text/plain body, March 14, 2025, quoted order request",
)
