"""SWIFT trade confirmations (ISO 15022 MT518 and MT515) as a custodian's gateway prints them for the confirmation desk.

One text file is one print run of the messages a custodian (the receiver, fixed per file) received during a day
from one to three executing brokers: one to eight messages, each under a print header of its own. Three print styles,
one per file:

- "raw": a short header per message (sender and receiver logical terminal addresses, input/output time, session and
  sequence numbers, MIR/MOR, MUR), then the FIN blocks {1:}{2:}{3:{108:MUR}}{4: ... -}{5:{MAC:}{CHK:}} as sent;
- "pretty": the interface's sectioned printout (Instance Type and Transmission, Message Header with the sender's
  and receiver's names from the BIC directory, Message Text, Message Trailer, Interventions), every field as
  "98A: Trade Date/Time" over its qualifier and value (":TRAD//20250314");
- "expanded": the same sections with values decoded ("Date : 14 March 2025", "Currency : EUR (EURO)",
  "Amount : #1234,56#", "Quantity Type Code : FAMT").

The messages use the real sequences: GENL (20C SEME, 23G NEWM/CANC, 98a PREP, 22F TRTR, LINK with PREV/RELA),
CONFDET (98A/98C TRAD, 98A SETT, 90A::DEAL//PRCT/ for bonds or 90B::DEAL//ACTU/CCY for equities, 99A DAAC, 94B
place of trade, 22H BUSE/PAYM, two CONFPRTY subsequences: the account owner with 97A::SAFE// and the executing
broker, 36B::CONF//UNIT/ or FAMT/, 35B ISIN with description lines (a /US/ CUSIP or /GB/ SEDOL line on some),
FIA with coupon and maturity for bonds), SETDET (22F SETR, SETPRTY DEAG/REAG/PSET with the agents' own
safekeeping accounts, AMT subsequences with 19A DEAL, EXEC/LOCO commission, CHAR/REGF/OTHR fees, STAM/TRAX/STEX
taxes, ACRU accrued interest and SETT settlement amount). SWIFT numbers: decimal comma, no grouping, a trailing
comma on whole numbers, the currency glued to the amount. Some messages leave out the DEAL amount (then the truth
has no gross) or print no charges at all; some brokers give the trade time (98C).

Truth, one trade per message that stands as a trade at the end of the run:
- side is 22H::BUSE (BUYI/SELL), from the account owner's side (the party holding the 97A::SAFE account);
- account is that CONFPRTY 97A::SAFE account (not the agents' SETPRTY accounts, not the 97A::CASH account);
- trade_ref is the broker's 20C::SEME (the MUR, PROC and RELA references are noise);
- counterparty is the executing broker, which is the sender of every message here. It is its name as printed
  (the BIC directory name under the sender's BIC in the print header, or the broker's own 95Q name-and-address
  in its CONFPRTY). Where the file shows the broker only by BIC (raw prints without directory names and a 95P
  party), counterparty is null: a BIC is not a legal name;
- security_name is the description lines of 35B joined (issuer, share class); a bond's coupon/maturity line is
  left out, as the other bond layouts do.
Cancellations: a 23G:CANC message repeats the trade it cancels and names it in LINK 20C::PREV. A cancellation
is never a trade; the trade it cancels is not a trade either when it is in the same file (the desk books
nothing for it); a corrected NEWM that follows (new SEME) is the trade. A CANC of a message sent on an earlier
day stands alone. MT599 free-format notes from a broker hold no trade.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from .. import dates, identifiers, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout

WIDTH = 78


@dataclass(frozen=True)
class Bank:
    bic: str  # eight characters
    name: str  # as the BIC directory prints it (the truth's counterparty for brokers)
    city: str
    ref: str  # SEME style of a broker
    mt: str = "518"  # the message type a broker sends
    named: bool = False  # the broker names itself with 95Q in its CONFPRTY
    timed: bool = False  # 98C::TRAD with the execution time
    charges: bool = True  # prints its charges
    sett_in_confdet: bool = False  # 19A::SETT in CONFDET instead of an AMT subsequence


BROKERS = (
    Bank("NHWBDEFF", "NORDHAFEN WERTPAPIERBANK AG", "FRANKFURT AM MAIN DE", "NH{ymd}{n5}", "518", timed=True),
    Bank("KHSLGB2L", "KESTREL HARTLEY SECURITIES LTD", "LONDON GB", "KH/EQ/{n7}", "515", named=True),
    Bank("BVALFRPP", "BANQUE VALMOREL SA", "PARIS FR", "BV{ymd}{n4}", "518", sett_in_confdet=True),
    Bank("ASMRUS33", "ASHTON MERRICK SECURITIES LLC", "NEW YORK,NY US", "AMS{n9}", "515", timed=True),
    Bank("KRHBCHZZ", "KRONHALDE BANK AG", "ZURICH CH", "KB-{n6}-{l2}", "518", named=True, charges=False),
    Bank("VLMSITMM", "VELMORA SIM S.P.A.", "MILANO IT", "VS{y}{n8}", "515", sett_in_confdet=True),
    Bank("GRWCGB2L", "GREYWATER CAPITAL MARKETS LTD", "LONDON GB", "GWFI{n8}", "518", named=True),
    Bank("TSVKSESS", "TAMSWORTH FONDKOMMISSION AB", "STOCKHOLM SE", "TFK{ymd}{n3}", "515", charges=False),
)
RECEIVERS = (
    Bank("CORRLULL", "CORRAN TRUST AND CUSTODY S.A.", "LUXEMBOURG LU", "CT-{n6}"),
    Bank("ALCSGB2L", "ALDWYCH CUSTODY SERVICES LTD", "LONDON GB", "{n8}"),
    Bank("TSDBCHZZ", "TESSIN DEPOTBANK AG", "ZURICH CH", "{n4}.{n6}.{n2}"),
    Bank("HVBCIE2D", "HOLLINS VALE BANK CUSTODY DAC", "DUBLIN IE", "HV{n7}"),
)
AGENTS = ("CLRSGB2L", "DPBKDEFF", "SETLFRPP", "CUSTUS3N", "AGNTNL2A", "CLRBCHZZ")

# market: currency, place of trade (MIC), place of settlement (CSD BIC)
EQUITY = {
    "US": ("USD", ("XNYS", "XNAS"), "DTCYUS33"),
    "GB": ("GBP", ("XLON",), "CRSTGB22"),
    "DE": ("EUR", ("XETR", "XFRA"), "DAKVDEFF"),
    "FR": ("EUR", ("XPAR",), "SICVFRPP"),
    "NL": ("EUR", ("XAMS",), "NECINL2A"),
    "BE": ("EUR", ("XBRU",), "CIKBBEBB"),
    "IT": ("EUR", ("XMIL",), "MOTIITMM"),
    "IE": ("EUR", ("XDUB",), "CRSTGB22"),
    "CH": ("CHF", ("XSWX",), "INSECHZZ"),
    "JP": ("JPY", ("XTKS",), "JJSDJPJT"),
    "HK": ("HKD", ("XHKG",), "XHKCHKH1"),
}
EQUITY_WEIGHTS = ("US", "US", "GB", "GB", "DE", "DE", "FR", "NL", "BE", "IT", "IE", "CH", "CH", "JP", "HK")
MINIMUM = {"USD": "10", "GBP": "8", "EUR": "12", "CHF": "15", "JPY": "1500", "HKD": "100"}
CURRENCY_NAMES = {
    "EUR": "EURO",
    "USD": "US DOLLAR",
    "GBP": "POUND STERLING",
    "CHF": "SWISS FRANC",
    "JPY": "YEN",
    "HKD": "HONG KONG DOLLAR",
}

DESCRIPTIONS = {
    ("16R", None): "Start of Block",
    ("16S", None): "End of Block",
    ("20C", "SEME"): "Sender's Message Reference",
    ("20C", "PREV"): "Previous Message Reference",
    ("20C", "RELA"): "Related Message Reference",
    ("20C", "PROC"): "Processing Reference",
    ("23G", None): "Function of the Message",
    ("98A", "PREP"): "Preparation Date/Time",
    ("98C", "PREP"): "Preparation Date/Time",
    ("98A", "TRAD"): "Trade Date/Time",
    ("98C", "TRAD"): "Trade Date/Time",
    ("98A", "SETT"): "Settlement Date/Time",
    ("98A", "MATU"): "Maturity Date/Time",
    ("22F", "TRTR"): "Trade Transaction Type Indicator",
    ("22F", "TRCA"): "Trade Capacity Indicator",
    ("22F", "SETR"): "Type of Settlement Transaction Indicator",
    ("22F", "MICO"): "Method of Interest Computation Indicator",
    ("22H", "BUSE"): "Buy/Sell Indicator",
    ("22H", "PAYM"): "Payment Indicator",
    ("90A", "DEAL"): "Deal Price",
    ("90B", "DEAL"): "Deal Price",
    ("92A", "INTR"): "Interest Rate",
    ("99A", "DAAC"): "Number of Days Accrued",
    ("94B", "TRAD"): "Place of Trade",
    ("36B", "CONF"): "Quantity of Financial Instrument Confirmed",
    ("35B", None): "Identification of the Financial Instrument",
    ("95P", "BUYR"): "Buyer",
    ("95Q", "BUYR"): "Buyer",
    ("95P", "SELL"): "Seller",
    ("95Q", "SELL"): "Seller",
    ("95P", "DEAG"): "Delivering Agent",
    ("95P", "REAG"): "Receiving Agent",
    ("95P", "PSET"): "Place of Settlement",
    ("97A", "SAFE"): "Safekeeping Account",
    ("97A", "CASH"): "Cash Account",
    ("19A", "DEAL"): "Deal Amount",
    ("19A", "EXEC"): "Executing Broker's Commission",
    ("19A", "LOCO"): "Local Broker's Commission",
    ("19A", "CHAR"): "Charges/Fees",
    ("19A", "REGF"): "Regulatory Fees",
    ("19A", "OTHR"): "Other Amount",
    ("19A", "STAM"): "Stamp Duty",
    ("19A", "TRAX"): "Transaction Tax",
    ("19A", "STEX"): "Stock Exchange Tax",
    ("19A", "ACRU"): "Accrued Interest Amount",
    ("19A", "SETT"): "Settlement Amount",
    ("20", None): "Transaction Reference Number",
    ("21", None): "Related Reference",
    ("79", None): "Narrative",
}
MT_NAMES = {
    "518": "Market-Side Securities Trade Confirmation",
    "515": "Client Confirmation of Purchase or Sale",
    "599": "Free Format Message",
}


@dataclass(frozen=True)
class Field:
    """One field of block 4. value is what follows '//' (or the tag's colon); kind drives the expanded print."""

    tag: str
    qual: str | None
    value: str
    kind: str = "code"


@dataclass(frozen=True)
class Instrument:
    lines: tuple[str, ...]  # 35B: "ISIN ..." and the description lines
    name: str  # the truth's security_name
    bond: securities.Security | None
    place: str  # 94B value
    pset: str
    cusip: str | None
    sedol: str | None


@dataclass
class Message:
    mt: str
    sender: Bank
    seme: str
    fields: list[Field]
    deal: Deal | None = None
    counts: bool = False  # a trade of the truth
    printed_gross: bool = True
    named: bool = False  # the message names its broker (95Q)
    out_minutes: int = 0  # output time, minutes after midnight


def swift_number(value: Decimal) -> str:
    """SWIFT decimal: comma mark, no grouping, a trailing comma on whole numbers."""
    text = format(value, "f")
    whole, _, fraction = text.partition(".")
    return f"{whole},{fraction}"


def swift_date(day: date) -> str:
    return dates.fmt(day, "compact")


def _ref(rng: random.Random, pattern: str, day: date) -> str:
    return pattern.format(
        ymd=dates.fmt(day, "compact")[2:],
        y=str(day.year)[2:],
        n2=noise.digits(rng, 2),
        n3=noise.digits(rng, 3),
        n4=noise.digits(rng, 4),
        n5=noise.digits(rng, 5),
        n6=noise.digits(rng, 6),
        n7=noise.digits(rng, 7),
        n8=noise.digits(rng, 8),
        n9=noise.digits(rng, 9),
        l2=noise.letters(rng, 2),
    )


def _wrap35(words: str) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in words.split():
        if current and len(current) + 1 + len(word) > 35:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current] if current else lines


