"""Tarawera Invest, Kererū Markets and Coolabah Trade: an investing platform's CSV export of orders and transactions.

Two New Zealand platforms and an Australian one export a period of one account's activity, each with headers of
its own: Tarawera ("Order ID", "Trade date", "Instrument code", "Average price", "Order value", "Transaction fee",
"Total amount"), Kererū ("Transaction ID", "Created at", "Symbol", "Shares", "Share price", "Commission",
"Regulatory fees", "Total") and Coolabah ("Confirmation No", "ASX Code", "Units", "Unit Price", "Consideration",
"Brokerage", "GST", "Net Amount"). Trades on the NZX (NZD), the ASX (AUD) and US exchanges (USD, fractional shares
on the New Zealand platforms) are mixed with rows that are not trades: dividends (some with the holding and the
rate per share), deposits, withdrawals, currency exchanges, subscription or account fees, interest, shares
transferred in. Dates are 14 Mar 2025, 14/03/2025 or ISO with a time; quantities and amounts with or without
thousands separators; some files quote every cell, some sign amounts from the cash side (a purchase negative),
some end with a totals row per currency. Brokerage is the commission, Coolabah's GST on it the tax, US regulatory
fees on sales the fees. An exchange column, an ISIN column, the order reference, the gross and the currency (a
column, or in the amount headers of a one-currency file) are in some exports only; a preamble or a footer naming
the platform and the account is in some (without them the file names neither, unless an account column does).
The truth carries quantity x price as the gross whether or not the export prints it, as the contract defines it.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from .. import dates, identifiers, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout


@dataclass(frozen=True)
class Platform:
    key: str
    legal_name: str
    country: str  # NZ or AU
    address: str
    registration: str
    headers: dict[str, str]
    buy_sell: tuple[tuple[str, str], ...]
    cash_words: dict[str, str]
    markets: tuple[str, ...]  # drawn from, repeats as weights
    date_styles: tuple[str, ...]


PLATFORMS = (
    Platform(
        "tarawera",
        "Tarawera Invest Limited",
        "NZ",
        "Level 4, 12 Customs Street East, Auckland 1010",
        "FSP 508114",
        {
            "ref": "Order ID",
            "trade": "Trade date",
            "settle": "Settlement date",
            "type": "Transaction type",
            "market": "Market",
            "code": "Instrument code",
            "isin": "ISIN",
            "name": "Instrument name",
            "quantity": "Quantity",
            "price": "Average price",
            "currency": "Currency",
            "gross": "Order value",
            "commission": "Transaction fee",
            "net": "Total amount",
            "account": "Account number",
        },
        (("Buy", "Sell"), ("BUY", "SELL")),
        {
            "dividend": "Dividend",
            "deposit": "Deposit",
            "withdrawal": "Withdrawal",
            "fx": "Currency exchange",
            "fee": "Subscription fee",
            "transfer": "Transfer in",
        },
        ("NZX", "NZX", "NZX", "ASX", "US", "US", "US"),
        ("short", "iso_time"),
    ),
    Platform(
        "kereru",
        "Kererū Markets Limited",
        "NZ",
        "Level 2, 150 Willis Street, Wellington 6011",
        "FSP 1003719",
        {
            "ref": "Transaction ID",
            "trade": "Created at",
            "settle": "Settled at",
            "type": "Type",
            "market": "Exchange",
            "code": "Symbol",
            "isin": "ISIN",
            "name": "Name",
            "quantity": "Shares",
            "price": "Share price",
            "currency": "Currency",
            "gross": "Value",
            "commission": "Commission",
            "fees": "Regulatory fees",
            "net": "Total",
            "account": "Account",
        },
        (("BUY", "SELL"), ("MARKET_BUY", "MARKET_SELL"), ("LIMIT_BUY", "LIMIT_SELL")),
        {
            "dividend": "DIVIDEND",
            "deposit": "TOP_UP",
            "withdrawal": "WITHDRAWAL",
            "fx": "FX",
            "fee": "FEE",
            "transfer": "TRANSFER_IN",
        },
        ("US", "US", "US", "US", "NZX", "ASX"),
        ("iso_t", "iso_time", "uk"),
    ),
    Platform(
        "coolabah",
        "Coolabah Trade Pty Ltd",
        "AU",
        "Level 21, 1 Macquarie Place, Sydney NSW 2000",
        "ABN 41 612 304 877, AFSL 489 213",
        {
            "ref": "Confirmation No",
            "trade": "Trade Date",
            "settle": "Settlement Date",
            "type": "Type",
            "market": "Exchange",
            "code": "ASX Code",
            "isin": "ISIN",
            "name": "Security Name",
            "quantity": "Units",
            "price": "Unit Price",
            "currency": "Currency",
            "gross": "Consideration",
            "commission": "Brokerage",
            "gst": "GST",
            "net": "Net Amount",
            "account": "HIN",
        },
        (("B", "S"), ("Buy", "Sell"), ("Bought", "Sold")),
        {
            "dividend": "Dividend",
            "deposit": "Cash Deposit",
            "withdrawal": "Withdrawal",
            "fx": "FX Conversion",
            "fee": "Account Fee",
            "transfer": "Off-market Transfer",
            "interest": "Interest",
        },
        ("ASX", "ASX", "ASX", "ASX", "US"),
        ("uk", "uk", "short"),
    ),
)
CURRENCY = {"NZX": "NZD", "ASX": "AUD", "US": "USD"}
_NZ_ROOTS = ("Tasman", "Kaimai", "Ruapehu", "Waitaki", "Hauraki", "Otago", "Manawatu", "Coromandel", "Rangitoto")
_AU_ROOTS = ("Wattle", "Kimberley", "Gippsland", "Pilbara", "Barossa", "Nullarbor", "Coorong", "Flinders", "Eyre")
_SECTORS = ("Energy", "Dairy", "Ports", "Retirement", "Minerals", "Property", "Healthcare", "Aviation", "Software")
_ETF = ("Total World ETF", "Australian 200 ETF", "NZ Top 50 ETF", "US 500 ETF", "Global Bond ETF")


@dataclass(frozen=True)
class Options:
    """What one export looks like."""

    date_style: str
    grouped: bool
    quote_all: bool
    signed: bool
    totals: bool
    preamble: bool
    footer: bool
    account_column: bool
    ref: bool
    isin: bool
    market: bool
    gross: bool
    gst_column: bool  # Coolabah: GST in a column of its own, else brokerage includes it
    currency_column: bool
    words: tuple[str, str]
    account: str
    newline: str
    bom: bool


@dataclass
class Row:
    day: date
    kind: str  # "trade" or a cash word key
    cells: dict[str, str] = field(default_factory=dict)
    currency: str = ""
    net: Decimal | None = None  # signed, cash in positive
    commission: Decimal | None = None
    deal: Deal | None = None
    time: str = ""


def _options(rng: random.Random, platform: Platform, currencies: list[str]) -> Options:
    preamble = rng.random() < 0.4
    if platform.key == "coolabah":
        account = f"X{noise.digits(rng, 10)}"
    elif platform.key == "tarawera":
        account = f"TI-{noise.digits(rng, 7)}"
    else:
        account = f"KM{noise.digits(rng, 8)}"
    return Options(
        date_style=rng.choice(platform.date_styles),
        grouped=rng.random() < 0.5,
        quote_all=rng.random() < 0.35,
        signed=rng.random() < 0.5,
        totals=rng.random() < 0.35,
        preamble=preamble,
        footer=not preamble and rng.random() < 0.3,
        account_column=not preamble and rng.random() < 0.4,
        ref=rng.random() < 0.7,
        isin=rng.random() < 0.5,
        market=rng.random() < 0.6,
        gross=rng.random() < 0.7,
        gst_column=platform.key == "coolabah" and rng.random() < 0.6,
        currency_column=len(currencies) > 1 or rng.random() < 0.5,
        words=rng.choice(platform.buy_sell),
        account=account,
        newline=rng.choice(("\r\n", "\n")),
        bom=rng.random() < 0.3,
    )


# --- instruments --------------------------------------------------------------------------------------------


def _instrument(rng: random.Random, market: str) -> tuple[str, str, str]:
    """(name, ticker, ISIN) of a listed share or ETF."""
    if market == "US":
        security = securities.equity(rng, "US")
        return security.name, security.ticker or "", security.isin
    roots = _NZ_ROOTS if market == "NZX" else _AU_ROOTS
    root = rng.choice(roots)
    if rng.random() < 0.2:
        name = f"{root} {rng.choice(_ETF)}"
    else:
        form = "Limited" if market == "NZX" else rng.choice(("Limited", "Ltd", "Group Limited"))
        name = f"{root} {rng.choice(_SECTORS)} {form}"
    words = [w for w in name.split() if w[0].isupper()]
    ticker = (words[0][:2] + words[1][0]).upper() if rng.random() < 0.6 else (words[0][0] + words[1][:2]).upper()
    if market == "NZX":
        isin = identifiers.isin("NZ", f"{ticker}E0001S")
    else:
        isin = identifiers.isin("AU", f"000000{ticker}")
    return name, ticker, isin


def _whole(rng: random.Random) -> Decimal:
    return Decimal(rng.choice((rng.randint(1, 999), rng.randint(1, 100) * 50, rng.randint(1, 40) * 500)))


def _whole_us(rng: random.Random) -> Decimal:
    return Decimal(rng.randint(1, 400))


def _fractional(rng: random.Random) -> Decimal:
    """A fractional US holding: the platform buys a dollar amount, so the shares carry up to six places."""
    places = rng.choice((4, 5, 6))
    value = Decimal(rng.randint(5 * 10**places // 10, 400 * 10**places)).scaleb(-places)
    text = format(value, "f").rstrip("0").rstrip(".")
    return Decimal(text)


# --- trades ---------------------------------------------------------------------------------------------------


def _trade(rng: random.Random, platform: Platform, opts: Options, market: str, day: date) -> Row:
    currency = CURRENCY[market]
    name, ticker, isin = _instrument(rng, market)
    fractional = market == "US" and platform.country == "NZ" and rng.random() < 0.6
    whole = (1, 2, 2, 3) if market == "US" else (0, 1, 1, 1, 2)

    def unit_price(r: random.Random) -> Decimal:
        digits = r.choice(whole)
        decimals = 2 if market == "US" and not fractional else r.choice((2, 3, 3, 4)) if digits else 3
        return trades.price(r, decimals=decimals, whole_digits=digits)

    quantity = _fractional if fractional else _whole_us if market == "US" else _whole
    q, p, gross = trades.draw(rng, currency, quantity, unit_price, minimum=Decimal(50), maximum=Decimal(250_000))
    side = trades.side(rng)
    charges = _charges(rng, platform, opts, market, currency, gross, q, side, day)
    lag = dates.settlement_lag(rng, day, market="US") if market == "US" else 2
    if platform.key == "tarawera":
        ref = noise.digits(rng, 8)
    elif platform.key == "kereru":
        ref = f"{noise.letters(rng, 3).lower()}{noise.digits(rng, 4)}-{noise.letters(rng, 4).lower()}"
    else:
        ref = f"C{noise.digits(rng, 9)}"
    named = opts.preamble or opts.footer
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=name,
        trade_date=day,
        settlement_date=dates.add_business_days(day, lag),
        gross_amount=gross,
        charges=tuple(charges),
        account=opts.account if opts.preamble or opts.account_column else None,
        counterparty=platform.legal_name if named else None,
        trade_ref=ref if opts.ref else None,
        isin=isin if opts.isin else None,
        ticker=ticker,
    )
    row = Row(day, "trade", currency=currency, deal=deal, time=dates.clock(rng))
    row.net = -deal.net_amount if deal.is_buy else deal.net_amount
    row.commission = deal.commission
    row.cells = {
        "ref": ref,
        "type": opts.words[0] if deal.is_buy else opts.words[1],
        "market": _exchange(rng, market),
        "code": ticker,
        "isin": isin,
        "name": name,
        "quantity": _count(q, opts),
        "price": money.fmt(p, "us" if opts.grouped else "plain"),
        "currency": currency,
        "gross": _number(-gross if deal.is_buy and opts.signed else gross, opts),
        "commission": _number(deal.commission, opts),
        "fees": _number(deal.fees, opts),
        "gst": _number(deal.taxes, opts),
        "net": _number(row.net if opts.signed else deal.net_amount, opts),
        "settle": _day(deal.settlement_date, opts, with_time=False),
    }
    return row


def _charges(
    rng: random.Random,
    platform: Platform,
    opts: Options,
    market: str,
    currency: str,
    gross: Decimal,
    q: Decimal,
    side: str,
    day: date,
) -> list[Charge]:
    if platform.key == "tarawera":
        cap = "5" if market == "US" else "25"
        return [Charge(COMMISSION, "Transaction fee", trades.rate_of(gross, "0.019", currency, maximum=cap))]
    if platform.key == "kereru":
        fee = Decimal("3.00") if market == "US" else trades.rate_of(gross, "0.005", currency, minimum="3")
        charges = [Charge(COMMISSION, "Commission", fee)]
        if market == "US":
            regulatory = trades.us_sale_fees(side == "BUY", q, gross, day, ("SEC fee", "TAF"))
        else:
            regulatory = []
        # the column is printed on every trade: 0.00 where nothing is charged
        charges.append(Charge(FEE, "Regulatory fees", sum((c.amount for c in regulatory), Decimal("0.00"))))
        return charges
    if market == "US":
        brokerage = Decimal(rng.choice(("3.00", "5.00")))
        gst = Decimal("0.00")  # brokerage on foreign shares is GST-free
    else:
        brokerage = max(Decimal("9.50"), trades.rate_of(gross, "0.0008", currency))
        if gross <= 1000:
            brokerage = Decimal("5.00")
        gst = money.to_money(brokerage * Decimal("0.10"), currency)
    if opts.gst_column:
        return [Charge(COMMISSION, "Brokerage", brokerage), Charge(TAX, "GST", gst)]
    return [Charge(COMMISSION, "Brokerage (incl. GST)", brokerage + gst)]


def _exchange(rng: random.Random, market: str) -> str:
    if market == "US":
        return rng.choice(("NASDAQ", "NYSE", "NYSE ARCA", "BATS"))
    return market


# --- rows that are not trades ---------------------------------------------------------------------------------


def _cash(rng: random.Random, platform: Platform, opts: Options, kind: str, day: date, currencies: list[str]) -> Row:
    words = platform.cash_words
    home = "NZD" if platform.country == "NZ" else "AUD"
    # cash moves in the home currency where the file has it; dividends come in the share's currency
    currency = (
        rng.choice(currencies) if kind in ("dividend", "transfer") else home if home in currencies else currencies[0]
    )
    row = Row(day, kind, currency=currency, time=dates.clock(rng))
    row.cells = {"type": words[kind], "currency": currency, "settle": _day(day, opts, with_time=False)}
    if opts.ref:
        row.cells["ref"] = rng.choice((noise.digits(rng, 8), f"{noise.letters(rng, 2)}{noise.digits(rng, 6)}"))
    if kind == "dividend":
        market = {"NZD": "NZX", "AUD": "ASX", "USD": "US"}[currency]
        name, ticker, isin = _instrument(rng, market)
        held = Decimal(rng.randint(5, 3000))
        rate = Decimal(rng.randint(2, 95)).scaleb(-3 if market == "NZX" else -2)
        gross = money.to_money(held * rate, currency)
        withheld = money.to_money(gross * Decimal("0.28" if currency == "NZD" else "0.15"), currency)
        if currency == "AUD":
            withheld = Decimal("0.00")  # franked
        row.net = gross - withheld
        row.cells.update(code=ticker, isin=isin, name=name, market=_exchange(rng, market))
        if rng.random() < 0.5:
            row.cells.update(quantity=_count(held, opts), price=money.fmt(rate, "plain"), gross=_number(gross, opts))
        row.cells["net"] = _number(row.net, opts)
        return row
    if kind == "deposit":
        amount = Decimal(rng.randint(2, 400) * 50)
        bank = f"{noise.digits(rng, 2)}-{noise.digits(rng, 4)}-{noise.digits(rng, 7)}-{noise.digits(rng, 2)}"
        text = f"Bank transfer from {bank}" if platform.country == "NZ" else f"BPAY ref {noise.digits(rng, 10)}"
        row.cells.update(name=text, net=_number(amount, opts))
        row.net = amount
        return row
    if kind == "withdrawal":
        amount = Decimal(rng.randint(1, 200) * 50)
        row.cells.update(name=f"To bank account ending {noise.digits(rng, 4)}", net=_number(_sign(-amount, opts), opts))
        row.net = -amount
        return row
    if kind == "fx":
        other = "NZD" if platform.country == "NZ" else "AUD"
        rate = Decimal(rng.randint(5400, 6700) if other == "NZD" else rng.randint(6200, 7000)).scaleb(-4)
        sold = Decimal(rng.randint(10, 5000) * 10)
        bought = money.to_money(sold * rate, "USD")
        fee = money.to_money(sold * Decimal("0.005"), other)
        text = f"{other} {money.fmt(sold, 'us', decimals=2)} to USD at {rate} (fee {other} {fee})"
        row.currency = "USD"
        row.cells.update(currency="USD", name=text, price=format(rate, "f"), net=_number(bought, opts))
        row.net = bought
        return row
    if kind == "fee":
        amount = Decimal(rng.choice(("3.00", "6.00", "2.50", "9.95")))
        first, last = dates.month_of(day)
        text = f"Monthly plan {dates.fmt(first, 'short')} - {dates.fmt(last, 'short')}"
        row.cells.update(name=text, net=_number(_sign(-amount, opts), opts))
        row.net = -amount
        return row
    if kind == "interest":
        amount = Decimal(rng.randint(5, 9000)).scaleb(-2)
        row.cells.update(
            name=f"Cash account interest {noise.scaled(rng, 150, 450, 2)}% p.a.", net=_number(amount, opts)
        )
        row.net = amount
        return row
    market = {"NZD": "NZX", "AUD": "ASX", "USD": "US"}[currency]
    name, ticker, isin = _instrument(rng, market)
    row.cells.update(code=ticker, isin=isin, name=name, quantity=_count(Decimal(rng.randint(10, 2000)), opts))
    return row


# --- printing ---------------------------------------------------------------------------------------------------


def _sign(value: Decimal, opts: Options) -> Decimal:
    return value if opts.signed else abs(value)


def _number(value: Decimal | None, opts: Options) -> str:
    if value is None:
        return ""
    return money.fmt(value, "us" if opts.grouped else "plain", decimals=2, sign=True)


def _count(value: Decimal, opts: Options) -> str:
    return money.fmt(value, "us" if opts.grouped else "plain")


def _day(day: date, opts: Options, *, with_time: bool, time: str = "") -> str:
    style = opts.date_style
    if style == "iso_time":
        return f"{day.isoformat()} {time}" if with_time else day.isoformat()
    if style == "iso_t":
        return (
            f"{day.isoformat()}T{time}+{13 if day.month < 4 or day.month > 9 else 12:02d}:00"
            if with_time
            else (day.isoformat())
        )
    return dates.fmt(day, style)


def _columns(platform: Platform, opts: Options) -> list[str]:
    keys = []
    if opts.ref:
        keys.append("ref")
    keys += ["trade", "settle", "type"]
    if opts.market:
        keys.append("market")
    keys.append("code")
    if opts.isin:
        keys.append("isin")
    keys += ["name", "quantity", "price"]
    if opts.currency_column:
        keys.append("currency")
    if opts.gross:
        keys.append("gross")
    keys.append("commission")
    if "fees" in platform.headers:
        keys.append("fees")
    if opts.gst_column:
        keys.append("gst")
    keys.append("net")
    if opts.account_column:
        keys.append("account")
    if platform.key == "kereru" and opts.date_style == "iso_t":  # the newer export puts the side after the price
        keys.remove("type")
        keys.insert(keys.index("price") + 1, "type")
    return keys


def _header(platform: Platform, opts: Options, keys: list[str], currency: str, *, only_asx: bool) -> list[str]:
    names = []
    for key in keys:
        name = platform.headers[key]
        if key == "commission" and platform.key == "coolabah" and not opts.gst_column:
            name = "Brokerage (incl. GST)" if opts.currency_column else "Brokerage incl GST"
        if key == "code" and platform.key == "coolabah" and not only_asx:
            name = "Code"
        if not opts.currency_column and key in ("price", "gross", "commission", "fees", "gst", "net"):
            name = f"{name} ({currency})"
        names.append(name)
    return names


def _cells(row: Row, opts: Options, keys: list[str]) -> list[str]:
    cells = dict(row.cells)
    cells["trade"] = _day(row.day, opts, with_time=True, time=row.time)
    cells["account"] = opts.account
    return [cells.get(key, "") for key in keys]


def _totals(rows: list[Row], opts: Options, keys: list[str], word: str) -> list[list[str]]:
    out = []
    currencies = []
    for row in rows:
        if row.currency and row.currency not in currencies:
            currencies.append(row.currency)
    for currency in currencies:
        mine = [row for row in rows if row.currency == currency]
        cells = dict.fromkeys(keys, "")
        first = keys[0]
        cells[first] = word if len(currencies) == 1 else f"{word} {currency}"
        if "currency" in cells:
            cells["currency"] = currency
        cells["commission"] = _number(sum((r.commission or Decimal(0) for r in mine), Decimal("0.00")), opts)
        if opts.signed:
            cells["net"] = _number(sum((r.net or Decimal(0) for r in mine), Decimal("0.00")), opts)
        out.append([cells[key] for key in keys])
    return out


def _preamble(rng: random.Random, platform: Platform, opts: Options, first: date, last: date) -> list[list[str]]:
    made = dates.add_business_days(last, rng.randint(1, 20))
    kind = rng.choice(("Individual", "Joint", "Trust", "Company")) if platform.country == "NZ" else "Individual"
    title = {"tarawera": "Transaction report", "kereru": "Activity export", "coolabah": "Transaction History"}
    account_word = "HIN" if platform.key == "coolabah" else "Account"
    return [
        [f"{platform.legal_name} - {title[platform.key]}"],
        [account_word, f"{opts.account} ({kind})"],
        ["Period", f"{dates.fmt(first, 'short')} - {dates.fmt(last, 'short')}"],
        ["Generated", f"{dates.fmt(made, 'short')} {dates.clock(rng)[:5]}"],
        [],
    ]


def _footer(rng: random.Random, platform: Platform) -> str:
    if platform.country == "NZ":
        return (
            f"{platform.legal_name} ({platform.registration}), {platform.address}. Prices are in the currency of "
            f"the market. Tax information (RWT, FIF) is in your annual tax statement for the year to 31 March. "
            f"Help: 0800 {noise.digits(rng, 3)} {noise.digits(rng, 3)}."
        )
    return (
        f"{platform.legal_name}, {platform.registration}, {platform.address}. Settlement is through CHESS; this "
        f"history is not a tax statement. Enquiries 1300 {noise.digits(rng, 3)} {noise.digits(rng, 3)}."
    )


def build(rng: random.Random) -> Document:
    platform = rng.choice(PLATFORMS)
    markets = sorted(set(rng.sample(platform.markets, k=rng.randint(1, 3))), key=platform.markets.index)
    currencies = [CURRENCY[m] for m in markets]
    opts = _options(rng, platform, currencies)
    first = dates.trade_day(rng).replace(day=1)
    months = rng.choice((1, 1, 3))
    last = (first + timedelta(days=31 * months)).replace(day=1) - timedelta(days=1)
    rows = [
        _trade(rng, platform, opts, rng.choice(markets), dates.weekday_in(rng, first, last))
        for _ in range(rng.randint(2, 12))
    ]
    kinds = ["dividend", "dividend", "deposit", "deposit", "withdrawal", "fee", "transfer"]
    kinds += ["fx"] if "USD" in currencies and len(currencies) > 1 else []
    kinds += ["interest"] if "interest" in platform.cash_words else []
    for kind in rng.sample(kinds, k=rng.randint(1, min(len(kinds), 7))):
        rows.append(_cash(rng, platform, opts, kind, dates.weekday_in(rng, first, last), currencies))
    rows.sort(key=lambda row: (row.day, row.time))
    if rng.random() < 0.5:
        rows.reverse()  # newest first
    keys = _columns(platform, opts)

    out = io.StringIO()
    quoting = csv.QUOTE_ALL if opts.quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(out, quoting=quoting, lineterminator=opts.newline)
    if opts.preamble:
        writer.writerows(_preamble(rng, platform, opts, first, last))
    writer.writerow(_header(platform, opts, keys, currencies[0], only_asx=markets == ["ASX"]))
    for row in rows:
        writer.writerow(_cells(row, opts, keys))
    if opts.totals:
        writer.writerows(_totals(rows, opts, keys, rng.choice(("Total", "TOTAL", "Totals"))))
    if opts.footer:
        writer.writerow([])
        writer.writerow([_footer(rng, platform)])
    content = out.getvalue().encode("utf-8-sig" if opts.bom else "utf-8")
    # The contract's gross is quantity x price whether or not the export prints it.
    truth = [row.deal.truth() for row in rows if row.deal is not None]
    return Document(content, "confirmation", truth)


LAYOUT = Layout(
    name="nz_platform_csv",
    kind="csv",
    heldout=False,
    build=build,
    description="NZ/AU investing platform CSV export: own headers, NZD/AUD/USD, fractional US shares, dividends, "
    "deposits, FX and fee rows, optional totals row, quoted cells",
)
