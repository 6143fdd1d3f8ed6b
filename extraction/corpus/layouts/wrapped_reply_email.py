"""Wrapped replies: a retail broker's trade confirmation pasted or quoted in a plain-text reply or forward.

A confirmation desk rarely gets the broker's email first hand. A client or a relationship manager replies to it
or forwards it, and the confirmation text arrives quoted with "> " (or "> > " when a client's reply is forwarded
on), hard-wrapped by each mail client on the way at 72 or 76 columns: long "Label: value" lines, long security
names, two-pairs-a-line rows and prose sentences break onto the next line, with or without the quote marks on the
continuation. Some messages are format=flowed (soft breaks end in a space, quotes as ">>"); some lost the
original's alignment (tabs turned into single spaces) and some kept the tabs.

The broker is a US (USD, 03/14/2025 or March 14, 2025, CUSIP and symbol, commission, SEC fee and FINRA TAF on
sales), UK (GBP, 14/03/2025 or 14 March 2025, SEDOL, ISIN and EPIC, dealing charge, stamp duty on purchases, PTM
levy over 10,000) or Canadian (CAD or USD said so, ISO or long dates, CUSIP and symbol, commission) retail or
private-client firm. One to three trades, of one account, one trade date. The fields printed vary by message:
identifiers, the gross, the reference, the account (in a header or per trade). Counterparty: the broker's name
as printed in the quoted text (legal name or short name), null when the quoted text never names it.

Noise: the top-posted note ("Please book this - thanks") with cash figures and dates of its own, the client's
remarks between quoted trades (a limit price, the commission he was quoted), attribution lines and quoted
forward headers with dates, the manager's signature with telephone numbers and the firm's disclaimer, the
broker's disclaimer. One message in six is chatter with no trade: a request to resend a confirm, an order
acknowledgement or a cancelled order quoted, a statement notice.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from .. import dates, identifiers, mail, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout


@dataclass(frozen=True)
class House:
    """The broker whose confirmation is quoted."""

    key: str  # "us_full", "us_disc", "uk_full", "uk_disc", "ca_full", "ca_disc"
    region: str  # "US", "GB" or "CA"
    broker: noise.Broker
    short: str  # the name without its legal form
    domain: str
    utc_offset: int


@dataclass(frozen=True)
class Firm:
    """The wealth manager whose desk receives the message."""

    name: str
    domain: str
    region: str
    address: tuple[str, ...]


HOUSES = (
    House(
        "us_full",
        "US",
        noise.Broker(
            legal_name="Brookhollow Investor Services, Inc.",
            brand="BROOKHOLLOW",
            address=("400 Tremont Plaza, Suite 1200", "Hartford, CT 06103"),
            phone="(860) 555-0147",
            web="www.brookhollow.example.com",
            region="US",
        ),
        "Brookhollow Investor Services",
        "brookhollow.example.com",
        -5,
    ),
    House(
        "us_disc",
        "US",
        noise.Broker(
            legal_name="Tillman Ridge Securities LLC",
            brand="TILLMAN RIDGE",
            address=("1100 Dodge Street", "Omaha, NE 68102"),
            phone="(402) 555-0119",
            web="www.tillmanridge.example.com",
            region="US",
        ),
        "Tillman Ridge Securities",
        "tillmanridge.example.com",
        -6,
    ),
    House(
        "uk_full",
        "GB",
        noise.Broker(
            legal_name="Pennant Lowther Stockbrokers Limited",
            brand="PENNANT LOWTHER",
            address=("9 Lowther Yard", "London EC2R 7HJ"),
            phone="+44 20 7946 0581",
            web="www.pennantlowther.example.co.uk",
            region="GB",
        ),
        "Pennant Lowther Stockbrokers",
        "pennantlowther.example.co.uk",
        0,
    ),
    House(
        "uk_disc",
        "GB",
        noise.Broker(
            legal_name="Croftwell & Marsh Investment Services Ltd",
            brand="CROFTWELL & MARSH",
            address=("Croftwell House, 3 Marsh Lane", "Leeds LS1 5QT"),
            phone="+44 20 7946 0733",
            web="www.croftwellmarsh.example.co.uk",
            region="GB",
        ),
        "Croftwell & Marsh",
        "croftwellmarsh.example.co.uk",
        0,
    ),
    House(
        "ca_full",
        "CA",
        noise.Broker(
            legal_name="Kinnear Lake Securities Inc.",
            brand="KINNEAR LAKE",
            address=("181 Bay Street, Suite 3300", "Toronto, ON M5J 2T3"),
            phone="(416) 555-0128",
            web="www.kinnearlake.example.ca",
            region="US",
        ),
        "Kinnear Lake Securities",
        "kinnearlake.example.ca",
        -5,
    ),
    House(
        "ca_disc",
        "CA",
        noise.Broker(
            legal_name="Sablewood Direct Investing Inc.",
            brand="SABLEWOOD DIRECT",
            address=("1055 West Hastings Street", "Vancouver, BC V6E 2E9"),
            phone="(604) 555-0172",
            web="www.sablewood.example.ca",
            region="US",
        ),
        "Sablewood Direct Investing",
        "sablewood.example.ca",
        -8,
    ),
)

FIRMS = {
    "US": Firm("Larkin Hollow Wealth Partners LLC", "larkinhollow.example.com", "US", ("75 State Street, 14th Floor",)),
    "GB": Firm("Fenwick Hale Private Office LLP", "fenwickhale.example.co.uk", "GB", ("12 Albemarle Mews",)),
    "CA": Firm("Muskoka Bay Family Office Inc.", "muskokabay.example.ca", "CA", ("66 Wellington Street West",)),
}

LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "US": {
        "side": ("Action", "Transaction", "Buy/Sell"),
        "quantity": ("Quantity", "Shares", "Qty"),
        "security": ("Description", "Security", "Security Description"),
        "ticker": ("Symbol", "Ticker"),
        "cusip": ("CUSIP", "CUSIP No."),
        "isin": ("ISIN",),
        "trade_date": ("Trade Date",),
        "settle": ("Settlement Date", "Settle Date"),
        "price": ("Price", "Execution Price", "Price per Share"),
        "gross": ("Principal", "Principal Amount", "Gross Amount"),
        "net": ("Net Amount", "Total Amount"),
        "account": ("Account", "Account Number", "Acct #"),
        "ref": ("Reference #", "Confirmation #", "Confirm No.", "Trade Ref"),
        "venue": ("Exchange", "Market", "Executed On"),
        "time": ("Time of Execution", "Exec Time"),
        "capacity": ("Capacity",),
        "currency": ("Currency",),
    },
    "GB": {
        "side": ("Deal Type", "Transaction", "Bargain"),
        "quantity": ("Quantity", "Number of Shares", "Qty"),
        "security": ("Stock", "Security", "Investment"),
        "ticker": ("EPIC", "TIDM"),
        "sedol": ("SEDOL",),
        "isin": ("ISIN",),
        "trade_date": ("Trade Date", "Dealing Date", "Date of Deal"),
        "settle": ("Settlement Date", "Settlement Due"),
        "price": ("Price", "Deal Price"),
        "gross": ("Consideration", "Gross Consideration"),
        "net": ("Total Consideration", "Net Consideration", "Net Amount"),
        "account": ("Account", "Account Number", "Client Ref"),
        "ref": ("Contract Note No.", "Deal Reference", "Reference"),
        "venue": ("Venue", "Place of Execution"),
        "time": ("Time of Deal", "Dealing Time"),
        "capacity": ("We Acted As",),
        "currency": ("Currency",),
    },
    "CA": {
        "side": ("Transaction", "Action"),
        "quantity": ("Quantity", "Units"),
        "security": ("Security", "Description"),
        "ticker": ("Symbol",),
        "cusip": ("CUSIP",),
        "isin": ("ISIN",),
        "trade_date": ("Trade Date",),
        "settle": ("Settlement Date", "Settles"),
        "price": ("Price", "Price per Unit"),
        "gross": ("Gross Amount", "Principal"),
        "net": ("Net Amount", "Total"),
        "account": ("Account No.", "Account"),
        "ref": ("Confirmation No.", "Reference No."),
        "venue": ("Exchange", "Market"),
        "time": ("Time", "Execution Time"),
        "capacity": ("Capacity",),
        "currency": ("Currency",),
    },
}
SIDE_WORDS = {
    "US": (("Bought", "Sold"), ("BUY", "SELL"), ("You Bought", "You Sold")),
    "GB": (("Purchase", "Sale"), ("Bought", "Sold"), ("Buy", "Sell")),
    "CA": (("Bought", "Sold"), ("Buy", "Sell")),
}
DATE_STYLES = {
    "US": ("us", "us", "us_long", "us2"),
    "GB": ("uk", "uk", "long", "short", "dmy_mon"),
    "CA": ("iso", "us_long", "short", "dmy_mon"),
}
CA_ROOTS = (
    "Petawawa Pines",
    "Opeongo",
    "Kesagami",
    "Muskwa Ridge",
    "Tobermory Bay",
    "Wabakimi",
    "Grindstone Point",
    "Lac Brochet",
    "Fogo Harbour",
    "Chedabucto",
)
CA_SECTORS = ("Resources", "Minerals", "Energy", "Pipelines", "Financial", "Gold", "Forest Products", "Rail")
EM_DASH = "\u2014"


@dataclass(frozen=True)
class Look:
    """How this message's confirmation prints things."""

    labels: dict[str, str]
    sides: tuple[str, str]
    date_style: str
    number: str  # money style
    money: str  # "symbol", "code_prefix", "code_suffix" or "row"
    block: str  # "kv", "pairs" or "prose"
    align: str  # "pad", "tabs" or "lost"
    ticker: bool
    cusip: bool
    sedol: bool
    isin: bool
    gross: bool
    ref: bool
    account: str  # "block", "header" or "none"
    venue: bool
    time: bool
    combined_fees: bool