def _instrument(rng: random.Random, trade_date: date, *, bond: bool) -> tuple[Instrument, str]:
    """The security as 35B prints it, and the trade currency."""
    code_lines: list[str] = []
    cusip = sedol = None
    if bond:
        currency = rng.choice(("EUR", "EUR", "USD", "GBP"))
        market = {"EUR": rng.choice(("DE", "FR", "NL")), "USD": "US", "GBP": "GB"}[currency]
        security = securities.bond(rng, market, trade_date)
        if market != "US" and rng.random() < 0.5:
            security = replace(security, isin=identifiers.isin("XS", noise.digits(rng, 9)))
        if security.cusip and rng.random() < 0.5:
            cusip = security.cusip
            code_lines.append(f"/US/{cusip}")
        assert security.coupon is not None and security.maturity is not None
        name = security.name.upper()
        coupon = swift_number(security.coupon.normalize() if security.coupon else Decimal("0"))
        maturity = security.maturity
        tail = rng.choice(
            (
                f"{coupon} PCT {maturity.day:02d}{dates.MONTHS[maturity.month - 1][:3].upper()}{maturity.year}",
                f"CPN {coupon} MAT {dates.fmt(maturity, 'dot')}",
                f"{coupon}% {dates.fmt(maturity, 'uk2')}",
            )
        )
        description = [*_wrap35(name), tail]
        place = rng.choice(("OTCO", "OTCO", "EXCH/XLUX", "VARI"))
        pset = rng.choice(("MGTCBEBE", "CEDELULL")) if currency != "USD" or rng.random() < 0.5 else "DTCYUS33"
        lines = (f"ISIN {security.isin}", *code_lines, *description)
        return Instrument(lines, name, security, place, pset, cusip, None), currency
    market = rng.choice(EQUITY_WEIGHTS)
    currency, mics, pset = EQUITY[market]
    security = securities.equity(rng, market)
    if security.cusip and rng.random() < 0.5:
        cusip = security.cusip
        code_lines.append(f"/US/{cusip}")
    if security.sedol and rng.random() < 0.5:
        sedol = security.sedol
        code_lines.append(f"/GB/{sedol}")
    name = security.upper_name
    if rng.random() < 0.5 and security.share_class:
        description = [*_wrap35(security.name.upper()), security.share_class]
    else:
        description = _wrap35(name)
    lines = (f"ISIN {security.isin}", *code_lines, *description)
    return Instrument(lines, name, None, f"EXCH/{rng.choice(mics)}", pset, cusip, sedol), currency


