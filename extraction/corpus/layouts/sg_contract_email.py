"""Kallang Reach, Tembusu Brokers and Seraya Bintang: a Singapore or Malaysian broker's contract note by email.

One message holds the day's contracts of one trading account (one to three), each with its contract number, in an
HTML body, and now and then a plain-text alternative with the same contracts as "Label : value" lines. Three house
templates: one table with a row of columns per contract (the charges in columns of their own, blank where a
contract has none, and a column saying whether the net is payable by the client or due to him); a two-column
table of labels and values per contract; or a classic contract note per contract (a band with the contract
number and the dates, one line with the stock, the quantity and the price, and the charges below, ending in
"Amount payable by you" or "Amount due to you" and their variants). Singapore: SGD on SGX with the clearing fee
(0.0325%), the SGX trading fee (0.0075%) and GST on brokerage and fees (8% in 2023, 9% from 2024), or USD and
HKD for foreign shares; stock codes like "D5Q", dates 14 Mar 2025, 14/03/2025 or 14-Mar-2025. Malaysia: MYR on
Bursa with a clearing fee (0.03%, capped), stamp duty per RM1,000 or part of it and service tax on brokerage
and clearing (6%, 8% from March 2024); four-digit stock codes beside a short name, dates 14/03/2025 or
14-03-2025. Amounts carry the code (SGD 1,234.56), the symbol (S$, RM, US$, HK$) or nothing under a currency
column. Noise: the CDP or CDS account beside the trading account, the trading representative, payment
instructions (PayNow UEN, a bank account), late-payment interest and forced-selling rules, registration numbers,
a PDPA notice. About one message in seven is a payment reminder, a statement notice or a holiday notice with no
trade.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, Decimal

from .. import dates, identifiers, mail, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout


@dataclass(frozen=True)
class Office:
    country: str  # SG or MY
    legal_name: str
    brand: str
    address: tuple[str, ...]
    phone: str
    domain: str
    company_no: str  # printed in the footer
    licence: str
    currencies: tuple[str, ...]  # drawn from, with repeats as weights


OFFICES = (
    Office(
        "SG",
        "Kallang Reach Securities Pte. Ltd.",
        "Kallang Reach",
        ("71 Telok Ayer Street #14-01", "Far Point Tower", "Singapore 048463"),
        "+65 6555 0177",
        "kallangreach.example.sg",
        "199804512K",
        "CMS100318",
        ("SGD", "SGD", "SGD", "SGD", "USD", "HKD"),
    ),
    Office(
        "SG",
        "Tembusu Brokers Pte. Ltd.",
        "Tembusu Brokers",
        ("9 Cecil Crescent #08-11", "Singapore 069540"),
        "+65 6555 0243",
        "tembusu.example.sg",
        "200611907M",
        "CMS100872",
        ("SGD", "SGD", "SGD", "USD", "HKD"),
    ),
    Office(
        "MY",
        "Seraya Bintang Securities Sdn. Bhd.",
        "Seraya Bintang",
        ("Level 18, Menara Seraya", "No. 3 Jalan Ampang Hilir", "50450 Kuala Lumpur"),
        "+60 3-2555 0419",
        "serayabintang.example.com.my",
        "199501034417 (338812-W)",
        "CMSL/A0214/2007",
        ("MYR", "MYR", "MYR", "MYR", "MYR", "USD", "HKD"),
    ),
)
SYMBOLS = {"SGD": "S$", "MYR": "RM", "USD": "US$", "HKD": "HK$"}
MARKETS = {"SGD": "SGX", "MYR": "BURSA", "USD": "US", "HKD": "HKEX"}
_REPS = ("Jason Lim", "Rachel Tan", "Muhammad Hafiz", "Siti Aminah", "Kelvin Ong", "Priya Nair", "Daniel Chew")
_FIRST = ("Wei Ming", "Mei Ling", "Ahmad", "Nurul", "Rajesh", "Siew Lan", "Kok Wai", "Farah", "Jun Jie", "Li Ting")
_LAST = ("Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Abdullah", "Raman", "Chua", "Teo", "Ismail", "Koh")


@dataclass
class Style:
    """How one message prints its contracts."""

    template: str  # columns, cards or classic
    date_style: str
    placement: str  # code, symbol or bare
    upper: bool
    show_isin: bool
    show_code: bool
    alternative: bool  # a plain-text part beside the HTML
    side_words: tuple[str, str]
    tariff: dict[str, tuple[str, str]] = field(default_factory=dict)  # brokerage rate and minimum per currency
    labels: dict[str, str] = field(default_factory=dict)
    charge_labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Contract:
    deal: Deal
    keys: tuple[str, ...]  # the charge keys of deal.charges, in order
    exchange: str
    code: str  # the stock code, printed or not
    short: str  # Bursa's short name


def _pick(rng: random.Random, *choices: str) -> str:
    return rng.choice(choices)


def _style(rng: random.Random, office: Office) -> Style:
    sg = office.country == "SG"
    template = rng.choice(("columns", "cards", "classic"))
    date_style = rng.choice(("short", "uk", "dmy_mon")) if sg else rng.choice(("uk", "dash", "dmy_mon_upper"))
    style = Style(
        template=template,
        date_style=date_style,
        placement=rng.choice(("code", "symbol", "bare")),
        upper=rng.random() < 0.7,
        show_isin=rng.random() < 0.55,
        show_code=rng.random() < 0.85,
        alternative=rng.random() < 0.45,
        side_words=rng.choice((("BUY", "SELL"), ("PURCHASE", "SALE"), ("B", "S"), ("BOUGHT", "SOLD"))),
    )
    style.tariff = {
        "SGD": rng.choice((("0.0028", "25"), ("0.0025", "25"), ("0.0018", "10"), ("0.0012", "0"))),
        "MYR": rng.choice((("0.0042", "12"), ("0.001", "8"), ("0.0008", "8"), ("0.0030", "28"))),
        "HKD": (rng.choice(("0.0025", "0.003")), "100"),
        "USD": (rng.choice(("0.0012", "0.0015", "0.003")), "15"),
    }
    style.labels = {
        "contract": _pick(rng, "Contract No.", "Contract No", "C/N No.", "Contract Ref"),
        "trade_date": _pick(rng, "Trade Date", "Contract Date", "Transaction Date"),
        "due": _pick(rng, "Due Date", "Settlement Date", "Payment Due Date"),
        "side": _pick(rng, "B/S", "Buy/Sell", "Transaction"),
        "code": _pick(rng, "Stock Code", "Counter", "Code") if sg else _pick(rng, "Stock Code", "Code"),
        "name": _pick(rng, "Stock Name", "Security", "Counter Name", "Stock Description"),
        "isin": _pick(rng, "ISIN", "ISIN Code"),
        "market": _pick(rng, "Market", "Exchange"),
        "quantity": _pick(rng, "Quantity", "Qty", "Units", "No. of Shares"),
        "price": _pick(rng, "Price", "Done Price", "Unit Price"),
        "currency": _pick(rng, "Currency", "Ccy", "Trading Ccy"),
        "gross": _pick(rng, "Gross Amount", "Contract Value", "Consideration", "Amount"),
        "account": _pick(rng, "Account No.", "Trading A/C", "Client Code", "A/C No."),
        "net": _pick(rng, "Net Amount", "Nett Amount", "Settlement Amount"),
    }
    buy, sell = rng.choice(
        (
            ("Amount Payable by You", "Amount Due to You"),
            ("Total Amount Due from You", "Net Proceeds Payable to You"),
            ("Net Amount Payable", "Net Amount Receivable"),
            ("Amount Due from Client", "Amount Due to Client"),
        )
    )
    style.labels["net_buy"], style.labels["net_sell"] = buy, sell
    style.charge_labels = {
        "brokerage": _pick(rng, "Brokerage", "Brokerage Fee", "Commission"),
        "clearing": _pick(rng, "Clearing Fee", "CDP Clearing Fee") if sg else _pick(rng, "Clearing Fee", "Clearing"),
        "sgx": _pick(rng, "SGX Trading Fee", "Trading Access Fee", "SGX Access Fee"),
        "gst": _pick(rng, "GST", "GST @ {rate}%", "GST on Fees"),
        "stamp": _pick(rng, "Stamp Duty", "Stamp Duty (RM)"),
        "sst": _pick(rng, "Service Tax", "SST {rate}%", "Service Tax @ {rate}%"),
        "hk_stamp": _pick(rng, "HK Stamp Duty", "Stamp Duty (HK)"),
        "hk_fee": _pick(rng, "HKEX Trading Fee", "Trading Fee (HK)"),
        "sfc": _pick(rng, "SFC Levy", "SFC Transaction Levy"),
        "afrc": _pick(rng, "AFRC Levy", "AFRC Transaction Levy"),
        "sec": _pick(rng, "SEC Fee", "US SEC Fee"),
        "taf": _pick(rng, "FINRA TAF", "FINRA Fee"),
    }
    if style.placement == "bare" and template != "columns":
        style.placement = rng.choice(("code", "symbol"))  # only the columns carry a currency column
    return style


# --- the contracts ------------------------------------------------------------------------------------------


def _security(rng: random.Random, currency: str) -> tuple[str, str, str, str]:
    """(name, ISIN, stock code, short name) of a share on the currency's market."""
    if currency == "SGD":
        base = securities.equity(rng, "SG")
        code = rng.choice("ABCDGHJKMNSTUVYZ") + str(rng.randint(1, 9)) + rng.choice("0123456789ABCFGJKLPQUW")
        isin = identifiers.isin("SG", "1" + rng.choice("ABDFGJKLMNPQTUVWX") + noise.digits(rng, 7))
        return base.name, isin, code, ""
    if currency == "MYR":
        root = rng.choice(("Bukit", "Sungai", "Tanjung", "Permata", "Gemilang", "Cahaya", "Mutiara", "Seri"))
        root = f"{root} {rng.choice(('Jaya', 'Indah', 'Makmur', 'Timur', 'Utara', 'Emas'))}"
        sector = rng.choice(("Plantations", "Holdings", "Resources", "Technologies", "Properties", "Industries"))
        name = f"{root} {sector} {rng.choice(('Berhad', 'Bhd'))}"
        code = f"{rng.randint(1, 9)}{noise.digits(rng, 3)}"
        short = (root.replace(" ", "")[:4] + sector[:3]).upper()
        return name, identifiers.isin("MY", f"L{code}OO00"), code, short
    base = securities.equity(rng, "US" if currency == "USD" else "HK")
    return base.name, base.isin, base.ticker or "", ""