@dataclass(frozen=True)
class Confirm:
    header: list[str]
    blocks: list[list[str]]
    footer: list[str]
    sender: str  # display name in From: / attribution ("" when the broker is not to be named)
    address: str
    subject: str
    sent: datetime
    chatter: bool = False


# ---------------------------------------------------------------- deals


def _ca_equity(rng: random.Random) -> securities.Security:
    root = rng.choice(CA_ROOTS)
    name = f"{root} {rng.choice(CA_SECTORS)} {rng.choice(('Inc.', 'Corp.', 'Ltd.'))}"
    cusip = identifiers.cusip(rng)
    words = [w for w in root.split() if w]
    ticker = ("".join(w[0] for w in words) + root.replace(" ", "")[1:].upper())[: rng.choice((3, 4))].upper()
    share_class = rng.choice(("", "", "COM", "CL A SUB VTG"))
    return securities.Security(name, "CA", "equity", identifiers.isin("CA", cusip), cusip, None, ticker, share_class)


def _security(rng: random.Random, house: House, currency: str) -> securities.Security:
    if house.region == "GB":
        return securities.equity(rng, "GB")
    if house.region == "CA" and currency == "CAD":
        return _ca_equity(rng)
    if house.region == "US" and rng.random() < 0.15:
        return securities.fund(rng, "US")
    return securities.equity(rng, "US")


def _name(rng: random.Random, security: securities.Security) -> str:
    if security.kind == "fund":
        return security.name.upper() if rng.random() < 0.5 else security.name
    if rng.random() < 0.6:
        return security.upper_name
    return security.name


def _cap(value: Decimal, gross: Decimal, currency: str) -> Decimal:
    """A charge no larger than a twentieth of the gross, so the net stays positive."""
    return min(value, money.to_money(gross / 20, currency))