def _charges(
    rng: random.Random, broker: Bank, inst: Instrument, side: str, q: Decimal, gross: Decimal, currency: str, day: date
) -> list[tuple[str, Charge]]:
    """(19A qualifier, charge) pairs the broker prints."""
    if not broker.charges or rng.random() < 0.15:
        return []
    out: list[tuple[str, Charge]] = []
    buy = side == "BUY"
    if inst.bond is not None:
        if rng.random() < 0.35:
            rate = rng.choice(("0.0005", "0.001"))
            out.append(("EXEC", Charge(COMMISSION, "EXEC", trades.rate_of(gross, rate, currency, minimum="25"))))
        if rng.random() < 0.25:
            out.append(("CHAR", Charge(FEE, "CHAR", Decimal(rng.choice(("15.00", "25.00", "35.00"))))))
        return out
    if rng.random() < 0.8:
        rate = rng.choice(("0.0005", "0.0008", "0.001", "0.0015", "0.002"))
        commission = trades.rate_of(gross, rate, currency, minimum=MINIMUM[currency])
        commission = min(commission, money.to_money(gross / 50, currency))
        out.append(("EXEC", Charge(COMMISSION, "EXEC", commission)))
        if rng.random() < 0.12:
            out.append(("LOCO", Charge(COMMISSION, "LOCO", trades.rate_of(gross, "0.0002", currency))))
    mic = inst.place.rpartition("/")[2]
    if mic == "XLON" and buy:
        out.append(("STAM", Charge(TAX, "STAM", trades.rate_of(gross, "0.005", currency))))
        if gross > 10_000 and rng.random() < 0.7:
            out.append(("REGF", Charge(FEE, "REGF", Decimal("1.50"))))
    elif mic == "XDUB" and buy:
        out.append(("STAM", Charge(TAX, "STAM", trades.rate_of(gross, "0.01", currency))))
    elif mic == "XPAR" and buy:
        out.append(("TRAX", Charge(TAX, "TRAX", trades.rate_of(gross, "0.003", currency))))
    elif mic == "XMIL" and buy:
        out.append(("TRAX", Charge(TAX, "TRAX", trades.rate_of(gross, "0.001", currency))))
    elif mic == "XBRU":
        out.append(("STEX", Charge(TAX, "STEX", trades.rate_of(gross, "0.0035", currency, maximum="1600"))))
    elif mic == "XSWX":
        out.append(("STAM", Charge(TAX, "STAM", trades.rate_of(gross, "0.00075", currency))))
    elif mic == "XHKG":
        out.append(("STAM", Charge(TAX, "STAM", trades.rate_of(gross, "0.001", currency))))
        out.append(("REGF", Charge(FEE, "REGF", trades.rate_of(gross, "0.000027", currency, minimum="0.01"))))
        out.append(("CHAR", Charge(FEE, "CHAR", trades.rate_of(gross, "0.0000565", currency, minimum="0.01"))))
    elif currency == "USD" and not buy:
        out.append(("REGF", Charge(FEE, "REGF", trades.sec_fee(gross, day))))
        out.append(("OTHR", Charge(FEE, "OTHR", trades.taf(q))))
    if mic != "XHKG" and rng.random() < 0.25:
        flat = {"JPY": "800", "HKD": "50.00"}.get(currency, rng.choice(("5.00", "7.50", "12.00", "25.00")))
        out.append(("CHAR", Charge(FEE, "CHAR", Decimal(flat))))
    return out