def _quantity_price(rng: random.Random, currency: str) -> tuple[Decimal, Decimal, Decimal]:
    if currency == "SGD":
        return trades.draw(
            rng,
            currency,
            lambda r: Decimal(100 * r.choice((r.randint(1, 50), r.randint(1, 500), r.randint(5, 3000)))),
            lambda r: trades.price(r, decimals=3, whole_digits=r.choice((0, 1, 1, 1, 2))),
            minimum=Decimal(500),
            maximum=Decimal(2_000_000),
        )
    if currency == "MYR":
        return trades.draw(
            rng,
            currency,
            lambda r: Decimal(100 * r.choice((r.randint(1, 100), r.randint(1, 1000), r.randint(10, 5000)))),
            lambda r: Decimal(r.randint(20, 4000) * 5).scaleb(-3),
            minimum=Decimal(1000),
            maximum=Decimal(3_000_000),
        )
    if currency == "HKD":
        lot = rng.choice((100, 200, 500, 1000, 2000))
        return trades.draw(
            rng,
            currency,
            lambda r: Decimal(lot * r.randint(1, 60)),
            lambda r: trades.price(r, decimals=3, whole_digits=r.choice((1, 1, 2, 2, 3))),
            minimum=Decimal(5000),
            maximum=Decimal(8_000_000),
        )
    return trades.draw(
        rng,
        currency,
        lambda r: Decimal(r.choice((r.randint(1, 99), r.randint(1, 40) * 10, r.randint(1, 30) * 100))),
        lambda r: trades.price(r, decimals=r.choice((2, 2, 4)), whole_digits=r.choice((1, 2, 2, 3))),
        minimum=Decimal(800),
        maximum=Decimal(1_500_000),
    )