def _charges(
    rng: random.Random, house: House, look: Look, side: str, q: Decimal, gross: Decimal, day: date, currency: str
) -> list[Charge]:
    charges: list[Charge] = []
    if house.key == "us_full":
        value = trades.rate_of(gross, rng.choice(("0.01", "0.0125", "0.015")), currency, minimum="39", maximum="495")
        charges.append(Charge(COMMISSION, "Commission", _cap(value, gross, currency)))
        if rng.random() < 0.4:
            charges.append(Charge(FEE, rng.choice(("Handling Fee", "Service Charge")), Decimal("5.95")))
    elif house.key == "us_disc":
        value = Decimal(rng.choice(("0.00", "0.00", "4.95", "6.95")))
        if value or rng.random() < 0.5:
            charges.append(Charge(COMMISSION, "Commission", _cap(value, gross, currency)))
    elif house.key == "uk_full":
        value = trades.rate_of(gross, rng.choice(("0.01", "0.0075")), currency, minimum="25", maximum="250")
        charges.append(Charge(COMMISSION, rng.choice(("Commission", "Dealing Charge")), _cap(value, gross, currency)))
    elif house.key == "uk_disc":
        value = Decimal(rng.choice(("9.95", "11.95", "5.95")))
        charges.append(Charge(COMMISSION, rng.choice(("Dealing Charge", "Commission")), _cap(value, gross, currency)))
    elif house.key == "ca_full":
        value = trades.rate_of(gross, rng.choice(("0.015", "0.02")), currency, minimum="95", maximum="1500")
        charges.append(Charge(COMMISSION, "Commission", _cap(value, gross, currency)))
    else:
        value = Decimal(rng.choice(("9.99", "6.95", "4.95")))
        charges.append(Charge(COMMISSION, "Commission", _cap(value, gross, currency)))
    if house.region == "US" and side == "SELL":
        fees = trades.us_sale_fees(False, q, gross, day, (rng.choice(("SEC Fee", "SEC Transaction Fee")), "FINRA TAF"))
        if look.combined_fees:
            label = rng.choice(("Regulatory Fees", "Transaction Fees", "Fees"))
            charges.append(Charge(FEE, label, sum((c.amount for c in fees), Decimal(0))))
        else:
            charges.extend(fees)
    if house.region == "GB":
        if side == "BUY":
            label = rng.choice(("Stamp Duty", "Stamp Duty Reserve Tax", "SDRT"))
            charges.append(Charge(TAX, label, trades.rate_of(gross, "0.005", currency)))
        if gross > 10_000:
            charges.append(Charge(FEE, "PTM Levy", Decimal("1.50")))
    return charges


def _deals(rng: random.Random, house: House, look: Look, counterparty: str | None, count: int) -> list[Deal]:
    day = dates.trade_day(rng)
    market = {"GB": "GB", "CA": "CA"}.get(house.region, "US")
    settle = dates.add_business_days(day, dates.settlement_lag(rng, day, market=market))
    account = {
        "US": lambda: f"{noise.letters(rng, 1)}{noise.digits(rng, 2)}-{noise.digits(rng, 6)}",
        "GB": lambda: rng.choice((f"{noise.letters(rng, 2)}{noise.digits(rng, 6)}", f"{noise.digits(rng, 7)}/ISA")),
        "CA": lambda: f"{noise.digits(rng, 3)}-{noise.digits(rng, 5)}-{rng.randint(1, 9)}",
    }[house.region]()
    out = []
    for _ in range(count):
        currency = {"US": "USD", "GB": "GBP"}.get(house.region, "CAD")
        if house.region == "CA" and rng.random() < 0.25:
            currency = "USD"
        security = _security(rng, house, currency)
        quantity = trades.fund_units if security.kind == "fund" else trades.shares
        q, p, gross = trades.draw(rng, currency, quantity, trades.price, maximum=Decimal(2_500_000))
        side = trades.side(rng)
        charges = _charges(rng, house, look, side, q, gross, day, currency)
        ref = {
            "US": lambda: rng.choice(
                (f"{noise.letters(rng, 2)}{noise.digits(rng, 8)}", f"{day:%Y%m%d}-{noise.digits(rng, 5)}")
            ),
            "GB": lambda: rng.choice((f"C{noise.digits(rng, 7)}", f"{noise.letters(rng, 3)}{noise.digits(rng, 6)}")),
            "CA": lambda: noise.digits(rng, 9),
        }[house.region]()
        out.append(
            Deal(
                side=side,
                quantity=q,
                price=p,
                currency=currency,
                security_name=_name(rng, security),
                trade_date=day,
                settlement_date=settle,
                gross_amount=gross,
                charges=tuple(charges),
                account=account if look.account != "none" else None,
                counterparty=counterparty,
                trade_ref=ref if look.ref else None,
                isin=security.isin if look.isin else None,
                cusip=security.cusip if look.cusip else None,
                sedol=security.sedol if look.sedol else None,
                ticker=security.ticker if look.ticker else None,
            )
        )
    return out


# ---------------------------------------------------------------- printing the confirmation


def _look(rng: random.Random, house: House) -> Look:
    region = house.region
    labels = {key: rng.choice(options) for key, options in LABELS[region].items()}
    money_modes = {
        "US": ("symbol", "symbol", "symbol", "code_prefix", "row"),
        "GB": ("symbol", "symbol", "code_prefix", "code_suffix", "row"),
        "CA": ("symbol", "code_prefix", "code_suffix", "row"),
    }[region]
    return Look(
        labels=labels,
        sides=rng.choice(SIDE_WORDS[region]),
        date_style=rng.choice(DATE_STYLES[region]),
        number="us" if rng.random() < 0.85 else "plain",
        money=rng.choice(money_modes),
        block=rng.choice(("kv", "kv", "pairs", "prose")),
        align=rng.choice(("pad", "pad", "tabs", "lost", "lost")),
        ticker=rng.random() < (0.5 if region == "GB" else 0.8),
        cusip=region != "GB" and rng.random() < 0.65,
        sedol=region == "GB" and rng.random() < 0.65,
        isin=rng.random() < (0.6 if region == "GB" else 0.3),
        gross=rng.random() < 0.8,
        ref=rng.random() < 0.85,
        account=rng.choice(("block", "block", "header", "none")),
        venue=rng.random() < 0.35,
        time=rng.random() < 0.3,
        combined_fees=rng.random() < 0.4,
    )