@dataclass(frozen=True)
class Ticket:
    """Everything one trade message prints."""

    deal: Deal
    inst: Instrument
    quals: tuple[str, ...]  # 19A qualifiers of deal.charges, in order
    days: int | None
    trade_time: str
    client_party: tuple[str, str]  # ("P", bic) or ("Q", name)
    cash_account: str | None
    agent_account: str
    broker_agent: str
    rela: str | None
    proc: str | None
    show_gross: bool


def _ticket(
    rng: random.Random, broker: Bank, receiver: Bank, trade_date: date, account: str, party: tuple[str, str]
) -> Ticket:
    bond = rng.random() < (0.7 if broker.bic == "GRWCGB2L" else 0.25)
    inst, currency = _instrument(rng, trade_date, bond=bond)
    if bond:
        q, p, gross = trades.draw(
            rng, currency, trades.nominal, trades.percent_price, percent=True, minimum=Decimal(2000)
        )
    elif currency == "JPY":
        q, p, gross = trades.draw(
            rng,
            currency,
            lambda r: Decimal(r.randint(1, 300) * 100),
            lambda r: trades.price(r, decimals=0, whole_digits=r.choice((3, 4))),
        )
    else:
        q, p, gross = trades.draw(rng, currency, trades.shares, trades.price, minimum=Decimal(1000))
    side = trades.side(rng)
    lag = 2 if bond or inst.place.endswith(("XTKS", "XHKG")) else dates.settlement_lag(rng, trade_date, market="EU")
    if inst.place.endswith(("XNYS", "XNAS")):
        lag = dates.settlement_lag(rng, trade_date, market="US")
    settle = dates.add_business_days(trade_date, lag)
    days = accrued = None
    if inst.bond is not None:
        assert inst.bond.coupon is not None and inst.bond.maturity is not None
        days = trades.accrued_days(inst.bond.maturity, settle)
        accrued = trades.accrued_interest(q, inst.bond.coupon, days, currency)
    pairs = _charges(rng, broker, inst, side, q, gross, currency, trade_date)
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=inst.name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(c for _, c in pairs),
        accrued_interest=accrued,
        account=account,
        counterparty=broker.name,
        trade_ref=_ref(rng, broker.ref, trade_date),
        isin=inst.lines[0][5:],
        cusip=inst.cusip,
        sedol=inst.sedol,
        percent=bond,
    )
    return Ticket(
        deal=deal,
        inst=inst,
        quals=tuple(qual for qual, _ in pairs),
        days=days,
        trade_time=dates.clock(rng).replace(":", ""),
        client_party=party,
        cash_account=f"{account}-{rng.choice(('CSH', '01', 'EUR', 'C'))}" if rng.random() < 0.3 else None,
        agent_account=noise.digits(rng, rng.choice((5, 6, 8))),
        broker_agent=rng.choice(AGENTS),
        rela=f"{noise.letters(rng, 3)}{noise.digits(rng, 7)}" if rng.random() < 0.4 else None,
        proc=f"{noise.digits(rng, 10)}" if rng.random() < 0.3 else None,
        show_gross=rng.random() < 0.88,
    )


def _with_deal(ticket: Ticket, **changes: object) -> Ticket:
    return replace(ticket, deal=replace(ticket.deal, **changes))


