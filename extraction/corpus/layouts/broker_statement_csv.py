"""Tallpine Direct: a Canadian discount broker's monthly account activity, exported as CSV.

One account, in CAD (Canadian shares) or USD (US shares), the currency named in the amount headers or in a
currency column. Trades are mixed with cash rows (dividends, withholding tax, interest, contributions or deposits,
withdrawals, account fees) that are not trades. Amounts are signed from the account's side: negative (a minus or
parentheses) when cash leaves it, so a purchase is negative; some exports print sales with a negative quantity.
Dividend rows may carry the holding's share count. No gross is printed (the truth keeps quantity x price); the
commission column is always there, an other-fees column, CUSIPs, references and a running balance only in some
exports. Some files start with a preamble naming the broker, the account and the period, and end with a
generation note; without it the account number is a column and the file names no broker (counterparty null).
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, Charge, Deal, Document, Layout

BROKER_NAME = "Tallpine Direct Investing Inc."
TRADE_WORDS = (("Buy", "Sell"), ("BOUGHT", "SOLD"), ("Purchase", "Sale"))
CASH_WORDS = (
    {
        "div": "Dividend",
        "tax": "Withholding Tax",
        "int": "Interest",
        "dep": "Deposit",
        "wd": "Withdrawal",
        "fee": "Fee",
    },
    {"div": "DIV", "tax": "NRT", "int": "INT", "dep": "CONT", "wd": "WD", "fee": "FEE"},
    {
        "div": "Cash Dividend",
        "tax": "Non-Resident Tax",
        "int": "Interest Earned",
        "dep": "EFT Deposit",
        "wd": "EFT Withdrawal",
        "fee": "Account Fee",
    },
)


@dataclass(frozen=True)
class Options:
    """What one export looks like."""

    currency: str
    account: str
    preamble: bool
    currency_column: bool
    fees_column: bool
    cusip_column: bool
    ref_column: bool
    balance_column: bool
    grouped: bool  # 1,234.56 (quoted) instead of 1234.56
    parentheses: bool  # (1234.56) instead of -1234.56
    negative_sales: bool  # quantity of a sale printed negative
    date_style: str
    trade_words: tuple[str, str]
    cash_words: dict[str, str]
    commission_plan: str
    names: dict[str, str]  # column names chosen for this export


@dataclass(frozen=True)
class Row:
    day: date
    kind: str  # "trade" or a key of CASH_WORDS
    amount: Decimal  # signed, cash in positive
    symbol: str = ""
    description: str = ""
    quantity: Decimal | None = None  # signed as printed
    price: Decimal | None = None
    commission: Decimal | None = None
    fees: Decimal | None = None
    settle: date | None = None
    cusip: str = ""
    ref: str = ""
    deal: Deal | None = None


def _options(rng: random.Random) -> Options:
    currency = rng.choice(("CAD", "CAD", "USD"))
    currency_column = rng.random() < 0.3
    tag = "" if currency_column else f" ({currency})"
    if rng.random() < 0.5:
        account = f"{noise.digits(rng, 2)}{noise.letters(rng, 1)}-{noise.digits(rng, 4)}-{noise.digits(rng, 1)}"
    else:
        account = f"{noise.digits(rng, 3)}{noise.letters(rng, 2)}{noise.digits(rng, 3)}"
    names = {
        "date": rng.choice(("Activity Date", "Transaction Date", "Trade Date")),
        "settle": rng.choice(("Settlement Date", "Settle Date", "Value Date")),
        "type": rng.choice(("Transaction Type", "Activity Type", "Action")),
        "symbol": rng.choice(("Symbol", "Ticker")),
        "description": rng.choice(("Description", "Security Description", "Details")),
        "quantity": rng.choice(("Quantity", "Units", "Shares")),
        "price": rng.choice(("Price", "Unit Price")) + tag,
        "commission": rng.choice(("Commission", "Commission" + tag, "Brokerage Fee")),
        "fees": rng.choice(("Other Fees", "Fees", "Reg/ECN Fees")),
        "amount": rng.choice(("Amount", "Net Amount", "Net Cash")) + tag,
        "balance": "Cash Balance" + tag,
        "ref": rng.choice(("Reference #", "Confirmation No.", "Order ID")),
        "account": rng.choice(("Account #", "Account Number")),
    }
    return Options(
        currency=currency,
        account=account,
        preamble=rng.random() < 0.55,
        currency_column=currency_column,
        fees_column=rng.random() < 0.5,
        cusip_column=rng.random() < 0.4,
        ref_column=rng.random() < 0.5,
        balance_column=rng.random() < 0.35,
        grouped=rng.random() < 0.3,
        parentheses=rng.random() < 0.3,
        negative_sales=rng.random() < 0.35,
        date_style=rng.choice(("iso", "iso", "dmy_mon", "us_long")),
        trade_words=rng.choice(TRADE_WORDS),
        cash_words=rng.choice(CASH_WORDS),
        commission_plan=rng.choice(("zero", "flat", "per_share")),
        names=names,
    )


def make_trade(rng: random.Random, opts: Options, day: date) -> Row:
    security = securities.equity(rng, "US")
    q, p, gross = trades.draw(rng, opts.currency, trades.shares, trades.price, maximum=Decimal(1_500_000))
    side = trades.side(rng)
    settle = dates.add_business_days(day, dates.settlement_lag(rng, day, market="CA"))
    if opts.commission_plan == "zero":
        commission = Decimal("0.00")
    elif opts.commission_plan == "flat":
        commission = Decimal(rng.choice(("4.95", "6.95", "9.99")))
    else:
        commission = trades.rate_of(q, "0.01", opts.currency, minimum="4.95", maximum="9.95")
    commission = min(commission, money.to_money(gross / 40, opts.currency))
    charges = [Charge(COMMISSION, "Commission", commission)]
    if opts.fees_column:
        fee = Decimal("0.00")
        if opts.currency == "USD":
            fee = sum((c.amount for c in trades.us_sale_fees(side == "BUY", q, gross, day, ("", ""))), fee)
        elif rng.random() < 0.2:
            fee = Decimal(rng.choice(("0.25", "0.50", "1.20")))  # ECN or odd-lot charges
        charges.append(Charge(FEE, "Fees", fee))
    name = security.name.upper()
    if opts.currency == "CAD":
        name += rng.choice(("", " COM", " COMMON SHARES", " CL A SUB VTG"))
    else:
        name += rng.choice(("", " COM", " SHS"))
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=opts.currency,
        security_name=name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=opts.account,
        counterparty=BROKER_NAME if opts.preamble else None,
        trade_ref=f"{noise.digits(rng, 3)}{noise.letters(rng, 1)}{noise.digits(rng, 5)}" if opts.ref_column else None,
        cusip=security.cusip if opts.cusip_column else None,
        ticker=security.ticker,
    )
    amount = -deal.net_amount if deal.is_buy else deal.net_amount
    return Row(
        day=day,
        kind="trade",
        amount=amount,
        symbol=security.ticker or "",
        description=name,
        quantity=-q if (opts.negative_sales and not deal.is_buy) else q,
        price=p,
        commission=commission,
        fees=deal.fees,
        settle=settle,
        cusip=deal.cusip or "",
        ref=deal.trade_ref or "",
        deal=deal,
    )


def make_cash(rng: random.Random, opts: Options, day: date) -> list[Row]:
    kind = rng.choice(("div", "div", "int", "dep", "wd", "fee"))
    ccy = opts.currency
    if kind == "div":
        security = securities.equity(rng, "US")
        shares = Decimal(rng.randint(1, 80) * 25)
        rate = Decimal(rng.randint(4, 180)).scaleb(-3)
        amount = money.to_money(shares * rate, ccy)
        if amount <= 0:
            amount = Decimal("0.01")
        record = dates.fmt(day - timedelta(days=rng.randint(8, 20)), "iso")
        description = f"{security.name.upper()} CASH DIV {rate}/SH REC {record} PAY {dates.fmt(day, 'iso')}"
        held = shares if rng.random() < 0.4 else None
        rows = [Row(day, kind, amount, security.ticker or "", description, quantity=held)]
        if ccy == "USD":
            withheld = money.to_money(amount * Decimal("0.15"), ccy)
            if withheld > 0:
                tax_text = f"{security.name.upper()} NON-RES TAX WITHHELD 15%"
                rows.append(Row(day, "tax", -withheld, security.ticker or "", tax_text))
        return rows
    if kind == "int":
        rate = Decimal(rng.randint(25, 450)).scaleb(-3)
        text = f"INTEREST ON CREDIT BALANCE @ {rate}% {dates.fmt(day.replace(day=1), 'iso')} TO {dates.fmt(day, 'iso')}"
        return [Row(day, kind, Decimal(rng.randint(1, 9000)).scaleb(-2), "", text)]
    if kind == "dep":
        text = rng.choice(("EFT FROM BANK ACCT ****", "CONTRIBUTION RRSP ****", "E-TRANSFER IN REF ")) + noise.digits(
            rng, 4
        )
        return [Row(day, kind, Decimal(rng.randint(10, 5000) * 10), "", text)]
    if kind == "wd":
        text = rng.choice(("EFT TO BANK ACCT ****", "WIRE OUT REF ", "SYSTEMATIC WITHDRAWAL PLAN ")) + noise.digits(
            rng, 4
        )
        return [Row(day, kind, -Decimal(rng.randint(5, 1500) * 10), "", text)]
    text = rng.choice(("ANNUAL RRSP ADMIN FEE", "QUARTERLY INACTIVITY FEE", "PAPER STATEMENT FEE", "WIRE FEE"))
    return [Row(day, kind, -Decimal(rng.choice(("25.00", "4.95", "2.00", "40.00", "100.00"))), "", text)]


def _header(opts: Options) -> list[str]:
    n = opts.names
    names = [n["date"], n["settle"], n["type"], n["symbol"]]
    if opts.cusip_column:
        names.append("CUSIP")
    names += [n["description"], n["quantity"], n["price"], n["commission"]]
    if opts.fees_column:
        names.append(n["fees"])
    names.append(n["amount"])
    if opts.currency_column:
        names.append("Currency")
    if opts.balance_column:
        names.append(n["balance"])
    if opts.ref_column:
        names.append(n["ref"])
    if not opts.preamble:
        names.append(n["account"])
    return names


def _number(value: Decimal, opts: Options, *, signed: bool = False) -> str:
    text = money.fmt(value, "us" if opts.grouped else "plain")
    if signed and value < 0:
        return f"({text})" if opts.parentheses else f"-{text}"
    return text


def _cells(row: Row, opts: Options, balance: Decimal) -> list[str]:
    words = opts.trade_words
    deal = row.deal
    kind = (words[0] if deal.is_buy else words[1]) if deal else opts.cash_words[row.kind]
    cells = [
        dates.fmt(row.day, opts.date_style),
        dates.fmt(row.settle, opts.date_style) if row.settle else dates.fmt(row.day, opts.date_style),
        kind,
        row.symbol,
    ]
    if opts.cusip_column:
        cells.append(row.cusip)
    cells += [
        row.description,
        _number(row.quantity, opts, signed=True) if row.quantity is not None else "",
        money.fmt(row.price, "plain") if row.price is not None else "",
        _number(row.commission, opts) if row.commission is not None else "",
    ]
    if opts.fees_column:
        cells.append(_number(row.fees, opts) if row.fees is not None else "")
    cells.append(_number(money.places(row.amount, 2), opts, signed=True))
    if opts.currency_column:
        cells.append(opts.currency)
    if opts.balance_column:
        cells.append(_number(money.places(balance, 2), opts, signed=True))
    if opts.ref_column:
        cells.append(row.ref)
    if not opts.preamble:
        cells.append(opts.account)
    return cells


def build(rng: random.Random) -> Document:
    opts = _options(rng)
    first = dates.trade_day(rng).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    rows: list[Row] = []
    for _ in range(rng.randint(3, 14)):
        rows.append(make_trade(rng, opts, _weekday_in(rng, first, last)))
    for _ in range(rng.randint(3, 12)):
        rows += make_cash(rng, opts, _weekday_in(rng, first, last))
    rows.sort(key=lambda row: (row.day, row.kind != "trade", row.description))
    opening = Decimal(rng.randint(2_000_00, 400_000_00)).scaleb(-2)
    balances = []
    balance = opening
    for row in rows:
        balance += row.amount
        balances.append(balance)
    ordered = list(zip(rows, balances, strict=True))
    if rng.random() < 0.5:
        ordered.reverse()  # newest first, as the web page shows them

    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    if opts.preamble:
        kind = rng.choice(("TFSA", "RRSP", "Cash", "Margin", "RRIF"))
        writer.writerow([f"{BROKER_NAME} - Account Activity"])
        writer.writerow(["Account", f"{opts.account} ({kind} - {opts.currency})"])
        writer.writerow(["Period", f"{dates.fmt(first, 'iso')} to {dates.fmt(last, 'iso')}"])
        writer.writerow(["Opening cash balance", _number(opening, opts, signed=True)])
        writer.writerow([])
    writer.writerow(_header(opts))
    for row, running in ordered:
        writer.writerow(_cells(row, opts, running))
    if opts.preamble or rng.random() < 0.4:
        generated = dates.add_business_days(last, rng.randint(1, 4))
        writer.writerow([])
        writer.writerow(
            [
                f"Generated {dates.fmt(generated, 'iso')} {dates.clock(rng)} ET. Activity is shown by trade date; "
                f"amounts for trades settling after {dates.fmt(last, 'iso')} are pending. Questions: "
                f"1-800-555-01{noise.digits(rng, 2)}."
            ]
        )
    truth = [row.deal.truth() for row, _ in ordered if row.deal is not None]
    return Document(out.getvalue().encode("utf-8"), "confirmation", truth)


def _weekday_in(rng: random.Random, first: date, last: date) -> date:
    while True:
        day = first + timedelta(days=rng.randrange((last - first).days + 1))
        if day.weekday() < 5:
            return day


LAYOUT = Layout(
    name="broker_statement_csv",
    kind="csv",
    heldout=False,
    build=build,
    description="Canadian monthly activity CSV, trades among dividend/interest/deposit rows, signed amounts",
)