def _symbol(house: House, currency: str) -> str:
    if currency == "GBP":
        return "\u00a3"
    if currency == "USD":
        return "US$" if house.region == "CA" else "$"
    return "C$"


def _amount(house: House, look: Look, value: Decimal, currency: str) -> str:
    text = money.fmt(value, look.number)
    if look.money == "symbol":
        return _symbol(house, currency) + text
    if look.money == "code_prefix":
        return f"{currency} {text}"
    if look.money == "code_suffix":
        return f"{text} {currency}"
    return text


def _rows(rng: random.Random, house: House, look: Look, deal: Deal) -> list[tuple[str, str]]:
    lab = look.labels
    day = look.date_style
    rows = [
        (lab["side"], look.sides[0] if deal.is_buy else look.sides[1]),
        (lab["quantity"], money.fmt(deal.quantity, look.number)),
        (lab["security"], deal.security_name),
    ]
    if deal.ticker:
        rows.append((lab["ticker"], deal.ticker))
    for key in ("cusip", "sedol", "isin"):
        value = getattr(deal, key)
        if value:
            rows.append((lab[key], value))
    if look.venue:
        region = "GB" if house.region == "GB" else "US"
        venue = (
            rng.choice(("TSX", "TSX Venture", "Cboe Canada")) if deal.currency == "CAD" else noise.venue(rng, region)
        )
        rows.append((lab["venue"], venue))
    rows.append((lab["trade_date"], dates.fmt(deal.trade_date, day)))
    if look.time:
        rows.append((lab["time"], dates.clock(rng)))
    rows.append((lab["settle"], dates.fmt(deal.settlement_date, day)))
    if look.money == "row":
        rows.append((lab["currency"], deal.currency))
    rows.append((lab["price"], _amount(house, look, deal.price, deal.currency)))
    if look.gross:
        rows.append((lab["gross"], _amount(house, look, deal.gross_amount, deal.currency)))
    rows += [(c.label, _amount(house, look, c.amount, deal.currency)) for c in deal.charges]
    rows.append((lab["net"], _amount(house, look, deal.net_amount, deal.currency)))
    if look.account == "block" and deal.account:
        rows.append((lab["account"], deal.account))
    if deal.trade_ref:
        rows.append((lab["ref"], deal.trade_ref))
    return rows


def _kv(rows: list[tuple[str, str]], align: str) -> list[str]:
    width = max(len(label) for label, _ in rows) + 2
    if align == "pad":
        return [f"{label + ':':<{width}}{value}" for label, value in rows]
    if align == "tabs":
        return [f"{label}:\t{value}" if len(label) > 6 else f"{label}:\t\t{value}" for label, value in rows]
    return [f"{label}: {value}" for label, value in rows]


def _pairs(rows: list[tuple[str, str]], align: str) -> list[str]:
    """The security alone on its line, the other rows two a line."""
    lines = []
    rest = []
    for label, value in rows:
        if len(value) > 24:
            lines.append(f"{label}: {value}")
        else:
            rest.append(f"{label}: {value}")
    for i in range(0, len(rest), 2):
        left, right = rest[i], rest[i + 1] if i + 1 < len(rest) else ""
        if align == "pad":
            lines.append(f"{left:<38}{right}".rstrip())
        elif align == "tabs":
            lines.append(f"{left}\t\t{right}".rstrip())
        else:
            lines.append(f"{left} {right}".rstrip())
    return lines


def _prose(house: House, look: Look, deal: Deal) -> list[str]:
    def amt(value: Decimal) -> str:
        return _amount(house, look, value, deal.currency)

    qty = money.fmt(deal.quantity, look.number)
    td, sd = dates.fmt(deal.trade_date, look.date_style), dates.fmt(deal.settlement_date, look.date_style)
    ids = [f"{look.labels[k]} {getattr(deal, k)}" for k in ("cusip", "sedol", "isin") if getattr(deal, k)]
    ticker = f" ({deal.ticker})" if deal.ticker else ""
    currency = f" Amounts in {deal.currency}." if look.money == "row" else ""
    if house.region == "GB":
        verb = "bought" if deal.is_buy else "sold"
        first = f"We have today {verb} on your behalf {qty} {deal.security_name}{ticker} at {amt(deal.price)}"
        first += f" on {td} for settlement on {sd}.{currency}"
    else:
        verb = "bought" if deal.is_buy else "sold"
        unit = "units" if "UNITS" in deal.security_name.upper() else "shares"
        first = f"You {verb} {qty} {unit} of {deal.security_name}{ticker} at {amt(deal.price)} per {unit[:-1]}"
        first += f" on {td}, for settlement on {sd}.{currency}"
    parts = []
    if look.gross:
        parts.append(f"{look.labels['gross']} {amt(deal.gross_amount)}")
    parts += [f"{c.label} {amt(c.amount)}" for c in deal.charges]
    parts.append(f"{look.labels['net'].lower()} {amt(deal.net_amount)}")
    second = "; ".join(parts) + "."
    second = second[0].upper() + second[1:]
    third = []
    if ids:
        third.append(", ".join(ids) + ".")
    if look.account == "block" and deal.account:
        third.append(f"{look.labels['account']}: {deal.account}.")
    if deal.trade_ref:
        third.append(f"{look.labels['ref']} {deal.trade_ref}.")
    return [first, second, *([" ".join(third)] if third else [])]


def _block(rng: random.Random, house: House, look: Look, deal: Deal) -> list[str]:
    if look.block == "prose":
        return _prose(house, look, deal)
    rows = _rows(rng, house, look, deal)
    return _pairs(rows, look.align) if look.block == "pairs" else _kv(rows, look.align)


def _ca_disclaimer(rng: random.Random, house: House, date_style: str) -> list[str]:
    return [
        f"{house.broker.legal_name} is a member of the Canadian Investor Protection Fund and is regulated by the "
        "Canadian Investment Regulatory Organization (CIRO).",
        f"Please review this confirmation carefully; errors must be reported within {rng.choice((5, 10, 30))} days, "
        "otherwise the details will be deemed correct.",
        f"Our Relationship Disclosure Document dated {noise.old_date(rng, date_style)} applies to this account. "
        f"Questions? Call {house.broker.phone} or 1-800-555-01{noise.digits(rng, 2)}.",
    ]