def _wrong_version(rng: random.Random, ticket: Ticket) -> Ticket:
    """The same trade as first (wrongly) confirmed: another price, quantity or account."""
    deal = ticket.deal
    what = rng.choice(("price", "quantity", "account"))
    if what == "account":
        return _with_deal(ticket, account=deal.account[:-1] + str((int(deal.account[-1]) + 3) % 10))
    if what == "price":
        tick = Decimal(1).scaleb(deal.price.as_tuple().exponent)
        price = deal.price + tick * rng.choice((-10, -5, -1, 1, 2, 10))
        if price <= 0:
            price = deal.price + tick
        quantity = deal.quantity
    else:
        price = deal.price
        quantity = deal.quantity * rng.choice((2, 10)) if rng.random() < 0.5 else deal.quantity + 100
    gross = money.gross_of(quantity, price, deal.currency, percent=deal.percent)
    accrued = deal.accrued_interest
    if accrued is not None and ticket.inst.bond is not None and ticket.days is not None:
        assert ticket.inst.bond.coupon is not None
        accrued = trades.accrued_interest(quantity, ticket.inst.bond.coupon, ticket.days, deal.currency)
    return _with_deal(ticket, quantity=quantity, price=price, gross_amount=gross, accrued_interest=accrued)


def _fields(
    ticket: Ticket,
    *,
    mt: str,
    seme: str,
    function: str,
    broker: Bank,
    receiver: Bank,
    prev: str | None,
) -> list[Field]:
    deal, inst = ticket.deal, ticket.inst
    ccy = deal.currency
    f: list[Field] = [
        Field("16R", None, "GENL", "block"),
        Field("20C", "SEME", seme, "ref"),
        Field("23G", None, function),
        Field("98C", "PREP", "", "datetime"),
        Field("22F", "TRTR", "TRAD"),
    ]
    if prev:
        f += [
            Field("16R", None, "LINK", "block"),
            Field("20C", "PREV", prev, "ref"),
            Field("16S", None, "LINK", "block"),
        ]
    if ticket.rela:
        f += [
            Field("16R", None, "LINK", "block"),
            Field("20C", "RELA", ticket.rela, "ref"),
            Field("16S", None, "LINK", "block"),
        ]
    f.append(Field("16S", None, "GENL", "block"))
    f.append(Field("16R", None, "CONFDET", "block"))
    if broker.timed:
        f.append(Field("98C", "TRAD", f"{swift_date(deal.trade_date)}{ticket.trade_time}", "datetime"))
    else:
        f.append(Field("98A", "TRAD", swift_date(deal.trade_date), "date"))
    f.append(Field("98A", "SETT", swift_date(deal.settlement_date), "date"))
    if deal.percent:
        f.append(Field("90A", "DEAL", f"PRCT/{swift_number(deal.price)}", "price_prct"))
        f.append(Field("99A", "DAAC", f"{ticket.days:03d}"))
    else:
        f.append(Field("90B", "DEAL", f"ACTU/{ccy}{swift_number(deal.price)}", "price_actu"))
    f.append(Field("94B", "TRAD", inst.place))
    if broker.sett_in_confdet:
        f.append(Field("19A", "SETT", f"{ccy}{swift_number(deal.net_amount)}", "amount"))
    f.append(Field("22H", "BUSE", "BUYI" if deal.is_buy else "SELL"))
    f.append(Field("22H", "PAYM", "APMT"))
    if mt == "515":
        f.append(Field("22F", "TRCA", "AGEN"))
    client_role, broker_role = ("BUYR", "SELL") if deal.is_buy else ("SELL", "BUYR")
    kind, who = ticket.client_party
    client = [Field("16R", None, "CONFPRTY", "block")]
    if kind == "P":
        client.append(Field("95P", client_role, who, "bic"))
    else:
        client.append(Field("95Q", client_role, "\n".join(_wrap35(who)[:4]), "name"))
    client.append(Field("97A", "SAFE", deal.account or "", "account"))
    if ticket.cash_account:
        client.append(Field("97A", "CASH", ticket.cash_account, "account"))
    client.append(Field("16S", None, "CONFPRTY", "block"))
    dealer = [Field("16R", None, "CONFPRTY", "block")]
    if broker.named:
        dealer.append(Field("95Q", broker_role, f"{broker.name}\n{broker.city}", "name"))
    else:
        dealer.append(Field("95P", broker_role, broker.bic, "bic"))
    if ticket.proc:
        dealer.append(Field("20C", "PROC", ticket.proc, "ref"))
    dealer.append(Field("16S", None, "CONFPRTY", "block"))
    f += client + dealer if mt == "515" else dealer + client
    unit = "FAMT" if deal.percent else "UNIT"
    f.append(Field("36B", "CONF", f"{unit}/{swift_number(deal.quantity)}", "qty"))
    f.append(Field("35B", None, "\n".join(inst.lines), "isin"))
    if inst.bond is not None:
        assert inst.bond.coupon is not None and inst.bond.maturity is not None
        f += [
            Field("16R", None, "FIA", "block"),
            Field("22F", "MICO", "A001"),
            Field("98A", "MATU", swift_date(inst.bond.maturity), "date"),
            Field("92A", "INTR", swift_number(inst.bond.coupon), "rate"),
            Field("16S", None, "FIA", "block"),
        ]
    f.append(Field("16S", None, "CONFDET", "block"))
    f += [Field("16R", None, "SETDET", "block"), Field("22F", "SETR", "TRAD")]
    ours = Field("95P", "REAG" if deal.is_buy else "DEAG", receiver.bic, "bic")
    theirs = Field("95P", "DEAG" if deal.is_buy else "REAG", ticket.broker_agent, "bic")
    for party, account in ((theirs, None), (ours, ticket.agent_account)):
        f += [Field("16R", None, "SETPRTY", "block"), party]
        if account:
            f.append(Field("97A", "SAFE", account, "account"))
        f.append(Field("16S", None, "SETPRTY", "block"))
    f += [
        Field("16R", None, "SETPRTY", "block"),
        Field("95P", "PSET", inst.pset, "bic"),
        Field("16S", None, "SETPRTY", "block"),
    ]
    amounts: list[tuple[str, Decimal]] = []
    if ticket.show_gross:
        amounts.append(("DEAL", deal.gross_amount))
    amounts += [(qual, charge.amount) for qual, charge in zip(ticket.quals, deal.charges, strict=True)]
    if deal.accrued_interest is not None:
        amounts.append(("ACRU", deal.accrued_interest))
    if not broker.sett_in_confdet:
        amounts.append(("SETT", deal.net_amount))
    for qual, amount in amounts:
        f += [
            Field("16R", None, "AMT", "block"),
            Field("19A", qual, f"{ccy}{swift_number(amount)}", "amount"),
            Field("16S", None, "AMT", "block"),
        ]
    f.append(Field("16S", None, "SETDET", "block"))
    return f


