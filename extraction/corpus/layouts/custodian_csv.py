"""Sheringham: a global custodian's transaction export for one safekeeping account over one month.

One row per transaction in the custodian's own column names: either the coded style (a transaction code and
description, "Asset ID" with an "ID Type" saying ISIN, CUSIP or SEDOL, amounts in local currency "(LC)" and base
currency "(BC)") or the worded style (a narrative, an ISIN column, gross proceeds or cost, a cash movement).
Trades (receipt or delivery against payment) of shares in several markets and, in most files, bonds priced in
percent of par with the purchased or sold interest in a column of its own, are mixed with rows that are not
trades: dividends with the holding and the rate, withholding tax, coupons, credit interest, custody and
transaction charges, FX spot legs, free receipts and deliveries, stock splits and scrip, cash in and out. Cash
amounts are signed from the account's side (a purchase is negative), with a leading minus, a trailing minus or
parentheses; some files sign the quantity too (deliveries negative) and the principal. Commission, other fees and
taxes are separate columns, or commission and one "other charges" column (then stamp duty and the like are part of
the fees in the truth). The delimiter (comma, semicolon, tab or pipe), the decimal mark, the thousands grouping,
the date format and the line ending are per file. Some files open with a preamble naming the custodian, the account,
the period and the base currency and end with a record count; without one the file names no custodian (the truth's
counterparty is null) and the account is a column. The broker's BIC, FX rates, base-currency amounts, settlement
status and actual settlement dates are noise.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout

CUSTODIAN = "Sheringham Global Custody Services Limited"
CURRENCY = {"GB": "GBP", "US": "USD", "DE": "EUR", "FR": "EUR", "NL": "EUR", "CH": "CHF", "JP": "JPY"}
# units of the base currency per unit of the local one, roughly
TO_GBP = {"GBP": "1", "USD": "0.79", "EUR": "0.855", "CHF": "0.89", "JPY": "0.0053"}
BROKERS = ("CDHLGB2L", "HSTWUS33", "PELLGB2LXXX", "KESTIE2D", "NRDVSESS", "ARLZESMM", "MORRUS3N")

NAMES = {
    "coded": {
        "account": "Portfolio ID",
        "ref": "Custody Txn Ref",
        "code": "Txn Code",
        "desc": "Txn Description",
        "td": "Txn Date",
        "sd": "Contractual Settle",
        "asd": "Actual Settle",
        "id": "Asset ID",
        "idtype": "ID Type",
        "name": "Asset Description",
        "qty": "Shares/Par",
        "price": "Txn Price",
        "ccy": "Local Ccy",
        "principal": "Principal (LC)",
        "interest": "Accrued Int (LC)",
        "comm": "Broker Comm (LC)",
        "fees": "Other Fees (LC)",
        "taxes": "Taxes (LC)",
        "charges": "Other Charges (LC)",
        "net": "Net Cash (LC)",
        "fx": "FX Rate",
        "base": "Net Cash (BC)",
        "broker": "Broker BIC",
        "status": "Status",
    },
    "worded": {
        "account": "Account Code",
        "ref": "Transaction Reference",
        "desc": "Transaction Narrative",
        "td": "Bargain Date",
        "sd": "Contract Settlement Date",
        "asd": "Settled On",
        "id": "ISIN",
        "name": "Security Name",
        "qty": "Nominal / Units",
        "price": "Deal Price",
        "ccy": "Txn Currency",
        "principal": "Gross Proceeds/Cost",
        "interest": "Purchased/Sold Interest",
        "comm": "Broker Commission",
        "fees": "Exchange & Other Fees",
        "taxes": "Stamp & Transaction Taxes",
        "charges": "Total Other Charges",
        "net": "Cash Movement",
        "fx": "Exch Rate to Base",
        "base": "Base Cash Movement",
        "broker": "Counterparty BIC",
        "status": "Settlement Status",
    },
}
# transaction codes and the words beside them; the worded style prints only the words
WORDS = {
    "buy": ("RVP", "Receipt vs payment"),
    "sell": ("DVP", "Delivery vs payment"),
    "div": ("DIV", "Dividend income"),
    "wht": ("WHT", "Tax withheld at source"),
    "cpn": ("CPN", "Coupon payment"),
    "int": ("INT", "Interest on cash balance"),
    "cust": ("CFE", "Safekeeping fee"),
    "txch": ("TCH", "Transaction charges"),
    "fxb": ("FXB", "FX spot - bought"),
    "fxs": ("FXS", "FX spot - sold"),
    "rfp": ("RFP", "Receipt free of payment"),
    "dfp": ("DFP", "Delivery free of payment"),
    "split": ("SPL", "Stock split"),
    "scrip": ("SCR", "Scrip dividend"),
    "cin": ("CRC", "Cash receipt"),
    "cout": ("CPY", "Cash payment"),
}


@dataclass(frozen=True)
class Options:
    style: str  # "coded" or "worded"
    delimiter: str
    number_style: str  # money.STYLES key
    negative: str  # "lead", "trail" or "parens"
    date_style: str
    base: str
    account: str
    client: str
    preamble: bool
    account_column: bool
    ref_column: bool
    interest_column: bool
    split_charges: bool  # fees and taxes in columns of their own
    signed_quantity: bool
    signed_principal: bool
    income_rate: bool  # a dividend's holding and rate in the quantity and price columns
    status_columns: bool
    base_columns: bool
    line_end: str
    bom: bool


@dataclass
class Row:
    day: date  # the date the row sorts on
    kind: str
    trade_date: date
    settle: date | None
    currency: str
    net: Decimal | None  # signed cash movement; None for a movement of securities alone
    security: securities.Security | None = None
    name: str = ""
    quantity: Decimal | None = None  # signed: into the account is positive
    price: Decimal | None = None
    principal: Decimal | None = None  # unsigned
    interest: Decimal | None = None
    commission: Decimal | None = None
    fees: Decimal | None = None
    taxes: Decimal | None = None
    broker: str = ""
    deal: Deal | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _options(rng: random.Random) -> Options:
    delimiter = rng.choice((",", ",", ";", "\t", "|"))
    if delimiter == ";":
        number_style = rng.choice(("plain_comma", "plain_comma", "eu"))
    elif delimiter == ",":
        number_style = rng.choice(("plain", "plain", "us"))
    else:
        number_style = rng.choice(("plain", "us"))
    preamble = rng.random() < 0.55
    return Options(
        style=rng.choice(("coded", "worded")),
        delimiter=delimiter,
        number_style=number_style,
        negative=rng.choice(("lead", "lead", "trail", "parens")),
        date_style=rng.choice(("iso", "compact", "uk", "dmy_mon_upper", "dot" if delimiter == ";" else "iso")),
        base=rng.choice(("GBP", "GBP", "USD", "EUR")),
        account=rng.choice(
            (f"GC{noise.digits(rng, 6)}", f"{noise.digits(rng, 3)}-{noise.digits(rng, 5)}-{noise.letters(rng, 2)}")
        ),
        client=noise.person(rng)
        if rng.random() < 0.3
        else f"{rng.choice(('Wexmoor', 'Ulverton', 'Glenroth'))} "
        f"{rng.choice(('Pension Scheme', 'Charitable Foundation', 'Endowment Trust', 'Insurance Fund'))}",
        preamble=preamble,
        account_column=not preamble or rng.random() < 0.4,
        ref_column=rng.random() < 0.65,
        interest_column=rng.random() < 0.7,
        split_charges=rng.random() < 0.65,
        signed_quantity=rng.random() < 0.6,
        signed_principal=rng.random() < 0.3,
        income_rate=rng.random() < 0.5,
        status_columns=rng.random() < 0.5,
        base_columns=rng.random() < 0.6,
        line_end=rng.choice(("\r\n", "\n")),
        bom=rng.random() < 0.2,
    )


def _fx(opts: Options, currency: str) -> Decimal:
    """Base-currency units per local unit."""
    to_gbp = Decimal(TO_GBP[currency]) / Decimal(TO_GBP[opts.base])
    return money.places(to_gbp, 6 if to_gbp < 1 else 4)


def _trade(rng: random.Random, opts: Options, first: date, last: date) -> Row:
    is_bond = opts.interest_column and rng.random() < 0.2
    day = dates.weekday_in(rng, first, last)
    side = trades.side(rng)
    if is_bond:
        market = rng.choice(("US", "DE", "FR", "GB"))
        security = securities.bond(rng, market, day)
        ccy = CURRENCY[market]
        settle = dates.add_business_days(day, rng.choice((1, 2, 2)))
        q, p, gross = trades.draw(
            rng, ccy, trades.nominal, trades.percent_price, percent=True, maximum=Decimal(20_000_000)
        )
        assert security.coupon is not None and security.maturity is not None
        accrued: Decimal | None = trades.accrued_interest(
            q, security.coupon, trades.accrued_days(security.maturity, settle), ccy
        )
        commission = Decimal("0.00")
        fees = Decimal(rng.choice(("0.00", "0.00", "15.00", "25.00")))
        taxes = Decimal("0.00")
        coupon = money.fmt(security.coupon, decimals=3)
        name = f"{security.name.upper()} {coupon}% {dates.fmt(security.maturity, 'dmy_mon_upper')}"
    else:
        market = rng.choice(("GB", "GB", "US", "US", "DE", "FR", "NL", "CH", "JP"))
        security = securities.equity(rng, market)
        ccy = CURRENCY[market]
        settle = dates.add_business_days(day, dates.settlement_lag(rng, day, market=market))
        if market == "JP":  # whole yen, board lots of 100

            def quantity(r: random.Random) -> Decimal:
                return Decimal(r.randint(1, 800) * 100)

            def unit_price(r: random.Random) -> Decimal:
                return Decimal(r.randint(150, 12_000))

        else:
            quantity, unit_price = trades.shares, trades.price
        q, p, gross = trades.draw(rng, ccy, quantity, unit_price, minimum=Decimal(2_000), maximum=Decimal(12_000_000))
        accrued = None
        commission = money.to_money(gross * Decimal(rng.choice((3, 5, 8, 10, 15, 20))) / 10_000, ccy)
        fees = Decimal(0)
        if market == "GB" and gross > 10_000:
            fees = Decimal("1.50")
        elif market == "US" and side == "SELL":
            fees = trades.sec_fee(gross, day) + trades.taf(q)
        elif market in ("DE", "NL", "CH") and rng.random() < 0.4:
            fees = money.to_money(gross * Decimal("0.00002") + Decimal(rng.choice(("0.50", "1.00", "2.40"))), ccy)
        fees = money.to_money(fees, ccy)
        taxes = money.to_money(Decimal(0), ccy)
        if side == "BUY" and market in ("GB", "FR"):
            taxes = trades.rate_of(gross, "0.005" if market == "GB" else "0.003", ccy)
        name = security.upper_name
    if opts.split_charges:
        charges = [Charge(COMMISSION, "commission", commission), Charge(FEE, "fees", fees), Charge(TAX, "taxes", taxes)]
    else:
        charges = [Charge(COMMISSION, "commission", commission), Charge(FEE, "other charges", fees + taxes)]
    ident = _identifier(rng, opts, security)
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=ccy,
        security_name=name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        accrued_interest=accrued,
        account=opts.account,
        counterparty=CUSTODIAN if opts.preamble else None,
        trade_ref=f"{noise.digits(rng, 4)}{noise.letters(rng, 2)}{noise.digits(rng, 6)}" if opts.ref_column else None,
        percent=is_bond,
        **ident,
    )
    net = deal.net_amount
    return Row(
        day=day,
        kind="buy" if deal.is_buy else "sell",
        trade_date=day,
        settle=settle,
        currency=ccy,
        net=-net if deal.is_buy else net,
        security=security,
        name=name,
        quantity=q if deal.is_buy else -q,
        price=p,
        principal=gross,
        interest=accrued,
        commission=commission,
        fees=fees if opts.split_charges else fees + taxes,
        taxes=taxes if opts.split_charges else None,
        broker=rng.choice(BROKERS),
        deal=deal,
    )


def _identifier(rng: random.Random, opts: Options, security: securities.Security) -> dict[str, str | None]:
    """The identifier the row prints, as the truth's keyword: the coded style may use the local number."""
    if opts.style == "coded" and security.cusip and rng.random() < 0.5:
        return {"cusip": security.cusip}
    if opts.style == "coded" and security.sedol and rng.random() < 0.5:
        return {"sedol": security.sedol}
    return {"isin": security.isin}