def _confirm(rng: random.Random, house: House, look: Look, deals: list[Deal], client: str, naming: str) -> Confirm:
    """The broker's message: naming "legal" prints its legal name, "short" only its short name, "none" neither."""
    broker = house.broker
    day = deals[0].trade_date
    many = len(deals) > 1
    header: list[str] = []
    if naming == "legal":
        header.append(rng.choice((broker.legal_name, broker.legal_name.upper())))
        header.append(rng.choice(("Trade Confirmation", "TRADE CONFIRMATION", "Confirmation of Transaction")))
        header.append("")
    elif naming == "short":
        header.append(rng.choice((f"{house.short} - Trade Confirmation", house.short.upper())))
        header.append("")
    salutation = rng.choice((f"Dear {client},", "Dear Client,", "Dear Valued Client,", f"Hello {client},"))
    header += [salutation, ""]
    what = "transactions were" if many else "transaction was"
    header.append(
        rng.choice(
            (
                f"This email confirms that the following {what} executed in your account on "
                f"{dates.fmt(day, look.date_style)}.",
                f"We confirm the following {what.split()[0]} on your behalf:",
                f"Please review the details of your {'trades' if many else 'trade'} below.",
            )
        )
    )
    if look.account == "header" and deals[0].account:
        header.append(f"{look.labels['account']}: {deals[0].account}")
    header.append("")
    blocks = []
    marker = rng.choice(("Trade {n} of {of}", "--- Trade {n} ---", "#{n}", "TRANSACTION {n}"))
    for i, deal in enumerate(deals):
        lines = []
        if many:
            lines.append(marker.format(n=i + 1, of=len(deals)))
        lines += _block(rng, house, look, deal)
        blocks.append(lines)
    footer = [""]
    closing = rng.choice(
        (
            f"If you have any questions about this confirmation, please call us at {broker.phone}.",
            "Please do not reply to this automated message.",
            "Thank you for your business.",
        )
    )
    footer.append(closing)
    if naming == "legal":
        footer += ["", rng.choice((broker.legal_name, f"{house.short} Client Services"))]
    elif naming == "short":
        footer += ["", f"{house.short} Client Services"]
    if naming != "none" and rng.random() < 0.75:
        style = "uk" if house.region == "GB" else "us"
        if house.region == "CA":
            sentences = _ca_disclaimer(rng, house, style)
        else:
            sentences = noise.disclaimer(rng, broker, date_style=style)
        if naming == "short":
            sentences = [s for s in sentences if broker.legal_name not in s]
        footer += ["", *sentences]
    if naming == "none":
        sender, address = _plain(noise.person(rng, institutions=False)), ""
    else:
        sender = rng.choice((f"{house.short} Confirmations", f"{house.short.split()[0]} Trade Desk"))
        address = rng.choice(("confirms", "noreply", "tradeconfirm")) + f"@{house.domain}"
    subjects = ["Trade Confirmation", f"Your trade confirmation - {dates.fmt(day, look.date_style)}"]
    if deals[0].account:
        subjects.append(f"Confirmation of {'trades' if many else 'trade'} in account ending {deals[0].account[-4:]}")
    subject = rng.choice(subjects)
    sent = mail.sent_at(rng, day, utc_offset_hours=house.utc_offset)
    return Confirm(header, blocks, footer, sender, address, subject, sent)


# ---------------------------------------------------------------- quoting and wrapping

_PREFIX = re.compile(r"^(?:>[ ]?)+")


def _prefix(line: str) -> str:
    found = _PREFIX.match(line)
    return found.group(0) if found else ""


def _pieces(content: str, width: int) -> list[str]:
    """Greedy hard wrap at spaces; a word longer than the width stays whole."""
    out = []
    width = max(width, 20)
    while len(content) > width:
        cut = content.rfind(" ", 0, width + 1)
        if cut <= 0 or not content[:cut].strip():
            cut = content.find(" ", width + 1)
            if cut == -1:
                break
        out.append(content[:cut].rstrip())
        content = content[cut:].lstrip(" ")
    out.append(content)
    return out


def _wrap(lines: list[str], width: int, policy: str) -> list[str]:
    """What a mail client sends: "keep" wraps quoted lines under their quote marks, "broken" leaves the rest of a
    long quoted line unquoted on the next line, "none" does not wrap."""
    out: list[str] = []
    for line in lines:
        line = line.expandtabs(8) if policy != "none" and "\t" in line and len(line.expandtabs(8)) > width else line
        if policy == "none" or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        prefix = _prefix(line)
        pieces = _pieces(line[len(prefix) :], width - len(prefix))
        if policy == "keep" or not prefix:
            out += [prefix + piece for piece in pieces]
        else:
            out.append(prefix + pieces[0])
            out += _pieces(" ".join(pieces[1:]), width)
    return out


def _flowed(lines: list[str], width: int) -> list[str]:
    """RFC 3676: soft breaks end in a space, quote depth as contiguous '>'."""
    out: list[str] = []
    for line in lines:
        if line == "-- ":
            out.append(line)
            continue
        prefix = _prefix(line)
        depth = prefix.count(">")
        content = line[len(prefix) :].replace("\t", " ").rstrip(" ")
        head = ">" * depth + (" " if depth and content else "")
        if len(head) + len(content) <= width:
            out.append(head + _stuff(depth, content))
            continue
        pieces = _pieces(content, width - len(head) - 1)
        for k, piece in enumerate(pieces):
            soft = " " if k < len(pieces) - 1 else ""
            out.append(head + _stuff(depth, piece) + soft)
    return out


def _stuff(depth: int, text: str) -> str:
    if depth == 0 and text.startswith((" ", ">", "From ")):
        return " " + text
    return text


def _quote(lines: list[str]) -> list[str]:
    return [("> " + line if line else ">") if not line.startswith(">") else "> " + line for line in lines]


def _lost_alignment(lines: list[str]) -> list[str]:
    return [re.sub(r"[ \t]{2,}|\t", " ", line) for line in lines]


