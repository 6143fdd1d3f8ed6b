"""Kestrel Point: a deal confirmation email whose only body is HTML, a table of label and value cells.

Wording no training layout uses: Instrument, Dealing date, Settles on, Units, Trade value, Execution charge,
Levies, Amount payable/receivable, Deal reference.
"""

from __future__ import annotations

import html
import random
from decimal import Decimal

from .. import dates, mail, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout

BROKER = noise.Broker(
    legal_name="Kestrel Point Markets Limited",
    brand="Kestrel Point",
    address=("3 Grand Canal Quay", "Dublin 2, D02 KX59", "Ireland"),
    phone="+353 1 555 0148",
    web="kestrelpoint.example.ie",
    region="IE",
)
DOMAIN = "kestrelpoint.example.ie"
SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "US$"}


def make_deal(rng: random.Random) -> Deal:
    currency = rng.choice(("EUR", "EUR", "GBP", "USD"))
    market = {"EUR": "IE", "GBP": "GB", "USD": "US"}[currency]
    security = securities.equity(rng, market)
    q, p, gross = trades.draw(rng, currency, trades.shares, trades.price)
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market=market))
    charges = [Charge(COMMISSION, "Execution charge", trades.rate_of(gross, "0.0025", currency, minimum="25"))]
    if rng.random() < 0.6:
        charges.append(Charge(FEE, "Levies", Decimal(rng.choice(("1.25", "1.50", "2.00")))))
    if side == "BUY" and market in ("IE", "GB"):
        rate = "0.01" if market == "IE" else "0.005"
        label = "Irish stamp duty (1%)" if market == "IE" else "UK SDRT (0.5%)"
        charges.append(Charge(TAX, label, trades.rate_of(gross, rate, currency)))
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=f"{security.name} {security.share_class}".strip(),
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=f"KP{noise.digits(rng, 7)}",
        counterparty=BROKER.legal_name,
        trade_ref=f"D-{noise.digits(rng, 8)}",
        isin=security.isin,
        sedol=security.sedol if rng.random() < 0.5 else None,
    )


def _cell_rows(rng: random.Random, deal: Deal) -> list[tuple[str, str]]:
    sign = SYMBOLS[deal.currency]

    def amount(value: Decimal) -> str:
        return f"{sign}{money.fmt(value)}"

    rows = [
        ("Deal reference", deal.trade_ref or ""),
        ("Order ID", noise.order_number(rng)),
        ("Client number", deal.account or ""),
        ("Direction", "Client buys" if deal.is_buy else "Client sells"),
        ("Instrument", deal.security_name),
        ("ISIN", deal.isin or ""),
        *([("SEDOL", deal.sedol)] if deal.sedol else []),
        ("Execution venue", {"EUR": "Euronext Dublin", "GBP": noise.venue(rng, "GB")}.get(deal.currency, "NASDAQ")),
        ("Dealing date", f"{dates.fmt(deal.trade_date, 'short')} {dates.clock(rng)} IST"),
        ("Settles on", dates.fmt(deal.settlement_date, "short")),
        ("Units", money.fmt(deal.quantity)),
        ("Execution price", f"{amount(deal.price)}"),
        ("Trade value", amount(deal.gross_amount)),
        *((c.label, amount(c.amount)) for c in deal.charges),
        ("Amount payable" if deal.is_buy else "Amount receivable", amount(deal.net_amount)),
    ]
    return rows


def body(rng: random.Random, deal: Deal, client: noise.Client) -> str:
    cells = "\n".join(
        f'<tr><td style="padding:4px 12px;color:#555">{html.escape(label)}</td>'
        f'<td style="padding:4px 12px;font-weight:bold">{html.escape(value)}</td></tr>'
        for label, value in _cell_rows(rng, deal)
    )
    legal = "".join(
        f'<p style="font-size:9px;color:#888">{html.escape(s)}</p>'
        for s in noise.disclaimer(rng, BROKER, date_style="uk")
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Deal confirmation</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3954;color:#fff;padding:12px">
<img src="cid:logo" alt="Kestrel Point" width="140" height="32"> <span style="float:right">{BROKER.phone}</span>
</td></tr></table>
<p>Dear {html.escape(client.name)},</p>
<p>Thank you for dealing with us. This email confirms the deal below, executed on your instructions.</p>
<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#ccc">
{cells}
</table>
<p>Cash will move on the settlement date from the account we hold on file for you. Please contact the
dealing desk on {BROKER.phone} (08:00-17:30 Monday to Friday) with any query.</p>
<p>{html.escape(BROKER.legal_name)}<br>{"<br>".join(html.escape(a) for a in BROKER.address)}</p>
<hr>
{legal}
</body></html>
"""


def build(rng: random.Random) -> Document:
    deal = make_deal(rng)
    client = noise.client(rng, "GB")
    msg = mail.message(
        rng,
        sender=f"Kestrel Point Dealing <confirms@{DOMAIN}>",
        to=f"{client.name} <{noise.letters(rng, 5).lower()}@inbox.example.org>",
        subject=f"Deal confirmation {deal.trade_ref}",
        when=mail.sent_at(rng, deal.trade_date),
        domain=DOMAIN,
    )
    msg.set_content(body(rng, deal, client), subtype="html")
    return Document(mail.finish(msg, rng), "email", [deal.truth()])


LAYOUT = Layout(
    name="email_html",
    kind="eml",
    heldout=False,
    build=build,
    description="held out: HTML-only email, a table of label/value cells with unusual wording",
)