def _note(rng: random.Random, broker: Bank, about: str | None, day: date) -> list[Field]:
    """An MT599 from a broker: a note to the desk, no trade."""
    text = rng.choice(
        (
            [
                "ATTN SECURITIES CONFIRMATION DESK",
                "PLEASE NOTE OUR STANDING SETTLEMENT INSTRUCTIONS FOR EUR",
                f"SETTLEMENTS CHANGE WITH EFFECT {dates.fmt(dates.add_business_days(day, 10), 'compact')}.",
                f"NEW AGENT {rng.choice(AGENTS)} ACCOUNT {noise.digits(rng, 8)}.",
                "ALL OTHER INSTRUCTIONS REMAIN UNCHANGED.",
            ],
            [
                f"RE OUR CONFIRMATION {about}" if about else "RE OUR CONFIRMATIONS OF TODAY",
                "THE TRADE WAS EXECUTED IN SEVERAL FILLS, AVERAGE PRICE",
                "SHOWN. FILL DETAILS AVAILABLE ON REQUEST.",
                f"CONTACT {noise.person(rng, institutions=False).upper()} TEL {noise.phone(rng, 'GB')}",
            ],
            [
                "ATTN OPERATIONS",
                f"DUE TO A MARKET HOLIDAY ON {dates.fmt(dates.add_business_days(day, 3), 'compact')} SETTLEMENTS",
                "DUE THAT DAY WILL SETTLE ON THE NEXT BUSINESS DAY.",
                f"OUR REF {noise.letters(rng, 3)}{noise.digits(rng, 6)}",
            ],
        )
    )
    return [
        Field("20", None, f"{broker.bic[:4]}{noise.digits(rng, 8)}", "ref"),
        Field("21", None, about or "NONREF", "ref"),
        Field("79", None, "\n".join(text), "text"),
    ]


# ---------------------------------------------------------------- printing


def _raw_line(field: Field) -> str:
    if field.qual is None:
        return f":{field.tag}:{field.value}"
    if field.tag == "95R":
        return f":{field.tag}::{field.qual}/{field.value}"
    return f":{field.tag}::{field.qual}//{field.value}"


def _expanded(field: Field) -> list[str]:
    v = field.value
    if field.kind == "block" or field.qual is None and field.kind not in ("isin", "text"):
        return [v]
    if field.kind == "date":
        return [f"Date : {dates.fmt(date(int(v[:4]), int(v[4:6]), int(v[6:8])), 'long')}"]
    if field.kind == "datetime":
        day = date(int(v[:4]), int(v[4:6]), int(v[6:8]))
        return [f"Date : {dates.fmt(day, 'long')}", f"Time : {v[8:10]}:{v[10:12]}:{v[12:14]}"]
    if field.kind == "amount":
        return [f"Currency : {v[:3]} ({CURRENCY_NAMES[v[:3]]})", f"Amount : #{v[3:]}#"]
    if field.kind == "price_prct":
        return [f"Percentage Type Code : {v[:4]}", f"Price : {v[5:]}"]
    if field.kind == "price_actu":
        return [f"Amount Type Code : {v[:4]}", f"Currency Code : {v[5:8]}", f"Price : {v[8:]}"]
    if field.kind == "qty":
        return [f"Quantity Type Code : {v[:4]}", f"Quantity : {v[5:]}"]
    if field.kind == "bic":
        return [f"Identifier Code : {v}"]
    if field.kind == "name":
        return ["Name and Address :", *(f"  {line}" for line in v.split("\n"))]
    if field.kind == "account":
        return [f"Account Number : {v}"]
    if field.kind == "ref":
        return [f"Reference : {v}"]
    if field.kind == "rate":
        return [f"Rate : {v}"]
    if field.kind == "isin":
        first, *rest = v.split("\n")
        return [f"Identification of Security : {first}", "Description of Security :", *(f"  {x}" for x in rest)]
    if field.kind == "text":
        return v.split("\n")
    if field.qual is not None:
        return [f"Indicator : {v}" if field.tag.startswith("22") else v]
    return [v]


def _text_lines(fields: list[Field], style: str) -> list[str]:
    out: list[str] = []
    for field in fields:
        desc = DESCRIPTIONS.get((field.tag, field.qual), DESCRIPTIONS.get((field.tag, None), ""))
        out.append(f"        {field.tag}: {desc}")
        body = _raw_line(field)[len(field.tag) + 2 :].split("\n") if style == "pretty" else _expanded(field)
        out += [f"             {line}" for line in body]
    return out


