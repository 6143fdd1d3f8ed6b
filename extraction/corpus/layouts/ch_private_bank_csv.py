"""Aeschbach (held out): a Zürich private bank's transaction export from its e-banking, as CSV.

One portfolio over a quarter: tab- or semicolon-separated, headers in German (Abschlussdatum, Valuta, Transaktion,
Titelbezeichnung, Valor, Nominal/Anzahl, Kurs, Kurswert, Courtage, Eidg. Umsatzabgabe, Marchzins, Nettobetrag)
with sides Kauf/Verkauf, or in the bank's English (Trade Dt, Value Dt, Transaction, Sec. Description, Valor,
Nominal/Qty, Px, Ccy, Gross Amt, Brokerage, Swiss Stamp, Accrued Int., Net Amt) with Buy/Sell. Numbers use the
Swiss apostrophe between thousands (1'234.56, some files the typographic ’), dates 14.03.2025 or 14.03.25. Some
exports sign the net amount from the account's side (a purchase negative). Trades are Swiss and foreign shares in
CHF, EUR or USD and bonds quoted in percent with accrued interest (Marchzins); the Swiss stamp duty (0.075% on
Swiss, 0.15% on foreign securities) is the tax, foreign or exchange charges a column of fees on some exports.

Rows that are not trades are mixed in: custody fees, coupon payments and dividends (with the nominal or the
holding and amounts, but no price), FX spot deals (an amount, a rate, CHF paid: a quantity and price that are not
a securities trade), deliveries of securities free of payment and cash transfers. Some files begin with lines
naming the bank, the portfolio, the period and the reference currency (the counterparty and account of the
truth); without them a portfolio column may name the account and nothing names the bank. Some add the exchange
rate and the net in CHF, or a booking number (the trade reference). Encoded UTF-8, UTF-8 with a byte-order mark or
Windows-1252.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .. import dates, identifiers, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout

BANK = "Aeschbach & Cie Privatbank AG"
HEADERS = {
    "de": {
        "trade": "Abschlussdatum",
        "value": "Valuta",
        "kind": "Transaktion",
        "name": "Titelbezeichnung",
        "valor": "Valor",
        "isin": "ISIN",
        "quantity": "Nominal/Anzahl",
        "price": "Kurs",
        "ccy": "Whg",
        "gross": "Kurswert",
        "brokerage": "Courtage",
        "stamp": "Eidg. Umsatzabgabe",
        "other": "Fremde Spesen",
        "accrued": "Marchzins",
        "net": "Nettobetrag",
        "rate": "Devisenkurs",
        "net_chf": "Betrag CHF",
        "ref": "Buchungsnr.",
        "account": "Portfolio",
    },
    "en": {
        "trade": "Trade Dt",
        "value": "Value Dt",
        "kind": "Transaction",
        "name": "Sec. Description",
        "valor": "Valor",
        "isin": "ISIN",
        "quantity": "Nominal/Qty",
        "price": "Px",
        "ccy": "Ccy",
        "gross": "Gross Amt",
        "brokerage": "Brokerage",
        "stamp": "Swiss Stamp",
        "other": "Third-party Fees",
        "accrued": "Accrued Int.",
        "net": "Net Amt",
        "rate": "Exch. Rate",
        "net_chf": "Net Amt CHF",
        "ref": "Booking Ref",
        "account": "Portfolio",
    },
}
WORDS = {
    "de": {
        "buy": "Kauf",
        "sell": "Verkauf",
        "custody": "Depotgebühr",
        "coupon": "Coupon",
        "dividend": "Dividende",
        "fx": "Devisenkassa",
        "in": "Einlieferung",
        "out": "Auslieferung",
        "pay_in": "Vergütung",
        "pay_out": "Zahlungsauftrag",
    },
    "en": {
        "buy": "Buy",
        "sell": "Sell",
        "custody": "Custody Fee",
        "coupon": "Coupon Payment",
        "dividend": "Dividend",
        "fx": "FX Spot",
        "in": "Transfer In",
        "out": "Transfer Out",
        "pay_in": "Incoming Payment",
        "pay_out": "Outgoing Payment",
    },
}
# CHF per unit of the currency, roughly where they traded
RATES = {
    "CHF": (Decimal(1), Decimal(1)),
    "EUR": (Decimal("0.9250"), Decimal("0.9900")),
    "USD": (Decimal("0.8400"), Decimal("0.9300")),
}
FOREIGN = {"EUR": ("DE", "FR", "NL"), "USD": ("US",)}


@dataclass(frozen=True)
class Options:
    """What one export looks like."""

    language: str
    delimiter: str
    date_style: str  # "dot" or "dot2"
    group: str  # thousands separator: "'", "’" or ""
    signed: bool  # net amounts negative when cash leaves the account
    preamble: bool
    account_column: bool
    valor: bool
    bonds: bool  # the portfolio trades bonds: an accrued-interest column
    other_fees: bool
    chf_columns: bool
    ref: bool
    quote_all: bool
    encoding: str
    account: str


@dataclass
class Row:
    trade: date
    value: date
    kind: str
    name: str = ""
    valor: str = ""
    isin: str = ""
    currency: str = "CHF"
    quantity: Decimal | None = None
    price: Decimal | None = None
    gross: Decimal | None = None
    brokerage: Decimal | None = None
    stamp: Decimal | None = None
    other: Decimal | None = None
    accrued: Decimal | None = None
    net: Decimal | None = None  # signed: cash in positive
    ref: str = ""
    deal: Deal | None = None


def _options(rng: random.Random) -> Options:
    language = rng.choice(("de", "en"))
    preamble = rng.random() < 0.5
    return Options(
        language=language,
        delimiter=rng.choice(("\t", ";")),
        date_style=rng.choice(("dot", "dot", "dot2")),
        group=rng.choice(("'", "'", "'", "’", "")),
        signed=rng.random() < 0.45,
        preamble=preamble,
        account_column=not preamble and rng.random() < 0.7,
        valor=rng.random() < 0.8,
        bonds=rng.random() < 0.45,
        other_fees=rng.random() < 0.5,
        chf_columns=rng.random() < 0.35,
        ref=rng.random() < 0.55,
        quote_all=rng.random() < 0.25,
        encoding=rng.choice(("utf-8", "utf-8-sig", "cp1252")),
        account=f"{noise.digits(rng, 3)}.{noise.digits(rng, 3)}.{noise.digits(rng, 3)}.{noise.digits(rng, 2)}",
    )


def _valor(rng: random.Random) -> str:
    return str(rng.randint(100_000, 140_000_000))


def _security(rng: random.Random, currency: str, lang: str) -> tuple[str, str, str, bool]:
    """(name as printed, valor, ISIN, Swiss) of a share."""
    valor = _valor(rng)
    if currency == "CHF":
        security = securities.equity(rng, "CH")
        isin = identifiers.isin("CH", valor)
        if lang == "de":
            kind = rng.choice(("Namenaktien", "Inhaberaktien", "Namenaktien"))
            return f"{kind} {security.name}", valor, isin, True
        return f"{security.name} {rng.choice(('Reg Shs', 'Bearer Shs', 'Reg Shs'))}", valor, isin, True
    security = securities.equity(rng, rng.choice(FOREIGN[currency]))
    if security.market == "US":
        return f"{security.name} {rng.choice(('Shs', 'Common Stock', 'Reg Shs'))}", valor, security.isin, False
    suffix = {"de": "Namenaktien", "en": "Reg Shs"}[lang] if security.market == "DE" else "Shs"
    if lang == "de" and security.market != "DE":
        suffix = "Aktien"
    return f"{security.name} {suffix}", valor, security.isin, False


def _bond(rng: random.Random, currency: str, day: date) -> tuple[str, str, str, Decimal, date, bool]:
    """(name as printed, valor, ISIN, coupon, maturity, Swiss) of a bond: coupon, issuer and term in the name."""
    swiss = currency == "CHF" and rng.random() < 0.8
    issuer = securities.equity(rng, "CH" if swiss else rng.choice(("DE", "FR", "NL")))
    coupon = Decimal(rng.randrange(2, 36) * 125).scaleb(-3)
    maturity = date(day.year + rng.randint(1, 15), rng.randint(1, 12), rng.choice((1, 15, 28)))
    issued = day.year - rng.randint(0, 8)
    name = f"{coupon:.3f}% {issuer.name} {issued}-{maturity.year}"
    valor = _valor(rng)
    isin = identifiers.isin("CH", valor) if swiss else issuer.isin
    return name, valor, isin, coupon, maturity, swiss


# --- trades -------------------------------------------------------------------------------------------------


def _trade(rng: random.Random, opts: Options, day: date) -> Row:
    currency = rng.choice(("CHF", "CHF", "CHF", "EUR", "USD"))
    is_bond = opts.bonds and currency != "USD" and rng.random() < 0.4
    side = trades.side(rng)
    accrued = None
    if is_bond:
        name, valor, isin, coupon, maturity, swiss = _bond(rng, currency, day)
        q, p, gross = trades.draw(
            rng,
            currency,
            lambda r: Decimal(r.randint(1, 200) * 5_000),
            trades.percent_price,
            percent=True,
            minimum=Decimal(5_000),
            maximum=Decimal(3_000_000),
        )
        settle = dates.add_business_days(day, 2)
        accrued = trades.accrued_interest(q, coupon, trades.accrued_days(maturity, settle), currency)
        brokerage = trades.rate_of(gross, rng.choice(("0.002", "0.003", "0.005")), currency, minimum="100")
    else:
        name, valor, isin, swiss = _security(rng, currency, opts.language)
        q, p, gross = trades.draw(
            rng,
            currency,
            lambda r: Decimal(r.randint(1, 400) * r.choice((1, 5, 10, 25))),
            lambda r: trades.price(r, decimals=r.choice((2, 2, 3)), whole_digits=r.choice((1, 2, 2, 3))),
            minimum=Decimal(2_000),
            maximum=Decimal(2_500_000),
        )
        settle = dates.add_business_days(
            day, dates.settlement_lag(rng, day, market="US" if currency == "USD" else "CH")
        )
        brokerage = trades.rate_of(gross, rng.choice(("0.004", "0.006", "0.008", "0.01")), currency, minimum="80")
    stamp = trades.rate_of(gross, "0.00075" if swiss else "0.0015", currency)
    charges = [Charge(COMMISSION, "brokerage", brokerage), Charge(TAX, "stamp", stamp)]
    other = None
    if opts.other_fees:
        other = Decimal("0.00")
        if not swiss and rng.random() < 0.7:
            other = Decimal(rng.choice(("12.50", "25.00", "35.00", "8.40")))
        elif swiss and rng.random() < 0.5:
            other = trades.rate_of(gross, "0.0001", currency, minimum="1.00")  # exchange fee
        charges.append(Charge(FEE, "other", other))
    ref = f"{day:%y}{noise.digits(rng, 8)}" if opts.ref else ""
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        accrued_interest=accrued,
        account=opts.account if opts.preamble or opts.account_column else None,
        counterparty=BANK if opts.preamble else None,
        trade_ref=ref or None,
        isin=isin,
        percent=is_bond,
    )
    net = -deal.net_amount if deal.is_buy else deal.net_amount
    return Row(
        trade=day,
        value=settle,
        kind="buy" if deal.is_buy else "sell",
        name=name,
        valor=valor,
        isin=isin,
        currency=currency,
        quantity=q,
        price=p,
        gross=gross,
        brokerage=brokerage,
        stamp=stamp,
        other=other,
        accrued=accrued,
        net=net,
        ref=ref,
        deal=deal,
    )


# --- rows that are not trades -------------------------------------------------------------------------------


def _cash_row(rng: random.Random, opts: Options, kind: str, day: date, first: date, last: date) -> Row:
    ref = f"{day:%y}{noise.digits(rng, 8)}" if opts.ref else ""
    lang = opts.language
    if kind == "custody":
        quarter = f"{dates.fmt(first, 'dot')}-{dates.fmt(last, 'dot')}"
        text = {"de": f"Depotgebühr {quarter} inkl. MWST 8.1%", "en": f"Custody fee {quarter} incl. VAT 8.1%"}[lang]
        amount = Decimal(rng.randint(15_000, 420_000)).scaleb(-2)
        return Row(last, last, kind, name=text, gross=amount, net=-amount, ref=ref)
    if kind == "coupon":
        name, valor, isin, coupon, _, _ = _bond(rng, "CHF", day)
        nominal = Decimal(rng.randint(2, 100) * 5_000)
        amount = money.to_money(nominal * coupon / 100, "CHF")
        return Row(day, day, kind, name, valor, isin, "CHF", quantity=nominal, gross=amount, net=amount, ref=ref)
    if kind == "dividend":
        name, valor, isin, _ = _security(rng, "CHF", lang)
        shares = Decimal(rng.randint(1, 300) * 10)
        gross = money.to_money(shares * Decimal(rng.randint(40, 1_800)).scaleb(-2), "CHF")
        net = money.to_money(gross * Decimal("0.65"), "CHF")  # 35% withholding tax retained
        return Row(day, day, kind, name, valor, isin, "CHF", quantity=shares, gross=gross, net=net, ref=ref)
    if kind == "fx":
        currency = rng.choice(("EUR", "USD"))
        low, high = RATES[currency]
        rate = Decimal(rng.randint(int(low * 10_000), int(high * 10_000))).scaleb(-4)
        bought = Decimal(rng.randint(5, 500) * 1_000)
        chf = money.to_money(bought * rate, "CHF")
        text = {"de": f"Kauf {currency} / Verkauf CHF", "en": f"Buy {currency} / Sell CHF"}[lang]
        settle = dates.add_business_days(day, 2)
        return Row(day, settle, kind, text, quantity=bought, price=rate, gross=chf, net=-chf, ref=ref)
    if kind in ("in", "out"):
        name, valor, isin, _ = _security(rng, rng.choice(("CHF", "EUR")), lang)
        quantity = Decimal(rng.randint(1, 200) * 10)
        return Row(day, day, kind, name, valor, isin, "", quantity=quantity, ref=ref)
    amount = Decimal(rng.randint(10, 4_000) * 50)
    if kind == "pay_in":
        text = {"de": "Vergütung von ", "en": "Credit from "}[
            lang
        ] + f"CH{noise.digits(rng, 2)} **** {noise.digits(rng, 4)}"
        return Row(day, day, kind, name=text, gross=amount, net=amount, ref=ref)
    text = {"de": "Zahlung an ", "en": "Payment to "}[lang] + f"{noise.person(rng, institutions=False)}"
    return Row(day, day, kind, name=text, gross=amount, net=-amount, ref=ref)


# --- the file -----------------------------------------------------------------------------------------------


def _columns(opts: Options) -> list[str]:
    keys = ["trade", "value", "kind", "name"]
    if opts.valor:
        keys.append("valor")
    keys += ["isin", "quantity", "price", "ccy", "gross", "brokerage", "stamp"]
    if opts.other_fees:
        keys.append("other")
    if opts.bonds:
        keys.append("accrued")
    keys.append("net")
    if opts.chf_columns:
        keys += ["rate", "net_chf"]
    if opts.ref:
        keys.append("ref")
    if opts.account_column:
        keys.append("account")
    return keys


def _day(day: date, opts: Options) -> str:
    """14.03.2025, or 14.03.25 in the short style."""
    text = dates.fmt(day, "dot")
    return text[:6] + text[8:] if opts.date_style == "dot2" else text


def _number(value: Decimal | None, opts: Options, *, signed: bool = False, cash: bool = True) -> str:
    """An amount to the centime (cash) or a quantity as it is, grouped the file's way."""
    if value is None:
        return ""
    text = money.fmt(value, "ch", sign=signed, decimals=2 if cash else None)
    return text.replace("'", opts.group)