# ---------------------------------------------------------------- people and their notes


def _plain(name: str) -> str:
    words = name.split()
    return " ".join(words[1:] if words[0] in ("Mr", "Ms", "Mrs", "Dr") else words)


def _mailbox(name: str, domain: str) -> str:
    first, *_, last = _plain(name).lower().split()
    return f"{first}.{last}@{domain}"


def _client_address(rng: random.Random, name: str) -> str:
    first, *_, last = _plain(name).lower().split()
    return rng.choice((f"{first}.{last}{noise.digits(rng, 2)}", f"{first[0]}{last}", f"{last}.{first[0]}")) + (
        "@mail.example.net"
    )


def _when_text(rng: random.Random, when: datetime, region: str) -> str:
    hour12 = (when.hour - 1) % 12 + 1
    ampm = "AM" if when.hour < 12 else "PM"
    clock = f"{when.hour:02d}:{when.minute:02d}"
    if region == "GB":
        return rng.choice((f"{dates.fmt(when.date(), 'uk')} {clock}", f"{dates.fmt(when.date(), 'long')} at {clock}"))
    weekday = dates.weekday_name(when.date())[:3]
    month = dates.MONTHS[when.month - 1][:3]
    return rng.choice(
        (
            f"{weekday}, {month} {when.day}, {when.year} at {hour12}:{when.minute:02d} {ampm}",
            f"{month} {when.day}, {when.year}, at {hour12}:{when.minute:02d} {ampm}",
        )
    )


def _attribution(rng: random.Random, confirm: Confirm, region: str, forward: bool, to: str) -> tuple[list[str], bool]:
    """Lines before the quoted original; True when the headers go inside the quote."""
    who = f"{confirm.sender} <{confirm.address}>" if confirm.address else confirm.sender
    when = _when_text(rng, confirm.sent, region)
    if forward and confirm.address:
        kind = rng.choice(("apple", "outlook", "gmail"))
        if kind == "apple":
            return ["Begin forwarded message:", ""], True
        if kind == "gmail":
            return [
                "---------- Forwarded message ---------",
                f"From: {who}",
                f"Date: {when}",
                f"Subject: {confirm.subject}",
                f"To: {to}",
                "",
            ], False
        return ["-----Original Message-----"], True
    if not confirm.address and not confirm.chatter and rng.random() < 0.5:
        return [
            rng.choice(("Here's what they sent me:", "Pasting the confirm below:", "Confirm copied below:")),
            "",
        ], False
    return [f"On {when}, {who} wrote:"], False


def _inner_headers(confirm: Confirm, region: str, to: str, rng: random.Random) -> list[str]:
    who = f"{confirm.sender} <{confirm.address}>"
    return [
        f"From: {who}",
        f"{rng.choice(('Sent', 'Date'))}: {_when_text(rng, confirm.sent, region)}",
        f"To: {to}",
        f"Subject: {confirm.subject}",
        "",
    ]


def _remark(rng: random.Random, house: House, deal: Deal) -> str:
    symbol = _symbol(house, deal.currency)
    limit = money.places(deal.price * Decimal(rng.choice(("1.01", "1.02", "0.99", "0.985"))), 2)
    account_word = {"US": "the IRA", "GB": "the ISA", "CA": "the TFSA"}[house.region]
    quoted = money.places((deal.commission or Decimal("0")) * Decimal("0.6"), 2) or Decimal("4.95")
    return rng.choice(
        (
            "this one was a limit order",
            f"This one was a limit order at {symbol}{limit}.",
            f"This was for {account_word}, not the general account.",
            "Good fill on this one.",
            f"I was quoted {symbol}{quoted} commission on this one - can you check?",
            "This is the one I mentioned on the phone.",
        )
    )


def _top_note(
    rng: random.Random, house: House, deals: list[Deal], client: str, manager: bool, names: bool
) -> list[str]:
    """The note above the quote, in the manager's voice (to the desk) or the client's."""
    broker = house.short.split()[0] if names else "the broker"
    first = _plain(client).split()[0]
    day = deals[0].trade_date
    cash = money.places(sum((d.net_amount for d in deals), Decimal(0)) * Decimal(rng.choice(("1.5", "2", "3"))), -3)
    symbol = _symbol(house, deals[0].currency)
    style = rng.choice(DATE_STYLES[house.region])
    options = [
        f"Please book this {EM_DASH} thanks",
        "Please book the below. Thanks,",
        f"Hi team, {first}'s confirm from {broker} below {EM_DASH} please book and let me know if it doesn't tie out.",
        f"FYI, see below. {first} has about {symbol}{money.fmt(cash, decimals=0)} of cash coming in on "
        f"{dates.fmt(dates.add_business_days(day, rng.randint(3, 9)), style)}, no transfer needed.",
        f"Can you book these against {first}'s {broker} account please? Review meeting is on "
        f"{dates.fmt(dates.add_business_days(day, rng.randint(5, 20)), style)}.",
    ]
    if not manager:
        options = [
            f"Please book this {EM_DASH} thanks",
            f"Hi, the confirm from {broker} is below {EM_DASH} can you add it to my report?",
            "Forwarding for your records. Please book this, thanks",
            f"Here's the confirmation for last week's trades. I've got another {symbol}"
            f"{money.fmt(cash, decimals=0)} to invest later this month.",
        ]
    return [rng.choice(options)]


def _firm_footer(rng: random.Random, firm: Firm) -> list[str]:
    if firm.region == "US":
        return [
            f"{firm.name} is an SEC-registered investment adviser (CRD #{noise.digits(rng, 6)}). This e-mail and any "
            "attachments are confidential; if you received it in error please delete it and notify the sender.",
            "We never change wiring instructions by e-mail. Please call to confirm before sending funds.",
        ]
    if firm.region == "GB":
        return [
            f"{firm.name} is authorised and regulated by the Financial Conduct Authority (FRN {noise.digits(rng, 6)}). "
            f"Registered in England and Wales No. OC{noise.digits(rng, 6)}. Registered office as above.",
            "This message is confidential and may be privileged. We never ask you to change bank details by email.",
        ]
    return [
        f"{firm.name} is registered as a portfolio manager in Ontario and British Columbia "
        f"(NRD {noise.digits(rng, 5)}). This message is confidential; if received in error, please delete it.",
    ]