def _rate_label(label: str, rate: Decimal) -> str:
    return label.replace("{rate}", format(rate.normalize(), "f"))


def _charges(
    rng: random.Random, office: Office, style: Style, currency: str, gross: Decimal, q: Decimal, side: str, day: date
) -> list[tuple[str, Charge]]:
    """The contract's charge lines, keyed, with the message's labels."""
    labels = style.charge_labels
    out: list[tuple[str, Charge]] = []

    def add(key: str, kind: str, amount: Decimal, rate: Decimal | None = None) -> None:
        label = labels[key] if rate is None else _rate_label(labels[key], rate)
        out.append((key, Charge(kind, label, amount)))

    if currency == "SGD":
        rate, floor = style.tariff[currency]
        brokerage = trades.rate_of(gross, rate, currency, minimum=floor)
        clearing = trades.rate_of(gross, "0.000325", currency, maximum="600")
        access = trades.rate_of(gross, "0.000075", currency)
        add("brokerage", COMMISSION, brokerage)
        add("clearing", FEE, clearing)
        add("sgx", FEE, access)
        gst = Decimal(8 if day < date(2024, 1, 1) else 9)
        add("gst", TAX, money.to_money((brokerage + clearing + access) * gst / 100, currency), gst)
        return out
    if currency == "MYR":
        rate, floor = style.tariff[currency]
        brokerage = trades.rate_of(gross, rate, currency, minimum=floor)
        clearing = trades.rate_of(gross, "0.0003", currency, maximum="1000")
        per_thousand = Decimal("1.50") if day < date(2024, 1, 1) else Decimal("1.00")
        stamp = min((gross / 1000).to_integral_value(rounding=ROUND_CEILING) * per_thousand, Decimal("1000.00"))
        add("brokerage", COMMISSION, brokerage)
        add("clearing", FEE, clearing)
        add("stamp", TAX, money.to_money(stamp, currency))
        sst = Decimal(6 if day < date(2024, 3, 1) else 8)
        add("sst", TAX, money.to_money((brokerage + clearing) * sst / 100, currency), sst)
        return out
    if currency == "HKD":
        rate, floor = style.tariff[currency]
        brokerage = trades.rate_of(gross, rate, currency, minimum=floor)
        add("brokerage", COMMISSION, brokerage)
        duty = Decimal("0.0013") if day < date(2023, 11, 17) else Decimal("0.001")
        add("hk_stamp", TAX, (gross * duty).to_integral_value(rounding=ROUND_CEILING).quantize(Decimal("0.01")))
        add("hk_fee", FEE, trades.rate_of(gross, "0.0000565", currency, minimum="0.01"))
        add("sfc", FEE, trades.rate_of(gross, "0.000027", currency, minimum="0.01"))
        add("afrc", FEE, trades.rate_of(gross, "0.0000015", currency, minimum="0.01"))
    else:
        rate, floor = style.tariff[currency]
        brokerage = trades.rate_of(gross, rate, currency, minimum=floor)
        add("brokerage", COMMISSION, brokerage)
        if side == "SELL":
            add("sec", FEE, trades.sec_fee(gross, day))
            add("taf", FEE, trades.taf(q))
    if office.country == "SG":
        gst = Decimal(8 if day < date(2024, 1, 1) else 9)
        add("gst", TAX, money.to_money(brokerage * gst / 100, currency), gst)
    else:
        sst = Decimal(6 if day < date(2024, 3, 1) else 8)
        add("sst", TAX, money.to_money(brokerage * sst / 100, currency), sst)
    return out


