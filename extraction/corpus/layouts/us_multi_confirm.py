"""Cobblestone Lane: a US confirmation page holding two to four trades of one account.

Each trade is a block of its own, introduced by its side words (BOUGHT/SOLD, YOU BOUGHT/YOU SOLD, PURCHASE/SALE,
BUY/SELL; short sales as SOLD SHORT and the like), the quantity and the security name; no table header is
repeated above the blocks. Two block styles: label/value pairs run along three lines, or a small grid with the
details on the left and the money right-aligned on the right. Month-first dates (03/14/2025 or 03/14/25), an
"AS OF" trade booked on a later processing date, prices padded to four places, one fee line (SEC fee and TAF
summed on sales, a handling fee on some buys, 0.00 otherwise). Some pages open with a cover paragraph; most close
with a purchases/sales summary (sums that are not trades) and a footer of run numbers, dates and code legends.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

BROKER = noise.Broker(
    legal_name="Cobblestone Lane Securities, LLC",
    brand="COBBLESTONE LANE",
    address=("1200 Seventeenth Street, Suite 1450", "Denver, CO 80202"),
    phone="(303) 555-0126",
    web="www.cobblestonelane.example.com",
    region="US",
)
LEFT, RIGHT = 46.0, 566.0
SIDE_WORDS = (
    ("BOUGHT", "SOLD", "SOLD SHORT"),
    ("YOU BOUGHT", "YOU SOLD", "YOU SOLD SHORT"),
    ("PURCHASE", "SALE", "SHORT SALE"),
    ("BUY", "SELL", "SELL SHORT"),
)


def make_deal(rng: random.Random, *, trade_date: date, account: str, commission_plan: str, fee_label: str) -> Deal:
    is_fund = rng.random() < 0.1
    security = securities.fund(rng, "US") if is_fund else securities.equity(rng, "US")
    quantity = trades.fund_units if is_fund else trades.shares
    q, p, gross = trades.draw(rng, "USD", quantity, trades.price, maximum=Decimal(5_000_000))
    side = trades.side(rng)
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date))
    if commission_plan == "zero" or is_fund:
        commission = Decimal("0.00")
    elif commission_plan == "flat":
        commission = Decimal(rng.choice(("4.95", "6.95", "9.99")))
    elif commission_plan == "per_share":
        commission = trades.rate_of(q, "0.005", "USD", minimum="1.00", maximum="49.95")
    else:
        commission = trades.rate_of(gross, "0.0125", "USD", minimum="25.00", maximum="1250")
    commission = min(commission, money.to_money(gross / 40, "USD"))
    # mutual fund redemptions carry no SEC fee or TAF
    no_sale_fees = side == "BUY" or is_fund
    fee = sum((c.amount for c in trades.us_sale_fees(no_sale_fees, q, gross, trade_date, ("", ""))), Decimal(0))
    if rng.random() < 0.25:
        fee += Decimal(rng.choice(("1.50", "2.00", "2.95")))
    charges = (Charge(COMMISSION, "Commission", commission), Charge(FEE, fee_label, money.to_money(fee, "USD")))
    name = security.name.upper() if is_fund else security.upper_name
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency="USD",
        security_name=name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=charges,
        account=account,
        counterparty=BROKER.legal_name,
        trade_ref=f"{noise.letters(rng, 2)}{noise.digits(rng, 7)}",
        isin=security.isin if rng.random() < 0.3 else None,
        cusip=security.cusip,
        ticker=security.ticker if rng.random() < 0.75 else None,
    )


def build(rng: random.Random) -> Document:
    day = dates.trade_day(rng)
    account = f"{noise.letters(rng, 1)}{noise.digits(rng, 2)}-{noise.digits(rng, 6)}"
    plan = rng.choice(("zero", "flat", "per_share", "full"))
    fee_label = rng.choice(("Fees", "Transaction Fees", "Reg. Fees", "Other Fees"))
    count = rng.randint(2, 4)
    days = [day] * count
    as_of = rng.random() < 0.3
    if as_of:  # a late booking: traded a day or two before the others
        days[rng.randrange(count)] = dates.previous_business_day(
            day if rng.random() < 0.5 else dates.previous_business_day(day)
        )
    deals = [make_deal(rng, trade_date=d, account=account, commission_plan=plan, fee_label=fee_label) for d in days]
    processed = dates.add_business_days(day, rng.choice((0, 1)))
    date_style = rng.choice(("us", "us", "us2"))
    words = rng.choice(SIDE_WORDS)
    block = rng.choice((_inline_block, _grid_block))
    client = noise.client(rng, "US")

    sheet = Sheet(title="Confirmation of transactions", author=BROKER.legal_name, pagesize=LETTER)
    y = _header(sheet, rng, client, account, processed, date_style)
    if rng.random() < 0.5:
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, _cover(rng, processed, count), size=8.5) + 6
    sheet.rule(LEFT, y, RIGHT, weight=1)
    y += 16
    for deal in deals:
        short = not deal.is_buy and rng.random() < 0.12
        side_text = words[0] if deal.is_buy else words[2 if short else 1]
        y = block(sheet, rng, deal, y, side_text, date_style, as_of=deal.trade_date != day)
        sheet.rule(LEFT, y - 6, RIGHT, weight=0.4)
        y += 8
    if rng.random() < 0.7:
        y = _summary(sheet, deals, y)
    for sentence in noise.disclaimer(rng, BROKER, date_style="us"):
        if y + 2 + 8.5 * len(simpleSplit(sentence, "Helvetica", 6.5, RIGHT - LEFT)) > 716:
            break
        y = sheet.paragraph(LEFT, y + 2, RIGHT - LEFT, sentence, size=6.5)
    _footer(sheet, rng, processed)
    return Document(sheet.finish(), "confirmation", [deal.truth() for deal in deals])


def _header(sheet: Sheet, rng: random.Random, client: noise.Client, account: str, processed: date, style: str) -> float:
    sheet.text(LEFT, 46, BROKER.brand, font="Times-Bold", size=18)
    sheet.text(LEFT, 58, f"{BROKER.legal_name}  ·  Member FINRA / SIPC", size=7.5)
    sheet.text(LEFT, 68, f"{', '.join(BROKER.address)}  ·  {BROKER.phone}  ·  {BROKER.web}", size=7.5)
    title = rng.choice(("CONFIRMATION OF TRANSACTIONS", "TRADE CONFIRMATION", "DAILY CONFIRMATION"))
    sheet.right(RIGHT, 46, title, font="Helvetica-Bold", size=12)
    info = [
        ("Account", account),
        ("Processing date", dates.fmt(processed, style)),
        ("Account type", rng.choice(("Individual", "Joint Tenants", "Traditional IRA", "Trust", "Corporate"))),
        ("Investment professional", f"{noise.letters(rng, 2)}{noise.digits(rng, 2)}"),
    ]
    for i, (label, value) in enumerate(info):
        sheet.text(380, 96 + 11 * i, label, size=7.5)
        sheet.right(RIGHT, 96 + 11 * i, value, size=7.5)
    y = sheet.lines(LEFT, 96, [client.name.upper(), *(line.upper() for line in client.address)], leading=11, size=9)
    return max(y, 96 + 11 * len(info)) + 14


def _cover(rng: random.Random, processed: date, count: int) -> str:
    return rng.choice(
        (
            f"We confirm the {count} transactions below, executed for your account and processed on "
            f"{dates.fmt(processed, 'us_long')}. Please review each item carefully; unless you notify us in writing "
            "within three business days, the details will be considered correct.",
            "Thank you for your orders. The following transactions have been entered in your account. Funds for "
            "purchases are due by the settlement date shown for each trade; proceeds of sales will be credited on "
            "the settlement date.",
            f"This confirmation replaces any oral or electronic notice you may have received. Transactions are "
            f"reported in U.S. dollars. Statement cycle {rng.randint(1, 12):02d}/{processed.year}.",
        )
    )


def _price(deal: Deal) -> str:
    exponent = deal.price.as_tuple().exponent
    decimals = max(4, -exponent) if isinstance(exponent, int) else 4
    return money.fmt(deal.price, decimals=decimals)


def _quantity(deal: Deal) -> str:
    return money.fmt(deal.quantity)


def _trade_date(deal: Deal, style: str, as_of: bool) -> str:
    text = dates.fmt(deal.trade_date, style)
    return f"AS OF {text}" if as_of else text


def _pairs(sheet: Sheet, y: float, pairs: list[tuple[str, str]]) -> None:
    """label value pairs along one line, each label small and its value bold after it."""
    x = LEFT
    for label, value in pairs:
        sheet.text(x, y, label, size=7)
        x += sheet.measure(label, size=7) + 4
        sheet.text(x, y, value, font="Helvetica-Bold", size=8)
        x += sheet.measure(value, font="Helvetica-Bold", size=8) + 18


def _inline_block(
    sheet: Sheet, rng: random.Random, deal: Deal, y: float, side_text: str, style: str, *, as_of: bool
) -> float:
    sheet.text(LEFT, y, side_text, font="Helvetica-Bold", size=10)
    x = LEFT + sheet.measure(side_text, font="Helvetica-Bold", size=10) + 10
    sheet.text(x, y, _quantity(deal), font="Helvetica-Bold", size=10)
    x += sheet.measure(_quantity(deal), font="Helvetica-Bold", size=10) + 10
    sheet.text(x, y, deal.security_name, font="Helvetica-Bold", size=10)
    y += 14
    ids = [("CUSIP", deal.cusip or "")]
    if deal.ticker:
        ids.append(("Symbol", deal.ticker))
    if deal.isin:
        ids.append(("ISIN", deal.isin))
    line2 = [
        *ids,
        ("Trade Date", _trade_date(deal, style, as_of)),
        ("Settlement Date", dates.fmt(deal.settlement_date, style)),
    ]
    _pairs(sheet, y, line2)
    y += 12
    charges = deal.charges
    line3 = [
        ("Price", f"${_price(deal)}"),
        ("Principal", f"${money.fmt(deal.gross_amount)}"),
        (charges[0].label, money.fmt(charges[0].amount)),
        (charges[1].label, money.fmt(charges[1].amount)),
    ]
    _pairs(sheet, y, line3)
    y += 12
    net_label = "Net Amount"
    if rng.random() < 0.5:
        net_label = "Total Due" if deal.is_buy else "Net Proceeds"
    line4 = [
        (net_label, f"${money.fmt(deal.net_amount)}"),
        ("Ref #", deal.trade_ref or ""),
        ("Capacity", rng.choice(("Agent", "Principal", "Riskless Principal"))),
        ("Mkt", rng.choice(("NYSE", "NASDAQ", "ARCA", "OTC", "BATS"))),
    ]
    _pairs(sheet, y, line4)
    return y + 18


def _grid_block(
    sheet: Sheet, rng: random.Random, deal: Deal, y: float, side_text: str, style: str, *, as_of: bool
) -> float:
    sheet.text(LEFT, y, f"{side_text}  {_quantity(deal)}  {deal.security_name}", font="Helvetica-Bold", size=9.5)
    y += 13
    left = [
        ("Trade date", _trade_date(deal, style, as_of)),
        ("Settle date", dates.fmt(deal.settlement_date, style)),
        ("CUSIP", deal.cusip or ""),
    ]
    if deal.ticker:
        left.append(("Symbol", deal.ticker))
    if deal.isin:
        left.append(("ISIN", deal.isin))
    left.append(("Price", _price(deal)))
    net_label = rng.choice(("Net amount", "Net amount due" if deal.is_buy else "Net proceeds"))
    right = [
        ("Principal", money.fmt(deal.gross_amount)),
        (deal.charges[0].label, money.fmt(deal.charges[0].amount)),
        (deal.charges[1].label, money.fmt(deal.charges[1].amount)),
        (net_label, money.fmt(deal.net_amount)),
        ("Reference", deal.trade_ref or ""),
    ]
    for i, (label, value) in enumerate(left):
        sheet.text(LEFT + 10, y + 11 * i, label, size=7.5)
        sheet.text(LEFT + 90, y + 11 * i, value, size=8)
    for i, (label, value) in enumerate(right):
        bold = label == net_label
        sheet.text(330, y + 11 * i, label, font="Helvetica-Bold" if bold else None, size=7.5)
        sheet.right(RIGHT - 10, y + 11 * i, value, font="Helvetica-Bold" if bold else None, size=8)
    return y + 11 * max(len(left), len(right)) + 10


def _summary(sheet: Sheet, deals: list[Deal], y: float) -> float:
    bought = sum((d.net_amount for d in deals if d.is_buy), Decimal(0))
    sold = sum((d.net_amount for d in deals if not d.is_buy), Decimal(0))
    net = sold - bought
    rows = [
        ("Total purchases", money.fmt(bought, decimals=2)),
        ("Total sales", money.fmt(sold, decimals=2)),
        ("Net settlement " + ("credit" if net >= 0 else "debit"), money.fmt(abs(net), decimals=2)),
    ]
    sheet.text(LEFT, y + 2, "SUMMARY OF THIS CONFIRMATION", font="Helvetica-Bold", size=7.5)
    for i, (label, value) in enumerate(rows):
        sheet.text(330, y + 2 + 10 * i, label, size=7.5)
        sheet.right(RIGHT - 10, y + 2 + 10 * i, value, size=7.5)
    return y + 2 + 10 * len(rows) + 8


def _footer(sheet: Sheet, rng: random.Random, processed: date) -> None:
    sheet.rule(LEFT, 722, RIGHT)
    legends = (
        "Capacity: Agent = we acted as your agent; Principal = we sold to or bought from you for our own account. "
        "Mkt codes: NYSE, NASDAQ, ARCA, BATS, OTC. AS OF = trade booked after its trade date. "
        f"Average price details and remuneration available on request (Form CNF-{rng.randint(10, 99)} "
        f"Rev. {rng.randint(1, 12):02d}/{rng.randint(2015, 2023)})."
    )
    sheet.paragraph(LEFT, 732, RIGHT - LEFT, legends, size=6)
    run = f"{dates.fmt(dates.add_business_days(processed, 1), 'us')} {dates.clock(rng)}"
    sheet.text(
        LEFT,
        760,
        f"Run {run}  Batch {noise.digits(rng, 6)}  Branch {noise.digits(rng, 3)}  "
        f"Seq {noise.digits(rng, 4)}/{noise.digits(rng, 4)}  Mail code {noise.letters(rng, 2)}{noise.digits(rng, 2)}",
        size=6.5,
    )
    sheet.right(RIGHT, 760, "Page 1 of 1", size=7)


LAYOUT = Layout(
    name="us_multi_confirm",
    kind="pdf",
    heldout=False,
    build=build,
    description="US confirmation page of 2-4 trade blocks without a repeated header, AS OF trades",
)