def _signature(rng: random.Random, name: str, firm: Firm) -> list[str]:
    region = firm.region
    phone = f"(212) 555-01{noise.digits(rng, 2)}" if region == "US" else noise.phone(rng, "GB")
    if region == "CA":
        phone = f"(416) 555-01{noise.digits(rng, 2)}"
    title = rng.choice(("Relationship Manager", "Private Client Adviser", "Director, Private Clients"))
    lines = [
        *rng.choice((["-- "], [""])),
        _plain(name),
        f"{title} | {firm.name}",
        firm.address[0],
        f"T {phone} | M {phone[:-4]}{noise.digits(rng, 4)}",
    ]
    return [*lines, "", *_firm_footer(rng, firm)]


def _client_sign(rng: random.Random, client: str) -> list[str]:
    return rng.choice(
        (
            ["", _plain(client).split()[0]],
            ["", "Thanks,", _plain(client)],
            ["", _plain(client).split()[0], "", "Sent from my iPhone"],
        )
    )


# ---------------------------------------------------------------- chatter


def _chatter_original(rng: random.Random, house: House, client: str, day: date, naming: bool) -> list[str]:
    region = house.region
    security = _ca_equity(rng) if region == "CA" else securities.equity(rng, "GB" if region == "GB" else "US")
    qty = money.fmt(trades.shares(rng))
    limit = money.fmt(trades.price(rng, decimals=2, whole_digits=2))
    symbol = _symbol(house, "GBP" if region == "GB" else "CAD" if region == "CA" else "USD")
    order = noise.order_number(rng)
    style = rng.choice(DATE_STYLES[region])
    name = f"{house.short} " if naming else ""
    kind = rng.choice(("received", "cancelled", "statement", "expired"))
    if kind == "received":
        body = [
            f"Your order {order} to {rng.choice(('buy', 'sell'))} {qty} {security.ticker} "
            f"({security.upper_name}) at a limit of {symbol}{limit}, good for the day, has been received.",
            "You will receive a separate confirmation once the order is executed.",
        ]
    elif kind == "cancelled":
        body = [
            f"Your order {order} to {rng.choice(('buy', 'sell'))} {qty} {security.ticker} at {symbol}{limit} "
            f"was cancelled at your request on {dates.fmt(day, style)}. No execution took place.",
        ]
    elif kind == "expired":
        body = [
            f"Your good-til-cancelled order {order} ({qty} {security.ticker}, limit {symbol}{limit}) expired "
            f"unfilled on {dates.fmt(day, style)}.",
        ]
    else:
        body = [
            f"Your statement for {dates.MONTHS[day.month - 1]} {day.year} is now available online. Log in to view "
            f"it; trade confirmations are kept for {rng.choice((7, 10))} years.",
        ]
    return [f"Dear {client},", "", *body, "", "Regards,", f"{name}Client Services"]


def _chatter_note(rng: random.Random, house: House, names: bool, day: date) -> list[str]:
    broker = house.short.split()[0] if names else "the broker"
    day = dates.previous_business_day(dates.previous_business_day(day))
    style = rng.choice(DATE_STYLES[house.region])
    return [
        rng.choice(
            (
                f"Hi, I never got the confirm for the sale on {dates.fmt(day, style)} {EM_DASH} "
                "can you resend the confirm?",
                "can you resend the confirm? The link in this one doesn't work.",
                f"This never filled as far as I can tell {EM_DASH} can you check with {broker}?",
                f"Still waiting on the {broker} confirm for this one. Could you chase please?",
                "Can you send me a PDF of the confirmation instead? I need it for my accountant.",
            )
        )
    ]


# ---------------------------------------------------------------- the message


def _people(rng: random.Random) -> tuple[str, str]:
    client = noise.person(rng, institutions=False)
    while True:
        manager = noise.person(rng, institutions=False)
        if _plain(manager) != _plain(client):
            return client, manager