def _cash(rng: random.Random, opts: Options, first: date, last: date) -> list[Row]:
    kind = rng.choice(("div", "div", "div", "cpn", "int", "cust", "txch", "fx", "free", "split", "cin", "cout"))
    day = dates.weekday_in(rng, first, last)
    market = rng.choice(("GB", "US", "DE", "FR", "CH", "JP"))
    ccy = CURRENCY[market]
    if kind == "div":
        security = securities.equity(rng, market)
        held = Decimal(rng.randint(4, 3000) * 100)
        rate = noise.scaled(rng, 5, 2500, 4) if ccy != "JPY" else Decimal(rng.randint(5, 120))
        amount = max(money.to_money(held * rate, ccy), Decimal(1))
        rows = [
            Row(
                day,
                "div",
                day,
                day,
                ccy,
                amount,
                security,
                security.upper_name,
                held,
                rate if opts.income_rate else None,
            )
        ]
        if market in ("US", "DE", "FR", "CH", "JP"):
            withheld = money.to_money(
                amount * Decimal({"US": "0.15", "DE": "0.26375", "CH": "0.35"}.get(market, "0.15")), ccy
            )
            rows.append(Row(day, "wht", day, day, ccy, -withheld, security, security.upper_name))
        return rows
    if kind == "cpn":
        security = securities.bond(rng, rng.choice(("US", "DE", "GB")), day)
        ccy = CURRENCY[security.market]
        assert security.coupon is not None
        face = trades.nominal(rng)
        amount = max(money.to_money(face * security.coupon / 200, ccy), Decimal("0.01"))
        name = f"{security.name.upper()} {money.fmt(security.coupon, decimals=3)}%"
        return [Row(day, "cpn", day, day, ccy, amount, security, name, face)]
    if kind == "int":
        return [Row(last, "int", last, last, opts.base, noise.scaled(rng, 100, 900_000, 2))]
    if kind == "cust":
        return [Row(last, "cust", last, last, opts.base, -noise.scaled(rng, 5_000, 2_500_000, 2))]
    if kind == "txch":
        count = rng.randint(3, 40)
        row = Row(last, "txch", last, last, opts.base, -Decimal(count * rng.choice((8, 12, 15, 25))))
        row.extra["desc"] = f"{count} settlements @ flat rate"
        return [row]
    if kind == "fx":
        bought = rng.choice([c for c in ("USD", "EUR", "JPY", "CHF", "GBP") if c != opts.base])
        amount = Decimal(rng.randint(10, 5000) * (100_000 if bought == "JPY" else 1000))
        rate = _fx(opts, bought)
        sold = money.to_money(amount * rate, opts.base)
        settle = dates.add_business_days(day, 2)
        legs = [Row(day, "fxb", day, settle, bought, amount), Row(day, "fxs", day, settle, opts.base, -sold)]
        legs[0].extra["fx"] = money.fmt(rate, "plain")
        counterparty = rng.choice(BROKERS)
        for leg in legs:
            leg.broker = counterparty
        return legs
    if kind == "free":
        security = securities.equity(rng, market)
        held = Decimal(rng.randint(1, 500) * 100)
        into = rng.random() < 0.5
        return [
            Row(
                day,
                "rfp" if into else "dfp",
                day,
                day,
                ccy,
                None,
                security,
                security.upper_name,
                held if into else -held,
            )
        ]
    if kind == "split":
        security = securities.equity(rng, market)
        held = Decimal(rng.randint(1, 400) * 100)
        added = held * rng.choice((1, 2, 3)) if rng.random() < 0.6 else money.places(held / rng.choice((20, 40)), 0)
        which = "split" if added >= held else "scrip"
        return [Row(day, which, day, day, ccy, None, security, security.upper_name, added)]
    amount = Decimal(rng.randint(5, 5000) * 1000)
    row = Row(day, kind, day, day, opts.base, amount if kind == "cin" else -amount)
    reasons = ("Subscription proceeds", "Transfer from cash account") if kind == "cin" else ("Benefit payments",)
    row.extra["desc"] = rng.choice(reasons + ("Transfer to cash account", "Investment manager fee") * (kind == "cout"))
    return [row]