def _contract_no(rng: random.Random, office: Office, side: str, day: date) -> str:
    if office.brand == "Kallang Reach":
        return f"KR{day:%y%m%d}{noise.digits(rng, 5)}"
    if office.brand == "Tembusu Brokers":
        return f"{noise.digits(rng, 2)}-{noise.digits(rng, 7)}"
    return f"{'P' if side == 'BUY' else 'S'}{noise.digits(rng, 9)}"


def make_contract(rng: random.Random, office: Office, style: Style, day: date, account: str, currency: str) -> Contract:
    name, isin, code, short = _security(rng, currency)
    if style.upper:
        name = name.upper()
    q, p, gross = _quantity_price(rng, currency)
    side = trades.side(rng)
    market = MARKETS[currency]
    lag = dates.settlement_lag(rng, day, market="US") if market == "US" else 2
    keyed = _charges(rng, office, style, currency, gross, q, side, day)
    exchange = {
        "SGX": noise.venue(rng, "SG"),
        "BURSA": _pick(rng, "Bursa Malaysia - Main Market", "Bursa Main", "Bursa Malaysia - ACE Market"),
        "HKEX": _pick(rng, "HKEX", "SEHK"),
        "US": _pick(rng, "NYSE", "NASDAQ", "NYSE Arca"),
    }[market]
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=name,
        trade_date=day,
        settlement_date=dates.add_business_days(day, lag),
        gross_amount=gross,
        charges=tuple(charge for _, charge in keyed),
        account=account,
        counterparty=office.legal_name,
        trade_ref=_contract_no(rng, office, side, day),
        isin=isin if style.show_isin else None,
        ticker=code if style.show_code else None,
    )
    return Contract(deal, tuple(key for key, _ in keyed), exchange, code, short)


# --- printing -----------------------------------------------------------------------------------------------


def _date(day: date, style: Style) -> str:
    if style.date_style == "dash":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return dates.fmt(day, style.date_style)


def _amount(value: Decimal, currency: str, style: Style) -> str:
    text = money.fmt(value, "us", decimals=2)
    if style.placement == "code":
        return f"{currency} {text}"
    if style.placement == "symbol":
        return f"{SYMBOLS[currency]}{text}"
    return text


def _price(value: Decimal, currency: str, style: Style) -> str:
    text = money.fmt(value, "us")
    if style.placement == "code":
        return f"{currency} {text}"
    if style.placement == "symbol":
        return f"{SYMBOLS[currency]}{text}"
    return text


def _side(deal: Deal, style: Style) -> str:
    return style.side_words[0] if deal.is_buy else style.side_words[1]


def _net_label(deal: Deal, style: Style) -> str:
    return style.labels["net_buy"] if deal.is_buy else style.labels["net_sell"]


def _rows(contract: Contract, style: Style) -> list[tuple[str, str, str]]:
    """(key, label, value) for the contract, top to bottom."""
    deal, lab = contract.deal, style.labels
    ccy = deal.currency
    rows = [
        ("contract", lab["contract"], deal.trade_ref or ""),
        ("trade_date", lab["trade_date"], _date(deal.trade_date, style)),
        ("due", lab["due"], _date(deal.settlement_date, style)),
        ("side", lab["side"], _side(deal, style)),
    ]
    if style.show_code:
        code = f"{contract.code} ({contract.short})" if contract.short else contract.code
        rows.append(("code", lab["code"], code))
    rows.append(("name", lab["name"], deal.security_name))
    if deal.isin:
        rows.append(("isin", lab["isin"], deal.isin))
    rows += [
        ("market", lab["market"], contract.exchange),
        ("quantity", lab["quantity"], money.fmt(deal.quantity, "us")),
        ("price", lab["price"], _price(deal.price, ccy, style)),
        ("gross", lab["gross"], _amount(deal.gross_amount, ccy, style)),
    ]
    rows += [("charge", c.label, _amount(c.amount, ccy, style)) for c in deal.charges]
    rows.append(("net", _net_label(deal, style), _amount(deal.net_amount, ccy, style)))
    return rows