def _cells(row: Row, opts: Options, keys: list[str], rate: Decimal) -> list[str]:
    words = WORDS[opts.language]
    net = row.net if opts.signed or row.net is None else abs(row.net)
    cells = {
        "trade": _day(row.trade, opts),
        "value": _day(row.value, opts),
        "kind": words[row.kind],
        "name": row.name,
        "valor": row.valor,
        "isin": row.isin,
        "quantity": _number(row.quantity, opts, cash=False),
        "price": money.fmt(row.price, "plain") if row.price is not None else "",
        "ccy": row.currency,
        "gross": _number(row.gross, opts),
        "brokerage": _number(row.brokerage, opts),
        "stamp": _number(row.stamp, opts),
        "other": _number(row.other, opts),
        "accrued": _number(row.accrued, opts),
        "net": _number(net, opts, signed=True),
        "rate": "",
        "net_chf": "",
        "ref": row.ref,
        "account": opts.account,
    }
    if net is not None and row.currency:
        cells["rate"] = money.fmt(rate, "plain")
        cells["net_chf"] = _number(money.to_money(net * rate, "CHF"), opts, signed=True)
    return [cells[key] for key in keys]


def build(rng: random.Random) -> Document:
    opts = _options(rng)
    day = dates.trade_day(rng)
    first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    last = (first + timedelta(days=95)).replace(day=1) - timedelta(days=1)
    rows = [_trade(rng, opts, _weekday_in(rng, first, last)) for _ in range(rng.randint(3, 10))]
    kinds = ["custody", "coupon", "coupon", "dividend", "dividend", "fx", "fx", "in", "out", "pay_in", "pay_out"]
    for kind in rng.sample(kinds, k=rng.randint(3, 8)):
        rows.append(_cash_row(rng, opts, kind, _weekday_in(rng, first, last), first, last))
    rows.sort(key=lambda row: (row.trade, row.kind, row.name))
    if rng.random() < 0.4:
        rows.reverse()  # newest first, as the e-banking lists them
    rates = {
        ccy: Decimal(rng.randint(int(low * 10_000), int(high * 10_000))).scaleb(-4)
        for ccy, (low, high) in RATES.items()
    }

    out = io.StringIO()
    quoting = csv.QUOTE_ALL if opts.quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(out, delimiter=opts.delimiter, quoting=quoting, lineterminator="\r\n")
    if opts.preamble:
        for line in _preamble(rng, opts, first, last):
            writer.writerow(line)
    keys = _columns(opts)
    writer.writerow([HEADERS[opts.language][key] for key in keys])
    for row in rows:
        writer.writerow(_cells(row, opts, keys, rates.get(row.currency, Decimal(1))))
    if opts.preamble and rng.random() < 0.6:
        writer.writerow([])
        writer.writerow([_closing(rng, opts)])
    content = out.getvalue().encode(opts.encoding)
    truth = [row.deal.truth() for row in rows if row.deal is not None]
    return Document(content, "confirmation", truth)