def _columns(opts: Options) -> list[str]:
    keys = []
    keys += ["account"] if opts.account_column else []
    keys += ["ref"] if opts.ref_column else []
    keys += ["code", "desc"] if opts.style == "coded" else ["desc"]
    keys += ["td", "sd"]
    keys += ["asd"] if opts.status_columns else []
    keys += ["id", "idtype", "name"] if opts.style == "coded" else ["id", "name"]
    keys += ["qty", "price", "ccy", "principal"]
    keys += ["interest"] if opts.interest_column else []
    keys += ["comm", "fees", "taxes"] if opts.split_charges else ["comm", "charges"]
    keys += ["net"]
    keys += ["fx", "base"] if opts.base_columns else []
    keys += ["broker"]
    keys += ["status"] if opts.status_columns else []
    return keys


def _number(opts: Options, value: Decimal | None, *, signed: bool = True, places: int | None = None) -> str:
    if value is None:
        return ""
    text = money.fmt(abs(value), opts.number_style, decimals=places)
    if not signed or value >= 0:
        return text
    return {"lead": f"-{text}", "trail": f"{text}-", "parens": f"({text})"}[opts.negative]


def _cells(opts: Options, row: Row, period_end: date, rng: random.Random) -> dict[str, str]:
    code, words = WORDS[row.kind]
    security = row.security
    ident = ""
    idtype = ""
    if row.deal is not None:
        for key in ("isin", "cusip", "sedol"):
            if getattr(row.deal, key):
                ident, idtype = getattr(row.deal, key), key.upper()
    elif security is not None:
        ident, idtype = security.isin, "ISIN"
    places = 0 if row.currency == "JPY" else 2
    settled = row.settle is not None and row.settle <= period_end
    quantity = row.quantity
    if quantity is not None and not opts.signed_quantity:
        quantity = abs(quantity)
    principal = row.principal
    if principal is not None and opts.signed_principal and row.net is not None and row.net < 0:
        principal = -principal
    cells = {
        "account": opts.account,
        "ref": f"{noise.digits(rng, 4)}{noise.letters(rng, 2)}{noise.digits(rng, 6)}",
        "code": code,
        "desc": words + (f" - {row.extra['desc']}" if "desc" in row.extra else ""),
        "td": dates.fmt(row.trade_date, opts.date_style),
        "sd": dates.fmt(row.settle, opts.date_style) if row.settle else "",
        "asd": dates.fmt(row.settle, opts.date_style) if row.settle and settled else "",
        "id": ident,
        "idtype": idtype,
        "name": row.name,
        "qty": _number(opts, quantity),
        "price": _number(opts, row.price, signed=False),
        "ccy": row.currency,
        "principal": _number(opts, principal, places=places),
        "interest": _number(opts, row.interest, places=places),
        "comm": _number(opts, row.commission, signed=False, places=places),
        "fees": _number(opts, row.fees, signed=False, places=places),
        "taxes": _number(opts, row.taxes, signed=False, places=places),
        "charges": _number(opts, row.fees, signed=False, places=places),
        "net": _number(opts, row.net, places=places),
        "broker": row.broker,
        "status": "SETTLED" if settled else "PENDING",
        "fx": "",
        "base": "",
    }
    if row.deal is not None and row.deal.trade_ref:
        cells["ref"] = row.deal.trade_ref
    if opts.style == "worded" and row.kind in ("buy", "sell"):
        cells["desc"] = ("Securities purchase - RVP", "Securities sale - DVP")[row.kind == "sell"]
    if row.net is not None:
        rate = Decimal(row.extra["fx"].replace(",", ".")) if "fx" in row.extra else _fx(opts, row.currency)
        cells["fx"] = money.fmt(rate, "plain_comma" if opts.number_style in ("eu", "plain_comma") else "plain")
        cells["base"] = _number(opts, money.to_money(row.net * rate, opts.base))
    return cells