_TABLE = '<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;font-size:12px">'
_TD = 'style="padding:3px 8px;border:1px solid #b7c4cf"'
_TDR = 'style="padding:3px 8px;border:1px solid #b7c4cf;text-align:right;white-space:nowrap"'
_TH = 'style="padding:4px 8px;border:1px solid #b7c4cf;background:#0b4f6c;color:#ffffff;text-align:left"'
_BAND = 'style="background:#0b4f6c;color:#ffffff;padding:8px 12px;'
_RIGHT_KEYS = ("quantity", "price", "gross", "charge", "net")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _columns_html(contracts: list[Contract], style: Style) -> str:
    lab = style.labels
    keys: list[str] = []
    heads: dict[str, str] = {}
    for contract in contracts:
        for key, charge in zip(contract.keys, contract.deal.charges, strict=True):
            if key not in keys:
                keys.append(key)
                heads[key] = charge.label
    head = [lab["contract"], lab["trade_date"], lab["due"], lab["side"]]
    if style.show_code:
        head.append(lab["code"])
    head.append(lab["name"])
    if style.show_isin:
        head.append(lab["isin"])
    head += [lab["quantity"], lab["price"]]
    if style.placement == "bare":
        head.append(lab["currency"])
    head += [lab["gross"], *(heads[key] for key in keys), lab["net"], ""]
    lines = ["<tr>" + "".join(f"<th {_TH}>{_esc(h)}</th>" for h in head) + "</tr>"]
    for contract in contracts:
        deal, ccy = contract.deal, contract.deal.currency
        cells = [
            (deal.trade_ref or "", False),
            (_date(deal.trade_date, style), False),
            (_date(deal.settlement_date, style), False),
            (_side(deal, style), False),
        ]
        if style.show_code:
            cells.append((contract.code, False))
        cells.append((deal.security_name, False))
        if style.show_isin:
            cells.append((deal.isin or "", False))
        cells += [(money.fmt(deal.quantity, "us"), True), (_price(deal.price, ccy, style), True)]
        if style.placement == "bare":
            cells.append((ccy, False))
        cells.append((_amount(deal.gross_amount, ccy, style), True))
        by_key = dict(zip(contract.keys, deal.charges, strict=True))
        for key in keys:
            charge = by_key.get(key)
            cells.append((_amount(charge.amount, ccy, style) if charge else "", True))
        cells.append((_amount(deal.net_amount, ccy, style), True))
        cells.append(("Payable by you" if deal.is_buy else "Due to you", False))
        row = "".join(f"<td {_TDR if right else _TD}>{_esc(text)}</td>" for text, right in cells)
        lines.append(f"<tr>{row}</tr>")
    return _TABLE + "\n" + "\n".join(lines) + "\n</table>"


def _card_html(contract: Contract, style: Style, number: int, count: int) -> str:
    deal = contract.deal
    word = "Purchase" if deal.is_buy else "Sale"
    title = f"Contract {number} of {count} - {word}" if count > 1 else f"Contract Note - {word}"
    lines = []
    for key, label, value in _rows(contract, style):
        strong = key == "net"
        cell = f"<b>{_esc(value)}</b>" if strong else _esc(value)
        left = f"<b>{_esc(label)}</b>" if strong else _esc(label)
        lines.append(f"<tr><td {_TD}>{left}</td><td {_TDR if key in _RIGHT_KEYS else _TD}>{cell}</td></tr>")
    head = f'<p style="font-weight:bold;color:#0b4f6c;margin:14px 0 4px 0">{_esc(title)}</p>'
    return head + "\n" + _TABLE + "\n" + "\n".join(lines) + "\n</table>"


def _classic_html(contract: Contract, style: Style, account: str) -> str:
    deal, lab, ccy = contract.deal, style.labels, contract.deal.currency
    band = [
        (lab["contract"], deal.trade_ref or ""),
        (lab["trade_date"], _date(deal.trade_date, style)),
        (lab["due"], _date(deal.settlement_date, style)),
        (lab["account"], account),
    ]
    top = "<tr>" + "".join(f"<th {_TH}>{_esc(label)}</th>" for label, _ in band) + "</tr>"
    top += "\n<tr>" + "".join(f"<td {_TD}>{_esc(value)}</td>" for _, value in band) + "</tr>"
    head = [lab["side"]]
    cells = [(_side(deal, style), False)]
    if style.show_code:
        head.append(lab["code"])
        cells.append((f"{contract.code} {contract.short}".strip(), False))
    head.append(lab["name"])
    name = _esc(deal.security_name) + (f"<br>{_esc(deal.isin)}" if deal.isin else "")
    head += [lab["market"], lab["quantity"], lab["price"], lab["gross"]]
    middle = "<tr>" + "".join(f"<th {_TH}>{_esc(h)}</th>" for h in head) + "</tr>\n<tr>"
    middle += "".join(f"<td {_TD}>{_esc(text)}</td>" for text, _ in cells)
    middle += f"<td {_TD}>{name}</td>"
    middle += f"<td {_TD}>{_esc(contract.exchange)}</td>"
    for text in (
        money.fmt(deal.quantity, "us"),
        _price(deal.price, ccy, style),
        _amount(deal.gross_amount, ccy, style),
    ):
        middle += f"<td {_TDR}>{_esc(text)}</td>"
    middle += "</tr>"
    sums = [
        f"<tr><td {_TD}>{_esc(c.label)}</td><td {_TDR}>{_esc(_amount(c.amount, ccy, style))}</td></tr>"
        for c in deal.charges
    ]
    net = _amount(deal.net_amount, ccy, style)
    sums.append(f"<tr><td {_TD}><b>{_esc(_net_label(deal, style))}</b></td><td {_TDR}><b>{_esc(net)}</b></td></tr>")
    right = _TABLE.replace("<table ", '<table align="right" ', 1)
    closing = '<div style="clear:both"></div>\n<hr style="border:none;border-top:1px dashed #9aa">'
    sums_table = right + "\n" + "\n".join(sums) + "\n</table>"
    return f"{_TABLE}\n{top}\n</table>\n<br>\n{_TABLE}\n{middle}\n</table>\n{sums_table}\n{closing}"