def build(rng: random.Random) -> Document:
    house = rng.choice(HOUSES)
    firm = FIRMS[house.region]
    client, manager = _people(rng)
    client_mail = f"{_plain(client)} <{_client_address(rng, client)}>"
    manager_mail = f"{_plain(manager)} <{_mailbox(manager, firm.domain)}>"
    ops_mail = rng.choice(
        (f"Trade Support <tradesupport@{firm.domain}>", f"Operations <ops@{firm.domain}>", f"confirms@{firm.domain}")
    )
    chatter = rng.random() < 1 / 6
    naming = rng.choice(("legal", "legal", "legal", "short", "none"))
    look = _look(rng, house)
    # who sends the message we receive, and how deep the confirmation is quoted
    scenario = rng.choice(("client", "manager", "manager_client", "manager_client", "client_manager"))
    width = rng.choice((72, 72, 76))
    policy = rng.choice(("keep", "keep", "broken", "flowed", "flowed"))
    first_width = rng.choice((72, 76, 78))
    first_policy = rng.choice(("keep", "broken", "none"))

    if chatter:
        day = dates.trade_day(rng)
        original = _chatter_original(rng, house, _plain(client).split()[0], day, naming != "none")
        sent = mail.sent_at(rng, day, utc_offset_hours=house.utc_offset)
        sender = f"{house.short} Client Services" if naming != "none" else _plain(manager)
        address = f"service@{house.domain}" if naming != "none" else ""
        confirm = Confirm([], [original], [], sender, address, "Your order", sent, chatter=True)
        deals: list[Deal] = []
        subject = rng.choice(("Re: Your order", "Fwd: Your account", "Re: confirm?", "RE: Missing confirmation"))
    else:
        count = rng.choice((1, 1, 1, 2, 2, 3))
        cp = {"legal": house.broker.legal_name, "short": house.short}.get(naming)
        deals = _deals(rng, house, look, cp, count)
        confirm = _confirm(rng, house, look, deals, _plain(client).split()[0], naming)
        subject = confirm.subject

    # the original as the client's mail client shows it: header, one segment per trade, footer
    segments = [list(confirm.header), *[list(block) for block in confirm.blocks], list(confirm.footer)]
    if look.align == "lost":
        segments = [_lost_alignment(segment) for segment in segments]
    original_to = client_mail if scenario in ("client", "manager_client") else manager_mail
    cc = None

    received = confirm.sent + timedelta(minutes=rng.randint(20, 2900))
    first_hop = scenario in ("manager_client", "client_manager")
    if first_hop:
        # the client (or the manager) answers the broker's message; the next person quotes that answer
        author_mail = client_mail if scenario == "manager_client" else manager_mail
        forward = rng.random() < 0.5 and bool(confirm.address)
        lines = _hop(rng, house, confirm, segments, deals, forward, original_to, scenario == "manager_client")
        if scenario == "manager_client":
            note = (
                _chatter_note(rng, house, naming != "none", confirm.sent.date())
                if chatter
                else _client_intro(rng, house, naming)
            )
            lines = [*note, "", *lines, *_client_sign(rng, client)]
        else:
            note = [f"Dear {_plain(client).split()[0]},", "", *_manager_intro(rng, chatter), ""]
            lines = [*note, *lines, *_signature(rng, manager, firm)]
        lines = _wrap(lines, first_width, first_policy)
        hop_when = _when_text(rng, received, house.region)
        received += timedelta(minutes=rng.randint(10, 1500))
        quoted = [f"On {hop_when}, {author_mail} wrote:", *_quote(lines)]
        if scenario == "manager_client":
            top = (
                _chatter_note(rng, house, naming != "none", confirm.sent.date())
                if chatter
                else _top_note(rng, house, deals, client, True, naming != "none")
            )
            body = [*top, "", *_signature(rng, manager, firm)[:5], "", *quoted]
            sender, to = manager_mail, ops_mail
        else:
            top = ["Yes please go ahead, thanks." if not chatter else "Thanks, let me know."]
            body = [*top, *_client_sign(rng, client), "", *quoted]
            sender, to, cc = client_mail, manager_mail, ops_mail
        subject = f"{rng.choice(('FW: ', 'Fwd: ', 'RE: '))}{rng.choice(('RE: ', 'Re: ', 'FW: '))}{subject}"
    else:
        forward = rng.random() < 0.5 and bool(confirm.address)
        to_ops = scenario == "manager" or rng.random() < 0.5
        to = ops_mail if to_ops else manager_mail
        if not to_ops and rng.random() < 0.5:
            cc = ops_mail
        lines = _hop(rng, house, confirm, segments, deals, forward, original_to, scenario == "client")
        if chatter:
            top = _chatter_note(rng, house, naming != "none", confirm.sent.date())
        else:
            top = _top_note(rng, house, deals, client, scenario == "manager", naming != "none")
        if scenario == "manager":
            body = [*top, "", *_signature(rng, manager, firm), "", *lines]
            sender = manager_mail
        else:
            body = [*top, *_client_sign(rng, client), "", *lines]
            sender = client_mail
        subject = f"{'Fwd: ' if forward else 'Re: '}{subject}"

    if policy == "flowed":
        text = _flowed(body, width)
    else:
        text = _wrap(body, width, policy)
    when = mail.sent_at(rng, received.date(), utc_offset_hours=house.utc_offset)
    if when < received:
        when = received + timedelta(minutes=rng.randint(3, 90))
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    msg = mail.message(rng, sender=sender, to=to, subject=subject, when=when, domain=domain)
    if cc:
        msg["Cc"] = cc
    msg["In-Reply-To"] = f"<{noise.digits(rng, 12)}.{noise.letters(rng, 6).lower()}@{firm.domain}>"
    content = "\n".join(text) + "\n"
    params = {"format": "flowed"} if policy == "flowed" else None
    cte = None
    if not content.isascii():
        cte = rng.choice(("quoted-printable", "8bit", "quoted-printable"))
    msg.set_content(content, params=params, cte=cte)
    truth = [deal.truth(gross_amount=None if not look.gross else money.text(deal.gross_amount)) for deal in deals]
    return Document(mail.finish(msg, rng), "email", truth)


def _client_intro(rng: random.Random, house: House, naming: str) -> list[str]:
    broker = house.short.split()[0] if naming != "none" else "the broker"
    return [
        rng.choice(
            (
                f"Hi, confirm from {broker} below for the trades.",
                "See below - my comments inline.",
                "Forwarding the confirm, a couple of notes inline.",
                "Hi, can you book these please?",
            )
        )
    ]


def _manager_intro(rng: random.Random, chatter: bool) -> list[str]:
    if chatter:
        return ["See the note from the broker below. I'll look into it and come back to you."]
    return [
        rng.choice(
            (
                "Please see the broker's confirmation below and let me know it matches your instruction.",
                "Your trades went through today; the confirmation is below.",
                "Confirmation below for your records - do shout if anything looks wrong.",
            )
        )
    ]


def _hop(
    rng: random.Random,
    house: House,
    confirm: Confirm,
    segments: list[list[str]],
    deals: list[Deal],
    forward: bool,
    recipient: str,
    remarks: bool,
) -> list[str]:
    """The attribution and the quoted original, with the sender's remarks between the quoted trades."""
    head, inside = _attribution(rng, confirm, house.region, forward, recipient)
    lines = list(head)
    quoted = _inner_headers(confirm, house.region, recipient, rng) if inside else []
    for index, segment in enumerate(segments):
        quoted += segment
        trade = index - 1  # segments: header, the trades, footer
        if remarks and 0 <= trade < len(deals) and rng.random() < 0.35:
            lines += [*_quote(quoted), "", _remark(rng, house, deals[trade]), ""]
            quoted = []
    return lines + _quote(quoted)


LAYOUT = Layout(
    name="wrapped_reply_email",
    kind="eml",
    heldout=False,
    build=build,
    description="plain-text reply/forward quoting a US/UK/CA retail confirm with '> ', hard-wrapped at 72/76 or "
    "flowed, 1-3 trades, notes inline; 1 in 6 chatter",
)