def build(rng: random.Random) -> Document:
    opts = _options(rng)
    first, last = dates.month_of(dates.trade_day(rng))
    rows: list[Row] = [_trade(rng, opts, first, last) for _ in range(rng.randint(3, 14))]
    for _ in range(rng.randint(4, 14)):
        rows += _cash(rng, opts, first, last)
    rows.sort(key=lambda row: (row.day, row.kind not in ("buy", "sell")))
    if rng.random() < 0.3:
        rows.reverse()  # newest first
    keys = _columns(opts)
    names = NAMES[opts.style]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=opts.delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator=opts.line_end)
    if opts.preamble:
        for line in _preamble(rng, opts, first, last):
            writer.writerow(line)
        writer.writerow([])
    writer.writerow([names[key] for key in keys])
    for row in rows:
        cells = _cells(opts, row, last, rng)
        writer.writerow([cells[key] for key in keys])
    if opts.preamble or rng.random() < 0.3:
        writer.writerow([])
        writer.writerow([f"Total records: {len(rows)}"])
        if rng.random() < 0.5:
            writer.writerow(["*** End of report ***"])
    content = ("\ufeff" if opts.bom else "") + out.getvalue()
    truth = [row.deal.truth() for row in rows if row.deal is not None]
    return Document(content.encode("utf-8"), "confirmation", truth)


def _preamble(rng: random.Random, opts: Options, first: date, last: date) -> list[list[str]]:
    run = dates.add_business_days(last, rng.randint(1, 3))
    period = f"{dates.fmt(first, opts.date_style)} to {dates.fmt(last, opts.date_style)}"
    if rng.random() < 0.5:
        return [
            [CUSTODIAN],
            ["Transaction Detail Report" if opts.style == "coded" else "Statement of Transactions"],
            ["Account", f"{opts.account} - {opts.client}"],
            ["Period", period],
            ["Base Currency", opts.base],
            ["Run Date", f"{dates.fmt(run, opts.date_style)} {dates.clock(rng)}"],
        ]
    return [
        [f"Report: Transaction Activity | Source: {CUSTODIAN}"],
        [f"Safekeeping account: {opts.account} ({opts.client})"],
        [f"From {period}; base currency {opts.base}; generated {dates.fmt(run, 'iso')} {dates.clock(rng)} UTC"],
        [f"Figures are provisional for transactions pending settlement after {dates.fmt(last, opts.date_style)}."],
    ]


LAYOUT = Layout(
    name="custodian_csv",
    kind="csv",
    heldout=False,
    build=build,
    description="global custodian's transaction export: trades among income, fees, FX and corporate actions",
)