def _text_contract(contract: Contract, style: Style, number: int, count: int) -> list[str]:
    rows = _rows(contract, style)
    if style.placement == "bare":
        rows.insert(-2 - len(contract.deal.charges), ("currency", style.labels["currency"], contract.deal.currency))
    width = max(len(label) for _, label, _ in rows) + 1
    word = "PURCHASE" if contract.deal.is_buy else "SALE"
    title = f"CONTRACT {number} OF {count} - {word}" if count > 1 else f"CONTRACT NOTE - {word}"
    return [title, "-" * len(title), *(f"{label.ljust(width)}: {value}" for _, label, value in rows), ""]


# --- the letter around it -----------------------------------------------------------------------------------


def _cdp(rng: random.Random, office: Office) -> tuple[str, str]:
    """(label, number) of the depository account, noise beside the trading account."""
    if office.country == "SG":
        return "CDP A/C", f"1681-{noise.digits(rng, 4)}-{noise.digits(rng, 4)}"
    return "CDS A/C", f"{noise.digits(rng, 3)}-{noise.digits(rng, 3)}-{noise.digits(rng, 9)}"


def _account(rng: random.Random, office: Office) -> str:
    if office.brand == "Kallang Reach":
        return f"{noise.letters(rng, 1)}{noise.digits(rng, 7)}"
    if office.brand == "Tembusu Brokers":
        return f"{noise.digits(rng, 3)}-{noise.digits(rng, 6)}-{noise.digits(rng, 1)}"
    return f"{noise.letters(rng, 2)}{noise.digits(rng, 5)}"


def _legal(rng: random.Random, office: Office, *, contract: bool = True) -> list[str]:
    """The footer; notices without a contract leave out the contract note's sentences."""
    d = noise.digits
    if office.country == "SG":
        sentences = [
            "This contract note is computer generated and requires no signature.",
            f"Please examine this contract note and inform us of any discrepancy within {rng.choice((2, 3))} market "
            "days of its date, failing which it shall be deemed correct and accepted.",
            f"Purchases must be paid for by 12 noon on the due date. Unpaid contracts may be force-sold on T+"
            f"{rng.choice((3, 5))} without further notice, and late payment interest at {rng.choice(('3', '5'))}% "
            "per annum above the prevailing prime rate will be charged.",
            f"{office.legal_name} (Co. Reg. No. {office.company_no}) holds a Capital Markets Services Licence "
            f"No. {office.licence} issued by the Monetary Authority of Singapore and is a Trading Member of "
            "Singapore Exchange Securities Trading Limited and a Clearing Member of The Central Depository (Pte) "
            "Limited.",
            f"GST Reg. No. M{d(rng, 1)}-{d(rng, 7)}-{d(rng, 1)}. Terms and Conditions for Securities Trading "
            f"Accounts dated {noise.old_date(rng, 'uk')} apply.",
            "Your personal data is handled in accordance with the Personal Data Protection Act 2012 and our Data "
            f"Protection Policy at www.{office.domain}/pdpa.",
        ]
    else:
        sentences = [
            "This is a computer generated contract note; no signature is required.",
            "All contracts are subject to the Rules of Bursa Malaysia Securities Berhad and Bursa Malaysia "
            "Depository Sdn. Bhd., and to the Capital Markets and Services Act 2007.",
            f"Purchases must be settled by 12.30 p.m. on T+2. Late payment interest is charged at "
            f"{rng.choice(('8', '9', '10'))}% per annum on outstanding amounts; contra losses not settled by T+"
            f"{rng.choice((3, 4))} will be recovered from your trust account.",
            f"{office.legal_name} (Registration No. {office.company_no}), a Participating Organisation of Bursa "
            f"Malaysia Securities Berhad, Capital Markets Services Licence No. {office.licence}.",
            f"SST Registration No. W10-{d(rng, 4)}-{d(rng, 8)}. Brokerage rates effective {noise.old_date(rng, 'uk')}.",
            "We process your personal data in accordance with the Personal Data Protection Act 2010. Notice at "
            f"www.{office.domain}/privacy.",
        ]
    if not contract:
        sentences = sentences[3:]
    sentences.append(
        "This e-mail is confidential and intended only for the addressee. If you have received it in error, "
        "please notify the sender and delete it; e-mail is not secure and may be intercepted."
    )
    return sentences


def _payment(rng: random.Random, office: Office, contracts: list[Contract], style: Style) -> str:
    due = _date(min(c.deal.settlement_date for c in contracts), style)
    if office.country == "SG":
        return rng.choice(
            (
                f"Payment for purchases may be made via PayNow to UEN {office.company_no} (please quote the "
                f"contract number) or by GIRO, and must reach us by {due}.",
                f"Sale proceeds will be credited to your linked bank account after the due date. Purchases are "
                f'payable by {due}; cheques should be made payable to "{office.legal_name}".',
            )
        )
    bank = rng.choice(("Bank Lestari Berhad", "Perdana Niaga Bank Berhad"))
    return (
        f"Please remit payment for purchases by {due} to our Clients' Trust Account at {bank}, A/C No. "
        f"{noise.digits(rng, 4)}-{noise.digits(rng, 4)}-{noise.digits(rng, 4)}, quoting your client code."
    )


