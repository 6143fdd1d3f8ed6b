"""Harrowgate (held out): an execution desk's end-of-day recap of a client's fills, by email.

The New York cash-equities desk and the London desk of the same broker send an institutional client the day's
executions, one row per order at its average price: an HTML table in the body, now and then with a plain-text
rendering beside it, and on some days the same fills once more as a CSV or PDF attachment. Some recaps travel
as a reply to the client's morning instructions, or reach the client's administrator as a forward with a short
note on top. Orders still working at the close, commission rates, totals, desk telephone numbers and the
broker's compliance footer come with the fills.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape

from reportlab.lib.pagesizes import A4, landscape

from .. import dates, mail, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet


@dataclass(frozen=True)
class Desk:
    region: str
    legal_name: str
    desk_name: str
    address: tuple[str, ...]
    domain: str
    utc_offset: int


NEW_YORK = Desk(
    "US",
    "Harrowgate Securities LLC",
    "Harrowgate Cash Equities - New York",
    ("1290 Avenue of the Americas, 31st Floor", "New York, NY 10104"),
    "harrowgate.example",
    -5,
)
LONDON = Desk(
    "GB",
    "Harrowgate Securities (UK) Limited",
    "Harrowgate Execution Services - London",
    ("7 Lothbury", "London EC2R 7HG"),
    "harrowgate.example",
    0,
)

_FUNDS = (
    "Ridgeway Capital Master Fund LP",
    "Oakmere Global Opportunities Fund",
    "Stonebridge Long/Short Equity Ltd",
    "Calder Valley Pension Scheme",
    "Marchmont Absolute Return Fund",
    "Halden Partners Offshore Ltd",
)


@dataclass
class Fill:
    deal: Deal
    symbol: str
    venue: str
    strategy: str
    limit: Decimal | None


def _us_fill(rng: random.Random, trade_date: date, account: str, ref: str) -> Fill:
    security = securities.equity(rng, "US")
    side = trades.side(rng)
    q, p, gross = trades.draw(
        rng,
        "USD",
        lambda r: Decimal(r.choice((r.randint(1, 300) * 100, r.randint(500, 90_000), r.randint(1, 40) * 5000))),
        lambda r: trades.price(r, decimals=r.choice((4, 4, 5, 6)), whole_digits=r.choice((1, 2, 2, 3))),
        minimum=Decimal(5000),
        maximum=Decimal(12_000_000),
    )
    cps = Decimal(rng.choice(("0.01", "0.015", "0.02", "0.025", "0.03", "0.04")))
    charges = [Charge(COMMISSION, "Commission", money.to_money(q * cps, "USD"))]
    charges += trades.us_sale_fees(side == "BUY", q, gross, trade_date, ("SEC Fee", "FINRA TAF"))
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date))
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency="USD",
        security_name=security.upper_name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=account,
        counterparty=NEW_YORK.legal_name,
        trade_ref=ref,
        isin=security.isin,
        cusip=security.cusip,
        ticker=security.ticker,
    )
    return Fill(
        deal,
        security.ticker or "",
        noise.venue(rng, "US"),
        rng.choice(("VWAP", "TWAP", "POV 10%", "IS", "Close", "DMA", "Risk")),
        _limit(rng, p, side),
    )


def _limit(rng: random.Random, price: Decimal, side: str) -> Decimal | None:
    if rng.random() < 0.5:
        return None
    bump = Decimal("1.02") if side == "BUY" else Decimal("0.98")
    return money.places(price * bump, 2)


def _eu_fill(rng: random.Random, trade_date: date, account: str, ref: str) -> Fill:
    market = rng.choice(("GB", "GB", "GB", "FR", "DE", "NL"))
    security = securities.equity(rng, market)
    currency = "GBP" if market == "GB" else "EUR"
    side = trades.side(rng)
    q, p, gross = trades.draw(
        rng,
        currency,
        lambda r: Decimal(r.choice((r.randint(1, 500) * 100, r.randint(500, 250_000)))),
        lambda r: trades.price(r, decimals=r.choice((4, 4, 5, 6)), whole_digits=r.choice((1, 1, 2, 2))),
        minimum=Decimal(5000),
        maximum=Decimal(8_000_000),
    )
    bps = Decimal(rng.choice(("3", "5", "6", "8", "10", "12")))
    charges = [Charge(COMMISSION, "Commission", money.to_money(gross * bps / 10_000, currency))]
    if market == "GB":
        if side == "BUY":
            charges.append(Charge(TAX, "Stamp", money.to_money(gross * Decimal("0.005"), currency)))
        if gross > 10_000:
            charges.append(Charge(FEE, "PTM", Decimal("1.50")))
    elif market == "FR" and side == "BUY":
        rate = Decimal("0.004") if trade_date >= date(2025, 4, 1) else Decimal("0.003")
        charges.append(Charge(TAX, "FTT", money.to_money(gross * rate, currency)))
    settle = dates.add_business_days(trade_date, 2)
    name = security.upper_name if rng.random() < 0.6 else security.name
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
        account=account,
        counterparty=LONDON.legal_name,
        trade_ref=ref,
        isin=security.isin,
        sedol=security.sedol,
        ticker=security.ticker,
    )
    return Fill(
        deal,
        security.ticker or "",
        noise.venue(rng, "GB" if market == "GB" else "FR"),
        rng.choice(("VWAP", "TWAP", "POV 15%", "Close", "Dark", "IS")),
        _limit(rng, p, side),
    )


# --- the table's columns -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    right: bool = False


def _columns(rng: random.Random, desk: Desk, fills: list[Fill]) -> list[Column]:
    has_tax = any(f.deal.taxes is not None for f in fills)
    side = Column("side", rng.choice(("Side", "B/S", "Action", "Buy/Sell")))
    cols = [side, Column("symbol", rng.choice(("Symbol", "Ticker", "Sym")))]
    cols.append(Column("name", rng.choice(("Security", "Description", "Name", "Security Description"))))
    if desk is NEW_YORK:
        cols.append(Column("cusip", "CUSIP") if rng.random() < 0.7 else Column("isin", "ISIN"))
    else:
        cols.append(Column("isin", "ISIN") if rng.random() < 0.7 else Column("sedol_isin", "SEDOL / ISIN"))
    cols += [
        Column("qty", rng.choice(("Qty", "Shares", "Filled Qty", "Quantity")), True),
        Column("price", rng.choice(("Avg Px", "Avg Price", "Price", "Exec Price")), True),
    ]
    if desk is LONDON or rng.random() < 0.3:
        cols.append(Column("ccy", rng.choice(("Ccy", "CCY", "Currency"))))
    cols.append(Column("gross", rng.choice(("Gross", "Principal", "Gross Amt", "Consideration")), True))
    cols.append(Column("comm", rng.choice(("Comm", "Commission", "Comms")), True))
    if desk is NEW_YORK:
        if rng.random() < 0.5:
            cols.append(Column("fees", rng.choice(("Fees", "Reg Fees", "SEC/TAF")), True))
        else:
            cols += [Column("sec", "SEC Fee", True), Column("taf", "TAF", True)]
    else:
        cols.append(Column("fees", rng.choice(("Fees", "PTM/Levies", "Other Fees")), True))
        if has_tax:
            cols.append(Column("tax", rng.choice(("Stamp/FTT", "Taxes", "Stamp Duty / FTT")), True))
    cols.append(Column("net", rng.choice(("Net", "Net Amount", "Net Money", "Settlement Amt")), True))
    if rng.random() < 0.6:
        cols.append(Column("tdate", rng.choice(("Trade Date", "Trd Dt"))))
    cols.append(Column("sdate", rng.choice(("Settle Date", "Settlement", "Sttl Dt", "Value Date"))))
    cols.append(Column("ref", rng.choice(("Order ID", "Ticket", "Exec Ref", "Our Ref"))))
    return cols


@dataclass
class Fmt:
    date_style: str
    number: str
    blank_zero: bool

    def num(self, value: Decimal | None) -> str:
        if value is None:
            return "" if self.blank_zero else "0.00"
        return money.fmt(value, self.number)


def _sum(deal: Deal, *labels: str) -> Decimal | None:
    amounts = [c.amount for c in deal.charges if c.label in labels]
    return sum(amounts, Decimal(0)) if amounts else None


def _cell(col: Column, fill: Fill, fmt: Fmt, side_style: str) -> str:
    deal = fill.deal
    if col.key == "side":
        return {"word": ("Buy", "Sell"), "letter": ("B", "S"), "past": ("Bought", "Sold")}[side_style][
            0 if deal.is_buy else 1
        ]
    values = {
        "symbol": fill.symbol,
        "name": deal.security_name,
        "cusip": deal.cusip or "",
        "isin": deal.isin or "",
        "sedol_isin": f"{deal.sedol} / {deal.isin}" if deal.sedol else f"- / {deal.isin}",
        "qty": money.fmt(deal.quantity, fmt.number),
        "price": money.fmt(deal.price, fmt.number),
        "ccy": deal.currency,
        "gross": fmt.num(deal.gross_amount),
        "comm": fmt.num(deal.commission),
        "fees": fmt.num(deal.fees),
        "sec": fmt.num(_sum(deal, "SEC Fee")),
        "taf": fmt.num(_sum(deal, "FINRA TAF")),
        "tax": fmt.num(deal.taxes),
        "net": fmt.num(deal.net_amount),
        "tdate": dates.fmt(deal.trade_date, fmt.date_style),
        "sdate": dates.fmt(deal.settlement_date, fmt.date_style),
        "ref": deal.trade_ref or "",
    }
    return values[col.key]


def _truth(fill: Fill, cols: list[Column], fmt: Fmt, attached_cols: list[Column] | None) -> dict[str, object]:
    """The trade as the message shows it: identifiers and zeros only where a table prints them."""
    attached = {c.key for c in attached_cols} if attached_cols else set()
    keys = {c.key for c in cols} | attached
    deal = fill.deal
    printed: dict[str, object] = {}
    if "cusip" not in keys:
        printed["cusip"] = None
    if not keys & {"isin", "sedol_isin"}:
        printed["isin"] = None
    if "sedol_isin" not in keys:
        printed["sedol"] = None
    if "symbol" not in keys:
        printed["ticker"] = None
    for key, name in (("fees", "fees"), ("tax", "taxes"), ("comm", "commission")):
        if getattr(deal, name) is None:
            body = {c.key for c in cols}
            shown_zero = key in attached or (key in body and not fmt.blank_zero)
            if name == "fees" and {"sec", "taf"} & body and not fmt.blank_zero:
                shown_zero = True
            printed[name] = "0.00" if shown_zero else None
    return deal.truth(**printed)


# --- renderings ---------------------------------------------------------------------------------------------------


def _align(col: Column) -> str:
    return "right" if col.right else "left"


def _html_table(cols: list[Column], fills: list[Fill], fmt: Fmt, side_style: str, totals: bool) -> str:
    head = "".join(
        f'<th style="background:#1f3a5f;color:#ffffff;padding:3px 6px;text-align:{_align(c)}">{escape(c.header)}</th>'
        for c in cols
    )
    rows = []
    for i, fill in enumerate(fills):
        shade = "#f2f5f9" if i % 2 else "#ffffff"
        cells = "".join(
            f'<td style="padding:2px 6px;text-align:{_align(c)}">{escape(_cell(c, fill, fmt, side_style))}</td>'
            for c in cols
        )
        rows.append(f'<tr style="background:{shade}">{cells}</tr>')
    if totals:
        currencies = sorted({f.deal.currency for f in fills})
        for ccy in currencies:
            group = [f for f in fills if f.deal.currency == ccy]
            gross = sum((f.deal.gross_amount for f in group), Decimal(0))
            comm = sum((f.deal.commission or Decimal(0) for f in group), Decimal(0))
            cells = []
            for c in cols:
                value = ""
                if c.key == "side":
                    value = f"Total {ccy}"
                elif c.key == "gross":
                    value = money.fmt(gross, fmt.number)
                elif c.key == "comm":
                    value = money.fmt(comm, fmt.number)
                cells.append(f'<td style="padding:2px 6px;font-weight:bold;text-align:{_align(c)}">{value}</td>')
            rows.append(f'<tr style="border-top:1px solid #000">{"".join(cells)}</tr>')
    return (
        '<table cellspacing="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:11px">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _text_table(cols: list[Column], fills: list[Fill], fmt: Fmt, side_style: str) -> str:
    grid = [[c.header for c in cols]] + [[_cell(c, f, fmt, side_style) for c in cols] for f in fills]
    widths = [max(len(row[i]) for row in grid) for i in range(len(cols))]
    lines = []
    for n, row in enumerate(grid):
        parts = [cell.rjust(w) if c.right else cell.ljust(w) for cell, w, c in zip(row, widths, cols, strict=True)]
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _csv(fills: list[Fill], rng: random.Random) -> tuple[list[Column], bytes]:
    """The attachment: its own headings, ISO dates and plain numbers."""
    cols = [
        Column("tdate", "TradeDate"),
        Column("sdate", "SettleDate"),
        Column("side", "Side"),
        Column("symbol", "Symbol"),
        Column("isin", "ISIN"),
        Column("name", "Description"),
        Column("qty", "Quantity"),
        Column("price", "AvgPrice"),
        Column("ccy", "Currency"),
        Column("gross", "GrossAmount"),
        Column("comm", "Commission"),
        Column("fees", "Fees"),
    ]
    if any(f.deal.taxes is not None for f in fills):
        cols.append(Column("tax", "Taxes"))
    cols += [Column("net", "NetAmount"), Column("ref", "OrderRef")]
    fmt = Fmt("iso", "plain", False)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in cols])
    for fill in fills:
        writer.writerow(
            [_cell(c, fill, fmt, "word").upper() if c.key == "side" else _cell(c, fill, fmt, "word") for c in cols]
        )
    return cols, out.getvalue().encode("utf-8")


def _pdf(
    desk: Desk, fills: list[Fill], account: str, fund: str, day: date, rng: random.Random
) -> tuple[list[Column], bytes]:
    cols = [
        Column("side", "B/S"),
        Column("symbol", "Symbol"),
        Column("name", "Security"),
        Column("isin", "ISIN"),
        Column("qty", "Quantity", True),
        Column("price", "Avg Price", True),
        Column("ccy", "Ccy"),
        Column("gross", "Principal", True),
        Column("comm", "Commission", True),
        Column("fees", "Fees", True),
    ]
    if any(f.deal.taxes is not None for f in fills):
        cols.append(Column("tax", "Taxes", True))
    cols += [Column("net", "Net Amount", True), Column("sdate", "Settle"), Column("ref", "Order ID")]
    fmt = Fmt("uk" if desk is LONDON else "us", "us", False)
    sheet = Sheet(title=f"Execution report {dates.fmt(day, 'iso')}", author=desk.legal_name, pagesize=landscape(A4))
    sheet.text(30, 40, "HARROWGATE", font="Helvetica-Bold", size=14)
    sheet.text(30, 54, f"{desk.legal_name} - {', '.join(desk.address)}", size=7)
    sheet.right(812, 40, "DAILY EXECUTION REPORT", font="Helvetica-Bold", size=11)
    sheet.right(812, 54, f"Trade date {dates.fmt(day, fmt.date_style)}", size=8)
    sheet.text(30, 76, f"Account {account}   {fund}", size=8.5)
    widths = {
        "side": 24,
        "symbol": 50,
        "name": 150,
        "isin": 70,
        "qty": 55,
        "price": 60,
        "ccy": 26,
        "gross": 70,
        "comm": 52,
        "fees": 42,
        "tax": 48,
        "net": 72,
        "sdate": 52,
        "ref": 70,
    }
    scale = 782 / sum(widths[c.key] for c in cols)
    y = 98
    x = 30.0
    for c in cols:
        w = widths[c.key] * scale
        if c.right:
            sheet.right(x + w - 3, y, c.header, font="Helvetica-Bold", size=6.5)
        else:
            sheet.text(x + 5, y, c.header, font="Helvetica-Bold", size=6.5)
        x += w
    sheet.rule(30, y + 4, 812)
    y += 15
    for fill in fills:
        x = 30.0
        for c in cols:
            w = widths[c.key] * scale
            value = _cell(c, fill, fmt, "letter")
            size = 6.5
            while sheet.measure(value, size=size) > w - 8 and size > 4.5:
                size -= 0.25
            if c.right:
                sheet.right(x + w - 3, y, value, size=size)
            else:
                sheet.text(x + 5, y, value, size=size)
            x += w
        y += 13
    sheet.rule(30, y - 6, 812)
    sheet.paragraph(
        30,
        y + 8,
        780,
        "Average prices are shown; execution details by venue and time are available on "
        f"request. Report generated {dates.fmt(day, 'iso')} {dates.clock(rng)} by EQX-RPT{noise.digits(rng, 3)}.",
        size=6.5,
    )
    sheet.text(30, 570, f"{desk.legal_name}", size=6.5)
    sheet.right(812, 570, "Page 1 of 1", size=6.5)
    return cols, sheet.finish()


def _footer(desk: Desk, rng: random.Random, day: date) -> list[str]:
    if desk is NEW_YORK:
        return [
            f"{desk.legal_name}, member FINRA and SIPC. {desk.address[0]}, {desk.address[1]}.",
            f"This recap is provided for information; the official confirmation under SEC Rule 10b-10 will follow "
            f"and governs. Report discrepancies to the desk at (212) 555-01{noise.digits(rng, 2)} by "
            f"{rng.choice(('9:00', '9:30', '10:00'))} a.m. ET on {dates.fmt(dates.add_business_days(day, 1), 'us')}.",
            f"Commission rates per our schedule of {noise.old_date(rng, 'us')}. Rule 606 reports are available at "
            f"www.{desk.domain}/606.",
        ]
    return [
        f"{desk.legal_name} is authorised and regulated by the Financial Conduct Authority "
        f"(FRN {noise.digits(rng, 6)}). "
        f"Registered in England and Wales No. {noise.digits(rng, 8)}. Registered office: {', '.join(desk.address)}.",
        f"This summary is not a contract note; contract notes issued under COBS 16A will follow. Queries to "
        f"+44 20 7946 0{noise.digits(rng, 3)} before {rng.choice(('08:30', '09:00'))} UK time on "
        f"{dates.fmt(dates.add_business_days(day, 1), 'uk')}.",
        f"Telephone calls and electronic communications are recorded and retained for at least "
        f"{rng.choice((5, 7))} years.",
    ]


def _working_orders(rng: random.Random, desk: Desk, fmt: Fmt) -> tuple[str, str]:
    """Orders not (fully) done at the close: not fills."""
    rows = []
    for _ in range(rng.randint(1, 3)):
        sec = securities.equity(rng, "US" if desk is NEW_YORK else "GB")
        left = rng.randint(5, 400) * 100
        limit = trades.price(rng, decimals=2, whole_digits=2)
        rows.append(
            (
                rng.choice(("Buy", "Sell")),
                sec.ticker or "",
                f"{money.fmt(Decimal(left), fmt.number)}",
                money.fmt(limit, fmt.number),
                rng.choice(("GTC", "Day - expired", "GTD")),
            )
        )
    heads = ("Side", "Symbol", "Remaining", "Limit", "Status")
    html = (
        '<p><b>Open / unfilled orders (not executed):</b></p><table style="font-size:11px;font-family:Arial"><tr>'
        + "".join(f"<th style='text-align:left;padding:2px 6px'>{h}</th>" for h in heads)
        + "</tr>"
        + "".join(
            "<tr>" + "".join(f"<td style='padding:2px 6px'>{escape(v)}</td>" for v in row) + "</tr>" for row in rows
        )
        + "</table>"
    )
    text = "Open / unfilled orders (not executed):\n" + "\n".join("  " + "  ".join(row) for row in rows)
    return html, text


def _instructions(rng: random.Random, fills: list[Fill], fmt: Fmt) -> list[str]:
    """The client's morning instructions, quoted in a reply: orders, not executions."""
    lines = ["Morning - for today please:"]
    for fill in fills:
        d = fill.deal
        size = money.fmt(d.quantity * rng.choice((1, 1, 2)), fmt.number)
        limit = f"limit {money.fmt(fill.limit, fmt.number)}" if fill.limit else "no limit"
        lines.append(f"- {'Buy' if d.is_buy else 'Sell'} {size} {fill.symbol}, {fill.strategy}, {limit}")
    lines.append("Please send the usual recap with commissions once done. Thanks")
    return lines