@dataclass(frozen=True)
class Run:
    """What one print run looks like."""

    style: str  # raw, pretty, expanded
    receiver: Bank
    names: bool  # raw print headers resolve BICs to names
    day: date
    operator: str
    session: int  # the receiver's output session
    osn: int  # the output sequence number before the first message


def _lt(bic: str) -> str:
    """The logical terminal address: the BIC, terminal code A, branch XXX."""
    return f"{bic}AXXX"


def _rule(title: str) -> str:
    pad = WIDTH - len(title) - 2
    return f"{'-' * (pad // 2)} {title} {'-' * (pad - pad // 2)}"


def _print_message(rng: random.Random, run: Run, index: int, total: int, msg: Message) -> list[str]:
    out_time = _hhmm(msg.out_minutes)
    in_minutes = msg.out_minutes - rng.choice((0, 0, 1, 1, 2, 3))
    in_time = f"{in_minutes // 60:02d}{in_minutes % 60:02d}"
    yymmdd = swift_date(run.day)[2:]
    sender_lt = _lt(msg.sender.bic)
    receiver_lt = _lt(run.receiver.bic)
    in_session, isn = f"{rng.randint(1000, 9999)}", f"{rng.randint(1, 999999):06d}"
    osn = f"{run.osn + index:06d}"
    mir = f"{yymmdd}{sender_lt}{in_session}{isn}"
    mor = f"{yymmdd}{receiver_lt}{run.session:04d}{osn}"
    mur = msg.seme if rng.random() < 0.5 else f"{msg.sender.bic[:4]}{noise.digits(rng, 8)}"
    chk = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    mac = "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
    lines: list[str] = []
    if run.style == "raw":
        sender = f"{msg.sender.bic}XXX" + (f"  {msg.sender.name}" if run.names else "")
        receiver = f"{run.receiver.bic}XXX" + (f"  {run.receiver.name}" if run.names else "")
        lines += [
            "=" * WIDTH,
            f" MESSAGE {index}/{total}   OUTPUT   MT{msg.mt}   {MT_NAMES[msg.mt].upper()}",
            f" SENDER   : {sender}",
            f" RECEIVER : {receiver}",
            f" INPUT    : {in_time} {dates.fmt(run.day, 'uk2')}   OUTPUT : {out_time} {dates.fmt(run.day, 'uk2')}"
            f"   PRIORITY : N",
            f" MIR      : {mir}",
            f" MOR      : {mor}",
            f" SESSION  : {run.session:04d}   SEQUENCE : {osn}   MUR : {mur}",
            "=" * WIDTH,
            f"{{1:F01{receiver_lt}{run.session:04d}{osn}}}{{2:O{msg.mt}{in_time}{mir}{yymmdd}{out_time}N}}"
            f"{{3:{{108:{mur}}}}}{{4:",
        ]
        for field in msg.fields:
            lines += _raw_line(field).split("\n")
        lines.append(f"-}}{{5:{{MAC:{mac}}}{{CHK:{chk}}}}}")
        lines.append("")
        return lines
    lines += [
        _rule("Instance Type and Transmission"),
        "        Original received from SWIFT",
        "        Priority/Delivery : Normal",
        f"        Message Output Reference : {out_time} {mor}",
        f"        Correspondent Input Reference : {in_time} {mir}",
        _rule("Message Header"),
        f"        Swift Output : FIN {msg.mt} {MT_NAMES[msg.mt]}",
        f"        Sender   : {msg.sender.bic}XXX",
        f"                   {msg.sender.name}",
        f"                   {msg.sender.city}",
        f"        Receiver : {run.receiver.bic}XXX",
        f"                   {run.receiver.name}",
        f"                   {run.receiver.city}",
        f"        MUR : {mur}",
        _rule("Message Text"),
        *_text_lines(msg.fields, run.style),
        _rule("Message Trailer"),
        f"        {{MAC:{mac}}}",
        f"        {{CHK:{chk}}}",
        "        PKI Signature: MAC-Equivalent",
        _rule("Interventions"),
        "        Category : Network Report",
        f"        Creation Time : {dates.fmt(run.day, 'uk2')} {out_time[:2]}:{out_time[2:]}:{rng.randint(0, 59):02d}",
        "        Application : SWIFT Interface      Operator : SYSTEM",
        f"        {{1:F21{receiver_lt}{run.session:04d}{osn}}}{{4:{{177:{yymmdd}{out_time}}}{{451:0}}}}",
        "",
        f"{'':>{WIDTH - 16}}Message {index} of {total}",
        "",
    ]
    return lines


def _print_run(rng: random.Random, run: Run, messages: list[Message]) -> str:
    types = ", ".join(f"MT{mt}" for mt in sorted({m.mt for m in messages}))
    stamp = f"{dates.fmt(run.day, 'uk')} {int(dates.clock(rng)[:2]) + 1:02d}:{rng.randint(0, 59):02d}"
    head = [
        f"{run.receiver.name}  -  SECURITIES CONFIRMATIONS RECEIVED",
        f"Printed {stamp} by {run.operator}   Queue: CONF_IN   Selection: {types}",
        f"Output date from {dates.fmt(run.day, 'uk')} to {dates.fmt(run.day, 'uk')}   Messages: {len(messages)}",
        "",
    ]
    body: list[str] = []
    for index, msg in enumerate(messages, start=1):
        body += _print_message(rng, run, index, len(messages), msg)
    tail = [f"*** END OF PRINT - {len(messages)} MESSAGE(S) ***"]
    text = "\n".join(line.rstrip() for line in head + body + tail) + "\n"
    return text


# ---------------------------------------------------------------- the run


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}{minutes % 60:02d}"