def _signature(rng: random.Random, office: Office) -> list[str]:
    rep = rng.choice(_REPS)
    return [
        rng.choice(("Regards,", "Best regards,", "Thank you.")),
        f"{rep}, Trading Representative",
        office.legal_name,
        ", ".join(office.address),
        f"Tel {office.phone}  |  Dealing {office.phone[:-4]}{noise.digits(rng, 4)}  |  www.{office.domain}",
    ]


def _html_page(office: Office, intro: list[str], body: str, after: list[str], legal: list[str]) -> str:
    def para(text: str) -> str:
        return f"<p>{_esc(text)}</p>"

    small = "\n".join(f'<p style="font-size:10px;color:#666;margin:2px 0">{_esc(s)}</p>' for s in legal)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{_esc(office.brand)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#1d1d1d">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td {_BAND} font-size:17px;font-weight:bold">{_esc(office.brand.upper())}</td>
<td {_BAND} text-align:right;font-size:11px">{_esc(office.phone)}</td>
</tr></table>
{"".join(para(line) + chr(10) for line in intro)}{body}
{"".join(para(line) + chr(10) for line in after)}<hr style="border:none;border-top:1px solid #ccc">
{small}
</body></html>
"""


def _trade_message(rng: random.Random, office: Office, client: str, email: str) -> tuple[bytes, list[Contract]]:
    style = _style(rng, office)
    day = dates.trade_day(rng)
    account = _account(rng, office)
    count = rng.choice((1, 1, 1, 2, 2, 3))
    home = rng.choice(office.currencies)  # most days' contracts are on one market
    currencies = [home if n == 0 or rng.random() < 0.75 else rng.choice(office.currencies) for n in range(count)]
    contracts = [make_contract(rng, office, style, day, account, ccy) for ccy in currencies]
    cdp_label, cdp = _cdp(rng, office)
    rep = f"{noise.letters(rng, 2)}{noise.digits(rng, 3)}"
    greeting = f"Dear {client}," if rng.random() < 0.5 else "Dear Valued Client,"
    when = _date(day, style)
    intro = [
        greeting,
        rng.choice(
            (
                f"Please find below the contract note(s) for transactions done on {when} in your account.",
                f"We are pleased to confirm the following {'trade' if count == 1 else 'trades'} executed on "
                f"{when} for your account.",
                f"Your eContract for {when} is set out below.",
            )
        ),
        f"{style.labels['account']}: {account}   {cdp_label}: {cdp}   Trading Rep Code: {rep}",
    ]
    after = [_payment(rng, office, contracts, style)]
    currencies_seen = {c.deal.currency for c in contracts}
    if count > 1 and len(currencies_seen) == 1 and rng.random() < 0.5:
        total = sum((c.deal.net_amount if c.deal.is_buy else -c.deal.net_amount for c in contracts), Decimal(0))
        ccy = contracts[0].deal.currency
        words = "payable by you" if total >= 0 else "due to you"
        after.insert(0, f"Net amount {words} for {when} after contra: {_amount(abs(total), ccy, style)}")
    after += _signature(rng, office)
    legal = _legal(rng, office)
    if style.template == "columns":
        body = _columns_html(contracts, style)
    elif style.template == "cards":
        body = "\n".join(_card_html(c, style, n, count) for n, c in enumerate(contracts, start=1))
    else:
        body = "\n".join(_classic_html(c, style, account) for c in contracts)
    page = _html_page(office, intro, body, after, legal)
    sg = office.country == "SG"
    subject = rng.choice(
        (
            f"eContract Note(s) for {when} - A/C {account}",
            f"{office.brand}: Contract Note {contracts[0].deal.trade_ref}",
            f"Trade Confirmation dated {when}",
        )
        if sg
        else (
            f"e-Contract Note dated {when} - Client Code {account}",
            f"{office.brand} e-Contract {contracts[0].deal.trade_ref}",
        )
    )
    msg = mail.message(
        rng,
        sender=f"{office.brand} eContract <econtract@{office.domain}>",
        to=f"{client} <{email}>",
        subject=subject,
        when=mail.sent_at(rng, day, utc_offset_hours=8),
        domain=office.domain,
    )
    if style.alternative:
        text = [line for paragraph in intro for line in (paragraph, "")]
        for n, c in enumerate(contracts, start=1):
            text += _text_contract(c, style, n, count)
        text += [*after[:-5], "", *after[-5:], "", *legal]
        msg.set_content("\n".join(text) + "\n")
        msg.add_alternative(page, subtype="html")
    else:
        msg.set_content(page, subtype="html")
    return mail.finish(msg, rng), contracts


# --- messages with no trade ---------------------------------------------------------------------------------


def _notice(rng: random.Random, office: Office, client: str, email: str) -> bytes:
    sg = office.country == "SG"
    style = _style(rng, office)
    day = dates.trade_day(rng)
    account = _account(rng, office)
    kind = rng.choice(("reminder", "statement", "holiday"))
    ccy = "SGD" if sg else "MYR"
    if kind == "reminder":
        subject = f"Payment Reminder - Outstanding Contract(s) - A/C {account}"
        rows = []
        for _ in range(rng.randint(1, 3)):
            traded = dates.previous_business_day(dates.previous_business_day(day))
            name, _, _, _ = _security(rng, ccy)
            owed = Decimal(rng.randint(50_000, 5_000_000)).scaleb(-2)
            rows.append(
                (
                    _contract_no(rng, office, "BUY", traded),
                    _date(traded, style),
                    name.upper(),
                    _date(day, style),
                    f"{ccy} {money.fmt(owed, 'us', decimals=2)}",
                )
            )
        head = ("Contract No.", "Trade Date", "Stock", "Due Date", "Amount Outstanding")
        table = "<tr>" + "".join(f"<th {_TH}>{h}</th>" for h in head) + "</tr>\n"
        table += "\n".join("<tr>" + "".join(f"<td {_TD}>{_esc(v)}</td>" for v in row) + "</tr>" for row in rows)
        body = [
            "Dear Valued Client,",
            f"Our records show that the following purchase contract(s) in account {account} are due for payment "
            f"today, {_date(day, style)}. Please ignore this reminder if payment has been made.",
        ]
        after = [
            f"Contracts that remain unpaid will be force-sold on the next market day. For assistance please call "
            f"{office.phone} between 8.30 a.m. and 6.00 p.m.",
        ]
        html_table = f"{_TABLE}\n{table}\n</table>"
        text_rows = [" | ".join(head), *(" | ".join(row) for row in rows)]
    elif kind == "statement":
        first, last = dates.month_of(day)
        month = f"{dates.MONTHS[first.month - 1]} {first.year}"
        subject = f"Your {month} Statement of Account is ready"
        body = [
            "Dear Valued Client,",
            f"Your monthly Statement of Account for {month} ({_date(first, style)} to {_date(last, style)}) for "
            f"account {account} is now available in the {office.brand} online portal under eStatements.",
            "For security reasons the statement is not attached. Please log in to view and download it; statements "
            f"are kept online for {rng.choice((24, 36, 60))} months.",
        ]
        after = [
            "If you do not recognise any transaction, please contact your Trading Representative within "
            f"{rng.choice((7, 14))} days of the statement date."
        ]
        html_table, text_rows = "", []
    else:
        closed = dates.add_business_days(day, rng.randint(3, 15))
        reopen = dates.add_business_days(closed, 1)
        exchange = "SGX" if sg else "Bursa Malaysia"
        holiday = rng.choice(("Hari Raya Puasa", "Deepavali", "Chinese New Year", "Vesak Day", "National Day"))
        subject = f"Market Holiday Notice - {exchange} closed on {_date(closed, style)}"
        body = [
            "Dear Valued Client,",
            f"Please be informed that {exchange} will be closed on {_date(closed, style)} for {holiday}. Trading "
            f"resumes on {_date(reopen, style)} at 9.00 a.m.",
            "Contracts due for settlement on the holiday will be settled on the next market day. Orders placed "
            f"before the holiday that are not done will expire at the close on {_date(day, style)}.",
        ]
        after = [f"Our dealing desk remains reachable at {office.phone}."]
        html_table, text_rows = "", []
    after += _signature(rng, office)
    legal = _legal(rng, office, contract=False)
    page = _html_page(office, body, html_table, after, legal)
    msg = mail.message(
        rng,
        sender=f"{office.brand} <clientservice@{office.domain}>",
        to=f"{client} <{email}>",
        subject=subject,
        when=mail.sent_at(rng, day, utc_offset_hours=8),
        domain=office.domain,
    )
    if rng.random() < 0.5:
        paragraphs = [*body, "\n".join(text_rows), *after[:-5], "\n".join(after[-5:]), "\n".join(legal)]
        msg.set_content("\n\n".join(p for p in paragraphs if p) + "\n")
        msg.add_alternative(page, subtype="html")
    else:
        msg.set_content(page, subtype="html")
    return mail.finish(msg, rng)


def build(rng: random.Random) -> Document:
    office = rng.choice(OFFICES)
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    client = f"{first} {last}".upper() if rng.random() < 0.5 else f"{first} {last}"
    email = f"{first.replace(' ', '').lower()}.{last.lower()}@mail.example.com"
    if rng.random() < 0.14:
        return Document(_notice(rng, office, client, email), "email", [])
    content, contracts = _trade_message(rng, office, client, email)
    return Document(content, "email", [c.deal.truth() for c in contracts])


LAYOUT = Layout(
    name="sg_contract_email",
    kind="eml",
    heldout=False,
    build=build,
    description="Singapore/Malaysian eContract email: HTML table of 1-3 contracts, SGD/MYR/USD/HKD, clearing and "
    "SGX fees, GST/SST, stamp duty, 'amount payable by you', reminders with no trade",
)