def build(rng: random.Random) -> Document:
    desk = NEW_YORK if rng.random() < 0.55 else LONDON
    day = dates.trade_day(rng)
    account = rng.choice(
        (
            f"HGS-{noise.digits(rng, 5)}",
            f"{noise.digits(rng, 3)}-{noise.digits(rng, 5)}-{noise.letters(rng, 1)}",
            f"PB{noise.digits(rng, 7)}",
        )
    )
    fund = rng.choice(_FUNDS)
    count = rng.randint(2, 8)
    start = rng.randint(10_000, 900_000)
    fills = []
    for i in range(count):
        if desk is NEW_YORK:
            ref = f"HG{dates.fmt(day, 'compact')[2:]}{start + 13 * i:06d}"
            fills.append(_us_fill(rng, day, account, ref))
        else:
            ref = f"LDN{start + 11 * i:07d}"
            fills.append(_eu_fill(rng, day, account, ref))
    fmt = Fmt(
        rng.choice(("us", "us2", "iso", "dmy_mon"))
        if desk is NEW_YORK
        else rng.choice(("uk", "dmy_mon", "iso", "short")),
        "us",
        rng.random() < 0.4,
    )
    side_style = rng.choice(("word", "letter", "past"))
    cols = _columns(rng, desk, fills)
    client_name = " ".join(
        w for w in noise.person(rng, institutions=False).split() if w not in ("Mr", "Ms", "Mrs", "Dr")
    )
    client_first = client_name.split()[0]
    client_domain = fund.split()[0].lower() + "cap.example"
    trader = rng.choice(("Sam Okafor", "Lena Lindgren", "Marco Castellano", "Jess Hartley", "Tom Novak"))
    mailbox = trader.lower().replace(" ", ".")
    sender = f"{trader} ({desk.desk_name.split(' - ')[0]}) <{mailbox}@{desk.domain}>"
    desk_box = f"{'eqdesk-ny' if desk is NEW_YORK else 'ldn-execution'}@{desk.domain}"
    client_addr = f"{client_name} <{client_name.split()[-1].lower()}@{client_domain}>"
    when = mail.sent_at(rng, day, utc_offset_hours=desk.utc_offset)

    chain = rng.choice(("plain", "plain", "reply", "forward"))
    attach = rng.choice((None, None, "csv", "pdf"))
    body_table = attach is None or rng.random() < 0.7
    alt_text = rng.random() < 0.4
    totals = rng.random() < 0.4
    working = rng.random() < 0.4

    subject_core = rng.choice(
        (
            f"{fund} - fills {dates.fmt(day, fmt.date_style)}",
            f"EOD recap {dates.fmt(day, 'iso')} / {account}",
            f"Executions {dates.fmt(day, fmt.date_style)} - {fund.split()[0]}",
        )
    )

    intro = rng.choice(
        (
            f"Hi {client_first}, please see below today's executions for {fund} (account {account}).",
            f"{client_first}, recap of today's fills on account {account} below. All done at average prices.",
            f"Good evening - please find the end-of-day recap for {fund}, account {account}.",
        )
    )
    if not body_table:
        intro += f" The {count} fills are in the attached {'spreadsheet' if attach == 'csv' else 'report'}."
    rate_note = (
        "All amounts in USD. Commission charged at our agreed rate; fees as shown."
        if desk is NEW_YORK
        else "Commission at the agreed bps rate; stamp duty, FTT and PTM levy are passed through at cost."
    )
    sig = [
        trader,
        desk.desk_name,
        desk.legal_name,
        *desk.address,
        f"Desk {'(212) 555-01' + noise.digits(rng, 2) if desk is NEW_YORK else '+44 20 7946 0' + noise.digits(rng, 3)}",
        f"Bloomberg IB: HARROWGATE {'NY' if desk is NEW_YORK else 'LDN'} CASH",
    ]
    footer = _footer(desk, rng, day)

    attached_cols = None
    attachment: tuple[bytes, str, str, str] | None = None
    if attach == "csv":
        attached_cols, data = _csv(fills, rng)
        attachment = (data, "text", "csv", f"fills_{account.replace('/', '')}_{dates.fmt(day, 'compact')}.csv")
    elif attach == "pdf":
        attached_cols, data = _pdf(desk, fills, account, fund, day, rng)
        attachment = (data, "application", "pdf", f"ExecutionReport_{dates.fmt(day, 'compact')}.pdf")

    html_parts = [f"<p>{escape(intro)}</p>"]
    text_parts = [intro, ""]
    if body_table:
        html_parts.append(_html_table(cols, fills, fmt, side_style, totals))
        text_parts.append(_text_table(cols, fills, fmt, side_style))
        text_parts.append("")
    html_parts.append(f"<p style='font-size:11px'>{escape(rate_note)}</p>")
    text_parts += [rate_note, ""]
    if working:
        wh, wt = _working_orders(rng, desk, fmt)
        html_parts.append(wh)
        text_parts += [wt, ""]
    html_parts.append("<p>Best regards,<br>" + "<br>".join(escape(s) for s in sig) + "</p>")
    text_parts += ["Best regards,", *sig, ""]
    html_parts.append("<p style='font-size:9px;color:#666666'>" + "<br>".join(escape(s) for s in footer) + "</p>")
    text_parts += footer

    if chain == "reply":
        instr = _instructions(rng, fills, fmt)
        earlier = mail.sent_at(rng, day, utc_offset_hours=desk.utc_offset).replace(hour=7, minute=rng.randint(5, 55))
        quoted_head = f"On {earlier.strftime('%a, %d %b %Y at %H:%M')}, {client_addr} wrote:"
        html_parts.append(
            f"<div>{escape(quoted_head)}<blockquote style='border-left:2px solid #ccc;padding-left:8px'>"
            + "<br>".join(escape(s) for s in instr)
            + f"<br><br>{escape(client_name)}<br>{escape(fund)}</blockquote></div>"
        )
        text_parts += ["", quoted_head, *(f"> {s}" for s in instr), f"> {client_name}"]
        subject = f"RE: {fund.split()[0]} orders {dates.fmt(day, fmt.date_style)}"
        sender_line, to_line = sender, client_addr
    elif chain == "forward":
        admin = rng.choice(("Fund Operations <ops@", "Trade Support <tradesupport@"))
        fwd_note = rng.choice(
            (
                "Please book the below against today's trade file. Commissions agreed.",
                "FYI - broker recap for today. Two of these were crossed late, please match against the confirms.",
                "Forwarding for reconciliation; let me know if anything does not tie to the OMS.",
            )
        )
        head = [
            "---------- Forwarded message ---------",
            f"From: {sender}",
            f"Date: {when.strftime('%a, %b %d, %Y at %I:%M %p')}",
            f"Subject: {subject_core}",
            f"To: {client_addr}",
        ]
        html_parts = [
            f"<p>{escape(fwd_note)}</p><p>{escape(client_name)}<br>{escape(fund)}</p>",
            "<div>" + "<br>".join(escape(h) for h in head) + "<br><br>" + "".join(html_parts) + "</div>",
        ]
        text_parts = [fwd_note, "", client_name, fund, "", *head, "", *text_parts]
        subject = f"Fwd: {subject_core}"
        sender_line = client_addr
        to_line = f"{admin}{rng.choice(('northgate-fa', 'calderadmin', 'lumenfs'))}.example>"
        when = when.replace(hour=min(when.hour + 1, 23))
    else:
        subject, sender_line, to_line = subject_core, sender, client_addr

    msg = mail.message(rng, sender=sender_line, to=to_line, subject=subject, when=when, domain=desk.domain)
    if chain == "plain":
        msg["Cc"] = desk_box
    html = '<html><body style="font-family:Arial,sans-serif;font-size:12px">' + "".join(html_parts) + "</body></html>"
    if alt_text:
        msg.set_content("\n".join(text_parts))
        msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    if attachment is not None:
        data, maintype, subtype, filename = attachment
        if maintype == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=subtype, filename=filename)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    shown = cols if body_table else []
    truth = [_truth(fill, shown, fmt, attached_cols) for fill in fills]
    return Document(mail.finish(msg, rng), "email", truth)


LAYOUT = Layout(
    name="desk_fill_recap",
    kind="eml",
    heldout=True,
    build=build,
    description="held out: execution desk end-of-day fill recap email, HTML table, text/CSV/PDF copies, chains",
)