def _clock(rng: random.Random, messages: list[Message], day: date) -> None:
    """Output times in print order; each message prepared a little before it went out, a trade executed before."""
    times = sorted(rng.sample(range(9 * 60, 18 * 60 + 30), len(messages)))
    executions: dict[str, str] = {}  # one execution time per trade, shared by a message and its cancellation
    for msg, minutes in zip(messages, times, strict=True):
        msg.out_minutes = minutes
        prep = minutes - rng.randint(1, 25)
        executed = prep - rng.randint(4, 90)
        for i, field in enumerate(msg.fields):
            if field.qual == "PREP":
                value = f"{swift_date(day)}{_hhmm(prep)}{rng.randint(0, 59):02d}"
                msg.fields[i] = replace(field, value=value)
            elif field.tag == "98C" and field.qual == "TRAD" and field.value.startswith(swift_date(day)):
                key = msg.deal.trade_ref if msg.deal is not None else ""
                if key not in executions:
                    executions[key] = f"{swift_date(day)}{_hhmm(max(executed, 8 * 60))}{rng.randint(0, 59):02d}"
                msg.fields[i] = replace(field, value=executions[key])


def build(rng: random.Random) -> Document:
    day = dates.trade_day(rng)
    run = Run(
        style=rng.choice(("raw", "raw", "pretty", "expanded")),
        receiver=rng.choice(RECEIVERS),
        names=rng.random() < 0.45,
        day=day,
        operator=rng.choice(("OPS\\", "CUST-", "")) + noise.letters(rng, rng.choice((4, 5, 6))).lower(),
        session=rng.randint(1000, 9999),
        osn=rng.randint(1000, 900_000),
    )
    brokers = rng.sample(BROKERS, k=rng.choice((1, 1, 2, 2, 3)))
    accounts = [_ref(rng, run.receiver.ref, day) for _ in range(rng.randint(1, 3))]
    parties: dict[str, tuple[str, str]] = {}
    for account in accounts:
        if rng.random() < 0.5:
            parties[account] = ("P", f"{noise.letters(rng, 4)}{rng.choice(('GB2L', 'LULL', 'DEFF', 'CHZZ', 'IE2D'))}")
        else:
            parties[account] = ("Q", noise.person(rng).upper())

    plain: list[Message] = []
    special: list[Message] = []
    plan = rng.choice(("plain", "plain", "plain", "cancel_old", "correct", "cancel_here"))
    count = rng.choice((1, 1, 2, 2, 3, 3, 4))

    def new_ticket(trade_date: date) -> tuple[Bank, Ticket]:
        broker = rng.choice(brokers)
        account = rng.choice(accounts)
        return broker, _ticket(rng, broker, run.receiver, trade_date, account, parties[account])

    def trade_day() -> date:
        return day if rng.random() < 0.7 else dates.previous_business_day(day)

    def message(
        broker: Bank, ticket: Ticket, function: str, *, prev: str | None = None, seme: str | None = None
    ) -> Message:
        seme = seme or ticket.deal.trade_ref or ""
        fields = _fields(
            ticket, mt=broker.mt, seme=seme, function=function, broker=broker, receiver=run.receiver, prev=prev
        )
        return Message(
            broker.mt, broker, seme, fields, ticket.deal, function == "NEWM", ticket.show_gross, broker.named
        )

    for _ in range(count):
        broker, ticket = new_ticket(trade_day())
        plain.append(message(broker, ticket, "NEWM"))

    if plan == "cancel_old":
        broker, old = new_ticket(dates.previous_business_day(dates.previous_business_day(day)))
        special.append(message(broker, old, "CANC", prev=old.deal.trade_ref, seme=_ref(rng, broker.ref, day)))
    elif plan in ("correct", "cancel_here"):
        broker, right = new_ticket(trade_day())
        wrong = _wrong_version(rng, right) if plan == "correct" else right
        wrong = _with_deal(wrong, trade_ref=_ref(rng, broker.ref, wrong.deal.trade_date))
        first = message(broker, wrong, "NEWM")
        first.counts = False  # cancelled further down the same print
        special += [first, message(broker, wrong, "CANC", prev=first.seme, seme=_ref(rng, broker.ref, day))]
        if plan == "correct":
            special.append(message(broker, right, "NEWM"))
    if rng.random() < 0.25:
        about = rng.choice(plain).seme if rng.random() < 0.6 else None
        broker = rng.choice(brokers)
        note = _note(rng, broker, about, day)
        special.append(Message("599", broker, note[0].value, note))

    # the print lists messages in output order; a cancellation and its correction keep their order
    messages: list[Message] = []
    while plain or special:
        source = (
            plain if plain and (not special or rng.random() < len(plain) / (len(plain) + len(special))) else special
        )
        messages.append(source.pop(0))
    _clock(rng, messages, day)

    truth = []
    for msg in messages:
        if not msg.counts or msg.deal is None:
            continue
        named = run.style != "raw" or run.names or msg.named
        truth.append(
            # The contract's gross is quantity x price whether or not the message states the deal amount.
            msg.deal.truth(counterparty=msg.sender.name if named else None)
        )
    text = _print_run(rng, run, messages)
    return Document(text.encode("ascii"), "confirmation", truth)


LAYOUT = Layout(
    name="swift_mt518",
    kind="txt",
    heldout=False,
    build=build,
    description="SWIFT MT518/MT515 trade confirmations printed by a custodian gateway: raw FIN blocks or "
    "pretty/expanded tag printouts, several messages a file, cancellations and MT599 notes",
)