def _preamble(rng: random.Random, opts: Options, first: date, last: date) -> list[list[str]]:
    period = f"{_day(first, opts)} - {_day(last, opts)}"
    if opts.language == "de":
        return [
            [BANK],
            ["Transaktionsliste"],
            ["Portfolio", opts.account],
            ["Zeitraum", period],
            ["Referenzwährung", "CHF"],
            ["Erstellt am", f"{dates.fmt(dates.add_business_days(last, rng.randint(1, 5)), 'dot')} {dates.clock(rng)}"],
            [],
        ]
    return [
        [BANK],
        ["Transaction list"],
        ["Portfolio", opts.account],
        ["Period", period],
        ["Reference currency", "CHF"],
        ["Created", f"{dates.fmt(dates.add_business_days(last, rng.randint(1, 5)), 'dot')} {dates.clock(rng)}"],
        [],
    ]


def _closing(rng: random.Random, opts: Options) -> str:
    if opts.language == "de":
        return (
            f"Diese Aufstellung dient nur zur Information; massgebend sind die Einzelabrechnungen. "
            f"{BANK}, Bahnhofstrasse 71, 8001 Zürich, Tel. {noise.phone(rng, 'CH')}."
        )
    return (
        f"This list is for information only; the individual contract notes prevail. "
        f"{BANK}, Bahnhofstrasse 71, 8001 Zurich, phone {noise.phone(rng, 'CH')}."
    )


def _weekday_in(rng: random.Random, first: date, last: date) -> date:
    while True:
        day = first + timedelta(days=rng.randrange((last - first).days + 1))
        if day.weekday() < 5:
            return day


LAYOUT = Layout(
    name="ch_private_bank_csv",
    kind="csv",
    heldout=False,
    build=build,
    description="held out: Swiss private bank export, tab/semicolon, 1'234.56, Kauf/Verkauf, stamp, FX/coupon rows",
)
